"""Korean persons named by a group and '멤버', actors glossed on their parts ('(X 분)'), and rarer
surnames proved by a later short mention with a fused post shortened ('순천시장' … '옹 시장'); on
sentences written for these tests, each kind with its negative."""

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization, p.found_by) for p in found}


# -- '그룹 X 멤버 Y': a member's name, however short ------------------------------------------
def test_a_short_stage_name_after_group_and_member_is_a_person():
    found = persons("이날 무대에는 그룹 달빛소년 멤버 해온과 변도준 감독이 올랐다.")
    assert found.get("해온") == ("멤버", "달빛소년", "group_member")


def test_a_member_name_that_is_a_common_word_needs_a_second_mention():
    assert "소아" not in persons("걸그룹 달빛소년 멤버 소아와 팬들이 만났다.")
    found = persons("걸그룹 달빛소년 멤버 소아와 팬들이 만났다. 소아는 \"고맙다\"고 말했다.")
    assert found.get("소아", (None,))[0] == "멤버"


def test_the_line_up_after_member_is_no_person():
    found = persons("그룹 달빛소년 멤버 교체가 이뤄졌다. 교체는 다음 달 끝난다. 밴드 새벽종 멤버 전원이 참석했다.")
    assert "교체" not in found and "전원" not in found


# -- '파트(배우 분)': the part is no person, the actor is ---------------------------------------
def test_a_part_glossed_with_its_actor_is_no_person_and_the_actor_is():
    body = "드라마는 우체부 한가을(여하나 분)과 그 마을의 의사 문세영(변도준 분)의 이야기를 그린다."
    found = persons(body)
    assert "한가을" not in found and "문세영" not in found
    assert "여하나" in found and "변도준" in found


def test_a_foreign_actor_in_the_gloss_is_a_person():
    found = persons("영화는 탐정 문세영(톰 하디 분)이 범인을 쫓는 이야기다.")
    assert "톰 하디" in found and "문세영" not in found


def test_a_name_glossed_with_another_name_and_no_part_stays_a_person():
    found = persons("가수 마루(한도윤·31)가 새 앨범을 냈다.")
    assert "한도윤" in found


# -- a rarer surname proved by '옹 시장' after '옹하율 순천시장' ---------------------------------
def test_a_fused_post_comes_back_as_the_post_alone():
    body = ("협약식에는 옹하율 순천시장과 여하윤 상인회장 등 30여 명이 참석했다. "
            "옹 시장은 \"시장을 살리겠다\"고 말했다.")
    assert persons(body).get("옹하율", (None,))[0] == "순천시장"


def test_another_post_proves_no_surname():
    body = ("협약식에는 옹하율 순천시장과 여하윤 상인회장 등 30여 명이 참석했다. "
            "옹 의원은 \"시장을 살리겠다\"고 말했다.")
    assert "옹하율" not in persons(body)
