"""What waits for a person: every app contributes its lists of work to the member area's work
area through the `member_work_lists` Wagtail hook, so the member area needs to know no app.

A hook is a function (request) -> WorkList or None: None when the person holds no role the
list is for, an empty WorkList when they hold it and nothing waits."""

from dataclasses import dataclass, field

from wagtail import hooks

from . import dates

HOOK = "member_work_lists"


@dataclass
class WorkItem:
    """One thing to do: what it is, where to do it, and a line with its date or amount."""

    title: str
    url: str
    note: str = ""


@dataclass
class WorkList:
    """A titled list of things waiting for one of the person's roles, with an optional link to
    the tool where the whole list is handled."""

    title: str
    items: list[WorkItem] = field(default_factory=list)
    tool_url: str = ""
    tool_label: str = ""
    order: int = 100

    @property
    def count(self):
        return len(self.items)


def work_lists(request):
    """The lists every registered hook gives for the signed-in person, in their order."""
    lists = [work for hook in hooks.get_hooks(HOOK) if (work := hook(request)) is not None]
    return sorted(lists, key=lambda work: work.order)


def day(moment, user):
    """The calendar day of `moment` in the person's own zone (UTC when they chose none)."""
    return dates.format_date_in_zone(moment, dates.viewer_zone(user) or "UTC", width="long")
