"""Helpers shared by the demo-content shape tests: visible text of blocks, word counts, tags used."""

import re
from html.parser import HTMLParser

SLUG = re.compile(r"^[a-z0-9-]+$")
BLOCK_TYPES = {"heading", "paragraph", "bullets", "callout", "link", "phone"}
ALLOWED_TAGS = {"p", "b", "i", "a", "ul", "li"}
REQUIRED_TRANSLATIONS = ("en", "ar", "fa", "so", "ti", "uk")


def entry_name(entry):
    return entry["title"]["sv"]


def block_texts(blocks, with_numbers=False):
    """Every piece of visible text in a list of blocks (phone numbers too when ``with_numbers``)."""
    for kind, value in blocks:
        if kind in ("heading", "paragraph"):
            yield value
        elif kind == "bullets":
            yield from value
        elif kind == "callout":
            yield value["text"]
        elif kind == "link":
            yield value["title"]
            yield value["description"]
        elif kind == "phone":
            yield value["label"]
            if with_numbers:
                yield value["number"]


def plain(html):
    return re.sub(r"<[^>]+>", " ", html)


def word_count(blocks, with_numbers=False):
    return sum(len(plain(text).split()) for text in block_texts(blocks, with_numbers))


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


# --- the content files as plain entries -----------------------------------------------------------

def _entry(folder) -> dict:
    """A page folder of content/pages as ``{"title": {code: …}, "slug": …, "intro": …, "body": {code: blocks}}``
    (only the languages the page has a file for), plus its page.yml settings and its children."""
    values = folder.values()
    entry = {name: {code: value for code, value in per_language.items() if value}
             for name, per_language in values.items() if name in ("title", "slug", "intro")}
    bodies = {code: text.body for code, text in folder.texts.items() if text.body}
    if bodies:
        entry["body"] = bodies
    entry["type"] = folder.type
    entry["folder"] = folder.path.name
    entry["sources"] = folder.sources
    entry["facts_checked"] = folder.facts_checked
    entry["review_by"] = folder.review_by
    entry.update({k: v for k, v in folder.settings.items() if k not in ("type", "order")})
    entry["articles"] = [_entry(child) for child in folder.children if child.type == "article"]
    return entry


def content_tree():
    from pages import demo

    return demo.read()


def topics() -> dict[str, dict]:
    """The topics of the content files by focus area."""
    return {child.settings["focus_area"]: _entry(child) for child in content_tree().children if child.type == "topic"}


def top_level(page_type: str) -> list[dict]:
    return [_entry(child) for child in content_tree().children if child.type == page_type]
