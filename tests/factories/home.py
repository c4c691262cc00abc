"""Home pages and standard pages."""

from home.models import HomePage, StandardPage

from .pages import PublishedPageFactory


class HomePageFactory(PublishedPageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    slug = "home"


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = "About"
    slug = "about"
