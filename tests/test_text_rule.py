"""The one text rule (``kernel.text``): what counts as text in a language, and what a reader sees after
fallback; the page model, the translation dashboard and the API agree on it."""

import pytest
from wagtail.rich_text import RichText

from kernel import text
from pages.blocks import BodyBlock


@pytest.mark.parametrize("value", [
    "2025", "112", "Hej", "مرحبا", "ሰላም", "<p>2025</p>", "<p>Hej <b>då</b></p>", "&#1605;",
])
def test_letters_and_digits_of_any_script_are_text(value):
    assert text.has_text(value)


@pytest.mark.parametrize("value", [
    None, "", "   ", "\u00a0\u00a0", "\u2003\n\t", "<p></p>", '<p data-block-key="a1b2c"></p>', "<p>&nbsp;</p>",
    "<br/><p> </p>", "…", "-", "&nbsp;", "_", "\u200c\u200b", [], {}, 0, True,
])
def test_markup_whitespace_and_punctuation_are_not_text(value):
    assert not text.has_text(value)


def test_rich_text_with_only_markup_is_not_text():
    assert not text.has_text(RichText('<p data-block-key="x"></p>'))
    assert text.has_text(RichText("<p>Ring 1177</p>"))


def _stream(*blocks):
    return BodyBlock().to_python([{"type": kind, "value": value, "id": f"id-{i}"}
                                  for i, (kind, value) in enumerate(blocks)])


def test_block_ids_and_choices_are_not_text():
    assert not text.has_text(_stream(("callout", {"tone": "warning", "text": ""})))
    assert not text.has_text(_stream(("paragraph", '<p data-block-key="k"></p>'), ("heading", " ")))
    assert text.has_text(_stream(("callout", {"tone": "info", "text": "Ta med legitimation."})))
    assert text.plain_text(_stream(("callout", {"tone": "emergency", "text": "Ring 112."}))) == "Ring 112."


class _Translated:
    """An object with one translated field, ``intro``, as modeltranslation stores it."""

    def __init__(self, **values):
        from kernel import languages

        for lang in languages.TABLE:
            setattr(self, f"intro_{lang.field_suffix}", values.get(lang.code))
        self.name = values.get("name")


def test_the_reader_sees_the_first_language_of_the_chain_with_text():
    obj = _Translated(sv="Svensk text.", fa="متن فارسی", prs="<p> </p>")
    assert text.shown_text(obj, "intro", "prs") == ("متن فارسی", "fa")  # Dari falls back to Persian
    assert text.shown_text(obj, "intro", "ar") == ("Svensk text.", "sv")
    assert text.shown_text(obj, "intro", "sv") == ("Svensk text.", "sv")


def test_digits_alone_are_the_readers_own_text():
    assert text.shown_text(_Translated(sv="Svensk text.", ar="2025"), "intro", "ar") == ("2025", "ar")


def test_no_text_in_any_language():
    assert text.shown(_Translated(sv="<p></p>"), "intro", "en") == (None, "")


def test_a_field_that_is_not_translated_is_in_the_default_language():
    assert text.shown_text(_Translated(name="Bäckbyhuset"), "name", "ar") == ("Bäckbyhuset", "sv")


@pytest.mark.django_db
def test_page_dashboard_and_api_agree_on_digits_only_and_empty_markup(home):
    from directory.api.text import translated
    from pages.models import TopicPage
    from translations import content

    from .directory.factories import OrganizationFactory
    from .pages.conftest import make_page

    page = make_page(home, TopicPage, focus_area="work", title={"sv": "Arbete", "ar": "العمل", "so": "Shaqo"},
                     intro={"sv": "Om att söka jobb.", "ar": "2025", "so": '<p data-block-key="q"></p>'})
    assert page.exists_in("ar") and not content.is_empty(page, "intro", "ar")
    assert not page.exists_in("so") and content.is_empty(page, "intro", "so")

    org = OrganizationFactory(description_sv="Svensk beskrivning.", description_ar="<p></p>",
                              description_en="\u00a0")
    assert translated(org, "description", "ar") == "Svensk beskrivning."
    assert translated(org, "description", "en") == "Svensk beskrivning."
