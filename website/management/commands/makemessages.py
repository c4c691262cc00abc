"""makemessages that never guesses: new strings stay untranslated instead of inheriting a
similar string's translation marked fuzzy, so the completeness test catches them."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    msgmerge_options = makemessages.Command.msgmerge_options + ["--no-fuzzy-matching"]
