"""A member's own data: everything we hold about them as JSON, and deleting their account
while the hubs and grants they took part in stay whole, signed by "deleted member".

Each app adds its part through two Wagtail hooks, so this module needs to know none of them:
`member_data_export` (user) -> dict, merged into the export, and `member_data_erase` (user),
called before the account is anonymised, to take the person's name and addresses out of what
the app keeps (the helpers below find and remove them)."""

import re
from functools import reduce
from operator import or_

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail import hooks
from wagtail.models import ModelLogEntry, PageLogEntry

from .models import DELETED_MEMBER, FacilitatorProfile, HubMembership, Invitation
from .roles import LAST_COORDINATOR, RoleError

# A display name this short would also match inside other words and names.
SHORTEST_NAME_TO_ERASE = 3


def email_addresses(user):
    """Every address of the person: the account's and the others they added."""
    addresses = EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    return sorted({user.email.lower(), *(address.lower() for address in addresses)})


def addressed_to(user, field):
    """A filter on `field` (an email address) for any of the person's addresses."""
    return reduce(or_, (Q(**{f"{field}__iexact": a}) for a in email_addresses(user)))


def _names(user):
    names = list(email_addresses(user))
    if len(user.display_name.strip()) >= SHORTEST_NAME_TO_ERASE:
        names.append(user.display_name.strip())
    return names


def naming_person(user, field):
    """A filter on a text `field` for rows that name the person or one of their addresses."""
    return reduce(or_, (Q(**{f"{field}__icontains": name}) for name in _names(user)))


def without_person(text, user):
    """`text` with the person's name and addresses replaced by "deleted member"."""
    for name in _names(user):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", str(DELETED_MEMBER), text, flags=re.I)
    return text


def deleted_address(user):
    """The address a deleted account and its records keep: unique, and reaches nobody."""
    return f"deleted-{user.pk}@deleted.invalid"


def export(user):
    """Everything about the person, as plain data. Other apps add their part through the
    `member_data_export` hook: `(user) -> dict` merged into the result."""
    data = {
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "preferred_language": user.preferred_language,
            "timezone": user.timezone,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "email_addresses": list(
                EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
            ),
            "two_factor_methods": list(
                Authenticator.objects.filter(user=user).values_list("type", flat=True)
            ),
        },
        "hub_memberships": [
            {"hub": m.hub.name, "role": m.role, "joined_at": m.joined_at.isoformat()}
            for m in HubMembership.objects.filter(user=user).select_related("hub")
        ],
        "hubs_registered": list(user.registered_hubs.values_list("name", flat=True)),
        "invitations_sent": [
            {"hub": i.hub.name, "email": i.email, "sent_at": i.created_at.isoformat()}
            for i in Invitation.objects.filter(invited_by=user).select_related("hub")
        ],
        "facilitator_profile": None,
    }
    profile = FacilitatorProfile.objects.filter(user=user).first()
    if profile is not None:
        data["facilitator_profile"] = {
            "listed": profile.is_listed,
            "facilitates": profile.facilitates,
            "offers_expertise": profile.offers_expertise,
            "skills": profile.skill_list,
            "languages": profile.languages,
            "bio": profile.bio,
            "hub": profile.hub.name if profile.hub else None,
        }
    for add_part in hooks.get_hooks("member_data_export"):
        data.update(add_part(user) or {})
    return data


def hubs_left_without_coordinator(user):
    """Hubs where the person is the only coordinator while others are members."""
    coordinated = HubMembership.objects.filter(user=user, role=HubMembership.Role.COORDINATOR)
    return [
        m.hub
        for m in coordinated.select_related("hub")
        if not m.hub.memberships.filter(role=HubMembership.Role.COORDINATOR)
        .exclude(user=user)
        .exists()
        and m.hub.memberships.exclude(user=user).exists()
    ]


@transaction.atomic
def delete_account(user):
    """Anonymise the person: personal details, addresses, sessions, memberships and listing
    go; the account row stays so hubs and grants keep pointing at "deleted member"."""
    if hubs_left_without_coordinator(user):
        raise RoleError(LAST_COORDINATOR)
    for erase in hooks.get_hooks("member_data_erase"):
        erase(user)
    _forget_in_logs(user)
    HubMembership.objects.filter(user=user).delete()
    FacilitatorProfile.objects.filter(user=user).delete()
    Invitation.objects.filter(email__iexact=user.email, accepted_at__isnull=True).delete()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    user.email = deleted_address(user)
    user.display_name = ""
    user.first_name = ""
    user.last_name = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.deleted_at = timezone.now()
    user.set_unusable_password()
    # An inactive account's other sessions no longer authenticate.
    user.save()


def _forget_in_logs(user):
    """Wagtail's log entries (the hubs' histories among them) keep who acted as a link to the
    account; take the person's name and addresses out of the titles and details they keep."""
    for model in (ModelLogEntry, PageLogEntry):
        named = naming_person(user, "label") | Q(data__person_id=user.pk)
        named |= addressed_to(user, "data__email")
        for entry in model.objects.filter(named):
            entry.label = without_person(entry.label, user)
            entry.data = {
                key: without_person(value, user) if isinstance(value, str) else value
                for key, value in entry.data.items()
            }
            if entry.data.get("person_id") == user.pk:
                entry.data["person"] = str(DELETED_MEMBER)
            # Saving runs the entry's full_clean, which would refuse actions of apps removed
            # since; an update keeps the entry as it is otherwise.
            model.objects.filter(pk=entry.pk).update(label=entry.label, data=entry.data)
