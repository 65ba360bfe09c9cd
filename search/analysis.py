"""Per-language normalisation, tokenisation and stemming: the project's own rules for every script.

Chains are keyed by the ``analysis`` name of a language in the language table, the stemmer by its
``stemmer``; ``search.backends`` hands both to the engines. The embedded engine analyses text with these
rules alone, the PostgreSQL engine normalises with them before PostgreSQL stems, and the Elasticsearch
engine expresses the same rules as index analyzers.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

MAX_TOKEN_LENGTH = 64

# Arabic-script rules shared by every Arabic-script language -------------------------------------------
TASHKEEL = "".join(chr(c) for c in (*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670,
                                    *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E9), *range(0x06EA, 0x06EE)))
TATWEEL = "\u0640"
ZWNJ = "\u200c"
# other invisible joiners and marks that only change rendering, never the word
INVISIBLE = "\u200b\u200d\u200e\u200f\u2060\ufeff\u00ad"
ALEF_FORMS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
TEH_MARBUTA = {"ة": "ه", "ۀ": "ه", "ۂ": "ه"}
# Persian/Arabic letter variants: one canonical form each (the Arabic code points, as Lucene does)
YEH_FORMS = {"ی": "ي", "ى": "ي"}
KAF_FORMS = {"ک": "ك", "ڪ": "ك"}
DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}

# Ethiopic word space and full stop (and the other Ethiopic punctuation) separate words
ETHIOPIC_SEPARATORS = {chr(c): " " for c in range(0x1360, 0x1369)}


def _latin_folding_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base and base != char:
            table[code] = base
    table.update({ord("ß"): "ss", ord("æ"): "ae", ord("Æ"): "AE", ord("ø"): "o", ord("Ø"): "O",
                  ord("đ"): "d", ord("Đ"): "D", ord("ł"): "l", ord("Ł"): "L", ord("þ"): "th",
                  ord("œ"): "oe", ord("ð"): "d"})
    table.pop(0x0131, None)  # dotless ı is a letter of its own in Turkish; folded only for names
    return table


LATIN_FOLDING = _latin_folding_table()
COMBINING_DIACRITICS = re.compile("[\u0300-\u036f]")
WORD = re.compile(r"[^\W_]+")
TURKISH_SUFFIX = re.compile(r"(?<=\w)['’][^\W_]+")


@dataclass(frozen=True, eq=False)  # compared by identity: cheap as a cache key
class Chain:
    """What one analysis chain does, beyond lowercasing and tokenising."""

    fold_latin: bool = True  # å/ä/ö → a/a/o, é → e: matching without diacritics
    arabic_script: bool = False  # alef forms, teh marbuta, tashkeel, tatweel, ZWNJ, digits
    fold_yeh: bool = True  # ي/ی/ى as one letter (not in Pashto, where they differ)
    turkish_case: bool = False  # İ → i, I → ı
    yo_to_ye: bool = False  # ё = е
    ethiopic: bool = False


CHAINS: dict[str, Chain] = {
    "swedish": Chain(),
    "english": Chain(),
    "arabic": Chain(arabic_script=True),
    "persian": Chain(arabic_script=True),
    "pashto": Chain(arabic_script=True, fold_yeh=False),
    "sorani": Chain(arabic_script=True),
    "somali": Chain(),
    "tigrinya": Chain(ethiopic=True),
    "ukrainian": Chain(fold_latin=True),
    "russian": Chain(yo_to_ye=True),
    "turkish": Chain(fold_latin=False, turkish_case=True),
}
# proper names are matched from every language: every folding at once
NEUTRAL = Chain(arabic_script=True, ethiopic=True, yo_to_ye=True)


def _arabic_table(fold_yeh: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in TASHKEEL + TATWEEL}
    table.update({ord(k): v for k, v in {**ALEF_FORMS, **TEH_MARBUTA, **KAF_FORMS, **DIGITS}.items()})
    if fold_yeh:
        table.update({ord(k): v for k, v in YEH_FORMS.items()})
    return table


ARABIC_TABLES = {True: _arabic_table(True), False: _arabic_table(False)}
INVISIBLE_TABLE = {ord(c): None for c in INVISIBLE + ZWNJ}


def normalize(text: str, chain: Chain) -> str:
    """The text as matching sees it: one form per letter, lowercase, no marks that do not change the word."""
    text = unicodedata.normalize("NFC", text)
    # ZWNJ joins the parts of one Persian word (می‌خواهم = میخواهم)
    text = text.translate(INVISIBLE_TABLE)
    if chain.arabic_script:
        text = text.translate(ARABIC_TABLES[chain.fold_yeh])
    if chain.ethiopic:
        text = text.translate(ETHIOPIC_SEPARATORS)
    if chain.turkish_case:
        text = text.replace("İ", "i").replace("I", "ı").lower()
        text = TURKISH_SUFFIX.sub("", text)
    else:
        text = text.replace("İ", "i").lower().replace("ı", "i" if chain is NEUTRAL else "ı")
    if chain.yo_to_ye:
        text = text.replace("ё", "е")
    if chain.fold_latin:
        text = COMBINING_DIACRITICS.sub("", text.translate(LATIN_FOLDING))
    return text


# A word as written: letters and digits plus the marks, joiners and apostrophes inside it
RAW_WORD = re.compile("[^\\W_][\\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
                      "\u0640\u200b-\u200d\u00ad'’]*")


@lru_cache(maxsize=300_000)
def normalize_word(raw: str, chain: Chain) -> tuple[str, ...]:
    """The normalised tokens of one written word (usually one; none or several at the edges)."""
    return tuple(t for t in WORD.findall(normalize(raw, chain)) if len(t) <= MAX_TOKEN_LENGTH)


def tokenize(text: str, chain: Chain) -> list[str]:
    out: list[str] = []
    for raw in RAW_WORD.findall(text):
        out.extend(normalize_word(raw, chain))
    return out


_stemmers = threading.local()


@lru_cache(maxsize=200_000)
def stem(token: str, algorithm: str) -> str:
    # snowball stemmer objects keep state while stemming: one per thread
    stemmers = _stemmers.__dict__
    if algorithm not in stemmers:
        stemmers[algorithm] = snowballstemmer.stemmer(algorithm)
    return stemmers[algorithm].stemWord(token)


@lru_cache(maxsize=300_000)
def word_terms(raw: str, chain: Chain, algorithm: str | None) -> tuple[str, ...]:
    """The index terms of one written word."""
    tokens = normalize_word(raw, chain)
    if not algorithm:
        return tokens
    return tuple(stem(t, algorithm) if not t.isdigit() else t for t in tokens)


@dataclass(frozen=True)
class Analyzer:
    chain: Chain
    stemmer: str | None

    def words(self, text: str) -> list[str]:
        """Normalised words, not stemmed (prefix matching, highlighting)."""
        return tokenize(text, self.chain)

    def stem(self, word: str) -> str:
        return stem(word, self.stemmer) if self.stemmer and not word.isdigit() else word

    def terms(self, text: str) -> list[str]:
        """Normalised and stemmed words: what the index stores for a text in this language."""
        if not self.stemmer:
            return self.words(text)
        return [stem(w, self.stemmer) if not w.isdigit() else w for w in self.words(text)]

    def terms_and_surfaces(self, text: str, surfaces: dict[str, str]) -> list[str]:
        """``terms(text)``, also noting in ``surfaces`` how each term was written (for "did you mean")."""
        return self.index_text(text, surfaces, set()).split()

    def index_text(self, text: str, surfaces: dict[str, str], seen: set[str]) -> str:
        """The terms of ``text`` joined by spaces, as the index stores them (the fast path for indexing).

        ``surfaces`` receives how new terms were written; ``seen`` holds the words already noted.
        """
        raws = RAW_WORD.findall(text)
        cache = _word_cache(self)
        joined = " ".join(map(cache.__getitem__, raws))  # a miss analyses the word (see _WordCache)
        fresh = set(raws)
        fresh -= seen
        if fresh:
            seen |= fresh
            pairs = cache.surfaces
            for raw in fresh:
                for term, surface in pairs[raw]:
                    if term not in surfaces:
                        surfaces[term] = surface
        return joined


class _WordCache(dict):
    """Written word → its index terms joined by spaces; analysed on first sight."""

    def __init__(self, analyzer: Analyzer):
        super().__init__()
        self.analyzer = analyzer
        self.surfaces: dict[str, tuple] = {}

    def __missing__(self, raw: str) -> str:
        if len(self) > 500_000:  # bounded memory for long-running processes
            self.clear()
            self.surfaces.clear()
        terms = word_terms(raw, self.analyzer.chain, self.analyzer.stemmer)
        surface = raw.lower()
        self.surfaces[raw] = tuple((t, surface) for t in terms if t != surface)
        value = self[raw] = " ".join(terms)
        return value


_word_caches: dict[tuple, _WordCache] = {}


def _word_cache(analyzer: Analyzer) -> _WordCache:
    key = (id(analyzer.chain), analyzer.stemmer)
    cache = _word_caches.get(key)
    if cache is None:
        cache = _word_caches[key] = _WordCache(analyzer)
    return cache


NEUTRAL_ANALYZER = Analyzer(NEUTRAL, None)


@lru_cache(maxsize=64)
def analyzer(analysis: str, stemmer: str | None) -> Analyzer:
    """The analyzer of a language whose chain is ``analysis`` and whose Snowball stemmer is ``stemmer``."""
    return Analyzer(CHAINS[analysis], stemmer)


def name_terms(text: str) -> list[str]:
    """The language-neutral folded form of a proper name (matched from every language)."""
    return NEUTRAL_ANALYZER.words(text)
