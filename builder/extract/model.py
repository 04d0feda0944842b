"""The record that extraction produces and the language rules refine."""

from __future__ import annotations

from dataclasses import dataclass, field

from builder.extract.filename import NameHints

# The most text nodes of a page the language rules read around the body (a page's furniture can run to many more).
MAX_PAGE_TEXT_NODES = 4000


@dataclass
class Extracted:
    """What one page says about itself, before and after the language rules clean it up."""

    body_lines: list[str]
    extractor: str
    title: str | None = None
    subheadings: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    author_emails: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601, date or datetime, offset when known
    updated: str | None = None
    url: str | None = None
    outlet: str | None = None
    language_hint: str | None = None  # <html lang>, og:locale, JSON-LD inLanguage
    description: str | None = None
    tail_lines: list[str] = field(default_factory=list)  # lines cut from the end of the body (bylines, credits)
    shown_author: str | None = None  # a name printed under the headline: the author when nothing better is found
    link_texts: frozenset[str] = frozenset()  # texts of the page's links, to tell an index page from an article
    page_tree: object = field(default=None, repr=False, compare=False)  # the parsed page (None for text dumps)
    name_hints: NameHints | None = None  # a text dump's file name: a date and labels of last resort
    sent: str | None = None  # a letter's Date header: its issue's date when the letter prints none
    sender: str | None = None  # a letter's sender as its From header names it ('모아일보 뉴스레터'), without the address
    captions: list[str] = field(default_factory=list)  # photo captions: never body text, but names the rules may read

    @property
    def body(self) -> str:
        return "\n".join(self.body_lines)
