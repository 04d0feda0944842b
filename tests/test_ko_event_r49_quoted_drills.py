"""Korean events, round 49: a quoted name after an event word glued to its modifier.

'연합 해상훈련 ‘푸른방패’': the compound ('해상훈련') is the event word with its modifier, and the quotation after it is the
name of the one happening, as after a bare or a listed compound ('연합훈련 ‘…’', '방공연습 ‘…’'). Without a quotation
the compound and the words before it stay the name.

Every sentence, body and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

from builder.rules import Context
from builder.rules.ko import event

PUB = "2025-06-11T09:00:00+09:00"


def events(body: str) -> dict:
    return {e.name: e for e in event.find(body, Context(PUB))}


def test_a_quoted_name_after_an_event_word_glued_to_its_modifier_names_it() -> None:
    found = events("두 나라 해군은 오는 25일부터 나흘 동안 서해상에서 연합 해상훈련 '푸른방패'를 벌인다.")
    assert set(found) == {"푸른방패"}
    assert found["푸른방패"].start_date == date(2025, 6, 25)
    assert found["푸른방패"].location == "서해상"


def test_the_same_compound_without_a_quotation_keeps_its_words() -> None:
    found = events("두 나라 해군은 오는 25일 서해상에서 연합 해상훈련을 벌인다.")
    assert set(found) == {"연합 해상훈련"}
