"""Korean events: a house's vote sits at the house holding it; a sitting written after a body in the genitive is
that body's."""

from __future__ import annotations

from tests.ko_event_helpers import found, named

PUB = "2026-07-02T09:00:00+09:00"


def test_house_vote_held_by_its_verb_sits_at_the_house():
    body = "가람시 누리구의회는 지난 1일 후반기 부의장 선거를 치러 무소속 의원을 부의장으로 뽑았다."
    e = named(body, "후반기 부의장 선거", PUB)
    assert e is not None
    assert e.location is not None and e.location.endswith("누리구의회")


def test_house_vote_with_its_own_place_keeps_that_place():
    body = "가람시 누리구의회는 지난 1일 본회의장에서 후반기 부의장 선거를 치렀다."
    e = named(body, "후반기 부의장 선거", PUB)
    assert e is not None
    assert e.location == "본회의장"


def test_vote_an_election_commission_runs_is_not_placed_at_it():
    body = "누리구선거관리위원회가 1일 구청장 재선거를 치렀다."
    e = named(body, "구청장 재선거", PUB)
    assert e is None or e.location is None or "위원회" not in e.location


def test_audit_after_a_committee_in_the_genitive_sits_at_it():
    body = "지난 1일 국회 미래산업위원회의 해양자원청 국정감사에서는 예산 집행이 도마에 올랐다."
    events = found(body, PUB)
    audit = [e for e in events if e.name.endswith("국정감사")]
    assert audit and audit[0].location is not None and audit[0].location.startswith("국회")


def test_audit_after_a_committee_in_the_genitive_keeps_a_place_given():
    body = "국회 미래산업위원회의 해양자원청 국정감사가 지난 1일 가온시 어울림청사에서 열렸다."
    events = found(body, PUB)
    audit = [e for e in events if e.name.endswith("국정감사")]
    assert audit and audit[0].location == "가온시 어울림청사"


def test_place_before_a_side_met_places_the_meeting():
    body = "가온부는 오는 13일 가온청사에서 약사단체와 두 번째 실무 협의를 열자고 요청했다."
    e = named(body, "실무 협의", PUB)
    assert e is not None
    assert e.location == "가온청사"


def test_place_before_a_side_met_with_hamkke_places_the_meeting():
    body = "누리공사는 오는 13일 본관 강당에서 노동조합과 함께 세 번째 상생 협의체 회의를 열자고 요청했다."
    e = named(body, "협의체 회의", PUB)
    assert e is not None
    assert e.location == "본관 강당"


def test_place_four_plain_words_back_does_not_place_the_proposed_meeting():
    body = "가온부는 오는 13일 가온청사에서 약사단체 대표 여럿이 두 번째 상생 협의체 회의를 열자고 요청했다."
    e = named(body, "협의체 회의", PUB)
    assert e is not None
    assert e.location is None


def test_election_told_again_by_its_vote_takes_its_day_and_place():
    body = ("가람대학교가 교수와 학생이 고루 참여하는 학장 선출 선거를 치른다. "
            "투표는 9일 누리관 소강당에서 진행된다. 출마자는 둘이다.")
    e = named(body, "학장 선출 선거", PUB)
    assert e is not None
    assert str(e.start_date) == "2026-07-09"
    assert e.location == "누리관 소강당"


def test_festival_is_not_told_again_by_a_vote():
    body = ("누리시가 처음으로 시민이 함께 꾸미는 골목 사진 축제를 연다. "
            "투표는 9일 시청 로비에서 진행된다.")
    e = named(body, "골목 사진 축제", PUB)
    assert e is None or e.location is None
