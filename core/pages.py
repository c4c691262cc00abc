"""Pieces every app's page types share: a hero image with its text alternative, an
introduction that doubles as the page's meta description, and the few queries every served
page makes (view restrictions, routing to a child, a page of a list) in as few round trips as
the database allows."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Window
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageViewRestriction

from core.published import remembered


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


def public(pages):
    """`pages` (a page queryset) without those in a private section, as Wagtail's `.public()`,
    but as a subquery of the same query instead of a query of its own per call."""
    restricted_ancestor = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restricted_ancestor))


class ViewRestrictionsInOneQuery:
    """A page's view restrictions (its own and its ancestors', through aliases as Wagtail
    does) in one query: the ancestors' paths are prefixes of the page's own."""

    def get_view_restrictions(self):
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
        ).distinct()


class ChildrenOfOneType:
    """For a routable index whose `subpage_types` is one page type: a child's address is
    routed with one query (Wagtail's takes two, the base page then its specific one). The
    index's own routable sub-pages (feeds, calendars) come first, as with RoutablePageMixin."""

    def route(self, request, path_components):
        if path_components:
            try:
                self.resolve_subpage("/" + "/".join(path_components) + "/")
            except Http404:
                (child_model,) = self.clean_subpage_models()
                child = child_model.objects.child_of(self).filter(slug=path_components[0])
                child = child.first()
                if child is not None:
                    child._cached_parent_obj = self
                    return child.route(request, path_components[1:])
        return super().route(request, path_components)


class ChildrenKnownBySlug:
    """For a page whose children are of several types (a home): a child's address is routed
    with one query, for its specific row, from the children's slugs and types kept with what
    editors publish (Wagtail's takes two, the base page then its specific one). What the kept
    map says is checked against the row, and a slug it does not know is routed as Wagtail
    does, so a child added or renamed since is still found."""

    def route(self, request, path_components):
        if path_components:
            slug = path_components[0]
            child = self._known_child(slug)
            if child is not None and child.slug == slug and child.is_child_of(self):
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _known_child(self, slug):
        def children():
            rows = self.get_children().values_list("slug", "content_type", "pk")
            return {
                slug: (ContentType.objects.get_for_id(type_id).model_class()._meta.label, pk)
                for slug, type_id, pk in rows
            }

        found = remembered(f"children:{self.pk}", children).get(slug)
        if found is not None:
            label, pk = found
            return apps.get_model(label).objects.filter(pk=pk).first()
        return None


def page_of(queryset, per_page, number):
    """Page `number` of `queryset` (as Paginator.get_page: the first for a bad number, the
    last beyond the end) with the total counted in the same query, so whatever the query
    costs runs once, not once for the count and again for the page."""
    paginator = Paginator(queryset, per_page)
    try:
        number = max(int(number), 1)
    except (TypeError, ValueError):
        number = 1
    counted = queryset.annotate(listing_total=Window(Count("pk")))
    rows = list(counted[(number - 1) * per_page : number * per_page])
    if rows:
        paginator.count = rows[0].listing_total
    elif number == 1:
        paginator.count = 0
    else:
        number = paginator.num_pages  # an empty list, or beyond its end: one count, then the last
        rows = list(counted[(number - 1) * per_page : number * per_page])
    return PaginatorPage(rows, number, paginator)
