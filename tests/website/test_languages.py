"""Languages: language-prefixed URLs, the Accept-Language redirect, html lang/dir, hreflang,
the language switcher and translated error pages."""

import re
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from tests.factories import SITE_TEXTS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("es-ES,es;q=0.9", "/es/"), ("ar", "/ar/"), ("pt-BR", "/pt/"), ("de", "/en/"), ("", "/en/")],
)
def test_root_redirects_by_accept_language(client, home_site, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("fr", "ltr"), ("ar", "rtl")])
def test_html_lang_and_dir_follow_the_language(client, home_site, language, direction):
    html = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html


def test_spanish_page_lists_live_translations_as_hreflang(client, home_site):
    html = client.get("/es/about/").content.decode()
    alternates = dict(re.findall(r'hreflang="([\w-]+)" href="([^"]+)"', html))
    assert alternates == {
        "en": "http://testserver/en/about/",
        "es": "http://testserver/es/about/",
        "fr": "http://testserver/fr/about/",
        "pt": "http://testserver/pt/about/",
        "ar": "http://testserver/ar/about/",
        "x-default": "http://testserver/en/about/",
    }


def test_hreflang_leaves_out_unpublished_translations(client, home_site):
    from home.models import StandardPage

    StandardPage.objects.get(locale__language_code="fr", slug="about").unpublish()
    html = client.get("/es/about/").content.decode()
    assert 'hreflang="fr"' not in html.split("</head>")[0]
    switcher = html.split('class="language-switcher"')[1]
    # The switcher sends French readers to the French home instead.
    assert 'href="/fr/" lang="fr"' in switcher


def test_language_switcher_links_to_translations_of_this_page(client, home_site):
    html = client.get("/en/about/").content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="/ar/about/" lang="ar"' in switcher
    assert 'href="/es/about/" lang="es"' in switcher
    assert 'aria-current="true">English' in switcher


def test_main_menu_shows_pages_of_the_active_language(client, home_site):
    html = client.get("/fr/").content.decode()
    menu = html.split('class="main-menu"')[1].split("</nav>")[0]
    assert SITE_TEXTS["fr"][1] in menu
    assert SITE_TEXTS["en"][1] not in menu


def test_page_not_found_is_translated(client, home_site):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_server_error_page_is_translated(client, home_site):
    from django.utils import translation

    from website.views import server_error

    with translation.override("ar"):
        response = server_error(None)
    assert response.status_code == 500
    assert 'dir="rtl"' in response.content.decode()
    assert "حدث خطأ ما" in response.content.decode()


def test_search_url_is_language_prefixed():
    from django.utils import translation

    with translation.override("pt"):
        assert reverse("search") == "/pt/search/"


def test_footer_links_to_the_directory_pages_in_the_active_language(client, home_site):
    html = client.get("/fr/").content.decode()
    footer = html.split('class="site-footer"')[1]
    assert 'href="/fr/facilitators/"' in footer
    assert 'href="/fr/grants/transparency/">Subventions accordées</a>' in footer
    header = html.split('class="main-menu"')[1].split("</nav>")[0]
    assert 'href="/fr/hubs/"' in header


def _addresses(html):
    """The canonical, og:url and hreflang addresses in a page's head, and its switcher's links."""
    head, body = html.split("</head>")
    switcher = body.split('class="language-switcher"')[1].split("</nav>")[0]
    return {
        "canonical": re.search(r'<link rel="canonical" href="([^"]+)"', head).group(1),
        "og:url": re.search(r'<meta property="og:url" content="([^"]+)"', head).group(1),
        "hreflang": dict(re.findall(r'hreflang="([\w-]+)" href="([^"]+)"', head)),
        "switcher": dict(re.findall(r'<a href="([^"]+)" lang="([\w-]+)"', switcher)),
    }


def test_a_routable_sub_page_keeps_its_sub_path_in_every_address(client, sections):
    addresses = _addresses(client.get("/fr/assemblies/decisions/").content.decode())

    assert addresses["canonical"] == "http://testserver/fr/assemblies/decisions/"
    assert addresses["og:url"] == "http://testserver/fr/assemblies/decisions/"
    assert addresses["hreflang"]["es"] == "http://testserver/es/assemblies/decisions/"
    assert addresses["hreflang"]["x-default"] == "http://testserver/en/assemblies/decisions/"
    assert addresses["switcher"]["/ar/assemblies/decisions/"] == "ar"


def test_every_public_address_names_the_site_host_whatever_host_the_request_used(client, sections):
    html = client.get("/fr/assemblies/", HTTP_HOST="origin.internal").content.decode()
    addresses = _addresses(html)

    assert addresses["canonical"] == "http://testserver/fr/assemblies/"
    assert addresses["og:url"] == "http://testserver/fr/assemblies/"
    assert set(addresses["hreflang"].values()) == {
        f"http://testserver/{code}/assemblies/" for code in ("en", "es", "fr", "pt", "ar")
    }
    directory = _addresses(client.get("/pt/hubs/", HTTP_HOST="origin.internal").content.decode())
    assert directory["canonical"] == "http://testserver/pt/hubs/"
    assert directory["hreflang"]["ar"] == "http://testserver/ar/hubs/"
    index = client.get("/sitemap.xml", HTTP_HOST="origin.internal").content.decode()
    assert "http://testserver/sitemap-en.xml" in re.findall(r"<loc>([^<]+)</loc>", index)
    sitemap = client.get("/sitemap-en.xml", HTTP_HOST="origin.internal").content.decode()
    assert {urlsplit(loc).netloc for loc in re.findall(r"<loc>([^<]+)</loc>", index + sitemap)} == {
        "testserver"
    }


def _card_of(html, title):
    """The opening tag of the list item that holds `title`."""
    before = html.split(title)[0]
    return before[before.rindex("<li") :].split(">")[0] + ">"


def test_an_english_news_card_on_an_arabic_page_is_marked_english_left_to_right(client, sections):
    from tests.factories import NewsPageFactory

    NewsPageFactory(parent=sections.news, title="Seed library opens")

    html = client.get("/ar/news/").content.decode()

    assert _card_of(html, "Seed library opens") == '<li class="card" lang="en" dir="ltr">'


def test_an_arabic_news_card_on_an_english_page_is_marked_arabic_right_to_left(client, sections):
    from network.models import NewsIndexPage
    from tests.factories import NewsPageFactory

    arabic_news = NewsIndexPage.objects.get(locale__language_code="ar")
    NewsPageFactory(parent=arabic_news, title="مكتبة البذور تفتح")
    NewsPageFactory(parent=sections.news, title="Tenants win repairs")

    html = client.get("/en/news/").content.decode()

    assert _card_of(html, "مكتبة البذور تفتح") == '<li class="card" lang="ar" dir="rtl">'
    # The page's own language needs no mark.
    assert _card_of(html, "Tenants win repairs") == '<li class="card">'


def test_proposals_in_another_language_than_the_page_carry_their_language_and_direction(
    client, sections
):
    from network.models import Proposal
    from tests.factories import AssemblyPageFactory, ProposalFactory

    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Spring assembly")
    approved = Proposal.Status.APPROVED
    ProposalFactory(assembly=assembly, title="مطابخ مشتركة", language="ar", status=approved)
    ProposalFactory(assembly=assembly, title="Shared kitchens", language="en", status=approved)

    html = client.get(assembly.url).content.decode()

    assert 'lang="ar" dir="rtl">\n                <h3>مطابخ مشتركة' in html
    assert 'id="proposal-' in _card_of(html, "Shared kitchens")
    assert "lang=" not in _card_of(html, "Shared kitchens")


def test_a_grant_written_in_arabic_is_marked_on_the_english_transparency_page(
    client, people, grant_round
):
    from tests.factories import approve, make_application

    approve(make_application(grant_round, title="مطبخ الحي", language="ar"), "900.00")
    approve(make_application(grant_round, title="Seed library", language="en"), "500.00")

    html = client.get("/en/grants/transparency/").content.decode()

    assert '<td lang="ar" dir="rtl">مطبخ الحي</td>' in html
    assert "<td>Seed library</td>" in html
