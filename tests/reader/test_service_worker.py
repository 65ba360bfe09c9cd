"""The service worker: served at /sw.js for the whole site, never cached by HTTP, versioned by its assets."""

import re

from django.test import override_settings

from reader import services


def test_service_worker_is_served_for_the_whole_site(client, db):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"


def test_service_worker_lists_the_static_files_and_offline_pages(client, db):
    source = client.get("/sw.js").content.decode()
    assert '"/static/css/site.css"' in source and '"/static/reader/reader.js"' in source
    assert '"ar": "/ar/offline/"' in source and '"sv-x-simple": "/sv-x-simple/offline/"' in source
    assert "__VERSION__" not in source and "__ASSETS__" not in source


def test_version_changes_when_a_static_file_changes(client, db):
    services.service_worker_source.cache_clear()
    first = services.service_worker_source()[1]
    try:
        with override_settings(STATIC_URL="/static-next-deploy/"):
            services.service_worker_source.cache_clear()
            source, second = services.service_worker_source()
        assert second != first
        assert re.search(r"const VERSION = '([0-9a-f]{16})'", source).group(1) == second
    finally:
        services.service_worker_source.cache_clear()


def test_every_page_registers_it_from_a_deferred_static_script_and_no_inline_script(client, home):
    response = client.get("/sv/")
    html = response.content.decode()
    assert '<script src="/static/reader/reader.js" defer></script>' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", html)
    assert "script-src 'self'" in response["Content-Security-Policy"]
