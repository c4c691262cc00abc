"""Texts of the donations demo: the donate page in the five languages and a few gifts."""

from decimal import Decimal
from typing import NamedTuple


class GiftRow(NamedTuple):
    """A gift already received: its Stripe payment, amount in euros, the donor's name (empty
    for an anonymous gift) and language."""

    payment_intent: str
    amount: Decimal
    donor_name: str
    language: str


DONATE = {
    "en": {
        "title": "Give to the grants fund",
        "slug": "donate",
        "intro": "<p>The small-grants fund lives on gifts from people like you. Every euro goes "
        "to grants that local hubs apply for and their peers review.</p>",
        "thank_you_text": "<p>Your gift helps a hub somewhere start something that matters. "
        "We publish what the fund receives and grants on the transparency page.</p>",
    },
    "es": {
        "title": "Dona al fondo de subvenciones",
        "slug": "donar",
        "intro": "<p>El fondo de pequeñas subvenciones vive de donaciones de personas como tú. "
        "Cada euro va a subvenciones que solicitan los nodos locales y evalúan sus pares.</p>",
        "thank_you_text": "<p>Tu donación ayuda a un nodo a empezar algo importante. "
        "Publicamos lo que el fondo recibe y concede en la página de transparencia.</p>",
    },
    "fr": {
        "title": "Donner au fonds de subventions",
        "slug": "donner",
        "intro": "<p>Le fonds de petites subventions vit des dons de personnes comme vous. "
        "Chaque euro va à des subventions demandées par les pôles locaux et évaluées par "
        "leurs pairs.</p>",
        "thank_you_text": "<p>Votre don aide un pôle à lancer quelque chose d’important. "
        "Nous publions ce que le fonds reçoit et accorde sur la page de transparence.</p>",
    },
    "pt": {
        "title": "Doe para o fundo de apoios",
        "slug": "doar",
        "intro": "<p>O fundo de pequenos apoios vive de doações de pessoas como você. Cada euro "
        "vai para apoios que os núcleos locais pedem e que seus pares avaliam.</p>",
        "thank_you_text": "<p>Sua doação ajuda um núcleo a começar algo importante. "
        "Publicamos o que o fundo recebe e concede na página de transparência.</p>",
    },
    "ar": {
        "title": "تبرّع لصندوق المنح",
        "slug": "tabarru",
        "intro": "<p>يعيش صندوق المنح الصغيرة على تبرعات أشخاص مثلك. كل يورو يذهب إلى منح "
        "تطلبها المراكز المحلية ويراجعها نظراؤها.</p>",
        "thank_you_text": "<p>تبرعك يساعد مركزًا محليًا على بدء عمل مهم. "
        "ننشر ما يتلقاه الصندوق وما يمنحه في صفحة الشفافية.</p>",
    },
}

DEMO_GIFTS = [
    GiftRow("demo_pi_1", Decimal("25.00"), "Amina", "es"),
    GiftRow("demo_pi_2", Decimal("50.00"), "", "en"),
    GiftRow("demo_pi_3", Decimal("10.00"), "Lucas", "pt"),
]
