"""Round 63, the constructions behind the misses of ko-heldout71: an assistant head's post written as the head's post
plus '보' ('부원장보', '부총재보'), a firm's overseas branch ('X중공업 바르샤바 법인') that is no foreign name, a
body written after the verb of the clause that describes its member ('간담회에 참석한 X 법인의 Y 법인장'), and a sale
that a verb of going on modifies ('진행 중인 … 세일의'). Every sentence is invented."""

from datetime import date

from builder.rules import Context
from builder.rules.ko import person
from ko_event_helpers import named
from ko_quote_helpers import speaker_of


def persons(body: str) -> dict[str, tuple[str | None, str | None]]:
    rows, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in rows}


def test_assistant_head_of_a_regulator_after_the_name() -> None:
    body = ('엄채슬 금융당국 부원장보는 "대출 심사 기준을 다시 점검하겠다"라고 말했다.\n'
            '이어 "연말까지 결과를 공개하겠다"고 덧붙였다.')
    assert persons(body).get("엄채슬") == ("부원장보", "금융당국")
    assert speaker_of(body, "대출 심사") == "엄채슬"
    assert speaker_of(body, "연말까지") == "엄채슬"


def test_assistant_governor_of_a_central_bank_after_the_name() -> None:
    body = '어진결 중앙은행 부총재보는 "물가 흐름을 더 지켜봐야 한다"고 말했다.'
    assert persons(body).get("어진결") == ("부총재보", "중앙은행")


def test_firm_and_city_of_an_overseas_branch_are_no_foreign_name() -> None:
    body = ('설명회에 참석한 새솔중공업 바르샤바 법인의 금다원 법인장은 "부품 통관이 늦어지고 있다"고 말했다.')
    found = persons(body)
    assert not any("새솔중공업" in name for name in found), found
    assert found.get("금다원") == ("법인장", "새솔중공업 바르샤바 법인")


def test_verb_of_the_describing_clause_is_no_word_of_the_body() -> None:
    body = '올해 결승에서 준우승한 노을스타즈의 석채결 감독은 "선수들이 끝까지 버텼다"고 말했다.'
    assert persons(body).get("석채결") == ("감독", "노을스타즈")


def test_sale_modified_by_going_on_is_held_from_its_day() -> None:
    body = '새봄길백화점은 지난 4일부터 수도권 7개 매장에서 진행 중인 겨울 정기 세일의 첫 주 매출이 늘었다고 11일 밝혔다.'
    sale = named(body, "겨울 정기 세일", "2026-01-11T09:00:00+09:00")
    assert sale is not None and sale.start_date == date(2026, 1, 4)
    assert sale.location == "수도권 7개 매장"
    # a sale only qualifying another noun is still none
    assert named('겨울 세일 소식을 듣고 몰린 손님들로 매장 입구가 붐볐다.', "겨울 세일", "2026-01-11T09:00:00+09:00") is None
