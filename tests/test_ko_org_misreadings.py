"""Words read as a person's body, or as a person, that Korean news writes for something else: the person's own post
('선원 X'), a verb's modifier ('구조된 등산객 X'), a soldier's duty before the name and rank ('정비병 X 일병'); and the
bare noun 회사 pointing back to the story's firm ('회사를 이끈 X 사장'). Every sentence is invented; each has a near
miss that keeps its body."""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def rows(body: str) -> dict[str, tuple[str | None, str | None]]:
    found, _ = person.find(body, Context(None, title=None))
    return {p.name: (p.title, p.organization) for p in found}


FIRM_LEAD = "석유화학 업체 가람케미칼이 신임 대표이사에 한도윤(56) 부사장을 내정했다. "
SHOP_LEAD = "프랜차이즈 업체 가람푸드가 가맹점을 늘렸다. "


@pytest.mark.parametrize("body, name, title, org", [
    ("베트남 출신 선원 도안 반 끼엠(31) 씨는 올해로 3년째 배를 탄다.", "도안 반 끼엠", "선원", None),
    ("가람호 선원 도안 반 끼엠(31) 씨는 올해로 3년째 배를 탄다.", "도안 반 끼엠", "선원", "가람호"),
    ("고립됐다가 구조된 등산객 한마루 씨는 \"추웠다\"고 말했다.", "한마루", "등산객", None),
    ("솔빛산악회 회원 한마루 씨는 \"추웠다\"고 말했다.", "한마루", "회원", "솔빛산악회"),
    (FIRM_LEAD + "6년간 회사를 이끈 모건율 사장은 고문을 맡는다.", "모건율", "사장", "가람케미칼"),
    (FIRM_LEAD + "회사의 성장을 이끈 모건율 대표는 고문을 맡는다.", "모건율", "대표", "가람케미칼"),
    (SHOP_LEAD + "10년째 식당을 운영한 모건율 사장은 \"좋다\"고 말했다.", "모건율", "사장", None),
    (SHOP_LEAD + "다른 회사를 다니던 모건율 사장은 \"좋다\"고 말했다.", "모건율", "사장", None),
    (SHOP_LEAD + "새 회사를 차린 모건율 사장은 \"좋다\"고 말했다.", "모건율", "사장", None),
])
def test_body_of_person(body: str, name: str, title: str, org: str | None) -> None:
    found = rows(body)
    assert name in found, found
    assert found[name] == (title, org)


def test_soldier_duty_is_no_name() -> None:
    found = rows("정비병 하도윤(21) 일병과 조리병 남궁민(22) 상병은 \"괜찮다\"고 말했다.")
    assert set(found) == {"하도윤", "남궁민"}
    assert found["하도윤"][0] == "정비병 일병"


def test_names_listed_before_a_rank_share_it() -> None:
    found = rows("좌하슬 박지호 상병은 \"괜찮다\"고 말했다.")
    assert found.get("좌하슬") == ("상병", None) and found.get("박지호") == ("상병", None)


def test_body_named_again_keeps_its_name() -> None:
    found = rows("블루스톤 피셔 대표는 \"수주가 늘었다\"고 말했다. 블루스톤은 내년 공장을 짓는다.")
    assert found["피셔"] == ("대표", "블루스톤")
