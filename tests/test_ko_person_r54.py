"""Round 54 (helper h54p), on sentences written for these tests: a school's short name and a grade before a teacher's
post, a pupil after a school year, a part named by a surname and a post, a rare surname before a local post fused
with its place, an orchestra's coined name, and a private group pointed back to by '이 단체' / '같은 단체'.

Each kind has its positive and its negative.
"""

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


# -- a school, the teacher's name, a grade, then the post -----------------------------------------------------------
SCHOOL = ("기말고사가 다음 주로 다가왔다.\n\n"
          "가람 솔빛고 도예린 2학년 담임교사는 \"잠을 충분히 자라\"고 말했다.\n\n"
          "같은 학교 2학년 기하온 학생은 \"문제집을 다시 풀겠다\"고 했다.")


def test_a_grade_between_the_name_and_the_post_is_part_of_the_title():
    found = persons(SCHOOL)
    assert "도예린" in found
    assert found["도예린"].title == "2학년 담임교사"
    assert "솔빛고" in (found["도예린"].organization or "")
    assert not any("솔빛고" in name for name in found)


def test_a_pupil_after_a_school_year_is_found_with_the_school_pointed_back_to():
    found = persons(SCHOOL)
    assert found["기하온"].title == "학생"
    assert "솔빛고" in (found["기하온"].organization or "")


def test_a_pupil_after_a_school_and_a_class_gets_the_school():
    found = persons("합창대회가 열렸다.\n\n새빛중 3학년 2반 여도겸 학생이 독창을 맡았다.")
    assert found["여도겸"].title == "학생"
    assert found["여도겸"].organization == "새빛중"


def test_a_school_s_pupils_with_no_year_make_no_person():
    found = persons("합창대회가 열렸다.\n\n새빛중 학생 대표단이 독창을 맡았다.")
    assert not any(name.startswith("새빛") for name in found)


# -- a part named by a surname and a post ---------------------------------------------------------------------------
PLAY = ("연극 '바다의 등대'가 막을 올렸다.\n\n"
        "연구소장 민 박사 역의 배우 구다온은 \"바다 냄새가 나는 무대\"라고 말했다.")


def test_a_surname_and_a_post_before_a_part_noun_is_no_person():
    found = persons(PLAY)
    assert "구다온" in found
    assert "민" not in found
    assert not any(p.title == "박사" for p in found.values())


def test_a_post_s_role_in_a_real_sentence_is_still_a_person():
    found = persons("예산안이 통과됐다.\n\n반하결 의원 역시 \"다행\"이라고 말했다.")
    assert found["반하결"].title == "의원"


# -- a rare surname before a fused local post -----------------------------------------------------------------------
def test_a_rare_surname_opening_a_sentence_before_a_fused_county_post_is_a_name():
    found = persons("솔매군이 벚꽃 축제를 연다.\n\n탄지호 솔매군수는 \"준비를 마쳤다\"고 말했다.")
    assert "탄지호" in found
    assert found["탄지호"].organization == "솔매군"


def test_a_rare_surname_word_not_before_a_post_is_no_name():
    found = persons("솔매군이 벚꽃 축제를 연다.\n\n탄지호 솔매군에서 \"준비를 마쳤다\"고 말했다.")
    assert "탄지호" not in found


# -- an orchestra's coined name after its town ----------------------------------------------------------------------
def test_an_orchestra_s_coined_name_after_a_foreign_town_is_no_person():
    body = ("오스트리아 그라츠 무어필하모닉이 내한했다.\n\n"
            "무어필하모닉은 상임지휘자 파트리크 엥겔의 지휘로 말러를 연주했다.")
    found = persons(body)
    assert not any(name.endswith("필하모닉") for name in found)
    assert "파트리크 엥겔" in found


# -- '이 단체', '같은 단체': the group named before, not the city the story is about ----------------------------------
GROUP = ("가람시의 하천 정비를 두고 시민들이 반대 목소리를 내고 있다.\n\n"
         "솔내강지킴이모임은 9일 가람시청 앞에서 기자회견을 열고 \"계획을 철회하라\"고 촉구했다.\n\n"
         "가람시는 지난달 하천 둔치를 주차장으로 바꾸는 안을 내놨다.\n\n"
         "이 단체 모다솔 공동대표는 \"순서가 틀렸다\"고 비판했다.\n\n"
         "같은 단체 예하준 사무국장은 자체 수질 측정치를 내보였다.")


def test_a_group_pointed_back_to_is_the_group_named_before_not_the_city():
    found = persons(GROUP)
    assert found["모다솔"].organization == "솔내강지킴이모임"
    assert found["예하준"].organization == "솔내강지킴이모임"


def test_a_city_is_never_the_group_pointed_back_to():
    body = GROUP.replace("솔내강지킴이모임은 9일 가람시청 앞에서 기자회견을 열고 \"계획을 철회하라\"고 촉구했다.\n\n", "")
    found = persons(body)
    assert found["모다솔"].organization != "가람시"
    assert found["예하준"].organization != "가람시"


# -- an orchestra's post with no body beside the name: the story's one ensemble --------------------------------------
ORCHESTRA = ("가람필하모닉오케스트라가 창단 20주년 기념 무대를 준비하고 있다.\n\n"
             "가람필하모닉은 오는 가을 세 차례 정기공연을 연다. 상임지휘자 마티아스 호른베커가 이번 무대를 이끈다.\n\n"
             "협연은 피아니스트 도하율이 맡는다.")


def test_a_conductor_with_no_body_gets_the_story_s_one_orchestra():
    found = persons(ORCHESTRA)
    assert "가람필하모닉" in (found["마티아스 호른베커"].organization or "")


def test_a_soloist_gets_no_orchestra():
    assert persons(ORCHESTRA)["도하율"].organization is None


def test_two_orchestras_give_the_conductor_none():
    body = ORCHESTRA + "\n\n같은 달 누리시립교향악단도 유럽 무대에 선다."
    assert persons(body)["마티아스 호른베커"].organization is None


def test_a_rare_surname_in_a_list_of_guests_needs_a_later_mention():
    found = persons("기념식에는 탄지호 솔매군수와 주민 40여 명이 참석했다. 탄 의원은 \"반갑다\"고 말했다.")
    assert "탄지호" not in found
