"""Korean events, round 28: festivals named '…제' by what is staged, a master's lesson, an event word before a care
service, and the date a contrastive topic ('…일에는') gives its own clause.

Conventions:
- A festival is named '…제' after what it stages (가요제, 합창제, 무용제, 국악제, as 영화제 and 음악제 already are); a
  master's lesson open to an audience (마스터클래스) is held like a talk.
- '방문' before a care noun (진료, 상담, 간호, 요양, 돌봄, 접종) says how a service reaches people's homes: no visit held.
- A date marked '…에는'/'…엔' sets its clause against the time told before ('오는 20일부터 … 들어가며, 다음 달 12일에는
  … 연다'): it dates the event of its own clause, not the start of a span in the clause before.

Every sentence, body and place is invented for the test.
"""

from __future__ import annotations

import pytest

from ko_event_helpers import found, name_key, named


@pytest.mark.parametrize("body, name, start, place", [
    ("구는 다음 달 9일 별담구민회관에서 청소년 합창제를 연다.", "청소년 합창제", "2025-07-09", "별담구민회관"),
    ("다온군은 오는 20일 군민체육관에서 군민 가요제를 연다.", "군민 가요제", "2025-06-20", "군민체육관"),
    ("재단은 다음 달 2일 누리아트홀에서 신인 무용제를 개최한다.", "신인 무용제", "2025-07-02", "누리아트홀"),
    ("휘린시는 오는 14일 시민공원에서 전통 국악제를 연다.", "전통 국악제", "2025-06-14", "시민공원"),
    ("영화제 마지막 날인 15일에는 단솔 작곡가의 마스터클래스가 열린다.", "마스터클래스", "2025-06-15", None),
    ("악단은 오는 21일 별담홀에서 지휘자 마스터 클래스를 연다.", "마스터 클래스", "2025-06-21", "별담홀"),
])
def test_a_festival_named_by_what_it_stages_or_a_masterclass_on_a_day(body: str, name: str, start: str,
                                                                       place: str | None) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start
    if place is not None:
        assert e.location == place


@pytest.mark.parametrize("body, word", [
    ("청소년 합창제 예산 3억 원이 삭감됐다.", "합창제"),
    ("그는 대학 가요제 출신 가수다.", "가요제"),
    ("초청받은 감독들은 해마다 마스터클래스처럼 꾸민 강의를 한다.", "마스터클래스"),
])
def test_a_festival_word_heading_money_a_past_or_a_comparison_is_no_event(body: str, word: str) -> None:
    assert not any(word in e.name for e in found(body)), found(body)


@pytest.mark.parametrize("body", [
    "섬마을 방문 진료는 공중보건의 두 명이 주 2회 나눠 맡는다.",
    "구는 혼자 사는 어르신 가정을 찾아가는 방문 상담을 늘린다.",
    "다온군은 거동이 불편한 주민에게 방문 돌봄을 제공한다.",
    "휘린시는 읍면 단위 방문 요양 인력을 두 배로 늘린다.",
])
def test_a_visit_before_a_care_noun_is_a_service_no_event(body: str) -> None:
    assert not found(body), found(body)


def test_a_visit_on_a_day_stays_beside_a_care_service() -> None:
    body = "시장은 지난 3일 별담보건소 방문에서 방문 진료 현황을 점검했다."
    names = [name_key(e.name) for e in found(body)]
    assert any("방문" in n and "진료" not in n for n in names), names
    assert not any("진료" in n for n in names), names


@pytest.mark.parametrize("body, name, start", [
    ("다온버스는 오는 20일부터 심야 노선 운행에 들어가며, 다음 달 12일에는 구민회관에서 주민 설명회를 연다.",
     "주민 설명회", "2025-07-12"),
    ("별담도서관은 지난 1일부터 야간 개관을 시작했고, 15일엔 열람실에서 작가 낭독회를 연다.", "낭독회", "2025-06-15"),
    ("휘린시는 오는 3일부터 버스 시범 운영에 들어가며, 오는 18일에는 시청 대강당에서 주민 공청회를 연다.",
     "주민 공청회", "2025-06-18"),
])
def test_a_date_set_against_the_one_before_dates_its_own_clause(body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start


def test_the_start_of_a_span_still_dates_an_event_named_far_from_any_day() -> None:
    body = "다온시는 오는 14일부터 누리광장과 시청 앞 거리 일대에서 사흘 동안 가을 꽃 축제를 연다."
    e = named(body, "가을 꽃 축제")
    assert e is not None, found(body)
    assert str(e.start_date) == "2025-06-14"


# Working-level talks ('실무 협의', '실무접촉') between bodies are a meeting on the day the article gives; with no day,
# or '협의' alone ('협의를 거쳐'), they are the process of deciding, no happening.
@pytest.mark.parametrize("body, name, start", [
    ("다온택시조합은 오는 30일 국토교통부 관계자들과 실무 협의를 한다.", "실무 협의", "2025-06-30"),
    ("별담노조는 오는 12일 회사 측과 실무협의를 갖는다.", "실무협의", "2025-06-12"),
    ("두 부처는 다음 달 3일 정부세종청사에서 실무접촉을 한다.", "실무접촉", "2025-07-03"),
])
def test_working_level_talks_on_a_day_are_a_meeting(body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start


@pytest.mark.parametrize("body", [
    "두 단체는 실무 협의를 이어가고 있다.",
    "휘린시는 관계기관과 실무 협의를 거쳐 노선을 확정했다.",
    "휘린시는 지난 5일 관계기관과 협의를 거쳐 노선을 확정했다.",
])
def test_undated_working_talks_or_a_bare_consultation_is_no_event(body: str) -> None:
    assert not found(body), found(body)


# A sitting court's decision on a motion told by its verb ('…를 결정했다'), as a ruling told by '선고했다' is: the event is
# the decision, named by its object, on the sentence's day, at that court. A firm deciding something is no court's act.
@pytest.mark.parametrize("body, name, start, place", [
    ("서울회생법원 회생1부는 지난 9일 다온건설에 대한 회생절차 개시를 결정하고 관리인을 선임했다.", "회생절차 개시 결정",
     "2025-06-09", "서울회생법원"),
    ("서울회생법원 회생3부는 10일 다온건설의 파산을 결정했다.", "파산 결정", "2025-06-10", "서울회생법원"),
    ("수원지법 민사부는 지난 5일 별담노조의 가처분 신청 인용을 결정했다.", "가처분 신청 인용 결정", "2025-06-05", "수원지법"),
])
def test_a_courts_decision_told_by_its_verb_is_an_event_at_the_court(body: str, name: str, start: str,
                                                                    place: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert name_key(e.name) == name_key(name)
    assert str(e.start_date) == start
    assert e.location == place


@pytest.mark.parametrize("body", [
    "다온건설은 지난 9일 회생절차 신청을 결정했다.",
    "서울회생법원 회생1부는 다온건설의 회생 여부를 곧 결정한다.",
])
def test_a_firms_decision_or_a_court_deciding_later_is_no_event(body: str) -> None:
    assert not found(body), found(body)


# A scope word ('해외', '국내', '각국') before a bare event word with no day names such events in general (a career's
# background); with a day, it is one event the article reports.
@pytest.mark.parametrize("body", [
    "단솔 작곡가는 도시 청년의 삶을 노래하며 해외 음악제에서 먼저 주목을 받았다.",
    "휘린 악단은 국내외 공연에서 호평을 받아 왔다.",
    "다온전자는 각국 박람회에서 꾸준히 신제품을 소개해 왔다.",
])
def test_an_undated_event_word_after_a_scope_word_is_no_event(body: str) -> None:
    assert not found(body), found(body)


@pytest.mark.parametrize("body, name, start", [
    ("휘린 악단은 다음 달 2일 해외 공연에 나선다.", "해외 공연", "2025-07-02"),
    ("다온전자는 지난 3일 해외 박람회에서 신제품을 선보였다.", "해외 박람회", "2025-06-03"),
])
def test_an_event_word_after_a_scope_word_on_a_day_stays(body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start
