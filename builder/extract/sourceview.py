"""A page's source saved as text: a browser's `view-source:` view copied or saved (`view-source_www…txt`), a listing
with line numbers (`cat -n`, an editor's '12 | <p>…', '12: <p>…'), or the markup itself saved under `.txt`. It is the
page, not a dump of what a reader saw: read as HTML, its numbers taken off.

A line the view wrapped goes on unnumbered under its number; a listing's numbers run 1, 2, 3… A text that only quotes
some markup (a Markdown dump with an <img> line, a post showing a snippet) opens with no document type or <html>.
"""

from __future__ import annotations

import re

# A listing's line: its number, then a tab, a colon or bar, or two or more spaces (a view's gutter), then the line.
_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,6})(?:\t| ?[:|] ?|\s{2,}|\s(?=<))(?P<line>.*)$")
# How a page's source opens: its document type, its <html>, or an XML declaration then <html>.
_PAGE_START = re.compile(r"^\ufeff?\s*(?:<!doctype\s+html\b|<html\b|<\?xml[^>]*>\s*(?:<!doctype\s+html\b|<html\b))", re.I)
# What a page holds beyond its opening: a body, or the element closing it.
_PAGE_PART = re.compile(r"<body\b|</html\s*>|<head\b", re.I)
# Share of a listing's non-blank lines that carry their number in order (the rest are lines the view wrapped).
MIN_NUMBERED_SHARE = 0.6
MIN_LINES = 5


def _unnumbered(lines: list[str]) -> list[str] | None:
    """The lines of a numbered listing without their numbers, a wrapped line joined to its own; None when the lines
    are not numbered 1, 2, 3… from the first."""
    out: list[str] = []
    expected = 1
    numbered = nonblank = 0
    for raw in lines:
        if not raw.strip():
            continue
        nonblank += 1
        m = _NUMBERED.match(raw)
        if m and int(m.group("n")) == expected:
            out.append(m.group("line"))
            expected += 1
            numbered += 1
        elif out:
            out[-1] += " " + raw.strip()  # a line the view wrapped
        else:
            return None
    return out if nonblank >= MIN_LINES and numbered / nonblank >= MIN_NUMBERED_SHARE else None


def page_source(text: str) -> str | None:
    """The markup of a page saved as its source in a text file (numbered or not); None for any other text."""
    unnumbered = _unnumbered(text.splitlines())
    markup = "\n".join(unnumbered) if unnumbered is not None else text
    if not _PAGE_START.match(markup) or not _PAGE_PART.search(markup):
        return None
    return markup
