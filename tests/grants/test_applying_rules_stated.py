"""Applying's rules written out by hand: which files are accepted (by content, up to exactly
10 MB), what must be filled in before submitting (each item on its own), how a new draft
starts, and how answers read back to the people who see the application."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from grants import applying
from grants.models import Application, BudgetLine
from tests.factories import HubFactory, UserFactory, make_application, member_of, translate_page

# pytest-django runs tests that do not use the database after those that do; marking every
# test here keeps them in the order written and ahead of the module's other test files, so a
# mutation run (`-x`) stops at the first rule broken.
pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
MB = 1024 * 1024
ACCEPTED = "PDF, OpenDocument text, Word document, JPEG image, PNG image, WebP image"


def _image(kind):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format=kind)
    return buffer.getvalue()


def _zipped(first_name, first_content, *others):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(first_name, first_content)
        for name in others:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


# Files


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PDF, "application/pdf"),
        (_image("PNG"), "image/png"),
        (_image("JPEG"), "image/jpeg"),
        (_image("WEBP"), "image/webp"),
        (
            _zipped("mimetype", "application/vnd.oasis.opendocument.text", "content.xml"),
            "application/vnd.oasis.opendocument.text",
        ),
        (
            _zipped("[Content_Types].xml", "<Types/>", "word/document.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ],
)
def test_each_accepted_kind_is_known_by_its_content_whatever_its_name(content, kind):
    assert applying.check_attachment(SimpleUploadedFile("upload.txt", content)) == kind


@pytest.mark.parametrize("content", [b"<html><script>alert(1)</script></html>", _image("GIF"), b""])
def test_other_content_is_refused_naming_the_accepted_kinds(content):
    with pytest.raises(ValidationError) as refused:
        applying.check_attachment(SimpleUploadedFile("plan.pdf", content))
    assert refused.value.messages == [
        f"plan.pdf is not an accepted kind of file. Accepted: {ACCEPTED}."
    ]


def test_a_file_of_exactly_ten_megabytes_is_accepted_and_one_byte_more_is_not():
    at_limit = PDF + b"\0" * (10 * MB - len(PDF))

    assert applying.check_attachment(SimpleUploadedFile("plan.pdf", at_limit)) == "application/pdf"
    with pytest.raises(ValidationError) as refused:
        applying.check_attachment(SimpleUploadedFile("plan.pdf", at_limit + b"\0"))
    assert refused.value.messages == ["plan.pdf is too large: files may be up to 10 MB."]


def test_an_attachment_records_who_uploaded_what(grant_round):
    application = make_application(grant_round)
    # Django keeps an upload's name to 255 characters, its extension kept.
    upload = SimpleUploadedFile("a" * 300 + ".pdf", PDF)

    attachment = applying.add_attachment(
        application, upload, application.applicant, question_id="q1"
    )

    assert (
        attachment.original_name,
        attachment.content_type,
        attachment.size,
        attachment.uploaded_by,
        attachment.question_id,
    ) == ("a" * 251 + ".pdf", "application/pdf", len(PDF), application.applicant, "q1")


class _NoLines:
    def save(self):
        return []


def test_a_file_answer_replaces_that_question_s_last_file_and_no_other(grant_round):
    application = make_application(grant_round)
    user = application.applicant
    applying.save_draft(
        application,
        user,
        _NoLines(),
        attachment=SimpleUploadedFile("general.pdf", PDF),
        question_files={
            "plan": SimpleUploadedFile("plan-v1.pdf", PDF),
            "map": SimpleUploadedFile("map.png", _image("PNG")),
        },
    )

    applying.save_draft(
        application,
        user,
        _NoLines(),
        question_files={"plan": SimpleUploadedFile("plan-v2.pdf", PDF)},
    )

    assert sorted(application.attachments.values_list("question_id", "original_name")) == [
        ("", "general.pdf"),
        ("map", "map.png"),
        ("plan", "plan-v2.pdf"),
    ]


# A new draft


def test_a_new_draft_is_in_the_applicant_s_language_and_the_round_s_source(grant_round):
    spanish_round = translate_page(grant_round, "es")
    hub = HubFactory()
    applicant = member_of(hub, UserFactory(preferred_language="pt"))

    with translation.override("fr"):
        draft = applying.start_application(spanish_round, hub, applicant)

    assert (draft.round_id, draft.hub, draft.applicant, draft.language, draft.title) == (
        grant_round.pk,
        hub,
        applicant,
        "pt",
        "Nouvelle demande",
    )
    assert draft.status == "draft"


# What must be filled in


def _complete(grant_round):
    application = make_application(grant_round)
    assert applying.missing_for_submission(application, "en") == []
    return application


@pytest.mark.parametrize(
    ("field", "blank", "label"),
    [
        ("title", "   ", "title"),
        ("summary", "", "summary"),
        ("description", "\n", "description"),
        ("hub_context", " ", "the hub's context"),
        ("timeline", "", "timeline"),
        ("declaration_truthful", False, "The information given is true and complete."),
        ("declaration_consent", False, "The hub agrees to report on how the grant is used."),
    ],
)
def test_each_required_item_left_out_is_named_alone(grant_round, field, blank, label):
    application = _complete(grant_round)
    setattr(application, field, blank)

    missing = applying.missing_for_submission(application, "en")

    assert [(name, str(shown)) for name, shown in missing] == [(field, label)]


def test_an_application_without_budget_lines_names_them(grant_round):
    application = _complete(grant_round)
    BudgetLine.objects.filter(application=application).delete()

    assert [
        (name, str(label)) for name, label in applying.missing_for_submission(application, "en")
    ] == [("lines", "budget lines")]


def _with_questions(grant_round, *questions):
    grant_round.questions = [("question", question) for question in questions]
    grant_round.save_revision().publish()
    grant_round.refresh_from_db()
    return [block_id for block_id, _q in grant_round.question_list()]


def _question(label, kind="short_text", required=True, choices=()):
    return {
        "kind": kind,
        "label": label,
        "help_text": "",
        "required": required,
        "choices": list(choices),
    }


def test_a_required_question_counts_as_answered_by_any_value_even_the_first_choice(grant_round):
    # An optional question first: the required ones after it are still checked.
    _optional, people, grant_before, themes, starts = _with_questions(
        grant_round,
        _question("Anything else?", required=False),
        _question("How many people?"),
        _question("Grant before?", "single_choice", choices=["Yes", "No"]),
        _question("Themes", "multiple_choice", choices=["Food", "Housing"]),
        _question("Starts on", "date"),
    )
    application = make_application(grant_round)
    application.answers = {people: "", grant_before: "0", themes: [], starts: "2027-05-01"}

    missing = applying.missing_for_submission(application, "en")

    assert [(name, str(label)) for name, label in missing] == [
        (f"q_{people}", "How many people?"),
        (f"q_{themes}", "Themes"),
    ]
    application.answers = {people: "0", grant_before: 0, themes: ["1"], starts: "2027-05-01"}
    assert applying.missing_for_submission(application, "en") == []


def test_a_required_file_question_is_answered_by_its_own_file_only(grant_round):
    [plan] = _with_questions(grant_round, _question("Your plan", "file"))
    application = make_application(grant_round)
    application.answers = {}
    applying.add_attachment(application, SimpleUploadedFile("other.pdf", PDF), None, "other")

    assert [name for name, _l in applying.missing_for_submission(application, "en")] == [
        f"q_{plan}"
    ]
    applying.add_attachment(application, SimpleUploadedFile("plan.pdf", PDF), None, plan)
    # Read back as a request would: the round's questions as stored, not as built here.
    stored = Application.objects.get(pk=application.pk)
    stored.answers = {}
    assert applying.missing_for_submission(stored, "en") == []


def test_missing_questions_are_named_in_the_reader_s_language(grant_round):
    [people] = _with_questions(grant_round, _question("How many people?"))
    spanish = translate_page(grant_round, "es")
    raw = list(spanish.questions.raw_data)
    raw[0]["value"]["label"] = "¿Cuántas personas?"
    spanish.questions = raw
    spanish.save_revision().publish()
    application = make_application(grant_round)
    application.answers = {}

    with translation.override("es"):
        by_default = applying.missing_for_submission(application)

    assert [(n, str(label)) for n, label in by_default] == [(f"q_{people}", "¿Cuántas personas?")]
    assert [str(label) for _n, label in applying.missing_for_submission(application, "en")] == [
        "How many people?"
    ]


# Answers as read back


def test_answers_read_back_with_choices_by_name_and_files_left_to_the_attachments(grant_round):
    ids = _with_questions(
        grant_round,
        _question("How many people?"),
        _question("Grant before?", "single_choice", choices=["Yes", "No"]),
        _question("Themes", "multiple_choice", choices=["Food", "Housing", "Care"]),
        _question("Your plan", "file"),
        # A choice removed since the answer: position 1 is one past the last.
        _question("Stale choice", "single_choice", choices=["Only"]),
        _question("Not answered", "single_choice", choices=["A"], required=False),
        _question("Starts on", "date"),
    )
    people, before, themes, _plan, stale, _unanswered, starts = ids
    application = make_application(grant_round)
    application.answers = {
        people: "30",
        before: "0",
        themes: ["2", "0"],
        stale: "1",
        starts: "2027-05-01",
    }

    shown = applying.displayed_answers(application, grant_round.question_list())

    assert shown == [
        ("How many people?", "30"),
        ("Grant before?", "Yes"),
        ("Themes", "Care, Food"),
        ("Stale choice", ""),
        ("Not answered", None),
        ("Starts on", "2027-05-01"),
    ]
