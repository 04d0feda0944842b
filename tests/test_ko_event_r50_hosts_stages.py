"""Korean events, round 50: an event held by a host that is a place of its own, and '같은 극장' pointing back.

'…사가 다음 달 3일부터 나흘 동안 ‘…축제’를 연다': a temple (in an article that speaks of one), a museum, a library or a church
holding an event that no phrase places, as the subject or topic of its sentence, holds it on its own grounds. A firm
ending in '사' ('출판사', '소속사') or a city hall is no such host. '같은 극장에서 진행된 프레스콜' is held at the stage the
article named before by its own name ('…아트홀에서 첫 무대를 올렸다'), though that staging is no event row.

Every sentence, body and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

from builder.rules import Context
from builder.rules.ko import event

PUB = "2025-06-11T09:00:00+09:00"


def events(body: str) -> dict:
    return {e.name: e for e in event.find(body, Context(PUB))}


def test_a_temple_holding_a_festival_holds_it_on_its_grounds() -> None:
    found = events("경남 하동군 솔바위산 자락의 청곡사가 다음 달 3일부터 나흘 동안 '제3회 청곡 산사문화축제'를 연다. "
                   "청곡사 주지 스님은 \"함께 쉬어 가자\"고 말했다.")
    ev = found["제3회 청곡 산사문화축제"]
    assert ev.location == "청곡사"
    assert ev.start_date == date(2025, 7, 3)


def test_a_festival_a_temple_held_told_by_a_modifier_is_there() -> None:
    found = events("경남 하동군 청곡사가 초파일을 맞아 연 '등불길 축제'가 한창이다. 주지 스님이 등을 달았다.")
    assert found["등불길 축제"].location == "경남 하동군 청곡사"


def test_a_temple_as_topic_holding_a_concert_on_a_day() -> None:
    found = events("청곡사는 오는 14일 오후 7시 '제3회 청곡 산사음악회'를 연다고 밝혔다. 주지 스님이 인사말을 한다.")
    assert found["제3회 청곡 산사음악회"].location == "청곡사"


def test_a_museum_holding_an_exhibition_with_no_hall_named_holds_it_there() -> None:
    found = events("가람시립미술관은 오는 14일부터 기획전 '물빛의 결'을 연다.")
    assert found["물빛의 결"].location == "가람시립미술관"


def test_a_hall_the_sentence_names_stays_the_place() -> None:
    found = events("가람시립미술관은 오는 14일부터 별관 2전시실에서 기획전 '물빛의 결'을 연다.")
    assert found["물빛의 결"].location == "별관 2전시실"


def test_a_word_ending_in_sa_is_no_temple_without_a_temple_in_the_article() -> None:
    found = events("가온사는 오는 14일 '제2회 가온 음악축제'를 연다고 밝혔다.")
    assert found["제2회 가온 음악축제"].location is None


def test_a_city_hall_holding_a_festival_gives_no_place() -> None:
    found = events("한솔시청은 오는 14일 '제3회 한솔 시민축제'를 연다.")
    assert found["제3회 한솔 시민축제"].location is None


def test_a_host_before_another_subject_holds_nothing() -> None:
    found = events("청곡사는 신도회가 오는 14일 '등불길 축제'를 연다고 밝혔다. 주지 스님도 참석한다.")
    assert found["등불길 축제"].location is None


def test_the_same_theatre_is_the_stage_named_before() -> None:
    found = events("뮤지컬 '바람의 집'이 지난 9일 서울 마포구 가온아트홀에서 첫 무대를 올렸다. 연출가는 공연에 앞서 "
                   "7일 같은 극장에서 진행된 프레스콜에서 \"다 함께 보자\"고 말했다.")
    ev = found["프레스콜"]
    assert ev.location == "서울 마포구 가온아트홀"
    assert ev.start_date == date(2025, 6, 7)


def test_the_same_theatre_with_no_stage_named_before_is_no_place() -> None:
    found = events("연출가는 7일 같은 극장에서 진행된 프레스콜에서 \"다 함께 보자\"고 말했다.")
    assert found["프레스콜"].location is None


def test_a_tour_placed_at_its_first_stop_named_before_it() -> None:
    found = events("가수 하늘빛은 오는 8월 2일 대전 가온아트센터를 시작으로 청주, 원주, 강릉을 도는 여름 투어 콘서트 "
                   "'바람이 분다'를 연다.")
    ev = found["바람이 분다"]
    assert ev.location == "대전 가온아트센터"
    assert ev.start_date == date(2025, 8, 2)


def test_a_touring_series_starting_in_a_city_is_placed_in_it() -> None:
    found = events("밴드 누리는 다음 달 4일 서울을 시작으로 아시아 5개국을 순회하는 투어 콘서트 '길 위에서'를 개최할 예정이다.")
    assert found["길 위에서"].location == "서울"


def test_a_career_started_at_a_firm_places_no_later_forum() -> None:
    found = events("그는 가온전자를 시작으로 여러 회사를 거쳤고 오는 8월 2일 '가온 포럼'을 연다.")
    assert found["가온 포럼"].location is None


def test_an_opening_ceremony_first_gives_a_festival_no_place() -> None:
    found = events("축제는 오는 8월 2일 개막식을 시작으로 사흘간 이어지는 '가온 여름축제'로 꾸며진다.")
    assert found["가온 여름축제"].location is None
