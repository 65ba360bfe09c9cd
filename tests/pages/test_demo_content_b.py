"""Shape and rules of the demo content on associations, leisure, parenting, meeting places and standard pages."""

import re
import unicodedata
from collections import defaultdict
from urllib.parse import urlsplit

import pytest
from django.urls import resolve
from django.utils import translation

from kernel import languages
from kernel.focus_areas import FocusArea

from .demo_content_rules import (
    ALLOWED_TAGS,
    BLOCK_TYPES,
    REQUIRED_TRANSLATIONS,
    SLUG,
    TagCollector,
    entry_name,
    plain,
    top_level,
    topics,
)
from .demo_content_rules import block_texts as _block_texts
from .demo_content_rules import word_count as _word_count

_name = entry_name
_plain = plain
_TagCollector = TagCollector


def _texts(blocks):
    return _block_texts(blocks, with_numbers=True)


def _words(blocks):
    return _word_count(blocks, with_numbers=True)

TOPIC_MODULES = {name: topic for name, topic in topics().items() if name in ("associations", "leisure", "parenting")}
TOPICS = list(TOPIC_MODULES.values())
MEETING_PLACES = top_level("meeting_place")
STANDARD_PAGES = top_level("standard")
ARTICLES = [article for topic in TOPICS for article in topic["articles"]]
PAGES = ARTICLES + MEETING_PLACES + STANDARD_PAGES
ALL_ENTRIES = TOPICS + PAGES

ALLOWED_HOSTS = {
    "www.1177.se", "www.forsakringskassan.se", "www.skolverket.se", "www.vasteras.se",
    "www.informationsverige.se", "www.naturvardsverket.se", "www.skatteverket.se", "www.bris.se", "www.rf.se",
    "www.folkbildningsradet.se",
}
WELL_KNOWN_NUMBERS = {"112", "1177", "116 111"}
SCRIPTS = {"Arab": "ARABIC", "Ethi": "ETHIOPIC", "Cyrl": "CYRILLIC"}


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


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_page_has_the_same_languages_in_title_slug_intro_and_body(page):
    codes = set(page["title"])
    assert {"sv", "en"} <= codes
    assert codes <= set(languages.CODES)
    for field in ("slug", "intro", "body"):
        assert set(page[field]) == codes, field
    assert all(page["body"][code] for code in codes)


def test_slugs_are_ascii_and_unique_per_language():
    seen = defaultdict(list)
    for entry in ALL_ENTRIES:
        for code, slug in entry["slug"].items():
            assert SLUG.match(slug), (code, slug)
            seen[code, slug].append(_name(entry))
    duplicates = {key: names for key, names in seen.items() if len(names) > 1}
    assert duplicates == {}


def test_slugs_do_not_collide_with_the_other_focus_areas():
    """Topics, meeting places and standard pages are siblings under the home page in every language."""
    others = [topic for topic in topics().values() if topic not in TOPICS]
    other_slugs = {
        (code, slug)
        for topic in others
        for entry in (topic, *topic["articles"])
        for code, slug in entry["slug"].items()
    }
    mine = {(code, slug) for entry in ALL_ENTRIES for code, slug in entry["slug"].items()}
    assert others
    assert mine & other_slugs == set()


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_blocks_are_of_the_allowed_types_and_well_formed(page):
    for code, blocks in page["body"].items():
        for kind, value in blocks:
            assert kind in BLOCK_TYPES, (code, kind)
            if kind in ("heading", "paragraph"):
                assert isinstance(value, str) and value.strip()
            if kind == "paragraph":
                assert value.startswith("<p>") and value.endswith("</p>"), (code, value[:40])
                collector = _TagCollector()
                collector.feed(value)
                assert {tag for tag, _ in collector.tags} <= ALLOWED_TAGS, (code, value[:40])
            elif kind == "bullets":
                assert value and all(isinstance(item, str) and item.strip() for item in value)
            elif kind == "callout":
                assert value["tone"] in ("info", "warning", "emergency")
                assert "<" not in value["text"]
            elif kind == "link":
                assert set(value) == {"title", "url", "description"}
            elif kind == "phone":
                assert set(value) == {"label", "number"}


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_links_are_https_and_on_official_sites(page):
    for code, blocks in page["body"].items():
        urls = [value["url"] for kind, value in blocks if kind == "link"]
        for text in _texts(blocks):
            urls += re.findall(r'href="([^"]+)"', text)
        for url in urls:
            if url.startswith("/"):  # this site's own pages, in the same language
                assert url.startswith(f"/{code}/"), (code, url)
                with translation.override(code):
                    resolve(url)
                continue
            parts = urlsplit(url)
            assert parts.scheme == "https", (code, url)
            assert parts.hostname in ALLOWED_HOSTS, (code, url)


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_phone_blocks_only_show_well_known_numbers(page):
    for blocks in page["body"].values():
        for kind, value in blocks:
            if kind == "phone":
                assert value["number"] in WELL_KNOWN_NUMBERS


@pytest.mark.parametrize("article", ARTICLES, ids=_name)
def test_swedish_article_body_is_150_to_350_words(article):
    assert 150 <= _words(article["body"]["sv"]) <= 350


@pytest.mark.parametrize("topic", TOPICS, ids=_name)
def test_first_article_has_an_easy_to_read_swedish_version(topic):
    first = topic["articles"][0]
    assert "sv-x-simple" in first["title"]
    assert first["body"]["sv-x-simple"] != first["body"]["sv"]


@pytest.mark.parametrize("topic", TOPICS, ids=_name)
def test_at_least_two_articles_are_translated_into_the_main_languages(topic):
    translated = [a for a in topic["articles"] if set(REQUIRED_TRANSLATIONS) <= set(a["title"])]
    assert len(translated) >= 2


@pytest.mark.parametrize("entry", ALL_ENTRIES, ids=_name)
def test_translations_are_written_in_the_language_s_script(entry):
    """Catches Swedish or English text pasted into an Arabic, Ethiopic or Cyrillic field.

    Counted over the whole entry in that language, since Swedish proper names (Försäkringskassan, Bäckbyhuset)
    are kept in Latin letters.
    """
    for code, title in entry["title"].items():
        script = SCRIPTS.get(languages.get(code).script)
        if script is None:
            continue
        texts = [title, entry["intro"][code]]
        if "body" in entry:
            texts += list(_texts(entry["body"][code]))
        letters = [ch for text in texts for ch in _plain(text) if ch.isalpha()]
        native = [ch for ch in letters if unicodedata.name(ch, "").startswith(script)]
        assert len(native) >= 0.7 * len(letters), code


def test_two_meeting_places_each_with_its_district():
    places = {place["title"]["sv"]: place for place in MEETING_PLACES}
    assert set(places) == {"Bäckbyhuset", "Hjärtpunkt Skiljebo"}
    assert places["Bäckbyhuset"]["district"] == "Bäckby"
    assert places["Hjärtpunkt Skiljebo"]["district"] == "Skiljebo"


PHONE_NUMBER = re.compile(r"\+?\d[\d\s-]{5,}\d")
CLOCK_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\b|\bkl\.?\s*\d", re.IGNORECASE)
OPENING_WORDS = re.compile(r"öppettid|öppet\s|opening hours|open from|\bmån(dag)?\b|\bmonday\b", re.IGNORECASE)
EMAIL = re.compile(r"\S+@\S+")


@pytest.mark.parametrize("place", MEETING_PLACES, ids=_name)
def test_meeting_place_invents_no_phone_number_opening_hours_or_email(place):
    for blocks in place["body"].values():
        assert not any(kind == "phone" for kind, _ in blocks)
        for text in _texts(blocks):
            plain = _plain(text)
            assert not PHONE_NUMBER.search(plain), plain
            assert not CLOCK_TIME.search(plain), plain
            assert not OPENING_WORDS.search(plain), plain
            assert not EMAIL.search(plain), plain


def test_standard_pages_are_about_accessibility_and_privacy():
    slugs = {page["slug"]["sv"] for page in STANDARD_PAGES}
    assert slugs == {"om-webbplatsen", "tillganglighetsredogorelse", "integritet"}


@pytest.mark.parametrize(("code", "phrases"), [
    ("sv", ["dagen, sidans språk, sidans adress", "IP-adress", "sökrobotar", "Min lista", "kommentar"]),
    ("en", ["the day, the language of the page, its address", "IP address", "robots", "My list", "comment"]),
])
def test_privacy_statement_says_what_is_counted(code, phrases):
    privacy = next(p for p in STANDARD_PAGES if p["slug"]["sv"] == "integritet")
    text = " ".join([privacy["intro"][code], *_texts(privacy["body"][code])])
    for phrase in phrases:
        assert phrase in text


def test_accessibility_statement_names_the_law_and_the_supervisory_authority():
    statement = next(p for p in STANDARD_PAGES if p["slug"]["sv"] == "tillganglighetsredogorelse")
    text = " ".join(_texts(statement["body"]["sv"]))
    assert "lagen om tillgänglighet till digital offentlig service" in text
    assert "Myndigheten för digital förvaltning" in text
