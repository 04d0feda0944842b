"""Korean events, round 41: the place of people waiting for an event, and a crowd counted at an event.

Conventions:
- After an event word, a verb of waiting for it ('청사 밖에서 판결을 기다린 주민들') tells where the waiters were, as a
  verb of watching does ('객석에서 판결을 지켜본'): that place is not the event's. A court's sentencing told by the
  court's verb keeps its own day and the court.
- An event word right before a word for the crowd that came to it ('단오대회 관객이', '축제 관람객은') modifies it: the
  crowd is counted, no happening is reported, unless a day dates the event right before it. A year alone ('올해') says
  which edition, not when one was held.

Every sentence, name and place is invented for the test (published Wednesday 2026-11-25).
"""

from __future__ import annotations

import pytest

from ko_event_helpers import found, name_key

PUB = "2026-11-25T10:00:00+09:00"


def names(body: str) -> list[str]:
    return [name_key(e.name) for e in found(body, PUB)]


@pytest.mark.parametrize("waited", [
    "청사 앞 계단에 모여 선고를 기다린 세입자 연대 대표 도아름씨는 \"아쉽다\"고 말했다.",
    "피해자들은 이른 아침부터 법원 앞에서 선고를 기다렸다.",
    "법원 로비에서 선고를 기다리던 가족들은 눈물을 흘렸다.",
])
def test_the_place_of_those_waiting_is_not_the_sentencings(waited: str) -> None:
    body = ("물빛지법 형사3부(재판장 하은솔 부장판사)는 14일 횡령 혐의를 받는 건물주 온가람(50)씨에게 "
            "징역 10년을 선고했다.\n재판부는 \"피해가 크다\"고 밝혔다.\n" + waited)
    events = found(body, PUB)
    assert [name_key(e.name) for e in events] == ["선고"], events
    e = events[0]
    assert e.location == "물빛지법"
    assert str(e.start_date) == "2026-11-14"
    assert e.offset < body.index("\n")  # the court's sentence, not the later mention


def test_a_place_before_an_event_not_waited_for_is_its_own() -> None:
    events = found("세입자 연대는 14일 물빛지법 정문 앞에서 규탄 기자회견을 개최했다.", PUB)
    assert [name_key(e.name) for e in events] == ["규탄기자회견"], events
    assert events[0].location == "물빛지법 정문 앞"
    assert str(events[0].start_date) == "2026-11-14"


@pytest.mark.parametrize("body", [
    '청솔씨름협회 관계자는 "올해 단오대회 관객이 전년보다 훨씬 많다"고 밝혔다.',
    "올해 들녘축제 관람객은 8만 명으로 늘었다.",
    "한별군은 불꽃축제 방문객을 위해 임시 주차장을 마련했다.",
])
def test_a_crowd_counted_at_an_event_reports_no_happening(body: str) -> None:
    assert names(body) == [], found(body, PUB)


@pytest.mark.parametrize("body, event_name, day", [
    ("지난 5일 끝난 ‘들빛 국화축제’ 관람객은 12만 명으로 집계됐다.", "들빛국화축제", "2026-11-05"),
    ("오는 20일 군민체육관에서 열리는 씨름대회 관람객을 위해 셔틀버스를 운행한다.", "씨름대회", "2026-12-20"),
    ("한별시는 다음 달 3일 시청 광장에서 ‘한별 빛축제’ 개막식을 연다.", "한별빛축제", "2026-12-03"),
])
def test_an_event_dated_before_its_crowd_or_held_is_one(body: str, event_name: str, day: str) -> None:
    events = found(body, PUB)
    assert [name_key(e.name) for e in events] == [event_name], events
    assert str(events[0].start_date) == day


def test_an_election_dated_by_a_month_before_its_candidates_stays() -> None:
    events = found("지난달 한별군수 재선거 후보 셋이 토론에 나섰다.", PUB)
    assert [name_key(e.name) for e in events] == ["한별군수재선거"], events


@pytest.mark.parametrize("body", [
    "올해 축제는 오는 4월 3∼5일 들빛공원 일원에서 열리며, 야간 공연과 숙박형 놀이를 늘려 손님을 붙잡겠다고 했다.",
    "한별군은 오는 4월 3∼5일 들빛공원 일원에서 열리는 축제의 야간 공연을 네 배로 늘렸다.",
    "한별군은 오는 4월 3∼5일 들빛공원 일원에서 열리는 축제의 거리 공연을 대폭 줄였다.",
])
def test_a_programme_item_whose_amount_changes_is_no_happening(body: str) -> None:
    assert "야간공연" not in names(body) and "거리공연" not in names(body), found(body, PUB)


def test_a_performance_held_on_a_day_is_one() -> None:
    body = "한별군은 오는 4월 3일 들빛공원 야외무대에서 야간 공연을 열어 방문객을 맞는다."
    events = found(body, PUB)
    assert [name_key(e.name) for e in events] == ["야간공연"], events


def test_an_item_the_subjects_programme_is_made_of_is_no_event() -> None:
    body = ("‘한별 빛축제’가 다음 달 19일부터 31일까지 들빛공원에서 열린다. 잔치는 개막식과 더불어 등불 만들기 체험, "
            "청년 예술인 공연, 줄다리기 놀이 등으로 채워진다.")
    assert names(body) == ["한별빛축제"], found(body, PUB)


def test_an_event_that_is_the_subject_filled_with_a_programme_stays() -> None:
    events = found("오는 5일 열리는 개막식은 거리 퍼레이드와 불꽃놀이로 꾸며진다.", PUB)
    assert [name_key(e.name) for e in events] == ["개막식"], events
    assert str(events[0].start_date) == "2026-12-05"
