"""A calendar file (iCalendar) that carries an article in an event's notes: the notes are read unfolded and unescaped,
the calendar's own lines (times, organiser, attendees, alarms) are not text. Every name here is invented."""

from __future__ import annotations

import pytest

from builder.document import process_bytes
from builder.extract.calendar import calendar_notes
from builder.inputs import Source

ARTICLE = ("늘솔천 제방길 자전거도로 새로 깐다…주민 의견 반영",
           "미르숲뉴스 변솔아 기자 | 입력 2026-04-02 09:30",
           "",
           "다솜골시가 늘솔천 제방길 자전거도로를 새로 깔기로 했다. 시는 2일 동네 간담회에서 모은 건의를 받아들여 "
           "노면을 넓히고 가로등 40개를 더 세운다고 밝혔다.",
           "",
           "공사는 다음 달 시작해 석 달 동안 이어진다. 사업비는 12억원이다.")


def ics(description: str, component: str = "VEVENT", newline: str = "\r\n") -> str:
    """A calendar export holding one component whose DESCRIPTION is folded every 30 characters, as exports fold."""
    escaped = description.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    value = "DESCRIPTION:" + escaped
    folded = newline.join([value[:30]] + [" " + value[i:i + 30] for i in range(30, len(value), 30)])
    return newline.join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Moa Calendar//KO", f"BEGIN:{component}",
                         "DTSTART;TZID=Asia/Seoul:20260410T100000", "DTSTAMP:20260403T010000Z",
                         "ORGANIZER;CN=다솜골시 홍보팀:mailto:pr@dasomgol-city.example", "SUMMARY:주간 회의 (자료 검토)",
                         folded, "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                         "END:VALARM", f"END:{component}", "END:VCALENDAR", ""])


@pytest.mark.parametrize("component", ["VEVENT", "VTODO", "VJOURNAL"])
@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_notes_are_unfolded_and_unescaped(component, newline):
    notes = calendar_notes(ics("\n".join(ARTICLE), component, newline))
    assert notes == "\n".join(ARTICLE)  # the comma of '…, 노면을' unescaped, the folds joined inside words


def test_alarm_and_meeting_lines_are_no_notes():
    notes = calendar_notes(ics("회의 자료입니다"))
    assert notes == "회의 자료입니다"
    assert "reminder" not in notes and "ORGANIZER" not in notes and "주간 회의" not in notes


@pytest.mark.parametrize("text", [
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:회의\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",  # no notes
    "BEGIN:VCARD\r\nFN:변솔아\r\nNOTE:기자\r\nEND:VCARD\r\n",  # a contact card is no calendar
    "\n".join(ARTICLE),  # a plain dump
    "회의 메모\nBEGIN:VCALENDAR 라는 줄로 시작하는 파일을 설명합니다.\n",  # the word in prose, not the file's first line
])
def test_no_calendar_notes(text):
    assert calendar_notes(text) is None


def test_invitation_with_a_pasted_article_gives_its_fields():
    data = ics("[공유] 모임 가기 전에 훑어봐 주세요\n\n" + "\n".join(ARTICLE) + "\n\n---\n장소: 본관 2층 회의실").encode()
    res = process_bytes(Source("invite.ics", kind="text", data=data), data, "0" * 64)
    assert not res.quarantine
    article = res.article[0]
    assert article["title"] == ARTICLE[0]
    assert article["outlet"] == "미르숲뉴스"
    assert list(article["authors"]) == ["변솔아"]
    assert article["published_at"].startswith("2026-04-02")
    body = article["body"]
    assert "reminder" not in body and "DTSTART" not in body and "\\n" not in body and "[공유]" not in body
    assert "노면을 넓히고" in body
