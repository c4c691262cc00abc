"""A hub's history in words: who changed what and when, read from its audit log (Wagtail's
log entries). Profile updates keep each changed field's old and new value as stored; here
they become what a reader understands, in the active language: choice labels, country and
language names, topic names, "none" for an empty value."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django_countries import countries
from wagtail.models import ModelLogEntry

from core.localization import in_languages
from core.models import Topic

from .hubs import PROFILE_FIELDS
from .models import Hub, HubMembership
from .models.hubs import language_name

# What the log entries of hub actions keep beside the fields (`data`), and how each is named.
DETAIL_LABELS = {
    "person": gettext_lazy("Person"),
    "email": gettext_lazy("Email"),
    "role": gettext_lazy("Role"),
    "reason": gettext_lazy("Reason"),
}


@dataclass
class Change:
    """One field of the profile, before and after, in words."""

    label: str
    old: str
    new: str

    def __str__(self):
        return _("%(field)s: %(old)s → %(new)s") % {
            "field": self.label,
            "old": self.old,
            "new": self.new,
        }


@dataclass
class HistoryEntry:
    """One step in a hub's history: when, by whom, what, and its changes or details."""

    at: object
    who: str
    what: str
    changes: list[Change] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


def _topic_names(pks):
    # A topic deleted since the change no longer has a name to show.
    topics = Topic.objects.in_bulk(pks)
    found = [topics[pk] for pk in pks if pk in topics]
    return [topic.name for topic in in_languages(found, get_language())]


def _choice_label(choices, value):
    return str(dict(choices).get(value, value))


def in_words(name, value):
    """The value of profile field `name`, as stored in a log entry, in the active language."""
    if value in ("", None, [], "None"):
        return _("none")
    if isinstance(value, list):
        if name == "topics":
            words = _topic_names(value)
        elif name == "languages":
            words = [str(language_name(code)) for code in value]
        else:
            words = [str(item) for item in value]
        return ", ".join(words)
    if name == "country":
        return str(countries.name(value) or value)
    if name == "size_band":
        return _choice_label(Hub.SizeBand.choices, value)
    if name == "logo":
        return _("an image")
    return str(value)


def field_label(name):
    """The profile field's name as the hub form shows it."""
    return str(Hub._meta.get_field(name).verbose_name).capitalize()


def changes_of(entry):
    """The profile changes a `members.hub.update` entry records, in words, in form order."""
    changed = entry.data.get("changes", {})
    return [
        Change(
            field_label(name), in_words(name, changed[name][0]), in_words(name, changed[name][1])
        )
        for name in PROFILE_FIELDS
        if name in changed
    ]


def details_of(entry, people=None):
    """What else a hub action's entry keeps (the person, address, role, reason), in words.
    A person is named by their account as it is now, so a deleted member is never named."""
    person_id = entry.data.get("person_id")
    if people is None and person_id:
        people = get_user_model().objects.in_bulk([person_id])
    details = []
    for key, label in DETAIL_LABELS.items():
        value = entry.data.get(key)
        if not value:
            continue
        if key == "person" and people and person_id in people:
            value = str(people[person_id])
        elif key == "role":
            value = _choice_label(HubMembership.Role.choices, value)
        details.append(_("%(label)s: %(value)s") % {"label": label, "value": value})
    return details


def hub_log_entries(hub):
    """The hub's log entries, newest first, with the people who made them."""
    return (
        ModelLogEntry.objects.for_instance(hub).select_related("user").order_by("-timestamp", "-pk")
    )


def hub_history(hub):
    """The hub's history as a reader of the active language reads it, newest first."""
    entries = list(hub_log_entries(hub))
    person_ids = {entry.data.get("person_id") for entry in entries} - {None}
    people = get_user_model().objects.in_bulk(person_ids)
    return [
        HistoryEntry(
            at=entry.timestamp,
            who=entry.user_display_name,
            what=_action_label(entry),
            changes=changes_of(entry) if entry.action == "members.hub.update" else [],
            details=details_of(entry, people),
        )
        for entry in entries
    ]


def _action_label(entry):
    formatter = entry.formatter
    return str(formatter.message) if formatter else entry.action


def changes_in_words(entry):
    """The changes of an update entry on one line: "City: Lisboa → Porto; Size: …"."""
    return "; ".join(str(change) for change in changes_of(entry))
