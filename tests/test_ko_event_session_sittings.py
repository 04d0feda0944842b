"""A sitting held within a legislature's session ('본회의', '상임위원회') that the sentence names with no place of its
own sits where the session named before it in the same sentence does; a sitting before the session opens, or in
another sentence, does not take its place.

Every sentence is written for the test; councils and plans are invented.
"""

from __future__ import annotations

from builder.rules import Context
from builder.rules.ko import event

PUB = "2025-09-18T10:00:00+09:00"


def events(body: str) -> dict:
    return {e.name: e for e in event.find(body, Context(PUB))}


def test_a_plenary_after_a_placed_session_in_its_sentence_sits_there():
    body = "올해 추경안은 오는 22일 개회하는 솔뫼군의회 제4차 임시회에서 소관 위원회 검토를 마치고 29일 본회의에서 의결된다."
    found = events(body)
    assert found["본회의"].location == found["제4차 임시회"].location is not None


def test_a_plenary_in_another_sentence_takes_no_place_from_the_session():
    body = "솔뫼군의회 제4차 임시회가 오는 22일 개회한다. 추경안은 29일 본회의에서 의결된다."
    found = events(body)
    assert found["본회의"].location is None


def test_a_plenary_before_the_session_opens_takes_no_place_from_it():
    body = "추경안은 오는 20일 본회의에서 먼저 다뤄지고, 오는 22일 개회하는 솔뫼군의회 제4차 임시회에서 다시 오른다."
    found = events(body)
    assert "본회의" not in found or found["본회의"].location is None
