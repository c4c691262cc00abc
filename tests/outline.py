"""The outline of a page as assistive technology reads it: its heading levels in order."""

import itertools
from html.parser import HTMLParser

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _HeadingLevels(HTMLParser):
    def __init__(self):
        super().__init__()
        self.levels = []

    def handle_starttag(self, tag, attrs):
        if tag in HEADINGS:
            self.levels.append(int(tag[1]))


def heading_levels(html):
    """The level of each heading of `html`, in document order."""
    parser = _HeadingLevels()
    parser.feed(html)
    return parser.levels


def heading_skips(html):
    """Each (level, next level) where the outline goes down more than one level (h1 → h3),
    as axe-core's `heading-order` rule reports it."""
    levels = heading_levels(html)
    return [(level, after) for level, after in itertools.pairwise(levels) if after > level + 1]
