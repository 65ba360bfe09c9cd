"""A backup restored into an empty database (a new file on SQLite, a new database on PostgreSQL) serves the
same pages, directory, actor page, API listing and search results as the site it was taken from."""

from __future__ import annotations

import io
import json
import re
from contextlib import contextmanager

import pytest
from django.core.management import CommandError, call_command
from django.db import connections
from django.test import Client

from tests.community.conftest import OrganizationFactory, ServiceFactory, png_bytes
from tests.pages.conftest import SV_BODY, make_page

pytestmark = pytest.mark.django_db(transaction=True)

# per-request values: CSRF tokens and CSP nonces
VOLATILE = re.compile(r'(csrfmiddlewaretoken" value="|nonce=")[^"]+"')


def _content(tmp_path):
    from community.models import OrganizationLogo
    from pages.demo import load_home
    from pages.models import ArticlePage

    home = load_home()
    article = make_page(home, ArticlePage, title={"sv": "Hyra lägenhet i Västerås"}, slug={"sv": "hyra-lagenhet"},
                        intro={"sv": "Så hyr du en lägenhet."}, body={"sv": SV_BODY})
    organization = OrganizationFactory(name="Bäckby Läxhjälp", slug="backby-laxhjalp")
    ServiceFactory(organization=organization, name_sv="Läxhjälp för barn")
    logo = tmp_path / "media-before" / "community" / "logos" / "backby.png"
    logo.parent.mkdir(parents=True)
    logo.write_bytes(png_bytes())
    OrganizationLogo.objects.create(organization=organization, image="community/logos/backby.png")
    call_command("search_index", "rebuild", stdout=io.StringIO())
    return ["/sv/", article.url, "/sv/directory/", f"/sv/directory/{organization.slug}/",
            "/sv/search/?q=l%C3%A4xhj%C3%A4lp", "/sv/search/?q=lagenhet", "/api/hsds/v3/organizations"]


def _responses(urls):
    from django.core.cache import cache

    cache.clear()
    client = Client()
    answers = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        answers[url] = VOLATILE.sub(r"\1…", response.content.decode())
    return answers


@contextmanager
def _empty_database(tmp_path):
    """The default database swapped for a new, empty one for the duration of the block."""
    original = connections["default"]
    settings_dict = dict(original.settings_dict)
    if original.vendor == "postgresql":
        settings_dict["NAME"] = f"{original.settings_dict['NAME']}_restored"
        with original.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{settings_dict["NAME"]}"')
            cursor.execute(f'CREATE DATABASE "{settings_dict["NAME"]}"')
    else:
        settings_dict["NAME"] = str(tmp_path / "restored.sqlite3")
    restored = original.__class__(settings_dict, "default")
    connections["default"] = restored
    try:
        yield restored
    finally:
        restored.close()
        connections["default"] = original
        if original.vendor == "postgresql":
            with original.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{settings_dict["NAME"]}"')


def test_a_restored_backup_serves_the_same_site(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media-before"
    settings.SEARCH_INDEX_PATH = str(tmp_path / "index-before.sqlite3")
    urls = _content(tmp_path)
    before = _responses(urls)
    assert "Läxhjälp för barn" in before["/sv/directory/backby-laxhjalp/"]
    assert "/sv/directory/backby-laxhjalp/" in before["/sv/search/?q=l%C3%A4xhj%C3%A4lp"]
    assert "/sv/hyra-lagenhet/" in before["/sv/search/?q=lagenhet"]
    assert "Bäckby Läxhjälp" in before["/api/hsds/v3/organizations"]

    call_command("backup", output=tmp_path / "backup", stdout=io.StringIO())
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert manifest["database"]["vendor"] == connections["default"].vendor
    assert manifest["database"]["migrations"]["community"]

    settings.MEDIA_ROOT = tmp_path / "media-after"
    settings.SEARCH_INDEX_PATH = str(tmp_path / "index-after.sqlite3")  # a new, empty index
    with _empty_database(tmp_path):
        call_command("restore", str(tmp_path / "backup"), stdout=io.StringIO())
        after = _responses(urls)
    assert (tmp_path / "media-after" / "community" / "logos" / "backby.png").read_bytes() == png_bytes()
    for url in urls:
        assert after[url] == before[url], url


def test_restore_refuses_a_database_that_is_not_empty(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    OrganizationFactory(name="Finns redan")
    call_command("backup", output=tmp_path / "backup", stdout=io.StringIO())
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(tmp_path / "backup"))


def test_restore_refuses_a_damaged_backup(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("backup", output=tmp_path / "backup", stdout=io.StringIO())
    dump = next(p for p in (tmp_path / "backup").iterdir() if p.name.startswith("database."))
    dump.write_bytes(dump.read_bytes()[:-10] + b"0123456789")
    with _empty_database(tmp_path), pytest.raises(CommandError, match="checksum"):
        call_command("restore", str(tmp_path / "backup"))
