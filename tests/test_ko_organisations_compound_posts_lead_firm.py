"""Korean organisations of round 47: the body before a name whose post is a compound the title table lacks, a firm's
name ending in a syllable read as the particle 로, the officers of the one firm a story's lead is about, and words that
open a sentence or give a date taken as a body; on sentences written for these tests, each kind with its negative."""

import pytest

from builder.rules import Context
from builder.rules.ko import affiliation, person

SAID = " \"내년에는 더 나아질 것\"이라고 말했다."


def persons(body: str, title: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    found, _ = person.find(body, Context(None, title=title))
    return {p.name: (p.title, p.organization) for p in found}


# -- 'KIND BODY X 평가이사': a compound post after a name keeps the body before the name ---------------
@pytest.mark.parametrize("before, post, org", [
    ("입시업체 다온에듀", "평가이사", "입시업체 다온에듀"),
    ("다온에듀", "평가이사", "다온에듀"),
    ("컨설팅업체 솔빛파트너스", "전략이사", "컨설팅업체 솔빛파트너스"),
])
def test_a_compound_post_after_a_name_keeps_the_body_before_it(before, post, org):
    found = persons(f"{before} 하서준 {post}는" + SAID)
    assert found["하서준"] == (post, org)


def test_a_body_named_like_a_post_after_a_district_is_no_person():
    assert persons("연구팀은 다음 달 대전 유성구 누리우주연구원 대강당에서 결과를 발표한다.") == {}


def test_a_compound_post_with_no_name_before_it_makes_no_person():
    assert persons("회사는 신규 사업 총괄이사를 뽑았다.") == {}


# -- '설비업체 가람하이드로와 …. 가람하이드로 X 대표': a firm whose name ends as the particle 로 ----------
def test_a_firm_named_after_its_kind_whose_name_ends_in_ro_is_the_heads_body():
    found = persons("연구팀은 설비업체 가람하이드로와 함께 시제품을 만든다. 가람하이드로 하서준 대표는" + SAID)
    assert found["하서준"] == ("대표", "가람하이드로")


def test_a_word_ending_in_ro_never_introduced_as_a_firm_is_no_body():
    found = persons("연구팀은 설비업체 가람하이드로와 함께 시제품을 만든다. 버스로 하서준 대표는" + SAID)
    assert found["하서준"][1] is None


# -- the lead's one firm: its officers with no body beside them -----------------------------------
LEAD = ("석유화학 업체 가람소재가 신임 대표이사에 하서준(56) 부사장을 내정했다. 임원 수도 줄였다.\n\n"
        "6년간 회사를 이끈 도무결 사장은 고문을 맡는다. 도 사장은 \"새 경영진이 더 잘할 것\"이라고 말했다.\n\n"
        "증권가는 이번 인사를 신호로 읽었다. 누리투자증권 봉다올 연구원은 \"속도를 낼 것\"이라고 분석했다.")


def test_officers_of_the_firm_the_lead_is_about_are_at_that_firm():
    found = persons(LEAD)
    assert found["하서준"] == ("부사장", "가람소재")
    assert found["도무결"] == ("사장", "가람소재")  # not from the lead alone (a shop's owner is a 사장 too): '회사를 이끈'
    assert found["봉다올"] == ("연구원", "누리투자증권")


def test_a_shop_owner_in_a_story_about_a_firm_is_not_at_the_firm():
    found = persons("외식 업체 가람푸드가 가맹점을 늘린다. 가맹점 사장 하서준(45)씨는 \"매출이 늘었다\"고 말했다.")
    assert found["하서준"][1] is None


def test_a_lead_about_an_industry_gives_no_firm():
    found = persons(LEAD.replace("석유화학 업체 가람소재가", "석유화학 업계가"))
    assert found["하서준"][1] is None


def test_a_second_firm_introduced_by_its_kind_leaves_the_officers_without_one():
    found = persons(LEAD.replace("증권가는 이번 인사를 신호로 읽었다.", "경쟁 업체 누리화학도 인사를 했다."))
    assert found["하서준"][1] is None
    assert affiliation.lead_firm("석유화학 업체 가람소재가 인사를 했다. 경쟁 업체 누리화학도 인사를 했다.", set()) is None
    assert affiliation.lead_firm("석유화학 업체 가람소재가 인사를 했다. 회사는 설명했다.", set()) == "가람소재"


# -- a connective or a date read as a body; a resident's noun after a place -----------------------
def test_a_connective_opening_the_sentence_is_no_word_of_the_body():
    found = persons("반면 마을회관 회장을 맡고 있는 하서준(71) 씨는 \"좋다\"고 말했다.")
    assert found["하서준"] == ("회장", "마을회관")


def test_a_year_before_a_post_is_no_body():
    found = persons("그는 2021년 최고기술책임자인 하서준 이사와 함께 회사를 세웠다.")
    assert found["하서준"][1] is None
    assert affiliation.without_openers("2021년") is None
    assert affiliation.without_openers("2021년 가람물산") == "2021년 가람물산"
    assert affiliation.without_openers("한편 가람물산") == "가람물산"
    assert affiliation.without_openers("삼십대") is None
    assert affiliation.without_openers("십대들") == "십대들"


@pytest.mark.parametrize("place, noun", [("가람시", "토박이"), ("새터동", "직장인")])
def test_a_resident_of_a_place_has_no_body(place, noun):
    found = persons(f"{place} {noun} 하서준(63)씨는 \"좋다\"고 말했다.")
    assert found["하서준"] == (noun, None)


def test_a_worker_of_a_firm_keeps_the_firm():
    found = persons("가람물산 직장인 하서준(34)씨는 \"좋다\"고 말했다.")
    assert found["하서준"] == ("직장인", "가람물산")


# -- '수석부지회장': the first deputy of the one 지회 the article names --------------------------------
def test_a_first_deputy_of_a_branch_is_of_the_one_branch_named():
    found = persons("가람조선하청지회는 12일 파업에 들어갔다. 협상을 맡은 하서준 수석부지회장은 \"못 미친다\"고 했다.")
    assert found["하서준"] == ("수석부지회장", "가람조선하청지회")
    assert affiliation.deputised_post("수석부지회장") == "지회장"


def test_a_first_deputy_with_two_branches_named_has_no_body():
    found = persons("가람조선하청지회와 솔내중공업지회는 파업에 들어갔다. 하서준 수석부지회장은 \"못 미친다\"고 했다.")
    assert found["하서준"] == ("수석부지회장", None)
    assert affiliation.glued_head_body("가람병원장") == "가람병원"


# -- '영화제 X 프로그래머': a festival or a museum named once, then by its kind alone ------------------
@pytest.mark.parametrize("body, org", [
    ("제5회 솔뫼국제영화제가 28일 개막했다. 영화제 하서준 수석프로그래머는 \"신인이 많다\"고 말했다.", "솔뫼국제영화제"),
    ("가람시립미술관은 새 전시를 연다. 미술관 하서준 학예연구사는 \"작품이 많다\"고 말했다.", "가람시립미술관"),
])
def test_a_kind_word_before_a_name_points_back_to_the_body_of_that_kind(body, org):
    assert persons(body)["하서준"][1] == org


def test_a_kind_word_with_two_bodies_of_the_kind_points_to_neither():
    found = persons("솔뫼국제영화제와 가람단편영화제가 잇따라 열린다. 영화제 하서준 수석프로그래머는 \"신인이 많다\"고 말했다.")
    assert found["하서준"][1] not in ("솔뫼국제영화제", "가람단편영화제")
