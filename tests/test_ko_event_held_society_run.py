"""Korean events, round 38: a society's gathering said to be held, and a quoted programme run over some days.

Conventions:
- '학회' names a standing body ('한빛음향학회 회장을 지냈다') and the gathering it holds. Modified by a verb of holding
  ('다음 달 4일 … 열리는 한빛음향학회에서 발표된다'), only name words between, it is that gathering, a conference, dated
  and placed by its sentence; a society word with no verb of holding, or one naming the gathering after it
  ('열리는 …학회 겨울 정기 학술대회에서'), is no event of its own.
- A quoted programme run ('‘…’을 시범 운영한다') over a span of days is held, as one opened ('‘…’을 연다') is; run from one
  day on, with no last day, it is a service, no event.
- A show or a concert with no day, place or quoted name of its own, told after a programme of some days, is an item of
  that programme, no row of its own.

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
