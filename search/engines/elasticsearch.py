"""The Elasticsearch engine: one index per language with that language's analyzers, behind an alias.

Rebuilds go into a new versioned index and the alias is swapped when it is complete (no downtime).
Only analysis built into Elasticsearch is used (no ICU plugin); the rules mirror search/analysis.py.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from elasticsearch import ApiError, Elasticsearch, TransportError, helpers
from elasticsearch.dsl import (
    Index,
    Keyword,
    Mapping,
    Q,
    SearchAsYouType,
    Text,
    analyzer,
    char_filter,
    token_filter,
)
from elasticsearch.dsl import Search as DslSearch

from search import analysis as rules
from search.documents import SearchDocument
from search.engines.base import (
    FILTER_FIELDS,
    MAX_PAGE,
    MAX_QUERY_WORDS,
    PAGE_SIZE,
    Capability,
    EngineUnavailable,
    Filters,
    Hit,
    LanguageAnalysis,
    Results,
    SearchEngine,
    Suggestion,
    SynonymProvider,
)

log = logging.getLogger(__name__)
FUZZINESS = "AUTO:4,8"  # as the embedded engine: no edits below 4 letters, 1 up to 7, then 2
FIELDS = ["title^10", "body", "names^6"]


def _mapping_rules(table: dict[str, str | None]) -> list[str]:
    # an empty right-hand side deletes the character
    return [f"{k} => {v}" if v else f"{k} =>" for k, v in table.items()]



# --- char filters and token filters ---------------------------------------------------------------

ARABIC_LETTERS = char_filter("portal_arabic_letters", "mapping", mappings=_mapping_rules({
    **{c: None for c in rules.TASHKEEL + rules.TATWEEL + rules.ZWNJ},
    **rules.ALEF_FORMS, **rules.TEH_MARBUTA, **rules.KAF_FORMS, **rules.YEH_FORMS}))
# Pashto: the same, except that its yeh letters stay distinct
PASHTO_LETTERS = char_filter("portal_pashto_letters", "mapping", mappings=_mapping_rules({
    **{c: None for c in rules.TASHKEEL + rules.TATWEEL + rules.ZWNJ},
    **rules.ALEF_FORMS, **rules.TEH_MARBUTA, **rules.KAF_FORMS}))
INVISIBLE = char_filter("portal_invisible", "mapping", mappings=_mapping_rules(
    {c: None for c in rules.INVISIBLE + rules.ZWNJ}))
ETHIOPIC = char_filter("portal_ethiopic_separators", "mapping",
                       mappings=[f"{c} => \\u0020" for c in rules.ETHIOPIC_SEPARATORS])
RUSSIAN_YO = char_filter("portal_russian_yo", "mapping", mappings=["ё => е", "Ё => Е"])
DOTTED_I = char_filter("portal_dotted_i", "mapping", mappings=["İ => i"])

TURKISH_LOWERCASE = token_filter("portal_turkish_lowercase", "lowercase", language="turkish")
FOLDING = "asciifolding"  # å/ä/ö → a/a/o, as the embedded engine's Latin folding


def _stemmer(name: str):
    return token_filter(f"portal_stem_{name}", "stemmer", language=name)


def synonym_set_id(prefix: str, code: str) -> str:
    return f"{prefix}-{code}-synonyms"


def _chain(language: LanguageAnalysis) -> tuple[list, list]:
    """Char filters and token filters (before stemming) of a language, from its analysis key."""
    name = language.analysis
    char_filters: list = [INVISIBLE]
    filters: list = ["lowercase"]
    if name in ("arabic", "persian", "sorani"):
        char_filters = [ARABIC_LETTERS]
        filters = ["lowercase", "decimal_digit", "arabic_normalization", FOLDING]
        if name == "persian":
            filters.insert(3, "persian_normalization")
    elif name == "pashto":
        char_filters = [PASHTO_LETTERS]
        filters = ["lowercase", "decimal_digit", "arabic_normalization", FOLDING]
    elif name == "turkish":
        filters = ["apostrophe", TURKISH_LOWERCASE]
    elif name == "tigrinya":
        char_filters = [INVISIBLE, ETHIOPIC]
    elif name == "russian":
        char_filters = [INVISIBLE, RUSSIAN_YO]
    elif name in ("swedish", "english", "somali"):
        filters = ["lowercase", FOLDING]
    return char_filters, filters


def analyzers(language: LanguageAnalysis, prefix: str) -> dict[str, object]:
    """The analyzers of one language's index: text (index and search), words, names."""
    code = language.code
    char_filters, filters = _chain(language)
    stemmer = language.stemmer
    stem = [_stemmer(stemmer)] if stemmer else []
    synonyms = token_filter(f"portal_synonyms_{code.replace('-', '_')}", "synonym_graph",
                            synonyms_set=synonym_set_id(prefix, code), updateable=True)
    return {
        "text": analyzer("portal_text", tokenizer="standard", char_filter=char_filters, filter=[*filters, *stem]),
        "text_search": analyzer("portal_text_search", tokenizer="standard", char_filter=char_filters,
                                filter=[*filters, synonyms, *stem]),
        "words": analyzer("portal_words", tokenizer="standard", char_filter=char_filters, filter=filters),
        "names": analyzer("portal_names", tokenizer="standard",
                          char_filter=[DOTTED_I, ARABIC_LETTERS, ETHIOPIC, RUSSIAN_YO],
                          filter=["lowercase", "decimal_digit", "arabic_normalization", FOLDING]),
        "spell": analyzer("portal_spell", tokenizer="standard", char_filter=char_filters, filter=filters),
    }


def index_definition(name: str, language: LanguageAnalysis, prefix: str) -> Index:
    a = analyzers(language, prefix)
    mapping = Mapping()
    mapping.field("type", Keyword())
    mapping.field("object_id", Keyword())
    mapping.field("language", Keyword())
    mapping.field("title_language", Keyword())
    mapping.field("url", Keyword(index=False))
    mapping.field("title", Text(analyzer=a["text"], search_analyzer=a["text_search"], copy_to="spell",
                                fields={"words": SearchAsYouType(analyzer=a["words"])}))
    mapping.field("body", Text(analyzer=a["text"], search_analyzer=a["text_search"], copy_to="spell"))
    mapping.field("names", Text(analyzer=a["names"], fields={"prefix": SearchAsYouType(analyzer=a["names"])}))
    mapping.field("spell", Text(analyzer=a["spell"]))
    for field_name in FILTER_FIELDS.values():
        mapping.field(field_name, Keyword())
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.mapping(mapping)
    return index


def document_source(doc: SearchDocument) -> dict:
    return {
        "type": doc.type, "object_id": str(doc.object_id), "language": doc.language,
        "title_language": doc.title_language or doc.language, "url": doc.url, "title": doc.title,
        "body": doc.body, "names": list(doc.names), "focus_areas": list(doc.focus_areas),
        "categories": list(doc.categories), "languages_served": list(doc.languages_served),
    }


def query_words(query: str) -> list[str]:
    """The words of a query as written (the server analyses them): no query syntax reaches it."""
    return rules.RAW_WORD.findall(query)[:MAX_QUERY_WORDS]


def build_search(query: str, alias: str, filters: Filters | None = None, page: int = 1,
                 page_size: int = PAGE_SIZE, highlight: bool = True) -> DslSearch:
    filters = filters or Filters()
    words = query_words(query)
    # every word must match in some field (as the embedded engine), each with typo tolerance
    must = [Q("multi_match", query=word, fields=FIELDS, type="best_fields", fuzziness=FUZZINESS,
              max_expansions=20) for word in words]
    search = DslSearch(index=alias).query(Q("bool", must=must or [Q("match_none")]))
    for name, field_name in FILTER_FIELDS.items():
        value = getattr(filters, name)
        if value:
            search = search.filter("term", **{field_name: value})
    search.aggs.bucket("type", "terms", field="type", size=10)
    if filters.type:  # after the facet counts, so they show what the other types would give
        search = search.post_filter("term", type=filters.type)
    if highlight:
        search = search.highlight_options(pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html")
        search = search.highlight("title", number_of_fragments=0)
        search = search.highlight("body", fragment_size=200, number_of_fragments=1, no_match_size=200)
    if words:
        search = search.suggest("did_you_mean", " ".join(words), term={
            "field": "spell", "suggest_mode": "missing", "min_word_length": 4, "max_edits": 2})
    page = max(1, min(page, MAX_PAGE))
    search = search.source(["type", "object_id", "url", "title", "title_language"])
    search = search.extra(track_total_hits=True)
    return search[(page - 1) * page_size: page * page_size]


def build_suggest(prefix: str, alias: str, limit: int = 8) -> DslSearch:
    words = query_words(prefix)
    search = DslSearch(index=alias).source(["title", "url", "type"])
    fields = ["title.words", "title.words._2gram", "title.words._3gram",
              "names.prefix", "names.prefix._2gram", "names.prefix._3gram"]
    return search.query(Q("multi_match", query=" ".join(words), type="bool_prefix", fields=fields))[:limit]


class ElasticsearchEngine(SearchEngine):
    name = "elasticsearch"
    capabilities = frozenset(Capability)

    def __init__(self, languages: Sequence[LanguageAnalysis], synonyms: SynonymProvider | None = None,
                 url: str = "", prefix: str = "portal", client: Elasticsearch | None = None):
        super().__init__(languages, synonyms)
        if not url and client is None:
            raise EngineUnavailable("ELASTICSEARCH_URL is not set")
        self.url = url
        self.prefix = prefix
        self.client = client or Elasticsearch(url, request_timeout=10, max_retries=1, retry_on_timeout=False)
        self.refresh_on_write = False
        self._ready: set[str] = set()

    def alias(self, code: str) -> str:
        self.language(code)
        return f"{self.prefix}-{code}"

    def _call(self, func, *args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (TransportError, ApiError) as exc:
            if isinstance(exc, ApiError) and exc.meta.status < 500 and exc.meta.status != 429:
                raise
            raise EngineUnavailable(f"Elasticsearch: {exc}") from exc

    def _groups(self, code: str) -> list[list[str]]:
        return [list(g) for g in self.synonyms(code)]

    # --- indexes and aliases ---
    def _new_index(self, code: str) -> str:
        name = f"{self.alias(code)}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"
        self.update_synonyms(code, self._groups(code))
        definition = index_definition(name, self.language(code), self.prefix).to_dict()
        self._call(self.client.indices.create, index=name, **definition)
        return name

    def _ensure(self, code: str) -> None:
        if code in self._ready:
            return
        alias = self.alias(code)
        if not self._call(self.client.indices.exists_alias, name=alias):
            name = self._new_index(code)
            self._call(self.client.indices.put_alias, index=name, name=alias)
        self._ready.add(code)

    def update_synonyms(self, language: str, groups: Sequence[Sequence[str]]) -> None:
        rules_ = [{"id": f"rule-{i}", "synonyms": ", ".join(g)} for i, g in enumerate(groups) if len(g) > 1]
        self._call(self.client.synonyms.put_synonym, id=synonym_set_id(self.prefix, language), synonyms_set=rules_)

    # --- write side ---
    def _bulk(self, actions, **kwargs) -> int:
        refresh = "wait_for" if self.refresh_on_write else False
        ok, errors = self._call(helpers.bulk, self.client, actions, refresh=refresh, raise_on_error=False,
                                **kwargs)
        for error in errors:
            item = next(iter(error.values()), {})
            if not (item.get("status") == 404 and "delete" in error):  # deleting what is gone is fine
                log.error("Elasticsearch refused a document: %s", error)
        return ok

    def index(self, docs: Iterable[SearchDocument]) -> int:
        docs = list(docs)
        for code in {d.language for d in docs}:
            self._ensure(code)
        return self._bulk({"_op_type": "index", "_index": self.alias(d.language), "_id": d.id,
                           "_source": document_source(d)} for d in docs)

    def delete(self, ids: Iterable[str]) -> None:
        actions = []
        for doc_id in ids:
            code = doc_id.rsplit(":", 1)[-1]
            if code in self.languages:
                self._ensure(code)
                actions.append({"_op_type": "delete", "_index": self.alias(code), "_id": doc_id})
        if actions:
            self._bulk(actions)

    def rebuild(self, docs: Iterable[SearchDocument], progress=None) -> int:
        new = {code: self._new_index(code) for code in self.languages}
        count = 0

        def actions():
            nonlocal count
            for doc in docs:
                count += 1
                if progress and count % 500 == 0:
                    progress(count)
                yield {"_op_type": "index", "_index": new[doc.language], "_id": doc.id,
                       "_source": document_source(doc)}

        self._call(helpers.bulk, self.client, actions(), chunk_size=500)
        if progress:
            progress(count)
        self._call(self.client.indices.refresh, index=",".join(new.values()))
        old = []
        swap = []
        for code, name in new.items():
            alias = self.alias(code)
            try:
                current = list(self.client.indices.get_alias(name=alias).keys())
            except ApiError:
                current = []
            old += current
            swap += [{"remove": {"index": i, "alias": alias}} for i in current]
            swap.append({"add": {"index": name, "alias": alias}})
        self._call(self.client.indices.update_aliases, actions=swap)  # one atomic swap for every language
        if old:
            self._call(self.client.indices.delete, index=",".join(old), ignore_unavailable=True)
        self._ready = set(self.languages)
        return count

    def refresh(self) -> None:
        self._call(self.client.indices.refresh, index=f"{self.prefix}-*", ignore_unavailable=True)

    def drop(self) -> None:
        """Delete every index and synonym set of this prefix (tests)."""
        self.client.indices.delete(index=f"{self.prefix}-*", ignore_unavailable=True)
        for code in self.languages:
            try:
                self.client.synonyms.delete_synonym(id=synonym_set_id(self.prefix, code))
            except ApiError:
                pass

    # --- read side ---
    def search(self, query: str, language: str, filters: Filters | None = None, facets: bool = True,
               highlight: bool = True, page: int = 1, page_size: int = PAGE_SIZE) -> Results:
        page = max(1, min(int(page), MAX_PAGE))
        results = Results(query=query, language=language, page=page, page_size=page_size)
        if not query_words(query):
            return results
        self._ensure(language)
        search = build_search(query, self.alias(language), filters, page, page_size, highlight)
        response = self._call(self.client.search, index=self.alias(language), body=search.to_dict())
        results.total = response["hits"]["total"]["value"]
        results.facets = {"type": {b["key"]: b["doc_count"] for b in response["aggregations"]["type"]["buckets"]}}
        for item in response["hits"]["hits"]:
            source = item["_source"]
            marks = item.get("highlight", {})
            results.hits.append(Hit(
                id=item["_id"], type=source["type"], object_id=source["object_id"], language=language,
                title=source["title"], url=source["url"], score=item.get("_score") or 0.0,
                title_highlight=(marks.get("title") or [""])[0], body_highlight=(marks.get("body") or [""])[0],
                title_language=source.get("title_language", language)))
        results.suggestion = self._did_you_mean(response)
        return results

    @staticmethod
    def _did_you_mean(response) -> str | None:
        entries = response.get("suggest", {}).get("did_you_mean", [])
        changed, words = False, []
        for entry in entries:
            options = entry.get("options") or []
            if options:
                words.append(options[0]["text"])
                changed = True
            else:
                words.append(entry["text"])
        return " ".join(words) if changed else None

    def suggest(self, prefix: str, language: str, limit: int = 8) -> list[Suggestion]:
        words = query_words(prefix)
        if not words or len(words[-1]) < 2:
            return []
        self._ensure(language)
        search = build_suggest(prefix, self.alias(language), limit)
        response = self._call(self.client.search, index=self.alias(language), body=search.to_dict())
        seen, out = set(), []
        for item in response["hits"]["hits"]:
            source = item["_source"]
            if source["title"] not in seen:
                seen.add(source["title"])
                out.append(Suggestion(source["title"], source["url"], source["type"]))
        return out

    # --- operations ---
    def counts(self) -> dict[str, int]:
        out = {}
        for code in self.languages:
            try:
                out[code] = self._call(self.client.count, index=self.alias(code))["count"]
            except ApiError:  # no index for the language yet
                out[code] = 0
        return out

    def ping(self) -> bool:
        try:
            return bool(self.client.ping())
        except (TransportError, ApiError) as exc:
            raise EngineUnavailable(str(exc)) from exc
