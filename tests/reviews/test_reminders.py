"""``manage.py review_reminders``: the owner and editors of pages due within N days get one e-mail each."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from .conftest import make_article, make_editor


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: datetime.date(2026, 12, 5))


def _run(*args):
    out = StringIO()
    call_command("review_reminders", *args, stdout=out)
    return out.getvalue()


def test_editors_and_owner_of_a_due_page_get_one_mail_each(topic, django_user_model):
    owner = django_user_model.objects.create_user("owner", "owner@example.org", "a-long-password-1")
    editor = make_editor(django_user_model, topic)
    due = make_article(topic, title="Snart", review_by=datetime.date(2026, 12, 20), owner=owner)
    overdue = make_article(topic, title="Sen", review_by=datetime.date(2026, 11, 1))
    make_article(topic, title="Långt bort", review_by=datetime.date(2027, 6, 1))
    _run("--days", "30")
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert set(by_recipient) == {owner.email, editor.email}
    assert "Snart" in by_recipient[owner.email].body and "Sen" not in by_recipient[owner.email].body
    editor_mail = by_recipient[editor.email].body
    assert editor_mail.index("Sen") < editor_mail.index("Snart")  # soonest first
    assert "Långt bort" not in editor_mail
    assert f"/admin/pages/{overdue.pk}/edit/" in editor_mail and f"/admin/pages/{due.pk}/edit/" in editor_mail
    assert "försenad sedan" in editor_mail  # in Swedish, the editors' language


def test_dry_run_prints_and_sends_nothing(topic, django_user_model):
    make_editor(django_user_model, topic)
    make_article(topic, title="Snart", review_by=datetime.date(2026, 12, 20))
    output = _run("--days", "30", "--dry-run")
    assert mail.outbox == []
    assert "To: editor@example.org" in output and "Snart" in output
    assert "1 reminders would be sent" in output


def test_a_due_page_nobody_edits_is_reported(topic):
    make_article(topic, title="Ingen redaktör", review_by=datetime.date(2026, 12, 10))
    output = _run("--days", "10", "--dry-run")
    assert "No editor to remind: Ingen redaktör" in output


def test_editors_of_other_sections_are_not_reminded(topic, home, django_user_model):
    from pages.models import MeetingPlacePage
    from tests.pages.conftest import make_page

    place = make_page(home, MeetingPlacePage, title={"sv": "Mötesplats"})
    make_editor(django_user_model, place, name="other", email="other@example.org")
    make_article(topic, review_by=datetime.date(2026, 12, 10))
    _run("--days", "10")
    assert all(m.to != ["other@example.org"] for m in mail.outbox)


def test_days_out_of_range_is_an_error(db):
    with pytest.raises(CommandError):
        _run("--days", "-1")
