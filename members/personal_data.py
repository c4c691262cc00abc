"""A member's own data: everything we hold about them as JSON, and deleting their account
while the hubs and grants they took part in stay whole, signed by "deleted member"."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import transaction
from django.utils import timezone
from wagtail import hooks

from .models import FacilitatorProfile, HubMembership, Invitation
from .roles import LAST_COORDINATOR, RoleError


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
    HubMembership.objects.filter(user=user).delete()
    FacilitatorProfile.objects.filter(user=user).delete()
    Invitation.objects.filter(email__iexact=user.email, accepted_at__isnull=True).delete()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    user.email = f"deleted-{user.pk}@deleted.invalid"
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
