"""LIX readability matches hand-computed values and the usual bands."""

import pytest
from django.utils import translation

from translations.lix import lix


def test_short_swedish_sentences():
    # 9 words, 2 sentences, 1 long word (Västerås): 9/2 + 100*1/9 = 15.61
    result = lix("Jag bor i Västerås. Det är en fin stad.")
    assert (result.words, result.sentences, result.long_words) == (9, 2, 1)
    assert result.score == pytest.approx(15.61, abs=0.01)
    assert _en(result.band) == "very easy"


def test_long_words_in_one_sentence():
    # 6 words, 1 sentence, 4 long words (Försäkringskassan, betalar, föräldrapenning, nyanlända):
    # 6/1 + 100*4/6 = 72.67
    result = lix("Försäkringskassan betalar ut föräldrapenning till nyanlända.")
    assert (result.words, result.sentences, result.long_words) == (6, 1, 4)
    assert result.score == pytest.approx(72.67, abs=0.01)
    assert _en(result.band) == "very difficult"


def test_a_trailing_sentence_without_full_stop_counts():
    # "Hej hej. Välkommen hit" = 4 words, 2 sentences, 1 long word: 2 + 25 = 27
    assert lix("Hej hej. Välkommen hit").score == pytest.approx(27.0)


def test_bands_boundaries():
    from translations.lix import Lix

    def band(score):
        return _en(Lix(score, 1, 1, 0).band)

    assert [band(s) for s in (29.9, 30, 39.9, 40, 50, 60, 60.1)] == [
        "very easy", "easy", "easy", "medium", "difficult", "very difficult", "very difficult"]


def test_text_without_words_has_no_score():
    assert lix("112 – 1177.") is None


def _en(text):
    with translation.override("en"):
        return str(text)


def test_page_editor_shows_lix_of_the_swedish_text(client, article, staff):
    from django.urls import reverse

    from translations import content

    client.force_login(staff)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    expected = lix(content.object_plain_text(article, "sv"))
    shown = [str(m) for m in response.context["messages"]]
    assert any(f"Svenska: LIX {expected.score:.0f}" in m for m in shown), shown
