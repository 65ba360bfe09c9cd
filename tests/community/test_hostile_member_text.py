"""Text from members is stored as typed (minus control characters) and escaped everywhere it is shown."""

import pytest

from community import services
from community.models import ChangeRequest

from .conftest import form_data

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><b onmouseover=alert(1)>fet</b>'


def _submit(client, organization, **changes):
    url = f"/sv/my/organizations/{organization.pk}/edit/"
    data = form_data(client.get(url).context["editor"])
    data.update(changes)
    return client.post(url, data)


def test_hostile_description_is_escaped_in_review_and_on_the_public_page(client, member, moderator,
                                                                         organization):
    client.force_login(member)
    _submit(client, organization, description_sv=HOSTILE + "\x1b\x00", **{"services-0-name": HOSTILE[:150]})
    change = ChangeRequest.objects.get()
    assert change.proposed["description"]["sv"] == HOSTILE

    client.force_login(moderator)
    review = client.get(f"/admin/community/requests/{change.pk}/").content.decode()
    assert "&lt;script&gt;" in review and "<script>alert" not in review and "<b onmouseover" not in review

    public = client.get(f"/sv/directory/{organization.slug}/").content.decode()
    assert HOSTILE not in public and "&lt;script&gt;" not in public  # not public before approval

    services.approve(change, moderator)
    public = client.get(f"/sv/directory/{organization.slug}/").content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in public
    assert "<script>alert" not in public and "<b onmouseover" not in public


def test_very_long_member_text_is_refused_and_nothing_is_saved(client, member, organization):
    client.force_login(member)
    response = _submit(client, organization, description_ar="ع" * 5001)
    assert response.status_code == 200
    assert response.context["editor"].listing.errors["description_ar"]
    assert not ChangeRequest.objects.exists()


def test_the_public_page_changes_only_after_approval(client, member, moderator, organization):
    client.force_login(member)
    _submit(client, organization, description_sv="Helt ny beskrivning av föreningen.")
    client.logout()
    assert "Helt ny beskrivning" not in client.get(f"/sv/directory/{organization.slug}/").content.decode()
    services.approve(ChangeRequest.objects.get(), moderator)
    assert "Helt ny beskrivning" in client.get(f"/sv/directory/{organization.slug}/").content.decode()
