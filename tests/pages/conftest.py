"""Factories for samhällsinformation pages: small pages with text in the languages a test names."""

import itertools

import pytest
from django.utils import translation

from kernel import languages
from kernel.focus_areas import FocusArea
from pages.models import ArticlePage, MeetingPlacePage, StandardPage, TopicPage

_counter = itertools.count(1)


def _fill(page, field, values):
    for code, value in (values or {}).items():
        setattr(page, languages.field_name(field, code), value)


def make_page(parent, model, *, title, slug=None, body=None, intro=None, publish=True, **fields):
    """``title``/``slug``/``intro``/``body`` are ``{language: value}``; ``body`` values are block lists."""
    n = next(_counter)
    slug = slug or {"sv": f"sida-{n}"}
    with translation.override(languages.DEFAULT):
        page = model(title=title["sv"], slug=slug["sv"], **fields)
        _fill(page, "title", title)
        _fill(page, "slug", slug)
        _fill(page, "intro", intro)
        _fill(page, "body", body)
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        else:
            page.unpublish() if page.live else None
        page.refresh_from_db()
    return page


SV_BODY = [("heading", "Rubrik"), ("paragraph", "<p>Text på svenska.</p>")]


@pytest.fixture
def topic(home):
    return make_page(
        home, TopicPage, focus_area=FocusArea.HOUSING,
        title={"sv": "Bostad", "en": "Housing", "ar": "السكن"},
        slug={"sv": "bostad", "en": "housing", "ar": "alsakan"},
        intro={"sv": "Om att hitta bostad.", "en": "About finding a home.", "ar": "عن إيجاد السكن."},
    )


@pytest.fixture
def article(topic):
    """An article in Swedish and Persian only."""
    return make_page(
        topic, ArticlePage,
        title={"sv": "Hyra lägenhet", "fa": "اجاره آپارتمان"},
        slug={"sv": "hyra-lagenhet", "fa": "ejare"},
        intro={"sv": "Så hyr du en lägenhet.", "fa": "چگونه آپارتمان اجاره کنید."},
        body={"sv": SV_BODY, "fa": [("paragraph", "<p>متن فارسی.</p>")]},
    )


@pytest.fixture
def meeting_place(home):
    return make_page(
        home, MeetingPlacePage, title={"sv": "Bäckbyhuset"}, slug={"sv": "backbyhuset"},
        body={"sv": [("paragraph", "<p>En mötesplats.</p>")]},
    )


@pytest.fixture
def standard_page(home):
    return make_page(
        home, StandardPage, title={"sv": "Om webbplatsen", "en": "About this site"},
        slug={"sv": "om", "en": "about"}, show_in_menus=True,
        body={"sv": [("paragraph", "<p>Om oss.</p>")], "en": [("paragraph", "<p>About us.</p>")]},
    )
