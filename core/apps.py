from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.fields import RichTextField

        from .rich_text import RichTextFormField

        # Every rich text field of the admin's forms refuses content its editor cannot read.
        register_form_field_override(RichTextField, override={"form_class": RichTextFormField})
