"""Korean appointment lists (인사 lists) and the families of g5p, on sentences written for these tests."""

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


APPOINTMENTS = """새봄제약은 3일 정기 임원 인사를 했다.
■ 새봄제약
◇ 승진 ▲대표이사 사장 하준서 ▲부사장(최고기술책임자·CTO) 문지아 ▲상무 어태민(구미공장장) 진소율(마케팅실장)
■ 가람상사
대표이사 방은호 ▲감사 서하늘 ▲해외영업본부장 전무 마이클 존슨
■ 전남도
◇ 4급 전보 ▲기획조정실 예산과장 명시우
"""


def test_rank_before_the_name_is_the_title_and_the_header_the_organisation():
    found = persons(APPOINTMENTS)
    assert found["하준서"] == ("대표이사 사장", "새봄제약")
    assert found["문지아"] == ("부사장", "새봄제약")
    assert found["어태민"] == ("상무", "새봄제약")  # the bracketed post is not the title
    assert found["진소율"] == ("상무", "새봄제약")  # a second name under the same rank
    assert found["방은호"] == ("대표이사", "가람상사")  # the item before the first ▲
    assert found["서하늘"] == ("감사", "가람상사")
    assert found["마이클 존슨"][1] == "가람상사"
    assert found["명시우"] == ("예산과장", "전남도")  # the department before the post is dropped


def test_policy_bullets_and_notice_sections_make_no_person():
    body = ("정부가 내놓은 대책은 ▲청년 일자리 확대 ▲주거 지원 강화 ▲대표 공약 발표다.\n"
            "■ 부고\n▲상무 도하람씨 별세\n")
    found = persons(body)
    assert not any(n in found for n in ("일자리 확대", "지원 강화", "공약 발표", "확대", "강화"))
    assert found.get("도하람", (None, None))[1] is None  # a notice section names no organisation


def test_header_organisation_ends_at_the_prose_after_the_list():
    body = "■ 새봄제약\n▲상무 하준서\n인사 배경을 두고 회사는 설명하지 않았다.\n▲전무 문지아\n"
    found = persons(body)
    assert found["하준서"] == ("상무", "새봄제약")
    assert found["문지아"] == ("전무", None)
