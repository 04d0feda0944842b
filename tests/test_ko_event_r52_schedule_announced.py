"""Korean events, round 52: a day told with an event's schedule being made public dates the announcement.

'…는 22일 … ‘…’의 (세부) 일정을 발표했다/공개했다' reports on that day that a schedule was published; the event's own day is
the one a later sentence gives ('축제는 오는 8월 14일 … 열린다'), or none. A day of the event itself, held and told with
its own verb, stays its day.

Every sentence, body and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

from ko_event_helpers import named

PUB = "2026-06-23T09:00:00+09:00"  # a Tuesday


def test_the_day_a_quoted_events_schedule_was_announced_is_not_its_day() -> None:
    body = ("문화재단은 22일 누리집을 통해 ‘강변 등불 축제’의 세부 일정을 발표했다. "
            "축제는 오는 8월 14일 시민공원에서 열린다.")
    e = named(body, "강변 등불 축제", PUB)
    assert e is not None
    assert e.start_date == date(2026, 8, 14) and e.location == "시민공원"


def test_an_announced_schedule_with_no_later_day_leaves_the_event_undated() -> None:
    e = named("문화재단은 22일 누리집을 통해 ‘강변 등불 축제’의 세부 일정을 발표했다.", "강변 등불 축제", PUB)
    assert e is not None and e.start_date is None


def test_a_bare_named_events_schedule_made_public_takes_the_later_day() -> None:
    body = "구청은 22일 여름 음악 축제의 일정을 공개했다. 축제는 다음 달 4일 구민회관에서 열린다."
    e = named(body, "여름 음악 축제", PUB)
    assert e is not None and e.start_date == date(2026, 7, 4)


def test_an_event_held_on_the_day_keeps_it_when_a_schedule_is_spoken_of_later() -> None:
    e = named("구청은 22일 구민회관에서 여름 음악 축제를 열고 내년 일정을 공개했다.", "여름 음악 축제", PUB)
    assert e is not None and e.start_date == date(2026, 6, 22)


def test_an_event_held_on_a_past_day_keeps_it() -> None:
    e = named("문화재단은 지난 20일 시민공원에서 ‘강변 등불 축제’를 열었다.", "강변 등불 축제", PUB)
    assert e is not None and e.start_date == date(2026, 6, 20)
