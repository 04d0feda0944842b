"""Paradigm rows: a letter forwarded on and saved as text keeps the sender's note, the client's marker and the header
fields above the article; the article is the letter below them."""

import pytest

from builder.extract.text import extract_text, forwarded_letter

ARTICLE = ["새봄일보 | 입력 2025-02-03 08:00", "", "모래내전자, 부품 공장 증설", "표아름결 기자",
           "", "모래내전자가 공장을 늘린다.", "", "회사는 3일 이렇게 밝혔다."]
NOTE = ["읽어 보세요.", "", "봉새람 드림", ""]

MARKERS = [
    ["---------- Forwarded message ---------", "From: 새봄일보 <news@saebom.example>", "Date: Mon, 3 Feb 2025",
     "Subject: 모래내전자, 부품 공장 증설", "To: <a@example.com>", ""],  # Gmail, English
    ["---------- 전달된 메시지 ----------", "보낸사람: 새봄일보 <news@saebom.example>", "날짜: 2025년 2월 3일 (월)",
     "제목: 모래내전자, 부품 공장 증설", "받는사람: <a@example.com>", ""],  # Gmail, Korean
    ["-----Original Message-----", "From: 새봄일보", "Sent: Monday, February 3, 2025 8:00 AM", "To: 봉새람",
     "Subject: 모래내전자", ""],  # Outlook reply
    ["-------- 원본 메시지 --------", "보낸 사람: 새봄일보", "보낸 날짜: 2025-02-03", ""],  # Thunderbird, Korean
    ["Begin forwarded message:", "", "From: 새봄일보 <news@saebom.example>", "Subject: 모래내전자", ""],  # Apple Mail
    ["________________________________", "From: 새봄일보", "Sent: 3 February 2025", ""],  # Outlook's rule
]


@pytest.mark.parametrize("header", MARKERS)
def test_note_and_header_dropped(header: list[str]) -> None:
    assert forwarded_letter(NOTE + header + ARTICLE) == ARTICLE


def test_quoted_reply_unquoted() -> None:
    quoted = ["> " + ln if ln else ">" for ln in ARTICLE]
    assert forwarded_letter(NOTE + MARKERS[2] + quoted) == ARTICLE


def test_forwarder_sign_off_not_the_author() -> None:
    ex = extract_text("\n".join(NOTE + MARKERS[1] + ARTICLE))
    assert "봉새람 드림" not in ex.body_lines and "읽어 보세요." not in ex.body_lines


NEGATIVES = [
    ARTICLE,  # no marker at all
    ["회의록입니다.", "________________________________", "다음 안건은 예산이다.", "", "끝.", "정리."],  # a rule, no header
    ["전달 사항", "---------- Forwarded message ---------", "From: 누구", ""],  # nothing forwarded below the marker
    ["From: 편집국", "Subject: 알림", "", "본문 첫 줄.", "둘째 줄.", "셋째 줄."],  # a letter's own header, not forwarded
]


@pytest.mark.parametrize("lines", NEGATIVES)
def test_no_forward_kept(lines: list[str]) -> None:
    assert forwarded_letter(lines) == lines
