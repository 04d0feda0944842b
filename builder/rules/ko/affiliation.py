"""Korean organisations resolved from the document, after the person rules.

The person rules read the body written beside a name ('여울전자 X 상무', '여울전자의 X 상무', '상무인 X').
A reader also resolves the body the article gives away from the name:
  a word pointing back      '같은 회사 한국지사의 X 이사', '이 회사 X 전무', '해당 병원 X 과장' → the body named before
  a post heading a kind     '… 여울병원지부는 …. X 지부장은', '병원장인 X 교수' → the one body of that kind named before
  the headline              '우승 이끈 X 여울팔콘 감독' over a body whose lede has '팀을 이끈 X 감독'
  a unit held               '주차관리과를 맡고 있는 X 과장' → that unit
and a word the person rules took for a body that is none: a word of a person's own name, a verb's form
('팀을 이끈 X 감독'), a nationality ('일본인 멤버 X').
Only what the text says: a word pointing back with nothing of its kind before names no body; a post whose kind the
article names twice names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from builder.rules import Context
from builder.rules.ko import morph, person
from builder.rules.ko.text import HANGUL, sentence_bounds, strip_particle
from builder.rules.model import Mention, Person
from builder.rules.tables import alternation, load

LEX = load("ko", "affiliation")
ANAPHORS = tuple(LEX["anaphors"])
GLUED_ANAPHORIC_KINDS: dict[str, str] = LEX["glued_anaphoric_kinds"]
KINDS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in LEX["kinds"].items()}
UNIT_ENDINGS = tuple(LEX["unit_endings"])
HEADS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in LEX["heads"].items()}
HOLDING = re.compile(r"(?:^|\s)(?P<unit>[가-힣A-Za-z0-9]{2,20})[을를] (?:%s) $" % alternation(LEX["holding_clauses"]))
POINTER = re.compile(r"(?:^|[\s(])(?:(?P<ana>%s) (?P<kind>%s)|(?P<glued>%s))(?P<rest>(?: [^\s.,\"]+){0,3}) $" % (
    alternation(list(ANAPHORS)), alternation(list(KINDS)), alternation(list(GLUED_ANAPHORIC_KINDS))))
WORD = re.compile(r"[가-힣A-Za-z0-9&]+")
GLOSS_AFTER_NAME = re.compile(r"^\s*\([^()]{1,20}\)")
NATIONALITY = "인"
ADVERBS = frozenset({"MAG", "MAJ"})  # '그러자', '반면': an adverb or a conjunction  # '일본인 멤버': a country's people, no body


def resolve(persons: list[Person], mentions: list[Mention], body: str, ctx: Context) -> None:
    """Fill or correct the organisations of the persons found, from the whole document."""
    names = {w for p in persons for w in p.name.split()}
    firsts = first_mentions(mentions)
    for p in persons:
        if p.role == "reporter":
            continue
        if p.organization and not_a_body(p.organization, body, names, firsts.get(p.name, p.first_offset)):
            p.organization = None
    for p in persons:
        if p.role == "reporter":
            continue
        at = firsts.get(p.name, p.first_offset)
        pointed = pointed_body(p, at, persons, body, ctx)
        if pointed is not None:
            p.organization = pointed or p.organization
            continue
        if p.organization:
            continue
        p.organization = (held_unit(p, at, body) or headed_kind(p, at, body)
                          or headline_body(p, ctx.title or "", names))


def first_mentions(mentions: Iterable[Mention]) -> dict[str, int]:
    """Where each person is first named in full."""
    firsts: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind == "full" and m.person:
            firsts.setdefault(m.person, m.start)
    return firsts


def not_a_body(org: str, body: str, names: set[str], at: int) -> bool:
    """A word taken for a body that is none: a word of a person's name ('산토스' of '마리아 산토스'), a verb's form
    right before the name ('팀을 이끈 X 감독', '그러자 X 의원이'), a nationality ('일본인 멤버 X')."""
    if org in names:
        return True
    if " " in org or not HANGUL.match(org):
        return False
    if org.endswith(NATIONALITY) and org[:-1] in person.COUNTRY_NAMES:
        return True
    where = at - len(org) - 1
    if where < 0 or body[where:at] != org + " ":
        return False
    end = where + len(org)
    ms = morph.morphs_in(body, where, end)
    return bool(morph.predicate_words(body, where, end)) or (bool(ms) and all(m.tag in ADVERBS for m in ms))


def pointed_body(p: Person, at: int, persons: list[Person], body: str, ctx: Context) -> str | None:
    """'같은 회사 한국지사의 X 이사', '이 회사 X 전무', '동사 X 상무': the body of that kind named before, with the unit
    written after the kind. None when no such word points back right before the name; '' when one does but nothing of
    its kind comes before (the unit alone, if any, is then the body)."""
    if at < 0:
        return None
    start, _ = sentence_bounds(body, at)
    m = POINTER.search(body[max(start, at - 50):at])
    if m is None:
        return None
    kind = m.group("kind") or GLUED_ANAPHORIC_KINDS[m.group("glued")]
    units = unit_words(m.group("rest"))
    pointed_at = at - len(m.group(0)) + m.start(0)
    antecedent = antecedent_of(kind, pointed_at, persons, body, ctx.title or "")
    if antecedent is None:
        return " ".join(units)
    return " ".join([antecedent, *units])


def unit_words(rest: str) -> list[str]:
    """The words of a unit after the kind ('한국지사의', '의생명과학과'), without titles or roles after them."""
    units = []
    for w in rest.split():
        stem = w[:-1] if w.endswith("의") and len(w) > 2 else w
        if stem.endswith(UNIT_ENDINGS) and not person.title_like(stem) and stem not in KINDS and HANGUL.match(stem):
            units.append(stem)
        else:
            break
    return units


def antecedent_of(kind: str, before: int, persons: list[Person], body: str, title: str) -> str | None:
    """The body of that kind named before: from the bodies of the persons named before, and, for a kind with its own
    endings ('대학': '…대'), from the proper words so ending; the one the article names most, then the nearest."""
    endings = KINDS[kind]
    found: dict[str, int] = {}
    for q in persons:
        if q.organization and q.role != "reporter" and 0 <= q.first_offset < before:
            head = head_of(q.organization, endings)
            if head:
                found[head] = max(found.get(head, -1), q.first_offset)
    if endings:
        for word, w_at in body_words(body, 0, before, endings):
            found[word] = max(found.get(word, -1), w_at)
    if not found:
        return None
    text = title + "\n" + body[:before]
    return max(found, key=lambda w: (text.count(w), found[w]))


def head_of(org: str, endings: tuple[str, ...]) -> str | None:
    """The body an organisation names first: '여울대 의대 신경과' → '여울대' for a university; its first word when the
    kind has no endings of its own ('한빛바이오 연구소' → '한빛바이오')."""
    words = org.split()
    if not endings:
        return words[0]
    for w in words:
        if w.endswith(endings) and len(w) > max(len(e) for e in endings if w.endswith(e)) and w not in KINDS:
            return w
    return None


def body_words(text: str, start: int, end: int, endings: tuple[str, ...]) -> list[tuple[str, int]]:
    """Words of text[start:end] (particles off) that end with one of the endings and name a body: a compound or a
    proper noun of two syllables more than the ending, never a general kind ('의대', '병원')."""
    out = []
    for m in WORD.finditer(text, start, end):
        word, _ = strip_particle(m.group())
        if word.endswith(endings) and is_named_body(text, m.start(), word, endings):
            out.append((word, m.start()))
    return out


def is_named_body(text: str, at: int, word: str, endings: tuple[str, ...]) -> bool:
    ending = max((e for e in endings if word.endswith(e)), key=len)
    if len(word) - len(ending) < 2 or word in KINDS or word in person.NOT_NAMES or person.title_like(word):
        return False
    return morph.reading(text, at, at + len(word)) in ("proper", "nouns")


def held_unit(p: Person, at: int, body: str) -> str | None:
    """'주차관리과를 맡고 있는 X 과장': the unit a titled person holds, glossed in the clause before the name."""
    if at < 0 or not p.title:
        return None
    m = HOLDING.search(body[max(0, at - 40):at])
    if m and m.group("unit").endswith(UNIT_ENDINGS) and not person.title_like(m.group("unit")):
        return m.group("unit")
    return None


def headed_kind(p: Person, at: int, body: str) -> str | None:
    """'… 여울병원지부는 …. X 지부장은', '병원장인 X 교수': a post heading a kind of body, with no body beside the name,
    heads the one body of that kind the article names before."""
    if at < 0:
        return None
    post = p.title if p.title in HEADS else None
    glossed = re.search(r"(?:^|\s)(%s)인 $" % alternation(list(HEADS)), body[max(0, at - 12):at])
    if glossed:
        post = glossed.group(1)
    if post is None:
        return None
    named = {w for w, _ in body_words(body, 0, at, HEADS[post])}
    return named.pop() if len(named) == 1 else None


def headline_body(p: Person, title: str, names: set[str]) -> str | None:
    """'… 반서준 여울팔콘 감독 "…"' in the headline: the body the headline gives the name, before or after it, before
    the person's own title."""
    if not title or not p.title or p.name not in title:
        return None
    post = re.escape(p.title.split()[-1])
    name = re.escape(p.name)
    m = re.search(r"%s (?P<body>[^\s\"'“”‘’]+(?: [^\s\"'“”‘’]+)?) %s" % (name, post), title) \
        or re.search(r"(?:^|\s)(?P<body>[^\s\"'“”‘’]+) %s %s" % (name, post), title)
    if m is None:
        return None
    words = m.group("body").split()
    at = m.start("body")
    for w in words:
        w_at = title.find(w, at)
        if w in names or person.title_like(w) or not WORD.fullmatch(w) or (
                HANGUL.match(w) and morph.reading(title, w_at, w_at + len(w)) not in ("proper", "nouns")):
            return None
    return m.group("body")
