"""What a word does in its sentence, as Kiwi reads it: the particle after it and the predicates of
the sentence it is the subject of. The person rules ask it about proper nouns nobody titled
('노라는 … 말했다', '벨러미에게', '올리비아 하퍼의 아들').
"""

from __future__ import annotations

from builder.rules.ko import morph
from builder.rules.ko.text import quote_spans

# Kiwi's tags of a verb's stem, and of the suffixes that make a noun a verb ('결혼/NNG 하/XSV').
VERB_TAGS = frozenset({"VV", "VA"})
VERB_SUFFIXES = frozenset({"XSV"})
LIGHT_VERB = "하"  # '송구를 하다' is '송구하다': the noun says what is done
RECEIVING_VERBS = frozenset({"당하", "받"})  # '축출당하다', '지도받다': done to the subject
SENTENCE_END = "SF"
# Where a modifying clause begins at the latest: a sentence end, a comma, a connective ending
# ('…살았으며'), a subject (its predicate is another: '총리가 참석하는 정상회의').
CLAUSE_BOUNDARIES = frozenset({"SF", "SP", "EC", "JKS"})
MAX_SENTENCE = 400  # characters looked at after the word: a news sentence is shorter


def base_tag(tag: str) -> str:
    """'VV-R' → 'VV': Kiwi marks regular and irregular conjugation on the tag."""
    return tag.split("-")[0]


def particles_after(body: str, start: int, end: int) -> list[morph.Morph]:
    """The particles Kiwi reads at the end of the word body[start:end] ('에게', '는' of '하디에게는')."""
    ms = [m for m in morph.morphs_in(body, start, end) if m.end <= end]
    out: list[morph.Morph] = []
    for m in reversed(ms):
        if not m.tag.startswith("J"):
            break
        out.insert(0, m)
    return out


def rest_of_sentence(body: str, start: int) -> list[morph.Morph]:
    """The morphemes from start to the end of its sentence (or line), leaving out quotations:
    what a quotation says is not what its subject does."""
    line_end = body.find("\n", start)
    stop = min(len(body) if line_end == -1 else line_end, start + MAX_SENTENCE)
    spans = quote_spans(body)
    out = []
    for m in morph.morphs_in(body, start, stop):
        if any(a <= m.start < b for a, b in spans):
            continue
        if m.tag == SENTENCE_END and m.form in ".!?":
            break
        out.append(m)
    return out


def predicates(ms: list[morph.Morph]) -> set[str]:
    """The predicates among the morphemes as lemmas: a verb's stem ('숨지'), the noun of a noun made a
    verb ('결혼' of 결혼했다, and of '결혼을 했다': the noun is the same doing with its object particle
    written), and 'object verb' pairs ('골 넣' of 골을 넣었다, and of '넣은 골')."""
    out: set[str] = set()
    for k, m in enumerate(ms):
        tag = base_tag(m.tag)
        if tag in VERB_TAGS:
            out.add(m.form)
            if k >= 2 and ms[k - 1].tag == "JKO" and ms[k - 2].tag.startswith("NN"):
                out.add(f"{ms[k - 2].form} {m.form}")
                if m.form == LIGHT_VERB:
                    out.add(ms[k - 2].form)
            if k + 2 < len(ms) and ms[k + 1].tag == "ETM" and ms[k + 2].tag == "NNG" and m.form != LIGHT_VERB:
                h = k + 2
                while h + 1 < len(ms) and ms[h + 1].tag == "NNG" and ms[h + 1].start == ms[h].end:
                    h += 1  # '남긴 게시글': the compound's last noun is its head
                out.add(f"{ms[h].form} {m.form}")  # '찍은 사진': the noun a verb's clause modifies is its object as often as not
            if m.form in RECEIVING_VERBS and k >= 1 and ms[k - 1].tag.startswith("NN") and ms[k - 1].end == m.start:
                out.add(ms[k - 1].form + m.form)  # '퇴장당하', '지도받', which Kiwi may read as a noun and a verb
        elif tag in VERB_SUFFIXES and k >= 1 and ms[k - 1].tag.startswith("NN"):
            out.add(ms[k - 1].form if m.form == "하" else ms[k - 1].form + m.form)
    return out


def own_clause(ms: list[morph.Morph], subject: bool = False) -> list[morph.Morph]:
    """The morphemes before the next subject or topic ('베서니는 [남편이 …]'): what follows is
    another subject's doing, but for the sentence's last predicate, which a topic governs. A subject
    (not a topic) may be that of a verb's clause modifying a noun, which ends there ('양키스가 뒤진
    4회초'); an adjective's or a copula's ('연하인 여성과') describes its noun and goes on. A verb's
    clause modifying a proper noun says what that named one did ('[3골을 터뜨린] 로시를 앞세워'), and
    is left out.
    A bound noun after a modifier ('놓친 적이 있다', '할 수가 없다') is part of the predicate, not
    another subject; a verb's clause modifying the next subject is that subject's ('[퇴장당한] 선수가')."""
    for k, m in enumerate(ms):
        if k and ms[k - 1].tag == "ETM" and m.tag != "NNB" and verb_before(ms, k - 1):
            if m.tag == "NNP":
                return ms[:clause_start(ms, k - 1)]  # '[3골을 터뜨린] 로시를': what the named one did
            if subject:  # '타이거스가 2-5로 밀린 6회말 …': a subject ('가', not a topic) of a clause that modifies a noun
                h = k
                while h < len(ms) and ms[h].tag == "NNG" and (h == k or ms[h].start == ms[h - 1].end):
                    h += 1  # with that noun, its object as often as not ('엘로디가 남긴 게시물')
                return ms[:h]
        bound = k >= 2 and ms[k - 1].tag == "NNB" and ms[k - 2].tag == "ETM"  # '놓친 적이', not '3명이'
        if k and ms[k - 1].tag.startswith(("NN", "NP")) and not bound and (m.tag == "JKS" or (m.tag == "JX" and m.form in ("은", "는"))):
            e = k - 1
            while e > 0 and ms[e - 1].tag.startswith(("NN", "XSN")) and ms[e - 1].tag != "NNB":
                e -= 1
            if e > 0 and ms[e - 1].tag == "ETM" and verb_before(ms, e - 1):
                return ms[:clause_start(ms, e - 1)]  # '[퇴장당한] 선수가 많다': the next subject's own clause
            return ms[:k]
    return ms


def clause_start(ms: list[morph.Morph], k: int) -> int:
    """Where the clause ending at k begins: after the last sentence end, comma, connective ending,
    subject or topic before it."""
    while k > 0 and ms[k - 1].tag not in CLAUSE_BOUNDARIES and not (ms[k - 1].tag == "JX" and ms[k - 1].form in ("은", "는")):
        k -= 1
    return k


def verb_before(ms: list[morph.Morph], k: int) -> bool:
    """Is the ending at k that of a verb ('뒤진', '뒤졌던'), not of an adjective or a copula ('연하인',
    '강렬한'), which describe the noun they modify rather than say what a subject did?"""
    j = k - 1
    while j >= 0 and ms[j].tag in ("EP", "VX"):
        j -= 1
    return j >= 0 and (base_tag(ms[j].tag) == "VV" or ms[j].tag == "XSV")


def last_predicate(ms: list[morph.Morph]) -> list[morph.Morph]:
    """The morphemes of the sentence's final predicate (the verb and what makes it one, before a
    final ending), or [] when the sentence does not end on one."""
    for k in range(len(ms) - 1, -1, -1):
        if ms[k].tag == "EF":
            j = k
            while j > 0 and not (base_tag(ms[j].tag) in VERB_TAGS or ms[j].tag in VERB_SUFFIXES):
                j -= 1
            return ms[max(0, j - 3):j + 1]
    return []


def nouns(ms: list[morph.Morph]) -> set[str]:
    return {m.form for m in ms if m.tag.startswith("NN")}


def complement(ms: list[morph.Morph]) -> str | None:
    """The noun the sentence's last predicate says its topic is ('기업인' of '… 기업인이다',
    '아이' of '… 아이가 아니었다'), or None when it ends on another predicate."""
    for k in range(len(ms) - 1, 0, -1):
        if ms[k].tag in ("VCP", "VCN"):
            j = k - 1
            while j > 0 and ms[j].tag in ("JKC", "XSN"):
                j -= 1
            return ms[j].form if ms[j].tag.startswith("NN") else None
        if base_tag(ms[k].tag) in VERB_TAGS or ms[k].tag in VERB_SUFFIXES:
            return None
    return None


def copula_complements(ms: list[morph.Morph]) -> set[str]:
    """Every noun a copula among the morphemes says something is or is not ('아이' of '그런 아이가
    아니었다는 것은'), wherever the sentence ends."""
    out = set()
    for k in range(1, len(ms)):
        if ms[k].tag in ("VCP", "VCN"):
            j = k - 1
            while j > 0 and ms[j].tag in ("JKC", "XSN"):
                j -= 1
            if ms[j].tag.startswith("NN"):
                out.add(ms[j].form)
    return out


def modifier_clause(body: str, start: int) -> list[morph.Morph]:
    """The clause that modifies the word at start ('[박사 학위를 받은] 하트먼은', '[작고한]
    로즈먼은'): the morphemes back to the sentence's start when the one right before the word is
    a modifier ending, else []. What it says its noun did or had done to it describes the word."""
    line_start = body.rfind("\n", 0, start) + 1
    ms = [m for m in morph.morphs_in(body, max(line_start, start - MAX_SENTENCE), start) if m.end <= start]
    if not ms or ms[-1].tag != "ETM":
        return []
    k = len(ms) - 1
    while k > 0 and ms[k - 1].tag not in CLAUSE_BOUNDARIES and not (ms[k - 1].tag == "JX" and ms[k - 1].form in ("은", "는")):
        k -= 1
    if k > 0 and ms[k - 1].tag == "JKS":
        return []  # the clause has a subject of its own: the word is not its doer
    return ms[k:]
