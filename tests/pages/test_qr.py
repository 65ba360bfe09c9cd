"""QR codes for posters: valid, script-free SVG that encodes the page's URL in the requested language."""

import xml.etree.ElementTree as ET

import pytest
from django.test import RequestFactory
from django.utils import translation

from pages import posters
from pages.models import ArticlePage

from .conftest import SV_BODY, make_page

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("code", ["sv", "fa", "prs", "ar"])
def test_qr_data_is_the_page_url_in_that_language(article, code):
    expected = {"sv": "/sv/bostad/hyra-lagenhet/", "fa": "/fa/bostad/ejare/", "prs": "/prs/bostad/ejare/",
                "ar": "/ar/alsakan/hyra-lagenhet/"}[code]
    with translation.override(code):
        request = RequestFactory().get(f"/{code}/qr/{article.pk}.svg")
        assert posters.page_qr_data(article, request) == "http://testserver" + expected


def test_qr_view_serves_the_svg_of_that_data(client, article, monkeypatch):
    seen = []
    real = posters.qr_svg
    monkeypatch.setattr(posters, "qr_svg", lambda data: seen.append(data) or real(data))
    response = client.get(f"/fa/qr/{article.pk}.svg")
    assert seen == ["http://testserver/fa/bostad/ejare/"]
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert client.head(f"/fa/qr/{article.pk}.svg").status_code == 200
    assert client.post(f"/fa/qr/{article.pk}.svg").status_code == 405


def test_svg_is_valid_xml_without_scripts(client, article):
    root = ET.fromstring(client.get(f"/ar/qr/{article.pk}.svg").content)
    assert root.tag == f"{SVG}svg"
    elements = list(root.iter())
    assert {e.tag for e in elements} <= {f"{SVG}svg", f"{SVG}path", f"{SVG}rect"}
    assert not [a for e in elements for a in e.attrib if a.lower().startswith("on") or "href" in a.lower()]


def test_qr_of_unknown_or_draft_page_is_404(client, topic):
    draft = make_page(topic, ArticlePage, title={"sv": "Utkast"}, body={"sv": SV_BODY}, publish=False)
    assert client.get(f"/sv/qr/{draft.pk}.svg").status_code == 404
    assert client.get("/sv/qr/999999.svg").status_code == 404


def test_page_shows_qr_and_url_for_print(client, article):
    html = client.get("/fa/bostad/ejare/").content.decode()
    assert f'<img src="/fa/qr/{article.pk}.svg"' in html
    assert "<figcaption>http://testserver/fa/bostad/ejare/</figcaption>" in html
