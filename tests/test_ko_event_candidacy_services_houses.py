"""Korean events, round 44: a candidacy declared on a day, last night's date, services carried out after their day and
place, and houses that hold a sitting.

Conventions:
- A day right before an election whose candidacy the sentence declares ('3일 … 선거 출마를 선언했다') is the day of the
  declaration: the election only modifies the candidacy. A day told as coming ('오는 6월 3일 지방선거') still dates it.
- '어젯밤', '간밤' and '지난밤' are the day before publication, as '어제' is.
- A service word ('교육', '상담') carried out or opened on a day its sentence names is one happening, its day right after
  the object particle and its place right before the verb; received or undated it is none.
- An event that is the object of '진행한다' with a place phrase right before the verb is held there; a place before an
  adnominal '진행한' is another act's.
- A sitting written right after its house ('도의회 본회의', '국회 본회의') is held at the house; chambers ('연방하원',
  '상원') are houses.

Every sentence, name and place is invented for the test (published Wednesday 2026-11-25).
"""

from __future__ import annotations

import datetime as dt

from ko_event_helpers import found, name_key

PUB = "2026-11-25T10:00:00+09:00"


def events(body: str) -> list:
    return found(body, PUB)


def names(body: str) -> list[str]:
    return [name_key(e.name) for e in events(body)]


def test_a_candidacy_declared_on_a_day_dates_no_election() -> None:
    assert names("마루현 전 부군수가 3일 솔빛군수 보궐선거 출마를 선언하며 공약을 냈다.") == []
    assert names("마루현 전 부군수는 이날 솔빛군수 보궐선거 출마를 밝혔다.") == []


def test_an_election_told_as_coming_keeps_its_day() -> None:
    evs = events("마루현 전 부군수가 오는 6월 3일 지방선거 출마를 선언하며 공약을 냈다.")
    assert [e.kind for e in evs] == ["election"] and evs[0].start_date == dt.date(2027, 6, 3)


def test_an_election_held_on_a_day_stays() -> None:
    evs = events("마루현 후보는 지난 3일 치러진 솔빛시장 선거에서 당선됐다.")
    assert [e.kind for e in evs] == ["election"] and evs[0].start_date == dt.date(2026, 11, 3)


def test_last_night_is_the_day_before() -> None:
    for word in ("어젯밤", "간밤", "지난밤"):
        evs = events(f"모래내군 축제위원회는 {word} 군청 상황실에서 긴급회의를 열었다.")
        assert [e.start_date for e in evs] == [dt.date(2026, 11, 24)], word
        assert evs[0].name == "긴급회의"


def test_a_training_carried_out_after_its_day_and_place_is_one_happening() -> None:
    evs = events("한편 솔빛기공은 직무 교육을 오는 3일 강원 춘천 수련관에서 진행한다.")
    assert [name_key(e.name) for e in evs] == ["직무교육"]
    assert evs[0].start_date == dt.date(2026, 12, 3) and evs[0].location == "강원 춘천 수련관"


def test_a_service_opened_after_its_day_and_place_is_one_happening() -> None:
    evs = events("모래내구는 무료 세무 상담을 오는 5일 구청 민원실에서 연다.")
    assert [name_key(e.name) for e in evs] == ["무료세무상담"] and evs[0].location == "구청 민원실"


def test_a_training_received_or_undated_is_none() -> None:
    assert names("솔빛기공 직원들은 지난 5일 안전 교육을 받았다.") == []
    assert names("모래내구는 올해 안전 교육을 실시했다.") == []
    assert names("모래내구는 교육을 통해 공무원 역량을 키운다.") == []


def test_a_counselling_carried_out_between_two_people_stays_none() -> None:
    assert names("경찰은 피해자 상담을 지난 5일 경찰서 상담실에서 진행했다.") == []


def test_an_event_carried_out_there_is_placed_there() -> None:
    evs = events('차관은 "농산물 할인 행사를 오는 22∼28일 읍내 광장에서 진행할 예정"이라고 밝혔다.')
    assert [e.location for e in evs] == ["읍내 광장"]


def test_a_place_of_another_act_carried_out_is_not_the_events() -> None:
    evs = events("솔빛제약은 20일 설명회를 열고 국내 12개 병원에서 진행한 임상 결과를 공개했다.")
    assert [e.location for e in evs] == [None]


def test_a_sitting_written_after_its_house_is_held_there() -> None:
    assert [e.location for e in events("조례안은 오는 9일 군의회 본회의에서 표결에 부쳐진다.")] == ["군의회"]
    assert [e.location for e in events("동의안은 오는 3일 국회 본회의에서 다뤄진다.")] == ["국회"]


def test_a_chamber_the_topic_of_its_sitting_is_a_house() -> None:
    evs = events("누리국 하원은 오는 11일 본회의에서 조약 비준안을 다룬다.")
    assert [e.location for e in evs] == ["누리국 하원"]


def test_a_bare_sitting_with_no_house_stays_unplaced() -> None:
    evs = events("여야는 오는 3일 본회의에서 개정안을 처리하기로 했다.")
    assert [e.location for e in evs] == [None]
