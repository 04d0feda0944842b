"""Korean happenings told by a verb rather than an event noun, and their neighbours.

Family 1, an agreement between bodies signed on a day ('지난 6일 … 물류단지 조성 협약을 맺었다', '오는 20일 … 양해각서를 체결한다')
is one happening, named by the agreement and the words before it; the gold of every set counts it (as it counts
'업무협약을 맺고'). Its neighbours report none: a firm's contract ('공급 계약을 맺었다'), an undated standing arrangement
('협약을 맺은 점포', '건물주와 협약을 맺고 … 지원한다'), a plan without a day ('협약을 맺기로 했다').
Family 2, what the gold of the sets does NOT count though a verb dates it: a broadcast premiere ('오는 27일 첫 방송된다'),
a release ('다음 달 8일 두 번째 미니앨범을 발표한다', '오는 17일 개봉한다', '정식 출시된다'), a service starting or a place opening to
the public ('12일 첫차부터 운행에 들어간다', '16일 정식 개관한다'), a rule taking effect ('다음 달 7일부터 시행된다') and an
incident told as the story's news ('3일 … 화물차가 … 들이받았다'): schedules and news, not events held.
Family 3, a competition named inside a results sentence ('10일 … 실내수영장에서 열린 제31회 도민체전 수영 남자 일반부 자유형
400m 결승에서', '… 물너울배 바둑오픈 결승 3번기 최종국에서'): one row, the game named with its competition, held on the
sentence's day and at its place; the competition is a row of its own when the article says when and where it opened
('이번 대회는 지난 6일 … 개막해'). A final told alone ('이날 열린 남자 5000m 계주 결승에서') and a game lost or won on a day
('지난 22일 1국을 놓친 뒤') are games too; an invitational ('신예 초청전') is a competition.
Family 4, look-alikes that report no happening: a web board ('해킹 포럼에 … 올라온'), a circle whose view is told
('법조계에서는 항소심에서 … 다툼이 이어질 것이라는 전망이 나온다'), a speaker's will to take part ('"다음 달 선발전에서 다시 붙어
보겠다"'), next year's competition something is ahead of ('내년 선수권대회를 앞두고'), an occasion word with no day, place or
name ('시승 행사에 다녀간 시민들은'), the press conference after a game ('경기 뒤 기자회견에서'); and a court that sits and
rules ('물너울행정법원 행정6부는 … 판결했다') holds the report's sentencing, '선고', where it is placed.

Every sentence, body, person and place is invented for the test (real institutions as they would appear in any story).
"""

from __future__ import annotations

from datetime import date

import pytest

from builder.rules import Context
from builder.rules.ko import event

PUB = "2026-03-11T09:00:00+09:00"  # a Wednesday


def events(body: str, published: str | None = PUB) -> dict:
    return {e.name: e for e in event.find(body, Context(published))}


# -- family 1: an agreement signed on a day -------------------------------------------------------
@pytest.mark.parametrize("body, name, day", [
    ("너울벌시는 지난 6일 물너울항만공사와 너울벌 신항 물류단지 조성 협약을 맺었다.", "너울벌 신항 물류단지 조성 협약", date(2026, 3, 6)),
    ("미르내군은 오는 20일 한들대학교와 청년 창업 지원 양해각서(MOU)를 체결한다.", "청년 창업 지원 양해각서", date(2026, 3, 20)),
    ("두 도시는 지난 9일 자매결연 교류 협정에 서명했다.", "자매결연 교류 협정", date(2026, 3, 9)),
    ("새울시가 10일 이차전지 기업 두 곳과 1천억 원 규모의 투자협약을 맺었다.", "투자협약", date(2026, 3, 10)),
    ("미르내시는 11일 시청에서 너울벌대와 인재 양성 MOU를 체결했다.", "인재 양성 MOU", date(2026, 3, 11)),
    ("양국은 지난 5일 자유무역협정(FTA)에 서명했다.", "자유무역협정", date(2026, 3, 5)),
    ("너울벌군은 지난 4일 해양수산부와 어촌 뉴딜 협약을 체결하고 사업비를 확보했다.", "어촌 뉴딜 협약", date(2026, 3, 4)),
])
def test_an_agreement_signed_on_a_day_is_one_happening(body, name, day):
    found = events(body)
    assert name in found, list(found)
    assert found[name].start_date == day


@pytest.mark.parametrize("body", [
    "미르내전자는 지난 6일 물너울모터스와 300억 원 규모의 부품 공급 계약을 맺었다.",  # a firm's contract: business
    "이 협약을 맺은 점포는 모두 열두 곳이다.",  # a standing arrangement, no day
    "너울벌구는 건물주와 상생 협약을 맺고 임대료의 절반을 2년간 지원한다.",  # a programme, no day
    "두 기관은 다음 달 청년 일자리 협약을 맺기로 했다.",  # a month: a plan with no day of its own
    "미르내군은 한들대학교와 맺은 협약에 따라 장학금을 준다.",  # the agreement as a source, no signing told
])
def test_no_signing_without_a_day_or_with_a_firms_contract(body):
    assert not events(body), list(events(body))


# -- family 2: schedules and news a verb dates, which the gold does not count ---------------------
@pytest.mark.parametrize("body", [
    "드라마 '잿빛 등대'는 오는 27일 밤 9시 첫 방송된다.",
    "그룹 윤슬비은 다음 달 8일 두 번째 미니앨범을 발표한다.",
    "영화 '바람의 집'은 오는 17일 개봉한다.",
    "미르내북 S3는 다음 달 1일 정식 출시된다.",
    "너울벌선 연장 구간의 본격 운행은 12일 첫차부터 시작된다.",
    "과학관은 새 체험관을 16일 정식 개관한다.",
    "개정 조례는 다음 달 7일부터 시행된다.",
    "고용노동부는 다음 달 5일 새 기준을 고시할 계획이다.",
])
def test_a_schedule_told_by_a_verb_is_no_event(body):
    assert not events(body), list(events(body))


def test_the_ceremony_of_an_opening_is_the_event_not_the_opening():
    found = events("너울벌선 연장 구간이 10일 개통했다. 이날 오전 10시 종점인 물너울역 대합실에서 열린 개통식에는 시민들이 참석했다. "
                   "본격 운행은 11일 첫차부터 시작된다.")
    assert list(found) == ["개통식"]
    assert found["개통식"].location == "물너울역 대합실" and found["개통식"].start_date == date(2026, 3, 10)


# -- family 3: a competition named inside a results sentence ---------------------------------------
def test_a_results_sentence_names_its_game_with_the_competition_and_the_opening_dates_the_competition():
    found = events("나도윤은 10일 너울벌 실내수영장에서 열린 제31회 도민체전 수영 남자 일반부 자유형 400m 결승에서 1위를 했다. "
                   "그는 앞서 평영 100m에서도 우승했다. "
                   "이번 대회는 지난 6일 너울벌종합운동장에서 개막해 오는 13일까지 열린다.")
    game = found["제31회 도민체전 수영 남자 일반부 자유형 400m 결승"]
    assert game.start_date == date(2026, 3, 10) and game.location == "너울벌 실내수영장"
    games = found["제31회 도민체전"]
    assert games.start_date == date(2026, 3, 6) and games.location == "너울벌종합운동장"  # where and when it opened


def test_a_competition_told_only_through_its_final_is_no_row_of_its_own():
    found = events("도예찬은 7일 미르내 빙상장에서 열린 2026 물너울컵 쇼트트랙 대회 여자 1000m 결승에서 우승했다.")
    assert list(found) == ["2026 물너울컵 쇼트트랙 대회 여자 1000m 결승"]
    game = found["2026 물너울컵 쇼트트랙 대회 여자 1000m 결승"]
    assert game.start_date == date(2026, 3, 7) and game.location == "미르내 빙상장"


def test_a_board_games_last_game_and_a_game_lost_before():
    found = events("여다울은 25일 미르내 바둑회관 특별대국실에서 열린 제4회 물너울배 바둑오픈 결승 3번기 최종국에서 이겼다. "
                   "지난 22일 1국을 놓친 뒤 두 판을 잇달아 따냈다.", "2026-03-26T09:00:00+09:00")
    assert found["제4회 물너울배 바둑오픈 결승 3번기 최종국"].location == "미르내 바둑회관 특별대국실"
    assert found["1국"].start_date == date(2026, 3, 22)
    assert not events("두 나라는 1국을 제외하고 모두 찬성했다.")  # no match of games: '1국' is one country


def test_a_weight_class_and_a_sport_ending_in_do_are_words_of_the_names():
    found = events("지난 8일 새울체육관에서 열린 제12회 미르내기 태권도 대회 남자 고등부 68kg급 결승에서 여다울이 이겼다.")
    assert "제12회 미르내기 태권도 대회 남자 고등부 68kg급 결승" in found, list(found)  # '태권도' is no '태권' + '도'
    found = events("이날 오후 열린 남자 5000m 계주 결승에서 대표팀은 동메달을 땄다.")
    assert found["남자 5000m 계주 결승"].start_date == date(2026, 3, 11)  # a final told alone is one, its distance named


def test_an_invitational_is_a_competition():
    found = events("그는 다음 달 15일 개막하는 한일 신예 초청전에도 출전한다.")
    assert found["한일 신예 초청전"].start_date == date(2026, 4, 15)


def test_a_past_final_spoken_of_is_no_event():
    assert not events("그는 지난해 열린 도민체전 수영 결승에서 우승한 바 있다.")


# -- family 4: look-alikes -------------------------------------------------------------------------
def test_a_web_board_posted_on_is_no_forum():
    assert not events("유출된 명단 일부는 한 해외 해킹 포럼에 매물로 올라온 것으로 드러났다.")
    assert not events("자료는 한 온라인 포럼에 게시된 뒤 퍼졌다.")
    found = events("미르내시는 오는 20일 시청에서 정보보호 포럼을 연다.")
    assert found["정보보호 포럼"].start_date == date(2026, 3, 20)  # a forum held on a day is one


def test_a_circle_whose_view_is_told_is_no_place():
    assert not events("법조계에서는 항소심에서 형량을 두고 다툼이 이어질 것이라는 전망이 나온다.")
    assert not events("재계에서는 항소심에서 형량이 줄어들 것으로 보고 있다.")


def test_a_speakers_will_to_take_part_is_no_event_but_a_promise_to_hold_one_is():
    assert not events('나예솔은 "다음 달 국가대표 선발전에서 다시 붙어 보겠다"며 웃었다.')
    assert not events('그는 "내년에는 꼭 전국 대회에 나가고 싶다"고 말했다.')
    found = events('차관은 "다음 달 공청회를 열어 현장 목소리를 모으겠다"고 말했다.')
    assert "공청회" in found  # the vice-minister holds it: a promise, dated by its month
    assert "제5회 물너울컵 대회" in events('그는 "제5회 물너울컵 대회에서 우승하겠다"고 말했다.')  # named: reported


def test_next_years_competition_ahead_of_which_something_happens_is_background():
    assert not events("내년 세계선수권대회를 앞두고 선수들도 각오를 다지고 있다.")
    assert "세계선수권대회" in events("대표팀은 오는 20일 개막하는 세계선수권대회를 앞두고 소집됐다.")  # dated: reported


def test_an_occasion_word_with_no_day_place_or_name_is_no_event():
    assert not events("시승 행사에 다녀간 시민들은 대체로 만족했다.")
    assert not events('위원장은 "올해 시음 행사를 두 배로 늘렸다"고 전했다.')
    found = events("물너울시는 오는 14일 시청 광장에서 시승 행사를 연다.")
    assert found["시승 행사"].location == "시청 광장"


def test_the_court_that_sits_in_a_court_report_places_its_sentencing():
    body = ("물너울지법 형사합의2부(재판장 나도현 부장판사)는 뇌물 혐의로 기소된 전 구청 국장 도씨에게 징역 4년을 선고했다.\n"
            "도씨는 재판 내내 혐의를 부인했다.\n"
            "이날 방청석에서는 피해 상인 서른여 명이 선고를 지켜봤다.")
    assert events(body)["선고"].location == "물너울지법"
    two = ("물너울지법 형사2부는 도씨에게 징역 4년을 선고했다.\n미르내지법 형사1부는 나씨에게 무죄를 선고했다.\n"
           "이날 방청석에서는 피해 상인 서른여 명이 선고를 지켜봤다.")
    assert events(two)["선고"].location is None  # two courts sit: none is the session's
    named = "업체는 물너울지법 판결에 불복했다.\n이날 방청석에서는 상인들이 선고를 지켜봤다."
    assert events(named)["선고"].location is None  # a court named, not sitting


def test_a_court_that_sits_and_rules_holds_the_reports_sentencing():
    body = "물너울행정법원 행정6부(재판장 나도현 부장판사)는 방문 점검원 9명이 낸 소송에서 원고 승소로 판결했다."
    found = events(body, None)
    assert found["선고"].location == "물너울행정법원" and found["선고"].start_date is None  # no publication date
    assert events("물너울지법 형사5부는 10일 나씨에게 징역 2년을 선고했다.")["선고"].start_date == date(2026, 3, 10)
    assert not events("업체는 물너울지법 판결에 불복해 항소했다.")  # a court named, not sitting
    assert not events('그는 "물너울지법은 공정하게 판결했다"고 말했다.')  # inside a quotation


def test_a_ruling_named_already_is_not_told_again_by_its_verb():
    body = ("물너울고법 형사2부는 10일 나씨의 항소심에서 원심과 같은 징역 5년을 선고했다.")
    assert list(events(body)) == ["항소심"]  # the appeal's hearing is the ruling's happening
    body = ("물너울행정법원 행정6부는 방문 점검원들이 낸 소송에서 원고 승소로 판결했다고 11일 밝혔다. 선고는 지난 10일 이뤄졌다.")
    found = event.find(body, Context(PUB))
    assert [(e.name, e.start_date) for e in found] == [("선고", date(2026, 3, 10))]


def test_a_reports_day_does_not_date_a_signing_told_as_recent():
    body = "12일 업계에 따르면 미르내테크는 최근 소재 기업 한 곳과 합병 논의를 위한 비밀유지협약을 맺고 검토에 착수했다."
    assert not events(body), list(events(body))
    body = "미르내시와 너울벌군은 상생 발전 협약을 맺었다고 10일 밝혔다."
    assert events(body)["상생 발전 협약"].start_date == date(2026, 3, 10)  # a past signing reported on its day


def test_an_item_of_a_festivals_programme_is_no_row_of_its_own():
    found = events("너울벌군은 다음 달 2일부터 사흘 동안 너울벌항 일대에서 전어축제를 연다. "
                   "전어 굽기 시연과 전어회 시식, 포구 음악회가 마련된다.")
    assert list(found) == ["전어축제"]
    assert "포구 음악회" in events("전어 굽기 시연과 전어회 시식, 포구 음악회가 마련된다.")  # no festival named: left as is
    assert "포구 음악회" in events("너울벌군은 다음 달 2일 너울벌항에서 포구 음악회를 연다.")  # its own day and place
