"""Queries compiled once give the same instances as the querysets they were compiled from."""

import pytest
from django.db import connection
from django.db.models import QuerySet
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from pages import prepared
from pages.models import ArticlePage, HomePage, MeetingPlacePage, StandardPage, TopicPage, link_fields

from .conftest import SV_BODY, make_page


def _values(page):
    return {f.attname: getattr(page, f.attname) for f in type(page)._meta.concrete_fields}


@pytest.fixture
def pages(home, topic, article, standard_page):
    place = make_page(home, MeetingPlacePage, title={"sv": "Bäckbyhuset", "ar": "بيت بيكبي"},
                      slug={"sv": "backbyhuset"}, body={"sv": SV_BODY, "ar": [("paragraph", "<p>نص.</p>")]})
    return [home, topic, article, standard_page, place]


def test_every_page_type_comes_back_field_for_field(pages):
    for page in pages:
        model = type(page)
        expected = model._default_manager.get(pk=page.pk)
        loaded = prepared.get_by_pk(model, page.pk)
        assert type(loaded) is model
        assert _values(loaded) == _values(expected), model.__name__
        assert not loaded._state.adding and loaded._state.db == "default"
    assert {type(p) for p in pages} == {HomePage, TopicPage, ArticlePage, StandardPage, MeetingPlacePage}


def test_stream_field_and_dates_are_converted(pages):
    article = pages[2]
    loaded = prepared.get_by_pk(ArticlePage, article.pk)
    assert [block.block_type for block in loaded.body_sv] == ["heading", "paragraph"]
    assert loaded.first_published_at == ArticlePage.objects.get(pk=article.pk).first_published_at


def test_each_call_runs_one_query_with_its_own_id(pages):
    prepared.get_by_pk(ArticlePage, pages[2].pk)
    with CaptureQueriesContext(connection) as queries:
        assert prepared.get_by_pk(TopicPage, pages[1].pk).pk == pages[1].pk
        assert prepared.get_by_pk(TopicPage, pages[1].pk).title_sv == "Bostad"
    assert len(queries) == 2


def test_a_missing_page_raises_does_not_exist(db):
    with pytest.raises(ArticlePage.DoesNotExist):
        prepared.get_by_pk(ArticlePage, 987654)


def test_only_and_in_with_placeholders(pages):
    topic, article = pages[1], pages[2]
    placeholders = ["\x00a", "\x00b"]

    def build():
        return QuerySet(Page).filter(url_path_sv__in=placeholders).only("content_type", *link_fields())

    found = prepared.fetch("test-only", build, placeholders, [topic.url_path_sv, article.url_path_sv])
    expected = list(QuerySet(Page).filter(url_path_sv__in=[topic.url_path_sv, article.url_path_sv])
                    .only("content_type", *link_fields()))
    assert sorted(p.pk for p in found) == sorted(p.pk for p in expected) == sorted([topic.pk, article.pk])
    for page in found:
        assert page.get_deferred_fields() == expected[0].get_deferred_fields()
        assert page.title_sv == Page.objects.get(pk=page.pk).title_sv


def test_a_query_with_other_parameters_is_refused(db):
    with pytest.raises(ValueError):
        prepared.fetch("test-refused", lambda: QuerySet(Page).filter(pk=1, depth=2), [1], [1])
