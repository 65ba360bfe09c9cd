"""The field-by-field comparison staff and members see: only changed fields, with readable names."""

import pytest
from django.utils import translation

from community import diff
from directory import services, snapshot

pytestmark = pytest.mark.django_db


def test_only_changed_fields_are_listed_with_readable_labels(organization):
    old = snapshot.serialize(organization)
    new = snapshot.serialize(organization)
    service_id = new["services"][0]["id"]
    new["description"]["ar"] = "وصف"
    new["services"][0]["name"]["ar"] = "خدمة"
    new["locations"][0]["hours"].append({"weekday": 5, "opens": "18:00", "closes": "21:00"})
    new["services"].append({"id": None, "name": {"sv": "Ny"}, "description": {}, "url": ""})
    with translation.override("en"):
        changes = diff.diff(old, new)
        labels = [c["label"] for c in changes]
    assert labels == ["Description (العربية)", f"Service {service_id} › Name (العربية)",
                      f"Place {new['locations'][0]['id']} › Opening hours", "Service new-2 › Name (Svenska)"]
    assert changes[2]["old"] == "Tuesday 10:00–14:00"
    assert changes[2]["new"] == "Tuesday 10:00–14:00; Friday 18:00–21:00"


def test_a_snapshot_applied_to_its_own_listing_changes_nothing(organization):
    before = snapshot.serialize(organization)
    services.apply_snapshot(organization, before)
    organization.refresh_from_db()
    assert snapshot.serialize(organization) == before
