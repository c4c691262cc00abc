"""Pieces every app's page types share: a hero image with its text alternative, and an
introduction that doubles as the page's meta description."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class HeroMixin(models.Model):
    """A picture at the top of the page, shown in lists and shared as the Open Graph image."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("hero image text alternative"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Leave empty if decorative."),
    )

    class Meta:
        abstract = True

    def get_og_image(self):
        return self.hero_image


class IntroductionMixin(models.Model):
    """A short introduction under the title, used as the meta description unless the editor
    wrote one. A page that must have one redeclares the field without `blank`."""

    introduction = models.TextField(_("introduction"), blank=True)

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.introduction
