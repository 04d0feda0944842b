"""Round 61 (helper h61s): the person rules ask their cheap tests first; every answer must stay what it was.

Rewrites that change no rule: `name_candidate` tests a word's not-a-name endings with two tuple tests instead of
listing every ending it matches; `titled_pair` looks at the joining particle before anything else; `given_names`
asks whether a word is a given name before scanning the mentions found; `unglued` looks for a Latin gloss only in a
word with '('; `foreign_names` asks `foreign_word` once a word and its given-name tests only before a foreign word;
`listed_after_role` and `role_framed_names` ask the role before a word only where a list or a later `<word> <role>`
can follow. Each is checked on sentences written for these tests, with invented names, positive and negative.
"""

from __future__ import annotations

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body: str) -> dict[str, person.Person]:
    found, _ = person.find(body, Context(None, title=None))
    return {p.name: p for p in found}


def given_names_alone(body: str, before: tuple[str, ...] = ()) -> dict[str, str]:
    """The persons `given_names` adds, run on its own after the rules named in `before`."""
    f = person.Finder(body, Context(None, title=None))
    for rule in before:
        getattr(f, rule)()
    known = set(f.persons)
    f.given_names()
    return {n: p.found_by for n, p in f.persons.items() if n not in known}


# -- name_candidate: the long endings ------------------------------------------------------------------------------------
@pytest.mark.parametrize("ending", person.CANDIDATE_NOT_NAME_ENDINGS)
def test_long_endings_answer_as_the_list_of_matched_endings(ending: str) -> None:
    word = "나라" + ending
    matched = [e for e in person.CANDIDATE_NOT_NAME_ENDINGS if word.endswith(e)]
    assert word.endswith(person.LONG_CANDIDATE_NOT_NAME_ENDINGS) == any(len(e) > 1 for e in matched)


def test_long_endings_hold_no_single_syllable() -> None:
    assert person.LONG_CANDIDATE_NOT_NAME_ENDINGS
    assert all(len(e) > 1 for e in person.LONG_CANDIDATE_NOT_NAME_ENDINGS)
    assert set(person.LONG_CANDIDATE_NOT_NAME_ENDINGS) < set(person.CANDIDATE_NOT_NAME_ENDINGS)


# -- titled_pair ---------------------------------------------------------------------------------------------------------
def test_titled_pair_joined_by_gwa_names_the_first() -> None:
    found = persons("표단 의원과 하서란 의원이 법안을 함께 발의했다. 하서란 의원은 \"서두르겠다\"고 말했다.")
    assert found["표단"].title == "의원" and found["표단"].found_by == "titled_pair"
    assert found["하서란"].title == "의원"


def test_titled_pair_without_a_joining_particle_names_nobody() -> None:
    found = persons("표단 의원은 하서란 의원이 낸 법안을 두고 반대했다. 하서란 의원은 \"서두르겠다\"고 말했다.")
    assert "표단" not in found
    assert found["하서란"].title == "의원"


# -- given_names ---------------------------------------------------------------------------------------------------------
def test_a_common_given_name_opens_a_foreign_name() -> None:
    assert given_names_alone("올리비아 벨로스는 \"좋은 경기였다\"고 말했다.") == {"올리비아 벨로스": "given_name"}


def test_an_initial_marks_a_given_name() -> None:
    assert given_names_alone("마틸드 R. 뒤마레는 \"좋은 경기였다\"고 말했다.") == {"마틸드 R. 뒤마레": "given_name"}


def test_a_given_name_inside_a_name_found_opens_none() -> None:
    body = "세라핀 다비드 벨로스 통상부 장관은 \"협상을 서두르겠다\"고 말했다."
    assert given_names_alone(body) == {"다비드 벨로스": "given_name"}  # alone, the given name opens a name
    assert given_names_alone(body, ("foreign_names",)) == {}  # inside the name found first, it does not


def test_a_plain_word_opens_no_foreign_name() -> None:
    assert given_names_alone("시민들은 광장에서 \"좋은 경기였다\"고 말했다.") == {}


# -- unglued: a Latin gloss ----------------------------------------------------------------------------------------------
def test_a_latin_gloss_after_a_name_is_its_club() -> None:
    found = persons("주장 표준혁(FCB)은 결승골을 넣었다.")
    assert found["표준혁"].title == "주장" and found["표준혁"].organization == "FCB"


def test_a_name_without_a_gloss_keeps_no_club() -> None:
    found = persons("주장 표준혁은 결승골을 넣었다.")
    assert found["표준혁"].title == "주장" and found["표준혁"].organization is None


# -- foreign_names: foreign_word asked once a word, the given-name tests only before a foreign word ----------------------
def test_a_foreign_name_before_a_country_and_a_post() -> None:
    found = persons("잭 벨로스턴 미국 대통령은 이날 성명을 냈다.")
    assert found["잭 벨로스턴"].title == "대통령" and found["잭 벨로스턴"].organization == "미국"


def test_a_japanese_surname_shaped_as_a_korean_name_then_a_given_name() -> None:
    found = persons("기무라 다카시 이사는 이날 계획을 발표했다.")
    assert "기무라 다카시" in found and found["기무라 다카시"].title == "이사"
    assert "기무라" not in found


def test_korean_words_open_no_foreign_name() -> None:
    assert persons("시민들은 이날 광장에서 계획을 발표했다.") == {}


# -- listed_after_role: the role asked only where a list can follow -----------------------------------------------------
def test_a_role_before_a_list_is_every_names() -> None:
    found = persons("배우 하세린, 봉준우, 윤가을이 무대에 올랐다. 하세린은 \"떨린다\"고 말했다.")
    assert all(found[n].title == "배우" for n in ("하세린", "봉준우", "윤가을"))


def test_a_role_before_one_name_is_not_the_next_sentences_names() -> None:
    found = persons("배우 하세린은 무대에 올랐다. 봉준우와 윤가을은 객석에 있었다.")
    assert found["하세린"].title == "배우"
    assert found["봉준우"].title is None and found["윤가을"].title is None


# -- role_framed_names: the role asked only of a word the article writes before a role or 씨 -----------------------------
def test_a_word_between_two_roles_is_a_pen_name() -> None:
    found = persons("웹툰 작가 솔잎도 행사에 나왔다. 솔잎 작가는 \"즐겁다\"고 말했다.")
    assert found["솔잎"].found_by == "role_framed" and found["솔잎"].title == "웹툰 작가"


def test_a_word_after_a_role_only_is_no_name() -> None:
    assert "솔잎" not in persons("웹툰 작가 솔잎도 행사에 나왔다. 그는 \"즐겁다\"고 말했다.")
