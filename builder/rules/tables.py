"""Load rule tables (TOML files beside each rule module) and compile their patterns once."""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent


@cache
def load(language: str, table: str) -> dict:
    with open(RULES_DIR / language / f"{table}.toml", "rb") as fh:
        return tomllib.load(fh)


# Bounded: some rules build a pattern from a page's words (a press's or a site's name, a surname and a title), so
# the patterns asked for grow with the corpus; a few thousand hold every pattern a document asks for many times over.
COMPILED_KEPT = 4096


@lru_cache(maxsize=COMPILED_KEPT)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """The pattern compiled, kept for the next document that asks (re's own cache holds only 512)."""
    return re.compile(pattern, flags)


def compile_all(patterns: list[str], flags: int = 0) -> list[re.Pattern]:
    return [compiled(p, flags) for p in patterns]


def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so the longest one wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class Endings:
    """A set of word endings (particles, title suffixes, event words), matched longest first.

    A word is checked once per distinct ending length instead of once per ending, and not at all when its last
    letter ends none of them, which matters because the Korean rules ask this of every token.
    """

    def __init__(self, endings: list[str] | tuple[str, ...]):
        self.endings = frozenset(endings)
        self.lengths = sorted({len(e) for e in self.endings if e}, reverse=True)
        self.last_letters = frozenset(e[-1] for e in self.endings if e)  # a word ending otherwise has none of them

    def all(self, word: str, min_rest: int = 0, max_rest: int | None = None) -> list[str]:
        """Every ending the word has, longest first, leaving at least min_rest (and at most max_rest)
        characters before it."""
        if word[-1:] not in self.last_letters:
            return []
        n = len(word)
        top = n if max_rest is None else max_rest
        return [word[n - k:] for k in self.lengths if min_rest <= n - k <= top and word[n - k:] in self.endings]

    def longest(self, word: str, min_rest: int = 0) -> str | None:
        if word[-1:] not in self.last_letters:
            return None
        n = len(word)
        for k in self.lengths:
            if n - k >= min_rest and word[n - k:] in self.endings:
                return word[n - k:]
        return None
