"""The list page needs the same number of queries whatever the number of actors or filters used."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Category

from .factories import AreaFactory, LocationFactory, OrganizationFactory, ServiceFactory, category


def make(n, start=0):
    area = AreaFactory(slug="backby")
    for i in range(start, start + n):
        org = OrganizationFactory(name=f"Förening {i:03d}", slug=f"forening-{i}",
                                  category=category(Category.ASSOCIATION), focus=["health"], speaks=["ar", "so"])
        LocationFactory(organization=org, area=area)
        ServiceFactory(organization=org)


def count_queries(client, url, *, cold=True):
    if cold:  # what an uncached request costs
        cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_constant_queries(client, db):
    make(3)
    urls = ["/sv/directory/", "/ar/directory/?language=ar&focus=health&area=backby&open_now=1&q=F"]
    small = [count_queries(client, url) for url in urls]
    make(40, start=3)
    large = [count_queries(client, url) for url in urls]
    assert small == large
    assert max(large) <= 20


def test_detail_constant_queries(client, db):
    make(1)
    org = OrganizationFactory(slug="big", speaks=["ar", "ti"])
    LocationFactory(organization=org)
    ServiceFactory(organization=org)
    few = count_queries(client, "/sv/directory/big/")
    for _ in range(5):
        LocationFactory(organization=org)
        ServiceFactory(organization=org)
    assert count_queries(client, "/sv/directory/big/") == few


def test_repeated_list_reuses_labels_and_counts_until_the_directory_changes(client, db):
    make(3)
    url = "/sv/directory/?focus=health"
    cold = count_queries(client, url)
    warm = count_queries(client, url, cold=False)
    assert warm < cold

    make(1, start=3)  # a new actor in the same focus area
    assert count_queries(client, url, cold=False) > warm  # labels and counts computed again
    assert "4 organisations" in client.get("/en/directory/?focus=health").content.decode()
    page = client.get(url).content.decode()
    assert 'value="health" selected>Hälsa (4)' in page
