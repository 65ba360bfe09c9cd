"""A publish sends PURGE requests for the page's address in every language to the HTTP cache in front."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings


@pytest.fixture
def purges():
    """A stand-in for nginx's purge listener on loopback: records each request's method, Host and path."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
            received.append((self.command, self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    location = f"http://127.0.0.1:{server.server_address[1]}"
    with override_settings(WAGTAILFRONTENDCACHE={
            "cache1": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}}):
        yield received
    server.shutdown()


def test_publishing_purges_the_page_in_every_language(article, purges, django_capture_on_commit_callbacks):
    article.title_sv = "Hyra en bostad"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    paths = {path for method, _host, path in purges if method == "PURGE"}
    assert len(paths) == 13  # one address per language
    assert "/sv/bostad/hyra-lagenhet/" in paths
    assert "/fa/bostad/ejare/" in paths  # the Persian slug
    assert "/en/housing/hyra-lagenhet/" in paths  # the English topic's slug, the article's Swedish one


def test_nothing_is_purged_before_the_publish_is_committed(article, purges, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.save_revision().publish()
    assert purges == []
    assert callbacks  # the purge waits for the commit


def test_unpublishing_purges_the_page(article, purges, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert any(path == "/sv/bostad/hyra-lagenhet/" for _m, _h, path in purges)
