"""Round 59: word tests the person rules ask again and again are cached; a cached answer must be the plain one.

`title_of` and `chinese_shaped` are pure functions of the word (module tables only). Each is checked against the
function under its cache (`__wrapped__`) on titles, compounds, recursions (acting posts, a Latin place glued to a
post) and words that are none, asked twice so the second answer comes from the cache.
"""

from __future__ import annotations

import pytest

from builder.rules.ko import person

TITLE_WORDS = [
    "사장", "대표이사", "감독대행", "사장직무대행", "경제부지사", "행정부시장", "별빛야시장", "가람내과의원",
    "NY한인회장", "교수-", "의원(전)", "수석코치", "바람", "나무", "솔마루", "", "가", "CEO", "3급", "청장",
]
CHINESE_WORDS = ["탕쉐펑", "쑨옌칭", "왕웨이", "김하늘", "쑨자오웨이", "왕", "탕쉐펑청", "장위원회"]


@pytest.mark.parametrize("word", TITLE_WORDS)
def test_title_of_cached_equals_plain(word: str) -> None:
    plain = person.title_of.__wrapped__(word)
    assert person.title_of(word) == plain
    assert person.title_of(word) == plain  # the second answer is the cache's


def test_title_of_answers_are_real() -> None:
    assert person.title_of("감독대행") == ("감독대행", None)  # the post held in acting, by recursion
    assert person.title_of("별빛야시장") is None  # a market, no mayor
    assert person.title_of("바람") is None


def test_title_of_second_call_is_a_cache_hit() -> None:
    word = "가온나루부시장"
    person.title_of(word)
    hits = person.title_of.cache_info().hits
    assert person.title_of(word) == person.title_of.__wrapped__(word)
    assert person.title_of.cache_info().hits == hits + 1


@pytest.mark.parametrize("word", CHINESE_WORDS)
@pytest.mark.parametrize("longest_given", [2, 3, 4])
def test_chinese_shaped_cached_equals_plain(word: str, longest_given: int) -> None:
    plain = person.chinese_shaped.__wrapped__(word, longest_given)
    assert person.chinese_shaped(word, longest_given) == plain
    assert person.chinese_shaped(word, longest_given) == plain


def test_chinese_shaped_answers_are_real() -> None:
    assert person.chinese_shaped("탕쉐펑")
    assert not person.chinese_shaped("김하늘")
    assert not person.chinese_shaped("쑨자오웨이")  # four syllables of given name only where allowed
    assert person.chinese_shaped("쑨자오웨이", 4)
