"""What applicants do: start a draft, save it with its files, check it is complete, submit."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from core.uploads import detected_type

from . import workflow
from .models import Application, Attachment

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ALLOWED_TYPES = {
    "application/pdf": gettext_lazy("PDF"),
    "application/vnd.oasis.opendocument.text": gettext_lazy("OpenDocument text"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": gettext_lazy(
        "Word document"
    ),
    "image/jpeg": gettext_lazy("JPEG image"),
    "image/png": gettext_lazy("PNG image"),
    "image/webp": gettext_lazy("WebP image"),
}


def check_attachment(upload):
    """Refuse files that are too big or whose content is not an allowed type; return the
    content type found by reading the file (never the name or the browser's word)."""
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("%(name)s is too large: files may be up to %(limit)s MB.")
            % {"name": upload.name, "limit": MAX_ATTACHMENT_BYTES // (1024 * 1024)}
        )
    kind = detected_type(upload)
    if kind is None or kind.mime not in ALLOWED_TYPES:
        raise ValidationError(
            _("%(name)s is not an accepted kind of file. Accepted: %(kinds)s.")
            % {"name": upload.name, "kinds": ", ".join(str(k) for k in ALLOWED_TYPES.values())}
        )
    return kind.mime


def add_attachment(application, upload, user, question_id="", report=None):
    """Store a checked upload privately against the application (or one of its reports)."""
    content_type = check_attachment(upload)
    return Attachment.objects.create(
        application=application,
        report=report,
        question_id=question_id,
        file=upload,
        original_name=upload.name[:255],
        content_type=content_type,
        size=upload.size,
        uploaded_by=user,
    )


def save_draft(application, user, lines, attachment=None, question_files=None):
    """Save a draft as edited: its fields and `answers` (already set on `application`), its
    budget `lines` (anything with `save()`, the formset), one more `attachment`, and the files
    answering file questions ({question id: upload}), each replacing that question's last."""
    with transaction.atomic():
        application.save()
        lines.save()
        if attachment:
            add_attachment(application, attachment, user)
        for question_id, upload in (question_files or {}).items():
            application.attachments.filter(question_id=question_id).delete()
            add_attachment(application, upload, user, question_id)
    return application


def start_application(grant_round, hub, user):
    """A new draft for `hub` in the round (always the round in the default language).
    Refused when the round takes one application per hub and the hub has one."""
    reason = workflow.second_application(grant_round, hub)
    if reason:
        raise workflow.TransitionRefused(reason, code="one_application_per_hub")
    return Application.objects.create(
        round=grant_round.source_round,
        hub=hub,
        applicant=user,
        title=_("New application"),
        language=user.preferred_language,
    )


REQUIRED_FIELDS = ("title", "summary", "description", "hub_context", "timeline")
DECLARATIONS = ("declaration_truthful", "declaration_consent")


def missing_for_submission(application, language=None):
    """[(form field name, label)] of what must still be filled in before the application can
    be submitted, labelled in `language` (by default the active one): the round's questions
    are read from that language's version of the round, not the source's."""
    from core.localization import in_language

    def label(name):
        return Application._meta.get_field(name).verbose_name

    missing = [
        (name, label(name))
        for name in REQUIRED_FIELDS
        if not str(getattr(application, name)).strip()
    ]
    if not application.budget_lines.exists():
        missing.append(("lines", _("budget lines")))
    missing += [(name, label(name)) for name in DECLARATIONS if not getattr(application, name)]
    grant_round = in_language(application.round, language or get_language())
    files = set(application.attachments.values_list("question_id", flat=True))
    for block_id, question in grant_round.question_list():
        if not question["required"]:
            continue
        answered = (
            block_id in files
            if question["kind"] == "file"
            else bool(application.answers.get(block_id) not in (None, "", []))
        )
        if not answered:
            missing.append((f"q_{block_id}", question["label"]))
    return missing


def submit(application, user):
    """Send the draft to the fund (refused with TransitionRefused while it is incomplete)."""
    return workflow.perform(application, "submit", user)


def displayed_answers(application, questions):
    """[(question label, answer as text)] in the questions' language; choices are stored as
    positions, files are listed with the attachments."""
    shown = []
    for block_id, question in questions:
        if question["kind"] == "file":
            continue
        value = application.answers.get(block_id)
        choices = list(question["choices"])
        if question["kind"] in ("single_choice", "multiple_choice") and value not in (None, ""):
            picked = value if isinstance(value, list) else [value]
            value = ", ".join(choices[int(i)] for i in picked if int(i) < len(choices))
        shown.append((question["label"], value))
    return shown
