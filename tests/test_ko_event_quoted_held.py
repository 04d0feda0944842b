"""Korean events, round 37: gatherings named in quotation marks, a film's press event, and an event told twice.

Conventions:
- A meeting of a body named whole in quotation marks, the object of a verb of holding on a day at a place
  ('다음 달 8일 … 별관에서 ‘… 협의회’를 열어'), is that meeting, named by the whole quotation; undated, none.
- A quoted name opening its sentence (after one word saying what it is: '전시 ‘…’은'), the subject of a verb of being
  held that ends the sentence with a day between, is the event; '전시' makes it an exhibition. Followed by a
  quotation of someone speaking, or without a day, it is none.
- '영화 ‘…’ 제작보고회' held on a day is a press event, as '제작발표회' is.
- An event in common words dated only by a month ('다음 달 첫 개인전을 연다') and a later one of its kind dated by a day
  of that month word are one row, the later one; with no later one it stays, its start unknown.
- An event told only by who attended it ('협약식에는 … 참석했다') stays no row with a long list of guests too.

Every sentence, name and place is invented for the test (published Friday 2026-11-27).
"""

from __future__ import annotations

import pytest

from ko_event_helpers import found, named

PUB = "2026-11-27T15:00:00+09:00"


@pytest.mark.parametrize("body", [
    "군교육청은 다음 달 8일 별솔군 교육지원청 별관에서 중3 담임교사 90명이 참여하는 '진로 지도 운영 협의회'를 열어 사례를 나눌 계획이다.",
    "군교육청은 다음 달 8일 교육지원청 별관에서 '진로 지도 운영 협의회'를 연다.",
])
def test_a_quoted_meeting_of_a_body_held_on_a_day(body: str) -> None:
    e = named(body, "진로 지도 운영 협의회", PUB)
    assert e is not None, found(body, PUB)
    assert e.name == "진로 지도 운영 협의회"
    assert str(e.start_date) == "2026-12-08"
    assert "별관" in (e.location or "")


def test_a_quoted_meeting_undated_is_none() -> None:
    body = "군교육청은 '진로 지도 운영 협의회'를 열어 사례를 나눌 계획이다."
    assert named(body, "진로 지도 운영 협의회", PUB) is None, found(body, PUB)


def test_a_quoted_exhibition_the_subject_of_being_held() -> None:
    body = "전시 '바람의 결'은 다음 달 3일부터 21일까지 서울 마포구 갤러리 하솔에서 열린다."
    e = named(body, "바람의 결", PUB)
    assert e is not None, found(body, PUB)
    assert e.kind == "exhibition"
    assert str(e.start_date) == "2026-12-03" and str(e.end_date) == "2026-12-21"
    assert "갤러리 하솔" in (e.location or "")


@pytest.mark.parametrize("body", [
    "전시 '바람의 결'은 관람객의 호평을 받았다.",
    "전시 '바람의 결'은 서울 마포구 갤러리 하솔에서 열린다.",
    "그가 쓴 소설 '바람의 결'은 다음 달 3일 북토크에서 소개된 뒤 널리 알려졌다.",
])
def test_a_quoted_name_not_held_on_a_day_is_none(body: str) -> None:
    assert named(body, "바람의 결", PUB) is None, found(body, PUB)


def test_a_films_press_event_on_a_day() -> None:
    body = "배우 나은별은 27일 오전 서울 중구 별빛시네마에서 열린 영화 '푸른 강둑' 제작보고회에서 \"많이 떨렸다\"고 말했다."
    e = named(body, "푸른 강둑", PUB)
    assert e is not None, found(body, PUB)
    assert e.kind == "press conference"
    assert str(e.start_date) == "2026-11-27"


def test_a_month_dated_event_told_again_with_its_day_is_one_row() -> None:
    body = ("도예가 한별솔은 다음 달 첫 개인전을 연다. 그는 \"늦게 용기를 냈다\"고 말했다. "
            "전시 '바람의 결'은 다음 달 3일부터 21일까지 서울 마포구 갤러리 하솔에서 열린다.")
    events = found(body, PUB)
    assert [e.name for e in events] == ["바람의 결"], events


def test_a_month_dated_event_alone_stays() -> None:
    body = "도예가 한별솔은 다음 달 첫 개인전을 연다. 그는 \"늦게 용기를 냈다\"고 말했다."
    e = named(body, "개인전", PUB)
    assert e is not None, found(body, PUB)
    assert e.start_date is None and e.date_text == "다음 달"


def test_a_ceremony_told_only_by_a_long_list_of_guests_is_no_row() -> None:
    body = ("별솔시는 25일 별솔시청 대회의실에서 상인회, 한누리대학교, 청년재단과 '빈 점포 창업 지원 업무협약'을 맺었다. "
            "협약식에는 가온솔 별솔시장과 나래길 상인회장, 다솜별 한누리대학교 총장, 라온채 청년재단 이사장, 마루결 별솔시의회 의장 등 20여명이 참석했다.")
    names = [e.name for e in found(body, PUB)]
    assert "협약식" not in names, names
    assert any("업무협약" in n for n in names), names


@pytest.mark.parametrize("body", [
    "두 당은 예산안 의결 시한(12월 2일)을 이틀 앞두고 밤늦게까지 막판 협상을 이어갔다.",
    "두 당은 처리 시한(12월 2일)을 사흘 앞둔 주말에도 막판 협상을 이어갔다.",
])
def test_a_day_some_time_ahead_of_which_talks_go_on_dates_no_talks(body: str) -> None:
    e = named(body, "막판 협상", PUB)
    assert e is None or e.start_date is None, found(body, PUB)


def test_the_day_of_talks_held_ahead_of_a_deadline_dates_them() -> None:
    body = "두 당은 처리 시한인 12월 2일을 엿새 앞둔 26일 의회 별관 접견실로 옮겨 막판 협상을 벌였다."
    e = named(body, "막판 협상", PUB)
    assert e is not None, found(body, PUB)
    assert str(e.start_date) == "2026-11-26"
