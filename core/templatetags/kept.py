"""`{% kept "name" value … %}…{% endkept %}`: a part of a page that changes only when editors
publish (a page's hero, body and agenda, say), drawn once per language and the values named,
and kept with what editors publish (core.published). A preview is always drawn anew and never
kept: it shows a draft under the live page's number; so is a part one of whose values is None
or cannot be looked up (a list's filters while a search by words is typed, say:
core.listings.kept_name; `page.pk` in a view outside the page tree)."""

from django import template
from django.utils.translation import get_language

from core.published import remembered

register = template.Library()


class KeptNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        if getattr(context.get("request"), "is_preview", False):
            return self.nodelist.render(context)
        values = [value.resolve(context, ignore_failures=True) for value in self.vary_on]
        if None in values:
            return self.nodelist.render(context)
        name = ":".join(["fragment", self.name, get_language(), *map(str, values)])
        return remembered(name, lambda: self.nodelist.render(context))


@register.tag
def kept(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% kept %} needs the name of what it keeps.")
    name, *vary_on = bits[1:]
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(nodelist, name.strip("\"'"), [parser.compile_filter(v) for v in vary_on])
