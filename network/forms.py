"""Forms the public fills in: a guest's registration and a member's proposal."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Proposal


class GuestRegistrationForm(forms.Form):
    """A guest registers with a name and an email address, which they then confirm."""

    name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(label=_("Your email address"))


class ProposalForm(forms.ModelForm):
    """A member's proposal to an upcoming assembly."""

    class Meta:
        model = Proposal
        fields = ["title", "text"]
        labels = {"title": _("Title of your proposal"), "text": _("Your proposal")}
        help_texts = {
            "text": _("Explain what you propose and why. Editors read it before it is shown.")
        }
