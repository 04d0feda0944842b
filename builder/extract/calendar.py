"""A calendar file (iCalendar, RFC 5545: `.ics` from any calendar's export or invitation): an article pasted into an
event's notes. The file's own lines (the calendar's product, times, organiser, attendees, alarms) describe the meeting,
not the article; the article is in the event's DESCRIPTION, under its SUMMARY (the meeting's name, not a headline)."""

from __future__ import annotations

import re

_CALENDAR_START = re.compile(r"\A\s*BEGIN:VCALENDAR\s*$", re.M | re.I)
# A content line longer than 75 octets is folded: CRLF (or LF) then one space or tab, which the reader removes.
_FOLD = re.compile(r"\r?\n[ \t]")
_CONTENT_LINE = re.compile(r"^(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")
# TEXT values escape the backslash, comma, semicolon and line break (`\n` or `\N`).
_ESCAPE = re.compile(r"\\([\\,;nN])")
# The components whose notes may hold a pasted text; an alarm's DESCRIPTION is its reminder, not the event's notes.
NOTE_COMPONENTS = ("VEVENT", "VTODO", "VJOURNAL")


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def unfolded_lines(text: str) -> list[str]:
    """The calendar's content lines, each folded line joined again."""
    return _FOLD.sub("", text.replace("\r\n", "\n")).split("\n")


def calendar_notes(text: str) -> str | None:
    """The notes (DESCRIPTION) of the file's events, unfolded and unescaped, as a text dump; None for a text that is
    no calendar, or a calendar whose events hold no notes."""
    if not _CALENDAR_START.match(text):
        return None
    stack: list[str] = []
    notes: list[str] = []
    for line in unfolded_lines(text):
        m = _CONTENT_LINE.match(line.strip("\r"))
        if not m:
            continue
        name, value = m.group("name").upper(), m.group("value")
        if name == "BEGIN":
            stack.append(value.strip().upper())
        elif name == "END":
            if stack:
                stack.pop()
        elif name == "DESCRIPTION" and stack and stack[-1] in NOTE_COMPONENTS and value.strip():
            notes.append(_unescape(value).strip())
    return "\n\n".join(notes) if notes else None
