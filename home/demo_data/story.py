"""Texts of the network's story page, as its founding documents tell it: the phases of the
process with their figures, and the elements found to enable solidarity across difference."""

from typing import NamedTuple


class Phase(NamedTuple):
    """A phase: when, its title, what happened and its figures [(number, what it counts)]."""

    period: str
    title: str
    text: str
    figures: list


class StoryText(NamedTuple):
    """The story page in one language."""

    title: str
    introduction: str
    timeline_heading: str
    phases: list
    elements_heading: str
    elements_introduction: str
    elements: list
    reports: str


STORY_SLUG = "our-story"

STORY = {
    "en": StoryText(
        "Our story",
        "How the network grew from a pilot into local hubs, and what we learnt about "
        "solidarity across difference.",
        "The phases of the network",
        [
            Phase(
                "2019",
                "Pilot",
                "A small group of practitioners from different movements met online to test "
                "whether a shared space could hold solidarity across difference.",
                [],
            ),
            Phase(
                "2020",
                "Second phase: Becoming Catalysts",
                "Participants and facilitators from five continents met as two groups every "
                "fortnight for six months, shared their struggles and learnt from each other's "
                "ways of organising.",
                [
                    (22, "participants"),
                    (5, "facilitators"),
                    (5, "continents"),
                    (2, "groups"),
                    (6, "months"),
                ],
            ),
            Phase(
                "Design",
                "Scoping a decentralised network",
                "Designers drawn from both groups scoped a network without a centre: hubs that "
                "decide for themselves and meet as equals in open assemblies.",
                [(19, "designers")],
            ),
            Phase(
                "Third phase",
                "Local hubs",
                "Local hubs run similar processes where they are, supported by the network's "
                "facilitators, its small-grants fund and the expertise of its members.",
                [],
            ),
        ],
        "What enables solidarity across difference",
        "Across the phases, participants named the conditions that let people from "
        "different movements work together:",
        [
            "Safe spaces held over time",
            "Diverse groups",
            "A community of practitioners",
            "A community of facilitators",
            "Support for running similar processes",
            "Access to funding",
            "Access to expertise",
        ],
        "Each phase's report can be downloaded from the timeline above and from the "
        "resource library.",
    ),
    "es": StoryText(
        "Nuestra historia",
        "Cómo la red pasó de un piloto a nodos locales, y qué aprendimos sobre la "
        "solidaridad en la diferencia.",
        "Las fases de la red",
        [
            Phase(
                "2019",
                "Piloto",
                "Un pequeño grupo de personas de distintos movimientos se reunió en línea para "
                "comprobar si un espacio compartido podía sostener la solidaridad en la "
                "diferencia.",
                [],
            ),
            Phase(
                "2020",
                "Segunda fase: Ser catalizadoras",
                "Participantes y facilitadoras de cinco continentes se reunieron en dos grupos "
                "cada quince días durante seis meses, compartieron sus luchas y aprendieron de "
                "las formas de organizarse de las demás.",
                [
                    (22, "participantes"),
                    (5, "facilitadoras"),
                    (5, "continentes"),
                    (2, "grupos"),
                    (6, "meses"),
                ],
            ),
            Phase(
                "Diseño",
                "Delimitar una red descentralizada",
                "Diseñadoras de ambos grupos definieron una red sin centro: nodos que deciden "
                "por sí mismos y se reúnen como iguales en asambleas abiertas.",
                [(19, "diseñadoras")],
            ),
            Phase(
                "Tercera fase",
                "Nodos locales",
                "Los nodos locales llevan a cabo procesos similares donde están, con el apoyo "
                "de las facilitadoras de la red, su fondo de pequeñas subvenciones y la "
                "experiencia de sus miembros.",
                [],
            ),
        ],
        "Lo que hace posible la solidaridad en la diferencia",
        "A lo largo de las fases, las participantes nombraron las condiciones que permiten "
        "a personas de distintos movimientos trabajar juntas:",
        [
            "Espacios seguros sostenidos en el tiempo",
            "Grupos diversos",
            "Una comunidad de practicantes",
            "Una comunidad de facilitadoras",
            "Apoyo para llevar a cabo procesos similares",
            "Acceso a financiación",
            "Acceso a experiencia especializada",
        ],
        "El informe de cada fase se puede descargar desde la cronología y desde la "
        "biblioteca de recursos.",
    ),
    "fr": StoryText(
        "Notre histoire",
        "Comment le réseau est passé d'un projet pilote à des groupes locaux, et ce que nous "
        "avons appris de la solidarité par-delà les différences.",
        "Les phases du réseau",
        [
            Phase(
                "2019",
                "Projet pilote",
                "Un petit groupe de praticiennes et praticiens de mouvements différents s'est "
                "réuni en ligne pour voir si un espace commun pouvait porter une solidarité "
                "par-delà les différences.",
                [],
            ),
            Phase(
                "2020",
                "Deuxième phase : Devenir catalyseurs",
                "Participants et facilitatrices de cinq continents se sont réunis en deux "
                "groupes tous les quinze jours pendant six mois, ont partagé leurs luttes et "
                "appris des façons de s'organiser des autres.",
                [
                    (22, "participants"),
                    (5, "facilitatrices"),
                    (5, "continents"),
                    (2, "groupes"),
                    (6, "mois"),
                ],
            ),
            Phase(
                "Conception",
                "Esquisser un réseau décentralisé",
                "Des conceptrices et concepteurs issus des deux groupes ont esquissé un réseau "
                "sans centre : des groupes qui décident par eux-mêmes et se retrouvent d'égal à "
                "égal en assemblées ouvertes.",
                [(19, "concepteurs")],
            ),
            Phase(
                "Troisième phase",
                "Groupes locaux",
                "Les groupes locaux mènent des démarches semblables là où ils sont, soutenus par "
                "les facilitatrices du réseau, son fonds de petites subventions et l'expertise "
                "de ses membres.",
                [],
            ),
        ],
        "Ce qui rend possible la solidarité par-delà les différences",
        "Au fil des phases, les participants ont nommé les conditions qui permettent à des "
        "personnes de mouvements différents d'agir ensemble :",
        [
            "Des espaces sûrs tenus dans la durée",
            "Des groupes divers",
            "Une communauté de praticiens",
            "Une communauté de facilitatrices",
            "Un soutien pour mener des démarches semblables",
            "L'accès au financement",
            "L'accès à l'expertise",
        ],
        "Le rapport de chaque phase se télécharge depuis la frise ci-dessus et depuis la "
        "bibliothèque de ressources.",
    ),
    "pt": StoryText(
        "A nossa história",
        "Como a rede passou de um piloto a núcleos locais, e o que aprendemos sobre a "
        "solidariedade na diferença.",
        "As fases da rede",
        [
            Phase(
                "2019",
                "Piloto",
                "Um pequeno grupo de pessoas de diferentes movimentos reuniu-se online para "
                "testar se um espaço partilhado conseguia sustentar a solidariedade na "
                "diferença.",
                [],
            ),
            Phase(
                "2020",
                "Segunda fase: Tornar-se catalisadores",
                "Participantes e facilitadoras de cinco continentes reuniram-se em dois grupos "
                "de quinze em quinze dias durante seis meses, partilharam as suas lutas e "
                "aprenderam com as formas de organização umas das outras.",
                [
                    (22, "participantes"),
                    (5, "facilitadoras"),
                    (5, "continentes"),
                    (2, "grupos"),
                    (6, "meses"),
                ],
            ),
            Phase(
                "Desenho",
                "Delinear uma rede descentralizada",
                "Designers vindos dos dois grupos delinearam uma rede sem centro: núcleos que "
                "decidem por si e se encontram como iguais em assembleias abertas.",
                [(19, "designers")],
            ),
            Phase(
                "Terceira fase",
                "Núcleos locais",
                "Os núcleos locais conduzem processos semelhantes onde estão, apoiados pelas "
                "facilitadoras da rede, pelo seu fundo de pequenas bolsas e pelo saber dos seus "
                "membros.",
                [],
            ),
        ],
        "O que torna possível a solidariedade na diferença",
        "Ao longo das fases, as participantes nomearam as condições que permitem a pessoas "
        "de diferentes movimentos trabalhar juntas:",
        [
            "Espaços seguros mantidos ao longo do tempo",
            "Grupos diversos",
            "Uma comunidade de praticantes",
            "Uma comunidade de facilitadoras",
            "Apoio para conduzir processos semelhantes",
            "Acesso a financiamento",
            "Acesso a conhecimento especializado",
        ],
        "O relatório de cada fase pode ser descarregado a partir da cronologia acima e da "
        "biblioteca de recursos.",
    ),
    "ar": StoryText(
        "قصتنا",
        "كيف نمت الشبكة من تجربة أولى إلى مجموعات محلية، وما تعلّمناه عن التضامن عبر الاختلاف.",
        "مراحل الشبكة",
        [
            Phase(
                "2019",
                "المرحلة التجريبية",
                "اجتمعت مجموعة صغيرة من الممارسين من حركات مختلفة عبر الإنترنت لتختبر ما إذا "
                "كانت مساحة مشتركة قادرة على احتضان التضامن عبر الاختلاف.",
                [],
            ),
            Phase(
                "2020",
                "المرحلة الثانية: أن نصبح محفّزين",
                "التقى مشاركون وميسّرون من خمس قارات في مجموعتين كل أسبوعين طوال ستة أشهر، "
                "وتقاسموا نضالاتهم وتعلّم بعضهم من طرق تنظيم بعض.",
                [(22, "مشاركًا"), (5, "ميسّرين"), (5, "قارات"), (2, "مجموعتان"), (6, "أشهر")],
            ),
            Phase(
                "التصميم",
                "رسم ملامح شبكة لامركزية",
                "رسم مصمّمون من المجموعتين ملامح شبكة بلا مركز: مجموعات تقرّر بنفسها وتلتقي "
                "متساويةً في جمعيات مفتوحة.",
                [(19, "مصمّمًا")],
            ),
            Phase(
                "المرحلة الثالثة",
                "المجموعات المحلية",
                "تدير المجموعات المحلية مسارات مماثلة حيث هي، بدعم من ميسّري الشبكة وصندوق "
                "منحها الصغيرة وخبرة أعضائها.",
                [],
            ),
        ],
        "ما يتيح التضامن عبر الاختلاف",
        "عبر المراحل، سمّى المشاركون الشروط التي تتيح لأناس من حركات مختلفة أن يعملوا معًا:",
        [
            "مساحات آمنة تُصان مع الوقت",
            "مجموعات متنوّعة",
            "مجتمع من الممارسين",
            "مجتمع من الميسّرين",
            "دعم لإدارة مسارات مماثلة",
            "الوصول إلى التمويل",
            "الوصول إلى الخبرة",
        ],
        "يمكن تنزيل تقرير كل مرحلة من الخط الزمني أعلاه ومن مكتبة الموارد.",
    ),
}
