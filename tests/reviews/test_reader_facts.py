"""Readers see when the facts were checked and which sources they rest on; after the review date they are
told, in their language, that the page is due for review."""

import datetime

import pytest
from django.utils import timezone

from .conftest import make_article


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: datetime.date(2026, 12, 5))


def _get(client, page, code):
    from django.utils import translation

    with translation.override(code):
        url = page.get_url()
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_facts_checked_date_and_sources_are_shown(client, topic, today):
    page = make_article(topic, review_by=datetime.date(2027, 6, 5), facts_checked=datetime.date(2026, 12, 5))
    html = _get(client, page, "sv")
    assert "Fakta kontrollerade" in html
    assert '<time datetime="2026-12-05">' in html
    assert 'href="https://www.forsakringskassan.se/"' in html
    assert "Försäkringskassan" in html
    assert "kontrollerats igen senast" not in html  # not overdue


def test_overdue_page_tells_the_reader_in_their_language(client, topic, today):
    page = make_article(topic, review_by=datetime.date(2026, 12, 1))
    html = _get(client, page, "ar")
    assert "كان يجب التحقق من هذه الصفحة مرة أخرى" in html
    assert "المصادر" in html


def test_page_without_facts_shows_no_facts_section(client, topic, today):
    page = make_article(topic, review_by=None, facts_checked=None, sources=[])
    html = _get(client, page, "sv")
    assert 'class="facts"' not in html


def test_review_date_before_the_check_date_is_rejected(topic):
    from django.core.exceptions import ValidationError

    page = make_article(topic, review_by=datetime.date(2027, 6, 5))
    page.review_by = datetime.date(2026, 1, 1)
    with pytest.raises(ValidationError) as info:
        page.full_clean()
    assert "review_by" in info.value.message_dict
