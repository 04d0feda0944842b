"""Korean events, round 60: a camp said to be held, a service held as the subject, tournaments counted by entry, a
courtroom pointing back, a sentence opening with '이어', the formats of a summit's sessions, the next leg of a tour, an
event whose result is reported, and a bare word told again of a race written before only as a modifier.

Conventions:
- A camp modified by a verb of being held ('…에서 열리는 동계 캠프'), a place phrase before and a day in its sentence, is
  held there from that day, as one modified by a verb of beginning is.
- A service word ('교실', '교육') that is the subject of a verb of being held on a day is one happening, placed by the
  sentence's place phrase (a place named after a day of history, '4·19기념광장', included); a bare word a clause
  modifies names none.
- '15번째 출전 대회': the competitions someone entered, counted, no happening.
- '같은 법정에서': a court session held where the court session told before was.
- '이어 …': an undated event of a sentence opening with a word of sequence takes the day of the sentence before.
- '단독 회담에 이어 확대 회담': the formats of a summit's sessions, no rows of their own.
- '서울 공연에 이어 9일에는 부산 …에서 공연한다': the next leg, named by its city, on its day at its place.
- '지난 2일부터 5일까지 실시한 찬반투표 결과': the vote held on those days is an event.
- '… 누리시장 경선 결과 …. 경선은 지난 8일 … 진행됐다': the race named before, dated by the sentence telling it again.

Every sentence, name and place is invented for the test (published Wednesday 2025-06-11).
"""

from __future__ import annotations

from ko_event_helpers import found, name_key, named


def keys(body: str) -> list[str]:
    return [name_key(e.name) for e in found(body)]


def test_a_camp_said_to_be_held_on_a_day_at_a_place_is_an_event() -> None:
    body = "나루 감독은 오는 15일부터 가람도 누리섬에서 열리는 동계 캠프에서 선수단을 이끈다."
    ev = named(body, "동계 캠프")
    assert ev is not None and "누리섬" in ev.location and str(ev.start_date) == "2025-06-15"


def test_a_camp_not_said_to_be_held_is_none() -> None:
    assert "동계캠프" not in keys("나루 감독은 동계 캠프 명단을 두고 고민이 깊다고 말했다.")


def test_a_service_held_as_the_subject_on_a_day_is_placed_by_its_phrase() -> None:
    body = ("오는 21일 가람시 도심에서 제2회 누리 걷기 대회가 열린다. 대회 하루 전인 20일에는 4·19기념광장에서 "
            "기념품 나눔과 함께 가족 걷기 교실이 열린다.")
    ev = named(body, "가족 걷기 교실")
    assert ev is not None and ev.location == "4·19기념광장" and str(ev.start_date) == "2025-06-20"


def test_a_bare_service_word_a_clause_modifies_names_no_event() -> None:
    body = "오는 21일 토요일에는 아이들이 부모와 함께 연을 손수 꾸며 날리는 교실이 열린다."
    assert not any(name_key(e.name).endswith("교실") for e in found(body))


def test_tournaments_counted_by_entry_are_no_event() -> None:
    body = "재작년 투어에 데뷔한 나은솔은 15번째 출전 대회 만에 생애 첫 우승을 거뒀다."
    assert not any("출전" in e.name for e in found(body))


def test_a_session_in_the_same_courtroom_is_at_the_court_told_before() -> None:
    body = ("검찰은 지난 3일 가람지법 형사3부 심리로 열린 B씨의 결심공판에서 징역 10년을 구형했다.\n\n"
            "선고공판은 다음 달 2일 오전 10시 같은 법정에서 진행된다.")
    ev = named(body, "선고공판")
    assert ev is not None and ev.location == "가람지법" and str(ev.start_date) == "2025-07-02"


def test_a_sentence_opening_with_ieo_takes_the_day_of_the_sentence_before() -> None:
    body = ("누리부 장관이 명절을 앞두고 시장을 찾았다.\n"
            "장관은 5일 오후 가람시 솔빛시장을 방문해 점포를 둘러봤다. 이어 상인회 사무실에서 점주들과 현장 간담회를 가졌다.")
    ev = named(body, "현장 간담회")
    assert ev is not None and str(ev.start_date) == "2025-06-05" and ev.location == "상인회 사무실"


def test_a_sentence_not_opening_with_a_word_of_sequence_takes_no_day_so() -> None:
    body = ("누리부 장관이 명절을 앞두고 시장을 찾았다.\n"
            "장관은 5일 오후 가람시 솔빛시장을 방문해 점포를 둘러봤다. 상인회 사무실에서 점주들과 현장 간담회를 가졌다.")
    ev = named(body, "현장 간담회")
    assert ev is None or ev.start_date is None


def test_the_formats_of_a_summits_sessions_are_no_rows() -> None:
    body = ("두 정상은 17일 가람시 영빈관에서 정상회담을 열었다. "
            "두 정상은 이날 단독 회담에 이어 확대 회담을 하고 협정문에 서명했다.")
    assert keys(body) == ["정상회담"]


def test_the_next_leg_of_a_tour_is_named_by_its_city_on_its_day() -> None:
    body = ("가람필하모닉이 오는 8일 서울 서초구 누리아트홀에서 여름음악회를 연다. "
            "서울 공연에 이어 13일에는 부산 해솔문화회관 대극장에서 같은 곡들로 공연한다.")
    ev = named(body, "부산 공연")
    assert ev is not None and "해솔문화회관" in ev.location and str(ev.start_date) == "2025-06-13"
    assert "서울공연" not in keys(body)


def test_a_leg_followed_without_a_day_is_not_renamed() -> None:
    body = ("가람필하모닉이 오는 8일 서울 서초구 누리아트홀에서 여름음악회를 연다. "
            "서울 공연에 이어 부산에서도 관객을 만날 계획이다.")
    assert "부산공연" not in keys(body)


def test_a_vote_held_over_days_whose_result_is_reported_is_an_event() -> None:
    body = "솔빛운수 노조는 지난 2일부터 5일까지 조합원 900여 명이 참여해 실시한 쟁의행위 찬반투표 결과 찬성률 70%로 가결됐다고 6일 밝혔다."
    ev = named(body, "쟁의행위 찬반투표")
    assert ev is not None and str(ev.start_date) == "2025-06-02" and str(ev.end_date) == "2025-06-05"


def test_a_result_with_no_day_of_its_vote_is_no_event() -> None:
    assert "쟁의행위찬반투표" not in keys("솔빛운수 노조는 쟁의행위 찬반투표 결과 찬성률 70%로 가결됐다고 6일 밝혔다.")


def test_a_bare_word_told_again_is_the_race_named_as_a_modifier_before() -> None:
    body = ("가람당이 누리시장 후보로 한도겸 전 의원을 확정했다.\n"
            "가람당 공관위원장은 10일 당사에서 기자회견을 열고 누리시장 경선 결과 한 전 의원이 최종 후보로 뽑혔다고 발표했다.\n"
            "경선은 지난 8일과 9일 이틀간 당원 투표 60%와 여론조사 40%를 합산해 진행됐다.")
    ev = named(body, "누리시장 경선")
    assert ev is not None and str(ev.start_date) == "2025-06-08"


def test_a_bare_word_told_again_with_no_fuller_mention_before_is_none() -> None:
    body = ("가람당 공관위원장은 10일 당사에서 기자회견을 열고 한 전 의원이 선출됐다고 발표했다.\n"
            "경선은 지난 8일과 9일 이틀간 당원 투표 60%와 여론조사 40%를 합산해 진행됐다.")
    assert not any(name_key(e.name).endswith("경선") for e in found(body))
