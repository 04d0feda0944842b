"""Paradigm rows: a text dump copied from a terminal keeps its escape codes; they go, the text stays."""

import pytest

from builder.extract.terminal import strip_terminal_codes
from builder.extract.text import extract_text

E = "\x1b"

POSITIVES = [
    (f"{E}[1;36m한솔빛신문{E}[0m", "한솔빛신문"),  # SGR colour and reset
    (f"{E}[38;5;208m마루전자{E}[39m 신제품", "마루전자 신제품"),  # 256-colour foreground
    (f"{E}[38;2;10;20;30m입력 2025.03.04{E}[m", "입력 2025.03.04"),  # true colour, bare reset
    (f"{E}[2K{E}[1G진행 중", "진행 중"),  # erase line, cursor column
    (f"{E}]8;;https://a.example/1{E}\\기사 보기{E}]8;;{E}\\", "기사 보기"),  # OSC 8 hyperlink
    (f"{E}]0;터미널 제목\x07본문", "본문"),  # OSC window title ended by BEL
    ("^[[1m헤드라인^[[0m", "헤드라인"),  # `cat -v` caret form
    ("[1m제목[0m\n[2m입력 2025.01.02[0m", "제목\n입력 2025.01.02"),  # ESC byte lost, codes left
    ("N\x08NA\x08AM\x08ME\x08E _\x08d_\x08o_\x08c", "NAME doc"),  # nroff overstrike
]

NEGATIVES = [
    "배터리 용량 [2m] 구간에서 시험했다.",  # one bracketed length, no escapes
    "[1] 첫째 [2] 둘째 [3] 셋째",  # footnote marks
    "가격은 ^[ 기호와 무관하다.",  # a caret and bracket in text
]


@pytest.mark.parametrize("raw,want", POSITIVES)
def test_escape_removed(raw: str, want: str) -> None:
    assert strip_terminal_codes(raw) == want


@pytest.mark.parametrize("raw", NEGATIVES)
def test_text_without_escapes_kept(raw: str) -> None:
    assert strip_terminal_codes(raw) == raw


def test_two_bare_codes_without_reset_kept() -> None:
    raw = "측정 구간 [2m] 과 [3m] 을 비교했다. 길이 [5m]."
    assert strip_terminal_codes(raw) == raw


def test_dump_headline_and_byline_read_through_codes() -> None:
    page = (f"{E}[1;36m다솜테크뉴스{E}[0m\n\n{E}[1m로봇 청소기 판매 두 배로 늘어{E}[0m\n"
            f"{E}[2m입력 2025.05.06 09:10 | 윤하결 기자{E}[0m\n\n본문 첫 문장이다.\n")
    lines = extract_text(page).body_lines
    assert "로봇 청소기 판매 두 배로 늘어" in lines
    assert not any("[0m" in ln or E in ln for ln in lines)
