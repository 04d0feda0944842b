"""Korean events called off with words between the name and the verb, places of a closing or a start, and the region
a name leads with. Sentences and names are invented."""

from __future__ import annotations

from datetime import date

import pytest

from builder.rules import Context
from builder.rules.ko import event

PUB = "2026-10-28T09:00:00+09:00"


def events(body: str) -> dict:
    return {e.name: e for e in event.find(body, Context(PUB))}


# -- called off ----------------------------------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("당초 19일로 잡혀 있던 솔마루시 야외 공연은 무대 안전 문제로 취소됐다.", "야외 공연"),
    ("지난 20일로 잡혔던 주민 토론회는 상인회 반대로 끝내 무산됐다.", "주민 토론회"),
    ("다음 달 5일 열릴 예정이던 별누리축제가 나흘째 계속된 장맛비로 전면 취소됐다.", "별누리축제"),
    ("가온군은 오는 9일 열려던 주민설명회를 태풍 북상 탓에 취소했다.", "주민설명회"),
])
def test_an_event_called_off_for_a_reason_told_between_is_none(body: str, name: str) -> None:
    assert not any(name in found for found in events(body))


def test_a_verb_of_calling_off_that_is_another_clauses_is_not_the_events():
    found = events("오는 9일 솔마루극장에서 열리는 낭독 공연은 매진됐고 추가 회차는 취소됐다.")
    assert found["낭독 공연"].location == "솔마루극장"
    found = events("가온군은 오는 9일 군청에서 주민 공청회를 열고, 예매가 취소된 좌석은 다시 판다.")
    assert found["주민 공청회"].start_date == date(2026, 11, 9)


def test_an_event_postponed_is_kept_on_the_day_it_was_moved_to():
    found = events("오는 12일 별빛광장에서 여는 음악회는 폭우로 다음 달 2일로 미뤄졌다.")
    assert found["음악회"].start_date == date(2026, 11, 2)


# -- where it closed or started ------------------------------------------------------------------
def test_an_event_closing_or_starting_at_a_place_is_held_there():
    found = events("국제 조명 박람회인 '2026 빛누리 엑스포'가 27일(현지시간) 가람국 솔내 국제전시장에서 "
                   "나흘 일정을 끝내고 폐막했다.")
    assert found["2026 빛누리 엑스포"].location == "가람국 솔내 국제전시장"
    found = events("제7회 솔빛 영화제가 26일 가온시 별빛아트홀에서 막을 내렸다.")
    assert found["제7회 솔빛 영화제"].location == "가온시 별빛아트홀"


def test_a_schedule_finished_elsewhere_is_no_place_of_the_event():
    found = events("'2026 빛누리 엑스포'가 27일 폐막했다. 참가사들은 솔내 호텔에서 나흘 일정을 끝내고 귀국했다.")
    assert found["2026 빛누리 엑스포"].location is None


# -- the region a name leads with ----------------------------------------------------------------
@pytest.mark.parametrize("body, name, place", [
    ("가온FC는 지난 19일 광주 원정 경기에서 0-3으로 졌다.", "광주 원정 경기", "광주"),
    ("해군은 지난 18일 동해 해상 기동훈련을 했다고 밝혔다.", "동해 해상 기동훈련", "동해"),
    ("다음 달 3일 오하이오주 프라이머리가 경선 판세를 가른다.", "오하이오주 프라이머리", "오하이오주"),
])
def test_a_name_led_by_a_city_a_sea_or_a_state_is_held_there(body: str, name: str, place: str) -> None:
    assert events(body)[name].location == place


@pytest.mark.parametrize("body, name", [
    ("가온시는 지난 18일 군산 관광 활성화 협약을 맺었다.", "군산 관광 활성화 협약"),
    ("가온FC는 다음 달 28일 전주 누리유나이티드와의 홈 경기를 치른다.", "전주 누리유나이티드와의 홈 경기"),
    ("가온소방서는 지난 2일 비상구 대피 훈련을 했다.", "비상구 대피 훈련"),
])
def test_what_an_agreement_is_about_a_side_met_or_a_common_noun_is_no_place(body: str, name: str) -> None:
    assert events(body)[name].location is None


def test_a_place_the_sentence_gives_comes_before_the_names_region():
    found = events("가온시는 다음 달 3일 가온시청에서 청주 투자 설명회를 연다.")
    assert found["청주 투자 설명회"].location == "가온시청"


def test_an_address_named_by_its_occasion_is_no_place():
    found = events("가온노조는 이날 오전 11시 가온물류센터 정문 앞에서 조합원 2천여 명과 함께 총파업 "
                   "출정식을 열었다. 도하늘 지부장은 이날 대회사에서 \"물러서지 않겠다\"고 말했다.")
    assert found["총파업 출정식"].location == "가온물류센터 정문 앞"
    found = events("가온시는 26일 시청 광장에서 개장식을 열었다. 시장은 개장식 환영사에서 \"고맙다\"고 말했다.")
    assert found["개장식"].location == "시청 광장"


# -- a single judge's bench sits ------------------------------------------------------------------
def test_a_ruling_watched_in_another_paragraph_is_at_the_court_of_a_single_judge():
    found = events("공장 대표에게 실형이 선고됐다.\n가온지법 형사2단독 도하림 판사는 17일 업무상과실치사 혐의로 기소된 "
                   "공장 대표 나모(60)씨에게 징역 1년을 선고하고 법정구속했다.\n이날 방청석에서 선고를 지켜본 유족은 눈물을 흘렸다.")
    assert found["선고"].location == "가온지법"


def test_a_ruling_told_by_its_verb_before_a_presiding_judge_named_is_the_sentencing():
    found = events("가온지법 형사합의3부 도하림 부장판사는 17일 나모(60)씨에게 징역 3년을 선고했다.")
    assert (found["선고"].location, found["선고"].start_date) == ("가온지법", date(2026, 10, 17))
    assert not events("가온지법 형사합의3부 도하림 부장판사는 17일 기자들에게 재판 일정을 설명했다.")


def test_a_month_counting_a_prison_term_is_no_date_of_the_ruling():
    found = events("가온지법 형사9단독 도하림 판사는 16일 사기 혐의로 기소된 나모(33)씨에게 징역 6월을 선고했다.")
    assert (found["선고"].date_text, found["선고"].start_date) == ("16일", date(2026, 10, 16))
    found = events("가온지법 형사9단독 도하림 판사는 나모(33)씨에게 징역 1년 6월을 선고했다.")
    assert found["선고"].start_date is None
    found = events("가온지법 형사9단독 도하림 판사는 지난 6월 나모(33)씨에게 벌금 300만원을 선고했다.")
    assert found["선고"].date_text == "지난 6월"  # a month with no penalty before it is still the ruling's
