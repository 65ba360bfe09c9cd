"""The Elasticsearch engine, tested through the index definitions and queries it generates; against a
real cluster only when ELASTICSEARCH_URL is set."""

import json

import pytest

from kernel import languages
from search.analysis import RAW_WORD
from search.backends import language_analysis
from search.engines.base import EngineUnavailable, Filters
from search.engines.elasticsearch import (
    ElasticsearchEngine,
    build_search,
    build_suggest,
    index_definition,
    synonym_set_id,
)

from .conftest import ELASTICSEARCH_URL, make_actor, make_doc, needs_elasticsearch


def definition(code):
    language = next(lang for lang in language_analysis() if lang.code == code)
    return index_definition(f"portal-{code}-1", language, "portal").to_dict()


def analysis(code):
    return definition(code)["settings"]["analysis"]


def char_mappings(code, analyzer_name="portal_text"):
    a = analysis(code)
    rules = []
    for name in a["analyzer"][analyzer_name].get("char_filter", []):
        rules += a["char_filter"][name]["mappings"]
    return rules


def apply(rules, text):
    """What Elasticsearch's mapping char filter does with these rules."""
    for rule in rules:
        source, _, target = rule.partition("=>")
        text = text.replace(source.strip(), target.strip().replace("\\u0020", " "))
    return text


def test_every_language_index_uses_only_built_in_analysis():
    for code in languages.CODES:
        dumped = json.dumps(definition(code))
        assert "icu" not in dumped and "portal_text" in dumped


def test_swedish_folds_then_stems():
    text = analysis("sv")["analyzer"]["portal_text"]
    assert text["filter"] == ["lowercase", "asciifolding", "portal_stem_swedish"]
    assert analysis("sv")["filter"]["portal_stem_swedish"] == {"type": "stemmer", "language": "swedish"}


@pytest.mark.parametrize("code, stemmer", [("en", "english"), ("ru", "russian"), ("tr", "turkish"),
                                           ("ar", "arabic"), ("fa", None), ("so", None), ("uk", None)])
def test_stemmer_per_language(code, stemmer):
    filters = analysis(code)["analyzer"]["portal_text"]["filter"]
    assert (f"portal_stem_{stemmer}" in filters) if stemmer else not any(f.startswith("portal_stem") for f in filters)


@pytest.mark.parametrize("code", ["ar", "fa", "prs", "ckb"])
def test_arabic_script_char_filter_gives_the_embedded_engines_letters(code):
    rules = char_mappings(code)
    for a, b in [("كتاب", "کتاب"), ("يوسف", "یوسف"), ("مستشفى", "مستشفي"), ("أحمد", "احمد"),
                 ("مَدْرَسَة", "مدرسه"), ("المدرســة", "المدرسه"), ("می\u200cخواهم", "میخواهم")]:
        assert apply(rules, a) == apply(rules, b), (a, b)
    assert "arabic_normalization" in analysis(code)["analyzer"]["portal_text"]["filter"]


def test_persian_adds_persian_normalisation():
    assert "persian_normalization" in analysis("fa")["analyzer"]["portal_text"]["filter"]


def test_pashto_keeps_its_yeh_letters_distinct():
    rules = char_mappings("ps")
    assert apply(rules, "ي") != apply(rules, "ی")
    assert apply(rules, "ښ") == "ښ"
    assert apply(rules, "كور") == apply(rules, "کور")


def test_turkish_lowercase_and_apostrophe():
    a = analysis("tr")
    assert a["analyzer"]["portal_text"]["filter"][:2] == ["apostrophe", "portal_turkish_lowercase"]
    assert a["filter"]["portal_turkish_lowercase"] == {"type": "lowercase", "language": "turkish"}
    assert "asciifolding" not in a["analyzer"]["portal_text"]["filter"]  # ı and i are different letters


def test_russian_yo_and_tigrinya_separators():
    assert apply(char_mappings("ru"), "ёлка") == "елка"
    assert apply(char_mappings("ti"), "ሰላም፡ዓለም።").split() == ["ሰላም", "ዓለም"]


def test_names_field_folds_every_script_in_every_language():
    for code in ("sv", "ar", "tr", "ti"):
        d = definition(code)
        assert d["mappings"]["properties"]["names"]["analyzer"] == "portal_names"
        names = d["settings"]["analysis"]["analyzer"]["portal_names"]
        assert "asciifolding" in names["filter"] and "portal_arabic_letters" in names["char_filter"]
    assert apply(char_mappings("sv", "portal_names"), "İstanbul") == "istanbul"


def test_synonyms_apply_at_search_time_from_a_synonym_set():
    a = analysis("sv")
    assert "portal_synonyms_sv" not in a["analyzer"]["portal_text"]["filter"]
    assert "portal_synonyms_sv" in a["analyzer"]["portal_text_search"]["filter"]
    assert a["filter"]["portal_synonyms_sv"] == {
        "type": "synonym_graph", "synonyms_set": synonym_set_id("portal", "sv"), "updateable": True}


def test_query_is_fuzzy_in_title_body_and_names_with_every_word_required():
    query = build_search("forsakringskasan barn", "portal-sv").to_dict()
    must = query["query"]["bool"]["must"]
    assert [m["multi_match"]["query"] for m in must] == ["forsakringskasan", "barn"]
    for clause in must:
        assert clause["multi_match"]["fuzziness"].startswith("AUTO")
        assert clause["multi_match"]["fields"] == ["title^10", "body", "names^6"]


def test_filters_facets_highlight_and_paging():
    query = build_search("barn", "portal-sv", Filters(type="page", focus_area="work", language_served="ar"),
                         page=3).to_dict()
    assert {"term": {"focus_areas": "work"}} in query["query"]["bool"]["filter"]
    assert {"term": {"languages_served": "ar"}} in query["query"]["bool"]["filter"]
    assert query["post_filter"] == {"term": {"type": "page"}}  # facet counts are not narrowed by the type
    assert query["aggs"]["type"]["terms"]["field"] == "type"
    assert query["highlight"]["encoder"] == "html" and query["highlight"]["pre_tags"] == ["<mark>"]
    assert query["from"] == 20 and query["size"] == 10
    assert query["suggest"]["did_you_mean"]["term"]["field"] == "spell"


@pytest.mark.parametrize("hostile", ['"a" OR b*', "title:x AND (y", "\\", "x" * 2000, "barn " * 500, "\x00\x07"])
def test_hostile_text_never_becomes_query_syntax(hostile):
    query = build_search(hostile, "portal-sv").to_dict()
    dumped = json.dumps(query)
    assert "query_string" not in dumped and "simple_query_string" not in dumped
    must = query["query"]["bool"]["must"]
    assert len(must) <= 16
    for clause in must:  # each clause is one plain word (or nothing to match)
        assert "match_none" in clause or RAW_WORD.fullmatch(clause["multi_match"]["query"])


def test_suggest_uses_prefix_fields():
    query = build_suggest("försäk", "portal-sv").to_dict()
    assert query["query"]["multi_match"]["type"] == "bool_prefix"
    assert "names.prefix" in query["query"]["multi_match"]["fields"]


def test_an_index_and_alias_per_language():
    engine = ElasticsearchEngine(language_analysis(), url="http://127.0.0.1:9", prefix="portal")
    assert engine.alias("ar") == "portal-ar" and engine.alias("sv-x-simple") == "portal-sv-x-simple"
    with pytest.raises(KeyError):
        engine.alias("xx")


def test_unreachable_cluster_is_reported_down_and_writes_raise_unavailable(db):
    engine = ElasticsearchEngine(language_analysis(), url="http://127.0.0.1:9", prefix="portal")  # nothing listens on port 9
    assert engine.health()["status"] == "down"
    with pytest.raises(EngineUnavailable):
        engine.index([make_doc("Bostad", "sv")])


@needs_elasticsearch
def test_rebuild_swaps_aliases_without_losing_search(db):
    import uuid

    engine = ElasticsearchEngine(language_analysis(), url=ELASTICSEARCH_URL, prefix=f"test-{uuid.uuid4().hex[:8]}")
    try:
        engine.refresh_on_write = True
        engine.index([make_actor("Försäkringskassan", "sv", object_id=1)])
        before = set(engine.client.indices.get_alias(name=engine.alias("sv")))
        engine.rebuild([make_actor("Migrationsverket", "sv", object_id=2)])
        after = set(engine.client.indices.get_alias(name=engine.alias("sv")))
        assert before and after and not before & after
        assert [h.object_id for h in engine.search("migrationsverket", "sv").hits] == ["2"]
        assert engine.search("forsakringskassan", "sv").total == 0
    finally:
        engine.drop()
