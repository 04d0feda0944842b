"""Korean events, round 38: a society's gathering said to be held, a quoted programme run over some days, two rulings.

Conventions:
- '학회' names a standing body ('한빛음향학회 회장을 지냈다') and the gathering it holds. Modified by a verb of holding
  ('다음 달 4일 … 열리는 한빛음향학회에서 발표된다'), only name words between, it is that gathering, a conference, dated
  and placed by its sentence; a society word with no verb of holding, or one naming the gathering after it
  ('열리는 …학회 겨울 정기 학술대회에서'), is no event of its own.
- A quoted programme run ('‘…’을 시범 운영한다') over a span of days is held, as one opened ('‘…’을 연다') is; run from one
  day on, with no last day, it is a service, no event.
- A show or a concert with no day, place or quoted name of its own, told after a programme of some days, is an item of
  that programme, no row of its own.
- A court that sits and rules on a day ('… 24일 … 징역 6년을 선고했다') holds the sentencing '선고' that day; a sentencing
  session named on another day (of the others accused) is another session, two rows; one named on the same day or
  undated is the same one, one row.

Every sentence, name and place is invented for the test (published Tuesday 2026-11-24).
"""

from __future__ import annotations

import pytest

from ko_event_helpers import found, named

PUB = "2026-11-24T10:00:00+09:00"


@pytest.mark.parametrize("body, name", [
    ("이번 결과는 다음 달 4일 일본 오사카에서 열리는 국제음향소자학회(IASD)에서 발표된다.", "국제음향소자학회(IASD)"),
    ("연구진은 다음 달 4일 일본 오사카에서 열리는 음향 학회에서 포스터를 건다.", "음향 학회"),
    ("이 결과는 다음 달 4일 일본 오사카에서 개최되는 한빛음향학회에 보고된다.", "한빛음향학회"),
])
def test_a_society_said_to_be_held_is_its_gathering(body: str, name: str) -> None:
    e = named(body, name, PUB)
    assert e is not None, found(body, PUB)
    assert e.kind == "conference"
    assert str(e.start_date) == "2026-12-04"
    assert "오사카" in (e.location or "")


@pytest.mark.parametrize("body", [
    "고인은 한빛음향학회 회장을 지냈다.",
    "한빛음향학회 정책이사인 여다솔 교수는 \"측정 기준부터 고쳐야 한다\"고 말했다.",
    "연구진은 다음 달 학회에서 전체 자료를 내보이기로 했다.",
])
def test_a_society_not_said_to_be_held_is_no_event(body: str) -> None:
    assert not [e for e in found(body, PUB) if "학회" in e.name], found(body, PUB)


def test_a_society_naming_the_gathering_after_it_gives_that_gathering_only() -> None:
    body = "회사는 다음 달 4일 일본 오사카에서 열리는 한빛음향학회 겨울 정기 학술대회에서 시제품을 보인다."
    names = [e.name for e in found(body, PUB)]
    assert not [n for n in names if n.endswith("학회")], names


@pytest.mark.parametrize("body", [
    "구는 다음 달 12일부터 14일까지 솔밭공원 일대에서 '별빛 장터'를 시범 운영한다.",
    "구는 다음 달 12∼14일 솔밭공원에서 '별빛 장터'를 운영할 계획이다.",
])
def test_a_quoted_programme_run_over_days_is_held(body: str) -> None:
    e = named(body, "별빛 장터", PUB)
    assert e is not None, found(body, PUB)
    assert str(e.start_date) == "2026-12-12"
    assert str(e.end_date) == "2026-12-14"


@pytest.mark.parametrize("body", [
    "구는 다음 달 1일부터 '별빛 안심귀가'를 운영한다.",
    "구는 솔밭공원 일대에서 '별빛 장터'를 운영하고 있다.",
])
def test_a_quoted_service_run_without_a_span_is_no_event(body: str) -> None:
    assert named(body, "별빛", PUB) is None, found(body, PUB)


def test_an_undated_show_after_a_programme_of_days_is_its_item() -> None:
    body = ("구는 다음 달 12일부터 14일까지 솔밭공원 일대에서 '별빛 장터'를 시범 운영한다. "
            "장터에는 먹거리 부스와 거리 공연, 공예품 판매대 등이 마련된다.")
    names = [e.name for e in found(body, PUB)]
    assert any("별빛 장터" in n for n in names), names
    assert not [n for n in names if n.endswith("공연")], names


def test_a_dated_show_after_a_programme_of_days_stays() -> None:
    body = ("구는 다음 달 12일부터 14일까지 솔밭공원 일대에서 '별빛 장터'를 시범 운영한다. "
            "마지막 날인 14일 저녁에는 솔밭공원 야외무대에서 폐막 공연이 열린다.")
    e = named(body, "폐막 공연", PUB)
    assert e is not None, found(body, PUB)
    assert str(e.start_date) == "2026-12-14"


RULING = "한솔지법 형사2부(재판장 반도율 부장판사)는 24일 횡령 등으로 기소돼 구속된 업체 대표 B(51)씨에게 징역 6년을 선고했다. "


def test_a_ruling_and_a_later_sentencing_of_others_are_two_sessions() -> None:
    body = RULING + "함께 기소된 직원 3명의 선고공판도 오는 12월 15일 한솔지법 법정에서 진행된다."
    days = sorted(str(e.start_date) for e in found(body, PUB) if e.kind == "trial")
    assert days == ["2026-11-24", "2026-12-15"], found(body, PUB)


@pytest.mark.parametrize("told", ["선고공판은 24일 한솔지법 법정에서 진행됐다.", "이날 선고공판엔 유족 여럿이 나와 지켜봤다."])
def test_a_ruling_and_its_own_sentencing_are_one(told: str) -> None:
    trials = [e for e in found(RULING + told, PUB) if e.kind == "trial"]
    assert len(trials) == 1, trials


def test_a_ruling_reported_on_a_later_day_is_the_one_its_day_is_told_for() -> None:
    body = ("한솔행정법원 행정4부(재판장 반도율 부장판사)는 물류업체의 징계 취소 청구를 기각했다고 24일 알렸다. "
            "선고는 지난 20일 있었다.")
    trials = [e for e in found(body, PUB) if e.kind == "trial"]
    assert [str(e.start_date) for e in trials] == ["2026-11-20"], trials
