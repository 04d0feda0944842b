"""Korean events of the families a nineteenth blind dev set showed: games of a match or a series named by
their number ('결승 5번기 제1국', '제2국을 둔다', '3연전을 치른다'), one event named twice ('시상식을 겸한
폐막식', '전체회의를 열어 … 현안 질의'), a setting told as background ('…에서 …고 약속한 바 있다'), an event told
ahead of its name, a title counted rather than a competition held, a local edition ('… 설명회 부산편'), a
tour for invited writers ('팸투어'), the launch of a thing named ('‘…’ 발사를 진행했다'), a quoted name opening under two category words, a
journal or work named in quotes; places (a numbered hall, a court's
session, a place after the name, a race's start, a competition opening at a place); and days (the day an
event ahead of another is set for, a day planned then cancelled, the game a press
conference follows, a day counted from the event itself, 'the same day' after an announcement); an item of
a programme, an evening held for someone ('‘… 추모의 밤’'), a memorial exhibition, a talk with the audience ('관객과의 대화').

Every sentence is written for the test; people, teams, bodies, places and titles are invented. Each family
has a case it must find and one it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from builder.rules import Context
from builder.rules.ko import event

PUB = "2026-10-26T10:00:00+09:00"  # a Monday


def events(body: str, published: str | None = PUB) -> dict:
    return {e.name: e for e in event.find(body, Context(published))}


# -- games of a match or a series named by their number --------------------------------------
def test_games_of_a_match_named_by_number_are_games():
    found = events("박도윤은 25일 서울 한빛호텔 대국실에서 열린 결승 5번기 제1국에서 최라온에게 불계승했다. "
                   "두 기사는 26일 같은 장소에서 제2국을 둔다.")
    first, second = found["결승 5번기 제1국"], found["제2국"]
    assert (first.start_date, first.location) == (date(2026, 10, 25), "서울 한빛호텔 대국실")
    assert (second.start_date, second.location) == (date(2026, 10, 26), "서울 한빛호텔 대국실")


@pytest.mark.parametrize("body", ["제2국은 외교 업무를 맡는다.", "박도윤은 제1국에서 이긴 기세를 이어가겠다고 했다."])
def test_a_numbered_bureau_or_a_game_without_a_day_is_no_game(body):
    assert not events(body)


def test_a_game_named_by_its_number_alone_in_a_match_of_n_games():
    found = events("맹라온 9단은 25일 서울 한빛기원 스튜디오에서 열린 제9기 한빛전 도전5번기 제1국에서 승리했다. "
                   "한빛전 도전기는 5번기로 치러진다. 2국은 오는 29일 같은 장소에서 열린다.")
    assert [n for n in found if n.endswith("제1국")] == ["제9기 한빛전 도전5번기 제1국"]  # one row, the full name
    assert found["2국"].start_date == date(2026, 10, 29)
    assert "2국" not in events("한일 2국은 오는 29일 서울에서 회담을 연다.")


def test_a_series_over_a_span_of_days_is_one_game():
    found = events("한빛은 오는 29일부터 31일까지 라온파크에서 누리와 3연전을 치른다.")
    assert (found["3연전"].start_date, found["3연전"].end_date) == (date(2026, 10, 29), date(2026, 10, 31))
    assert found["3연전"].location == "라온파크"
    assert not events("한빛은 3연전을 치르며 지쳤다.")


# -- one event named twice --------------------------------------------------------------------
def test_an_event_combined_into_the_next_is_one_event():
    found = events("재단은 시상식을 겸한 폐막식을 다음 달 1일 라온해변에서 열 예정이라고 밝혔다.")
    assert list(found) == ["폐막식"]
    assert (found["폐막식"].start_date, found["폐막식"].location) == (date(2026, 11, 1), "라온해변")
    assert list(events("재단은 폐막식과 시상식을 다음 달 1일 라온해변에서 연다.")) == ["폐막식과 시상식"]


def test_the_agenda_of_a_meeting_opened_is_no_second_event():
    assert "현안 질의" not in events("위원회는 27일 전체회의를 열어 사고에 대한 현안 질의를 할 예정이다.")
    assert "현안 질의" in events("위원회는 27일 현안 질의를 한다.")


# -- told as background, told ahead, a title counted ------------------------------------------
def test_a_setting_told_as_background_is_no_event():
    assert not events("정부는 지난달 27일 국무회의에서 \"자주 만나겠다\"고 약속한 바 있다.")
    assert "국무회의" in events("정부는 지난달 27일 국무회의에서 개정안을 의결했다.")
    assert "결심 공판" in events("검사는 지난달 19일 결심 공판에서 \"반성이 없다\"고 지적한 바 있다.")  # a step of the case


def test_an_event_told_ahead_of_its_name_is_the_named_one():
    found = events("백자 300여 점을 한자리에서 볼 수 있는 대규모 특별전이 열린다.\n"
                   "한빛박물관은 특별전 '흰빛의 시간'을 오는 11일부터 기획전시실에서 연다고 10일 밝혔다.")
    assert list(found) == ["흰빛의 시간"]
    kept = events("백자 300여 점을 볼 수 있는 대규모 특별전이 열린다.\n한빛박물관은 오는 11일부터 기획전시실에서 강연회를 연다.")
    assert "대규모 특별전" in kept


def test_a_title_counted_is_no_competition():
    assert not events("김태율이 우승하면 지난해 라온배에 이어 두 번째 세계대회 정상에 오른다.")
    assert "라온 세계대회" in events("김태율은 25일 한빛체육관에서 열린 라온 세계대회 정상에 올랐다.")


# -- a local edition, a tour for invited writers, the launch of a thing named --------------------
def test_a_local_edition_of_a_quoted_event_is_an_event():
    found = events("솔뫼대는 다음 달 3일 본교 대강당에서 '2027 한빛 입학 설명회'를 열어 바뀐 전형을 설명한다. 부산 지역 "
                   "수험생을 위한 '한빛 입학 설명회 부산편'은 오는 24일 부산 해운대구 누리센터 컨퍼런스룸에서 열린다.")
    assert found["한빛 입학 설명회 부산편"].start_date == date(2026, 11, 24)
    assert found["한빛 입학 설명회 부산편"].location == "부산 해운대구 누리센터 컨퍼런스룸"
    assert not events("솔뫼대는 '입학 설명회 편람'을 펴냈다.")


def test_a_fam_tour_held_on_a_day_is_an_event():
    found = events("시는 지난달 27일 해외 여행 작가 12명을 초청해 한빛마을을 둘러보는 팸투어를 진행했다.")
    assert found["팸투어"].start_date == date(2026, 9, 27)
    assert not events("시는 팸투어를 자주 연다.")


def test_the_launch_of_a_thing_named_on_a_day_is_an_event():
    found = events("한빛항공우주는 19일 오후 3시 전남 고흥 한빛우주센터 민간 발사장에서 2단형 소형발사체 '다온-7' 발사를 "
                   "진행했고, 위성이 분리됐다고 20일 밝혔다.")
    assert found["다온-7 발사"].location == "전남 고흥 한빛우주센터 민간 발사장"
    assert found["다온-7 발사"].start_date == date(2026, 10, 19)
    assert not events("'다온-7' 발사 이후 주가가 올랐다.")
    assert not events("한빛항공우주는 19일 '다온-7' 발사 성공을 자축했다.")


# -- a quoted name opened under its category words; a work named is no event -------------------
def test_a_quoted_name_opening_under_two_category_words_is_placed_where_it_opens():
    found = events("김라온은 다음 달 5일 제주 서귀포시 한빛CC에서 개막하는 시즌 최종전 '누리파이널'에서 역전에 도전한다.")
    assert found["누리파이널"].start_date == date(2026, 11, 5)
    assert found["누리파이널"].location == "제주 서귀포시 한빛CC"  # not the quoted name itself
    assert not events("김라온은 시즌 최종전 '누리파이널'에서 역전에 도전한다.")


@pytest.mark.parametrize("work", ["국제 학술지", "앨범"])
def test_a_publication_or_work_named_in_quotes_is_no_event(work):
    assert not events(f"연구팀은 결과를 {work} '누리 메디컬 오픈(Nuri Medical Open)' 최신호에 발표했다고 8일 밝혔다.")
    assert "누리 오픈" in events("한빛은 오는 8일 서울 올림픽공원에서 '누리 오픈'을 연다.")


# -- places -----------------------------------------------------------------------------------
@pytest.mark.parametrize("hall", ["아트홀 2관", "본관 3층"])
def test_a_numbered_hall_of_a_venue_is_part_of_the_place(hall):
    found = events(f"브랜드 '솔결'은 19일 오후 서울 중구 누리아트센터 {hall}에서 봄 컬렉션 쇼를 열었다.")
    assert found["봄 컬렉션 쇼"].location == f"서울 중구 누리아트센터 {hall}"


def test_a_number_alone_before_eseo_is_no_place():
    assert events("시는 12일 3층에서 설명회를 열었다.")["설명회"].location is None


def test_a_place_after_the_name_before_a_two_word_verb():
    assert events("재단은 폐막식을 다음 달 1일 라온해변에서 열 예정이다.")["폐막식"].location == "라온해변"


def test_a_competition_opening_at_a_place_under_its_kind_word():
    found = events("라온은 다음 달 24일 미국 시애틀에서 개막하는 국제대회 '라온 월드 컵'에 출전한다.")
    assert found["라온 월드 컵"].location == "미국 시애틀"


def test_a_race_is_placed_at_its_start_not_its_course():
    found = events("25일 충남 공주시 한빛공원을 출발해 강변을 돌아오는 코스에서 열린 '제5회 라온 마라톤' 남자부에서 "
                   "김태율이 우승했다.")
    assert found["제5회 라온 마라톤"].location == "충남 공주시 한빛공원"


def test_a_court_session_is_held_at_the_court_that_sits():
    found = events("이 사건 첫 공판은 다음 달 16일 서울남부지법 형사합의13부(재판장 박도윤 부장판사) 심리로 열린다.")
    assert found["첫 공판"].location == "서울남부지법"
    found = events("한빛지방법원 행정2부(재판장 최라온 부장판사)는 업체가 낸 소송에서 원고 패소로 판결했다고 23일 밝혔다. "
                   "선고는 지난 22일 이뤄졌다.")
    assert found["선고"].location == "한빛지방법원"
    found = events("업체는 한빛지방법원 판결에 불복했다.\n선고는 지난 22일 이뤄졌다.")
    assert found["선고"].location is None  # another paragraph: no court sits in the session's story


# -- days -------------------------------------------------------------------------------------
def test_an_event_ahead_of_which_something_happens_keeps_the_day_it_is_set_for():
    found = events("정부는 이번 회담이 다음 달 9일로 예정된 라온국 대통령의 국빈 방한을 앞두고 열렸다고 설명했다.")
    assert found["국빈 방한"].start_date == date(2026, 11, 9)
    found = events("전문가들은 다음 달 11일 평양에서 소집하는 최고인민회의를 앞두고 긴장이 높아졌다고 분석했다.")
    assert (found["최고인민회의"].start_date, found["최고인민회의"].location) == (date(2026, 11, 11), "평양")
    assert "간담회" not in events("시는 총회를 앞두고 오는 20일 간담회를 연다.")


def test_a_festival_called_off_is_none_and_one_held_keeps_its_day():
    """The devset README convention (round 27): a cancelled event is no event, whatever adverb comes before the verb."""
    assert "제3회 한빛 연꽃축제" not in events("28일 한빛 둔치에서 열릴 예정이던 '제3회 한빛 연꽃축제'는 전면 취소됐다.")
    found = events("28일 한빛 둔치에서 열린 '제3회 한빛 연꽃축제'는 성황리에 끝났다.")
    assert found["제3회 한빛 연꽃축제"].start_date == date(2026, 9, 28)


def test_a_press_conference_after_the_game_is_no_event_of_its_own():
    """The devset README convention (round 18): the post-game conference, with no day or place of its own, is none."""
    found = events("한빛은 24일 인천체육관에서 열린 홈경기에서 라온을 꺾었다. 감독은 경기 뒤 기자회견에서 선수들을 칭찬했다.")
    assert "기자회견" not in found
    found = events("감독은 25일 구단 사무실에서 기자회견을 열고 사퇴를 발표했다.")
    assert found["기자회견"].start_date == date(2026, 10, 25)  # a conference held on its own day is one


def test_a_day_counted_from_the_event_itself_is_none_of_its_own():
    found = events("구단은 입단식 당일 선착순 500명에게 머플러를 나눠 줄 계획이다. "
                   "김라온의 입단식은 오는 29일 오후 2시 한빛 클럽하우스에서 열린다.")
    assert found["입단식"].start_date == date(2026, 10, 29)
    assert events("한빛 클럽하우스에서 열린 입단식은 당일 오후 2시 시작됐다.")["입단식"].start_date is not None


def test_the_same_day_is_the_day_of_the_happening_not_of_the_announcement():
    found = events("한빛사와 추진위원회는 29일 오후 7시 한빛광장에서 '2026 한빛 연등행렬'을 연다고 26일 밝혔다. "
                   "행렬에 앞서 같은 날 오후 4시 솔뫼대 운동장에서는 '연등 누리마당'이 열린다.")
    assert found["연등 누리마당"].start_date == date(2026, 10, 29)
    found = events("시는 시청에서 설명회를 열었다고 25일 밝혔다. 시는 같은 날 오후 시청 별관에서 주민 간담회도 열었다.")
    assert found["주민 간담회"].start_date == date(2026, 10, 25)  # no other day: the announcement's


# -- an item of the programme, an evening held for someone, a memorial exhibition ----------------
def test_an_item_of_the_programme_of_the_event_named_next_is_no_event():
    found = events("같은 날 오후 4시 솔뫼대 운동장에서는 어린이 율동 공연과 연등 만들기 체험이 어우러진 '연등 누리마당'이 열린다.")
    assert list(found) == ["연등 누리마당"]
    assert "율동 공연" in events("29일 오후 4시 솔뫼대 운동장에서는 어린이 율동 공연이 열린다.")


def test_an_evening_held_for_someone_and_a_memorial_exhibition_are_events():
    found = events("한빛 지역 도예가들은 29일 저녁 한빛의료원 장례식장에서 '김라온 선생 추모의 밤'을 열고 영상을 함께 본다.")
    assert found["김라온 선생 추모의 밤"].location == "한빛의료원 장례식장"
    found = events("한빛시는 고인의 작품 40여 점을 모아 내년 봄 한빛문화원에서 추모전을 열 계획이다.")
    assert found["추모전"].location == "한빛문화원"  # '봄' is a season, no word of the place
    assert not events("그는 깊은 밤 홀로 작업했다.")


def test_a_talk_with_the_audience_held_on_a_day_is_an_event():
    found = events("29일 오후 한빛 씨네마 2관에서 관객과의 대화가 열린다.")
    assert found["관객과의 대화"].location == "한빛 씨네마 2관"
    assert not events("그는 관객과의 대화를 좋아한다.")



def test_a_meeting_as_the_point_after_which_something_happened_is_no_event():
    assert not events("분리 조치는 학교폭력 전담기구 회의가 열린 뒤에야 이뤄졌다.")
    assert "전담기구 회의" in events("분리 조치는 지난 20일 전담기구 회의가 열린 뒤에야 이뤄졌다.")


def test_the_red_carpet_of_an_opening_names_no_opening_of_its_own():
    assert not events("개막식 레드카펫에는 배우 120여 명이 참석했다.")
    assert "개막식" in events("지난 15일 한빛광장에서 열린 개막식 레드카펫에는 배우 120여 명이 참석했다.")


def test_talks_broken_off_are_no_talks_held():
    assert list(events("한빛병원 노동조합이 임금 협상 결렬을 이유로 29일 오전 7시부터 총파업에 들어간다고 밝혔다.")) == ["총파업"]
    assert "임금 협상" in events("노사는 29일 한빛병원에서 임금 협상을 벌인다.")
