"""Korean persons, round 49: bodies written before a post that the morphology does not read as a name.

- A performing company written by its kind and its name ('극단 솔새 대표 X'): the word after the kind is the company's
  name even when it is a common noun ('극단 달빛'), so the company is the body of the post. The kind alone ('극단 대표
  X') names no company.
- An epithet between a club and a player's post ('가람 신인 공격수 X(19)') says what the player is in the story and
  names no body: the club before it is still the player's.

Every sentence, body and name is invented for the test.
"""

from __future__ import annotations

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body: str) -> dict[str, tuple[str | None, str | None]]:
    found, _ = person.find(body, Context("2025-06-11T09:00:00+09:00"))
    return {p.name: (p.title, p.organization) for p in found}


@pytest.mark.parametrize("body, name, org", [
    ("극단 달빛 대표 나도윤이 연출을 맡았다.", "나도윤", "극단 달빛"),
    ("이번 무대는 극단 햇살 대표 여태온이 직접 연출했다.", "여태온", "극단 햇살"),
    ("극단 나무그늘 대표 여태온이 연출을 맡았다.", "여태온", "극단 나무그늘"),
])
def test_a_troupe_named_by_a_common_noun_is_the_body_of_the_post(body: str, name: str, org: str) -> None:
    assert persons(body)[name] == ("대표", org)


def test_a_troupe_kind_alone_names_no_body() -> None:
    assert persons("극단 대표 나도윤이 연출을 맡았다.")["나도윤"] == ("대표", None)


def test_an_epithet_between_club_and_post_keeps_the_club() -> None:
    body = "가람FC는 10일 경기에서 이겼다. 가람 신인 공격수 나도윤(19)이 결승골을 넣었다."
    assert persons(body)["나도윤"] == ("공격수", "가람")


@pytest.mark.parametrize("body", [
    "오늘 신인 공격수 나도윤(19)이 결승골을 넣었다.",
    "프로축구 신인 공격수 나도윤(19)이 결승골을 넣었다.",  # a sport, not a club written by its short name
])
def test_an_epithet_with_no_club_before_it_gives_none(body: str) -> None:
    assert persons(body)["나도윤"] == ("공격수", None)


# -- a discipline written with 과 before a name is a department, not a name joined by 'and' -----------------------------
@pytest.mark.parametrize("body, name", [
    ("총장 선거에서는 기계공학과 나도윤(59) 교수가 1순위에 올랐다.", "나도윤"),
    ("총장 선거에서는 기계공학과 나도윤(59) 교수가 1순위에 올랐다. 나 교수는 \"고맙다\"고 말했다.", "나도윤"),
])
def test_a_discipline_with_gwa_before_a_name_is_no_person(body: str, name: str) -> None:
    found = persons(body)
    assert set(found) == {name}
    assert found[name] == ("교수", "기계공학과")


def test_a_person_joined_by_gwa_to_another_is_still_found() -> None:
    found = persons("배우 나도윤(31)과 여태온(29)이 주연을 맡았다. 나도윤은 \"설렌다\"고 말했다.")
    assert {"나도윤", "여태온"} <= set(found)
