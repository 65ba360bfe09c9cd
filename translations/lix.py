"""LIX readability (Björnsson): words per sentence plus the percentage of long words (more than six letters)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from kernel import languages

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)")

# Swedish and easy-to-read Swedish: the languages LIX was made for
SWEDISH_CODES = tuple(
    lang.code for lang in languages.TABLE if lang.analysis == languages.get(languages.DEFAULT).analysis
)

BANDS = (  # (upper bound, label): LIX below the bound falls in the band
    (30, _("very easy")),
    (40, _("easy")),
    (50, _("medium")),
    (60, _("difficult")),
    (float("inf"), _("very difficult")),
)


@dataclass(frozen=True)
class Lix:
    score: float
    words: int
    sentences: int
    long_words: int

    @property
    def band(self):
        return next(label for bound, label in BANDS if self.score < bound)

    def __str__(self):
        return f"{self.score:.0f} ({self.band})"


def lix(text: str) -> Lix | None:
    """None for text without words."""
    words = _WORD.findall(text or "")
    if not words:
        return None
    stripped = text.strip()
    sentences = len(_SENTENCE_END.findall(stripped))
    if not _SENTENCE_END.search(stripped[-1:] + " "):  # a trailing fragment is a sentence too
        sentences += 1
    long_words = sum(1 for w in words if len(w) > 6)
    score = len(words) / sentences + 100 * long_words / len(words)
    return Lix(round(score, 2), len(words), sentences, long_words)
