"""The web app manifest: one per language, linked from every page, with plain and maskable icons."""

import json

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

from reader import icons


@pytest.mark.parametrize(("code", "direction"), [("sv", "ltr"), ("ar", "rtl"), ("prs", "rtl"), ("ti", "ltr")])
def test_manifest_speaks_the_language_of_its_address(client, db, code, direction):
    response = client.get(f"/{code}/manifest.webmanifest")
    assert response["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(response.content)
    assert (manifest["lang"], manifest["dir"], manifest["start_url"], manifest["id"]) == (
        code, direction, f"/{code}/", f"/{code}/")
    assert manifest["scope"] == "/" and manifest["display"] == "standalone"
    assert manifest["theme_color"] == "#0b4f6c"


def test_manifest_names_are_translated(client, db):
    swedish = json.loads(client.get("/sv/manifest.webmanifest").content)
    arabic = json.loads(client.get("/ar/manifest.webmanifest").content)
    assert swedish["name"] == "Ny i Västerås"
    assert arabic["name"] != swedish["name"] and arabic["short_name"] != "Västerås"
    assert len(arabic["short_name"]) <= 12 and len(swedish["short_name"]) <= 12


def test_manifest_icons_exist_in_their_sizes_plain_and_maskable(client, db):
    manifest = json.loads(client.get("/en/manifest.webmanifest").content)
    purposes = {(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("192x192", "maskable"), ("512x512", "maskable")} <= purposes
    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        with Image.open(path) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]


def test_every_page_links_the_manifest_of_its_language(client, home):
    html = client.get("/ar/").content.decode()
    assert '<link rel="manifest" href="/ar/manifest.webmanifest">' in html


def test_maskable_icon_fills_its_square_and_plain_icon_has_round_corners():
    maskable = icons.draw(192, maskable=True)
    plain = icons.draw(192, maskable=False)
    assert maskable.getpixel((0, 0))[3] == 255
    assert plain.getpixel((0, 0))[3] == 0
    # the letter stays inside the safe zone (a circle of 80 % of the width) of a maskable icon
    box = maskable.convert("RGB").point(lambda v: 255 if v > 200 else 0).getbbox()
    corners = [(box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])]
    assert all(((x - 96) ** 2 + (y - 96) ** 2) ** 0.5 <= 0.4 * 192 for x, y in corners)


def test_committed_icons_are_the_drawn_ones(tmp_path):
    for path in icons.write_all(tmp_path):
        committed = icons.FOLDER / path.name
        with Image.open(path) as drawn, Image.open(committed) as kept:
            assert drawn.tobytes() == kept.tobytes(), f"{path.name}: run manage.py reader_icons"
