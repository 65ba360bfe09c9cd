"""Pages are found by their full translated path in one query; whatever that lookup is not sure of goes
through Wagtail's own routing, with the same answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from pages import cache as page_cache
from pages.models import ArticlePage

from .conftest import make_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code, url", [
    ("sv", "/sv/bostad/hyra-lagenhet/"), ("fa", "/fa/bostad/ejare/"), ("ar", "/ar/alsakan/hyra-lagenhet/"),
    ("en", "/en/housing/hyra-lagenhet/"),
])
def test_every_language_reaches_the_page_by_its_own_path(client, article, code, url):
    with translation.override(code):
        assert article.get_url() == url
    response = client.get(url)
    assert response.status_code == 200 and response.context["page"].pk == article.pk


def test_the_path_of_another_language_is_not_found(client, article):
    assert client.get("/ar/bostad/hyra-lagenhet/").status_code == 404
    assert client.get("/sv/alsakan/hyra-lagenhet/").status_code == 404


def test_an_unpublished_page_is_not_served(client, topic):
    draft = make_page(topic, ArticlePage, title={"sv": "Utkast"}, slug={"sv": "utkast"},
                      body={"sv": [("paragraph", "<p>Ej klar.</p>")]}, publish=False)
    assert not draft.live
    assert client.get("/sv/bostad/utkast/").status_code == 404


def test_a_routable_pages_sub_route_still_works(client, meeting_place):
    assert client.get("/sv/backbyhuset/ical/").status_code == 200


def test_the_home_page(client, home):
    assert client.get("/sv/").status_code == 200


def test_one_lookup_instead_of_one_per_level(rf, article, settings):
    """The route costs a fixed number of queries however deep the page is."""
    request = rf.get("/sv/bostad/hyra-lagenhet/")
    with translation.override("sv"), CaptureQueriesContext(connection) as queries:
        page_cache.route_by_url_path(request, "bostad/hyra-lagenhet/")
    page, _args, _kwargs = request._wagtail_route_for_request
    assert page.pk == article.pk
    assert len(queries) <= 4  # site, root path (cached afterwards), the page, its specific row
