"""Documents built from the portal's pages and the directory's actors: one per object per language."""

import pytest

from directory.models import Category
from kernel import languages
from kernel.text import plain_text
from pages.models import ArticlePage, TopicPage
from search.indexing import all_documents
from search.registry import get as get_source

from ..directory.factories import OrganizationFactory, ServiceFactory, category
from ..pages.conftest import SV_BODY, article, make_page, meeting_place, topic  # noqa: F401

pytestmark = pytest.mark.django_db


def by_language(docs):
    return {d.language: d for d in docs}


def test_a_page_has_a_document_in_every_language_with_fallback_text(topic):  # noqa: F811
    docs = by_language(get_source("page").documents(topic.specific))
    assert set(docs) == set(languages.CODES)
    assert docs["ar"].title == "السكن" and docs["ar"].translated
    assert "عن إيجاد السكن" in docs["ar"].body
    # untranslated: the Swedish text, as the page shows it, marked as coming from Swedish
    assert docs["so"].title == "Bostad" and docs["so"].title_language == "sv" and not docs["so"].translated
    assert docs["sv"].focus_areas == ("housing",)
    assert docs["sv"].categories == ("topicpage",)
    assert docs["en"].url.startswith("/en/")


def test_article_inherits_the_focus_area_and_indexes_stream_text(article):  # noqa: F811
    docs = by_language(get_source("page").documents(article.specific))
    assert docs["sv"].focus_areas == ("housing",)
    assert "Text på svenska." in docs["sv"].body and "Rubrik" in docs["sv"].body
    assert "<p>" not in docs["sv"].body
    assert docs["prs"].title == "اجاره آپارتمان"  # Dari falls back to Persian first
    assert docs["prs"].title_language == "fa"


def test_empty_looking_translation_is_not_indexed_as_text(topic):  # noqa: F811
    page = make_page(topic, ArticlePage, title={"sv": "Flytta", "en": "Moving"}, slug={"sv": "flytta"},
                     body={"sv": SV_BODY, "en": [("paragraph", '<p data-block-key="x"></p>')]})
    docs = by_language(get_source("page").documents(page.specific))
    # the English page has no body of its own, so the page (and its document) is shown in Swedish
    assert docs["en"].title_language == "sv"
    assert "Text på svenska." in docs["en"].body


def test_meeting_place_swedish_name_is_a_proper_name(meeting_place):  # noqa: F811
    docs = by_language(get_source("page").documents(meeting_place.specific))
    assert docs["ar"].names == ("Bäckbyhuset",)


def test_only_live_public_pages_are_indexed(home):
    draft = make_page(home, TopicPage, focus_area="work", title={"sv": "Arbete"}, slug={"sv": "arbete"},
                      intro={"sv": "Om arbete."}, publish=False)
    source = get_source("page")
    assert source.get(draft.pk) is None
    assert source.get(home.pk) is None  # the home page is not a search result
    assert all(d.object_id != str(draft.pk) for d in all_documents())


def test_organization_documents(db):
    org = OrganizationFactory(name="Försäkringskassan", slug="forsakringskassan", description="Bidrag.",
                              description_ar="الإعانات.", alternate_names=["FK"],
                              category=category(Category.AGENCY), focus=["parenting"], speaks=["ar"])
    ServiceFactory(organization=org, name="Föräldrapenning", name_en="Parental benefit").languages.set(
        [org.languages.get(code="ar")])
    docs = by_language(get_source("organization").documents(org))
    assert set(docs) == set(languages.CODES)
    assert docs["ar"].title == "Försäkringskassan"
    assert docs["ar"].names == ("Försäkringskassan", "FK")
    assert "الإعانات." in docs["ar"].body and "Föräldrapenning" in docs["ar"].body
    assert "Parental benefit" in docs["en"].body and "Bidrag." in docs["en"].body
    assert docs["sv"].categories == ("agency",)
    assert docs["sv"].focus_areas == ("parenting",)
    assert docs["sv"].languages_served == ("ar",)
    assert docs["sv"].url == "/sv/directory/forsakringskassan/"
    assert docs["ar"].url == "/ar/directory/forsakringskassan/"


def test_unpublished_organization_is_not_indexable(db):
    org = OrganizationFactory(is_published=False)
    assert get_source("organization").get(org.pk) is None


def test_plain_text_of_values():
    assert plain_text("<p>A &amp; <b>B</b></p>") == "A & B"
    assert plain_text(None) == "" and plain_text(5) == ""
    assert plain_text({"a": "<i>x</i>", "b": ["y", "z"]}) == "x y z"
