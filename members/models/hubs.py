"""Local hubs and the people in them."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.search import index

from core.locales import language_name
from core.uploads import GeneratedName
from members.validators import validate_logo


class HubQuerySet(models.QuerySet):
    def public(self):
        """Hubs anyone may see: approved ones."""
        return self.filter(status=Hub.Status.APPROVED)


class Hub(index.Indexed, models.Model):
    """A local group that is part of the network. Public only once staff approve it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SUSPENDED = "suspended", _("Suspended")

    class SizeBand(models.TextChoices):
        SMALL = "small", _("Up to 10 people")
        MEDIUM = "medium", _("11 to 50 people")
        LARGE = "large", _("More than 50 people")

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160, unique=True, allow_unicode=True)
    city = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"), db_index=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    languages = models.JSONField(
        _("languages"),
        default=list,
        blank=True,
        help_text=_("Language codes the hub works in, such as en, es, ar."),
    )
    topics = models.ManyToManyField(
        "core.Topic", verbose_name=_("topics"), blank=True, related_name="hubs"
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("public contact email"), blank=True)
    social_links = models.JSONField(_("social links"), default=list, blank=True)
    logo = models.ImageField(
        _("logo"), upload_to=GeneratedName("hubs/logos/"), blank=True, validators=[validate_logo]
    )
    founding_year = models.PositiveSmallIntegerField(_("founding year"), null=True, blank=True)
    size_band = models.CharField(
        _("size"), max_length=10, choices=SizeBand.choices, default=SizeBand.SMALL
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="registered_hubs",
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = HubQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.SearchField("description"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("hub")
        verbose_name_plural = _("hubs")
        ordering = ["name"]
        indexes = [models.Index(fields=["status", "name"], name="hub_status_name")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("members:hub_detail", kwargs={"slug": self.slug})

    @property
    def is_public(self):
        return self.status == self.Status.APPROVED

    @property
    def language_names(self):
        """(code, name in the active language) for each language the hub works in."""
        return [(code, language_name(code)) for code in self.languages]

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None


class HubMembership(models.Model):
    """A person's role in a hub: coordinators manage it, members take part."""

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Coordinator")
        MEMBER = "member", _("Member")

    hub = models.ForeignKey(
        Hub, verbose_name=_("hub"), on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="hub_memberships",
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)

    class Meta:
        verbose_name = _("hub membership")
        verbose_name_plural = _("hub memberships")
        constraints = [
            models.UniqueConstraint(fields=["hub", "user"], name="unique_membership_per_hub")
        ]

    def __str__(self):
        return f"{self.user} · {self.hub} ({self.get_role_display()})"

    @property
    def is_coordinator(self):
        return self.role == self.Role.COORDINATOR
