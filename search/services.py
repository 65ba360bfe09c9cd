"""Writes that search makes besides the index: counting searches that found nothing."""

from __future__ import annotations

import re

from django.db import IntegrityError, transaction
from django.db.models import F

from kernel import languages
from search.models import ZeroResultQuery

# digits in a row or an e-mail address may be a phone number, personal identity number or address:
# such searches are not stored
PERSONAL_DATA = re.compile(r"\d[\d\s-]{5,}\d|@")


def normalise_query(query: str) -> str:
    return " ".join(query.lower().split())[:200]


def record_zero_results(query: str, language: str) -> ZeroResultQuery | None:
    """Count a search without results; nothing that could identify who searched is kept."""
    text = normalise_query(query)
    if not text or language not in languages.BY_CODE or PERSONAL_DATA.search(text):
        return None
    for _attempt in range(2):
        try:
            with transaction.atomic():
                row, created = ZeroResultQuery.objects.get_or_create(language=language, query=text)
                if not created:
                    ZeroResultQuery.objects.filter(pk=row.pk).update(count=F("count") + 1)
                    row.refresh_from_db()
                return row
        except IntegrityError:  # another request created it at the same moment
            continue
    return None
