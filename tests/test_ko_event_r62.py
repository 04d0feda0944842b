"""Korean events, round 62: a bare day inside a quotation read by the quotation's own tense, and the place of an event
told held while others attend.

Conventions:
- '"… 3일 본회의에 … 부칠 수밖에 없다는 입장을 알렸다"고 말했다' in an article of the 27th: the quotation's first
  predicate after the sitting ('-ㄹ 수밖에 없다', '-ㄹ 것이다') tells a sitting still to come, so a bare day well before
  the publication day is next month's; the past verb of the report the speaker passes on ('알렸다') does not make it
  one gone by.
- '개막식은 이날 … 물안개공원 솔바람광장에서 주민 등 2천여명이 참석한 가운데 열렸다': who attends stands between the
  place and the verb holding the event there; the place is the event's.

Every sentence, name and place is invented for the test (published Friday 2025-06-27).
"""

from __future__ import annotations

from datetime import date

from ko_event_helpers import named

LATE_PUB = "2025-06-27T10:00:00+09:00"


def test_quoted_sitting_that_must_come_is_next_months() -> None:
    body = ('새울도의회 사무처 직원은 "의장은 두 교섭단체가 끝내 합의하지 못하면 3일 본회의에 '
            '수정안 없이 원안을 부칠 수밖에 없다는 입장을 알렸다"고 말했다.')
    sitting = named(body, "본회의", LATE_PUB)
    assert sitting is not None and sitting.start_date == date(2025, 7, 3)


def test_quoted_briefing_the_speaker_will_hold_is_next_months() -> None:
    body = ('하랑군청 관계자는 "주민들의 요청이 이어져 4일 주민 설명회를 한 번 더 열 것이라고 '
            '여미송 군수가 약속했다"고 전했다.')
    briefing = named(body, "주민 설명회", LATE_PUB)
    assert briefing is not None and briefing.start_date == date(2025, 7, 4)


def test_place_before_those_attending_is_the_ceremonys() -> None:
    body = '개막식은 이날 오후 6시 물안개공원 솔바람광장에서 군민과 방문객 등 2천여명이 참석한 가운데 열렸다.'
    opening = named(body, "개막식", LATE_PUB)
    assert opening is not None and opening.location == "물안개공원 솔바람광장"


def test_place_before_a_list_of_those_attending_is_the_ceremonys() -> None:
    body = ('준공식은 27일 오전 은하수교 북단 광장에서 군수와 도의원, 주민 등 400여명이 참석한 가운데 '
            '조촐하게 치러졌다.')
    opening = named(body, "준공식", LATE_PUB)
    assert opening is not None and opening.location == "은하수교 북단 광장"
