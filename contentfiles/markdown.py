"""The Markdown subset of page bodies (docs/content-format.md), to and from the StreamField blocks of
pages.blocks.BodyBlock.

A block is ``(kind, value)`` as stored: ``("heading", str)``, ``("paragraph", "<p>…</p>")``,
``("bullets", [str, …])``, ``("callout", {"tone", "text"})``, ``("phone", {"label", "number"})``,
``("link", {"title", "url", "description"})``. The parser is strict: a line outside the subset is an
error with its line number, so that what an editor writes is exactly what a reader sees.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

TONES = ("info", "warning", "emergency")
PHONE_NUMBER = re.compile(r"^\+?[0-9][0-9 \-]{1,24}$")
PHONE_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_MARKER = re.compile(r"^> \[!([a-z]+)\](?: (.*))?$")
_INLINE = re.compile(r"\*\*(?P<bold>[^*]+)\*\*|\*(?P<italic>[^*]+)\*|\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)")
_HTML_INLINE = re.compile(r'<b>(?P<bold>[^<]*)</b>|<i>(?P<italic>[^<]*)</i>|<a href="(?P<url>[^"]*)">(?P<text>[^<]*)</a>')
_URL = re.compile(r"^(https://[^\s]+|/[^\s]*)$")


class BodyError(ValueError):
    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(message)


# --- Markdown → blocks ---------------------------------------------------------------------------

def parse(text: str, *, first_line: int = 1, phones: dict[str, str] | None = None) -> list[tuple]:
    """The blocks of a body; ``first_line`` is the file line of the body's first line (for errors);
    ``phones`` the named numbers of page.yml."""
    phones = phones or {}
    blocks: list[tuple] = []
    for start, lines in _groups(text.splitlines()):
        blocks.append(_block(start + first_line, lines, phones))
    return blocks


def _groups(lines: list[str]):
    """Runs of non-blank lines, with the index of their first line."""
    start, group = 0, []
    for index, line in enumerate(lines):
        if line.strip():
            if not group:
                start = index
            group.append(line.rstrip())
        elif group:
            yield start, group
            group = []
    if group:
        yield start, group


def _block(line_no: int, lines: list[str], phones: dict[str, str]) -> tuple:
    first = lines[0]
    if first.startswith("#"):
        if not first.startswith("## ") or first.startswith("###"):
            raise BodyError(line_no, "only level-2 headings are allowed: write '## Heading'")
        if len(lines) > 1:
            raise BodyError(line_no + 1, "a heading is one line; leave a blank line after it")
        return ("heading", _plain_text(first[3:], line_no))
    if first.startswith("- "):
        items = []
        for offset, line in enumerate(lines):
            if not line.startswith("- "):
                raise BodyError(line_no + offset, "every line of a list starts with '- '; leave a blank line after the list")
            items.append(_plain_text(line[2:], line_no + offset))
        return ("bullets", items)
    if first.startswith(">"):
        return _quoted(line_no, lines, phones)
    for offset, line in enumerate(lines):
        if line.startswith(("#", "- ", ">", "* ", "+ ", "<", "|", "```", "    ")) or re.match(r"^\d+\. ", line):
            raise BodyError(line_no + offset, f"not in the Markdown subset of page bodies: {line[:40]!r} "
                                              "(leave a blank line between blocks)")
    return ("paragraph", "<p>" + _inline(" ".join(line.strip() for line in lines), line_no) + "</p>")


def _quoted(line_no: int, lines: list[str], phones: dict[str, str]) -> tuple:
    match = _MARKER.match(lines[0])
    if not match:
        raise BodyError(line_no, "a quoted block starts with a marker: '> [!info]', '> [!warning]', "
                                 "'> [!emergency]', '> [!phone] NUMBER' or '> [!link] URL'")
    kind, argument = match.group(1), (match.group(2) or "").strip()
    rest = []
    for offset, line in enumerate(lines[1:], start=1):
        if not (line == ">" or line.startswith("> ")):
            raise BodyError(line_no + offset, "every line of a quoted block starts with '> '")
        rest.append(line[2:].strip())
    if any(not line for line in rest):
        raise BodyError(line_no, "a quoted block has no empty '>' lines")
    if kind in TONES:
        if argument:
            raise BodyError(line_no, f"write the text of the {kind} box on the lines after the marker")
        if not rest:
            raise BodyError(line_no, f"the {kind} box has no text")
        return ("callout", {"tone": kind, "text": _plain_text(" ".join(rest), line_no + 1)})
    if kind == "phone":
        if PHONE_NUMBER.match(argument):
            number = argument
        elif PHONE_NAME.match(argument):
            if argument not in phones:
                raise BodyError(line_no, f"phone {argument!r} is not defined under 'phones:' in page.yml")
            number = phones[argument]
        else:
            raise BodyError(line_no, "write '> [!phone] NUMBER' (digits, spaces, -) or the name of a number in page.yml")
        if len(rest) != 1:
            raise BodyError(line_no, "a phone block has exactly one line with its label after the marker")
        return ("phone", {"label": _plain_text(rest[0], line_no + 1), "number": number})
    if kind == "link":
        if not _URL.match(argument):
            raise BodyError(line_no, "write '> [!link] https://…' (an https address or a path starting with /)")
        if not rest:
            raise BodyError(line_no, "a link block has its title on the line after the marker")
        return ("link", {"title": _plain_text(rest[0], line_no + 1), "url": argument,
                         "description": _plain_text(" ".join(rest[1:]), line_no + 2)})
    raise BodyError(line_no, f"unknown block marker [!{kind}]")


def _plain_text(text: str, line_no: int) -> str:
    return text.strip()


def _inline(text: str, line_no: int) -> str:
    out, position = [], 0
    for match in _INLINE.finditer(text):
        out.append(_escape(text[position:match.start()], line_no))
        if match.group("bold") is not None:
            out.append(f"<b>{_escape(match.group('bold'), line_no)}</b>")
        elif match.group("italic") is not None:
            out.append(f"<i>{_escape(match.group('italic'), line_no)}</i>")
        else:
            url = match.group("url")
            if not _URL.match(url):
                raise BodyError(line_no, f"a link address starts with https:// or /: {url!r}")
            out.append(f'<a href="{html.escape(url)}">{_escape(match.group("text"), line_no)}</a>')
        position = match.end()
    out.append(_escape(text[position:], line_no))
    return "".join(out)


def _escape(text: str, line_no: int) -> str:
    if "*" in text or "](" in text:
        raise BodyError(line_no, "unbalanced '*' or a broken link: write **bold**, *italic*, [text](https://…)")
    return html.escape(text, quote=False)


# --- blocks → Markdown ---------------------------------------------------------------------------

def render(blocks, phone_name: Callable[[str], str | None] = lambda number: None) -> str:
    """The Markdown of ``blocks``; ``phone_name(number)`` gives the page.yml name of a number, if any."""
    parts = []
    for kind, value in blocks:
        if kind == "heading":
            parts.append(f"## {value}")
        elif kind == "paragraph":
            parts.append(_markdown_inline(value))
        elif kind == "bullets":
            parts.append("\n".join(f"- {item}" for item in value))
        elif kind == "callout":
            parts.append(f"> [!{value['tone']}]\n> {value['text']}")
        elif kind == "phone":
            parts.append(f"> [!phone] {phone_name(value['number']) or value['number']}\n> {value['label']}")
        elif kind == "link":
            lines = [f"> [!link] {value['url']}", f"> {value['title']}"]
            if value.get("description"):
                lines.append(f"> {value['description']}")
            parts.append("\n".join(lines))
        else:
            raise ValueError(f"unknown block {kind!r}")
    return "\n\n".join(parts) + "\n"


def _markdown_inline(paragraph: str) -> str:
    if not (paragraph.startswith("<p>") and paragraph.endswith("</p>")) or paragraph.count("<p>") != 1:
        raise ValueError(f"not a single paragraph: {paragraph[:60]!r}")
    inner = paragraph[3:-4]

    def replace(match):
        if match.group("bold") is not None:
            return f"**{html.unescape(match.group('bold'))}**"
        if match.group("italic") is not None:
            return f"*{html.unescape(match.group('italic'))}*"
        return f"[{html.unescape(match.group('text'))}]({html.unescape(match.group('url'))})"

    text = _HTML_INLINE.sub(replace, inner)
    if "<" in text.replace("&lt;", ""):
        raise ValueError(f"markup outside the subset: {paragraph[:60]!r}")
    return html.unescape(text)
