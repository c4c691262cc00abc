"""Forms for applicants, reviewers, the committee and fund staff."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from core.models import Topic

from .applying import check_attachment
from .models import (
    Application,
    BudgetLine,
    Decision,
    GrantReport,
    Review,
    ReviewerProfile,
    Tranche,
)

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ApplicationForm(forms.ModelForm):
    """The application, plus the round's own questions as `q_<block id>` fields. Nothing is
    required to save a draft; submitting checks completeness separately."""

    new_attachment = forms.FileField(
        label=_("Add an attachment"),
        required=False,
        help_text=_(
            "PDF, ODT, DOCX or an image, up to 10 MB. Only the fund team and your "
            "reviewers can open it."
        ),
    )

    class Meta:
        model = Application
        fields = [
            "title",
            "summary",
            "description",
            "hub_context",
            "timeline",
            "language",
            "declaration_truthful",
            "declaration_consent",
            "anonymous",
        ]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for name in ("summary", "description", "hub_context", "timeline"):
            self.fields[name].required = False
        for name in ("title", "summary", "description", "hub_context", "timeline"):
            # Applicants write in their own language, whatever the page's direction.
            self.fields[name].widget.attrs["dir"] = "auto"
        answers = self.instance.answers or {}
        for block_id, question in self.questions:
            field = question_field(question)
            field.initial = answers.get(block_id)
            self.fields[f"q_{block_id}"] = field

    def question_fields(self):
        return [self[f"q_{block_id}"] for block_id, _question in self.questions]

    def clean_new_attachment(self):
        upload = self.cleaned_data.get("new_attachment")
        if upload:
            check_attachment(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        for block_id, question in self.questions:
            upload = cleaned.get(f"q_{block_id}") if question["kind"] == "file" else None
            if upload:
                try:
                    check_attachment(upload)
                except forms.ValidationError as error:
                    self.add_error(f"q_{block_id}", error)
        return cleaned

    def question_files(self):
        """{question id: upload} for the file questions answered in this submission."""
        return {
            block_id: upload
            for block_id, question in self.questions
            if question["kind"] == "file" and (upload := self.cleaned_data.get(f"q_{block_id}"))
        }

    def answers(self):
        """Answers keyed by the question's block id, in JSON-friendly form."""
        answers = dict(self.instance.answers or {})
        for block_id, question in self.questions:
            if question["kind"] == "file":
                continue
            value = self.cleaned_data.get(f"q_{block_id}")
            if isinstance(value, Decimal):
                value = str(value)
            elif hasattr(value, "isoformat"):
                value = value.isoformat()
            answers[block_id] = value
        return answers


def question_field(question):
    """A form field for one of the round's questions (never required while drafting)."""
    common = {"label": question["label"], "help_text": question["help_text"], "required": False}
    choices = [(str(i), label) for i, label in enumerate(question["choices"])]
    kind = question["kind"]
    if kind == "long_text":
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), **common)
    if kind == "single_choice":
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if kind == "multiple_choice":
        return forms.MultipleChoiceField(
            choices=choices, widget=forms.CheckboxSelectMultiple, **common
        )
    if kind == "number":
        return forms.DecimalField(max_digits=14, decimal_places=2, **common)
    if kind == "date":
        return forms.DateField(widget=DATE_INPUT, **common)
    if kind == "file":
        return forms.FileField(**common)
    return forms.CharField(max_length=500, **common)


BudgetLineFormSet = inlineformset_factory(
    Application,
    BudgetLine,
    fields=["item", "amount"],
    extra=3,
    can_delete=True,
    labels={"item": _("Item"), "amount": _("Amount")},
)


class ReviewerVolunteerForm(forms.Form):
    languages = forms.MultipleChoiceField(
        label=_("Languages I can review in"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics I know about"),
        queryset=Topic.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        topics = Topic.objects.all()
        if locale is not None:
            topics = topics.filter(locale=locale)
        self.fields["topics"].queryset = topics


class ConfirmReviewerForm(forms.Form):
    """Staff confirm one volunteer from the reviewer pool."""

    profile = forms.ModelChoiceField(queryset=ReviewerProfile.objects.select_related("user"))


class SelectedApplicationsForm(forms.Form):
    """The applications staff ticked for a bulk action."""

    selected = forms.ModelMultipleChoiceField(queryset=Application.objects.all())


SCORE_CHOICES = [(str(n), str(n)) for n in range(6)]


class ReviewForm(forms.Form):
    """A score 0–5 per criterion (guidance shown as help), a recommendation and comments."""

    recommendation = forms.ChoiceField(
        label=_("Recommendation"), choices=Review.Recommendation.choices, widget=forms.RadioSelect
    )
    comment_for_committee = forms.CharField(
        label=_("Comment for the committee"), widget=forms.Textarea(attrs={"rows": 5})
    )
    comment_for_applicant = forms.CharField(
        label=_("Comment for the applicant (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )

    def __init__(self, *args, criteria=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for block_id, name, guidance, weight in self.criteria:
            self.fields[f"c_{block_id}"] = forms.TypedChoiceField(
                label=_("%(name)s (weight %(weight)s)") % {"name": name, "weight": weight},
                help_text=guidance,
                choices=SCORE_CHOICES,
                coerce=int,
                widget=forms.RadioSelect(attrs={"class": "score-choices"}),
            )
        self.order_fields([f"c_{c[0]}" for c in self.criteria])

    def scores(self):
        return {block_id: self.cleaned_data[f"c_{block_id}"] for block_id, *_rest in self.criteria}


class ConflictForm(forms.Form):
    note = forms.CharField(
        label=_("What is the conflict of interest?"), widget=forms.Textarea(attrs={"rows": 3})
    )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class ReleaseForm(forms.Form):
    """Why a grant's remaining tranches are cancelled (the rule that one is given is the
    workflow's)."""

    note = forms.CharField(
        label=_("Why are the remaining tranches cancelled?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )


class DecisionForm(forms.ModelForm):
    class Meta:
        model = Decision
        fields = ["outcome", "amount", "conditions", "reasons"]
        widgets = {
            "outcome": forms.RadioSelect,
            "conditions": forms.Textarea(attrs={"rows": 2}),
            "reasons": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") == Decision.Outcome.APPROVED and cleaned.get("amount") is None:
            self.add_error("amount", _("Please give the amount awarded."))
        return cleaned


class TrancheForm(forms.ModelForm):
    class Meta:
        model = Tranche
        fields = ["amount", "planned_date", "requires_report"]
        widgets = {"planned_date": DATE_INPUT}


class PaymentForm(forms.ModelForm):
    """Recording the payment of `tranche`: each planned tranche of a grant has its own form on
    the application's page, so the ids of its inputs name the tranche."""

    class Meta:
        model = Tranche
        fields = ["paid_date", "method", "payment_reference"]
        widgets = {"paid_date": DATE_INPUT}

    def __init__(self, *args, tranche, **kwargs):
        kwargs.setdefault("auto_id", f"id_tranche{tranche.pk}_%s")
        super().__init__(*args, instance=Tranche(), **kwargs)
        self.tranche = tranche
        for field in self.fields.values():
            field.required = True


class ReportForm(forms.ModelForm):
    """Narrative, spending against each budget line and an optional attachment."""

    attachment = forms.FileField(label=_("Attachment"), required=False)

    class Meta:
        model = GrantReport
        fields = ["kind", "narrative"]

    def __init__(self, *args, budget_lines=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.budget_lines = list(budget_lines)
        for line in self.budget_lines:
            self.fields[f"spent_{line.pk}"] = forms.DecimalField(
                label=_("Spent on “%(item)s” (budgeted %(amount)s)")
                % {"item": line.item, "amount": line.amount},
                max_digits=12,
                decimal_places=2,
                min_value=0,
            )

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            check_attachment(upload)
        return upload

    def spending(self):
        return {
            str(line.pk): str(self.cleaned_data[f"spent_{line.pk}"]) for line in self.budget_lines
        }
