"""A Korean name written bare before a body and a post ('X 가람과기대 총장도'), whatever the dictionary makes of the
given name; no name cut out of a word whose last syllable only looks like a particle ('…마을'); a group named in single
quotes before a name and its post is the person's organisation. Invented sentences and names."""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


# given names the dictionary reads as a common noun (수련) or as a noun and a rate's suffix (상률), before a body
# (a school, a festival, a city's council) and a post with 도, 은, 만 or 까지
NAME_BODY_POST = [
    ('채수련 가람과기대 총장도 "좋은 기회"라고 말했다.', "채수련", "총장", "가람과기대"),
    ('이날 채수련 가람과기대 총장은 "좋은 기회"라고 말했다.', "채수련", "총장", "가람과기대"),
    ('지상률 물결바다영화제 사무국장은 "관객이 늘었다"고 밝혔다.', "지상률", "사무국장", "물결바다영화제"),
    ('지상률 물결바다영화제 집행위원장만 "관객이 늘었다"고 밝혔다.', "지상률", "집행위원장", "물결바다영화제"),
    ('김수련 솔내시 체육회장까지 "작은 대회"라고 밝혔다.', "김수련", "체육회장", "솔내시"),
]


@pytest.mark.parametrize("body,name,title,org", NAME_BODY_POST)
def test_a_bare_name_before_a_body_and_a_post_is_the_holder(body, name, title, org):
    assert persons(body).get(name) == (title, org)


NO_NAME_BEFORE_BODY = [
    "지역민 가람대 총장은 말했다.",  # a word the dictionary knows whole
    "정부는 가람대 총장을 임명했다.",
    "가람시는 이번 영화제 위원장을 뽑았다.",  # a common noun between, no body's name
]


@pytest.mark.parametrize("body", NO_NAME_BEFORE_BODY)
def test_no_name_without_a_name_shaped_bare_word(body):
    assert persons(body) == {}


# a noun with the copula or a verb's form before a titled name: the clause's, never a name of its own
INFLECTED_BEFORE_NAME = [
    ("그의 제자인 하소율 가람대 교수는 말했다.", "제자인", "하소율"),
    ("회장의 장남인 하소율 솔내홀딩스 부회장은 말했다.", "장남인", "하소율"),
    ("2년을 기다린 하소율 가람 주민대책위원회 위원장도 말했다.", "기다린", "하소율"),
]


@pytest.mark.parametrize("body,word,name", INFLECTED_BEFORE_NAME)
def test_an_inflected_word_before_a_titled_name_is_no_person(body, word, name):
    found = persons(body)
    assert word not in found and name in found


def test_a_word_ending_open_before_eul_is_whole_not_a_name_and_a_particle():
    assert persons("솔내마을 3단지 주민들이 4일 총회를 열었다.") == {}
    assert "김하늘" in persons("김하늘을 만났다.")  # a closed syllable takes 을: a name and its particle


def test_a_group_in_single_quotes_before_the_name_is_its_organisation():
    found = persons("피해자 단체인 '가람천 살리기 모임' 하소율 대표는 \"끝까지 싸우겠다\"고 말했다.")
    assert found.get("하소율") == ("대표", "가람천 살리기 모임")
    found = persons("'솔빛 학부모 연대' 하소율 공동대표는 말했다.")
    assert found.get("하소율") == ("공동대표", "솔빛 학부모 연대")


def test_a_quoted_work_before_the_name_is_no_organisation():
    assert persons("노래 '봄날' 하소율 대표가 불렀다.").get("하소율") == ("대표", None)
