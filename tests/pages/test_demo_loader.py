"""load_demo's pages: everything the demo content modules describe, loaded twice without duplicates."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Revision

from kernel import languages
from kernel.focus_areas import FocusArea
from pages import demo, demo_content
from pages.models import ArticlePage, MeetingPlacePage, StandardPage, TopicPage


def _present(name):
    return demo._module(name) is not None


def test_loads_every_topic_module_that_exists_and_skips_the_rest(db):
    demo.load()
    present = [name for name in demo_content.TOPIC_MODULES if _present(name)]
    assert sorted(TopicPage.objects.values_list("focus_area", flat=True)) == sorted(present)
    expected_articles = sum(len(demo._module(name).TOPIC["articles"]) for name in present)
    assert ArticlePage.objects.live().count() == expected_articles


def test_topic_pages_carry_the_texts_of_their_module(db):
    demo.load()
    for name in demo_content.TOPIC_MODULES:
        if not _present(name):
            continue
        data = demo._module(name).TOPIC
        page = TopicPage.objects.get(focus_area=FocusArea(name))
        for code in languages.CODES:
            assert getattr(page, languages.field_name("title", code)) == data["title"][code]
            assert getattr(page, languages.field_name("slug", code)) == data["slug"][code]


def test_running_twice_updates_in_place(db):
    demo.load()
    pages = sorted(Page.objects.values_list("id", "url_path"))
    revisions = Revision.objects.count()
    demo.load()
    assert sorted(Page.objects.values_list("id", "url_path")) == pages
    assert Revision.objects.count() == revisions  # nothing changed, so nothing was re-published


def test_a_changed_text_is_restored_on_the_next_run(db):
    demo.load()
    article = ArticlePage.objects.first()
    if article is None:
        pytest.skip("no topic module with articles exists yet")
    original = article.title_sv
    article.title_sv = "Ändrad"
    article.save_revision().publish()
    demo.load()
    article.refresh_from_db()
    assert article.title_sv == original


def test_meeting_places_and_standard_pages_come_only_from_their_modules(db):
    demo.load()
    places = demo._optional("meeting_places", "MEETING_PLACES")
    standard = demo._optional("standard", "STANDARD_PAGES")
    assert sorted(MeetingPlacePage.objects.values_list("title_sv", flat=True)) == sorted(
        p["title"]["sv"] for p in places)
    assert StandardPage.objects.filter(show_in_menus=True).count() == len(standard)
    for page in MeetingPlacePage.objects.all():
        entry = next(p for p in places if p["title"]["sv"] == page.title_sv)
        assert page.address == entry.get("address", "")  # nothing invented: unknown stays empty
        assert not page.activities.exists()


def test_editor_groups_exist_after_loading(db):
    demo.load()
    assert Group.objects.filter(name=demo.MODERATORS).exists()
    for place in MeetingPlacePage.objects.all():
        assert Group.objects.filter(name=demo.editor_group_name(place)).exists()


def test_every_demo_page_answers_in_every_language(client, db):
    demo.load()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        for code in ("sv", "ar", "ti", "prs"):
            from django.utils import translation

            with translation.override(code):
                url = page.get_url()
            assert client.get(url).status_code == 200, url
