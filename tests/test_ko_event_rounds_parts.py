"""Korean events of the families a fifth blind dev set showed: games named by their number, names with a
word joined by '과의'/'와의', meetings of the public, talks held on a day at a place, words read whole
('본회의 전까지'), parts and counts of events, past mentions by year, the day of a part of a day,
recurring events dated twice, committees that meet or are spoken at, and works staged.

Every sentence is written for the test; teams, bodies, people and places are invented. Each family
has a case it must find and one it must leave alone.
"""

from __future__ import annotations

from datetime import date

from builder.rules import Context
from builder.rules.ko import event

PUB = "2025-09-18T10:00:00+09:00"


def events(body: str, published: str | None = PUB) -> dict:
    return {e.name: e for e in event.find(body, Context(published))}


# -- games named by their number -------------------------------------------------------------
def test_round_played_on_a_day_is_a_game():
    found = events("한빛FC는 오는 21일 오후 7시 원정에서 라온과 28라운드를 치른다.")
    assert found["28라운드"].start_date == date(2025, 9, 21)
    assert found["28라운드"].location is None  # '원정에서' is away from home, no place


def test_round_met_at_and_numbered_game_at_home_are_games_without_a_place():
    found = events("한빛은 오는 20일 라온과 32라운드에서 맞붙는다. 라온은 오는 27일 안방에서 누리와 시즌 3차전을 벌인다.")
    assert found["32라운드"].start_date == date(2025, 9, 20)
    assert found["시즌 3차전"].location is None  # '안방' is the home side's ground, not a place named


def test_round_without_a_day_is_no_game():
    assert not events("한빛FC는 28라운드를 치른 현재 승점 40으로 2위다.")
    assert not events("한빛은 지난 27라운드에서 라온에 졌다.")


def test_semifinal_dated_is_a_game_but_reaching_the_final_is_not():
    found = events("라온은 지난 14일 고양체육관에서 열린 준결승에서 한빛을 3-1로 꺾고 결승전에 진출했다.")
    assert found["준결승"].location == "고양체육관" and found["준결승"].start_date == date(2025, 9, 14)
    assert "결승전" not in found
    assert not events("라온은 결승에 올랐다.")


def test_game_of_a_series_takes_the_place_said_to_be_the_same():
    found = events("라온은 14일 수원 한빛파크에서 열린 한빛과의 홈경기에서 4-0으로 이겼다. "
                   "라온은 오는 20일 같은 장소에서 한빛과 주중 3연전 마지막 경기를 치른다.")
    assert found["주중 3연전 마지막 경기"].location == "수원 한빛파크"
    assert found["주중 3연전 마지막 경기"].start_date == date(2025, 9, 20)
    assert not events("라온은 주중 3연전 마지막 경기에 강하다.")


# -- names with a word joined by '과의'/'와의'; meetings of the public ---------------------------
def test_name_keeps_the_word_joined_by_gwaui():
    found = events("개봉에 앞서 27일에는 대전 은행동에서 관객과의 대화(GV) 행사가 열린다.")
    assert list(found) == ["관객과의 대화(GV) 행사"]
    assert found["관객과의 대화(GV) 행사"].location == "대전 은행동"
    home = events("라온은 14일 수원 한빛파크에서 열린 정규시즌 한빛와의 홈경기에서 이겼다.")
    assert any(name.endswith("한빛와의 홈경기") for name in home)


def test_meeting_of_the_public_is_an_event_when_dated():
    found = events("공연은 다음 달 30일까지 이어지며, 오는 10월 4일에는 배우들과 함께하는 작가와의 만남이 열린다.")
    assert found["작가와의 만남"].start_date == date(2025, 10, 4)
    assert found["작가와의 만남"].location is None  # '4일에는' is a day, not a place
    assert not events("그는 북한과의 대화를 거듭 강조했다.")
    meeting = events('시장은 "주민과의 간담회를 다음 달 2일 시청에서 열겠다"고 말했다.')
    assert meeting["주민과의 간담회"].location == "시청" and meeting["주민과의 간담회"].start_date == date(2025, 10, 2)


# -- talks held on a day at a place ------------------------------------------------------------
def test_talks_held_on_a_day_at_a_place_are_an_event():
    found = events("한빛국 외무장관은 11일 방한 중인 라온국 외무장관과 서울 종로구 외교부 청사에서 회담을 갖고 "
                   "협력을 강화하기로 했다.")
    assert found["회담"].location == "서울 종로구 외교부 청사" and found["회담"].start_date == date(2025, 9, 11)


def test_talks_without_a_place_or_held_verb_stay_generic():
    assert not events("두 장관은 11일 회담에서 광물 협력을 논의했다.")
    assert not events("위원장은 다음 달 8일 은행장들을 불러 간담회를 하겠다고 예고했다.")


# -- words read whole ------------------------------------------------------------------------
def test_plenary_session_before_a_bound_noun_is_read_whole():
    found = events('원내대표는 "오는 25일 본회의 전까지 협의체를 꾸리자"고 제안했다.')
    assert found["본회의"].start_date == date(2025, 9, 25)
    assert not events("국회의 결정은 오는 25일 발표된다.")  # '국회의' is 국회 + 의
    assert not events("첫날 본회의 5분 자유발언에서는 의견이 갈렸다.")  # undated: the session as a time
    assert not events('교수는 "발사는 다음 달 중앙위원회 전원회의 전후가 될 것"이라고 내다봤다.')


# -- parts and counts of events; words naming the next event -----------------------------------
def test_congratulatory_performance_is_part_of_the_ceremony():
    found = events("개막식은 오는 3일 오후 7시 한빛공원 특설무대에서 열리며, 가수 라온이 축하 공연을 한다.")
    assert list(found) == ["개막식"]
    alone = events("광복절 축하 공연이 오는 20일 시청 광장에서 열린다.")
    assert "광복절 축하 공연" in alone  # named, with nothing it is part of


def test_event_word_before_another_names_it():
    found = events("축제 마지막 날인 12일에는 전국 한우 품평회 시상식이 같은 장소에서 열린다.")
    assert [name for name in found if name.endswith("품평회")] == []
    assert any(name.endswith("품평회 시상식") for name in found)


def test_count_of_performances_is_no_event():
    assert not events('소속사는 "북미 공연 12회가 모두 매진됐다"고 밝혔다.')
    assert events("그룹은 오는 25일 부산 벡스코에서 북미 공연 출정 콘서트를 연다.")


# -- past mentions by year ---------------------------------------------------------------------
def test_last_years_hearing_mentioned_in_passing_is_no_event():
    assert not events("대표는 지난해 국정감사에 증인으로 출석해 질타를 받았다.")
    found = events("대표는 지난해 10월 14일 국정감사에 증인으로 출석했다.")
    assert found["국정감사"].start_date == date(2024, 10, 14)


# -- days --------------------------------------------------------------------------------------
def test_part_of_a_day_dates_the_event_on_the_narrative_day():
    found = events('외무상은 14일 참의원 외교위원회에서 "변함이 없다"고 말했다. '
                   '관방장관도 오후 정례 기자회견에서 "냉정한 대응을 요구한다"고 했다.')
    assert found["정례 기자회견"].date_text == "오후" and found["정례 기자회견"].start_date == date(2025, 9, 14)
    assert found["참의원 외교위원회"].start_date == date(2025, 9, 14)


def test_same_day_in_the_past_tense_skips_a_day_to_come():
    found = events("두 나라 외교장관회담은 오는 20일 서울에서 열린다. "
                   "라온국 외교부 대변인은 같은 날 라온시에서 열린 정례 브리핑에서 주시하고 있다고 말했다.")
    assert found["정례 브리핑"].start_date == date(2025, 9, 18)
    assert any(e.start_date == date(2025, 9, 20) for name, e in found.items() if name.endswith("외교장관회담"))


def test_recurring_meeting_dated_twice_is_two_events():
    found = event.find("금융통화위원회는 18일 본관에서 통화정책방향 회의를 열고 금리를 동결했다. "
                       '총재는 "다음 달 23일 통화정책방향 회의에서는 고용지표를 보겠다"고 말했다.', Context(PUB))
    days = sorted(e.start_date for e in found if e.name.endswith("통화정책방향 회의"))
    assert days == [date(2025, 9, 18), date(2025, 10, 23)]
    span = event.find("한빛 미래포럼은 오는 24일부터 26일까지 열린다. 둘째 날인 25일 한빛 미래포럼에서는 협약을 맺는다.",
                      Context(PUB))
    assert len([e for e in span if e.kind == "forum"]) == 1  # a day inside its span is the same forum
    festival = event.find("제5회 한빛 영화제가 지난 12일 개막했다. 제5회 한빛 영화제는 오는 21일 폐막한다.", Context(PUB))
    assert len(festival) == 1  # opened one day, closing another: one festival


# -- committees that meet or are spoken at ---------------------------------------------------
def test_committee_said_to_meet_on_a_day_is_its_meeting():
    found = events("한빛수영연맹은 오는 11월 7일 국가대표 선발위원회를 열어 대표 명단을 확정한다.")
    assert found["국가대표 선발위원회"].start_date == date(2025, 11, 7)
    assert not events("연맹은 선발위원회를 열어 명단을 확정할 계획이다.")


def test_committee_spoken_at_without_a_day_is_no_event():
    assert not events('장관은 외교위원회에서 "변함이 없다"고 말했다.')


# -- works staged; races -----------------------------------------------------------------------
def test_quoted_work_staged_on_a_day_at_a_place_is_a_performance():
    found = events("창작뮤지컬 '바다의 노래'가 지난 3일 서울 종로구 대학로 한빛아트홀 대극장에서 막을 올렸다.")
    ev = found["바다의 노래"]
    assert ev.kind == "performance" and ev.start_date == date(2025, 9, 3)
    assert ev.location == "서울 종로구 대학로 한빛아트홀 대극장"  # '대학로' is a street, not 대학 + 로
    assert not events("그의 소설 '바다의 노래'가 지난 3일 출간됐다.")
    assert not events("뮤지컬 '바다의 노래'가 막을 올렸다.")


def test_race_is_placed_where_it_starts():
    found = events("라온은 12일 한빛시 호수공원을 출발해 시내를 도는 2025 한빛국제마라톤 남자부 풀코스에서 우승했다.")
    ev = next(e for name, e in found.items() if name.endswith("한빛국제마라톤"))
    assert ev.location == "한빛시 호수공원" and ev.start_date == date(2025, 9, 12)
    assert not events("라온은 한빛마라톤 남자부 정상에 올랐다.")
