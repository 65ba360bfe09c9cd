"""Directory pages in a real browser: filters without JavaScript, 360 px right to left, nothing from
another host, labelled controls, headings in order, page weight."""

from datetime import time
from decimal import Decimal
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_BYTES = 100 * 1024


@pytest.fixture
def directory(home):
    from directory import demo
    from directory.models import Location, Organization, Phone, Schedule

    demo.load()
    org = Organization.objects.get(name="Försäkringskassan")
    location = Location.objects.create(organization=org, name="Kundcenter", address_1="Exempelgatan 1",
                                       postal_code="722 11", city="Västerås",
                                       latitude=Decimal("59.61"), longitude=Decimal("16.54"))
    Schedule.objects.create(location=location, weekday=1, opens_at=time(9), closes_at=time(16))
    Phone.objects.create(organization=org, number="0771-00 00 00")
    return org


def audit(page, url):
    """Load ``url``; return the same-origin check, byte count and layout facts."""
    hosts, sizes = set(), []
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page.on("response", lambda response: sizes.append(len(response.body() or b"")))
    response = page.goto(url)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    return {
        "hosts": hosts,
        "bytes": sum(sizes),
        "overflow": page.evaluate("document.documentElement.scrollWidth"),
        "unlabelled": page.evaluate("""[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map(el => el.name)"""),
        "headings": page.evaluate("[...document.querySelectorAll('main h1, main h2, main h3')].map(h => +h.tagName[1])"),
        "empty_links": page.evaluate("[...document.querySelectorAll('a')].filter(a => !a.textContent.trim() "
                                     "&& !a.getAttribute('aria-label')).length"),
    }


def check(facts, live_server):
    assert facts["hosts"] == {urlparse(live_server.url).netloc}
    assert facts["bytes"] < MAX_BYTES, facts["bytes"]
    assert facts["overflow"] <= 360
    assert facts["unlabelled"] == []
    assert facts["empty_links"] == 0
    levels = facts["headings"]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_list_page(live_server, directory, phone, artifacts, lang):
    check(audit(phone, f"{live_server.url}/{lang}/directory/"), live_server)
    phone.screenshot(path=str(artifacts / f"directory-list-{lang}-360.png"), full_page=True)


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_detail_page(live_server, directory, phone, artifacts, lang):
    check(audit(phone, f"{live_server.url}/{lang}/directory/{directory.slug}/"), live_server)
    number = phone.locator('a[href^="tel:"]')
    # the number added above and the national number of each of the agency's services
    assert number.count() == 1 + directory.services.filter(phones__isnull=False).count()
    # numbers and times keep their left-to-right order inside right-to-left text
    assert number.first.evaluate("a => getComputedStyle(a).direction") == "ltr"
    assert phone.locator(".hours bdi").first.evaluate("b => getComputedStyle(b).direction") == "ltr"
    phone.screenshot(path=str(artifacts / f"directory-detail-{lang}-360.png"), full_page=True)


def test_filters_work_without_javascript(live_server, directory, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/ar/directory/")
    page.select_option("#id_category", "agency")
    page.select_option("#id_focus", "work")
    page.locator(".directory-filters button[type=submit]").click()
    assert "category=agency" in page.url and "focus=work" in page.url
    names = page.locator(".directory-results h2").all_inner_texts()
    assert names == ["Arbetsförmedlingen", "Försäkringskassan", "Skatteverket"]
    context.close()
