"""ESF project cards are read from both text layouts; a card that cannot be read is refused with its line."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from directory.importers.esf import CardError, parse_card, read_card
from tests.directory.api_fixtures import english_messages  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("english_messages")

CARDS = Path(__file__).parent / "esf_cards"
VARMLANDSMODELLEN = CARDS / "000_51f49cbc1d1f9e3d.txt"
VARMLAND_TILLSAMMANS = CARDS / "001_042fa550731e13da.txt"
TILL_ARBETE = CARDS / "002_0cd49d87051f89e2.txt"
INTEGRATION_PA_G = CARDS / "003_7d4e4a7fde03d5bb.txt"


def test_key_on_one_line_value_on_the_next():
    card = read_card(VARMLANDSMODELLEN)

    assert card.name == "Värmlandsmodellen"
    assert card.case_number == "2015/00643"
    assert (card.start, card.end) == (date(2016, 1, 1), date(2019, 2, 28))
    assert card.budget == Decimal("55150451")
    assert card.esf_support == Decimal("26109689")
    assert card.region == "Norra Mellansverige"
    assert card.owner_name == "Filipstads kommun"
    assert card.owner_unit == "Arbetsmarknad och integrationsenheten"
    assert card.owner_org_number == ""
    assert card.contact_name == "Jim Frölander"
    assert card.contact_email == "jim.frolander@filipstad.se"
    assert card.contact_phone == ""
    assert card.summary.startswith("Projektet har sitt ursprung i det faktum")


def test_cookie_banner_and_menu_noise_are_ignored():
    card = read_card(VARMLAND_TILLSAMMANS)

    assert card.name == "Värmland Tillsammans"
    assert card.case_number == "2017/00427"
    assert (card.start, card.end) == (date(2018, 4, 1), date(2021, 2, 28))
    assert card.budget == Decimal("51168147")
    assert card.esf_support == Decimal("24126570")
    # the owner repeats its own name; the repetition is not a unit
    assert card.owner_name == "Karlstads kommun"
    assert card.owner_unit == "Arbetsmarknads- och socialförvaltningen, Staben"
    assert card.contact_email == "jennie.holmberg@karlstad.se"
    assert "cookies" not in card.summary.lower()
    assert card.summary.startswith("Cirka hälften av de inskrivna på Arbetsförmedlingen")


def test_vasteras_card():
    card = read_card(TILL_ARBETE)

    assert (card.name, card.case_number) == ("Till arbete eller studier", "2020/00089")
    assert (card.start, card.end) == (date(2020, 7, 1), date(2022, 12, 31))
    assert (card.budget, card.esf_support) == (Decimal("11218708"), Decimal("5258446"))
    assert card.region == "Östra Mellansverige"
    assert (card.owner_name, card.owner_unit) == ("Västerås stad", "Arbetsmarknadsenheten")
    assert (card.contact_name, card.contact_email) == ("Emma Steiner", "emma.steiner@vasteras.se")


def test_key_and_value_glued_on_one_line():
    card = read_card(INTEGRATION_PA_G)

    assert card.name == "Integration på G!"
    # this older card prints no case number, and says the owner is missing
    assert card.case_number == ""
    assert card.owner_name == ""
    assert (card.start, card.end) == (date(2009, 1, 15), date(2011, 1, 15))
    assert card.budget == Decimal("12929174")
    assert card.esf_support == Decimal("5172130")
    assert card.region == "Småland och Öarna"
    assert card.contact_name == "Anette Sahlander"
    assert card.contact_email == "annette.sahlander@arbetsformedlingen.se"
    assert card.contact_phone == "010-4860016"
    assert card.summary.startswith("Strategiska parter i Kronobergs län samverkar")


def test_glued_layout_with_an_organisation_number():
    text = (
        "Ett projekt\n\nProjektägareExempelkommunen (212000-2080)\nProjektperiod2020-01-01 till 2020-12-31\n"
        "Total projektbudget1 000 kr\nBeviljat ESF-stöd500 kr\n"
    )
    card = parse_card(text)

    assert (card.name, card.owner_name, card.owner_org_number) == ("Ett projekt", "Exempelkommunen", "212000-2080")
    assert (card.budget, card.esf_support) == (Decimal("1000"), Decimal("500"))


def _broken(tmp_path, original: Path, old: str, new: str) -> Path:
    text = original.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / original.name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("original", "old", "new", "line", "words"),
    [
        (TILL_ARBETE, "11 218 708", "11 218 7O8", 18, "amount"),
        (TILL_ARBETE, "2020-07-01 - 2022-12-31", "2020-07-01 - 2022-13-31", 16, "date"),
        (TILL_ARBETE, "2020-07-01 - 2022-12-31", "från 2020-07-01", 16, "period"),
        (TILL_ARBETE, "2020-07-01 - 2022-12-31", "2022-12-31 - 2020-07-01", 16, "ends before"),
        (TILL_ARBETE, "Projektnummer:\n2020/00089", "Projektnummer:\n2020/00098", 8, "differs"),
        (TILL_ARBETE, "emma.steiner@vasteras.se", "emma.steiner(at)vasteras", 24, "e-mail"),
        (TILL_ARBETE, "5 258 446", "15 258 446", 20, "larger than the total budget"),
        (VARMLAND_TILLSAMMANS, "24 126 570", "24 126 570 euro", 25, "amount"),
        (VARMLANDSMODELLEN, "Startdatum:\n", "Startdatum:\n2016-02-01\n", 8, "differs from the project period"),
        (INTEGRATION_PA_G, "2011-01-15", "2011-01-32", 19, "date"),
        (INTEGRATION_PA_G, "Total projektbudget12", "Total projektbudgettolv", 18, "amount"),
    ],
)
def test_unreadable_card_is_refused_with_file_and_line(tmp_path, original, old, new, line, words):
    path = _broken(tmp_path, original, old, new)

    with pytest.raises(CardError) as raised:
        read_card(path)

    assert raised.value.line == line
    assert f"{path}, line {line}:" in str(raised.value)
    assert words in str(raised.value)


def test_card_whose_case_number_fields_are_all_empty_is_refused():
    text = "Ett projekt\n\nDiarienummer:\nProjektnummer:\nProjektperiod:\n2020-01-01 - 2020-12-31\n"

    with pytest.raises(CardError) as raised:
        parse_card(text, source="tom.txt")

    assert raised.value.line == 3
    assert "case number is empty" in str(raised.value)


def test_card_without_a_period_is_refused():
    text = "2020/00001 - Ett projekt\n\nDiarienummer:\n2020/00001\nRegion:\nÖstra Mellansverige\n"

    with pytest.raises(CardError) as raised:
        parse_card(text, source="utan-period.txt")

    assert raised.value.line == 3
    assert "no period" in str(raised.value)


def test_text_that_is_no_card_is_refused_at_line_one():
    with pytest.raises(CardError) as raised:
        parse_card("Den här hemsidan använder cookies.\n\nLär dig mer\n", source="cookies.txt")

    assert raised.value.line == 1
    assert str(raised.value).startswith("cookies.txt, line 1:")


def test_file_that_is_not_utf8_is_refused_with_its_line(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Namn:\nVästerås\n".encode("latin-1"))

    with pytest.raises(CardError) as raised:
        read_card(path)

    assert raised.value.line == 2
