"""A logo sent with the edit form: a bomb is refused and nothing is saved; a good one is published on approval."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from community import services
from community.models import ChangeRequest, OrganizationLogo

from .conftest import form_data, png_bytes
from .test_uploads import _bomb_png

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _post(client, organization, upload, **changes):
    url = f"/sv/my/organizations/{organization.pk}/edit/"
    data = form_data(client.get(url).context["editor"])
    data.update(changes, logo=upload)
    return client.post(url, data)


def test_a_bomb_image_is_rejected_and_nothing_is_saved(client, member, organization, settings):
    client.force_login(member)
    bomb = SimpleUploadedFile("logo.png", _bomb_png(30_000), content_type="image/png")
    response = _post(client, organization, bomb, description_sv="Ändrad text")
    assert response.status_code == 200
    assert response.context["editor"].listing.errors["logo"]
    assert not ChangeRequest.objects.exists()
    media = settings.MEDIA_ROOT
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))


def test_a_good_logo_waits_for_approval(client, member, moderator, organization):
    client.force_login(member)
    response = _post(client, organization, SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png"))
    assert response.status_code == 302
    change = ChangeRequest.objects.get()
    assert change.logo.name.endswith(".png")
    assert not OrganizationLogo.objects.exists()
    services.approve(change, moderator)
    assert OrganizationLogo.objects.get(organization=organization).image.name == change.logo.name
