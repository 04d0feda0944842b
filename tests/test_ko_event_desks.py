"""A wide paradigm of Korean events, desk by desk, written from Korean press style before any page (round 22).

Every desk of a Korean newsroom reports dated happenings in the same few shapes: an event word or a quoted name held
by a verb ('열다', '개최하다', '치르다', '갖다', '벌이다', '돌입하다'), a day written relative to the publication date
('지난 3일', '오는 10일', '다음 달 2일', '내달 5일', '이달 말', '전날', '어제', '내일', weekdays, ranges), and a venue in a
'…에서' phrase. The near misses are the same on every desk: a plan with no day, a habit, a wish in a quotation, an
event of a past year told as background, and the event word heading a cost, a plan or a budget ('축제 예산').

Every sentence, body, person, firm and place is invented for the test (real institutions such as 국회 appear as in any
Korean story).
"""

from __future__ import annotations

import pytest

from ko_event_helpers import PUB, found, name_key, named

PUB_DEC = "2025-12-15T09:00:00+09:00"  # a Monday in December
PUB_JAN = "2026-01-05T09:00:00+09:00"  # a Monday in January


# -- desk by desk: an event held on a day, its first (and last) day resolved against the publication date ------------
# (body, name, start, end or None for the start, location or None for not checked)
DESKS = [
    # politics
    ("여야는 오는 13일 국회 본회의를 열어 추경안을 처리한다.", "본회의", "2025-06-13", None, None),
    ("한미 외교장관 회담이 지난 9일 워싱턴 국무부 청사에서 열렸다.", "한미 외교장관 회담", "2025-06-09", None,
     "워싱턴 국무부 청사"),
    ("당은 다음 달 2일 고양 킨텍스에서 전당대회를 열고 새 대표를 뽑는다.", "전당대회", "2025-07-02", None, "고양 킨텍스"),
    ("대통령은 내일 오전 영빈관에서 취임 1주년 기자회견을 연다.", "취임 1주년 기자회견", "2025-06-12", None, "영빈관"),
    ("국회 법제사법위원회는 어제 전체회의를 열고 법안을 의결했다.", "전체회의", "2025-06-10", None, None),
    ("국회 국토교통위원회는 지난 10일 장관 후보자 인사청문회를 열었다.", "인사청문회", "2025-06-10", None, None),
    ("후보들은 오는 15일 지역 방송사 스튜디오에서 첫 TV 토론회를 벌인다.", "첫 TV 토론회", "2025-06-15", None,
     "지역 방송사 스튜디오"),
    ("장관은 오늘 오전 정부세종청사에서 긴급 브리핑을 갖고 대책을 발표했다.", "긴급 브리핑", "2025-06-11", None,
     "정부세종청사"),
    ("제22대 국회 개원식이 지난 5일 국회 본회의장에서 열렸다.", "개원식", "2025-06-05", None, "국회 본회의장"),
    ("당은 오는 22일 중앙위원회를 열어 경선 규칙을 확정한다.", "중앙위원회", "2025-06-22", None, None),
    ("두 정상은 지난 월요일 도쿄에서 정상회담을 가졌다.", "정상회담", "2025-06-09", None, "도쿄"),
    # economy
    ("한빛전자는 지난 10일 서울 코엑스에서 신제품 발표회를 열었다.", "신제품 발표회", "2025-06-10", None, "서울 코엑스"),
    ("누리그룹은 오는 17일 본사 대회의실에서 정기 주주총회를 개최한다.", "정기 주주총회", "2025-06-17", None,
     "본사 대회의실"),
    ("두 회사는 9일 서울 중구 가람호텔에서 업무협약 체결식을 가졌다.", "업무협약 체결식", "2025-06-09", None,
     "서울 중구 가람호텔"),
    ("가람은행은 오는 20∼22일 부산 벡스코에서 ‘2025 핀테크 박람회’를 연다.", "2025 핀테크 박람회", "2025-06-20",
     "2025-06-22", "부산 벡스코"),
    ("재단은 다음 달 3~5일 대구 엑스코에서 ‘청년 일자리 박람회’를 연다.", "청년 일자리 박람회", "2025-07-03", "2025-07-05",
     "대구 엑스코"),
    # a part of a month names no day: the event stands, its start stays unknown
    ("협회는 이달 말 솔내동 본사에서 창립 25주년 기념식을 갖는다.", "창립 25주년 기념식", "None", None,
     "솔내동 본사"),
    # society, labour, courts
    ("서울중앙지법은 오는 18일 오후 2시 이 사건 선고 공판을 연다.", "선고 공판", "2025-06-18", None, None),
    ("검찰은 지난 5일 결심 공판에서 징역 10년을 구형했다.", "결심 공판", "2025-06-05", None, None),
    ("철도노조는 내달 1일 오전 9시부터 총파업에 들어간다.", "총파업", "2025-07-01", None, None),
    ("노동단체들은 지난 7일 서울 광화문광장에서 전국 노동자 대회를 열었다.", "전국 노동자 대회", "2025-06-07", None,
     "서울 광화문광장"),
    ("헌법재판소는 전날 대심판정에서 탄핵심판 첫 변론기일을 열었다.", "첫 변론기일", "2025-06-10", None, "대심판정"),
    ("보건의료노조는 지난 5일 오전 7시부터 파업에 돌입했다.", "파업", "2025-06-05", None, None),
    # sports
    ("대표팀은 오는 14일 오후 8시 서울월드컵경기장에서 평가전을 치른다.", "평가전", "2025-06-14", None, "서울월드컵경기장"),
    ("누리 스타즈는 전날 가람구장에서 열린 한국시리즈 5차전에서 승리했다.", "한국시리즈 5차전", "2025-06-10", None,
     "가람구장"),
    ("제106회 전국체육대회가 다음 달 10일부터 16일까지 경남 일원에서 열린다.", "제106회 전국체육대회", "2025-07-10",
     "2025-07-16", "경남 일원"),
    ("‘2025 가람 국제 마라톤 대회’가 오는 15일 가람시 일원에서 열린다.", "2025 가람 국제 마라톤 대회", "2025-06-15", None,
     "가람시 일원"),
    ("대표팀은 이번 주 토요일 안방에서 월드컵 예선 마지막 경기를 치른다.", "예선 마지막 경기", "2025-06-14", None, None),
    # culture, entertainment
    ("밴드는 다음 달 5일 서울 올림픽공원 체조경기장에서 단독 콘서트를 연다.", "단독 콘서트", "2025-07-05", None,
     "서울 올림픽공원 체조경기장"),
    ("작가 편한솔의 개인전 ‘바람의 결’이 오는 13일부터 29일까지 종로구 누리갤러리에서 열린다.", "바람의 결", "2025-06-13",
     "2025-06-29", "종로구 누리갤러리"),
    ("그룹은 오는 20일 서울 광진구 솔빛홀에서 컴백 쇼케이스를 연다.", "컴백 쇼케이스", "2025-06-20", None,
     "서울 광진구 솔빛홀"),
    ("‘제45회 가람 영화상’ 시상식이 오는 22일 서울 여의도 솔빛아트홀에서 열린다.", "제45회 가람 영화상", "2025-06-22", None,
     "서울 여의도 솔빛아트홀"),
    ("재단은 오는 20일 서울 중구 한빛호텔 그랜드볼룸에서 창립 30주년 기념식을 연다.", "창립 30주년 기념식", "2025-06-20",
     None, "서울 중구 한빛호텔 그랜드볼룸"),
    ("극단은 오는 3일 시민회관 대극장에서 창작극 ‘바람의 집’을 무대에 올린다.", "바람의 집", "2025-07-03", None,
     "시민회관 대극장"),
    # science, regional, wire
    ("한국물리학회는 다음 달 2일부터 4일까지 대전컨벤션센터에서 하계 학술대회를 연다.", "하계 학술대회", "2025-07-02",
     "2025-07-04", "대전컨벤션센터"),
    ("군은 오는 14일 군청 광장에서 제3회 가람 연꽃 축제 개막식을 연다.", "개막식", "2025-06-14", None, "군청 광장"),
    ("한일 외교장관 회의는 오는 24일 부산에서 열린다.", "한일 외교장관 회의", "2025-06-24", None, "부산"),
    ("두 나라는 지난 9일(현지시간) 제네바에서 자유무역협정 서명식을 가졌다.", "자유무역협정 서명식", "2025-06-09", None,
     "제네바"),
    ("‘2025 한빛 미래 포럼’이 오는 25일 서울 가람호텔에서 열린다.", "2025 한빛 미래 포럼", "2025-06-25", None,
     "서울 가람호텔"),
    ("후보들은 어제 지역 방송사에서 열린 합동 토론회에서 맞붙었다.", "합동 토론회", "2025-06-10", None, "지역 방송사"),
    # days in every form: two days joined, a day in brackets after a relative word, the day before yesterday, a month's part
    ("시는 오는 16일과 17일 시청에서 정책 토론회를 연다.", "정책 토론회", "2025-06-16", "2025-06-17", "시청"),
    ("재단은 오는 16·17일 누리아트홀에서 청소년 음악회를 연다.", "청소년 음악회", "2025-06-16", "2025-06-17", "누리아트홀"),
    ("학회는 16, 17일 이틀간 가람대 강당에서 춘계 학술대회를 연다.", "춘계 학술대회", "2025-06-16", "2025-06-17",
     "가람대 강당"),
    ("노조는 어제(10일) 본사 앞에서 결의대회를 열었다.", "결의대회", "2025-06-10", None, "본사 앞"),
    ("시는 오늘(11일) 오후 시청에서 정책 토론회를 연다.", "정책 토론회", "2025-06-11", None, "시청"),
    ("시는 그제 시청에서 정책 토론회를 열었다.", "정책 토론회", "2025-06-09", None, "시청"),
    ("시는 모레 시청에서 정책 토론회를 연다.", "정책 토론회", "2025-06-13", None, "시청"),
    ("시는 다음 달 중순 시청에서 정책 토론회를 연다.", "정책 토론회", "None", None, "시청"),
    ("정부는 지난 9일 오후(현지시간) 유엔본부에서 특별 회의를 열었다.", "특별 회의", "2025-06-09", None, "유엔본부"),
    # venues with a numbered floor or hall, and an adverb between the place and the verb
    ("시는 15일 오후 3시 시청 별관 2층 대회의실에서 정책 토론회를 연다.", "정책 토론회", "2025-06-15", None,
     "시청 별관 2층 대회의실"),
    ("당은 내달 5일 오후 2시 국회 의원회관 대회의실에서 정책 토론회를 연다.", "정책 토론회", "2025-07-05", None,
     "국회 의원회관 대회의실"),
    ("‘누리 책 축제’가 오는 20일 시민공원에서 다시 열린다.", "누리 책 축제", "2025-06-20", None, "시민공원"),
    ("폐막식과 시상식은 오는 22일 같은 곳에서 함께 열린다. 개막식은 20일 누리체육관에서 열린다.", "개막식",
     "2025-06-20", None, "누리체육관"),
]


@pytest.mark.parametrize("body, name, start, end, place", DESKS, ids=[r[1] for r in DESKS])
def test_an_event_of_every_desk_held_on_a_day(body: str, name: str, start: str, end: str | None,
                                              place: str | None) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert str(e.start_date) == start, (e.name, e.date_text, e.start_date)
    assert str(e.end_date) == (end or start), (e.name, e.date_text, e.end_date)
    if place is not None:
        assert e.location == place, (e.name, e.location)


# -- the turn of the year: a December page's 'next month', a January page's 'last month' ------------------------------
TURN_OF_YEAR = [
    ("시는 다음 달 3일 시민회관에서 신년 음악회를 연다.", PUB_DEC, "신년 음악회", "2026-01-03"),
    ("시는 내달 5일 시청 대강당에서 시무식을 연다.", PUB_DEC, "시무식", "2026-01-05"),
    ("시는 오는 2일 시청 대강당에서 시무식을 연다.", PUB_DEC, "시무식", "2026-01-02"),
    ("구는 지난달 28일 구청 광장에서 송년 음악회를 열었다.", PUB_JAN, "송년 음악회", "2025-12-28"),
    ("구는 지난 30일 구청 광장에서 송년 음악회를 열었다.", PUB_JAN, "송년 음악회", "2025-12-30"),
]


@pytest.mark.parametrize("body, pub, name, start", TURN_OF_YEAR, ids=[r[0][:14] for r in TURN_OF_YEAR])
def test_a_relative_day_crosses_the_turn_of_the_year(body: str, pub: str, name: str, start: str) -> None:
    e = named(body, name, pub)
    assert e is not None and str(e.start_date) == start, e and (e.date_text, e.start_date)


# -- near misses: no day of its own, a habit, a wish, a past year's background, a cost or a plan ----------------------
NEAR_MISSES = [
    # a cost, a budget or a plan the event word heads
    ("군은 올해 ‘가람 연꽃 축제’ 예산으로 5억 원을 편성했다.", "축제"),
    ("시는 축제 예산 3억 원을 전액 삭감했다.", "축제"),
    ("구단은 개막전 티켓 가격을 동결했다.", "개막전"),
    ("조직위는 박람회 운영비 12억 원을 추가로 요청했다.", "박람회"),
    ("선관위는 선거 비용 보전 기준을 바꿨다.", "선거"),
    ("시는 내년 박람회 개최 계획을 세우고 있다.", "박람회"),
    ("협회는 대회 상금을 두 배로 늘렸다.", "대회"),
    ("구단은 결승전 입장료를 5000원으로 올렸다.", "결승전"),
    ("‘누리 빛 축제’ 개최비 2억 원은 군비로 충당한다.", "축제"),
    ("의회는 ‘가람 봄꽃 축제’ 보조금을 절반으로 깎았다.", "축제"),
    ("위원장은 \"대형 축제와 홍보관 운영비를 중심으로 조정했다\"고 말했다.", "축제"),
    # a habit, at a place or not, on a week of the month or not
    ("구청은 매달 첫째 주 월요일 주민 간담회를 연다.", "간담회"),
    ("도서관은 매월 셋째 주 토요일 어린이 열람실에서 동화 구연회를 연다.", "구연회"),
    ("동호회는 주말마다 공원에서 정기 공연을 한다.", "공연"),
    ("동호회는 해마다 공원에서 정기 공연을 한다.", "공연"),
    # a wish or a hope in a quotation
    ("그는 \"언젠가 팬미팅을 꼭 열어 보고 싶다\"고 말했다.", "팬미팅"),
    ("감독은 \"결승전에 꼭 가고 싶다\"고 했다.", "결승전"),
    # a past year's event told as background, with no name of its own
    ("그는 지난 2019년 대회에서도 정상에 오른 바 있다.", "대회"),
    ("그는 2년 전 총선에서 낙선했다.", "총선"),
    ("이 콘서트는 2020년 후원자 몇 명이 병원 강당에서 연 작은 음악회에서 출발했다.", "음악회"),
    ("그는 2019년 가을 누리시에서 열린 국제 학술대회에서 처음 논문을 발표했다.", "학술대회"),
    # a forecast of one with no day, no place, no name of its own
    ("지 대사는 \"정상회담 전에 외교장관 회담도 열릴 것\"이라고 내다봤다.", "외교장관회담"),
    ("법조계에서는 항소심에서도 치열한 공방이 벌어질 것이라는 전망이 나온다.", "항소심"),
    ("업계는 하반기에 대규모 박람회가 잇따라 열릴 것으로 보고 있다.", "박람회"),
    ("의회 안팎에서는 시와 의회가 예산 복원을 두고 막판 협상을 벌일 것으로 보고 있다.", "협상"),
    ("정가에서는 두 사람이 조만간 단독 회동을 가질 가능성이 크다고 본다.", "회동"),
    # a deadline or a sale, not the event
    ("콘서트 티켓 예매는 오는 13일 오후 8시 시작된다.", "콘서트"),
    # a plan with no day, no place, no name of its own
    ("구는 하반기에 주민 설명회를 열 계획이다.", "설명회"),
    ("시는 박람회를 개최할 방침이다.", "박람회"),
    ("극단은 ‘바람의 집’을 무대에 올릴 계획이다.", "바람의집"),
]


@pytest.mark.parametrize("body, word", NEAR_MISSES, ids=[b[:14] for b, _ in NEAR_MISSES])
def test_a_near_miss_reports_no_event(body: str, word: str) -> None:
    assert not [e.name for e in found(body) if word in e.name.replace(" ", "")], \
        [(e.name, e.date_text) for e in found(body)]


# -- the day of the announcement is not the day of the event ------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("군은 ‘가람 연꽃 축제’를 연다고 10일 밝혔다.", "가람 연꽃 축제"),
    ("협회는 정기 총회를 열 예정이라고 9일 밝혔다.", "정기 총회"),
])
def test_a_future_event_announced_on_a_day_keeps_no_day_from_it(body: str, name: str) -> None:
    e = named(body, name)
    assert e is None or e.start_date is None, (e.name, e.date_text, e.start_date)


# -- what the near misses must leave alone: the same words dated, placed or named --------------------------------------
@pytest.mark.parametrize("body, name, start, place", [
    # a budget told after the festival is held on its day: the festival stays
    ("‘가람 연꽃 축제’가 오는 20일 군청 광장에서 열린다. 축제 예산은 3억 원이다.", "가람 연꽃 축제", "2025-06-20", "군청 광장"),
    # a habit broken by a day of its own
    ("구는 해마다 열던 주민 설명회를 올해는 오는 20일 구청에서 연다.", "주민 설명회", "2025-06-20", "구청"),
    # a past year with its day, or this year
    ("그는 2024년 3월 5일 누리시청에서 열린 출판기념회에서 처음 인사했다.", "출판기념회", "2024-03-05", "누리시청"),
    ("2019년 처음 열린 ‘가람 물빛 축제’가 오는 20일 강변공원에서 다시 열린다.", "가람 물빛 축제", "2025-06-20",
     "강변공원"),
    # two events joined, held on a day at a place: no cost after them
    ("대형 축제와 시민 음악회가 오는 20일 강변광장에서 열린다.", "시민 음악회", "2025-06-20", "강변광장"),
    # a forecast with its day and place
    ("노사는 오는 20일 본사에서 막판 협상을 벌일 것으로 보인다.", "막판 협상", "2025-06-20", "본사"),
    ("두 나라 외교장관 회담이 오는 20일 제네바에서 열릴 것으로 보인다.", "외교장관 회담", "2025-06-20", "제네바"),
    # a plan with its month is an event, as a plan with its day and place (the month names no day: no start)
    ("유족은 오는 9월 유작 회고전을 열 계획이다.", "회고전", "None", None),
    ("구는 오는 20일 구청 대강당에서 주민 설명회를 열 계획이다.", "주민 설명회", "2025-06-20", "구청 대강당"),
    # a troupe stages a quoted work on a day at a place, or premieres it
    ("오케스트라는 지난 5일 누리아트센터 콘서트홀에서 신작 ‘물빛 변주곡’를 초연했다.", "물빛 변주곡", "2025-06-05",
     "누리아트센터 콘서트홀"),
    ("극단은 오는 20일 가람소극장에서 ‘달의 뒤편’을 무대에 올린다.", "달의 뒤편", "2025-06-20", "가람소극장"),
])
def test_a_near_miss_word_dated_placed_or_named_stays_an_event(body: str, name: str, start: str, place: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert str(e.start_date) == start and e.location == place, (e.date_text, e.location)


# -- parts and counts: a speech at the event named before, sittings counted, a meeting said only by its manner ----------
@pytest.mark.parametrize("body, word", [
    ("당은 22일 고양 킨텍스에서 전당대회를 열었다. 편 신임 대표는 수락 연설에서 \"한 팀이 되겠다\"고 말했다.", "연설"),
    ("학회는 지난 5일 가람대에서 춘계 학술대회를 열었다. 편 회장은 기조연설에서 \"협력이 답\"이라고 했다.", "연설"),
    ("선거운동 기간 합동연설회가 여섯 차례 열리는 동안 후보 간 고성이 오갔다.", "합동연설회"),
    ("예산 심사 도중 회의가 두 차례 정회되기도 했다.", "회의"),
    ("앞서 구는 지난달 30일 상인 대표들과 비공개 회의를 가졌다.", "회의"),
    ("노사는 지난 9일 별도 회동을 했다.", "회동"),
    # a leg of a tour named by its region, with no day and no venue
    ("북미 공연에서는 현지 밴드와 꾸민 무대도 선보일 예정이다.", "북미공연"),
    ("밴드는 유럽 투어 콘서트에서 신곡을 처음 부른다.", "콘서트"),
])
def test_a_part_a_count_or_a_manner_reports_no_event_of_its_own(body: str, word: str) -> None:
    assert not [e.name for e in found(body) if word in e.name.replace(" ", "")], \
        [(e.name, e.date_text) for e in found(body)]


@pytest.mark.parametrize("body, name, start, place", [
    # a leg of a tour with its day and venue
    ("밴드는 다음 달 5일 런던 누리아레나에서 유럽 투어 콘서트를 연다.", "유럽 투어 콘서트", "2025-07-05", "런던 누리아레나"),
    # a speech with its own day and place is an event
    ("대통령은 오는 13일 국회 본회의장에서 시정연설을 한다.", "시정연설", "2025-06-13", "국회 본회의장"),
    # a meeting said by its manner, at a place
    ("여야 원내대표는 지난 10일 국회 사랑재에서 비공개 회동을 가졌다.", "비공개 회동", "2025-06-10", "국회 사랑재"),
    # a tribute told by its verb, the memorial its object, on a day
    ("편 대표는 오는 28일에는 4·19민주묘지를 참배할 예정이다.", "4·19민주묘지 참배", "2025-06-28", "4·19민주묘지"),
    ("장관은 지난 6일 국립서울현충원을 참배했다.", "국립서울현충원 참배", "2025-06-06", "국립서울현충원"),
])
def test_a_speech_a_manner_meeting_or_a_tribute_on_its_own_day_is_an_event(body: str, name: str, start: str,
                                                                            place: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert str(e.start_date) == start and e.location == place, (e.date_text, e.location)


def test_a_tribute_with_no_day_is_none() -> None:
    assert found("그는 명절마다 현충원을 참배하곤 했다.") == []


# -- a date belongs to the verb it is written with: '다음 달 8일 치러지는 … 보궐선거' holds the election, not the next event --
@pytest.mark.parametrize("body, other", [
    ("다음 달 8일 치러지는 누리구 국회의원 보궐선거 후보들이 첫 방송 토론에서 맞붙었다.", "토론"),
    ("오는 20일 열리는 가람 물빛 축제 준비위원들이 첫 회의에서 일정을 정했다.", "회의"),
])
def test_a_day_held_by_the_verb_of_an_event_before_is_not_the_next_event_s(body: str, other: str) -> None:
    later = [e for e in found(body) if other in e.name]
    assert all(e.start_date is None for e in later), [(e.name, e.date_text) for e in later]


@pytest.mark.parametrize("body, name, start", [
    ("오는 20일 열리는 개막식과 기념 공연에 시민 500명이 초대된다.", "기념 공연", "2025-06-20"),  # joined, held together
    ("오는 20일 열리는 가람 물빛 축제 준비위원들이 지난 9일 구청에서 첫 회의를 가졌다.", "첫 회의", "2025-06-09"),
])
def test_an_event_joined_to_it_or_dated_on_its_own_keeps_its_day(body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None and str(e.start_date) == start, [(x.name, x.date_text) for x in found(body)]


# -- round 23: an event's day told again by the clause that opened it, by the narrator after a quote, its place moved to --
@pytest.mark.parametrize("body, name, start, end", [
    # a festival dated first by its closing, then said to have opened on an earlier day: that is its first day
    ("‘제5회 솔빛연극제’가 10일 시민회관에서 폐막식을 끝으로 막을 내렸다. 지난 3일 개막한 올해 연극제에는 30개 극단이 "
     "참가했다.", "제5회 솔빛연극제", "2025-06-03", "2025-06-10"),
    ("솔빛연극제 조직위원회는 10일 저녁 시민회관에서 폐막식을 열었다. 지난 3일 개막한 올해 연극제에는 30개 극단이 참가했다.",
     "솔빛연극제", "2025-06-03", "2025-06-10"),
    ("‘2025 가람 책 박람회’가 9일 전시장에서 시상식을 끝으로 폐막했다. 지난 4일 막을 올린 이번 박람회는 관람객 5만 명을 "
     "모았다.", "2025 가람 책 박람회", "2025-06-04", "2025-06-09"),
    # an undated festival takes the day it opened, as before
    ("‘제5회 솔빛연극제’가 열리고 있다. 지난 3일 개막한 연극제에는 30개 극단이 참가했다.", "제5회 솔빛연극제", "2025-06-03",
     "2025-06-03"),
])
def test_the_day_an_event_opened_is_its_first_day(body: str, name: str, start: str, end: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert (str(e.start_date), str(e.end_date)) == (start, end), (e.date_text, e.start_date, e.end_date)


@pytest.mark.parametrize("body, name, start", [
    # an opening of another kind of event leaves the festival's day alone
    ("‘제5회 솔빛연극제’ 폐막식이 10일 시민회관에서 열렸다. 지난 3일 개막한 올해 박람회에는 관람객이 몰렸다.", "제5회 솔빛연극제",
     "2025-06-10"),
    # a later day said to open it does not move an earlier first day
    ("‘제5회 솔빛연극제’가 지난 3일 시민회관에서 개막했다. 10일 개막한 올해 연극제의 본공연은 이어진다.", "제5회 솔빛연극제",
     "2025-06-03"),
])
def test_an_opening_of_another_kind_or_a_later_day_keeps_the_first_day(body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None and str(e.start_date) == start, [(x.name, x.date_text, x.start_date) for x in found(body)]


@pytest.mark.parametrize("body, name, start, place", [
    # a coach's '오늘' inside the quote dates today's game; the narrator gives the next game's own day and the hall it moves to
    ("가람스타즈는 10일 솔빛체육관에서 열린 챔피언결정전 2차전에서 이겼다. 편 감독은 \"3차전은 지난 경기를 털고 다시 준비하겠다\"고 "
     "말했다. 두 팀은 오는 13일 새터체육관으로 자리를 옮겨 3차전을 치른다.", "3차전", "2025-06-13", "새터체육관"),
    # the same move told with '장소를 옮겨', and a rally moved to a square
    ("노조는 오는 14일 시청 광장으로 장소를 옮겨 결의대회를 연다.", "결의대회", "2025-06-14", "시청 광장"),
])
def test_the_narrators_day_and_the_place_moved_to_date_and_place_the_event(body: str, name: str, start: str,
                                                                          place: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert str(e.start_date) == start and e.location == place, (e.date_text, e.start_date, e.location)


def test_a_day_inside_a_quotation_stays_when_the_narrator_gives_none() -> None:
    e = named("편 감독은 \"3차전은 오는 13일 누리체육관에서 치른다\"고 말했다. 선수들은 3차전을 앞두고 훈련에 들어갔다.", "3차전")
    assert e is not None and str(e.start_date) == "2025-06-13", e and (e.date_text, e.start_date)


@pytest.mark.parametrize("body, name", [
    # a person moving to a firm or a post is no place of the event
    ("편 대표는 지난해 가람전자로 자리를 옮긴 뒤 오는 20일 신제품 발표회를 연다.", "신제품 발표회"),
    ("그는 한솔은행으로 자리를 옮겨 오는 20일 취임식을 갖는다.", "취임식"),
])
def test_a_job_moved_to_is_no_place_of_the_event(body: str, name: str) -> None:
    e = named(body, name)
    assert e is not None and e.location is None, e and (e.name, e.location)


# -- round 23: a remark's earlier setting, the opening told again, an election named by its month·day -------------------
@pytest.mark.parametrize("body, word", [
    # a press conference told as the setting of an earlier remark ('…고 말한 바 있다', '밝힌 바 있다'), dated or not
    ("연출을 맡은 편 연출가는 개막 전 기자간담회에서 \"배우의 목소리로 그리고 싶었다\"고 말한 바 있다.", "기자간담회"),
    ("편 대표는 지난달 2일 기자회견에서 \"상장은 없다\"고 밝힌 바 있다.", "기자회견"),
    ("장관은 지난달 30일 국무회의에서 \"규제를 풀겠다\"고 밝힌 바 있다.", "국무회의"),
    # the opening named again with another opening word, with no day or place of its own
    ("뮤지컬 ‘바람의 섬’이 지난 5일 누리아트홀에서 첫 공연을 올렸다. 개막 공연을 본 평론가 편솔아는 호평했다.", "개막공연"),
])
def test_a_remarks_setting_or_the_opening_told_again_is_no_new_event(body: str, word: str) -> None:
    assert not [e.name for e in found(body) if word in e.name.replace(" ", "")], \
        [(e.name, e.date_text) for e in found(body)]


@pytest.mark.parametrize("body, name, start, place", [
    # a press conference held on its day at its place, the remark told plainly
    ("편 대표는 지난 2일 본사 대회의실에서 기자회견을 열고 \"상장은 없다\"고 밝혔다.", "기자회견", "2025-06-02", "본사 대회의실"),
    # an opening performance with a day and a place of its own is one happening
    ("뮤지컬 ‘바람의 섬’이 지난 5일 누리아트홀에서 첫 공연을 올렸다. 극단은 오는 20일 솔빛극장에서 개막 공연을 다시 연다.",
     "개막 공연", "2025-06-20", "솔빛극장"),
])
def test_a_press_conference_or_an_opening_on_its_own_day_stays(body: str, name: str, start: str, place: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert str(e.start_date) == start and e.location == place, (e.date_text, e.location)


@pytest.mark.parametrize("body, pub, name, start, place", [
    # an election named by its month·day before the race it holds: the day is its own, the office's district its place
    ("6·4 지방선거 경북 솔내군수 후보들이 첫 TV 토론회에서 맞붙었다.", "2026-05-27T10:00:00+09:00", "6·4 지방선거",
     "2026-06-04", "경북 솔내군"),
    ("6·4 지방선거 가람시장 선거에 나선 후보들이 전통시장을 찾았다.", "2026-05-27T10:00:00+09:00", "6·4 지방선거",
     "2026-06-04", "가람시"),
    ("4·10 재보궐선거 누리구청장 후보들이 유세에 나섰다.", "2026-04-01T10:00:00+09:00", "4·10 재보궐선거", "2026-04-10",
     "누리구"),
    # a page with no date keeps the day written in the name
    ("6·4 지방선거 경북 솔내군수 후보들이 첫 TV 토론회에서 맞붙었다.", None, "6·4 지방선거", "None", "경북 솔내군"),
])
def test_an_election_named_by_its_month_and_day_heads_its_name(body: str, pub: str | None, name: str, start: str,
                                                                place: str | None) -> None:
    e = named(body, name, pub)
    assert e is not None, [x.name for x in found(body, pub)]
    assert name_key(e.name) == name_key(name) and str(e.start_date) == start, (e.name, e.date_text, e.start_date)
    assert place is None or e.location == place, e.location
    assert e.date_text is not None


@pytest.mark.parametrize("body, word", [
    # an election named bare before its candidates is a passing mention, as before
    ("지방선거 후보들이 첫 TV 토론회에서 맞붙었다.", "지방선거"),
    # a market after the election's name is no office of a district
    ("6·4 지방선거 가람시장 상인들이 후보들을 만났다.", "가람시"),
])
def test_a_bare_election_or_a_market_gives_no_event_or_district(body: str, word: str) -> None:
    assert not [e.name for e in found(body, "2026-05-27T10:00:00+09:00")
                if word in e.name.replace(" ", "") or word == (e.location or "")], \
        [(e.name, e.location) for e in found(body, "2026-05-27T10:00:00+09:00")]


# -- round 24: sittings opened by a verb, happenings told by a verb, dated try-outs --------------------------------------
# (body, published, name, date_text, start or "None", location or None for not checked)
TOLD_BY_VERB = [
    # a body's sitting named by its business, opened on a day: the body sits where it is; a court's at the court
    ("교원징계위원회는 지난달 28일 심의를 열고 편 교사에게 정직 처분을 내렸다.", PUB, "심의", "지난달 28일", "2025-05-28",
     "교원징계위원회"),
    ("교원징계위원회는 지난달 28일 심의를 열고 편 교사에게 정직 처분을 내렸다.", None, "심의", "지난달 28일", "None",
     "교원징계위원회"),
    ("가람지법 민사3부(재판장 편솔비 부장판사)는 오는 19일 가압류 이의 사건의 심문을 연다.", PUB, "심문", "오는 19일",
     "2025-06-19", "가람지법"),
    ("재판부는 다음 달 2일 대법정에서 변론을 열어 양측 의견을 듣는다.", PUB, "변론", "다음 달 2일", "2025-07-02", "대법정"),
    ("누리시 도시계획위원회는 오는 17일 청문을 열어 업체의 소명을 듣는다.", PUB, "청문", "오는 17일", "2025-06-17", None),
    ("재판부는 지난 3일 첫 심리를 열고 쟁점을 정리했다.", PUB, "심리", "지난 3일", "2025-06-03", None),
    # a launch, a take-off, a launching of a ship, a maiden voyage told by a verb whose subject is the quoted name
    ("소형 발사체 ‘가온-2’가 오는 15일 오전 경남 솔가온 해솔우주센터에서 발사된다.", PUB, "가온-2 발사", "오는 15일",
     "2025-06-15", "경남 솔가온 해솔우주센터"),
    ("무인기 ‘구름새-1’이 지난 3일 오전 가람 비행장에서 이륙했다.", PUB, "구름새-1 이륙", "지난 3일", "2025-06-03",
     "가람 비행장"),
    ("새 쇄빙선 ‘다온호’는 오는 20일 가람 조선소에서 진수된다.", PUB, "다온호 진수", "오는 20일", "2025-06-20", "가람 조선소"),
    ("여객선 ‘바람결호’가 오는 18일 목포항에서 첫 출항한다.", PUB, "바람결호 출항", "오는 18일", "2025-06-18", "목포항"),
    # the craft's name unquoted: a name in '호' or with its serial number
    ("다온호가 오는 15일 오전 경남 솔가온 해솔우주센터에서 발사된다.", PUB, "다온호 발사", "오는 15일", "2025-06-15",
     "경남 솔가온 해솔우주센터"),
    ("관측위성 솔새별-3A는 지난 2일 오전 가람 발사장에서 발사됐다.", PUB, "솔새별-3A 발사", "지난 2일", "2025-06-02",
     "가람 발사장"),
    # a try-out on a day of its own: a rehearsal, a test flight, a trial run
    ("연구진은 지난달 26일 종합 리허설에서 배관 상태를 점검했다.", PUB, "종합 리허설", "지난달 26일", "2025-05-26",
     None),
    ("출연진은 지난 8일 누리아트홀에서 마지막 리허설을 가졌다.", PUB, "마지막 리허설", "지난 8일", "2025-06-08", "누리아트홀"),
    ("항공사는 오는 20일 김포공항에서 새 기종의 시험비행을 한다.", PUB, "시험비행", "오는 20일", "2025-06-20", "김포공항"),
    ("군은 오는 16일 서해 시험장에서 신형 미사일 시험발사를 한다.", PUB, "신형 미사일 시험발사", "오는 16일", "2025-06-16",
     "서해 시험장"),
]


@pytest.mark.parametrize("body, pub, name, date_text, start, place", TOLD_BY_VERB, ids=[r[2] for r in TOLD_BY_VERB])
def test_a_sitting_a_launch_or_a_try_out_told_by_its_verb_on_a_day(body: str, pub: str | None, name: str, date_text: str,
                                                                   start: str, place: str | None) -> None:
    e = named(body, name, pub)
    assert e is not None, [x.name for x in found(body, pub)]
    assert e.date_text == date_text and str(e.start_date) == start, (e.name, e.date_text, e.start_date)
    assert place is None or e.location == place, e.location


@pytest.mark.parametrize("body, word", [
    # the business of a sitting, not opened, undated or dated by a month alone
    ("안건은 위원회 심의를 거쳐 확정된다.", "심의"),
    ("위원회는 심의를 열고 결론을 냈다.", "심의"),
    ("위원회는 다음 달 심의를 열 예정이다.", "심의"),
    ("심의 결과는 오는 9일 발표된다.", "심의"),
    ("위원회는 오는 9일 심의를 열지 않기로 했다.", "심의"),
    ("변호인은 지난 3일 법정에서 변론을 이어갔다.", "변론"),
    # a launch word with no day and place, or a quoted name no verb of launching has as its subject
    ("‘가온-2’는 내후년 하반기 발사될 예정이다.", "발사"),
    ("‘가온-2’는 발사 14분 뒤 위성을 분리했다.", "발사"),
    ("‘구름새’가 지난 3일 음원 차트 1위에 올랐다.", "구름새"),
    # a craft told by the verb with no place of its own, or a two-syllable word in '호' ('신호')
    ("다온호는 이날 오후 2시 10분에 이륙해 9분 뒤 위성을 분리했다.", "이륙"),
    ("통제실은 오는 15일 오후 3시 관제동에서 신호가 발사되는지 확인한다.", "신호"),
    # a try-out spoken of as a practice or counted
    ("배우들은 리허설을 거듭하며 호흡을 맞췄다.", "리허설"),
    ("연구진은 지난 3년간 엔진 지상 시험만 85차례 진행했다.", "시험"),
    ("아나운서는 \"오늘은 리허설을 하러 일찍 나간다\"고 말했다.", "리허설"),
    ("시는 2일 경전철 시험운행을 끝내고 8일부터 정식 운행에 들어간다고 밝혔다.", "시험운행"),
    # a launch told as the point in time after which the news happened
    ("위성 ‘솔새별-2’가 21일 오전 해외 발사장에서 발사된 뒤 궤도에 올랐다.", "발사"),
])
def test_an_unopened_sitting_an_undated_launch_or_a_practice_is_no_event(body: str, word: str) -> None:
    assert not [e.name for e in found(body) if word in e.name.replace(" ", "")], \
        [(e.name, e.date_text) for e in found(body)]


# -- round 24: titles, watchers, money, steps of a process, plans with a year: no happening -----------------------------
@pytest.mark.parametrize("body, word", [
    # a title ending in a word only a quote makes an event ('…의 밤'), neither held nor dated: a song, a book
    ("그의 히트곡 ‘달빛의 밤’은 1990년대 음반 차트 정상을 다퉜다.", "달빛의밤"),
    ("‘그늘의 밤’과 ‘바다 연가’는 그의 대표곡으로 꼽힌다.", "그늘의밤"),
    # talk of a happening in a quotation, the place after it where the speaker would watch
    ("동호회 회장은 \"마지막 공연도 앞자리에서 보고 싶다\"고 했다.", "공연"),
    ("그는 \"결승전도 관중석에서 지켜보겠다\"고 말했다.", "결승전"),
    # the money an event brings in
    ("그는 콘서트 수익의 일부를 지역 도서관에 내놓기로 했다.", "콘서트"),
    ("군은 올해 축제 매출이 20% 늘었다고 집계했다.", "축제"),
    # a meeting a plan is put before, with no day of its own
    ("위원회는 의견 수렴을 마친 뒤 9월 국무회의에 수정안을 부칠 방침이다.", "국무회의"),
    ("개정안은 본회의에 상정될 예정이다.", "본회의"),
    # an event being prepared with only a year
    ("재단은 내후년 탄생 100주년을 맞아 순회 회고전을 준비 중이다.", "회고전"),
    ("시는 국제 박람회 개최를 추진 중이다.", "박람회"),
])
def test_a_title_a_watchers_place_money_a_step_or_a_plan_is_no_happening(body: str, word: str) -> None:
    assert not [e.name for e in found(body) if word in e.name.replace(" ", "")], \
        [(e.name, e.date_text, e.location) for e in found(body)]


@pytest.mark.parametrize("body, name, start, place", [
    # the same words held, dated or placed stay events
    ("후원회는 오는 20일 시민회관에서 ‘온정의 밤’을 연다.", "온정의 밤", "2025-06-20", "시민회관"),
    ("지난 9일 누리호텔에서 열린 ‘후원의 밤’에는 300명이 모였다.", "후원의 밤", "2025-06-09", "누리호텔"),
    ("마지막 공연은 오는 20일 누리아트홀에서 열린다.", "마지막 공연", "2025-06-20", "누리아트홀"),
    ("개정안은 오는 20일 국무회의에 상정된다.", "국무회의", "2025-06-20", None),
    ("재단은 오는 20일 개막하는 회고전을 준비 중이다.", "회고전", "2025-06-20", None),
])
def test_the_same_words_held_dated_or_placed_stay_events(body: str, name: str, start: str, place: str | None) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert str(e.start_date) == start and e.location == place, (e.date_text, e.start_date, e.location)


@pytest.mark.parametrize("body, name, date_text", [
    # a month, or a part of one, names no day: the event stands, its start stays unknown (never the 1st)
    ("위원회는 6월 국무회의를 열어 최종안을 확정한다.", "국무회의", "6월"),
    ("시는 오는 9월 시청에서 정책 토론회를 연다.", "정책 토론회", "오는 9월"),
    ("시는 다음 달 초 시청에서 정책 토론회를 연다.", "정책 토론회", "다음 달 초"),
    ("협회는 지난달 본사에서 정기 총회를 열었다.", "정기 총회", "지난달"),
])
def test_a_month_alone_names_no_start_day(body: str, name: str, date_text: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert e.date_text == date_text and e.start_date is None and e.end_date is None, (e.date_text, e.start_date)


# -- round 24: the lede's loose name told again, years ago, a medium, the same stage, a committee's own sitting ----------
@pytest.mark.parametrize("body, word", [
    # the lede names the happening loosely (with the verb '연' before it), the next sentence names it with its day and place
    ("솔바람아트센터가 창단 15주년을 맞아 연 축하 음악회가 끝났다. 6일 저녁 솔바람홀에서 열린 ‘창단 15주년 축하 연주회’는 "
     "매진됐다.", "축하음악회"),
    # a happening years ago, in a quotation that names today
    ("한 관객은 \"12년 전 창단 공연도 봤는데 그때보다 훨씬 나았다\"고 말했다.", "창단공연"),
    ("그는 \"몇 년 전 첫 대회에 나갔을 때 오늘처럼 떨렸다\"고 했다.", "첫대회"),
    # an event word naming the medium that carries it
    ("이날 무대는 온라인 공연 플랫폼과 센터 누리집으로 생중계됐다.", "온라인공연"),
    ("세부 일정은 축제 홈페이지에 나와 있다.", "축제"),
])
def test_a_loose_lede_name_years_ago_or_a_medium_is_no_new_event(body: str, word: str) -> None:
    assert not [e.name for e in found(body) if word in e.name.replace(" ", "")], \
        [(e.name, e.date_text) for e in found(body)]


@pytest.mark.parametrize("body, name, place", [
    # the same stage is the venue named before
    ("6일 가람아트센터 대극장에서 열린 ‘창단 15주년 축하 연주회’는 매진됐다. 센터는 같은 무대에서 다음 달 14일 송년음악회를 연다.",
     "송년음악회",
     "가람아트센터 대극장"),
    # a committee's hearing or meeting with no room named sits at the committee; a bare '위원회' is the one named before
    ("국회 환경위원회는 4일 장관 후보자 인사청문회를 개최했다.", "인사청문회", "국회 환경위원회"),
    ("국회 환경위원회는 4일 인사청문회를 개최했다. 여야는 밤늦게까지 공방을 벌였다.\n위원회는 오는 11일 전체회의를 열어 보고서 채택을 정한다.",
     "전체회의", "국회 환경위원회"),
    # a room named beats the committee
    ("국회 환경위원회는 4일 국회 별관 소회의실에서 인사청문회를 개최했다.", "인사청문회", "국회 별관 소회의실"),
])
def test_the_same_stage_or_the_committee_that_sits_is_the_place(body: str, name: str, place: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert e.location == place, (e.name, e.location)


# -- round 24: a broadcast lede sets the day of the gathering at a place ---------------------------------------------
LEDE = "상인들이 오늘 가람시청 앞 광장에 모였습니다. 상인들은 버스 20대에 나눠 타고 올라왔습니다. "


@pytest.mark.parametrize("body, start", [
    # the event later held at the lede's place, with no day of its own, is the lede's gathering: its day
    (LEDE + "가람시청 앞 광장에서 열린 ‘동네가게 살리기 결의대회’에는 2천여 명이 모였습니다.", "2025-06-11"),
    # held at another place: no day from the lede
    (LEDE + "누리체육관에서 열린 ‘동네가게 살리기 결의대회’에는 2천여 명이 모였습니다.", "None"),
    # a lede with no day gives none
    ("상인들이 가람시청 앞 광장에 모였습니다. 가람시청 앞 광장에서 열린 ‘동네가게 살리기 결의대회’에는 2천여 명이 모였습니다.",
     "None"),
])
def test_the_lede_dates_the_gathering_held_at_its_place(body: str, start: str) -> None:
    e = named(body, "동네가게 살리기 결의대회")
    assert e is not None, [x.name for x in found(body)]
    assert str(e.start_date) == start, (e.date_text, e.start_date, e.location)


# -- round 25: a place belongs to the event of its own day; an event right after another is held where it was ---------
@pytest.mark.parametrize("body, name, place", [
    # two events of two days in one sentence: the later one's venue is not the earlier one's
    ("노조는 오는 3일 지방노동위원회 조정회의에 참석하고 오는 6일 가람공장 정문 앞에서 출범식을 연다.", "조정회의", "None"),
    ("노조는 오는 3일 지방노동위원회 조정회의에 참석하고 오는 6일 가람공장 정문 앞에서 출범식을 연다.", "출범식",
     "가람공장 정문 앞"),
    ("협회는 지난 2일 정기총회를 마쳤고 지난 5일 솔빛호텔에서 창립 기념식을 열었다.", "정기총회", "None"),
    # a part held on the same day as its festival is held where the festival is
    ("가람영화제가 9일 누리 야외극장에서 개막식을 열고 열흘 일정에 들어갔다.", "가람영화제", "누리 야외극장"),
    # right after, before or during a meeting named before: held where the meeting was
    ("대통령은 9일 가람궁에서 정상회담을 열었다. 대통령은 정상회담 뒤 공동기자회견에서 협력을 강조했다.",
     "공동기자회견", "가람궁"),
    ("누리그룹은 오는 17일 본사 대회의실에서 정기 주주총회를 연다. 대표는 주주총회 직후 기자간담회를 열어 계획을 설명한다.",
     "기자간담회", "본사 대회의실"),
    # ... unless it names a place of its own
    ("두 장관은 9일 가람청사에서 회담을 가졌다. 두 장관은 회담 직후 솔빛호텔에서 공동기자회견을 열었다.",
     "공동기자회견", "솔빛호텔"),
    # the scene of the story, right before an inspection held there, is its place
    ("경찰은 12일 오전 소방 당국과 함께 현장에서 합동감식을 벌일 계획이다.", "합동감식", "현장"),
    ("경찰은 12일 오전 사고 현장에서 현장검증을 진행한다.", "현장검증", "사고 현장"),
    ("소방 당국은 13일 오전 붕괴 현장에서 합동감식을 벌였다.", "합동감식", "붕괴 현장"),
    # a scene met in another sentence places nothing
    ("현장에서 만난 주민들은 불안을 호소했다. 구청은 오는 20일 설명회를 연다.", "설명회", "None"),
])
def test_a_place_is_of_its_own_day_or_of_the_event_just_held(body: str, name: str, place: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert str(e.location) == place, (e.name, e.location)


# -- round 25: an event named with no day, its last words held on a day in a following sentence ----------------------
@pytest.mark.parametrize("body, start", [
    ("가람대학교 제9대 학장 선거가 열흘 앞으로 다가왔다. 이번 선거는 모두가 참여하는 첫 직선제 선거다. "
     "선거관리위원회는 다음 달 2일 교내 체육관 등 투표소 4곳에서 학장 선거를 치른다고 10일 밝혔다.", "2025-07-02"),
    ("누리시 시장 보궐선거가 한 달 앞으로 다가왔다. 선관위는 오는 20일 관내 투표소 12곳에서 시장 보궐선거를 치른다.",
     "2025-06-20"),
    # a past year's one told as background gives no day
    ("가람대학교 제9대 학장 선거가 열흘 앞으로 다가왔다. 학생들은 지난해 학장 선거를 치른 뒤 제도를 바꾸자고 했다.", "None"),
    # another event told between does not stop it
    ("가람대학교 제9대 학장 선거가 열흘 앞으로 다가왔다. 총학생회는 오는 27일 학생회관에서 간담회를 연다. "
     "선관위는 다음 달 2일 투표소 4곳에서 학장 선거를 치른다.", "2025-07-02"),
    # another election of the same body ('학생회장 선거') held on a day dates only itself
    ("가람대학교 제9대 학장 선거가 열흘 앞으로 다가왔다. 선관위는 다음 달 2일 학생회장 선거를 치른다.", "None"),
])
def test_an_undated_event_held_again_on_a_day_takes_it(body: str, start: str) -> None:
    e = named(body, "제9대 학장 선거") or named(body, "시장 보궐선거")
    assert e is not None, [x.name for x in found(body)]
    assert str(e.start_date) == start, (e.name, e.date_text, e.start_date)


# -- round 25: an event word told as the ongoing state of someone ('… 중인') is no happening of the sentence's day -----
@pytest.mark.parametrize("body, word, kept", [
    ("국빈 방문 중인 가람국 대통령이 9일 청와대에서 윤 대통령과 정상회담을 열었다.", "국빈방문", False),
    ("국빈 방문 중인 가람국 대통령이 9일 청와대에서 윤 대통령과 정상회담을 열었다.", "정상회담", True),
    ("파업 중인 노조는 오는 13일 본사 앞에서 결의대회를 연다.", "파업", False),
    ("협상이 진행 중인 가운데 노사는 오는 5일 본교섭을 연다.", "본교섭", True),
    # the visit told as begun on a day is one
    ("가람국 대통령이 9일 국빈 방문 일정을 시작했다.", "국빈방문", True),
])
def test_an_ongoing_state_is_no_event(body: str, word: str, kept: bool) -> None:
    names = [e.name.replace(" ", "") for e in found(body)]
    assert any(n.endswith(word) for n in names) == kept, names


# -- round 25: an act told by its verb ('서명했다', '체결했다'), later named by its ceremony word ('서명식') ------------
@pytest.mark.parametrize("body, name, start, place", [
    ("두 정상은 9일 가람궁에서 정상회담을 열었다. 양국 정상이 참석한 가운데 양국 기업은 양해각서 5건에 서명했다. "
     "모 차관은 서명식 직후 취재진 앞에 섰다.", "서명식", "2025-06-09", "가람궁"),
    ("양국은 9일 가람궁에서 협정에 서명했다. 장관은 서명식에서 협력을 강조했다.", "서명식", "2025-06-09", "가람궁"),
    ("두 회사는 9일 솔빛호텔에서 공급 계약을 체결했다. 대표는 체결식 뒤 소감을 밝혔다.", "체결식", "2025-06-09", "솔빛호텔"),
    ("두 회사는 오는 20일 솔빛호텔에서 공급 계약을 체결한다. 대표는 체결식 뒤 소감을 밝힐 예정이다.", "체결식", "2025-06-20",
     "솔빛호텔"),
])
def test_an_act_told_by_its_verb_is_the_ceremony_named_later(body: str, name: str, start: str, place: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert (str(e.start_date), e.location) == (start, place), (e.name, e.date_text, e.start_date, e.location)


@pytest.mark.parametrize("body", [
    # no act told before: no day comes from elsewhere
    "두 정상은 9일 가람궁에서 정상회담을 열었다. 차관은 서명식 직후 취재진 앞에 섰다.",
    # the act planned with no day
    "양국은 내년에 협정에 서명할 계획이다. 장관은 서명식 일정을 조율하고 있다.",
])
def test_a_ceremony_word_with_no_act_told_gets_no_day(body: str) -> None:
    assert not [e for e in found(body) if e.name.endswith("서명식") and e.start_date], \
        [(e.name, e.start_date) for e in found(body)]


# -- round 25: a '…에는' phrase of a time is when, not where; a part of a festival on its day is an item of it ---------
FEST = "가람시는 오는 14일부터 사흘간 누리광장 일대에서 ‘제3회 가람 불꽃축제’를 연다. "


@pytest.mark.parametrize("body, word, kept", [
    (FEST + "축제 마지막 날에는 주민 200명이 함께하는 거리 공연도 펼쳐진다.", "거리공연", False),
    (FEST + "행사 기간에는 주민 200명이 함께하는 거리 공연도 펼쳐진다.", "거리공연", False),
    # the festival itself stays
    (FEST + "축제 마지막 날에는 주민 200명이 함께하는 거리 공연도 펼쳐진다.", "불꽃축제", True),
])
def test_a_part_of_a_festival_on_its_day_is_no_event(body: str, word: str, kept: bool) -> None:
    names = [e.name.replace(" ", "") for e in found(body)]
    assert any(n.endswith(word) for n in names) == kept, names


@pytest.mark.parametrize("body, place", [
    ("축제 마지막 날에는 주민 200명이 함께하는 거리 공연도 펼쳐진다.", "None"),
    # a stage named is a place all the same
    (FEST + "광장 무대에서는 거리 공연도 펼쳐진다.", "광장 무대"),
])
def test_a_time_phrase_places_nothing(body: str, place: str) -> None:
    e = named(body, "거리 공연")
    assert e is not None, [x.name for x in found(body)]
    assert str(e.location) == place, (e.name, e.location)


def test_the_act_told_paragraphs_before_its_ceremony_word_dates_it() -> None:
    body = ("두 정상은 9일 가람궁에서 정상회담을 열었다. 양국 기업은 양해각서 5건에 서명했다. 장관 세 명이 서명에 참여했다. "
            "양국은 항만 건설에 함께 투자한다. 협력 범위는 배터리까지 넓어진다. 정부는 수주 확대를 기대했다.\n"
            "모 차관은 서명식 직후 취재진 앞에 섰다.")
    e = named(body, "서명식")
    assert e is not None and (str(e.start_date), e.location) == ("2025-06-09", "가람궁"), [(x.name, x.start_date) for x in found(body)]


# -- round 26: a sitting or talks begun, resumed or carried on, told by the verb, on a day -----------------------------
@pytest.mark.parametrize("body, name, start, place", [
    # talks begun, resumed or carried on, on a day at a place
    ("교원노조와 교육청은 오는 23일 누리시청에서 교섭을 이어갈 예정이다.", "교섭", "2025-06-23", "누리시청"),
    ("노사는 지난 9일 본사 회의실에서 협상을 재개했다.", "협상", "2025-06-09", "본사 회의실"),
    ("가람중공업 노사는 오는 24일 울산 본사에서 임금 교섭을 재개한다.", "임금 교섭", "2025-06-24", "울산 본사"),
    ("양측은 지난 2일 누리시청에서 협상을 시작했다.", "협상", "2025-06-02", "누리시청"),
    # a body's sitting begun or resumed on a day: it sits at the body
    ("솔빛시의회 행정자치위원회는 오는 24일부터 부서별 심사를 시작한다.", "부서별 심사", "2025-06-24",
     "솔빛시의회 행정자치위원회"),
    ("누리시 도시계획위원회는 지난 2일 심의를 재개했다.", "심의", "2025-06-02", "누리시 도시계획위원회"),
])
def test_a_sitting_or_talks_begun_or_resumed_on_a_day_is_an_event(body: str, name: str, start: str, place: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert (str(e.start_date), e.location) == (start, place), (e.date_text, e.start_date, e.location)


@pytest.mark.parametrize("body, word", [
    # a review an agency begins, no sitting body its topic
    ("공정위는 지난 3일 합병 심사를 시작했다.", "심사"),
    # a person carrying on, not a body sitting
    ("변호인은 지난 3일 법정에서 변론을 이어갔다.", "변론"),
    # talks carried on with no day, or a month alone
    ("노사는 교섭을 이어갈 예정이다.", "교섭"),
    ("특위는 다음 달 심사를 시작한다.", "심사"),
    ("양측은 다음 달 협상을 재개할 방침이다.", "협상"),
])
def test_a_review_a_person_carrying_on_or_undated_talks_is_no_event(body: str, word: str) -> None:
    assert not [e.name for e in found(body) if word in e.name.replace(" ", "")], \
        [(e.name, e.date_text, e.location) for e in found(body)]


# -- round 26: a kind of happening carried on or done more of, with no day or place, is a programme ----------------------
@pytest.mark.parametrize("body, word", [
    ("극단은 올해 신작 세 편을 무대에 올린다. 인형극과 야외 공연도 이어간다.", "야외공연"),
    ("재단은 찾아가는 음악회를 계속한다.", "음악회"),
    ("구는 무료 강연도 두 배로 늘린다.", "무료강연"),
    ("교육청은 학부모 대상 현장 설명회를 확대한다.", "현장설명회"),
])
def test_a_kind_of_happening_carried_on_with_no_day_is_no_event(body: str, word: str) -> None:
    assert not [e.name for e in found(body) if e.name.replace(" ", "").endswith(word)], \
        [(e.name, e.date_text, e.location) for e in found(body)]


@pytest.mark.parametrize("body, name, start, place", [
    # the same carried on at a place on a day, or a round of talks carried on there: one happening
    ("극단은 오는 25일 누리아트홀에서 야외 공연을 이어간다.", "야외 공연", "2025-06-25", "누리아트홀"),
    ("재단은 지난 7일 가람도서관에서 찾아가는 음악회를 계속했다.", "음악회", "2025-06-07", "가람도서관"),
])
def test_a_kind_of_happening_carried_on_on_a_day_at_a_place_stays(body: str, name: str, start: str, place: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert (str(e.start_date), e.location) == (start, place), (e.date_text, e.start_date, e.location)


# -- round 27: a speech dated only by the day of the event told before is a part of it --------------------------------
@pytest.mark.parametrize("body, word", [
    # dated only by a day word that means the day of the happening just told ('이날', '당일', '같은 날')
    ("마루결시의회가 26일 제88회 임시회 본회의를 열었다. 모수한 시장은 이날 시정연설에서 \"청년 예산을 늘렸다\"고 밝혔다.",
     "시정연설"),
    ("마루결당은 8일 가온회관에서 전당대회를 열었다. 모 신임 대표는 당일 수락 연설에서 \"함께 가겠다\"라고 말했다.", "수락연설"),
    ("마루결시는 3일 시청에서 창립 기념식을 열었다. 모 시장은 같은 날 기념 연설에서 \"고맙다\"고 했다.", "기념연설"),
])
def test_a_speech_on_the_day_of_or_at_the_event_before_is_part_of_it(body: str, word: str) -> None:
    assert not [e.name for e in found(body) if e.name.replace(" ", "").endswith(word)], \
        [(e.name, e.date_text, e.location) for e in found(body)]


@pytest.mark.parametrize("body, name, start, place", [
    # a day and a place of its own, or the first happening of the article
    ("마루결시는 3일 시청에서 창립 기념식을 열었다. 모 시장은 5일 가온회관에서 특별 연설을 했다.", "특별 연설", "2025-06-05",
     "가온회관"),
    ("마루결시는 3일 시청에서 창립 기념식을 열었다. 모 시장은 이날 가온회관으로 자리를 옮겨 특별 연설을 했다.", "특별 연설",
     "2025-06-03", "가온회관"),
    ("모수한 시장은 26일 시의회 본회의장에서 시정연설을 했다.", "시정연설", "2025-05-26", "시의회 본회의장"),
])
def test_a_speech_with_its_own_day_and_place_stays(body: str, name: str, start: str, place: str) -> None:
    e = named(body, name)
    assert e is not None, [x.name for x in found(body)]
    assert (str(e.start_date), e.location) == (start, place), (e.date_text, e.start_date, e.location)


# -- round 29: the same happening told by its kind word alone, a court session told as a noun phrase, the house a
# sitting is at, the setting of a remark, an event told by who attended, a second session elsewhere ------------------

# A kind word right before a quoted title names the happening the title names; the word alone later tells it again.
KIND_WORD_BEFORE_TITLE = [
    ("그룹 별솔이 처음으로 해외 팬미팅을 연다. 소속사 다솜빛엔터는 11일 \"별솔이 다음 달 21일 대만 타이베이 은하홀에서 팬미팅 "
     "'여름의 문'을 개최한다\"고 밝혔다. 팬미팅을 앞두고 멤버들은 현지어 인사를 익혔다.", "여름의 문", "2025-07-21"),
    ("가수 한솔빛이 오는 20일 서울 올림픽공원에서 콘서트 ‘별의 항해’를 연다. 콘서트에는 동료 가수들이 함께한다.",
     "별의 항해", "2025-06-20"),
    ("재단은 오는 20일 서울 코엑스에서 박람회 ‘미래 일터 2025’를 연다. 박람회에는 기업 120곳이 참가한다.",
     "미래 일터 2025", "2025-06-20"),
    ("구단은 오는 18일 미리내홀에서 출정식 ‘푸른 물결’을 연다. 출정식에는 선수단 전원이 나선다.",
     "푸른 물결", "2025-06-18"),
]


@pytest.mark.parametrize("body, name, start", KIND_WORD_BEFORE_TITLE)
def test_a_kind_word_before_a_title_told_again_alone_is_the_same_row(body: str, name: str, start: str) -> None:
    events = found(body)
    assert [name_key(e.name) for e in events] == [name_key(name)]
    assert str(events[0].start_date) == start


def test_the_kind_word_on_another_day_at_another_place_is_another_row() -> None:
    body = ("가수 한솔빛이 오는 20일 서울 올림픽공원에서 콘서트 ‘별의 항해’를 연다. 다음 달 9일 부산 벡스코에서도 "
            "콘서트를 연다.")
    events = found(body)
    assert len(events) == 2
    assert [str(e.start_date) for e in events] == ["2025-06-20", "2025-07-09"]


# A court's session told as the subject of a verb of holding, with its day and its court.
COURT_SESSION_HELD = [
    ("A씨에 대한 구속 전 피의자 심문은 12일 서울중앙지법에서 열린다.", "피의자 심문", "2025-06-12", "서울중앙지법"),
    ("B씨의 영장실질심사는 오는 13일 오후 대전지법에서 열린다.", "영장실질심사", "2025-06-13", "대전지법"),
    ("도결한 전 대표의 선고 공판은 다음 달 5일 서울고법에서 열린다.", "선고 공판", "2025-07-05", "서울고법"),
    ("변론은 다음 달 2일 대법정에서 진행된다.", "변론", "2025-07-02", "대법정"),
    ("여채운 씨에 대한 영장 심사는 지난 9일 수원지법에서 열렸다.", "영장 심사", "2025-06-09", "수원지법"),
]


@pytest.mark.parametrize("body, name, start, place", COURT_SESSION_HELD)
def test_a_court_session_told_as_the_subject_of_its_holding_is_an_event(body: str, name: str, start: str,
                                                                      place: str) -> None:
    ev = named(body, name)
    assert ev is not None and str(ev.start_date) == start and ev.location == place


@pytest.mark.parametrize("body", [
    "심문은 비공개로 진행됐다.",  # no day
    "법원은 심문 결과를 토대로 12일 구속 여부를 결정한다.",  # the business, not held
    "위원회의 심의는 12일 결론이 났다.",  # ended, not held
])
def test_a_sitting_word_undated_or_not_held_is_no_event(body: str) -> None:
    assert found(body) == []


# A legislature's sitting is at its house: the house as subject or topic, or a committee written short after its full name.
HOUSE_SITTINGS = [
    ("참사를 두고 국회가 이날 청문회를 열었다.", "청문회", "국회"),
    ("도의회가 지난 5일 행정사무감사를 열었다.", "행정사무감사", "도의회"),
    ("국회 법제사법위원회는 지난 3일 전체회의를 열었다. 법사위는 오는 20일 청문회를 다시 연다.", "청문회",
     "국회 법제사법위원회"),
    ("국회 행정안전위원회 회의장. 행안위는 오는 16일 2차 청문회를 열어 전직 시장들을 증인으로 부른다.", "청문회",
     "국회 행정안전위원회"),
]


@pytest.mark.parametrize("body, name, place", HOUSE_SITTINGS)
def test_a_legislatures_hearing_sits_at_its_house(body: str, name: str, place: str) -> None:
    ev = [e for e in found(body) if name_key(e.name).endswith(name_key(name))][-1]
    assert ev.location == place


@pytest.mark.parametrize("body, name, place", [
    ("시민단체가 오는 20일 국회 앞에서 기자회견을 연다.", "기자회견", "국회 앞"),  # a place phrase says where
    ("행안위는 다음 달 9일 청문회를 연다.", "청문회", None),  # no full name told before: no guess
])
def test_a_place_phrase_or_an_unnamed_committee_keeps_its_own_place(body: str, name: str, place: str | None) -> None:
    ev = named(body, name)
    assert ev is not None and ev.location == place


# The setting of a remark and an event told only by who attended it, with no day and no place, are no rows.
@pytest.mark.parametrize("body, word", [
    ("녹차 축제가 11일 보성 차밭에서 열렸다. 보존회 탁서율 회장은 개막식에서 \"고맙다\"고 말했다.", "개막식"),
    ("장관은 정례 브리핑에서 \"검토하겠다\"고 말했다.", "브리핑"),
    ("그는 회의 직후 기자간담회에서 \"최선을 다하겠다\"고 밝혔다.", "기자간담회"),
    ("시상식에서 그는 \"감사하다\"고 했다.", "시상식"),
    ("주민들은 서명부를 시에 냈다. 서명부 전달식에는 통장 9명과 부녀회장이 참석했다.", "전달식"),
    ("기념식에는 주민 200여 명이 함께했다.", "기념식"),
    ("멤버 하온은 기자간담회에서 이번 투어를 '두 번째 시작'이라고 불렀다.", "기자간담회"),
    ("컨퍼런스콜에 나선 가람카드 재무책임자는 \"연체율이 낮아졌다\"고 말했다.", "컨퍼런스콜"),
    ("\"내년에는 더 좋아진다\" 대표는 임직원 회의에서 이렇게 말했다.", "회의"),
])
def test_a_remarks_setting_or_an_attended_scene_is_no_event(body: str, word: str) -> None:
    assert not [e for e in found(body) if word in e.name]


@pytest.mark.parametrize("body, name, start", [
    ("장관은 오는 13일 정례 브리핑에서 \"…\"라고 밝힐 예정이다.", "정례 브리핑", "2025-06-13"),
    ("그는 지난 5일 서울 코엑스에서 열린 기자간담회에서 \"기쁘다\"고 말했다.", "기자간담회", "2025-06-05"),
    ("주민들은 지난 5일 시청에서 서명부 전달식을 가졌다. 전달식에는 통장 9명이 참석했다.", "서명부 전달식", "2025-06-05"),
    ("지난 5일 열린 전달식에는 이장 12명이 참석했다.", "전달식", "2025-06-05"),
    # a day of the event just told before is its day too ('회의 뒤 기자회견에서')
    ("정상들은 10일 한 궁전에서 정상회의를 열었다. 의장은 회의 뒤 기자회견에서 \"성과가 컸다\"고 평가했다.", "기자회견",
     "2025-06-10"),
])
def test_a_remarks_setting_or_an_attended_event_with_its_own_day_stays(body: str, name: str, start: str) -> None:
    ev = named(body, name)
    assert ev is not None and str(ev.start_date) == start


@pytest.mark.parametrize("body, name", [
    ("구청장은 설명회에서 주민 의견을 들었다.", "설명회"),  # no remark told: left as before
    ("가람카드는 오는 20일 컨퍼런스콜에서 실적을 발표한다.", "컨퍼런스콜"),  # dated: its own day
])
def test_an_event_word_setting_no_remark_or_dated_is_kept(body: str, name: str) -> None:
    assert named(body, name) is not None


def test_a_quoted_name_attended_stays() -> None:
    assert named("‘한빛 나눔 전달식’에는 이장 12명이 참석했다.", "한빛 나눔 전달식") is not None


# A second session of the event on another day in another city, told by its word alone: a row of its own.
@pytest.mark.parametrize("body, start, place", [
    ("소설가의 신작 낭독회가 11일 서울 마포구 한 서점에서 열렸다. 낭독회는 오는 25일 대구에서 한 차례 더 열린다.",
     "2025-06-25", "대구"),
    ("작가 사인회가 11일 서울 광화문 나래문고에서 열렸다. 사인회는 오는 20일 광주에서 다시 열린다.", "2025-06-20", "광주"),
    ("소설가의 신작 낭독회가 11일 서울 마포구 한 서점에서 열렸다. 낭독회는 오는 25일 대구에서 두 번 더 열린다.",
     "2025-06-25", "대구"),
])
def test_a_second_session_elsewhere_on_another_day_is_its_own_row(body: str, start: str, place: str) -> None:
    events = found(body)
    assert len(events) == 2
    assert (str(events[1].start_date), events[1].location) == (start, place)


# -- a party or an evening a group holds, told by a verb or a clause of holding (round 30) ----------------------------
# Korean tells that such a gathering took place the way it tells any event: the gathering the subject of '열리다' ('…이
# 19일 … 호텔에서 열렸다'), the object of '열다/개최하다', or the head of a clause '…에서 열린 X에서'. A party at the end of
# a run or a wedding ('종방연', '쫑파티', '피로연', '송별회') is a dinner (kind other); an evening a group names ('후원의 밤',
# '추모의 밤', '낭독의 밤') is an event even unquoted, with its host before it. Bare, undated, unplaced, neither is one.
@pytest.mark.parametrize("body, name, start, place", [
    ("지난 5일 경기 고양시 한 고깃집에서 열린 종방연에서 배우 고다솜은 \"즐거웠다\"며 웃었다.", "종방연", "2025-06-05",
     "경기 고양시 한 고깃집"),
    ("지난 5일 경기 고양시 한 고깃집에서 열린 쫑파티에서 배우들은 마지막 대본을 나눠 가졌다.", "쫑파티", "2025-06-05",
     "경기 고양시 한 고깃집"),
    ("출연진은 오는 20일 서울 성동구 한 카페에서 종영파티를 연다.", "종영파티", "2025-06-20", "서울 성동구 한 카페"),
    ("두 사람의 결혼 피로연이 지난 8일 제주 한 호텔에서 열렸다.", "결혼 피로연", "2025-06-08", "제주 한 호텔"),
    ("부서원들은 지난 3일 시청 인근 식당에서 과장의 송별회를 열었다.", "송별회", "2025-06-03", "시청 인근 식당"),
    ("소아암 환자를 돕기 위한 가람소아병원 후원의 밤이 9일 저녁 서울 중구 나래호텔에서 열렸다.", "가람소아병원 후원의 밤",
     "2025-06-09", "서울 중구 나래호텔"),
    ("다온동문회는 오는 5일 학교 강당에서 은사 추모의 밤을 연다.", "은사 추모의 밤", "2025-07-05", "학교 강당"),
    ("지난 3일 시민회관에서 열린 낭독의 밤에는 300명이 모였다.", "낭독의 밤", "2025-06-03", "시민회관"),
    ("솔담재단은 지난 7일 서울 종로구 한 호텔에서 후원의 밤 행사를 개최했다.", "후원의 밤 행사", "2025-06-07",
     "서울 종로구 한 호텔"),
])
def test_a_party_or_an_evening_held_on_a_day_is_an_event(body: str, name: str, start: str, place: str) -> None:
    ev = named(body, name)
    assert ev is not None and name_key(ev.name) == name_key(name)
    assert (str(ev.start_date), ev.location) == (start, place)


@pytest.mark.parametrize("body", [
    "그는 종방연에서 배우들과 웃으며 이야기를 나눴다고 전했다.",  # no day, no place: a passing mention
    "송별회 자리에서 눈물을 보이는 동료가 많았다고 한다.",
    "공연이 끝난 뒤 뒤풀이에서 만난 그는 \"다음에도 오겠다\"고 했다.",
    "그는 지난 3일 잠 못 드는 여름의 밤을 노래했다.",  # '…의 밤' no verb holds: a night
    "지난 3일 친구들과 즐거운 여름의 밤을 보낸 그는 열린 마음으로 돌아왔다.",  # '열린' modifies another word
    "축제의 밤이 깊어가자 시민들은 광장으로 모였다.",  # no day, no holding
])
def test_a_party_or_a_night_in_passing_is_no_event(body: str) -> None:
    assert not any(e.name.endswith(("종방연", "송별회", "뒤풀이", "의 밤")) for e in found(body))


# -- a meeting named as written: its body, the topic of the sentence, names a bare meeting word only (round 30) ------
# '…위원회는 다음 달 4일 3차 조정회의를 연다': a compound meeting word ('조정회의', '전체회의', '정기총회') says which meeting
# it is, with its number in the series; only a bare '회의' ('두 번째 회의를 연다') takes the body's name before it.
@pytest.mark.parametrize("body, name", [
    ("한솔지방노동위원회는 오는 13일 3차 조정회의를 개최한다.", "3차 조정회의"),
    ("가람위원회는 오는 13일 조정회의를 연다.", "조정회의"),
    ("가람위원회는 오는 13일 3차 전체회의를 연다.", "3차 전체회의"),
    ("가람협의회는 오는 13일 제2차 정기총회를 연다.", "제2차 정기총회"),
    ("가람협의회는 오는 13일 정기총회를 연다.", "정기총회"),
    # a bare meeting word: the body names it
    ("가람위원회는 오는 13일 두 번째 회의를 연다.", "가람위원회 두 번째 회의"),
])
def test_a_compound_meeting_word_is_named_as_written(body: str, name: str) -> None:
    assert [name_key(e.name) for e in found(body)] == [name_key(name)]


def test_a_number_before_a_bare_event_word_is_no_name() -> None:
    assert found("선수들은 2차 대회에서 좋은 성적을 냈다.") == []  # which one of a series, of what unsaid


# -- the lede's event told again, dated, in the next sentence (round 30) ----------------------------------------------
# A lede tells the happening in general words and the next sentence names it with its day ('…을 고르는 시민 투표가 끝을
# 향하고 있다. … 지난달 20일 문을 연 온라인 투표에'). A month with no day in the lede ('지난해 12월 태어난 …') belongs to
# the clause it stands in, not the event: it does not keep the lede's mention as a second row.
PUB_LEDE = "2025-06-12T09:00:00+09:00"


@pytest.mark.parametrize("body, kept", [
    ("강원 너울재시 너울재동물원에서 지난해 12월 태어난 새끼 곰의 이름을 고르는 시민 투표가 끝을 향하고 있다.\n"
     "너울재동물원은 지난달 20일 문을 연 온라인 투표에 8만여 명이 표를 던졌다고 전했다.", "온라인 투표"),
    ("지난해 5월 문을 연 너울재시장의 첫 축제가 막을 내렸다.\n"
     "상인회는 지난 7일부터 사흘간 시장 일대에서 너울재 야시장 축제를 열었다고 밝혔다.", "너울재 야시장 축제"),
    ("지난해 9월 개장한 가람공원의 이름을 고르는 주민 투표가 시작됐다.\n"
     "가람구는 지난 10일 시작한 모바일 투표에 3천여 명이 표를 던졌다고 전했다.", "모바일 투표"),
])
def test_a_lede_event_dated_by_another_clause_month_is_the_one_named_next(body: str, kept: str) -> None:
    assert [name_key(e.name) for e in found(body, PUB_LEDE)] == [name_key(kept)]


def test_a_lede_event_no_later_sentence_names_stays() -> None:
    body = ("지난해 9월 개장한 가람공원의 이름을 고르는 주민 투표가 시작됐다.\n"
            "가람구는 이 공원에 나무 3천 그루를 심었다고 밝혔다.")
    assert [name_key(e.name) for e in found(body, PUB_LEDE)] == ["주민투표"]


def test_a_lede_event_with_its_own_day_stays_beside_the_next() -> None:
    body = ("너울재시 주민 투표가 지난 2일 치러졌다.\n"
            "너울재시는 오는 20일 2차 주민 투표를 치른다고 밝혔다.")
    assert len(found(body, PUB_LEDE)) == 2


# -- a sitting a committee carries out on a day (round 30) -----------------------------------------------------------
# '…위원회는 오는 12일부터 나흘간 … 심사를 진행한다': a committee, the topic of its sentence, carrying out ('진행하다') a
# sitting ('심사', '심의', '심리') on a day holds it, as one that begins it ('시작한다') does; a committee written short
# ('예결위', '법사위') is one. Someone not a sitting body, or no day, makes none.
@pytest.mark.parametrize("body, name, start", [
    ("도의회 예산결산특별위원회의 첫 회의가 끝났다. 예결위는 오는 12일부터 사흘간 부서별 심사를 진행한다.", "부서별 심사",
     "2025-06-12"),
    ("국회 예산결산특별위원회는 어제 공청회를 마쳤다. 예결위는 오는 12일부터 예산안 심사를 진행한다.", "예산안 심사",
     "2025-06-12"),
    ("인사위원회는 지난 2일 징계 심의를 진행했다.", "징계 심의", "2025-06-02"),
    ("국회 법제사법위원회는 어제 회의를 마쳤다. 법사위는 오는 13일 법안 심사를 시작한다.", "법안 심사", "2025-06-13"),
])
def test_a_committee_carrying_out_a_sitting_on_a_day_holds_it(body: str, name: str, start: str) -> None:
    ev = named(body, name)
    assert ev is not None and str(ev.start_date) == start


@pytest.mark.parametrize("body", [
    "시는 오는 12일부터 나흘간 서류 심사를 진행한다.",  # a city screening papers: no sitting body
    "예결위는 예산안 심사를 진행한다.",  # no day
    "가람위는 오는 12일부터 합병 심사를 진행한다.",  # a short form with no full name told before: maybe an agency
    "변호인은 지난 2일 변론을 진행했다.",  # a person carrying on
])
def test_a_sitting_carried_out_by_no_body_or_on_no_day_is_none(body: str) -> None:
    assert found(body) == []
