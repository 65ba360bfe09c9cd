"""Every language is served with the right lang/dir, and the language table drives the settings."""

import re

import pytest
from django.conf import settings
from django.utils import translation

from kernel import languages


@pytest.mark.parametrize("code", languages.CODES)
def test_home_answers_in_every_language_with_lang_and_dir(client, home, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    expected_dir = "rtl" if code in ("ar", "fa", "prs", "ps", "ckb") else "ltr"
    assert f'<html lang="{code}" dir="{expected_dir}">' in html


def test_five_languages_are_right_to_left():
    assert set(settings.LANGUAGES_BIDI) == {"ar", "fa", "prs", "ps", "ckb"}
    for code in settings.LANGUAGES_BIDI:
        with translation.override(code):
            assert translation.get_language_bidi()


def test_settings_are_derived_from_the_table():
    assert [code for code, _ in settings.LANGUAGES] == list(languages.CODES)
    assert settings.MODELTRANSLATION_LANGUAGES == languages.CODES
    assert settings.MODELTRANSLATION_FALLBACK_LANGUAGES["prs"] == ("fa", "sv")
    assert settings.MODELTRANSLATION_FALLBACK_LANGUAGES["default"] == ("sv",)


@pytest.mark.parametrize("code", ["prs", "ps", "so", "ti", "sv-x-simple"])
def test_languages_unknown_to_django_have_lang_info(code):
    info = translation.get_language_info(code)
    assert info["code"] == code
    assert info["name_local"] == languages.get(code).name_local


def test_fallback_chain_ends_in_swedish():
    assert languages.fallback_chain("prs") == ("prs", "fa", "sv")
    assert languages.fallback_chain("sv") == ("sv",)
    assert languages.field_name("title", "sv-x-simple") == "title_sv_x_simple"


def test_unknown_language_prefix_is_404(client, home):
    assert client.get("/xx/").status_code == 404
    assert client.get("/de/").status_code == 404


def test_path_without_prefix_is_redirected_to_a_language(client, home):
    response = client.get("/directory/")
    assert response.status_code in (301, 302)
    assert response["Location"].startswith("/sv/")


@pytest.mark.parametrize("code", languages.CODES)
def test_hreflang_alternates_for_every_language_and_x_default(client, home, code):
    html = client.get(f"/{code}/").content.decode()
    hreflangs = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    assert {lang for lang, _ in hreflangs} == {*languages.CODES, "x-default"}
    urls = dict(hreflangs)
    assert urls["ar"] == "http://testserver/ar/"
    assert urls["x-default"] == "http://testserver/sv/"


def test_language_switcher_names_each_language_in_its_own_script(client, home):
    html = client.get("/sv/").content.decode()
    for lang in languages.TABLE:
        assert f'hreflang="{lang.code}" lang="{lang.code}" dir="{lang.direction}"' in html
        assert f">{lang.name_local}</a>" in html


def test_switcher_keeps_a_non_page_url(client, home):
    from kernel.i18n import path_alternates

    urls = {alt.language.code: alt.url for alt in path_alternates("/sv/directory/?q=bvc")}
    assert urls["ar"] == "/ar/directory/?q=bvc"
    assert urls["sv-x-simple"] == "/sv-x-simple/directory/?q=bvc"


def test_skip_link_and_search_box_on_every_page(client, home):
    html = client.get("/so/").content.decode()
    assert 'href="#main"' in html and 'id="main"' in html
    assert 'role="search"' in html and 'action="/so/search/"' in html


@pytest.mark.parametrize("path", ["/sv/directory/?q=bvc", "/sv/calendar/12/", "/ar/calendar/calendar.ics?focus=work#x",
                                  "/sv/directory/f%C3%B6rening/", "/sv/no/such/page/", "/nothing-here/", "/"])
def test_alternates_are_the_path_translated_into_each_language(path):
    from django.urls import translate_url

    from kernel.i18n import path_alternates

    expected = [translate_url(path, lang.code) for lang in languages.TABLE]
    assert [alternate.url for alternate in path_alternates(path)] == [
        url if url.startswith("/") else f"/{lang.code}/" for url, lang in zip(expected, languages.TABLE, strict=True)]


@pytest.mark.parametrize("path", ["//evil.example/x", "/\\evil.example/x", "https://evil.example/x",
                                  "///evil.example/x"])
def test_alternates_of_a_foreign_url_point_to_this_site(path):
    from kernel.i18n import path_alternates

    urls = [alternate.url for alternate in path_alternates(path)]
    assert all(url.startswith("/") and not url.startswith(("//", "/\\")) for url in urls)
    assert "evil.example" not in " ".join(urls)


def test_404_for_a_scheme_relative_path_links_only_this_site(client, db):
    response = client.get("/x", PATH_INFO="//evil.example/x")
    assert response.status_code == 404
    assert "//evil.example" not in response.content.decode()
