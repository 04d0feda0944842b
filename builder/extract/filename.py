"""What a text dump's file name says about it: a date and the labels it is named by.

A text dump is the words of a page without the page: its metadata is gone, and a dump that
prints its date without the year ('2월 4일') or names its outlet nowhere can only be placed by the
name it was saved under. Crawlers and people save dumps as `<site>_<YYYYMMDD>.txt`,
`<site>-<YYYY-MM-DD>-<slug>.txt` and the like, so the name is read as evidence of last resort:
the date only when the text gives none, the labels only through a language's table of outlets.
A digit run that is not exactly a calendar date (an article number, `2025081019061`) is not a
date: reading one out of it would be a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Years a news dump can be from; an 8-digit article number outside them is not read as a date.
YEARS = range(1990, 2100)
_STEM = re.compile(r"\.(?:txt|text|md|srt|vtt|smi|sami)(?:\.(?:gz|xz|lzma|bz2))?$", re.I)
_DATE = re.compile(r"(?<![0-9])(?P<y>\d{4})(?P<sep>[-.]?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?![0-9])")
_LABEL = re.compile(r"[a-z][a-z0-9]*", re.I)


@dataclass(frozen=True)
class NameHints:
    date: str | None  # YYYY-MM-DD
    labels: tuple[str, ...]  # lower-case words of the name, in order ('lawtimes')


def name_hints(path: str) -> NameHints:
    """The date and the words of a dump's file name (`lawtimes_20260204.txt` → 2026-02-04, ('lawtimes',))."""
    stem = _STEM.sub("", path.rsplit("/", 1)[-1])
    date = None
    for m in _DATE.finditer(stem):
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if day.year in YEARS:
            date = day.isoformat()
            break
    return NameHints(date, tuple(w.lower() for w in _LABEL.findall(stem)))
