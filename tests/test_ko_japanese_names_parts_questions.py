"""Japanese names written family name first before a body and a post, a part an actor plays named again later, and a
question clause before a pronoun. Invented names and sentences; negative rows are look-alikes."""

import pytest

from builder.rules import Context
from builder.rules.ko import person
from ko_quote_helpers import speakers


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


SAID = ' "내년에도 비슷한 추세가 계속될 것"이라고 말했다.'


# A surname in 와 (沢, 川) that Kiwi cuts as a noun and '와', then a given name shaped as a Korean one, a body (maybe
# glossed) and its post; and a surname Kiwi reads as a determiner and a noun ('이' + '토').
@pytest.mark.parametrize("body, name, title, org", [
    ("가나자와 신야 누리상사 사장은" + SAID, "가나자와 신야", "사장", "누리상사"),
    ("아이자와 신지 가람은행(GB) 총재는" + SAID, "아이자와 신지", "총재", "가람은행(GB)"),
    ("여울증권의 이토 하야토 애널리스트는" + SAID, "이토 하야토", "애널리스트", "여울증권"),
    ("여울증권 이토 하야토 수석 이코노미스트는" + SAID, "이토 하야토", "수석 이코노미스트", "여울증권"),
])
def test_a_japanese_name_family_name_first_before_a_body_and_a_post(body, name, title, org):
    found = persons(body)
    assert found.get(name) == (title, org), found
    assert len(found) == 1, found  # no second person made of the given name and the body


# A given name shaped as a Korean one after a three-syllable word ending as Japanese surnames do, before 'former' and
# a post taking the object particle.
@pytest.mark.parametrize("body, name, title", [
    ("누리당 선거에서 다케다 신지 전 재무상을 제치고 당선됐다.", "다케다 신지", "전 재무상"),
    ("여울당 선거에서 이시다 겐지 전 방위상을 제치고 당선됐다.", "이시다 겐지", "전 방위상"),
])
def test_a_japanese_name_before_former_and_a_post(body, name, title):
    assert persons(body) == {name: (title, None)}


@pytest.mark.parametrize("body, names", [
    ("변서안 행정부지사와 편예담 경제부지사가 자리했다.", {"변서안", "편예담"}),  # a post before 와, then a name
    ("이 토지는 여울시 소유다.", set()),  # a determiner and its noun, spaced
])
def test_look_alikes_of_japanese_names_stay_apart(body, names):
    assert set(persons(body)) == names


# A part named as one ('X 역을 맡았다') is no person of the article when the article names it again.
def test_a_part_named_again_is_no_person():
    body = "배우 우다겸이 사채업자 편예담 역을 맡았다. 편예담을 쫓는 형사 노하린 역은 가수 석민아가 맡았다."
    found = persons(body)
    assert "편예담" not in found and "노하린" not in found
    assert {"우다겸", "석민아"} <= set(found)


def test_a_person_never_named_as_a_part_stays_a_person():
    body = "배우 우다겸이 편예담 역을 맡았다. 연출가 석민아는" + SAID
    assert "석민아" in persons(body)


# '… 묻자 그는 "…"': with no one named as asking or asked, the reporter asked the person the story follows.
FOLLOWED = '목수 우다겸(58)은 "나무는 정직하다"고 말했다.\n그는 "손이 먼저 안다"고 덧붙였다.\n'
SIDE = '공방을 운영하는 편예담 대표는 "그의 의자는 오래간다"고 설명했다.\n'


def test_a_question_then_a_pronoun_is_the_followed_person():
    body = FOLLOWED + SIDE + '작업을 마치며 다음 목표를 묻자 그는 "의자 백 개를 더 만들겠다"며 웃었다.'
    assert dict((t, s) for s, t in speakers(body))["의자 백 개를 더 만들겠다"] == "우다겸"


def test_a_pronoun_no_question_precedes_is_the_last_subject():
    body = FOLLOWED + SIDE + '그는 "의자 백 개를 더 만들겠다"며 웃었다.'
    assert dict((t, s) for s, t in speakers(body))["의자 백 개를 더 만들겠다"] == "편예담"


def test_a_question_with_no_followed_person_keeps_the_last_subject():
    body = '목수 우다겸(58)은 "나무는 정직하다"고 말했다.\n' + SIDE + '다음 목표를 묻자 그는 "의자 백 개를 더 만들겠다"며 웃었다.'
    assert dict((t, s) for s, t in speakers(body))["의자 백 개를 더 만들겠다"] == "편예담"
