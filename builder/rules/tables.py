"""Load rule tables (TOML files beside each rule module) and compile their patterns once."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent


@cache
def load(language: str, table: str) -> dict:
    with open(RULES_DIR / language / f"{table}.toml", "rb") as fh:
        return tomllib.load(fh)


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def compile_all(patterns: list[str], flags: int = 0) -> list[re.Pattern]:
    return [compiled(p, flags) for p in patterns]


def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so the longest one wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
