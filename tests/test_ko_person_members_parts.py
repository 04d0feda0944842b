"""Korean persons named by a group and '멤버', actors glossed on their parts ('(X 분)'), and rarer
surnames proved by a later short mention with a fused post shortened ('순천시장' … '탄 시장'); on
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
    assert "바람" not in persons("걸그룹 달빛소년 멤버 바람와 팬들이 만났다.")
    found = persons("걸그룹 달빛소년 멤버 바람와 팬들이 만났다. 바람는 \"고맙다\"고 말했다.")
    assert found.get("바람", (None,))[0] == "멤버"


def test_the_line_up_after_member_is_no_person():
    found = persons("그룹 달빛소년 멤버 교체가 이뤄졌다. 교체는 다음 달 끝난다. 밴드 새벽종 멤버 전원이 참석했다.")
    assert "교체" not in found and "전원" not in found


# -- '파트(배우 분)': the part is no person, the actor is ---------------------------------------
def test_a_part_glossed_with_its_actor_is_no_person_and_the_actor_is():
    body = "드라마는 우체부 한가을(여하나 분)과 그 마을의 의사 문세영(변도준 분)이 함께 사는 마을이 무대다."
    found = persons(body)
    assert "한가을" not in found and "문세영" not in found
    assert "여하나" in found and "변도준" in found


def test_a_foreign_actor_in_the_gloss_is_a_person():
    found = persons("영화는 탐정 문세영(톰 하디 분)이 범인을 쫓는 이야기다.")
    assert "톰 하디" in found and "문세영" not in found


def test_a_name_glossed_with_another_name_and_no_part_stays_a_person():
    found = persons("가수 마루(한도윤·31)가 새 앨범을 냈다.")
    assert "한도윤" in found


# -- a rarer surname proved by '탄 시장' after '탄하율 순천시장' ---------------------------------
def test_a_fused_post_comes_back_as_the_post_alone():
    body = ("협약식에는 탄하율 순천시장과 여하윤 상인회장 등 30여 명이 참석했다. "
            "탄 시장은 \"시장을 살리겠다\"고 말했다.")
    assert persons(body).get("탄하율", (None,))[0] == "순천시장"


def test_another_post_proves_no_surname():
    body = ("협약식에는 탄하율 순천시장과 여하윤 상인회장 등 30여 명이 참석했다. "
            "탄 의원은 \"시장을 살리겠다\"고 말했다.")
    assert "탄하율" not in persons(body)


# -- a noun and a suffix of a thing, a place or an amount, shaped like a name -------------------
def test_a_compound_thing_noun_is_no_korean_name():
    for word in ("조리복", "안내문", "구조물", "연결망", "유학생", "정산액", "강연료", "평균값"):
        assert not person.is_korean_name(word), word


def test_names_ending_so_stay_names():
    for word in ("하태봉", "석태문", "구재봉", "설봉", "이문"):
        assert person.is_korean_name(word), word


def test_a_post_then_the_comitative_and_a_particle_is_split_at_the_post():
    body = ("위원장 변도식(63)씨는 회의를 마치고 \"일정을 앞당기겠다\"고 밝혔다. 상가를 운영하는 변하윤(41)씨는 "
            "\"다음 달에는 문을 열고 싶다\"고 했다. 그는 변 위원장과는 같은 고향 출신이다.")
    found, mentions = person.find(body, Context(None))
    assert [m.kind for m in mentions if m.person == "변도식"] == ["full", "short"]
