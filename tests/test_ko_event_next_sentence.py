"""Korean events told in one sentence and dated in the next, or told by the clause that modifies them.

Family 1, an event told without its day, the next sentence opening with its word (or the tail of its last word) as the
subject of a verb of holding on a day ('… 사업 경과 보고회도 연다. 보고회는 다음 달 23일 … 수련관에서 열린다', '… 공동 안전점검은 장마
전에 한 번 더 한다. 점검은 오는 24일 … 진행된다'): one happening, on that day, at that place. A gathering word no table knows ('보고회',
'평가회') counts when held so on a day at a place; a body that sits ('위원회는') is none, nor a result or a word after the
event's ('점검 결과는 … 발표된다').
Family 2, a strike joined on a day with a clause that modifies it between ('11일 정오부터 … 250여 명이 동참하는 파업에
들어갔다'): the day is its own however long the clause; a day of another verb told before it ('… 집회를 연 뒤 파업에
들어갔다', '… 시위를 벌이고, … 이달 말 전면 파업에') is not.
Family 3, the day of an event named before given by a copula ('행사는 다음 달 17일이다', '행사는 오는 20일 오후 2시다'): the
day replaces the month it was told with; a sentence that says something else of a day ('행사는 다음 달 17일 이후가
유력하다', '행사 준비 마감은 다음 달 17일이다') gives none.

Every sentence, body, person and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from builder.rules import Context
from builder.rules.ko import event

PUB = "2026-06-12T09:00:00+09:00"  # a Friday


def events(body: str, published: str | None = PUB) -> dict:
    return {e.name: e for e in event.find(body, Context(published))}


# -- family 1: told, then dated as the next sentence's subject ------------------------------------------------
TOLD_THEN_DATED = [
    ("가온구 측은 하수관 공사를 마치며 사업 경과 보고회도 연다. 보고회는 다음 달 23일 나래읍 청소년수련관에서 열린다.",
     "보고회", date(2026, 7, 23), "나래읍 청소년수련관"),
    ("누리농협은 조합원 결산 보고회를 연다. 보고회는 오는 20일 누리농협 본점 강당에서 진행된다.",
     "보고회", date(2026, 6, 20), "누리농협 본점 강당"),
    ("반딧골 주민들은 한 해 농사 평가회도 갖는다. 평가회는 오는 18일 반딧골 마을회관에서 열린다.",
     "평가회", date(2026, 6, 18), "반딧골 마을회관"),
    ("관리사무소와의 공동 안전점검은 장마 전에 한 번 더 합니다. 점검은 오는 24일 단지 전체 세대를 살피며 진행됩니다.",
     "공동 안전점검", date(2026, 6, 24), None),
    ("구청은 노래방 특별점검을 벌인다. 점검은 오는 24일 관내 업소 전체를 돌며 진행된다.",
     "특별점검", date(2026, 6, 24), None),
]


@pytest.mark.parametrize("body, name, day, place", TOLD_THEN_DATED)
def test_an_event_told_then_held_as_the_next_subject_on_a_day_takes_its_day(body: str, name: str, day: date,
                                                                            place: str | None) -> None:
    found = events(body)
    hit = next((e for k, e in found.items() if k.endswith(name)), None)
    assert hit is not None, found
    assert hit.start_date == day
    assert hit.location == place


@pytest.mark.parametrize("body", [
    "위원회는 다음 달 9일 나래읍 복지회관에서 열린다.",
    "구청은 상가 특별점검을 벌인다. 점검 결과는 오는 16일 발표된다.",
    "가온구 측은 주민 보고회도 연다. 보고회 자료는 다음 달 9일 나래읍 복지회관에서 배포된다.",
])
def test_a_body_or_a_word_after_the_event_is_no_retelling(body: str) -> None:
    found = events(body)
    assert not any(k.endswith(("위원회", "보고회")) for k in found), found
    assert all(e.start_date is None for e in found.values()), found


# -- family 2: a strike joined on a day, a clause modifying it between ----------------------------------------
@pytest.mark.parametrize("body, name, day", [
    ("노조는 11일 정오부터 배달 기사와 정비공 250여 명이 동참하는 파업에 들어갔다.", "파업", date(2026, 6, 11)),
    ("노조는 오는 20일 새벽부터 버스 기사 400여 명이 함께하는 총파업에 돌입한다.", "총파업", date(2026, 6, 20)),
])
def test_a_strike_modified_by_a_clause_keeps_the_day_before_it(body: str, name: str, day: date) -> None:
    found = events(body)
    assert name in found, found
    assert found[name].start_date == day


@pytest.mark.parametrize("body", [
    "노조는 11일 본사 앞에서 집회를 연 뒤 파업에 들어갔다.",
    "노조는 이날부터 20일까지 본사 앞에서 시위를 벌이고, 협상이 깨지면 이달 말 전면 파업에 나선다.",
])
def test_a_day_of_another_verb_before_a_strike_is_not_its_own(body: str) -> None:
    assert not any(k.endswith("파업") for k in events(body))


# -- family 3: a day given by a copula -------------------------------------------------------------------------
@pytest.mark.parametrize("body, day", [
    ("물결랩은 다음 달 동네 제빵사들을 불러 '물결 빵 축제'를 대전 은행동에서 연다. 행사는 다음 달 17일이다.", date(2026, 7, 17)),
    ("물결랩은 동네 제빵사들을 불러 '물결 빵 축제'를 대전 은행동에서 연다. 행사는 오는 20일 오후 2시다.", date(2026, 6, 20)),
])
def test_a_copula_after_the_subject_dates_the_event_named_before(body: str, day: date) -> None:
    found = events(body)
    assert found["물결 빵 축제"].start_date == day


@pytest.mark.parametrize("body", [
    "물결랩은 다음 달 동네 제빵사들을 불러 '물결 빵 축제'를 대전 은행동에서 연다. 행사는 다음 달 17일 이후가 유력하다.",
    "물결랩은 다음 달 동네 제빵사들을 불러 '물결 빵 축제'를 대전 은행동에서 연다. 행사 준비 마감은 다음 달 17일이다.",
])
def test_a_day_the_sentence_says_something_else_of_gives_no_start(body: str) -> None:
    found = events(body)
    assert found["물결 빵 축제"].start_date is None


# -- family 4: a bare opening ceremony on the day an event named before opened ----------------------------------
OPENED = "솔뫼시립미술관은 6일 신관 3층 제2전시실에서 기획전 '물결 판화'를 개막했다. 전시는 오는 9월 말까지 이어진다. "


def test_an_opening_ceremony_that_day_is_held_where_the_event_opened() -> None:
    found = events(OPENED + "판화가 탁이온 씨도 이날 개막식을 찾았다.")
    assert found["개막식"].start_date == date(2026, 6, 6)
    assert found["개막식"].location == "신관 3층 제2전시실"


@pytest.mark.parametrize("body, place", [
    (OPENED + "판화가 탁이온 씨는 지난 3일 개막식을 찾았다.", None),  # another day: another event's opening
    (OPENED + "판화가 탁이온 씨는 이날 시청 광장에서 열린 개막식을 찾았다.", "시청 광장"),  # its own place wins
])
def test_an_opening_ceremony_on_another_day_or_placed_keeps_its_own(body: str, place: str | None) -> None:
    assert events(body)["개막식"].location == place


# -- family 5: the next of a series, held on its own day ----------------------------------------------------------
@pytest.mark.parametrize("body, first, day, place", [
    ("8일 오후 다큐멘터리 '소금 바람' 상영 직후 진행된 관객과의 대화(GV)에는 촬영감독 모설겸 씨가 나왔다. "
     "다음 GV는 오는 15일 '갯벌 일기' 상영 직후 열리며, 22일에는 제작 강연이 잡혀 있다.", "관객과의 대화(GV)", date(2026, 6, 15), None),
    ("극단 솔빛은 8일 솔빛 야외무대에서 첫 공연을 올렸다. 다음 공연은 오는 20일 가람아트홀에서 열린다.",
     "첫 공연", date(2026, 6, 20), "가람아트홀"),
])
def test_the_next_of_a_series_on_its_own_day_is_a_new_event(body: str, first: str, day: date, place: str | None) -> None:
    found = events(body)
    assert found[first].start_date == date(2026, 6, 8)
    nxt = next(e for k, e in found.items() if k.startswith("다음"))
    assert (nxt.start_date, nxt.location) == (day, place)


def test_the_next_of_a_series_with_no_day_is_no_event() -> None:
    found = events("극단 솔빛은 8일 솔빛 야외무대에서 첫 공연을 올렸다. 다음 공연에서는 새 배우가 무대에 선다.")
    assert list(found) == ["첫 공연"]
