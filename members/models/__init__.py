"""The people who use the site, their hubs, invitations and public facilitator listings."""

from .facilitators import FacilitatorProfile
from .hubs import Hub, HubMembership
from .invitations import Invitation
from .users import DELETED_MEMBER, TIMEZONE_CHOICES, MemberManager, User

__all__ = [
    "DELETED_MEMBER",
    "TIMEZONE_CHOICES",
    "FacilitatorProfile",
    "Hub",
    "HubMembership",
    "Invitation",
    "MemberManager",
    "User",
]
