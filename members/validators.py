"""Checks on what members upload: a logo must really be a small raster image."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image

from core.uploads import detected_type

LOGO_TYPES = {"image/png", "image/jpeg", "image/webp", "image/gif"}
LOGO_MAX_PIXELS = 4096 * 4096


def validate_logo(upload):
    """Refuse anything but a PNG, JPEG, WebP or GIF image within the size limit, whatever the
    file is called: the content decides, so a renamed file or an SVG with script is refused."""
    max_bytes = settings.HUB_LOGO_MAX_BYTES
    if upload.size > max_bytes:
        raise ValidationError(
            _("The logo is too large (%(size)s). The limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
            code="too_large",
        )
    kind = detected_type(upload)
    if kind is None or kind.mime not in LOGO_TYPES:
        raise ValidationError(
            _(
                "The logo must be a PNG, JPEG, WebP or GIF image. Other files, SVG included, are not accepted."
            ),
            code="not_an_image",
        )
    try:
        with Image.open(upload) as image:
            if image.width * image.height > LOGO_MAX_PIXELS:
                raise ValidationError(
                    _("The logo is too large: at most 4096 × 4096 pixels."), code="too_large"
                )
            image.verify()
    except (OSError, SyntaxError, Image.DecompressionBombError) as error:
        raise ValidationError(
            _("The logo could not be read as an image. Please upload another file."),
            code="broken_image",
        ) from error
    finally:
        upload.seek(0)
