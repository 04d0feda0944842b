"""Korean events, round 39: a session named right before a speech word, and a committee's sittings over days.

Conventions:
- A speech word written right after an event's name ('… 임시회 본회의 군정연설에서', '…포럼 기조연설에서') is a speech given
  at that event: the event is the happening, on the day and at the place of the phrase, and the speech is no row of its
  own. A speech told as an act at a sitting named before ('본회의에서 시정연설을 하고') keeps its own row, as before.
- A legislature written before a full session name ('한별군의회 제3차 임시회 본회의') is where the sitting is, no word
  of its name.
- A committee said to meet over a span of days ('다음 달 2일부터 9일까지 …위원회를 열어') holds its sitting from the first
  day to the last; a committee's review entered on a day ('다음 달 4일부터 …위원회 심사에 들어간다', '… 심의에 착수한다')
  is its sitting that day. An agency's review ('…위는 … 합병 심사에 착수했다') or an undated one is none.
- An event on another day is no part of the one named before it in its sentence.

Every sentence, name and place is invented for the test (published Tuesday 2026-11-24).
"""

from __future__ import annotations

import pytest

from ko_event_helpers import found, name_key, named

PUB = "2026-11-24T10:00:00+09:00"


def names(body: str) -> list[str]:
    return [name_key(e.name) for e in found(body, PUB)]


def test_a_session_named_before_a_speech_is_the_happening() -> None:
    body = '나무솔 한별군수는 지난 20일 한별군의회 제3차 임시회 본회의 군정연설에서 "들녘 예산부터 챙기겠다"고 말했다.'
    events = found(body, PUB)
    assert [name_key(e.name) for e in events] == ["제3차임시회본회의"], events
    e = events[0]
    assert e.kind == "meeting"
    assert e.location == "한별군의회"
    assert str(e.start_date) == "2026-11-20"


@pytest.mark.parametrize("body, event_name, place", [
    ('은하람 총재는 지난 19일 열린 물결금융포럼 기조연설에서 "금리 흐름을 더 살피겠다"고 말했다.', "물결금융포럼", None),
    ('오솔비 이사는 19일(현지시간) 미국 보스턴 사과홀에서 열린 해양경제 포럼 연설에서 "물가가 내려온다"고 말했다.',
     "해양경제 포럼", "사과홀"),
])
def test_a_speech_named_by_the_event_before_it_is_no_row(body: str, event_name: str, place: str | None) -> None:
    events = found(body, PUB)
    assert [name_key(e.name) for e in events] == [name_key(event_name)], events
    assert str(events[0].start_date) == "2026-11-19"
    if place:
        assert place in (events[0].location or "")


def test_a_speech_told_as_an_act_at_a_sitting_keeps_its_row() -> None:
    body = '여름솔 지사는 18일 한별도의회 제402회 정례회 제1차 본회의에서 시정연설을 하고 "빚부터 줄이겠다"고 밝혔다.'
    got = names(body)
    assert "제402회정례회제1차본회의" in got and "시정연설" in got, got


def test_a_committee_meeting_over_a_span_of_days() -> None:
    body = "한별군의회는 다음 달 2일부터 9일까지 기획행정위원회를 열어 새해 살림살이를 따진다."
    e = named(body, "기획행정위원회", PUB)
    assert e is not None, found(body, PUB)
    assert e.kind == "meeting"
    assert (str(e.start_date), str(e.end_date)) == ("2026-12-02", "2026-12-09")


@pytest.mark.parametrize("body, name", [
    ("한별시의회는 다음 달 4일부터 기획행정위원회 심사에 들어간다.", "기획행정위원회 심사"),
    ("한별시의회는 다음 달 4일 예결특위 심의에 착수한다.", "예결특위 심의"),
])
def test_a_committee_review_entered_on_a_day_is_its_sitting(body: str, name: str) -> None:
    e = named(body, name, PUB)
    assert e is not None, found(body, PUB)
    assert name_key(e.name) == name_key(name)
    assert str(e.start_date) == "2026-12-04"


@pytest.mark.parametrize("body", [
    "물결거래위는 지난 20일 두 회사의 합병 심사에 착수했다.",  # an agency reviews, no committee sits
    "이 조례안은 한별시의회 상임위 심사에 들어갔다.",  # no day
])
def test_a_review_entered_by_no_sitting_body_or_undated_is_none(body: str) -> None:
    assert found(body, PUB) == []


def test_a_sitting_of_another_day_is_no_part_of_the_one_before() -> None:
    body = "한별도의회는 다음 달 4일부터 기획행정위원회 심사에 들어가며 다음 달 18일 본회의에서 새해 예산안을 의결한다."
    plenary = named(body, "본회의", PUB)
    assert plenary is not None, found(body, PUB)
    assert str(plenary.start_date) == "2026-12-18"
    assert not plenary.parent
