"""Page shapes of round 57: a site's print view saved as text (the window's title, the printed page's address, its
buttons and print time above the masthead); a byline row whose reporter's e-mail stands in a cell of its own; the
seconds a CMS prints in its time; a share row whose networks are bracketed buttons; a footer that names the paper in
Korean while its copyright line gives only the site's address.

Every page and dump here is written for the test; outlets and people are invented."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import (byline_node, dump_frame, footer_name_over_address, handles_only, is_boilerplate,
                                      outlet_from_copyright, print_view_head, refine)

HEADLINE = "물결시 공공도서관 주말 야간 개관…밤 10시까지 문 연다"
LEDE = "물결시는 시립도서관 세 곳의 주말 운영 시간을 밤 10시까지 늘린다고 4일 밝혔다."
PARA = "시는 야간 근무 인력 여섯 명을 새로 뽑고, 열람실 조명과 난방 설비를 손볼 계획이다. 사업비는 2억 원이다."
PARA2 = "시 관계자는 \"평일에 시간을 내기 어려운 직장인들의 이용이 늘 것으로 본다\"고 말했다."


def _dump(text: str, name: str = "dump.txt"):
    return refine(extract_text(text, name))


def _page(body: str, head: str = ""):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


# -- a site's print view saved as text --

PRINT_HEADS = [
    ["볕누리타임스 - 인쇄하기", "https://www.byeotnuri.example/news/articlePrint.html?idxno=5521", "[인쇄하기] [닫기]",
     "인쇄일시 : 2026-05-05 09:12"],
    ["볕누리타임스 :: 기사 프린트", "http://byeotnuri.example/print.php?no=5521", "인쇄 | 닫기"],
    ["인쇄 미리보기", "https://byeotnuri.example/a/5521", "출력일시 2026.05.05 09:12"],
    ["[볕누리타임스] 기사 인쇄", "https://byeotnuri.example/a/5521"],
]


@pytest.mark.parametrize("head", PRINT_HEADS)
def test_print_view_head_goes_and_headline_stays(head):
    text = "\n".join(head) + f"\n\n볕누리타임스\n\n{HEADLINE}\n\n등록 2026-05-04 16:40:27\n\n탁새윤 기자 taksy@byeotnuri.example\n\n" \
                             f"{LEDE}\n\n{PARA}\n\n{PARA2}\n"
    ex = _dump(text)
    assert ex.title == HEADLINE
    body = "\n".join(ex.body_lines)
    assert "http" not in body and "인쇄" not in body and "프린트" not in body
    assert ex.body_lines[0] == LEDE
    assert ex.published == "2026-05-04T16:40:27+09:00"


def test_print_view_head_names_the_site():
    lines = ["볕누리타임스 - 인쇄하기", "https://byeotnuri.example/a/5521", "", "볕누리타임스", "", HEADLINE, "", LEDE]
    rest, site = print_view_head(lines)
    assert site == "볕누리타임스" and rest == ["볕누리타임스", "", HEADLINE, "", LEDE]
    assert dump_frame(lines) == (rest, site)


@pytest.mark.parametrize("lines", [
    # an address under a headline shared from a messenger: no print view
    [HEADLINE, "https://byeotnuri.example/a/5521", "", LEDE, PARA],
    # an address alone above a headline proves nothing either
    ["https://byeotnuri.example/a/5521", "", HEADLINE, "", LEDE],
    # a headline about printing is no print view's title
    ["3D 프린터로 만든 의수 기증…물결시 청소년 동아리 선행", "", LEDE],
])
def test_lines_without_a_print_view_stay(lines):
    assert print_view_head(lines) == (lines, None)


def test_print_time_is_no_published_date():
    ex = _dump("볕누리타임스 - 인쇄하기\n인쇄일시 : 2026-05-09 08:00\n\n"
               f"{HEADLINE}\n\n입력 2026.05.04 16:40\n\n{LEDE}\n\n{PARA}\n")
    assert ex.published == "2026-05-04T16:40:00+09:00"


# -- a byline row with the reporter's e-mail in a cell of its own --

@pytest.mark.parametrize("row", [
    "탁새윤 선임기자 | taksy@byeotnuri.example | 2026년 5월 4일 (월) 16:40",
    "탁새윤 기자 | e-mail: taksy@byeotnuri.example | 입력 2026.05.04 16:40",
    "입력 2026-05-04 오후 4:40 | 탁새윤 기자 | taksy@byeotnuri.example",
    "탁새윤 기자 ｜ [taksy@byeotnuri.example] ｜ 2026년 5월 4일 월요일 오후 4시 40분",
])
def test_byline_row_with_email_cell_gives_reporter_and_date(row):
    who, when = byline_node([row])
    assert who == "탁새윤" and when == "2026-05-04T16:40:00+09:00"


def test_email_cell_is_no_reporter_nor_date():
    assert byline_node(["taksy@byeotnuri.example | 2026.05.04 16:40"]) == (None, None)
    assert byline_node(["탁새윤 기자 | 물결시 밤길 조명 교체 | 2026.05.04 16:40"]) == (None, None)


def test_table_page_byline_row_dates_the_article():
    ex = _page("<table><tr><td class='title'>" + HEADLINE + "</td></tr>"
               "<tr><td class='info'>탁새윤 선임기자 | taksy@byeotnuri.example | 2026년 5월 4일 (월) 16:40</td></tr>"
               f"<tr><td class='text'><p>{LEDE}</p><p>{PARA}</p><p>{PARA2}</p></td></tr></table>",
               head=f"<title>{HEADLINE}</title>")
    assert ex.published == "2026-05-04T16:40:00+09:00"
    assert ex.authors == ["탁새윤"]


# -- seconds --

@pytest.mark.parametrize("line, iso", [
    ("등록 2026-05-04 16:40:27", "2026-05-04T16:40:27+09:00"),
    ("입력 2026.05.04 16:40", "2026-05-04T16:40:00+09:00"),
    ("기사입력 2026/05/04 오후 4:40:05", "2026-05-04T16:40:05+09:00"),
])
def test_dump_time_keeps_its_seconds(line, iso):
    ex = _dump(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n\n{PARA}\n")
    assert ex.published == iso


# -- share rows --

@pytest.mark.parametrize("line", ["기사를 공유합니다 [페이스북] [트위터] [카카오]", "기사를 공유합니다 (카카오톡) (밴드) (링크 복사)",
                                  "뉴스를 공유합니다 | 페이스북 | X"])
def test_share_row_with_bracketed_networks_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["주민들은 뉴스를 공유합니다 [속보]", "글을 공유합니다. 독자들은 [볕누리타임스] 계정에서 의견을 남겼다"])
def test_sentences_about_sharing_stay(line):
    assert not is_boilerplate(line)


def test_share_row_after_table_text_leaves_the_body():
    ex = _page("<table><tr><td class='title'>" + HEADLINE + "</td></tr>"
               "<tr><td class='info'>탁새윤 기자 | 2026.05.04 16:40</td></tr>"
               f"<tr><td class='text'><p>{LEDE}</p><p>{PARA}</p><p>{PARA2}</p></td></tr>"
               "<tr><td class='share'>기사를 공유합니다 [페이스북] [트위터] [카카오]</td></tr></table>",
               head=f"<title>{HEADLINE}</title>")
    assert "공유합니다" not in "\n".join(ex.body_lines)


# -- the paper's Korean name over its address --

@pytest.mark.parametrize("line, name", [
    ("본 신문 기사의 모든 저작권은 볕누리타임스에 있습니다.", "볕누리타임스"),
    ("본 누리집의 모든 기사의 저작권은 볕누리타임스에 있습니다.", "볕누리타임스"),
    ("이 사이트의 저작권은 볕누리타임스에게 귀속됩니다", "볕누리타임스"),
])
def test_copyright_sentence_names_the_paper(line, name):
    assert outlet_from_copyright([line]) == name


@pytest.mark.parametrize("line", ["개별 콘텐츠의 저작권은 해당 매체에 귀속됩니다.", "이 사이트의 모든 저작권은 제공처에게 귀속됩니다.",
                                  "본 사이트의 모든 자료는 회원만 내려받는다."])
def test_portal_notes_name_no_paper(line):
    assert outlet_from_copyright([line]) is None


FOOTER = ["볕누리타임스 | 물결시 강변로 12 | TEL 031-000-1234", "Copyright ⓒ 2011 byeotnuri.co.kr All rights reserved."]


def test_footer_name_over_address():
    assert footer_name_over_address("byeotnuri", FOOTER) == "볕누리타임스"
    assert footer_name_over_address("MGTV", ["물결방송 | 물결시 강변로 12 | TEL 031-000-1234", "Copyright ⓒ MGTV"]) is None
    assert footer_name_over_address("byeotnuri", FOOTER[1:]) is None


def test_table_page_outlet_from_footer_not_address():
    ex = _page("<table><tr><td class='title'>" + HEADLINE + "</td></tr>"
               "<tr><td class='info'>탁새윤 기자 | 기사입력 2026.05.04 16:40</td></tr>"
               f"<tr><td class='text'>{LEDE}<br><br>{PARA}<br><br>{PARA2}<br><br>탁새윤 기자 (taksy@byeotnuri.co.kr)</td></tr>"
               "<tr><td class='copy'>" + "<br>".join(FOOTER) + "</td></tr></table>",
               head=f"<title>{HEADLINE}</title>")
    assert ex.outlet == "볕누리타임스"


@pytest.mark.parametrize("line", ["인쇄일시 : 2026-05-05 09:12", "출력 시각 2026.05.05", "인쇄일 2026년 5월 5일 (화) 오전 9:12",
                                  "인쇄 시간: 2026/05/05 09:12:33"])
def test_print_time_line_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["인쇄일시 : 2026-05-05 09:12 물결시 도서관은 주말에도 문을 연다",
                                  "출력 일자는 2026년 5월 5일로 정해졌다고 인쇄소 측은 밝혔다."])
def test_sentences_with_print_words_stay(line):
    assert not is_boilerplate(line)


def test_html_print_view_keeps_only_the_text():
    ex = _page("<div><span>https://www.byeotnuri.example/news/articlePrint.html?idxno=5521</span> <a href='#'>[인쇄하기]</a>"
               " <a href='#'>[닫기]</a></div><div>인쇄일시 : 2026-05-05 09:12</div><div class='logo'>볕누리타임스</div>"
               f"<h3>{HEADLINE}</h3><div class='info'>등록 2026-05-04 16:40:27</div><div>탁새윤 기자 taksy@byeotnuri.example</div>"
               f"<div class='text'><p>{LEDE}</p><p>{PARA}</p><p>{PARA2}</p></div>"
               "<div>출처 : 볕누리타임스(https://www.byeotnuri.example)</div>",
               head="<title>볕누리타임스 - 인쇄하기</title>")
    assert ex.title == HEADLINE and ex.outlet == "볕누리타임스"
    assert ex.body_lines == [LEDE, PARA, PARA2]


@pytest.mark.parametrize("line", ["Copyright ⓒ www.byeotnuri.co.kr All rights reserved.", "ⓒ byeotnuri.com",
                                  "Copyright (c) 2011 http://www.byeotnuri.co.kr"])
def test_copyright_address_is_read_past_its_scheme_and_www(line):
    assert outlet_from_copyright([line]) == "byeotnuri"
    assert footer_name_over_address("byeotnuri", [FOOTER[0], line]) == "볕누리타임스"


def test_row_reporter_over_a_lone_latin_word_from_the_address():
    ex = _page("<table><tr><td class='byline'>(파리=탁새윤 특파원) 2026-05-04 | r3512@byeotnuri.example</td></tr></table>"
               f"<div class='article'><p>{LEDE}</p><p>{PARA}</p><p>{PARA2}</p></div><p>Copyright 2011 볕누리타임스</p>",
               head=f"<title>{HEADLINE} - 볕누리타임스</title>")
    assert ex.authors == ["탁새윤"] and ex.published == "2026-05-04"


def test_handles_only():
    assert handles_only(["R"], "탁새윤")
    assert not handles_only(["표시온"], "탁새윤") and not handles_only(["Jane Roe"], "탁새윤") and not handles_only([], "탁새윤")
