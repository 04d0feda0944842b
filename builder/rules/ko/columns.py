"""Print columns: a dump copied from a newspaper page's PDF keeps the column's line breaks.

Korean is set without hyphens, so a column breaks a line anywhere, even inside a word ('지원' / '금을').
Such a run of lines is joined back into paragraphs: a break inside a word with no space, any other with one.
Where a word ends is Kiwi's spacing of the two words that meet at the break, asked only for runs that look
like a column, so pages of other shapes never pay for it.
"""

from __future__ import annotations

import re

from builder.rules.ko.morph import kiwi
from builder.rules.tables import load

COLUMNS = load("ko", "article")["print_columns"]
_SENTENCE_END = re.compile(r"[.!?。…][\"'”’)\]]*$")
_CLOSING_PUNCTUATION = ".,!?…”’)」』]"
_WORD_CHAR = re.compile(r"[가-힣0-9A-Za-z]")
_NUMBER = re.compile(r"\d+")  # a number cut by the column ('차량 1' / '80대를'), not a date or a time


def break_in_word(before: str, after: str) -> bool:
    """Whether a line ending `before` and the next starting `after` cut one word in two ('줄었' / '다.',
    '차량 1' / '80대를'): Kiwi's spacing of the words on both sides of the break, two each for context."""
    if not before or not after or before[-1] == " ":
        return False
    if after[0] in _CLOSING_PUNCTUATION:
        return True  # '… 늘었다' / '. 시는': the stop belongs to the word above
    if not (_WORD_CHAR.match(before[-1]) and _WORD_CHAR.match(after[0])):
        return False
    if before[-1].isdigit() and not _NUMBER.fullmatch(before.split()[-1]):
        return False  # '입력 2025.07.02 21:40' / '수정 …': a date or a time ends its line
    left = " ".join(before.split()[-COLUMNS["context_words"]:])
    right = " ".join(after.split()[:COLUMNS["context_words"]])
    spaced = kiwi().space(left + right, reset_whitespace=False)
    cut = len(left.replace(" ", ""))
    seen = 0
    for i, ch in enumerate(spaced):
        seen += ch != " "
        if seen == cut:
            return i + 1 < len(spaced) and spaced[i + 1] != " "
    return False


def _column_shape(run: list[str]) -> bool:
    """Lines of about one width, few of them ending a sentence: the shape of a column, not yet proved one."""
    if len(run) < COLUMNS["min_lines"] or max(map(len, run)) > COLUMNS["max_line_chars"]:
        return False
    width = max(map(len, run))
    full = sum(1 for ln in run if len(ln) >= COLUMNS["min_width_share"] * width)
    ends = sum(1 for ln in run if _SENTENCE_END.search(ln))
    return full >= COLUMNS["min_full_lines"] * len(run) and ends <= COLUMNS["max_sentence_ends"] * len(run)


def _joined(run: list[str], proven_width: int | None = None) -> list[str] | None:
    """The run's paragraphs when it is a column, else None: enough of its breaks fall inside words, or (once
    another run proved the page's column `proven_width`) every line but its last fills the column and ends
    no sentence."""
    breaks = [break_in_word(a, b) for a, b in zip(run, run[1:])]
    if proven_width is not None:
        if any(len(ln) > proven_width or len(ln) < COLUMNS["min_width_share"] * proven_width
               or _SENTENCE_END.search(ln) for ln in run[:-1]) or len(run[-1]) > proven_width:
            return None
    elif sum(breaks) < max(2, COLUMNS["min_breaks_in_word"] * len(breaks)):
        return None
    width = proven_width or max(map(len, run))
    paragraphs = [run[0]]
    for line, in_word, above in zip(run[1:], breaks, run):
        if _SENTENCE_END.search(above) and len(above) < COLUMNS["paragraph_end_share"] * width:
            paragraphs.append(line)
        else:
            paragraphs[-1] += ("" if in_word else " ") + line
    return paragraphs


def _wrapped_paragraph(run: list[str]) -> bool:
    """A paragraph wrapped at a narrow width (a PDF viewer's copy breaks lines between words): short lines, few of
    them ending a sentence, the last one ending it (or, cut by the page's foot, all of one width)."""
    if len(run) < 2 or max(map(len, run)) > COLUMNS["max_line_chars"]:
        return False
    ends = sum(1 for ln in run[:-1] if _SENTENCE_END.search(ln))
    if ends > COLUMNS["max_sentence_ends"] * len(run):
        return False
    if _SENTENCE_END.search(run[-1]):
        return True
    width = max(map(len, run))  # (a paragraph the page's foot cut: its lines fill the width)
    return len(run) >= 3 and all(len(ln) >= COLUMNS["min_width_share"] * width for ln in run)


def _wrapped_text(run: list[str]) -> str:
    """A wrapped paragraph's lines as one: a space at each break, none where the break cut a word."""
    text = run[0]
    for line in run[1:]:
        text += ("" if break_in_word(text, line) else " ") + line
    return text


def _runs(lines: list[str]) -> list[list[str]]:
    """The dump's blocks of lines between blank lines."""
    runs: list[list[str]] = [[]]
    for line in lines:
        if line:
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def unwrapped(lines: list[str], print_copy: bool = False) -> list[str]:
    """A dump's lines with every run set as a print column joined into its paragraphs; other lines as they are.
    A copy a print page's head proved one (`print_copy`) needs no number of wrapped paragraphs to prove it wraps.

    Once one run has proved the page is set in columns, a shorter run after it of no more than the column's width
    (the end of a story under the page's foot) is joined too when it is set as one (see `_joined`); the blocks
    above the text (a headline or a sub-headline set over two lines) are left to the headline rules."""
    runs = _runs(lines)
    joined = {i: found for i, run in enumerate(runs) if _column_shape(run) and (found := _joined(run))}
    if not joined:
        wrapped = [i for i, run in enumerate(runs) if _wrapped_paragraph(run)]
        if not wrapped or (len(wrapped) < COLUMNS["min_wrapped_paragraphs"] and not print_copy):
            return lines
        joined = {i: [_wrapped_text(runs[i])] for i in wrapped}
        return [ln for i, run in enumerate(runs) for ln in [*joined.get(i, run), ""]][:-1]
    width = max(len(ln) for i in joined for ln in runs[i])
    for i, run in enumerate(runs):
        if i > min(joined) and i not in joined and len(run) > 1 and (found := _joined(run, width)):
            joined[i] = found
    out: list[str] = []
    for i, run in enumerate(runs):
        out += joined.get(i, run) + [""]
    return out[:-1]


_CELL_GAP = re.compile(r"\s{2,}|\t+")


def _running_head(line: str) -> tuple[str, str] | None:
    """(paper, date) of a print page's running head set in cells apart ('모아일보      2025년 3월 4일 화요일      사회')."""
    cells = [c for c in _CELL_GAP.split(line.strip()) if c]
    return (cells[0], cells[1]) if len(cells) == 3 and re.search(r"\d", cells[1]) and not re.search(r"\d", cells[0]) \
        else None


def without_running_heads(lines: list[str]) -> list[str]:
    """A print copy's lines without the running head each page after the first repeats (the same paper and date,
    another section): the first is kept for what it says."""
    first = next((ln for ln in lines if ln), "")
    head = _running_head(first)
    if head is None:
        return lines
    seen = False
    out = []
    for ln in lines:
        if ln and _running_head(ln) == head:
            if seen:
                continue
            seen = True
        out.append(ln)
    return out
