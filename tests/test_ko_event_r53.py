"""Korean events, round 53: past sittings told by a month alone, launches of crafts named unquoted or told back, sales.

- A past one told only by its month or year right before the event word ('지난달 결심 공판에서 … 구형했고'), the setting of
  what its sentence reports, is a passing mention; with its day ('지난달 11일 결심 공판에서') it stays an event.
- A craft's name unquoted ('…호', 'X N호', '…-2') before '발사' held on a day is its launch, as the quoted name's is;
  a kind word ('위성이', '발사체가') telling back a craft named after that word in the sentences before is that craft.
- A sale a store runs ('겨울 정기세일을 진행한다') is a happening when held on its own day; qualifying another noun it is none.

Every sentence, body and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

from ko_event_helpers import found, named

PUB = "2026-03-10T09:00:00+09:00"  # a Tuesday


# --- a past sitting told only by its month --------------------------------------------------------------------------

def test_a_past_sitting_told_by_its_month_alone_as_a_setting_is_no_event() -> None:
    body = "검사는 지난달 결심 공판에서 피고인 도결휘씨에게 징역 8년을 구형했고, 피고인 쪽은 다투고 있다."
    assert named(body, "결심공판", PUB) is None


def test_a_past_sitting_told_by_a_past_year_or_a_past_month_number_is_no_event() -> None:
    assert named("앞서 검찰은 지난해 결심공판에서 피고인에게 벌금 3천만원을 구형했다.", "결심공판", PUB) is None
    assert named("이 안건은 지난 1월 열린 정기총회에서 부결됐다.", "정기총회", PUB) is None


def test_a_past_sitting_with_its_day_stays_an_event() -> None:
    e = named("검사는 지난달 11일 결심 공판에서 피고인 도결휘씨에게 징역 8년을 구형했고, 피고인 쪽은 다투고 있다.", "결심공판", PUB)
    assert e is not None and e.start_date == date(2026, 2, 11)


def test_a_past_month_before_an_event_that_is_not_its_setting_leaves_it() -> None:
    # not the setting of the news ('에서'): the rule leaves it to the others
    e = named("시민단체는 지난달 구청 광장에서 촛불 집회를 열었다.", "집회", PUB)
    assert e is not None


def test_a_coming_month_before_a_sitting_is_not_a_past_mention() -> None:
    e = named("재판부는 다음 달 선고공판에서 형량을 정한다.", "선고공판", PUB)
    assert e is not None


# --- launches of crafts named unquoted or told back ------------------------------------------------------------------

def test_an_unquoted_craft_with_its_number_launched_on_a_day_is_its_launch() -> None:
    body = "우주개발원은 9일 오전 해안 우주센터에서 누리솔 3호 발사를 진행하였다고 이튿날 알렸다."
    e = named(body, "누리솔 3호 발사", PUB)
    assert e is not None and e.kind == "launch"
    assert e.start_date == date(2026, 3, 9)


def test_an_unquoted_craft_in_ho_launched_on_a_day_is_its_launch() -> None:
    e = named("연구원은 9일 섬 발사장에서 하늘빛호 발사를 실시했다.", "하늘빛호 발사", PUB)
    assert e is not None and e.kind == "launch"


def test_an_unquoted_crafts_launch_with_no_day_is_none() -> None:
    assert named("연구원은 섬 발사장에서 누리솔 3호 발사를 진행했고 자료를 냈다.", "누리솔 3호 발사", PUB) is None


def test_an_unquoted_crafts_launch_spoken_of_not_held_is_none() -> None:
    # '발사' as a word of the report, no verb of holding after it
    assert named("누리솔 3호 발사 14분 뒤 위성이 분리됐다고 9일 밝혔다.", "누리솔 3호 발사", PUB) is None


def test_a_satellite_told_back_by_its_kind_word_is_launched_by_its_name() -> None:
    body = ("신생 기업 별가람이 만든 관측위성 '별가람-2호'가 궤도에 올랐다.\n"
            "별가람은 위성이 9일 오후 1시 뉴질랜드 해안 발사장에서 발사됐으며, 40분 뒤 궤도에 진입했다고 10일 밝혔다.")
    e = named(body, "별가람-2호 발사", PUB)
    assert e is not None and e.kind == "launch"
    assert e.start_date == date(2026, 3, 9)
    assert e.location is not None and e.location.endswith("발사장")


def test_a_kind_word_with_no_craft_named_after_it_before_launches_nothing() -> None:
    body = ("신생 기업 별가람이 궤도 사업에 뛰어들었다.\n"
            "별가람은 위성이 9일 오후 1시 뉴질랜드 해안 발사장에서 발사됐다고 10일 밝혔다.")
    assert not any(e.kind == "launch" for e in found(body, PUB))


def test_a_craft_named_after_another_kind_word_is_not_told_back() -> None:
    body = ("연구원이 만든 발사체 '솔빛로켓-1'이 시험대에 올랐다.\n"
            "연구원은 위성이 9일 오후 해안 발사장에서 발사됐다고 10일 밝혔다.")
    assert not any(e.kind == "launch" for e in found(body, PUB))


# --- sales ---------------------------------------------------------------------------------------------------------

def test_a_sale_a_store_runs_from_a_day_is_a_happening() -> None:
    body = "솔빛백화점은 오는 13일부터 29일까지 전 매장에서 겨울 정기세일을 진행한다고 10일 밝혔다."
    e = named(body, "겨울 정기세일", PUB)
    assert e is not None
    assert e.start_date == date(2026, 3, 13) and e.end_date == date(2026, 3, 29)


def test_a_sale_qualifying_another_noun_is_none() -> None:
    body = "주말 오후 한 쇼핑몰은 가을 세일 소식을 듣고 몰린 손님들로 붐볐다."
    assert not any(e.name.endswith("세일") for e in found(body, PUB))


def test_a_sale_with_no_day_is_none() -> None:
    assert named("솔빛백화점은 전 매장에서 겨울 정기세일을 진행한다.", "겨울 정기세일", PUB) is None


# --- a tour dated by its first stop ---------------------------------------------------------------------------------

def test_a_tour_counting_its_cities_is_one_happening_dated_by_its_first_stop() -> None:
    body = ("한별교향악단이 다음 달 남미 6개 도시 순회공연을 떠난다.\n"
            "악단은 다음 달 12일 리마 시립극장을 시작으로 산티아고, 부에노스아이레스를 거쳐 공연한다고 10일 밝혔다.")
    e = named(body, "도시 순회공연", PUB)
    assert e is not None
    assert e.start_date == date(2026, 4, 12)
    assert e.location is not None and e.location.endswith("극장")


def test_counted_places_before_a_plain_event_word_are_still_several_happenings() -> None:
    assert named("구청은 오는 12일 구민회관에서 주민 설명회를 연다.", "주민 설명회", PUB) is not None
    assert named("구청은 오는 12일 관내 4곳에서 주민 설명회를 연다.", "주민 설명회", PUB) is None


def test_a_tour_with_no_first_stop_after_keeps_its_month() -> None:
    body = ("한별교향악단이 다음 달 남미 6개 도시 순회공연을 떠난다.\n"
            "단원들은 석 달째 합주 연습에 매달리고 있다.")
    e = named(body, "도시 순회공연", PUB)
    assert e is None or e.start_date is None
