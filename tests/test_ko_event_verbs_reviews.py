"""Korean events told by an event word made a verb, agreements named by what they hold, a committee's review a bill
goes through, venues named in quotes, and statistics of an event.

- '두 나라가 국방장관 회담을 열고 …했다. 장관은 전날 …에서 … 회담했다': the undated event of the lede takes the day and
  the place of the next sentence that does it by its word made a verb with '하다'.
- '…공동 운영을 담은 양해각서에 서명했다': a clause of its content says which agreement, so its signing on a day is an event;
  a bare '양해각서에 서명했다' with nothing saying which stays none, and an undated one is none.
- '예산안은 다음 달 9일 …도의회 …위원회 심사를 받는다': the committee sits that day, held at its house.
- "…책방 '푸른 마루 서점'에서 … 북토크를 연다": a venue's quoted name of several words places the event.
- '보건소 방문 횟수가 줄었다': a count of an event is a figure, no happening.

Every sentence, body, person and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

from tests.ko_event_helpers import found, named

PUB = "2026-05-14T10:00:00+09:00"  # a Thursday


def test_lede_event_dated_by_its_word_as_a_verb() -> None:
    body = ("가람국과 누리국이 국방장관 회담을 열고 함정 공동 건조에 뜻을 모았다.\n"
            "도하람 장관은 전날 누리국 솔빛시에서 상대국 국방 수장과 회담했다.\n")
    e = named(body, "국방장관 회담", PUB)
    assert e is not None and e.start_date == date(2026, 5, 13)
    assert e.location == "누리국 솔빛시"


def test_verb_without_a_day_dates_nothing() -> None:
    body = ("가람국과 누리국이 국방장관 회담을 열고 함정 공동 건조에 뜻을 모았다.\n"
            "도하람 장관은 누리국 솔빛시에서 상대국 국방 수장과 회담했다.\n")
    e = named(body, "국방장관 회담", PUB)
    assert e is None or e.start_date is None


def test_agreement_named_by_its_content_clause() -> None:
    body = "두 도시는 이날 솔빛시청에서 야간 버스 노선 공동 운영을 담은 양해각서(MOU)에 서명했다.\n"
    e = named(body, "양해각서", PUB)
    assert e is not None and e.start_date == date(2026, 5, 14)
    assert e.location == "솔빛시청"


def test_bare_agreement_with_nothing_saying_which_is_none() -> None:
    assert named("두 도시는 이날 솔빛시청에서 양해각서에 서명했다.\n", "양해각서", PUB) is None


def test_undated_agreement_with_content_is_none() -> None:
    body = "두 도시는 야간 버스 노선 공동 운영에 관한 양해각서에도 곧 서명한다.\n"
    assert named(body, "양해각서", PUB) is None


def test_committee_review_a_budget_goes_through_on_a_day() -> None:
    body = "개정 조례안은 오는 6월 9일 가람도의회 복지위원회 심사를 받는다.\n"
    e = named(body, "가람도의회 복지위원회 심사", PUB)
    assert e is not None and e.start_date == date(2026, 6, 9)
    assert e.location == "가람도의회"


def test_committee_review_without_a_day_is_none() -> None:
    body = "개정 조례안은 가람도의회 복지위원회 심사를 받은 뒤 확정된다.\n"
    assert named(body, "복지위원회 심사", PUB) is None


def test_quoted_venue_of_several_words_places_the_event() -> None:
    body = "시인은 오는 20일 솔빛시 책방 '푸른 마루 서점'에서 낭독회 겸 북토크를 갖는다.\n"
    e = named(body, "북토크", PUB)
    assert e is not None and e.location == "솔빛시 책방 '푸른 마루 서점'"


def test_count_of_visits_is_a_figure_not_an_event() -> None:
    body = "조사해 보니 주민들의 보건소 방문 횟수가 한 해 새 크게 감소했다.\n"
    assert not [e for e in found(body, PUB) if "방문" in e.name]


def test_demo_day_held_on_a_day_at_a_place() -> None:
    body = "회사는 오는 21일 솔빛시 창업센터에서 개최되는 데모데이에 나가 투자자를 만난다.\n"
    e = named(body, "데모데이", PUB)
    assert e is not None and e.start_date == date(2026, 5, 21) and e.location == "솔빛시 창업센터"


def test_quoted_venue_after_the_subject_that_is_held_there() -> None:
    body = "시집 출간을 기념하는 낭독회는 오는 22일 오후 솔빛시 동네서점 '달빛 책장'에서 열린다.\n"
    e = named(body, "낭독회", PUB)
    assert e is not None and e.location == "솔빛시 동네서점 '달빛 책장'"
    assert not [x for x in found(body, PUB) if "달빛" in x.name]  # the venue is no event


def test_quoted_event_is_no_venue() -> None:
    body = "회사는 다음 달 3일부터 솔빛시 전시장에서 열리는 '2027 가람 자전거 박람회'에서 일반인 시승 행사를 연다.\n"
    e = named(body, "시승 행사", PUB)
    assert e is not None and e.location == "솔빛시 전시장"


def test_sitting_named_in_a_quote_placed_by_the_narrator_later() -> None:
    body = ('가람당 원내대표는 "오는 19일 본회의에서 추경안을 꼭 처리하겠다"고 말했다.\n'
            "여야 협상은 밤늦게까지 이어졌다.\n"
            "가람도의회는 오는 19일 제2차 본회의를 소집해 추경안 표결에 들어간다.\n")
    e = named(body, "본회의", PUB)
    assert e is not None and e.start_date == date(2026, 5, 19) and e.location == "가람도의회"


def test_sitting_in_a_quote_not_placed_by_another_day() -> None:
    body = ('가람당 원내대표는 "오는 19일 본회의에서 추경안을 꼭 처리하겠다"고 말했다.\n'
            "가람도의회는 오는 26일 본회의를 소집해 결산안을 다룬다.\n")
    first = [e for e in found(body, PUB) if e.name == "본회의" and e.start_date == date(2026, 5, 19)]
    assert first and first[0].location != "가람도의회"
