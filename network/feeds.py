"""RSS and Atom feeds of the news in one language (untranslated items in their source
language, as on the news page)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language

NEWS_IN_FEED = 20


class NewsRssFeed(Feed):
    """The latest news of the index page's language."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.url

    def description(self):
        return self.index_page.introduction

    def language(self):
        return get_language()

    def items(self):
        return self.index_page.news()[:NEWS_IN_FEED]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

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
