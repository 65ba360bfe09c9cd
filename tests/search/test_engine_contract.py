"""The engine contract: the same documents, the same queries, the same hits, for every engine.

Runs on the embedded engine always and on Elasticsearch when ELASTICSEARCH_URL is set. A test marked
``requires(Capability.X)`` runs only for engines that declare that capability, and is skipped with the
reason for the others.
"""

import pytest

from search.backends import analyze
from search.engines.base import Capability, Filters

from .conftest import make_actor, make_doc

# the PostgreSQL engine keeps its documents in the test database
pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(engine):
    docs = [
        make_actor("Försäkringskassan", "sv", "Föräldrapenning och barnbidrag för familjer med barn.",
                   object_id=1, focus_areas=("parenting", "work"), categories=("agency",),
                   languages_served=("sv", "ar")),
        make_actor("Försäkringskassan", "ar", "التأمين الاجتماعي وإعانة الأطفال للعائلات.", object_id=1,
                   focus_areas=("parenting", "work"), categories=("agency",), languages_served=("sv", "ar")),
        make_actor("Bäckbyhuset", "sv", "Mötesplats i Bäckby med läxhjälp.", object_id=2,
                   focus_areas=("leisure",), categories=("meeting-place",)),
        make_doc("Barnen i förskolan", "sv", "Om förskola för barnen i Västerås.", object_id=3,
                 focus_areas=("parenting",)),
        make_doc("المدرسة والأطفال", "ar", "مَدْرَسَةُ الأَطْفَالِ في فستروس", object_id=4),
        make_doc("کتاب خانه", "fa", "یک کتابخانه برای همه", object_id=5),
        make_doc("İstanbul'dan gelenler", "tr", "Yeni gelenler için bilgi", object_id=6),
        make_doc("Ёлка в библиотеке", "ru", "Праздник для детей", object_id=7),
    ]
    engine.index(docs)
    engine.refresh()
    return docs


def ids(results):
    return sorted(h.object_id for h in results.hits)


def test_exact_name_is_found(engine, corpus):
    assert ids(engine.search("Försäkringskassan", "sv")) == ["1"]


def test_without_diacritics_is_found(engine, corpus):
    assert ids(engine.search("forsakringskassan", "sv")) == ["1"]


@pytest.mark.requires(Capability.FUZZY)
def test_typo_is_found(engine, corpus):
    assert ids(engine.search("forsakringskasan", "sv")) == ["1"]


def test_stemming_finds_barnen_from_barn(engine, corpus):
    assert "3" in ids(engine.search("barn", "sv"))


def test_swedish_name_of_an_actor_is_found_from_arabic(engine, corpus):
    assert ids(engine.search("Försäkringskassan", "ar")) == ["1"]
    assert ids(engine.search("forsakringskassan", "ar")) == ["1"]


def test_arabic_tashkeel_does_not_matter(engine, corpus):
    assert ids(engine.search("مدرسة", "ar")) == ids(engine.search("مَدْرَسَةٌ", "ar")) == ["4"]


def test_persian_and_arabic_letter_variants_give_the_same_results(engine, corpus):
    assert ids(engine.search("کتاب", "fa")) == ids(engine.search("كتاب", "fa")) == ["5"]


def test_turkish_istanbul_either_casing(engine, corpus):
    assert ids(engine.search("İstanbul", "tr")) == ids(engine.search("istanbul", "tr")) == ["6"]


def test_russian_yo(engine, corpus):
    assert ids(engine.search("елка", "ru")) == ["7"]


def test_results_stay_in_their_language(engine, corpus):
    assert ids(engine.search("Bäckbyhuset", "sv")) == ["2"]
    assert ids(engine.search("Bäckbyhuset", "ar")) == []


def test_type_facets_and_filter(engine, corpus):
    results = engine.search("barn", "sv")
    assert results.facets["type"] == {"organization": 1, "page": 1}
    only_pages = engine.search("barn", "sv", Filters(type="page"))
    assert ids(only_pages) == ["3"]
    assert only_pages.total == 1
    assert only_pages.facets["type"] == {"organization": 1, "page": 1}  # facets ignore their own filter


def test_focus_area_category_and_served_language_filters(engine, corpus):
    assert ids(engine.search("barn", "sv", Filters(focus_area="parenting"))) == ["1", "3"]
    assert ids(engine.search("barn", "sv", Filters(category="agency"))) == ["1"]
    assert ids(engine.search("barn", "sv", Filters(language_served="ar"))) == ["1"]
    assert ids(engine.search("barn", "sv", Filters(focus_area="housing"))) == []


@pytest.mark.requires(Capability.HIGHLIGHT)
def test_highlight_marks_matches_and_escapes_everything(engine, corpus):
    engine.index([make_doc("<script>alert(1)</script> Barn & familj", "sv", "Barn <b>och</b> föräldrar",
                           object_id=9)])
    engine.refresh()
    hit = next(h for h in engine.search("barn", "sv").hits if h.object_id == "9")
    assert "<mark>Barn</mark>" in hit.title_highlight
    assert "<script>" not in hit.title_highlight and "&lt;script&gt;" in hit.title_highlight
    assert "<b>" not in hit.body_highlight and "<mark>Barn</mark>" in hit.body_highlight


@pytest.mark.requires(Capability.DID_YOU_MEAN)
def test_did_you_mean(engine, corpus):
    suggestion = engine.search("forsakringskasan", "sv").suggestion
    assert analyze(suggestion, "sv") == analyze("försäkringskassan", "sv")
    assert engine.search("forsakringskassan", "sv").suggestion is None


@pytest.mark.requires(Capability.DID_YOU_MEAN)
def test_did_you_mean_never_offers_a_word_of_a_deleted_document(engine, corpus):
    engine.index([make_doc("Medborgarskolan", "sv", "Studiecirklar.", object_id=20)])
    engine.refresh()
    assert engine.search("medborgarskolen", "sv").suggestion == "medborgarskolan"
    engine.delete(["page:20:sv"])
    engine.refresh()
    results = engine.search("medborgarskolen", "sv")
    assert results.suggestion is None and results.total == 0


@pytest.mark.requires(Capability.SUGGEST)
def test_suggest_completes_a_prefix(engine, corpus):
    assert [s.text for s in engine.suggest("försäk", "sv")] == ["Försäkringskassan"]
    assert [s.text for s in engine.suggest("backby", "sv")] == ["Bäckbyhuset"]
    assert engine.suggest("zzz", "sv") == []


@pytest.mark.requires(Capability.SYNONYMS)
def test_synonyms(engine, corpus, synonyms):
    engine.index([make_doc("Barnavårdscentral", "sv", "Vaccination och hälsa.", object_id=10)])
    synonyms.groups["sv"] = [["BVC", "barnavårdscentral"]]
    engine.update_synonyms("sv", synonyms.groups["sv"])
    engine.refresh()
    assert ids(engine.search("BVC", "sv")) == ["10"]


def test_delete_and_reindex(engine, corpus):
    engine.delete(["organization:2:sv"])
    engine.refresh()
    assert ids(engine.search("Bäckbyhuset", "sv")) == []
    engine.index([make_actor("Bäckbyhuset", "sv", "Ny text", object_id=2)])
    engine.index([make_actor("Bäckbyhuset", "sv", "Nyare text", object_id=2)])  # replaces, not duplicates
    engine.refresh()
    assert ids(engine.search("Bäckbyhuset", "sv")) == ["2"]


def test_rebuild_replaces_the_whole_index(engine, corpus):
    assert engine.rebuild([make_actor("Migrationsverket", "sv", "Uppehållstillstånd.", object_id=30)]) == 1
    engine.refresh()
    assert ids(engine.search("forsakringskassan", "sv")) == []
    assert ids(engine.search("migrationsverket", "sv")) == ["30"]
    assert engine.counts()["sv"] == 1 and engine.counts()["ar"] == 0
    engine.index([make_doc("Barnen i förskolan", "sv", object_id=3)])  # written after a rebuild too
    engine.refresh()
    assert ids(engine.search("barn", "sv")) == ["3"]


def test_paging(engine):
    engine.index([make_doc(f"Språkcafé {n}", "sv", "Träffa nya vänner", object_id=n) for n in range(25)])
    engine.refresh()
    first, third = engine.search("språkcafé", "sv", page=1), engine.search("språkcafé", "sv", page=3)
    assert first.total == 25 and first.pages == 3
    assert len(first.hits) == 10 and len(third.hits) == 5
    assert not {h.id for h in first.hits} & {h.id for h in third.hits}


@pytest.mark.parametrize("query", [
    '"', '""', "'", "*", "NEAR(a b)", "a OR", "AND", "-", "^", "title:barn", "{title}: x", "(((",
    "barn\x00", "\x07\x1b[31m", "x" * 2000, "barn " * 400, "🙂", "\u202e", "   ",
])
def test_hostile_queries_are_answered(engine, corpus, query):
    results = engine.search(query, "sv")
    assert results.total >= 0
    if engine.can(Capability.SUGGEST):
        assert isinstance(engine.suggest(query, "sv"), list)


def test_counts_per_language(engine, corpus):
    counts = engine.counts()
    assert counts["sv"] == 3 and counts["ar"] == 2 and counts["en"] == 0
