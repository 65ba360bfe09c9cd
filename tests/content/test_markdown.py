"""The Markdown subset of page bodies: each block kind, its errors with line numbers, and the way back."""

import pytest

from contentfiles import markdown
from contentfiles.markdown import BodyError


def test_heading_paragraph_and_inline_formatting():
    blocks = markdown.parse("## Ring 1177\n\nRing **1177** eller läs *mer* på\n[1177](https://www.1177.se/).\n")
    assert blocks == [
        ("heading", "Ring 1177"),
        ("paragraph", '<p>Ring <b>1177</b> eller läs <i>mer</i> på <a href="https://www.1177.se/">1177</a>.</p>'),
    ]


def test_paragraph_text_is_not_html():
    assert markdown.parse("A < B & C") == [("paragraph", "<p>A &lt; B &amp; C</p>")]


def test_bullets_are_one_block_until_a_blank_line():
    assert markdown.parse("- a\n- b\n\n- c") == [("bullets", ["a", "b"]), ("bullets", ["c"])]


@pytest.mark.parametrize("tone", ["info", "warning", "emergency"])
def test_callout_of_each_tone(tone):
    assert markdown.parse(f"> [!{tone}]\n> Ring 112\n> vid fara.") == [
        ("callout", {"tone": tone, "text": "Ring 112 vid fara."})]


def test_phone_by_number_and_by_name():
    text = "> [!phone] 112\n> Larmnummer\n\n> [!phone] advice\n> Råd"
    assert markdown.parse(text, phones={"advice": "1177"}) == [
        ("phone", {"label": "Larmnummer", "number": "112"}),
        ("phone", {"label": "Råd", "number": "1177"}),
    ]


def test_link_with_and_without_description():
    text = "> [!link] https://www.1177.se/\n> 1177\n> Råd om vård.\n\n> [!link] https://www.112.se/\n> 112"
    assert markdown.parse(text) == [
        ("link", {"title": "1177", "url": "https://www.1177.se/", "description": "Råd om vård."}),
        ("link", {"title": "112", "url": "https://www.112.se/", "description": ""}),
    ]


@pytest.mark.parametrize(("text", "line", "words"), [
    ("## Rubrik\n\n# Titel", 3, "level-2"),
    ("## Rubrik\n\n### Under", 3, "level-2"),
    ("Text\n\n> [!phone] kontakt\n> Kontakt", 3, "not defined"),
    ("> [!note]\n> Text", 1, "unknown block marker"),
    ("> Bara citat", 1, "starts with a marker"),
    ("> [!link] javascript:alert(1)\n> X", 1, "https"),
    ("Se [här](javascript:alert(1)).", 1, "https:// or /"),
    ("En **halv fetstil.", 1, "unbalanced"),
    ("Text\n\n- a\nb", 4, "starts with '- '"),
    ("Text\n\n1. ett", 3, "not in the Markdown subset"),
    ("<b>Fet</b>", 1, "not in the Markdown subset"),
    ("> [!phone] 112\n> A\n> B", 1, "exactly one line"),
])
def test_errors_name_the_line(text, line, words):
    with pytest.raises(BodyError) as info:
        markdown.parse(text, first_line=1)
    assert info.value.line == line
    assert words in str(info.value)


def test_first_line_offsets_the_line_numbers():
    with pytest.raises(BodyError) as info:
        markdown.parse("Text\n\n### x", first_line=10)
    assert info.value.line == 12


def test_render_then_parse_gives_the_same_blocks():
    blocks = [
        ("heading", "Rubrik"),
        ("paragraph", '<p>Ring <b>112</b>, se <a href="/sv/feedback/">formuläret</a> och <i>läs</i>.</p>'),
        ("bullets", ["ett", "två"]),
        ("callout", {"tone": "warning", "text": "Akta dig."}),
        ("phone", {"label": "Larmnummer", "number": "112"}),
        ("link", {"title": "1177", "url": "https://www.1177.se/", "description": "Råd."}),
    ]
    names = {"112": "emergency"}
    text = markdown.render(blocks, names.get)
    assert "> [!phone] emergency" in text
    assert markdown.parse(text, phones={"emergency": "112"}) == blocks
