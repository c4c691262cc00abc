"""Helpers every app's demo loader uses: locales, pages published in every language, and
generated pictures. Kept idempotent: running a loader twice updates, never duplicates."""

import io
import random

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page


def ensure_locales():
    """One Locale per configured content language, keyed by language code."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


def publish_in_all_languages(parent, page_class, slug, content, **shared):
    """Create or update `page_class` under `parent` in every language.

    `content` maps language code to field values ({"en": {"title": …}, "es": {…}}); `shared`
    holds values identical in every language (dates, images). `parent` is the default
    language's page; each translation goes under the parent's translation. Returns the
    pages keyed by language code."""
    locales = ensure_locales()
    default = settings.LANGUAGE_CODE
    source = page_class.objects.child_of(parent).filter(slug=slug, locale=locales[default]).first()
    if source is None:
        source = page_class(**{"slug": slug, **content[default], **shared})
        parent.add_child(instance=source)
    pages = {}
    for code, locale in locales.items():
        page = source if code == default else source.get_translation_or_none(locale)
        if page is None:
            page = source.copy_for_translation(locale, copy_parents=True)
        page = page.specific
        for field, value in {**shared, **content.get(code, content[default])}.items():
            setattr(page, field, value)
        page.save_revision().publish()
        pages[code] = page
    return pages


def make_picture(title, seed, size=(1600, 700)):
    """A generated abstract picture stored as a Wagtail image (found again by title)."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    rng = random.Random(seed)
    picture = PILImage.new("RGB", size, (rng.randint(20, 80), rng.randint(20, 60), 40))
    draw = ImageDraw.Draw(picture)
    for _ in range(18):
        x, y = rng.randint(0, size[0]), rng.randint(0, size[1])
        radius = rng.randint(40, 260)
        colour = (rng.randint(150, 255), rng.randint(60, 200), rng.randint(40, 120))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return image_model.objects.create(
        title=title,
        file=ImageFile(buffer, name=f"{slugify_ascii(title)}.jpg"),
        description=title,
    )


def slugify_ascii(text):
    """A file-name-safe version of a title."""
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-") or "picture"


def site_root_page():
    """The tree's root, under which each language's home page sits (made again if a test
    flushed the tables Wagtail's migrations filled)."""
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            title="Root", slug="root", locale=ensure_locales()[settings.LANGUAGE_CODE]
        )
    return root
