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


def _pending_logos(settings):
    folder = settings.MEDIA_ROOT / "community" / "pending-logos"
    return sorted(p.name for p in folder.glob("*.png")) if folder.exists() else []


def test_saving_a_draft_again_with_a_new_logo_leaves_one_file(client, member, organization, settings,
                                                              django_capture_on_commit_callbacks):
    client.force_login(member)
    for color in ((200, 30, 30), (30, 200, 30), (30, 30, 200)):
        upload = SimpleUploadedFile("logo.png", png_bytes(color=color), content_type="image/png")
        with django_capture_on_commit_callbacks(execute=True):
            _post(client, organization, upload, draft="1")
    draft = ChangeRequest.objects.get()
    assert _pending_logos(settings) == [draft.logo.name.rsplit("/", 1)[-1]]


def test_a_rejected_logo_is_removed(client, member, moderator, organization, settings,
                                    django_capture_on_commit_callbacks):
    client.force_login(member)
    _post(client, organization, SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png"))
    assert len(_pending_logos(settings)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        services.reject(ChangeRequest.objects.get(), moderator)
    assert _pending_logos(settings) == []
    assert not ChangeRequest.objects.get().logo


def test_an_approved_logo_stays(client, member, moderator, organization, settings,
                                django_capture_on_commit_callbacks):
    client.force_login(member)
    _post(client, organization, SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png"))
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(ChangeRequest.objects.get(), moderator)
    assert len(_pending_logos(settings)) == 1


def test_a_huge_upload_is_refused_from_its_length_before_it_is_read(client, member, organization):
    client.force_login(member)
    body = b"x" * 64

    class Unread:
        read_bytes = 0

        def read(self, size=-1):
            Unread.read_bytes += 1
            return body

        readline = read

    response = client.generic("POST", f"/en/my/organizations/{organization.pk}/edit/", data=b"",
                              content_type="multipart/form-data; boundary=xyz",
                              CONTENT_LENGTH=str(30 * 1024 * 1024), **{"wsgi.input": Unread()})
    assert response.status_code == 413
    assert "The file is too large (at most 2 MB)." in response.content.decode()
    assert Unread.read_bytes == 0
    assert not ChangeRequest.objects.exists()
