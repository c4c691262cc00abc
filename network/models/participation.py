"""What people do around an assembly: register (or wait for a place), post proposals in
advance and support other people's proposals."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def new_secret():
    return secrets.token_urlsafe(16)


class ForAnAssembly(models.Model):
    """What a registration and a proposal share: the assembly they are for, and the language
    of the person, in which the site writes to them."""

    assembly = models.ForeignKey(
        "network.AssemblyPage",
        verbose_name=_("assembly"),
        on_delete=models.CASCADE,
        # assembly.registrations, assembly.proposals
        related_name="%(class)ss",
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    class Meta:
        abstract = True


class Registration(ForAnAssembly):
    """One person's place (or place in the queue) at an assembly. Members register in one
    click; guests give a name and email and confirm by email before they hold a place."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Waiting for email confirmation")
        CONFIRMED = "confirmed", _("Registered")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assembly_registrations",
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"))
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.UNCONFIRMED
    )
    secret = models.CharField(max_length=32, default=new_secret, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("assembly registration")
        verbose_name_plural = _("assembly registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["assembly", "email"],
                condition=~Q(status="cancelled"),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} · {self.assembly}"

    @property
    def holds_place(self):
        return self.status == self.Status.CONFIRMED

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED


class Proposal(ForAnAssembly):
    """Something a member asks an assembly to discuss or decide, posted before the deadline
    and shown once an editor approves it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="assembly_proposals",
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    supporters = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="ProposalSupport",
        related_name="supported_proposals",
        verbose_name=_("supporters"),
    )

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.status == self.Status.REJECTED and not self.rejection_reason.strip():
            raise ValidationError(
                {"rejection_reason": _("Give the author a reason when you reject a proposal.")}
            )


class ProposalSupport(models.Model):
    """A member's support for a proposal; once per member and proposal."""

    proposal = models.ForeignKey(
        Proposal, verbose_name=_("proposal"), on_delete=models.CASCADE, related_name="supports"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("member"), on_delete=models.CASCADE
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("support for a proposal")
        verbose_name_plural = _("supports for proposals")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "user"], name="support_proposal_once")
        ]

    def __str__(self):
        return f"{self.user} → {self.proposal}"
