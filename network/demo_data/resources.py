"""The resource library's documents, in the five languages."""

from typing import NamedTuple

from .news import NEWS, NEWS_PARAGRAPH


class ResourceRow(NamedTuple):
    """A resource: its slug, kind, topic and {language: (title, summary)}."""

    slug: str
    kind: str
    topic: str
    texts: dict


RESOURCES = [
    ResourceRow(
        "organising-tenants",
        "toolkit",
        "housing",
        {
            "en": (
                "Organising tenants: a starter toolkit",
                "How to hold the first meeting, map a building and write a letter of demands.",
            ),
            "es": (
                "Organizar a inquilinas: guía para empezar",
                "Cómo hacer la primera reunión, mapear un edificio y redactar una carta de demandas.",
            ),
            "fr": (
                "Organiser les locataires : boîte à outils pour débuter",
                "Comment tenir la première réunion, cartographier un immeuble et écrire une lettre de revendications.",
            ),
            "pt": (
                "Organizar inquilinos: guia para começar",
                "Como fazer a primeira reunião, mapear um prédio e escrever uma carta de reivindicações.",
            ),
            "ar": (
                "تنظيم المستأجرين: دليل للبداية",
                "كيف تعقدون الاجتماع الأول، وترسمون خريطة المبنى، وتكتبون رسالة مطالب.",
            ),
        },
    ),
    ResourceRow(
        "annual-report",
        "report",
        "care",
        {
            "en": (
                "Annual report of the network",
                "What the hubs did this year, what the fund paid for, and what the assemblies decided.",
            ),
            "es": (
                "Informe anual de la red",
                "Lo que hicieron los nodos este año, qué financió el fondo y qué decidieron las asambleas.",
            ),
            "fr": (
                "Rapport annuel du réseau",
                "Ce que les groupes ont fait cette année, ce que le fonds a financé et ce que les assemblées ont décidé.",
            ),
        },
    ),
    ResourceRow(
        "facilitation-guide",
        "training",
        "workers",
        {
            "en": (
                "Facilitating an assembly by consensus",
                "A training guide for facilitators: rounds, hand signals, stand-asides and blocks.",
            ),
            "ar": (
                "تيسير جمعية بالتوافق",
                "دليل تدريبي للميسّرين: الجولات، وإشارات اليد، والتنحّي، والاعتراض.",
            ),
        },
    ),
]


def document_sections(code):
    """The pages after a demo document's cover, in language `code`: the hubs' stories as the
    news tells them, each with what its members shared."""
    return [
        (row.texts[code][0], [row.texts[code][1], NEWS_PARAGRAPH[code]])
        for row in NEWS
        if code in row.texts
    ]
