"""The search page in a real browser: results at 360 px, right to left, and autocomplete as you type."""

from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def indexed(settings, tmp_path, home):
    from search.backends import get_engine
    from search.documents import SearchDocument

    ORGANIZATION, PAGE = "organization", "page"
    settings.SEARCH_BACKENDS = {"default": {"ENGINE": "search.engines.embedded.EmbeddedEngine",
                                            "OPTIONS": {"path": str(tmp_path / "search_index.sqlite3")}}}
    docs = []
    for code in ("sv", "ar"):
        docs += [
            SearchDocument(ORGANIZATION, "1", code, "Försäkringskassan", f"/{code}/search/?q=forsakringskassan",
                           body="Föräldrapenning och barnbidrag för barn.", names=("Försäkringskassan",)),
            SearchDocument(PAGE, "2", code, "Barn och föräldrar", f"/{code}/search/?q=barn",
                           body="Förskola, skola och BVC för barnen i Västerås."),
        ]
    get_engine().index(docs)
    yield get_engine()


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_results_fit_a_phone_and_load_nothing_from_elsewhere(phone, live_server, indexed, lang):
    hosts = set()
    phone.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    response = phone.goto(f"{live_server.url}/{lang}/search/?q=barn")
    assert response.status == 200
    phone.wait_for_load_state("networkidle")
    assert hosts == {urlparse(live_server.url).netloc}
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert phone.locator(".search-results li").count() == 2
    assert phone.locator(".search-results mark").first.inner_text().lower().startswith("barn")


def test_autocomplete_suggests_while_typing_and_keyboard_selects(phone, live_server, indexed):
    phone.goto(f"{live_server.url}/ar/search/")
    box = phone.locator("#search-q")
    box.press_sequentially("forsak", delay=30)
    option = phone.locator("#search-q-suggestions [role=option]").first
    option.wait_for(state="visible", timeout=5000)
    assert option.inner_text() == "Försäkringskassan"
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == "search-q-suggestions-0"
    box.press("Enter")
    phone.wait_for_url("**/ar/search/?q=forsakringskassan")
    assert phone.locator(".search-results li").count() == 1


def test_search_works_without_javascript(browser, live_server, indexed):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/sv/search/")
    page.fill("#search-q", "forsakringskasan")
    page.click(".search-page-form button")
    assert page.locator(".search-did-you-mean a").inner_text() == "försäkringskassan"
    assert page.locator(".search-results li").count() == 1
    context.close()
