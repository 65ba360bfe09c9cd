"""Highlighted titles and snippets, made from the stored text and the analysed words that matched."""

from __future__ import annotations

import re

from django.utils.html import escape

from search.analysis import RAW_WORD, Analyzer, name_terms, normalize_word
from search.engines.base import MAX_QUERY_WORDS, Hit

SNIPPET_WORDS = 30
SPACE = re.compile(r"\s+")


def highlight_text(text: str, marks: set[str], analyzer: Analyzer, whole: bool = False) -> str:
    """Escaped ``text`` (or a window of it around the first match) with ``<mark>`` around matched words."""
    if not text:
        return ""
    spans = []
    for match in RAW_WORD.finditer(text):
        raw = match.group()
        tokens = normalize_word(raw, analyzer.chain)
        hit = any(analyzer.stem(t) in marks or t in marks for t in tokens) or any(
            t in marks for t in name_terms(raw))
        spans.append((match.start(), match.end(), hit))
    if whole:
        start, end = 0, len(text)
    else:
        first = next((i for i, s in enumerate(spans) if s[2]), 0)
        lo = max(0, first - 8)
        hi = min(len(spans), lo + SNIPPET_WORDS)
        if not spans:
            return escape(SPACE.sub(" ", text[:200]))
        start = spans[lo][0] if lo else 0
        end = spans[hi - 1][1] if hi < len(spans) else len(text)
        spans = spans[lo:hi]
    out, position = [], start
    for s, e, hit in spans:
        if not hit:
            continue
        out.append(escape(text[position:s]))
        out.append("<mark>" + escape(text[s:e]) + "</mark>")
        position = e
    out.append(escape(text[position:end]))
    html = SPACE.sub(" ", "".join(out)).strip()
    if not whole:
        html = ("… " if start > 0 else "") + html + (" …" if end < len(text) else "")
    return html


def make_hit(row, code: str, score: float, marks: set[str], analyzer: Analyzer, highlight: bool) -> Hit:
    """A result from a stored row ``(id, type, object_id, url, title, body, title_language, …)``, its title and
    snippet highlighted when asked."""
    doc_id, type_, object_id, url, title, body, title_language = row[:7]
    hit = Hit(id=doc_id, type=type_, object_id=object_id, language=code, title=title, url=url, score=score,
              title_language=title_language)
    if highlight:
        hit.title_highlight = highlight_text(title, marks, analyzer, whole=True)
        hit.body_highlight = highlight_text(body, marks, analyzer)
    return hit


def prefix_words(prefix: str, analyzer: Analyzer) -> list[tuple[str, str]]:
    """``(raw word, normalised token)`` of what has been typed for autocomplete; empty when the last word is
    too short to complete."""
    raws = RAW_WORD.findall(prefix)[:MAX_QUERY_WORDS]
    words = [(raw, token) for raw in raws for token in normalize_word(raw, analyzer.chain)]
    return words if words and len(words[-1][1]) >= 2 else []


def query_words(query: str, analyzer: Analyzer) -> list[tuple[str, str]]:
    """``(normalised token, word as written)`` of a search query, at most ``MAX_QUERY_WORDS`` tokens."""
    pairs: list[tuple[str, str]] = []
    for raw in RAW_WORD.findall(query):
        pairs += [(token, raw) for token in normalize_word(raw, analyzer.chain)]
        if len(pairs) >= MAX_QUERY_WORDS:
            break
    return pairs[:MAX_QUERY_WORDS]
