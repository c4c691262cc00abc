"""The contact page: a form editors build with Wagtail's form builder, stored, emailed to the
network and guarded against spam."""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from core import mail
from core.pages import IntroductionMixin

HONEYPOT_FIELD = "website_url"
RATE_LIMIT = 5
RATE_WINDOW_SECONDS = 60 * 60


class ContactFormField(TranslatableMixin, AbstractFormField):
    """One field of the contact form; its label and help text are translated with the page."""

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    # Answers are stored under the field's key: one key per field in every language, so
    # translators never see it and each translation keeps its source field's key.
    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")

    def get_field_clean_name(self):
        """The key of this field in another language (the default language's first), so a
        translated field never gets a key made from its translated label."""
        shared = (
            ContactFormField.objects.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .exclude(clean_name="")
            .order_by(_default_language_first())
            .values_list("clean_name", flat=True)
            .first()
        )
        return shared or super().get_field_clean_name()


def _default_language_first():
    return models.Case(
        models.When(locale__language_code=settings.LANGUAGE_CODE, then=0), default=1
    ).asc()


def share_source_field_keys(field_model, submission_model):
    """Give each translated form field its default-language field's key, and store the
    answers already sent through it under that key (repairs keys made from translated
    labels). Takes the models as arguments so a data migration can pass its own."""
    sources = dict(
        field_model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
            "translation_key", "clean_name"
        )
    )
    translated = field_model.objects.exclude(locale__language_code=settings.LANGUAGE_CODE)
    for field in translated.filter(translation_key__in=sources):
        key = sources[field.translation_key]
        if field.clean_name == key:
            continue
        for submission in submission_model.objects.filter(page_id=field.page_id):
            if field.clean_name in submission.form_data:
                submission.form_data[key] = submission.form_data.pop(field.clean_name)
                submission.save(update_fields=["form_data"])
        field_model.objects.filter(pk=field.pk).update(clean_name=key)


class HoneypotForm(forms.Form):
    """Adds a field people never see; bots that fill it are thanked and ignored."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))


def _client_address(request):
    return request.META.get("REMOTE_ADDR", "")


def within_rate_limit(request):
    """Counts a message from this address; False once it has sent too many this hour."""
    key = f"network:contact:{_client_address(request)}"
    cache.add(key, 0, RATE_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, RATE_WINDOW_SECONDS)
        count = 1
    return count <= RATE_LIMIT


class ContactPage(IntroductionMixin, AbstractEmailForm):
    """How people write to the network."""

    thank_you_text = models.TextField(_("thank-you text"), blank=True)

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form field")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    # Where messages go is the same in every language: not text for translators.
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    class Meta:
        verbose_name = _("contact page")

    def get_submissions_list_view_class(self):
        # Admin views load after the models, so the safe export view is imported here.
        from core.csv_export import SafeSubmissionsListView

        return SafeSubmissionsListView

    def get_form_class(self):
        return type("ContactForm", (HoneypotForm, super().get_form_class()), {})

    def process_form_submission(self, form):
        form.cleaned_data.pop(HONEYPOT_FIELD, None)
        return super().process_form_submission(form)

    def send_mail(self, form):
        """The message goes to each address in `to_address` through the site's mail module,
        with the sender's address (when the form asks for one) to reply to."""
        reply_to = [
            form.cleaned_data[field.clean_name]
            for field in self.get_form_fields()
            if field.field_type == "email" and form.cleaned_data.get(field.clean_name)
        ]
        for address in filter(None, (part.strip() for part in self.to_address.split(","))):
            mail.send(
                "network/email/contact_message",
                address,
                {"page": self, "answers": self.render_email(form)},
                language=self.locale.language_code,
                reply_to=reply_to,
                from_email=self.from_address or None,
            )

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if form.is_valid() and form.is_spam:
            return self.render_landing_page(request, None, *args, **kwargs)
        if form.is_valid() and within_rate_limit(request):
            return self.render_landing_page(
                request, self.process_form_submission(form), *args, **kwargs
            )
        if form.is_valid():
            form.add_error(
                None,
                _("You have sent several messages in the last hour. Please try again later."),
            )
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=200)
