"""Korean article metadata and events on pages and sentences of the kinds the rules missed (issue 14).

Every page and sentence here is written for the test; outlets are invented unless the test is about
the table of real outlets' domains.
"""

from __future__ import annotations

from datetime import date

import pytest

from builder import dates
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules import Context
from builder.rules.en import event as en_event
from builder.rules.ko import article, event

PARAGRAPH = ("시는 내년부터 시내버스 노선 12개를 새로 만들고 배차 간격을 줄이기로 했다고 밝혔다. "
             "시민들의 출퇴근 시간이 평균 10분가량 줄어들 것으로 시는 내다봤다. ")


def refine_text(text: str):
    return article.refine(extract_text(text))


def refine_html(page: str):
    return article.refine(extract_html(page))


def events(body: str, published: str | None = None) -> dict:
    return {e.name: e for e in event.find(body, Context(published))}


# -- bylines ---------------------------------------------------------------------------------
def test_bracketed_wire_lede_gives_reporter_and_outlet():
    ex = refine_text("버스 노선 12개 신설…배차 간격 단축\n\n[광주=한빛통신] 정다은 기자 = " + PARAGRAPH * 2)
    assert ex.authors == ["정다은"] and ex.outlet == "한빛통신"
    assert ex.body.startswith("시는 내년부터") and "기자 =" not in ex.body


def test_a_bracketed_tag_without_reporter_is_not_a_byline():
    ex = refine_text("버스 노선 12개 신설…배차 간격 단축\n\n[속보] " + PARAGRAPH * 2)
    assert ex.authors == []


def test_outlet_equals_reporter_lede():
    ex = refine_text("(한빛IT=정다은 기자)" + PARAGRAPH * 2)
    assert ex.authors == ["정다은"] and ex.outlet == "한빛IT" and ex.body.startswith("시는")


@pytest.mark.parametrize("last_line, authors, email", [
    ("정다은 기자 (daeun@hanbit.example)", ["정다은"], "daeun@hanbit.example"),
    ("정다은 기자(daeun@hanbit.example)", ["정다은"], "daeun@hanbit.example"),
    ("정다은/김도현 기자 daeun@hanbit.example", ["정다은", "김도현"], "daeun@hanbit.example"),
    ("도쿄에서 한빛 뉴스 정다은입니다.", ["정다은"], None),
    ("한빛뉴스 정다은입니다. [daeun@hanbit.example]", ["정다은"], "daeun@hanbit.example"),
])
def test_reporter_lines_at_the_end(last_line, authors, email):
    ex = refine_text(PARAGRAPH * 2 + "\n" + last_line)
    assert ex.authors == authors
    assert ex.author_emails == ([email] if email else [])
    assert last_line not in ex.body


def test_reporter_glued_to_the_last_paragraph():
    ex = refine_text(PARAGRAPH * 2 + "\n" + PARAGRAPH + "시는 말했다.정다은/김도현 기자 daeun@hanbit.example")
    assert ex.authors == ["정다은", "김도현"] and ex.author_emails == ["daeun@hanbit.example"]
    assert ex.body.endswith("시는 말했다.")


def test_a_sentence_ending_in_a_name_is_not_a_byline():
    ex = refine_text(PARAGRAPH * 2 + "\n" + PARAGRAPH + "이 노선은 모두 김도현 시장이 공약했다.")
    assert ex.authors == [] and ex.body.endswith("공약했다.")


def test_lone_signature_address_is_the_reporters_but_a_tip_line_is_not():
    ex = refine_text(PARAGRAPH * 2 + "\n☞공감언론 한빛통신 daeun@hanbit.example")
    assert ex.author_emails == ["daeun@hanbit.example"]
    ex = refine_text(PARAGRAPH * 2 + "\n제보는 카카오톡 또는 news@hanbit.example")
    assert ex.author_emails == []


# -- outlets ---------------------------------------------------------------------------------
def test_outlet_of_a_text_dump_from_the_reporters_mail_domain():
    ex = refine_text("버스 노선 12개 신설…배차 간격 단축\n\n" + PARAGRAPH * 2 + "\n정다은 기자 daeun@hankyung.com")
    assert ex.outlet == "한국경제" and ex.title == "버스 노선 12개 신설…배차 간격 단축"


@pytest.mark.parametrize("address", ["daeun@hanbit.example", "daeun@seoul.go.kr", "daeun@gmail.com"])
def test_an_unknown_or_non_press_domain_names_no_outlet(address):
    ex = refine_text(PARAGRAPH * 2 + f"\n정다은 기자 {address}")
    assert ex.outlet is None


def test_one_name_per_outlet():
    assert article.canonical_outlet("매일방송") == "MBN"
    assert article.canonical_outlet("KBS 뉴스") == "KBS"
    assert article.canonical_outlet("한빛일보") == "한빛일보"


def test_domain_labels():
    assert article.domain_label("news.hankyung.com") == "hankyung"
    assert article.domain_label("kbs.co.kr") == "kbs"
    assert article.domain_label("seoul.go.kr") is None


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


BODY_HTML = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(3))


def test_portal_page_is_the_original_outlets_article():
    page = _page('<meta property="og:site_name" content="네이버 뉴스">'
                 '<meta property="og:title" content="버스 노선 12개 신설">'
                 '<meta property="og:article:author" content="한빛일보 | 네이버">',
                 f"<article>{BODY_HTML}</article>")
    assert refine_html(page).outlet == "한빛일보"


def test_a_publishers_own_page_keeps_its_name():
    page = _page('<meta property="og:site_name" content="한빛일보">'
                 '<meta property="og:title" content="버스 노선 12개 신설">'
                 '<meta property="og:article:author" content="정다은">',
                 f"<article>{BODY_HTML}</article>")
    assert refine_html(page).outlet == "한빛일보"


# -- pages with neither title nor date in their metadata ----------------------------------------------
AGGREGATOR = ('<%@ page contentType="text/html; charset=UTF-8"%>\n<!DOCTYPE html><html lang="ko"><head>'
              '<meta charset="UTF-8"><title>Document</title></head><body><div class="press">'
              '<h3>시내버스 노선 12개 신설…배차 간격 단축</h3><h6>{byline}</h6>'
              '<div class="article_view">{body}</div><h6>[Source : 한빛일보]</h6></div>'
              '<footer><p>Copyright &copy; 2023 모아뉴스 all rights reserved</p></footer></body></html>')


def test_aggregator_page_headline_byline_date_and_source():
    ex = refine_html(AGGREGATOR.format(byline="정다은 기자  2023. 11. 1. 09:33", body=BODY_HTML))
    assert ex.title == "시내버스 노선 12개 신설…배차 간격 단축"
    assert ex.authors == ["정다은"] and ex.outlet == "한빛일보"
    # the page prints no offset: the Korean default zone is applied when the row is made
    assert dates.normalise(ex.published, article.DEFAULT_TIMEZONE[1])[0] == "2023-11-01T09:33:00+09:00"


def test_a_copyright_year_is_no_publication_date():
    ex = refine_html(AGGREGATOR.format(byline="정다은 기자", body=BODY_HTML))
    assert ex.published is None


def test_a_labelled_date_is_not_a_reporter():
    ex = refine_html(AGGREGATOR.format(byline="입력 2023. 11. 1. 09:33", body=BODY_HTML))
    assert ex.authors == [] and dates.normalise(ex.published, article.DEFAULT_TIMEZONE[1])[0] == "2023-11-01T09:33:00+09:00"


def test_reporter_mail_linked_beside_the_name():
    page = _page('<meta property="og:title" content="버스 노선 12개 신설"><meta name="author" content="정다은">',
                 f'<article>{BODY_HTML}</article><div class="reporter"><b>정다은 기자</b>'
                 '<a href="mailto:daeun@hanbit.example">메일 보내기</a></div>'
                 '<footer><a href="mailto:help@hanbit.example">고객센터</a></footer>')
    assert refine_html(page).author_emails == ["daeun@hanbit.example"]
    page = page.replace('<a href="mailto:daeun@hanbit.example">메일 보내기</a>', "")
    assert refine_html(page).author_emails == []


# -- events: what is one -----------------------------------------------------------------------
def test_named_meetings_and_ceremonies():
    got = events("민주당 지도부는 이날 오전 최고위원회의에서 안건을 보고 받는다. "
                 "시와 한빛대는 28일 시청에서 업무 협약식을 가졌다.", "2023-11-01T09:33:00+09:00")
    assert got["최고위원회의"].start_date == date(2023, 11, 1)
    pact = got["업무 협약식"]
    assert pact.location == "시청" and pact.start_date == date(2023, 10, 28)


def test_generic_words_are_not_events():
    assert events("후보는 통영에서 대학생들과 간담회를 가졌다. 이번 행사는 짧았다.") == {}
    assert "기자간담회" in events("원내대표는 회의를 마친 뒤 기자간담회를 열어 입장을 밝혔다.")


def test_elections_mentioned_in_passing_are_not_events():
    assert events("그 뒤 제19대 대선에서 한빛당 대선 후보로 뽑혔지만 낙선했다.", "2025-06-04") == {}
    assert events("그는 17대 총선에 한빛당 후보로 출마했으나 떨어졌다.", "2025-06-04") == {}
    got = events("지난달 영월 군수 보궐선거 결과를 의식한 듯 후보는 말을 아꼈다.", "2025-05-15T20:00:00+09:00")
    assert got["영월 군수 보궐선거"].date_text == "지난달" and got["영월 군수 보궐선거"].start_date is None  # no day named


def test_event_words_used_as_modifiers_are_not_events():
    assert events("그는 마지막 유세 장소로 광화문을 택했다. 이 대통령 대선 공약인 청년수당이 늘어난다.") == {}


def test_quoted_name_before_an_event_word_and_a_nickname():
    got = events("28일(현지시간) 미국 마이애미에서 열린 ‘블록체인 위크 2025’ 행사에 부통령이 참석했다. "
                 "블록체인 위크 2025는 업계의 ‘올림픽’이라고 불리는 행사다.", "2025-05-30T00:23:00+09:00")
    assert list(got) == ["블록체인 위크 2025"]
    assert got["블록체인 위크 2025"].start_date == date(2025, 5, 28)


def test_a_date_inside_a_quotation_dates_the_event_quoted_with_it():
    got = events('아나운서는 "내일 한빛 D포럼이라고 해마다 한 번 여는 행사가 있다"고 말했다.', "2023-11-01T09:00:00+09:00")
    assert got["한빛 D포럼"].start_date == date(2023, 11, 2)
    got = events('"한빛 D포럼에 꼭 가겠다"며 그는 내일 출국한다고 했다.', "2023-11-01T09:00:00+09:00")
    assert got["한빛 D포럼"].start_date is None


def test_place_of_an_event_said_to_be_held():
    got = events("시청 주변에는 증세 찬반 집회가 열렸습니다.", "2023-04-05")
    assert got["증세 찬반 집회"].location == "시청 주변"
    got = events("법원 주변에는 취재진이 몰렸고 찬반 집회도 예고됐다.", "2023-04-05")
    assert all(e.location is None for e in got.values())


# -- events: dates -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, published, start, end", [
    # a bare day after the publication day: last month's when reported as past, this month's when ahead
    ("30일(현지시간) 한빛 반도체 학술대회가 열렸다.", "2023-11-01T08:57:00+09:00", date(2023, 10, 30), date(2023, 10, 30)),
    ("28일 한빛 반도체 학술대회가 열린다.", "2023-11-20T08:57:00+09:00", date(2023, 11, 28), date(2023, 11, 28)),
    ("다음달 2일 한빛 반도체 학술대회가 열린다.", "2023-11-20T08:57:00+09:00", date(2023, 12, 2), date(2023, 12, 2)),
    # a month, or a part of one, names no day: the start stays unknown, as for a year alone
    ("지난달 한빛 반도체 학술대회가 열렸다.", "2023-11-20T08:57:00+09:00", None, None),
    ("지난 금요일 한빛 반도체 학술대회가 열렸다.", "2023-11-01T08:57:00+09:00", date(2023, 10, 27), date(2023, 10, 27)),
    ("오는 월요일 한빛 반도체 학술대회가 열린다.", "2023-11-01T08:57:00+09:00", date(2023, 11, 6), date(2023, 11, 6)),
    ("다음 주 화요일 한빛 반도체 학술대회가 열린다.", "2023-11-01T08:57:00+09:00", date(2023, 11, 7), date(2023, 11, 7)),
    ("오는 6월 말 한빛 반도체 학술대회가 열린다.", "2023-04-04T19:01:00+09:00", None, None),
    ("올해 11월 한빛 반도체 학술대회가 열린다.", "2023-04-04T19:01:00+09:00", None, None),
    ("그제 한빛 반도체 학술대회가 열렸다.", "2023-11-15T08:57:00+09:00", date(2023, 11, 13), date(2023, 11, 13)),
    ("모레 한빛 반도체 학술대회가 열린다.", "2023-11-15T08:57:00+09:00", date(2023, 11, 17), date(2023, 11, 17)),
    ("지난 주말 한빛 반도체 학술대회가 열렸다.", "2023-11-15T08:57:00+09:00", date(2023, 11, 11), date(2023, 11, 12)),
    ("이번 주말 한빛 반도체 학술대회가 열린다.", "2023-11-15T08:57:00+09:00", date(2023, 11, 18), date(2023, 11, 19)),
    ("주말 한빛 반도체 학술대회가 열린다.", "2023-11-15T08:57:00+09:00", None, None),
    ("28일 한빛 반도체 학술대회가 열렸다.", None, None, None),
    ("지난 금요일 한빛 반도체 학술대회가 열렸다.", None, None, None),
])
def test_relative_dates_resolve_against_the_publication_date(sentence, published, start, end):
    e = events(sentence, published)["한빛 반도체 학술대회"]
    assert (e.start_date, e.end_date) == (start, end)


# -- the same definition in English --------------------------------------------------------------
@pytest.mark.parametrize("body, found", [
    ("He lost the presidential election and left politics.", False),
    ("The election campaign was long.", False),
    ("Voters go to the polls in the mayoral election on Sunday.", True),
    ("The senator held a news conference to announce her bid.", True),  # as '기자회견을 열어'
    ("The meeting ended early.", False),  # as '간담회' alone
])
def test_english_elections_follow_the_same_definition(body, found):
    assert bool(en_event.find(body, Context("2025-01-01"))) is found


def test_someone_at_a_press_conference_venue_but_not_on_the_way_to_a_hall():
    assert "기자회견" in events("올해 열네 살의 프로 기사가 기자회견장에 섰습니다.")
    assert events("의원 전원을 본회의장으로 불렀다.") == {}


def test_dates_printed_in_a_text_dump_and_no_guess_from_its_text():
    ex = refine_text("버스 노선 12개 신설…배차 간격 단축\n정다은 기자  2023. 11. 1. 09:33\n\n" + PARAGRAPH * 2)
    assert ex.published == "2023-11-01T09:33:00+09:00" and ex.authors == ["정다은"]
    assert "2023. 11. 1." not in ex.body
    ex = refine_text("버스 노선 12개 신설…배차 간격 단축\n입력 2023.11.01 09:33 수정 2023.11.01 10:02\n\n" + PARAGRAPH * 2)
    assert ex.published == "2023-11-01T09:33:00+09:00" and "입력" not in ex.body
    ex = refine_text("버스 노선 12개 신설…배차 간격 단축\n\n" + PARAGRAPH + "노선은 2023.10.11. 확정됐다. " + PARAGRAPH)
    assert ex.published is None


def test_a_leading_tag_naming_an_outlet():
    ex = refine_text("[뉴시스] " + PARAGRAPH * 2)
    assert ex.outlet == "뉴시스" and ex.body.startswith("시는")
    ex = refine_text("[단독] " + PARAGRAPH * 2)
    assert ex.outlet is None and ex.body.startswith("[단독]")


def test_portal_page_without_press_markup_takes_the_wire_dateline():
    page = _page('<meta property="og:site_name" content="다음뉴스"><meta property="og:title" content="버스 노선 12개 신설">',
                 f"<article><p>(광주=한빛통신) 정다은 기자 = {PARAGRAPH}</p>{BODY_HTML}</article>")
    ex = refine_html(page)
    assert ex.outlet == "한빛통신" and ex.authors == ["정다은"]


def test_a_source_label_does_not_override_a_publishers_own_name():
    page = _page('<meta property="og:site_name" content="한빛일보"><meta property="og:title" content="버스 노선 12개 신설">',
                 f"<article>{BODY_HTML}<p>[출처: 모아통신]</p></article>")
    assert refine_html(page).outlet == "한빛일보"


def test_a_time_of_day_alone_is_the_articles_day_but_a_day_wins_over_it():
    got = events("전 대통령은 우리 시간으로 오전 9시 15분쯤 대국민 연설을 할 예정입니다.", "2023-04-05T07:38:00+09:00")
    assert got["대국민 연설"].start_date == date(2023, 4, 5)
    got = events("28일 오후 3시 한빛 반도체 학술대회가 열린다.", "2023-11-20T07:38:00+09:00")
    assert got["한빛 반도체 학술대회"].start_date == date(2023, 11, 28)


def test_a_match_between_two_sides():
    got = events("29일 문학구장에서 열린 한빛-라온전은 오심 논란으로 얼룩졌다.", "2017-08-30T07:52:00+09:00")
    assert got["한빛-라온전"].start_date == date(2017, 8, 29) and got["한빛-라온전"].location == "문학구장"
    assert events("한-미 관계는 굳건하다. 선수는 2-1로 이겼다.") == {}


def test_a_word_ending_like_a_relative_date_word_is_not_one():
    # '카카오는 22일': the subject ends in '오는' but no '오는 22일' (the coming 22nd) is said
    got = events("카카오는 22일 경기 용인에서 개발자 콘퍼런스를 열고 새 서비스를 공개했다.", "2024-11-05")
    assert got["개발자 콘퍼런스"].date_text == "22일" and got["개발자 콘퍼런스"].start_date == date(2024, 10, 22)
    got = events("정부는 오는 12일 국무회의에서 예산안을 의결한다.", "2024-11-05")
    assert got["국무회의"].date_text == "오는 12일" and got["국무회의"].start_date == date(2024, 11, 12)


def test_appearing_before_a_court_is_a_hearing():
    got = events("배임 혐의로 기소된 정 전 회장이 이날 오전 부산 법원에 출석했다.", "2024-06-04T11:10:00+09:00")
    assert got["부산 법원 출석"].kind == "hearing" and got["부산 법원 출석"].start_date == date(2024, 6, 4)
    assert got["부산 법원 출석"].location == "부산 법원"  # the court is where the hearing is, as in English
    assert "서울중앙지법 출석" in events("그는 서울중앙지법에 출석해 혐의를 부인했다.")
    assert set(events("그는 법원에 출석해 혐의를 부인했다.")) == {"법원 출석"}  # '그는' is no place
    assert events("법원은 그에게 다음 기일 출석을 명령했다. 검찰에 출석한 그는 말을 아꼈다.") == {}


def test_a_match_told_as_a_game_between_two_sides():
    got = events("3일 광주구장에서 펼쳐진 기아와 한화의 시즌 7차전은 연장 끝에 끝났다.", "2024-06-04T08:10:00+09:00")
    assert got["기아-한화전"].kind == "match" and got["기아-한화전"].start_date == date(2024, 6, 3)
    assert got["기아-한화전"].location == "광주구장"
    got = events("전날 열린 울산과 전북의 맞대결에서 울산이 2-1로 이겼다.", "2024-06-04T08:10:00+09:00")
    assert got["울산-전북전"].start_date == date(2024, 6, 3)
    assert events("한국과 미국의 경기 둔화 우려가 커지자 증시가 하락했다.") == {}
    assert "한국-일본전" not in events("이날 열린 한국과 일본의 외교장관 회담에서 양국은 협력에 합의했다.")


@pytest.mark.parametrize("when, start, end", [
    ("내달 2일", date(2023, 12, 2), date(2023, 12, 2)),
    ("다음 달 2일", date(2023, 12, 2), date(2023, 12, 2)),
    ("이달 말", None, None),  # a part of a month, or a month, names no day
    ("내달 초", None, None),
    ("지난 달", None, None),
    ("지난주 금요일", date(2023, 11, 10), date(2023, 11, 10)),
])
def test_month_words_spelled_either_way(when, start, end):
    e = events(f"{when} 한빛 반도체 학술대회가 열린다.", "2023-11-15T09:00:00+09:00")["한빛 반도체 학술대회"]
    assert (e.start_date, e.end_date) == (start, end)


def test_words_that_end_like_events_but_are_not():
    assert events("주민들은 17일 재산권 행사를 제한하지 말라고 요구했다. 선거홍보대행사 대표가 구속됐다.", "2023-11-15") == {}
    assert events("경찰은 ‘불법 집회 대응 태스크포스’를 꾸렸다.") == {}
    assert "동아시아 경제협력 정상회의 주간" in events(
        "다음달 5일까지 전남 여수에서 열리는 ‘동아시아 경제협력 정상회의 주간’의 부대행사다.")


def test_photo_credits_in_captions_are_cut_but_the_reporters_line_is_kept():
    caption = "7일 호텔에서 열린 결혼식에 참석한 하객이 포즈를 취하고 있다. 허민수 기자minsu@hanbit.example/2023.04.07"
    ex = refine_text(PARAGRAPH * 2 + "\n" + caption + "\n한빛일보DB\n" + PARAGRAPH + "\n정다은 기자 daeun@hanbit.example")
    assert "minsu@" not in ex.body and "한빛일보DB" not in ex.body and "포즈를 취하고 있다." in ex.body
    assert ex.authors == ["정다은"] and ex.author_emails == ["daeun@hanbit.example"]


def test_a_quoted_name_after_the_event_word_and_the_start_of_an_itinerary():
    got = events("가수는 다음 달 4일부터 7일 서울을 시작으로 12일 도쿄, 27일 마닐라 등 아시아 7개국을 순회하는 "
                 "투어 콘서트 '소년, 길을 걷다'를 개최할 예정이다.", "2023-04-07T19:11:00+09:00")
    assert list(got) == ["소년, 길을 걷다"] and got["소년, 길을 걷다"].start_date == date(2023, 5, 4)
    got = events("지난 1일부터 새 법이 시행된 가운데 5일 열린 한빛 반도체 학술대회에 관심이 쏠렸다.", "2023-04-07")
    assert got["한빛 반도체 학술대회"].start_date == date(2023, 4, 5)


def test_a_comparison_is_no_event():
    assert events("하객 라인업이 초호화 시상식 못지 않았다. 거리는 축제처럼 붐볐다.", "2023-04-07") == {}


def test_a_dumps_reporter_and_date_lines_under_the_headline():
    ex = refine_text("버스 노선 12개 신설…배차 간격 단축\n정다은 기자\n2023.11.01 09:33\n\n" + PARAGRAPH * 2)
    assert ex.title == "버스 노선 12개 신설…배차 간격 단축" and ex.subheadings == []
    assert ex.authors == ["정다은"] and ex.published == "2023-11-01T09:33:00+09:00"
    ex = refine_text("버스 노선 12개 신설…배차 간격 단축\n\n" + PARAGRAPH * 2 + "\n2023.11.01")
    assert ex.published is None


def test_portal_press_logo_names_the_outlet():
    page = _page('<meta property="og:site_name" content="네이버 뉴스"><meta property="og:title" content="버스 노선 12개 신설">',
                 '<div class="media_end_head_top"><a class="media_end_head_top_logo"><img class="media_end_head_top_logo_img" '
                 'title="한빛일보" src="x.png"></a></div><div class="media_end_head_info_datestamp"><span>입력</span>'
                 '<span data-date-time="2023-11-01 09:33:00">2023.11.01. 오전 9:33</span></div>'
                 f"<article>{BODY_HTML}</article>")
    ex = refine_html(page)
    assert ex.outlet == "한빛일보" and ex.published == "2023-11-01T09:33:00+09:00"


def test_a_name_and_date_below_the_article_is_no_byline():
    page = AGGREGATOR.format(byline="", body=BODY_HTML).replace(
        "<footer>", "<div class='comments'><p>김영희 2023.11.02 10:22</p></div><footer>")
    ex = refine_html(page)
    # (the extraction's own date search may still read a date-only guess off the comment: not these rules')
    assert ex.authors == [] and "T10:22" not in (ex.published or "")


def test_a_place_in_the_events_name():
    got = events("김 차장은 오늘(20일) 오전 세종 청사 브리핑에서 일정을 발표했습니다.", "2023-04-20T13:06:00+09:00")
    assert got["세종 청사 브리핑"].location == "세종 청사"
    got = events("처장은 이날 오후 국회 법제사법위원회 전체회의에 출석했다.", "2026-02-04")
    assert got["국회 법제사법위원회 전체회의"].location == "국회"
    assert events("한빛 반도체 학술대회가 열린다.")["한빛 반도체 학술대회"].location is None


@pytest.mark.parametrize("sentence", ["올해 열 네살의 바둑 기사가 기자회견장에 섰다.", "올해 스무 살인 선수가 기자회견을 열었다.",
                                      "올해 14세의 선수가 기자회견을 열었다."])
def test_an_age_after_this_year_is_no_date(sentence):
    assert events(sentence, "2023-10-31T23:56:00+09:00")["기자회견"].start_date is None


def test_this_year_before_other_words_is_still_a_date_but_names_no_day():
    got = events("올해 세계 반도체 학술대회가 열린다.", "2023-10-31")["세계 반도체 학술대회"]
    assert got.date_text == "올해" and got.start_date is None  # a year alone: never 1 January


def test_a_visit_word_names_where_the_visit_goes():
    assert events("대통령 국빈 방미는 12년 만입니다.", "2023-04-20")["대통령 국빈 방미"].location == "미국"
    got = events("총리의 국빈 방미는 워싱턴에서 시작됐다.", "2023-04-20")
    assert [e.location for e in got.values()] == ["워싱턴"]
    assert events("한빛 반도체 학술대회가 열린다.", "2023-04-20")["한빛 반도체 학술대회"].location is None


def test_an_event_dated_by_the_sentence_before_it_that_does_it():
    body = "대통령은 오는 24일부터 30일까지 미국을 국빈 방문합니다.\n대통령 국빈 방미는 12년 만입니다."
    e = events(body, "2023-04-20T13:06:00+09:00")["대통령 국빈 방미"]
    assert (e.start_date, e.end_date) == (date(2023, 4, 24), date(2023, 4, 30))
    body = "대학은 28일 반도체 정책을 발표했다. 한빛 반도체 학술대회는 매년 가을 열린다."
    assert events(body, "2023-04-20T13:06:00+09:00")["한빛 반도체 학술대회"].start_date is None


def test_held_where_its_subject_went_when_no_place_is_given():
    body = "법정에서 곧바로 플로리다 자택으로 향한 전 대통령은 오전 9시 15분쯤 대국민 연설을 할 예정입니다."
    assert events(body, "2023-04-05T07:38:00+09:00")["대국민 연설"].location.endswith("자택")
    body = "시장은 부산으로 향한 뒤 시청 접견실에서 성금 전달식을 열었다."
    assert events(body, "2023-04-05")["성금 전달식"].location == "시청 접견실"
    body = "시민의 관심이 한빛 반도체 학술대회로 쏠렸다. 한빛 반도체 학술대회는 매년 열린다."
    assert events(body, "2023-04-05")["한빛 반도체 학술대회"].location is None


def test_a_place_ending_like_a_verb_but_not_a_verb_before_a_place():
    got = events("28일 캐나다 밴쿠버에서 한빛 반도체 학술대회가 열렸다.", "2023-04-05")
    assert got["한빛 반도체 학술대회"].location == "캐나다 밴쿠버"
    got = events("그는 이렇게 말했다 서울에서 열린 한빛 반도체 학술대회에서.", "2023-04-05")
    assert got["한빛 반도체 학술대회"].location == "서울"


@pytest.mark.parametrize("sentence", ["원내대표들은 '한빛 청문회' 등 핵심 쟁점을 두고 물러서지 않았다.",
                                      "여당이 한빛 청문회 등 여러 조건을 수용하지 않으면 보이콧을 풀 수 없다.",
                                      "김 대표는 중재안(한빛 청문회)를 수용하겠다고 했다.", "야당은 한빛 청문회 개최를 촉구했다."])
def test_an_event_only_demanded_or_disputed_is_not_reported(sentence):
    assert events(sentence, "2019-03-04") == {}


def test_an_event_held_is_reported_even_beside_other_hearings():
    got = events("한빛 청문회 등 세 차례 청문회가 4일 국회에서 열렸다.", "2019-03-04")
    assert got["한빛 청문회"].start_date == date(2019, 3, 4)


def test_an_idiom_earlier_gives_the_wedding_its_place():
    body = ("두 사람이 7일 오후 6시 서울 강남구 한빛호텔에서 웨딩마치를 울렸다. 하객 명단은 비공개다.\n"
            "이날 가수가 가장 먼저 식장을 찾아 두 사람의 결혼식을 축하했다.")
    assert events(body, "2023-04-07")["결혼식"].location == "서울 강남구 한빛호텔"
    body = "두 사람은 7일 서울 시청에서 만났다. 하객 명단은 비공개다.\n이날 가수가 두 사람의 결혼식을 축하했다."
    assert events(body, "2023-04-07")["결혼식"].location is None


def test_an_event_word_with_two_particles():
    body = "오는 15일부터 17일까지 부산 벡스코에서 열리는 한빛 게임 박람회에는 100개 업체가 참가한다."
    e = events(body, "2023-11-10")["한빛 게임 박람회"]
    assert (e.location, e.start_date, e.end_date) == ("부산 벡스코", date(2023, 11, 15), date(2023, 11, 17))
    assert events("회의록에는 발언이 빠졌다. 대회장에는 관중이 없었다.", "2023-11-10") == {}


def test_only_then_is_no_date():
    got = events("그제서야 한빛 반도체 학술대회가 열렸다.", "2023-11-15")
    assert [e.start_date for e in got.values()] == [None]


def test_an_event_discussed_as_a_topic_is_not_reported():
    assert events("특별위원회 주도 청문회에 대해선 두 당의 견해가 갈린다.") == {}
    assert events("여야는 청문회를 두고 하루 종일 맞섰다.") == {}
    got = events("여야는 오는 12일 열릴 인사청문회를 두고 맞섰다.", "2024-11-05")
    assert got["인사청문회"].start_date == date(2024, 11, 12)  # a dated one is reported all the same
