"""Every StreamField block renders small, correct markup in a left-to-right and a right-to-left page."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from pages.blocks import BodyBlock, tel_href
from pages.models import ArticlePage

from .conftest import make_page

BLOCKS = [
    ("heading", "Rubrik"),
    ("paragraph", '<p>Text med <b>fetstil</b> och <a href="https://www.1177.se/">länk</a>.</p>'),
    ("bullets", ["Första", "Andra"]),
    ("callout", {"tone": "emergency", "text": "Ring 112 vid nödläge."}),
    ("link", {"title": "1177", "url": "https://www.1177.se/", "description": "Vård och hälsa."}),
    ("phone", {"label": "Nödnummer", "number": "116 111"}),
]


@pytest.fixture
def page(topic):
    return make_page(topic, ArticlePage, title={"sv": "Block", "ar": "كتل"}, slug={"sv": "block"},
                     body={"sv": BLOCKS, "ar": BLOCKS})


@pytest.mark.parametrize("code,direction", [("sv", "ltr"), ("ar", "rtl")])
def test_every_block_renders(client, page, code, direction):
    with translation.override(code):
        url = page.get_url()
        callout_label = translation.gettext("Emergency")
    html = client.get(url).content.decode()
    assert f'dir="{direction}"' in html
    assert "<h2>Rubrik</h2>" in html
    assert '<p>Text med <b>fetstil</b> och <a href="https://www.1177.se/">länk</a>.</p>' in html
    assert "<ul><li>Första</li><li>Andra</li></ul>" in html
    assert ('<div class="callout callout-emergency" role="note"><p><strong>'
            f"{callout_label}:</strong> Ring 112 vid nödläge.</p></div>") in html
    assert '<p class="link-block"><a href="https://www.1177.se/">1177</a><br>Vård och hälsa.</p>' in html
    # a phone number keeps its digit order in right-to-left text
    assert '<p class="phone">Nödnummer: <a href="tel:116111" dir="ltr">116 111</a></p>' in html
    assert "w-block" not in html  # no wrapper divs around blocks


def test_tel_href_keeps_only_digits_and_plus():
    assert tel_href("116 111") == "tel:116111"
    assert tel_href("+46 21-39 00 00") == "tel:+4621390000"


def test_phone_block_rejects_text_that_is_not_a_number():
    from django.core.exceptions import ValidationError

    block = BodyBlock().child_blocks["phone"]
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "X", "number": "javascript:alert(1)"}))


def test_link_block_rejects_a_script_url():
    from django.core.exceptions import ValidationError

    block = BodyBlock().child_blocks["link"]
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "X", "url": "javascript:alert(1)", "description": ""}))


def test_block_names_match_the_content_file_format():
    assert set(BodyBlock().child_blocks) == {"heading", "paragraph", "bullets", "callout", "link", "phone"}


def test_stylesheet_uses_logical_properties_only():
    css = Path(settings.BASE_DIR, "static", "css", "site.css").read_text()
    physical = re.findall(r"(?:margin|padding|border)-(?:left|right)\b|(?<![-\w])(?:left|right)\s*:|"
                          r"text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)", css)
    assert physical == []
