"""The directory list: each filter, their combination, facet counts, paging and invalid values."""

from datetime import time

import pytest

from directory.models import Category

from .factories import AreaFactory, LocationFactory, OrganizationFactory, ScheduleFactory, category

URL = "/sv/directory/"


@pytest.fixture
def actors(db):
    backby = AreaFactory(slug="backby", name="Bäckby")
    health_ar = OrganizationFactory(name="Hälsoföreningen", slug="halsoforeningen",
                                    category=category(Category.ASSOCIATION), focus=["health"], speaks=["ar", "so"])
    agency = OrganizationFactory(name="Försäkringskassan", slug="forsakringskassan",
                                 category=category(Category.AGENCY), focus=["parenting", "work"], speaks=["ar"])
    church = OrganizationFactory(name="Bäckbykyrkan", slug="backbykyrkan",
                                 category=category(Category.FAITH_COMMUNITY), speaks=["ti"])
    LocationFactory(organization=church, area=backby)
    hidden = OrganizationFactory(name="Opublicerad", slug="opublicerad", is_published=False,
                                 category=category(Category.AGENCY), speaks=["ar"])
    return {"health_ar": health_ar, "agency": agency, "church": church, "hidden": hidden}


def names(response):
    return [o.name for o in response.context["organizations"]]


def test_unfiltered_shows_published_only(client, actors):
    response = client.get(URL)
    assert response.status_code == 200
    assert names(response) == ["Bäckbykyrkan", "Försäkringskassan", "Hälsoföreningen"]


@pytest.mark.parametrize(("query", "expected"), [
    ("category=agency", ["Försäkringskassan"]),
    ("focus=health", ["Hälsoföreningen"]),
    ("language=ar", ["Försäkringskassan", "Hälsoföreningen"]),
    ("language=ti", ["Bäckbykyrkan"]),
    ("area=backby", ["Bäckbykyrkan"]),
    ("q=kassan", ["Försäkringskassan"]),
    ("q=forsakringskassan", ["Försäkringskassan"]),
    ("language=ar&category=association", ["Hälsoföreningen"]),
    ("language=ar&focus=work&category=agency", ["Försäkringskassan"]),
    ("language=ti&area=backby&category=faith-community", ["Bäckbykyrkan"]),
    ("language=so&category=agency", []),
    ("q=kyrkan&language=ti", ["Bäckbykyrkan"]),
    ("q=kassan&area=backby", []),
])
def test_filters_and_combinations(client, actors, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert names(response) == expected
    assert response.context["paginator"].count == len(expected)  # the count the page states
    assert not response.context["invalid_fields"]


def test_facet_counts_keep_the_other_filters(client, actors):
    response = client.get(f"{URL}?language=ar")
    facets = response.context["facets"]
    categories = {o.value: o.count for o in facets["category"]}
    assert categories["agency"] == 1 and categories["association"] == 1 and categories["faith-community"] == 0
    languages = {o.value: o.count for o in facets["language"]}
    # the language facet ignores the language filter itself, so the other choices stay visible
    assert languages["ar"] == 2 and languages["ti"] == 1 and languages["so"] == 1
    assert "ru" not in languages  # languages nobody serves in are not offered
    assert "Arabiska (2)" in response.text or "Arabic (2)" in response.text


def test_open_now_filter(client, actors):
    # open every day around the clock, so the test does not depend on when it runs
    location = LocationFactory(organization=actors["agency"])
    for day in range(1, 8):
        ScheduleFactory(location=location, weekday=day, opens_at=time(0), closes_at=time(0))
    response = client.get(f"{URL}?open_now=1")
    assert names(response) == ["Försäkringskassan"]
    assert response.context["open_now_count"] == 1 == response.context["paginator"].count
    assert names(client.get(f"{URL}?open_now=1&language=ti")) == []


@pytest.mark.parametrize("query", [
    "category=nonsense", "focus=cooking", "language=xx-invalid", "area=mars", "open_now=yes", "page=abc",
    "page=-3", "q=" + "x" * 300, "category=agency&category=%00",
])
def test_invalid_values_are_ignored_with_a_message(client, actors, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert response.context["invalid_fields"]
    assert "Some filters were not understood" in response.text or "inte" in response.text


def test_invalid_value_message_in_the_users_language(client, actors):
    response = client.get("/en/directory/?category=nonsense")
    assert "Category" in " ".join(str(f) for f in response.context["invalid_fields"])


def test_valid_filters_survive_an_invalid_one(client, actors):
    response = client.get(f"{URL}?category=agency&focus=cooking")
    assert names(response) == ["Försäkringskassan"]


def test_paging(client, db):
    for n in range(25):
        OrganizationFactory(name=f"Förening {n:02d}", slug=f"f-{n}")
    first = client.get(URL)
    assert len(first.context["organizations"]) == 20
    second = client.get(f"{URL}?page=2")
    assert names(second) == [f"Förening {n:02d}" for n in range(20, 25)]
    assert 'rel="prev"' in second.text
    beyond = client.get(f"{URL}?page=99")  # past the end: the last page
    assert beyond.status_code == 200 and names(beyond) == names(second)


def test_works_in_rtl_language(client, actors):
    response = client.get("/ar/directory/?language=ar")
    assert response.status_code == 200
    assert 'dir="rtl"' in response.text


@pytest.mark.parametrize(("query", "canonical"), [
    ("", "/sv/directory/"),
    ("?focus=health", "/sv/directory/?focus=health"),
    ("?category=agency", "/sv/directory/?category=agency"),
    ("?focus=health&language=ar", "/sv/directory/"),
    ("?q=kassan", "/sv/directory/"),
    ("?open_now=1", "/sv/directory/"),
    ("?focus=nonsense", "/sv/directory/"),
])
def test_each_list_names_the_url_to_index(client, actors, query, canonical):
    html = client.get(URL + query).content.decode()
    assert f'<link rel="canonical" href="http://testserver{canonical}">' in html.replace("&amp;", "&")
    assert "noindex" not in html


def test_canonical_of_a_later_page_keeps_the_page(client, db):
    for n in range(25):
        OrganizationFactory(name=f"Förening {n:02}", slug=f"forening-{n}", focus=["health"])
    assert '<link rel="canonical" href="http://testserver/sv/directory/?focus=health&amp;page=2">' in client.get(
        URL, {"focus": "health", "page": 99}).content.decode()
