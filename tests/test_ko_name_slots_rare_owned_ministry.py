"""Slots that prove a name whatever the dictionary makes of it: a rarer surname opening 'X BODY POST은'; a name between
a firm written after its kind with 의 and a post ('출판사 X의 Y 편집자는'), the firm kept however it ends; a one-word
foreign name before its country, a ministry and a post ('X 베트남 외교부 장관과'); a credit line's firm is no role of
the name opening the next line. Invented sentences and names."""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


# a rarer surname (탄, 판), two syllables, then a body and its post with a particle, opening the clause
RARE_SURNAME_BEFORE_BODY_AND_POST = [
    ('탄하율 가람지방기상청 예보관은 "눈이 그치겠다"고 말했다.', "탄하율", "예보관", "가람지방기상청"),
    ('이날 판서윤 미르내시 체육회장도 "작은 대회"라고 밝혔다.', "판서윤", "체육회장", "미르내시"),
]


@pytest.mark.parametrize("body,name,title,org", RARE_SURNAME_BEFORE_BODY_AND_POST)
def test_a_rare_surnamed_word_before_a_body_and_a_post_is_its_holder(body, name, title, org):
    assert persons(body).get(name) == (title, org)


def test_a_dictionary_word_of_a_rare_surname_syllable_is_no_name():
    assert persons("단열재 가람건설 대표는 말했다.") == {}


# a kind of firm, its name with 의, a name Kiwi cuts into nouns and a particle (반/하오/ᆫ), then an occupation or a post
OWNED_NAME_BEFORE_POST = [
    ('출판사 솔빛서가의 반하온 편집자는 "바로 출간했다"고 전했다.', "반하온", "편집자", "솔빛서가"),
    ('유통업체 다온상가의 반하온 물류본부장은 "좋다"고 말했다.', "반하온", "물류본부장", "다온상가"),
]


@pytest.mark.parametrize("body,name,title,org", OWNED_NAME_BEFORE_POST)
def test_a_name_after_a_firm_named_with_its_kind_holds_the_post_there(body, name, title, org):
    assert persons(body).get(name) == (title, org)


def test_a_firm_without_its_kind_ending_like_an_occupation_is_no_body():
    # '…서가' ends as '작가' does: only the kind written before it ('출판사') makes it a firm's name
    assert persons('솔빛서가의 반하온 대표는 "좋다"고 말했다.').get("반하온") == ("대표", None)


def test_a_credit_line_is_no_role_of_the_next_line():
    found = persons("소설가 반하온. 솔빛서가 제공\n소설가 반하온이 책을 펴냈다.")
    assert found.get("반하온") == ("소설가", None)


# a foreign name of one word, its country, the country's ministry and any post of it
FOREIGN_MINISTRY_POSTS = [
    ("전날 하노이에서 응우옌떤중 베트남 외교부 장관과 회담했다.", "응우옌떤중", "장관", "베트남 외교부"),
    ('응우옌반안 베트남 재무부 차관은 "협력하겠다"고 말했다.', "응우옌반안", "차관", "베트남 재무부"),
]


@pytest.mark.parametrize("body,name,title,org", FOREIGN_MINISTRY_POSTS)
def test_a_foreign_name_before_its_country_and_ministry_holds_the_post_there(body, name, title, org):
    assert persons(body).get(name) == (title, org)


def test_a_ministry_building_after_a_city_is_no_person():
    assert persons("이날 하노이 베트남 외교부 청사에서 회담이 열렸다.") == {}
