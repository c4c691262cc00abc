"""How member uploads are read and named. A file's type comes from its content, and it is
stored under a generated name with the extension of that type: the name the uploader chose
never reaches storage, so it can never decide how the file is served (`logo.html` holding a
PNG is stored as `<random>.png` and served as an image)."""

import uuid
from pathlib import PurePath

import filetype
from django.utils import timezone
from django.utils.deconstruct import deconstructible

# Enough for every signature `filetype` knows except Office documents, whose marker may sit
# further in; for those the whole file is read.
HEAD_BYTES = 8192


def detected_type(upload):
    """The `filetype` kind of an uploaded file found by reading its content, or None."""
    upload.seek(0)
    kind = filetype.guess(upload.read(HEAD_BYTES))
    if kind is None and upload.size > HEAD_BYTES:
        upload.seek(0)
        kind = filetype.guess(upload.read())
    upload.seek(0)
    return kind


@deconstructible
class GeneratedName:
    """`upload_to` for every file members upload: `<folder>/<random hex>.<extension of the
    detected type>`. `folder` may hold strftime codes (`grants/%Y/%m/`). The upload must be
    assigned to the field and the instance saved (what forms and `objects.create` do)."""

    def __init__(self, folder):
        self.folder = folder

    def __eq__(self, other):
        return isinstance(other, GeneratedName) and other.folder == self.folder

    def __call__(self, instance, filename):
        kind = detected_type(self._pending_upload(instance))
        extension = kind.extension if kind else "bin"
        folder = timezone.now().strftime(self.folder).rstrip("/")
        return f"{folder}/{uuid.uuid4().hex}.{extension}"

    def _pending_upload(self, instance):
        for field in instance._meta.concrete_fields:
            if getattr(field, "upload_to", None) is self:
                pending = getattr(instance, field.attname)
                if not pending._committed:
                    return pending.file
        # FieldFile.save(name, content) called directly gives us no content to read.
        raise ValueError("Assign the upload to the field, then save the instance.")


def download_name(original_name, stored_name):
    """The name a download is offered under: the uploader's name with the stored file's
    extension, so `invoice.html` holding a PDF downloads as `invoice.pdf`."""
    return (PurePath(original_name).stem or "file") + PurePath(stored_name).suffix
