"""/<lang>/search/: one result list in the page's language, facets, highlights, paging, bad input."""

import pytest

from search.models import ZeroResultQuery

from .conftest import make_actor, make_doc

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(site_engine):
    site_engine.index([
        make_actor("Försäkringskassan", "sv", "Föräldrapenning och bidrag för barn.", object_id=1,
                   url="/sv/directory/forsakringskassan/"),
        make_actor("Försäkringskassan", "ar", "إعانة الأطفال.", object_id=1, url="/ar/directory/forsakringskassan/"),
        make_doc("Barn och föräldrar", "sv", "Förskola för barnen <script>alert(1)</script>", object_id=2),
        *[make_doc(f"Språkcafé {n}", "sv", "Samtal på svenska", object_id=100 + n) for n in range(15)],
    ])
    return site_engine


def test_results_with_highlight_and_type_facets(client, indexed):
    response = client.get("/sv/search/", {"q": "barn"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<mark>Barn</mark> och föräldrar" in body
    assert "&lt;script&gt;" in body and "<script>alert" not in body
    assert 'href="?q=barn&amp;type=page"' in body
    assert response.context["results"].facets["type"] == {"organization": 1, "page": 1}


def test_type_filter(client, indexed):
    response = client.get("/sv/search/", {"q": "barn", "type": "organization"})
    assert [h.object_id for h in response.context["results"].hits] == ["1"]


def test_actor_swedish_name_found_from_arabic_page(client, indexed):
    response = client.get("/ar/search/", {"q": "Försäkringskassan"})
    assert response.status_code == 200
    assert [h["hit"].url for h in response.context["hits"]] == ["/ar/directory/forsakringskassan/"]


def test_did_you_mean_links_the_corrected_query(client, indexed):
    body = client.get("/sv/search/", {"q": "forsakringskasan"}).content.decode()
    assert 'href="?q=f%C3%B6rs%C3%A4kringskassan">försäkringskassan</a>' in body


def test_paging(client, indexed):
    first = client.get("/sv/search/", {"q": "språkcafé"})
    second = client.get("/sv/search/", {"q": "språkcafé", "page": 2})
    assert len(first.context["hits"]) == 10 and len(second.context["hits"]) == 5
    assert 'rel="next"' in first.content.decode() and 'rel="prev"' in second.content.decode()


def test_empty_query_shows_the_form(client, site_engine):
    response = client.get("/sv/search/")
    assert response.status_code == 200
    assert response.context["results"] is None


@pytest.mark.parametrize("params, status", [
    ({"q": "x" * 2000}, 400),
    ({"q": "barn\x00"}, 400),
    ({"q": "barn", "type": "<script>"}, 400),
    ({"q": '"barn" OR NEAR(a b) {title}: *'}, 200),
    ({"q": "barn\x07\x1b[0m"}, 200),
    ({"q": "'\"'\"--;"}, 200),
    ({"q": "\u202e\ufeff🙂"}, 200),
])
def test_hostile_query_strings_get_200_or_400(client, indexed, params, status):
    response = client.get("/sv/search/", params)
    assert response.status_code == status
    if status == 400:
        assert 'role="alert"' in response.content.decode()


def test_error_message_is_in_the_users_language(client, site_engine):
    response = client.get("/en/search/", {"q": "x" * 300})
    assert response.status_code == 400
    assert "The search text is too long." in response.content.decode()


def test_searches_without_results_are_counted_without_personal_data(client, indexed):
    client.get("/sv/search/", {"q": "  Zzyzx   Qwv "})
    client.get("/sv/search/", {"q": "zzyzx qwv"})
    client.get("/sv/search/", {"q": "barn"})  # found: not counted
    client.get("/sv/search/", {"q": "19850101-1234"})  # may be a personal identity number
    client.get("/sv/search/", {"q": "anna@example.org"})
    rows = list(ZeroResultQuery.objects.values_list("language", "query", "count"))
    assert rows == [("sv", "zzyzx qwv", 2)]


def test_engine_down_gives_503_not_500(client, site_engine, monkeypatch):
    from search.engines.base import EngineUnavailable

    def down(*args, **kwargs):
        raise EngineUnavailable("down")

    monkeypatch.setattr(site_engine, "search", down)
    response = client.get("/sv/search/", {"q": "barn"})
    assert response.status_code == 503
    assert 'role="alert"' in response.content.decode()


def test_suggest_endpoint_returns_json(client, indexed):
    response = client.get("/sv/search/suggest/", {"q": "försä"})
    assert response.status_code == 200
    assert response.json()["suggestions"][0] == {
        "text": "Försäkringskassan", "url": "/sv/directory/forsakringskassan/", "type": "organization"}
    assert client.get("/sv/search/suggest/", {"q": ""}).json() == {"suggestions": []}
    assert client.get("/sv/search/suggest/", {"q": "x" * 500}).status_code == 400
    assert client.get("/sv/search/suggest/", {"q": "a\x00"}).status_code == 400


def test_autocomplete_script_is_deferred_and_only_on_the_search_page(client, indexed, home):
    search_page = client.get("/sv/search/", {"q": "barn"}).content.decode()
    assert '<script src="/static/js/search.js" defer></script>' in search_page
    assert "<script>" not in search_page
    assert "js/search.js" not in client.get("/sv/").content.decode()


def test_page_is_in_the_requested_language(client, indexed):
    body = client.get("/ar/search/", {"q": "x"}).content.decode()
    assert '<html lang="ar" dir="rtl">' in body


# --- a page number it cannot use: ignored with a notice, as the directory's list does ---------------


@pytest.mark.parametrize("page", ["abc", "0", "999999", "10000000000000000000000", "²"])
def test_unusable_page_number_is_ignored_with_a_notice(client, db, indexed, page):
    response = client.get("/sv/search/", {"q": "språkcafé", "page": page})
    assert response.status_code == 200
    assert response.context["hits"]
    assert "Some filters were not understood" in response.text or response.context["invalid_fields"]


def test_page_past_the_last_shows_the_last_page(client, db, indexed):
    response = client.get("/sv/search/", {"q": "språkcafé", "page": "50"})
    assert response.status_code == 200
    assert len(response.context["hits"]) == 5


def test_head_is_answered(client, db, indexed):
    assert client.head("/sv/search/", {"q": "språkcafé"}).status_code == 200
