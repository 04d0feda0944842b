"""Korean events, round 57 (helper h57e), on sentences written for these tests.

- A quoted name ending in a word for a meeting or a camp ('‘… 윈터미팅’을 열고', '‘… 새내기 캠프’를 연다'), opened on a
  day at a place, is held there that day.
- Talks reopened ('협상을 다시 열기로 합의했다') on a day at a place are one happening, though a meeting was named
  before.
- A sitting carried on or resumed ('감사를 재개한다') on another day of its own sentence is the next sitting, a second
  row.
- '회담을 마친 뒤에는 … 서명식도 열린다': a time word after an event named before, with its particle, gives its day and
  place.
- A briefing as the setting of a remark, dated only by '이날', is no event; with a day or a place of its own it is one,
  and a press conference so set stays one.
- '… 신청을 받은 결과 … 선거에는': the day is the act's whose outcome is told, not the election's; the election is dated
  by its vote told later ('투표는 … 진행된다'), at the venues listed before a count of places.
- A museum opening an exhibition it names is where the exhibition is held.
- '주민투표 신고 안내 창구': a filing and a notice are no happening.
- '2차 파업' on a day after a first strike is the next of the series, a row of its own.
- A name the subject of a verb of being held, only its day between ('…이 4일(현지시간) 열려'), takes the place phrase
  opening its sentence.
- A camp modified by a verb of beginning, with a place and a day ('… 애리조나에서 시작하는 전지훈련 캠프'), is held there.

Every sentence, body and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

from builder.rules import Context
from builder.rules.ko import event

PUB = "2026-03-10T09:00:00+09:00"  # a Tuesday


def events(body: str, published: str = PUB) -> list:
    return event.find(body, Context(published))


def named(body: str, word: str, published: str = PUB) -> list:
    return [e for e in events(body, published) if word in e.name]


# -- quoted meetings and camps opened ------------------------------------------------------------------------------
def test_a_quoted_meeting_opened_on_a_day_at_a_place_is_held():
    found = named("연맹은 오는 21일 대전 중구 체육회관에서 '2026 솔바람 윈터미팅'을 열고 규정 개정을 논의한다.", "윈터미팅")
    assert len(found) == 1
    assert found[0].start_date == date(2026, 3, 21)
    assert found[0].location == "대전 중구 체육회관"


def test_a_quoted_camp_opened_on_a_day_at_a_place_is_held():
    found = named("누리결대는 다음 달 14일 교내 들빛홀에서 예비 신입생을 위한 '누리결 첫걸음 캠프'를 연다.", "캠프")
    assert len(found) == 1
    assert found[0].start_date == date(2026, 4, 14)
    assert found[0].location == "교내 들빛홀"


def test_a_quoted_camp_with_no_day_is_none():
    assert named("누리결대는 신입생을 위한 '누리결 첫걸음 캠프'를 해마다 연다고 밝혔다.", "캠프") == []


# -- talks reopened --------------------------------------------------------------------------------------------------
TALKS = ("한새병원 노사는 어제 오후 지역 노동위원회에서 열린 조정회의에서 합의하지 못했다. "
         "노사는 오는 13일 병원 별관 소회의실에서 협상을 다시 열기로 합의했다.")


def test_talks_reopened_on_a_day_at_a_place_after_a_meeting_are_one_happening():
    found = named(TALKS, "협상")
    assert len(found) == 1
    assert found[0].start_date == date(2026, 3, 13)
    assert found[0].location == "병원 별관 소회의실"


def test_talks_reopened_with_no_place_are_none():
    assert named("노사는 조정회의에서 합의하지 못했다. 노사는 협상을 다시 열기로 합의했다.", "협상") == []


# -- a sitting carried on another day --------------------------------------------------------------------------------
AUDIT = ("가온시의회 환경위원회는 10일 시의회 본관 3층 회의실에서 기후환경국 행정사무감사를 진행했다. "
         "환경위원회는 오는 13일 가온시설관리공단과 가온도시공사의 행정사무감사를 재개한다.")


def test_an_audit_carried_on_another_day_is_a_second_sitting():
    days = sorted(e.start_date for e in named(AUDIT, "행정사무감사"))
    assert days == [date(2026, 3, 10), date(2026, 3, 13)]


def test_an_audit_carried_on_the_same_day_is_one_sitting():
    body = ("가온시의회 환경위원회는 10일 시의회 본관 3층 회의실에서 기후환경국 행정사무감사를 진행했다. "
            "의원들은 오후에도 행정사무감사를 이어갔다.")
    assert len(named(body, "행정사무감사")) == 1


# -- a time word with its particle after an event named before ------------------------------------------------------
def test_a_ceremony_after_talks_told_with_a_particle_takes_their_day_and_place():
    body = ("두 나라 해양수산부 장관이 오는 17일 부산 해운대구 누리마루에서 해양장관회담을 갖는다. "
            "회담을 마친 뒤에는 양국 차관이 참석하는 해운 협력 약정 서명식도 열린다.")
    signing = named(body, "서명식")
    assert len(signing) == 1
    assert signing[0].start_date == date(2026, 3, 17)
    assert signing[0].location == "부산 해운대구 누리마루"


# -- a briefing dated only by 이날 as the setting of a remark ----------------------------------------------------------
def test_a_briefing_dated_only_by_this_day_as_a_remarks_setting_is_none():
    body = ("해경은 10일 실종 어선 수색을 이어갔다. 마도윤 가온해경 구조대장도 이날 현장 브리핑에서 "
            "\"파도가 높아 수색이 더디다\"고 말했다.")
    assert named(body, "브리핑") == []


def test_a_briefing_with_a_day_of_its_own_is_one():
    body = "도하름 국방부 대변인은 10일 정례 브리핑에서 \"방어 훈련\"이라고 말했다."
    found = named(body, "브리핑")
    assert len(found) == 1 and found[0].start_date == date(2026, 3, 10)


def test_a_press_conference_dated_by_this_day_as_a_remarks_setting_stays_one():
    body = "가온은행은 10일 기준금리를 동결했다. 한솔휘 부총재도 이날 기자간담회에서 \"물가는 안정적\"이라고 말했다."
    assert len(named(body, "기자간담회")) == 1


# -- an act's outcome closes its clause; an election dated by its vote ----------------------------------------------
BY_ELECTION = ("경북 솔뫼 들녘수협 이사장 선거가 맞대결 구도로 굳어졌다. "
               "솔뫼군선관위가 지난 5일 하루 동안 입후보 신청을 받은 결과 들녘수협 이사장 선거에는 두 명이 이름을 올렸다. "
               "두 후보는 모두 수협 대의원 출신이다. 조합원은 2천여 명이다. "
               "투표는 오는 25일 오전 7시부터 들녘수협 본점 2층 강당 등 투표소 3곳에서 진행된다.")


def test_an_election_is_dated_by_its_vote_not_by_the_registration():
    found = named(BY_ELECTION, "이사장 선거")
    assert len(found) == 1
    assert found[0].start_date == date(2026, 3, 25)


def test_an_election_is_placed_at_the_venues_listed_before_a_count():
    found = named(BY_ELECTION, "이사장 선거")
    assert found[0].location == "들녘수협 본점 2층 강당 등 투표소 3곳"


def test_a_count_of_places_with_no_venue_listed_stays_the_place():
    found = named("들녘농협 조합장 보궐선거는 오는 25일 투표소 3곳에서 치러진다.", "보궐선거")
    assert found[0].location == "투표소 3곳"


# -- a museum opening the exhibition it names -------------------------------------------------------------------------
def test_a_museum_opening_its_exhibition_is_its_place():
    body = "부산 수영구 바다결미술관이 빛을 주제로 한 기획전 '빛의 틈'을 10일 개막했다. 전시는 6월 7일까지 이어진다."
    found = named(body, "빛의 틈")
    assert len(found) == 1
    assert found[0].location == "부산 수영구 바다결미술관"


# -- a filing or a notice is no happening ----------------------------------------------------------------------------
def test_an_election_word_before_a_filing_notice_is_none():
    body = "구청은 이날 장터 입구에 주민투표 신고 안내 창구를 따로 열었다."
    assert named(body, "투표") == []


# -- the next strike of a series ---------------------------------------------------------------------------------------
def test_a_second_strike_on_its_own_day_is_a_row_of_its_own():
    body = ("가온시 버스 노조가 10일 첫 파업에 들어갔다. 시민들은 출근길에 불편을 겪었다. "
            "노조는 임금 협상이 풀리지 않으면 오는 24일 2차 파업에 나서기로 했다.")
    days = sorted(e.start_date for e in named(body, "파업"))
    assert days == [date(2026, 3, 10), date(2026, 3, 24)]


def test_a_numbered_strike_first_told_with_no_day_is_no_row_of_its_own():
    body = "가온시 버스 노조가 10일 파업에 들어갔다. 노조는 2차 파업도 검토하고 있다."
    assert len(named(body, "파업")) == 1


# -- a subject held on its day takes the place that opens its sentence -----------------------------------------------
def test_a_festival_held_on_a_local_day_takes_the_place_opening_its_sentence():
    body = "밴쿠버 한인회관 앞 광장에서 교민과 이웃이 함께 즐기는 제5회 한가위 나눔 축제가 8일(현지시간) 열렸다."
    found = named(body, "나눔 축제", "2026-03-09T07:00:00-08:00")
    assert len(found) == 1
    assert found[0].location == "밴쿠버 한인회관 앞 광장"


# -- a camp begun on a day at a place ----------------------------------------------------------------------------------
def test_a_camp_begun_on_a_day_at_a_place_is_held_there():
    found = named("새로 입단한 투수 한솔결은 오는 4월 2일 미국 애리조나에서 시작하는 대표팀 전지훈련 캠프에 곧장 합류한다.", "캠프")
    assert len(found) == 1
    assert found[0].start_date == date(2026, 4, 2)
    assert found[0].location == "미국 애리조나"


def test_a_campaign_camp_is_none():
    assert named("두 후보 캠프는 방송 토론이 끝나자 서로 이겼다고 주장했다.", "캠프") == []
    assert named("선수단은 다음 달 말 대만으로 동계 캠프를 떠난다.", "캠프") == []


# -- the occasion's verb is no word of the place ------------------------------------------------------------------------
def test_the_occasion_verb_before_a_place_is_no_word_of_it():
    found = named("동문회는 오는 20일 개교 80주년을 맞아 시청 광장에서 기념식을 연다.", "기념식")
    assert len(found) == 1
    assert found[0].location == "시청 광장"
