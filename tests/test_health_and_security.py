"""/healthz, robots.txt, sitemap.xml, security headers and the production settings."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.db import OperationalError

from kernel import languages


def test_healthz_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"]["status"] == "ok"


def test_healthz_503_when_database_is_unreachable(client, db):
    with mock.patch("portal.views.connection.cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"]["status"] == "down"


def test_robots_txt_points_at_sitemap(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_sitemap_lists_home_in_every_language_with_alternates(client, home):
    body = client.get("/sitemap.xml").content.decode()
    for code in languages.CODES:
        assert f"<loc>http://testserver/{code}/</loc>" in body
        assert f'hreflang="{code}"' in body
    assert 'hreflang="x-default"' in body
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in body


def test_security_headers_on_public_pages(client, home):
    response = client.get("/sv/")
    csp = response["Content-Security-Policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert "default-src 'self'" in csp
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


def _environment(**overrides):
    # the browser tests' async-safety switch must not reach a production check
    base = {k: v for k, v in os.environ.items() if k not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "SECRET_KEY")}
    return {**base, **overrides}


def _manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=Path(settings.BASE_DIR),
        env=_environment(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_under_production_settings():
    result = _manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DJANGO_SETTINGS_MODULE="portal.settings.production", SECRET_KEY="s" * 30 + "-production-test-" + "k" * 20,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_the_development_secret():
    result = _manage(
        "check", DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="dev-only-insecure-key-never-use-in-production",
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_a_missing_secret():
    result = _manage("check", DJANGO_SETTINGS_MODULE="portal.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_html_is_compressed_for_clients_that_accept_it(client, home):
    response = client.get("/ar/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]


def test_robots_txt_keeps_crawlers_out_of_member_pages_only(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /ar/my/" in body
    assert "/search/" not in body
