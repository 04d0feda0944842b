"""Korean events: a quoted gathering opened on one day at a place is held; one planned, then called off, is not."""

from __future__ import annotations

from tests.ko_event_helpers import found, named

PUB = "2026-11-20T09:00:00+09:00"


def test_quoted_report_meeting_opened_on_one_day_at_a_place():
    body = "도담시는 다음 달 3일 시청 별관 강당에서 '햇살돌봄 1년 성과 공유회'를 열고 주민 의견을 듣는다."
    e = named(body, "햇살돌봄 1년 성과 공유회", PUB)
    assert e is not None
    assert str(e.start_date) == "2026-12-03"
    assert e.location == "시청 별관 강당"


def test_quoted_market_day_opened_at_a_place():
    body = "바람섬군은 오는 28일 모래곶 선착장에서 '모래곶 전복 직거래 장터'를 연다."
    e = named(body, "모래곶 전복 직거래 장터", PUB)
    assert e is not None
    assert str(e.start_date) == "2026-11-28"
    assert e.location == "모래곶 선착장"


def test_quoted_shop_opened_on_one_day_is_no_event():
    body = "누리푸드는 오는 28일 서울 강남구에서 '누리 베이커리 카페'를 연다."
    assert [e.name for e in found(body, PUB)] == []


def test_quoted_gathering_opened_with_no_place_is_no_event():
    body = "구는 오는 28일 '골목상권 성과 공유회'를 연다."
    assert named(body, "골목상권 성과 공유회", PUB) is None


def test_meeting_planned_then_called_off_is_no_event():
    body = ("한솔시의회 예산특위는 2일 오후 예산안 조정 회의를 열 계획이었지만 "
            "위원들 사이 이견이 커지면서 끝내 무산됐다.")
    assert found(body, PUB) == []


def test_briefing_agreed_then_cancelled_is_no_event():
    body = "구는 지난 5일 동 행정복지센터 강당에서 마을 설명회를 열기로 했지만 태풍 탓에 결국 취소했다."
    assert found(body, PUB) == []


def test_meeting_planned_then_postponed_keeps_the_new_day():
    body = "한솔시의회는 2일 오후 임시회 본회의를 열 계획이었지만 다음 달 5일로 연기됐다."
    e = named(body, "본회의", PUB)
    assert e is not None
    assert str(e.start_date) == "2026-12-05"


def test_meeting_planned_and_held_is_an_event():
    body = "한솔시의회는 2일 오후 임시회 본회의를 열 계획이었지만 일정을 당겨 오전에 열었다."
    assert named(body, "본회의", PUB) is not None


def test_part_of_a_planned_festival_called_off_leaves_it_held():
    body = "별빛군은 오는 28일 군민광장에서 별빛 축제를 열기로 했지만 일부 체험 프로그램은 취소됐다."
    assert named(body, "별빛 축제", PUB) is not None


def test_quoted_council_opened_on_one_day_stays_a_meeting():
    body = "도교육청은 다음 달 8일 남부청사에서 '방과후 돌봄 운영 협의회'를 열어 개선안을 논의한다."
    e = named(body, "방과후 돌봄 운영 협의회", PUB)
    assert e is not None
    assert e.kind == "meeting"
