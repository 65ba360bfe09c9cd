"""Every write of activities and who may make it: members propose (a change request staff approve),
staff publish; cancelling and moving keep what readers need to know."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from community import services as community
from community.models import ChangeRequest, RequestKind, RequestStatus
from directory.models import Language, Location
from events.models import Activity, ActivityStatus
from kernel import languages

TEXT_FIELDS = ("title", "description", "place")
PLAIN_FIELDS = ("start_date", "start_time", "end_time", "recurrence", "location", "focus_area", "audience",
                "price", "registration_url", "status")


# --- snapshots: an activity as plain JSON (what a change request proposes) ----------------------------

def serialize(activity: Activity | None) -> dict:
    if activity is None:
        return {}
    return {
        **{f: {lang.code: getattr(activity, languages.field_name(f, lang.code)) or "" for lang in languages.TABLE}
           for f in TEXT_FIELDS},
        "start_date": activity.start_date.isoformat(),
        "start_time": activity.start_time.strftime("%H:%M"),
        "end_time": activity.end_time.strftime("%H:%M") if activity.end_time else "",
        "recurrence": activity.recurrence,
        "location": activity.location_id,
        "languages": sorted(activity.languages.values_list("code", flat=True)),
        "focus_area": activity.focus_area,
        "audience": activity.audience,
        "price": str(activity.price) if activity.price is not None else "",
        "registration_url": activity.registration_url,
        "status": activity.status,
    }


def proposal_from_form(cleaned: dict, language: str, base: dict) -> dict:
    """The proposed snapshot: ``base`` with the form's values; texts in other languages kept."""
    data = {f: dict(base.get(f, {})) for f in TEXT_FIELDS}
    for field in TEXT_FIELDS:
        data[field][language] = cleaned.get(field) or ""
    data.update({
        "start_date": cleaned["start_date"].isoformat(),
        "start_time": cleaned["start_time"].strftime("%H:%M"),
        "end_time": cleaned["end_time"].strftime("%H:%M") if cleaned.get("end_time") else "",
        "recurrence": cleaned.get("recurrence") or "",
        "location": cleaned.get("location"),
        "languages": sorted(cleaned.get("languages") or []),
        "focus_area": cleaned.get("focus_area") or "",
        "audience": cleaned["audience"],
        "price": str(cleaned["price"]) if cleaned.get("price") is not None else "",
        "registration_url": cleaned.get("registration_url") or "",
        "status": cleaned.get("status") or base.get("status") or ActivityStatus.SCHEDULED,
    })
    return data


def flatten(data: dict) -> dict[str, str]:
    flat = {}
    for field in TEXT_FIELDS:
        for code, text in data.get(field, {}).items():
            if text:
                flat[f"{field} ({languages.BY_CODE[code].name_local})" if code in languages.BY_CODE else field] = text
    for field in PLAIN_FIELDS:
        value = data.get(field)
        flat[field] = "" if value is None else str(value)
    flat["languages"] = ", ".join(data.get("languages", []))
    return flat


def diff(old: dict, new: dict) -> list[dict]:
    a, b = flatten(old), flatten(new)
    return [{"key": (k,), "label": k, "old": a.get(k, ""), "new": b.get(k, "")}
            for k in list(a) + [k for k in b if k not in a] if a.get(k, "") != b.get(k, "")]


# --- members ---------------------------------------------------------------------------------------

def editable_activities(user, organization):
    community.require_can_edit(user, organization)
    return Activity.objects.filter(organizer=organization)


def organization_locations(organization):
    return organization.locations.order_by("sort_order", "pk")


@transaction.atomic
def propose(user, organization, proposed: dict, *, activity: Activity | None = None, message: str = "",
            language: str = languages.DEFAULT) -> ChangeRequest:
    """A member of ``organization`` proposes a new activity, or a change to one of its activities;
    nothing is published until a moderator approves it."""
    community.require_can_edit(user, organization)
    if activity is not None and activity.organizer_id != organization.pk:
        raise PermissionDenied
    location = proposed.get("location")
    if location is not None and not organization.locations.filter(pk=location).exists():
        raise PermissionDenied  # a place of another organisation
    return ChangeRequest.objects.create(
        kind=RequestKind.ACTIVITY, organization=organization, author=user, status=RequestStatus.PENDING,
        proposed={**proposed, "activity": activity.pk if activity else None},
        base_snapshot=serialize(activity), message=message, language=language)


def _time(value: str) -> time | None:
    return time.fromisoformat(value) if value else None


def apply_proposal(change_request: ChangeRequest, moderator) -> Activity:
    """Publish what ``change_request`` proposes (runs inside the moderator's approval transaction)."""
    community.require_can_moderate(moderator)
    data = change_request.proposed
    organization = change_request.organization
    if data.get("activity"):
        activity = Activity.objects.select_for_update().filter(pk=data["activity"], organizer=organization).first()
        if activity is None:
            raise ValidationError("The activity no longer exists.")
    else:
        activity = Activity(organizer=organization)
    previous = activity.starts_at() if activity.pk else None
    for field in TEXT_FIELDS:
        for code, text in data.get(field, {}).items():
            if code in languages.BY_CODE:
                setattr(activity, languages.field_name(field, code), text or None if code != languages.DEFAULT
                        else text or "")
    activity.start_date = date.fromisoformat(data["start_date"])
    activity.start_time = _time(data["start_time"])
    activity.end_time = _time(data.get("end_time", ""))
    activity.recurrence = data.get("recurrence", "")
    location = data.get("location")
    activity.location = organization.locations.filter(pk=location).first() if location else None
    activity.focus_area = data.get("focus_area", "")
    activity.audience = data.get("audience") or activity.audience
    activity.price = Decimal(data["price"]) if data.get("price") else None
    activity.registration_url = data.get("registration_url", "")
    activity.status = data.get("status") or ActivityStatus.SCHEDULED
    if activity.status == ActivityStatus.MOVED and previous and previous != activity.starts_at():
        activity.previous_start = previous
    activity.is_published = True
    activity.full_clean(exclude=["organizer", "meeting_place", "location"])
    activity.save()
    activity.languages.set(spoken_languages(data.get("languages", [])))
    return activity


def spoken_languages(codes) -> list[Language]:
    """The directory's languages for ``codes``: the portal's own languages are created when missing."""
    codes = set(codes)
    found = {lang.code: lang for lang in Language.objects.filter(code__in=codes)}
    for code in codes - set(found):
        if code in languages.BY_CODE:
            lang = languages.BY_CODE[code]
            found[code] = Language.objects.create(code=code, name=lang.name, name_local=lang.name_local)
    return list(found.values())


# --- staff -----------------------------------------------------------------------------------------

@transaction.atomic
def cancel(activity: Activity, moderator, *, on: date | None = None) -> Activity:
    """Cancel the whole activity, or one date of a repeating one (kept visible, marked cancelled)."""
    community.require_can_moderate(moderator)
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    if on is None:
        activity.status = ActivityStatus.CANCELLED
    else:
        activity.cancelled_dates = ", ".join(d.isoformat() for d in sorted(activity.cancelled_on() | {on}))
    activity.save()
    return activity


@transaction.atomic
def move(activity: Activity, moderator, *, start_date: date, start_time: time, end_time: time | None = None,
         location: Location | None = None) -> Activity:
    """Give a single-date activity a new date (and place); readers see that it moved and from when."""
    community.require_can_moderate(moderator)
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    activity.previous_start = activity.starts_at()
    activity.start_date, activity.start_time = start_date, start_time
    activity.end_time = end_time
    if location is not None:
        activity.location = location
    activity.status = ActivityStatus.MOVED
    activity.full_clean(exclude=["organizer", "meeting_place", "location"])
    activity.save()
    return activity


def local_start(activity: Activity) -> datetime:
    return timezone.localtime(activity.starts_at())
