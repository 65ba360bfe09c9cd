"""Public pages say honestly what the reader's translation is: machine-made, outdated, or nothing (Swedish)."""

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from translations import services
from translations.models import Status


def _render(obj, code):
    request = RequestFactory().get(f"/{code}/")
    with translation.override(code):
        return Template('{% include "components/translation_status.html" with object=obj %}').render(
            Context({"obj": obj, "request": request})
        ).strip()


def test_machine_translation_notice_in_the_page_language(page):
    html = _render(page, "ar")
    assert html.startswith('<p class="notice translation-status">')
    assert html.count("<p") == 1
    assert "Machine translation" in _render(page, "en")
    assert "<time datetime=" in html


def test_outdated_translation_links_to_the_swedish_version(page):
    page.intro_sv = "Välkommen hit. Den svenska texten är ny."
    page.save_revision().publish()
    page.refresh_from_db()
    html = _render(page, "en")
    assert "The Swedish version of this text is newer." in html
    with translation.override("sv"):
        assert f'href="{page.get_url()}" hreflang="sv"' in html


def test_reviewed_translation_shows_only_last_updated(page, staff):
    services.set_status(staff, page, "en", Status.REVIEWED)
    html = _render(page, "en")
    assert "Machine translation" not in html and "newer" not in html
    assert "Updated" in html


def test_nothing_for_swedish_or_untranslated(page):
    assert _render(page, "sv") == ""
    page.title_so = ""
    page.save_revision().publish()
    page.refresh_from_db()
    assert _render(page, "so") == ""


def test_listing_notice(organization):
    html = _render(organization, "ar")
    assert html.startswith('<p class="notice translation-status">') and "<time" in html
    assert _render(organization, "fa") == ""


def test_a_review_shows_at_once_though_the_states_are_cached(page, staff):
    assert "Machine translation" in _render(page, "en")  # the states are cached now
    services.set_status(staff, page, "en", Status.REVIEWED)
    assert "Machine translation" not in _render(page, "en")


def test_an_edited_translation_is_machine_again_at_once_though_the_states_are_cached(page, staff):
    services.set_status(staff, page, "en", Status.REVIEWED)
    assert "Machine translation" not in _render(page, "en")  # the reviewed states are cached now
    page.intro_en = "Welcome. This English text was changed without a review."
    page.save_revision().publish()  # the states are rewritten in bulk, without signals
    page.refresh_from_db()
    assert "Machine translation" in _render(page, "en")
