"""Who is who in the grants process, per application: the roles the workflow table names."""

from django.contrib.auth.models import Group

from members.models import Hub, HubMembership

PEER_REVIEWERS = "Peer reviewers"
GRANT_COMMITTEE = "Grant committee"
FUND_STAFF = "Fund staff"
GRANT_GROUPS = (PEER_REVIEWERS, GRANT_COMMITTEE, FUND_STAFF)

APPLICANT = "applicant"
REVIEWER = "reviewer"
COMMITTEE = "committee"
STAFF = "staff"


def ensure_groups():
    """The three grants groups exist (data migration and demo both call this)."""
    return {name: Group.objects.get_or_create(name=name)[0] for name in GRANT_GROUPS}


def _group_names(user):
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_grants_groups", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._grants_groups = cached
    return cached


def is_fund_staff(user):
    return user.is_authenticated and (user.is_superuser or FUND_STAFF in _group_names(user))


def is_committee(user):
    return user.is_authenticated and (user.is_superuser or GRANT_COMMITTEE in _group_names(user))


def is_confirmed_reviewer(user):
    """A member of the peer reviewers group: may be asked for reviews."""
    return user.is_authenticated and PEER_REVIEWERS in _group_names(user)


def is_grants_team(user):
    """Staff or committee: may see every application and the ranking."""
    return is_fund_staff(user) or is_committee(user)


def hubs_user_may_apply_for(user):
    """Approved hubs where the user is a coordinator or member."""
    if not user.is_authenticated:
        return []
    return list(
        Hub.objects.filter(
            status=Hub.Status.APPROVED,
            memberships__user=user,
            memberships__role__in=[HubMembership.Role.COORDINATOR, HubMembership.Role.MEMBER],
        ).order_by("name")
    )


def is_applicant(user, application):
    """A member of the applying hub speaks for the application."""
    return (
        user.is_authenticated
        and HubMembership.objects.filter(hub_id=application.hub_id, user=user).exists()
    )


def is_assigned_reviewer(user, application):
    return (
        user.is_authenticated
        and application.assignments.filter(reviewer=user).exclude(status="conflict").exists()
    )


def roles_for(user, application):
    """The set of roles `user` holds towards `application`."""
    roles = set()
    if not user.is_authenticated:
        return roles
    if is_applicant(user, application):
        roles.add(APPLICANT)
    if not application.was_submitted:
        return roles  # a draft belongs to its hub until it is submitted
    if is_assigned_reviewer(user, application):
        roles.add(REVIEWER)
    if is_committee(user):
        roles.add(COMMITTEE)
    if is_fund_staff(user):
        roles.add(STAFF)
    return roles
