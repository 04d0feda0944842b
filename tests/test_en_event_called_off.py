"""English events called off are none; one postponed or merely said not to be cancelled is still one. Invented names."""

from __future__ import annotations

import pytest

from builder.rules import Context
from builder.rules.en import event

PUB = "2025-04-01"


def names(body: str) -> list[str]:
    return [e.name for e in event.find(body, Context(PUB))]


@pytest.mark.parametrize("body", [
    "The Lindqvist Robotics Expo was cancelled after the storm.",
    "The Greywater Music Festival, planned for May 3, has been called off.",
    "Organisers cancelled the Lindqvist Robotics Expo on Monday.",
    "The Greywater Music Festival was abruptly scrapped on Friday.",
])
def test_an_event_called_off_is_none(body: str) -> None:
    assert names(body) == []


def test_an_event_postponed_or_not_cancelled_is_still_one() -> None:
    e, = event.find("The Lindqvist Robotics Expo was postponed to May 9.", Context(PUB))
    assert (e.name, e.date_text) == ("Lindqvist Robotics Expo", "May 9")
    assert names("The Lindqvist Robotics Expo was not cancelled despite the storm.") == ["Lindqvist Robotics Expo"]
    assert names("The Lindqvist Robotics Expo opened on Monday; a side concert was scrapped.") == ["Lindqvist Robotics Expo"]
