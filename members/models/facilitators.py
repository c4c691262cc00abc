"""Members who offer to facilitate meetings or share their expertise with other hubs."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from .hubs import Hub


class FacilitatorProfileQuerySet(models.QuerySet):
    def listed(self):
        """Profiles their owners chose to show publicly, under a name they chose (the listing
        never falls back to an email address), never those of deleted accounts."""
        return self.filter(
            is_listed=True, user__is_active=True, user__deleted_at__isnull=True
        ).exclude(user__display_name="")


class FacilitatorProfile(index.Indexed, models.Model):
    """A member's public listing as a facilitator or as someone offering expertise. Their email
    address is never shown: the public writes to them through a form."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="facilitator_profile",
    )
    is_listed = models.BooleanField(_("list me publicly"), default=False)
    facilitates = models.BooleanField(_("I facilitate meetings and assemblies"), default=False)
    offers_expertise = models.BooleanField(_("I offer expertise"), default=False)
    skills = models.CharField(
        _("skills"), max_length=300, blank=True, help_text=_("Separate skills with commas.")
    )
    topics = models.ManyToManyField(
        "core.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    hub = models.ForeignKey(
        Hub,
        verbose_name=_("hub"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = FacilitatorProfileQuerySet.as_manager()

    search_fields = [
        index.SearchField("skills"),
        index.SearchField("bio"),
        index.RelatedFields(
            "user",
            [
                index.SearchField("display_name"),
                index.FilterField("display_name"),
                index.FilterField("is_active"),
                index.FilterField("deleted_at"),
            ],
        ),
        index.FilterField("is_listed"),
    ]

    class Meta:
        verbose_name = _("facilitator profile")
        verbose_name_plural = _("facilitator profiles")
        ordering = ["user__display_name", "pk"]

    def __str__(self):
        return str(self.user)

    @property
    def skill_list(self):
        return [skill.strip() for skill in self.skills.split(",") if skill.strip()]
