"""Speed-ups of the Korean rules must answer exactly as the plain forms they replace."""

from __future__ import annotations

from builder.rules import Context
from builder.rules.ko import event
from builder.rules.ko.article import is_boilerplate, is_end_marker
from builder.rules.ko.person import foreign_shaped_word

BODY = ("누리시 가온구에서 열린 ‘바람꽃 축제’에 주민 3천여 명이 모였다. 축제는 오는 12일까지 이어진다.\n"
        "가온구청 관계자는 \"내년에는 더 크게 열겠다\"고 말했다.")


def linear_token_index(toks, pos: int) -> int:
    """The first token that holds pos or starts after it, by walking the tokens (token_index before bisection)."""
    for i, t in enumerate(toks):
        if t.start <= pos < t.end or t.start > pos:
            return i
    return len(toks)


def test_token_index_by_bisection_agrees_with_a_walk_at_every_position() -> None:
    finder = event.Finder(BODY, Context("2024-05-01"))
    for pos in range(-1, len(BODY) + 2):
        assert finder.token_index(pos) == linear_token_index(finder.toks, pos), pos
    assert finder.token_index(len(BODY) + 5) == len(finder.toks)
    assert finder.token_index(0) == 0


def test_held_only_word_needs_a_holding_verb_before_it() -> None:
    held = event.Finder("누리시에서 열리는 국제가온학회에서 발표했다.", Context("2024-05-01"))
    i = next(k for k, t in enumerate(held.toks) if t.text.startswith("국제가온학회"))
    assert held.held_only(i) == ("학회", "conference")
    led = event.Finder("그는 가온지리학회 회장을 지냈다.", Context("2024-05-01"))
    j = next(k for k, t in enumerate(led.toks) if t.text.startswith("가온지리학회"))
    assert led.held_only(j) is None


def test_memoized_line_predicates_answer_alike_when_asked_again() -> None:
    closing = "모든 기사는 무단 전재 및 재배포를 금합니다."
    sentence = "시는 새 조례를 다음 달부터 시행한다고 밝혔다."
    for _ in range(2):
        assert is_end_marker(closing) and not is_end_marker(sentence)
        assert not is_boilerplate(sentence)


def test_foreign_shaped_word_rejects_korean_names_titles_and_latin() -> None:
    assert not foreign_shaped_word("김하늘")  # a Korean name
    assert not foreign_shaped_word("대표이사")  # a title
    assert not foreign_shaped_word("Smith")  # no Hangul
    assert foreign_shaped_word("마르셀린")
