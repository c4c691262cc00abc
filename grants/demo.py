"""Demo content for small grants: the grants page in every language, a decided round and an
open one, applications in several languages with reviews, decisions, paid and pending
tranches, and the people who run the fund. Idempotent: a second run updates, never adds."""

from datetime import date, timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from home.demo import STAFF_EMAIL, STAFF_PASSWORD
from home.models import HomePage
from members.models import Hub, HubMembership
from website.demo_content import publish_in_all_languages

from .models import (
    Application,
    AuditEntry,
    BudgetLine,
    Decision,
    GrantIndexPage,
    GrantReport,
    GrantRoundPage,
    Review,
    ReviewAssignment,
    ReviewerProfile,
    Tranche,
)
from .permissions import FUND_STAFF, GRANT_COMMITTEE, PEER_REVIEWERS, ensure_groups

DEMO_TOTP_SECRET = "SOLIDARITYDEMOSTAFFTOTPSECRETKEY"

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

# round, hub index, language, title, summary, lines, outcome
APPLICATIONS = [
    ("autumn-2025", 0, "pt", "Cozinha comunitária no bairro",
     "Refeições partilhadas duas vezes por semana para famílias do bairro.",
     [("Alimentos", "2500.00"), ("Equipamento de cozinha", "1500.00")], "active"),
    ("autumn-2025", 1, "ar", "ورشة إصلاح البيوت",
     "ورشة أسبوعية لإصلاح بيوت الجيران المسنين.", [("أدوات", "1800.00"), ("مواد", "1200.00")],
     "completed"),
    ("autumn-2025", 2, "es", "Asesoría de vivienda", "Un punto de asesoría semanal para "
     "inquilinas.", [("Alquiler del local", "3000.00"), ("Materiales", "900.00")], "declined"),
    ("autumn-2025", 3, "fr", "Jardin partagé", "Un jardin partagé au pied des immeubles.",
     [("Semences et outils", "2200.00")], "waitlisted"),
    ("spring-2026", 4, "en", "Care network phone tree", "A phone tree and training so no "
     "neighbour is alone in a heatwave.", [("Training", "1200.00"), ("Phones", "800.00")],
     "in_review"),
    ("spring-2026", 5, "pt", "Biblioteca de ferramentas", "Uma biblioteca de ferramentas "
     "partilhadas.", [("Ferramentas", "1500.00")], "draft"),
]  # fmt: skip


def _person(email, name, language, groups=()):
    user = get_user_model().objects.filter(email=email).first()
    if user is None:
        user = get_user_model().objects.create_user(email, STAFF_PASSWORD)
    user.display_name = user.display_name or name
    user.preferred_language = language
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    for group in groups:
        user.groups.add(group)
    if groups:
        Authenticator.objects.get_or_create(
            user=user,
            type=Authenticator.Type.TOTP,
            defaults={"data": {"secret": encrypt(DEMO_TOTP_SECRET)}},
        )
    return user


def _stream(kind, items):
    return [{"type": kind, "value": value, "id": block_id} for block_id, value in items]


def _round_content(key, code):
    title, call = ROUNDS[key][code]
    criteria = _stream(
        "criterion",
        [
            (block_id, {"name": name, "guidance": guidance, "weight": weight})
            for block_id, (name, guidance), weight in zip(
                CRITERION_IDS, CRITERIA[code], WEIGHTS, strict=True
            )
        ],
    )
    people, before, choices = QUESTIONS[code]
    questions = _stream(
        "question",
        [
            (QUESTION_IDS[0], {"kind": "number", "label": people, "help_text": "",
                               "required": True, "choices": []}),
            (QUESTION_IDS[1], {"kind": "single_choice", "label": before, "help_text": "",
                               "required": False, "choices": choices}),
        ],
    )  # fmt: skip
    return {
        "title": title,
        "call_text": call,
        "eligibility": ELIGIBILITY[code],
        "criteria": criteria,
        "questions": questions,
    }


def _rounds(index):
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    shared = {
        "autumn-2025": {
            "opens_at": now - timedelta(days=200),
            "closes_at": now - timedelta(days=150),
            "budget": Decimal("12000.00"),
        },
        "spring-2026": {
            "opens_at": now - timedelta(days=10),
            "closes_at": now + timedelta(days=30),
            "budget": Decimal("15000.00"),
        },
    }
    rounds = {}
    for key, dates in shared.items():
        pages = publish_in_all_languages(
            index,
            GrantRoundPage,
            key,
            {code: _round_content(key, code) for code in ROUNDS[key]},
            timezone="Europe/Madrid",
            currency="EUR",
            minimum_award=Decimal("500.00"),
            maximum_award=Decimal("5000.00"),
            reviewers_per_application=2,
            **dates,
        )
        rounds[key] = pages[settings.LANGUAGE_CODE]
    return rounds


def _application(grant_round, hub, applicant, row, reviewers, committee, staff, treasurer):
    _key, _hub_index, language, title, summary, lines, outcome = row
    application, created = Application.objects.get_or_create(
        round=grant_round,
        hub=hub,
        title=title,
        defaults={
            "applicant": applicant,
            "summary": summary,
            "description": summary,
            "hub_context": summary,
            "timeline": "2026",
            "language": language,
            "answers": {QUESTION_IDS[0]: "40", QUESTION_IDS[1]: "1"},
            "declaration_truthful": True,
            "declaration_consent": True,
        },
    )
    if not created:
        return application
    for position, (item, amount) in enumerate(lines):
        BudgetLine.objects.create(
            application=application, item=item, amount=Decimal(amount), position=position
        )
    requested = sum((Decimal(amount) for _item, amount in lines), Decimal("0.00"))
    if outcome == "draft":
        return application
    steps = [
        ("submit", "draft", "submitted", applicant),
        ("screen", "submitted", "in_review", staff),
    ]
    for number, reviewer in enumerate(reviewers[:2]):
        assignment = ReviewAssignment.objects.create(
            application=application,
            reviewer=reviewer,
            due_at=timezone.now() + timedelta(days=7 - 10 * (outcome != "in_review")),
        )
        if outcome == "in_review" and number == 1:
            continue
        score = 4 if outcome in ("active", "completed") else 2 + number
        Review.objects.create(
            assignment=assignment,
            scores=dict.fromkeys(CRITERION_IDS, score),
            weighted_score=Decimal(score),
            recommendation="fund" if score >= 3 else "fund_with_changes",
            comment_for_committee="Clear plan, realistic budget.",
            comment_for_applicant="Think about how to keep it going after the grant.",
        )
        assignment.status = ReviewAssignment.Status.SUBMITTED
        assignment.save()
    if outcome != "in_review":
        steps.append(("complete_review", "in_review", "reviewed", staff))
        decided = {"active": "approved", "completed": "approved"}.get(outcome, outcome)
        Decision.objects.create(
            application=application,
            outcome=decided,
            amount=requested if decided == "approved" else None,
            reasons="Decided by the committee at its autumn meeting.",
            decided_by=committee,
        )
        action = {"approved": "approve", "declined": "decline", "waitlisted": "waitlist"}[decided]
        steps.append((action, "reviewed", decided, committee))
    if outcome in ("active", "completed"):
        steps.append(("sign_agreement", "approved", "active", staff))
        half = (requested / 2).quantize(Decimal("0.01"))
        Tranche.objects.create(
            application=application, position=1, amount=half, planned_date=date(2025, 11, 1),
            status=Tranche.Status.PAID, paid_date=date(2025, 11, 3), method="bank_transfer",
            payment_reference=f"DEMO-{application.pk}-1", recorded_by=staff,
            recorded_at=timezone.now(), approved_by=treasurer, approved_at=timezone.now(),
        )  # fmt: skip
        second = Tranche.objects.create(
            application=application, position=2, amount=requested - half,
            planned_date=date(2026, 3, 1), requires_report=True,
        )  # fmt: skip
        if outcome == "completed":
            GrantReport.objects.create(
                application=application, kind="final", narrative="All repairs were done.",
                status="accepted", submitted_by=applicant, reviewed_by=staff,
            )  # fmt: skip
            second.status = Tranche.Status.PAID
            second.paid_date = date(2026, 2, 1)
            second.method, second.payment_reference = "bank_transfer", f"DEMO-{application.pk}-2"
            second.recorded_by, second.approved_by = staff, treasurer
            second.save()
            steps.append(("complete", "active", "completed", staff))
    for action, source, target, actor in steps:
        AuditEntry.objects.create(
            application=application, actor=actor, action=action, from_status=source,
            to_status=target,
        )  # fmt: skip
    application.status = steps[-1][2]
    application.submitted_at = grant_round.opens_at + timedelta(days=5)
    application.reference = f"SG-{application.submitted_at:%Y}-{application.pk:04d}"
    application.save()
    return application


def load(stdout):
    """Grants index, two rounds, the fund's people and six applications at every stage."""
    groups = ensure_groups()
    staff = get_user_model().objects.get(email=STAFF_EMAIL)
    staff.groups.add(groups[FUND_STAFF])
    treasurer = _person(
        "treasurer@solidarity.example", "Rosa Treasurer", "es", [groups[FUND_STAFF]]
    )
    committee = _person(
        "committee@solidarity.example", "Amina Committee", "fr", [groups[GRANT_COMMITTEE]]
    )
    reviewers = [
        _person(f"reviewer{n}@solidarity.example", name, lang, [groups[PEER_REVIEWERS]])
        for n, (name, lang) in enumerate(
            [("Lena Reviewer", "en"), ("Tomás Reviewer", "pt"), ("Yasmin Reviewer", "ar")], 1
        )
    ]  # fmt: skip
    for reviewer in reviewers:
        ReviewerProfile.objects.update_or_create(
            user=reviewer,
            defaults={
                "languages": [reviewer.preferred_language, "en"],
                "status": ReviewerProfile.Status.CONFIRMED,
                "confirmed_by": staff,
            },
        )
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    index = publish_in_all_languages(home, GrantIndexPage, "grants", INDEX, show_in_menus=True)[
        settings.LANGUAGE_CODE
    ]
    rounds = _rounds(index)
    hubs = list(Hub.objects.filter(status=Hub.Status.APPROVED).order_by("pk")[:6])
    for row in APPLICATIONS:
        if row[1] >= len(hubs):
            continue
        hub = hubs[row[1]]
        membership = HubMembership.objects.filter(hub=hub).order_by("role", "pk").first()
        if membership is None:
            continue
        _application(
            rounds[row[0]], hub, membership.user, row, reviewers, committee, staff, treasurer
        )
    stdout.write(
        "Small grants: two rounds and six applications; fund staff staff@ and treasurer@, "
        f"committee@ and reviewer1-3@solidarity.example use the password {STAFF_PASSWORD} "
        f"and the authenticator key {DEMO_TOTP_SECRET}."
    )
