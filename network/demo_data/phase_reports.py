"""The reports of the network's phases, kept in the resource library and linked from the story
page's timeline (by the phase's position in it)."""

from .resources import ResourceRow

PHASE_REPORTS = {
    0: ResourceRow(
        "pilot-report-2019",
        "report",
        "care",
        {
            "en": (
                "Pilot report (2019)",
                "What the pilot tested, who took part and what it taught us about holding a "
                "shared space.",
            ),
            "es": (
                "Informe del piloto (2019)",
                "Qué puso a prueba el piloto, quién participó y qué nos enseñó sobre sostener un "
                "espacio compartido.",
            ),
            "fr": (
                "Rapport du projet pilote (2019)",
                "Ce que le pilote a mis à l'épreuve, qui y a pris part et ce qu'il nous a appris "
                "sur la tenue d'un espace commun.",
            ),
            "pt": (
                "Relatório do piloto (2019)",
                "O que o piloto testou, quem participou e o que nos ensinou sobre manter um "
                "espaço partilhado.",
            ),
            "ar": (
                "تقرير المرحلة التجريبية (2019)",
                "ما اختبرته التجربة الأولى، ومن شارك فيها، وما علّمتنا إياه عن صون مساحة مشتركة.",
            ),
        },
    ),
    1: ResourceRow(
        "becoming-catalysts-report-2020",
        "report",
        "care",
        {
            "en": (
                "Becoming Catalysts: second phase report (2020)",
                "Twenty-two participants and five facilitators from five continents, two groups, "
                "six months: what they shared and what enables solidarity across difference.",
            ),
            "es": (
                "Ser catalizadoras: informe de la segunda fase (2020)",
                "Veintidós participantes y cinco facilitadoras de cinco continentes, dos grupos, "
                "seis meses: lo que compartieron y lo que hace posible la solidaridad en la "
                "diferencia.",
            ),
            "fr": (
                "Devenir catalyseurs : rapport de la deuxième phase (2020)",
                "Vingt-deux participants et cinq facilitatrices de cinq continents, deux groupes, "
                "six mois : ce qu'ils ont partagé et ce qui rend possible la solidarité par-delà "
                "les différences.",
            ),
            "pt": (
                "Tornar-se catalisadores: relatório da segunda fase (2020)",
                "Vinte e duas participantes e cinco facilitadoras de cinco continentes, dois "
                "grupos, seis meses: o que partilharam e o que torna possível a solidariedade "
                "na diferença.",
            ),
            "ar": (
                "أن نصبح محفّزين: تقرير المرحلة الثانية (2020)",
                "اثنان وعشرون مشاركًا وخمسة ميسّرين من خمس قارات، مجموعتان، ستة أشهر: ما تقاسموه "
                "وما يتيح التضامن عبر الاختلاف.",
            ),
        },
    ),
    2: ResourceRow(
        "network-design-report",
        "report",
        "care",
        {
            "en": (
                "Scoping a decentralised network: the designers' report",
                "Nineteen designers on how hubs decide for themselves and meet as equals.",
            ),
            "es": (
                "Delimitar una red descentralizada: el informe de diseño",
                "Diecinueve diseñadoras sobre cómo los nodos deciden por sí mismos y se reúnen "
                "como iguales.",
            ),
            "fr": (
                "Esquisser un réseau décentralisé : le rapport de conception",
                "Dix-neuf concepteurs sur la façon dont les groupes décident par eux-mêmes et se "
                "retrouvent d'égal à égal.",
            ),
            "pt": (
                "Delinear uma rede descentralizada: o relatório de desenho",
                "Dezanove designers sobre como os núcleos decidem por si e se encontram como "
                "iguais.",
            ),
            "ar": (
                "رسم ملامح شبكة لامركزية: تقرير المصمّمين",
                "تسعة عشر مصمّمًا عن كيف تقرّر المجموعات بنفسها وتلتقي متساويةً.",
            ),
        },
    ),
}
