"""Pages whose facts are due to be checked again: which, for whom, and the reminder to their editors."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from kernel import languages
from pages.models import ArticlePage, StandardPage

FACT_MODELS = (ArticlePage, StandardPage)
EDIT_PERMISSIONS = ("change_page", "publish_page")
MAX_DAYS = 3650


@dataclass(frozen=True)
class DuePage:
    page: Page
    review_by: datetime.date
    facts_checked: datetime.date | None
    overdue: bool

    @property
    def title(self) -> str:
        return self.page.title


def due_pages(within_days: int, *, today: datetime.date | None = None, user=None) -> list[DuePage]:
    """Live pages with facts whose ``review_by`` is at most ``within_days`` days away (or past), soonest
    first; only those ``user`` may edit when a user is given."""
    if not 0 <= within_days <= MAX_DAYS:
        raise ValueError(within_days)
    today = today or timezone.localdate()
    limit = today + datetime.timedelta(days=within_days)
    editable = None
    if user is not None:
        editable = set(PagePermissionPolicy().instances_user_has_permission_for(user, "change")
                       .values_list("pk", flat=True))
    due = []
    for model in FACT_MODELS:
        for page in model.objects.live().filter(review_by__lte=limit):
            if editable is None or page.pk in editable:
                due.append(DuePage(page, page.review_by, page.facts_checked, page.review_by < today))
    return sorted(due, key=lambda d: (d.review_by, d.page.path))


def editors_of(page: Page) -> list:
    """Who is reminded about ``page``: its owner and the members of groups that may edit it, active and
    with an e-mail address."""
    ancestors = page.get_ancestors(inclusive=True)
    groups = GroupPagePermission.objects.filter(
        page__in=ancestors, permission__codename__in=EDIT_PERMISSIONS,
        permission__content_type__app_label="wagtailcore",
    ).values("group")
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    recipients = {u.pk: u for u in users.filter(groups__in=groups)}
    if page.owner_id and page.owner.is_active and page.owner.email:
        recipients.setdefault(page.owner_id, page.owner)
    return sorted(recipients.values(), key=lambda u: u.email)


@dataclass(frozen=True)
class Reminder:
    recipient: object
    pages: list[DuePage]
    subject: str
    body: str


def reminders(within_days: int, *, today: datetime.date | None = None) -> tuple[list[Reminder], list[DuePage]]:
    """One reminder per editor listing their due pages, and the due pages nobody can be reminded about."""
    today = today or timezone.localdate()
    by_user: dict[int, tuple[object, list[DuePage]]] = {}
    orphans = []
    for due in due_pages(within_days, today=today):
        recipients = editors_of(due.page)
        if not recipients:
            orphans.append(due)
        for user in recipients:
            by_user.setdefault(user.pk, (user, []))[1].append(due)
    with translation.override(languages.DEFAULT):
        result = [Reminder(user, pages, _("Pages due for review"), _body(pages)) for user, pages in by_user.values()]
    return sorted(result, key=lambda r: r.recipient.email), orphans


def _body(pages: list[DuePage]) -> str:
    lines = [_("The facts of these pages are to be checked against their sources again. Check them, "
               "correct what has changed, and set new dates for \u201cfacts checked\u201d and \u201creview by\u201d."), ""]
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    for due in pages:
        when = date_format(due.review_by, "DATE_FORMAT")
        state = _("overdue since %(date)s") if due.overdue else _("review by %(date)s")
        lines.append(f"- {due.title}: {state % {'date': when}}")
        lines.append(f"  {base}{reverse('wagtailadmin_pages:edit', args=[due.page.pk])}")
    return "\n".join(lines) + "\n"


def send_reminders(within_days: int, *, today: datetime.date | None = None, dry_run: bool = False):
    """Send (or, with ``dry_run``, only build) the reminders; returns them and the pages without editors."""
    result, orphans = reminders(within_days, today=today)
    if not dry_run:
        for reminder in result:
            send_mail(reminder.subject, reminder.body, None, [reminder.recipient.email])
    return result, orphans

