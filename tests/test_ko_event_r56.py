"""Korean events, round 56 (helper h56e), on sentences written for these tests.

- A spokesman's briefing set as the place of a remark and dated only by a word pointing to the story's day ('대변인은
  이날 오전 정례 브리핑에서 "…"') is where the remark was made, no happening; a day written out or a place makes it one.
- A span whose last day carries no month and falls before its first day ('지난 28일부터 24일까지' in an article of the 2nd)
  ends in the month after the first day's.
- '양자 회담' with no day or place is a meeting told by its manner, no event; dated and placed it is one.
- A happening carried out ('…을 함께 진행한다') after an event its sentence has just opened ('…을 열고') is that event's
  programme; a press conference after talks stays one.
- A happening a speaker talks of in a quotation, with no day or place of its own and not said to be held, is none.

Every sentence, body and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

from builder.rules import Context
from builder.rules.ko import event

PUB = "2026-07-09T09:00:00+09:00"


def events(body: str, pub: str = PUB) -> dict:
    return {e.name: e for e in event.find(body, Context(pub))}


def span(text: str, pub: str) -> tuple:
    m = event.DATE.search(text)
    return event.resolve(m, pub, False, True)


# -- a briefing dated only by the story's day, as the setting of a remark ---------------------------------------------
BRIEFING_LEDE = "해람도는 장마철 산사태 취약지 점검 결과를 9일 공개했다. 점검 대상 412곳 가운데 38곳이 위험 등급을 받았다.\n\n"


def test_a_briefing_dated_only_by_this_day_is_where_a_remark_was_made():
    body = BRIEFING_LEDE + "구태오 해람도 대변인은 이날 오전 정례 브리핑에서 \"위험 등급 지역은 이달 안에 보강 공사를 시작하겠다\"고 말했다."
    assert not [n for n in events(body) if "브리핑" in n]


def test_a_briefing_on_the_same_day_afternoon_is_no_happening_either():
    body = BRIEFING_LEDE + "구태오 해람도 대변인은 같은 날 저녁 정례 브리핑에서 \"주민 대피소도 다시 살피겠다\"고 밝혔다."
    assert not [n for n in events(body) if "브리핑" in n]


def test_a_briefing_with_its_own_day_written_out_is_one():
    body = BRIEFING_LEDE + "구태오 해람도 대변인은 8일 오전 정례 브리핑에서 \"위험 등급 지역은 이달 안에 보강 공사를 시작하겠다\"고 말했다."
    found = [e for n, e in events(body).items() if "브리핑" in n]
    assert found and found[0].start_date == date(2026, 7, 8)


def test_a_briefing_held_at_a_place_that_day_is_one():
    body = BRIEFING_LEDE + ("구태오 해람도 대변인은 이날 해람도청 기자실에서 열린 오후 정례 브리핑에서 "
                            "\"위험 등급 지역은 이달 안에 보강 공사를 시작하겠다\"고 말했다.")
    found = [e for n, e in events(body).items() if "브리핑" in n]
    assert found and found[0].start_date == date(2026, 7, 9)


# -- a span whose last day falls in the next month ---------------------------------------------------------------------
def test_a_last_day_before_the_first_is_in_the_next_month():
    assert span("지난 28일부터 24일까지", "2026-12-02T10:00:00+09:00") == (date(2026, 11, 28), date(2026, 12, 24))


def test_a_last_day_after_the_first_stays_in_its_month():
    assert span("지난 16일부터 24일까지", "2026-12-20T10:00:00+09:00") == (date(2026, 12, 16), date(2026, 12, 24))


def test_a_last_day_with_its_own_month_word_keeps_it():
    assert span("28일부터 다음 달 3일까지", "2026-11-26T10:00:00+09:00") == (date(2026, 11, 28), date(2026, 12, 3))


# -- a meeting told by how many sides it had ---------------------------------------------------------------------------
def test_bilateral_talks_with_no_day_or_place_are_no_event():
    body = ("기후 협상이 막바지에 이르렀다. 가람국 환경차관은 솔내국 협상단과 양자 회담을 가진 뒤 "
            "\"재원 분담에는 시간이 더 필요하다\"고 말했다.")
    assert not [n for n in events(body) if "회담" in n]


def test_bilateral_talks_at_a_place_on_a_day_are_one():
    body = "나 장관은 9일 솔내국 외교부 청사에서 가람국 외교장관과 양자 회담을 가졌다."
    found = [e for n, e in events(body).items() if "회담" in n]
    assert found and found[0].start_date == date(2026, 7, 9)


# -- the programme of an event just opened -----------------------------------------------------------------------------
def test_a_ceremony_carried_out_at_a_festival_just_opened_is_its_programme():
    body = "솔내 구단은 다음 달 5일 솔내 종합운동장에서 팬 축제를 열고 새 외국인 선수 환영식을 함께 진행한다."
    found = events(body)
    assert "팬 축제" in found and not [n for n in found if "환영식" in n]


def test_items_carried_out_at_a_quoted_week_just_opened_are_its_programme():
    body = ("주한 가람국 대사관은 다음 달 14∼16일 서울 한빛아트센터에서 '가람 문화 주간' 행사를 열고 "
            "양국 작가 100여 명이 참여하는 낭독회와 토론회를 진행한다.")
    found = events(body)
    assert [n for n in found if "가람 문화 주간" in n] and not [n for n in found if "토론회" in n]


def test_a_press_conference_after_talks_just_opened_stays_one():
    body = "두 장관은 9일 솔내국 영빈관에서 회담을 열고 공동 기자회견을 진행했다."
    assert [n for n in events(body) if "기자회견" in n]


def test_a_ceremony_carried_out_alone_stays_one():
    body = "솔내 구단은 오는 12일 솔내 종합운동장에서 새 외국인 선수의 입단식을 진행한다."
    found = [e for n, e in events(body).items() if "입단식" in n]
    assert found and found[0].start_date == date(2026, 7, 12)


# -- a happening a speaker talks of, with no day or place of its own -----------------------------------------------------
def test_a_named_meeting_a_speaker_mentions_by_a_month_part_is_no_event():
    body = ("가람국이 또 미사일을 쐈다. 솔내 국방부 대변인은 \"가람국이 다음 달 초 가람노동당 전원회의 전에 "
            "추가 도발에 나설 수 있다\"고 말했다.")
    assert not [n for n in events(body) if "전원회의" in n]


def test_a_temple_festival_a_mayor_praises_is_no_event():
    body = ("다솔사는 오는 20일 극락전 앞마당에서 법요식을 봉행한다. 한 시장은 \"다솔사 연등 행사는 우리 고장이 "
            "자랑하는 오월 잔치가 됐다\"고 말했다.")
    found = events(body)
    assert [n for n in found if "법요식" in n] and not [n for n in found if "연등 행사" in n]


def test_a_hearing_a_speaker_promises_to_hold_stays_one():
    body = "솔내시 도시국장은 \"다음 달 시민 공청회를 열어 주민 목소리를 듣겠다\"고 말했다."
    assert [n for n in events(body) if "공청회" in n]


def test_a_game_a_speaker_dates_stays_one():
    body = "솔내 구단 감독은 \"오는 12일 2차전은 반드시 이기겠다\"고 말했다."
    found = [e for n, e in events(body).items() if "2차전" in n]
    assert found and found[0].start_date == date(2026, 7, 12)
