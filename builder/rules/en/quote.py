"""English direct quotations and who said them.

  "…," Doe said. / "…," said Doe, … / "…," says analyst Tom Reller   speaker after the quotation
  Doe said: "…" / Ms Persson said, "…"                                speaker before it
  "…" she said. / "…," it added.                                     pronouns: last person / organisation
  "First part," she said, "second part."                            both parts get the same speaker
  "…," the treasurer, Doe, said / "…," X quoted Doe as saying         a role or a quoter before the speaker
  "…" — Doe                                                          a signature on the quotation's line
  a paragraph that opens a quotation and does not close it continues in the next one; one that opens
  with a quotation attributed on its own, or an attribution that leads into the next part after a
  sentence end ('Of X, Doe said, "…"'), starts a new quotation.
Scare quotes and fragments of up to three words are not quotations, unless a short sentence opens its
paragraph with its speaker right after it ('"It is unfair," Doe said.'); a quotation woven into a
sentence without attribution is a partial one and is left out.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Iterator

from builder.rules import Context
from builder.rules.en.person import DICTIONARY_NAMES, NOT_FIRST
from builder.rules.model import Mention, Person, Quote, quoted_words
from builder.rules.tables import alternation, load

RULES = load("en", "quote")
VERBS = alternation(RULES["reporting_verbs"])
MAX_SCARE_WORDS = RULES["max_scare_words"]
MIN_PARTIAL_LETTERS = RULES["min_partial_letters"]
ORG_PRONOUNS = sorted(RULES["organization_pronouns"], key=len, reverse=True)
OPEN, CLOSE = "“\"", "”\""
MARKS = re.compile("[“”\"]")
POSSESSED = alternation(RULES["possessed_speakers"])
SUBJECT = (r"(?P<subj>[A-Z][\w.-]*['’]s\s+(?:%s)|[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|for|de|van|von))*|he|she|they|"
           r"it|we|I|[Tt]he [a-z]+(?: [a-z]+)?)" % POSSESSED)
# 'Rep. Dale Hirsch (D-Ore.) said': a party and state tag between the name and the verb
PARTY_TAG = r"(?:\s*\([A-Z][\w.\- ]{0,24}\))?"
# a verb we do not list right after the speaker's name ('," Hollis fumed', '," Varga points out')
SOME_VERB = r"[a-z]{3,}(?:ed|es|s)(?:\s+(?:back|out|up|in))?"
# '," Vantrell has said', '," Vantrell would later say', '," Vantrell once said': auxiliaries and adverbs before the verb
BETWEEN_SUBJECT_AND_VERB = rf"(?:(?:{alternation(RULES['adverbs_before_verb'] + RULES['auxiliaries_before_verb'])})\s+){{0,2}}"
# '," Brannock and Vantrell said': two speakers named together, the first speaks for both
SECOND_SPEAKER = rf"(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}{PARTY_TAG})?"
AFTER_SUBJ_VERB = re.compile(rf"^\s*,?\s*{SUBJECT}{PARTY_TAG}{SECOND_SPEAKER}\s+{BETWEEN_SUBJECT_AND_VERB}(?P<verb>{VERBS})\b")
AFTER_NAME_ANY_VERB = re.compile(rf"^\s*,?\s*(?P<subj>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+){PARTY_TAG}\s+(?P<verb>{SOME_VERB})\b(?!\s+(?:the|a|an|his|her|to)\b)")
# '" said Paul Anders, a trade scholar' / '" responded NASA administrator Carl Hemming, noting'
AFTER_VERB_SUBJ = re.compile(
    rf"^\s*(?:(?:in|at|on|during|after|before)\s+[^,.“”\"]{{1,40}},)?\s*,?\s*(?P<verb>{VERBS})\s+(?:the\s+)?"
    rf"(?:(?:[A-Z][\w&.'’-]*|[a-z-]+|\d+(?:st|nd|rd|th))\s+){{0,6}}?"
    rf"(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)(?=\s*[,.;:!?()]|\s*$|\s+(?:{alternation(RULES['words_after_speaker'])})\b)")
# '" said a WeWork spokesperson' / '" a spokesperson for WeWork said' / 'A WeWork spokesperson said: "'
SPOKES = f"(?:{alternation(RULES['spokesperson_nouns'])})"
ORG_RUN = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*"
AFTER_SPOKESPERSON = re.compile(
    rf"^\s*,?\s*(?:(?P<verb>{VERBS})\s+)?(?:an?|the)\s+(?:(?P<subj>{ORG_RUN})\s+{SPOKES}|{SPOKES}\s+(?:for|of|from)\s+"
    rf"(?:the\s+)?(?P<subj2>{ORG_RUN}))(?(verb)|\s+(?P<verb2>{VERBS}))\b")
# A speaker's name before an apposition, maybe after a place and a role ('Texas delegate Bill Eastland, …'); a name may
# open with initials ('J. Gerald Hebert')
APPOSED_NAME = r"(?:(?:[A-Z][\w.'’-]*\s+){1,3}[a-z][a-z-]{3,}\s+(?=[A-Z]))?(?P<subj>(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z]\.\s*)*[A-Z][\w'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
# '" Mayer, Disney's chairman of direct-to-consumer, said' / '" Dr. Luz Arroyo, a member of the group, told NBC News'
# / '" J. Gerald Hebert, executive director of the center, said'; a few words in quotation marks may stand in the
# apposition ('" Bill Eastland, wearing "Ted Cruz" pins, said')
AFTER_APPOSITION = re.compile(
    rf"^\s*,?\s*{APPOSED_NAME},\s+(?:[^\n“”\"]|[“\"][^\n“”\"]{{1,40}}[”\"]){{2,160}}?,\s+(?:also\s+|later\s+)?(?P<verb>{VERBS})\b")
# '" Nate Vance, the analyst who founded the site tweeted': an apposition with a relative clause whose closing comma
# the copy left out; the verb after the clause is the speaker's
AFTER_RELATIVE_APPOSITION = re.compile(
    rf"^\s*,?\s*{APPOSED_NAME},\s+(?:(?:the|a|an)\s+[^\n,;“”\"]{{1,60}}?\s+)?who\s+[^\n,;“”\"]{{2,100}}?\s+"
    rf"(?P<verb>{VERBS})\b(?=\s*[.,;]|\s+(?:{alternation(RULES['words_after_speaker'])}|reporters)\b)")
# '" Thornbury's campaign manager, Leo Brandt, said': a role of someone's, then the speaker
AFTER_POSSESSIVE_ROLE = re.compile(
    rf"^\s*,?\s*(?:(?:[A-Z][\w.-]*\s+){{0,4}}[A-Z][\w.-]*|(?:the|a|an)\s+[a-z]+)['’]s?\s+(?:[a-z-]+\s+){{0,3}}[a-z-]+,?\s+(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}),?"
    rf"\s+(?:also\s+)?(?P<verb>{VERBS})\b")
# '," the Harbour Ledger quoted Leo Brandt as saying': the one quoted speaks, not the one quoting
AFTER_QUOTED_AS = re.compile(r"^\s*,?\s*(?:(?:the|a|an)\s+)?(?:[\w&.'’-]+\s+){0,5}?quoted\s+"
                             r"(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+as\s+(?P<verb>saying|telling|writing)\b")
# '" the treasurer, Leo Brandt, said' / '" a lawyer for the family, Leo Brandt, told reporters': a role, then the speaker
# set off by commas
AFTER_ROLE_THEN_NAME = re.compile(
    rf"^\s*,?\s*(?:the|a|an)\s+(?:[a-z-]+\s+){{0,5}}?[a-z-]+,\s+(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}),"
    rf"\s+(?:also\s+)?(?P<verb>{VERBS})\b")
# '" said the treasurer, Leo Brandt.': the verb first, then the role and the speaker
AFTER_VERB_ROLE_THEN_NAME = re.compile(
    rf"^\s*,?\s*(?P<verb>{VERBS})\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,5}}?[a-z-]+,\s+"
    rf"(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})(?=\s*[,.;]|\s*$)")
# '" said Thornbury's campaign manager, Leo Brandt, who …': the verb first, then the role of someone's and the speaker
AFTER_VERB_POSSESSIVE_ROLE = re.compile(
    rf"^\s*,?\s*(?P<verb>{VERBS})\s+(?:[A-Z][\w.-]*|(?:the|a|an)\s+[a-z]+)['’]s?\s+(?:[a-z-]+\s+){{0,3}}[a-z-]+,\s+"
    rf"(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})(?=\s*[,.;]|\s*$)")
# '" one of the lawyers for Ruth Aldane said': a name after a preposition is not the one who speaks
NOT_AFTER_PREPOSITION = "".join(rf"(?<!\b{p} )" for p in RULES["prepositions"])
# '" Caltech planetary scientist Ruth Aldane said' / '" Nordbank analyst Jens Kohler said'
# / '" harbour engineers Mia Lund and Tom Reyes of the Harbour Institute wrote'
AFTER_DESCRIBED = re.compile(
    rf"^\s*,?\s*(?:(?:[\w'’&$-]+\.?|(?:[A-Z]\.){{2,}})\s+){{1,6}}?{NOT_AFTER_PREPOSITION}"
    rf"(?P<subj>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){{1,2}}){PARTY_TAG}"
    rf"(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}{PARTY_TAG})?"  # two sources: the first speaks for both
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][^\n,“”\"]{{0,80}}?)?\s+(?P<verb>{VERBS})\b")
# '"…" ⏎ - Thornbury.' / '"…" ⏎ -Governor Wexley, tweeting after her speech.': a signature under a quotation
SIGNATURE = re.compile(rf"\s*[{RULES['signature_dashes']}]\s*(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}})\s*(?:,[^\n]{{0,80}})?\.?[ \t]*(?:\n|$)")
# What may stand between two parts of one quotation: its attribution ('," she said. "'), nothing more.
ATTRIBUTION_GAP = re.compile(rf"[\s”\"]*,?\s*[^\n“”\"]{{0,120}}?\b(?:{VERBS})\b[^\n]{{0,260}}?[,.:;—]?\s*[“\"]?\s*")
# The end of a paragraph and the opening mark of the next: a quotation that goes on
PARAGRAPH_GAP = re.compile(r"[\s”\"]*\n\s*[“\"]?\s*")
# Between two fragments of one quotation in a sentence: 'and', 'but', a few words without a full stop
FRAGMENT_GAP = re.compile(r"[”\"]?[^\n.!?“”\"]{0,60}[“\"]?")


def gap_kind(gap: str, verb: str | None = None) -> str | None:
    """What stands between two parts of a quotation: its attribution ('," she said. "', or with the
    verb the first part was attributed by: '," Hollis fumed. "'), or a paragraph break; None when it
    is anything else."""
    if PARAGRAPH_GAP.fullmatch(gap):
        return "paragraph"
    line, _, rest = gap.partition("\n")
    if _ and not PARAGRAPH_GAP.fullmatch("\n" + rest):
        return None
    if ATTRIBUTION_GAP.fullmatch(line) or (verb and len(line) < 380 and re.search(rf"\b{re.escape(verb)}\b", line)
                                           and len(SENTENCE_END.findall(line)) <= 1):
        return "attribution"
    return None
# '" said the Ohio shopkeeper' / '" a campaign aide said': a source the text describes but does not name
DESCRIBED_AFTER = re.compile(rf"^\s*,?\s*(?:(?:{VERBS})\s+(?:the|a|an|one|another)\s+(?:[A-Z][\w.-]*\s+)*[a-z]|(?:the|a|an|one|another)\s+"
                             rf"[^\n.“”\"]{{0,80}}?\b(?:{VERBS})\b)")
# A possessive after a name ('Clinton welcomed Sanders’ apology'): the name of someone whose gender we cannot tell
# there is no antecedent a later 'he' or 'she' refers to; the sentence's subject is
POSSESSIVE_AFTER = re.compile(r"['’]s?\b|['’](?!\w)")
PRONOUN_PARAGRAPHS = 2  # how many paragraphs before hers 'she' may look back to
GENDERED_TITLES = {w: g for g, words in (("m", RULES["male_titles"]), ("f", RULES["female_titles"])) for w in words}
HONORIFIC_BEFORE = re.compile(rf"\b(?P<title>{alternation(GENDERED_TITLES)})\.?\s+$")
PRONOUNS = {"he", "she", "they", "we", "i", "it"}
SPEAKER_NOT_FIRST = frozenset(RULES["speaker_not_first"])
# A possessive ('Thornbury’ comments', "Tom Pellow' aide") modifies the noun after it: not a subject
POSSESSIVE_END = re.compile(r"['’]s?$")


def not_a_subject(subject: str) -> bool:
    """'Her critics', 'Another', 'Thornbury’ comments': words a reporting verb's subject never is."""
    s = subject.strip()
    return not s or s.split()[0] in SPEAKER_NOT_FIRST or bool(POSSESSIVE_END.search(s))
# A quotation nobody speaks with at least this share of capitalised words is a title, not speech.
TITLE_CASE_SHARE = 0.75
# Capitalised words after a reporting verb that are not speakers ('" announced in October').
NOT_SPEAKERS = frozenset(w.lower() for w in calendar.month_name[1:] + calendar.day_name[:] + ["Today", "Yesterday", "Tomorrow"])
# 'Continued Hollis: "…"': the verb before its subject, ahead of a colon
INVERTED_BEFORE = re.compile(rf"(?:^|[.!?]\s+)(?P<verb>{VERBS})\s+(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s*:\s*$")
# 'Civic Polling: "…"', 'Rep. Wade Tillman (R-S.C.): "…"': a name right before the colon
NAME_COLON = re.compile(r"(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s*\([^)]{1,20}\))?\s*:\s*$")
# 'on Tuesday', 'last week': when a report was made, between its subject and verb
TIME_OF_REPORT = rf"(?:on\s+)?(?:{'|'.join(calendar.day_name)})|{alternation(RULES['times_before_verb'])}"
BEFORE = re.compile(rf"{SUBJECT}\s+(?:(?:\w+ly|{alternation(RULES['adverbs_before_verb'])}|{TIME_OF_REPORT})\s+){{0,2}}(?P<verb>{VERBS})(?:\s+[\w’']+){{0,6}}?\s*[:,]\s*$")


def closes_like_a_closing_mark(body: str, at: int) -> bool:
    """An opening curly mark typed where a closing one belongs ('"It's unusual,“ said Noble'): glued to the words
    before it and followed by a space, a line end or punctuation, never by the words it would open."""
    before, after = body[at - 1:at], body[at + 1:at + 2]
    return bool(before) and not before.isspace() and before not in "—–-(“\"" and (not after or after.isspace()
                                                                                 or after in ".,;:!?)")


def spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's text; one that runs on across paragraphs is one span."""
    out: list[tuple[int, int]] = []
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    carry: int | None = None  # start of a quotation left open at the end of the previous paragraph
    for ps, pe in paras:
        i = ps
        if carry is not None:
            if body[ps] in OPEN:
                i = ps + 1
            else:
                carry = None
        start = carry
        carry = None
        opener = body[start - 1] if start is not None else ""
        inner = 0  # curly quotations open inside one opened by a straight mark ('"… about “Equal Justice” …"')
        for mark in MARKS.finditer(body, i, pe):
            m = mark.group()
            if start is None and m in OPEN:
                start, opener, inner = mark.end(), m, 0
            elif start is None:
                continue
            elif m == "“" and closes_like_a_closing_mark(body, mark.start()):
                out.append((start, mark.start()))
                start = None
            elif m == "“" and opener == '"' and mark.start() == start:
                start, opener = mark.end(), m  # '"“…”': a doubled opening mark, the curly one the quotation's own
            elif m == "“" and opener == '"':
                inner += 1
            elif m == "”" and inner:
                inner -= 1
            elif m in CLOSE:
                out.append((start, mark.start()))
                start = None
        if start is not None:
            nxt = body[pe + 1:pe + 2]
            if nxt and nxt in OPEN:
                carry = start
            # an unclosed mark with nothing to continue it is dropped
    return out


def _trim(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    return s, e


# An article before a name and a common noun after it: the name modifies the noun ('the Trump campaign')
ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|An?)\s+$")
NOUN_AFTER = re.compile(r"\s+(?!(?:who|whom|whose|and|or|of|in|on|at|to)\b)[a-z]{3,}\b")


class Attributor:
    def __init__(self, body: str, persons: list[Person], mentions: list[Mention]):
        self.body = body
        self.persons = {p.name: p for p in persons}
        self.mentions = mentions
        self.last_person: str | None = None
        self.last_org: str | None = None
        self.last_kind: str | None = None  # which of the two was named last: 'they' goes to it
        self.last_seen: dict[str, int] = {}  # person → offset of their latest mention so far
        self._starts = [m.start for m in mentions]
        self._honorific_gender: dict[str, str] | None = None  # person → gender an honorific gives, filled on first use
        self.quoted: list[tuple[int, int]] = []  # (start, end) of the quotations in the body, in order
        self._quoted_starts: list[int] = []

    def note_quotations(self, quoted: list[tuple[int, int]]) -> None:
        """The quotations of the body: a name inside one is spoken about, not the one a later 'he' refers to."""
        self.quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self.quoted]

    def inside_quotation(self, pos: int) -> bool:
        i = bisect_left(self._quoted_starts, pos + 1) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def person_for(self, text: str) -> str | None:
        text = re.sub(r"^(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.?\s+", "", text.strip().rstrip(".,;:"))
        if text in self.persons:
            return text
        words = text.split()
        for name in self.persons:
            parts = name.split()
            if words and (words[-1] in parts or text in name or name in text):
                return name
        return None

    def person_by_title(self, word: str) -> str | None:
        """'the minister', 'the prosecutor': the person named last whose title has that word."""
        fits = [name for name, p in self.persons.items() if p.title and word in p.title.lower().replace("-", " ").split()]
        if self.last_person in fits:
            return self.last_person
        return max(fits, key=lambda name: self.last_seen.get(name, -1), default=None)

    def gender(self, name: str) -> str:
        """'m', 'f', or '?' when neither an honorific, a gendered title nor the first name tells."""
        p = self.persons.get(name)
        title = (p.title or "") if p else ""
        for word in title.replace(".", "").split():
            if word in GENDERED_TITLES:
                return GENDERED_TITLES[word]
        if self._honorific_gender is None:  # 'Ms. Vantrell': an honorific the person is named with, kept in no title
            self._honorific_gender = {}
            for m in self.mentions:
                if m.person and (h := HONORIFIC_BEFORE.search(self.body, max(0, m.start - 12), m.start)):
                    self._honorific_gender.setdefault(m.person, GENDERED_TITLES[h.group("title")])
        if name in self._honorific_gender:
            return self._honorific_gender[name]
        return DICTIONARY_NAMES.get(name.split()[0], "?") if name else "?"

    def pronoun_person(self, pronoun: str, pos: int) -> str | None:
        """'he'/'she' at pos: the person named last before it outside quotations ('"… Sen. Tillman …," he said' is
        not Tillman's) and not after a preposition ('a meeting with Tillman'), in this paragraph or the one before, whose gender fits
        (an unknown gender does not fit a possessive: 'Sanders’ apology'); else the last speaker if theirs fits."""
        want = "m" if pronoun.lower() == "he" else "f"
        para = self.body.rfind("\n", 0, pos)
        window = para
        for _ in range(PRONOUN_PARAGRAPHS):
            window = self.body.rfind("\n", 0, max(window, 0)) if window > 0 else 0
        i = bisect_left(self._starts, pos)
        for m in reversed(self.mentions[:i]):
            if m.start < window:
                break
            gender = self.gender(m.person) if m.person in self.persons else None
            if m.person in self.persons and m.kind in ("full", "short", "title") and gender in (want, "?") \
                    and not (gender == "?" and POSSESSIVE_AFTER.match(self.body, m.end)) \
                    and not self.modifies_a_noun(m) and not self.inside_quotation(m.start) \
                    and not NOT_ANTECEDENT_AFTER.search(self.body, max(0, m.start - 40), m.start):
                return m.person
        if self.last_person and self.gender(self.last_person) in (want, "?"):
            return self.last_person
        return None

    def modifies_a_noun(self, m: Mention) -> bool:
        """'the Trump campaign', 'a Hollis aide': a name standing before a noun it modifies refers to no one a
        later 'he' or 'she' could be."""
        return bool(ARTICLE_BEFORE.search(self.body, max(0, m.start - 5), m.start)) \
            and bool(NOUN_AFTER.match(self.body, m.end))

    def resolve(self, subj: str, pos: int | None = None) -> tuple[str | None, str | None]:
        s = subj.strip()
        low = s.lower()
        if low in ("he", "she"):
            p = self.pronoun_person(low, pos) if pos is not None else self.last_person
            return (p, "person") if p else (None, None)
        if low == "they":
            if self.last_kind == "organization" and self.last_org:
                return self.last_org, "organization"
            return (None, None)
        if low in ("we", "i"):
            return (None, None)
        if low in ORG_PRONOUNS:
            return (self.last_org, "organization") if self.last_org else (None, None)
        if re.fullmatch(r"[Tt]he(?: [a-z-]+)+", s):  # 'the minister': a person named earlier by title
            p = self.person_by_title(low.split()[-1])
            return (p, "person") if p else (None, None)
        p = self.person_for(s)
        if p:
            return p, "person"
        if not_a_subject(s):
            return None, None
        if s.split()[0].lower() in NOT_SPEAKERS:
            return None, None
        if s[:1].isupper():
            org = re.sub(r"^The\b\s*", "", s).rstrip(".,;:")
            if org[:1].isupper():
                return org, "organization"
        return None, None

    def note_subjects(self, upto: int) -> None:
        """Speakers named in plain sentences ('the Danish Food Authority said') carry over."""
        for m in self.mentions[bisect_left(self._starts, self._seen):bisect_left(self._starts, upto)]:
            if m.kind == "organization":
                self.last_org, self.last_kind = m.person, "organization"
            elif m.person and m.kind in ("full", "short") and m.person in self.persons:
                self.last_seen[m.person] = m.start
                self.last_person, self.last_kind = m.person, "person"
        self._seen = upto

    _seen = 0

    def _named(self, start: int, end: int) -> list[Mention]:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end and m.person
                and (m.kind == "organization" or m.person in self.persons)]

    def _speaker_at(self, m: Mention) -> tuple[str, str]:
        return m.person, "organization" if m.kind == "organization" else "person"

    def sentence_subject(self, start: int, s: int) -> tuple[str | None, str | None, str | None]:
        """Who speaks a quotation that the sentence before it leads into ('Hollis said the mayor is "…"',
        'Thornbury told the Post in a statement, "…"', 'Brandt was unimpressed, telling reporters, "…"').

        The subject of the sentence's reporting verb: the name or he/she nearest before the verb. A
        participle after a comma (', saying') belongs to the verb before it, or to the sentence's
        subject, its first name. With no reporting verb, the sentence's subject speaks."""
        opening = SUBORDINATE_OPENING.match(self.body, start, s)
        if opening and self._named(opening.end(), s):  # 'When Thornbury suggested it, Hollis fired back:': the main clause
            start = opening.end()
        lead = self.body[start:s]
        verbs = [v for v in LEAD_VERB.finditer(lead)]
        while verbs and verbs[-1].group("participle") and (lead[:verbs[-1].start()].rstrip().endswith(",")
                                                            or CLAUSE_LINK.search(lead, 0, verbs[-1].start())):
            if len(verbs) == 1:
                verbs = []
                break
            verbs.pop()
        named = self._named(start, s)
        while len(verbs) > 1 and COORDINATED.search(lead, 0, verbs[-1].start()):
            verbs.pop()  # 'Varga said the move was made by Hollis and said, "…"': the first verb's subject
        if verbs:
            v = verbs[-1]
            cut = start + v.start()
            # the subject right before the verb, not a name inside an aside ('Harlow, a Thornbury supporter, said')
            before = [m for m in named if m.end <= cut and "," not in self.body[m.end:cut]
                      and not AFTER_PREPOSITION.search(self.body, max(0, m.start - 12), m.start)]
            head = lead[:v.start()].rstrip()
            if head.endswith(","):
                # 'Thornbury's chairman, John Tilden, said' names the speaker in the aside; 'Hirsch (D-Ill.),
                # noting Thornbury's following, said' describes the one named before it
                open_at = head.rfind(", ", 0, len(head) - 1)
                aside = start + open_at + 2
                named_people = [m for m in named if m.kind != "organization"]
                inside = [m for m in named_people if m.start >= aside and TITLE_RUN.fullmatch(self.body, aside, m.start) and SPEAKER_TAIL.fullmatch(self.body[m.end:start + len(head)])]
                outside = [m for m in named_people if m.end <= start + open_at
                           and SPEAKER_TAIL.fullmatch(self.body[m.end:start + open_at + 1])]
                if open_at >= 0 and (inside or outside):
                    return (*self._speaker_at((inside or outside)[-1]), v.group(0))
            # 'Asked about it, Varga said "…"': a surname right before the verb, named nowhere else
            bare = NAME_BEFORE_VERB.search(lead, 0, v.start())
            if bare and bare.group("name").split()[0] not in NOT_FIRST \
                    and not PLACE_BEFORE.search(lead, 0, bare.start("name")) \
                    and (not before or start + bare.start("name") >= before[-1].end):
                speaker, kind = self.resolve(bare.group("name"))
                if speaker:
                    return speaker, kind, v.group(0)
            pro = None
            for pro in PRONOUN_WORD.finditer(lead, 0, v.start()):
                pass
            if pro and (not before or start + pro.start() > before[-1].end) and "," not in lead[pro.end():v.start()]:
                p = self.pronoun_person(pro.group(0), start + pro.start())
                return (p, "person", v.group(0)) if p else (None, None, None)
            if before and not COORDINATED.search(lead, 0, v.start()):
                return (*self._speaker_at(before[-1]), v.group(0))
            if named:
                return (*self._speaker_at(named[0]), v.group(0))
            return None, None, None
        pro = OPENING_PRONOUN.match(lead)
        # 'In Harbour Lights Forever, Vantrell hums, "…"': a run opening with a preposition is no subject
        named = [m for m in named if not AFTER_PREPOSITION.search(self.body, max(0, m.start - 12), m.start)
                 and m.person.split()[0] not in SPEAKER_NOT_FIRST]
        first = named[0] if named else None
        if first is not None and lead.rstrip().endswith(":"):
            # 'When Thornbury suggested it, Hollis fired back:': the last clause that names someone
            clause = start + lead.rfind(", ", 0, len(lead.rstrip()) - 1) + 2
            later = [m for m in named if m.start >= clause]
            first = later[0] if later and clause > start + 1 else first
        if pro and (first is None or start + pro.start("pro") < first.start):
            p = self.pronoun_person(pro.group("pro"), start + pro.start("pro"))
            return (p, "person", None) if p else (None, None, None)
        if first is None:
            bare = BARE_SUBJECT.match(lead)
            if bare and bare.group("name").split()[0] not in NOT_FIRST:
                speaker, kind = self.resolve(bare.group("name"))
                if speaker:
                    return speaker, kind, None
            colon = NAME_COLON.search(lead) if lead.rstrip().endswith(":") else None
            if colon and colon.group("subj").split()[0] not in NOT_FIRST \
                    and not AFTER_PREPOSITION.search(lead, 0, colon.start("subj")):
                speaker, kind = self.resolve(colon.group("subj"))
                return speaker, kind, None
            return None, None, None
        return (*self._speaker_at(first), None)


# '"…so hard" for the victory, Hale said.': a quotation that stops inside its sentence, a few more words of that
# sentence, then its attribution closing it
AFTER_SENTENCE_TAIL = re.compile(rf"^\s*[a-z][^\n.!?“”\"]{{0,60}}?,\s*(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|he|she)"
                                 rf"\s+(?P<verb>{VERBS})\s*\.")
# After a quotation that closes its sentence, an attribution that leads into the next quotation is that one's
# ('"… the end." Of the mayor, Hollis said, "…"')
LEADS_INTO_NEXT = re.compile(r"\s*[,:]\s*[“\"]")
# What follows the verb of an attribution: its end, or where, when, to whom ('" Cruz told reporters.')
ATTRIBUTION_END = re.compile(rf"\s*(?:[.,;:!?]|$|(?:{alternation(RULES['words_after_speaker'])}|reporters|[A-Z][\w.]*)\b)")


def attributions(after: str, before: str, text: str = "") -> Iterator[tuple[str, str, bool, int]]:
    """(subject, reporting verb, whether it stands in `before`, where the subject starts there) candidates for one
    quotation, nearest first: right after it, then before it.

    After a quotation that closes its sentence ('… the end."'), what follows is an attribution only
    if it ends at its verb ('" Hollis told reporters.'), not a new sentence ('" Varga said he would …')."""
    ends_sentence = text.rstrip()[-1:] == "."
    m = AFTER_SUBJ_VERB.match(after)
    if m and ends_sentence and m.group("subj") in ("He", "She", "They", "It"):
        m = None
    m2 = AFTER_VERB_SUBJ.match(after)
    if m2 and (not m or m2.start("verb") < m.start("subj")):
        m, m2 = m2, None
    quoted = AFTER_QUOTED_AS.match(after)
    if quoted:
        yield quoted.group("subj"), quoted.group("verb"), False, quoted.start("subj")
    spokes = AFTER_SPOKESPERSON.match(after)
    if spokes:
        subj = "subj" if spokes.group("subj") else "subj2"
        yield spokes.group(subj), spokes.group("verb") or spokes.group("verb2"), False, spokes.start(subj)
    loose = AFTER_NAME_ANY_VERB.match(after) if text.rstrip()[-1:] in (",", "?", "!") else None
    following = [m, m2, AFTER_APPOSITION.match(after) or AFTER_RELATIVE_APPOSITION.match(after), AFTER_POSSESSIVE_ROLE.match(after) or AFTER_VERB_POSSESSIVE_ROLE.match(after)
                 or AFTER_ROLE_THEN_NAME.match(after) or AFTER_VERB_ROLE_THEN_NAME.match(after),
                 AFTER_DESCRIBED.match(after)]
    if ends_sentence:
        following = [c for c in following if c is not None and (c is m2 or ATTRIBUTION_END.match(after, c.end()))
                     and not LEADS_INTO_NEXT.match(after, c.end())]
    tail = AFTER_SENTENCE_TAIL.match(after) if text.rstrip()[-1:].isalnum() else None
    inverted, leading = INVERTED_BEFORE.search(before), BEFORE.search(before)
    for candidate in (*following[:4], inverted, *following[4:], leading, tail, loose):
        if candidate:
            yield candidate.group("subj"), candidate.group("verb"), candidate in (inverted, leading), candidate.start("subj")


def looks_like_a_title(text: str) -> bool:
    """'Takin' It To The Streets,' 'Fewer Exams, Better Schools': a song, a book or a
    placard, not speech (only asked of quotations nobody is said to have spoken)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", text) if len(w) > 3 or w[:1].isupper()]
    return bool(words) and sum(w[:1].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


# What stands right before the name of a work or a group in quotation marks: a preposition ('starred in', 'the
# founder of'), a possessive ('Fox's') or a name before it and a conjunction ('"Parks and Recreation" and')
TITLE_LEAD = re.compile(rf"(?:\b(?:{alternation(RULES['prepositions_before_titles'])})|\w['’]s|[”\"]\s+(?:and|or))$")


# Reporting verbs and participles that lead into a quotation inside the sentence ('Hollis said the mayor
# is "…"', 'the union calling her "…"')
LEAD_VERB = re.compile(rf"\b(?:(?P<participle>{alternation(RULES['reporting_participles'])})|{VERBS}|"
                       rf"{alternation(RULES['leading_verbs'])})\b")
PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
NAME_BEFORE_VERB = re.compile(r"(?<![\w.’'-])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:\s*\([^)]{1,20}\))?\s+"
                              r"(?:(?:\w+ly|also|later|then|again|last|this|on|[A-Z][a-z]+day|week|night|morning)\s+)*$")
# After a speaker's name up to the comma that closes it: a party tag at most ('Hirsch (D-Ill.),')
SPEAKER_TAIL = re.compile(r"(?:['’]s?)?\s*(?:\([^)]{1,20}\))?\s*,")
# A name after these, maybe after a title, is not the one a later pronoun refers to ('a meeting with Sen. Tillman'),
# but a sentence's end stops them ('met on Monday. Tillman said'): a full stop only after an abbreviation
NOT_ANTECEDENT_AFTER = re.compile(rf"\b(?:{alternation(RULES['not_antecedent_after'])})\s+(?:the\s+)?"
                                  rf"(?:(?:{alternation(RULES['abbreviations'])})\.\s+|[A-Z][a-z]+\s+){{0,2}}$")
# A name after a preposition is not the subject ('posted on Twitter', 'a meeting in Ohio')
AFTER_PREPOSITION = re.compile(rf"(?<!ccording )\b(?:{alternation(RULES['prepositions'])})\s+(?:the\s+)?$")
# Before a name that cannot be the subject of the verb after it ('posted on Twitter reading "…"'); unlike
# 'with Thornbury yelling "…"' or 'the Federation of Teachers calling her "…"'
PLACE_BEFORE = re.compile(rf"\b(?:{alternation(RULES['place_prepositions'])})\s+(?:the\s+)?$")
TITLE_RUN = re.compile(r"(?:[A-Z][\w.-]*\s+)*")
# A participle after 'while' or 'by' belongs to the verb before it ('insisted …, while adding, "…"')
CLAUSE_LINK = re.compile(r"\b(?:while|when|by|before|after)\s+$")
# An opening subordinate or participial clause ('When Thornbury suggested it, ', 'Asked about Tilden, ')
SUBORDINATE_OPENING = re.compile(rf"(?:{alternation(RULES['clause_openers'])})\b[^,“”\"\n]{{0,160}}?,\s*")
# A sentence opening with a capitalised subject and its verb ('Thornbury subsequently defended …')
BARE_SUBJECT = re.compile(r"(?:(?:But|And|So|Then)\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:\w+ly\s+)?"
                          r"[a-z]{3,}(?:ed|s)\b")
COORDINATED = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+)?$")
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“A-Z])")
# A sentence opening with a pronoun before any name: 'She called his actions "…"'
OPENING_PRONOUN = re.compile(r"^(?:(?:But|And|So|Yet|Still|Now|Then|Instead)\s+|[^,\n]{0,40},\s+)?(?P<pro>[Hh]e|[Ss]he)\b")
ABBREVIATION_END = re.compile(rf"(?:\b[A-Z]|{alternation(RULES['abbreviations'])})\.$")


# '—"Pop-up art show strives to confront gentrification," by DNAinfo's Eddie Small: "Curators of …"': a digest lists
# pieces by their headline in quotation marks and a byline after it, then quotes the piece; neither is anyone's speech.
HEADLINE_BYLINE = re.compile(r"[”\"’]?\s*,?\s*by\s+(?:the\s+)?[A-Z]")
AFTER_BYLINE = re.compile(r"[”\"’],?\s*by\s+[^\n“”\"]{2,80}?:\s*$")
# What may stand before a headline on its line: nothing, a dash, or a digest's label and a dash ('NOW OPEN—').
HEADLINE_LEAD = re.compile(r"^(?:[A-Z][A-Z'’ ]{0,40})?[—–-]?\s*$")
# The end of a sentence that leads into a quotation: 'Thornbury told the Post in a statement, "…"'
LEADS_IN = re.compile(r"[\w.)’']\s*[:,—–]\s*$")


def sentence_start(body: str, para_start: int, s: int) -> int:
    """Where the sentence holding offset s starts (not at the full stop of 'Sen.' or 'U.S.')."""
    start = para_start
    for m in SENTENCE_END.finditer(body, para_start, s):
        if not ABBREVIATION_END.search(body[max(para_start, m.start() - 5):m.start() + 1]):
            start = m.end()
    return start


# The end of an attribution that leads into the quotation after it ('… Brennick said, "', '… said: "')
LEADS_INTO = re.compile(r"[,:]\s*[“\"]?\s*$")


# A sentence after the attribution that opens with a connective and goes straight on with the quotation
# ('," Vance said. Instead, "…"', '" he said. Then, "…"'): the same speaker's next part
CONNECTIVE_LEAD = re.compile(rf"[.!?]\s+(?:{alternation(RULES['connectives_before_a_part'])}),?\s*[“\"]?\s*$")


def own_lead_in(before_text: str, gap: str) -> bool:
    """Whether the gap after a quotation ends in an attribution of the next one's own: it leads into it ('…,
    Brennick said, "') after a whole sentence, the quotation's or one inside the gap ('…," said Brannock. Marrick
    resisted: "'), not the attribution of the quotation before ('," she said, adding: "')."""
    if CONNECTIVE_LEAD.search(gap):
        return False  # '," Vance said. Instead, "…"': a connective alone introduces nobody new
    return LEADS_INTO.search(gap) is not None and (before_text.rstrip()[-1:] in ".!?"
                                                   or SENTENCE_END.search(gap) is not None)


def opens_with_quote(body: str, para_start: int, opening: int) -> bool:
    """Whether the quotation mark at `opening` opens its paragraph."""
    return not body[para_start:opening].strip()


def _attributed_right_after(after: str) -> bool:
    """A name or a pronoun and a reporting verb right after the closing mark ('," Vantrell said', '," said Vantrell')."""
    m = AFTER_SUBJ_VERB.match(after) or AFTER_VERB_SUBJ.match(after)
    return m is not None and not not_a_subject(m.group("subj")) and not m.group("subj").startswith(("The ", "the "))


# '," Hollis said "': a bare name or pronoun and its verb between a quotation cut at a comma and the next part
BARE_ATTRIBUTION_BEFORE_PART = re.compile(rf"\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|he|she)\s+(?:{VERBS})\s*[“\"]")


def find(body: str, persons: list[Person], mentions: list[Mention], ctx: Context) -> list[Quote]:
    att = Attributor(body, persons, mentions)
    out: list[Quote] = []
    found = [(*_trim(body, s, e), s - 1, e) for s, e in spans(body)]
    att.note_quotations([(s, e) for s, e, _, _ in found])
    prev: Quote | None = None  # the last whole quotation
    last: Quote | None = None  # the last quotation or fragment
    last_mark = -1
    prev_end = -1
    for i, (s, e, opening, mark) in enumerate(found):
        text = quoted_words(body, s, e)
        words = len(text.split())
        para_start = body.rfind("\n", 0, s) + 1
        lead = body[para_start:opening].rstrip()
        # woven into a sentence ('Hollis says that "if you start a fight, you finish it."')
        woven = bool(lead) and lead[-1:].isalnum()
        if woven and prev is not None and prev_end > para_start and prev.text.rstrip()[-1:] == "," and text[:1].isupper() \
                and not looks_like_a_title(text) and BARE_ATTRIBUTION_BEFORE_PART.fullmatch(body, prev_end, opening + 1):
            woven = False  # '"First part," Hollis said "Second part."': the comma before the mark left out
        # a short part after its quotation's attribution ('"… in November," he said. "Very good."') is no scare quote
        goes_on = prev is not None and not woven and gap_kind(body[prev_end:opening], prev.reporting_verb) == "attribution"
        if HEADLINE_LEAD.match(lead) and HEADLINE_BYLINE.match(body, mark + 1) or AFTER_BYLINE.search(lead):
            continue  # a piece's headline before its byline, or the piece quoted after it
        if TITLE_LEAD.search(lead) and looks_like_a_title(text):
            continue  # 'on Fox's "Sunday Morning Futures,"': the name of a show, a book or a group, not speech
        # '"They're worried," Carson said. "There is no question about it."': a short first part that its
        # quotation goes on from after the attribution is speech, no scare quote
        opens_speech = not woven and text.rstrip()[-1:] in (",", "!", "?") and i + 1 < len(found) \
            and gap_kind(body[mark + 1:found[i + 1][2]]) == "attribution"
        # '"It is unfair," Vantrell said.': a short sentence opening its paragraph, then its speaker and verb
        spoken = words >= 2 and not lead and text[:1].isupper() and text.rstrip()[-1:] in (",", "!", "?") \
            and not looks_like_a_title(text) and _attributed_right_after(body[mark + 1:mark + 200].split("\n")[0])
        if words <= MAX_SCARE_WORDS and not goes_on and not opens_speech and not spoken \
                and not (woven and words >= 2 and len(re.sub(r"\W", "", text)) >= MIN_PARTIAL_LETTERS):
            continue
        att.note_subjects(s)
        after = body[mark + 1:mark + 320].split("\n")[0]
        before = body[para_start:max(para_start, opening)]
        before_start = para_start
        introduced_at = None  # the paragraph before, when it ends with a colon that introduces this one
        if not before.strip() and para_start > 1:
            previous_start = body.rfind("\n", 0, para_start - 1) + 1
            previous = body[previous_start:para_start - 1]
            if previous.rstrip().endswith(":"):
                before, before_start = previous, previous_start  # 'Morrison told the committee:' ⏎ '"I feared …"'
                introduced_at = (previous_start, previous_start + len(previous.rstrip()))
        speaker = kind = verb = None
        # attributed to someone the text does not name ('the spokesperson said')
        described = bool(DESCRIBED_AFTER.match(after))
        for subject, verb, in_before, at in attributions(after, before, text):
            # a pronoun refers back from where it stands ('"…," he said of Hollis, "…"' is not Hollis's)
            speaker, kind = att.resolve(subject, (before_start if in_before else mark + 1) + at)
            if speaker:
                break
            # a named source we cannot resolve, or a he/she that fits nobody: nothing carries over
            described = described or (subject.lower() not in PRONOUNS and not not_a_subject(subject)) \
                or subject.lower() in ("he", "she")
        if speaker is None and not described:
            verb = None
        if speaker is None and not described and not before.strip() and not after.strip():
            # a quotation standing alone in its paragraph, signed in the next one
            line_end = body.find("\n", mark + 1)
            signed = SIGNATURE.match(body, line_end + 1) if line_end >= 0 else None
            if signed and not body[line_end:signed.start("subj")].count("\n") > 2:
                speaker, kind = att.resolve(signed.group("subj"), s)
        elif speaker is None and not described and not before.strip() and after.lstrip()[:1] in RULES["signature_dashes"]:
            # '"…" — Jonah Brannock': a quotation opening its paragraph, signed after a dash on its line
            signed = SIGNATURE.match(body, mark + 1)
            if signed:
                speaker, kind = att.resolve(signed.group("subj"), s)
        if speaker is None and not described and introduced_at:
            ps, pe = introduced_at
            speaker, kind, verb = att.sentence_subject(sentence_start(body, ps, pe), pe)
        part_of = None
        own = speaker is not None  # attributed by the text around it, not carried over
        if prev is not None:
            gap = body[prev_end:opening]
            kind_of_gap = gap_kind(gap, prev.reporting_verb)
            # '"A." Of Marrick, Brennick said, "B."': after a whole sentence, an attribution that leads into the
            # next part is that part's own, and its sentence names the speaker
            leads_in = kind_of_gap == "attribution" and own_lead_in(prev.text, gap)
            if leads_in:
                kind_of_gap = None
            if speaker is None and not described and not woven and not leads_in:
                opens_paragraph = body[para_start:s].strip() in ("", "“", '"')
                if kind_of_gap or opens_paragraph:
                    speaker, kind, verb = prev.speaker, prev.speaker_kind, prev.reporting_verb
            # '"First part," she said, "second part."', '"A," she said. "B."' and a quotation that
            # goes on in the next paragraph after its attribution: one quotation in parts
            # A paragraph that opens with a quotation attributed on its own ('"B," Hale said.') starts a new one.
            new_paragraph = "\n" in gap and own and opens_with_quote(body, para_start, opening)
            if kind_of_gap and prev.quote_type == "direct" and not woven and speaker == prev.speaker \
                    and (kind_of_gap == "attribution" or not own) and not new_paragraph:
                part_of = prev.continues if prev.continues is not None else out.index(prev)
        if part_of is None and last is not None and last.quote_type == "partial" and not woven \
                and (prev is None or last.start > prev.start):
            # 'Varga "said sorry on this show," Hollis said. "It is time to move on."': a fragment, then the rest
            fragment_gap = body[last_mark + 1:opening]
            if gap_kind(fragment_gap, last.reporting_verb) == "attribution" and not own_lead_in(last.text, fragment_gap):
                # a speaker carried over from the whole quotation before the fragment gives way to the fragment's
                if (speaker is None or not own and last.speaker is not None) and not described:
                    speaker, kind, verb = last.speaker, last.speaker_kind, last.reporting_verb
                if speaker == last.speaker:
                    part_of = last.continues if last.continues is not None else out.index(last)
        partial = woven and (speaker is None or text[:1].islower())
        sent = sentence_start(body, para_start, s)
        if speaker is None and not described and (woven or LEADS_IN.search(body[sent:opening])):
            speaker, kind, verb = att.sentence_subject(sent, opening)
        elif speaker is None and not described and sent == opening and sent > para_start and part_of is None \
                and (prev is None or prev_end < para_start):
            # a quotation opening a sentence after one about its speaker ('Cruz tweeted a warning. "…"')
            speaker, kind, verb = att.sentence_subject(sentence_start(body, para_start, sent - 1), sent)
        if partial:
            pass
        elif speaker is None and looks_like_a_title(text):
            continue
        q = Quote(text, s, e, speaker, kind, verb, "partial" if partial else "direct", part_of)
        out.append(q)
        if kind == "person":
            att.last_person, att.last_kind = speaker, kind
        elif kind == "organization":
            att.last_org, att.last_kind = speaker, kind
        if partial and last is not None and last.quote_type == "partial" and last.speaker == speaker \
                and FRAGMENT_GAP.fullmatch(body[last_mark + 1:opening]):
            # 'was "dead broke, but in debt," and "struggled to pay"': fragments of one quotation
            q.continues = last.continues if last.continues is not None else len(out) - 2
        last, last_mark = q, mark
        if not partial:
            prev, prev_end = q, mark + 1
    return out
