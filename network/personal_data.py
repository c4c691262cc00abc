"""What the assemblies hold about a person, for their data export, and what leaves with
their account: registrations (theirs, or made with one of their addresses), proposals they
wrote and the proposals they support."""

from django.db.models import Q
from wagtail import hooks

from members.personal_data import addressed_to, deleted_address

from .models import Proposal, ProposalSupport, Registration


def _when(moment):
    return moment.isoformat() if moment else None


def _registrations(user):
    return Registration.objects.filter(Q(user=user) | addressed_to(user, "email"))


@hooks.register("member_data_export")
def assemblies_data(user):
    """The person's registrations, proposals and supports."""
    registrations = _registrations(user).select_related("assembly").order_by("created_at")
    proposals = Proposal.objects.filter(author=user).select_related("assembly")
    supports = ProposalSupport.objects.filter(user=user).select_related("proposal__assembly")
    return {
        "assembly_registrations": [
            {
                "assembly": registration.assembly.title,
                "name": registration.name,
                "email": registration.email,
                "status": registration.status,
                "language": registration.language,
                "registered_at": _when(registration.created_at),
                "cancelled_at": _when(registration.cancelled_at),
            }
            for registration in registrations
        ],
        "proposals": [
            {
                "assembly": proposal.assembly.title,
                "title": proposal.title,
                "text": proposal.text,
                "status": proposal.status,
                "rejection_reason": proposal.rejection_reason,
                "submitted_at": _when(proposal.created_at),
            }
            for proposal in proposals.order_by("created_at")
        ],
        "proposals_supported": [
            {
                "assembly": support.proposal.assembly.title,
                "proposal": support.proposal.title,
                "supported_at": _when(support.created_at),
            }
            for support in supports.order_by("created_at")
        ],
    }


@hooks.register("member_data_erase")
def forget_in_assemblies(user):
    """Registrations stay counted, without the person's name or address; their proposals and
    supports stay with the account, which now reads "deleted member"."""
    _registrations(user).update(name="", email=deleted_address(user))
