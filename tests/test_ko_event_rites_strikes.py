"""Korean events of the families blind dev sets showed missing or wrong: rites performed on a day at a church
or temple ('거행됐다', '봉행된다', '봉헌된다'), strikes joined on a day, auctions and rallies held ('…를 연다',
'…를 할 예정'), a feast and a course on an undated page, a quoted show after its category word, two sides met on
two days in one sentence, a round of talks told twice, a bare event word dated by the sentence saying it began,
and a bare day in a paragraph after another month; and what is no event: a precedent ('전례 없는'), a strike called
off, a product's launch, a gloss in brackets, a race weighed ('경선의 분수령').

Every sentence is written for the test; bodies, people and places are invented. Each family has a case it must
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


# -- rites of a faith ----------------------------------------------------------------------------------
RITES = [
    ("천주교 솔가람교구 새 주교의 서품식이 17일 오후 2시 벼리시 주교좌성당에서 거행됐다.", "서품식", "벼리시 주교좌성당", "2025-09-17"),
    ("봉축 법요식은 오는 25일 오전 10시 벼리시 청보라사 대웅전 앞마당에서 봉행된다.", "봉축 법요식", "벼리시 청보라사 대웅전 앞마당",
     "2025-09-25"),
    ("새 주교의 첫 공식 미사는 다음 달 7일 오전 11시 다온성당에서 봉헌된다.", "첫 공식 미사", "다온성당", "2025-10-07"),
    ("교구는 오는 24일 주님 수난 성지 주일을 시작으로 성주간 전례에 들어간다.", "성주간 전례", None, "2025-09-24"),
]


@pytest.mark.parametrize("body, name, place, day", RITES)
def test_rite_held_on_a_day_is_an_event(body: str, name: str, place: str | None, day: str) -> None:
    ev = events(body)[name]
    assert ev.location == place and ev.start_date == date.fromisoformat(day)


@pytest.mark.parametrize("body", [
    "그는 매주 미사에 참석한다. 미사 시간이 바뀌었다.",
    "시위 행렬이 도심을 가로질렀다.",
    "정부는 지난 3일 전례 없는 조치를 내놨다.",
    "이런 결정은 전례가 없다.",
])
def test_rite_word_without_its_day_or_a_precedent_is_no_event(body: str) -> None:
    assert not events(body)


# -- strikes, auctions, rallies ------------------------------------------------------------------------
def test_strike_joined_on_a_day_is_an_event():
    assert events("새봄노조는 예고한 대로 오는 25일 첫차부터 총파업에 들어간다.")["총파업"].start_date == date(2025, 9, 25)
    assert events("새봄노조 벼리지부가 12일 무기한 파업에 들어갔다.")["파업"].start_date == date(2025, 9, 12)


@pytest.mark.parametrize("body", [
    "시내버스 노사가 임금 협상을 타결하면서 12일 예고됐던 파업이 철회됐다.",
    "새봄노조의 파업이 사흘째 이어지고 있다.",
    "한 시민은 \"지난번 파업 때도 열차를 세 대나 보냈다\"고 말했다.",
    "새봄노조는 회사가 새 안을 내놓지 않으면 다음 주 전면파업에 들어갈 방침이다.",
])
def test_strike_called_off_or_undated_is_no_event(body: str) -> None:
    assert not any(name.endswith("파업") for name in events(body))


def test_auction_held_at_a_market_and_the_next_one_there():
    found = events("12일 벼리시 소담리 가온축협 가축시장에서 열린 올해 첫 한우 큰소 경매에서 암소 한 마리가 팔렸다. "
                   "가온축협은 다음 달 3일 같은 장소에서 송아지 경매를 연다.")
    assert found["한우 큰소 경매"].location == "벼리시 소담리 가온축협 가축시장"
    assert found["송아지 경매"].location == "벼리시 소담리 가온축협 가축시장"
    assert found["송아지 경매"].start_date == date(2025, 10, 3)
    assert not events("그 아파트는 결국 법원 경매에 넘어갔다.")


def test_second_rally_on_another_day_at_another_place_is_another_row():
    found = event.find("도래솔 상원의원이 13일 벼리주 너울시의 한 공장 앞에서 유세를 열고 일자리를 약속했다. "
                       "희나리 전 주지사는 오는 20일 마루주 여울목에서 노동조합 지도자들과 함께 유세를 할 예정이다.",
                       Context("2028-04-14T10:00:00+09:00"))
    assert [(e.name, e.start_date) for e in found] == [("유세", date(2028, 4, 13)), ("유세", date(2028, 4, 20))]
    assert found[1].location == "마루주 여울목"


def test_a_place_left_for_is_not_where_the_speech_is_held():
    found = events("법정에서 곧바로 벼리시 자택으로 향한 도래솔 전 대통령은 오후 9시쯤 대국민 연설을 할 예정이다.")
    assert found["대국민 연설"].location == "벼리시 자택"


# -- an undated page, a quoted show, a product's launch ------------------------------------------------
def test_feast_and_course_on_an_undated_page_keep_no_day():
    found = events("지난 3일 소담리 마을회관에서 열린 100번째 생일잔치에는 주민 80여 명이 모였다. "
                   "보건소는 다음 달 10일 벼리면 보건지소에서 어르신 근력 강좌를 연다.", published=None)
    assert found["생일잔치"].location == "소담리 마을회관" and found["생일잔치"].start_date is None
    assert found["어르신 근력 강좌"].location == "벼리면 보건지소" and found["어르신 근력 강좌"].start_date is None
    assert not events("은행들이 지난해 성과급 잔치를 벌였다.")
    assert not events("청보라상사는 2021년부터 벼리군 경로당 주변에서 무료 건강 강좌를 열어 노인들을 모았다.")


def test_quoted_show_after_its_category_word_is_an_event():
    found = events("청보라게임즈는 다음 달 5일 벼리시 전시장에서 개막하는 게임쇼 '윤무 2026'에 시연 부스를 차린다.")
    assert found["윤무 2026"].location == "벼리시 전시장" and found["윤무 2026"].start_date == date(2025, 10, 5)
    assert not events("청보라게임즈는 게임쇼 '윤무 2026'에 대해 말을 아꼈다.")


def test_a_products_launch_is_no_event():
    assert not events("해외 출시는 청보라게임즈의 희나리 본부장이 맡는다.")
    assert "출시 행사" in events("청보라게임즈는 지난 12일 벼리시에서 출시 행사를 열었다.")


# -- elections: a gloss, a race weighed -----------------------------------------------------------------
def test_gloss_in_brackets_and_a_race_weighed_are_no_second_event():
    found = events("전문가들은 오는 25일 치러지는 벼리주 프라이머리(예비경선)가 공화당 경선의 분수령이 될 것으로 본다.")
    assert list(found) == ["벼리주 프라이머리"]


# -- two sides on two days, talks told twice, a later sentence dating a drill ------------------------
def test_two_sides_on_two_days_sharing_a_game_word_are_two_games():
    found = events("대표팀은 다음 달 6일 벼리시에 모인다. 대표팀은 10일 오후 8시 너울경기장에서 미르국과, "
                   "14일 오후 8시 여울목경기장에서 라온국과 친선경기를 치른다.")
    assert found["미르국과 친선경기"].location == "너울경기장" and found["미르국과 친선경기"].start_date == date(2025, 10, 10)
    assert found["라온국과 친선경기"].location == "여울목경기장" and found["라온국과 친선경기"].start_date == date(2025, 10, 14)
    assert list(events("대표팀은 오는 20일 너울경기장에서 미르국과 친선경기를 치른다.")) == ["친선경기"]


def test_talks_told_in_the_lede_and_the_detail_are_one_round():
    found = event.find("새봄교통공사 노사의 최종 교섭이 3일 밤 결렬됐다. 노사는 이날 오후 3시부터 벼리시 공사 본사 "
                       "대회의실에서 막판 협상을 벌였지만 끝내 합의하지 못했다.", Context("2025-12-04T01:00:00+09:00"))
    assert [(e.name, e.location) for e in found] == [("최종 교섭", "벼리시 공사 본사 대회의실")]
    found = event.find("노사는 3일 벼리시에서 1차 교섭을 벌였다. 노사는 오는 10일 벼리시 본사에서 2차 협상을 벌인다.",
                       Context("2025-12-04T01:00:00+09:00"))
    assert len(found) == 2


def test_drill_dated_only_by_the_sentence_saying_it_began():
    found = events("육군 솔가람여단이 벼리군 일대에서 72시간 연속 혹한기 기동훈련을 마쳤다. "
                   "대변인은 이어 \"다음 달 3∼7일에는 연합 동계훈련도 예정돼 있다\"고 덧붙였다. "
                   "훈련은 지난 10일 새벽 비상소집으로 시작됐다.")
    assert found["연속 혹한기 기동훈련"].start_date == date(2025, 9, 10)
    assert found["연합 동계훈련"].start_date == date(2025, 10, 3)


# -- a bare day after another month's paragraph ---------------------------------------------------------
def test_a_bare_day_in_a_new_paragraph_still_to_come_is_this_months():
    found = event.find("학회는 다음 달 20일 벼리대 인문관 대강당에서 추모 학술대회를 연다.\n"
                       "빈소는 벼리대병원 장례식장 7호실. 발인은 11일 오전 8시, 장지는 선영이다.",
                       Context("2026-01-09T10:00:00+09:00"))
    assert {e.name: e.start_date for e in found}["발인"] == date(2026, 1, 11)


def test_a_bare_day_already_past_this_month_still_takes_the_month_named_before():
    found = event.find("벼리군은 다음 달 3일부터 6일까지 군민광장에서 꽃축제를 연다.\n개막식은 3일 오후 6시 야외무대에서 열린다.",
                       Context("2025-09-15T10:00:00+09:00"))
    assert {e.name: e.start_date for e in found}["개막식"] == date(2025, 10, 3)


# -- a quoted period a body runs, a procession's start -------------------------------------------------
def test_quoted_period_run_from_a_day_is_a_campaign():
    found = events("벼리경찰청은 오는 10일부터 한 달간 '전화금융사기 집중 단속 기간'을 운영한다.")
    assert found["전화금융사기 집중 단속 기간"].kind == "campaign"
    assert found["전화금융사기 집중 단속 기간"].start_date == date(2025, 10, 10)
    assert not events("법원은 '유예 기간'이 지나면 효력을 잃는다고 봤다.")
    assert not events("정부는 '특별 방역 기간' 동안 모임을 자제해 달라고 했다.")


def test_procession_is_placed_where_it_sets_off():
    found = events("종단은 오는 3일 오후 7시 벼리문에서 출발해 종각까지 이어지는 '연등행렬'에 신도 3만여 명이 참여한다고 내다봤다.")
    assert found["연등행렬"].location == "벼리문" and found["연등행렬"].start_date == date(2025, 10, 3)


def test_training_session_held_on_a_day_is_a_seminar_but_a_stay_abroad_is_not():
    found = events("벼리교육지원청은 다음 달 3일 해당 학교에서 교직원 대상 학교폭력 예방 연수를 연다.")
    assert any(name.endswith("예방 연수") and e.kind == "seminar" and e.start_date == date(2025, 10, 3)
               for name, e in found.items())
    assert not events("그는 지난해 미국에서 어학연수를 마쳤다. 그는 2019년 해외 연수를 다녀왔다.")
    assert not events("이 전동차의 사용연수가 18년을 넘었다.")
