"""Round 62: a department written alone gets its institution from one resolver (membership.institution_of_departments):
the university, institute or hospital its sentence opens with as topic first, the story's one hospital second.
Sentences written for these tests."""

import pytest

from builder.rules import Context
from builder.rules.ko import membership, person

SAID = ' "치료 시기를 놓치지 않는 것이 가장 중요하다"고 말했다.'


def organisation(body: str, name: str) -> str | None:
    found, _ = person.find(body, Context(None))
    return {p.name: p.organization for p in found}[name]


@pytest.mark.parametrize("body, name, org", [
    # two hospitals in the story: the sentence's topic says which one the clinical department is of
    ("라온새대학교병원과 누리솔병원이 뇌졸중 진료 협약을 맺었다. 라온새대학교병원은 이날 신경과 추하온 교수가 새 치료법을 "
     "도입했다고 밝혔다.", "추하온", "라온새대학교병원 신경과"),
    ("누리솔병원과 솔매의료원이 어린이 야간 진료를 함께 맡는다. 솔매의료원은 이날 소아청소년과 공태리 과장이 "
     "진료를 이끈다고 밝혔다.", "공태리", "솔매의료원 소아청소년과"),
    # the sentence's topic is nearer than the story's one hospital: a university's department is the university's
    ("누리솔병원은 지난달 외상센터를 열었다.\n하람대는 이날 응급의학과 맹시윤 교수 연구팀이 구급차 이송 시간을 줄이는 "
     "방법을 찾았다고 밝혔다.", "맹시윤", "하람대 응급의학과"),
])
def test_a_department_is_of_the_institution_its_sentence_opens_with(body, name, org):
    assert organisation(body, name) == org


def test_the_story_s_one_hospital_is_found_once_with_its_short_form():
    body = "라온새대학교병원이 첫 인공심장 수술에 성공했다. 라온새대병원 의료진은 10시간 동안 수술했다."
    assert membership.one_hospital(body) == "라온새대학교병원"


def test_two_hospitals_and_a_kind_of_hospital_give_no_one_hospital():
    assert membership.one_hospital("누리솔병원과 솔매의료원이 협약을 맺었다.") is None
    assert membership.one_hospital("대형병원 응급실로 환자가 몰렸다.") is None
