"""Round 61 (helper h61a), on sentences written for these tests: a post of the title list fused with its one body
('국회의장') names that body; a clinical department written bare in a story of one hospital is that hospital's; a
foreign name whose last word closes the sentence with the past copula ('… 로사였다.') is one name; a committee
written right after the body it is part of ('…재단 선정위원회의 X 위원장') is given with that body.

Each kind has its positive and its negative.
"""

from builder.rules import Context
from builder.rules.ko import person


def persons(body, title=None):
    found, _ = person.find(body, Context(None, title=title))
    return {p.name: p for p in found}


# -- a fused post names its body --------------------------------------------------------------------------------------
def test_the_speaker_of_the_assembly_sits_in_the_assembly():
    found = persons("예산안 처리 시한이 다가왔다. 나동진 국회의장은 \"여야가 합의해 달라\"고 말했다.")
    assert found["나동진"].organization == "국회"


def test_a_council_chair_keeps_the_council_written_beside_it():
    found = persons("나동진 가람시의회 의장은 \"조례를 고치겠다\"고 말했다.")
    assert found["나동진"].organization != "국회"


# -- a clinical department in a story of one hospital -------------------------------------------------------------------
def test_a_bare_department_is_the_one_hospitals():
    found = persons("누리솔대학교병원이 처음으로 폐 이식 수술에 성공했다. 누리솔대병원은 9일 이같이 밝혔다. "
                    "수술은 흉부외과 노다솜 교수팀이 진행했다. 노 교수는 \"환자가 잘 버텨줬다\"고 말했다.")
    assert found["노다솜"].organization == "누리솔대학교병원 흉부외과"


def test_a_bare_department_with_no_hospital_named_stays_alone():
    found = persons("환자들이 대형병원으로 몰리고 있다. 흉부외과 노다솜 교수는 \"지방은 더 어렵다\"고 말했다.")
    assert found["노다솜"].organization == "흉부외과"


def test_a_bare_department_among_two_hospitals_stays_alone():
    found = persons("누리솔대병원과 가온하늘병원이 협약을 맺었다. 흉부외과 노다솜 교수는 \"함께 하겠다\"고 말했다.")
    assert found["노다솜"].organization == "흉부외과"


# -- a foreign name closing its sentence with the copula ----------------------------------------------------------------
def test_a_foreign_name_with_the_past_copula_is_one_name():
    found = persons("결승골의 주인공은 칠레 출신 공격수 마르코 베가였다. 베가는 후반 30분 골망을 흔들었다.")
    assert "마르코 베가" in found and "마르코" not in found and "베가" not in found
    assert found["마르코 베가"].title == "공격수"


def test_a_common_noun_with_the_copula_is_no_surname():
    found = persons("공격수 마르코는 그날 경기의 영웅이었다.")
    assert not any(name.endswith("영웅") for name in found)


# -- a committee after the body it is part of ---------------------------------------------------------------------------
def test_a_committee_after_a_spaced_foundation_is_given_with_it():
    found = persons("올해 수상자는 베른하르트 재단 선정위원회의 마그누스 에릭센 위원장이 발표했다.")
    assert found["마그누스 에릭센"].organization == "베른하르트 재단 선정위원회"


def test_a_committee_after_a_glued_foundation_is_given_with_it():
    found = persons("누리문화재단 심사위원회의 도하림 위원장은 \"수준이 높았다\"고 말했다.")
    assert found["도하림"].organization == "누리문화재단 심사위원회"


def test_a_committee_after_a_common_word_stays_alone():
    found = persons("이번 재단 선정위원회의 도하림 위원장은 \"수준이 높았다\"고 말했다.")
    assert found["도하림"].organization == "선정위원회"


# -- '회사' written alone before a post --------------------------------------------------------------------------------
def test_the_company_before_a_post_is_the_firm_named_before():
    found = persons("가람파트너스는 지난해 문을 닫았다. 회사 이사 도하림(47)씨는 \"아무것도 몰랐다\"고 말했다.")
    assert found["도하림"].organization == "가람파트너스"


def test_the_company_before_a_post_with_no_firm_named_is_none():
    found = persons("경기가 나쁘다. 회사 이사 도하림(47)씨는 \"버티기 힘들다\"고 말했다.")
    assert found["도하림"].organization is None
