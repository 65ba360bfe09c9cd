"""What "Save for offline" keeps, and the offline page, in the reader's language."""

from django.utils import translation

from tests.reader.factories import health_topic


def test_save_list_has_the_topic_its_articles_and_its_actors_in_the_readers_language(client, home):
    topic = health_topic(home)
    data = client.get(f"/ar/offline/topic/{topic.pk}.json").json()
    assert data["urls"][:3] == ["/ar/alsiha/", "/ar/alsiha/markaz/", "/ar/alsiha/asnan/"]
    assert "/ar/directory/vardcentralen-backby/" in data["urls"] and "/ar/directory/bvc/" in data["urls"]
    assert "/ar/directory/dold/" not in data["urls"]  # not published
    assert "/ar/offline/" in data["urls"] and "/ar/my-list/" in data["urls"]
    titles = {item["url"]: item["title"] for item in data["items"]}
    assert titles["/ar/alsiha/markaz/"] == "المركز الصحي"


def test_save_list_leaves_out_unpublished_articles(client, home):
    topic = health_topic(home)
    topic.get_children().first().unpublish()
    with translation.override("sv"):
        urls = client.get(f"/sv/offline/topic/{topic.pk}.json").json()["urls"]
    assert "/sv/halsa/vardcentralen/" not in urls and "/sv/halsa/tandvard/" in urls


def test_save_list_is_only_for_topics(client, home):
    topic = health_topic(home)
    article = topic.get_children().first()
    assert client.get(f"/sv/offline/topic/{article.pk}.json").status_code == 404
    assert client.get("/sv/offline/topic/999999.json").status_code == 404


def test_offline_page_in_arabic_is_right_to_left_and_translated(client, db):
    html = client.get("/ar/offline/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "Offline reading" not in html  # translated
    assert 'data-saved-list data-lang="ar"' in html


def test_save_button_is_on_topic_pages_only_and_hidden_without_script(client, home):
    topic = health_topic(home)
    html = client.get("/sv/halsa/").content.decode()
    assert f'data-save-offline="/sv/offline/topic/{topic.pk}.json"' in html
    assert '<p class="js-only" hidden>\n    <button type="button" data-save-offline' in html
    assert "data-save-offline" not in client.get("/sv/halsa/vardcentralen/").content.decode()
