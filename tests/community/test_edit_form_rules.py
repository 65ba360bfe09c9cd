"""Opening hours that end before they start and rows sent twice are refused with a clear error; nothing is saved."""

import pytest
from django.utils import translation

from community.forms import CLOSES_BEFORE_OPENS, DUPLICATE_ROW
from community.models import ChangeRequest

from .conftest import form_data

pytestmark = pytest.mark.django_db


def _submit(client, org, **changes):
    url = f"/en/my/organizations/{org.pk}/edit/"
    data = form_data(client.get(url).context["editor"])
    data.update(changes)
    return client.post(url, data)


def test_hours_that_close_before_they_open_are_refused(client, member, organization):
    client.force_login(member)
    response = _submit(client, organization, **{"locations-0-hours-0-opens": "10:00",
                                                 "locations-0-hours-0-closes": "09:00"})
    assert response.status_code == 200
    with translation.override("en"):
        assert str(CLOSES_BEFORE_OPENS) in response.content.decode().replace("&#x27;", "'")
    assert not ChangeRequest.objects.exists()


def test_hours_that_open_and_close_at_the_same_time_are_refused(client, member, organization):
    client.force_login(member)
    response = _submit(client, organization, **{"locations-0-hours-0-opens": "10:00",
                                                 "locations-0-hours-0-closes": "10:00"})
    assert response.status_code == 200
    assert not ChangeRequest.objects.exists()


def test_hours_past_midnight_are_accepted(client, member, organization):
    client.force_login(member)
    response = _submit(client, organization, **{"locations-0-hours-0-opens": "22:00",
                                                 "locations-0-hours-0-closes": "02:00"})
    assert response.status_code == 302
    assert ChangeRequest.objects.get().proposed["locations"][0]["hours"]


def test_the_same_phone_sent_twice_is_refused(client, member, organization):
    client.force_login(member)
    phone_id = str(organization.phones.get().pk)
    response = _submit(client, organization, **{"phones-1-id": phone_id, "phones-1-number": "021-12 34 56"})
    assert response.status_code == 200
    with translation.override("en"):
        assert str(DUPLICATE_ROW) in response.content.decode()
    assert not ChangeRequest.objects.exists()
