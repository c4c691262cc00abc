"""Texts of the small-grants demo: the grants page, two rounds with their criteria and
questions, the fund's people and nine applications, in the five languages."""

from typing import NamedTuple

from core.demo_data.people import Person


class ApplicationRow(NamedTuple):
    """An application: its round, which approved hub (by position) sends it, in which
    language, what it asks for (budget lines of item and amount) and where it has got to:
    draft, assigned (no review written), in_review (one written), reviewed, declined,
    waitlisted, recorded (first payment waiting for approval), active, completed."""

    round: str
    hub: int
    language: str
    title: str
    summary: str
    lines: list
    outcome: str
    # The reviewers (by position in REVIEWERS) assigned to it.
    reviewers: tuple = (0, 1)


TREASURER = Person("treasurer@solidarity.example", "Rosa Treasurer", "es")
COMMITTEE = Person("committee@solidarity.example", "Amina Committee", "fr")
REVIEWERS = [
    Person("reviewer1@solidarity.example", "Lena Reviewer", "en"),
    Person("reviewer2@solidarity.example", "Tomás Reviewer", "pt"),
    Person("reviewer3@solidarity.example", "Yasmin Reviewer", "ar"),
]

INDEX = {
    "en": {"title": "Small grants", "introduction": "<p>Our fund supports hubs with small "
           "grants, decided by members: peer reviewers from other hubs and an elected "
           "committee.</p>"},
    "es": {"title": "Pequeñas subvenciones", "introduction": "<p>Nuestro fondo apoya a los "
           "nodos con pequeñas subvenciones, decididas por sus miembros.</p>"},
    "fr": {"title": "Petites subventions", "introduction": "<p>Notre fonds soutient les "
           "groupes locaux par de petites subventions, décidées par les membres.</p>"},
    "pt": {"title": "Pequenos apoios", "introduction": "<p>O nosso fundo apoia os núcleos "
           "com pequenos apoios, decididos pelos membros.</p>"},
    "ar": {"title": "المنح الصغيرة", "introduction": "<p>يدعم صندوقنا المجموعات المحلية "
           "بمنح صغيرة يقررها الأعضاء.</p>"},
}  # fmt: skip

CRITERIA = {
    "en": [("Local need", "Does the project answer a need the hub has seen?"),
           ("Feasibility", "Can the hub carry it out with this budget and timeline?"),
           ("Solidarity", "Does it connect people across movements?")],
    "es": [("Necesidad local", "¿Responde el proyecto a una necesidad real?"),
           ("Viabilidad", "¿Puede el nodo llevarlo a cabo con este presupuesto?"),
           ("Solidaridad", "¿Une a personas de distintos movimientos?")],
    "fr": [("Besoin local", "Le projet répond-il à un besoin constaté ?"),
           ("Faisabilité", "Le groupe peut-il le mener avec ce budget ?"),
           ("Solidarité", "Relie-t-il des personnes de mouvements différents ?")],
    "pt": [("Necessidade local", "O projeto responde a uma necessidade real?"),
           ("Viabilidade", "O núcleo consegue realizá-lo com este orçamento?"),
           ("Solidariedade", "Liga pessoas de movimentos diferentes?")],
    "ar": [("الحاجة المحلية", "هل يلبي المشروع حاجة حقيقية؟"),
           ("قابلية التنفيذ", "هل تستطيع المجموعة تنفيذه بهذه الميزانية؟"),
           ("التضامن", "هل يربط بين أشخاص من حركات مختلفة؟")],
}  # fmt: skip
CRITERION_IDS = [
    "6c1f0c8e-1b8e-4a5e-9a51-000000000001",
    "6c1f0c8e-1b8e-4a5e-9a51-000000000002",
    "6c1f0c8e-1b8e-4a5e-9a51-000000000003",
]
WEIGHTS = [3, 2, 1]

QUESTIONS = {
    "en": ["How many people will take part?", "Have you received a grant from us before?",
           ["Yes", "No"]],
    "es": ["¿Cuántas personas participarán?", "¿Habéis recibido antes una subvención?",
           ["Sí", "No"]],
    "fr": ["Combien de personnes participeront ?", "Avez-vous déjà reçu une subvention ?",
           ["Oui", "Non"]],
    "pt": ["Quantas pessoas vão participar?", "Já receberam um apoio nosso?", ["Sim", "Não"]],
    "ar": ["كم شخصًا سيشارك؟", "هل حصلتم على منحة منا من قبل؟", ["نعم", "لا"]],
}  # fmt: skip
QUESTION_IDS = ["7d2e1f9a-2c9f-4b6f-8b62-000000000001", "7d2e1f9a-2c9f-4b6f-8b62-000000000002"]

ROUNDS = {
    "autumn-2025": {
        "en": ("Autumn 2025 round", "<p>Grants of up to 5,000 euros for mutual aid and "
               "organising projects.</p>"),
        "es": ("Convocatoria de otoño 2025", "<p>Subvenciones de hasta 5.000 euros para "
               "proyectos de apoyo mutuo.</p>"),
        "fr": ("Appel d'automne 2025", "<p>Des subventions jusqu'à 5 000 euros pour "
               "l'entraide et l'organisation.</p>"),
        "pt": ("Ronda de outono 2025", "<p>Apoios até 5.000 euros para projetos de ajuda "
               "mútua e organização.</p>"),
        "ar": ("دورة خريف 2025", "<p>منح تصل إلى 5000 يورو لمشاريع التضامن والتنظيم.</p>"),
    },
    "spring-2026": {
        "en": ("Spring 2026 round", "<p>This round funds projects that bring hubs and "
               "neighbours together around housing, food and care.</p>"),
        "es": ("Convocatoria de primavera 2026", "<p>Esta convocatoria financia proyectos "
               "que unen a nodos y vecinos en torno a vivienda, alimentación y cuidados.</p>"),
        "fr": ("Appel du printemps 2026", "<p>Cet appel finance des projets qui "
               "rassemblent groupes et voisins autour du logement, de l'alimentation et du "
               "soin.</p>"),
        "pt": ("Ronda da primavera 2026", "<p>Esta ronda apoia projetos que juntam núcleos "
               "e vizinhos em torno da habitação, alimentação e cuidado.</p>"),
        "ar": ("دورة ربيع 2026", "<p>تموّل هذه الدورة مشاريع تجمع المجموعات والجيران حول "
               "السكن والغذاء والرعاية.</p>"),
    },
}  # fmt: skip

ELIGIBILITY = {
    "en": "<p>Approved hubs of the network. One application per hub per round.</p>",
    "es": "<p>Nodos aprobados de la red. Una solicitud por nodo y convocatoria.</p>",
    "fr": "<p>Groupes approuvés du réseau. Une demande par groupe et par appel.</p>",
    "pt": "<p>Núcleos aprovados da rede. Uma candidatura por núcleo e ronda.</p>",
    "ar": "<p>المجموعات المعتمدة في الشبكة. طلب واحد لكل مجموعة في كل دورة.</p>",
}

PROGRESS_REPORT = (
    "A cozinha abriu em novembro; quarenta famílias comem juntas duas vezes por semana."
)

APPLICATIONS = [
    ApplicationRow("autumn-2025", 0, "pt", "Cozinha comunitária no bairro",
     "Refeições partilhadas duas vezes por semana para famílias do bairro.",
     [("Alimentos", "2500.00"), ("Equipamento de cozinha", "1500.00")], "active"),
    ApplicationRow("autumn-2025", 1, "ar", "ورشة إصلاح البيوت",
     "ورشة أسبوعية لإصلاح بيوت الجيران المسنين.", [("أدوات", "1800.00"), ("مواد", "1200.00")],
     "completed"),
    ApplicationRow("autumn-2025", 2, "es", "Asesoría de vivienda", "Un punto de asesoría semanal para "
     "inquilinas.", [("Alquiler del local", "3000.00"), ("Materiales", "900.00")], "declined"),
    ApplicationRow("autumn-2025", 3, "fr", "Jardin partagé", "Un jardin partagé au pied des immeubles.",
     [("Semences et outils", "2200.00")], "waitlisted"),
    ApplicationRow("spring-2026", 4, "en", "Care network phone tree", "A phone tree and training so no "
     "neighbour is alone in a heatwave.", [("Training", "1200.00"), ("Phones", "800.00")],
     "in_review"),
    ApplicationRow("spring-2026", 5, "pt", "Biblioteca de ferramentas", "Uma biblioteca de ferramentas "
     "partilhadas.", [("Ferramentas", "1500.00")], "draft"),
    # What waits for the fund's people: a payment staff recorded for the treasurer to approve,
    # a review for the third reviewer and the first, and an application for the committee.
    ApplicationRow("autumn-2025", 6, "es", "Comedor solidario", "Un comedor abierto los "
     "domingos.", [("Alimentos", "1600.00"), ("Menaje", "400.00")], "recorded"),
    ApplicationRow("spring-2026", 7, "ar", "مكتبة الحي", "مكتبة صغيرة يديرها الجيران للأطفال.",
     [("كتب", "900.00"), ("رفوف", "600.00")], "assigned", reviewers=(2, 0)),
    ApplicationRow("spring-2026", 8, "fr", "Atelier vélo", "Un atelier où réparer son vélo "
     "ensemble.", [("Outils", "1300.00"), ("Pièces", "700.00")], "reviewed"),
]  # fmt: skip
