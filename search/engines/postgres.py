"""The PostgreSQL engine: full-text search in the site's own database, so every app host shares one index.

Text is first normalised by the project's rules (search/analysis.py: Arabic-script letters, Turkish
casing, ё, Ethiopic separators, diacritics), then PostgreSQL parses and stems it with the text search
configuration of the language: ``portal_<stemmer>`` (unaccent + Snowball, no stop words) where the server
has a stemmer for it, ``portal_simple`` elsewhere (``_exact`` variants keep diacritics, as Turkish needs).
Proper names are matched from every language in their language-neutral folded form. ``pg_trgm`` finds
the words of the index nearest to one that matches nothing (typos, "did you mean"); autocomplete is a
prefix query on the unstemmed words of titles and names. The tables and configurations come from the
search app's migration 0002.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connections, transaction
from rapidfuzz.distance import Levenshtein

from search.analysis import CHAINS, NEUTRAL, RAW_WORD, Analyzer, analyzer, name_terms, normalize_word
from search.documents import SearchDocument
from search.engines.base import (
    FILTER_FIELDS,
    MAX_PAGE,
    PAGE_SIZE,
    Capability,
    EngineUnavailable,
    Filters,
    LanguageAnalysis,
    Results,
    SearchEngine,
    Suggestion,
    SynonymProvider,
    batches,
)
from search.engines.highlight import make_hit, prefix_words, query_words

DOCUMENTS = "portal_search_document"
WORDS = "portal_search_word"
STATE = "portal_search_state"
KNOWN_WORDS = 500_000  # words this process remembers as stored (bounded memory)
NAMES_CONFIG = "simple"  # names are folded by the project's neutral chain already
PREFIX_CONFIG = "simple"
# ts_rank weights {D, C, B, A}: body, (unused), names, title, as the embedded engine's 1 : 6 : 10
WEIGHTS = "{0.1, 0.0, 0.6, 1.0}"
BATCH = 500
FUZZY_CANDIDATES = 3
NEAREST_WORDS = 30
# the indexes of the documents table, as migration 0002 creates them ({table}, {name}: rebuilds)
INDEXES = (
    "ALTER TABLE {table} ADD CONSTRAINT {name}portal_search_document_pkey PRIMARY KEY (id)",
    "CREATE INDEX {name}portal_search_document_vector ON {table} USING gin (vector)",
    "CREATE INDEX {name}portal_search_document_prefix ON {table} USING gin (prefix)",
    "CREATE INDEX {name}portal_search_document_language_type ON {table} (language, type)",
)
INDEX_NAME = re.compile(r"(\{name\}\w+)")
COLUMNS = ("id", "language", "type", "object_id", "url", "title", "body", "title_language", "names",
           "focus_areas", "categories", "languages_served")


def typo_distance(word: str) -> int:
    """How many edits a word may have and still match: none below 4 letters, 1 up to 7, then 2."""
    if len(word) < 4:
        return 0
    return 1 if len(word) <= 7 else 2


def _words(text: str, chain, code: str, surfaces: dict[tuple[str, str], str]) -> list[str]:
    """The normalised words of ``text``; how each was first written goes into ``surfaces``."""
    out: list[str] = []
    for raw in RAW_WORD.findall(text):
        tokens = normalize_word(raw, chain)
        for token in tokens:
            key = (code, token)
            if key not in surfaces:
                surfaces[key] = raw.lower()
        out.extend(tokens)
    return out


def _clean(text: str) -> str:
    return text.replace("\x00", "")  # PostgreSQL text cannot hold NUL


@dataclass
class _Term:
    """One word (or synonym phrase) of a query: any of its alternatives may match."""

    word: str
    # (configuration, normalised words) pairs; PostgreSQL stems them as the documents' words
    alternatives: set[tuple[str, str]] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)  # normalised and stemmed words, for highlighting
    fuzzy: list[str] = field(default_factory=list)  # normalised forms that may have a typo
    correction: str | None = None


class PostgresEngine(SearchEngine):
    name = "postgres"
    capabilities = frozenset(Capability)

    def __init__(self, languages: Sequence[LanguageAnalysis], synonyms: SynonymProvider | None = None,
                 using: str = "default"):
        super().__init__(languages, synonyms)
        self.using = using
        if connections[using].vendor != "postgresql":
            raise ImproperlyConfigured(
                f"SEARCH_BACKEND=postgres needs a PostgreSQL database; {using!r} is {connections[using].vendor}")
        self._configs: dict[str, str] | None = None
        self._known: set[tuple[str, str]] = set()  # words stored in this generation of the index
        self._generation: int | None = None
        self._lock = threading.Lock()

    # --- plumbing ------------------------------------------------------------------------------------
    @property
    def connection(self):
        return connections[self.using]

    def _run(self, func, *args, write: bool = False):
        try:
            if write:
                with transaction.atomic(using=self.using):
                    return func(*args)
            return func(*args)
        except DatabaseError as exc:
            raise EngineUnavailable(f"PostgreSQL search: {exc}") from exc

    def _analyzer(self, code: str) -> Analyzer:
        lang = self.language(code)
        return analyzer(lang.analysis, lang.stemmer)

    def config(self, code: str) -> str:
        """The text search configuration of a language (the server's stemmer for it, else simple)."""
        if self._configs is None:
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT cfgname FROM pg_ts_config WHERE cfgname LIKE 'portal%%'")
                known = {row[0] for row in cursor.fetchall()}
            if "portal_simple" not in known:
                raise EngineUnavailable("the search tables are missing: run manage.py migrate")
            configs = {}
            for lang in self.languages.values():
                suffix = "" if CHAINS[lang.analysis].fold_latin else "_exact"
                wanted = f"portal_{lang.stemmer}{suffix}"
                configs[lang.code] = wanted if lang.stemmer and wanted in known else f"portal_simple{suffix}"
            self._configs = configs
        return self._configs[code]

    # --- write side ----------------------------------------------------------------------------------
    def index(self, docs: Iterable[SearchDocument]) -> int:
        docs = list({d.id: d for d in docs}.values())  # the last version of a document wins
        if not docs:
            return 0
        for doc in docs:
            self.language(doc.language)
        return self._run(self._write, docs, write=True)

    def delete(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        if ids:
            self._run(self._delete, ids, write=True)

    def rebuild(self, docs: Iterable[SearchDocument], progress=None) -> int:
        """Fill a new table without indexes (the fast way), index it, then swap it in.

        One transaction: searches keep reading the old table until the swap at the very end, which
        waits for running searches and holds new ones back only while two tables are renamed.
        """
        new = f"{DOCUMENTS}_new"

        def rebuild():
            with self.connection.cursor() as cursor:
                cursor.execute(f"CREATE TABLE {new} (LIKE {DOCUMENTS} INCLUDING DEFAULTS)")
                cursor.execute(f"DELETE FROM {WORDS}")
                cursor.execute(f"UPDATE {STATE} SET value = value + 1 WHERE name = 'generation' RETURNING value")
                generation = cursor.fetchone()[0]
            with self._lock:
                self._known, self._generation = set(), generation
            count = 0
            seen: set[tuple[str, str]] = set()
            for batch in batches(docs, BATCH):
                count += self._write(batch, check=False, seen=seen, table=new)
                if progress:
                    progress(count)
            with self.connection.cursor() as cursor:
                for statement in INDEXES:
                    cursor.execute(statement.format(table=new, name="new_"))
                cursor.execute(f"DROP TABLE {DOCUMENTS}")
                cursor.execute(f"ALTER TABLE {new} RENAME TO {DOCUMENTS}")
                for statement in INDEXES:
                    name = INDEX_NAME.search(statement).group(1)
                    cursor.execute(f"ALTER INDEX {name.format(name='new_')} RENAME TO {name.format(name='')}")
            return count

        count = self._run(rebuild, write=True)
        with self.connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {DOCUMENTS}")  # the planner's statistics of the new table
        return count

    def _delete(self, ids: list[str]) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {DOCUMENTS} WHERE id = ANY(%s)", [ids])

    def _write(self, docs: list[SearchDocument], check: bool = True, seen: set | None = None,
               table: str = DOCUMENTS) -> int:
        """Replace the rows of ``docs``; ``seen``: the words already stored by this transaction."""
        if check:
            self._check_generation()
        docs = list({d.id: d for d in docs}.values())
        if table == DOCUMENTS:
            self._delete([d.id for d in docs])
        words: dict[tuple[str, str], str] = {}
        for batch in batches(docs, BATCH):
            rows, params = [], []
            for doc in batch:
                code = doc.language
                config = self.config(code)
                chain = self._analyzer(code).chain
                title_words = _words(doc.title, chain, code, words)
                body_words = _words(doc.body, chain, code, words)
                names_text = " ".join(doc.names)
                names_words = _words(names_text, NEUTRAL, code, words)
                rows.append("(" + ", ".join(["%s"] * len(COLUMNS)) + ", "
                            "setweight(to_tsvector(%s::regconfig, %s), 'A') || "
                            f"setweight(to_tsvector('{NAMES_CONFIG}', %s), 'B') || "
                            "setweight(to_tsvector(%s::regconfig, %s), 'D'), "
                            f"to_tsvector('{PREFIX_CONFIG}', %s))")
                params += [
                    doc.id, code, doc.type, str(doc.object_id), _clean(doc.url), _clean(doc.title),
                    _clean(doc.body), doc.title_language or code, [_clean(n) for n in doc.names],
                    list(doc.focus_areas), list(doc.categories), list(doc.languages_served),
                    config, " ".join(title_words), " ".join(names_words), config, " ".join(body_words),
                    " ".join(dict.fromkeys([*title_words, *names_words])),
                ]
            with self.connection.cursor() as cursor:
                cursor.execute(f"INSERT INTO {table} ({', '.join(COLUMNS)}, vector, prefix) VALUES "
                               + ", ".join(rows), params)
        self._add_words(words, set() if seen is None else seen)
        return len(docs)

    def _check_generation(self) -> None:
        """Forget the words remembered as stored when the index was rebuilt since (maybe by another host)."""
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT value FROM {STATE} WHERE name = 'generation'")
            row = cursor.fetchone()
        generation = row[0] if row else None
        if generation != self._generation:
            with self._lock:
                self._known, self._generation = set(), generation

    def _add_words(self, words: dict[tuple[str, str], str], seen: set[tuple[str, str]]) -> None:
        known = self._known
        # one order for every writer: no deadlocks between hosts
        keys = sorted(k for k in words if k not in known and k not in seen)
        if not keys:
            return
        seen.update(keys)
        # remembered only once the transaction commits: a rolled back write stored nothing
        transaction.on_commit(lambda: self._remember(keys), using=self.using)
        with self.connection.cursor() as cursor:
            for start in range(0, len(keys), 20_000):
                chunk = keys[start:start + 20_000]
                cursor.execute(
                    f"INSERT INTO {WORDS} (language, word, surface) "
                    "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[]) ON CONFLICT DO NOTHING",
                    [[k[0] for k in chunk], [k[1] for k in chunk], [_clean(words[k]) for k in chunk]])

    def _remember(self, keys: list[tuple[str, str]]) -> None:
        with self._lock:
            if len(self._known) + len(keys) > KNOWN_WORDS:
                self._known = set()
            self._known.update(keys)

    # --- query planning ------------------------------------------------------------------------------
    def _synonyms(self, code: str, text_analyzer: Analyzer) -> dict[tuple[str, ...], list[str]]:
        """Stemmed phrase → the normalised words of every phrase of its group (itself included)."""
        mapping: dict[tuple[str, ...], list[str]] = {}
        for group in self.synonyms(code):
            phrases = [(tuple(text_analyzer.terms(p)), " ".join(text_analyzer.words(p))) for p in group]
            phrases = [p for p in phrases if p[0]]
            for stems, _words in phrases:
                known = mapping.setdefault(stems, [])
                known += [w for _s, w in phrases if w not in known]
        return mapping

    def _plan(self, query: str, code: str) -> list[_Term]:
        text_analyzer = self._analyzer(code)
        config = self.config(code)
        pairs = query_words(query, text_analyzer)  # (normalised word, as written)
        stems = [text_analyzer.stem(token) for token, _ in pairs]
        synonyms = self._synonyms(code, text_analyzer)
        longest = max((len(p) for p in synonyms), default=1)
        terms: list[_Term] = []
        i = 0
        while i < len(pairs):
            for n in range(min(longest, len(pairs) - i), 0, -1):
                phrase = tuple(stems[i:i + n])
                if phrase in synonyms:
                    term = _Term(" ".join(w for _, w in pairs[i:i + n]))
                    for words in synonyms[phrase]:
                        term.alternatives.add((config, words))
                        term.tokens.update(text_analyzer.stem(w) for w in words.split())
                    if n == 1:
                        self._add_word(term, pairs[i], stems[i], config)
                    terms.append(term)
                    i += n
                    break
            else:
                term = _Term(pairs[i][1])
                self._add_word(term, pairs[i], stems[i], config)
                terms.append(term)
                i += 1
        return terms

    @staticmethod
    def _add_word(term: _Term, pair: tuple[str, str], stem: str, config: str) -> None:
        token, raw = pair
        term.alternatives.add((config, token))
        term.tokens.update((stem, token))
        term.fuzzy.append(token)
        for name in name_terms(raw):
            term.alternatives.add((NAMES_CONFIG, name))
            term.tokens.add(name)
            if name != token:
                term.fuzzy.append(name)

    @staticmethod
    def _tsquery(alternatives: Iterable[tuple[str, str]], params: list) -> str:
        """SQL for the OR of phrase queries of ``alternatives``; their values are appended to ``params``."""
        parts = []
        for config, words in sorted(alternatives):
            parts.append("phraseto_tsquery(%s::regconfig, %s)")
            params += [config, words]
        return "(" + " || ".join(parts) + ")"

    def _resolve(self, cursor, code: str, terms: list[_Term]) -> list[tuple[str, bool]]:
        """Each term as tsquery text, and whether any document of the language matches it."""
        params: list = []
        values = []
        for n, term in enumerate(terms):
            values.append(f"({n}, {self._tsquery(term.alternatives, params)})")
        cursor.execute(
            f"SELECT t.q::text, EXISTS (SELECT 1 FROM {DOCUMENTS} d WHERE d.language = %s AND d.vector @@ t.q) "
            f"FROM (VALUES {', '.join(values)}) AS t(n, q) ORDER BY t.n", [code, *params])
        return cursor.fetchall()

    def _nearest(self, cursor, code: str, word: str) -> list[tuple[str, str, int]]:
        """Words of the language within the typo distance of ``word``: (word, surface, distance)."""
        distance = typo_distance(word)
        if not distance:
            return []
        cursor.execute(f"SELECT word, surface FROM {WORDS} WHERE language = %s ORDER BY word <-> %s LIMIT %s",
                       [code, word, NEAREST_WORDS])
        found = []
        for candidate, surface in cursor.fetchall():
            edits = Levenshtein.distance(word, candidate, score_cutoff=distance)
            if edits <= distance and candidate != word:
                found.append((candidate, surface, edits))
        return found

    def _correct(self, cursor, code: str, term: _Term) -> str | None:
        """Add the nearest words that match documents as alternatives; the best one's surface, or None."""
        config = self.config(code)
        candidates: dict[str, tuple[str, int]] = {}
        for word in term.fuzzy:
            for candidate, surface, edits in self._nearest(cursor, code, word):
                if candidate not in candidates or edits < candidates[candidate][1]:
                    candidates[candidate] = (surface, edits)
        if not candidates:
            return None
        # how many documents each would find (a word may be left from a deleted document)
        names = list(candidates)
        params: list = []
        values = []
        for n, word in enumerate(names):
            values.append(f"({n}, {self._tsquery([(config, word), (NAMES_CONFIG, word)], params)})")
        cursor.execute(
            f"SELECT t.n, (SELECT count(*) FROM (SELECT 1 FROM {DOCUMENTS} d WHERE d.language = %s "
            f"AND d.vector @@ t.q LIMIT 1000) AS m) FROM (VALUES {', '.join(values)}) AS t(n, q)",
            [code, *params])
        found = {names[n]: count for n, count in cursor.fetchall() if count}
        if not found:
            return None
        best = sorted(found, key=lambda w: (candidates[w][1], -found[w], w))[:FUZZY_CANDIDATES]
        text_analyzer = self._analyzer(code)
        for word in best:
            term.alternatives.update({(config, word), (NAMES_CONFIG, word)})
            term.tokens.update((word, text_analyzer.stem(word)))
        return candidates[max(best, key=lambda w: (-candidates[w][1], found[w]))][0]

    # --- read side -----------------------------------------------------------------------------------
    def search(self, query: str, language: str, filters: Filters | None = None, facets: bool = True,
               highlight: bool = True, page: int = 1, page_size: int = PAGE_SIZE) -> Results:
        self.language(language)  # KeyError for a language the engine does not index
        page = max(1, min(int(page), MAX_PAGE))
        results = Results(query=query, language=language, page=page, page_size=page_size)
        return self._run(self._search, query, language, filters or Filters(), highlight, results)

    def _search(self, query: str, code: str, filters: Filters, highlight: bool, results: Results) -> Results:
        terms = self._plan(query, code)
        if not terms:
            return results
        with self.connection.cursor() as cursor:
            resolved = self._resolve(cursor, code, terms)
            kept: list[tuple[_Term, str]] = []
            for term, (tsquery, found) in zip(terms, resolved, strict=True):
                if not found:
                    term.correction = self._correct(cursor, code, term)
                    if term.correction:
                        tsquery = self._resolve(cursor, code, [term])[0][0]
                if tsquery:
                    kept.append((term, tsquery))
            if any(t.correction for t in terms):
                results.suggestion = " ".join(t.correction or t.word.lower() for t in terms)
            if not kept:
                return results
            match = " & ".join(f"({tsquery})" for _, tsquery in kept)
            where, params = ["d.language = %s", "d.vector @@ %s::tsquery"], [code, match]
            for name, field_name in FILTER_FIELDS.items():
                value = getattr(filters, name)
                if value:
                    where.append(f"%s = ANY(d.{field_name})")
                    params.append(value)
            condition = " AND ".join(where)
            cursor.execute(f"SELECT d.type, count(*) FROM {DOCUMENTS} d WHERE {condition} GROUP BY d.type",
                           params)
            counts = dict(cursor.fetchall())
            results.facets = {"type": counts}
            results.total = counts.get(filters.type, 0) if filters.type else sum(counts.values())
            if filters.type:
                condition += " AND d.type = %s"
                params.append(filters.type)
            cursor.execute(
                f"SELECT d.id, d.type, d.object_id, d.url, d.title, d.body, d.title_language, "
                f"ts_rank('{WEIGHTS}', d.vector, %s::tsquery) AS score FROM {DOCUMENTS} d WHERE {condition} "
                "ORDER BY score DESC, d.id LIMIT %s OFFSET %s",
                [match, *params, results.page_size, (results.page - 1) * results.page_size])
            rows = cursor.fetchall()
        marks = {token for term, _ in kept for token in term.tokens}
        text_analyzer = self._analyzer(code)
        results.hits.extend(make_hit(row, code, row[7], marks, text_analyzer, highlight) for row in rows)
        return results

    def suggest(self, prefix: str, language: str, limit: int = 8) -> list[Suggestion]:
        self.language(language)
        return self._run(self._suggest, prefix, language, limit)

    def _suggest(self, prefix: str, code: str, limit: int) -> list[Suggestion]:
        text_analyzer = self._analyzer(code)
        words = prefix_words(prefix, text_analyzer)
        if not words:
            return []
        parts = []
        for index, (raw, token) in enumerate(words):
            star = ":*" if index == len(words) - 1 else ""
            # tokens are letters and digits only: nothing in them is tsquery syntax
            parts.append("(" + " | ".join(f + star for f in sorted({token, *name_terms(raw)})) + ")")
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.title, d.url, d.type FROM {DOCUMENTS} d, to_tsquery('{PREFIX_CONFIG}', %s) AS q "
                "WHERE d.language = %s AND d.prefix @@ q ORDER BY ts_rank(d.prefix, q) DESC, length(d.title), d.id "
                "LIMIT %s", [" & ".join(parts), code, limit * 3])
            rows = cursor.fetchall()
        seen, out = set(), []
        for title, url, type_ in rows:
            if title not in seen:
                seen.add(title)
                out.append(Suggestion(title, url, type_))
        return out[:limit]

    # --- operations ----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        def counts():
            with self.connection.cursor() as cursor:
                cursor.execute(f"SELECT language, count(*) FROM {DOCUMENTS} GROUP BY language")
                return dict(cursor.fetchall())

        found = self._run(counts)
        return {code: found.get(code, 0) for code in self.languages}

    def ping(self) -> bool:
        def ping():
            with self.connection.cursor() as cursor:
                cursor.execute(f"SELECT 1 FROM {DOCUMENTS} LIMIT 1")
            self.config(next(iter(self.languages)))
            return True

        return self._run(ping)
