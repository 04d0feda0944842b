"""Korean events of the families a blind dev set (round 19) showed: the ceremonies of building a ship and a first
showing ('공개회'), an election named ahead of its day ('…보궐선거를 2주 앞두고') and dated by a later sentence about it,
an election dated by the verb saying it is held before its name, places listed by administrative units ('읍·면') or
given far before an event said to be held ('…앞에서 … 촉구하는 기자회견을 열 계획'), a past one dated by an era only, and
a generic word ending like a station ('지역').

Every sentence is written for the test; bodies, firms, people and places are invented. Each family has a case it must
find and one it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from builder.rules import Context
from builder.rules.ko import event

PUB = "2025-09-18T10:00:00+09:00"


def events(body: str, published: str | None = PUB) -> dict:
    return {e.name: e for e in event.find(body, Context(published))}


# -- ceremonies of a ship, a first showing -------------------------------------------------------
@pytest.mark.parametrize("body, name, place", [
    ("유조선 2척의 선체 절단식은 다음 달 9일 통영 조선소에서 열린다.", "선체 절단식", "통영 조선소"),
    ("솔내중공업은 다음 달 9일 거제 조선소에서 화물선 착수식을 연다.", "화물선 착수식", "거제 조선소"),
    ("한빛우주는 오는 26일 대전 대덕구 본사에서 '달빛-2 첫 교신 공개회'를 연다.", "달빛-2 첫 교신 공개회", "대전 대덕구 본사"),
])
def test_a_ship_s_ceremony_or_a_first_showing_is_an_event(body, name, place):
    ev = events(body)[name]
    assert ev.location == place and ev.start_date is not None


def test_an_indian_style_dish_is_no_ceremony():
    assert not events("이 식당은 다음 달 9일부터 인도식 카레를 판다. 매장에서 거치식 충전기를 쓴다.")


def test_a_press_showing_with_no_day_or_place_is_a_moment_of_the_exhibition():
    assert not events("전시 개막에 앞서 열린 언론 공개회에서 관장은 소감을 말했다.")


# -- an election named ahead of its day ----------------------------------------------------------
def test_an_election_named_ahead_takes_the_day_and_place_a_later_sentence_gives():
    found = events("솔내군의회 나선거구 보궐선거를 2주 남짓 앞두고 후보들이 처음 모였다. "
                   "이번 보궐선거는 다음 달 9일 나선거구 5개 투표소에서 투표가 진행된다.")
    ev = found["솔내군의회 나선거구 보궐선거"]
    assert ev.start_date == date(2025, 10, 9) and ev.location is not None and ev.location.endswith("투표소")
    assert "투표" not in found  # the voting is the election's own business, no second row


def test_the_day_of_the_gathering_ahead_of_an_election_is_not_the_election_s():
    found = events("솔내군의회 나선거구 보궐선거를 한 달 앞둔 지난 주말 후보들이 모였다.")
    assert found["솔내군의회 나선거구 보궐선거"].start_date is None


def test_a_bare_past_election_counted_ahead_of_is_no_event():
    assert not events("지난 대선을 한 달 앞두고 그는 탈당했다.")


def test_an_election_dated_by_the_verb_before_its_name_is_one_though_it_modifies_candidates():
    found = events("다음 달 8일 치러지는 솔내시 국회의원 보궐선거 후보들이 첫 방송 토론에서 맞붙었다.")
    assert found["솔내시 국회의원 보궐선거"].start_date == date(2025, 10, 8)


def test_the_verb_before_an_election_heading_a_debate_is_the_debate_s():
    found = events("지난 3일 열린 솔내시 시장 선거 후보 토론회에서 두 후보가 맞붙었다.")
    assert not any(e.kind == "election" for e in found.values())


# -- places --------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, name, place", [
    ("사전투표는 다음 달 3일과 4일 이틀 동안 읍·면 행정복지센터에서 할 수 있다.", "사전투표", "읍·면 행정복지센터"),
    ("주민 설명회는 오는 20일 시·군 보건소에서 열린다.", "주민 설명회", "시·군 보건소"),
    ("청소노동자모임은 다음 달 5일 청주시청 앞에서 야간 노동자 휴게 대책을 촉구하는 기자회견을 열 계획이다.", "기자회견", "청주시청 앞"),
])
def test_a_listed_unit_or_a_place_before_a_held_clause_places_the_event(body, name, place):
    assert events(body)[name].location == place


def test_a_place_of_another_event_named_between_is_not_this_one_s():
    found = events("시민단체는 지난달 시청 앞에서 시위를 벌인 데 이어 다음 달 5일 기자회견을 열 계획이다.")
    assert found["기자회견"].location is None


def test_a_vote_with_no_place_gets_none():
    assert events("사전투표는 다음 달 3일부터 할 수 있다.")["사전투표"].location is None


# -- an era, a region ----------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "그는 1970년대 중반 파리에서 연 개인전이 호평을 받았다.",
    "그는 80년대 초 서울에서 열린 공연으로 이름을 알렸다.",
])
def test_a_past_one_dated_by_an_era_is_background(body):
    assert not events(body)


def test_an_era_before_an_event_dated_by_a_day_keeps_it():
    found = events("1990년대 명곡 콘서트가 오는 9일 바람구 아트홀에서 열린다.")
    assert found["명곡 콘서트"].start_date == date(2025, 10, 9)


def test_a_region_is_no_station_and_a_festival_word_in_a_remark_is_no_event():
    assert not events('변호인은 "받은 돈은 지역 축제 후원금으로 처리됐다"고 밝혔다.')
    assert events("구청은 오는 9일 수서역 광장 축제를 연다.")["수서역 광장 축제"].location == "수서역 광장"


# -- a wish, a day told as background --------------------------------------------------------------
@pytest.mark.parametrize("body", [
    '그는 "언젠가 동생과 같이 듀오 리사이틀을 여는 게 꿈이에요"라고 말했다.',
    '그는 "내년에는 서울에서 단독 콘서트를 열고 싶다"고 말했다.',
    '그는 "고향 마을회관에서 작은 음악회를 열었으면 좋겠다"고 했다.',
])
def test_an_event_wished_for_is_none(body):
    assert not events(body)


def test_an_event_wished_for_but_dated_by_a_day_is_one():
    assert events("그는 오는 9일 바람구 아트홀에서 듀오 리사이틀을 여는 게 확정됐다.")["듀오 리사이틀"].start_date == date(2025, 10, 9)


def test_this_day_after_a_background_paragraph_is_the_story_s_day():
    found = events("물류센터 노동자 300여 명이 5일 오전 6시부터 부분 파업에 들어갔다.\n"
                   "노사는 지난달 30일 지방노동위원회에서 열린 마지막 조정회의에서도 접점을 찾지 못했다.\n"
                   '노조 분회장은 이날 센터 정문 앞에서 열린 파업 출정식에서 "끝까지 간다"고 말했다.',
                   "2025-11-05T10:00:00+09:00")
    assert found["파업 출정식"].start_date == date(2025, 11, 5)
    assert found["마지막 조정회의"].start_date == date(2025, 10, 30)


def test_this_day_after_a_paragraph_on_a_coming_day_is_the_story_s_day():
    found = events("솔내국 장관은 11일 외교부 청사에서 회담을 가졌다.\n"
                   "두 장관은 오는 14일부터 16일까지 부산에서 열리는 포럼에도 참석한다.\n"
                   "장관은 이날 저녁 한 장관이 주최하는 만찬에 참석한 뒤 12일 포항을 방문한다.",
                   "2025-09-11T10:00:00+09:00")
    assert found["만찬"].start_date == date(2025, 9, 11)


def test_this_day_after_a_story_told_all_in_the_past_is_that_past_day():
    found = events("지난 3일 열린 토론회에서 후보들이 맞붙었다.\n이날 오후 기자회견도 열렸다.",
                   "2025-11-05T10:00:00+09:00")
    assert found["기자회견"].start_date == date(2025, 11, 3)


# -- a bare word named by its host on a day ----------------------------------------------------------
def test_a_bare_dinner_its_host_gives_on_a_day_is_one_happening():
    found = events("솔내국 장관은 10일 외교부 청사에서 회담을 가졌다. "
                   "장관은 이날 저녁 한 장관이 주최하는 만찬에 참석한 뒤 12일 포항을 방문한다.")
    assert found["만찬"].start_date == date(2025, 9, 10)


@pytest.mark.parametrize("body", [
    "장관은 한 장관이 주최하는 만찬에 자주 참석했다.",
    "장관은 올해 한 장관이 주최한 행사에 참석했다.",
])
def test_a_bare_word_its_host_gives_on_no_day_is_none(body):
    assert not events(body)


# -- an election's place ---------------------------------------------------------------------------
def test_an_election_is_placed_in_the_district_its_name_leads_with():
    found = events("오는 9일 치러지는 부산 바람구 구청장 보궐선거에 후보 3명이 나섰다.")
    assert found["부산 바람구 구청장 보궐선거"].location == "부산 바람구"


def test_an_office_or_a_body_s_ward_is_no_district():
    assert events("오는 9일 치러지는 솔내시장 선거에 후보 3명이 나섰다.")["솔내시장 선거"].location is None
    found = events("솔내군의회 나선거구 보궐선거를 2주 남짓 앞두고 후보들이 처음 모였다.")
    assert found["솔내군의회 나선거구 보궐선거"].location is None


# -- a show named by its hall: the venue leads the event's name ----------------------------------
@pytest.mark.parametrize("body, name, place", [
    ("투어는 오는 12월 7일 서울 송파구 가람스카이돔 공연을 시작으로 12개 도시로 이어진다.", "서울 송파구 가람스카이돔 공연",
     "서울 송파구 가람스카이돔"),
    ("밴드는 오는 20일 부산 해운대구 누리아레나 공연을 끝으로 활동을 멈춘다.", "부산 해운대구 누리아레나 공연", "부산 해운대구 누리아레나"),
    ("오는 20일 누리아트홀 공연은 매진됐다.", "누리아트홀 공연", "누리아트홀"),
])
def test_a_show_named_by_its_hall_is_held_there(body, name, place):
    assert events(body)[name].location == place


def test_a_show_named_by_no_hall_has_no_place():
    assert events("오는 20일 동네 공연에 주민이 모인다.")["동네 공연"].location is None
