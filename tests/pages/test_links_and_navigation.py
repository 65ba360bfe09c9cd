"""Page URLs worked out from the stored paths are Wagtail's own; what a fresh render keeps across a purge
of the page tree (the navigation, "is anything private", translation states) is dropped when it changes."""

import pytest
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from kernel import cache as page_cache
from kernel import languages
from pages import cache as pages_cache
from pages import generations
from pages.links import page_url, page_urls
from pages.models import ArticlePage, StandardPage

from .conftest import SV_BODY, make_page


def _wagtail_url(page, code):
    with translation.override(code):
        return page.get_url()


@pytest.fixture
def tree(home, topic, article, standard_page):
    arabic = make_page(topic, ArticlePage, title={"sv": "Arabisk sökväg", "ar": "مسار عربي"},
                       slug={"sv": "arabisk-sokvag", "ar": "مسار-عربي"}, body={"sv": SV_BODY})
    return [home, topic, article, standard_page, arabic]


def test_every_page_in_every_language_has_wagtails_url(tree):
    for page in Page.objects.live().specific():
        for code in languages.CODES:
            assert page_url(page, code) == _wagtail_url(page, code), (page, code)


def test_a_path_outside_ascii_is_quoted_as_wagtail_quotes_it(tree):
    arabic = tree[-1]
    url = page_url(arabic, "ar")
    assert "%D9%85" in url and url == _wagtail_url(arabic, "ar")


def test_a_page_link_loaded_with_only_its_link_fields_has_the_same_urls(tree):
    from pages.models import link_fields

    article = tree[2]
    light = Page.objects.only(*link_fields()).get(pk=article.pk)
    assert page_urls(light) == page_urls(article)


def test_several_sites_are_left_to_wagtail(tree, home):
    Site.objects.create(hostname="other.example", port=80, root_page=home)
    article = tree[2]
    for code in ("sv", "fa", "ar"):
        assert page_url(article, code) == _wagtail_url(article, code)


def test_a_renamed_home_page_changes_every_url(tree, home):
    article = tree[2]
    before = page_url(article, "sv")
    home.slug_sv = "hem-ny"
    home.slug = "hem-ny"
    home.save_revision().publish()
    article.refresh_from_db()
    assert page_url(article, "sv") == _wagtail_url(article, "sv")
    assert page_url(article, "sv") == before  # the site root's own slug is not part of its pages' URLs
    assert pages_cache.changes_navigation(home)


def test_the_language_switcher_links_are_wagtails(client, tree):
    article = tree[2]
    html = client.get(_wagtail_url(article, "fa")).content.decode()
    for code in languages.CODES:
        assert f'href="{_wagtail_url(article, code)}" hreflang="{code}"' in html


# --- the navigation generation ---------------------------------------------------------------------

def _footer(client):
    return client.get("/sv/").content.decode()


def test_footer_links_follow_a_standard_page_published_after_a_purge(client, home, standard_page):
    assert '<li><a href="/sv/om/">Om webbplatsen</a></li>' in _footer(client)
    standard_page.title_sv = "Om webbplatsen, nytt namn"
    standard_page.save_revision().publish()
    assert "Om webbplatsen, nytt namn" in _footer(client)


LINK = '<li><a href="/sv/om/">'


def test_footer_drops_a_page_taken_out_of_menus(client, home, standard_page):
    assert LINK in _footer(client)
    standard_page.show_in_menus = False
    standard_page.save_revision().publish()
    assert LINK not in _footer(client)


def test_footer_drops_a_page_made_private(client, home, standard_page):
    assert LINK in _footer(client)
    PageViewRestriction.objects.create(page=standard_page, restriction_type=PageViewRestriction.PASSWORD,
                                       password="x")
    assert LINK not in _footer(client)


def test_footer_follows_a_renamed_section_above_a_menu_page(client, home, topic, standard_page):
    inner = make_page(topic, StandardPage, title={"sv": "Inre sida"}, slug={"sv": "inre"}, body={"sv": SV_BODY},
                      show_in_menus=True)
    assert "/sv/bostad/inre/" in _footer(client)
    assert pages_cache.changes_navigation(topic)
    topic.slug_sv = "boende"
    topic.save_revision().publish()
    inner.refresh_from_db()
    assert "/sv/boende/inre/" in _footer(client)


def test_an_article_publish_keeps_the_navigation(home, topic, article, standard_page):
    assert not pages_cache.changes_navigation(article)
    before = page_cache.generation(generations.NAVIGATION)
    article.title_sv = "Hyra lägenhet i Västerås"
    article.save_revision().publish()
    assert page_cache.generation(generations.NAVIGATION) == before


# --- view restrictions -----------------------------------------------------------------------------

def test_no_restriction_anywhere_is_known_without_a_query(article, django_assert_num_queries):
    assert not generations.any_view_restrictions()
    with django_assert_num_queries(0):
        assert list(article.get_view_restrictions()) == []


def test_a_new_restriction_is_seen_at_once_and_the_cached_page_dropped(client, topic, article):
    url = _wagtail_url(article, "sv")
    assert b"Hyra" in client.get(url).content  # cached now
    assert not generations.any_view_restrictions()
    PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert generations.any_view_restrictions()
    response = client.get(url)
    assert b'name="password"' in response.content


def test_a_removed_restriction_is_seen_at_once(client, topic, article):
    restriction = PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.PASSWORD,
                                                     password="x")
    url = _wagtail_url(article, "sv")
    assert b'name="password"' in client.get(url).content
    restriction.delete()
    assert not generations.any_view_restrictions()
    assert b'name="password"' not in client.get(url).content


# --- the breadcrumb found with the route -----------------------------------------------------------

def test_breadcrumb_parent_comes_with_the_route(client, topic, article):
    url = _wagtail_url(article, "fa")
    html = client.get(url).content.decode()
    assert f'<p class="breadcrumb"><a href="{_wagtail_url(topic, "fa")}">' in html


def test_breadcrumb_without_a_parent_path_in_the_language_is_still_right(client, home, topic):
    # the topic has no Persian slug of its own: its Persian path follows Swedish's, and so does the link
    child = make_page(topic, ArticlePage, title={"sv": "Barn", "fa": "کودک"}, slug={"sv": "barn", "fa": "kodak"},
                      body={"sv": SV_BODY})
    html = client.get(_wagtail_url(child, "fa")).content.decode()
    assert f'<p class="breadcrumb"><a href="{_wagtail_url(topic, "fa")}">' in html
