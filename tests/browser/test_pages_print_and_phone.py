"""An article on a 360 px phone in Arabic, and its printed poster with QR code and address."""

import pytest
from django.utils import translation

from kernel.focus_areas import FocusArea
from pages.models import ArticlePage, TopicPage
from tests.pages.conftest import make_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = [
    ("heading", "عنوان"),
    ("paragraph", "<p>نص طويل بما يكفي ليملأ سطرين أو ثلاثة أسطر على شاشة هاتف صغيرة جداً.</p>"),
    ("bullets", ["أولاً", "ثانياً"]),
    ("callout", {"tone": "emergency", "text": "اتصل بالرقم 112 في حالة الطوارئ."}),
    ("link", {"title": "1177", "url": "https://www.1177.se/", "description": "الرعاية الصحية."}),
    ("phone", {"label": "خط الطفل", "number": "116 111"}),
]


@pytest.fixture
def article_url(home):
    topic = make_page(home, TopicPage, focus_area=FocusArea.HEALTH, title={"sv": "Hälsa", "ar": "الصحة"},
                      slug={"sv": "halsa", "ar": "sihha"}, intro={"sv": "Om vården.", "ar": "عن الرعاية."})
    article = make_page(topic, ArticlePage, title={"sv": "Vård", "ar": "الرعاية"}, slug={"sv": "vard"},
                        body={"sv": [("paragraph", "<p>Text.</p>")], "ar": BODY})
    with translation.override("ar"):
        return article.get_url()


def test_article_fits_a_phone_right_to_left(live_server, article_url, phone, artifacts):
    phone.goto(live_server.url + article_url)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    callout = phone.locator(".callout").bounding_box()
    main = phone.locator("main .wrap").bounding_box()
    # the callout's coloured edge is on the right in right-to-left text
    assert phone.evaluate("getComputedStyle(document.querySelector('.callout')).borderRightWidth") == "4px"
    assert callout["x"] + callout["width"] <= main["x"] + main["width"] + 1
    number = phone.locator(".phone a")
    assert number.get_attribute("href") == "tel:116111"
    assert number.inner_text() == "116 111"  # the digits keep their order
    assert not phone.locator(".poster").is_visible()
    phone.screenshot(path=str(artifacts / "article-ar-360.png"), full_page=True)


def test_print_shows_qr_code_and_address(live_server, article_url, phone):
    phone.goto(live_server.url + article_url)
    phone.emulate_media(media="print")
    poster = phone.locator(".poster")
    assert poster.is_visible()
    assert poster.locator("figcaption").inner_text() == live_server.url + article_url
    assert not phone.locator(".search-form").is_visible()
    image = poster.locator("img")
    image.scroll_into_view_if_needed()
    # waits in the page without polling: Playwright's polling evaluates strings, which the CSP forbids
    image.evaluate("img => img.complete || new Promise(done => img.addEventListener('load', done, {once: true}))")
    assert phone.evaluate("document.querySelector('.poster img').naturalWidth") > 0
