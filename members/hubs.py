"""What happens to a hub: registration, staff review, profile updates (each one in the audit
log), and the querysets that list hubs with their topics in the active language."""

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Locale

from core.localization import in_languages
from core.models import Topic

from . import notifications
from .models import Hub, HubMembership

# Fields of the public profile whose changes the audit log records.
PROFILE_FIELDS = [
    "name",
    "city",
    "country",
    "latitude",
    "longitude",
    "languages",
    "topics",
    "description",
    "website",
    "contact_email",
    "social_links",
    "logo",
    "founding_year",
    "size_band",
]


def unique_slug(name, exclude_pk=None):
    """A slug for `name` that no other hub uses."""
    base = slugify(name, allow_unicode=True)[:150] or "hub"
    slug, number = base, 2
    taken = Hub.objects.exclude(pk=exclude_pk)
    while taken.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def register_hub(hub, topics, registrant):
    """Save a newly registered hub as pending, with its registrant as first coordinator."""
    hub.slug = unique_slug(hub.name)
    hub.status = Hub.Status.PENDING
    hub.created_by = registrant
    hub.save()
    hub.topics.set(topics)
    HubMembership.objects.create(hub=hub, user=registrant, role=HubMembership.Role.COORDINATOR)
    log(hub, "members.hub.register", user=registrant)
    notifications.hub_registered(hub)
    return hub


def profile_snapshot(hub):
    """The public profile as stored values (codes, lists, text), to compare before and after
    an edit; members/history.py puts them into words for whoever reads the history."""
    values = {name: getattr(hub, name) for name in PROFILE_FIELDS if name != "topics"}
    values["country"] = hub.country.code or ""
    values["logo"] = hub.logo.name if hub.logo else ""
    values["topics"] = sorted(hub.topics.values_list("pk", flat=True)) if hub.pk else []
    for name in ("latitude", "longitude"):
        values[name] = "" if values[name] is None else str(values[name])
    return values


@transaction.atomic
def record_profile_update(hub, before, editor):
    """Write what changed since `before` (a `profile_snapshot`) to the audit log."""
    after = profile_snapshot(hub)
    changes = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
    if changes:
        log(hub, "members.hub.update", user=editor, data={"changes": changes})
    return changes


def _decide(hub, status, staff, reason=""):
    hub.status = status
    hub.rejection_reason = reason
    hub.reviewed_by = staff
    hub.reviewed_at = timezone.now()
    hub.save(update_fields=["status", "rejection_reason", "reviewed_by", "reviewed_at"])


@transaction.atomic
def approve_hub(hub, staff):
    """Make the hub public and tell its registrant."""
    _decide(hub, Hub.Status.APPROVED, staff)
    log(hub, "members.hub.approve", user=staff)
    notifications.hub_approved(hub)


@transaction.atomic
def reject_hub(hub, staff, reason):
    """Turn the registration down with a reason, which the registrant receives."""
    _decide(hub, Hub.Status.REJECTED, staff, reason)
    log(hub, "members.hub.reject", user=staff, data={"reason": reason})
    notifications.hub_rejected(hub)


@transaction.atomic
def suspend_hub(hub, staff, reason):
    """Take an approved hub out of public view."""
    _decide(hub, Hub.Status.SUSPENDED, staff, reason)
    log(hub, "members.hub.suspend", user=staff, data={"reason": reason})


def attach_topics_in_active_language(hubs, locale=None):
    """Give each hub (whose topics were prefetched) `topics_shown`: its topics in the active
    language where translated. One query, however many hubs."""
    language_code = (locale or Locale.get_active()).language_code
    shown = iter(in_languages([t for hub in hubs for t in hub.topics.all()], language_code))
    for hub in hubs:
        hub.topics_shown = [next(shown) for _topic in hub.topics.all()]
    return hubs


def public_hubs():
    """Approved hubs with what the directory and the hub page show."""
    return Hub.objects.public().prefetch_related(
        Prefetch("topics", queryset=Topic.objects.only("pk", "name", "slug", "translation_key"))
    )
