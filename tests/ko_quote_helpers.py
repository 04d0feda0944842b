"""Helpers the Korean quotation tests share: who the rules say spoke each quotation of a body."""

from __future__ import annotations

from builder.rules import Context
from builder.rules.ko import person, quote


def speakers(body: str) -> list[tuple[str | None, str]]:
    """Every quotation the rules find in the body, as (speaker, text), persons found first as in a build."""
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    return [(q.speaker, q.text) for q in quote.find(body, ps, ms, ctx)]


def speaker_of(body: str, words: str) -> str | None:
    """The speaker of the one quotation starting with these words (the test fails if there is not exactly one)."""
    found = [s for s, text in speakers(body) if text.startswith(words)]
    assert len(found) == 1, speakers(body)
    return found[0]
