"""Korean persons in items papers print as lists, not prose: 인사 lists, rosters, 동정 items and 부고.

A 인사 list is a run of lines under headings:
  ◇청운산업                          the organisation of every item under it
  <부사장 승진> ▷재무팀장 홍길동      a kind of move (its rank, when it names one), then items
  ▷교통물류실 물류정책관 김영희        an item: a unit, the title, the name(s)
  대표이사 이철수                     a line that is one item, inside the list
The person rules read sentences; these lines have none, so they are read here, before them, and
the organisation comes from the heading, never from the words glued to the item's mark.
A line that is no heading and no item (prose) ends the list and its heading. A 동정 item glued to its mark
('◇홍길동 한빛물산 대표는 …') is read as name, body, title. 부고 and family lines give '<이름>씨 별세' and
'<이름>(<기관> <직함>)씨' their persons, with the post the gloss gives.
"""

from __future__ import annotations

import re

from builder.rules.ko import morph, person  # person imports this module: its names are read at call time
from builder.rules.ko.text import strip_particle
from builder.rules.tables import load

LEX = load("ko", "lists")
HEADING_MARKS = tuple(LEX["heading_marks"])
ITEM_MARKS = "".join(LEX["item_marks"])
KIND_OPENERS = "".join(b[0] for b in LEX["kind_brackets"])
KIND_BRACKET = re.compile("|".join(
    rf"{re.escape(b[0])}(?P<k{i}>[^{re.escape(b)}\n]{{1,20}}){re.escape(b[1])}" for i, b in enumerate(LEX["kind_brackets"])))
MOVE_WORDS = frozenset(LEX["move_words"])
RANK_MOVES = frozenset(LEX["rank_moves"])
GRADE_ENDING = LEX["grade_ending"]
NOTICE_SECTIONS = frozenset(LEX["notice_sections"])
MAX_UNIT_WORDS = LEX["max_unit_words"]
MAX_NAMES = LEX["max_names"]
MAX_HEADING_WORDS = LEX["max_heading_words"]
RULE = "appointment_list"
GLOSS = re.compile(r"\([^()]*\)")
WORD = re.compile(r"[^\s,(]+(?:\([^()\n]*\))?|\([^()\n]*\)")  # a word with the bracket glossing it
NEWS_SUBJECT_PARTICLES = frozenset({"은", "는", "이", "가"})
UNIT_WORD = re.compile(r"[가-힣A-Za-z0-9·]+")


def is_move(header: str) -> bool:
    """'부사장 승진', '국장급 전보', '신규 선임': a heading that says a kind of move, not a body."""
    words = header.split()
    return bool(words) and (header in MOVE_WORDS or any(w in MOVE_WORDS or w.endswith(GRADE_ENDING) for w in words))


def parts_of(word: str) -> list[tuple[str, int]]:
    """The names a list word holds, with their offsets in it: '이철수·박민수' → two, '이철수(영업본부장)' → one."""
    if "(" in word:
        return [(word, 0)]
    return [(m.group(), m.start()) for m in re.finditer(r"[^·ㆍ]+", word)]


def rank_of(kind: str | None) -> str | None:
    """'부사장 승진' → '부사장': the rank every item under the move now holds."""
    if not kind:
        return None
    first, _, rest = kind.partition(" ")
    return first if rest in RANK_MOVES and person.title_of(first) else None


class ListReader:
    """One pass over the body's lines, keeping the heading's organisation and move while the list lasts."""

    def __init__(self, finder: person.Finder) -> None:
        self.f = finder
        self.org: str | None = None
        self.kind: str | None = None

    def read(self) -> None:
        for line in re.finditer(r"[^\n]+", self.f.body):
            if not self.line(line.group(), line.start()):
                self.org = self.kind = None  # prose: the list and its heading end

    def line(self, text: str, at: int) -> bool:
        """Read one line; False when it is prose."""
        lead = len(text) - len(text.lstrip())
        text, at = text.strip(), at + lead
        if text.startswith(HEADING_MARKS):
            head_end = next((x for x, c in enumerate(text) if c in ITEM_MARKS or c in KIND_OPENERS), len(text))
            header = text[1:head_end].strip()
            if self.news_item(text[1:], at + 1) or not self.heading(header, at + text.index(header) if header else at):
                return False
            return self.items(text[head_end:], at + head_end, marked_only=True) or head_end == len(text)
        return self.items(text, at, marked_only=self.org is None)

    def heading(self, header: str, at: int) -> bool:
        """'청운산업' sets the organisation, '승진' the kind of move; a section ('부고', '출연진') neither; a long
        line is prose."""
        if not header or len(header.split()) > MAX_HEADING_WORDS:
            return False
        if is_move(header):
            self.kind = header
        elif header in NOTICE_SECTIONS or not self.names_body(header, at):
            self.org, self.kind = None, None
        else:
            self.org, self.kind = header, None
        return True

    def names_body(self, header: str, at: int) -> bool:
        """Does the heading name a body: its last word ends as one does ('국토교통부') or is no dictionary noun
        ('청운산업'); '출연진', '주요 일정' are sections of a page."""
        last = header.split()[-1]
        start = at + header.rindex(last)
        return last.endswith(person.ORG_ENDINGS) or morph.reading(self.f.body, start, start + len(last)) != "common"

    def items(self, text: str, at: int, marked_only: bool) -> bool:
        """The items of a line; True when every part of it is a kind or an item (the line belongs to a list)."""
        if not text:
            return False
        marked = any(c in ITEM_MARKS for c in text)
        if marked_only and not marked:
            return False
        chunks = list(re.finditer(rf"[^{ITEM_MARKS}]+", text))
        found = False
        for x, chunk in enumerate(chunks):
            part, start = chunk.group(), at + chunk.start()
            kind = KIND_BRACKET.match(part.strip())
            if kind:
                self.kind = next(v for v in kind.groupdict().values() if v)
                skip = part.index(kind.group()) + len(kind.group())
                part, start = part[skip:], start + skip
            if not part.strip():
                continue
            opened = chunk.start() > 0 and text[chunk.start() - 1] in ITEM_MARKS
            if self.item(part, start):
                found = True
            elif opened and self.news_item(part, start):
                continue
            elif not (opened or (marked and x == 0)):
                return False  # '시는 ▷…': a sentence may lead into marked items; words between items may not
        return found or any(KIND_BRACKET.match(c.group().strip()) for c in chunks)

    def item(self, part: str, at: int) -> bool:
        """'교통물류실 물류정책관 김영희', '상무 이철수 박민수': a unit, the titles, then names, nothing after."""
        words = [(w.group(), at + w.start()) for w in WORD.finditer(part)]
        bare = [GLOSS.sub("", w) for w, _ in words]
        last = max((x for x, b in enumerate(bare) if b and person.title_like(b)), default=None)
        if last is None:
            return False
        if last == len(words) - 1:
            return self.name_first_item(words, bare)
        if len(words) - last - 1 > MAX_NAMES:
            return False
        first = last
        while first > 0 and bare[first - 1] and person.title_like(bare[first - 1]):
            first -= 1
        if first > MAX_UNIT_WORDS or not all(UNIT_WORD.fullmatch(b) for b in bare[:first]):
            return False
        names = [(n, s + x) for w, s in words[last + 1:] for n, x in parts_of(w)]  # '이철수·박민수': two names
        plain = [GLOSS.sub("", n) for n, _ in names]
        if len(names) > MAX_NAMES:
            return False
        title = " ".join(bare[first:last + 1])
        rank = rank_of(self.kind)
        if rank and rank not in title.split():
            title = f"{rank} {title}"
        if all(person.Finder.listed_korean_name(b) and self.read_as_name(b, s) for b, (_, s) in zip(plain, names)):
            for b, (_, s) in zip(plain, names):
                self.f.add(b, title, self.org, RULE, s, s + len(b), "")
            return True
        if all(w == b for (w, _), b in zip(names, plain)) and person.Finder.foreign_list_name(plain):
            s = names[0][1]
            name = " ".join(plain)
            self.f.add(name, title, self.org, RULE, s, s + len(name), "")
            return True
        return False

    def name_first_item(self, words: list[tuple[str, int]], bare: list[str]) -> bool:
        """'▲홍길동 전무', '▷홍길동 생산본부 전무' under a heading: the name, the unit (dropped), the title."""
        (word, start), units = words[0], bare[1:-1]
        if len(words) < 2 or word != bare[0] or (units and self.org is None) or len(units) > MAX_UNIT_WORDS \
                or not all(UNIT_WORD.fullmatch(u) and not person.title_like(u) for u in units) \
                or not person.Finder.listed_korean_name(word) or not self.read_as_name(word, start):
            return False
        self.f.add(word, bare[-1], self.org, RULE, start, start + len(word), "")
        return True

    def news_item(self, part: str, at: int) -> bool:
        """A 동정 item glued to its mark: '◇홍길동 한빛물산 대표는 5일 …', '▷홍길동 바른누리신문 부장=12일 강연':
        the name, its organisation's words, the title (then a subject particle, or the '=' of the item's details)."""
        head = part.split("=")[0]
        every = [(w.group(), at + w.start()) for w in WORD.finditer(head)]
        words = every[:MAX_UNIT_WORDS + 3]
        if len(words) < 3 or not person.Finder.listed_korean_name(words[0][0]) or not self.read_as_name(*words[0]):
            return False
        for j in range(2, len(words)):
            stem, particle = strip_particle(words[j][0])
            ends = j == len(every) - 1  # the title closes the item's head
            if person.title_like(stem) and (particle in NEWS_SUBJECT_PARTICLES or (not particle and ends)):
                org = [w for w, _ in words[1:j]]
                if not all(UNIT_WORD.fullmatch(w) and not person.title_like(w) for w in org):
                    return False
                name, start = words[0]
                self.f.add(name, stem, " ".join(org), RULE, start, start + len(name), "")
                return True
        return False

    def read_as_name(self, word: str, start: int) -> bool:
        """Not a dictionary noun ('선출', '확대'): a bulleted phrase of prose, never a name."""
        return self.f.body.startswith(word, start) and morph.reading(self.f.body, start, start + len(word)) != "common"


DEATH_WORDS = "|".join(LEX["death_words"])
FORMER_MARKERS = frozenset(LEX["former_markers"])
DIED = re.compile(rf"(?<![가-힣])(?P<name>[가-힣]{{2,4}}) ?씨 (?:{DEATH_WORDS})(?![가-힣])")
# '하예슬(금빛예술대 교수)씨', '노이담(솔빛소프트 상무)·노새롬(가온여고 교사)씨': a name glossed with its post, in a
# list of such names that '씨' closes
GLOSSED_KIN = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\((?P<gloss>[^()\n]{2,30})\)"
                         r"(?=(?:[·,] ?[가-힣]{2,4}(?:\([^()\n]{1,30}\))?)* ?씨(?![가-힣]{2}))")
AGE_PART = re.compile(r"\d{1,3}세?")


def gloss_post(gloss: str) -> tuple[str, str | None] | None:
    """'금빛예술대 교수' → ('교수', '금빛예술대'), '전 한빛은행 부행장' → ('전 부행장', '한빛은행'), '58·회사원' →
    ('회사원', None): the post a name's gloss gives (an age beside it dropped), or None when it gives none."""
    parts = [p.strip() for p in re.split(r"[·,]", gloss) if p.strip() and not AGE_PART.fullmatch(p.strip())]
    if len(parts) != 1:
        return None
    words = parts[0].split()
    former = [w for w in words if w in FORMER_MARKERS]
    words = [w for w in words if w not in FORMER_MARKERS]
    if not words or not all(UNIT_WORD.fullmatch(w) for w in words) or len(words) > 4:
        return None
    if not (person.title_like(words[-1]) or person.is_person_noun(words[-1])):
        return None
    title = " ".join(former + [words[-1]])
    org = " ".join(words[:-1]) or person.headed_body(words[-1])
    return title, org


def family_entries(finder: person.Finder) -> None:
    """'<이름>씨 별세', '아들 <이름>(<기관> <직함>)씨': the persons of a 부고 or of an article's family lines, with the
    post their gloss gives; the funeral's hall and times (빈소, 발인) name nobody."""
    body = finder.body
    for m in GLOSSED_KIN.finditer(body):
        name, start = m.group("name"), m.start("name")
        post = gloss_post(m.group("gloss"))
        if post and person.Finder.listed_korean_name(name) and morph.reading(body, start, m.end("name")) != "common":
            finder.add(name, post[0], post[1], "name_ssi", start, m.end("name"), "")
    for m in DIED.finditer(body):
        name, start = m.group("name"), m.start("name")
        if person.Finder.listed_korean_name(name) and morph.reading(body, start, m.end("name")) != "common":
            finder.add(name, None, None, "name_ssi", start, m.end("name"), "")


def read(finder: person.Finder) -> None:
    """Record the persons of the body's lists and family entries on the finder, before the sentence rules."""
    ListReader(finder).read()
    family_entries(finder)
