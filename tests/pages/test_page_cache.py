"""Anonymous page views come from the cache until the page tree changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kernel import cache as generations
from pages import cache as page_cache


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_second_anonymous_view_is_served_from_the_cache(client, article):
    url = article.get_url()
    first, _ = _queries(client, url)
    second, response = _queries(client, url)
    assert first > 0 and second == 0
    assert "Hyra lägenhet" in response.content.decode()


def test_languages_are_cached_separately(client, article):
    client.get("/sv/bostad/hyra-lagenhet/")
    _, response = _queries(client, "/fa/bostad/ejare/")
    assert '<html lang="fa"' in response.content.decode()


def test_publishing_purges_the_cache(client, article):
    url = article.get_url()
    client.get(url)
    article.title_sv = "Hyra en bostad"
    article.save_revision().publish()
    queries, response = _queries(client, url)
    assert queries > 0
    assert "Hyra en bostad" in response.content.decode()


@pytest.mark.parametrize("change", ["unpublish", "delete", "move"])
def test_unpublish_delete_and_move_purge_the_cache(client, article, topic, home, change):
    client.get(topic.get_url())
    before = generations.generation()
    if change == "unpublish":
        article.unpublish()
    elif change == "delete":
        article.delete()
    else:
        article.move(home, pos="last-child")
    assert generations.generation() != before
    assert "Hyra lägenhet" not in client.get(topic.get_url()).content.decode()


def test_signed_in_users_are_not_served_from_the_cache(client, article, django_user_model):
    url = article.get_url()
    client.get(url)
    user = django_user_model.objects.create_user("reader", password="a-long-password-1")
    client.force_login(user)
    queries, _ = _queries(client, url)
    assert queries > 0
    client.logout()


def test_signed_in_views_are_not_stored(client, article, django_user_model):
    user = django_user_model.objects.create_user("reader", password="a-long-password-1")
    client.force_login(user)
    client.get(article.get_url())
    client.logout()
    queries, _ = _queries(client, article.get_url())
    assert queries > 0


def test_query_strings_and_other_methods_bypass_the_cache(client, article):
    url = article.get_url()
    client.get(url)
    assert _queries(client, url + "?x=1")[0] > 0
    assert client.head(url).status_code == 200


def test_responses_with_cookies_or_csrf_tokens_are_not_cacheable(rf):
    from django.http import HttpResponse

    request = rf.get("/sv/")
    with_cookie = HttpResponse("ok")
    with_cookie.set_cookie("x", "1")
    assert not page_cache.is_cacheable_response(request, with_cookie)
    assert not page_cache.is_cacheable_response(request, HttpResponse('<input name="csrfmiddlewaretoken">'))
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    assert not page_cache.is_cacheable_response(request, HttpResponse("ok"))
    assert page_cache.is_cacheable_response(rf.get("/sv/"), HttpResponse("ok"))


def test_a_new_actor_of_the_focus_area_shows_on_the_cached_topic_page_at_once(client, topic):
    from directory.models import Organization, TaxonomyTerm

    url = topic.get_url()
    assert "Hyresgästföreningen" not in client.get(url).content.decode()
    assert _queries(client, url)[0] == 0  # served from the cache

    organization = Organization.objects.create(name="Hyresgästföreningen", slug="hyresgastforeningen")
    organization.focus_areas.add(TaxonomyTerm.objects.get(taxonomy__slug="focus-area", code="housing"))

    assert 'href="/sv/directory/hyresgastforeningen/"' in client.get(url).content.decode()


def test_directory_changes_keep_other_cached_entries_of_the_page_tree(client, topic):
    from directory.models import Area

    before = generations.generation(generations.PAGES)
    Area.objects.create(slug="skiljebo", name="Skiljebo")
    assert generations.generation(generations.PAGES) == before


def test_footer_links_follow_publishing(client, home, standard_page):
    from pages.models import StandardPage

    from .conftest import make_page

    assert "Om webbplatsen" in client.get("/sv/directory/").content.decode()
    make_page(home, StandardPage, title={"sv": "Tillgänglighet"}, slug={"sv": "tillganglighet"},
              show_in_menus=True, body={"sv": [("paragraph", "<p>Text.</p>")]})
    assert 'href="/sv/tillganglighet/">Tillgänglighet</a>' in client.get("/sv/directory/").content.decode()


def test_an_unreachable_cache_server_breaks_neither_the_directory_nor_its_saves(client, db, monkeypatch):
    """The project's own cached views carry on without the cache (Wagtail's page routing still needs it)."""
    from django.core.cache import cache

    from directory.models import Area, Organization

    Organization.objects.create(name="Bäckbyhuset", slug="backbyhuset")

    def down(*args, **kwargs):
        raise ConnectionError("cache server unreachable")

    for name in ("get", "set", "add", "incr", "get_many"):
        monkeypatch.setattr(cache, name, down)

    Area.objects.create(slug="skiljebo", name="Skiljebo")  # a save purges the directory generation
    assert Area.objects.filter(slug="skiljebo").exists()
    response = client.get("/sv/directory/")
    assert response.status_code == 200 and "Bäckbyhuset" in response.content.decode()
