"""Round 56: tests run before compiling a pattern built from a page's words must answer exactly as the pattern alone.

Each plain form below is the rule as it was written before the test was put in front of it; the rule must agree with
it on every body and word, matching or not.
"""

from __future__ import annotations

import random
import re

from builder.rules import Context
from builder.rules.ko import affiliation, membership, person
from builder.rules.ko.text import every_occurrence


def plain_words_right_before(org: str, body: str) -> list[str]:
    return [m.group("town") for m in re.finditer(r"(?:^|(?<=\s))(?P<town>[가-힣]{2,4}) %s(?![가-힣])" % re.escape(org), body)]


def plain_kind_before_title(title: str, at: int, body: str) -> str | None:
    if at <= 0:
        return None
    m = re.search(r"(?:^|(?<=[\s\"“(]))(?P<kind>%s) %s $" % (
        "|".join(map(re.escape, affiliation.KINDS_BEFORE_MEMBER_TITLES)), re.escape(title)),
        body[max(0, at - len(title) - 14):at])
    return m.group("kind") if m else None


def plain_glued_to_body_elsewhere(f: person.Finder, word: str) -> bool:
    for m in re.finditer(rf"(?<![가-힣]){re.escape(word)}([가-힣]{{2,}})", f.body):
        rest = person.strip_particle(m.group(1))[0]
        if rest in person.FIRM_ENDINGS or rest.endswith(person.LONG_ORG_ENDINGS + person.DIPLOMATIC_MISSIONS
                                                        + person.SITE_ENDINGS) \
                or (person.title_of(rest) is not None and person.headed_body(rest) not in (None, rest)):
            return True
    return False


def plain_compound_head_elsewhere(f: person.Finder, word: str) -> bool:
    return any(person.morph.common_word(m.group(1))
               for m in re.finditer(rf"(?<![가-힣])([가-힣]{{2,}}){re.escape(word)}", f.body))


def random_bodies(alphabet: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(count)]


def test_every_occurrence_finds_overlapping_places_too() -> None:
    assert list(every_occurrence("마루마루마루", "마루마루")) == [0, 2]
    assert list(every_occurrence("마루 다온", "누리")) == []


def test_words_right_before_a_body_agree_with_the_pattern_on_random_bodies() -> None:
    alphabet = ["솔", "빛", "누", "리", " ", " ", "\n", "(", "A", "."]
    for org in ("누리", "솔 빛", "리", "누리A"):
        for body in random_bodies(alphabet, 3000, seed=len(org)):
            assert membership.words_right_before(org, body) == plain_words_right_before(org, body), (org, body)


def test_words_right_before_a_body_take_a_lone_short_word_only() -> None:
    assert membership.words_right_before("가온재단", "지난달 새봄 가온재단 이사들이 모였다.") == ["새봄"]
    assert membership.words_right_before("가온재단", "지난달 새봄 가온재단이 문을 열었다.") == []  # a particle glued
    assert membership.words_right_before("가온재단", "한빛새봄마을 가온재단이 열었다.") == []  # five syllables
    assert membership.words_right_before("가온재단", "(새봄 가온재단법인") == []  # glued after, and '(' before
    assert membership.words_right_before("가온재단", "새봄 가온재단 다온 가온재단") == ["새봄", "다온"]


def test_kind_before_title_agrees_with_the_pattern() -> None:
    bodies = ["누리시 노조 대의원 하솔빛씨가 말했다.", "노조대의원 하솔빛씨가 말했다.", "지부 조합원 하솔빛 씨는",
              "“지회 위원 하솔빛씨", "조합원 하솔빛씨"]
    for body in bodies:
        for title in ("대의원", "조합원", "위원"):
            for at in range(0, len(body) + 1):
                assert affiliation.kind_before_title(title, at, body) == plain_kind_before_title(title, at, body), \
                    (title, at, body)
    body = bodies[0]
    assert affiliation.kind_before_title("대의원", body.index("하솔빛"), body) == "노조"
    assert affiliation.kind_before_title("조합원", body.index("하솔빛"), body) is None


def test_topic_of_article_needs_the_head_among_the_lede_first_words() -> None:
    assert membership.topic_of_article("누리호크스, 시즌 첫 승", "누리호크스가 어제 첫 승을 거뒀다.", set()) == "누리호크스"
    assert membership.topic_of_article("누리호크스, 시즌 첫 승", "올해 창단한 프로농구 구단 누리호크스가 이겼다.", set()) \
        == "누리호크스"
    assert membership.topic_of_article("누리호크스, 시즌 첫 승", "올해 봄 새로 창단한 프로농구 구단 누리호크스가 이겼다.",
                                       set()) is None  # six words before it
    assert membership.topic_of_article("누리호크스, 시즌 첫 승", "어제 경기. 누리호크스가 이겼다.", set()) is None


def test_finder_tests_before_compiling_agree_with_the_patterns() -> None:
    bodies = ["솔빛고 하누리 교사는 급식배달원이 늘었다고 말했다. 배달원이 모자라다.",
              "누리시 한빛코리아 대표 다온은 '한빛'이 새 이름이라고 했다. 한빛무역관장도 왔다.",
              "가람 솔빛고 하누리 2학년 담임교사와 다온고 석 감독이 만났다."]
    for body in bodies:
        f = person.Finder(body, Context(None))
        words = {w for w in re.findall(r"[가-힣]+", body)} | {"배달원", "한빛", "하누리", "석"}
        for word in sorted(words):
            assert f.glued_to_body_elsewhere(word) == plain_glued_to_body_elsewhere(f, word), (body, word)
            assert f.compound_head_elsewhere(word) == plain_compound_head_elsewhere(f, word), (body, word)
    f = person.Finder(bodies[0], Context(None))
    assert f.compound_head_elsewhere("배달원")
    assert not f.compound_head_elsewhere("하누리")
    g = person.Finder(bodies[1], Context(None))
    assert g.glued_to_body_elsewhere("한빛")
    assert not g.glued_to_body_elsewhere("다온")


def test_school_right_before_a_name_needs_a_school_ending_there() -> None:
    f = person.Finder("가람 솔빛고 하누리 2학년 담임교사가 말했다. 다온시 하누리 씨도 왔다.", Context(None))
    assert f.school_right_before("하누리") == "솔빛고"
    assert f.school_right_before("다온") is None
    g = person.Finder("새봄시청 하누리 주무관이 말했다.", Context(None))
    assert g.school_right_before("하누리") is None


def test_compiled_patterns_are_kept_but_bounded() -> None:
    from builder.rules.tables import COMPILED_KEPT, compiled

    first = compiled(r"(?<![가-힣])누리[가-힣]{1,2}")
    assert compiled(r"(?<![가-힣])누리[가-힣]{1,2}") is first
    assert compiled.cache_info().maxsize == COMPILED_KEPT
    assert first.match("누리솔이") and not first.match("가누리")


def test_standalone_ends_agree_with_the_pattern_on_random_bodies() -> None:
    alphabet = ["솔", "빛", "누", "리", " ", "'", "A"]
    for word in ("솔빛", "빛빛", "누리A", "A", ""):
        for body in random_bodies(alphabet, 2000, seed=7 + len(word)):
            plain = [m.end() for m in re.finditer(rf"(?<![가-힣]){re.escape(word)}", body)]
            assert list(person.standalone_ends(body, word)) == plain, (word, body)


def test_played_elsewhere_reads_a_part_after_the_name_only() -> None:
    f = person.Finder("배우 하솔빛은 새 연극에서 윤도담 역으로 나섰다. 윤도담은 교사다.", Context(None))
    assert f.played_elsewhere("윤도담")
    assert not f.played_elsewhere("하솔빛")
    assert not f.played_elsewhere("도담")  # glued after a syllable: no mention of its own


def test_topic_of_article_takes_a_glossed_head_too() -> None:
    assert membership.topic_of_article("누리호크스, 시즌 첫 승", "누리호크스(가칭)는 어제 첫 승을 거뒀다.", set()) == "누리호크스"
    assert membership.topic_of_article("누리호크스, 시즌 첫 승", "누리호크스를 꺾은 팀이 웃었다.", set()) is None
