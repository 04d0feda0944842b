"""Korean events, round 36: a get-together held by its sides, a season's last game, and a bare day still to come.

Conventions:
- '회동' held by named sides on a day at a place ('두 대표는 27일 … 회동을 갖고') is one happening, as '회담' is, even
  when a meeting of another name ('본회의') was told before; '갖다' with a gathering word as its object holds it in
  every form ('갖고', '가졌다', '갖습니다', '가지며').
- '최종전', the last game of a season or a league round, is a game as '개막전' is: dated, it is one
  ('29일 … 열린 K3리그 30라운드 최종전에서 … 꺾었다', the round a word of its name); undated ('시즌 최종전을 앞두고') none.
- A bare day two or more days before the publication day, in a sentence telling what is to come (a plan, '-겠-', a
  present-tense close), is next month's ('2일 … 간담회를 열어 … 추릴 계획이다' in an article of the 27th); told in
  the past, or held in a past form ('20일 열린 …'), or yesterday, it stays this month's.

Every sentence, name and place is invented for the test (published Friday 2026-11-27).
"""

from __future__ import annotations

import pytest

from ko_event_helpers import found, named

PUB = "2026-11-27T15:00:00+09:00"


@pytest.mark.parametrize("body", [
    "가람당은 다음 달 4일 의회 본회의에서 조례안을 처리하기로 했다. 가람당 한솔비 대표와 누리당 온다빈 대표는 "
    "27일 의회 접견실에서 만찬 회동을 갖고 처리 시점에 뜻을 모았다.",
    "두 시장은 27일 별담시청에서 회동을 가졌다.",
    "두 단체장은 27일 구청 소회의실에서 회동을 가지며 협력을 다짐했다.",
])
def test_a_get_together_held_on_a_day_at_a_place_is_one(body: str) -> None:
    e = named(body, "회동", PUB)
    assert e is not None, found(body, PUB)
    assert str(e.start_date) == "2026-11-27"
    assert e.location


@pytest.mark.parametrize("body", [
    "가람당은 다음 달 4일 의회 본회의에서 조례안을 처리하기로 했다. 두 대표는 회동을 갖고 처리 시점에 뜻을 모았다.",
    "가람당은 다음 달 4일 의회 본회의에서 조례안을 처리하기로 했다. 두 대표는 회동에서 처리 시점에 뜻을 모았다.",
])
def test_a_get_together_without_day_or_place_is_none(body: str) -> None:
    assert named(body, "회동", PUB) is None, found(body, PUB)


def test_a_seasons_last_game_dated_and_placed_is_a_game_named_with_its_round() -> None:
    body = "솔내FC는 22일 솔내종합경기장에서 열린 K3리그 30라운드 최종전에서 가온시민구단을 3-1로 꺾었다."
    e = named(body, "30라운드 최종전", PUB)
    assert e is not None, found(body, PUB)
    assert e.kind == "match"
    assert str(e.start_date) == "2026-11-22"
    assert e.location == "솔내종합경기장"


def test_a_seasons_last_game_spoken_of_undated_is_none() -> None:
    body = "솔내FC 선수들은 시즌 최종전을 앞두고 훈련에 집중하고 있다."
    assert named(body, "최종전", PUB) is None


@pytest.mark.parametrize("body, name, start", [
    ("군의회는 2일 예산특위 간담회를 열어 쟁점을 추릴 계획이다.", "예산특위 간담회", "2026-12-02"),
    ("시는 3일 시청 대강당에서 시민 토론회를 연다.", "시민 토론회", "2026-12-03"),
    ("군은 5일 군청 2층에서 귀농 교실 발표회를 가질 예정이다.", "귀농 교실 발표회", "2026-12-05"),
    # told in the past, held in a past form, or yesterday: this month
    ("시는 2일 시청 대강당에서 시민 토론회를 열었다.", "시민 토론회", "2026-11-02"),
    ("시장은 20일 시청에서 열린 시민 토론회에서 단속을 늘릴 방침이다.", "시민 토론회", "2026-11-20"),
    ("시는 26일 시청 대강당에서 시민 토론회를 열고 단속을 늘릴 방침이다.", "시민 토론회", "2026-11-26"),
])
def test_a_bare_day_before_publication_is_next_months_when_still_to_come(body: str, name: str, start: str) -> None:
    e = named(body, name, PUB)
    assert e is not None, found(body, PUB)
    assert str(e.start_date) == start
