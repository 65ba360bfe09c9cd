"""manage.py import_esf: projects and owners from ESF cards, idempotent, dry run, all or nothing."""

from datetime import date
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from directory.models import Organization, Project
from tests.directory.api_fixtures import english_messages  # noqa: F401  (fixture)

CARDS = Path(__file__).parent / "esf_cards"
ALL_CARDS = sorted(str(p) for p in CARDS.glob("00[0-3]_*.txt"))
TILL_ARBETE = str(CARDS / "002_0cd49d87051f89e2.txt")

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_messages")]


def run(*args) -> str:
    out = StringIO()
    call_command("import_esf", *args, stdout=out)
    return out.getvalue()


def test_imports_every_seed_card_with_its_owner():
    run(*ALL_CARDS)

    assert Project.objects.count() == 4
    project = Project.objects.get(case_number="2020/00089")
    assert project.name == "Till arbete eller studier"
    assert (project.start, project.end) == (date(2020, 7, 1), date(2022, 12, 31))
    assert (project.budget, project.esf_support) == (Decimal("11218708"), Decimal("5258446"))
    assert project.region == "Östra Mellansverige"
    assert (project.contact_name, project.contact_email) == ("Emma Steiner", "emma.steiner@vasteras.se")
    assert project.organization.name == "Västerås stad"
    assert project.owner_unit == "Arbetsmarknadsenheten"
    # owners the directory did not know are created unpublished, with nothing invented
    assert project.organization.is_published is False
    assert project.organization.description == ""
    assert project.organization.email is None
    glued = Project.objects.get(name="Integration på G!")
    assert glued.case_number == ""
    assert glued.organization is None
    assert glued.contact_phone == "010-4860016"


def test_existing_owner_is_linked_not_duplicated():
    vasteras = Organization.objects.create(name="Västerås stad", slug="vasteras-stad", is_published=True)

    run(TILL_ARBETE)

    assert Project.objects.get().organization == vasteras
    assert Organization.objects.filter(name__iexact="Västerås stad").count() == 1


def test_importing_twice_changes_nothing():
    run(*ALL_CARDS)
    before = list(Project.objects.order_by("pk").values())
    organizations = Organization.objects.count()

    output = run(*ALL_CARDS)

    assert list(Project.objects.order_by("pk").values()) == before
    assert Organization.objects.count() == organizations
    assert output.count("unchanged") == 4


def test_changed_card_updates_the_same_project(tmp_path):
    run(TILL_ARBETE)
    changed = tmp_path / "002.txt"
    changed.write_text(Path(TILL_ARBETE).read_text(encoding="utf-8").replace("Emma Steiner", "Ny Kontakt"),
                       encoding="utf-8")

    output = run(str(changed))

    project = Project.objects.get()
    assert project.contact_name == "Ny Kontakt"
    assert "update" in output


def test_dry_run_writes_nothing_and_says_what_it_would_do():
    output = run("--dry-run", *ALL_CARDS)

    assert Project.objects.count() == 0
    assert Organization.objects.filter(name="Filipstads kommun").count() == 0
    assert "2015/00643 Värmlandsmodellen" in output
    assert "Filipstads kommun" in output


def test_one_unreadable_card_imports_nothing(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_text(Path(TILL_ARBETE).read_text(encoding="utf-8").replace("11 218 708", "elva miljoner"),
                      encoding="utf-8")

    with pytest.raises(CommandError) as raised:
        run(ALL_CARDS[0], ALL_CARDS[1], str(broken))

    assert f"{broken}, line 18" in str(raised.value)
    assert Project.objects.count() == 0
    assert Organization.objects.count() == 0


def test_missing_file_imports_nothing(tmp_path):
    with pytest.raises(CommandError):
        run(ALL_CARDS[0], str(tmp_path / "no-such-card.txt"))

    assert Project.objects.count() == 0
