"""Home and standard pages: content in every language and a bounded query cost."""

import pytest

from tests.factories import HERO_ALT, SITE_TEXTS

pytestmark = pytest.mark.django_db

HOME_PAGE_QUERIES = 9


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt", "ar"])
def test_home_page_shows_its_language(client, home_site, language):
    html = client.get(f"/{language}/").content.decode()
    assert f"<h1>{SITE_TEXTS[language][0]}</h1>" in html


def test_home_page_has_hero_with_alt_text_and_open_graph(client, home_site):
    html = client.get("/en/").content.decode()
    assert f'alt="{HERO_ALT}"' in html
    assert '<meta property="og:image" content="http://testserver/' in html
    assert '<link rel="canonical" href="http://testserver/en/">' in html


def test_home_page_query_count_is_bounded(client, home_site, django_assert_max_num_queries):
    client.get("/en/")  # warm the renditions, as a running site has
    with django_assert_max_num_queries(HOME_PAGE_QUERIES):
        response = client.get("/en/")
    assert response.status_code == 200


def test_standard_page_renders_its_blocks(client, home_site):
    html = client.get("/pt/about/").content.decode()
    _title, _about, heading, quote = SITE_TEXTS["pt"]
    assert f"<h2>{heading}</h2>" in html
    assert f"<blockquote><p>{quote}</p></blockquote>" in html


def test_home_call_to_action_points_to_the_translated_page(client, home_site):
    html = client.get("/ar/").content.decode()
    assert 'class="button" href="/ar/about/"' in html


def test_a_call_to_action_naming_the_source_page_links_to_its_translation(client, home_site):
    from home.models import HomePage, StandardPage

    # wagtail-localize keeps a chosen page as the source chose it: the English "about".
    english_about = StandardPage.objects.get(locale__language_code="en", slug="about")
    arabic_home = HomePage.objects.get(locale__language_code="ar")
    arabic_home.body[0].value["page"] = english_about
    arabic_home.save_revision().publish()

    html = client.get("/ar/").content.decode()

    assert 'class="button" href="/ar/about/"' in html


def test_call_to_action_needs_a_page_or_an_address():
    from django.core.exceptions import ValidationError

    from home.blocks import CallToActionBlock

    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python({"text": "Join", "button_label": "Go", "page": None, "url": ""})
        )


def _title(html):
    return html.split("<title>", 1)[1].split("</title>", 1)[0]


def test_the_home_page_title_names_the_site_once(client, home_site):
    # The home page's title is the network's name in that language: no " · name" after it.
    assert _title(client.get("/en/").content.decode()) == SITE_TEXTS["en"][0]
    assert _title(client.get("/ar/").content.decode()) == SITE_TEXTS["ar"][0]
    assert _title(client.get("/en/about/").content.decode()) == "Who we are · Solidarity Network"
