"""Korean article metadata on page shapes of many templates: mastheads of text dumps, <title> forms,
the family of bylines, date lines, copyright lines and the boilerplate around the text.

Every page and dump here is written for the test; outlets and people are invented."""

from __future__ import annotations

from html import escape as html_escape

import pytest

from builder.document import check_article, refined
from builder.extract.html import (_pre_blocks, clean_title, extract_html, layout_row, opened_item, title_tag_headline, unwrap_layout,
                                  without_section_path)
from trafilatura.utils import load_html
from builder.extract.text import extract_text
from builder.rules.ko.article import (is_end_marker, clean_authors, without_thread_counters, column_author, hangul_site_name, is_boilerplate, outlet_from_copyright,
                                      masthead_line, opened_card, credit_line, closing_email, _is_byline_node, is_end_marker,
                                      filed_copy_outlet, tag_writer, byline_node, digest_item, embargo_date, tagged_headline,
                                      refine, reporter_box, strip_masthead)

PARA = ("시는 올해 하반기부터 공공자전거 대여 요금을 절반으로 낮추고 대여소를 200곳 늘리기로 했다고 밝혔다. "
        "시 관계자는 이용자가 꾸준히 늘고 있다고 설명했다.")
PARA2 = ("대여소는 지하철역과 버스 정류장 주변에 먼저 들어선다. 시는 자전거 도로 20㎞를 새로 깔고 "
         "보관대도 늘릴 계획이라고 덧붙였다.")
HEADLINE = "공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반"


def _dump(text: str, name: str = "dump.txt"):
    return refine(extract_text(text, name))


def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


# -- text dumps: the site's name and menu above the headline --

def test_dump_masthead_menu_lines_above_the_headline_are_dropped():
    ex = _dump("\n".join(["바람일보", "전체메뉴", "정치", "경제", "사회", "로그인", HEADLINE, "입력 2024-03-05 09:10",
                          "수정 2024-03-05 11:40", "페이스북", "카카오톡", "링크 복사", "", PARA, "", PARA2, "",
                          "나들이 기자 nadeuli@baram.example"]))
    assert ex.title == HEADLINE
    assert ex.published == "2024-03-05T09:10:00+09:00" and ex.updated == "2024-03-05T11:40:00+09:00"
    assert ex.outlet == "바람일보" and ex.authors == ["나들이"]
    assert not any(ln in ("정치", "카카오톡", "링크 복사", "바람일보") for ln in ex.body_lines + ex.subheadings)


def test_dump_masthead_block_with_latin_name_and_section_path():
    ex = _dump("\n".join(["누리 생활 타임즈", "Nuri Life Times", "홈 > 생활 > 교통", "", HEADLINE, "", "by 남궁하늘",
                          "2024.03.05", "", PARA, "", PARA2]))
    assert ex.title == HEADLINE and ex.outlet == "누리 생활 타임즈"
    assert ex.authors == ["남궁하늘"] and ex.published == "2024-03-05"
    assert "Nuri Life Times" not in ex.body and "by 남궁하늘" not in ex.body


def test_strip_masthead_leaves_a_dump_that_starts_with_its_headline_or_its_text():
    lines = [HEADLINE, "바람일보 | 사회", "", PARA]
    assert strip_masthead(lines) == (lines, [], None)
    lines = [PARA, "", PARA2]
    assert strip_masthead(lines) == (lines, [], None)
    lines = ["바람일보", "리뷰 | 칼럼 | 인터뷰", "", HEADLINE, "", PARA]
    assert strip_masthead(lines) == (lines[3:], ["바람일보", "리뷰 | 칼럼 | 인터뷰"], None)


def test_dump_first_line_is_no_outlet_unless_it_is_named_like_one_or_printed_again():
    ex = _dump("\n".join(["오늘의 소식", "정치 | 경제", "", HEADLINE, "", PARA, "", PARA2]))
    assert ex.outlet is None and ex.title == HEADLINE
    ex = _dump("\n".join(["누리스트리트", "리뷰 | 칼럼", "", HEADLINE, "", PARA, "", PARA2, "", "ⓒ 누리스트리트 | 무단 전재 금지"]))
    assert ex.outlet == "누리스트리트"


# -- the family of bylines --

def test_writer_labels_and_guest_reporters():
    for line, name in (("글: 허다온 객원기자", "허다온"), ("by 남궁하늘", "남궁하늘"), ("글=나들이 기자", "나들이"),
                       ("글·사진 나들이 기자", "나들이"), ("[글 나들이 / 사진 한마루 기자]", "나들이")):
        ex = _dump("\n".join([HEADLINE, "", line, "", PARA, "", PARA2]))
        assert ex.authors == [name], line
        assert line not in ex.body


def test_slash_reporter_with_address_in_brackets_as_last_line():
    ex = _dump("\n".join([HEADLINE, "", PARA, "", PARA2, "", "/나들이 기자(nadeuli@baram.example)"]))
    assert ex.authors == ["나들이"] and ex.author_emails == ["nadeuli@baram.example"]
    assert "나들이 기자" not in ex.body


def test_bracket_bylines_with_and_without_outlet_place_and_bar():
    for line, outlet in (("[나들이 기자] ", None), ("[바람스포츠 | 잠실=나들이기자] ", "바람스포츠"),
                         ("[바람일보 나들이·한마루 기자] ", "바람일보")):
        ex = _dump("\n".join([HEADLINE, "", line + PARA, "", PARA2]))
        assert ex.authors[0] == "나들이", line
        assert ex.outlet == outlet
        assert ex.body_lines[0].startswith("시는")


def test_photo_credit_in_brackets_is_no_byline():
    ex = _dump("\n".join([HEADLINE, "", "(사진=나들이 기자) " + PARA, "", PARA2]))
    assert "나들이" not in ex.authors


def test_clean_authors_drops_labels_and_photographers():
    assert clean_authors(["입력 :"], None) == []
    assert clean_authors(["배포일시:"], None) == []
    assert clean_authors(["글 나들이", "사진 한마루"], None) == ["나들이"]
    assert clean_authors(["나들이 객원기자"], None) == ["나들이"]
    assert clean_authors(["사진작가 한마루"], None) != []


def test_reporter_box_after_the_text():
    assert reporter_box(["나들이 기자", "nadeuli@baram.example", "기자 구독"]) == "나들이"
    assert reporter_box(["나들이 기자 nadeuli@baram.example"]) == "나들이"
    assert reporter_box(["송고 기자"]) is None
    assert reporter_box(["나들이 기자가 쓴 기사를 더 보려면 구독하세요"]) is None


def test_reporter_box_on_a_page_without_a_byline_above():
    ex = _page("<title>자전거 요금 절반 - 바람일보</title>",
               f"<h1>{HEADLINE}</h1><div class='date'>입력 : 2024-03-05 14:20:05 | 수정 : 2024-03-06 06:30:00</div>"
               f"<div class='art'><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></div>"
               "<div class='reporter'><b>나들이 기자</b> nadeuli@baram.example <a>기자의 다른 기사</a></div>")
    assert ex.authors == ["나들이"]
    assert ex.published.startswith("2024-03-05T14:20")


def test_column_author_box_name_and_affiliation():
    assert column_author(["반다온", "한결대 의대 소아청소년과 교수"]) == "반다온"
    assert column_author(["반다온 모아연구소 선임연구위원"]) == "반다온"
    assert column_author(["오피니언", "한결대 의대 소아청소년과 교수"]) is None
    assert column_author(["반다온", "오늘 날씨가 맑다."]) is None
    ex = _page('<title>[시론] 자전거 도시 - 바람일보</title><meta property="og:site_name" content="바람일보">'
               '<meta name="author" content="바람일보">',
               f"<h1>[시론] 자전거 도시를 위한 조건</h1><div class='col-author'><strong>반다온</strong> "
               f"<span>한결대 도시공학과 교수</span></div><div><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p>"
               "<p>※ 외부 필진의 기고는 본지의 편집 방향과 다를 수 있습니다.</p></div>")
    assert ex.authors == ["반다온"]
    assert "편집 방향" not in ex.body


# -- dates --

def test_updated_time_printed_first_is_not_the_published_one():
    ex = _page('<title>바람일보 | 자전거</title><meta property="og:title" content="' + HEADLINE + '">',
               f"<h3 class='headline'>{HEADLINE}</h3><div class='datetime'><span>수정2024.03.05 18:02</span> "
               f"<span>입력2024.03.05 14:37</span></div><div><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></div>")
    assert ex.published.startswith("2024-03-05T14:37")
    assert ex.updated.startswith("2024-03-05T18:02")


def test_press_release_distribution_time_is_the_date_and_no_author():
    ex = _page('<meta property="og:site_name" content="바람와이어"><meta property="og:title" content="' + HEADLINE + '">',
               f"<h2>{HEADLINE}</h2><div class='info'>배포일시: 2024-03-11 09:00 | 출처: 모아전자</div>"
               f"<div><p>{PARA}</p><p>{PARA2}</p><p>웹사이트: https://moa.example</p>"
               "<p>연락처 모아전자 홍보팀 02-000-0000</p></div>"
               "<p>이 보도자료는 해당 기업에서 제공한 것으로, 바람와이어는 내용에 대한 책임을 지지 않습니다.</p>")
    assert ex.authors == [] and ex.published.startswith("2024-03-11")
    assert "웹사이트" not in ex.body and "홍보팀" not in ex.body and "책임" not in ex.body


# -- titles --

def test_title_with_section_path_and_site_name():
    assert without_section_path("자전거 요금 절반으로 낮춘다 < 교통 < 사회 < 기사본문 - 바람일보") == "자전거 요금 절반으로 낮춘다"
    assert without_section_path("홈 > 사회 > 자전거 대여 요금 절반으로 낮춘다") == "자전거 대여 요금 절반으로 낮춘다"
    assert without_section_path("Why 3 < 5 matters more than you think in a long, long headline") \
        == "Why 3 < 5 matters more than you think in a long, long headline"
    assert clean_title("자전거 요금 절반으로 낮춘다 < 교통 < 사회 < 기사본문 - 바람일보", "바람일보") == "자전거 요금 절반으로 낮춘다"


def test_title_tag_site_first_and_site_only_pages():
    ex = _page(f"<title>바람신문 - {HEADLINE}</title>",
               f"<table><tr><td>{HEADLINE}</td></tr><tr><td><p>[나들이 기자] {PARA}</p><p>{PARA2}</p><p>{PARA}</p></td></tr>"
               "<tr><td><a>인쇄하기</a> <a>이메일보내기</a> <a>목록보기</a></td></tr></table>")
    assert ex.title == HEADLINE and ex.authors == ["나들이"]
    assert "인쇄하기" not in ex.body
    ex = _page("<title>주간 바람</title>",
               f"<div class='menu'>커버스토리 | 사람</div><div class='view'><p class='kicker'>사람과 마을</p><h2>{HEADLINE}</h2>"
               f"<p class='sub'>주민과 예술가가 함께 만든 공방</p><div class='byline'>글 나들이 / 사진 한마루 | 2024년 3월 4일(월)</div>"
               f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA} 사진 한마루</p></div>")
    assert ex.title == HEADLINE and ex.authors == ["나들이"] and ex.published == "2024-03-04"
    assert "사진 한마루" not in ex.body


def test_title_tag_headline_needs_a_short_side():
    from trafilatura.utils import load_html
    tree = load_html(f"<html><head><title>바람일보 - {HEADLINE}</title></head><body></body></html>")
    assert title_tag_headline(tree) == HEADLINE
    tree = load_html("<html><head><title>자전거 요금 절반으로 낮추는 시 - 대여소 200곳을 늘리는 계획 발표</title></head></html>")
    assert title_tag_headline(tree) is None


def test_layout_table_row_with_one_cell_is_text():
    assert layout_row("| 오징어 어획량 3년째 감소 |") == "오징어 어획량 3년째 감소"
    assert layout_row("|  | 홈 \\| 정치 |") == "홈 | 정치"
    assert layout_row("| 2023 | 1,840톤 |") == "| 2023 | 1,840톤 |"


# -- outlets and copyright lines --

def test_copyright_line_outlet_with_spaces_or_a_bar():
    assert outlet_from_copyright(["저작권자 © 누리 생활 타임즈 무단전재 및 재배포 금지"]) == "누리 생활 타임즈"
    assert outlet_from_copyright(["ⓒ 누리스트리트 | 무단 전재 금지"]) == "누리스트리트"
    assert outlet_from_copyright(["ⓒ바람신문 - www.baram.example"]) == "바람신문"
    assert outlet_from_copyright(["ⓒ 바람경제, 무단전재 및 재배포 금지"]) == "바람경제"
    assert outlet_from_copyright(["BARAM © All rights reserved"]) is None


def test_site_name_with_latin_rendering():
    assert hangul_site_name("(주)바람뉴스") == "바람뉴스" and hangul_site_name("바람뉴스㈜") == "바람뉴스"  # the firm's form
    assert hangul_site_name("주식회사") == "주식회사"
    assert hangul_site_name("더 바람 THE BARAM") == "더 바람"
    assert hangul_site_name("바람경제 TV") == "바람경제 TV"
    assert hangul_site_name("BARAM 뉴스") == "BARAM 뉴스"


# -- boilerplate --

def test_share_tag_action_contact_and_disclaimer_lines_are_boilerplate():
    for line in ("카카오톡", "링크 복사", "이 기사를 공유합니다", "태그 #자전거 #교통", "#자전거 #교통",
                 "인쇄하기 이메일보내기 목록보기", "웹사이트: https://moa.example", "연락처 모아전자 홍보팀 02-000-0000",
                 "이 보도자료는 해당 기업에서 제공한 것으로, 바람와이어는 내용에 대한 책임을 지지 않습니다.",
                 "※ 외부 필진의 기고는 본지의 편집 방향과 다를 수 있습니다.", "사진 한마루"):
        assert is_boilerplate(line), line
    for line in ("카카오톡 채널을 통한 민원 접수가 지난해보다 두 배 늘었다고 시는 밝혔다.",
                 "시민들은 #자전거 해시태그를 달아 후기를 올렸다.", "인쇄하기 어려운 분량의 자료를 시가 공개했다.",
                 "문의는 교통정책과(042-000-0000)로 하면 된다.", "사진 속 인물은 시장이 아니라 부시장이었다고 시는 해명했다."):
        assert not is_boilerplate(line), line


# -- templates the sets above do not show: portals and mobile pages, wires and releases, broadcasts, boards --

def test_reporter_and_date_in_two_elements_side_by_side():
    from builder.rules.ko.article import byline_node
    assert byline_node(["나들이 기자", "2024.03.05 09:12"]) == ("나들이", "2024-03-05T09:12:00+09:00")
    assert byline_node(["글 나들이 / 사진 한마루 | 2024년 3월 4일(월)"]) == ("나들이", "2024-03-04")
    assert byline_node(["나들이 기자", "바람일보 사회부"]) == (None, None)
    assert byline_node(["입력 2024.03.05 09:12"]) == (None, None)


def test_more_date_labels_two_digit_years_and_release_datelines():
    from builder.rules.ko.article import printed_dates
    assert printed_dates("기사전송 2024-03-05 09:12") == ("2024-03-05T09:12:00+09:00", None, True)
    assert printed_dates("작성일 24-03-05 09:12 조회 3") == ("2024-03-05T09:12:00+09:00", None, True)
    assert printed_dates("(서울=모아와이어) 2024년 03월 05일 -- 모아전자는")[0] == "2024-03-05"
    assert printed_dates("24-03-05 회의에서")[2] is False  # a short year without a label is no date of the page
    ex = _dump("\n".join([HEADLINE, "", "(서울=모아와이어) 2024년 03월 05일 -- " + PARA, "", PARA2]))
    assert ex.outlet == "모아와이어" and ex.published == "2024-03-05" and ex.authors == []
    assert ex.body_lines[0].startswith("시는")


def test_broadcast_call_sign_signoff():
    ex = _dump("\n".join([HEADLINE, "", PARA, "", PARA2, "", "BTN 나들이입니다."]))
    assert ex.authors == ["나들이"] and ex.outlet == "BTN"
    ex = _dump("\n".join([HEADLINE, "", PARA, "", PARA2, "", "저는 나들이입니다."]))
    assert ex.authors == []


def test_column_writer_line_in_a_dump_and_box_after_a_page():
    ex = _dump("\n".join([HEADLINE, "", PARA, "", PARA2, "", "반다온 한결대 도시공학과 교수"]))
    assert ex.authors == ["반다온"] and "도시공학과" not in ex.body
    ex = _dump("\n".join([HEADLINE, "", PARA, "", PARA2, "", "시민 200명이 참여했다고 시는 밝혔다"]))
    assert ex.authors == []
    ex = _page('<meta property="og:title" content="' + HEADLINE + '">',
               f"<h1>{HEADLINE}</h1><div><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></div>"
               "<div class='profile'><b>반다온</b><p>모아연구소 선임연구위원</p></div>")
    assert ex.authors == ["반다온"]


def test_desks_are_no_authors_and_titles_lose_their_desk():
    from builder.rules.ko.article import is_desk, without_section_tags
    assert clean_authors(["온라인뉴스팀"], None) == [] and clean_authors(["디지털뉴스부"], None) == []
    assert is_desk("사회부") and is_desk("보도국")
    assert not is_desk("김태국") and not is_desk("나들이")
    assert without_section_tags(HEADLINE + " | 정치") == HEADLINE
    assert without_section_tags("[단독] 경제 살리기") == "[단독] 경제 살리기"


def test_meta_title_with_the_site_name_only_gives_way_to_the_headline():
    ex = _page('<meta property="og:site_name" content="바람일보"><meta property="og:title" content="바람일보">'
               "<title>바람일보</title>",
               f"<h1>{HEADLINE}</h1><div><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></div>")
    assert ex.title == HEADLINE


def test_counters_and_comment_boxes_are_boilerplate():
    for line in ("댓글 0", "좋아요 12", "이 기사에 대한 의견 0개", "조회수 1,024"):
        assert is_boilerplate(line), line
    assert not is_boilerplate("댓글 0건은 처음이라고 관계자는 말했다.")


def test_page_buttons_alone_or_in_a_row():
    for line in ("기자 구독", "기자의 다른 기사", "다른기사 보기", "음성으로 듣기", "글씨크기 조절하기", "PC버전",
                 "후속기사 원해요", "페이스북(으)로 기사보내기", "트위터로 보내기", "바람일보 구독하기", "가가",
                 "로그인 후 댓글을 남겨주세요", "인쇄 | 스크랩 | 공유"):
        assert is_boilerplate(line), line
    for line in ("구독자가 늘었다고 시는 밝혔다.", "목록을 보면 알 수 있다", "좋아요를 누른 사람은 100명이다",
                 "가장 가까운 대여소는 역 앞에 있다"):
        assert not is_boilerplate(line), line


def test_short_headline_under_a_masthead():
    ex = _dump("\n".join(["[바람일보]", "정치", "경제", "시장 거부권 행사", "나들이 기자", "입력 2024.03.05 09:12", "", PARA, "", PARA2]))
    assert ex.title == "시장 거부권 행사" and ex.outlet == "바람일보" and ex.authors == ["나들이"]
    assert ex.published == "2024-03-05T09:12:00+09:00" and "정치" not in ex.body
    ex = _dump("\n".join(["바람일보", "2024.03.05", "나들이 기자", "", PARA, "", PARA2]))
    assert ex.title is None and ex.authors == ["나들이"]


def test_board_writer_label_and_outlet_tag_in_the_title():
    assert clean_authors(["작성자 나들이"], None) == ["나들이"]
    ex = _page('<meta property="og:site_name" content="바람일보"><meta property="og:title" content="[바람일보] ' + HEADLINE + '">',
               f"<div><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></div>")
    assert ex.title == HEADLINE


def test_lede_bylines_with_and_without_an_outlet_and_full_width_datelines():
    for lede, outlet in (("바람경제 나들이 기자 = ", "바람경제"), ("나들이 기자 = ", None), ("【대전=바람뉴스】 나들이 기자 = ", "바람뉴스"),
                         ("<대전=바람뉴스> 나들이 기자 = ", "바람뉴스")):
        ex = _dump("\n".join([HEADLINE, "", lede + PARA, "", PARA2]))
        assert ex.authors == ["나들이"] and ex.outlet == outlet, lede
        assert ex.body_lines[0].startswith("시는")
    ex = _dump("\n".join([HEADLINE, "", "시민 나들이 씨 = " + PARA, "", PARA2]))
    assert ex.authors == []


def test_broadcast_tip_lines_and_release_contact_blocks():
    from builder.rules.ko.article import is_end_marker
    for line in ("<앵커>", "〈기자〉", "▷ 전화 : 02-000-0000", "[카카오톡] 바람TV 검색해 채널 추가",
                 "바람TV 뉴스는 24시간 여러분의 제보를 기다립니다.", "02-000-0000",
                 "이 뉴스는 기업·기관·단체가 바람와이어를 통해 배포한 보도자료입니다."):
        assert is_boilerplate(line), line
    for line in ("<인터뷰> 나들이 / 시민", "전화 인터뷰에서 그는 이렇게 말했다.", "제보를 기다린다고 경찰은 밝혔다."):
        assert not is_boilerplate(line), line
    ex = _dump("\n".join([HEADLINE, "", PARA, "", PARA2, "", "연락처", "모아전자 홍보팀", "나들이 대리", "02-000-0000"]))
    assert "홍보팀" not in ex.body and "나들이" not in ex.body
    assert is_end_marker("언론 연락처") and not is_end_marker("연락처를 남기면 시가 연락한다.")


def test_times_in_brackets_and_date_before_reporter():
    from builder.rules.ko.article import byline_node, printed_dates
    assert printed_dates("입력 2024.03.05 (19:55) 수정 2024.03.05 (20:10)")[:2] == (
        "2024-03-05T19:55:00+09:00", "2024-03-05T20:10:00+09:00")
    assert byline_node(["기사입력 2024/03/05 [09:12] 나들이 기자"]) == ("나들이", "2024-03-05T09:12:00+09:00")
    ex = _dump("\n".join(["바람TV", "뉴스", "", HEADLINE, "", "입력 2024.03.05 (19:55)", "", PARA, "", PARA2]))
    assert ex.published == "2024-03-05T19:55:00+09:00" and "입력" not in ex.body


def test_byline_label_is_no_outlet_and_a_spaced_date_label_no_author():
    ex = _dump("\n".join(["모아경제", "홈 > 경제 > 산업", "", HEADLINE, "", "기자명 나들이 기자", "입력 2024.03.05 09:12", "",
                          PARA, "", PARA2, "", "저작권자 © 모아경제 무단전재 및 재배포 금지"]))
    assert ex.outlet == "모아경제" and ex.authors == ["나들이"]
    assert clean_authors(["배포 일시"], None) == [] and clean_authors(["기사입력"], None) == []


def test_column_writer_as_the_last_line_of_a_page():
    ex = _page('<meta property="og:title" content="[바람칼럼] 자전거 도시를 위한 조건">',
               f"<h1>[바람칼럼] 자전거 도시를 위한 조건</h1><div class='body'><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></div>"
               "<div class='profile'><span>반다온 | 한결대 도시공학과 교수</span></div>")
    assert ex.authors == ["반다온"] and "도시공학과" not in ex.body


def test_dateline_row_and_breadcrumb_masthead_in_dumps():
    from builder.rules.ko.article import dateline_row
    assert dateline_row("바람일보 | 입력 2024.03.05 09:12 | 나들이 기자") == ("바람일보", "2024-03-05T09:12:00+09:00", "나들이")
    assert dateline_row("입력 2024.03.05 | 수정 2024.03.06 | 나들이 기자") == (None, "2024-03-05", "나들이")
    assert dateline_row("바람일보 | 사회") is None
    assert dateline_row("시민들 | 2024.03.05 | 광장에 모여") is None
    ex = _dump("\n".join([HEADLINE, "대여 요금도 절반으로…시민 반응 엇갈려", "바람일보 | 입력 2024.03.05 09:12 | 나들이 기자", "",
                          PARA, "", PARA2]))
    assert ex.outlet == "바람일보" and ex.authors == ["나들이"] and ex.published == "2024-03-05T09:12:00+09:00"
    assert ex.subheadings == ["대여 요금도 절반으로…시민 반응 엇갈려"]
    ex = _dump("\n".join(["바람일보 > 사회", HEADLINE, "등록 2024-03-05 09:12:33", "", PARA, "", PARA2]))
    assert ex.outlet == "바람일보" and ex.title == HEADLINE


def test_a_short_headline_above_a_long_subheadline_is_no_masthead():
    sub = "시, 하반기부터 대여소 200곳 늘리고 요금도 절반으로"
    assert strip_masthead(["자전거 요금 반값", sub, "", PARA]) == (["자전거 요금 반값", sub, "", PARA], [], None)
    lines = ["누리스트리트", "", HEADLINE, "", PARA]
    assert strip_masthead(lines, ["ⓒ 누리스트리트"])[1] == ["누리스트리트"]


def test_a_reporter_far_below_the_text_belongs_to_another_story():
    related = "".join(f"<li><a>다른 기사 제목 {i}번째 이야기</a></li>" for i in range(12))
    ex = _page('<meta property="og:title" content="' + HEADLINE + '">',
               f"<h1>{HEADLINE}</h1><div><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></div>"
               f"<div class='most-read'><b>많이 본 뉴스</b><ul>{related}</ul><span>한마루 기자</span></div>")
    assert ex.authors == []


def test_release_dump_and_broadcast_dump_with_a_korean_call_sign():
    ex = _dump("\n".join(["바람와이어", "보도자료", "모아전자, 공공자전거 대여 시스템 200곳 공급",
                          "배포일시: 2024-03-05 09:00 | 출처: 모아전자", "", "(서울=바람와이어) 2024년 03월 05일 -- " + PARA,
                          PARA2, "웹사이트: https://moa.example", "연락처", "모아전자 홍보팀", "나들이 대리", "02-000-0000"]))
    assert ex.title == "모아전자, 공공자전거 대여 시스템 200곳 공급" and ex.outlet == "바람와이어"
    assert ex.published == "2024-03-05T09:00:00+09:00" and ex.authors == [] and ex.subheadings == []
    assert "홍보팀" not in ex.body and "웹사이트" not in ex.body
    ex = _dump("\n".join([HEADLINE, "", "[앵커]", PARA, "", "[기자]", PARA2, "", "바람TV 나들이입니다.", "", "촬영기자 : 한마루"]))
    assert ex.authors == ["나들이"] and ex.outlet == "바람TV" and "나들이입니다" not in ex.body
    assert _dump("\n".join([HEADLINE, "", PARA, "", PARA2, "", "바람시장 나들이입니다."])).authors == []


# -- round 2: table layouts, class-marked headlines, microdata, footers --

def test_table_page_headline_in_bold_cell_when_title_is_the_site_name():
    ex = _page("<title>:::: 바람매일 ::::</title>",
               "<table><tr><td><img src='/logo.gif' alt='바람매일'></td></tr></table>"
               f"<table><tr><td><font size='4'><b>{HEADLINE}</b></font></td></tr>"
               "<tr><td>2024/03/05 17:55</td></tr>"
               f"<tr><td><p>{PARA}</p><p>{PARA2}</p><p>나들이 기자(nadeuli@baram.example)</p></td></tr></table>"
               "<table><tr><td><a>기사목록</a> <a>프린트</a> <a>메일로보내기</a></td></tr></table>"
               "<p>Copyright ⓒ 2009 바람매일. All rights reserved.</p>")
    assert ex.title == HEADLINE and ex.outlet == "바람매일"
    assert not any("기사목록" in ln for ln in ex.body_lines)
    # a bold phrase inside a paragraph is no headline
    ex = _page("<title>:::: 바람매일 ::::</title>",
               f"<p><b>요금 절반</b> {PARA}</p><p>{PARA2}</p><p>Copyright ⓒ 바람매일.</p>")
    assert ex.title != "요금 절반"


def test_class_marked_headline_and_footer_registration_date():
    ex = _page("<title>바람골프</title>",
               "<div class='logo'>바람골프</div>"
               f"<div class='newsTitle'>{HEADLINE}</div><div class='newsSubTitle'>대여소는 역 주변부터</div>"
               "<div class='newsWriter'>나들이 기자 &nbsp; 2024. 3. 5. 18:32</div>"
               f"<div class='newsContent'><p>{PARA}</p><p>{PARA2}</p></div>"
               "<div id='footer'>바람골프 | 발행·편집인 홍길동 | 등록 2011.03.02<br>ⓒ 2017 바람골프 All Rights Reserved</div>")
    assert ex.title == HEADLINE
    assert ex.published.startswith("2024-03-05")


def test_microdata_date_and_site_name_that_is_the_headline():
    ex = _page(f"<title>{HEADLINE} :: 바람 투데이</title>",
               "<div itemscope itemtype='https://schema.org/NewsArticle'>"
               "<meta itemprop='datePublished' content='2024-03-05T11:40:00+09:00'>"
               "<meta itemprop='dateModified' content='2024-03-06T10:00:00+09:00'>"
               f"<h2 itemprop='headline'>{HEADLINE}</h2><div>나들이 기자 | 2024년 3월 6일 수요일 (수정)</div>"
               f"<p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.published.startswith("2024-03-05") and ex.updated.startswith("2024-03-06")
    ex = _page(f"<title>{HEADLINE} | 바람웨이브</title>",
               f"<div class='logo'>바람웨이브</div><h3>{HEADLINE}</h3><p class='date'>발행일 2024.03.05 14:00</p>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>"
               "<div class='footer'>Copyright © 바람웨이브. 무단 복제 및 재배포를 금합니다.</div>")
    assert ex.outlet == "바람웨이브" and ex.title == HEADLINE


@pytest.mark.parametrize("attr, prefix", [("itemprop", ""), ("property", ""), ("property", "schema:")])
def test_schema_org_on_elements_in_microdata_or_rdfa(attr, prefix):
    """Microdata (`itemprop`) and RDFa (`property`, perhaps 'schema:'-prefixed) mark the same schema.org fields: the
    published time over the modified one printed after it, the publisher's name as the outlet, the author's name."""
    p = lambda name: f"{attr}='{prefix}{name}'"
    ex = _page("<title>기사 보기</title>",
               f"<article vocab='https://schema.org/' typeof='NewsArticle'><h2 {p('headline')}>{HEADLINE}</h2>"
               f"<span {p('author')}><span {p('name')}>한결내</span> 기자</span>"
               f"<time {p('datePublished')} datetime='2024-03-05T07:30:00+09:00'>3월 5일 07:30</time>"
               f"<meta {p('dateModified')} content='2024-03-06T11:20:00+09:00'>"
               f"<div {p('publisher')}><meta {p('name')} content='누리솔경제신문'></div>"
               f"<div {p('articleBody')}><p>{PARA}</p><p>{PARA2}</p></div></article>")
    assert ex.title == HEADLINE and ex.authors == ["한결내"]
    assert ex.published.startswith("2024-03-05") and ex.updated.startswith("2024-03-06")
    assert ex.outlet == "누리솔경제신문"


def test_a_publisher_without_a_name_names_no_outlet():
    ex = _page("<title>기사 보기</title>",
               f"<h1>{HEADLINE}</h1><div property='publisher'><link property='url' href='https://example.org/'></div>"
               f"<p property='name'>바람 한 줄</p><p>{PARA}</p><p>{PARA2}</p>")
    assert ex.outlet != "바람 한 줄"


def test_json_ld_time_in_utc_is_read_as_the_korean_day():
    ld = '{"@type":"NewsArticle","headline":"%s","datePublished":"%s"}'
    ex = _page(f"<title>{HEADLINE}</title><script type='application/ld+json'>{ld % (HEADLINE, '2024-03-04T16:30:00.000Z')}</script>",
               f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p>")
    assert ex.published == "2024-03-05T01:30:00+09:00"
    ex = _page(f"<title>{HEADLINE}</title><script type='application/ld+json'>{ld % (HEADLINE, '2024-03-04T16:30:00+09:00')}</script>",
               f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p>")
    assert ex.published == "2024-03-04T16:30:00+09:00"


def test_rows_of_buttons_and_of_labelled_dates_by_any_separator():
    from builder.rules.ko.article import _is_byline_node
    for line in ("인쇄 스크랩 공유", "인쇄|스크랩", "인쇄 | 스크랩 / 공유"):
        assert is_boilerplate(line), line
    assert not is_boilerplate("인쇄 " * 200 + "끝")
    for line in ("입력 2024.03.05 09:12 수정 2024.03.05 11:40", "입력 2024.03.05 09:12|수정 2024.03.05 11:40",
                 "입력 2024.03.05 09:12 | 수정 2024.03.05 11:40"):
        assert _is_byline_node(line), line
    assert not _is_byline_node("입력 2024.03.05 09:12 이후 시는 요금을 바꿨다")


# -- a dump copied from a print page (a 지면 PDF): its columns cut lines inside words --

PRINT_P1 = ("시가 지난달부터 동네 빵집의 새벽 배송비를 절반씩 지원하자 참여한 가게의 주문이 한 달 만에 두 배로 늘었다. "
            "시는 내년에 지원 대상을 전통시장 반찬 가게로 넓힐 계획이다.")
PRINT_P2 = "빵집 주인들은 배달 기사를 따로 두기 어려웠는데 지원 덕분에 새벽 손님을 잡을 수 있게 됐다고 말했다."
PRINT_P3 = "시는 다음 달 참여 가게를 더 모집할 예정이다."


def _column(text: str, width: int = 14) -> list[str]:
    """The text set in a column `width` characters wide, as a PDF's copy gives it: cut anywhere, no hyphen."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_print_page_dump_is_an_article_with_its_columns_joined_and_its_frame_read():
    ex = _dump("\n".join(["B03 2024년 9월 12일 목요일 경제 새봄일보", "", "골목 빵집 새벽 배송", "주문 두 배로 늘었다", "",
                          "동네 상권 살리기 시범 사업 첫 달", "참여 가게 마흔 곳으로", "", "한결내 기자 hkn@saebom.example", "",
                          *_column(PRINT_P1), *_column(" " + PRINT_P2), "", "3면에 계속", "", "새봄일보 B03 면      광고",
                          *_column(PRINT_P3)]))
    assert ex.title == "골목 빵집 새벽 배송 주문 두 배로 늘었다"
    assert ex.subheadings == ["동네 상권 살리기 시범 사업 첫 달", "참여 가게 마흔 곳으로"]  # (above the text: not a column)
    assert ex.outlet == "새봄일보" and ex.published == "2024-09-12" and ex.authors == ["한결내"]
    assert " ".join(ex.body_lines) == " ".join([PRINT_P1, PRINT_P2, PRINT_P3])
    check_article(ex.body_lines)


def test_a_break_inside_a_word_is_where_the_two_halves_make_one_word():
    from builder.rules.ko.columns import break_in_word
    for before, after in [("절반씩 지원", "하자 참여한"), ("두 배로 늘었", "다."), ("두 배로 늘었다", ". 시는"),
                          ("두 배로 넓히", "고 장날에는"), ("“배달 기사를 구하기 어렵", "다”고"), ("차량 1", "80대를 세울")]:
        assert break_in_word(before, after), (before, after)
    for before, after in [("동네 빵집의", "새벽 배송비를"), ("참여한", "가게의 주문이"), ("가게를 ", "더"),
                          ("무료 셔틀버스를 운행하기로", "했다고 밝혔다."), ("2024년 9월", "12일"),
                          ("입력 2024.06.03 21:40", "수정 2024.06.04 07:05")]:
        assert not break_in_word(before, after), (before, after)


def test_short_lines_of_a_poem_a_menu_a_list_or_steps_stay_as_they_are():
    from builder.rules.ko.columns import unwrapped
    for lines in (["바람이 불어오는 언덕에", "작은 꽃이 피었네", "누가 심지 않았어도", "봄은 어김없이 와서", "빈 들판을 채우네"],
                  ["오늘의 점심 메뉴", "된장찌개 정식", "제육볶음 덮밥", "비빔국수 곱빼기", "김치볶음밥 세트", "계란말이 추가"],
                  ["행사 안내", "일시 : 5월 3일 오후 2시", "장소 : 시민회관 대강당", "대상 : 초등학생 학부모", "참가비 : 무료"],
                  ["반죽을 치대고", "한 시간 재운 뒤", "밀대로 얇게 밀어", "칼로 가늘게 썰고", "끓는 물에 삶는다"],
                  # a pasted story's headline block: headline, sub-headline, dates and byline
                  ["초등 돌봄교실, 2학기부터 저녁까지 연장", "수요 많은 학교부터 단계적으로", "입력 2024.06.03 21:40",
                   "수정 2024.06.04 07:05", "한가온 기자"]):
        assert unwrapped(lines) == lines


def test_a_print_page_head_needs_a_page_mark_a_date_and_a_paper():
    from builder.rules.ko.article import print_page_head
    assert print_page_head("B03 2024년 9월 12일 목요일 경제 새봄일보") == ("새봄일보", "2024-09-12")
    assert print_page_head("2024년 9월 12일 목요일 12면 새봄일보") == ("새봄일보", "2024-09-12")
    assert print_page_head("B03 2024년 9월 12일 목요일 경제") == ("", "2024-09-12")  # the paper left to the foot
    for line in ("2024년 9월 12일 목요일 경제 새봄일보", "B03 2024년 9월 12일 시는 요금을 내렸다", "3 2024년 9월 12일 목요일",
                 "3 2024년 9월 12일 시는 요금을 새봄일보 내렸다"):
        assert print_page_head(line) is None, line


# -- metadata only some templates give: a meta title, microdata authors, a legal footer, a source line --

def test_meta_name_title_is_the_headline_over_a_board_title():
    ex = _page(f"<meta name='title' content='{HEADLINE}'><title>기사보기 &gt; 지역소식 | 누리별신문</title>",
               f"<h1>기사보기 &gt; 지역소식</h1><div id='con'><h2>“요금 낮춰 자전거 출근 늘었어요”</h2>{PARA}<br>{PARA2}</div>")
    assert ex.title == HEADLINE


def test_microdata_author_is_the_author():
    ex = _page(f"<title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><div class='rep'><span itemprop='author' itemscope><meta itemprop='name' content='한결내'>"
               f"</span></div><div itemprop='articleBody'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["한결내"]
    ex = _page(f"<title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><span itemprop='author'><span itemprop='name'>한결내</span> 기자</span><p>{PARA}</p><p>{PARA2}</p>")
    assert ex.authors == ["한결내"]


def test_legal_footer_names_the_outlet_beside_its_registration_fields():
    from builder.rules.ko.article import outlet_from_legal_footer
    ex = _dump("\n".join([HEADLINE, "", PARA, "", PARA2, "", "기사 공유하기",
                          "제호 : 누리별신문 | 등록번호 : 경기 아00000 | 발행인·편집인 : 한결내", "주소 : 경기도 모아시 중앙로 1"]))
    assert ex.outlet == "누리별신문"
    assert outlet_from_legal_footer(["제호: 누리별신문", "등록일 2019.03.02"]) == "누리별신문"
    assert outlet_from_legal_footer(["제호 : 누리별신문"]) is None  # no registration field beside it
    assert outlet_from_legal_footer(["신문의 제호는 창간 때 바뀌었다 | 발행인 한결내"]) is None


def test_latin_site_name_gives_way_to_the_korean_name_the_title_and_copyright_agree_on():
    body = f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p><p>Copyright © 바람 타임즈 All rights reserved.</p>"
    ex = _page(f"<title>바람 타임즈 | {HEADLINE}</title><meta property='og:site_name' content='Baram Times'>", body)
    assert ex.outlet == "바람 타임즈"
    ex = _page(f"<title>{HEADLINE}</title><meta property='og:site_name' content='Baram Times'>", body)
    assert ex.outlet == "Baram Times"  # only the copyright line names it in Korean: the page's own name stays


def test_a_site_carrying_a_press_story_it_credits_in_the_byline_gives_the_press():
    head = f"<title>{HEADLINE} : 모아연예</title><meta property='og:site_name' content='모아연예'>"
    ex = _page(head, f"<h2>{HEADLINE}</h2><div class='by'>누리스포츠 | 한가온 기자</div><p>{PARA}</p><p>{PARA2}</p>"
                     "<div class='origin'>기사 제공 누리스포츠</div>")
    assert ex.outlet == "누리스포츠"
    ex = _page(head, f"<h2>{HEADLINE}</h2><div class='by'>한가온 기자</div><p>{PARA}</p><p>{PARA2}</p>"
                     "<div class='origin'>기사 제공 누리스포츠</div>")
    assert ex.outlet == "모아연예"  # the byline does not name the press: the note alone proves nothing


def test_frameset_notice_labelled_menu_and_a_counter_row_under_the_outlet_tag_are_no_text():
    for line in ("이 페이지는 프레임을 지원하는 브라우저에서 보실 수 있습니다.", "자바스크립트를 켜야 이용하실 수 있습니다.",
                 "[메뉴] 처음으로 | 지역소식 | 의회 | 교육", "등록일 2024/06/03 (월) 13:40 조회수 412"):
        assert is_boilerplate(line), line
    for line in ("시는 새 누리집이 오래된 브라우저에서도 보일 수 있도록 프레임을 없앴다고 밝혔다.",
                 "메뉴는 처음으로 바뀌었다 | 지역 식당들이 반겼다 | 손님도 늘었다."):
        assert not is_boilerplate(line), line
    ex = _page("<title>소리마을뉴스</title>",
               f"<p>[메뉴] 처음으로 | 지역소식 | 의회 | 교육</p><h3>{HEADLINE}</h3>"
               f"<p>[소리마을뉴스] 등록일 2024/06/03 (월) 13:40 조회수 412</p><p>{PARA}</p><p>{PARA2}</p><p>한가온 객원기자</p>")
    assert ex.body_lines == [PARA, PARA2] and ex.authors == ["한가온"]


def test_a_layout_table_row_flattened_with_its_cell_bars_is_parted_into_its_blocks():
    ex = _page(f"<title>바람신문 - {HEADLINE}</title>",
               "<table><tr><td>뉴스 | 스포츠 | 연예 | 포토</td></tr></table>"
               f"<table><tr><td width='660'><font size='4'><b>{HEADLINE}</b></font><br>"
               f"<font size='2'>게재 일자 : 2024년 06월 03일(월)</font><br><br><font size='2'>{PARA}<br><br>{PARA2}<br><br>"
               "모아=한가온 기자 hangaon@baram.example<br></font><font size='1'>ⓒ 바람신문 - www.baram.example</font></td>"
               "<td width='300'><b>이 시각 주요뉴스</b><br>· 장날 셔틀버스 첫 운행<br><b>포토뉴스</b><br>· 시장 골목 풍경</td></tr></table>"
               "<table><tr><td>Copyright(c) 2003 바람신문사. All rights reserved.</td></tr></table>")
    assert ex.body_lines == [PARA, PARA2]
    assert ex.authors == ["한가온"] and ex.author_emails == ["hangaon@baram.example"] and ex.published == "2024-06-03"


def test_a_byline_and_the_copyright_run_together_are_parted():
    from builder.rules.ko.article import credit_then_copyright
    assert credit_then_copyright("모아=한가온 기자 hangaon@baram.example ⓒ 바람신문 - www.baram.example") == \
        ["모아=한가온 기자 hangaon@baram.example", "ⓒ 바람신문 - www.baram.example"]
    for line in ("시는 로고에 ⓒ 표시를 넣었다.", "한가온 기자의 사진 ⓒ 바람신문"):
        assert credit_then_copyright(line) == [line]


def test_the_note_on_a_columnist_under_the_column_is_no_text():
    from builder.rules.ko.article import writer_bio
    assert writer_bio("한가온 교수는 해오름 학회 이사로 활동하고 있으며 『골목의 시간』을 썼다.", "한가온")
    assert writer_bio("한가온 모아대 교수는 도시 연구자다.", "한가온 모아대 교수")
    assert not writer_bio("한가온 교수가 지난해 쓴 책은 골목을 다룬다.", "한가온")
    assert not writer_bio("시는 한가온 교수는 빠졌다고 밝혔다.", "한가온")
    # the name and post as the note's heading, then a sentence on the writer
    assert writer_bio("한가온 바람신문 논설위원. 골목 상권과 도시재생을 15년째 취재하고 있다.", "한가온")
    assert writer_bio("한가온 모아대 도시공학과 교수. 『골목의 시간』을 썼다.", "한가온")
    assert not writer_bio("한가온 교수가 말했다. 골목은 다시 살아난다.", "한가온")  # a sentence of the text
    assert not writer_bio("한가온. 그 이름을 기억하는 주민은 많지 않다.", "한가온")
    ex = _page(f"<title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><div class='writer'><strong>한가온 모아대 도시공학과 교수</strong></div>"
               f"<div class='view'><p>{PARA}</p><p>{PARA2}</p><p class='disclaimer'>※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.</p>"
               "<div class='writer_box'><p>한가온 교수는 해오름 학회 이사로 활동하고 있으며 『골목의 시간』을 썼다.</p></div></div>")
    assert ex.body_lines == [PARA, PARA2]


def test_a_title_naming_the_kind_of_page_gives_way_to_the_headline_the_page_shows():
    from builder.rules.ko.article import names_the_page
    for title in ("보도자료 상세 | 알림소식", "기사보기 > 지역뉴스", "뉴스 상세보기 - 정책소식", "본문 | 새소식"):
        assert names_the_page(title), title
    for title in (HEADLINE, "상세한 보고서 나왔다 | 정책", "보기 드문 한파 | 사회"):
        assert not names_the_page(title), title
    ex = _page("<title>보도자료 상세 | 알림소식 | 모아부</title>",
               "<ul class='gnb'><li>정책정보</li><li>알림소식</li><li>기관소개</li></ul>"
               f"<div class='board_view'><h4 class='tit'>{HEADLINE}</h4><table class='info'><tr><th>보도일시</th>"
               f"<td>2024. 3. 5.(화) 11:00</td></tr></table><div class='view_cont'><p>{PARA}</p><p>{PARA2}</p></div></div>")
    assert ex.title == HEADLINE


def test_footer_fields_parted_by_slashes_and_the_issuer_box_under_a_release_are_no_text():
    assert is_boilerplate("주소 : 경기도 모아시 모아로 1 / 발행인 : 한가온 Copyrights ⓒ 1998-2024 바람신문 All rights reserved.")
    assert not is_boilerplate("새 주소: 모아로 1번지, 새 발행인: 한가온 대표라고 신문사는 밝혔다.")  # a sentence of the text
    ex = _dump("\n".join([HEADLINE, "입력 2024.06.03 08:10", "", PARA, "", PARA2, "", "누리에너지 개요",
                          "누리에너지는 2015년 설립된 에너지 저장 기업이다. 본사는 모아시에 있다."]))
    assert ex.body.endswith(PARA2)
    ex = _dump("\n".join([HEADLINE, "입력 2024.06.03 08:10", "", PARA, "", "사업 개요", "", PARA2]))
    assert PARA2 in ex.body  # a section's heading inside the text: no box about its issuer follows


def test_a_hub_carrying_a_press_story_names_the_press_by_its_logo_and_copyright():
    head = f"<title>누리허브 - 세상의 소식</title><meta property='og:site_name' content='누리허브'><meta property='og:title' content='{HEADLINE}'>"
    logo = "<div class='press-area'><a class='press-logo'><img src='/p/1.png' alt='하늘경제'></a></div>"
    story = f"<h2>{HEADLINE}</h2><div class='view'><p>{PARA}</p><p>{PARA2}</p><p>한가온 기자</p></div>"
    ex = _page(head, logo + story + "<div class='copy'>Copyright ⓒ 하늘경제. All rights reserved.</div>")
    assert ex.outlet == "하늘경제"
    ex = _page(head, logo + story + "<div class='copy'>Copyright ⓒ 누리허브. All rights reserved.</div>")
    assert ex.outlet == "누리허브"


def test_a_board_page_name_menu_path_and_counters_above_the_text_are_no_subheadings():
    ex = _page(f"<meta name='title' content='{HEADLINE}'><title>기사보기 &gt; 지역소식 | 누리별신문</title>",
               "<h1>기사보기 &gt; 지역소식</h1><section><h2>사회 &gt; 지역</h2><strong>댓글 0건</strong></section>"
               f"<div id='con'><h2>“요금 낮춰 자전거 출근 늘었어요”</h2>{PARA}<br>{PARA2}</div>")
    assert ex.subheadings == ["요금 낮춰 자전거 출근 늘었어요"]  # (a quoted sub-headline loses its marks)


# -- a PDF turned into HTML line by line (pdftohtml): every printed line an absolutely placed <p>, the <title> the
# file's name and <meta name="date"> the file's creation; the headline is the longest run set larger than the text --

def _pdf_page(lines: list[tuple[str, int, str]], generator: str = "pdftohtml 0.86.1") -> str:
    ps = "".join(f'<p style="position:absolute;top:{top}px;left:108px;white-space:nowrap" class="{cls}">{text}</p>'
                 for cls, top, text in lines)
    return ("<html><head><title>release_final(3).pdf</title>"
            f'<meta name="generator" content="{generator}"/><meta name="author" content="홍보실"/>'
            '<meta name="date" content="2025-03-03T18:02:11+09:00"/>'
            "<style>.ft00{font-size:28px;}.ft01{font-size:22px;}.ft02{font-size:15px;}</style></head>"
            f'<body><div id="page1-div" style="position:relative;">{ps}</div></body></html>')


PDF_LINES = [("ft00", 98, "보도자료"), ("ft02", 130, "배포일시: 2025. 3. 4.(화) 10:00"),
             ("ft02", 174, "담당: 홍보실 하누리 과장 (02-000-0142) / 이메일 press@solmoa.example"),
             ("ft01", 230, "솔모아식품, 못난이 채소 가공 공장 준공…"), ("ft01", 262, "하루 30톤 처리"),
             ("ft02", 310, "- 농가 300곳과 계약, 버려지던 채소를 즙과 분말로"),
             ("ft02", 380, "솔모아식품(대표 하늘채)은 4일 충청남도 한 농공단지에서 못난이 채소 가공 공장의"),
             ("ft02", 402, "준공식을 열었다고 밝혔다."),
             ("ft02", 440, "새 공장은 모양이 고르지 않아 팔리지 않던 채소를 즙과 분말로 만든다. 회사는"),
             ("ft02", 462, "올해 안에 계약 농가를 500곳으로 늘릴 계획이다."),
             ("ft02", 520, "# # #"), ("ft02", 560, "※ 첨부: 준공식 사진 2매"), ("ft02", 1200, "- 1 -")]


def test_a_pdftohtml_release_reads_its_printed_headline_date_and_paragraphs():
    ex, _lang, _rules = refined(extract_html(_pdf_page(PDF_LINES)))
    assert ex.title == "솔모아식품, 못난이 채소 가공 공장 준공…하루 30톤 처리"
    assert ex.published.startswith("2025-03-04")  # the printed 배포일시, not the file's date (the 3rd)
    assert "솔모아식품(대표 하늘채)은 4일 충청남도 한 농공단지에서 못난이 채소 가공 공장의 준공식을 열었다고 밝혔다." in ex.body_lines
    assert ex.outlet == "솔모아식품"  # the issuer, as the release opens
    assert "홍보실" not in ex.authors
    for gone in ("# # #", "첨부", "- 1 -", "02-000-0142", ".pdf"):
        assert gone not in ex.body


def test_a_page_with_placed_lines_from_another_generator_is_read_as_a_page():
    """Near miss: the same markup not made by a PDF converter keeps the page's own <title> and dates."""
    ex = extract_html(_pdf_page(PDF_LINES, generator="Moa CMS 4.2"))
    assert ex.title != "솔모아식품, 못난이 채소 가공 공장 준공…하루 30톤 처리" and ex.published.startswith("2025-03-03")


# -- an export of a newsroom's draft (a Notion-like page): a table of fields (작성자, 출고일, 매체, 상태) above the text,
# an editor's memo under it --

def _fields_page(rows: list[tuple[str, str]], after: str = "<p>편집자 메모: 사진은 기획팀 제공, 3면 배치</p>") -> str:
    table = "".join(f"<tr><th><span class='icon'>📌</span>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><article><header>"
            f"<h1 class='page-title'>{HEADLINE}</h1><table class='properties'><tbody>{table}</tbody></table></header>"
            f"<div class='page-body'><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p><p>하누리 기자 hanuri@solbit.example</p>"
            f"<hr/>{after}</div></article></body></html>")


FIELD_ROWS = [("작성자", "하누리"), ("출고일", "<time>@2025년 3월 4일 오전 10:20</time>"), ("매체", "솔빛골일보"),
              ("상태", "출고완료"), ("태그", "교통"), ("최종 편집 일시", "<time>@2025년 3월 5일 오후 6:47</time>")]


def test_a_table_of_fields_gives_the_outlet_and_leaves_the_text():
    ex, _lang, _rules = refined(extract_html(_fields_page(FIELD_ROWS)))
    assert ex.outlet == "솔빛골일보" and ex.title == HEADLINE
    assert ex.body_lines[0] == PARA
    for gone in ("출고완료", "최종 편집 일시", "| 매체", "편집자 메모", "3면 배치"):
        assert gone not in ex.body and not any(gone in h for h in ex.subheadings)


def test_a_two_row_table_and_a_data_table_stay_text():
    """Near misses: a table of two rows, and one whose rows are not label and value, are no fields table."""
    from builder.extract.html import field_table_lines
    from trafilatura.utils import load_html
    assert not field_table_lines(load_html(_fields_page(FIELD_ROWS[:2])))
    data = ("<html><body><table><tr><th>구분</th><th>2024년</th><th>2025년</th></tr><tr><td>요금</td><td>1천원</td>"
            "<td>1천500원</td></tr><tr><td>대여소</td><td>200곳</td><td>400곳</td></tr></table></body></html>")
    assert not field_table_lines(load_html(data))
    assert not is_boilerplate("편집자들이 메모를 남겼다는 사실이 알려졌다.")


# -- a web archive's banner over a saved page, a loading placeholder left in a script-filled page --

ARCHIVE_AND_LOADING_LINES = [
    "| archive.today webpage capture | Saved from  search 3 Feb 2025 11:02:41 UTC | All snapshots from host www.moa.example |",
    "Webpage Screenshot | share download .zip report bug or abuse Buy me a coffee",
    "The Wayback Machine - https://www.moa.example/news/1",
    "1,204 captures 3 Mar 2019 - 12 Jan 2026",
    "기사를 불러오는 중입니다…", "본문 로딩 중...", "잠시만 기다려 주세요.", "Loading…",
]
NOT_ARCHIVE_OR_LOADING = [
    "시 문화재단은 옛 신문 지면을 웹페이지로 옮겨 누구나 볼 수 있게 했다고 밝혔다.",
    "전력 수요가 몰리면서 발전소 열 곳이 출력을 불러오는 중이라고 전력거래소가 설명했다.",
    "잠시만 기다려 달라는 안내 방송이 30분 넘게 이어졌다.",
]


def test_archive_banner_and_loading_placeholder_lines_are_boilerplate():
    assert all(is_boilerplate(ln) for ln in ARCHIVE_AND_LOADING_LINES)
    assert not any(is_boilerplate(ln) for ln in NOT_ARCHIVE_OR_LOADING)


# -- a text dump's section menu in brackets above the headline, and a call to share the story under the text --

def test_a_bracketed_section_menu_above_a_dumps_headline_is_no_title():
    ex = _dump("\n".join(["바람일보 - 생활 전문", "[홈] [생활] [교통] [문화] [포토]", "검색 | 로그인", "", "생활 > 교통", "",
                          HEADLINE, "", "2024년 3월 5일 오전 9시 10분", "", PARA, "", PARA2, "", "나들이 기자 (nadeuli@baram.example)",
                          "", "이 기사를 공유하세요: 페이스북 | 엑스 | 밴드", "", "© 바람일보. 무단 전재 및 재배포 금지."]))
    assert ex.title == HEADLINE
    assert "공유하세요" not in ex.body and "[홈]" not in ex.body


def test_a_bracketed_tag_before_a_headline_and_a_sentence_about_sharing_stay():
    assert not is_boilerplate("[단독] [속보] 시의회 예산안 부결")
    assert not is_boilerplate("이 기사를 공유한 독자가 하루 만에 1만 명을 넘었다.")
    assert not is_boilerplate("공유하기 어렵다는 지적이 나왔다.") and not is_boilerplate("공유하기 위해 자료를 모았다")
    assert is_boilerplate("[홈] [생활] [교통] [문화] [포토]") and is_boilerplate("기사 공유하기")
    assert is_boilerplate("공유하기  페이스북  X  밴드  URL복사")


def test_a_firm_with_its_head_in_brackets_is_the_outlet_only_when_none_is_named():
    """Near miss: a newspaper's story opening the same way keeps the newspaper as the outlet."""
    ex = _dump("\n".join(["[바람일보] " + HEADLINE, "", "솔모아식품(대표 하늘채)는 5일 새 공장을 짓는다고 밝혔다. " + PARA, "", PARA2,
                          "", "나들이 기자 nadeuli@baram.example"]))
    assert ex.outlet == "바람일보"


def test_a_latest_stories_box_under_a_sections_name_ends_the_text():
    from builder.rules.ko.article import is_end_marker
    assert is_end_marker("산·강 최신기사") and is_end_marker("교통 최신 뉴스") and is_end_marker("경제 많이 본 뉴스")
    assert not is_end_marker("최신 기사에 따르면 올해 관광객은 20% 늘었다.")


def test_a_document_file_name_is_no_headline():
    assert clean_title("release_final(3).pdf", None) is None and clean_title("보도자료 0304 최종.hwp", None) is None
    assert clean_title("새 PDF 뷰어 3.0 출시…문서 편집 빨라진다", None) == "새 PDF 뷰어 3.0 출시…문서 편집 빨라진다"


# -- a word processor's "save as web page": namespaces on <html> (their addresses hold '2004/12'), every run of one
# language in its own <span>; the print edition's date line ('2025년 4월 15일자 12면') --

def _word_page(generator: str = "Microsoft Word 15") -> str:
    run = lambda t: f"<span lang=EN-US>{t}</span>"  # noqa: E731
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml">'
            f"<head><meta charset='utf-8'><meta name=Generator content=\"{generator}\"><title>기사 원고</title></head><body>"
            f"<p class=MsoNormal>[바람일보] {run('2025')}년 {run('4')}월 {run('15')}일자 {run('12')}면</p>"
            f"<p class=MsoTitle>{HEADLINE}</p><p class=MsoSubtitle>요금 {run('50')}% 인하, 대여소 {run('200')}곳 추가</p>"
            f"<p class=MsoNormal>나들이 기자</p><p class=MsoNormal>{PARA}</p><p class=MsoNormal>{PARA2}</p></body></html>")


def test_a_word_processors_web_page_reads_its_edition_date_and_whole_lines():
    ex, _lang, _rules = refined(extract_html(_word_page()))
    assert ex.published == "2025-04-15"  # the edition's date, not the namespace's 2004/12
    assert "요금 50% 인하, 대여소 200곳 추가" in ex.subheadings + ex.body_lines
    assert "50" not in ex.subheadings


def test_a_date_before_a_page_number_without_the_edition_mark_is_no_edition_date():
    from builder.rules.ko.article import EDITION_DATE
    assert EDITION_DATE.search("2025년 4월 15일자 A12면") and EDITION_DATE.search("2025.04.15자 3면")
    assert not EDITION_DATE.search("2025년 4월 15일 12면 광고")


# -- a copy out of a PDF viewer of a print page: paragraphs wrapped between words at a narrow width, the page's running
# head repeated, its number and foot, a note sending the reader on --

WRAPPED_COPY = """바람일보                2024년 3월 5일 화요일                  사회

공공자전거 대여소 200곳 늘린다
하반기부터 요금 절반

시는 올해 하반기부터 공공자전거 대여
요금을 절반으로 낮추기로 했다.

시 관계자는 이용자가 꾸준히 늘고 있다고
설명했다. 지난해 이용 건수는 120만 건으로
한 해 전보다 30% 늘었다. 이용자 가운데
절반은 출퇴근 시간에 자전거를 빌렸다.

대여소는 지하철역과 버스 정류장 주변에
먼저 들어선다. 시는 자전거 도로 20㎞를
새로 깔고 보관대도 늘릴 계획이라고
덧붙였다. 다만 인도 폭이 좁은 곳에서는

- 4 -
바람일보 구독문의 02-000-4455 · 광고문의 02-000-4456

바람일보                2024년 3월 5일 화요일                  경제

(4면에서 이어짐)

보행자와 부딪히는 사고가 잦아 안전
대책이 먼저라는 목소리도 나온다.

시민단체는 환영하면서도 요금을 낮추는
만큼 정비 인력도 늘려야 한다고 말했다.

나들이 기자 nadeuli@baram.example
"""


def test_a_pdf_viewers_wrapped_copy_is_read_as_paragraphs():
    ex = _dump(WRAPPED_COPY, "baram_pdfview_p4-5.txt")
    assert ex.title == "공공자전거 대여소 200곳 늘린다" and ex.outlet == "바람일보" and ex.published == "2024-03-05"
    assert "시 관계자는 이용자가 꾸준히 늘고 있다고 설명했다. 지난해 이용 건수는 120만 건으로 한 해 전보다 30% 늘었다. " \
           "이용자 가운데 절반은 출퇴근 시간에 자전거를 빌렸다." in ex.body_lines
    for gone in ("- 4 -", "구독문의", "이어짐", "경제"):
        assert gone not in ex.body


def test_a_dump_of_one_line_paragraphs_and_a_short_poem_block_is_left_as_it_is():
    """Near miss: fewer wrapped paragraphs than the rule asks (a quoted verse) stay line by line."""
    from builder.rules.ko.columns import unwrapped
    lines = [PARA, "", "봄이 오면 골목마다", "꽃이 피고 새가 운다.", "", PARA2]
    assert unwrapped(lines) == lines


# -- a dump whose first line is the site's name and its slogan ('모아경제 - 빠르고 정확한 경제뉴스'), a menu under it --

SLOGAN_LINES = ["바람일보 - 빠르고 바른 생활뉴스", "바람교육신문 | 교육이 바뀌면 내일이 바뀝니다", "바람누리 : 동네를 잇는 소식"]


@pytest.mark.parametrize("first", SLOGAN_LINES)
def test_a_dumps_site_name_and_slogan_line_is_no_headline(first):
    ex = _dump("\n".join([first, "HOME | 생활 | 교통 | 문화 | 포토", "", HEADLINE, "", "입력 2024-03-05 09:10", "",
                          "[이 기사를 공유합니다]  카카오톡  페이스북  X", "", PARA, "", PARA2, "", "나들이 기자",
                          "", first.split()[0] + " | 모아시 중앙로 1 | 등록일 2015.03.02"]))
    assert ex.title == HEADLINE
    assert "공유합니다" not in ex.body


# ... and the slogan first, the site's name after it, set apart by a wide space or a separator, as a logo prints them
SLOGAN_FIRST_LINES = ["골목과 사람을 잇는 신문  바람소식", "빠르고 바른 생활뉴스 | 바람일보", "동네의 목소리를 듣는 언론  바람누리"]


@pytest.mark.parametrize("first", SLOGAN_FIRST_LINES)
def test_a_dumps_slogan_then_site_name_line_is_no_headline(first):
    name = first.split()[-1]
    ex = _dump("\n".join([first, "뉴스 | 생활 | 사람들 | 오피니언", HEADLINE, "2024년 03월 05일 (화) 09:10:07", "",
                          PARA, "", PARA2, "", "< 저작권자 © " + name + " 무단전재 및 재배포금지 >"]))
    assert ex.title == HEADLINE


def test_a_headline_ending_in_a_wide_space_and_a_word_stays_the_headline():
    """Near miss: a first line of a headline whose last word no outlet's ending or last line confirms."""
    ex = _dump("\n".join(["시청 앞 광장에 주말마다  장터", "", PARA, "", PARA2]))
    assert ex.title == "시청 앞 광장에 주말마다  장터"


def test_a_dumps_first_line_naming_its_site_beside_the_headline_stays_the_headline():
    """Near miss: a first line whose name no outlet's ending or last line confirms is read as before (the headline)."""
    ex = _dump("\n".join(["시청 앞 광장 - 주말마다 장터 연다", "", PARA, "", PARA2]))
    assert ex.title == "시청 앞 광장 - 주말마다 장터 연다"


def test_a_dateline_with_buttons_and_a_copyright_sentence_with_its_mark():
    from builder.rules.ko.article import is_end_marker
    assert is_boilerplate("2024-03-05 09:10 | 기사 URL 복사") and is_boilerplate("기사 링크 복사")
    assert is_end_marker("본 기사의 무단 복제·배포를 금합니다. ⓒ 바람일보")
    assert not is_boilerplate("2024-03-05 09:10 | 사회부")


def test_a_dumps_dateline_with_a_button_still_dates_it():
    ex = _dump("\n".join(["바람일보", "", HEADLINE, "", "2024-03-05 09:10 | 기사 URL 복사", "", PARA, "", PARA2, "",
                          "본 기사의 무단 복제·배포를 금합니다. ⓒ 바람일보"]))
    assert ex.published == "2024-03-05T09:10:00+09:00" and "URL 복사" not in ex.body and "무단 복제" not in ex.body


def test_a_link_to_the_original_story_is_boilerplate():
    assert is_boilerplate("원문 보기: https://www.baram.example/article/1") and is_boilerplate("기사 원문 링크 https://baram.example/1")
    assert not is_boilerplate("원문은 시청 누리집에서 볼 수 있다고 시는 밝혔다.")


# -- page shapes of round 17: a clipper's header, tabbed and paged texts, a magazine's issue box, a series' list,
# an interview set as a definition list in a layout table --

def test_a_clippers_source_line_is_boilerplate():
    for line in ["클리핑한 원본: <https://www.moa.example/news/view/1>", "Clipped from: https://moa.example/a/1",
                 "원본 주소: https://moa.example/a/1"]:
        assert is_boilerplate(line), line
    for line in ["시는 원본 주소를 공개하지 않았다.", "원본 주소는 https://moa.example/a/1 이라고 시는 밝혔다."]:
        assert not is_boilerplate(line), line


@pytest.mark.parametrize("path", ["솔내일보 > 사회 > 복지", "홈 › 뉴스 › 지역 › 충청"])
def test_a_pages_breadcrumb_above_its_text_is_dropped_and_below_it_kept(path):
    from builder.rules.ko.article import without_breadcrumb
    assert without_breadcrumb([path, HEADLINE, PARA, PARA2]) == [HEADLINE, PARA, PARA2]
    assert without_breadcrumb([HEADLINE, PARA, path, PARA2]) == [HEADLINE, PARA, path, PARA2]
    assert without_breadcrumb(["정치 > 경제", PARA]) == ["정치 > 경제", PARA]  # two steps: a menu's, not a path


def test_arrows_between_short_words_inside_a_text_stay():
    """Near miss: a line of steps between arrows under the first paragraph (a ranking, a flow) is text."""
    ex = _page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>수도권 > 영남 > 호남</p><p>{PARA2}</p>")
    assert "수도권 > 영남 > 호남" in ex.body


def test_links_between_the_tabs_of_a_paged_text_are_boilerplate():
    for line in ["다음 페이지 ▶", "◀ 이전 페이지", "◀ 이전 페이지 다음 페이지 ▶", "< 이전 장", "다음 쪽 >"]:
        assert is_boilerplate(line), line
    for line in ["다음 페이지에서 자세한 일정을 확인할 수 있다.", "이전 페이지의 표와 같은 방식으로 집계했다."]:
        assert not is_boilerplate(line), line


def test_an_issues_other_stories_and_a_series_list_end_the_text():
    for line in ["이번 호 다른 기사", "이번 호 다른 기사 골목 빵집의 새벽 [서평] 겨울 숲의 편지", "이번 호 주요 기사",
                 "연재 목록", "시리즈 순서"]:
        assert is_end_marker(line), line
    for line in ["이번 호에는 다른 기사보다 사진을 많이 실었다.", "연재 목록을 정리하는 데만 한 달이 걸렸다."]:
        assert not is_end_marker(line), line


TABBED = ("<title>{h}</title>", "<h1>{h}</h1><p>글·사진 도해랑 기자</p><section><p>{p1}</p><a href='#p2'>다음 페이지 ▶</a></section>"
          "<section hidden><p>{p2}</p><a href='#p1'>◀ 이전 페이지</a><p>도해랑 기자 haerang@moa.example</p></section>"
          "<div class='series'><ol>{items}</ol></div>")


@pytest.mark.parametrize("items", [["① 종점이 옮겨 간 마을", "② 밤 열 시의 정류장", "③ 장날만 서는 버스"],
                                   ["1. 골목 빵집의 새벽", "2. 겨울 숲의 편지"]])
def test_a_tabbed_text_keeps_every_panel_and_drops_the_links_and_the_list_under_the_sign_off(items):
    head, body = TABBED
    ex = _page(head.format(h=HEADLINE), body.format(h=HEADLINE, p1=PARA, p2=PARA2,
                                                    items="".join(f"<li>{i}</li>" for i in items)))
    assert PARA in ex.body and PARA2 in ex.body and ex.author_emails == ["haerang@moa.example"]
    assert "페이지" not in ex.body and items[0] not in ex.body and items[-1] not in ex.body


def test_a_numbered_list_of_sentences_after_the_text_stays():
    """Near miss: a numbered list that holds sentences, or one with no sign-off above it, is text."""
    items = ["① 대여소는 역 앞에 먼저 들어선다.", "② 요금은 절반으로 내린다."]
    ex = _page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p><p>도해랑 기자 haerang@moa.example</p>"
               + "".join(f"<p>{i}</p>" for i in items))
    assert items[0] in ex.body and items[1] in ex.body
    ex = _page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p>"
               "<ol><li>① 역 앞 대여소</li><li>② 버스 정류장 대여소</li></ol>")
    assert PARA2 in ex.body


QA = [("Q. 왜 자전거였나요?", "A. 동네 골목이 좁아서 차로는 못 다니는 곳이 많습니다. 자전거라면 어르신 댁 문 앞까지 갈 수 있죠."),
      ("Q. 올해 계획은요?", "A. 대여소를 두 곳 더 열고, 고친 자전거를 학생들에게 싼값에 빌려주려고 합니다. 벌써 신청이 들어와요.")]


def test_an_interview_in_a_definition_list_inside_a_layout_table_keeps_its_text():
    qa = "".join(f"<dt>{q}</dt><dd>{a}</dd>" for q, a in QA)
    page = (f"<html><head><meta charset='utf-8'><title>솔내매거진 - 제12호</title></head><body>"
            f"<table><tr><td><b>솔내매거진</b></td><td>정기구독 | 지난호 보기</td></tr></table>"
            f"<table><tr><td><h2>[인터뷰] {HEADLINE}</h2><p>정리=도해랑 기자</p><p>{PARA} {PARA2}</p><dl>{qa}</dl>"
            f"<p>도해랑 기자 haerang@moa.example</p></td></tr></table>"
            f"<table><tr><td><b>이번 호 다른 기사</b><br><a href='/2'>골목 빵집의 새벽</a></td></tr></table></body></html>")
    ex, _lang, _rules = refined(extract_html(page))
    assert all(q in ex.body and a in ex.body for q, a in QA) and PARA in ex.body and "빵집" not in ex.body


def test_a_definition_list_of_short_fields_stays_out_and_a_data_table_stays_a_table():
    """Near miss: a <dl> of short fields (a fact box) is not turned into text, a table of figures stays a table."""
    page = ("<html><head><meta charset='utf-8'><title>t</title></head><body><h1>" + HEADLINE + "</h1><p>" + PARA + "</p>"
            "<dl><dt>기간</dt><dd>7월까지</dd><dt>장소</dt><dd>시청 앞</dd></dl><p>" + PARA2 + "</p>"
            "<table><tr><th>구</th><th>대여소</th></tr><tr><td>동구</td><td>40</td></tr></table></body></html>")
    from builder.extract.html import load_html, unwrap_layout
    tree = load_html(page)
    unwrap_layout(tree)
    assert tree.xpath("//dl") and tree.xpath("//table")


# -- a board's or a notice column's list-and-view page: the board's name is declared, the opened item is shown --

def _board(title: str, heading: str, rows: str, info: str, foot: str = "") -> str:
    return (f"<title>{title} | 갈대숲신문</title><meta property='og:site_name' content='갈대숲신문'>"
            f"<meta property='og:title' content='{title}'>",
            f"<div class='board'><h2>{title}</h2><p class='guide'>소식을 알리려면 글쓰기 버튼을 눌러 주세요. 게재는 무료입니다.</p>"
            f"<table><tr><th>번호</th><th>제목</th><th>등록일</th></tr>{rows}</table>"
            f"<div class='board-view'><h3 class='view-title'>{heading}</h3><p class='view-info'>{info}</p>"
            f"<div class='view-content'><p>{PARA}</p><p>{PARA2}</p></div><p class='view-foot'>{foot}</p></div></div>")


def test_board_name_gives_way_to_the_opened_items_heading_and_its_list_goes():
    heading = "[인사] 갈대숲시 도시교통국장에 모해든 전 기획조정실장"
    rows = (f"<tr><td>88</td><td><a href='/b/88'>{heading}</a></td><td>2025-05-20</td></tr>"
            "<tr><td>87</td><td><a href='/b/87'>[인사] 갈대숲시 과장급 전보</a></td><td>2025-05-19</td></tr>")
    ex = _page(*_board("인사 게시판", heading, rows, "등록일 2025-05-20 09:40 | 정리 편아람 기자 | 조회 77",
                       "갈대숲신문은 기관의 인사 소식을 무료로 싣습니다. 문의 031-000-0000"))
    assert ex.title == heading
    assert ex.authors == ["편아람"] and ex.published == "2025-05-20T09:40:00+09:00"
    assert "과장급 전보" not in ex.body and "글쓰기 버튼" not in ex.body and "무료로 싣습니다" not in ex.body
    assert ex.body.startswith(PARA[:20])


def test_short_column_name_the_heading_opens_with_as_its_tag():
    head = ("<title>바로잡습니다 - 갈대숲신문</title><meta property='og:title' content='바로잡습니다'>"
            "<meta property='og:site_name' content='갈대숲신문'>")
    body = (f"<h2>[바로잡습니다] 5월 20~21일자 기사 정정</h2><p class='meta'>갈대숲신문 독자센터 · 게시 2025년 5월 22일 10:00</p>"
            f"<p>{PARA}</p><p>{PARA2}</p><p>독자센터 전화 031-000-0000 · 이메일 reader@galdae.example</p>"
            "<div><h3>지난 바로잡습니다</h3><ul><li><a href='/c/1'>[바로잡습니다] 5월 13일자 기사 정정</a> 2025.05.14</li></ul></div>")
    ex = _page(head, body)
    assert ex.title == "[바로잡습니다] 5월 20~21일자 기사 정정"
    assert ex.published == "2025-05-22T10:00:00+09:00"
    assert "독자센터 전화" not in ex.body


def test_declared_headline_is_kept_on_pages_that_are_no_board():
    # near misses: a declared headline that names no board, and a heading tagged with another word
    head = f"<title>{HEADLINE} - 갈대숲신문</title><meta property='og:title' content='{HEADLINE}'>"
    ex = _page(head, f"<h1>{HEADLINE}</h1><h3>[알림] 갈대숲신문 창간 20주년 기념 독자 사진전</h3><p>{PARA}</p><p>{PARA2}</p>")
    assert ex.title == HEADLINE


def test_board_contact_and_guide_lines_are_boilerplate():
    assert is_boilerplate("독자센터 전화 02-000-0000 · 이메일 reader@galdae.example")
    assert is_boilerplate("고객센터 문의 1588-0000")
    assert is_boilerplate("부고는 무료로 실어 드립니다. 문의 031-000-0000")
    assert is_boilerplate("부고를 알리려면 부고 신청 버튼을 눌러 주세요.")
    # near misses: an event's details in its last paragraph, a sentence about a desk
    assert not is_boilerplate("축제는 20일부터 사흘간 열리며 입장은 무료다. 문의 031-000-0000")
    assert not is_boilerplate("시는 시민 불편을 줄이려고 독자센터 전화 상담 시간을 두 배로 늘렸다고 밝혔다.")


# -- a text-only (accessible) edition: labelled title line, marks where the text starts and ends --

def test_text_only_edition_title_label_and_text_marks():
    head = "<title>갈대숲신문 텍스트 전용 서비스 - 기사 보기</title>"
    body = (f"<p>분류: 지역 &gt; 강원</p><p>제목: {HEADLINE}</p><p>작성자: 편아람 기자</p><p>작성일: 2025년 5월 22일 오전 9시 10분</p>"
            f"<p>본문 시작</p><p>{PARA}</p><p>{PARA2}</p><p>본문 끝</p><p>사진 1장 있음. 사진 설명: 대여소 앞 모습.</p>")
    ex = _page(head, body)
    assert ex.title == HEADLINE
    assert "본문 끝" not in ex.body and "사진 설명" not in ex.body and "본문 시작" not in ex.subheadings
    assert is_end_marker("[기사 본문 끝]") and is_end_marker("- 본문 종료 -")
    assert is_boilerplate("본문 시작")
    # near misses: a sentence that speaks of a text's end; a headline that names a title
    assert not is_end_marker("그는 본문 끝에 짧은 메모를 남겼다고 설명했다.")
    ex = _page(f"<title>{HEADLINE} - 갈대숲신문</title>", f"<h1>제목: 짧음</h1><p>{PARA}</p><p>{PARA2}</p>")
    assert ex.title != "짧음"


def test_author_email_declared_only_in_json_ld():
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s", '
          '"author": {"@type": "Person", "name": "편아람", "email": "mailto:aram@galdae.example"}, '
          '"datePublished": "2025-05-22T09:10:00+09:00", "publisher": {"@type": "Organization", "name": "갈대숲신문"}}') % HEADLINE
    ex = _page(f"<title>{HEADLINE}</title><script type='application/ld+json'>{ld}</script>",
               f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p>")
    assert ex.author_emails == ["aram@galdae.example"] and ex.authors == ["편아람"]
    # near miss: the publisher's address is no author's
    ld2 = ld.replace(', "email": "mailto:aram@galdae.example"', "").replace('"name": "갈대숲신문"',
                                                                            '"name": "갈대숲신문", "email": "desk@galdae.example"')
    ex = _page(f"<title>{HEADLINE}</title><script type='application/ld+json'>{ld2}</script>",
               f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p>")
    assert "desk@galdae.example" not in ex.author_emails


# -- a newsletter e-mail: its lead story under a section label, inside layout-table cells --

def _letter(label: str, credit: str) -> str:
    cell = "<tr><td style='padding:0 24px'>{}</td></tr>"
    rows = [cell.format("<a href='https://letter.example/v/1'>웹에서 보기</a>"),
            cell.format("갈대숲 아침레터 제88호 · 2025년 5월 22일(목)"),
            cell.format("구독자님, 좋은 아침입니다. 오늘은 자전거 소식을 먼저 전해 드립니다."),
            cell.format(label), cell.format(HEADLINE), cell.format(credit),
            cell.format(PARA), cell.format(PARA2),
            cell.format("<a href='https://galdae.example/n/1'>기사 전문 보기</a>"),
            cell.format("<b>함께 읽을 만한 글</b><br>• 봄철 산책로 추천<br>• 주말 무료 공연 세 곳"),
            cell.format("이 메일은 갈대숲 아침레터 구독을 신청하신 분께 발송됩니다.<br>수신거부 | 구독 정보 변경")]
    return f"<table width='100%'><tr><td><table width='640'>{''.join(rows)}</table></td></tr></table>"


def test_newsletter_lead_story_under_its_section_label():
    for label in ("오늘의 기사", "주요 뉴스"):
        ex = _page("<title>[갈대숲 아침레터] 5월 22일 목요일</title>",
                   _letter(label, "글 편아람 기자 · aram@galdae.example · 갈대숲신문 2025.05.22"))
        assert ex.title == HEADLINE and ex.authors == ["편아람"] and ex.outlet == "갈대숲신문"
        assert ex.author_emails == ["aram@galdae.example"]
        assert "좋은 아침" not in ex.body and "함께 읽을 만한" not in ex.body and "봄철 산책로" not in ex.body
        assert ex.body.startswith(PARA[:20])


def test_list_label_over_teasers_still_ends_the_text():
    # near miss: '관련 기사' over another story's title and teaser (no credit line between them) is a list
    ex = _page(f"<title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p><p>관련 기사</p><p>갈대숲시 버스 노선 개편 다음 달 시행</p>"
               "<p>시는 다음 달부터 시내버스 노선 12개를 바꾼다고 밝혔다. 배차 간격도 줄어든다고 설명했다.</p>")
    assert ex.title == HEADLINE and "버스 노선" not in ex.body


# -- text dumps: the site's Korean and Latin names on one line; a byline written label first ('기자 X') --

def test_dump_site_name_with_its_latin_rendering_is_no_headline():
    for site in ("갈대숲뉴스 GALDAESUP NEWS", "갈대숲일보 The Galdaesup Ilbo"):
        ex = _dump("\n".join([site, "속보 | 정치 | 경제 | 사회 | 지역", "로그인   구독", "", "사회 > 교통", "", HEADLINE, "",
                              "입력 2025.05.22. 오전 9:10", "편아람 기자", "", PARA, "", PARA2]))
        assert ex.title == HEADLINE and ex.outlet == site.split()[0]
    # near miss: a headline that ends in a Latin word is still the headline
    ex = _dump("\n".join(["갈대숲시 공공자전거 앱 새 단장 Bike", "", PARA, "", PARA2]))
    assert ex.title == "갈대숲시 공공자전거 앱 새 단장 Bike"


def test_dump_byline_written_label_first():
    ex = _dump("\n".join(["갈대숲법률신문 — 법원·검찰 소식", "전체기사 | 법원 | 검찰 | 판결", "", HEADLINE, "", "기자 편아람", "",
                          PARA, "", PARA2]))
    assert ex.title == HEADLINE and ex.authors == ["편아람"]
    # near miss: a line that starts with the word 기자 and is no byline
    ex = _dump("\n".join([HEADLINE, "", "기자 회견", "", PARA, "", PARA2]))
    assert ex.authors == []


# -- a social account's thread that carries an article (Mastodon, X, Bluesky exports) --

def _thread(card: str, site: str) -> tuple[str, str]:
    posts = [f"{HEADLINE} (1/3)<br>갈대숲신문 2025년 5월 21일 자 기사를 타래로 옮깁니다. 🧵", f"{PARA} (2/3)",
             f"{PARA2} (3/3)<br>글 편아람 기자 aram@galdae.example"]
    body = "".join(f"<article class='status'><div class='status__header'><strong>갈대숲신문 📰</strong> "
                   f"<time datetime='2025-05-22T00:0{i}:00.000Z'>2025-05-22 09:0{i}</time></div>"
                   f"<div class='status__content'><p>{p}</p></div><div>답글 0 · 부스트 3 · 좋아요 9</div></article>"
                   for i, p in enumerate(posts))
    return (f"<title>갈대숲신문 📰 - {site}</title><meta property='og:site_name' content='{site}'>"
            f"<meta property='og:title' content='{card}'>", body)


def test_thread_of_an_account_carrying_an_article():
    for card, site in (("갈대숲신문 📰 (@galdae@social.example)", "social.example"), ("갈대숲신문 (@galdae_news) / X", "X"),
                       ("갈대숲신문 (@galdae.bsky.social)", "Bluesky")):
        ex = _page(*_thread(card, site))
        assert ex.title == HEADLINE and ex.outlet == "갈대숲신문" and ex.published == "2025-05-21"
        assert ex.authors == ["편아람"]
        assert "(2/3)" not in ex.body and "타래로 옮깁니다" not in ex.body and ex.body.startswith(PARA[:20])


def test_counters_only_come_off_a_thread():
    lines = [f"{PARA} (1/2)", f"{PARA2} (2/2)"]
    assert without_thread_counters(lines) == [PARA, PARA2]
    # near misses: a single fraction, fractions of different totals, a count past its total
    assert without_thread_counters([f"{PARA} (1/2)", PARA2]) == [f"{PARA} (1/2)", PARA2]
    assert without_thread_counters(["득표율은 3/4", "찬성은 2/3"]) == ["득표율은 3/4", "찬성은 2/3"]
    assert without_thread_counters(["경기 (5/3)", "경기 (4/3)"]) == ["경기 (5/3)", "경기 (4/3)"]


# -- a listing page with one item opened: a reporter's page, a tag page, a search result --

PARA3 = ("시는 자전거 도로가 끊긴 구간 14곳을 내년 봄까지 잇고, 대여소마다 수리 공구함을 둘 계획이다. "
         "시 관계자는 시민 의견을 받아 대여소 위치를 다시 정하겠다고 말했다.")


def _opened(item_html: str, teaser_tag: str = "li", teaser_class: str = "") -> str:
    cls = f" class='{teaser_class}'" if teaser_class else ""
    teasers = "".join(f"<{teaser_tag}{cls}><a href='/n/{i}'>다른 기사 제목 {i}번째 소식</a> <time>2024.02.2{i}</time>"
                      f"</{teaser_tag}>" for i in range(1, 5))
    return item_html + teasers


def test_reporter_page_with_its_latest_article_opened():
    item = (f"<li class='open'><article><h4>{HEADLINE}</h4><time>2024.03.05 14:30</time>"
            f"<div><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div></article></li>")
    ex = _page("<title>탁윤재 기자 | 하늬일보</title><meta property='og:title' content='탁윤재 기자의 기사 목록'>"
               "<meta property='og:site_name' content='하늬일보'><meta property='og:type' content='profile'>",
               "<section class='profile'><h2>탁윤재 기자</h2><p>사회부</p><p class='mail'>yunjae@hanui.example</p>"
               "<p>골목과 시장을 다니며 동네 소식을 씁니다.</p></section>"
               f"<section class='articles'><h3>최신 기사</h3><ol>{_opened(item)}</ol></section>")
    assert ex.title == HEADLINE and ex.published.startswith("2024-03-05T14:30")
    assert ex.authors == ["탁윤재"] and ex.author_emails == ["yunjae@hanui.example"] and ex.outlet == "하늬일보"
    assert "다른 기사 제목" not in ex.body and "골목과 시장을" not in ex.body and ex.body.startswith(PARA[:20])


def test_tag_page_and_search_result_with_one_item_opened():
    for teaser_tag, cls, head in (("div", "item", "<title>#자전거 - 도담경제</title>"),
                                  ("article", "", "<title>'자전거' 검색 결과 | 도담경제</title>")):
        item = (f"<{teaser_tag}{' class=' + repr(cls + ' open') if cls else ''}><h2>{HEADLINE}</h2>"
                f"<span>2024-03-05</span><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></{teaser_tag}>")
        ex = _page(head + "<meta property='og:site_name' content='도담경제'>",
                   f"<h1>#자전거</h1><div class='list'>{_opened(item, teaser_tag, cls)}</div>")
        assert ex.title == HEADLINE, head
        assert ex.published == "2024-03-05" and "다른 기사 제목" not in ex.body, head


def test_an_article_page_with_a_list_beside_it_is_no_opened_item():
    # near miss: the text stands outside the list (related stories under it); a rewritten og:title stays the title
    ex = _page("<meta property='og:title' content='공공자전거 요금 절반으로'><meta property='og:site_name' content='도담경제'>",
               f"<article><h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></article>"
               f"<ul>{_opened('')}</ul>")
    assert ex.title == "공공자전거 요금 절반으로"
    # near miss: every item of the list is a whole article (an endless-scroll page): none is opened among teasers
    item = f"<article><h2>{HEADLINE}</h2><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></article>"
    ex = _page("<title>도담경제 - 사회 섹션</title>", f"<div>{item * 3}</div>")
    assert opened_item(load_html(f"<html><body><div>{item * 3}</div></body></html>")) is None


# -- a card reader's dump: a channel, a board's title, one card opened --

def test_card_reader_dump_reads_the_opened_card():
    for counter, count_line, kind, credit in (("1/3", "구독자 2.4만 · 뉴스", "보드", "글 · 단비솔 에디터"),
                                              ("(2/5)", "팔로워 1,204명", "포스트", "글·단비솔 기자")):
        ex = _dump("\n".join(["누리봄", count_line, "", f"{kind} · 2024.03.05", "", "[누리봄] 이번 주 동네 소식 모음", "",
                              counter, HEADLINE, "", PARA, "", PARA2, "", credit, "", "원문 보기 >", "", "3/5",
                              "다음 카드 보기", "", "좋아요 12 · 공유"]))
        assert ex.title == HEADLINE, counter
        assert ex.outlet == "누리봄" and ex.published == "2024-03-05" and ex.authors == ["단비솔"], counter
        assert "이번 주 동네 소식" not in ex.body and counter not in ex.body and "다음 카드" not in ex.body
        assert ex.body.startswith(PARA[:20]) and ex.body.rstrip().endswith(PARA2[-10:])


def test_a_fraction_line_over_text_is_no_card_counter():
    lines = [HEADLINE, "", "3/4", PARA, "", PARA2]  # no headline under it: a score, a share
    assert opened_card(lines) is None
    lines = [HEADLINE, "", PARA, "", "5/3", "짧은 줄", PARA2]  # a count past its total
    assert opened_card(lines) is None
    assert masthead_line("보드 · 2024.03.05") == (None, "2024-03-05")
    assert masthead_line("바람일보 · 2024.03.05") == ("바람일보", "2024-03-05")


# -- reprints, moved pages, closing addresses, issue numbers, section rankings, Latin copyright names --

def test_credit_that_says_where_the_text_first_ran():
    for line in ("글 탁윤재 기자 · 모래톱신문 2024년 3월 5일 보도", "탁윤재 기자 / 모래톱신문 2024.03.05 게재"):
        found = credit_line(line)
        assert found and found.author == "탁윤재" and found.prefix == "모래톱신문", line
    assert credit_line("탁윤재 기자 · 정치 2024.03.05") is None  # a section, no outlet: not read as one
    ex = _page("<title>제3장 · 도시</title>",
               f"<h1>{HEADLINE}</h1><p class='credit'>글 탁윤재 기자 · 모래톱신문 2024년 3월 5일 보도</p>"
               f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p>"
               "<p>※ 이 글은 모래톱신문에 실린 기사를 책에 맞게 일부 고친 것입니다.</p>")
    assert ex.authors == ["탁윤재"] and ex.outlet == "모래톱신문" and ex.published == "2024-03-05"
    assert "실린 기사를" not in ex.body


def test_moved_page_notice_and_reprint_note_are_boilerplate():
    for line in ("이 기사는 새 주소로 옮겨졌습니다. 잠시 후 자동으로 이동합니다. 이동하지 않으면 여기를 누르세요.",
                 "페이지가 새 주소로 이전되었습니다. 3초 후 자동으로 이동합니다.",
                 "잠시 후 자동으로 이동합니다. 이동하지 않으면 여기를 누르세요.",
                 "※ 이 글은 모래톱신문에 실린 기사를 책에 맞게 일부 고친 것입니다.",
                 "이 기사는 모래톱신문 2024년 3월 5일자에 게재된 것입니다."):
        assert is_boilerplate(line), line
    # near misses: sentences of a text about moving and redirecting
    for line in ("시는 청사를 새 주소로 옮겨졌다고 밝혔다.",
                 "버스 노선이 잠시 후 자동으로 이동합니다라고 안내했다고 시 관계자는 말했다.",
                 "※ 이 기사는 지역신문발전기금을 받아 취재했습니다."):
        assert not is_boilerplate(line), line


def test_bare_address_closing_the_text_is_the_reporters():
    ex = _page("<meta property='og:site_name' content='모래톱신문'>",
               f"<h1>{HEADLINE}</h1><p>(부산=모래톱신문) 탁윤재 기자 = {PARA}</p><p>{PARA2}</p><p>{PARA3}</p>"
               "<p>yunjae@moraetop.example</p><p>&lt;저작권자(c) 모래톱신문, 무단 전재 금지&gt;</p>")
    assert ex.authors == ["탁윤재"] and ex.author_emails == ["yunjae@moraetop.example"]
    assert "yunjae@" not in ex.body
    assert closing_email([PARA, "yunjae@moraetop.example", "많이 본 뉴스"]) == "yunjae@moraetop.example"
    # near misses: an address inside the text, a desk's contact address
    assert closing_email([PARA, "제보는 tip@moraetop.example 로 받는다", PARA2]) is None
    assert closing_email([PARA, "tip@moraetop.example"]) is None


def test_labelled_date_with_the_issue_number_is_a_date_line():
    for line in ("발행일 : 2024년 3월 5일 (제488호)", "발행 2024.03.05 | 통권 488호", "입력 2024.03.05 제488호"):
        assert _is_byline_node(line), line
    assert not _is_byline_node("발행일 : 2024년 3월 5일 제488호 특집 기사")
    ex = _dump("\n".join(["모래톱신문 | 해양 전문 주간지", "", HEADLINE, "", "발행일 : 2024년 3월 5일 (제488호)", "글·사진 탁윤재 기자",
                          "", PARA, "", PARA2]))
    assert ex.published == "2024-03-05" and "제488호" not in ex.body and ex.authors == ["탁윤재"]


def test_a_sections_ranking_box_ends_the_text():
    for line in ("실시간 인기 연예", "많이 본 스포츠", "주간 인기 연예뉴스", "오늘의 인기 경제 기사"):
        assert is_end_marker(line), line
    assert not is_end_marker("인기 연예인 10명이 참석했다.") and not is_end_marker("경제 인기")


def test_latin_copyright_name_yields_to_the_korean_site_name_the_page_prints():
    ex = _page("<meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>팝나래</title>",
               "<div id='top'><a href='/'>팝나래</a> | 방송 | 영화 | 가요</div>"
               f"<div class='tit'>{HEADLINE}</div><div class='byline'>팝나래 탁윤재 기자 | 2024-03-05 09:31</div>"
               f"<div class='cont'>{PARA}<br><br>{PARA2}<br><br>{PARA3}</div>"
               "<div id='foot'>팝나래 무단전재-재배포 금지 | (c) POPNARAE</div>")
    assert ex.outlet == "팝나래"
    # near miss: a site whose only name is Latin keeps it
    ex = _page("<title>POPNARAE</title>", f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p>"
               "<div id='foot'>(c) POPNARAE. All rights reserved.</div>")
    assert ex.outlet == "POPNARAE"


# -- a filed manuscript, a column's tag, a series tag only in the shown headline, a print page's foot and ads --

def test_filed_manuscript_names_its_outlet_and_its_end_mark_goes():
    ex = _page("<meta name='generator' content='pandoc'><title>기사원고_0305_최종</title>",
               "<p><strong>모래톱신문</strong> 사회부 송고 원고</p><p>송고: 2024년 3월 5일 오후 4시 20분</p>"
               f"<p><strong>{HEADLINE}</strong></p><p>탁윤재 기자 yunjae@moraetop.example</p>"
               f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p><p>[원고 끝] 글자수 약 700자 / 사진 2매 별도 첨부</p>")
    assert ex.outlet == "모래톱신문" and ex.title == HEADLINE and ex.authors == ["탁윤재"]
    assert "원고 끝" not in ex.body
    assert filed_copy_outlet(["[모래톱신문] 경제부 출고본"]) == "모래톱신문"
    assert filed_copy_outlet(["모래톱신문", "사회부 송고 원고"]) == "모래톱신문"
    assert filed_copy_outlet(["기사는 오후에 송고"]) is None  # a sentence, no outlet
    for line in ("<기사 끝>", "-송고 끝-", "[원고 끝]"):
        assert is_end_marker(line), line
    assert not is_end_marker("원고 끝에 붙은 메모를 두고 논란이 일었다.")


def test_column_writer_named_only_in_the_headline_tag():
    for tag, who in (("[탁윤재의 시선]", "탁윤재"), ("[탁윤재 칼럼]", "탁윤재"), ("[남궁솔 논설위원의 세상 읽기]", "남궁솔"),
                     ("〈탁윤재의 세상 읽기〉", "탁윤재")):
        assert tag_writer(f"{tag} {HEADLINE}") == who, tag
    # near misses: a column named by words, a desk's tag, a report's tag
    for tag in ("[경제의 창]", "[모래톱 경제의 창]", "[정치 칼럼]", "[기자의 눈]", "[단독]", "[오늘의 운세]"):
        assert tag_writer(f"{tag} {HEADLINE}") is None, tag
    ex = _page("<meta property='og:site_name' content='모래톱신문'><meta name='author' content='모래톱신문'>",
               f"<article><h1>[탁윤재의 시선] {HEADLINE}</h1><div>입력 2024.03.05 17:50</div>"
               f"<div class='body'><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p><p class='bio'>논설위원</p></div></article>")
    assert ex.authors == ["탁윤재"] and not ex.body.rstrip().endswith("논설위원")


def test_series_tag_shown_only_in_the_headline_is_kept():
    ex = _page(f"<meta property='og:title' content='{HEADLINE}'><meta property='og:site_name' content='모래톱신문'>",
               f"<p class='badge'>기획연재 | 바다를 묻다</p><h1>[바다를 묻다③] {HEADLINE}</h1><p>기자명 탁윤재 기자</p>"
               f"<div><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div>")
    assert ex.title == f"[바다를 묻다③] {HEADLINE}"
    # near miss: the shown headline is another story's (no tag over the same words): the meta title stays
    ex = _page(f"<meta property='og:title' content='{HEADLINE}'>",
               f"<h1>[단독] 해안 도로 새로 뚫린다</h1><div><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div>")
    assert ex.title == HEADLINE


def test_print_page_foot_with_the_date_and_an_ad_line_are_no_text():
    ex = _dump("\n".join(["2024년 9월 12일 목요일          B03 경제", "새봄일보", "", "골목 빵집 새벽 배송 주문 두 배로", "",
                          "한결내 기자", "", *_column(PRINT_P1), "", "새봄일보          2024년 9월 12일 목요일          B03", "",
                          *_column(PRINT_P3), "", "한결내 기자 hkn@saebom.example", "", "[광고] 봄맞이 특가 4월 한 달간"]))
    assert ex.published == "2024-09-12" and ex.authors == ["한결내"]
    assert "B03" not in ex.body and "봄맞이 특가" not in ex.body
    assert is_boilerplate("(AD) 모아카드 신규 가입 혜택") and not is_boilerplate("광고 시장이 다시 커졌다.")


# -- an old table page, a digest of teasers with one whole item, a wire copy in <pre>, a release's contact table --

def test_table_laid_page_with_a_bracketed_labelled_date():
    ex = _page("<meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>모래톱신문</title>",
               "<table width='980'><tr><td><img src='/logo.gif' alt='모래톱신문'> <a href='/l?s=1'>정치</a> | "
               "<a href='/l?s=2'>사회</a></td></tr></table><table width='980'><tr><td width='680'>"
               f"<p class='sec'>사회 &gt; 기사보기</p><p class='subject'><b>{HEADLINE}</b></p>"
               "<p class='wdate'>[입력일: 2024년 3월 5일 09시 15분] 탁윤재 기자</p>"
               f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p><p>탁윤재 기자 yunjae@moraetop.example</p>"
               "<p><a href='?no=1'>◀ 이전기사</a> | <a href='?no=3'>다음기사 ▶</a></p></td>"
               "<td width='300'><b>인기기사</b><br>다른 소식 하나</td></tr></table>")
    assert ex.published == "2024-03-05T09:15:00+09:00" and ex.authors == ["탁윤재"]
    assert ex.body.startswith(PARA[:20]) and "입력일" not in ex.body and "다른 소식" not in ex.body
    assert byline_node(["[입력일: 2024년 3월 5일 09시 15분] 탁윤재 기자"]) == ("탁윤재", "2024-03-05T09:15:00+09:00")
    assert byline_node(["[사진] 탁윤재 기자"]) == (None, None)  # near miss: a tag, no date


def test_table_cell_with_a_few_short_lines_is_left_as_it_is():
    tree = load_html(f"<html><body><table><tr><td><p>가</p><p>나</p><p>다</p></td><td>{PARA}</td></tr></table></body></html>")
    unwrap_layout(tree)
    assert tree.find(".//table") is not None  # (its paragraphs hold too little text to be an article)
    tree = load_html(f"<html><body><table><tr><td><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></td></tr></table></body></html>")
    unwrap_layout(tree)
    assert tree.find(".//table") is not None  # (a letter's one-cell table: read as text as it is)


DIGEST_RULE = "-" * 40


def test_digest_of_teasers_with_one_whole_item():
    ex = _dump("\n".join(["From: 모래톱경제 뉴스레터 <letter@moraetop.example>", "Subject: [모래톱경제 다이제스트] 제12호 - 이번 주 기사 3건",
                          "", "이번 주 주요 기사 3건을 골랐습니다.", "", DIGEST_RULE, "1. 항구 재개발 첫 삽", "재개발 사업이 시작됐다. 전문은 누리집에서.",
                          DIGEST_RULE, f"2. {HEADLINE}", "탁윤재 기자 | 2024-03-05", "", PARA, "", PARA2, "", PARA3,
                          "yunjae@moraetop.example", DIGEST_RULE, "3. [칼럼] 바다를 보는 법", "첫 문장만 싣는다. 전문은 누리집에서.",
                          DIGEST_RULE, "모래톱경제 | 발행 매주 화요일 | (c) 모래톱경제"]))
    assert ex.title == HEADLINE and ex.authors == ["탁윤재"] and ex.published == "2024-03-05"
    assert ex.outlet == "모래톱경제" and ex.author_emails == ["yunjae@moraetop.example"]
    assert "항구 재개발" not in ex.body and "바다를 보는 법" not in ex.body and "주요 기사" not in ex.body
    # near miss: two whole items (a letter of full stories) is no digest of teasers
    lines = [DIGEST_RULE, "1. 가", PARA, PARA2, PARA3, DIGEST_RULE, "2. 나", PARA, PARA2, PARA3, DIGEST_RULE, "3. 다", "짧다.",
             DIGEST_RULE]
    assert digest_item(lines) is None


def test_wire_copy_in_a_pre_block():
    pre = ("[모래톱통신] 2024-03-05 11:20 송고\n제목: " + HEADLINE + "\n작성: 탁윤재 기자 (yunjae@moraetop.example)\n"
           "분류: 사회/교통\n" + "=" * 60 + "\n\n  (부산=모래톱통신) 탁윤재 기자 = 시는 올해 하반기부터 공공자전거 대여\n"
           "요금을 절반으로 낮추고 대여소를 200곳 늘리기로 했다고 밝혔다. 시\n관계자는 이용자가 꾸준히 늘고 있다고 설명했다.\n\n"
           "  대여소는 지하철역과 버스 정류장 주변에 먼저 들어선다. 시는 자전거\n도로 20㎞를 새로 깔고 보관대도 늘릴 계획이라고\n"
           "덧붙였다.\n\n" + "=" * 60 + "\n(끝) 무단 전재-재배포 금지 / 송고번호 MT-0093\n")
    ex = _page("<title>모래톱통신 송고 목록 - 2024-03-05</title>", f"<p><a href='i.html'>송고 목록으로</a></p><pre>{pre}</pre>")
    assert ex.title == HEADLINE and ex.authors == ["탁윤재"] and ex.published.startswith("2024-03-05T11:20")
    assert ex.body_lines[0].startswith("시는 올해 하반기부터 공공자전거 대여 요금을")  # (the wrapped lines one paragraph)
    assert "=====" not in ex.body and "분류:" not in ex.body
    assert _pre_blocks("이름: 가\n분류: 나\n" + "=" * 20) == ["이름: 가", "분류: 나", "=" * 20]


def test_release_contact_table_rows_are_no_text():
    for line in ("|---|---|---|---|", "| 어촌팀 | 팀장 탁윤재 | 주임 남궁솔 | 051-000-4172 |", "|:---|---:|"):
        assert is_boilerplate(line), line
    for line in ("| 2023년 | 1,200 | 1,500 |", "| 구분 | 전화 |"):  # near misses: a data table's rows
        assert not is_boilerplate(line), line


# -- a search box in a dump, '기사 등록' labels, a site's Hangul name beside its slogan, an address under the text --

def test_search_box_line_of_a_dump_is_no_headline():
    ex = _dump("\n".join(["모래톱저널 - 바다를 기록하는 신문", "전체기사 | 정책 | 현장 | 칼럼", "검색어를 입력하세요 [검색]", "",
                          "정책", "", HEADLINE, "", "기자 탁윤재", "", PARA, "", PARA2]))
    assert ex.title == HEADLINE and "검색어" not in ex.body
    assert is_boilerplate("통합검색") and not is_boilerplate("검색어를 입력하면 관련 기사가 나온다.")


def test_article_registered_and_last_edited_labels_make_a_date_line():
    ex = _dump("\n".join(["모래톱뉴스", "국제 | 정치 | 경제", "", HEADLINE, "", "기사 등록 2024/03/05 02:15  최종 수정 2024/03/05 06:40",
                          "", PARA, "", PARA2, "", "탁윤재 특파원 yunjae@moraetop.example"]))
    assert ex.published == "2024-03-05T02:15:00+09:00" and "기사 등록" not in ex.body


def test_latin_copyright_yields_to_the_hangul_name_beside_a_slogan_and_the_address_under_the_text():
    ex = _page("<meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>팝나래 - 스타들의 모든 이야기</title>",
               "<div id='gnb'><a href='/'>팝나래</a> | 방송 | 영화</div>"
               f"<div id='view'><h2 class='tit'>{HEADLINE}</h2><p class='writer'>[팝나래 탁윤재 기자] 입력 2024.03.05 오후 4:05</p>"
               f"<div class='content'>{PARA}<br><br>{PARA2}<br><br>{PARA3}</div>"
               "<p class='copy'>탁윤재 기자 yunjae@popnarae.example</p></div>"
               "<div id='footer'>회사소개 | Copyright (c) Popnarae. All rights reserved.</div>")
    assert ex.outlet == "팝나래" and ex.authors == ["탁윤재"] and ex.author_emails == ["yunjae@popnarae.example"]
    # near miss: the slogan beside the name is never printed alone: no Hangul name to take
    ex = _page("<title>POPNARAE - 스타들의 모든 이야기</title>", f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p>"
               "<div id='footer'>Copyright (c) POPNARAE. All rights reserved.</div>")
    assert ex.outlet != "스타들의 모든 이야기"


def test_release_embargo_line_gives_the_publication_day():
    ex = _page("<title>보도자료 - 모래톱진흥원</title>",
               "<table class='bd-info'><tr><th>제목</th><td colspan='3'>" + HEADLINE + "</td></tr>"
               "<tr><th>담당부서</th><td>어촌팀</td><th>등록일</th><td>2024-03-04</td></tr></table>"
               "<p class='embargo'>보도시점: 2024. 3. 5.(화) 조간</p>"
               f"<h3>{HEADLINE}</h3><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p>")
    assert ex.published.startswith("2024-03-05")
    assert embargo_date(["엠바고 2024.03.05 06:00"]) == "2024-03-05T06:00:00+09:00"
    # near misses: an embargo lifted at once, and a sentence of the text about one
    assert embargo_date(["보도시점: 즉시 보도 가능"]) is None
    assert embargo_date(["시는 보도일시를 2024년 3월 5일로 정했다고 밝혔다. 관계자는 일정이 바뀔 수 있다고 덧붙였다. 설명은 길다."]) is None


def test_reporter_page_whose_profile_splits_the_name_from_the_title():
    item = (f"<li class='on'><article><h3>{HEADLINE}</h3><span>2024-03-05 14:30</span>"
            f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></article></li>")
    ex = _page("<title>기자 페이지 - 하늬일보</title><meta property='og:site_name' content='하늬일보'>",
               "<div class='profile'><strong>탁윤재</strong> <span>기자</span><p>yunjae@hanui.example</p></div>"
               f"<ul class='list'>{_opened(item)}</ul>")
    assert ex.title == HEADLINE and ex.authors == ["탁윤재"] and ex.published.startswith("2024-03-05")


def test_card_news_post_whose_every_card_is_text_keeps_them_all():
    lines = ["누리봄", "", "1/3", HEADLINE, "", PARA, "", "2/3", "대여소는 어디에", "", PARA2, "", "3/3", "요금은 얼마", "", PARA3]
    assert opened_card(lines) is None


def test_only_a_series_part_tag_is_taken_back_from_the_shown_headline():
    def shown(h1: str):
        return load_html(f"<html><body><h1>{h1}</h1><p>{PARA}</p></body></html>")
    assert tagged_headline(shown(f"[바다를 묻다③] {HEADLINE}"), HEADLINE) == f"[바다를 묻다③] {HEADLINE}"
    assert tagged_headline(shown(f"[연속기획 2] {HEADLINE}"), HEADLINE) == f"[연속기획 2] {HEADLINE}"
    # near misses: a report's kind, a column's name without a part: the meta title as it is
    assert tagged_headline(shown(f"[단독] {HEADLINE}"), HEADLINE) == HEADLINE
    assert tagged_headline(shown(f"[새벽을 여는 창] {HEADLINE}"), HEADLINE) == HEADLINE


@pytest.mark.parametrize("ruby, shown", [
    ("<ruby>自治<rp>(</rp><rt>자치</rt><rp>)</rp></ruby>", "自治(자치)"),  # with the fallback brackets
    ("<ruby>自治<rt>자치</rt></ruby>", "自治(자치)"),                         # without them
    ("<ruby><rb>自</rb><rt>자</rt><rb>治</rb><rt>치</rt></ruby>", "自治(자치)"),  # one reading a character
])
def test_a_ruby_keeps_its_reading_in_brackets(ruby, shown):
    para = f"주민이 스스로 정하는 것, 그것이 {ruby}의 시작이라고 시는 설명했다. 시는 내년에 주민 회의를 두 차례 더 열 계획이다."
    ex = _page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1><div class='view'><p>{PARA}</p><p>{para}</p></div>")
    assert f"그것이 {shown}의 시작" in ex.body


RUBY_HEADLINE = "[바람칼럼] 골목 쉼터의 <ruby>自治<rp>(</rp><rt>자치</rt><rp>)</rp></ruby>"


def test_a_ruby_headline_over_the_metadata_that_gives_its_reading_only():
    ex = _page("<title>[바람칼럼] 골목 쉼터의 자치 &lt; 칼럼 &lt; 솔새신문</title>"
               "<meta property='og:title' content='[바람칼럼] 골목 쉼터의 자치'>",
               f"<h1>{RUBY_HEADLINE}</h1><div class='view'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.title == "[바람칼럼] 골목 쉼터의 自治(자치)"


def test_a_metadata_title_worded_otherwise_is_left_as_it_is():
    from lxml import html as lxml_html
    from builder.extract.html import ruby_as_text
    tree = lxml_html.fromstring("<html><head><meta property='og:title' content='골목 쉼터, 주민이 정한다'></head>"
                                f"<body><h1>{RUBY_HEADLINE}</h1></body></html>")
    ruby_as_text(tree)
    assert tree.xpath("//meta/@content") == ["골목 쉼터, 주민이 정한다"]
    assert tree.xpath("string(//h1)") == "[바람칼럼] 골목 쉼터의 自治(자치)"


# -- round 25: a body shipped encoded for a script to decode and show --

PARA3 = ("시는 새 대여소 위치를 정하려고 지난달 시민 설문을 벌였고, 응답자의 절반가량이 집 근처 정류장을 꼽았다. "
         "요금 인하에 드는 예산은 추가경정예산에 반영하기로 했다. 시의회는 다음 달 임시회에서 이 예산안을 심사한다.")

def _encoded_page(where: str, encoding: str):
    import base64
    from urllib.parse import quote
    body = f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p>"
    value = {"base64": base64.b64encode(body.encode()).decode(),
             "urlsafe": base64.urlsafe_b64encode(body.encode()).decode().rstrip("="),
             "percent": quote(body)}[encoding]
    shell = (f"<h1>{HEADLINE}</h1><div class='info'>나들이 기자 | 입력 2024-03-05 09:10</div>")
    if where == "attribute":
        shell += (f"<div id='view' data-article='{value}'><noscript>자바스크립트를 켜야 기사 본문을 볼 수 있습니다.</noscript>"
                  "<script>var el=document.getElementById('view');el.innerHTML=atob(el.dataset.article);</script></div>")
    else:
        shell += (f"<div id='view'></div><script>document.getElementById('view').innerHTML="
                  f"decodeURIComponent(escape(atob(\"{value}\")));</script>")
    return _page(f"<title>{HEADLINE} - 바람일보</title>", shell + "<div class='copy'>Copyright © 바람일보</div>")


@pytest.mark.parametrize("where, encoding", [("attribute", "base64"), ("attribute", "urlsafe"), ("attribute", "percent"),
                                             ("script", "base64"), ("script", "percent")])
def test_a_body_encoded_in_a_data_attribute_or_a_script_string_is_the_text(where, encoding):
    ex = _encoded_page(where, encoding)
    assert PARA in ex.body and PARA3 in ex.body
    assert "자바스크립트를 켜야" not in ex.body and ex.title == HEADLINE


def test_encoded_values_that_hold_no_article_are_left():
    import base64
    from builder.extract.scripted import decoded_text
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2).decode()
    assert decoded_text(png) is None  # an image's bytes are no UTF-8 text
    assert decoded_text(base64.b64encode(b"short").decode()) is None
    teaser = base64.b64encode("<p>관련 기사: 시내버스 노선 개편 설명회 열려</p>".encode() * 6).decode()
    ex = _page(f"<title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><div data-related='{teaser}'></div><img data-src='data:image/png;base64,{png}'>"
               f"<p>{PARA}</p><p>{PARA2}</p>")
    assert "관련 기사" not in ex.body and PARA in ex.body  # less prose than the page shows: not its body



def test_the_elements_searched_for_an_encoded_body_are_those_an_element_walk_finds():
    """The search looks only at scripts without a source and elements with a long data- attribute, found by XPath:
    the same elements, in the same order, as a walk over every element of the (sub)tree finds, at the length limit."""
    from lxml import html as lxml_html
    from builder.extract.scripted import _ENCODED_HOLDERS, MIN_ENCODED_CHARS

    def walked(tree):
        return [el for el in tree.iter() if isinstance(el.tag, str) and (
            not el.get("src") if el.tag == "script"
            else any(k.startswith("data-") and len(v) >= MIN_ENCODED_CHARS for k, v in el.attrib.items()))]
    long, short = "가" * MIN_ENCODED_CHARS, "𝄞" * (MIN_ENCODED_CHARS - 1)  # characters, not bytes, are counted
    page = lxml_html.fromstring(
        f"<html><body><div id='a' data-body='{long}'><script src=''>x</script><script src='a.js'></script></div>"
        f"<p data-note='{short}'>y</p><!-- c --><script data-body='{long}'>var s = 1;</script>"
        f"<section><span data-x='{long}' data-y='1'>z</span><script>var t = 2;</script></section></body></html>")
    assert [el.get("id") for el in _ENCODED_HOLDERS(page)][:1] == ["a"] and len(_ENCODED_HOLDERS(page)) == 5
    for tree in (page, page.find(".//section")):  # a subtree: only its own elements
        assert _ENCODED_HOLDERS(tree) == walked(tree)


def test_the_custom_elements_are_those_an_element_walk_finds():
    """Custom elements (a hyphen in the tag) found by XPath are those, in order, a walk over every element finds."""
    from lxml import etree
    from builder.extract.metadata import _CUSTOM_ELEMENTS

    page = etree.fromstring("<html xmlns:n='urn:news-x'><body><news-card a='1'><p>x</p></news-card><n:item/><div/>"
                            "<n:top-story/><!-- c --></body></html>")
    walked = [el for el in page.iter() if isinstance(el.tag, str) and "-" in el.tag]
    assert len(walked) == 3 and [el for el in _CUSTOM_ELEMENTS(page) if "-" in el.tag] == walked

# -- a normalised client cache: the writer and other records kept once and named by reference --

_CACHE_BODY = "".join(f"<p>{p}</p>" for p in (PARA, PARA2, PARA, PARA2))
_REPORTER = {"__typename": "Reporter", "name": "소담하", "email": "sodamha@bitmul.example"}


def _cache_page(state: dict, var: str = "__APOLLO_STATE__") -> str:
    import json
    return (f"<html><head><meta charset='utf-8'><title>물결경제</title></head><body><div id='root'></div>"
            f"<script>window.{var} = {json.dumps(state, ensure_ascii=False)};</script></body></html>")


@pytest.mark.parametrize("state", [
    # Apollo 3 / Relay: `{"__ref": key}` to a record at the top of the cache
    {"ROOT_QUERY": {"article": {"__ref": "Article:7"}},
     "Article:7": {"__typename": "Article", "headline": HEADLINE, "bodyHtml": _CACHE_BODY, "writer": {"__ref": "Reporter:3"}},
     "Reporter:3": _REPORTER},
    # Relay lists: `{"__refs": [...]}`
    {"client:root": {"node": {"__ref": "A7"}},
     "A7": {"headline": HEADLINE, "bodyHtml": _CACHE_BODY, "authors": {"__refs": ["R3"]}}, "R3": _REPORTER},
    # Apollo 2: `{"type": "id", "id": key, "generated": false}`
    {"Article:7": {"headline": HEADLINE, "bodyHtml": _CACHE_BODY,
                   "reporter": {"type": "id", "id": "Reporter:3", "generated": False}}, "Reporter:3": _REPORTER},
    # Redux with normalizr: the bare id in the field, the record in `entities.<table>`
    {"entities": {"articles": {"7": {"headline": HEADLINE, "bodyHtml": _CACHE_BODY, "author": "3"}},
                  "authors": {"3": _REPORTER}}, "result": "7"},
    # ... under a table named for the records, not the field (one table holds the id)
    {"entities": {"articles": {"a7": {"headline": HEADLINE, "bodyHtml": _CACHE_BODY, "writer": "u3"}},
                  "users": {"u3": _REPORTER}}, "result": "a7"},
])
def test_a_cache_writer_given_by_reference_is_followed(state):
    ex = refined(extract_html(_cache_page(state)))[0]
    assert ex.title == HEADLINE and ex.authors == ["소담하"]
    assert ex.author_emails == ["sodamha@bitmul.example"]


def test_references_that_name_no_record_and_counts_stay_as_they_are():
    from builder.extract.scripted import resolve_references
    assert resolve_references({"a": {"__ref": "Missing:1"}}) == {"a": {"__ref": "Missing:1"}}
    # a number beside a table holding that id is a count, unless the field's name names the table
    state = {"entities": {"articles": {"1": {"views": 3, "author": 3}}, "authors": {"3": {"name": "소담하"}}}}
    got = resolve_references(state)["entities"]["articles"]["1"]
    assert got["views"] == 3 and got["author"] == {"name": "소담하"}
    # a record that names itself stays finite
    loop = resolve_references({"A:1": {"next": {"__ref": "A:1"}}})
    assert isinstance(loop, dict)


# -- schema.org by `itemprop` on a <meta> counts as on an element --

@pytest.mark.parametrize("marked", [
    f'<meta itemprop="headline" content="{HEADLINE}">',
    f'<meta property="headline" content="{HEADLINE}">',
    f'<meta property="schema:headline" content="{HEADLINE}">',
    f'<h2 itemprop="headline">{HEADLINE}</h2>',
])
def test_a_microdata_headline_over_a_section_name_h1(marked):
    ex = _page("<title>구름다리일보</title>",
               f"<h1 class='section'>경제</h1><article itemscope itemtype='https://schema.org/NewsArticle'>{marked}"
               f"<div itemprop='articleBody'><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></div></article>")
    assert ex.title == HEADLINE


def test_a_page_with_no_microdata_headline_keeps_its_heading():
    ex = _page("<title>구름다리일보</title>", f"<h1>{HEADLINE}</h1><meta itemprop='name' content='경제'>"
               f"<div><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></div>")
    assert ex.title == HEADLINE


# -- a box in another language than the article (a summary, a digest, a translation teaser) --

_LONG_BODY = "".join(f"<p>{p}</p>" for p in (PARA, PARA2, PARA.replace("시는", "군은"), PARA2.replace("시는", "군은")))
_EN_SUMMARY = ("The city will halve bike rental fees from the second half and add 200 rental stations near subway "
               "stations and bus stops, officials said on Tuesday.")


@pytest.mark.parametrize("box", [
    f'<div class="summary" lang="en"><strong>English digest</strong><p>{_EN_SUMMARY}</p></div>',
    f'<aside lang="en-US"><p>{_EN_SUMMARY}</p></aside>',
    f'<section xml:lang="en"><p>{_EN_SUMMARY}</p></section>',
    '<div lang="ja"><p>市は下半期から公共自転車の料金を半分に下げ、貸出所を二百か所増やすと発表した。関係者は利用者が増え続けていると説明した。</p></div>',
])
def test_a_box_in_another_language_than_the_body_is_dropped(box):
    ex = _page("", f"<h1>{HEADLINE}</h1>{box}<div class='body'>{_LONG_BODY}</div>")
    assert not any("rental" in ln or "公共" in ln for ln in ex.body_lines)
    assert ex.body_lines and PARA in ex.body_lines


@pytest.mark.parametrize("box", [
    f'<div lang="en"><p>{PARA}</p></div>',  # a template's stray mark: the box's text is Korean
    f'<div lang="ko"><p>{PARA2}</p></div>',  # the body's own language
    f'<p lang="en">{_EN_SUMMARY}</p>',  # a paragraph, not a box: may be an original statement quoted
])
def test_boxes_in_the_bodys_language_or_no_box_stay(box):
    ex = _page("", f"<h1>{HEADLINE}</h1><div class='body'>{box}{_LONG_BODY}</div>")
    text = " ".join(ex.body_lines)
    assert ("rental" in text) if "rental" in box else (PARA2 in text)


# -- transfer-encoding remnants: a body saved in its chunks --

def _chunked(body: bytes, sizes: list[int]) -> bytes:
    out, pos = b"", 0
    for n in sizes + [len(body)]:
        piece = body[pos:pos + n]
        if piece:
            out += b"%x\r\n" % len(piece) + piece + b"\r\n"
        pos += len(piece)
    return out + b"0\r\n\r\n"


_CHUNK_PAGE = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body>"
               f"<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></body></html>").encode()


@pytest.mark.parametrize("saved", [
    _chunked(_CHUNK_PAGE, [300, 400]),  # `curl --raw`: the lengths between pieces, a piece's end mid-paragraph
    _chunked(_CHUNK_PAGE, [512]).replace(b"\r\n", b"\n", 1).replace(b"200\n", b"200;ext=1\r\n", 1),  # an extension
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + _chunked(_CHUNK_PAGE, [700]),
])
def test_a_chunked_body_is_read_without_its_lengths(saved):
    from builder.inputs import dechunked
    assert dechunked(saved) == _CHUNK_PAGE


@pytest.mark.parametrize("text", [
    "2024\n" + PARA,  # a year on the first line of a dump
    "abc\r\n" + PARA + "\r\n0\r\n\r\n",  # lengths that do not count the bytes after them
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n5\r\nhello\r\n0\r\n\r\n",  # the headers say no chunks
    _CHUNK_PAGE.decode(),
])
def test_texts_that_are_no_chunked_body(text):
    from builder.inputs import dechunked
    assert dechunked(text.encode()) is None


# -- a mobile service's fee notice at the foot of its screen --

@pytest.mark.parametrize("line", ["통화료 별도 / 정보이용료 무료", "정보이용료 500원(부가세 별도)", "패킷 요금 별도",
                                  "[정보이용료 300원/건 · 통화료 별도]", "데이터 통화료는 가입 요금제에 따름", "통화료 무료"])
def test_fee_notices_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["정보이용료는 무료지만 통화료는 이용자가 내야 한다.", "시는 정보이용료 무료 방침을 밝혔다.",
                                  "통화료 인하", "이동통신 3사가 데이터 요금을 내린다"])
def test_sentences_about_fees_are_no_notice(line):
    assert not is_boilerplate(line)


# -- a series' banner above the story's own headline in a dump --

@pytest.mark.parametrize("banner", ["[구름리포트] 자전거 도시의 조건", "[연중기획] 새벽 강을 걷다 ③", "<주말 기획> 숲속 도시",
                                    "【윤슬포 리포트】 자전거의 봄", "[기획 3] 자전거 도시"])
def test_a_series_banner_above_the_headline_is_no_headline(banner):
    ex = _dump("\n".join(["구름다리일보", "", banner, HEADLINE, "입력 2024-03-05 09:10", "", PARA, "", PARA2, "",
                          "탁문결 기자 moon.tak@cloudbridge.example"]))
    assert ex.title == HEADLINE


@pytest.mark.parametrize("tagged", ["[단독] 공공자전거 요금 반값으로", "[속보] 공공자전거 요금 반값", "[2보] 공공자전거 요금 반값"])
def test_a_flash_tag_opens_the_headline_itself(tagged):
    ex = _dump("\n".join(["구름다리일보", "", tagged, HEADLINE + " 검토", "입력 2024-03-05 09:10", "", PARA, "", PARA2, "",
                          "탁문결 기자 moon.tak@cloudbridge.example"]))
    assert ex.title != HEADLINE + " 검토"


@pytest.mark.parametrize("app, row, outlet", [
    # a read-later app's copy: its name in the <title>, the outlet in the byline row
    ("Pocket", "<div class='reader-byline'><span class='authors'>채도람</span> · <span class='publisher'>새솔뉴스</span>"
               " · <time>2026년 6월 11일</time></div>", "새솔뉴스"),
    ("Instapaper", "<div class='byline'><span class='site-name'>새솔뉴스</span> · 채도람</div>", "새솔뉴스"),
    ("Omnivore", "<article><p class='meta'><a class='source-name' href='https://news.example/'>새솔뉴스</a></p></article>",
     "새솔뉴스"),
    # near misses: a publisher mark outside the article and its byline row, or holding a person with a label
    ("Pocket", "<footer><span class='publisher'>새솔뉴스</span></footer>", None),
    ("Pocket", "<div class='byline'><span class='publisher'>발행인: 채도람</span></div>", None),
])
def test_a_read_later_copy_names_the_outlet_in_its_byline_row_not_the_app(app, row, outlet):
    ex = _page(f"<title>{HEADLINE} | {app}</title>", f"{row}<h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p>")
    if outlet:
        assert ex.outlet == outlet
    else:
        assert ex.outlet != "새솔뉴스"


_LAB_CODE = ("<div class='jp-Cell jp-CodeCell'><div class='jp-InputArea'><div class='jp-InputPrompt'>In&nbsp;[2]:</div>"
             "<pre>rows = pd.read_csv('stations.csv')\nrows.groupby('hour').size()</pre></div>"
             "<div class='jp-OutputArea'><div class='jp-OutputPrompt'>Out[2]:</div><pre>hour\n8    4339\ndtype: int64</pre>"
             "</div></div>")
_CLASSIC_CODE = ("<div class='cell border-box-sizing code_cell rendered'><div class='input'><div class='prompt input_prompt'>"
                 "In&nbsp;[5]:</div><div class='inner_cell'><div class='input_area'><pre>rows.describe()</pre></div></div></div>"
                 "<div class='output_wrapper'><div class='output'><div class='output_area'><table class='dataframe'>"
                 "<tr><th>count</th><td>4339</td></tr></table></div></div></div></div>")


@pytest.mark.parametrize("cells", [_LAB_CODE, _CLASSIC_CODE])
def test_a_notebook_export_keeps_its_markdown_cells_not_its_code_and_output(cells):
    ex = _page("<title>stations_final</title>",
               f"<div class='jp-MarkdownCell'><h1>{HEADLINE}<a class='anchor-link' href='#x'>¶</a></h1>"
               f"<p>{PARA}</p></div>{cells}<div class='jp-MarkdownCell'><p>{PARA2}</p></div>")
    assert ex.title == HEADLINE
    body = "\n".join(ex.body_lines)
    assert PARA[:20] in body and PARA2[:20] in body
    for code in ("In [", "Out[", "read_csv", "dtype:", "describe()", "4339", "¶"):
        assert code not in body, code


def test_a_code_block_in_an_ordinary_page_is_no_notebook_cell():
    ex = _page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1><p>{PARA}</p>"
               "<div class='code'><pre>시 자전거 대여 기록 4339건</pre></div><p>{PARA2}</p>".replace("{PARA2}", PARA2))
    assert "4339" in "\n".join(ex.body_lines)


def _mail_letter(title: str, masthead: str, story: str, signoff: str, more: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><table><tr><td>"
            f"<table width='600'><tr><td>{masthead}</td></tr><tr><td>{story}</td></tr>{more}"
            f"<tr><td>{signoff}</td></tr></table></td></tr></table></body></html>")


_STORY = (f"<p>경제 | 새솔저널</p><h2>{HEADLINE}</h2><p>채도람 기자 · 2026년 5월 25일</p><p>{PARA}</p><p>{PARA2}</p>"
          "<p>시는 석 달 동안 시범 운영한 뒤 이용자가 하루 평균 80명에 못 미치는 대여소는 다른 곳으로 옮기기로 했다. "
          "시 관계자는 자전거를 제때 옮기는 차량도 두 대 더 늘리겠다고 말했다.</p>")


@pytest.mark.parametrize("title, masthead, signoff", [
    # an English newsletter over a Korean story: its name in <title> and <h1>, an editor's note, a sign-off
    ("Saesol Weekly — Issue 7", "<h1>Saesol Weekly</h1><p>Issue 7 · Your Monday digest of local news, with notes"
     " in English.</p>", "You receive this because you subscribed. <a href='#'>Unsubscribe</a> · <a href='#'>Update"
     " preferences</a>"),
    # a Korean letter: a greeting above, the refusal link below
    ("새솔 아침 편지 제12호", "<h1>새솔 아침 편지</h1><p>구독자님, 좋은 아침입니다. 오늘의 편지를 보내 드립니다.</p>",
     "더 받지 않으시려면 <a href='#'>수신거부</a>를 눌러 주세요."),
])
def test_a_newsletter_letter_is_read_through_its_story_cell(title, masthead, signoff):
    html = _mail_letter(title, masthead, _STORY, signoff,
                   "<tr><td><h3>Also this week</h3><ul><li><a href='#'>다른 소식 하나</a></li></ul></td></tr>")
    ex, _lang, _rules = refined(extract_html(html))
    assert ex.title == HEADLINE
    body = "\n".join(ex.body_lines)
    assert PARA[:20] in body and PARA2[:20] in body
    for furniture in ("Issue", "digest", "구독자님", "Also this week", "Unsubscribe", "수신거부", "preferences"):
        assert furniture not in body, furniture


def test_a_letter_titled_with_its_story_keeps_that_title():
    from builder.extract.html import newsletter_story
    story = newsletter_story(load_html(_mail_letter(f"[새솔저널] {HEADLINE}", "<p>제12호</p>", _STORY,
                                               "<a href='#'>Unsubscribe</a>")))
    assert f"<title>[새솔저널] {HEADLINE}</title>" in story


@pytest.mark.parametrize("html", [
    # a page laid out in tables with no letter's sign-off: no newsletter
    _mail_letter("새솔저널", "<h1>새솔저널</h1>", _STORY, "ⓒ 새솔저널"),
    # a digest of stories none of which holds half of the letter: no one story
    _mail_letter("Saesol Weekly", "<h1>Saesol Weekly</h1>", _STORY, "<a href='#'>Unsubscribe</a>",
                 f"<tr><td>{_STORY.replace(HEADLINE, '다른 소식')}</td></tr>"),
])
def test_no_newsletter_story_without_a_sign_off_or_a_story_holding_most_of_the_mail_letter(html):
    from builder.extract.html import newsletter_story
    assert newsletter_story(load_html(html)) is None


@pytest.mark.parametrize("foot, author, email", [
    ("<p>글 <b>채도람</b> 기자 &lt;doram@saesol.example&gt;</p><p><time datetime='2026-08-04T16:20:00+09:00'>2026년 08월 04일"
     " 16시 20분</time> 게재</p><p>ⓒ 새솔저널 · 무단전재 및 재배포 금지</p>", "채도람", "doram@saesol.example"),
    ("<p>채도람 특파원 doram@saesol.example</p>", "채도람", "doram@saesol.example"),
    ("<address><a rel='author' href='/reporter/7'>채도람</a> doram@saesol.example</address>", "채도람",
     "doram@saesol.example"),
])
def test_the_writer_signing_in_the_articles_own_footer_is_the_author(foot, author, email):
    ex = _page("<title>기사 보기</title>", f"<article><h2>{HEADLINE}</h2><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p>"
               f"<footer>{foot}</footer></article>")
    assert ex.authors == [author] and ex.author_emails == [email]
    assert "무단전재" not in "\n".join(ex.body_lines)


@pytest.mark.parametrize("foot", [
    "<p>기사제보 tips@saesol.example | 새솔저널 무단전재 및 재배포 금지</p>",  # the desk's tip line: nobody signs
    "<p>Copyright © 새솔저널 All rights reserved.</p>",
])
def test_an_article_footer_with_no_signature_stays_furniture(foot):
    ex = _page("<title>기사 보기</title>", f"<article><h2>{HEADLINE}</h2><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p>"
               f"<footer>{foot}</footer></article>")
    assert ex.authors == [] and "tips@" not in "\n".join(ex.body_lines) and "rights" not in "\n".join(ex.body_lines)


@pytest.mark.parametrize("remark", [
    "-> 나중에 다시 읽기: 우리 동네도?",
    "→ 메모: 출근길에 다시 볼 것",
    "=> 공유할 곳: 반상회 단톡방",
    "내 메모: 자전거 대여소 위치 확인",
    "TODO: 이번 주 안에 시청에 물어보기",
])
def test_a_readers_remark_under_a_saved_article_is_no_text(remark):
    note = (f"<div class='note'><div class='title'>{HEADLINE}</div><div class='content'>새솔저널 2026.07.17 채도람 기자"
            f"<br><br>{PARA}<br><br>{PARA2}<br><br>{PARA}<br><br>{remark}</div></div>")
    ex = _page(f"<title>{HEADLINE}</title>", note)
    assert remark not in "\n".join(ex.body_lines) and PARA2[:20] in "\n".join(ex.body_lines)
    dump = _dump(f"{HEADLINE}\n\n{PARA}\n\n{PARA2}\n\n{remark}\n")
    assert remark not in "\n".join(dump.body_lines)


@pytest.mark.parametrize("line", [
    "→ 이어서 읽기",  # an arrow with no label and remark
    "시 관계자는 세 가지를 꼽았다: 요금, 대여소, 안전이다.",  # the writer's colon, no arrow or remark label
])
def test_a_last_line_that_is_no_remark_stays(line):
    from builder.extract.text import without_reader_remarks
    lines = [PARA, "", PARA2, "", line]
    assert without_reader_remarks(lines) == lines


# -- a bookmark file (Netscape format: browsers, bookmarking services): one entry's <DD> holds the article --

def _bookmarks(entries: str, title: str = "Bookmarks") -> str:
    return (f"<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
            f"<TITLE>{title}</TITLE>\n<H1>{title}</H1>\n<DL><p>\n{entries}</DL><p>\n")


_SAVED = (f"<DT><A HREF=\"https://www.yunbit.example/news/77\" ADD_DATE=\"1780000000\" TAGS=\"교통\">{HEADLINE} | 윤빛타임스</A>\n"
          f"<DD>윤빛타임스 도하슬 기자 | 2026.06.02 07:30\n\n{PARA}\n\n{PARA2}\n\n{PARA}\n\n")


@pytest.mark.parametrize("entries, note", [
    # a bookmarking service's export: links around the annotated one, a bracketed note of the saver's last
    ("<DT><A HREF=\"https://a.example/1\" ADD_DATE=\"1779990000\">주말 장보기 목록</A>\n" + _SAVED
     + "(내 메모: 빛가람구에도 생기면 좋겠다)\n<DT><A HREF=\"https://b.example/2\" ADD_DATE=\"1780010000\">날씨</A>\n",
     "내 메모"),
    # a browser's export in a folder, the annotated entry alone, a bracketed remark
    ("<DT><H3 ADD_DATE=\"1779990000\">읽을 기사</H3>\n<DL><p>\n" + _SAVED + "[소감: 출근길이 편해지겠다]\n</DL><p>\n",
     "소감"),
    # a note with no remark of the saver's
    (_SAVED, None),
])
def test_a_bookmark_file_is_read_through_its_annotated_entry(entries, note):
    ex, _lang, _rules = refined(extract_html(_bookmarks(entries)))
    body = "\n".join(ex.body_lines)
    assert ex.title == HEADLINE and ex.outlet == "윤빛타임스" and ex.authors == ["도하슬"]
    assert ex.published.startswith("2026-06-02")
    assert PARA2[:20] in body and "주말 장보기" not in body and "날씨" not in body and "Bookmarks" not in body
    assert note is None or note not in body


@pytest.mark.parametrize("html", [
    # entries with short notes only (a description line each): no article
    _bookmarks("<DT><A HREF=\"https://a.example/1\">장보기</A>\n<DD>이번 주 목록\n<DT><A HREF=\"https://b.example/2\">날씨</A>\n"),
    # a glossary page: terms with long definitions but no links, the page's own text
    f"<html><body><h1>용어 사전</h1><dl><dt>대여소</dt><dd>{PARA} {PARA2} {PARA}</dd><dt>보관대</dt><dd>{PARA2}</dd></dl></body></html>",
])
def test_no_annotated_bookmark_without_a_linked_entry_holding_most_of_the_file(html):
    from builder.extract.html import annotated_bookmark
    assert annotated_bookmark(load_html(html)) is None


@pytest.mark.parametrize("remark", ["(내 메모: 빛가람구에도 생기면 좋겠다)", "[소감: 출근길이 편해지겠다]",
                                    "※ 메모: 다음 주에 다시 볼 것", "【한줄평: 반가운 소식】"])
def test_a_bracketed_readers_remark_at_the_end_is_no_text(remark):
    from builder.extract.text import without_reader_remarks
    assert without_reader_remarks([PARA, "", PARA2, "", remark]) == [PARA, "", PARA2]


@pytest.mark.parametrize("line", ["(사진=윤빛타임스)", "(메모리 반도체 가격은 석 달째 올랐다)", "[도하슬 기자]"])
def test_a_bracketed_last_line_that_is_no_remark_stays(line):
    from builder.extract.text import without_reader_remarks
    lines = [PARA, "", PARA2, "", line]
    assert without_reader_remarks(lines) == lines


# -- an article clipped into a page of one's own (wiki, intranet report, knowledge-tool export): the box is the page --

_CLIP = (f"<h3><strong>{HEADLINE}</strong></h3><p><em>윤빛타임스 | 도하슬 기자 | 2026.06.02 07:30</em></p>"
         f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p><p>도하슬 기자 haseul@yunbit.example</p>")


@pytest.mark.parametrize("page", [
    # a wiki space's export: 'Space : Page' title and heading, a summary macro, the team's notes and attachments
    ("<html><head><title>대외협력팀 : 2026-06-02 보도 스크랩</title></head><body><h1 id='title-heading'>대외협력팀 : "
     "2026-06-02 보도 스크랩</h1><div class='page-metadata'>Created by 관리자, last modified on 6월 03, 2026</div>"
     "<div class='wiki-content'><div class='macro'><p>요약: 긍정 1건.</p></div><h2>원문</h2><div class='panel'>"
     f"<div class='panelContent'>{_CLIP}</div></div><h2>후속 조치</h2><ul><li>누리솔 담당자 공유</li></ul></div>"
     "<p>Attachments: 스크랩.png (image/png)</p></body></html>"),
    # a knowledge tool's page export: the page's own name, the clip in a quote block
    ("<html><head><title>읽을거리 모음</title></head><body><article><header><h1 class='page-title'>읽을거리 모음</h1>"
     f"</header><div class='page-body'><p>6월 첫째 주</p><blockquote>{_CLIP}</blockquote><p>누리솔 회의 때 공유</p>"
     "</div></article></body></html>"),
    # an intranet report: a section per clipping, the byline line without an outlet
    ("<html><head><title>주간 언론 동향</title></head><body><h1>주간 언론 동향</h1><section>"
     + _CLIP.replace("윤빛타임스 | ", "") + "</section><p>작성: 홍보실</p></body></html>"),
    # a forum's re-post: the thread's title repeats the headline, its date, poster and comments are the thread's
    (f"<html><head><title>[뉴스] {HEADLINE} - 누리솔 게시판</title></head><body><h2>[뉴스] {HEADLINE}</h2><div class='info'>"
     "<span>누리솔회원</span> <span>작성일 26-06-05 21:10</span></div><p>퍼왔습니다.</p><blockquote>"
     + _CLIP.replace("| 2026.06.02 07:30", "| 입력 2026.06.02 07:30") + "</blockquote><section><h2>댓글 2</h2>"
     "<article><time>26-06-05 21:30</time><p>우리 동네도 생기면 좋겠네요.</p></article></section></body></html>"),
])
def test_an_article_clipped_into_a_page_is_read_through_its_box(page):
    ex, _lang, _rules = refined(extract_html(page))
    body = "\n".join(ex.body_lines)
    assert ex.title == HEADLINE and ex.authors == ["도하슬"] and ex.published.startswith("2026-06-02")
    assert PARA2[:20] in body
    for furniture in ("스크랩", "요약", "후속 조치", "누리솔", "읽을거리", "동향", "홍보실", "Attachments", "퍼왔", "동네도"):
        assert furniture not in body, furniture


@pytest.mark.parametrize("page", [
    # a news page titled with its site's name and slogan, its logo in a linked <h1>, the article box under it
    "<html><head><title>윤빛타임스 - 빛을 전하는 신문</title></head><body><h1 class='logo'><a href='/'>윤빛타임스</a></h1>"
    f"<div id='view'>{_CLIP}</div><div id='footer'>ⓒ 윤빛타임스</div></body></html>",
    # a news page titled with its site's name alone, hidden headings for screen readers above the article
    "<html><head><title>윤빛타임스</title></head><body><h1 class='blind'>윤빛타임스</h1><h2 class='blind'>기사 본문</h2>"
    f"<div class='view'>{_CLIP.replace('h3', 'h3 class=view_tit', 1)}</div></body></html>",
    # a game page: the relay's section heading above the recap article, the site's name at the <title>'s end
    "<html><head><title>문자중계 | 누리솔 vs 빛가람 - 윤빛스포츠</title></head><body><section><h3>문자중계</h3><ul><li>9회말"
    f" 안타</li></ul></section><article>{_CLIP.replace('h3', 'h2')}</article></body></html>",
    # a news page: its <title> is the headline the box opens with
    f"<html><head><title>{HEADLINE} - 윤빛타임스</title></head><body><div class='article'>{_CLIP}</div></body></html>",
    # a related-stories box: headings with no byline line under them
    f"<html><head><title>읽을거리</title></head><body><div><h3>{HEADLINE}</h3><p>{PARA}</p><p>{PARA2}</p>"
    f"<p>{PARA}</p></div></body></html>",
    # a clip that is a small part of the page: a long page of the owner's own around it
    f"<html><head><title>주간 언론 동향</title></head><body><div>{_CLIP}</div>"
    + "".join(f"<p>{PARA2} {PARA}</p>" for _ in range(8)) + "</body></html>",
])
def test_no_clipped_article_on_a_page_of_its_own_or_without_a_byline_under_the_heading(page):
    from builder.extract.html import clipped_article
    assert clipped_article(load_html(page)) is None


# -- a note app's or clipper's source line ends the pasted article: the lines after it are the note's owner's --

@pytest.mark.parametrize("source", ["다음에서 붙여넣음: <https://www.yunbit.example/news/77>",
                                    "Pasted from <https://www.yunbit.example/news/77>",
                                    "복사한 위치: https://www.yunbit.example/news/77",
                                    "Clipped from: https://www.yunbit.example/news/77"])
def test_a_clippers_source_line_ends_the_pasted_article(source):
    note = "빛가람구 예산표도 같이 챙기기"
    ex = _page(f"<title>{HEADLINE}</title>", f"<div><p><b>{HEADLINE}</b></p><p>윤빛타임스 도하슬 기자 | 2026-06-02 07:30</p>"
               f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p><p>{html_escape(source)}</p></div><div><p>{note}</p></div>")
    body = "\n".join(ex.body_lines)
    assert PARA2[:20] in body and "yunbit.example" not in body and note not in body
    dump = _dump(f"{source}\n\n{HEADLINE}\n\n{PARA}\n\n{PARA2}\n")  # at the top: the line alone goes, the text stays
    assert PARA2[:20] in "\n".join(dump.body_lines) and "yunbit.example" not in "\n".join(dump.body_lines)


@pytest.mark.parametrize("line", ["시는 다음에서 붙여넣은 자료를 검토했다고 밝혔다.", "복사한 위치는 https://www.yunbit.example 이라고 밝혔다."])
def test_a_sentence_about_pasting_is_no_source_line(line):
    from builder.rules.ko.article import is_end_marker
    assert not is_end_marker(line) and not is_boilerplate(line)


# -- a reading app's export of highlights: each item quotes a passage; its note, colour and day are the reader's --

def _highlight(passage: str, extra: str) -> str:
    return f"<li class='highlight'><blockquote>{passage}</blockquote>{extra}</li>"


@pytest.mark.parametrize("items", [
    # notes and days after each passage
    [_highlight(PARA, "<p class='note'>내 메모: 빛가람구와 비교</p><span>하이라이트 2026-06-03</span>"),
     _highlight(PARA2, "<span>하이라이트 2026-06-03</span>")],
    # the day before the passage, an English app's labels
    [_highlight(PARA, "<p>Note: 빛가람구와 비교</p>").replace("<li class='highlight'>", "<li><time>Jun 3, 2026</time>"),
     _highlight(PARA2, "<p>Added on Jun 3, 2026</p>")],
    # items with no notes at all: the passages alone
    [_highlight(PARA, ""), _highlight(PARA2, ""), _highlight(PARA, "")],
])
def test_a_highlights_export_is_read_as_its_passages(items):
    ex = _page(f"<title>Highlights — {HEADLINE}</title>", f"<h1>{HEADLINE}</h1><p>윤빛타임스 · 도하슬 기자 · 2026-06-02</p>"
               f"<ol>{''.join(items)}</ol>")
    body = "\n".join(ex.body_lines)
    assert PARA[:20] in body and PARA2[:20] in body
    for furniture in ("메모", "Note", "하이라이트", "Added on", "Jun 3", "빛가람구"):
        assert furniture not in body, furniture


def test_a_list_with_one_quoting_item_is_no_highlights_export():
    from builder.extract.html import highlights_as_text
    tree = load_html(f"<html><body><ul><li><blockquote>{PARA}</blockquote><p>덧붙임</p></li><li>{PARA2}</li></ul></body></html>")
    highlights_as_text(tree)
    assert tree.find(".//ul") is not None and "덧붙임" in tree.text_content()


@pytest.mark.parametrize("remark, is_remark", [("[편집 메모] 사진은 협약식 사진으로 교체", True), ("[메모] 다음 주에 다시 볼 것", True),
                                               ("【데스크 메모】 제목 확인 완료", True),
                                               ("[기자 메모] 빛가람구 현장은 조용했다", False), ("[포토] 빛가람구 대여소", False)])
def test_a_bracketed_note_label_at_the_end_is_no_text(remark, is_remark):
    from builder.extract.text import without_reader_remarks
    lines = [PARA, "", PARA2, "", remark]
    assert without_reader_remarks(lines) == ([PARA, "", PARA2] if is_remark else lines)


# -- round 36: ordinary page shapes of small sites --

def _table_page(cell_body: str) -> str:
    return (f"<title>누리샘타임즈</title>"
            f"<table><tr><td class='left'><div class='subject'><b>{HEADLINE}</b></div>"
            "<div class='info'>2024-06-03 오후 2:15 | 조회 3,021</div>"
            f"<div class='text'>{cell_body}</div><div class='tags'>#자전거 #대여소</div>"
            "<div class='reply'>댓글 0 | 회원만 의견을 달 수 있어요.</div></td>"
            "<td class='right'><b>많이 본 뉴스</b><br>· 장날 셔틀버스 첫 운행<br>· 시장 골목 풍경</td></tr></table>")


def test_an_article_cell_whose_paragraphs_sit_in_a_box_of_the_cell_is_read_as_blocks():
    third = ("시는 석 달 치 대여 기록을 살핀 뒤 대여소 추가 여부를 가을께 결론짓는다. 기록은 석 달마다 "
             "시청 누리집에 싣고, 고장 난 자전거 신고도 앱으로 받는다.")
    ex = _page("", _table_page(f"<p>[누리샘타임즈=한가온 기자] {PARA}</p><p>{PARA2}</p><p>{third}</p>"))
    assert ex.body_lines == [PARA, PARA2, third]
    assert ex.authors == ["한가온"] and ex.title == HEADLINE
    assert not any("조회" in ln or "많이 본" in ln or "회원만" in ln or "#자전거" in ln for ln in ex.body_lines)


def test_a_cell_of_one_or_two_paragraphs_stays_a_table_cell():
    tree = load_html(f"<html><body><table><tr><td><div><p>{PARA}</p><p>{PARA2}</p></div></td>"
                     "<td>· 장날 셔틀버스 첫 운행</td></tr></table></body></html>")
    unwrap_layout(tree)
    assert tree.find(".//table") is not None and tree.find(".//td") is not None


def test_paragraphs_of_a_table_nested_in_the_cell_are_not_the_cells_own():
    from builder.extract.html import _article_cell
    inner = "".join(f"<p>{p}</p>" for p in (PARA, PARA2, PARA, PARA2))
    tree = load_html(f"<html><body><table><tr><td id='outer'><table><tr><td>가</td><td id='inner'>{inner}</td></tr></table>"
                     "</td><td>· 장날 셔틀버스 첫 운행</td></tr></table></body></html>")
    assert _article_cell(tree.xpath("//td[@id='inner']")[0])
    assert not _article_cell(tree.xpath("//td[@id='outer']")[0])


def test_a_site_wide_og_title_of_the_outlet_and_a_slogan_gives_way_to_the_heading_above_the_text():
    head = ("<title>자전거 소식 | 누리샘경제</title>"
            "<meta property='og:title' content='누리샘경제 - 우리 고장 살림의 길잡이'>"
            "<meta property='og:site_name' content='누리샘경제'>")
    body = f"<div class='top'><span>사회</span><h3 class='tit'>{HEADLINE}</h3></div><div class='body'><p>{PARA}</p><p>{PARA2}</p></div>"
    assert _page(head, body).title == HEADLINE


def test_an_og_title_that_opens_with_the_outlet_and_holds_the_headline_is_kept():
    other = "공공자전거 요금 절반으로 낮춘다…대여소도 늘려"
    head = (f"<meta property='og:title' content='누리샘경제 - {other}'>"
            "<meta property='og:site_name' content='누리샘경제'>")
    body = f"<h3>{HEADLINE}</h3><div class='body'><p>{PARA}</p><p>{PARA2}</p></div>"
    assert _page(head, body).title == other  # its words are the text's as much as the heading's: a reworded headline


def test_a_headline_first_og_title_is_never_taken_for_the_sites_own():
    other = "시 공공자전거 정책 바뀐다"
    head = (f"<meta property='og:title' content='{other} - 누리샘경제'>"
            "<meta property='og:site_name' content='누리샘경제'>")
    body = f"<h3>{HEADLINE}</h3><div class='body'><p>{PARA}</p><p>{PARA2}</p></div>"
    assert _page(head, body).title == other


@pytest.mark.parametrize("tag", ["[누리샘타임즈=한가온·도해람 기자]",
                                 "[누리샘타임즈 한가온·도해람 기자]", "(부산=누리샘타임즈) 한가온·도해람 기자 =",
                                 "[부산=누리샘타임즈] 한가온, 도해람 기자 =", "[부산=누리샘타임즈 한가온·도해람 기자]"])
def test_a_lede_tag_signed_by_two_reporters_gives_both(tag):
    ex = _page("<title>누리샘타임즈</title>", f"<h2>{HEADLINE}</h2><div><p>{tag} {PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["한가온", "도해람"] and ex.outlet == "누리샘타임즈"
    assert ex.body_lines[0] == PARA


def test_a_lede_tag_of_one_reporter_gives_one():
    ex = _page("<title>누리샘타임즈</title>", f"<h2>{HEADLINE}</h2><div><p>[누리샘타임즈=한가온 기자] {PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["한가온"] and ex.body_lines[0] == PARA


def test_the_place_before_a_comma_in_a_lede_tag_is_no_co_reporter():
    ex = _page("<title>누리샘타임즈</title>", f"<h2>{HEADLINE}</h2><div><p>[누리샘타임즈=모래내, 한가온 기자] {PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["한가온"] and ex.body_lines[0] == PARA
