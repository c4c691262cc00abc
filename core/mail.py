"""The one way the site sends email: a templated message rendered in its recipient's language,
delivered by a background task once the current transaction has committed.

An email `<app>/email/<name>` is three templates: `<name>_subject.txt`, `<name>.txt` and,
when the email has one, `<name>.html`. Each is rendered with `recipient` and `site_name`
besides the context the caller gives; links in them go through the `absolute_url` filter
(`{% load mail %}`), so they are built in the recipient's language too."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import translation
from django.utils.translation import gettext
from django_tasks import task
from wagtail.models import Site


def absolute_url(path=""):
    """`path` on this site as a full address, for links read outside it."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + str(path)


def site_name():
    """The name emails are signed with: the default Wagtail site's name, or WAGTAIL_SITE_NAME.
    The name is also a catalogue entry (the site header shows it translated), so it is
    looked up in the active language."""
    name = Site.objects.filter(is_default_site=True).values_list("site_name", flat=True).first()
    return gettext(name or settings.WAGTAIL_SITE_NAME)


def send(
    template,
    recipient,
    context=None,
    *,
    language=None,
    reply_to=(),
    attachments=(),
    from_email=None,
):
    """Email `template` to `recipient`: a person, in their preferred language, or an address,
    in `language` (the active language when none is given). `attachments` are
    `(filename, text, mimetype)`; `from_email` replaces DEFAULT_FROM_EMAIL. Nothing leaves before the current transaction commits, so
    a rollback sends nothing and a failing mail server cannot undo what the email announces."""
    address = getattr(recipient, "email", recipient)
    language = (
        language or getattr(recipient, "preferred_language", None) or translation.get_language()
    )
    with translation.override(language):
        context = {"recipient": recipient, "site_name": site_name(), **(context or {})}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
        html = _render_if_exists(f"{template}.html", context)
    _deliver_after_commit(subject, body, html, [address], reply_to, attachments, from_email)


def send_rendered(message):
    """Deliver a message a library rendered itself (allauth's account emails) the way `send`
    delivers: by the background task, once the current transaction has committed."""
    html = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", ())
            if mimetype == "text/html"
        ),
        None,
    )
    if message.content_subtype == "html":
        html = message.body
    _deliver_after_commit(
        message.subject,
        message.body,
        html,
        message.to,
        message.reply_to,
        message.attachments,
        message.from_email,
    )


def _deliver_after_commit(subject, body, html, to, reply_to, attachments, from_email=None):
    message = {
        "from_email": from_email,
        "subject": subject,
        "body": body,
        "html": html,
        "to": list(to),
        "reply_to": list(reply_to),
        "attachments": [list(attachment) for attachment in attachments],
    }
    transaction.on_commit(lambda: deliver.enqueue(**message))


def _render_if_exists(template_name, context):
    try:
        template = get_template(template_name)
    except TemplateDoesNotExist:
        return None
    return template.render(context)


@task()
def deliver(subject, body, html, to, reply_to, attachments, from_email=None):
    """Hand a message `send` rendered to the mail server."""
    message = EmailMultiAlternatives(subject, body, from_email=from_email, to=to, reply_to=reply_to)
    if html is not None:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    message.send()
