"""Korean events: a tournament said to open on a day is one; a constitutional court's ruling told by '결정했다' is the
sentencing; an informal talk with reporters set only after a meeting, as the setting of a remark, is none."""

from __future__ import annotations

from tests.ko_event_helpers import found, named

PUB = "2026-04-26T09:00:00+09:00"


def test_fused_tournament_name_opening_on_a_day_is_an_event():
    body = "여자 프로골프 다음 대회인 솔가람챔피언십은 오는 30일 가온시 나래CC에서 개막해 나흘 동안 치러진다."
    e = named(body, "솔가람챔피언십", PUB)
    assert e is not None
    assert e.start_date is not None and e.start_date.isoformat() == "2026-04-30"
    assert e.location == "가온시 나래CC"


def test_tournament_raising_its_curtain_on_a_day_is_an_event():
    body = "솔가람 오픈이 오는 30일 막을 올린다."
    e = named(body, "솔가람 오픈", PUB)
    assert e is not None and e.date_text == "오는 30일"


def test_tournament_whose_curtain_rises_at_a_course_is_held_there():
    e = named("솔가람 오픈은 오는 30일 누리골프장에서 막이 오른다.", "솔가람 오픈", PUB)
    assert e is not None and e.location == "누리골프장"
    e = named("솔가람 오픈이 오는 30일 누리골프장에서 막을 올린다.", "솔가람 오픈", PUB)
    assert e is not None and e.location == "누리골프장"


def test_festival_raising_its_curtain_in_a_park_is_held_there():
    e = named("누리시 국화 축제가 3일 누리공원에서 막을 올렸다.", "누리시 국화 축제", PUB)
    assert e is not None and e.location == "누리공원"


def test_cup_word_of_a_shop_opening_is_no_tournament():
    assert found("가온컵 커피 매장이 오는 30일 누리시에서 개막한다.", PUB) == []
    assert found("새 매장은 오는 30일 누리시에서 오픈한다.", PUB) == []


def test_constitutional_court_ruling_told_by_decided_is_the_sentencing():
    body = ("헌재는 전날 가온시 헌재 소심판정에서 택배업체 대표 모아름씨가 청구한 사건을 두고 "
            "다수 의견에 따라 이같이 결정했다.")
    e = named(body, "선고", PUB)
    assert e is not None and e.kind == "trial"
    assert e.start_date is not None and e.start_date.isoformat() == "2026-04-25"
    assert e.location is not None and "헌재" in e.location


def test_constitutional_court_unconstitutional_decision_is_the_sentencing():
    body = "헌법재판소는 24일 누리시 주차 조례 제4조가 평등 원칙에 어긋난다며 위헌 결정했다."
    e = named(body, "선고", PUB)
    assert e is not None and e.location == "헌법재판소"


def test_constitutional_court_deciding_an_object_names_no_decision_row():
    body = "헌재는 결국 지난 2월 3일 구청장의 파면을 결정했다."
    assert [e.name for e in found(body, PUB)] == []


def test_court_of_law_decision_on_a_motion_keeps_its_object_name():
    body = "누리지법 파산2부는 17일 가온물산 임시 관리인 선임을 결정했다."
    e = named(body, "관리인 선임 결정", PUB)
    assert e is not None and e.location == "누리지법"


def test_bench_without_a_court_name_deciding_is_no_ruling():
    assert named("재판부는 24일 강아지를 원래 주인에게 돌려주라고 결정했다.", "선고", PUB) is None


MEETING = "가온은행 금리위원회는 20일 누리시 본점에서 정기 총회를 열어 정책금리를 그대로 두었다. "


def test_talk_with_reporters_after_a_meeting_as_a_remark_setting_is_no_event():
    body = MEETING + '모다현 은행장은 총회 뒤 기자간담회에서 "물가가 여전히 높다"고 말했다.'
    assert named(body, "기자간담회", PUB) is None
    assert named(body, "정기 총회", PUB) is not None


def test_talk_with_reporters_right_after_a_meeting_as_a_remark_setting_is_no_event():
    body = MEETING + '모다현 은행장은 총회 직후 기자간담회에서 "당분간 지켜보겠다"며 "서두르지 않겠다"고 말했다.'
    assert named(body, "기자간담회", PUB) is None


def test_joint_press_conference_after_talks_keeps_the_day_of_the_talks():
    body = ('두 외교장관은 20일 누리시에서 회담을 가졌다. 모다현 외교장관은 회담을 마친 뒤 공동 기자회견에서 '
            '"협력을 넓히겠다"고 말했다.')
    e = named(body, "공동 기자회견", PUB)
    assert e is not None and e.start_date is not None and e.start_date.isoformat() == "2026-04-20"


def test_talk_with_reporters_after_a_meeting_at_its_own_place_is_an_event():
    body = MEETING + '모다현 은행장은 총회 뒤 본점 기자실에서 가진 기자간담회에서 "물가가 여전히 높다"고 말했다.'
    e = named(body, "기자간담회", PUB)
    assert e is not None and e.location == "본점 기자실"


def test_talk_with_reporters_held_after_a_meeting_is_an_event():
    body = MEETING + "모다현 은행장은 총회 직후 기자간담회를 개최해 정책금리를 둔 까닭을 풀어 설명했다."
    e = named(body, "기자간담회", PUB)
    assert e is not None and e.start_date is not None and e.start_date.isoformat() == "2026-04-20"
