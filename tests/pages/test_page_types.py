"""Each page type renders in a left-to-right and a right-to-left language."""

import pytest
from django.utils import translation

from kernel.focus_areas import FocusArea
from pages.models import ArticlePage, MeetingPlacePage, StandardPage, TopicPage

from .conftest import make_page

BODY = {
    "sv": [("heading", "Svensk rubrik"), ("paragraph", "<p>Svensk text.</p>")],
    "ar": [("heading", "عنوان عربي"), ("paragraph", "<p>نص عربي.</p>")],
}
TITLE = {"sv": "Svensk titel", "ar": "عنوان الصفحة"}
DIRECTION = {"sv": "ltr", "ar": "rtl"}


def _get(client, page, code):
    with translation.override(code):
        url = page.get_url()
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def pages(home):
    topic = make_page(home, TopicPage, focus_area=FocusArea.WORK, title=TITLE, slug={"sv": "arbete"},
                      intro={"sv": "Svensk ingress.", "ar": "مقدمة عربية."}, body=BODY)
    return {
        "topic": topic,
        "article": make_page(topic, ArticlePage, title=TITLE, slug={"sv": "artikel"}, body=BODY),
        "meeting_place": make_page(home, MeetingPlacePage, title=TITLE, slug={"sv": "plats"}, body=BODY),
        "standard": make_page(home, StandardPage, title=TITLE, slug={"sv": "villkor"}, body=BODY),
    }


@pytest.mark.parametrize("code", ["sv", "ar"])
@pytest.mark.parametrize("kind", ["topic", "article", "meeting_place", "standard"])
def test_page_type_renders_in_its_language(client, pages, kind, code):
    html = _get(client, pages[kind], code)
    assert f'<html lang="{code}" dir="{DIRECTION[code]}">' in html
    assert f"<h1>{TITLE[code]}</h1>" in html
    assert f"<h2>{BODY[code][0][1]}</h2>" in html
    assert 'class="notice"' not in html
    assert f'src="/{code}/qr/{pages[kind].pk}.svg"' in html


@pytest.mark.parametrize("code", ["sv", "ar"])
def test_home_lists_topics_in_focus_area_order_and_meeting_places(client, home, code):
    for area in reversed(FocusArea):
        make_page(home, TopicPage, focus_area=area, title={"sv": area.label, "ar": f"{area.value}-ar"},
                  slug={"sv": area.value}, intro={"sv": "Ingress.", "ar": "مقدمة."})
    make_page(home, MeetingPlacePage, title={"sv": "Hjärtpunkt Skiljebo"}, slug={"sv": "hjartpunkt"},
              body={"sv": [("paragraph", "<p>Mötesplats.</p>")]})
    html = _get(client, home, code)
    titles = [a.label if code == "sv" else f"{a.value}-ar" for a in FocusArea]
    positions = [html.index(f">{t}</a>") for t in titles]
    assert positions == sorted(positions)
    assert "Hjärtpunkt Skiljebo" in html
    if code == "ar":  # the meeting place exists only in Swedish: marked as such in the listing
        assert '<li class="card" lang="sv" dir="ltr"><h3><a href="/ar/hjartpunkt/">' in html


def test_topic_lists_its_articles_and_includes_the_directory_actors(client, pages):
    html = _get(client, pages["topic"], "sv")
    assert f'href="{pages["article"].get_url()}"' in html
    assert "focus-actors" in html or "Organisations that can help" not in html


def test_topic_focus_area_is_unique(pages, home):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="focus_area"):
        make_page(home, TopicPage, focus_area=FocusArea.WORK, title={"sv": "Igen"}, slug={"sv": "igen"},
                  intro={"sv": "X."})


def test_draft_page_is_not_listed_or_served(client, pages):
    draft = make_page(pages["topic"], ArticlePage, title={"sv": "Utkast"}, slug={"sv": "utkast"},
                      body=BODY, publish=False)
    assert "Utkast" not in _get(client, pages["topic"], "sv")
    assert client.get("/sv/arbete/utkast/").status_code == 404
    assert not draft.live


def test_every_page_template_includes_the_translation_status(pages):
    from pathlib import Path

    from django.conf import settings

    for name in ("home_page", "topic_page", "article_page", "meeting_place_page", "standard_page"):
        template = Path(settings.BASE_DIR, "templates", "pages", f"{name}.html").read_text()
        assert 'include "pages/includes/page_start.html"' in template, name
    start = Path(settings.BASE_DIR, "templates", "pages", "includes", "page_start.html").read_text()
    assert '{% include "components/translation_status.html" with object=page %}' in start


def test_footer_links_to_standard_pages_shown_in_menus(client, pages, standard_page):
    html = _get(client, pages["article"], "en")
    assert '<a href="/en/about/">About this site</a>' in html
    assert "/en/villkor/" not in html  # not shown in menus
