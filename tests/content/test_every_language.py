"""Every starter page exists in every language of the table, honestly marked, lättläst is easy to read,
and the emergency page is complete in every language and linked from every home page."""

from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from contentfiles import pages as content_pages
from kernel import languages
from kernel.text import plain_text
from translations.lix import lix

ROOT = Path(settings.BASE_DIR) / "content" / "pages"
TREE = content_pages.read_tree(ROOT)
PAGES = list(TREE.walk())
EMERGENCY_NUMBERS = ("112", "114 14", "1177", "90101")


def _readable(text) -> str:
    parts = [text.title, text.intro] + [plain_text(value) for _kind, value in text.body]
    return " ".join(p if p.rstrip()[-1:] in ".!?:" else p + "." for p in parts if p and p.strip())


def _name(page):
    return str(page.path.relative_to(ROOT)) or "home"


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_every_page_has_a_file_for_every_language(page):
    assert set(page.texts) == set(languages.CODES)


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_only_the_swedish_source_is_a_source_the_rest_say_how_they_were_made(page):
    assert page.texts[languages.DEFAULT].status == "source"
    assert {text.status for code, text in page.texts.items() if code != languages.DEFAULT} <= {"machine", "reviewed"}


@pytest.mark.parametrize("page", [p for p in PAGES if "sv-x-simple" in p.texts
                                  and len(_readable(p.texts["sv-x-simple"]).split()) >= 40], ids=_name)
def test_lattlast_is_easy_to_read(page):
    """LIX under 30 (a title alone, like the home page's, is too short to measure)."""
    assert lix(_readable(page.texts["sv-x-simple"])).score < 30


def test_the_home_page_names_the_emergency_page():
    assert TREE.find(TREE.settings["emergency_page"]) is not None


@pytest.mark.parametrize("code", languages.CODES)
def test_the_emergency_page_gives_every_number_in_every_language(code):
    page = TREE.find(TREE.settings["emergency_page"])
    text = _readable(page.texts[code]) + " " + " ".join(page.settings.get("phones", {}).values())
    for number in EMERGENCY_NUMBERS:
        assert number in text, (code, number)
    assert "Giftinformation" in text  # poisoning: call 112 and ask for the Poisons Information Centre


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["sv", "ar", "ti", "sv-x-simple"])
def test_every_home_page_links_the_emergency_page(client, code):
    from pages import demo

    home = demo.load()
    with translation.override(code):
        url = home.emergency_page.specific.get_url()
    html = client.get(f"/{code}/").content.decode()
    assert f'href="{url}"' in html and "112" in html
