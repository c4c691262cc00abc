"""Forms of the member area."""

from django import forms
from django.conf import global_settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.locales import language_name
from core.localization import in_active_locale
from core.models import Topic

from .hubs import PROFILE_FIELDS
from .models import FacilitatorProfile, Hub, HubMembership, User
from .validators import validate_logo


def language_choices():
    """Languages a hub or a person can work in (names in the active language)."""
    return sorted(
        (
            (code, language_name(code))
            for code, _name in global_settings.LANGUAGES
            if "-" not in code
        ),
        key=lambda choice: str(choice[1]),
    )


def topic_choices():
    """Topics in the active language, falling back to the original where not translated."""
    return in_active_locale(Topic.objects.all()).order_by("name")


class LanguagesField(forms.MultipleChoiceField):
    """The languages a hub or a person works in, chosen from a list."""

    widget = forms.SelectMultiple(attrs={"size": 6})

    def __init__(self, **kwargs):
        super().__init__(label=_("Languages"), choices=language_choices, **kwargs)


class TopicsField(forms.ModelMultipleChoiceField):
    """Topics to tick, optional."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(label=_("Topics"), queryset=Topic.objects.none(), required=False, **kwargs)

    def __deepcopy__(self, memo):
        # Each form gets its own copy of the field: read the topics then, in the language of
        # that request, not once when the form class is defined.
        field = super().__deepcopy__(memo)
        field.queryset = topic_choices()
        return field


class SignupDetailsForm(forms.Form):
    """What allauth's sign-up form asks on top of email and password."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=150,
        required=False,
        help_text=_("How other members see you. Leave empty to show your email address."),
    )

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"]
        user.save(update_fields=["display_name"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "preferred_language", "timezone"]
        help_texts = {
            "preferred_language": _("The site and our emails use this language after you sign in.")
        }


class SocialLinksField(forms.CharField):
    """Web addresses, one per line, stored as a list."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        links = [line.strip() for line in (value or "").splitlines() if line.strip()]
        validate = URLValidator(schemes=["http", "https"])
        for link in links:
            try:
                validate(link)
            except ValidationError as error:
                raise ValidationError(
                    _("“%(link)s” is not a web address (it should start with https://)."),
                    params={"link": link},
                ) from error
        if len(links) > 8:
            raise ValidationError(_("Add at most 8 links."))
        return links


def https_by_default(field, **kwargs):
    """Model form fields, with web addresses typed without a scheme read as https."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class HubForm(forms.ModelForm):
    """A hub's public profile, filled in by its registrant and later by its coordinators."""

    languages = LanguagesField(help_text=_("The languages your hub works in."))
    topics = TopicsField()
    social_links = SocialLinksField(
        label=_("Social media links"),
        required=False,
        help_text=_("One address per line."),
    )
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        validators=[validate_logo],
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}
        ),
        help_text=_("A PNG, JPEG, WebP or GIF image of at most 1 MB."),
    )

    class Meta:
        model = Hub
        formfield_callback = https_by_default
        fields = PROFILE_FIELDS
        help_texts = {
            "latitude": _("Optional: places your hub on the map, for example 48.8566."),
            "longitude": _("Optional, for example 2.3522."),
            "contact_email": _("Shown publicly. Leave empty to show no address."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["description"].widget.attrs["rows"] = 6

    def clean_latitude(self):
        latitude = self.cleaned_data.get("latitude")
        if latitude is not None and not -90 <= latitude <= 90:
            raise ValidationError(_("Latitude is between -90 and 90."))
        return latitude

    def clean_longitude(self):
        longitude = self.cleaned_data.get("longitude")
        if longitude is not None and not -180 <= longitude <= 180:
            raise ValidationError(_("Longitude is between -180 and 180."))
        return longitude

    def clean_founding_year(self):
        year = self.cleaned_data.get("founding_year")
        if year is not None and not 1800 <= year <= timezone.now().year:
            raise ValidationError(_("Enter a year between 1800 and this year."))
        return year

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))
        return cleaned


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
    role = forms.ChoiceField(
        label=_("Role"), choices=HubMembership.Role.choices, initial=HubMembership.Role.MEMBER
    )

    def __init__(self, *args, hub, **kwargs):
        super().__init__(*args, **kwargs)
        self.hub = hub

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if self.hub.memberships.filter(user__email__iexact=email).exists():
            raise ValidationError(_("This person is already part of the hub."))
        if self.hub.invitations.pending().filter(email__iexact=email).exists():
            raise ValidationError(
                _("An invitation to this address is already waiting to be accepted.")
            )
        return email


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=HubMembership.Role.choices)


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the person who registered the hub."),
    )


class FacilitatorProfileForm(forms.ModelForm):
    languages = LanguagesField(required=False)
    topics = TopicsField()

    class Meta:
        model = FacilitatorProfile
        fields = [
            "is_listed",
            "facilitates",
            "offers_expertise",
            "skills",
            "topics",
            "languages",
            "bio",
            "hub",
        ]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["hub"].queryset = Hub.objects.public().filter(memberships__user=user)
        self.user = user

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_listed") and not self.user.display_name:
            self.add_error(
                "is_listed",
                _("To be listed, first give your account a display name: it is the name shown."),
            )
        if cleaned.get("is_listed") and not (
            cleaned.get("facilitates") or cleaned.get("offers_expertise")
        ):
            raise ValidationError(
                _("To be listed, say whether you facilitate, offer expertise, or both.")
            )
        return cleaned


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your email address"))
    message = forms.CharField(
        label=_("Message"), max_length=3000, widget=forms.Textarea(attrs={"rows": 6})
    )


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and personal details will be deleted.")
    )
