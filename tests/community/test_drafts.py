"""A member can save an edit as a draft, come back to it, and send it; drafts never reach the public."""

import pytest

from community.models import ChangeRequest, RequestStatus

from .conftest import form_data, member_of

pytestmark = pytest.mark.django_db


def test_a_draft_is_kept_reopened_and_sent(client, member, organization):
    client.force_login(member)
    url = f"/en/my/organizations/{organization.pk}/edit/"
    data = form_data(client.get(url).context["editor"])
    data.update(description_en="We meet every week.", draft="1")
    assert client.post(url, data).status_code == 302
    draft = ChangeRequest.objects.get()
    assert draft.status == RequestStatus.DRAFT

    # the form opens with the draft; saving again updates the same draft
    editor = client.get(url).context["editor"]
    assert editor.listing.initial["description_en"] == "We meet every week."
    data = form_data(editor)
    data.update(email="info@example.org", draft="1")
    client.post(url, data)
    draft = ChangeRequest.objects.get()
    assert draft.proposed["description"]["en"] == "We meet every week."
    assert draft.proposed["email"] == "info@example.org"

    organization.refresh_from_db()
    assert organization.email is None and not organization.description_en

    assert client.post(f"/en/my/requests/{draft.pk}/send/").status_code == 302
    assert ChangeRequest.objects.get().status == RequestStatus.PENDING


def test_a_fellow_member_cannot_send_someone_elses_draft(client, member, organization):
    client.force_login(member)
    url = f"/sv/my/organizations/{organization.pk}/edit/"
    data = form_data(client.get(url).context["editor"])
    data.update(email="a@example.org", draft="1")
    client.post(url, data)
    draft = ChangeRequest.objects.get()
    colleague = member_of(organization)
    client.force_login(colleague)
    assert client.post(f"/sv/my/requests/{draft.pk}/send/").status_code == 403
    assert ChangeRequest.objects.get().status == RequestStatus.DRAFT


def _draft_by(client, member, organization):
    client.force_login(member)
    url = f"/sv/my/organizations/{organization.pk}/edit/"
    data = form_data(client.get(url).context["editor"])
    data.update(email="draft@example.org", draft="1")
    client.post(url, data)
    return ChangeRequest.objects.get()


def test_a_fellow_member_does_not_see_someone_elses_draft(client, member, organization):
    draft = _draft_by(client, member, organization)
    colleague = member_of(organization)
    client.force_login(colleague)
    assert client.get(f"/sv/my/requests/{draft.pk}/").status_code == 403
    listing = client.get(f"/sv/my/organizations/{organization.pk}/requests/")
    assert draft not in list(listing.context["requests"])
    assert "draft@example.org" not in listing.content.decode()


def test_the_author_and_moderators_see_the_draft(client, member, organization, moderator):
    from community import services

    draft = _draft_by(client, member, organization)
    assert client.get(f"/sv/my/requests/{draft.pk}/").status_code == 200
    member_of(organization, moderator)
    assert services.get_visible_request(moderator, draft.pk) == draft
