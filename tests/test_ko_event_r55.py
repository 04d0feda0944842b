"""Korean persons and events, round 55 (helper h55a), on sentences written for these tests.

- A word Kiwi knows whole as a proper noun, a dictionary word and 함 (a warship: '상륙함') or 홀 (a hall), is no name;
  a historical name the dictionary knows ending as other things do stays one.
- '…부는 9일 …훈련을 오는 20일 … 실시한다고 밝혔다': the day right after the topic of a sentence reporting something to
  come dates the report; the happening keeps the day written after its name. A day after a past clause closed
  ('…실시했으며 오는 20일 다시 연다고') is another happening's, and with no day after the name the topic's day stays.
- '가온은 21일 … 경기를 치르고, 누리는 같은 날 … 경기를 갖는다': a game told '같은 날' after a topic of its own is that
  side's game on the day, not the one before told again; '같은 날' with no side of its own is that game told again.
- A lede's happening placed but with no day ('다음 달 솔매 앞바다에서 … 기동훈련을 벌인다'), named in the next sentence (past a
  blank line) with a day at the same place, is one happening kept once; a happening of the same kind elsewhere stays.

Every sentence, body and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

from builder.rules import Context
from builder.rules.ko import event, person

PUB = "2026-07-09T09:00:00+09:00"


def persons(body: str) -> dict:
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


def events(body: str) -> dict:
    return {e.name: e for e in event.find(body, Context(PUB))}


# -- a warship the dictionary lists is no person ---------------------------------------------------------------------
def test_a_warship_listed_with_equipment_is_no_person():
    found = persons("이번 해상 기동에는 장병 3천여명과 상륙함, 고속정 등이 나선다.")
    assert "상륙함" not in found


def test_a_known_historical_name_is_still_a_person():
    found = persons("미술관은 이번 전시에서 신윤복의 풍속화 두 점을 처음 공개했다.")
    assert "신윤복" in found


# -- the topic's day dates the report, the happening keeps its own ----------------------------------------------------
def test_the_day_after_the_name_dates_a_drill_announced_on_the_topic_day():
    found = events("여울해양청은 9일 민관 합동 방제훈련을 오는 20일 솔바위항 일대에서 실시한다고 밝혔다.")
    assert found["민관 합동 방제훈련"].start_date == date(2026, 7, 20)


def test_a_festival_named_before_its_span_next_month():
    found = events("가온군은 9일 '가온 연꽃축제'를 다음 달 10일부터 12일까지 군민공원에서 연다고 밝혔다.")
    assert found["가온 연꽃축제"].start_date == date(2026, 8, 10)


def test_a_day_after_a_past_clause_belongs_to_another_happening():
    found = events("여울해양청은 9일 민관 합동 방제훈련을 솔바위항 일대에서 실시했으며 오는 20일 다시 연다고 밝혔다.")
    assert found["민관 합동 방제훈련"].start_date == date(2026, 7, 9)


def test_with_no_day_after_the_name_the_topic_day_stays():
    found = events("여울해양청은 9일 오후 민관 합동 방제훈련을 솔바위항 일대에서 오후 3시에 실시한다고 밝혔다.")
    assert found["민관 합동 방제훈련"].start_date == date(2026, 7, 9)


def test_a_briefing_held_on_the_topic_day_keeps_it_before_a_deadline():
    found = events("솔내군은 9일 군청 상황실에서 정례 브리핑을 열고 공공 와이파이를 내년 2월까지 40곳으로 늘린다고 밝혔다.")
    assert found["정례 브리핑"].start_date == date(2026, 7, 9)


# -- another side's game on the same day ---------------------------------------------------------------------------
def test_another_sides_game_told_by_the_same_day_is_its_own():
    found = events("가온은 오는 21일 솔빛FC와 7라운드 원정 경기를 치르고, 누리는 같은 날 안방에서 바람FC와 7라운드 경기를 갖는다.")
    assert "7라운드 원정 경기" in found and "7라운드 경기" in found
    assert found["7라운드 경기"].start_date == date(2026, 7, 21)


def test_the_same_day_with_no_side_of_its_own_tells_the_game_again():
    found = events("가온은 오는 21일 솔빛FC와 7라운드 원정 경기를 치른다. 같은 날 경기에는 관중 2만명이 몰릴 전망이다.")
    assert list(found) == ["7라운드 원정 경기"]


# -- the lede's happening placed with no day, named next with its day ----------------------------------------------
def test_a_lede_drill_placed_without_a_day_is_the_named_one_next():
    found = events("두 나라 해군이 다음 달 솔매 앞바다에서 대규모 연합 기동훈련을 벌인다.\n\n"
                   "해양청은 9일 연합 기동훈련 '푸른방패'를 다음 달 10일부터 14일까지 솔매 앞바다 일대에서 실시한다고 밝혔다.")
    assert list(found) == ["푸른방패"]


def test_a_lede_festival_elsewhere_stays_beside_another_one_with_a_day():
    found = events("가온시는 다음 달 시민공원에서 꽃축제를 연다.\n\n솔내군은 오는 25일 군민회관에서 국화축제를 연다.")
    assert "꽃축제" in found and "국화축제" in found
