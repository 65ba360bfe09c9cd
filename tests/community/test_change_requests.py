"""Members' edits become change requests: not public until approved, applied atomically and recorded."""

from unittest import mock

import pytest
from django.core import mail

from community import services
from community.models import ChangeRequest, ListingVersion, RequestStatus
from directory import snapshot
from directory.models import Schedule

from .conftest import form_data

pytestmark = pytest.mark.django_db


def _edit_url(org):
    return f"/ar/my/organizations/{org.pk}/edit/"


def _submit(client, org, **changes):
    editor = client.get(_edit_url(org)).context["editor"]
    data = form_data(editor)
    data.update(changes)
    return client.post(_edit_url(org), data)


def test_saving_the_form_creates_a_pending_request_and_nothing_goes_live(client, member, organization):
    client.force_login(member)
    before = snapshot.serialize(organization)
    response = _submit(client, organization, description_ar="نلتقي كل أسبوع.", email="info@example.org",
                       languages=["ar", "so"])
    assert response.status_code == 302
    change = ChangeRequest.objects.get(organization=organization)
    assert change.status == RequestStatus.PENDING and change.author == member
    assert change.proposed["description"]["ar"] == "نلتقي كل أسبوع."
    assert change.proposed["languages"] == ["ar", "so"]
    assert change.base_snapshot == before
    organization.refresh_from_db()
    assert snapshot.serialize(organization) == before
    assert organization.description_ar in ("", None)


def test_services_are_edited_in_the_page_language_and_other_languages_are_kept(client, member, organization):
    client.force_login(member)
    _submit(client, organization, **{"services-0-name": "مساعدة في الواجبات المدرسية"})
    proposed = ChangeRequest.objects.get().proposed["services"][0]
    assert proposed["name"]["ar"] == "مساعدة في الواجبات المدرسية"
    assert proposed["name"]["sv"] == "Läxhjälp"


def test_an_unchanged_form_creates_no_request(client, member, organization):
    client.force_login(member)
    assert _submit(client, organization).status_code == 302
    assert not ChangeRequest.objects.exists()


def test_bad_input_changes_nothing(client, member, organization):
    client.force_login(member)
    response = _submit(client, organization, email="not-an-address", **{"phones-0-number": "ring mig"})
    assert response.status_code == 200
    assert response.context["editor"].listing.errors["email"]
    assert not ChangeRequest.objects.exists()


def test_approval_applies_every_field_and_is_recorded(client, member, moderator, organization,
                                                      django_capture_on_commit_callbacks):
    client.force_login(member)
    _submit(client, organization, description_ar="وصف جديد", description_sv="Ny beskrivning",
            email="info@example.org", website="https://forening.example.org", languages=["so"],
            **{"phones-0-number": "021-12 34 56", "services-0-name": "خدمة",
               "services-1-name": "Ny tjänst", "locations-0-address_1": "Kopparbergsvägen 2",
               "locations-0-hours-1-weekday": "5", "locations-0-hours-1-opens": "18:00",
               "locations-0-hours-1-closes": "21:00"})
    change = ChangeRequest.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        version = services.approve(change, moderator, message="Tack!")

    organization.refresh_from_db()
    live = snapshot.serialize(organization)
    assert live["description"]["ar"] == "وصف جديد" and live["description"]["sv"] == "Ny beskrivning"
    assert live["email"] == "info@example.org" and live["website"] == "https://forening.example.org"
    assert live["languages"] == ["so"]
    assert [p["number"] for p in live["phones"]] == ["021-12 34 56"]
    assert [s["name"]["ar"] for s in live["services"]] == ["خدمة", "Ny tjänst"]
    assert live["locations"][0]["address_1"] == "Kopparbergsvägen 2"
    assert live["locations"][0]["hours"] == [{"weekday": 2, "opens": "10:00", "closes": "14:00"},
                                             {"weekday": 5, "opens": "18:00", "closes": "21:00"}]
    change.refresh_from_db()
    assert change.status == RequestStatus.APPROVED and change.reviewed_by == moderator
    assert change.reviewed_at is not None
    assert version.number == 2 and version.change_request == change and version.created_by == moderator
    assert version.snapshot == live
    assert mail.outbox[-1].to == [member.email]


def test_approval_is_all_or_nothing(member, moderator, organization):
    proposed = snapshot.serialize(organization)
    proposed["description"]["sv"] = "Halvvägs"
    proposed["locations"][0]["hours"] = [{"weekday": 3, "opens": "08:00", "closes": "12:00"}]
    change = services.submit_change(member, organization, proposed, base_snapshot=snapshot.serialize(organization))
    before = snapshot.serialize(organization)
    with mock.patch.object(Schedule.objects, "bulk_create", side_effect=RuntimeError("disk full")):
        with pytest.raises(RuntimeError):
            services.approve(change, moderator)
    organization.refresh_from_db()
    assert snapshot.serialize(organization) == before
    assert ChangeRequest.objects.get().status == RequestStatus.PENDING
    assert ListingVersion.objects.filter(organization=organization).count() == 1  # the baseline only


def test_rejection_changes_nothing_and_tells_the_author(member, moderator, organization,
                                                        django_capture_on_commit_callbacks):
    proposed = snapshot.serialize(organization)
    proposed["email"] = "spam@example.org"
    change = services.submit_change(member, organization, proposed, base_snapshot=snapshot.serialize(organization))
    with django_capture_on_commit_callbacks(execute=True):
        services.reject(change, moderator, message="Fel adress")
    organization.refresh_from_db()
    assert organization.email is None
    assert ChangeRequest.objects.get().status == RequestStatus.REJECTED
    assert "Fel adress" in mail.outbox[-1].body


def test_rollback_restores_an_earlier_version(member, moderator, organization):
    original = snapshot.serialize(organization)
    for text in ("Första ändringen", "Andra ändringen"):
        organization.refresh_from_db()
        proposed = snapshot.serialize(organization)
        proposed["description"]["sv"] = text
        proposed["services"] = []
        change = services.submit_change(member, organization, proposed,
                                        base_snapshot=snapshot.serialize(organization))
        services.approve(change, moderator)
    organization.refresh_from_db()
    assert organization.description_sv == "Andra ändringen" and not organization.services.exists()

    baseline = ListingVersion.objects.get(organization=organization, number=1)
    version = services.rollback(baseline, moderator)
    organization.refresh_from_db()
    restored = snapshot.serialize(organization)
    assert restored["description"] == original["description"]
    assert [s["name"] for s in restored["services"]] == [s["name"] for s in original["services"]]
    assert version.number == 4 and version.rolled_back_to == baseline


def test_a_conflict_is_detected_and_never_silently_overwritten(member, moderator, organization):
    base = snapshot.serialize(organization)
    first, second = snapshot.serialize(organization), snapshot.serialize(organization)
    first["email"] = "first@example.org"
    second["email"] = "second@example.org"
    a = services.submit_change(member, organization, first, base_snapshot=base)
    b = services.submit_change(member, organization, second, base_snapshot=base)

    assert services.conflicts(a)["others"] == [b] and services.conflicts(b)["others"] == [a]
    services.approve(a, moderator)
    assert services.conflicts(b)["stale"]
    with pytest.raises(services.ConflictError):
        services.approve(b, moderator)
    organization.refresh_from_db()
    assert organization.email == "first@example.org"
    assert ChangeRequest.objects.get(pk=b.pk).status == RequestStatus.PENDING

    services.approve(b, moderator, override_conflict=True)  # after a person compared the two
    organization.refresh_from_db()
    assert organization.email == "second@example.org"


def test_a_request_is_handled_only_once(member, moderator, organization):
    change = services.submit_change(member, organization, snapshot.serialize(organization),
                                    base_snapshot=snapshot.serialize(organization))
    services.reject(change, moderator)
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.approve(change, moderator)


def test_a_member_confirms_the_listing_is_still_correct(client, member, organization):
    from django.utils import timezone

    client.force_login(member)
    response = client.post(f"/sv/my/organizations/{organization.pk}/verify/")
    assert response.status_code == 302
    organization.refresh_from_db()
    assert organization.last_verified == timezone.localdate() and organization.verified_by == member
    assert client.get(f"/sv/my/organizations/{organization.pk}/verify/").status_code == 405
