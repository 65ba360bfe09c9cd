"""The default engine: an SQLite FTS5 index file of its own, in-process, fed with tokens analysed in Python.

The same on SQLite and PostgreSQL deployments. One FTS5 table per language; WAL mode and one connection
per thread (and per process) so gunicorn workers can share the file.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from search.analysis import RAW_WORD, Analyzer, analyzer, name_terms
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

FUZZY_CANDIDATES = 3
# bm25 weights of the columns title, body, names
WEIGHTS = (10.0, 1.0, 6.0)
LIST_FIELDS = ("focus_areas", "categories", "languages_served")
_memory_ids = itertools.count()


def typo_distance(word: str) -> int:
    """How many edits a word may have and still match: none below 4 letters, 1 up to 7, then 2."""
    if len(word) < 4:
        return 0
    return 1 if len(word) <= 7 else 2


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


@dataclass
class _Vocabulary:
    generation: str
    frequency: dict[str, int]
    by_length: dict[int, list[str]]
    surfaces: dict[str, str]


@dataclass
class _Term:
    """One word (or synonym phrase) of a query: any of its alternatives may match."""

    word: str
    alternatives: set[tuple[str, ...]] = field(default_factory=set)
    correction: str | None = None  # the best known word when this one is not in the index


class EmbeddedEngine(SearchEngine):
    name = "embedded"
    capabilities = frozenset(Capability)

    def __init__(self, languages: Sequence[LanguageAnalysis], synonyms: SynonymProvider | None = None,
                 path: str | os.PathLike = ":memory:"):
        super().__init__(languages, synonyms)
        path = str(path)
        if path == ":memory:":
            # a named shared in-memory database, so every thread sees the same index
            self.uri = f"file:search-index-{os.getpid()}-{next(_memory_ids)}?mode=memory&cache=shared"
            self.memory = True
        else:
            self.uri = "file:" + os.path.abspath(path)
            self.memory = False
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._vocabularies: dict[str, _Vocabulary] = {}
        self._keepalive = self._connect() if self.memory else None
        self._local.conn = self._keepalive
        self._local.pid = os.getpid()
        self._create_schema()

    def _table(self, code: str) -> str:
        # table names come only from the languages the engine was given, never from a request
        return "fts_" + self.language(code).ident

    def _analyzer(self, code: str) -> Analyzer:
        lang = self.language(code)
        return analyzer(lang.analysis, lang.stemmer)

    # --- connections ---------------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.uri, uri=True, timeout=5.0, isolation_level=None,
                                   check_same_thread=True)
            if not self.memory:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            return conn
        except sqlite3.Error as exc:
            raise EngineUnavailable(f"cannot open the search index: {exc}") from exc

    @property
    def conn(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "conn", None) is None or local.pid != os.getpid():
            local.conn = self._connect()
            local.pid = os.getpid()
        return local.conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None and conn is not self._keepalive:
            conn.close()
        self._local.conn = None

    def _run(self, func, *args):
        try:
            return func(*args)
        except sqlite3.Error as exc:
            raise EngineUnavailable(f"search index error: {exc}") from exc

    def _create_schema(self) -> None:
        statements = [
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """CREATE TABLE IF NOT EXISTS documents (
                rowid INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, language TEXT NOT NULL,
                type TEXT NOT NULL, object_id TEXT NOT NULL, url TEXT NOT NULL, title TEXT NOT NULL,
                body TEXT NOT NULL, title_language TEXT NOT NULL, data TEXT NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS documents_language_type ON documents (language, type)",
            """CREATE TABLE IF NOT EXISTS document_terms (
                field TEXT NOT NULL, value TEXT NOT NULL, doc INTEGER NOT NULL,
                PRIMARY KEY (field, value, doc)) WITHOUT ROWID""",
            "CREATE INDEX IF NOT EXISTS document_terms_doc ON document_terms (doc)",
            """CREATE TABLE IF NOT EXISTS surfaces (
                language TEXT NOT NULL, term TEXT NOT NULL, surface TEXT NOT NULL,
                PRIMARY KEY (language, term)) WITHOUT ROWID""",
        ]
        for code in self.languages:
            table = self._table(code)
            statements += [
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5(title, body, names, tokenize='ascii')",
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {table}_vocab USING fts5vocab({table}, 'row')",
                # unstemmed words of titles and names, with prefix indexes, for autocomplete
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {table}_prefix USING fts5(words, tokenize='ascii', "
                "prefix='2 3 4')",
            ]

        def create():
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in statements:
                    conn.execute(statement)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

        self._run(create)

    # --- write side ----------------------------------------------------------------------------------
    def index(self, docs: Iterable[SearchDocument]) -> int:
        docs = list(docs)
        if not docs:
            return 0
        return self._run(self._write, docs, [])

    def delete(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        if ids:
            self._run(self._write, [], ids)

    def rebuild(self, docs: Iterable[SearchDocument], progress=None) -> int:
        # One transaction: readers (WAL) keep seeing the old index until the new one is complete.
        def rebuild():
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                for table in ("documents", "document_terms", "surfaces"):
                    conn.execute(f"DELETE FROM {table}")
                for code in self.languages:
                    conn.execute(f"DELETE FROM {self._table(code)}")
                    conn.execute(f"DELETE FROM {self._table(code)}_prefix")
                count = 0
                for batch in batches(docs, 500):
                    count += self._write_rows(conn, batch, [], set())
                    if progress:
                        progress(count)
                self._bump(conn, self.languages)
                conn.execute("COMMIT")
                return count
            except BaseException:
                conn.execute("ROLLBACK")
                raise

        return self._run(rebuild)

    def _write(self, docs: list[SearchDocument], delete_ids: list[str]) -> int:
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            removed: set[str] = set()
            count = self._write_rows(conn, docs, delete_ids, removed)
            self._bump(conn, {d.language for d in docs} | removed)
            conn.execute("COMMIT")
            return count
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _remove_rows(self, conn, doc_ids: list[str]) -> set[str]:
        removed: set[str] = set()
        found = []
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found += conn.execute(f"SELECT rowid, language FROM documents WHERE doc_id IN ({marks})",
                                  chunk).fetchall()
        by_language: dict[str, list[tuple[int]]] = {}
        for rowid, code in found:
            by_language.setdefault(code, []).append((rowid,))
            removed.add(code)
        for code, rowids in by_language.items():
            if code in self.languages:
                conn.executemany(f"DELETE FROM {self._table(code)} WHERE rowid = ?", rowids)
                conn.executemany(f"DELETE FROM {self._table(code)}_prefix WHERE rowid = ?", rowids)
            conn.executemany("DELETE FROM document_terms WHERE doc = ?", rowids)
            conn.executemany("DELETE FROM documents WHERE rowid = ?", rowids)
        return removed

    def _write_rows(self, conn, docs: list[SearchDocument], delete_ids: list[str], removed: set[str]) -> int:
        removed |= self._remove_rows(conn, [*delete_ids, *(d.id for d in docs)])
        docs = list({d.id: d for d in docs}.values())  # the last version of a document wins
        # inside the write transaction no one else can take these row ids
        next_rowid = (conn.execute("SELECT max(rowid) FROM documents").fetchone()[0] or 0) + 1
        doc_rows: list[tuple] = []
        by_language: dict[str, list[tuple]] = {}
        prefix_rows: dict[str, list[tuple]] = {}
        term_rows: list[tuple] = []
        surfaces: dict[str, dict[str, str]] = {}
        seen: dict[str, set[str]] = {}
        for rowid, doc in enumerate(docs, start=next_rowid):
            if doc.language not in self.languages:
                raise ValueError(f"unknown language {doc.language!r}")
            analyzer = self._analyzer(doc.language)
            lang_surfaces = surfaces.setdefault(doc.language, {})
            lang_seen = seen.setdefault(doc.language, set())
            title_terms = analyzer.index_text(doc.title, lang_surfaces, lang_seen)
            body_terms = analyzer.index_text(doc.body, lang_surfaces, lang_seen)
            names_text = " ".join(doc.names)
            name_tokens = name_terms(names_text)
            for raw in RAW_WORD.findall(names_text):
                for token in name_terms(raw):
                    lang_surfaces.setdefault(token, raw.lower())
            data = {"names": list(doc.names), **{f: list(getattr(doc, f)) for f in LIST_FIELDS}}
            doc_rows.append((rowid, doc.id, doc.language, doc.type, str(doc.object_id), doc.url, doc.title,
                             doc.body, doc.title_language or doc.language, json.dumps(data, ensure_ascii=False)))
            by_language.setdefault(doc.language, []).append(
                (rowid, title_terms, body_terms, " ".join(name_tokens)))
            prefix_words = dict.fromkeys([*analyzer.words(doc.title), *name_tokens])
            prefix_rows.setdefault(doc.language, []).append((rowid, " ".join(prefix_words)))
            for field_name in LIST_FIELDS:
                for value in dict.fromkeys(getattr(doc, field_name)):
                    term_rows.append((field_name, str(value), rowid))
        conn.executemany(
            "INSERT INTO documents (rowid, doc_id, language, type, object_id, url, title, body, title_language, "
            "data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", doc_rows)
        for code, rows in by_language.items():
            conn.executemany(f"INSERT INTO {self._table(code)} (rowid, title, body, names) VALUES (?, ?, ?, ?)", rows)
            conn.executemany(f"INSERT INTO {self._table(code)}_prefix (rowid, words) VALUES (?, ?)", prefix_rows[code])
        conn.executemany("INSERT OR IGNORE INTO document_terms (field, value, doc) VALUES (?, ?, ?)", term_rows)
        for code, pairs in surfaces.items():
            conn.executemany("INSERT OR IGNORE INTO surfaces (language, term, surface) VALUES (?, ?, ?)",
                             [(code, t, s) for t, s in pairs.items() if t != s])
        return len(docs)

    def _bump(self, conn, codes: Iterable[str]) -> None:
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, '1') "
            "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
            [(f"generation:{code}",) for code in codes])

    # --- vocabulary (typo tolerance, "did you mean") -------------------------------------------------
    def _vocabulary(self, code: str) -> _Vocabulary:
        conn = self.conn
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (f"generation:{code}",)).fetchone()
        generation = row[0] if row else "0"
        cached = self._vocabularies.get(code)
        if cached is not None and cached.generation == generation:
            return cached
        frequency = dict(conn.execute(f"SELECT term, doc FROM {self._table(code)}_vocab"))
        by_length: dict[int, list[str]] = {}
        for term in frequency:
            by_length.setdefault(len(term), []).append(term)
        surfaces = dict(conn.execute("SELECT term, surface FROM surfaces WHERE language = ?", (code,)))
        vocabulary = _Vocabulary(generation, frequency, by_length, surfaces)
        with self._lock:
            self._vocabularies[code] = vocabulary
        return vocabulary

    def _near(self, token: str, distance: int, vocabulary: _Vocabulary) -> list[str]:
        if distance == 0:
            return []
        choices = [t for n in range(len(token) - distance, len(token) + distance + 1)
                   for t in vocabulary.by_length.get(n, ())]
        if not choices:
            return []
        found = process.extract(token, choices, scorer=Levenshtein.distance, score_cutoff=distance,
                                limit=20)
        found.sort(key=lambda m: (m[1], -vocabulary.frequency.get(m[0], 0)))
        return [m[0] for m in found[:FUZZY_CANDIDATES]]

    # --- query planning ------------------------------------------------------------------------------
    def _synonym_phrases(self, code: str, analyzer: Analyzer) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
        mapping: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for group in self.synonyms(code):
            phrases = [tuple(analyzer.terms(p)) for p in group]
            phrases = [p for p in phrases if p]
            for phrase in phrases:
                known = mapping.setdefault(phrase, [])
                known += [p for p in phrases if p != phrase and p not in known]
        return mapping

    def _plan(self, query: str, code: str, vocabulary: _Vocabulary, fuzzy: bool = True) -> list[_Term]:
        analyzer = self._analyzer(code)
        pairs = query_words(query, analyzer)  # (normalised word, as written)
        stems = [analyzer.stem(token) for token, _ in pairs]
        synonyms = self._synonym_phrases(code, analyzer)
        longest = max((len(p) for p in synonyms), default=1)
        terms: list[_Term] = []
        i = 0
        while i < len(pairs):
            for n in range(min(longest, len(pairs) - i), 0, -1):
                phrase = tuple(stems[i:i + n])
                if n > 1 and phrase in synonyms:
                    terms.append(_Term(" ".join(w for _, w in pairs[i:i + n]), {phrase, *synonyms[phrase]}))
                    i += n
                    break
            else:
                token, raw = pairs[i]
                term = _Term(raw, {(stems[i],)})
                term.alternatives.update((t,) for t in name_terms(raw))
                term.alternatives.update(synonyms.get((stems[i],), ()))
                if fuzzy and not any(a[0] in vocabulary.frequency for a in term.alternatives if len(a) == 1):
                    distance = typo_distance(token)
                    candidates: list[str] = []
                    for alternative in {stems[i], *name_terms(raw)}:
                        candidates += self._near(alternative, distance, vocabulary)
                    if candidates:
                        candidates.sort(key=lambda t: -vocabulary.frequency.get(t, 0))
                        term.correction = vocabulary.surfaces.get(candidates[0], candidates[0])
                        term.alternatives.update((c,) for c in candidates)
                terms.append(term)
                i += 1
        return terms

    @staticmethod
    def _match_expression(terms: list[_Term]) -> str:
        parts = []
        for term in terms:
            alternatives = " OR ".join(_quote(" ".join(a)) for a in sorted(term.alternatives))
            parts.append("{title body names} : (" + alternatives + ")")
        return " AND ".join(parts)

    # --- read side -----------------------------------------------------------------------------------
    def search(self, query: str, language: str, filters: Filters | None = None, facets: bool = True,
               highlight: bool = True, page: int = 1, page_size: int = PAGE_SIZE) -> Results:
        self.language(language)  # KeyError for a language the engine does not index
        page = max(1, min(int(page), MAX_PAGE))
        results = Results(query=query, language=language, page=page, page_size=page_size)
        return self._run(self._search, query, language, filters or Filters(), highlight, results)

    def _search(self, query, code, filters: Filters, highlight, results: Results) -> Results:
        vocabulary = self._vocabulary(code)
        terms = self._plan(query, code, vocabulary)
        if not terms:
            return results
        if any(t.correction for t in terms):
            results.suggestion = " ".join(t.correction or t.word.lower() for t in terms)
        table = self._table(code)
        where, params = [], []
        for name, field_name in FILTER_FIELDS.items():
            value = getattr(filters, name)
            if value:
                where.append("d.rowid IN (SELECT doc FROM document_terms WHERE field = ? AND value = ?)")
                params += [field_name, value]
        base = (f"FROM {table} f JOIN documents d ON d.rowid = f.rowid WHERE {table} MATCH ?"
                + "".join(" AND " + w for w in where))
        match = self._match_expression(terms)
        conn = self.conn
        counts = dict(conn.execute(f"SELECT d.type, count(*) {base} GROUP BY d.type", [match, *params]))
        results.facets = {"type": counts}
        type_filter, type_params = "", []
        if filters.type:
            type_filter, type_params = " AND d.type = ?", [filters.type]
        results.total = counts.get(filters.type, 0) if filters.type else sum(counts.values())
        offset = (results.page - 1) * results.page_size
        rows = conn.execute(
            f"SELECT d.doc_id, d.type, d.object_id, d.url, d.title, d.body, d.title_language, "
            f"bm25({table}, ?, ?, ?) AS score {base}{type_filter} ORDER BY score LIMIT ? OFFSET ?",
            [*WEIGHTS, match, *params, *type_params, results.page_size, offset]).fetchall()
        marks = {token for t in terms for a in t.alternatives for token in a}
        analyzer = self._analyzer(code)
        # FTS5's bm25 is lower for better matches
        results.hits.extend(make_hit(row, code, -row[7], marks, analyzer, highlight) for row in rows)
        return results

    def suggest(self, prefix: str, language: str, limit: int = 8) -> list[Suggestion]:
        self.language(language)
        return self._run(self._suggest, prefix, language, limit)

    def _suggest(self, prefix: str, code: str, limit: int) -> list[Suggestion]:
        analyzer = self._analyzer(code)
        words = prefix_words(prefix, analyzer)
        if not words:
            return []
        parts = []
        for index, (raw, token) in enumerate(words):
            forms = {token, *name_terms(raw)}
            star = "*" if index == len(words) - 1 else ""
            parts.append("(" + " OR ".join(_quote(f) + star for f in sorted(forms)) + ")")
        table = self._table(code) + "_prefix"
        rows = self.conn.execute(
            f"SELECT d.title, d.url, d.type FROM {table} p JOIN documents d ON d.rowid = p.rowid "
            f"WHERE {table} MATCH ? ORDER BY bm25({table}) LIMIT ?", (" AND ".join(parts), limit * 3)).fetchall()
        seen, out = set(), []
        for title, url, type_ in rows:
            if title not in seen:
                seen.add(title)
                out.append(Suggestion(title, url, type_))
        return out[:limit]

    # --- operations ----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        rows = self._run(lambda: self.conn.execute(
            "SELECT language, count(*) FROM documents GROUP BY language").fetchall())
        found = dict(rows)
        return {code: found.get(code, 0) for code in self.languages}

    def ping(self) -> bool:
        self._run(lambda: self.conn.execute("SELECT count(*) FROM meta").fetchone())
        return True
