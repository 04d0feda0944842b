"""What the rule modules find, before it becomes table rows.

Rule modules of every language return these, so the pipeline never needs to know which
language produced them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

# A quotation that runs over paragraphs reopens its marks at the start of each one.
_REOPENING_MARK = re.compile(r"\n[ \t]*[“\"«「『]")


@dataclass
class Person:
    name: str
    title: str | None = None
    organization: str | None = None
    role: str = "subject"  # subject | reporter
    found_by: str = ""
    first_offset: int = -1
    mention_count: int = 0
    aliases: set[str] = field(default_factory=set)  # short forms seen in this article: '백 대표', '데이비스'

    @property
    def key(self) -> str:
        return self.name


@dataclass
class Mention:
    """A place in the body that refers to a person (full name, short form or pronoun)."""

    person: str | None  # Person.key, None for an unresolved pronoun
    start: int
    end: int
    particle: str = ""  # the case particle that follows: 은/는/이/가/도/의/... ('' when none)
    kind: str = "full"  # full | short | title ('the minister') | pronoun | organization

    @property
    def is_subject(self) -> bool:
        return self.particle in SUBJECT_PARTICLES


SUBJECT_PARTICLES = {"은", "는", "이", "가", "도", "께서", "께서는", "측은", "측도", "subject"}


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None  # Person.key, or an organisation name when speaker_kind is organization
    speaker_kind: str | None = None  # person | organization | None
    reporting_verb: str | None = None
    quote_type: str = "direct"
    continues: int | None = None  # index (in the article's quote list) of the part this one continues


def quoted_words(body: str, start: int, end: int) -> str:
    """The words of the quotation spanning body[start:end]: the marks that reopen it at the start
    of each further paragraph are punctuation, not words, so they are left out."""
    return _REOPENING_MARK.sub("\n", body[start:end])


@dataclass
class Event:
    name: str
    kind: str
    offset: int
    location: str | None = None
    date_text: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    organizer: str | None = None
    parent: str | None = None  # name of the enclosing event


@dataclass
class Findings:
    persons: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def record(persons: dict[str, Person], name: str, title: str | None, org: str | None, rule: str,
           start: int) -> Person:
    """The person of that name, created at its first mention; later mentions only fill gaps."""
    p = persons.get(name)
    if p is None:
        p = persons[name] = Person(name, title, org, "subject", rule, start)
    else:
        p.title = p.title or title
        p.organization = p.organization or org
    return p


def count_mentions(persons: list[Person], mentions: list[Mention]) -> None:
    """Set each person's mention count and first offset from the mentions that resolve to them."""
    first: dict[str, int] = {}
    count: dict[str, int] = {}
    for m in mentions:
        if m.person is not None and m.kind != "organization":
            count[m.person] = count.get(m.person, 0) + 1
            first[m.person] = min(first.get(m.person, m.start), m.start)
    for p in persons:
        p.mention_count = count.get(p.name, 0)
        if p.name in first:
            p.first_offset = first[p.name]
