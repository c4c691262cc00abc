"""The demo's shared base: the topics and the staff account, and the helpers every app's
demo loader uses (people, locales, pages published in every language as wagtail-localize
translations, generated pictures).
Kept idempotent: running a loader twice updates, never duplicates, and leaves alone the pages
whose demo content has not changed since the last run (`DemoRecord`)."""

import copy
import datetime
import hashlib
import io
import json
import random
import uuid

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.utils import encrypt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import models
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, DraftStateMixin, Locale, Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import (
    String,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .demo_data.people import STAFF
from .demo_data.topics import TOPICS
from .models import DemoRecord, Topic

# Every demo account signs in with this password...
DEMO_PASSWORD = "solidarity-demo-2026"
# ...and, where two-factor authentication is set up, this authenticator key (Base32, as
# authenticator apps expect: add it by hand with "enter a setup key").
DEMO_TOTP_SECRET = "SOLIDARITYDEMOSTAFFTOTPSECRETKEY"
# A fixed seed makes the staff account's recovery codes the same on every machine.
DEMO_RECOVERY_SEED = "solidarity-demo-staff-recovery-codes"


def ensure_locales():
    """One Locale per configured content language, keyed by language code."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


def publish_in_all_languages(parent, page_class, slug, content, **shared):
    """Create or update `page_class` under `parent` and publish it in each language of
    `content`, the other languages as wagtail-localize translations of the default one.

    `content` maps language code to field values ({"en": {"title": …}, "es": {…}}); `shared`
    holds values identical in every language (dates, images). `parent` is the default
    language's page; each translation goes under the parent's translation. Returns the
    pages keyed by language code."""
    default = settings.LANGUAGE_CODE
    source = (
        page_class.objects.child_of(parent).filter(slug=slug, locale__language_code=default).first()
    )
    part, digest = (
        "fields " + " ".join(sorted({*shared, *content[default]})),
        _digest(content, shared),
    )
    if source is not None and _unchanged(source, part, digest, content):
        return _in_languages(source, content)
    if source is None:
        source = page_class(slug=slug)
        _set_fields(source, {**shared, **content[default]})
        parent.add_child(instance=source)
    else:
        source = source.specific
        _set_fields(source, {**shared, **content[default]})
    source.save_revision().publish()
    others = {code: values for code, values in content.items() if code != default}
    pages = {default: source, **translate(source, others)}
    _written(source, part, digest)
    return pages


def publish_children(page, relation, children, key):
    """Publish `page` (the default language's) with the `relation` children (decisions, form
    fields) in each language of `children`: language code → one dict of field values per child,
    the same children in every language in the same order. Child number n keeps the
    translation key `key(n)`, so a later run updates it; the translations get theirs through
    wagtail-localize (see `translate`)."""
    default = settings.LANGUAGE_CODE
    part, digest = f"children {relation}", _digest(children)
    if _unchanged(page, part, digest, children):
        return
    model = page._meta.get_field(relation).related_model
    existing = {child.translation_key: child for child in getattr(page, relation).all()}
    sources = []
    for number, values in enumerate(children[default]):
        child = existing.get(key(number)) or model(translation_key=key(number), locale=page.locale)
        _set_fields(child, values)
        sources.append(child)
    setattr(page, relation, sources)
    page.save_revision().publish()
    translated = {}
    for code, rows in children.items():
        if code != default:
            # Each language's child starts as the source's (its untranslated values kept).
            translated[code] = {relation: [copy.copy(child) for child in sources]}
            for child, values in zip(translated[code][relation], rows, strict=True):
                _set_fields(child, values)
    translate(page, translated)
    _written(page, part, digest)


def _digest(*values):
    """A digest of values the demo writes: model instances by their key, dates and times in
    ISO form, and stream items without the ids `list_items` gives them afresh on each run."""

    def plain(value):
        if isinstance(value, models.Model):
            return [value._meta.label, value.pk]
        if isinstance(value, dict):
            ids = {"id"} if {"type", "value"} <= set(value) else set()
            return {str(key): plain(item) for key, item in value.items() if key not in ids}
        if isinstance(value, list | tuple):
            return [plain(item) for item in value]
        if isinstance(value, datetime.date | datetime.time):
            return value.isoformat()
        return value if isinstance(value, str | int | float | bool | None) else str(value)

    return hashlib.sha256(json.dumps(plain(values), sort_keys=True).encode()).hexdigest()


def _latest_revisions(source):
    """The id of the latest revision of `source` in each language, keyed by language code."""
    pages = Page.objects.filter(translation_key=source.translation_key)
    return dict(pages.values_list("locale__language_code", "latest_revision_id"))


def _unchanged(source, part, digest, languages):
    """Whether an earlier run wrote `part` of `source` from the values `digest` was made of,
    in every one of `languages`, and no one has saved the page in any language since."""
    record = DemoRecord.objects.filter(translation_key=source.translation_key).first()
    if record is None or record.digests.get(part) != digest:
        return False
    revisions = _latest_revisions(source)
    return revisions == record.revisions and set(languages) <= set(revisions)


def _written(source, part, digest):
    record, _created = DemoRecord.objects.get_or_create(translation_key=source.translation_key)
    record.digests[part] = digest
    record.revisions = _latest_revisions(source)
    record.save()


def _in_languages(source, languages):
    """`source`'s page in each of `languages`, keyed by language code."""
    pages = source.get_translations(inclusive=True).filter(locale__language_code__in=languages)
    return {page.locale.language_code: page for page in pages.select_related("locale").specific()}


def _set_fields(instance, values):
    for field, value in values.items():
        setattr(instance, field, value)


def list_items(values):
    """`values` as a ListBlock's stored items, each with its own id: the form wagtail-localize
    reads segments from (it skips items stored as bare values, leaving them untranslatable)."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def translate(source, content):
    """Make each language of `content` (language code → field values) a wagtail-localize
    translation of `source`, a page or translatable snippet, and save it (pages: publish it).

    This is what editors do in the admin: the source's TranslationSource is brought up to date
    (as "Sync translated pages" does), each language's text is recorded as the translation of
    the source's segments (as in the translation editor), and the translation is made from
    them. A later sync or edit in the translation editor then starts from that text. Values
    of fields wagtail-localize does not translate (many-to-many, such as topics) are set on
    the translation. Returns the translations keyed by language code."""
    record, _created = TranslationSource.update_or_create_from_instance(source)
    translatable = {field.field_name for field in get_translatable_fields(type(source))}
    locales = ensure_locales()
    translations = {}
    for code, values in content.items():
        locale = locales[code]
        Translation.objects.update_or_create(
            source=record, target_locale=locale, defaults={"enabled": True}
        )
        _record_strings(record, locale, values)
        translation, _created = record.create_or_update_translation(
            locale,
            publish=not isinstance(source, DraftStateMixin),
            copy_parent_pages=True,
            fallback=True,
        )
        _set_fields(translation, {f: v for f, v in values.items() if f not in translatable})
        if isinstance(translation, DraftStateMixin):
            translation.save_revision().publish()
        else:
            translation.save()
        translations[code] = translation
    return translations


def _string_segments(instance, fields):
    """The string segments of `instance` in `fields`, in the order wagtail-localize extracts them."""
    return [
        segment
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue) and segment.path.split(".")[0] in fields
    ]


def _record_strings(record, locale, values):
    """Record `values` (field values in `locale`) as translations of the source's strings,
    segment by segment: the source and a copy holding `values` give their strings in the same
    order when their structure is the same (one paragraph for one paragraph)."""
    written = record.as_instance()
    _set_fields(written, values)
    for field in written._meta.get_fields():
        if isinstance(field, StreamField):
            # Preparing a stream for the database gives its new blocks their ids, which the
            # segments' paths name.
            field.get_prep_value(field.value_from_object(written))
    # Only the fields given: the others keep the strings translated before.
    originals = _string_segments(record.as_instance(), values)
    translated = _string_segments(written, values)
    if [s.path.split(".")[0] for s in originals] != [s.path.split(".")[0] for s in translated]:
        raise ValueError(
            f"The {locale.language_code} text of {record.object_repr!r} is not shaped like "
            "its source: each field needs as many strings (paragraphs, blocks) as the source."
        )
    for original, translation in zip(originals, translated, strict=True):
        _record(
            record,
            locale,
            original,
            translation.string.data,
            StringTranslation.objects.update_or_create,
        )
    # The strings the demo gives no text for (slugs, names of places and people) stay as the
    # source writes them, as a translator keeps a name; a translation recorded before stays.
    given = set(values)
    for original in extract_segments(record.as_instance()):
        if isinstance(original, StringSegmentValue) and original.path.split(".")[0] not in given:
            _record(
                record,
                locale,
                original,
                original.string.data,
                StringTranslation.objects.get_or_create,
            )


def _record(record, locale, original, data, write):
    write(
        translation_of=String.from_value(record.locale, original.string),
        locale=locale,
        context=TranslationContext.objects.get(object=record.object, path=original.path),
        defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
    )


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


def person(who, groups=(), totp=False, superuser=False):
    """The demo account of `who` (a Person row) with a verified email address and the demo
    password, in `groups` and, with `totp`, using the demo authenticator key."""
    user_model = get_user_model()
    user = user_model.objects.filter(email=who.email).first()
    if user is None:
        create = (
            user_model.objects.create_superuser if superuser else user_model.objects.create_user
        )
        user = create(who.email, DEMO_PASSWORD)
    user.display_name = who.name
    user.preferred_language = who.language
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=who.email, defaults={"verified": True, "primary": True}
    )
    user.groups.add(*groups)
    if totp:
        Authenticator.objects.update_or_create(
            user=user,
            type=Authenticator.Type.TOTP,
            defaults={"data": {"secret": encrypt(DEMO_TOTP_SECRET)}},
        )
    return user


def staff_account():
    """The network's staff: a superuser, who must use two-factor authentication."""
    return person(STAFF, totp=True, superuser=True)


def ensure_topics():
    """The network's topics in every language (found again by their English slug), keyed by
    slug then language code."""
    locales = ensure_locales()
    default = settings.LANGUAGE_CODE
    topics = {}
    for slug, names in TOPICS.items():
        source, _created = Topic.objects.update_or_create(
            slug=slug, locale=locales[default], defaults={"name": names[default]}
        )
        topics[slug] = {default: source}
        for code, locale in locales.items():
            if code != default:
                topics[slug][code], _created = Topic.objects.update_or_create(
                    translation_key=source.translation_key,
                    locale=locale,
                    defaults={
                        "name": names[code],
                        "slug": slugify(names[code], allow_unicode=True),
                    },
                )
    return topics


def _recovery_codes(user):
    recovery, _created = Authenticator.objects.update_or_create(
        user=user,
        type=Authenticator.Type.RECOVERY_CODES,
        defaults={"data": {"seed": encrypt(DEMO_RECOVERY_SEED), "used_mask": 0}},
    )
    return RecoveryCodes(recovery).generate_codes()


def load(stdout):
    """The topics and the staff account with its two-factor authentication."""
    topics = ensure_topics()
    staff = staff_account()
    stdout.write(
        f"{len(topics)} topics. Staff login: {STAFF.email} / {DEMO_PASSWORD}; two-factor "
        f"authentication: authenticator setup key {DEMO_TOTP_SECRET}; recovery codes (each "
        f"works once, reset by load_demo): {' '.join(_recovery_codes(staff))}"
    )
