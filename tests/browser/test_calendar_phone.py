"""The calendar, the news index and an alert on a 360 px phone in Arabic, without JavaScript and
without a request to another host."""

from datetime import timedelta

import pytest
from django.utils import timezone

from alerts.models import Alert
from news import demo as news_demo
from tests.events.conftest import ActivityFactory, LocationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def no_script_phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=1,
                                  java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def test_calendar_news_and_alert_fit_a_phone_without_script(live_server, home, no_script_phone):
    news_demo.load()
    soon = timezone.localdate() + timedelta(days=2)
    ActivityFactory(title_sv="Språkcafé", title_ar="مقهى اللغة للجميع مع أنشطة طويلة الاسم جدًا", start_date=soon,
                    location=LocationFactory(), registration_url="https://example.org/anmalan")
    now = timezone.now()
    Alert.objects.create(message="Stängt i dag", message_ar="مغلق اليوم", starts_at=now - timedelta(hours=1),
                         ends_at=now + timedelta(hours=1))
    hosts = set()
    no_script_phone.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    for path in ("/ar/calendar/", "/ar/news/", f"/ar/calendar/?from={soon.isoformat()}&focus=&language=ar"):
        no_script_phone.goto(live_server.url + path)
        # Playwright evaluates in its own context, which works with the page's scripts switched off
        assert no_script_phone.evaluate("document.documentElement.scrollWidth") <= 360, path
        for selector in ("main", "main h1", ".site-alerts", "main form, main ul"):
            for box in (b.bounding_box() for b in no_script_phone.locator(selector).all()):
                assert box is None or box["x"] >= 0 and box["x"] + box["width"] <= 360, (path, selector, box)
        assert "مغلق اليوم" in no_script_phone.locator(".site-alerts").inner_text()
    # the filter form works without script: submitting it is a plain GET
    no_script_phone.goto(live_server.url + "/ar/calendar/")
    no_script_phone.select_option("#id_audience", "everyone")
    no_script_phone.locator(".calendar-filters button[type=submit]").click()
    assert "audience=everyone" in no_script_phone.url
    assert "مقهى اللغة" in no_script_phone.locator("main").inner_text()
    assert hosts == {live_server.url.split("/")[2]}
