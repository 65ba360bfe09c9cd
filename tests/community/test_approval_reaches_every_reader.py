"""An approved change request is live at once everywhere a reader meets the listing: its page, the API,
search, and the cached list."""

import pytest

from community import services
from directory import snapshot

from ..search.conftest import site_engine  # noqa: F401  the site's engine on an index of this test's own

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(organization):
    organization.is_published = True
    organization.save()
    return organization


def _approve_new_description(member, moderator, organization, text, capture):
    proposed = snapshot.serialize(organization)
    proposed["description"]["sv"] = text
    change = services.submit_change(member, organization, proposed, base_snapshot=snapshot.serialize(organization))
    with capture(execute=True):
        services.approve(change, moderator)


def test_approved_description_on_the_page_in_the_api_and_in_search(
        client, member, moderator, published, site_engine, django_capture_on_commit_callbacks):  # noqa: F811
    page_url = f"/sv/directory/{published.slug}/"
    assert "Cykelverkstad" not in client.get(page_url).content.decode()  # now cached
    assert "Cykelverkstad" not in client.get("/sv/directory/").content.decode()

    _approve_new_description(member, moderator, published, "Cykelverkstad varje lördag.",
                             django_capture_on_commit_callbacks)

    assert "Cykelverkstad varje lördag." in client.get(page_url).content.decode()
    assert "Cykelverkstad varje lördag." in client.get("/sv/directory/").content.decode()
    api = client.get(f"/api/hsds/v3/organizations/{published.uuid}?lang=sv").json()
    assert api["description"] == "Cykelverkstad varje lördag."
    assert [hit.object_id for hit in site_engine.search("cykelverkstad", "sv").hits] == [str(published.pk)]


def test_rollback_is_live_everywhere_too(client, member, moderator, published, site_engine,  # noqa: F811
                                         django_capture_on_commit_callbacks):
    _approve_new_description(member, moderator, published, "Cykelverkstad varje lördag.",
                             django_capture_on_commit_callbacks)
    first = published.listing_versions.order_by("number").first()
    client.get(f"/sv/directory/{published.slug}/")  # cached with the approved text
    with django_capture_on_commit_callbacks(execute=True):
        services.rollback(first, moderator)
    assert "Cykelverkstad" not in client.get(f"/sv/directory/{published.slug}/").content.decode()
    assert site_engine.search("cykelverkstad", "sv").hits == []


def test_a_members_still_correct_is_recorded_by_the_directory(client, member, published):
    published.last_verified = None
    published.save()
    services.confirm_still_correct(member, published)
    published.refresh_from_db()
    assert published.last_verified is not None and published.verified_by == member
