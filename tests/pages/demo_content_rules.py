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
