"""Proposals posted before an assembly: submitted by members until the deadline, moderated
by editors, supported once per member."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import format_datetime_in_zone, zone_name
from core.refusals import Refusal

from .models import Proposal, ProposalSupport
from .notifications import send_proposal_decision


class ProposalError(Refusal):
    """A proposal action that is not allowed; the message is shown to the person."""


def submit_proposal(assembly, author, *, title, text, language):
    """Post a proposal to an assembly; it waits for moderation before it is shown."""
    if not assembly.accepts_proposals:
        raise ProposalError(
            _("Proposals for this assembly closed on %(date)s (%(zone)s).")
            % {
                "date": format_datetime_in_zone(assembly.proposals_close_at, assembly.zone),
                "zone": zone_name(assembly.zone),
            }
        )
    return Proposal.objects.create(
        assembly=assembly.source_page(), author=author, title=title, text=text, language=language
    )


def support_proposal(proposal, user):
    """Add a member's support to an approved proposal; a second time changes nothing."""
    if proposal.status != Proposal.Status.APPROVED:
        raise ProposalError(_("Only approved proposals can be supported."))
    try:
        with transaction.atomic():
            ProposalSupport.objects.create(proposal=proposal, user=user)
    except IntegrityError as error:
        raise ProposalError(_("You already support this proposal.")) from error


def withdraw_support(proposal, user):
    """Take back a member's own support for a proposal; nobody else's is touched."""
    withdrawn, _kinds = ProposalSupport.objects.filter(proposal=proposal, user=user).delete()
    if not withdrawn:
        raise ProposalError(_("You do not support this proposal."))


def moderate(proposal, moderator, *, approve, reason=""):
    """Approve a proposal or reject it with a reason the author can read."""
    if not approve and not reason.strip():
        raise ProposalError(_("Give the author a reason when you reject a proposal."))
    proposal.status = Proposal.Status.APPROVED if approve else Proposal.Status.REJECTED
    proposal.rejection_reason = "" if approve else reason.strip()
    proposal.moderated_by = moderator
    proposal.moderated_at = timezone.now()
    proposal.save(update_fields=["status", "rejection_reason", "moderated_by", "moderated_at"])
    send_proposal_decision(proposal)
    return proposal
