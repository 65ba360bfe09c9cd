"""The member's edit form: any value in any field (and a tampered base) never gives a server error and,
when refused, proposes nothing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from community.editing import ListingEditor
from community.models import ChangeRequest
from kernel import languages
from tests.community.conftest import form_data
from tests.fuzz.strategies import FUZZ, anything, rolled_back

pytestmark = pytest.mark.django_db


@pytest.fixture
def shown(organization, member):
    from directory import snapshot

    editor = ListingEditor(organization.pk, snapshot.serialize(organization), languages.DEFAULT)
    return form_data(editor)


@FUZZ
@given(data=st.data())
def test_any_field_value(client, organization, member, shown, data):
    field = data.draw(st.sampled_from(sorted(shown)), label="field")
    value = data.draw(anything, label="value")
    client.force_login(member)
    with rolled_back():
        response = client.post(f"/sv/my/organizations/{organization.pk}/edit/", {**shown, field: value})
        assert response.status_code < 500, (field, value)
        if response.status_code != 302:
            assert not ChangeRequest.objects.exists()
