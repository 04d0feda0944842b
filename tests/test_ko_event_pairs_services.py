"""Korean happenings a blind set (round 27) showed missed, told twice or left unplaced, each as the convention behind it.

Family 1, two events one verb holds: the first joined to the second by '과/와' and a word saying it goes with it ('수료식과
함께 폐관식을 열었다', '개관식과 더불어 현판식을') or that they follow each other ('착공식과 기공식을 잇달아 연다', '… 차례로
열었다') are two happenings, each at the day and place of the sentence, however many words stand between the place and
the first; joined bare ('착공식과 기공식을 연다') they stay one row, as before.
Family 2, happenings told by the verb that opens or signs them: a service a body holds for people on a day ('건강 상담을
연다', '… 실시한다', '무료 법률 상담을 연다', '금연 클리닉을 개최한다', '요리 교실을 연다', '여름 캠프를 연다'), and an
agreement signed on a day in a clause that leads on ('… 협약을 맺은 데 이어', '… 양해각서를 체결한 뒤'). Neighbours: a
service received ('컨설팅을 받은 농가'), one held as a practice ('2019년부터 … 열어 왔다'), a classroom as a place,
counselling carried out between two ('피해자 상담을 진행했다'), an arrangement undated ('협약을 맺은 점포').
Family 3, a knockout round named by the sides left ('8강', '16강', '4강') is a game when dated, and one held '같은 날' is
another game on the day of the one told before, not that one again; reached ('4강에 올랐다', '8강 진출') it is none.
Family 4, one happening told twice is one row: the first event an article tells with no day, place or name, when the next
sentence names one of its kind (or a kindred one: a performance and a concert) with a day; the business done at a
meeting named before in its sentence ('전체회의에서 … 현안 질의를 벌인다'); and a competition opened on a day told by a
modifier of its back-reference ('지난 2일 개막한 이번 대회는') has that day.
Family 5, a house that is the topic of the sentence holding its sitting places it ('국회는 지난 4일 본회의를 열어',
'새솔시의회는 오는 15일 임시회에서'); its press conference is not so placed.

Every sentence, body, person and place is invented for the test (real institutions as they would appear in any story).
"""

from __future__ import annotations

from datetime import date

import pytest

from builder.rules import Context
from builder.rules.ko import event

PUB = "2025-06-11T09:00:00+09:00"  # a Wednesday


def events(body: str) -> dict:
    return {e.name: e for e in event.find(body, Context(PUB))}


# -- family 1: two events one verb holds ---------------------------------------------------------------------------
@pytest.mark.parametrize("body, first, second, place, day", [
    ("바람결문화원은 26일 오전 본관 강당에서 마지막 수강생 12명의 수료식과 함께 폐관식을 열었다.",
     "수료식", "폐관식", "본관 강당", date(2025, 5, 26)),
    ("구청은 오는 25일 구민회관에서 착공식과 기공식을 잇달아 연다.", "착공식", "기공식", "구민회관", date(2025, 6, 25)),
    ("협회는 오는 25일 회관 대강당에서 회원 100여명이 참석한 가운데 정기총회와 함께 신년회를 연다.",
     "정기총회", "신년회", "회관 대강당", date(2025, 6, 25)),
    ("재단은 지난 3일 본관 로비에서 개관식과 더불어 현판식을 열었다.", "개관식", "현판식", "본관 로비", date(2025, 6, 3)),
    ("시는 10일 시청 광장에서 출범식과 발대식을 차례로 열었다.", "출범식", "발대식", "시청 광장", date(2025, 6, 10)),
    ("구는 3일 구청 대강당에서 종무식과 함께 시상식을 가졌다.", "종무식", "시상식", "구청 대강당", date(2025, 6, 3)),
    ("재단은 지난 3일 본관 로비에서 개관식과 현판식을 잇따라 가졌다.", "개관식", "현판식", "본관 로비", date(2025, 6, 3)),
])
def test_two_events_one_verb_holds_with_or_after_each_other_are_two_at_its_day_and_place(body, first, second, place, day):
    found = events(body)
    for name in (first, second):
        assert found[name].location == place and found[name].start_date == day


def test_two_events_joined_bare_stay_one_row():
    assert list(events("구청은 오는 25일 구민회관에서 착공식과 기공식을 연다.")) == ["착공식과 기공식"]


def test_a_gathering_word_no_table_knows_held_on_a_day_at_a_place_is_one_but_told_in_passing_is_none():
    assert events("달빛초는 오는 20일 학교 체육관에서 폐교식을 연다.")["폐교식"].location == "학교 체육관"
    assert events("지난봄 한 초등학교가 문을 닫았다. 폐교식에서 교사들은 눈시울을 붉혔다.") == {}


# -- family 2: happenings told by the verb that opens or signs them ------------------------------------------------
@pytest.mark.parametrize("body, name, place, day", [
    ("농업기술센터는 오는 23일 센터 강당에서 양봉 농가를 대상으로 꿀벌 방역 컨설팅을 연다.", "꿀벌 방역 컨설팅", "센터 강당",
     date(2025, 6, 23)),
    ("구는 다음 달 2일 구청 민원실에서 무료 법률 상담을 연다.", "무료 법률 상담", "구청 민원실", date(2025, 7, 2)),
    ("보건소는 오는 19일 보건소 2층에서 금연 클리닉을 개최한다.", "금연 클리닉", "보건소 2층", date(2025, 6, 19)),
    ("도서관은 오는 20일 어린이 요리 교실을 연다.", "요리 교실", None, date(2025, 6, 20)),
    ("청소년수련관은 다음 달 4일 여름 캠프를 연다.", "여름 캠프", None, date(2025, 7, 4)),
    ("농업기술센터는 오는 16일 현장 컨설팅을 실시한다.", "현장 컨설팅", None, date(2025, 6, 16)),
    ("보건소는 다음 달 3일 경로당을 찾아 치매 예방 교실을 진행한다.", "치매 예방 교실", None, date(2025, 7, 3)),
])
def test_a_service_opened_on_a_day_is_a_happening(body, name, place, day):
    found = events(body)
    assert found[name].location == place and found[name].start_date == day


@pytest.mark.parametrize("body", [
    "지난 3일 컨설팅을 받은 농가는 수확량이 늘었다.",  # received
    "구는 2019년부터 주민센터에서 무료 법률 상담을 열어 왔다.",  # a practice, no day
    "학생들은 10일 3학년 교실에서 시험을 봤다.",  # a classroom, a place
    "구는 10일 상담을 받은 주민에게 상품권을 줬다.",
    "구는 매달 무료 법률 상담을 연다.",  # a habit
    "경찰은 지난 5일 피해자 상담을 진행했다.",  # an act between two people, not opened
])
def test_a_service_received_kept_up_or_a_room_is_no_happening(body):
    assert events(body) == {}


@pytest.mark.parametrize("body, name, day", [
    ("조합은 지난 5일 농협과 과일 수매 가격 협약을 맺은 데 이어 총회 준비에 들어갔다.", "과일 수매 가격 협약", date(2025, 6, 5)),
    ("구는 지난 3일 한빛대와 청년 주거 상생 양해각서를 체결한 뒤 첫 사업을 시작했다.", "청년 주거 상생 양해각서", date(2025, 6, 3)),
])
def test_an_agreement_signed_on_a_day_in_a_leading_clause_is_one(body, name, day):
    assert events(body)[name].start_date == day


@pytest.mark.parametrize("body", [
    "협약을 맺은 점포는 12일부터 할인 판매를 한다.",  # the day is the sale's
    "시는 지난해 협약을 맺은 점포 30곳에 보조금을 준다.",  # a year, an arrangement
])
def test_an_agreement_told_as_an_arrangement_is_none(body):
    assert not any("협약" in name for name in events(body))


# -- family 3: knockout rounds ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("first, second", [("8강", "8강"), ("16강", "16강"), ("32강", "32강")])
def test_a_round_held_the_same_day_is_another_game_that_day(first, second):
    found = events(f"남자 대표팀은 9일 가온체육관에서 열린 단체전 {first}에서 이겼다. "
                   f"여자 대표팀은 같은 날 열린 {second}에서 져 대회를 마쳤다.")
    assert found[f"단체전 {first}"].location == "가온체육관"
    assert found[second].date_text == "같은 날" and found[second].start_date == date(2025, 6, 9)


@pytest.mark.parametrize("body", [
    "대표팀은 오는 13일 4강에서 중국과 맞붙는다.",
    "대표팀은 오는 13일 중국과 4강을 치른다.",
])
def test_a_round_dated_is_a_game(body):
    assert events(body)["4강"].start_date == date(2025, 6, 13)


@pytest.mark.parametrize("body", [
    "한국이 4강에 올랐다.",  # reached
    "대표팀은 8강 진출을 확정했다.",  # a modifier
    "2002년 4강 신화를 다시 쓰겠다는 각오다.",
])
def test_a_round_reached_or_remembered_is_no_game(body):
    assert events(body) == {}


def test_a_round_told_again_on_this_day_is_the_one_told_before():
    found = events("대표팀은 9일 가온체육관에서 열린 남자 단체전 8강에서 일본을 눌렀다. 대표팀은 이날 8강에서 강했다.")
    assert list(found) == ["남자 단체전 8강"]


# -- family 4: one happening told twice --------------------------------------------------------------------------------
@pytest.mark.parametrize("body, named", [
    ("지휘자 소바람이 부임 후 첫 정기공연에서 신작을 초연했다. "
     "시향은 9일 구민회관 소강당에서 열린 제31회 정기연주회에서 신진 작곡가 세 명의 곡을 선보였다.", "제31회 정기연주회"),
    ("피아니스트 소바람이 데뷔 무대인 첫 독주 공연에서 자작곡을 처음 연주했다. "
     "소바람은 8일 바람결아트홀에서 열린 첫 리사이틀에서 자작곡 세 곡을 들려줬다.", "리사이틀"),
])
def test_the_lede_s_nameless_performance_is_the_concert_the_next_sentence_dates(body, named):
    assert list(events(body)) == [named]


def test_the_lede_s_event_stays_when_the_next_sentence_dates_another_kind():
    found = events("가수 하늘이 첫 단독 공연에서 신곡을 부른다. 소속사는 3일 서울 한 호텔에서 기자간담회를 열었다.")
    assert "단독 공연" in found and found["기자간담회"].start_date == date(2025, 6, 3)


@pytest.mark.parametrize("body, meeting", [
    ("국회 국토교통위원회는 다음 달 5일 전체회의에서 국토교통부를 상대로 현안 질의를 벌인다.", "전체회의"),
    ("국회는 다음 달 2일 본회의에서 대정부 질문을 이어간다.", "본회의"),
])
def test_the_business_done_at_a_meeting_named_before_is_that_meeting(body, meeting):
    assert list(events(body)) == [meeting]


def test_questioning_named_alone_on_a_day_is_the_hearing():
    found = events("국회 행정안전위원회는 다음 달 2일 소방청을 상대로 한 현안 질의에서 이 문제를 다룬다.")
    assert found["현안 질의"].kind == "hearing"


@pytest.mark.parametrize("told", [
    "지난 2일 개막한 이번 대회는 다음 달 1일까지 이어진다.",
    "이번 대회는 지난 2일 개막해 다음 달 1일까지 이어진다.",
])
def test_a_competition_said_to_have_opened_on_a_day_is_a_row_of_its_own(told):
    found = events("대표팀은 9일 가온체육관에서 열린 2025 세계펜싱선수권대회 단체전 8강에서 이겼다. " + told)
    game = found["2025 세계펜싱선수권대회 단체전 8강"]
    competition = next(e for name, e in found.items() if e.kind == "competition")
    assert game.start_date == date(2025, 6, 9) and competition.start_date == date(2025, 6, 2)
    assert competition.end_date == date(2025, 7, 1)


# -- family 5: a house holds its sitting -------------------------------------------------------------------------------
@pytest.mark.parametrize("body, name, house", [
    ("국회는 지난 4일 본회의를 열어 개정안을 통과시켰다.", "본회의", "국회"),
    ("새솔시의회는 오는 15일 임시회에서 조례 개정안을 심의한다.", "임시회", "새솔시의회"),
    ("새솔구의회는 지난 9일 제301회 임시회를 열었다.", "새솔구의회 제301회 임시회", "새솔구의회"),
])
def test_a_house_the_topic_of_its_sitting_s_sentence_places_it(body, name, house):
    assert events(body)[name].location == house


def test_a_house_s_press_conference_is_not_placed_at_the_house():
    assert events("새솔구의회는 지난 3일 기자회견을 열었다.")["기자회견"].location is None


def test_a_session_of_next_year_with_no_day_is_none():
    assert events("시의회는 내년 첫 정례회에서 운영 조례를 손볼 예정이다.") == {}
