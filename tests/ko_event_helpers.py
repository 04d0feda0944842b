"""Helpers the Korean event tests share: the events the rules find in a body, and the one an expected name means."""

from __future__ import annotations

import re

from builder.rules import Context
from builder.rules.ko import event

PUB = "2025-06-11T09:00:00+09:00"  # a Wednesday


def name_key(s: str) -> str:
    """An event's name without spaces and quotation marks, as the tests compare names."""
    return re.sub(r"[\s‘’'\"“”]", "", s)


def found(body: str, published: str | None = PUB) -> list:
    return event.find(body, Context(published))


def named(body: str, name: str, published: str | None = PUB):
    """The event whose name is the expected one, or contains it, or is contained in it."""
    want = name_key(name)
    hits = [e for e in found(body, published) if want == name_key(e.name)
            or (min(len(want), len(name_key(e.name))) >= 2 and (want in name_key(e.name) or name_key(e.name) in want))]
    return hits[0] if hits else None
