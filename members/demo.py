"""Demo content for the member area: 40 approved hubs across the world, a few waiting
for review, member accounts with roles, facilitators and an open invitation."""

from decimal import Decimal

from django.utils.text import slugify

from core.demo import DEMO_PASSWORD, ensure_topics, person

from .demo_data.hubs import DESCRIPTIONS, FACILITATORS, HUBS, PENDING_HUBS, PEOPLE
from .models import FacilitatorProfile, Hub, HubMembership, Invitation


def _hub(row, topics, status, registrant):
    slug = slugify(f"{row.name} {row.city}", allow_unicode=True)
    hub, _ = Hub.objects.update_or_create(
        slug=slug,
        defaults={
            "name": row.name,
            "city": row.city,
            "country": row.country,
            "latitude": Decimal(row.latitude),
            "longitude": Decimal(row.longitude),
            "languages": row.languages,
            "description": DESCRIPTIONS[row.topics[0]],
            "status": status,
            "created_by": registrant,
            "founding_year": 2010 + len(row.name) % 15,
            "size_band": [Hub.SizeBand.SMALL, Hub.SizeBand.MEDIUM, Hub.SizeBand.LARGE][
                len(row.city) % 3
            ],
        },
    )
    hub.topics.set([topics[key] for key in row.topics if key in topics])
    return hub


def load(stdout):
    """Hubs, members with roles, facilitators and an invitation."""
    topics = {slug: versions["en"] for slug, versions in ensure_topics().items()}
    people = [person(row) for row in PEOPLE]
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
    by_email = {user.email: user for user in people}
    for row in FACILITATORS:
        member = by_email[row.email]
        profile, _ = FacilitatorProfile.objects.update_or_create(
            user=member,
            defaults={
                "is_listed": True,
                "facilitates": row.facilitates,
                "offers_expertise": True,
                "skills": row.skills,
                "languages": [member.preferred_language, "en"],
                "bio": "Organiser for ten years; happy to help other hubs run open meetings.",
                "hub": hubs[people.index(member)],
            },
        )
        profile.topics.set([topics["care"], topics["housing"]])
    Invitation.objects.get_or_create(
        hub=hubs[0],
        email="new.organiser@solidarity.example",
        defaults={"invited_by": people[0], "role": HubMembership.Role.MEMBER},
    )
    stdout.write(
        f"{len(HUBS)} approved and {len(PENDING_HUBS)} pending hubs; member logins: "
        f"{', '.join(row.email for row in PEOPLE)} use the password {DEMO_PASSWORD}."
    )
