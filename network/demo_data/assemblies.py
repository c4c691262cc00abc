"""Four assemblies of the network's "Becoming Catalysts" story, in the five languages: in
Lisbon the hubs agreed an eviction fund and a campaign on the right to stay; online they
reported back and chose what food hubs build together; the next assembly, in Dakar, is
announced with its time and venue; the autumn one gathers precarious workers. Members post
their ideas in advance, and each decision, reached by consensus, answers the proposal it links
to. Every assembly meets from 19:00 to 21:00 where it is held."""

from typing import NamedTuple

from core.demo_data.people import Person


class ProposalRow(NamedTuple):
    """An idea a member posted before the assembly (members write in their own words, here
    English), approved for the agenda or still waiting for the moderators."""

    title: str
    text: str
    approved: bool = True


class DecisionRow(NamedTuple):
    """A decision of a past assembly: the title of the proposal it answers, its outcome and
    {language: text}."""

    proposal: str
    outcome: str
    texts: dict


class AssemblyRow(NamedTuple):
    """An assembly: when (days from now, length in hours, zone), where (format, city, country,
    venue), how many places, its topic, {language: (title, introduction)}, the ideas posted
    in advance and, once held, its decisions."""

    slug: str
    days_from_now: int
    hours: int
    timezone: str
    format: str
    city: str
    country: str
    venue: str
    capacity: int | None
    topic: str
    texts: dict
    proposals: list
    decisions: list


# Members who post proposals and register for assemblies.
MEMBERS = [
    Person("karim@solidarity.example", "Karim Haddad", "ar"),
    Person("lucia@solidarity.example", "Lucía Gómez", "es"),
]

ASSEMBLIES = [
    AssemblyRow(
        "spring-assembly-lisbon",
        -200,
        2,
        "Europe/Lisbon",
        "in_person",
        "Lisbon",
        "PT",
        "Casa do Alentejo",
        120,
        "housing",
        {
            "en": (
                "Spring people's assembly in Lisbon",
                "Housing, rent and the right to stay: hubs from nine countries met to agree a "
                "common campaign and a fund for families facing eviction.",
            ),
            "es": (
                "Asamblea popular de primavera en Lisboa",
                "Vivienda, alquileres y el derecho a quedarse: nodos de nueve países se reunieron "
                "para acordar una campaña común y un fondo para las familias amenazadas de "
                "desahucio.",
            ),
            "fr": (
                "Assemblée populaire de printemps à Lisbonne",
                "Logement, loyers et droit de rester : des groupes de neuf pays se sont réunis "
                "pour décider d'une campagne commune et d'un fonds pour les familles menacées "
                "d'expulsion.",
            ),
            "pt": (
                "Assembleia popular de primavera em Lisboa",
                "Habitação, rendas e o direito a ficar: núcleos de nove países reuniram-se para "
                "acordar uma campanha comum e um fundo para as famílias ameaçadas de despejo.",
            ),
            "ar": (
                "الجمعية الشعبية الربيعية في لشبونة",
                "السكن والإيجارات والحق في البقاء: اجتمعت مجموعات من تسعة بلدان للاتفاق على حملة "
                "مشتركة وصندوق للعائلات المهدّدة بالإخلاء.",
            ),
        },
        [
            ProposalRow(
                "A shared fund for eviction emergencies",
                "Each hub puts a small amount into a fund that any hub can call on within 48 "
                "hours when a family faces eviction.",
            ),
            ProposalRow(
                "One campaign on the right to stay",
                "Instead of nine separate housing campaigns, let every hub run the same "
                "campaign next year, with shared materials.",
            ),
        ],
        [
            DecisionRow(
                "A shared fund for eviction emergencies",
                "consensus",
                {
                    "en": "The network sets up a shared fund for eviction emergencies: every hub "
                    "contributes, and any hub can call on it within 48 hours.",
                    "es": "La red crea un fondo común para emergencias de desahucio: cada nodo "
                    "aporta y cualquier nodo puede recurrir a él en 48 horas.",
                    "fr": "Le réseau crée un fonds commun pour les urgences d'expulsion : chaque "
                    "groupe y contribue et tout groupe peut y faire appel sous 48 heures.",
                    "pt": "A rede cria um fundo comum para emergências de despejo: cada núcleo "
                    "contribui e qualquer núcleo pode recorrer a ele em 48 horas.",
                    "ar": "تنشئ الشبكة صندوقًا مشتركًا لحالات الإخلاء الطارئة: تساهم فيه كل "
                    "مجموعة، ويمكن لأي مجموعة اللجوء إليه خلال 48 ساعة.",
                },
            ),
            DecisionRow(
                "One campaign on the right to stay",
                "consensus",
                {
                    "en": "Next year every hub runs one shared campaign on the right to stay in "
                    "one's home, with materials made together.",
                    "es": "El próximo año todos los nodos llevan a cabo una campaña común por el "
                    "derecho a quedarse en el propio hogar, con materiales hechos en común.",
                    "fr": "L'an prochain, tous les groupes mènent une même campagne pour le droit "
                    "de rester chez soi, avec des supports faits ensemble.",
                    "pt": "No próximo ano todos os núcleos fazem uma campanha comum pelo direito "
                    "a ficar na própria casa, com materiais feitos em conjunto.",
                    "ar": "في العام المقبل تخوض كل المجموعات حملة مشتركة واحدة من أجل الحق في "
                    "البقاء في المسكن، بمواد تُعدّ معًا.",
                },
            ),
        ],
    ),
    AssemblyRow(
        "online-assembly-food",
        -60,
        2,
        "America/Mexico_City",
        "online",
        "",
        "",
        "",
        None,
        "food",
        {
            "en": (
                "Online assembly: feeding our neighbourhoods",
                "Hubs reported back on the eviction fund and the right-to-stay campaign; food "
                "hubs compared pantries, seed libraries and school kitchens, and chose what to "
                "build together.",
            ),
            "es": (
                "Asamblea en línea: alimentar nuestros barrios",
                "Los nodos informaron sobre el fondo contra los desahucios y la campaña por el "
                "derecho a quedarse; los nodos de alimentación compararon despensas, bibliotecas "
                "de semillas y comedores escolares, y eligieron qué construir juntos.",
            ),
            "fr": (
                "Assemblée en ligne : nourrir nos quartiers",
                "Les groupes ont fait le point sur le fonds contre les expulsions et la campagne "
                "pour le droit de rester ; ceux de l'alimentation ont comparé épiceries, "
                "grainothèques et cantines, et choisi ce qu'ils construiront ensemble.",
            ),
            "pt": (
                "Assembleia online: alimentar os nossos bairros",
                "Os núcleos relataram o andamento do fundo contra despejos e da campanha pelo "
                "direito a ficar; os núcleos de alimentação compararam despensas, bibliotecas de "
                "sementes e cantinas, e escolheram o que construir juntos.",
            ),
            "ar": (
                "جمعية عبر الإنترنت: إطعام أحيائنا",
                "قدّمت المجموعات تقاريرها عن صندوق الإخلاء وحملة الحق في البقاء، وقارنت مجموعات "
                "الغذاء بين المخازن المجتمعية ومكتبات البذور ومطابخ المدارس، واختارت ما ستبنيه "
                "معًا.",
            ),
        },
        [
            ProposalRow(
                "A seed library in every food hub",
                "Food hubs keep and swap local seeds, so each neighbourhood garden can start "
                "without buying them.",
            ),
            ProposalRow(
                "Translate every toolkit into Arabic and Portuguese",
                "Our toolkits reach only part of the network. Let us budget for translation "
                "before we publish the next one.",
            ),
        ],
        [
            DecisionRow(
                "A seed library in every food hub",
                "consensus",
                {
                    "en": "Every food hub opens a seed library this year; hubs that have one "
                    "train the others.",
                    "es": "Cada nodo de alimentación abre este año una biblioteca de semillas; "
                    "los nodos que ya tienen una forman a los demás.",
                    "fr": "Chaque groupe de l'alimentation ouvre une grainothèque cette année ; "
                    "ceux qui en ont une forment les autres.",
                    "pt": "Cada núcleo de alimentação abre este ano uma biblioteca de sementes; "
                    "os núcleos que já a têm formam os outros.",
                    "ar": "تفتح كل مجموعة غذاء مكتبة بذور هذا العام، وتدرّب المجموعاتُ التي "
                    "لديها مكتبة المجموعاتِ الأخرى.",
                },
            ),
            DecisionRow(
                "Translate every toolkit into Arabic and Portuguese",
                "consensus",
                {
                    "en": "Every new toolkit is budgeted for translation into Arabic and "
                    "Portuguese, and published in all languages at once.",
                    "es": "Cada nueva guía incluye en su presupuesto la traducción al árabe y al "
                    "portugués, y se publica en todos los idiomas a la vez.",
                    "fr": "Chaque nouvelle boîte à outils prévoit dans son budget la traduction en "
                    "arabe et en portugais, et paraît dans toutes les langues à la fois.",
                    "pt": "Cada novo guia inclui no orçamento a tradução para árabe e português, "
                    "e é publicado em todas as línguas ao mesmo tempo.",
                    "ar": "تُرصد لكل دليل جديد ميزانية لترجمته إلى العربية والبرتغالية، ويُنشر "
                    "بكل اللغات في آن واحد.",
                },
            ),
        ],
    ),
    AssemblyRow(
        "becoming-catalysts-dakar",
        30,
        2,
        "Africa/Dakar",
        "hybrid",
        "Dakar",
        "SN",
        "Maison de la Culture Douta Seck",
        80,
        "climate",
        {
            "en": (
                "Becoming Catalysts: people's assembly in Dakar",
                "The next assembly meets from 19:00 to 21:00 at the Maison de la Culture Douta "
                "Seck in Dakar, and online for everyone else: report-backs from the campaigns, "
                "then climate, work and care across movements.",
            ),
            "es": (
                "Ser catalizadoras: asamblea popular en Dakar",
                "La próxima asamblea se reúne de 19:00 a 21:00 en la Maison de la Culture Douta "
                "Seck de Dakar, y en línea para todas las demás personas: informes de las "
                "campañas y, después, clima, trabajo y cuidados entre movimientos.",
            ),
            "fr": (
                "Devenir catalyseurs : assemblée populaire à Dakar",
                "La prochaine assemblée se tient de 19 h à 21 h à la Maison de la Culture Douta "
                "Seck, à Dakar, et en ligne pour toutes les autres personnes : retours des "
                "campagnes, puis climat, travail et soin entre mouvements.",
            ),
            "pt": (
                "Tornar-se catalisadores: assembleia popular em Dakar",
                "A próxima assembleia reúne-se das 19:00 às 21:00 na Maison de la Culture Douta "
                "Seck, em Dakar, e online para todas as outras pessoas: relatos das campanhas e, "
                "depois, clima, trabalho e cuidado entre movimentos.",
            ),
            "ar": (
                "أن نصبح محفّزين: جمعية شعبية في داكار",
                "تنعقد الجمعية القادمة من الساعة 19:00 إلى 21:00 في دار الثقافة دوتا سيك في "
                "داكار، وعبر الإنترنت للجميع: تقارير الحملات، ثم المناخ والعمل والرعاية بين "
                "الحركات.",
            ),
        },
        [
            ProposalRow(
                "A climate and work campaign across hubs",
                "Workers' and climate hubs campaign together for heat protections at work, "
                "starting in the cities hit hardest.",
            ),
            ProposalRow(
                "Childcare at every assembly",
                "Parents miss assemblies. Let every in-person assembly budget for childcare "
                "next to the meeting room.",
            ),
            ProposalRow(
                "A network-wide day of action",
                "One day each year when every hub acts on the same theme.",
                approved=False,
            ),
        ],
        [],
    ),
    AssemblyRow(
        "autumn-assembly-online",
        75,
        2,
        "Asia/Kolkata",
        "online",
        "",
        "",
        "",
        3,
        "workers",
        {
            "en": (
                "Autumn assembly: organising precarious work",
                "Riders, carers and warehouse workers share what worked, and decide the "
                "network's support for next year.",
            ),
            "es": (
                "Asamblea de otoño: organizar el trabajo precario",
                "Repartidores, cuidadoras y trabajadores de almacén comparten lo que funcionó y "
                "deciden el apoyo de la red para el próximo año.",
            ),
            "fr": (
                "Assemblée d'automne : organiser le travail précaire",
                "Livreurs, aides à domicile et magasiniers partagent ce qui a marché et décident "
                "du soutien du réseau pour l'an prochain.",
            ),
            "pt": (
                "Assembleia de outono: organizar o trabalho precário",
                "Estafetas, cuidadoras e trabalhadores de armazém partilham o que resultou e "
                "decidem o apoio da rede para o próximo ano.",
            ),
            "ar": (
                "جمعية الخريف: تنظيم العمل الهش",
                "يتبادل عمال التوصيل وعاملات الرعاية وعمال المستودعات ما نجح، ويقرّرون دعم "
                "الشبكة للعام المقبل.",
            ),
        },
        [
            ProposalRow(
                "A mutual-aid line for riders and carers",
                "A phone line run by hubs, so a rider or carer in trouble at work reaches "
                "someone who knows their rights that same day.",
            ),
            ProposalRow(
                "Hubs run their own Becoming Catalysts groups",
                "Each region runs a six-month group like the second phase's, with facilitators "
                "from the network and a small grant.",
            ),
        ],
        [],
    ),
]

# The same order of business at every assembly: two hours, from 19:00 to 21:00.
AGENDA = {
    "en": [
        ("Welcome and introductions", "Amina Haddad", 20),
        ("Report-backs from the campaigns", "Lucía Ortega", 40),
        ("Ideas posted in advance", "Amina Haddad", 40),
        ("Decisions by consensus and next steps", "Lucía Ortega", 20),
    ],
    "es": [
        ("Bienvenida y presentaciones", "Amina Haddad", 20),
        ("Informes de las campañas", "Lucía Ortega", 40),
        ("Ideas publicadas con antelación", "Amina Haddad", 40),
        ("Decisiones por consenso y próximos pasos", "Lucía Ortega", 20),
    ],
    "fr": [
        ("Accueil et présentations", "Amina Haddad", 20),
        ("Retours des campagnes", "Lucía Ortega", 40),
        ("Idées publiées à l'avance", "Amina Haddad", 40),
        ("Décisions au consensus et suites", "Lucía Ortega", 20),
    ],
    "pt": [
        ("Boas-vindas e apresentações", "Amina Haddad", 20),
        ("Relatos das campanhas", "Lucía Ortega", 40),
        ("Ideias publicadas com antecedência", "Amina Haddad", 40),
        ("Decisões por consenso e próximos passos", "Lucía Ortega", 20),
    ],
    "ar": [
        ("الترحيب والتعارف", "أمينة حداد", 20),
        ("تقارير الحملات", "لوسيا أورتيغا", 40),
        ("الأفكار المنشورة مسبقًا", "أمينة حداد", 40),
        ("القرارات بالتوافق والخطوات التالية", "لوسيا أورتيغا", 20),
    ],
}

MINUTES = {
    "en": "<p>The facilitators opened with a round of introductions. Each hub reported back on "
    "its campaigns. The assembly discussed the ideas posted in advance and reached the "
    "decisions below by consensus.</p>",
    "es": "<p>Las facilitadoras abrieron con una ronda de presentaciones. Cada nodo informó "
    "sobre sus campañas. La asamblea debatió las ideas publicadas con antelación y llegó por "
    "consenso a las decisiones siguientes.</p>",
    "fr": "<p>Les facilitatrices ont ouvert par un tour de présentations. Chaque groupe a fait "
    "le point sur ses campagnes. L'assemblée a discuté les idées publiées à l'avance et pris "
    "au consensus les décisions ci-dessous.</p>",
    "pt": "<p>As facilitadoras abriram com uma ronda de apresentações. Cada núcleo relatou o "
    "andamento das suas campanhas. A assembleia debateu as ideias publicadas com antecedência "
    "e chegou por consenso às decisões abaixo.</p>",
    "ar": "<p>افتتح الميسّرون الجلسة بجولة تعارف. وقدّمت كل مجموعة تقريرًا عن حملاتها. ثم "
    "ناقشت الجمعية الأفكار المنشورة مسبقًا وتوصّلت بالتوافق إلى القرارات أدناه.</p>",
}
