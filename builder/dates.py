"""Publication dates: normalise what pages give into ISO 8601 with a UTC offset.

A page's own offset always wins. A naive time gets the language rules' default zone (Korean
outlets: Asia/Seoul) or, when there is none, is kept as a date only: a time without a zone
would be a guess.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\.\d+)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?",
    re.I)

# A meta value written without separators ('20250319', '202503191430'), or in ISO 8601's basic format with its time
# after a 'T' and perhaps its offset ('20250319T143000+0900', '20250319T1430Z'): the whole value, nothing around it.
_COMPACT = re.compile(r"\s*(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)"
                      r"(?:T?(?P<H>[0-2]\d)(?P<M>[0-5]\d)(?P<S>[0-5]\d)?(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?\s*", re.I)


# A time written as the seconds (or milliseconds) since 1970 ('1789680600', '1789680600000'), as a CMS stores it and a
# script shows it: an instant with no zone of its own, told apart from a compact date by its ten or thirteen digits
# (a compact date has eight, twelve or fourteen). Seconds from 2001-09-09 to 2096-10-02.
_EPOCH = re.compile(r"\s*(?P<s>[1-3]\d{9})(?P<ms>\d{3})?(?:\.\d+)?\s*")


def from_epoch(value: str | int | float | None, default_offset: str | None = None) -> str | None:
    """An epoch-seconds (or ms) value as ISO 8601 in the outlet's zone (UTC when none is known); any other value
    as it was: a page's own date text is read by `normalise`."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value))  # a JSON-LD or script value given as a number
    m = _EPOCH.fullmatch(value) if isinstance(value, str) else None
    if not m:
        return value
    tz = parse_offset(default_offset) or timezone.utc
    local = datetime.fromtimestamp(int(m.group("s")), tz)
    return f"{local.replace(tzinfo=None).isoformat(timespec='seconds')}{format_offset(tz)}"


def parse_offset(text: str | None) -> timezone | None:
    if not text:
        return None
    t = text.strip().upper()
    if t in ("Z", "UTC", "GMT"):
        return timezone.utc
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", t)
    if not m:
        return None
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return timezone(delta if m.group(1) == "+" else -delta)


def format_offset(tz: timezone) -> str:
    total = int(tz.utcoffset(None).total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    return f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


def build(y: int, m: int, d: int, H: int | None = None, M: int | None = None, S: int = 0,
          tz: timezone | None = None) -> tuple[str, datetime | None] | None:
    """(ISO text, UTC instant or None) for the parts; None if the parts are not a real date."""
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    if not 1990 <= y <= 2100:
        return None
    if H is None or tz is None:
        return day.isoformat(), None
    try:
        local = datetime(y, m, d, H, M or 0, S or 0, tzinfo=tz)
    except ValueError:
        return day.isoformat(), None
    return f"{local.replace(tzinfo=None).isoformat(timespec='seconds')}{format_offset(tz)}", local.astimezone(timezone.utc)


def normalise(value: str | None, default_offset: str | None = None) -> tuple[str, datetime | None, bool] | None:
    """Parse a page's date string (ISO-like) into (ISO text with offset, UTC instant, offset assumed?)."""
    if not value:
        return None
    value = from_epoch(str(value), default_offset)
    m = _ISO.search(str(value)) or _COMPACT.fullmatch(str(value))
    if not m:
        return None
    own = parse_offset(m.group("tz"))
    tz = own or parse_offset(default_offset)
    H = int(m.group("H")) if m.group("H") else None
    built = build(int(m.group("y")), int(m.group("m")), int(m.group("d")), H,
                  int(m.group("M")) if m.group("M") else None, int(m.group("S") or 0), tz)
    return (*built, own is None and built[1] is not None) if built else None


def local_date(iso: str | None) -> date | None:
    """The calendar date of an ISO text as the outlet saw it (its own offset, not UTC)."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def local_hour(iso: str | None) -> int | None:
    return int(iso[11:13]) if iso and len(iso) >= 13 and iso[10] == "T" else None
