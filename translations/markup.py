"""Checks that translated rich text is well-formed and uses only the markup Wagtail's rich text stores,
and cleans it with nh3 before it is stored."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3
from django.utils.translation import gettext as _

URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Browsers drop ASCII tab and newlines anywhere in a URL and control characters and spaces around it,
# so "java&#x09;script:" and "\x01javascript:" are javascript: links.
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")

ALLOWED = {
    "p": set(), "br": set(), "b": set(), "i": set(), "strong": set(), "em": set(), "u": set(),
    "s": set(), "sub": set(), "sup": set(), "code": set(), "blockquote": set(), "hr": set(),
    "h2": set(), "h3": set(), "h4": set(), "h5": set(), "h6": set(), "ul": set(), "ol": set(), "li": set(),
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "alt", "format", "url"},
}
VOID = {"br", "hr", "embed"}
ANY_TAG = {"data-block-key"}


class _Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)
        if tag not in VOID:
            self.errors.append(_("<%(tag)s/> cannot be self-closing") % {"tag": tag})

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(_("unexpected </%(tag)s>") % {"tag": tag})
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def _check(self, tag, attrs):
        if tag not in ALLOWED:
            self.errors.append(_("tag <%(tag)s> is not allowed") % {"tag": tag})
            return
        for name, value in attrs:
            if name not in ALLOWED[tag] and name not in ANY_TAG:
                self.errors.append(_("attribute %(attr)s is not allowed on <%(tag)s>") % {"attr": name, "tag": tag})
            if name in ("href", "url") and not is_safe_url(value or ""):
                self.errors.append(_("unsafe link"))


def is_safe_url(url: str) -> bool:
    """A link with one of ``URL_SCHEMES``, or one without a scheme (a path on this site)."""
    found = _SCHEME.match(_IGNORED_IN_URL.sub("", url))
    return found is None or found.group(1).lower() in URL_SCHEMES


def sanitize(text: str) -> str:
    """``text`` with only the tags, attributes and link schemes of ``ALLOWED`` and ``URL_SCHEMES``."""
    return nh3.clean(
        text or "",
        tags=set(ALLOWED),
        attributes={"*": set(ANY_TAG), **{tag: set(attrs) for tag, attrs in ALLOWED.items() if attrs}},
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


def markup_errors(text: str) -> list[str]:
    """Problems with the markup of ``text``; an empty list when it is fine."""
    checker = _Checker()
    checker.feed(text or "")
    checker.close()
    errors = list(checker.errors)
    if checker.stack:
        errors.append(_("unclosed <%(tag)s>") % {"tag": checker.stack[-1]})
    return errors
