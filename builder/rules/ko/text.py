"""Korean text helpers shared by the person, quote and event rules: words, particles, quotes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from builder.rules.tables import Endings, load

LEX = load("ko", "person")
PARTICLES = sorted(LEX["particles"], key=len, reverse=True)
PARTICLE_ENDINGS = Endings(PARTICLES)
SUBJECT_PARTICLES = frozenset(LEX["subject_particles"])
# Doctors' titles end in 의 (醫: '전공의', '전문의'), the syllable of the genitive: the word whole is the title.
WHOLE_TITLES = frozenset(w for table, words in load("ko", "titles").items() if table != "foreign_bodies"
                         for w in words if w.endswith("의"))

_SEPARATORS = ",·ㆍ()[]/\"“”‘’'「」『』<>{}"
_WORD = re.compile(
    r"[^\s,·ㆍ()\[\]/\"“”‘’'「」『』<>{}]+"
    r"(?:\([A-Za-z0-9\u4e00-\u9fff .&'-]+\)[^\s,·ㆍ()\[\]/\"“”‘’'「」『』<>{}]*)*"
    r"|[,·ㆍ()\[\]/\"“”‘’'「」『』<>{}]")
_SENTENCE_END = re.compile(r"[.!?…]+$")
_GLOSS = re.compile(r"\([A-Za-z0-9\u4e00-\u9fff .&'-]+\)")
# An age or a Hanja spelling glued to a name ('김철수(45)', '김도윤(金道允)', '김모(52)씨'): not part of it.
_NAME_GLOSS = re.compile(r"\((?:\d{1,3}|[\u4e00-\u9fff]{1,4})\)")
HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
# A quotative ending right after a closing mark, then a space or a mark: '"…"고 말했다', '"…"라며 "…"'.
_SPEECH_AFTER = re.compile(r"(?:%s)(?=[\s,.\"“]|$)" % "|".join(
    sorted(load("ko", "quote")["speech_endings"], key=len, reverse=True)))


@dataclass
class Tok:
    text: str  # the word as written, without trailing sentence punctuation or an age/Hanja gloss
    start: int
    end: int
    stem: str  # without the trailing particle
    particle: str  # '' when none
    sep: bool = False  # a separator: , · ( ) quotes, or '.' ending a sentence
    in_quote: bool = False

    @property
    def bare(self) -> str:
        """The stem without parenthesised glosses: '최고경영자(CEO)' → '최고경영자'."""
        return _GLOSS.sub("", self.stem)


def is_syllable(ch: str) -> bool:
    """Is the character a Hangul syllable (what [가-힣] matches)?"""
    return "\uac00" <= ch <= "\ud7a3"


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` starts in `text`, left to right and not overlapping: what re.finditer(re.escape(word), text)
    finds, without compiling a pattern for each word (a rule's names differ on every page)."""
    if not word:
        yield from range(len(text) + 1)
        return
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + len(word))


def every_occurrence(text: str, word: str) -> Iterator[int]:
    """Every place `word` starts in `text`, overlapping ones too: where a pattern holding the word as a literal may
    match, for a test run before compiling a pattern built from a page's words."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def may_end_with(text: str, endings: tuple[str, ...]) -> bool:
    """Does the text end with one of the endings, as a pattern ending in '$' sees it (also before a final newline)?
    A test to run before compiling such a pattern from a page's words, which costs far more."""
    return text.endswith(endings) or (text.endswith("\n") and text[:-1].endswith(endings))


@lru_cache(maxsize=32768)  # a pure function of the word, asked of every word by several rules of every module
def strip_particle(word: str) -> tuple[str, str]:
    p = PARTICLE_ENDINGS.longest(word, min_rest=1)
    return (word[: -len(p)], p) if p else (word, "")


def quote_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside every pair of double quotes, straight or curly.

    Curly quotes pair “ with the next ”; straight quotes pair up within a paragraph.
    """
    return list(_quote_spans(body))


@lru_cache(maxsize=4)  # the rules of one document ask for the same body many times; never more
def _quote_spans(body: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for m in re.finditer(r"“([^“”\n]*)”", body):
        spans.append((m.start(1), m.end(1)))
    for m in _CURLY_SPLIT.finditer(body):
        spans.append((m.start(1), m.end(1)))
    carried = None  # where a straight quotation left open at the end of the paragraph before began
    carried_end = 0  # where that paragraph ends
    for para in re.finditer(r"[^\n]+", body):
        text, base = para.group(), para.start()
        reopened = re.match(r"\n+\s*\"", body[para.end():]) is not None
        idx = [i for i, ch in enumerate(text) if ch == '"']
        if carried is not None and len(idx) % 2 and _closes(text, idx[0]):
            spans.append((carried, base + idx[0]))  # '… "10대 때 … 곡이에요. ⏎ 이제는 … 같습니다."'
            idx = idx[1:]
        elif carried is not None and idx and not text[:idx[0]].strip() and _closes(text, idx[-1]):
            spans.append((carried, carried_end))  # '… "…볼 수 있습니다. ⏎ "마지막 방에는 … 놓았습니다."': the mark
            # that opens the next paragraph again continues the quotation; its first part ends with its paragraph
        elif carried is not None and len(idx) % 2 and not text[:idx[0]].strip() and _opens(text, idx[-1], reopened):
            spans.append((carried, carried_end))  # '… "A. ⏎ "B. ⏎ "C"라고 말했다': a middle paragraph opens
            # with a mark again and leaves it open; the part before ends with its paragraph, this one goes on
        carried = None
        if len(idx) % 2 and _opens(text, idx[-1], reopened):
            carried, carried_end = base + idx[-1] + 1, base + len(text.rstrip())
            idx = idx[:-1]
        for a, b in zip(idx[::2], idx[1::2]):
            spans.append((base + a + 1, base + b))
    return tuple(sorted(spans))


# A quotation split over two paragraphs: the opening mark ends one paragraph's text, the closing mark
# comes in the next (no other mark of either kind on the way).
_CURLY_SPLIT = re.compile(r"“([^“”\n]*[.!?…]\n+[^“”\n]+)”")


def _opens(text: str, i: int, reopened: bool = False) -> bool:
    """The straight mark at i opens a quotation: at the start or after a space, with a sentence after it
    that ends the paragraph; when the next paragraph opens with a mark again, the sentence may have lost
    its full stop ('… "죄송하다. 정산은 이번 주에 끝내겠다 ⏎ "다만 …"이라고 말했다')."""
    ends = r"[.!?…]\s*$" if not reopened else r"(?:[.!?…]|[\uac00-\ud7a3])\s*$"
    return (i == 0 or text[i - 1] in " \t(") and i + 1 < len(text) and not text[i + 1].isspace() \
        and bool(re.search(ends, text))


def _closes(text: str, i: int) -> bool:
    """The straight mark at i closes a quotation: right after the end of a sentence, with nothing or a
    quotative ending after it; or right after a word, with a quotative ending and a space or a mark after it
    ('… 구조가 필요하다"고 말했다': Korean often drops the full stop before the quotative ending)."""
    if i == 0:
        return False
    if text[i - 1] in ".!?…":
        return i + 1 == len(text) or not text[i + 1].isalnum() or text[i + 1] in "고며라"
    return bool(HANGUL.match(text[i - 1]) and _SPEECH_AFTER.match(text, i + 1))


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def inside_any(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """`inside(spans, pos)` for sorted spans by bisection: a token-by-token scan of every quotation
    is quadratic in a body full of them. Inside iff a span starting at or before pos ends after it."""
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))

    def test(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and reach[i] > pos
    return test


@lru_cache(maxsize=4)
def _tokenize_cached(body: str) -> tuple[Tok, ...]:
    quoted = inside_any(quote_spans(body))
    toks: list[Tok] = []
    for m in _WORD.finditer(body):
        text, start = m.group(), m.start()
        if len(text) == 1 and text in _SEPARATORS:
            toks.append(Tok(text, start, start + 1, text, "", True, quoted(start)))
            continue
        end_punct = _SENTENCE_END.search(text)
        if end_punct and not re.search(r"\d[.]\d", text[end_punct.start() - 1:end_punct.end() + 1]):
            word, punct = text[: end_punct.start()], text[end_punct.start():]
        else:
            word, punct = text, ""
        if word:
            clean = _NAME_GLOSS.sub("", word) if "(" in word else word
            stem, particle = (clean, "") if clean in WHOLE_TITLES else strip_particle(clean)
            toks.append(Tok(clean, start, start + len(word), stem, particle, False, quoted(start)))
        if punct:
            s = start + len(word)
            toks.append(Tok(punct, s, s + len(punct), punct, "", True, quoted(s)))
    return tuple(toks)


def tokenize(body: str) -> list[Tok]:
    """Words with offsets, particles split off, separators and sentence ends as their own tokens."""
    return list(_tokenize_cached(body))


def followed_within(text: str, first: str, second: str, gap: int, end: int | None = None) -> bool:
    """Whether `second` starts within `gap` characters after the end of some `first` that starts before `end`.

    A cheap necessary condition checked before compiling a pattern built from these words: compiling one
    with Hangul classes costs milliseconds, and most such patterns would find nothing."""
    end = len(text) if end is None else end
    i = text.find(first, 0, end)
    while i != -1:
        after = i + len(first)
        if text.find(second, after, after + gap + len(second)) != -1:
            return True
        i = text.find(first, i + 1, end)
    return False


_STOP_BEFORE_SPACE = re.compile(r"[.!?](?=\s)")
_STOP_AT_END = re.compile(r"[.!?](?=\s|$)")


@lru_cache(maxsize=4)  # the rules of one document ask for the sentence around many places of the same body
def _quoted(body: str):  # noqa: ANN202 - a private predicate
    """Is a position of the body inside a quotation (`inside` of its quote_spans, by bisection)?"""
    return inside_any(_quote_spans(body))


@lru_cache(maxsize=4)  # one index per body, shared by every rule that asks for a sentence of it
def _sentence_stops(body: str) -> list[int]:
    """Where the body's sentences may end: every '.', '!' or '?' outside quotes followed by a space, a line break
    or the body's end, in order. A sentence's bounds are then two bisections, not a scan of its line."""
    quoted = _quoted(body)
    return [m.start() for m in _STOP_AT_END.finditer(body) if not quoted(m.start())]


def sentence_bounds(body: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around pos (sentence ends outside quotes, or line breaks)."""
    if not 0 <= pos <= len(body):
        return _sentence_bounds_scanned(body, pos)
    stops = _sentence_stops(body)
    line_start = body.rfind("\n", 0, pos) + 1
    start = line_start
    before = bisect_right(stops, pos - 2) - 1  # a stop before pos with its space before pos too
    if before >= 0 and stops[before] >= line_start:
        start = stops[before] + 1
    line_end = body.find("\n", pos)
    line_end = len(body) if line_end == -1 else line_end
    end = line_end
    after = bisect_left(stops, pos)
    if after < len(stops) and stops[after] < line_end:
        end = stops[after] + 1
    while start < len(body) and body[start] == " ":
        start += 1
    return start, end


def _sentence_bounds_scanned(body: str, pos: int) -> tuple[int, int]:
    """sentence_bounds by a scan of the line, for a position outside the body (as slices read one)."""
    quoted = _quoted(body)
    line_start = body.rfind("\n", 0, pos) + 1
    start = line_start
    for m in _STOP_BEFORE_SPACE.finditer(body[line_start:pos]):
        if not quoted(line_start + m.start()):
            start = line_start + m.end()
    line_end = body.find("\n", pos)
    line_end = len(body) if line_end == -1 else line_end
    end = line_end
    for m in _STOP_AT_END.finditer(body[pos:line_end]):
        if not quoted(pos + m.start()):
            end = pos + m.end()
            break
    while start < len(body) and body[start] == " ":
        start += 1
    return start, end
