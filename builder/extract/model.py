"""The record that extraction produces and the language rules refine."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    header_text: str = ""  # page text outside the body (for dates and bylines printed around it)
    tail_lines: list[str] = field(default_factory=list)  # lines cut from the end of the body (bylines, credits)
    link_texts: frozenset[str] = frozenset()  # texts of the page's links, to tell an index page from an article

    @property
    def body(self) -> str:
        return "\n".join(self.body_lines)
