"""A page missing in the reader's language: fallback text, a notice, and a URL that works in all 13."""

import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from kernel import languages
from pages.models import ArticlePage

from .conftest import SV_BODY, make_page

NOTICE = 'class="notice" role="note"'


def _url(page, code):
    with translation.override(code):
        return page.get_url()


@pytest.mark.parametrize("code", languages.CODES)
def test_untranslated_page_url_works_in_every_language(client, article, code):
    url = _url(article, code)
    assert url.startswith(f"/{code}/")
    response = client.get(url)
    assert response.status_code == 200
    assert f'<html lang="{code}"' in response.content.decode()


@pytest.mark.parametrize("code", languages.CODES)
def test_pageurl_tag_gives_the_same_url(article, code):
    request = RequestFactory().get(f"/{code}/")
    with translation.override(code):
        rendered = Template("{% load wagtailcore_tags %}{% pageurl page %}").render(
            Context({"page": article, "request": request}))
    assert rendered == _url(article, code)


@pytest.mark.parametrize("code", languages.CODES)
def test_fallback_text_and_notice_in_every_language(client, article, code):
    html = client.get(_url(article, code)).content.decode()
    shown = article.content_language(code)
    if code in ("sv", "fa"):
        assert NOTICE not in html
        assert shown == code
        return
    assert NOTICE in html
    # prs falls back to Persian first (fa, sv), the others to Swedish
    assert shown == ("fa" if code == "prs" else "sv")
    if shown == "fa":
        assert "متن فارسی." in html and '<article lang="fa" dir="rtl">' in html
    else:
        assert "Text på svenska." in html and '<article lang="sv" dir="ltr">' in html
    notice = html[html.index(NOTICE):html.index("</div>", html.index(NOTICE))]
    linked = set(re.findall(r'hreflang="([^"]+)"', notice))
    assert linked == {"sv", "fa"}
    assert f'href="{_url(article, "fa")}"' in notice


def test_notice_is_in_the_requested_language(client, article):
    with translation.override("en"):
        expected = translation.gettext("This page is available in:")
    html = client.get(_url(article, "en")).content.decode()
    assert expected in html


def test_empty_looking_translation_counts_as_missing(client, topic):
    page = make_page(
        topic, ArticlePage, title={"sv": "Skola", "ar": "المدرسة"}, slug={"sv": "skola"},
        body={"sv": SV_BODY, "ar": [("paragraph", '<p data-block-key="x"></p>')]},
    )
    assert page.available_languages() == ["sv"]
    assert page.content_language("ar") == "sv"
    html = client.get(_url(page, "ar")).content.decode()
    assert NOTICE in html and "Text på svenska." in html


def test_blocks_without_text_count_as_missing(topic):
    page = make_page(
        topic, ArticlePage, title={"sv": "Skola", "so": "Dugsi"}, slug={"sv": "skola3"},
        body={"sv": SV_BODY, "so": [("callout", {"tone": "info", "text": " "}), ("bullets", ["", " "]),
                                    ("heading", "&nbsp;")]},
    )
    assert page.available_languages() == ["sv"]


def test_title_without_body_is_not_available(topic):
    page = make_page(topic, ArticlePage, title={"sv": "Skola", "en": "School"}, slug={"sv": "skola2"},
                     body={"sv": SV_BODY})
    assert "en" not in page.available_languages()
    assert page.text_in("en").title == "Skola"  # the whole page falls back, not field by field


def test_hreflang_lists_only_real_languages(client, article):
    html = client.get(_url(article, "en")).content.decode()
    hreflangs = set(re.findall(r'<link rel="alternate" hreflang="([^"]+)"', html))
    assert hreflangs == {"sv", "fa", "x-default"}


def test_slug_of_an_untranslated_language_follows_its_fallback_chain(article):
    assert article.slug_prs == "ejare"  # prs → fa
    assert article.slug_ps == "hyra-lagenhet"  # ps → sv
    assert _url(article, "prs") == "/prs/bostad/ejare/"


def test_clearing_a_slug_later_keeps_the_url_working(client, article):
    article.slug_fa = "ejare-ny"
    article.slug_prs = None
    article.save_revision().publish()
    article.refresh_from_db()
    for code in ("fa", "prs", "tr"):
        assert client.get(_url(article, code)).status_code == 200, code
