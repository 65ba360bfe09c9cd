"""The newcomer's phone in Swedish and Arabic: installable, reads saved pages offline, keeps My list, shares."""

import pytest
from django.utils import translation

from tests.reader.factories import health_topic, housing_topic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def phone_context(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, service_workers="allow")
    yield context
    context.close()


@pytest.fixture
def pages(home):
    topic = health_topic(home)
    other = housing_topic(home)
    return topic, other


def _url(page, code):
    with translation.override(code):
        return page.get_url()


def _controlled(tab, url):
    """Open ``url`` and again once the service worker is active, so that it controls the page."""
    tab.goto(url)
    tab.evaluate("navigator.serviceWorker.ready.then(() => true)")
    tab.goto(url)
    assert tab.evaluate("navigator.serviceWorker.controller !== null")


def _status(tab, selector):
    """Wait in the page (no string polling: the CSP forbids eval) until ``selector`` has text."""
    return tab.locator(selector).evaluate(
        "el => el.textContent.trim() && !/…/.test(el.textContent) ? el.textContent : new Promise(done => "
        "new MutationObserver((m, o) => { if (el.textContent.trim() && !/…/.test(el.textContent)) "
        "{ o.disconnect(); done(el.textContent); } }).observe(el, {childList: true, subtree: true, "
        "characterData: true}))")


@pytest.mark.parametrize("code", ["sv", "ar"])
def test_manifest_and_service_worker_make_it_installable(live_server, pages, phone_context, code):
    tab = phone_context.new_page()
    topic, _ = pages
    _controlled(tab, live_server.url + _url(topic, code))
    cdp = phone_context.new_cdp_session(tab)
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["url"].endswith(f"/{code}/manifest.webmanifest")
    assert not manifest.get("errors")
    errors = {e["errorId"] for e in cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]}
    # a Playwright context is a private window, where Chromium never offers to install; nothing else is missing
    assert errors <= {"in-incognito"}


@pytest.mark.parametrize("code", ["sv", "ar"])
def test_saved_topic_reads_offline_and_unsaved_page_shows_offline_page(live_server, pages, phone_context, code):
    tab = phone_context.new_page()
    topic, other = pages
    _controlled(tab, live_server.url + _url(topic, code))
    tab.locator("[data-save-offline]").click()
    message = _status(tab, "[data-save-status]")
    assert any(ch.isdigit() for ch in message)
    article = topic.get_children().live().first().specific

    phone_context.set_offline(True)
    tab.goto(live_server.url + _url(article, code))
    assert article.text_in(code).title in tab.locator("h1").inner_text()
    tab.goto(f"{live_server.url}/{code}/directory/vardcentralen-backby/")
    assert tab.locator("h1").inner_text() == "Vårdcentralen Bäckby"

    tab.goto(live_server.url + _url(other, code))  # never visited, not saved
    assert tab.evaluate("document.documentElement.lang") == code
    assert tab.evaluate("document.documentElement.dir") == ("rtl" if code == "ar" else "ltr")
    assert tab.locator("[data-saved-list]").is_visible()
    saved = tab.locator("[data-saved-list] a").all_inner_texts()
    assert topic.specific.text_in(code).title in saved
    assert "Vårdcentralen Bäckby" in saved


@pytest.mark.parametrize("code", ["sv", "ar"])
def test_my_list_keeps_an_actor_offline_and_clears(live_server, pages, phone_context, code):
    tab = phone_context.new_page()
    actor = f"{live_server.url}/{code}/directory/bvc/"
    _controlled(tab, actor)
    button = tab.locator("[data-my-list-add]")
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    tab.goto(f"{live_server.url}/{code}/my-list/")
    tab.evaluate("navigator.serviceWorker.ready.then(() => true)")

    phone_context.set_offline(True)
    tab.goto(f"{live_server.url}/{code}/my-list/")
    assert tab.locator("[data-my-list-items] a").all_inner_texts() == ["Barnavårdscentralen"]
    assert not tab.locator(".js-needed").is_visible()
    tab.locator("[data-my-list-items] a").click()
    assert tab.locator("h1").inner_text() == "Barnavårdscentralen"  # the actor itself was kept too
    tab.go_back()

    tab.emulate_media(media="print")
    assert tab.locator("[data-my-list-items] a").is_visible()
    assert not tab.locator("[data-my-list-clear]").is_visible()
    tab.emulate_media(media="screen")
    tab.on("dialog", lambda dialog: dialog.accept())
    tab.locator("[data-my-list-clear]").click()
    assert tab.locator("[data-my-list-items] a").count() == 0
    assert tab.locator("[data-my-list-empty]").is_visible()


@pytest.mark.parametrize("code", ["sv", "ar"])
def test_share_uses_the_phones_share_sheet_where_there_is_one(live_server, pages, phone_context, code):
    tab = phone_context.new_page()
    tab.add_init_script("navigator.share = (data) => { window.sharedData = data; return Promise.resolve(); };")
    topic, _ = pages
    tab.goto(live_server.url + _url(topic, code))
    assert not tab.locator("[data-share-links]").is_visible()
    tab.locator("[data-share-native]").click()
    shared = tab.evaluate("window.sharedData")
    assert shared["url"] == live_server.url + _url(topic, code)
    assert shared["text"].startswith(topic.specific.text_in(code).title)


@pytest.mark.parametrize("code", ["sv", "ar"])
def test_share_offers_links_and_copy_without_a_share_sheet(live_server, pages, phone_context, code):
    phone_context.grant_permissions(["clipboard-read", "clipboard-write"])
    tab = phone_context.new_page()
    tab.add_init_script("delete Navigator.prototype.share;")
    topic, _ = pages
    url = live_server.url + _url(topic, code)
    tab.goto(url)
    links = tab.locator("[data-share-links] a")
    assert [link.get_attribute("href").split(":", 1)[0] for link in links.all()] == ["sms", "https", "mailto"]
    assert not tab.locator("[data-share-native]").is_visible()
    tab.locator("[data-copy-link]").click()
    assert _status(tab, "[data-share-status]")
    assert tab.evaluate("navigator.clipboard.readText()") == url
