"""A listing's snapshot (``directory.snapshot``) compared field by field, for moderators' reviews."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from kernel import languages

# --- comparison ------------------------------------------------------------------------------------

def _format_hours(hours: list[dict]) -> str:
    from directory.models import Weekday

    return "; ".join(f"{Weekday(h['weekday']).label} {h['opens']}–{h['closes']}" for h in hours)


def flatten(data: dict) -> dict[tuple, str]:
    """Every leaf of a snapshot under a stable key, list items keyed by their row id (or position if new)."""
    flat: dict[tuple, str] = {}
    for code, text in data.get("description", {}).items():
        flat[("description", code)] = text
    for key in ("email", "website", "logo"):
        flat[(key,)] = data.get(key, "")
    flat[("languages",)] = ", ".join(data.get("languages", []))
    for group in ("phones", "services", "locations"):
        for n, item in enumerate(data.get(group, [])):
            ident = item.get("id") or f"new-{n + 1}"
            for field, value in item.items():
                if field == "id":
                    continue
                if isinstance(value, dict):
                    for code, text in value.items():
                        flat[(group, ident, field, code)] = text
                elif field == "hours":
                    flat[(group, ident, field)] = _format_hours(value)
                else:
                    flat[(group, ident, field)] = str(value)
    return flat


FIELD_LABELS = {
    "description": _("Description"), "email": _("E-mail"), "website": _("Website"), "logo": _("Logo"),
    "languages": _("Languages you serve in"), "phones": _("Phone number"), "services": _("Service"),
    "locations": _("Place"), "name": _("Name"), "url": _("Web page"), "number": _("Phone number"),
    "type": _("Type"), "address_1": _("Street address"), "postal_code": _("Postal code"), "city": _("City"),
    "hours": _("Opening hours"),
}


def label(key: tuple) -> str:
    """A reader's name for a flattened key: "Service 12 › Name (العربية)"."""
    parts = []
    for part in key:
        if isinstance(part, str) and part in languages.BY_CODE:
            parts[-1] = f"{parts[-1]} ({languages.BY_CODE[part].name_local})"
        elif isinstance(part, str) and part in FIELD_LABELS:
            parts.append(str(FIELD_LABELS[part]))
        else:
            parts[-1] = f"{parts[-1]} {part}"
    return " › ".join(parts)


def diff(old: dict, new: dict) -> list[dict]:
    """Changed fields only: ``[{"key": (...), "label": "...", "old": "...", "new": "..."}]``, in a stable order."""
    a, b = flatten(old), flatten(new)
    changes = []
    for key in list(a) + [k for k in b if k not in a]:
        before, after = a.get(key, ""), b.get(key, "")
        if before != after:
            changes.append({"key": key, "label": label(key), "old": before, "new": after})
    return changes
