"""English events: named events and event nouns with their place and dates.

'the Harbor Film Awards on Sunday', 'the World Economic Forum in Davos', 'an extradition
hearing at Westminster Magistrate's Court in February', 'Sentencing is scheduled for Feb. 14'.
The head noun comes from event.toml; the words in front of it (capitalised names or modifiers
like 'extradition') make the name. A bare event noun counts only next to a date. Dates resolve
against the publication date and stay null without one.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from builder import dates
from builder.rules import Context
from builder.rules.model import Event
from builder.rules.tables import alternation, load

RULES = load("en", "event")
KINDS: dict[str, str] = RULES["kinds"]
R = RULES["rules"]
STOP = frozenset(R["stop_words"])
MAX_NAME_WORDS = R["max_name_words"]
OPENERS = frozenset(R["sentence_openers"])
NEED_NAME = frozenset(R["need_name"])
NOT_EVENT_WORD = re.compile(R["not_event_words"])
HEAD = re.compile(r"(?<![\w-])(%s)(?![\w-])" % alternation(list(KINDS)), re.I)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
MONTH_NAME = r"(?:%s)" % alternation([m for m in MONTHS])
# Full month names take no full stop; abbreviations may ('Feb. 14').
MONTH = r"(?:%s|(?:%s)\.?)" % (alternation([m for m in calendar.month_name if m]),
                               alternation([m for m in calendar.month_abbr if m] + ["Sept"]))
WEEKDAYS = [d.lower() for d in calendar.day_name]
DATE = re.compile(
    rf"(?P<text>(?:on\s+)?(?P<wd>{'|'.join(calendar.day_name)})(?:,?\s+(?P<m0>{MONTH})\s+(?P<d0>\d{{1,2}}))?"
    rf"|(?:on\s+)?(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?:on\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH})(?:\s+(?P<y2>\d{{4}}))?"
    rf"|in\s+(?P<m3>{MONTH_NAME})(?:\s+(?P<y3>\d{{4}}))?"
    rf"|in\s+(?P<y4>(?:19|20)\d{{2}})"
    rf"|(?P<rel>last|next|this)\s+(?P<unit>week|month|year)"
    rf"|(?P<day>yesterday|today|tomorrow))", re.I)
# The place: 'at/in' + a capitalised name right after the event, or after a short clause
# ('…hearing, which is set for later this month at Eastfield Crown Court').
PLACE = re.compile(r"^(?:\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|will be|has been)\s+[a-z ]{0,40}?)?\s*,?\s*(?:at|in)\s+(?:the\s+)?"
                   r"(?P<loc>[A-Z][\w'’.-]*(?:\s+(?:of|the|de|[A-Z][\w'’.-]*))*)")
# Words after an event noun that make it part of another noun ('conference call', 'awards season').
NOT_HEAD_BEFORE = re.compile(r"^\s+(?i:%s)\b" % "|".join(R["not_head_before"]))
PROPER_ONLY = frozenset(R["proper_only"])
SPECIFIC = frozenset(R["specific"])
COURT_APPEARANCE = re.compile(R["court_appearance"])
MEANS_BEFORE = re.compile(R["means_before"], re.I)
PAST_MENTION = re.compile(R["past_mention_before"], re.I)
CALLED_OFF_AFTER = re.compile(R["called_off_after"], re.I)
CALLED_OFF_BEFORE = re.compile(R["called_off_before"])
_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z“\"])")
FUTURE = re.compile(r"\b(?:will|is scheduled|are scheduled|is set|are set|is due|are due|to be held|next|upcoming|planned)\b", re.I)
ABBREVIATIONS = frozenset("Mr Ms Mrs Dr St Jr Sr Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Gov Sen Rep Gen Col Lt "
                          "Sgt Capt Prof Rev No Inc Co Corp Ltd U.S U.K".split())


def _is_break(body: str, at: int) -> bool:
    word = re.search(r"([\w.]+)$", body[max(0, at - 12):at])
    w = word.group(1) if word else ""
    return not (w in ABBREVIATIONS or re.fullmatch(r"[A-Z]", w) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", w))


def _sentence(body: str, pos: int) -> tuple[int, int]:
    """Bounds of the sentence around pos; abbreviations such as 'Feb.' or 'Mr.' do not end one."""
    line_start = body.rfind("\n", 0, pos) + 1
    line_end = body.find("\n", pos)
    line_end = len(body) if line_end == -1 else line_end
    start, end = line_start, line_end
    for b in _BREAK.finditer(body, line_start, line_end):
        if not _is_break(body, b.start()):
            continue
        if b.end() <= pos:
            start = b.end()
        elif b.start() >= pos:
            end = b.start() + 1
            break
    return start, end


def resolve(m: re.Match, published: str | None, future: bool) -> tuple[date | None, date | None]:
    pub = dates.local_date(published)
    if pub is None:
        return None, None
    g = {k: (v.lower().rstrip(".") if isinstance(v, str) else v) for k, v in m.groupdict().items()}
    try:
        if g["wd"] and not g["m0"]:
            target = WEEKDAYS.index(g["wd"])
            delta = (target - pub.weekday()) % 7
            d = pub + timedelta(days=delta) if future else pub - timedelta(days=(pub.weekday() - target) % 7)
            return d, d
        month = g["m0"] or g["m1"] or g["m2"]
        day = g["d0"] or g["d1"] or g["d2"]
        if month and day:
            y = int(g["y1"] or g["y2"] or pub.year)
            d = date(y, MONTHS[month], int(day))
            if not (g["y1"] or g["y2"]):
                if future and d < pub:
                    d = date(y + 1, d.month, d.day)
                elif not future and d > pub + timedelta(days=1):
                    d = date(y - 1, d.month, d.day)
            return d, d
        if g["m3"] or g["y4"] or g["rel"]:
            return None, None  # 'in February', 'next month', 'last week', 'in 2019': no day named, as '6월', '다음 주' in Korean
        if g["day"]:
            d = pub + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[g["day"]])
            return d, d
    except ValueError:
        return None, None
    return None, None


def find(body: str, ctx: Context) -> list[Event]:
    events: list[Event] = []
    for m in HEAD.finditer(body):
        head = m.group(1)
        kind = KINDS[head.lower()]
        if NOT_HEAD_BEFORE.match(body[m.end():m.end() + 20]):
            continue
        s0, s1 = _sentence(body, m.start())
        words = []
        pos = m.start()
        for w in reversed(list(re.finditer(r"[\w'’.-]+", body[s0:m.start()]))):
            token = w.group()
            if token.lower() in STOP or token.rstrip(".").isdigit() and len(token) != 4 or len(words) >= MAX_NAME_WORDS - 1:
                break
            if body[s0 + w.end():pos].strip():
                break  # punctuation between the words
            if token in OPENERS and s0 + w.start() == s0:
                break
            words.insert(0, token)
            pos = s0 + w.start()
        # 'Forum' opening a sentence is capitalised for that reason alone
        proper = head[0].isupper() and bool(words or body[s0:m.start()].strip())
        if any(NOT_EVENT_WORD.match(w) for w in words) or (head in PROPER_ONLY):
            continue
        sentence = body[s0:s1]
        date_m = _nearest_date(body, s0, s1, m.end())
        before = body[s0:pos]
        if kind == "election" and MEANS_BEFORE.search(before):
            continue  # 'chosen by public vote': the means of a choice, as '투표로 뽑는' in Korean
        if not date_m and PAST_MENTION.search(before):
            continue  # 'at the last Senate hearing': a past one in passing, as '지난 국정감사에서'

        if CALLED_OFF_AFTER.match(body, m.end(), s1) or CALLED_OFF_BEFORE.search(body, s0, pos):
            continue  # 'the summit was cancelled', 'organisers called off the rally': none held
        specific = head.lower() in SPECIFIC  # a kind that is one happening by itself ('a news conference')
        if not words and not proper and not date_m and not specific:
            continue
        if not words and head.lower() in NEED_NAME:
            continue
        name = " ".join(words + [head]).strip()
        if len(name) < 4:
            continue
        place = PLACE.match(body[m.end():s1])
        loc = place.group("loc") if place and not DATE.match(body[m.end():s1].lstrip(", ")) else None
        if loc and (loc.split()[0].lower().rstrip(".") in MONTHS or loc.split()[0].lower() in WEEKDAYS):
            loc = None
        if not any(w[:1].isupper() for w in words + [head]) and not date_m and not loc and not specific:
            continue  # 'a cold vote', 'his bail hearing': an event noun, but no event the text pins down
        _add(events, _dated(name, kind, pos, loc, date_m, sentence, ctx))
    for m in COURT_APPEARANCE.finditer(body):
        court = m["court"]
        s0, s1 = _sentence(body, m.start())
        date_m = _nearest_date(body, s0, s1, m.end())
        if court[0].isupper():
            loc = court  # 'Boston Municipal Court' is a place; 'federal court' is not one, 'federal court in Miami' is
        else:
            place = PLACE.match(body[m.end():s1])
            loc = place.group("loc") if place and not DATE.match(body[m.end():s1].lstrip(", ")) else None
        _add(events, _dated(f"{court} appearance", "hearing", m.start("court"), loc, date_m, body[s0:s1], ctx))
    return events


def _nearest_date(body: str, s0: int, s1: int, at: int) -> re.Match | None:
    """The date expression of the sentence [s0, s1) closest to position at."""
    best = None
    for d in DATE.finditer(body, s0, s1):
        best = d if best is None or abs(d.start() - at) < abs(best.start() - at) else best
    return best


def _dated(name: str, kind: str, pos: int, loc: str | None, date_m: re.Match | None, sentence: str,
           ctx: Context) -> Event:
    start = end = None
    if date_m:
        start, end = resolve(date_m, ctx.published, bool(FUTURE.search(sentence)))
    return Event(name, kind, pos, loc, date_m.group("text") if date_m else None, start, end)


def _add(events: list[Event], ev: Event) -> None:
    """Add ev unless an event of its kind whose name contains or is contained in its name is there; then
    fill in what that one lacks."""
    name = ev.name.lower()
    dup = next((e for e in events if e.kind == ev.kind and (e.name.lower() in name or name in e.name.lower())), None)
    if dup is None:
        events.append(ev)
        return
    dup.location = dup.location or ev.location
    if dup.date_text is None and ev.date_text:
        dup.date_text, dup.start_date, dup.end_date = ev.date_text, ev.start_date, ev.end_date
