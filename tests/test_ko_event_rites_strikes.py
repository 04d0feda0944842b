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
    ("솔가람교구 새 사제들의 서품식이 지난 11일 오전 10시 벼리시 주교좌성당에서 거행됐다.", "서품식", "벼리시 주교좌성당", "2025-09-11"),
    ("청보라사 법요식은 오는 25일 오후 2시 벼리시 소담동 대웅전 앞뜰에서 봉행된다.", "청보라사 법요식", "벼리시 소담동 대웅전 앞뜰",
     "2025-09-25"),
    ("신임 주지의 첫 공식 법회는 다음 달 9일 오전 청보라사 극락전에서 봉행된다.", "첫 공식 법회", "청보라사 극락전", "2025-10-09"),
    ("솔가람교구는 오는 24일부터 대림 시기 전례에 들어간다.", "대림 시기 전례", None, "2025-09-24"),
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
    assert events("새봄노조는 오는 25일 새벽 4시부터 총파업에 들어간다.")["총파업"].start_date == date(2025, 9, 25)
    assert events("새봄노조 벼리지부가 8일 오전부터 무기한 파업에 돌입했다.")["파업"].start_date == date(2025, 9, 8)


@pytest.mark.parametrize("body", [
    "벼리시 택시 노사가 막판 합의에 이르면서 22일로 예정됐던 파업이 철회됐다.",
    "새봄노조의 파업은 나흘째 계속됐다.",
    "한 시민은 \"지난번 파업 때도 버스를 한참 기다렸다\"고 말했다.",
    "새봄노조는 이날부터 20일까지 시위를 벌이고, 사측이 답하지 않으면 이달 말 전면 파업에 나선다고 했다.",
])
def test_strike_called_off_or_undated_is_no_event(body: str) -> None:
    assert not any(name.endswith("파업") for name in events(body))


def test_auction_held_at_a_market_and_the_next_one_there():
    found = events("12일 벼리시 소담리 가온농협 경매장에서 열린 돼지 경매에서 수퇘지 한 마리가 최고가에 팔렸다. "
                   "가온농협은 다음 달 8일 이곳에서 염소 경매를 다시 연다.")
    assert found["돼지 경매"].location == "벼리시 소담리 가온농협 경매장"
    assert found["염소 경매"].location == "벼리시 소담리 가온농협 경매장"
    assert found["염소 경매"].start_date == date(2025, 10, 8)
    assert not events("그 아파트는 결국 법원 경매에 넘어갔다.")


def test_second_rally_on_another_day_at_another_place_is_another_row():
    found = event.find("도래솔 상원의원이 11일 벼리주 너울시 광장에서 유세를 열고 감세를 약속했다. "
                       "희나리 전 주지사는 오는 19일 마루주 여울목에서 농민들을 만나 유세를 할 계획이다.",
                       Context("2028-04-14T10:00:00+09:00"))
    assert [(e.name, e.start_date) for e in found] == [("유세", date(2028, 4, 11)), ("유세", date(2028, 4, 19))]
    assert found[1].location == "마루주 여울목"


def test_a_place_left_for_is_not_where_the_speech_is_held():
    found = events("재판을 마친 법원에서 곧장 벼리시 별장으로 향한 도래솔 전 총리는 밤 9시쯤 대국민 연설을 할 예정이다.")
    assert found["대국민 연설"].location == "벼리시 별장"


# -- an undated page, a quoted show, a product's launch ------------------------------------------------
def test_feast_and_course_on_an_undated_page_keep_no_day():
    found = events("지난 5일 소담리 경로당에서 열린 아흔 번째 생일잔치에는 이웃 30여 명이 모였다. "
                   "보건소는 다음 달 14일 벼리면 보건지소에서 어르신 체조 강좌를 연다.", published=None)
    assert found["아흔 번째 생일잔치"].location == "소담리 경로당" and found["아흔 번째 생일잔치"].start_date is None
    assert found["어르신 체조 강좌"].location == "벼리면 보건지소" and found["어르신 체조 강좌"].start_date is None
    assert not events("은행들이 지난해 성과급 잔치를 벌였다.")
    assert not events("청보라상사는 2019년부터 벼리군 복지관 주변에서 무료 강좌를 열어 노인들을 모았다.")


def test_quoted_show_after_its_category_word_is_an_event():
    found = events("청보라게임즈는 다음 달 9일 벼리시 컨벤션홀에서 개막하는 게임쇼 '윤무 2026'에 체험관을 낸다.")
    assert found["윤무 2026"].location == "벼리시 컨벤션홀" and found["윤무 2026"].start_date == date(2025, 10, 9)
    assert not events("청보라게임즈는 게임쇼 '윤무 2026'에 대해 말을 아꼈다.")


def test_a_products_launch_is_no_event():
    assert not events("북미 출시는 희나리 본부장이 이끈다.")
    assert "출시 행사" in events("청보라게임즈는 지난 12일 벼리시에서 출시 행사를 열었다.")


# -- elections: a gloss, a race weighed -----------------------------------------------------------------
def test_gloss_in_brackets_and_a_race_weighed_are_no_second_event():
    found = events("정가에서는 오는 27일 치러지는 벼리주 코커스(당원대회)가 여당 경선의 승부처가 될 것이라는 관측이 나온다.")
    assert list(found) == ["벼리주 코커스"]


# -- two sides on two days, talks told twice, a later sentence dating a drill ------------------------
def test_two_sides_on_two_days_sharing_a_game_word_are_two_games():
    found = events("대표팀은 다음 달 2일 벼리시에 모인다. 대표팀은 7일 오후 7시 너울경기장에서 미르국과, "
                   "11일 오후 7시 여울목경기장에서 라온국과 평가전을 치른다.")
    assert found["미르국과 평가전"].location == "너울경기장" and found["미르국과 평가전"].start_date == date(2025, 10, 7)
    assert found["라온국과 평가전"].location == "여울목경기장" and found["라온국과 평가전"].start_date == date(2025, 10, 11)
    assert list(events("대표팀은 오는 20일 너울경기장에서 미르국과 평가전을 치른다.")) == ["평가전"]


def test_talks_told_in_the_lede_and_the_detail_are_one_round():
    found = event.find("벼리버스 노사의 임금 교섭이 9일 새벽 결렬됐다. 노사는 이날 0시부터 벼리시 회사 본관 "
                       "회의실에서 마지막 협상을 벌였지만 접점을 찾지 못했다.", Context("2025-12-09T08:00:00+09:00"))
    assert [(e.name, e.location) for e in found] == [("임금 교섭", "벼리시 회사 본관 회의실")]
    found = event.find("노사는 3일 벼리시에서 1차 교섭을 벌였다. 노사는 오는 10일 벼리시 본사에서 2차 협상을 벌인다.",
                       Context("2025-12-04T01:00:00+09:00"))
    assert len(found) == 2


def test_drill_dated_only_by_the_sentence_saying_it_began():
    found = events("해병 솔가람여단이 벼리군 해안에서 닷새간 상륙 기동훈련을 마쳤다. "
                   "대변인은 \"다음 달 3∼7일에는 연합 도하훈련도 예정돼 있다\"고 말했다. "
                   "훈련은 지난 8일 새벽 시작됐다.")
    assert found["상륙 기동훈련"].start_date == date(2025, 9, 8)
    assert found["연합 도하훈련"].start_date == date(2025, 10, 3)


# -- a bare day after another month's paragraph ---------------------------------------------------------
def test_a_bare_day_in_a_new_paragraph_still_to_come_is_this_months():
    found = event.find("제자들은 다음 달 22일 벼리대 본관 강당에서 추모 음악회를 연다.\n"
                       "빈소는 벼리대병원 장례식장 3호실, 발인은 12일 오전 6시다.",
                       Context("2026-01-10T10:00:00+09:00"))
    assert {e.name: e.start_date for e in found}["발인"] == date(2026, 1, 12)


def test_a_bare_day_already_past_this_month_still_takes_the_month_named_before():
    found = event.find("벼리군은 다음 달 3일부터 6일까지 군민광장에서 꽃축제를 연다.\n개막식은 3일 오후 6시 야외무대에서 열린다.",
                       Context("2025-09-15T10:00:00+09:00"))
    assert {e.name: e.start_date for e in found}["개막식"] == date(2025, 10, 3)


# -- a quoted period a body runs, a procession's start -------------------------------------------------
def test_quoted_period_run_from_a_day_is_a_campaign():
    found = events("벼리경찰청은 오는 20일부터 두 달간 '음주운전 집중 단속 기간'을 운영한다.")
    assert found["음주운전 집중 단속 기간"].kind == "campaign"
    assert found["음주운전 집중 단속 기간"].start_date == date(2025, 9, 20)
    assert not events("법원은 '유예 기간'이 지나면 효력을 잃는다고 봤다.")
    assert not events("정부는 '특별 방역 기간' 동안 모임을 자제해 달라고 했다.")


def test_procession_is_placed_where_it_sets_off():
    found = events("청보라종은 오는 27일 저녁 벼리문에서 출발해 너울광장까지 이어지는 '등불행렬'에 신도 1만여 명이 함께한다고 밝혔다.")
    assert found["등불행렬"].location == "벼리문" and found["등불행렬"].start_date == date(2025, 9, 27)


def test_training_session_held_on_a_day_is_a_seminar_but_a_stay_abroad_is_not():
    found = events("벼리교육지원청은 다음 달 6일 벼리중학교 강당에서 교사 대상 응급처치 연수를 연다.")
    assert any(name.endswith("응급처치 연수") and e.kind == "seminar" and e.start_date == date(2025, 10, 6)
               for name, e in found.items())
    assert not events("그는 지난해 미국에서 어학연수를 마쳤다. 그는 2019년 해외 연수를 다녀왔다.")
    assert not events("이 전동차의 사용연수가 18년을 넘었다.")


# -- a quoted name held or opened over a span of days ----------------------------------------------------
def test_quoted_name_held_over_a_span_of_days_needs_no_place():
    found = events("청보라모터스는 오는 11월 12∼16일 열리는 '2025 벼리 드라이브위크'에서 전기 트럭을 선보인다.")
    assert found["2025 벼리 드라이브위크"].start_date == date(2025, 11, 12)
    assert found["2025 벼리 드라이브위크"].end_date == date(2025, 11, 16)
    assert not events("청보라모터스는 오는 20일 열리는 '벼리 신차'에서 말을 아꼈다.")


def test_quoted_show_opened_with_its_days_and_place_between():
    found = events("벼리시립미술관은 '도래솔: 물의 시간'을 5일부터 8월 31일까지 미술관 2전시실에서 연다고 4일 밝혔다.",
                   published="2025-06-04T10:00:00+09:00")
    ev = found["도래솔: 물의 시간"]
    assert (ev.location, ev.start_date, ev.end_date) == ("미술관 2전시실", date(2025, 6, 5), date(2025, 8, 31))
    assert not events("그는 '새 길'을 말하며 오는 3∼4일 간담회를 연다.")
    assert not events("가게는 '벼리 커피'를 3일 벼리시 마포구에서 연다.")


def test_bare_briefing_after_the_talks_at_a_place_takes_their_day():
    found = events("두 정상은 16일 벼리궁에서 정상회담을 했다. 희나리 대변인은 회담 뒤 벼리궁 별관 기자실에서 브리핑을 열고 "
                   "\"두 정상은 합의했다\"고 전했다.")
    assert found["브리핑"].location == "벼리궁 별관 기자실" and found["브리핑"].start_date == date(2025, 9, 16)
    assert list(events("두 정상은 16일 벼리궁에서 정상회담을 했다. 도래솔 대변인은 회담 뒤 브리핑을 열 계획이라고 했다.")) == ["정상회담"]


def test_place_named_in_single_quotes_before_its_particle():
    found = events("시인은 오는 26일 벼리시 소담동 카페 '너울'에서 독자들과 낭독회를 연다.")
    assert found["낭독회"].location == "벼리시 소담동 카페 '너울'"
    assert events("그는 '너울'에서 일한다. 오는 15일 낭독회를 연다.")["낭독회"].location is None


def test_squad_called_up_to_a_place_on_a_day_is_its_camp_opening():
    found = events("청소년 대표팀은 다음 달 4일 벼리 축구센터(BFC)에 소집된다.")
    assert found["소집"].location == "벼리 축구센터(BFC)" and found["소집"].start_date == date(2025, 10, 4)
    assert "소집" not in events("도래솔 대표는 오는 9일 소집되는 임시국회에서 새 법안을 낸다.")
    assert not events("대표팀은 벼리에 소집됐다. 훈련은 비상소집으로 시작됐다.")


def test_second_rally_or_protest_elsewhere_on_another_day_is_another_row():
    found = event.find("새봄노조는 3일 오후 벼리시청 앞에서 집회를 열고 임금 인상을 요구했다. "
                       "노조는 오는 10일 벼리시 너울광장에서 다시 집회를 연다.", Context(PUB))
    assert [(e.name, e.location) for e in found] == [("집회", "벼리시청 앞"), ("집회", "벼리시 너울광장")]
    found = event.find("새봄노조는 3일 오후 벼리시청 앞에서 집회를 열었다. 집회에는 3천명이 모였다. "
                       "이날 벼리시청 앞 집회는 두 시간 이어졌다.", Context(PUB))
    assert len(found) == 1
