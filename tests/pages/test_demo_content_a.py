"""Shape and rules of the demo content on housing, work and health."""

import unicodedata
from collections import Counter
from urllib.parse import urlsplit

import pytest

from kernel import languages
from kernel.focus_areas import FocusArea
from translations.lix import lix as readability

from .demo_content_rules import (
    ALLOWED_TAGS,
    BLOCK_TYPES,
    SLUG,
    topics,
)
from .demo_content_rules import TagCollector as _TagCollector
from .demo_content_rules import block_texts as _texts
from .demo_content_rules import entry_name as _name
from .demo_content_rules import plain as _plain
from .demo_content_rules import word_count as _words

TOPIC_MODULES = {name: topic for name, topic in topics().items() if name in ("housing", "work", "health")}
TOPICS = list(TOPIC_MODULES.values())
ARTICLES = [article for topic in TOPICS for article in topic["articles"]]

TONES = {"info", "warning", "emergency"}
ALLOWED_HOSTS = {
    "www.1177.se", "www.arbetsformedlingen.se", "www.skatteverket.se", "www.forsakringskassan.se",
    "www.migrationsverket.se", "www.vasteras.se", "www.informationsverige.se", "www.hyresgastforeningen.se",
    "www.112.se", "www.uhr.se", "www.regionvastmanland.se", "www.iaf.se",
}
WELL_KNOWN_NUMBERS = {"112", "1177", "114 14", "90101"}
SCRIPT_OF = {"ar": "ARABIC", "fa": "ARABIC", "prs": "ARABIC", "ps": "ARABIC", "ckb": "ARABIC",
             "ti": "ETHIOPIC", "uk": "CYRILLIC", "ru": "CYRILLIC"}


def lix(blocks):
    """LIX of the text of ``blocks`` (translations.lix), each heading, list item and link text counted as a
    sentence of its own."""
    texts = [_plain(text).strip() for text in _texts(blocks)]
    return readability(" ".join(t if t[-1:] in ".!?:" else t + "." for t in texts if t)).score


def _entries():
    return TOPICS + ARTICLES


def test_lix_counts_long_words_and_sentences():
    easy = [("paragraph", "<p>Jag bor här. Du bor där.</p>")]
    hard = [("paragraph", "<p>Bostadsförmedlingens förstahandskontrakt förutsätter folkbokföring.</p>")]
    assert lix(easy) == pytest.approx(3.0)
    assert lix(hard) == pytest.approx(4 + 100)
    assert lix([("heading", "Hitta bostad"), ("paragraph", "<p>Sök hos bostadsförmedlingen.</p>")]) == (
        pytest.approx(5 / 2 + 100 * 1 / 5))


@pytest.mark.parametrize("name", TOPIC_MODULES)
def test_topic_names_its_focus_area(name):
    assert TOPIC_MODULES[name]["focus_area"] == FocusArea(name).value


@pytest.mark.parametrize("topic", TOPICS, ids=_name)
def test_topic_title_slug_and_intro_exist_in_every_language(topic):
    for field in ("title", "slug", "intro"):
        assert set(topic[field]) == set(languages.CODES), field
        assert all(text.strip() for text in topic[field].values()), field


@pytest.mark.parametrize("topic", TOPICS, ids=_name)
def test_topic_has_at_least_three_articles(topic):
    assert len(topic["articles"]) >= 3


@pytest.mark.parametrize("article", ARTICLES, ids=_name)
def test_article_languages_agree(article):
    body_languages = set(article["body"])
    assert "sv" in body_languages
    assert body_languages <= set(languages.CODES)
    for field in ("title", "slug", "intro"):
        assert set(article[field]) == body_languages, field
        assert all(text.strip() for text in article[field].values()), field
    assert all(article["body"][code] for code in body_languages)


def test_slugs_are_ascii_and_unique_per_language():
    seen = {code: Counter() for code in languages.CODES}
    for entry in _entries():
        for code, slug in entry["slug"].items():
            assert SLUG.match(slug), (code, slug)
            seen[code][slug] += 1
    duplicates = {code: [s for s, n in counts.items() if n > 1] for code, counts in seen.items()}
    assert not any(duplicates.values()), duplicates


@pytest.mark.parametrize("article", ARTICLES, ids=_name)
def test_blocks_have_the_documented_shape(article):
    for code, blocks in article["body"].items():
        for kind, value in blocks:
            assert kind in BLOCK_TYPES, (code, kind)
            if kind in ("heading", "paragraph"):
                assert isinstance(value, str) and value.strip()
            elif kind == "bullets":
                assert value and all(isinstance(item, str) and item.strip() for item in value)
            elif kind == "callout":
                assert set(value) == {"tone", "text"} and value["tone"] in TONES
            elif kind == "link":
                assert set(value) == {"title", "url", "description"}
            elif kind == "phone":
                assert set(value) == {"label", "number"}


@pytest.mark.parametrize("article", ARTICLES, ids=_name)
def test_rich_text_uses_only_allowed_tags(article):
    for code, blocks in article["body"].items():
        for kind, value in blocks:
            if kind != "paragraph":
                continue
            assert value.startswith("<p>") and value.endswith("</p>"), code
            collector = _TagCollector()
            collector.feed(value)
            assert {tag for tag, _ in collector.tags} <= ALLOWED_TAGS, (code, value)


@pytest.mark.parametrize("article", ARTICLES, ids=_name)
def test_links_are_https_on_official_sites(article):
    urls = [value["url"] for blocks in article["body"].values() for kind, value in blocks if kind == "link"]
    for blocks in article["body"].values():
        for kind, value in blocks:
            if kind == "paragraph":
                collector = _TagCollector()
                collector.feed(value)
                urls += [attrs.get("href", "") for tag, attrs in collector.tags if tag == "a"]
    for url in urls:
        parts = urlsplit(url)
        assert parts.scheme == "https", url
        assert parts.hostname in ALLOWED_HOSTS, url


@pytest.mark.parametrize("article", ARTICLES, ids=_name)
def test_phone_blocks_only_for_well_known_numbers(article):
    for blocks in article["body"].values():
        for kind, value in blocks:
            if kind == "phone":
                assert value["number"] in WELL_KNOWN_NUMBERS


@pytest.mark.parametrize("article", ARTICLES, ids=_name)
def test_swedish_body_length_and_structure(article):
    blocks = article["body"]["sv"]
    assert 150 <= _words(blocks) <= 350
    kinds = {kind for kind, _ in blocks}
    assert {"heading", "paragraph", "bullets"} <= kinds


@pytest.mark.parametrize("topic", TOPICS, ids=_name)
def test_first_article_has_easy_swedish_under_lix_30(topic):
    blocks = topic["articles"][0]["body"]["sv-x-simple"]
    assert lix(blocks) < 30


@pytest.mark.parametrize("entry", _entries(), ids=_name)
def test_text_is_written_in_the_script_of_its_language(entry):
    def letters(text):
        return [unicodedata.name(ch, "").split()[0] for ch in text if ch.isalpha()]

    pieces = {code: [entry["title"][code], entry["intro"][code]] for code in entry["title"]}
    for code, blocks in entry.get("body", {}).items():
        pieces[code] += [_plain(text) for kind, text in blocks if kind in ("heading", "paragraph")]
    for code, texts in pieces.items():
        script = SCRIPT_OF.get(code)
        if script is None:
            continue
        for text in texts:
            found = Counter(letters(text))
            assert found.most_common(1)[0][0] == script, (code, text)


@pytest.mark.parametrize("article", ARTICLES, ids=_name)
def test_translations_keep_the_swedish_blocks_links_and_numbers(article):
    def skeleton(blocks):
        return [
            (kind, value.get("url") or value.get("number") or value.get("tone")) if isinstance(value, dict)
            else (kind, len(value) if kind == "bullets" else None)
            for kind, value in blocks
        ]

    swedish = skeleton(article["body"]["sv"])
    for code, blocks in article["body"].items():
        if code not in ("sv", "sv-x-simple"):
            assert skeleton(blocks) == swedish, code
