"""Reading wagtail-localize's translation editor as a translator sees it."""

import json
from html import unescape


def editor_segments(html):
    """The translation editor's segments: source text → its translation (None when the
    translator still has to write it), from the props the editor's script renders."""
    props = json.loads(unescape(html.split('data-props="')[1].split('"')[0]))
    translated = {item["segment_id"]: item["data"] for item in props["initialStringTranslations"]}
    return {
        segment["source"]: translated.get(segment["id"])
        for segment in props["segments"]
        if segment["type"] == "string"
    }
