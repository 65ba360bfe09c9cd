"""The Arabic home page is laid out right to left on a 360 px screen."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_arabic_home_runs_right_to_left(live_server, home, phone, artifacts):
    phone.goto(f"{live_server.url}/ar/")
    assert phone.evaluate("document.documentElement.dir") == "rtl"
    assert phone.evaluate("getComputedStyle(document.body).direction") == "rtl"

    brand = phone.locator(".brand").bounding_box()
    switcher = phone.locator(".language-switcher summary").bounding_box()
    # Right to left: the site name starts at the right edge, the language switcher sits to its left.
    assert brand["x"] > switcher["x"]
    assert brand["x"] + brand["width"] > 360 - 40

    # Nothing overflows the small screen horizontally.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    phone.screenshot(path=str(artifacts / "home-ar-360.png"), full_page=True)
    assert (artifacts / "home-ar-360.png").stat().st_size > 1000


def test_language_switcher_opens_without_javascript_and_keeps_the_page(live_server, home, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/sv/")
    page.locator(".language-switcher summary").click()
    page.locator('.language-switcher a[hreflang="ar"]').click()
    assert page.url == f"{live_server.url}/ar/"
    assert page.evaluate("document.documentElement.lang") == "ar"
    context.close()
