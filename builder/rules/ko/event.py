"""Korean events: conferences, summits, hearings, elections … with place and dates.

An event word (event.toml `kinds`) heads a name: the words in front of it, or the whole
single-quoted name it stands in ('글로벌 초격차 테크 컨퍼런스'). The place is the
'…에서' phrase next to it; the date is the date expression of the same sentence, resolved
against the publication date. Without a publication date a relative date stays unresolved.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from builder import dates
from builder.rules import Context
from builder.rules.ko.person import title_of
from builder.rules.ko.text import Tok, quote_spans, sentence_bounds, tokenize
from builder.rules.model import Event
from builder.rules.tables import Endings, compiled, load

RULES = load("ko", "event")
KINDS: dict[str, str] = RULES["kinds"]
KIND_KEYS = sorted(KINDS, key=len, reverse=True)
KIND_ENDINGS = Endings(KIND_KEYS)
R = RULES["rules"]
BACK_REFERENCES = frozenset(R["back_references"])
NEED_MODIFIER = frozenset(R["need_modifier"])
STOP_WORDS = frozenset(R["name_stop_words"])
NOT_PLACES = frozenset(R["not_places"])
MAX_NAME_WORDS = R["max_name_words"]
PART_OF = re.compile(r"[‘']?(?P<parent>[^‘’'\s][^‘’']{0,60}?)[’']?의\s+(?:공식\s+)?(?:%s)" % "|".join(map(re.escape, R["part_of_markers"])))
PART_KINDS = frozenset(R["part_kinds"])
DATE = compiled(RULES["dates"]["expression"])
NIGHT_DESK_UNTIL = RULES["dates"]["night_desk_until_hour"]
_SINGLE_QUOTED = re.compile(r"[‘']([^‘’'\n]{2,60})[’']")
_NUMERIC = re.compile(r"^\d")
MODIFIER_ENDINGS = tuple(R["modifier_endings"])
# Spellings of the same month words: '다음 달' is '다음달', '이번 달' is '이달'.
MONTH_WORDS = {"이번달": "이달"}


def kind_of(word: str) -> tuple[str, str] | None:
    """(kind key, kind) when the word ends with an event word."""
    key = KIND_ENDINGS.longest(word)
    return (key, KINDS[key]) if key else None


def _name_word(t: Tok) -> bool:
    return not t.sep and not t.particle and t.text not in STOP_WORDS and not _NUMERIC.match(t.text) \
        and not t.text.endswith(MODIFIER_ENDINGS) and not DATE.fullmatch(t.text)


# -- dates -----------------------------------------------------------------------------------
def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    m0 = y * 12 + (m - 1) + delta
    return m0 // 12, m0 % 12 + 1


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def resolve(m: re.Match, published: str | None) -> tuple[date | None, date | None]:
    """(start, end) for a date expression; (None, None) without a publication date."""
    pub = dates.local_date(published)
    if pub is None:
        return None, None
    g = m.groupdict()
    if g["relday"]:
        hour = dates.local_hour(published)
        ref = pub - timedelta(days=1) if hour is not None and hour < NIGHT_DESK_UNTIL else pub
        offset = {"이날": 0, "당일": 0, "오늘": 0, "전일": -1, "전날": -1, "어제": -1, "내일": 1, "다음날": 1}[g["relday"]]
        base = pub if g["relday"] in ("이날", "당일") else ref
        d = base + timedelta(days=offset)
        return d, d
    if g["relmonth"]:
        rel = MONTH_WORDS.get(g["relmonth"].replace(" ", ""), g["relmonth"])
        if rel in ("지난해", "올해"):
            y = pub.year - (rel == "지난해")
            return date(y, 1, 1), date(y, 12, 31)
        y, mo = _shift_month(pub.year, pub.month, {"지난달": -1, "다음달": 1, "이달": 0}[rel])
        return _month_range(y, mo)
    rel = (g["rel"] or "").replace(" ", "")
    rel = MONTH_WORDS.get(rel, rel)
    y, mo = pub.year, pub.month
    if g["y"]:
        y = int(g["y"])
    elif rel == "지난해":
        y -= 1
    elif rel == "내년":
        y += 1
    if g["m"]:
        mo = int(g["m"])
        if not g["y"] and rel == "지난" and (mo, int(g["d"])) > (pub.month, pub.day):
            y -= 1
        if not g["y"] and rel == "오는" and (mo, int(g["d"])) < (pub.month, pub.day):
            y += 1
    elif rel in ("지난달", "다음달", "이달"):
        y, mo = _shift_month(y, mo, {"지난달": -1, "다음달": 1, "이달": 0}[rel])
    elif rel == "지난" and int(g["d"]) >= pub.day:
        y, mo = _shift_month(y, mo, -1)
    elif rel == "오는" and int(g["d"]) <= pub.day:
        y, mo = _shift_month(y, mo, 1)
    start = _day(y, mo, int(g["d"]))
    end = start
    if g["d3"]:  # '2∼4일': the same month
        end = _day(y, mo, int(g["d3"]))
    if g["d2"]:
        y2, m2 = y, mo
        if g["rel2"]:
            rel2 = MONTH_WORDS.get(g["rel2"].replace(" ", ""), g["rel2"])
            y2, m2 = _shift_month(pub.year, pub.month, {"지난달": -1, "다음달": 1, "이달": 0}[rel2])
        if g["m2"]:
            m2 = int(g["m2"])
        end = _day(y2, m2, int(g["d2"]))
    elif g["until"]:
        start, end = None, start
    return start, end


# -- finding ---------------------------------------------------------------------------------
class Finder:
    def __init__(self, body: str, ctx: Context):
        self.body = body
        self.ctx = ctx
        self.toks = tokenize(body)
        self.double = quote_spans(body)
        self.events: list[Event] = []

    def in_double_quotes(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.double)

    def token_index(self, pos: int) -> int:
        for i, t in enumerate(self.toks):
            if t.start <= pos < t.end or t.start > pos:
                return i
        return len(self.toks)

    def location(self, name_start: int, name_end: int) -> str | None:
        """The '…에서' phrase right before the name (at most two words between) or right after it."""
        i0 = self.token_index(name_start)
        i1 = self.token_index(name_end - 1)
        candidates = [k for k in range(i0 - 1, max(-1, i0 - 4), -1)] + [k for k in range(i1 + 1, min(len(self.toks), i1 + 3))]
        s0, s1 = sentence_bounds(self.body, name_start)
        for k in candidates:
            t = self.toks[k]
            if t.start < s0 or t.end > s1 or not t.particle.startswith("에서") or t.stem in NOT_PLACES or kind_of(t.stem):
                continue
            if self.in_double_quotes(t.start):
                return None
            words = [t.stem]
            j = k - 1
            while j >= 0 and len(words) < 5 and _name_word(self.toks[j]) and self.toks[j].start >= s0:
                words.insert(0, self.toks[j].text)
                j -= 1
            return " ".join(words)
        return None

    def date_near(self, name_start: int, name_end: int) -> re.Match | None:
        """The date expression of the sentence nearest to the name, preferring one before it."""
        s0, s1 = sentence_bounds(self.body, name_start)
        found = [m for m in DATE.finditer(self.body, s0, s1) if not self.in_double_quotes(m.start())]
        before = [m for m in found if m.end() <= name_start]
        after = [m for m in found if m.start() >= name_end]
        return before[-1] if before else (after[0] if after else None)

    def add(self, name: str, kind: str, start: int, end: int) -> None:
        quoted = self.in_double_quotes(start)
        loc = None if quoted else self.location(start, end)
        dm = None if quoted else self.date_near(start, end)
        d0, d1 = resolve(dm, self.ctx.published) if dm else (None, None)
        ev = Event(name, kind, start, loc, dm.group("text").strip() if dm else None, d0, d1)
        for other in self.events:
            if other.kind == kind and (name.replace(" ", "") in other.name.replace(" ", "")
                                       or other.name.replace(" ", "") in name.replace(" ", "")):
                other.location = other.location or ev.location
                if other.date_text is None and ev.date_text:
                    other.date_text, other.start_date, other.end_date = ev.date_text, ev.start_date, ev.end_date
                return
        self.events.append(ev)

    def scan(self) -> None:
        quoted_names = []
        for m in _SINGLE_QUOTED.finditer(self.body):
            text = m.group(1).strip()
            # the event word that ends last, and the longest one there ('정상회의' over '회의')
            kinds = [(text.rfind(k) + len(k), len(k), KINDS[k]) for k in KIND_KEYS if k in text]
            if kinds and len(text.split()) >= 2:
                kind = max(kinds)[2]
                quoted_names.append((m.start(1), m.end(1)))
                self.add(text, kind, m.start(1), m.end(1))
        toks = self.toks
        for i, t in enumerate(toks):
            if t.sep or any(a <= t.start < b for a, b in quoted_names):
                continue
            hit = kind_of(t.stem)
            if not hit:
                continue
            key, kind = hit
            if not t.particle and i + 1 < len(toks) and not toks[i + 1].sep \
                    and (_name_word(toks[i + 1]) or title_of(toks[i + 1].stem)):
                continue  # it modifies the next word ('특별모금 성금 전달식', '대선 후보'): not the head
            words = []
            j = i - 1
            while j >= 0 and len(words) < MAX_NAME_WORDS - 1 and _name_word(toks[j]) and toks[j].text not in BACK_REFERENCES:
                words.insert(0, toks[j])
                j -= 1
            if not words and j >= 0 and toks[j].text in BACK_REFERENCES:
                self.back_reference(kind, t)
                continue
            if not words and t.stem == key and key in NEED_MODIFIER:
                continue
            if not words and t.stem == key and len(key) <= 2:
                continue
            start = words[0].start if words else t.start
            name = " ".join([w.text for w in words] + [t.stem])
            self.add(name, kind, start, t.start + len(t.stem))


    def back_reference(self, kind: str, tok: Tok) -> None:
        """'이번 포럼은 오는 14일까지 이어진다': a later sentence about an event already named."""
        target = next((e for e in self.events if e.kind == kind), None)
        if target is None and kind == "event" and self.events:
            target = self.events[0]
        if target is None:
            return
        s0, s1 = sentence_bounds(self.body, tok.start)
        sentence = self.body[s0:s1]
        for m in DATE.finditer(self.body, s0, s1):
            if m.group("until") and target.end_date == target.start_date:
                _, end = resolve(m, self.ctx.published)
                if end and (target.start_date is None or end > target.start_date):
                    target.end_date = end
                    target.date_text = f"{target.date_text} ~ {m.group('text').strip()}" if target.date_text else m.group("text").strip()
        part = PART_OF.search(sentence)
        if part:
            parent = self.named(part.group("parent"))
            if parent is not None and parent is not target:
                target.parent = parent.name

    def named(self, text: str) -> Event | None:
        key = text.replace(" ", "")
        for e in self.events:
            n = e.name.replace(" ", "")
            if n and (n in key or key in n):
                return e
        return None

    def link_parts(self) -> None:
        """A panel or ceremony in the same sentence as a larger event it took place at."""
        for e in self.events:
            if e.parent or e.kind not in PART_KINDS:
                continue
            s0, s1 = sentence_bounds(self.body, e.offset)
            for other in self.events:
                if other is not e and other.kind not in PART_KINDS and s0 <= other.offset < e.offset \
                        and self.body.find("에서", other.offset, e.offset) != -1:
                    e.parent = other.name
                    break


def find(body: str, ctx: Context) -> list[Event]:
    f = Finder(body, ctx)
    f.scan()
    f.link_parts()
    return f.events
