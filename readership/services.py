"""Writes and reads of the reading statistics: helpful votes, the comments that go to the editors' feedback
queue, and the report tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone, translation

from kernel import languages
from readership.models import HelpfulVotes, PageViews


@dataclass(frozen=True)
class Subject:
    """A page or an actor that readers vote on, with its address and title in one language."""

    kind: str  # "page" or "actor"
    object: object
    path: str
    title: str


def find_subject(kind: str, object_id: str, code: str) -> Subject | None:
    """The live page or published actor ``object_id``, or None: votes are only counted for what exists."""
    if not str(object_id or "").isdigit() or code not in languages.BY_CODE:
        return None
    with translation.override(code):
        if kind == "page":
            from wagtail.models import Page

            page = Page.objects.live().public().filter(pk=int(object_id), depth__gt=1).first()
            if page is None:
                return None
            specific = page.specific
            title = specific.text_in(code).title if hasattr(specific, "text_in") else page.title
            url = page.get_url()
            return Subject("page", specific, url, title) if url else None
        if kind == "actor":
            from directory.models import Organization

            organization = Organization.objects.published().filter(pk=int(object_id)).first()
            if organization is None:
                return None
            return Subject("actor", organization, organization.get_absolute_url(), organization.name)
    return None


def record_vote(subject: Subject, helpful: bool, code: str, day: date | None = None) -> None:
    day = day or timezone.localdate()
    field = "yes" if helpful else "no"
    for _attempt in range(2):
        try:
            with transaction.atomic():
                updated = HelpfulVotes.objects.filter(day=day, language=code, path=subject.path).update(
                    **{field: F(field) + 1}, title=subject.title[:255])
                if not updated:
                    HelpfulVotes.objects.create(day=day, language=code, path=subject.path,
                                                title=subject.title[:255], **{field: 1})
                return
        except IntegrityError:  # created by another request at the same moment
            continue


def send_comment(subject: Subject, *, helpful: bool | None, message: str, code: str):
    """A reader's comment, into the editors' feedback queue (the same one as /<lang>/feedback/)."""
    from community import services as community

    page = subject.object if subject.kind == "page" else None
    about = {"helpful": helpful} if page is not None else {"helpful": helpful, "title": subject.title}
    return community.create_feedback(page, url=subject.path, message=message, email="", language=code,
                                     about=about)


# --- the report ------------------------------------------------------------------------------------

def require_can_view(user) -> None:
    if not (user and user.is_active and user.has_perm("readership.view_statistics")):
        raise PermissionDenied


def period(days: int, today: date | None = None) -> tuple[date, date]:
    today = today or timezone.localdate()
    return today - timedelta(days=days - 1), today


def most_read(start: date, end: date, per_language: int = 10) -> dict[str, list[dict]]:
    rows = (PageViews.objects.filter(day__range=(start, end)).values("language", "path")
            .annotate(total=Sum("views")).order_by("language", "-total", "path"))
    result: dict[str, list[dict]] = {}
    for row in rows:
        entries = result.setdefault(row["language"], [])
        if len(entries) < per_language:
            entries.append(row)
    return {code: result[code] for code in languages.CODES if code in result}


def languages_by_day(start: date, end: date) -> tuple[list[str], list[dict]]:
    """Views per day and language: the language codes that have any, and one row per day."""
    rows = (PageViews.objects.filter(day__range=(start, end)).values("day", "language")
            .annotate(total=Sum("views")))
    table: dict[date, dict[str, int]] = {}
    for row in rows:
        table.setdefault(row["day"], {})[row["language"]] = row["total"]
    codes = [code for code in languages.CODES if any(code in day for day in table.values())]
    days = []
    current = start
    while current <= end:
        values = table.get(current, {})
        days.append({"day": current, "counts": [values.get(code, 0) for code in codes],
                     "total": sum(values.values())})
        current += timedelta(days=1)
    return codes, days


def not_helpful(start: date, end: date, minimum_votes: int = 3, limit: int = 50) -> list[dict]:
    """Pages that readers often found not helpful: at least ``minimum_votes`` votes, most "no" first."""
    rows = (HelpfulVotes.objects.filter(day__range=(start, end)).values("language", "path")
            .annotate(yes_total=Sum("yes"), no_total=Sum("no")))
    result = []
    for row in rows:
        votes = row["yes_total"] + row["no_total"]
        if votes >= minimum_votes and row["no_total"]:
            title = (HelpfulVotes.objects.filter(language=row["language"], path=row["path"])
                     .exclude(title="").values_list("title", flat=True).first() or "")
            result.append({**row, "title": title, "votes": votes, "share_no": round(100 * row["no_total"] / votes)})
    result.sort(key=lambda r: (-r["share_no"], -r["no_total"], r["path"]))
    return result[:limit]


def zero_result_searches(limit: int = 50):
    from search.models import ZeroResultQuery

    return list(ZeroResultQuery.objects.order_by("-count", "-last_seen")[:limit])
