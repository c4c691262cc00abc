"""Four assemblies with their agenda, minutes, decisions and proposals, and the members who
take part, in the five languages."""

from typing import NamedTuple

from core.demo_data.people import Person


class AssemblyRow(NamedTuple):
    """An assembly: when (days from now, length in hours, zone), where, how many places,
    its topic and {language: (title, introduction)}."""

    slug: str
    days_from_now: int
    hours: int
    timezone: str
    format: str
    city: str
    country: str
    capacity: int | None
    topic: str
    texts: dict


class DecisionRow(NamedTuple):
    """A decision of a past assembly: its outcome and {language: text}."""

    outcome: str
    texts: dict


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
        120,
        "housing",
        {
            "en": (
                "Spring people's assembly in Lisbon",
                "Housing, rent and the right to stay: hubs from nine countries met to agree a common campaign.",
            ),
            "es": (
                "Asamblea popular de primavera en Lisboa",
                "Vivienda, alquileres y el derecho a quedarse: nodos de nueve países se reunieron para acordar una campaña común.",
            ),
            "fr": (
                "Assemblée populaire de printemps à Lisbonne",
                "Logement, loyers et droit de rester : des groupes de neuf pays se sont réunis pour décider d'une campagne commune.",
            ),
            "pt": (
                "Assembleia popular de primavera em Lisboa",
                "Habitação, rendas e o direito a ficar: núcleos de nove países reuniram-se para acordar uma campanha comum.",
            ),
            "ar": (
                "الجمعية الشعبية الربيعية في لشبونة",
                "السكن والإيجارات والحق في البقاء: اجتمعت مجموعات من تسعة بلدان للاتفاق على حملة مشتركة.",
            ),
        },
    ),
    AssemblyRow(
        "online-assembly-food",
        -60,
        2,
        "America/Mexico_City",
        "online",
        "",
        "",
        None,
        "food",
        {
            "en": (
                "Online assembly: feeding our neighbourhoods",
                "Food hubs compared pantries, seed libraries and school kitchens, and chose what to build together.",
            ),
            "es": (
                "Asamblea en línea: alimentar nuestros barrios",
                "Los nodos de alimentación compararon despensas, bibliotecas de semillas y comedores escolares, y eligieron qué construir juntos.",
            ),
            "fr": (
                "Assemblée en ligne : nourrir nos quartiers",
                "Les groupes de l'alimentation ont comparé épiceries, grainothèques et cantines, et choisi ce qu'ils construiront ensemble.",
            ),
            "pt": (
                "Assembleia online: alimentar os nossos bairros",
                "Os núcleos de alimentação compararam despensas, bibliotecas de sementes e cantinas, e escolheram o que construir juntos.",
            ),
            "ar": (
                "جمعية عبر الإنترنت: إطعام أحيائنا",
                "قارنت مجموعات الغذاء بين المخازن المجتمعية ومكتبات البذور ومطابخ المدارس، واختارت ما ستبنيه معًا.",
            ),
        },
    ),
    AssemblyRow(
        "becoming-catalysts-dakar",
        30,
        2,
        "Africa/Dakar",
        "hybrid",
        "Dakar",
        "SN",
        80,
        "climate",
        {
            "en": (
                "Becoming Catalysts: people's assembly in Dakar",
                "Climate, work and care: an open assembly across movements, in person in Dakar and online for everyone else.",
            ),
            "es": (
                "Ser catalizadoras: asamblea popular en Dakar",
                "Clima, trabajo y cuidados: una asamblea abierta entre movimientos, presencial en Dakar y en línea para todas las demás personas.",
            ),
            "fr": (
                "Devenir catalyseurs : assemblée populaire à Dakar",
                "Climat, travail et soin : une assemblée ouverte entre mouvements, sur place à Dakar et en ligne pour toutes les autres personnes.",
            ),
            "pt": (
                "Tornar-se catalisadores: assembleia popular em Dakar",
                "Clima, trabalho e cuidado: uma assembleia aberta entre movimentos, presencial em Dakar e online para todas as outras pessoas.",
            ),
            "ar": (
                "أن نصبح محفّزين: جمعية شعبية في داكار",
                "المناخ والعمل والرعاية: جمعية مفتوحة بين الحركات، حضوريًا في داكار وعبر الإنترنت للجميع.",
            ),
        },
    ),
    AssemblyRow(
        "autumn-assembly-online",
        75,
        2,
        "Asia/Kolkata",
        "online",
        "",
        "",
        3,
        "workers",
        {
            "en": (
                "Autumn assembly: organising precarious work",
                "Riders, carers and warehouse workers share what worked, and decide the network's support for next year.",
            ),
            "es": (
                "Asamblea de otoño: organizar el trabajo precario",
                "Repartidores, cuidadoras y trabajadores de almacén comparten lo que funcionó y deciden el apoyo de la red para el próximo año.",
            ),
            "fr": (
                "Assemblée d'automne : organiser le travail précaire",
                "Livreurs, aides à domicile et magasiniers partagent ce qui a marché et décident du soutien du réseau pour l'an prochain.",
            ),
            "pt": (
                "Assembleia de outono: organizar o trabalho precário",
                "Estafetas, cuidadoras e trabalhadores de armazém partilham o que resultou e decidem o apoio da rede para o próximo ano.",
            ),
            "ar": (
                "جمعية الخريف: تنظيم العمل الهش",
                "يتبادل عمال التوصيل وعاملات الرعاية وعمال المستودعات ما نجح، ويقرّرون دعم الشبكة للعام المقبل.",
            ),
        },
    ),
]

AGENDA = {
    "en": [
        ("Welcome and introductions", "Amina Haddad", 20),
        ("Reports from the hubs", "Lucía Ortega", 40),
        ("Proposals and discussion", "Amina Haddad", 40),
        ("Decisions and next steps", "Lucía Ortega", 20),
    ],
    "es": [
        ("Bienvenida y presentaciones", "Amina Haddad", 20),
        ("Informes de los nodos", "Lucía Ortega", 40),
        ("Propuestas y debate", "Amina Haddad", 40),
        ("Decisiones y próximos pasos", "Lucía Ortega", 20),
    ],
    "fr": [
        ("Accueil et présentations", "Amina Haddad", 20),
        ("Nouvelles des groupes", "Lucía Ortega", 40),
        ("Propositions et discussion", "Amina Haddad", 40),
        ("Décisions et suites", "Lucía Ortega", 20),
    ],
    "pt": [
        ("Boas-vindas e apresentações", "Amina Haddad", 20),
        ("Relatos dos núcleos", "Lucía Ortega", 40),
        ("Propostas e debate", "Amina Haddad", 40),
        ("Decisões e próximos passos", "Lucía Ortega", 20),
    ],
    "ar": [
        ("الترحيب والتعارف", "أمينة حداد", 20),
        ("تقارير المجموعات", "لوسيا أورتيغا", 40),
        ("المقترحات والنقاش", "أمينة حداد", 40),
        ("القرارات والخطوات التالية", "لوسيا أورتيغا", 20),
    ],
}

MINUTES = {
    "en": "<p>The facilitators opened with a round of introductions. Each hub reported on its year. The assembly discussed the proposals posted in advance and reached the decisions below.</p>",
    "es": "<p>Las facilitadoras abrieron con una ronda de presentaciones. Cada nodo informó sobre su año. La asamblea debatió las propuestas publicadas con antelación y llegó a las decisiones siguientes.</p>",
    "fr": "<p>Les facilitatrices ont ouvert par un tour de présentations. Chaque groupe a raconté son année. L'assemblée a discuté les propositions publiées à l'avance et pris les décisions ci-dessous.</p>",
    "pt": "<p>As facilitadoras abriram com uma ronda de apresentações. Cada núcleo relatou o seu ano. A assembleia debateu as propostas publicadas com antecedência e chegou às decisões abaixo.</p>",
    "ar": "<p>افتتح الميسّرون الجلسة بجولة تعارف. وقدّمت كل مجموعة تقريرًا عن عامها. ثم ناقشت الجمعية المقترحات المنشورة مسبقًا وتوصّلت إلى القرارات أدناه.</p>",
}

DECISIONS = [
    DecisionRow(
        "consensus",
        {
            "en": "The network runs one shared campaign on the right to stay in one's home next year.",
            "es": "La red llevará a cabo el próximo año una campaña común por el derecho a quedarse en el propio hogar.",
            "fr": "Le réseau mènera l'an prochain une campagne commune pour le droit de rester chez soi.",
            "pt": "A rede fará no próximo ano uma campanha comum pelo direito a ficar na própria casa.",
            "ar": "تخوض الشبكة العام المقبل حملة مشتركة من أجل الحق في البقاء في المسكن.",
        },
    ),
    DecisionRow(
        "deferred",
        {
            "en": "A common membership fee is deferred to the next assembly, after each hub has discussed it.",
            "es": "Una cuota común se aplaza a la próxima asamblea, cuando cada nodo la haya debatido.",
            "fr": "Une cotisation commune est reportée à la prochaine assemblée, après discussion dans chaque groupe.",
            "pt": "Uma quota comum fica adiada para a próxima assembleia, depois de cada núcleo a discutir.",
            "ar": "يُؤجَّل اقتراح اشتراك موحّد إلى الجمعية القادمة بعد أن تناقشه كل مجموعة.",
        },
    ),
]

PROPOSALS = [
    (
        "A shared fund for eviction emergencies",
        "Each hub puts a small amount into a fund that any hub can call on within 48 hours when a family faces eviction.",
    ),
    (
        "Translate every toolkit into Arabic and Portuguese",
        "Our toolkits reach only part of the network. Let us budget for translation before we publish the next one.",
    ),
]
