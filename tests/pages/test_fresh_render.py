"""A page rendered afresh (after a purge, or with a query string) costs a fixed, small number of queries,
and the shortcuts that keep it small answer as Wagtail would: private sections, sites, footer links."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction, Site

from kernel import cache as page_cache
from kernel.focus_areas import FocusArea
from pages.models import StandardPage, TopicPage

from .conftest import make_page

# The route (the page's id and type with the breadcrumb's parent, then the specific page). What a publish
# does not change is kept across the purge: the site root's paths, the footer links, whether any page is
# private, the translation states.
FRESH_ARTICLE_QUERIES = 2


def _url(page, code):
    with translation.override(code):
        return page.get_url()


def test_fresh_article_render_queries(client, article, standard_page):
    url = _url(article, "fa")
    assert client.get(url).status_code == 200  # fills what outlives a purge (the site, content types)
    page_cache.purge()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    assert len(context) <= FRESH_ARTICLE_QUERIES, "\n".join(q["sql"][:120] for q in context.captured_queries)


def test_query_string_render_does_not_add_queries(client, article, standard_page):
    url = _url(article, "fa")
    client.get(url)
    page_cache.purge()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url + "?x=1").status_code == 200
    assert len(context) <= FRESH_ARTICLE_QUERIES


def test_page_below_a_private_page_is_not_served(client, topic, article):
    PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.PASSWORD, password="x")
    response = client.get(_url(article, "sv"))
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert "Hyra lägenhet" not in response.content.decode()


def test_alias_of_a_private_page_is_not_served(client, home, topic, article):
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.PASSWORD, password="x")
    alias = article.create_alias(parent=home, update_slug="hyra-alias")
    response = client.get(_url(alias, "sv"))
    assert b'name="password"' in response.content


def test_public_page_next_to_a_private_one_is_served(client, home, topic, article, standard_page):
    PageViewRestriction.objects.create(page=standard_page, restriction_type=PageViewRestriction.PASSWORD,
                                       password="x")
    response = client.get(_url(article, "sv"))
    assert b'name="password"' not in response.content
    assert "Hyra lägenhet" in response.content.decode()


def test_footer_leaves_out_private_standard_pages(client, home, article, standard_page):
    private = make_page(home, StandardPage, title={"sv": "Internt"}, slug={"sv": "internt"}, show_in_menus=True,
                        body={"sv": [("paragraph", "<p>Bara för personal.</p>")]})
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    html = client.get(_url(article, "sv")).content.decode()
    assert '<a href="/sv/om/">Om webbplatsen</a>' in html
    assert "Internt" not in html


def test_footer_links_in_the_readers_language_with_fallback(client, article, standard_page):
    html = client.get(_url(article, "fa")).content.decode()
    # no Persian title or slug: the Swedish ones, under the Persian prefix
    assert '<a href="/fa/om/">Om webbplatsen</a>' in html


def test_site_change_is_seen_by_the_next_request(client, article):
    assert client.get(_url(article, "sv")).status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.is_default_site = False
    site.hostname = "elsewhere.example"
    site.save()
    assert client.get(_url(article, "sv")).status_code == 404


def test_alias_of_an_alias_of_a_private_page_is_not_served(client, home, topic, article):
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.PASSWORD, password="x")
    alias = article.create_alias(parent=home, update_slug="hyra-alias")
    other = make_page(home, TopicPage, focus_area=FocusArea.WORK, title={"sv": "Arbete"}, slug={"sv": "arbete"},
                      intro={"sv": "Om arbete."})
    alias_of_alias = alias.create_alias(parent=other, update_slug="hyra-alias-2")
    assert alias_of_alias.alias_of_id == alias.pk
    response = client.get(_url(alias_of_alias, "sv"))
    assert b'name="password"' in response.content


def test_view_restrictions_match_wagtails_rule(home, topic, article):
    from wagtail.models import Page

    restriction = PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.PASSWORD,
                                                     password="x")
    alias = article.create_alias(parent=home, update_slug="hyra-alias")
    for page in (article, alias, topic, home):
        page = page.specific
        assert set(page.get_view_restrictions()) == set(Page.get_view_restrictions(page))
    assert list(article.specific.get_view_restrictions()) == [restriction]
