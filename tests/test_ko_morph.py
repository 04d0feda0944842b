"""Kiwi reads each body whole, in context, on sentences written for these tests.

Analysing each word alone (with a cache of words shared by all documents) was measured and left
out (builder/rules/ko/morph.py, benchmarks/kiwi_words.py): it saves nothing on distinct texts and
Kiwi reads some names only in their sentence as proper nouns.
"""

import pytest

from builder.rules.ko import morph


@pytest.mark.parametrize("body, name", [
    ("한병수 위원장은 이날 회의에서 이렇게 말했다.", "한병수"),
    ("가수 이홍준은 새 앨범을 냈다.", "이홍준"),
])
def test_a_name_is_read_as_proper_in_its_sentence(body, name):
    start = body.index(name)
    assert morph.reading(body, start, start + len(name)) == "proper"


def test_morphemes_map_to_the_body_and_particles_are_split():
    body = "선발 투수 노경민은 7이닝을 던졌다.\n감독은 \"잘 던졌다\"고 말했다."
    ms = morph.analyse(body)
    assert all(0 <= m.start < m.end <= len(body) for m in ms)
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    start = body.index("노경민은")
    assert [(m.form, m.tag) for m in morph.morphs_in(body, start, start + 4)][-1] == ("은", "JX")
    assert all(body[m.start:m.end] == m.form for m in ms if m.tag in ("NNP", "NNG", "JX", "JKO", "SN"))


def test_the_same_body_gives_the_same_analysis_again():
    body = "김민지 대표는 이날 협약식에서 계획을 밝혔다."
    first = morph.analyse(body)
    morph.analysed.cache_clear()
    assert morph.analyse(body) == first
