"""Invitations from a hub's coordinators to join it."""

import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .hubs import Hub, HubMembership

INVITATION_LIFETIME = timedelta(days=14)


def new_token():
    return secrets.token_urlsafe(32)


def default_expiry():
    return timezone.now() + INVITATION_LIFETIME


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        """Not yet used and not expired."""
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())


class Invitation(models.Model):
    """A single-use link, sent by email, that makes the person with that address part of a hub."""

    hub = models.ForeignKey(
        Hub, verbose_name=_("hub"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email address"))
    role = models.CharField(
        _("role"),
        max_length=12,
        choices=HubMembership.Role.choices,
        default=HubMembership.Role.MEMBER,
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"), default=default_expiry)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.hub}"

    def get_absolute_url(self):
        return reverse("members:invitation", kwargs={"token": self.token})

    @property
    def is_usable(self):
        return self.accepted_at is None and self.expires_at > timezone.now()

    def is_addressed_to(self, user):
        """Whether the invited address is one the person has confirmed on their account: the
        link alone proves nothing, it may have been forwarded."""
        return EmailAddress.objects.filter(
            user=user, email__iexact=self.email, verified=True
        ).exists()
