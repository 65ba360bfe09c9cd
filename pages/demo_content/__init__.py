"""Demo samhällsinformation content, as plain data that ``pages.demo`` turns into pages.

Every text is a dict ``{language code: text}``; a language left out is deliberately untranslated (the
page then shows its fallback with a notice). All translations are machine translations (status
``machine``) unless a speaker reviewed them.

One module per focus area (``housing``, ``work``, ``health``, ``associations``, ``leisure``,
``parenting``) defines ``TOPIC``::

    TOPIC = {
        "focus_area": "housing",                     # a kernel.focus_areas.FocusArea value
        "title": {"sv": "Bostad", "en": "Housing", ...},   # all 13 languages
        "slug": {"sv": "bostad", "en": "housing", ...},    # all 13 languages, ASCII or native script
        "intro": {"sv": "...", ...},                  # all 13 languages, one or two sentences
        "articles": [ARTICLE, ...],                   # at least two
    }

    ARTICLE = {
        "title": {...}, "slug": {...}, "intro": {...},
        "body": {"sv": [BLOCK, ...], "en": [...], ...},   # same languages as title
    }

    BLOCK is one of
        ("heading", "text")
        ("paragraph", "<p>rich text HTML: <b>, <i>, <a href>, <ul><li> allowed</p>")
        ("bullets", ["item", "item"])
        ("callout", {"tone": "info" | "warning" | "emergency", "text": "plain text"})
        ("link", {"title": "1177", "url": "https://www.1177.se/", "description": "plain text"})
        ("phone", {"label": "Emergency", "number": "112"})

``meeting_places.MEETING_PLACES`` and ``standard.STANDARD_PAGES`` use the same shape as ARTICLE.
"""

from importlib import import_module

TOPIC_MODULES = ("housing", "work", "health", "associations", "leisure", "parenting")


def topics() -> list[dict]:
    return [import_module(f"{__name__}.{name}").TOPIC for name in TOPIC_MODULES]
