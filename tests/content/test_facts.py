"""What the samhällsinformation says is true and sourced: every article names the official pages it rests
on with its dates, and the passages once found to promise too much stay corrected."""

import re

import pytest

from pages import demo

TREE = demo.read()
ARTICLES = [page for page in TREE.walk() if page.type == "article"]


def _page(path):
    return next(page for page in TREE.walk() if str(page.path).endswith(path))


def _text(page, code):
    """The visible text of a page in one language, markup removed."""
    text = page.texts[code]
    parts = [text.title, text.intro]
    for kind, value in text.body:
        if kind in ("heading", "paragraph"):
            parts.append(value)
        elif kind == "bullets":
            parts.extend(value)
        elif kind == "callout":
            parts.append(value["text"])
        elif kind == "link":
            parts.extend((value["title"], value["description"]))
        elif kind == "phone":
            parts.append(value["label"])
    return re.sub(r"<[^>]+>", "", "\n".join(parts))


@pytest.mark.parametrize("page", ARTICLES, ids=lambda p: p.path.name)
def test_every_article_names_official_sources_and_a_review_date_6_to_12_months_ahead(page):
    assert page.sources
    assert all(source.url.startswith("https://") and source.publisher for source in page.sources)
    months = (page.review_by - page.facts_checked).days / 30.4
    assert 6 <= round(months) <= 12


@pytest.mark.parametrize("page", ARTICLES, ids=lambda p: p.path.name)
def test_the_sites_an_article_links_to_are_among_its_sources(page):
    linked = {value["url"] for kind, value in page.source.body if kind == "link"}
    assert linked <= {source.url for source in page.sources}


def test_a_kassa_work_condition_is_based_on_income():
    page = _page("work/at-work")
    for code in page.texts:
        text = _text(page, code)
        assert "2025" in text and "IAF" in text, code
    sv = _text(page, "sv")
    assert "inkomst" in sv and "arbetat tillräckligt" not in sv
    assert "worked enough" not in _text(page, "en")
    assert "https://www.iaf.se/" in {s.url for s in page.sources}


def test_introduction_programme_is_for_ages_20_to_64_and_not_for_temporary_protection():
    page = _page("work/first-steps")
    for code in page.texts:
        text = _text(page, code)
        assert "20" in text and "64" in text, code
        if code != "sv-x-simple":
            assert "tillfälligt skydd" in text, code
    assert "tillfälligt skydd" in _text(page, "sv-x-simple")


@pytest.mark.parametrize("path", ["health/care", "parenting/maternity-and-child-health"])
def test_interpreter_is_not_promised_as_a_right_free_everywhere(path):
    page = _page(path)
    for code in ("sv", "sv-x-simple"):
        text = _text(page, code)
        assert "Tolk är gratis" not in text and "kan du få en tolk" not in text and "rätt till" not in text
        assert "när det behövs" in text
    en = _text(page, "en")
    assert "right to an interpreter" not in en and "Interpreters are free" not in en


def test_easy_swedish_keeps_112_for_emergencies_and_1177_for_advice():
    page = _page("parenting/maternity-and-child-health")
    callouts = [v["text"] for k, v in page.texts["sv-x-simple"].body if k == "callout"]
    assert any("akut" in text and "112" in text and "1177" in text for text in callouts)
    assert "mycket sjukt? Ring 112" not in _text(page, "sv-x-simple")


def test_easy_swedish_writes_legitimation_in_full():
    for page in TREE.walk():
        if "sv-x-simple" in page.texts:
            assert not re.search(r"\bleg\b", _text(page, "sv-x-simple")), page.path


def test_ibn_rushd_is_not_listed_as_a_current_study_association():
    page = _page("associations/study-associations")
    for code in page.texts:
        listed = [item for kind, value in page.texts[code].body if kind == "bullets" for item in value]
        assert "Ibn Rushd" not in listed, code
        assert "2024" in _text(page, code) and "2025" in _text(page, code), code


def test_ibn_rushd_in_the_directory_is_not_marked_active():
    from directory import demo as directory_demo

    org = next(o for o in directory_demo.read().organizations if o.name == "Ibn Rushd")
    assert org.status != "active"
    assert "Folkbildningsrådet" in org.description["sv"]

