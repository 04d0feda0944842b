"""Korean article metadata, boilerplate and events of the kinds the dev set showed missing or wrong.

Every page and sentence here is written for the test: outlets, people and places are invented.
Each kind has a case it must find and one it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules import Context
from builder.rules.en import event as en_event
from builder.rules.ko import article, event

PARAGRAPH = ("군은 내년부터 마을버스 노선 7개를 새로 만들고 배차 간격을 줄이기로 했다고 밝혔다. "
             "주민들의 통학 시간이 평균 15분가량 줄어들 것으로 군은 내다봤다. ")
BODY_HTML = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(3))
PUB = "2025-05-20T10:00:00+09:00"


def dump(text: str):
    return article.refine(extract_text(text))


def page(head: str, body: str):
    return article.refine(extract_html(f"<html><head>{head}</head><body>{body}</body></html>"))


def events(body: str, published: str | None = PUB) -> dict:
    return {e.name: e for e in event.find(body, Context(published))}


# -- the headline of a text dump -----------------------------------------------------------------
def test_a_tagged_headline_alone_above_the_text_is_the_title():
    ex = dump("[데스크칼럼] 마을버스 개편, 이번엔 주민 말을 들어야\n\n" + PARAGRAPH * 2)
    assert ex.title == "[데스크칼럼] 마을버스 개편, 이번엔 주민 말을 들어야"
    ex = dump("'막내' 반란…모아FC, 라온 꺾고 첫 승\n2025-05-20 21:10\n" + PARAGRAPH * 2)
    assert ex.title == "'막내' 반란…모아FC, 라온 꺾고 첫 승"


def test_a_section_tag_opens_a_headline_above_a_subheading():
    ex = dump('[단독] 모아전자, 배터리 공장 증설 추진\n"연내 착공"\n\n' + PARAGRAPH * 2)
    assert ex.title == "[단독] 모아전자, 배터리 공장 증설 추진" and ex.subheadings == ["연내 착공"]


def test_a_tagged_kicker_above_other_heading_lines_stays_a_subheading():
    ex = dump("'모아 미래 교통 포럼' 토론\n\"노선은 주민이 정해야\"\n\"배차 간격이 관건\"\n" + PARAGRAPH * 2)
    assert ex.title is None and ex.subheadings[0] == "'모아 미래 교통 포럼' 토론"


@pytest.mark.parametrize("tag", ["모아스포츠", "라온투데이", "한빛데일리", "누리포스트"])
def test_a_leading_tag_shaped_like_an_outlets_name_is_the_outlet(tag):
    ex = dump(f"[{tag}] '막내' 반란…모아FC, 라온 꺾고 첫 승\n\n" + PARAGRAPH * 2)
    assert ex.outlet == tag and ex.title == "'막내' 반란…모아FC, 라온 꺾고 첫 승"


@pytest.mark.parametrize("tag", ["기자수첩", "포토뉴스", "단독", "스포츠"])
def test_a_section_tag_is_no_outlet_and_stays_in_the_title(tag):
    ex = dump(f"[{tag}] 마을버스 개편, 이번엔 주민 말을 들어야\n\n" + PARAGRAPH * 2)
    assert ex.outlet is None and ex.title.startswith(f"[{tag}]")


# -- the outlet of an HTML page --------------------------------------------------------------------
HEADLINE = "마을버스 노선 7개 신설…배차 간격 단축"


@pytest.mark.parametrize("title", [f"{HEADLINE} - 모아데일리", f"모아데일리 - {HEADLINE}", f"{HEADLINE} | 모아데일리"])
def test_the_site_name_beside_the_headline_in_the_title_is_the_outlet(title):
    ex = page(f"<title>{title}</title>", f"<h1>{HEADLINE}</h1><article>{BODY_HTML}</article>")
    assert ex.outlet == "모아데일리" and ex.title == HEADLINE


def test_a_portals_name_in_the_title_or_its_copyright_is_no_outlet():
    ex = page(f"<title>{HEADLINE} : 네이버 뉴스</title>",
              f"<h1>{HEADLINE}</h1><article>{BODY_HTML}</article><div id='footer'>ⓒ NAVER Corp.</div>")
    assert ex.outlet is None


@pytest.mark.parametrize("notice", ["Copyright © 2019 누리경제. 무단전재 및 재배포금지.",
                                    "저작권자 © 누리경제 무단전재 및 재배포 금지", "Copyright © 누리경제 All rights reserved.",
                                    "<저작권자 © 누리경제, 무단 전재 및 재배포 금지>", "Copyright (c) 누리경제 Corp. All rights reserved."])
def test_the_footer_copyright_names_the_outlet(notice):
    ex = page(f"<title>{HEADLINE}</title>",
              f"<h1>{HEADLINE}</h1><article>{BODY_HTML}</article><div class='copy'>{notice}</div>")
    assert ex.outlet == "누리경제"


def test_a_correspondents_dateline_city_is_no_outlet():
    ex = dump(f"{HEADLINE}\n\n[파리=정다은 특파원] " + PARAGRAPH * 2)
    assert ex.outlet is None and ex.authors == ["정다은"] and ex.body.startswith("군은")
    ex = dump(f"{HEADLINE}\n\n[모아IT=정다은 기자] " + PARAGRAPH * 2)
    assert ex.outlet == "모아IT" and ex.authors == ["정다은"]


# -- authors ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("found, outlet, authors", [
    (["[모아연예", "정다은 기자] 기사입력"], "모아연예", ["정다은"]),
    (["정다은 기자", "입력", "댓글 3"], None, ["정다은"]),
    (["모아일보", "네이버"], "모아일보", []),
    (["런던=정다은 특파원 ·", "정다은"], None, ["정다은"]),
    (["정다은", "김도현"], None, ["정다은", "김도현"]),  # two reporters stay two
    (["[모아연예 | 정다은·김도현 기자] 기사입력"], "모아연예", ["정다은", "김도현"]),
])
def test_the_reporter_out_of_a_longer_author_field(found, outlet, authors):
    assert article.clean_authors(found, outlet) == authors


# -- boilerplate -----------------------------------------------------------------------------------
def test_a_broadcast_credit_line_is_boilerplate():
    ex = dump(f"{HEADLINE}\n\n" + PARAGRAPH * 2 + "\n\n모아 뉴스 정다은입니다.\n\n촬영기자:김도현/영상편집:박서하")
    assert "촬영기자" not in ex.body and "영상편집" not in ex.body
    ex = dump(f"{HEADLINE}\n\n" + PARAGRAPH + "\n\n영상편집을 맡은 박서하 씨는 밤을 새웠다고 말했다. " + PARAGRAPH)
    assert "영상편집을 맡은 박서하 씨" in ex.body


# -- events: match reports -------------------------------------------------------------------------
def test_a_home_game_placed_where_it_was_held_and_the_next_game_at_the_same_place():
    got = events("라온은 19일 대구 누리파크에서 열린 2025 프로야구 모아 타이거즈와의 홈경기에서 5-2로 이겼다. "
                 "두 팀은 20일 같은 장소에서 시즌 9차전을 치른다.")
    home = next(e for n, e in got.items() if n.endswith("홈경기"))
    assert home.location == "대구 누리파크" and home.start_date == date(2025, 5, 19)
    series = got["시즌 9차전"]
    assert series.location == "대구 누리파크" and series.start_date == date(2025, 5, 20)


def test_a_league_game_named_by_its_round_and_a_meeting_ahead():
    got = events("모아FC는 18일 춘천 누리구장에서 열린 K리그2 2025 12라운드 원정 경기에서 2-0으로 이겼다. "
                 "두 팀은 다음 달 8일 모아종합운동장에서 시즌 세 번째 맞대결을 벌인다.")
    game = next(e for n, e in got.items() if "원정 경기" in n)
    assert game.location == "춘천 누리구장" and game.start_date == date(2025, 5, 18)
    rematch = got["시즌 세 번째 맞대결"]
    assert rematch.location == "모아종합운동장" and rematch.start_date == date(2025, 6, 8)


def test_games_spoken_of_in_general_are_no_events():
    assert events("라온은 올 시즌 홈경기에 유독 강하다. 선수들은 맞대결을 앞두고 훈련을 거듭했다.") == {}


# -- events: sessions, hearings, drills, funerals, exhibitions, festivals ------------------------------
def test_a_subcommittee_meeting_and_a_session_on_a_given_day():
    got = events("결론은 오는 15일 열리는 행정안전위원회 법안심사소위원회에서 날 것이다.", None)
    assert got["행정안전위원회 법안심사소위원회"].start_date is None  # no publication date: no guess
    assert got["행정안전위원회 법안심사소위원회"].date_text == "오는 15일"
    assert events("총재는 오는 27일 소집되는 임시국회에서 총리로 지명된다.")["임시국회"].start_date == date(2025, 5, 27)


def test_a_session_named_by_its_month_or_a_body_formed_is_no_event():
    assert events("모아당은 9월 임시국회 소집을 요구하기로 했다.") == {}
    assert events("여야는 법안심사소위원회를 새로 구성하기로 했다.") == {}


def test_the_first_hearing_of_a_trial_on_a_given_day():
    got = events("같은 재판부는 공범 B씨에 대한 첫 공판을 다음 달 9일 열 예정이다.")
    assert got["첫 공판"].start_date == date(2025, 6, 9)
    assert events("공판에 참여한 검사는 엄벌을 요구했다.") == {}


def test_a_joint_drill_placed_and_dated():
    got = events("군은 오는 28일 속초 해변 일대에서 해경과 소방이 참여하는 합동 해상 구조 훈련을 엽니다.")
    drill = got["합동 해상 구조 훈련"]
    assert drill.location == "속초 해변 일대" and drill.start_date == date(2025, 5, 28)
    assert events("훈련 중 다친 선수는 다음 경기에 나서지 못한다.") == {}


def test_a_funeral_is_placed_at_the_wake_of_the_obituary():
    got = events("빈소는 모아대병원 장례식장 3호실, 발인은 오는 22일 오전 7시.")
    assert got["발인"].location == "모아대병원 장례식장 3호실" and got["발인"].start_date == date(2025, 5, 22)
    assert events("유족은 발인을 앞두고 조용히 고인을 배웅했다.") == {}


def test_a_named_exhibition_with_its_run():
    got = events("미술관은 다음 달 3일부터 8월 31일까지 본관에서 회고 특별전 '바다의 기억'을 연다.")
    show = got["바다의 기억"]
    assert show.location == "본관" and (show.start_date, show.end_date) == (date(2025, 6, 3), date(2025, 8, 31))


def test_a_numbered_festival_is_held_where_its_opening_is():
    got = events("제12회 누리단편영화제가 19일 강릉 모아극장 야외무대에서 개막식을 열고 나흘간의 일정에 들어갔다. "
                 "영화제 집행위원장인 박서하 씨가 인사했다.")
    fest = got["제12회 누리단편영화제"]
    assert fest.location == "강릉 모아극장 야외무대" and fest.start_date == date(2025, 5, 19)
    assert got["개막식"].parent == "제12회 누리단편영화제"
    assert set(got) == {"제12회 누리단편영화제", "개막식"}


def test_a_closing_ceremony_and_awards_held_together_at_the_same_place():
    got = events("제12회 누리단편영화제가 19일 강릉 모아극장에서 개막했다. 폐막식과 시상식은 22일 오후 7시 같은 곳에서 열린다.")
    closing = got["폐막식과 시상식"]
    assert closing.location == "강릉 모아극장" and closing.start_date == date(2025, 5, 22)


# -- events: extra rows the dev set showed ----------------------------------------------------------
def test_a_vote_as_the_means_of_a_choice_is_no_election():
    assert events('위원장은 "올해는 관객 투표로 뽑는 상을 새로 만들었다"고 말했다.') == {}
    assert "주민 투표" in events("군은 오는 25일 청사 이전을 묻는 주민 투표를 치른다.")


def test_a_year_alone_names_no_day():
    got = events("올해 누리 국제 학술대회는 강릉에서 열린다.")
    assert got["누리 국제 학술대회"].start_date is None
    en = {e.name: e for e in en_event.find("The Harbor Film Festival opened in Lisbon in 2019.", Context(PUB))}
    assert en["Harbor Film Festival"].date_text == "in 2019" and en["Harbor Film Festival"].start_date is None


def test_a_past_hearing_mentioned_in_passing_is_no_event():
    assert events('국장은 지난 국정감사에서 "형평을 고려하겠다"고 답했다.') == {}
    assert "국정감사" in events("국장은 오는 10일 국정감사에서 답변한다.")


# -- events: places ----------------------------------------------------------------------------------
def test_the_place_of_an_event_held_by_its_host_far_along_the_sentence():
    got = events("군은 19일 군청 별관 소회의실에서 모아에너지 정다은 대표 등이 참석한 가운데 투자협약식을 열었다.")
    assert got["투자협약식"].location == "군청 별관 소회의실"
    got = events("신작 제작발표회가 19일 서울 여의도 한 호텔에서 열렸다.")
    assert got["신작 제작발표회"].location == "서울 여의도 한 호텔"


def test_an_event_word_after_its_quoted_name_is_the_same_event():
    got = events("새 드라마 '푸른 정원' 제작발표회가 19일 서울 한 호텔에서 열렸다.")
    assert list(got) == ["푸른 정원"] and got["푸른 정원"].location == "서울 한 호텔"


# -- the same definition in English --------------------------------------------------------------------
@pytest.mark.parametrize("body, found", [
    ("The award, chosen by public vote on Sunday, went to a first-time director.", []),  # as '관객 투표로 뽑는'
    ("Residents go to the polls in the harbour referendum on Sunday.", ["harbour referendum"]),
    ("She said as much at the last Senate hearing.", []),  # as '지난 국정감사에서'
    ("The Senate hearing on Tuesday ran late.", ["Senate hearing"]),
])
def test_english_means_and_past_mentions_follow_the_same_definition(body, found):
    assert [e.name for e in en_event.find(body, Context(PUB)) if e.kind in ("election", "hearing")] == found


def test_a_day_word_before_an_event_named_nowhere_before_dates_a_new_one():
    assert events("검찰은 이날 결심공판에서 징역 8년을 구형했다.")["결심공판"].start_date == date(2025, 5, 20)
    got = events("모아당은 19일 국회에서 의원총회를 열었다. 이날 의원총회에서는 고성이 오갔다.")
    assert list(got) == ["의원총회"] and got["의원총회"].location == "국회"


def test_a_funeral_held_there_and_a_drill_carried_out():
    got = events("고인의 영결식은 22일 낮 세종 나성동 시청 광장 앞에서 엄수된다.")
    assert got["영결식"].location == "세종 나성동 시청 광장 앞"
    got = events("양국 해군은 오는 22일 동해상에서 연합 해상훈련을 실시한다.")
    assert got["연합 해상훈련"].location == "동해상" and got["연합 해상훈련"].start_date == date(2025, 5, 22)


# -- dates printed in a dump --------------------------------------------------------------------------
@pytest.mark.parametrize("line, published", [
    ("2025년 6월 12일 오후 3시 20분", "2025-06-12T15:20:00+09:00"),
    ("2025-06-12 15:20:33", "2025-06-12T15:20:33+09:00"),  # (the seconds a dump prints are kept)
    ("2025. 6. 12.", "2025-06-12"),
])
def test_a_dumps_date_line_under_the_headline_in_other_spellings(line, published):
    ex = dump(f"{HEADLINE}\n{line}\n\n" + PARAGRAPH * 2)
    assert ex.published == published and ex.subheadings == [] and line not in ex.body


def test_a_date_inside_the_text_of_a_dump_is_no_publication_date():
    ex = dump(f"{HEADLINE}\n\n" + PARAGRAPH + "\n2025. 6. 12.\n" + PARAGRAPH)
    assert ex.published is None


@pytest.mark.parametrize("logo, outlet", [
    ('<div class="logo"><a href="/"><img src="/img/top.png" alt="모아신보"></a></div>', "모아신보"),
    ('<img src="/img/logo.png" alt="모아신보 로고">', "모아신보"),
    ('<img src="/img/photo1.png" alt="모아신보">', None),  # a picture, not the site's logo
])
def test_the_site_logos_alt_text_names_the_outlet(logo, outlet):
    ex = page(f"<title>{HEADLINE}</title>", f"{logo}<h1>{HEADLINE}</h1><article>{BODY_HTML}</article>")
    assert ex.outlet == outlet
