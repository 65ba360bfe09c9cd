"""load_demo's directory: every actor the 2015 kartläggning names, in its category, nothing invented."""

import pytest

from directory import demo
from directory.models import Category, Organization, Service, Status

C = Category
# Transcribed from seeds/004 lines 60-75: (name in the directory, category, the report's spelling if it differs)
EXPECTED = [
    ("Försäkringskassan", C.AGENCY, None),
    ("Migrationsverket", C.AGENCY, None),
    ("Arbetsförmedlingen", C.AGENCY, None),
    ("Region Västmanland", C.MUNICIPALITY, "Landstinget"),
    ("BVC", C.MUNICIPALITY, None),
    ("AIH", C.MUNICIPALITY, None),
    ("Barnmorskemottagningen", C.MUNICIPALITY, None),
    ("Familjecentrum", C.MUNICIPAL_SERVICE, None),
    ("Områdessamordnare", C.MUNICIPAL_SERVICE, None),
    ("Bäckbyhuset", C.MEETING_PLACE, None),
    ("Hjärtpunkt Skiljebo", C.MEETING_PLACE, None),
    ("Biblioteken", C.MUNICIPAL_SERVICE, None),
    ("Ama Arbetsmarknad", C.MUNICIPAL_SERVICE, None),
    ("Integrationsenheten", C.MUNICIPAL_SERVICE, None),
    ("Socialkontor ekonomi", C.MUNICIPAL_SERVICE, "Social kontor ekonomi"),
    ("Socialkontor barn och ungdom", C.MUNICIPAL_SERVICE, "Social kontor barn och ungdom"),
    ("Socialkontor vuxen", C.MUNICIPAL_SERVICE, "Social konto vuxen"),
    ("Skultuna Familjecentrum", C.MUNICIPAL_SERVICE, None),
    ("SESAM", C.MUNICIPAL_SERVICE, None),
    ("VUC", C.MUNICIPAL_SERVICE, None),
    ("IDA-enheten", C.MUNICIPAL_SERVICE, None),
    ("Studieförbundet Vuxenskolan", C.STUDY_ASSOCIATION, None),
    ("Folkuniversitetet", C.STUDY_ASSOCIATION, None),
    ("Västerås Folkhögskola", C.STUDY_ASSOCIATION, None),
    ("Ibn Rushd", C.STUDY_ASSOCIATION, "Ibn Rush"),
    ("Medborgarskolan", C.STUDY_ASSOCIATION, None),
    ("Sensus", C.STUDY_ASSOCIATION, None),
    ("Bilda", C.STUDY_ASSOCIATION, None),
    ("Västmanlands Idrottsförbund/SISU Idrottsutbildarna", C.STUDY_ASSOCIATION,
     "Västmanlands Idrottsförbund/SISU Utbildarna"),
    ("ABF", C.STUDY_ASSOCIATION, None),
    ("NBV", C.STUDY_ASSOCIATION, None),
    ("Kulturens", C.STUDY_ASSOCIATION, None),
    ("Pingstkyrkan", C.FAITH_COMMUNITY, "Pingst kyrkan"),
    ("Frälsningsarmén", C.FAITH_COMMUNITY, None),
    ("Syrianska kyrkan", C.FAITH_COMMUNITY, None),
    ("Bäckbykyrkan", C.FAITH_COMMUNITY, None),
    ("Mikaelikyrkan", C.FAITH_COMMUNITY, None),
    ("Tomaskyrkan", C.FAITH_COMMUNITY, None),
    ("Stadsmissionen", C.FAITH_COMMUNITY, None),
    ("Ansgarskyrkan", C.FAITH_COMMUNITY, "Ansgar kyrkan"),
    ("Miljöpartiet", C.POLITICAL, None),
    ("Sverigedemokraterna", C.POLITICAL, None),
    ("Socialdemokraterna", C.POLITICAL, None),
    ("S-kvinnor", C.POLITICAL, None),
    ("Vänsterpartiet", C.POLITICAL, None),
    ("Centerpartiet", C.POLITICAL, None),
    ("Moderaterna", C.POLITICAL, None),
    ("Folkpartiet", C.POLITICAL, None),
    ("Kristdemokraterna", C.POLITICAL, None),
    ("Uppsala kommun", C.MUNICIPALITY, "Uppsala"),
    ("Göteborgs Stad", C.MUNICIPALITY, "Göteborg"),
    ("Svenska med baby", C.ASSOCIATION, "Svenska med Baby i Stockholm och Gävle"),
    ("Köpings kommun", C.MUNICIPALITY, "Köping"),
    ("Malmö stad", C.MUNICIPALITY, "Malmö"),
    ("Örebro kommun", C.MUNICIPALITY, "Örebro"),
    ("Sveriges Kommuner och Regioner", C.MUNICIPALITY, "SKL"),
    ("Sala kommun", C.MUNICIPALITY, "Sala"),
    ("Länsstyrelsen i Västra Götalands län", C.AGENCY, "Länsstyrelse Västra Götalands Län"),
    ("Karlskoga kommun", C.MUNICIPALITY, "Karlskoga"),
    ("Eskilstuna kommun", C.MUNICIPALITY, "Eskilstuna"),
    ("Röda Korset – Centrum för integration", C.ASSOCIATION, "Röda Korset – Centrum för Integration"),
    ("Horn of Africa", C.ASSOCIATION, None),
    ("Towfeq", C.ASSOCIATION, None),
    ("Redivid", C.ASSOCIATION, None),
    ("OMI", C.ASSOCIATION, None),
    ("Folkhälsobyrå", C.ASSOCIATION, None),
    ("CamVas", C.ASSOCIATION, None),
    ("Armenska föreningen", C.ASSOCIATION, None),
    ("Afghanska föreningen", C.ASSOCIATION, None),
    ("Irakiska föreningen", C.ASSOCIATION, None),
    ("IKKR", C.ASSOCIATION, None),
    ("Slussa Vänner", C.ASSOCIATION, None),
    ("Civilförsvarsförbundet", C.ASSOCIATION, None),
    ("Somaliska Ungdomsförbundet", C.ASSOCIATION, None),
    ("Somaliska kulturcenter", C.ASSOCIATION, None),
    ("Syrianska kulturcenter", C.ASSOCIATION, None),
    ("Syrianska fotboll", C.ASSOCIATION, None),
    ("Volontärbyrå", C.ASSOCIATION, None),
    ("Forum – idéburna organisationer med social inriktning", C.ASSOCIATION, None),
    ("Nätverket av Sociala Föreningar i Västerås", C.ASSOCIATION, None),
    ("Samordningsförbundet", C.ASSOCIATION, None),
]


@pytest.fixture
def loaded(db):
    demo.load()
    return {o.name: o for o in Organization.objects.select_related("category")}


def test_every_named_actor_in_its_category(loaded):
    assert len(EXPECTED) == len([o for o in demo.read().organizations if o.source == demo.SOURCE])
    for name, category, report_spelling in EXPECTED:
        org = loaded[name]
        assert org.category.code == category, name
        assert org.source == demo.SOURCE
        if report_spelling:
            assert report_spelling in org.alternate_names, name


def test_renamed_actors_keep_both_names(loaded):
    assert "Liberalerna" in loaded["Folkpartiet"].alternate_names
    region = loaded["Region Västmanland"]
    for unit in ("BVC", "AIH", "Barnmorskemottagningen"):
        assert loaded[unit].parent == region


def test_nothing_invented(loaded):
    """Contact details only where the content files name a service of a public body or national helpline
    with the official page it was checked against; nothing for associations of the kartläggning."""
    with_services = {org.name for org in demo.read().organizations if org.services}
    for org in loaded.values():
        assert org.email is None and org.last_verified is None
        assert not org.phones.exists() and not org.languages.exists()
        assert not any(loc.has_address or loc.has_coordinates for loc in org.locations.all())
        assert not any(loc.schedules.exists() for loc in org.locations.all())
        if org.name not in with_services:
            assert org.website is None and not org.services.exists(), org.name
    described = {name for name, org in loaded.items() if org.description_sv}
    assert described == {org.name for org in demo.read().organizations if org.description}
    assert loaded["Horn of Africa"].status == Status.UNKNOWN


def test_descriptions_translated(loaded):
    org = loaded["Försäkringskassan"]
    for code in ("en", "ar", "fa", "so", "ti", "uk"):
        assert getattr(org, f"description_{code}"), code
    assert "föräldrapenning" in org.description_sv


def test_focus_areas_and_areas(loaded):
    assert set(loaded["Försäkringskassan"].focus_areas.values_list("code", flat=True)) == {"parenting", "work"}
    assert set(loaded["BVC"].focus_areas.values_list("code", flat=True)) == {"parenting", "health"}
    assert list(loaded["Migrationsverket"].focus_areas.all()) == []
    assert Organization.objects.in_area("backby").count() == 2
    assert Organization.objects.in_area("skultuna").get().name == "Skultuna Familjecentrum"


def test_idempotent(loaded):
    demo.load()
    assert Organization.objects.count() == len(demo.read().organizations)
    assert Service.objects.count() == sum(len(o.services) for o in demo.read().organizations)
    assert Organization.objects.get(name="Bäckbyhuset").locations.count() == 1


def test_no_duplicate_slugs(loaded):
    slugs = [o.slug for o in loaded.values()]
    assert len(slugs) == len(set(slugs))
    assert loaded["Försäkringskassan"].slug == "forsakringskassan"
