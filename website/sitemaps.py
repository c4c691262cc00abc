"""One sitemap per language, listed by the sitemap index at /sitemap.xml."""

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class LocaleSitemap(Sitemap):
    """The live, public pages of one language under the site's root."""

    def __init__(self, language_code, request=None):
        super().__init__(request)
        self.language_code = language_code

    def items(self):
        root = self.get_wagtail_site().root_page
        localized_root = (
            Page.objects.filter(
                translation_key=root.translation_key, locale__language_code=self.language_code
            )
            .live()
            .first()
        )
        if localized_root is None:
            return Page.objects.none()
        return (
            localized_root.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def sitemaps_for(request):
    """The sitemap sections, one per content language that has a locale."""
    codes = Locale.objects.values_list("language_code", flat=True)
    known = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    return {code: LocaleSitemap(code, request) for code in codes if code in known}
