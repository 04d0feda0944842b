"""Korean events, round 54: days counted ahead, happenings told by their own verbs, items of a programme, bodies.

- A count of days before something ('체전을 12일 앞두고', '마감을 3일 남기고') is a span, not the 12th of a month.
- The call-up of candidates before an exam ('예비소집'), fireworks ('불꽃놀이') and an investor day ('인베스터 데이') are
  happenings when their sentence gives a day; a day told by its distance from another ('이틀 전인 20일') is the
  subject's own, and a time of day before '에는' ('14일 밤에는') is no place.
- An item that follows in the programme of an event told before ('…열리며, 합창단 공연과 연등 행렬이 이어진다') is no row
  of its own; with its own day in its clause ('18일에는 … 한마당이 이어진다') it is one.
- A standing body the law sets up ('입주자대표회의') sues; it is no meeting.
- Inside a quotation, a bare event word with no day or place ('"… 마스터클래스를 꾸려 보고 싶다"'), one of a span of years
  ('"4년 동안 시연회부터 …"'), and a game whose clause closes before the day after it ('"2차전에서 밀려서 오늘은 …"') report
  no happening.
- A game named with a gloss of its format ('플레이오프(3전 2승제) 2차전') keeps the gloss, as written.
- The national exam heading its phrase ('수능은 오는 14일 … 치러진다') is one; before another noun ('수능 성적표는') it is none.

Every sentence, body, person and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

from builder.rules import Context
from builder.rules.ko import event

PUB = "2026-03-11T09:00:00+09:00"


def events(body: str) -> dict:
    return {e.name: e for e in event.find(body, Context(PUB))}


def test_a_count_of_days_ahead_is_no_day_of_the_month() -> None:
    found = events("한빛시는 도민체전을 12일 앞두고 주경기장 안전점검에 나섰다.")
    assert all(e.date_text != "12일" and e.start_date != date(2026, 3, 12) for e in found.values())
    found = events("여울군은 서류 마감을 3일 남기고 군청 별관에서 귀농 상담회를 가졌다.")
    assert all(e.start_date != date(2026, 3, 3) for e in found.values())


def test_a_plain_day_still_dates_the_event() -> None:
    found = events("한빛시는 12일 시청 대강당에서 안전 간담회를 열었다.")
    assert found["안전 간담회"].start_date == date(2026, 3, 12)


def test_a_call_up_a_day_before_the_exam_keeps_its_own_day() -> None:
    found = events("모의 선발시험은 오는 22일 각 고사장에서 치러지며, 응시생 예비소집은 이틀 전인 20일 열린다.")
    assert found["응시생 예비소집"].start_date == date(2026, 3, 20)


def test_fireworks_on_a_night_are_held_and_the_night_is_no_place() -> None:
    found = events("잔치는 15일까지 계속되며, 14일 밤에는 호수 위 불꽃놀이도 펼쳐진다.")
    fireworks = next(e for n, e in found.items() if n.endswith("불꽃놀이"))
    assert fireworks.start_date == date(2026, 3, 14)
    assert fireworks.location != "밤"


def test_an_investor_day_held_on_a_day_at_a_place() -> None:
    found = events("가온전자는 다음 달 9일 판교 본사 강당에서 인베스터 데이를 연다.")
    assert found["인베스터 데이"].start_date == date(2026, 4, 9)
    assert found["인베스터 데이"].location == "판교 본사 강당"


def test_an_investor_day_with_no_day_or_place_is_none() -> None:
    assert "인베스터 데이" not in events("가온전자는 인베스터 데이 준비에 공을 들였다.")


def test_items_that_follow_in_a_ceremony_are_no_rows() -> None:
    found = events("기념식은 7일 오전 10시 군민회관에서 열리며, 합창단 공연과 연등 행렬이 이어진다.")
    assert set(found) == {"기념식"}


def test_an_item_with_its_own_day_that_follows_is_one() -> None:
    found = events("이튿날인 18일에는 읍내 장터 광장에서 민속 한마당이 이어진다.")
    assert found["민속 한마당"].start_date == date(2026, 3, 18)


def test_a_residents_body_that_sues_is_no_meeting() -> None:
    found = events("솔내동 아파트 입주자대표회의는 관리업체를 상대로 소송을 냈다.")
    assert not any("입주자대표회의" in n for n in found)


def test_the_residents_body_still_holds_a_meeting() -> None:
    found = events("입주자대표회의는 오는 19일 관리동 회의실에서 임시회의를 연다.")
    assert found["임시회의"].start_date == date(2026, 3, 19)


def test_a_masterclass_planned_in_a_quotation_with_no_day_is_none() -> None:
    found = events('단장은 "언젠가 악단 수석들이 청소년과 만나는 마스터클래스를 꾸려 보고 싶다"고 말했다.')
    assert "마스터클래스" not in found


def test_a_masterclass_told_with_a_day_and_a_place_is_one() -> None:
    found = events("악단은 다음 달 5일 시립극장에서 마스터클래스를 연다.")
    assert found["마스터클래스"].start_date == date(2026, 4, 5)


def test_a_preview_of_a_span_of_years_in_a_quotation_is_none() -> None:
    found = events('그 시연회가 기억난다. 연출가는 "4년 동안 시연회부터 지켜본 작품이라 애틋하다"고 말했다.')
    assert not any(n.endswith("시연회") for n in found)


def test_a_game_whose_clause_closes_before_the_day_is_not_dated_by_it() -> None:
    found = events('감독은 "2차전에서 우리가 밀려서 오늘은 초반부터 몰아붙였다"고 말했다.')
    assert "2차전" not in found


def test_a_game_told_with_its_day_is_one() -> None:
    found = events("두 팀은 오는 19일 솔빛체육관에서 2차전을 치른다.")
    assert found["2차전"].start_date == date(2026, 3, 19)


def test_a_game_named_with_the_gloss_of_its_format_keeps_it() -> None:
    found = events("가람은 5일 솔빛체육관에서 치러진 2026 여자프로농구 플레이오프(3전 2승제) 2차전에서 한빛을 꺾었다.")
    game = next(e for n, e in found.items() if n.endswith("2차전"))
    assert "플레이오프(3전 2승제) 2차전" in game.name
    assert game.start_date == date(2026, 3, 5)


def test_the_national_exam_heading_its_phrase_is_one() -> None:
    found = events("교육청은 점검을 마쳤다. 올해 수능은 오는 14일 도내 고사장 곳곳에서 치러진다.")
    assert any(e.start_date == date(2026, 3, 14) and e.name.endswith("수능") for e in found.values())


def test_the_national_exam_before_another_noun_is_none() -> None:
    assert not events("수능 성적표는 다음 달 6일 학교마다 배부된다.")
    assert not events("교육청은 27일 수능 이후 고3 교실의 출석 실태를 점검한다.")
