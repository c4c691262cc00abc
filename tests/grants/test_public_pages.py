"""Public pages: rounds listed per language, the round's call, and the transparency page."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from grants.models import Application
from grants.transparency import awarded_grants
from tests.factories import (
    approve,
    grants_index,
    make_application,
    make_round,
    plan_tranche,
    set_status,
)


def test_the_index_lists_open_upcoming_and_closed_rounds(client, home_site, grant_round):
    now = timezone.now()
    make_round(
        home_site,
        title="Next year",
        opens_at=now + timedelta(days=30),
        closes_at=now + timedelta(days=60),
    )
    make_round(
        home_site,
        title="Last year",
        opens_at=now - timedelta(days=90),
        closes_at=now - timedelta(days=60),
    )
    grouped = grants_index(home_site).rounds_by_state()
    assert [[r.title for r in grouped[k]] for k in ("open", "upcoming", "closed")] == [
        ["Spring round"],
        ["Next year"],
        ["Last year"],
    ]
    response = client.get(grants_index(home_site).url)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]


def test_a_translated_round_shows_its_criteria_and_feeds_the_source_round(home_site, grant_round):
    portuguese = Locale.objects.get(language_code="pt")
    translated = grant_round.copy_for_translation(portuguese, copy_parents=True)
    translated.save_revision().publish()
    assert translated.specific.source_round == grant_round
    assert [c[0] for c in translated.specific.criteria_list()] == [
        c[0] for c in grant_round.criteria_list()
    ]


def test_transparency_lists_awarded_grants_and_respects_anonymity(client, people, grant_round):
    named = approve(make_application(grant_round, title="Seed library"), "900.00")
    hidden = approve(make_application(grant_round, title="Shelter fund", anonymous=True), "700.00")
    set_status(make_application(grant_round, title="Declined idea"), Application.Status.DECLINED)
    set_status(named, Application.Status.ACTIVE)
    tranche = plan_tranche(named, "400.00")
    tranche.status = "paid"
    tranche.save()
    response = client.get(reverse("grants:transparency"))
    text = response.content.decode()
    assert "Seed library" in text and named.hub.name in text
    assert "Shelter fund" not in text and hidden.hub.name not in text
    assert "A hub that asked not to be named" in text
    assert "Declined idea" not in text
    totals = awarded_grants("en")["totals"]["EUR"]
    assert (str(totals["committed"]), str(totals["paid"])) == ("1600.00", "400.00")
    assert "public" in response["Cache-Control"]


def test_transparency_shows_the_awarded_grants_a_page_at_a_time(
    client, people, grant_round, django_assert_max_num_queries
):
    """A fund with thousands of grants: the public account shows fifty a page, in round and
    reference order, and the next page the rest, at the same cost whatever the number."""
    for number in range(53):
        approve(make_application(grant_round, title=f"Project {number:02}"), "100.00")
    titles = sorted(
        Application.objects.filter(status=Application.Status.APPROVED).values_list(
            "reference", "title"
        )
    )
    first = client.get(reverse("grants:transparency")).content.decode()
    shown = [title for _, title in titles if f">{title}<" in first]
    assert shown == [title for _, title in titles[:50]]
    assert "Page 1 of 2" in first and "€100.00" in first
    with django_assert_max_num_queries(12):
        second = client.get(reverse("grants:transparency"), {"page": 2}).content.decode()
    assert [title for _, title in titles if f">{title}<" in second] == [
        title for _, title in titles[50:]
    ]
    assert "Page 2 of 2" in second and "Spring round" in second


def test_transparency_is_translated(client, people, grant_round):
    approve(make_application(grant_round, title="Seed library"), "900.00")
    response = client.get("/pt/grants/transparency/")
    assert response.status_code == 200
    assert 'lang="pt"' in response.content.decode()


def test_the_grants_index_has_a_meta_description_from_its_introduction(client, home_site):
    index = grants_index(home_site)
    index.introduction = "<p>Small grants for <b>local hubs</b>.</p>"
    index.save_revision().publish()
    html = client.get(index.url).content.decode()
    assert '<meta name="description" content="Small grants for local hubs.">' in html
