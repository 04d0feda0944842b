"""Round 59 event conventions: a raid told by its verb on a day, a clinic strike ('휴진'), a strike placed at its
strikers' workplace, a speech given at the gathering named right before it, and 'this day' after a span."""

from __future__ import annotations

import datetime as dt

from ko_event_helpers import found, named

PUB = "2026-04-30T09:00:00+09:00"


def test_raid_on_a_day_is_an_event_at_the_first_place_searched():
    body = ("청솔지검 형사2부는 지난 28일 경남 김해시에 있는 다온물산 본사와 임원 3명의 주거지 등 5곳을 압수수색했다고 "
            "29일 밝혔다.")
    ev = named(body, "압수수색", PUB)
    assert ev is not None
    assert ev.start_date == dt.date(2026, 4, 28)
    assert "다온물산 본사" in (ev.location or "")


def test_raid_with_no_day_or_a_month_only_is_no_event():
    assert named("경찰이 누리상사 본사를 압수수색했다. 회사는 수사에 협조하겠다고 밝혔다.", "압수수색", PUB) is None
    assert named("검찰은 지난 1월 가온건설 사무실을 압수수색하며 수사에 나섰다.", "압수수색", PUB) is None


def test_raid_inside_a_quotation_is_no_event():
    body = '변호인은 "검찰이 지난 28일 사무실을 압수수색했다"고 주장했다.'
    assert named(body, "압수수색", PUB) is None


def test_clinic_strike_joined_on_a_day_is_an_event_at_the_hospital():
    body = ("대구 한솔대학교병원 교수들이 병상 축소 계획에 맞서 집단 휴진에 들어간다.\n"
            "교수협의회는 지난 8일 총회를 열고 오는 12일 집단 휴진에 돌입하기로 뜻을 모았다.")
    ev = named(body, "집단 휴진", "2026-06-09T09:00:00+09:00")
    assert ev is not None
    assert ev.start_date == dt.date(2026, 6, 12)
    assert "한솔대학교병원" in (ev.location or "")


def test_clinic_strike_spoken_of_without_a_day_is_no_event():
    body = '한 관계자는 "지역 의원들의 휴진 동참 여부는 정해지지 않았다"고 전했다. 휴진 당일에도 응급실은 운영한다.'
    assert named(body, "휴진", PUB) is None


def test_strike_placed_at_workplace_of_its_strikers():
    body = "충남 서산시 가람의료원 간호사 300여 명이 5일 오전 7시부터 전면 파업에 들어갔다."
    ev = named(body, "전면 파업", "2026-11-05T09:00:00+09:00")
    assert ev is not None and "가람의료원" in (ev.location or "")


def test_strike_of_a_union_not_named_by_workplace_keeps_no_place():
    body = "전국버스노조 누리지부가 5일 새벽 운행부터 전면 파업에 들어갔다."
    ev = named(body, "전면 파업", "2026-11-05T09:00:00+09:00")
    assert ev is not None and ev.location is None


def test_keynote_at_the_forum_named_right_before_is_part_of_it():
    body = "윤 장관은 3일 하노이 국제컨벤션센터에서 열리는 '제2차 한·라오스 무역포럼'에서 기조연설을 한 뒤 4일 귀국한다."
    names = [e.name for e in found(body, "2026-11-03T09:00:00+09:00")]
    assert any("무역포럼" in n for n in names)
    assert not any("기조연설" in n for n in names)


def test_address_to_a_sitting_stays_a_row_of_its_own():
    body = "누리도지사는 10일 누리도의회 제301회 정례회 제2차 본회의에서 시정연설을 했다."
    assert named(body, "시정연설", "2026-11-10T09:00:00+09:00") is not None


def test_this_day_after_a_span_in_a_paragraph_before_is_the_story_day():
    body = ("가람청이 20일 전국에 독감 유행주의보를 발령했다.\n"
            "가람청에 따르면 이달 9~15일 독감 의심 환자 비율은 유행 기준을 웃돌았다.\n"
            "누리 청장은 이날 세종 정부청사에서 열린 브리핑에서 \"서둘러 접종해 달라\"고 강조했다.")
    ev = named(body, "브리핑", "2026-11-20T09:00:00+09:00")
    assert ev is not None and ev.start_date == dt.date(2026, 11, 20)


def test_this_day_after_a_span_in_the_same_paragraph_keeps_its_first_day():
    body = "제5회 누리 꽃축제가 오는 9~15일 열린다. 이날 개막식에는 군수와 주민 500여 명이 참석한다."
    ev = named(body, "개막식", "2026-11-02T09:00:00+09:00")
    assert ev is not None and ev.start_date == dt.date(2026, 11, 9)


def test_plenary_in_an_assembly_story_sits_at_the_assembly():
    body = ("국회 보건복지위원회는 18일 전체회의를 열어 돌봄지원법 개정안을 의결했다.\n"
            "개정안은 법제사법위원회 심사를 거쳐 오는 26일 본회의에 상정될 예정이다.")
    ev = named(body, "본회의", "2026-11-19T09:00:00+09:00")
    assert ev is not None and ev.location == "국회"


def test_plenary_in_a_council_story_is_not_put_at_the_assembly():
    body = ("누리시의회 행정위원회는 18일 조례안을 통과시켰다. 지역 국회의원도 환영했다.\n"
            "조례안은 오는 26일 본회의에 상정될 예정이다.")
    ev = named(body, "본회의", "2026-11-19T09:00:00+09:00")
    assert ev is not None and ev.location != "국회"


def test_briefing_on_the_same_day_as_an_earlier_happening_is_one():
    body = ("한빛 의사회 회장은 29일 서울 중구 의사회관에서 기자회견을 열고 \"협의체에 나가지 않겠다\"고 밝혔다.\n"
            "누리부 대변인은 같은 날 정례 브리핑에서 \"대화의 문은 열려 있다\"고 말했다.")
    ev = named(body, "정례 브리핑", "2026-11-30T09:00:00+09:00")
    assert ev is not None and ev.start_date == dt.date(2026, 11, 29)


def test_briefing_on_the_story_day_only_sets_a_remark():
    body = ("한빛 의사회는 30일 서울 중구 의사회관에서 기자회견을 열었다.\n"
            "누리부 대변인은 같은 날 정례 브리핑에서 \"대화의 문은 열려 있다\"고 말했다.")
    assert named(body, "정례 브리핑", "2026-11-30T09:00:00+09:00") is None
