"""load_demo's pages: everything the content files describe, loaded twice without duplicates."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Revision

from kernel import languages
from kernel.focus_areas import FocusArea
from pages import demo
from pages.models import ArticlePage, MeetingPlacePage, StandardPage, TopicPage


def test_loads_every_topic_and_article_of_the_content_files(db):
    tree = demo.read()
    demo.load()
    topics = [folder for folder in tree.children if folder.type == "topic"]
    assert sorted(TopicPage.objects.values_list("focus_area", flat=True)) == sorted(
        folder.settings["focus_area"] for folder in topics)
    assert ArticlePage.objects.live().count() == sum(len(folder.children) for folder in topics)


def test_topic_pages_carry_the_texts_of_their_files(db):
    tree = demo.read()
    demo.load()
    for folder in (f for f in tree.children if f.type == "topic"):
        page = TopicPage.objects.get(focus_area=FocusArea(folder.settings["focus_area"]))
        for code, text in folder.texts.items():
            assert getattr(page, languages.field_name("title", code)) == text.title
            assert getattr(page, languages.field_name("slug", code)) == text.slug


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


def test_meeting_places_and_standard_pages_come_only_from_their_files(db):
    tree = demo.read()
    demo.load()
    places = [f for f in tree.children if f.type == "meeting_place"]
    standard = [f for f in tree.children if f.type == "standard"]
    assert sorted(MeetingPlacePage.objects.values_list("title_sv", flat=True)) == sorted(
        p.source.title for p in places)
    assert StandardPage.objects.filter(show_in_menus=True).count() == len(standard)
    for page in MeetingPlacePage.objects.all():
        folder = next(p for p in places if p.source.title == page.title_sv)
        assert page.address == folder.settings.get("address", "")  # nothing invented: unknown stays empty
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
