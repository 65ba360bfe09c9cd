"""Page views per page, language and day: counted on the server, also for pages from the cache, without
cookies and without keeping who read."""

import pytest
from django.utils import timezone

from readership.counter import buffer
from readership.models import PageViews
from tests.directory.factories import OrganizationFactory
from tests.reader.factories import health_topic


@pytest.fixture(autouse=True)
def _empty_buffer():
    buffer.flush()
    buffer._counts.clear()
    yield
    buffer._counts.clear()


def _views():
    buffer.flush()
    return {(v.language, v.path): v.views for v in PageViews.objects.filter(day=timezone.localdate())}


def test_views_are_counted_per_language_and_address_also_from_the_cache(client, home):
    health_topic(home)
    for _ in range(3):
        client.get("/ar/alsiha/")
    client.get("/sv/halsa/")
    assert _views() == {("ar", "/ar/alsiha/"): 3, ("sv", "/sv/halsa/"): 1}


def test_counting_adds_to_an_existing_day(client, home):
    health_topic(home)
    client.get("/sv/halsa/")
    buffer.flush()
    client.get("/sv/halsa/")
    assert _views() == {("sv", "/sv/halsa/"): 2}


def test_actor_pages_are_counted(client, db):
    OrganizationFactory(name="BVC", slug="bvc")
    client.get("/en/directory/bvc/")
    assert _views() == {("en", "/en/directory/bvc/"): 1}


@pytest.mark.parametrize("agent", ["Googlebot/2.1 (+http://www.google.com/bot.html)",
                                   "Mozilla/5.0 (compatible; bingbot/2.0)", "curl/8.0",
                                   "Mozilla/5.0 HeadlessChrome/120", "python-requests/2.31"])
def test_robots_are_left_out(client, home, agent):
    health_topic(home)
    client.get("/sv/halsa/", HTTP_USER_AGENT=agent)
    assert _views() == {}


def test_a_phone_browser_is_counted(client, home):
    health_topic(home)
    client.get("/sv/halsa/", HTTP_USER_AGENT="Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120 Mobile")
    assert _views() == {("sv", "/sv/halsa/"): 1}


def test_service_worker_fetches_and_prefetches_are_not_reading(client, home):
    health_topic(home)
    client.get("/sv/halsa/", HTTP_SEC_FETCH_DEST="empty")
    client.get("/sv/halsa/", HTTP_SEC_PURPOSE="prefetch")
    assert _views() == {}


def test_missing_pages_forms_and_handed_over_lists_are_not_counted(client, home):
    health_topic(home)
    client.get("/sv/finns-inte/")
    client.get("/sv/feedback/")
    client.get("/sv/my-list/")
    client.get("/sv/list/hemlig-token/")
    client.get("/sv/manifest.webmanifest")
    assert _views() == {}


def test_query_strings_are_not_kept(client, db):
    client.get("/sv/directory/?q=personnummer+19900101")
    assert _views() == {("sv", "/sv/directory/"): 1}


def test_counting_sets_no_cookie_and_keeps_nothing_about_the_reader(client, home):
    health_topic(home)
    response = client.get("/sv/halsa/", HTTP_USER_AGENT="Mozilla/5.0 Firefox/120", REMOTE_ADDR="203.0.113.9")
    assert not response.cookies
    assert {f.name for f in PageViews._meta.get_fields()} == {"id", "day", "language", "path", "views"}


def test_a_database_error_keeps_the_counts_for_the_next_flush(client, home, monkeypatch):
    health_topic(home)
    client.get("/sv/halsa/")

    def broken(*args, **kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(PageViews.objects, "filter", broken)
    assert buffer.flush() == 0
    monkeypatch.undo()
    assert _views() == {("sv", "/sv/halsa/"): 1}
