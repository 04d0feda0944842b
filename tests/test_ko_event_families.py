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
