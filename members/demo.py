"""Demo content for the member area: 40 approved hubs across the world, a few waiting
for review, member accounts with roles, facilitators, an open invitation, and two-factor
authentication for the staff account (staff must use it)."""

from decimal import Decimal

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.utils import encrypt
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from home.demo import STAFF_EMAIL, STAFF_PASSWORD
from network.demo import ensure_topics

from .models import FacilitatorProfile, Hub, HubMembership, Invitation

# Base32, as authenticator apps expect. Add it by hand ("enter a setup key") to sign in.
DEMO_TOTP_SECRET = "SOLIDARITYDEMOSTAFFTOTPSECRETKEY"
# A fixed seed makes the staff account's recovery codes the same on every machine.
DEMO_RECOVERY_SEED = "solidarity-demo-staff-recovery-codes"

DESCRIPTIONS = {
    "housing": "Tenants organising building by building: we stop evictions, fight rent rises "
    "together and run a weekly advice desk.",
    "food": "A community kitchen and a network of urban gardens that share seeds, harvests "
    "and know-how with the neighbourhood.",
    "climate": "Neighbours preparing for heat and floods, planting shade trees and pushing "
    "the city for fair climate plans.",
    "care": "A mutual aid group: shopping runs, childcare swaps and a phone tree so that no "
    "one is left alone in a crisis.",
    "workers": "Delivery riders, cleaners and carers supporting each other to organise, with "
    "legal clinics and a strike fund.",
}

# name, city, country, latitude, longitude, languages, topics
HUBS = [
    ("Barrio Unido", "Madrid", "ES", "40.4168", "-3.7038", ["es"], ["housing", "care"]),
    ("Huertas del Sur", "Sevilla", "ES", "37.3891", "-5.9845", ["es"], ["food"]),
    ("Collectif Toit Pour Tous", "Marseille", "FR", "43.2965", "5.3698", ["fr"], ["housing"]),
    ("Les Jardins du Lien", "Lyon", "FR", "45.7640", "4.8357", ["fr", "ar"], ["food", "care"]),
    ("Paris Entraide Nord", "Paris", "FR", "48.8566", "2.3522", ["fr", "en"], ["care"]),
    ("Rede Vizinha", "Lisboa", "PT", "38.7223", "-9.1393", ["pt", "en"], ["housing", "care"]),
    ("Horta Comum do Porto", "Porto", "PT", "41.1579", "-8.6291", ["pt"], ["food", "climate"]),
    ("Casa das Mães", "São Paulo", "BR", "-23.5505", "-46.6333", ["pt"], ["care"]),
    ("Cozinha Solidária Recife", "Recife", "BR", "-8.0476", "-34.8770", ["pt"], ["food"]),
    ("Entregadores Unidos", "Rio de Janeiro", "BR", "-22.9068", "-43.1729", ["pt"], ["workers"]),
    ("Vecinas en Red", "Ciudad de México", "MX", "19.4326", "-99.1332", ["es"], ["care"]),
    ("Milpa Viva", "Oaxaca", "MX", "17.0732", "-96.7266", ["es"], ["food", "climate"]),
    ("Inquilinas Bogotá", "Bogotá", "CO", "4.7110", "-74.0721", ["es"], ["housing"]),
    ("Ollas Comunes Lima", "Lima", "PE", "-12.0464", "-77.0428", ["es"], ["food", "care"]),
    ("Asamblea del Agua", "Cochabamba", "BO", "-17.3895", "-66.1568", ["es"], ["climate"]),
    ("Cooperativa La Minga", "Buenos Aires", "AR", "-34.6037", "-58.3816", ["es"], ["workers"]),
    ("Tenants Together Leeds", "Leeds", "GB", "53.8008", "-1.5491", ["en"], ["housing"]),
    ("Glasgow Mutual Aid", "Glasgow", "GB", "55.8642", "-4.2518", ["en"], ["care"]),
    ("Riders Rising London", "London", "GB", "51.5072", "-0.1276", ["en", "pt"], ["workers"]),
    ("Detroit Land Collective", "Detroit", "US", "42.3314", "-83.0458", ["en"], ["food"]),
    ("Bronx Heat Watch", "New York", "US", "40.8448", "-73.8648", ["en", "es"], ["climate"]),
    ("Border Welcome Tucson", "Tucson", "US", "32.2226", "-110.9747", ["en", "es"], ["care"]),
    ("Montréal Solidaire", "Montréal", "CA", "45.5019", "-73.5674", ["fr", "en"], ["care"]),
    ("Dakar Quartiers Verts", "Dakar", "SN", "14.7167", "-17.4677", ["fr"], ["climate"]),
    ("Abidjan Entraide", "Abidjan", "CI", "5.3600", "-4.0083", ["fr"], ["care", "workers"]),
    (
        "Casa Solidarité Casablanca",
        "Casablanca",
        "MA",
        "33.5731",
        "-7.5898",
        ["ar", "fr"],
        ["workers"],
    ),
    ("Tunis Jardins Partagés", "Tunis", "TN", "36.8065", "10.1815", ["ar", "fr"], ["food"]),
    ("بيت الجيران", "Beirut", "LB", "33.8938", "35.5018", ["ar", "en"], ["care"]),
    ("عمّان للتكافل", "Amman", "JO", "31.9539", "35.9106", ["ar"], ["care"]),
    ("حديقة القاهرة المشتركة", "Cairo", "EG", "30.0444", "31.2357", ["ar"], ["food", "climate"]),
    ("Nairobi Riders Union", "Nairobi", "KE", "-1.2921", "36.8219", ["en", "sw"], ["workers"]),
    ("Kampala Care Circle", "Kampala", "UG", "0.3476", "32.5825", ["en"], ["care"]),
    (
        "Joburg Shack Dwellers Forum",
        "Johannesburg",
        "ZA",
        "-26.2041",
        "28.0473",
        ["en"],
        ["housing"],
    ),
    ("Maputo Hortas Urbanas", "Maputo", "MZ", "-25.9692", "32.5732", ["pt"], ["food"]),
    ("Luanda Bairro Vivo", "Luanda", "AO", "-8.8390", "13.2894", ["pt"], ["housing", "climate"]),
    ("Berlin Mieter:innen Netz", "Berlin", "DE", "52.5200", "13.4050", ["de", "en"], ["housing"]),
    (
        "Athens Solidarity Clinic",
        "Athens",
        "GR",
        "37.9838",
        "23.7275",
        ["el", "en"],
        ["care"],
    ),
    ("Manila Urban Poor Alliance", "Manila", "PH", "14.5995", "120.9842", ["en"], ["housing"]),
    (
        "Dhaka Garment Workers Circle",
        "Dhaka",
        "BD",
        "23.8103",
        "90.4125",
        ["bn", "en"],
        ["workers"],
    ),
    ("Jakarta Kampung Hijau", "Jakarta", "ID", "-6.2088", "106.8456", ["id", "en"], ["climate"]),
]

PENDING_HUBS = [
    ("Quito Cuidados", "Quito", "EC", "-0.1807", "-78.4678", ["es"], ["care"]),
    ("Toulouse Logement Digne", "Toulouse", "FR", "43.6047", "1.4442", ["fr"], ["housing"]),
    ("Accra Food Commons", "Accra", "GH", "5.6037", "-0.1870", ["en"], ["food"]),
]

PEOPLE = [
    ("ana@solidarity.example", "Ana Ribeiro", "pt"),
    ("karim@solidarity.example", "Karim Haddad", "ar"),
    ("mateo@solidarity.example", "Mateo Silva", "es"),
    ("claire@solidarity.example", "Claire Martin", "fr"),
    ("sam@solidarity.example", "Sam Okafor", "en"),
]


def _person(email, name, language, password=STAFF_PASSWORD):
    user = get_user_model().objects.filter(email=email).first()
    if user is None:
        user = get_user_model().objects.create_user(email, password)
    user.display_name = name
    user.preferred_language = language
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _hub(row, topics, status, registrant):
    name, city, country, latitude, longitude, languages, topic_keys = row
    slug = slugify(f"{name} {city}", allow_unicode=True)
    hub, _ = Hub.objects.update_or_create(
        slug=slug,
        defaults={
            "name": name,
            "city": city,
            "country": country,
            "latitude": Decimal(latitude),
            "longitude": Decimal(longitude),
            "languages": languages,
            "description": DESCRIPTIONS[topic_keys[0]],
            "status": status,
            "created_by": registrant,
            "founding_year": 2010 + len(name) % 15,
            "size_band": [Hub.SizeBand.SMALL, Hub.SizeBand.MEDIUM, Hub.SizeBand.LARGE][
                len(city) % 3
            ],
        },
    )
    hub.topics.set([topics[key] for key in topic_keys if key in topics])
    return hub


def _staff_mfa(stdout):
    """Staff must use two-factor authentication: give the demo staff account a known
    authenticator secret and recovery codes."""
    staff = get_user_model().objects.get(email=STAFF_EMAIL)
    EmailAddress.objects.update_or_create(
        user=staff, email=STAFF_EMAIL, defaults={"verified": True, "primary": True}
    )
    Authenticator.objects.update_or_create(
        user=staff,
        type=Authenticator.Type.TOTP,
        defaults={"data": {"secret": encrypt(DEMO_TOTP_SECRET)}},
    )
    recovery, _ = Authenticator.objects.update_or_create(
        user=staff,
        type=Authenticator.Type.RECOVERY_CODES,
        defaults={"data": {"seed": encrypt(DEMO_RECOVERY_SEED), "used_mask": 0}},
    )
    codes = RecoveryCodes(recovery).generate_codes()
    stdout.write(
        f"Staff two-factor authentication: authenticator setup key {DEMO_TOTP_SECRET}; "
        f"recovery codes (each works once, reset by load_demo): {' '.join(codes)}"
    )


def load(stdout):
    """Hubs, members with roles, facilitators, an invitation and the staff's MFA."""
    topics = {slug: versions["en"] for slug, versions in ensure_topics().items()}
    people = [_person(email, name, language) for email, name, language in PEOPLE]
    hubs = [
        _hub(row, topics, Hub.Status.APPROVED, people[i % len(people)])
        for i, row in enumerate(HUBS)
    ]
    for i, row in enumerate(PENDING_HUBS):
        _hub(row, topics, Hub.Status.PENDING, people[i % len(people)])
    for i, hub in enumerate(hubs):
        coordinator = people[i % len(people)]
        HubMembership.objects.update_or_create(
            hub=hub, user=coordinator, defaults={"role": HubMembership.Role.COORDINATOR}
        )
        HubMembership.objects.get_or_create(
            hub=hub,
            user=people[(i + 1) % len(people)],
            defaults={"role": HubMembership.Role.MEMBER},
        )
    for person, facilitates, skills in [
        (people[0], True, "consensus decision-making, assemblies"),
        (people[2], True, "popular education, conflict mediation"),
        (people[4], False, "tenant law, grant writing"),
    ]:
        profile, _ = FacilitatorProfile.objects.update_or_create(
            user=person,
            defaults={
                "is_listed": True,
                "facilitates": facilitates,
                "offers_expertise": True,
                "skills": skills,
                "languages": [person.preferred_language, "en"],
                "bio": "Organiser for ten years; happy to help other hubs run open meetings.",
                "hub": hubs[people.index(person)],
            },
        )
        profile.topics.set([topics["care"], topics["housing"]])
    Invitation.objects.get_or_create(
        hub=hubs[0],
        email="new.organiser@solidarity.example",
        defaults={"invited_by": people[0], "role": HubMembership.Role.MEMBER},
    )
    _staff_mfa(stdout)
    stdout.write(
        f"{len(HUBS)} approved and {len(PENDING_HUBS)} pending hubs; member logins "
        f"({', '.join(email for email, _, _ in PEOPLE)}) use the password {STAFF_PASSWORD}."
    )
