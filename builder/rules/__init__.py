"""Rule modules, one package per language and one module per table.

A language package `builder.rules.<code>` may provide `article.refine`, `person.find`,
`quote.find` and `event.find`; a missing module means the language has no rules for that
table yet. Adding a language is adding a package, nothing else.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from builder.extract.model import Extracted
from builder.rules.model import Findings
from builder.timelimit import untimed


@dataclass(frozen=True)
class Context:
    """What the rules may know about the article besides its body."""

    published: str | None  # ISO text with the outlet's own offset, or a date
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    title: str | None = None
    captions: tuple[str, ...] = ()  # the page's photo captions, left out of the body: a name given in full only there


def _module(language: str, table: str) -> ModuleType | None:
    """The rule module, imported on the first document that needs it; loading its tables and
    dictionaries is the process's set-up, not that document's time."""
    try:
        with untimed():
            return importlib.import_module(f"builder.rules.{language}.{table}")
    except ModuleNotFoundError as e:
        if e.name in (f"builder.rules.{language}", f"builder.rules.{language}.{table}"):
            return None
        raise


@dataclass(frozen=True)
class LanguageRules:
    language: str
    article: ModuleType | None
    person: ModuleType | None
    quote: ModuleType | None
    event: ModuleType | None

    def refine(self, ex: Extracted) -> Extracted:
        return self.article.refine(ex) if self.article else ex

    def find(self, body: str, ctx: Context) -> Findings:
        found = Findings()
        if self.person:
            found.persons, found.mentions = self.person.find(body, ctx)
        if self.quote:
            found.quotes = self.quote.find(body, found.persons, found.mentions, ctx)
        if self.event:
            found.events = self.event.find(body, ctx)
        return found


@cache
def for_language(language: str) -> LanguageRules:
    code = (language or "und").split("-")[0].lower()
    return LanguageRules(code, *(_module(code, t) for t in ("article", "person", "quote", "event")))
