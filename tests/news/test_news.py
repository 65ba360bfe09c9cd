"""News pages in every language, the index at /<lang>/news/, RSS and Atom feeds per language and topic."""

from datetime import date
from xml.etree import ElementTree

import pytest

from news import demo
from news.models import NewsPage
from tests.pages.conftest import make_page

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def index(home):
    return demo.load()


@pytest.fixture
def items(index):
    make_page(index, NewsPage, title={"sv": "Ny öppettid", "ar": "موعد جديد"}, slug={"sv": "ny-oppettid"},
              intro={"sv": "Om bostäder.", "ar": "عن السكن."}, date=date(2027, 1, 10), focus_area="housing")
    make_page(index, NewsPage, title={"sv": "Föräldramöte"}, slug={"sv": "foraldramote"},
              intro={"sv": "Om föräldraskap."}, date=date(2027, 1, 12), focus_area="parenting")
    return index


def test_news_index_in_every_language(client, items):
    for code in ("sv", "en", "ar", "ti", "sv-x-simple"):
        response = client.get(f"/{code}/news/")
        assert response.status_code == 200, code
    html = client.get("/ar/news/").content.decode()
    assert "موعد جديد" in html and "Föräldramöte" in html  # Swedish where there is no Arabic
    assert html.index("Föräldramöte") < html.index("موعد جديد")  # newest first


def test_news_page_falls_back_with_a_notice(client, items):
    response = client.get("/so/news/foraldramote/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Föräldramöte" in html and 'lang="sv"' in html


def _rss(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ElementTree.fromstring(response.content)


def test_rss_feed_has_the_required_elements(client, items):
    root = _rss(client, "/sv/news/rss/")
    channel = root.find("channel")
    assert root.tag == "rss" and root.get("version") == "2.0"
    for name in ("title", "link", "description"):
        assert channel.findtext(name)
    titles = [i.findtext("title") for i in channel.findall("item")]
    assert titles[:2] == ["Föräldramöte", "Ny öppettid"]
    for item in channel.findall("item"):
        assert item.findtext("link").startswith("http://testserver/sv/news/")
        assert item.findtext("pubDate") and item.findtext("guid")


def test_rss_feed_per_topic(client, items):
    channel = _rss(client, "/sv/news/rss/?topic=housing").find("channel")
    assert [i.findtext("title") for i in channel.findall("item")] == ["Ny öppettid"]


def test_rss_feed_in_arabic_with_fallback(client, items):
    channel = _rss(client, "/ar/news/rss/").find("channel")
    titles = [i.findtext("title") for i in channel.findall("item")]
    assert "موعد جديد" in titles and "Föräldramöte" in titles
    assert "/ar/news/" in channel.findall("item")[0].findtext("link")


def test_atom_feed_has_the_required_elements(client, items):
    response = client.get("/en/news/atom/?topic=parenting")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{name}")
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Föräldramöte"]
    for entry in entries:
        assert entry.findtext(f"{ATOM}id") and entry.findtext(f"{ATOM}updated")
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/en/news/")


def test_unknown_topic_is_a_clear_400(client, items):
    response = client.get("/en/news/rss/?topic=weather")
    assert response.status_code == 400


def test_home_and_topic_pages_show_the_newest_items(client, items):
    from pages.models import TopicPage

    html = client.get("/sv/").content.decode()
    assert "Föräldramöte" in html and "Ny öppettid" in html
    topic = make_page(items.get_parent(), TopicPage, focus_area="housing", title={"sv": "Bostad"},
                      slug={"sv": "bostad"}, intro={"sv": "Om bostad."})
    html = client.get(topic.get_url()).content.decode()
    assert "Ny öppettid" in html and "Föräldramöte" not in html


def test_demo_loader_is_idempotent_and_writes_only_about_the_portal(home):
    demo.load()
    demo.load()
    assert NewsPage.objects.count() == len(demo.ITEMS)
