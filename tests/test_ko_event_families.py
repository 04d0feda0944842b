"""Korean events of the families a blind dev set showed missing: talks and readings, tournaments,
drills named in quotes, questioning sessions, committees taking up a bill, games held on a day at a
place, quoted names held without an event word, meetings named by the body holding them, and places
given beside the name or inside a quotation.

Every sentence is written for the test; teams, bodies, people and places are invented. Each family
has a case it must find and one it must leave alone.
"""

from __future__ import annotations

from datetime import date

from builder.rules import Context
from builder.rules.ko import event

PUB = "2025-09-18T10:00:00+09:00"


def events(body: str, published: str | None = PUB) -> dict:
    return {e.name: e for e in event.find(body, Context(published))}


# -- talks and readings ------------------------------------------------------------------------
def test_book_talk_and_reading_are_events_with_place_and_day():
    found = events("소설가 나은별은 오는 27일 오후 2시 대전 중구 한빛문고 본점에서 독자와 만나는 북토크를 연다. "
                   "이어 다음 달 3일에는 고향인 옥천군 청산면 작은도서관에서 낭독회를 갖는다.")
    assert found["북토크"].location == "대전 중구 한빛문고 본점"  # '한빛문고' ends like '…고', a name all the same
    assert found["북토크"].start_date == date(2025, 9, 27)
    assert found["낭독회"].location == "옥천군 청산면 작은도서관" and found["낭독회"].start_date == date(2025, 10, 3)


def test_quoted_talk_is_an_event_but_torque_is_not():
    found = events("악단은 다음 달 9일 시민회관 소극장에서 지휘자가 해설하는 '지휘자의 토크'를 연다.")
    assert found["지휘자의 토크"].location == "시민회관 소극장"
    assert not events("새 차의 최대 토크는 오는 20일 공개되는 제원표에 실린다. 엔진 토크가 높아졌다.")


# -- tournaments -------------------------------------------------------------------------------
def test_tournament_named_by_its_edition_is_an_event():
    found = events("투어는 오는 25일부터 나흘간 충북 제천의 솔바람 골프클럽에서 열리는 '제7회 솔바람 여자오픈'으로 이어진다. "
                   "신예 하늘빛이 지난 14일 끝난 제3회 청솔 오픈(총상금 8억원·12∼14일) 정상에 올랐다.")
    assert found["제7회 솔바람 여자오픈"].location == "충북 제천의 솔바람 골프클럽"
    assert found["제7회 솔바람 여자오픈"].start_date == date(2025, 9, 25)
    assert any(name.endswith("제3회 청솔 오픈") for name in found)


def test_tournament_without_edition_is_an_event_when_played():
    found = events("그는 다음 달 3일 개막하는 솔바람 오픈에 출전한다.")
    assert found["솔바람 오픈"].start_date == date(2025, 10, 3)


def test_shop_opening_and_paper_cups_are_no_tournaments():
    assert not events("한빛카페는 오는 20일 서울 마포구에서 매장 오픈을 한다. 이날 종이컵을 쓰지 않는다.")


# -- drills, questioning sessions, committees --------------------------------------------------
def test_drill_named_by_a_code_in_quotes_takes_the_name_and_place():
    found = events("양국 해군은 다음 달 6∼10일 전남 여수 앞바다 일대에서 연합 기동훈련 '푸른물결-25'를 실시한다.")
    ev = found["푸른물결-25"]
    assert ev.location == "전남 여수 앞바다 일대" and (ev.start_date, ev.end_date) == (date(2025, 10, 6), date(2025, 10, 10))
    assert "연합 기동훈련" not in found  # the quoted code is its name, not a second event


def test_questioning_session_is_a_hearing_when_dated():
    found = events("국회 행정안전위원회는 다음 달 2일 소방청을 상대로 한 현안 질의에서 이 문제를 다룬다.")
    assert found["현안 질의"].kind == "hearing" and found["현안 질의"].start_date == date(2025, 10, 2)
    assert not events("야당은 현안 질의가 부족했다고 주장했다.")


def test_committee_dated_as_where_a_bill_is_taken_up_is_its_session():
    found = events("조례안은 오는 23일 복지환경위원회에서 심사된 뒤 본회의에 오른다.")
    assert found["복지환경위원회"].start_date == date(2025, 9, 23)
    assert "복지환경위원회" not in events("조례안은 복지환경위원회에서 심사된 뒤 본회의에 오른다.")


# -- games, quoted names, meetings named by their body -----------------------------------------
def test_bare_game_held_on_a_day_at_a_place_is_one_game():
    found = events("한빛스타즈는 오는 21일 청주체육관에서 라온윙스와 선두 자리를 건 맞대결을 펼친다.")
    assert found["맞대결"].location == "청주체육관" and found["맞대결"].start_date == date(2025, 9, 21)
    assert not events("두 팀은 올 시즌 맞대결에서 한 번씩 이겼다.")
    assert not events("한빛전자는 이날 서울 코엑스에서 행사를 열었다.")  # a bare '행사' stays generic


def test_quoted_name_held_on_a_day_at_a_place_is_an_event():
    found = events("별빛게임즈는 다음 달 20∼23일 대구 엑스코에서 열리는 '게임로드 2025'에 부스를 내고 "
                   "첫 e스포츠 대회 '별빛 컵' 예선을 연다.")
    assert found["게임로드 2025"].location == "대구 엑스코"
    assert found["별빛 컵"].location == "대구 엑스코"  # held at the show named before it
    assert found["별빛 컵"].parent == "게임로드 2025"
    assert "e스포츠 대회" not in found


def test_quoted_name_said_to_be_held_after_it_is_an_event():
    assert events("한빛시는 다음 달 3일 시청 광장에서 '빛고을 2025'를 개최한다.")["빛고을 2025"].location == "시청 광장"
    assert events("다음 달 3일 시청 광장에서 '빛고을 2025'가 열린다.")["빛고을 2025"].start_date == date(2025, 10, 3)


def test_quoted_name_without_day_or_place_is_no_event():
    assert not events("새로 열린 '청년 장터'가 인기를 끌고 있다.")
    assert not events("시는 '행복 도시 2030' 계획을 발표했다.")
    assert not events("한빛커피는 다음 달 3일 성수동에서 '한빛 로스터리'를 연다.")  # a shop opens


def test_meeting_named_by_the_body_holding_it():
    found = events("하천 관리를 논의하는 민관 협의회는 오는 30일 시청 별관에서 올해 세 번째 회의를 연다.")
    ev = next(iter(found.values()))
    assert ev.name.startswith("민관 협의회") and ev.location == "시청 별관" and ev.start_date == date(2025, 9, 30)
    other = events("김 위원장은 오는 30일 시청 별관에서 올해 세 번째 회의를 연다고 밝혔다.")
    assert all(not name.startswith("김") for name in other)


def test_retail_names_ending_in_an_event_word_are_no_events():
    assert "출시 행사" in events("한빛게임즈는 지난 12일 서울 코엑스에서 출시 행사를 열었다.")
    assert not events("분양 시행사는 지난 12일 서울 강남구에서 계약을 맺었다.")


# -- places ----------------------------------------------------------------------------------
def test_place_before_a_talk_said_to_be_done():
    found = events("국방부는 장관이 오는 11일 국방부 청사에서 라온국 국방장관과 한·라온 국방장관회담을 한다고 밝혔다.")
    ev = next(e for name, e in found.items() if name.endswith("국방장관회담"))
    assert ev.location == "국방부 청사"


def test_place_inside_a_quotation_belongs_to_an_event_in_it_only():
    found = events('김 의장은 "다음 달 2일 구청 대강당에서 주민 공청회를 열겠다"고 말했다.')
    assert found["주민 공청회"].location == "구청 대강당"
    found = events('김 의장은 구청 대강당에서 "다음 달 2일 주민 공청회를 열겠다"고 말했다.')
    assert found["주민 공청회"].location is None  # where he spoke, not where it is held


def test_tournament_named_before_takes_the_place_where_the_bare_word_is_held():
    found = events("신예 하늘빛이 제3회 청솔 오픈(총상금 8억원·12∼14일) 정상에 올랐다.\n"
                   "하늘빛은 14일 경북 경주의 청솔 컨트리클럽(파72)에서 열린 대회 최종 라운드에서 5타를 줄였다.",
                   "2025-09-14T20:00:00+09:00")
    ev = next(e for name, e in found.items() if name.endswith("제3회 청솔 오픈"))
    assert ev.location == "경북 경주의 청솔 컨트리클럽"
    found = events("신예 하늘빛이 제3회 청솔 오픈(총상금 8억원·12∼14일) 정상에 올랐다.\n"
                   "하늘빛은 다음 대회에서도 우승을 노린다.", "2025-09-14T20:00:00+09:00")
    assert all(e.location is None for e in found.values())
    found = events("신예 하늘빛이 제3회 청솔 오픈(총상금 8억원·12∼14일) 정상에 올랐다.\n"
                   "하늘빛은 14일 경북 경주의 청솔 컨트리클럽(파72)에서 열린 대회 최종 라운드에서 5타를 줄였다.\n"
                   "투어는 오는 18일부터 전남 순천의 갈대 골프장에서 열리는 '제5회 갈대 여자오픈'으로 이어진다.",
                   "2025-09-14T20:00:00+09:00")
    assert next(e for name, e in found.items() if name.endswith("제3회 청솔 오픈")).location == "경북 경주의 청솔 컨트리클럽"


# -- days told from the narrative --------------------------------------------------------------
def test_this_day_is_the_day_named_before_it_not_the_publication_day():
    body = ("한빛지검 형사부는 투자사기 일당 5명을 구속 기소했다고 17일 밝혔다.\n"
            "담당 부장검사는 이날 한빛지검 브리핑실에서 열린 기자회견에서 수사 결과를 설명했다.")
    assert events(body)["기자회견"].start_date == date(2025, 9, 17)
    found = events("지난 11일 시청에서 공청회가 열렸다. 같은 날 오후 구청에서는 주민 설명회가 열렸다.")
    assert found["주민 설명회"].start_date == date(2025, 9, 11)
    found = events("오는 25일 시민회관에서 토론회가 열린다. 전날 같은 곳에서 사전 간담회가 열린다.")
    assert found["사전 간담회"].start_date == date(2025, 9, 24)


def test_this_day_with_no_day_named_before_is_the_publication_day():
    assert events("담당 부장검사는 이날 한빛지검 브리핑실에서 기자회견을 열었다.")["기자회견"].start_date == date(2025, 9, 18)
    body = '시장은 "지난 11일에도 말했다"고 했다. 시장은 이날 시청에서 기자회견을 열었다.'
    assert events(body)["기자회견"].start_date == date(2025, 9, 18)  # a day inside a quotation names no narrative day


def test_election_named_by_its_month_and_day_is_held_that_day():
    found = events("4·9 재보궐선거를 열흘 앞둔 30일 후보들이 유세에 나섰다.", "2026-03-30T09:00:00+09:00")
    assert next(e for n, e in found.items() if n.endswith("재보궐선거")).start_date == date(2026, 4, 9)
    found = events("4·9 재보궐선거를 열흘 앞둔 30일 후보들이 유세에 나섰다. 시는 30일 시청에서 3·1 기념식을 열었다.",
                   "2026-03-30T09:00:00+09:00")
    assert next(e for n, e in found.items() if n.endswith("기념식")).start_date == date(2026, 3, 30)  # no election


# -- court sessions, inspections, ceremonies, fan events ---------------------------------------
def test_court_sessions_with_a_day_or_place_are_events():
    """A ruling read out is a sitting of the case, a trial as '선고공판' is (docs/tables.md, kind)."""
    found = events("헌재는 25일 헌재 대심판정에서 열린 선고에서 해당 조항이 위헌이라고 결정했다.")
    assert found["선고"].kind == "trial" and found["선고"].location == "헌재 대심판정"
    found = events("대법원 전원합의체는 지난 3월 4일 대법정에서 공개변론을 열었다.")
    assert found["공개변론"].start_date == date(2025, 3, 4)
    assert not events("재판부는 피고인에게 징역 2년을 선고했다. 피고인은 1심 선고 결과에 불복했다.")
    assert not events("공개변론이 필요하다는 의견이 나왔다.")


def test_joint_inspection_with_a_day_is_an_event():
    found = events("경찰과 소방당국은 오는 22일 현장 합동감식을 벌여 화재 원인을 조사한다.")
    assert found["현장 합동감식"].start_date == date(2025, 9, 22)
    assert not events("합동감식 결과가 나오려면 한 달가량 걸린다.")


def test_ceremonies_and_fan_events_named_by_what_they_mark():
    found = events("한빛항공의 김포∼오사카 노선 첫 취항식은 다음 달 2일 김포공항 국제선 청사에서 열린다. "
                   "구단은 오는 27일 서울 송파구 한빛홀에서 팬 감사제를 연다.")
    assert next(e for n, e in found.items() if n.endswith("취항식")).location == "김포공항 국제선 청사"
    assert found["팬 감사제"].start_date == date(2025, 9, 27) and found["팬 감사제"].location == "서울 송파구 한빛홀"


# -- no events: kinds of gathering, means of a choice, possibilities --------------------------
def test_kinds_of_gathering_votes_as_shares_and_possible_votes_are_no_events():
    assert not events("해가 진 뒤의 옥외집회를 예외 없이 금지한 조례 조항에 대해 위헌 결정이 나왔다.")
    found = events("전당대회는 다음 달 9일 한빛체육관에서 열리며, 당원 투표 70%와 여론조사 30%를 합산해 대표를 뽑는다.")
    assert "전당대회" in found and not any(n.endswith("투표") for n in found)
    assert not events("당내에서는 결선투표 가능성도 거론된다.")
    assert "결선투표" in events("결선투표는 다음 달 16일 치러진다.")


def test_series_opening_at_a_first_place_takes_it():
    found = events("합동연설회는 다음 달 3일 대구를 시작으로 춘천·청주·서울에서 차례로 열린다.")
    assert found["합동연설회"].location == "대구"
    assert events("주민 간담회는 다음 달 3일 이를 시작으로 매달 열린다.")["주민 간담회"].location is None


def test_session_of_a_case_stage_is_one_event():
    found = events("파기환송심 첫 변론기일은 다음 달 20일 한빛고법에서 열린다. 항소심 첫 공판은 오는 29일 열린다.")
    assert found["파기환송심 첫 변론기일"].location == "한빛고법" and "파기환송심" not in found
    assert found["항소심 첫 공판"].start_date == date(2025, 9, 29)
    assert "항소심 첫 공판" not in events("항소심 재판부는 오는 29일 첫 공판에서 증인을 부른다.")


def test_a_way_of_campaigning_is_a_rally_only_when_dated_or_placed():
    assert not events('후보는 "시민 곁으로 가겠다"며 자전거 유세를 이어갔다.')
    assert events("후보는 이날 한빛시장에서 집중 유세를 벌였다.")["집중 유세"].location == "한빛시장"


# -- the month a bare day stands in, the tense of a quotation -------------------------------------
def test_a_bare_day_takes_the_month_the_narrative_named_last():
    found = events("한빛군은 다음 달 3일부터 6일까지 나흘간 군민광장 일원에서 가을 꽃축제를 연다고 15일 밝혔다. "
                   "지난해 축제에는 관광객 10만 명이 다녀갔다. 개막식은 3일 오후 6시 군민광장 야외무대에서 열린다.")
    assert found["개막식"].start_date == date(2025, 10, 3)


def test_a_bare_day_after_a_day_of_this_month_stays_in_this_month():
    found = events("한빛군은 오는 21일 군민광장 일원에서 가을 꽃축제를 연다. "
                   "개막식은 21일 오후 6시 군민광장 야외무대에서 열린다.")
    assert found["개막식"].start_date == date(2025, 9, 21)


def test_a_bare_day_in_a_future_quotation_is_a_coming_day():
    found = events('나들이 국장은 "업계 30여 곳이 참여하는 \'물류 혁신 간담회\'가 25일 같은 장소에서 열린다"고 설명했다.')
    assert found["물류 혁신 간담회"].start_date == date(2025, 9, 25)
    found = events('나들이 국장은 "업계 30여 곳이 참여한 \'물류 혁신 간담회\'가 25일 같은 장소에서 열렸다"고 설명했다.')
    assert found["물류 혁신 간담회"].start_date == date(2025, 8, 25)


# -- wage talks, a show's press run-through, a race --------------------------------------------------
def test_a_round_of_wage_talks_a_press_call_and_a_marathon_are_events():
    found = events("노사는 17일 공장 본관 대회의실에서 열린 15차 본교섭에서 임금 인상에 합의했다.")
    assert any(n.endswith("본교섭") for n in found) and found[next(n for n in found if n.endswith("본교섭"))].kind == "meeting"
    found = events("제작사는 개막 전날인 17일 한빛아트홀 대극장에서 프레스콜을 열었다.")
    assert found["프레스콜"].kind == "press conference" and found["프레스콜"].start_date == date(2025, 9, 17)
    found = events("그는 오는 28일 한빛시 일원에서 열리는 국제마라톤 풀코스에 출전한다.")
    assert any(e.kind == "competition" for e in found.values())


def test_talks_and_races_spoken_of_in_general_are_no_events():
    found = events("노조는 교섭이 길어질수록 조합원의 피로가 쌓인다고 했다. 그는 마라톤처럼 긴 협상이라고 말했다.")
    assert not any(n.endswith(("교섭", "마라톤")) for n in found)


# -- a hall named after its building, former, indefinite and many happenings, a quoted awards name -------------
def test_a_hall_named_after_its_building_is_a_place_not_an_event():
    found = events("누리주택연구원은 다음 달 14일 서울 중구 한빛무역회관 국제회의장에서 '가을 주택시장 포럼'을 연다.")
    assert set(found) == {"가을 주택시장 포럼"} and found["가을 주택시장 포럼"].location == "서울 중구 한빛무역회관 국제회의장"
    found = events("대변인은 이날 오후 기자회견장에 섰다.")  # no building before: someone at the press conference
    assert "기자회견" in found


def test_a_former_or_an_indefinite_one_is_no_event():
    assert not events("우승자는 이전 대회 최고 기록을 2분 줄였다.")
    assert not events("그는 지난해 한 시상식에서 신인상을 받았다.")
    assert not events("역대 대회 가운데 가장 많은 관중이 들었다.")
    found = events("국회 행정안전위원회는 다음 달 2일 소방청을 상대로 한 현안 질의에서 이 문제를 다룬다.")
    assert "현안 질의" in found  # '상대로 한': a verb, not the indefinite '한'


def test_many_happenings_or_what_something_became_are_no_events():
    assert not events("장마로 마을 행사도 줄줄이 취소됐다.")
    assert not events("일당은 지난해 3월부터 12월까지 전국 11곳에서 사업설명회를 열고 회원을 모았다.")
    assert not events("이 경주는 동호회 모임으로 시작해 국제대회로 자리 잡았다.")
    found = events("협회는 오는 20일 한빛시 체육관에서 사업설명회를 연다.")
    assert "사업설명회" in found


def test_a_quoted_name_then_its_event_word_is_one_event_with_its_place():
    found = events("신인을 뽑는 '제7회 누리 뉴페이스 어워즈' 시상식은 21일 오후 한빛홀에서 열린다.")
    assert set(found) == {"제7회 누리 뉴페이스 어워즈"}
    assert found["제7회 누리 뉴페이스 어워즈"].location == "한빛홀"
    assert found["제7회 누리 뉴페이스 어워즈"].start_date == date(2025, 9, 21)


# -- a quoted happening opened on a day, a fashion show, a retirement ceremony ------------------------------------
def test_a_quoted_name_opened_on_a_day_is_an_event():
    found = events("지난 15일 개막한 '2025 누리 디자인위크'의 둘째 날 무대였다.")
    assert "2025 누리 디자인위크" in found and found["2025 누리 디자인위크"].start_date == date(2025, 9, 15)
    assert not events("그는 '2025 누리 디자인위크'의 홍보대사를 맡았다.")  # neither opened nor dated


def test_a_collection_show_and_a_retirement_ceremony_are_events():
    found = events("브랜드 '달빛결'은 19일 오후 한빛아트홀에서 2026 봄·여름 컬렉션 쇼를 열었다.")
    assert any(n.endswith("컬렉션 쇼") and e.kind == "performance" and e.start_date == date(2025, 9, 19)
               for n, e in found.items())
    found = events("이날 경기에 앞서 구단의 간판 공격수 탁온솔의 은퇴식이 열렸다.")
    assert found["은퇴식"].kind == "ceremony"
    assert not any(n.endswith("은퇴식") for n in events("그는 은퇴식 없이 조용히 코트를 떠났다."))


# -- a day set by a decision, and a sitting named with its session -----------------------------------------
def test_a_day_decided_for_a_coming_meeting_is_this_month_s():
    """'…기로 했다' is past in form only: the day it sets is still to come (published on the 18th)."""
    assert events("노사는 24일 한누리노동센터에서 임금 실무 회의를 한 번 더 갖기로 했다.")["임금 실무 회의"].start_date \
        == date(2025, 9, 24)
    assert events("두 회사는 27일 한누리노동센터에서 실무 회의를 다시 열기로 합의했다.")["실무 회의"].start_date \
        == date(2025, 9, 27)


def test_a_day_after_publication_told_in_the_past_is_last_month_s():
    assert events("노사는 24일 한누리노동센터에서 임금 실무 회의를 가졌다.")["임금 실무 회의"].start_date == date(2025, 8, 24)


def test_a_numbered_sitting_is_one_event_held_in_the_house_before_it():
    found = events("도지사는 16일 한별도의회 제301회 임시회 제1차 본회의에서 시정연설을 했다.")
    sitting = found["제301회 임시회 제1차 본회의"]
    assert sitting.location == "한별도의회" and sitting.start_date == date(2025, 9, 16)
    assert not any(name.endswith("임시회") for name in found)  # the session is no second event


def test_a_session_alone_sits_at_the_house_that_holds_it():
    found = events("새솔구의회는 지난 16일 제301회 임시회를 열었다.")
    session = next(e for name, e in found.items() if name.endswith("제301회 임시회"))
    assert session.location == "새솔구의회"  # the house the topic, as the gold of later sets places it


# -- an event named by a copula ('… 열리는 X 준공식이다') --------------------------------------------------------
def test_an_event_word_with_a_copula_held_on_a_day_is_an_event():
    found = events("사업의 첫 단계는 다음 달 2일 세종시 한빛공원에서 열리는 기념관 착공식이다.")
    assert found["기념관 착공식"].location == "세종시 한빛공원" and found["기념관 착공식"].start_date == date(2025, 10, 2)


def test_an_event_word_with_a_copula_not_said_held_is_no_event():
    assert events("주민들이 가장 걱정하는 일정은 착공식이다.") == {}


# -- '같은 법원에서': the place of that kind named before ------------------------------------------------------
def test_the_same_court_is_the_court_named_before():
    found = events("한빛지법 형사3부는 18일 열린 선고공판에서 피고인에게 징역 5년을 선고했다. "
                   "공범 나도결씨 사건은 오는 30일 같은 법원에서 첫 공판을 연다.")
    assert found["첫 공판"].location == "한빛지법" and found["첫 공판"].start_date == date(2025, 9, 30)


def test_the_same_gym_is_not_the_gate_named_before():
    found = events("개관식은 12일 정문 앞에서 열렸다. 다음 달 2일에는 같은 체육관에서 한별배 배구대회를 연다.")
    assert found["한별배 배구대회"].location == "체육관"


def test_the_same_court_with_none_named_before_is_no_place():
    assert events("나도결씨는 오는 30일 같은 법원에서 첫 공판을 받는다.")["첫 공판"].location is None


# -- an exercise named by a quote before '연습' -------------------------------------------------------------
def test_a_quoted_exercise_held_on_days_is_an_event():
    found = events("국방부는 다음 달 6일부터 10일까지 한미 연합 '푸른바다' 연습이 진행된다고 발표했다.")
    assert found["푸른바다"].start_date == date(2025, 10, 6) and found["푸른바다"].end_date == date(2025, 10, 10)


def test_a_quoted_song_practised_is_no_exercise():
    assert events("합창단은 '푸른바다' 연습을 거듭했다.") == {}


# -- a sea in a drill's name ('동해 해상 사격훈련'), dated inside a quotation ------------------------------------------
def test_a_drill_named_with_its_sea_and_dated_is_an_event():
    found = events("군 관계자는 \"지난 16일 동해 해상 기동훈련 뒤로 이상 징후는 없다\"고 말했다.")
    assert found["동해 해상 기동훈련"].start_date == date(2025, 9, 16)


def test_a_drill_without_a_day_is_only_a_point_in_time():
    assert events("군 관계자는 \"기동훈련 뒤로 이상 징후는 없다\"고 말했다.") == {}


# -- a book fair: an event word ----------------------------------------------------------------
def test_a_foreign_book_fair_named_after_its_city_is_placed_there():
    found = events("삽화가 한누리도 지난달 13일 슬로바키아 브라티슬라바에서 개막한 브라티슬라바 아동도서전에 초대됐다.")
    fair = found["브라티슬라바 아동도서전"]
    assert fair.kind == "expo" and fair.location == "슬로바키아 브라티슬라바" and fair.start_date == date(2025, 8, 13)


# -- parties joined by a middle dot, a side of talks, talks at a meeting, a date of another clause ------------------
def test_parties_joined_by_a_middle_dot_are_one_word_of_the_name():
    found = events("두 장관은 17일 페루 외교부 청사에서 열린 한·페루 외교장관 회담에서 공동성명에 합의했다.")
    assert found["한·페루 외교장관 회담"].location == "페루 외교부 청사"
    found = events("세 정상은 오는 25일 부산 벡스코에서 한·중·일 정상회의를 연다.")
    assert found["한·중·일 정상회의"].location == "부산 벡스코"
    found = events("구는 오는 25일 구청에서 상인 · 주민 간담회를 연다.")  # spaced dots list two words: the one before names it
    assert "상인 · 주민 간담회" not in found


def test_a_side_of_talks_is_no_venue():
    body = ("두 장관은 17일 페루 외교부 청사에서 열린 한·페루 외교장관 회담에서 공동성명에 합의했다. "
            "이번 회담에는 우리 측에서 주바름 외교부 국장이, 페루 측에서 외무차관이 배석했다.")
    assert events(body)["한·페루 외교장관 회담"].location == "페루 외교부 청사"
    body = "노사는 오는 25일 임금 교섭을 벌인다. 이번 교섭에는 회사측에서 나다운 상무가 나선다."
    assert events(body)["임금 교섭"].location is None
    body = "노사는 오는 25일 임금 교섭을 벌인다. 이번 교섭은 본사 대회의실에서 열린다."  # a place all the same
    assert events(body)["임금 교섭"].location == "본사 대회의실"


def test_talks_at_the_meeting_named_before_are_its_business():
    found = events("노사는 17일 오후 지방노동위원회에서 열린 3차 조정회의에서 마라톤 협상을 벌인 끝에 조정안에 서명했다.")
    assert list(found) == ["3차 조정회의"]
    found = events("노사는 17일 오후 본사 대회의실에서 밤샘 임금 협상을 벌였다.")  # talks at a place: the talks
    assert found["밤샘 임금 협상"].location == "본사 대회의실"


def test_a_date_belongs_to_the_verb_it_is_written_with():
    found = events("구민 토론회가 파행으로 끝나자 구청은 지난 3일 사업 계획을 다시 짰다.")
    assert all(e.start_date is None for e in found.values())
    assert not events("노조는 지난 3일 조정을 신청했고, 조합원 투표에서 88%의 찬성으로 파업권을 확보했다.")
    found = events("노조는 지난 3일 조합원 투표를 열었고, 93%가 찬성했다.")  # the vote's own verb
    assert found["조합원 투표"].start_date == date(2025, 9, 3)
    found = events("대통령은 오는 24일 페루를 방문해 정상회담을 갖는다.")  # '-아/어' chains acts of one time
    assert found["정상회담"].start_date == date(2025, 9, 24)


# -- a week as a date, a festival as a yard, a screening talk by its initials, a scene set before ----------------------
def test_a_week_is_a_date_written_that_names_no_day():
    found = events("상임위는 다음 주 종합감사에서 관계자들을 다시 증인으로 부를 예정이다.")
    assert found["종합감사"].date_text == "다음 주" and found["종합감사"].start_date is None
    found = events("군은 지난주 군청 대회의실에서 주민 설명회를 열었다.")
    assert found["주민 설명회"].date_text == "지난주" and found["주민 설명회"].start_date is None
    found = events("시는 다음 주 토요일 시청 광장에서 국화 축제를 연다.")  # a weekday of the week names its day
    assert found["국화 축제"].start_date == date(2025, 9, 27)
    found = events("시는 다음 주말 시청 광장에서 국화 축제를 연다.")
    assert found["국화 축제"].start_date == date(2025, 9, 27)
    assert not events("지난 주주총회에서 안건이 통과됐다.")  # no week in a shareholders' meeting


def test_a_festival_named_as_a_yard_of_all():
    found = events("군은 오는 10일 군민운동장에서 제5회 김장 한마당을 연다.")
    assert found["제5회 김장 한마당"].kind == "festival" and found["제5회 김장 한마당"].location == "군민운동장"
    found = events("이튿날인 19일에는 시청 앞 광장에서 민속문화마당이 이어진다.")
    assert found["민속문화마당"].start_date == date(2025, 9, 19)
    assert not events("아이들이 법당 마당에서 뛰어놀았다. 학교 앞마당에서 공을 찼다.")


def test_a_screening_talk_by_its_initials_but_not_a_cinema_chain():
    found = events("감독과 배우들은 19일 오후 시네마홀 2관에서 열리는 두 번째 GV에도 참석한다.")
    assert found["두 번째 GV"].start_date == date(2025, 9, 19) and found["두 번째 GV"].location == "시네마홀 2관"
    assert not events("관객들은 19일 오후 CGV 강남점에서 영화를 봤다.")
    found = events("17일 밤 상영 직후 열린 관객과의 대화(GV)에는 감독이 무대에 올랐다.")  # '에' + '는' after a gloss
    assert found["관객과의 대화(GV)"].start_date == date(2025, 9, 17)


def test_a_scene_set_by_a_day_and_a_place_dates_and_places_the_next_event():
    found = events("지난 8일 서울 서초구 예술의전당 소극장. 지난해 한 콩쿠르에서 1위에 오른 뒤 처음 연 독주회 '스무 개의 별'이었다.")
    assert found["스무 개의 별"].start_date == date(2025, 9, 8)
    assert found["스무 개의 별"].location == "서울 서초구 예술의전당 소극장"
    found = events("지난 8일 서울 서초구 예술의전당 소극장. 마지막 곡이 끝나자 객석에서 박수가 터져 나왔다. 앙코르만 세 곡. "
                   "처음 연 독주회 '스무 개의 별'이었다.")  # sentences with no date or event between
    assert found["스무 개의 별"].start_date == date(2025, 9, 8)
    found = events("지난 8일 소극장에서 공연이 있었다고 했다. 그가 처음 연 독주회 '스무 개의 별'이었다.")  # a sentence, no scene
    assert found["스무 개의 별"].location is None


# -- an event moved to a day, a court's branch, an interviewer's question, a summary after a list ---------------------
def test_an_event_moved_to_a_day_takes_that_day():
    found = events("이번 주말 해안공원에서 열릴 예정이던 '물수제비 바다축제'는 다음 달 12일로 미뤄졌다.")
    assert found["물수제비 바다축제"].start_date == date(2025, 10, 12)
    found = events("구는 오는 25일 구민회관에서 열기로 한 주민 설명회를 다음 달 3일로 연기했다.")
    assert found["주민 설명회"].start_date == date(2025, 10, 3)
    found = events("구는 오는 25일 구민회관에서 주민 설명회를 열고 다음 달 3일까지 의견을 받는다.")  # no move
    assert found["주민 설명회"].start_date == date(2025, 9, 25)


def test_a_court_session_is_placed_at_the_courts_branch():
    found = events("앞서 대구지법 서부지원은 지난 14일 영장실질심사를 거쳐 구속영장을 발부했다.")
    assert found["영장실질심사"].location == "대구지법 서부지원"
    found = events("대구지법은 오는 30일 첫 공판을 연다.")  # the court before a particle
    assert found["첫 공판"].location == "대구지법"


def test_an_interviewers_question_reports_no_event():
    body = "―개관 행사는 어떻게 꾸리나.\n개관식에서는 동화 작가가 첫 강연을 합니다."
    assert "―개관 행사" not in events(body) and "개관 행사" not in events(body)
    body = "―독주회 프로그램을 전주곡으로 채웠다.\n\"오래 준비한 곡들이에요.\""
    assert events(body) == {}


def test_a_generic_word_after_a_list_closed_by_deung_is_a_summary():
    found = events("부군수는 \"오는 20일 예정된 읍민 체육대회 등 주요 행사는 그대로 치르겠다\"고 밝혔다.")
    assert list(found) == ["읍민 체육대회"]


def test_a_committee_held_on_a_day_where_a_case_is_taken_up():
    found = events("사안은 다음 달 2일 한빛교육지원청에서 열리는 학교폭력대책심의위원회에서 심의된다.")
    assert found["학교폭력대책심의위원회"].start_date == date(2025, 10, 2)
    assert found["학교폭력대책심의위원회"].location == "한빛교육지원청"
    assert not events("이 안건은 예산결산특별위원회에서 심의된다.")  # no day: no session


def test_a_bare_awards_word_in_a_competitions_report_is_its_closing():
    body = "제5회 물결 오픈이 20일 물결CC에서 막을 내렸다. 대회를 주최한 회사의 회장은 시상식에서 \"상금을 늘리겠다\"고 약속했다."
    assert list(events(body)) == ["제5회 물결 오픈"]
    body = "제5회 물결 오픈이 20일 물결CC에서 막을 내렸다. 시상식은 21일 본사 강당에서 열린다."  # its own day and place
    assert events(body)["시상식"].start_date == date(2025, 9, 21)


# -- sit-ins: a protest held for days at a place ------------------------------------------------
SIT_INS = [
    # (sentence, name, first day, last day)
    ("상인회는 내달 6일부터 닷새간 군청 앞에서 천막 농성을 벌인다.", "천막 농성", date(2025, 10, 6), date(2025, 10, 10)),
    ("어민들은 오는 22~24일 항만청 앞에서 연좌 농성을 이어간다.", "연좌 농성", date(2025, 9, 22), date(2025, 9, 24)),
    ("노조원 두 명은 지난 10일부터 본사 로비에서 단식농성을 하고 있다.", "단식농성", date(2025, 9, 10), None),
    # the auxiliary verb spaced ('이어 가다') and a word whose last letter '이' follows an open syllable ('릴레이': no particle)
    ("학부모들은 오는 25일부터 엿새간 교육청 정문에서 릴레이 농성도 이어 가기로 뜻을 모았다.", "릴레이 농성",
     date(2025, 9, 25), date(2025, 9, 30)),
]


def test_a_sit_in_held_on_days_at_a_place_is_a_rally():
    for body, name, first, last in SIT_INS:
        ev = events(body)[name]
        assert ev.kind == "rally" and ev.start_date == first, body
        assert last is None or ev.end_date == last, body


def test_a_bare_or_undated_sit_in_is_no_event():
    assert not events("농성은 닷새째 이어졌다.")  # bare: no name of its own, no day
    assert not events("노조는 농성을 계속할 계획이다.")
    assert not events("학생이 농성을 벌였다는 소문은 사실이 아니었다.")  # '학생이' is a subject, no name word


# -- a committee the subject of a verb of being held ---------------------------------------------
def test_a_committee_said_to_sit_on_a_day_is_its_meeting():
    body = "구청은 모은 의견을 도시계획위원회에 넘긴다. 도시계획위원회는 내달 14일 열릴 예정이다."
    ev = events(body)["도시계획위원회"]
    assert ev.kind == "meeting" and ev.start_date == date(2025, 10, 14)
    assert events("다솜전자 이사회가 오는 23일 소집된다.")["다솜전자 이사회"].start_date == date(2025, 9, 23)
    ev = events("지역보건심의회는 지난 5일 시청에서 열렸다.")["지역보건심의회"]
    assert ev.start_date == date(2025, 9, 5) and ev.location == "시청"


def test_a_committee_sitting_with_no_day_or_inside_a_quote_is_no_meeting():
    assert not events("도시계획위원회는 매달 열린다.")
    assert not events("도시계획위원회는 내달 중 열린다.")  # a month alone is no day
    assert not events("위원회는 이달 27일 개최된다.")  # bare: the one named before, if any
    assert not events("구청장은 \"도시계획위원회는 이달 27일 개최된다\"고 말했다.")


# -- a craft named by a series and its number, launched in an agency's reported clause ------------
def test_a_numbered_craft_launched_in_a_reported_clause_is_a_launch():
    body = ("항공청은 하늘별 3호가 한국시간 16일 새벽 텍사스주 남부 사설 발사장에서 우주기업 "
            "스타모빌의 '블루애로' 발사체에 탑재돼 발사됐다고 설명했다.")
    ev = events(body)["하늘별 3호 발사"]
    assert ev.kind == "launch" and ev.start_date == date(2025, 9, 16)
    assert ev.location.endswith("사설 발사장")
    assert events("은빛별 2호는 오는 25일 고흥 발사장에서 발사된다.")["은빛별 2호 발사"].start_date == date(2025, 9, 25)


def test_a_numbered_craft_with_no_day_or_only_planned_is_no_launch():
    assert not events("하늘별 3호는 발사 뒤 궤도에 올랐다.")
    assert not events("하늘별 3호가 고흥 발사장에서 발사되기로 했다.")


# -- a transcript's speaker tag is no word of an event's name --------------------------------------
def test_a_speaker_tag_stays_out_of_an_events_name():
    found = events("▲ 진행자: 주민 설명회는 모레 구청 강당에서 열립니다.")
    assert list(found) == ["주민 설명회"]
    assert not events("◆ 나기율 : 집회는 일요일 정오에 시작합니다.")  # bare: the tag names no rally


# -- a bare word for the showing told before gives the last day of its run ------------------------
def test_a_bare_showing_word_with_a_last_day_ends_the_run():
    body = "한솔시립미술관은 12일 본관 3층에서 기획전 '겨울 바다의 빛'을 개막했다고 알렸다. 전시는 내달 30일까지 진행된다."
    ev = events(body)["겨울 바다의 빛"]
    assert ev.start_date == date(2025, 9, 12) and ev.end_date == date(2025, 10, 30)
    body = "솔내군은 지난 6일 솔내 억새축제를 개막했다. 축제는 오는 26일까지 계속된다."
    ev = events(body)["솔내 억새축제"]
    assert ev.start_date == date(2025, 9, 6) and ev.end_date == date(2025, 9, 26)


def test_a_showing_word_heading_another_noun_or_a_run_of_its_own_ends_nothing():
    body = "한솔시립미술관은 12일 본관 3층에서 기획전 '겨울 바다의 빛'을 개막했다고 알렸다. 전시 작품은 내달 30일까지 교체된다."
    assert events(body)["겨울 바다의 빛"].end_date == date(2025, 9, 12)
    body = "솔내군은 지난 6일 솔내 억새축제를 개막했다. 공연은 오는 26일까지 진행된다."  # another kind
    assert events(body)["솔내 억새축제"].end_date == date(2025, 9, 6)


# -- ballots counted again, told by the verb -------------------------------------------------------
def test_ballots_counted_again_are_a_recount():
    body = "한솔군선관위는 10일 오전 9시부터 군청 소회의실에서 낙선 후보의 소청을 받아들여 투표지 8천400여 매를 다시 셌다."
    ev = events(body)["재검표"]
    assert ev.start_date == date(2025, 9, 10) and ev.location == "군청 소회의실"
    assert events("선관위는 지난 3일 투표용지를 일일이 다시 셌다.")["재검표"].start_date == date(2025, 9, 3)
    ev = events("도선관위는 오는 19일 오후 4시 도의회 별관 회의실에서 재검표를 실시한다.")["재검표"]
    assert ev.location == "도의회 별관 회의실" and ev.start_date == date(2025, 9, 19)


def test_a_recount_demanded_or_undated_is_no_event():
    assert not events("낙선 후보는 재검표를 요구했다.")
    assert not events("그는 투표지를 다시 세야 옳다고 봤다.")
    assert not events("재검표 결과는 아직 나오지 않았다.")
    assert not events("개표원들은 표를 다시 셌다.")  # no day


def test_a_subject_particle_after_a_closed_syllable_stays_a_particle():
    found = events("도서관은 오는 20일 어린이 요리 교실을 연다. 노조는 오는 22일 본관 앞에서 릴레이 집회를 연다.")
    assert "요리 교실" in found  # '어린이' may be '어린' and '이': not taken into the name
    assert "릴레이 집회" in found  # '릴레' + '이' cannot be a particle ('가' follows an open syllable)


def test_a_span_of_days_before_the_place_is_no_word_of_it():
    ev = events("학부모들은 오는 25일부터 엿새간 교육청 정문에서 릴레이 농성도 이어 가기로 뜻을 모았다.")["릴레이 농성"]
    assert ev.location == "교육청 정문"
    ev = events("구청은 다음 달 2일부터 나흘간 구민회관 별관에서 헌옷 교환 축제를 연다.")["헌옷 교환 축제"]
    assert ev.location == "구민회관 별관" and ev.end_date == date(2025, 10, 5)
    assert events("동호회는 오는 20일 다올숲 공원에서 사진 전시회를 연다.")["사진 전시회"].location == "다올숲 공원"
