"""A text dump's file name as evidence of last resort: its date and the outlet it is named after."""

from __future__ import annotations

from hashlib import sha256

import pytest

from builder.document import process_bytes
from builder.extract.filename import name_hints
from builder.inputs import Source


@pytest.mark.parametrize("path, date, labels", [
    ("lawdesk_20260204.txt", "2026-02-04", ("lawdesk",)),
    ("ko/dumps/hankyung-2024-03-15-budget-plan.txt", "2024-03-15", ("hankyung", "budget", "plan")),
    ("press.2019.11.30.txt", "2019-11-30", ("press",)),
    ("hankyung_2025081019061.txt", None, ("hankyung",)),  # an article number that begins like a date
    ("site_20231345.txt", None, ("site",)),  # month 13
    ("site_18991231.txt", None, ("site",)),  # no news dump is that old: an id, not a date
    ("notes.txt", None, ("notes",)),
])
def test_name_hints(path, date, labels):
    hints = name_hints(path)
    assert hints.date == date
    assert hints.labels == labels


DUMP = ("법원장 \"판결은 절차에 맞게 이뤄졌다\"\n\n"
        "김민수 신임 법원장은 3월 15일 국회 법제사법위원회 전체회의에 출석해 \"규정대로 절차를 밟아 "
        "내려진 판결\"이라고 말했다. 그는 이날 오후 의원들의 질의에 차례로 답했다.\n\n"
        "김 법원장은 \"법원이 신뢰를 되찾도록 힘쓰겠다\"고 덧붙였다. 법원장은 지난달 취임했다.\n\n"
        "이서연 기자\n")


def build(name: str, text: str) -> dict:
    data = text.encode()
    res = process_bytes(Source(path=name, kind="text", data=data), data, sha256(data).hexdigest())
    assert res.article, res.quarantine
    return res.article[0]


def test_a_dump_without_a_full_date_takes_its_file_names_date_and_outlet():
    row = build("hankyung_20240315.txt", DUMP)
    assert row["published_at"] == "2024-03-15"
    assert row["outlet"] == "한국경제"


def test_a_file_name_without_a_date_or_known_outlet_leaves_both_null():
    row = build("court_note_0315.txt", DUMP)
    assert row["published_at"] is None
    assert row["outlet"] is None


def test_a_printed_date_wins_over_the_file_name():
    printed = DUMP.replace("이서연 기자\n", "이서연 기자\n입력 2024.03.16 10:20\n")
    row = build("hankyung_20240101.txt", printed)
    assert row["published_at"].startswith("2024-03-16T10:20")
