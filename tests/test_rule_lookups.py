"""The fast lookups the rules use give the answers of the plain ones they replace."""

from __future__ import annotations

import pytest

from builder.rules.ko import morph, person
from builder.rules.ko.text import inside_any, inside, tokenize
from builder.rules.tables import Endings


def test_endings_all_keeps_the_rest_within_bounds():
    ends = Endings(["장관", "부장관", "관"])
    assert ends.all("외교부장관", 1, 3) == ["부장관", "장관"]  # '관' would leave four before it
    assert ends.all("장관", 1, 3) == ["관"]  # '장관' itself leaves nothing before it
    assert ends.all("관", 1, 3) == []
    assert ends.all("외교부장관") == ["부장관", "장관", "관"]


@pytest.mark.parametrize("word", ["외교부장관", "상원의원", "2루주자", "3루심", "주자", "정부", "원내수석부대표", "대표님"])
def test_title_and_occupation_lookups_match_trying_every_ending(word):
    plain_noun = word in person.PERSON_NOUNS or any(
        word.endswith(n) and 1 <= len(word) - len(n) <= 3 for n in person.PERSON_NOUNS if len(n) >= 2)
    assert person.is_person_noun.__wrapped__(word) == plain_noun
    bare = word.removesuffix("님")
    plain_suffix = any(bare.endswith(t) and 1 <= len(bare) - len(t) <= 8 for t in person.TITLE_SUFFIXES)
    assert bool(person.TITLE_SUFFIX_ENDINGS.all(bare, 1, 8)) == plain_suffix


def test_quotation_test_by_bisection_matches_the_scan():
    spans = sorted([(2, 10), (4, 6), (12, 30), (13, 14), (40, 41)])  # nested and separate spans
    quoted = inside_any(spans)
    assert [p for p in range(45) if quoted(p)] == [p for p in range(45) if inside(spans, p)]
    assert not inside_any([])(0)


def test_words_inside_quotations_are_marked():
    body = '김철수 장관은 “정부는 준비됐다”고 말했다. 그는 "다음 주에 발표한다"고 덧붙였다.'
    marked = {t.text: t.in_quote for t in tokenize(body) if not t.sep}
    assert marked["정부는"] and marked["준비됐다"] and marked["다음"]
    assert not marked["김철수"] and not marked["말했다"] and not marked["그는"]


def test_span_questions_answered_from_the_analysis_match_a_plain_scan():
    body = "류현우는 7이닝을 던졌고, 라온 좌익수 정우석이 홈런을 쳤다.\n배우 한서윤 씨가 '한보라는' 곡을 불렀다."
    ms = morph.analyse(body)
    for start in range(len(body)):
        for end in range(start + 1, min(len(body), start + 8) + 1):
            plain = [m for m in ms if start <= m.start < end]
            assert morph.morphs_in(body, start, end) == plain
            inner = [m for m in plain if m.end <= end]
            assert morph.ends_modifier(body, start, end) == (bool(inner) and inner[-1].tag == "ETM")
            assert morph.unknown(body, start, end) == any(m.oov for m in inner)
            if not inner or inner[0].start != start or inner[-1].end != end:
                assert morph.reading(body, start, end) == "other"
