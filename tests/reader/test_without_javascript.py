"""Without JavaScript every page still works: script-only controls are hidden, sharing is plain links, and the
pages stay in the page cache."""

import re
from urllib.parse import parse_qs, urlsplit

from tests.directory.factories import OrganizationFactory
from tests.reader.factories import health_topic


def test_share_links_carry_text_and_address_in_the_readers_language(client, home):
    health_topic(home)
    html = client.get("/ar/alsiha/markaz/").content.decode()
    whatsapp = re.search(r'href="(https://wa\.me/\?text=[^"]+)"', html).group(1)
    text = parse_qs(urlsplit(whatsapp).query)["text"][0]
    assert text == "المركز الصحي – جديد في فستروس http://testserver/ar/alsiha/markaz/"
    sms = re.search(r'href="(sms:[^"]+)"', html).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(sms).query)["body"][0] == text
    mail = re.search(r'href="(mailto:[^"]+)"', html).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(mail).query)["subject"][0] == "المركز الصحي – جديد في فستروس"


def test_script_only_controls_are_hidden_in_the_html(client, home):
    health_topic(home)
    html = client.get("/sv/halsa/vardcentralen/").content.decode()
    for marker in ("data-my-list-add", "data-share-native", "data-copy-link"):
        tag = re.search(rf"<(?:p|li)[^>]*hidden>\s*<button[^>]*{marker}", html)
        assert tag, f"{marker} is not inside a hidden element"


def test_no_resource_is_loaded_from_another_host(client, home):
    health_topic(home)
    html = client.get("/sv/halsa/").content.decode()
    sources = re.findall(r'<(?:script|img|link|iframe)[^>]+(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("/") or s.startswith("http://testserver/") for s in sources)


def test_actor_page_has_my_list_share_and_helpful(client, db):
    organization = OrganizationFactory(name="Röda Korset", slug="roda-korset")
    html = client.get("/sv/directory/roda-korset/").content.decode()
    assert 'data-url="/sv/directory/roda-korset/" data-title="Röda Korset" data-kind="actor"' in html
    assert f'<input type="hidden" name="id" value="{organization.pk}">' in html
    assert 'name="kind" value="actor"' in html


def test_forms_and_search_pages_get_no_reader_tools(client, db):
    OrganizationFactory(name="Röda Korset", slug="roda-korset")
    assert "reader-area" not in client.get("/sv/directory/roda-korset/report/").content.decode()
    assert "reader-area" not in client.get("/sv/directory/").content.decode()


def test_my_list_page_says_it_needs_javascript(client, db):
    html = client.get("/so/my-list/").content.decode()
    assert '<p class="notice js-needed">' in html
    assert "<div data-my-list" in html and "hidden>" in html.split("<div data-my-list", 1)[1].split("\n", 1)[0]


def test_cached_article_is_served_again_from_the_page_cache(client, home, django_assert_num_queries):
    health_topic(home)
    first = client.get("/sv/halsa/vardcentralen/")
    assert b"csrfmiddlewaretoken" not in first.content
    with django_assert_num_queries(0):
        second = client.get("/sv/halsa/vardcentralen/")
    assert second.content == first.content
    assert not second.cookies


def test_pages_of_signed_in_users_are_private_so_no_copy_is_kept(client, home):
    from django.contrib.auth import get_user_model

    health_topic(home)
    assert "private" not in client.get("/sv/halsa/").get("Cache-Control", "")
    client.force_login(get_user_model().objects.create_user("m@example.org", "m@example.org", "pw-long-enough"))
    assert "private" in client.get("/sv/halsa/")["Cache-Control"]
