"""RSS and Atom feeds of the news in one language (untranslated items in their source
language, as on the news page)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

NEWS_IN_FEED = 20


class NewsRssFeed(Feed):
    """The latest news of the index page's language."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        # Django reads `language` as a plain attribute (a method would be printed as text).
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.url

    def description(self):
        return self.index_page.introduction

    def items(self):
        return self.index_page.news()[:NEWS_IN_FEED]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        """The article's own publication date (not when the page was first saved)."""
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time.min))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.authors or None

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]

    def item_extra_kwargs(self, item):
        return {"item_language": item.locale.language_code}


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
