"""Highlighted titles and snippets, made from the stored text and the analysed words that matched."""

from __future__ import annotations

import re

from django.utils.html import escape

from search.analysis import RAW_WORD, Analyzer, name_terms, normalize_word

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
