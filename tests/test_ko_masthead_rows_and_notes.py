"""Masthead rows and closing notes of ordinary Korean page shapes: a dump's row of desks with slashed pairs, the
slogan line between a site's name and its path, a copyright notice's years before the outlet's name, a site-wide
og:title giving way to the heading on a table page, a comment prompt with its login note, an outlet's other-stories
heading with its list, a tip line naming the channel's account and a rights note with the site's address.

Every page, dump, outlet and person here is invented for the test."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html, good_outlet
from builder.extract.text import extract_text
from builder.rules.ko.article import _menu_line, canonical_outlet, is_boilerplate, outlet_from_copyright, refine

PARA = ("구는 다음 달부터 하천변 자전거길 4㎞ 구간에 야간 조명을 새로 달고 쉼터 여섯 곳을 만든다고 밝혔다. "
        "구 관계자는 저녁 운동 인구가 크게 늘었다고 설명했다.")
PARA2 = ("조명은 동물 서식지를 피해 낮은 높이로 설치하며 자정 이후에는 조도를 낮춘다. 구는 내년 봄 공사를 "
         "마치고 이용 실태를 살필 계획이라고 덧붙였다.")
HEADLINE = "하천변 자전거길 야간 조명 설치…쉼터 여섯 곳 새로"


def _dump(*lines: str):
    return refine(extract_text("\n".join(lines), "dump.txt"))


@pytest.mark.parametrize("row", ["포털홈 정치 속보 사회 경제 생활/문화 세계 IT/과학",
                                 "홈 정치 경제 사회/문화 국제 오피니언",
                                 "뉴스홈 속보 연예 스포츠 건강/의학 교육"])
def test_a_row_of_desks_with_slashed_pairs_is_a_menu(row):
    assert _menu_line(row)
    ex = _dump(row, "구독", "", HEADLINE, "", "보람구신문 | 2026.04.02. 오후 2:11", "", PARA, "", PARA2)
    assert ex.title == HEADLINE


@pytest.mark.parametrize("line", ["반도체 수출 역대 최대", "보람구 골목 공원 놀이터 그늘막 설치 확대",
                                  "서원/보람 두 구 통합 청사 착공 연기", "수출 6개월 연속 증가/반도체 견인"])
def test_a_headline_of_nouns_is_no_menu(line):
    assert not _menu_line(line)


def test_the_slogan_between_the_sites_name_and_its_path_is_no_headline():
    ex = _dump("보람구신문", "서원·보람·다솜의 하루를 여는 신문", "홈 > 뉴스 > 지역 > 보람", "", HEADLINE,
               "보람구신문  |  기사입력 2026/04/02 07:55", "", PARA, "", PARA2)
    assert ex.title == HEADLINE


def test_a_line_under_the_sites_name_with_no_path_below_stays_the_headline():
    ex = _dump("보람구신문", HEADLINE, "", "기사입력 2026/04/02 07:55", "", PARA, "", PARA2)
    assert ex.title == HEADLINE


@pytest.mark.parametrize("notice, name", [("Copyright 2011 다솜골뉴스", "다솜골뉴스"), ("ⓒ 2010-2026 다솜골뉴스", "다솜골뉴스"),
                                          ("© 다솜골뉴스", "다솜골뉴스"), ("다솜골뉴스", "다솜골뉴스"), ("24시다솜", "24시다솜")])
def test_a_copyright_notices_years_are_no_part_of_the_outlet(notice, name):
    assert canonical_outlet(notice) == name
    assert good_outlet(notice) == name


def test_a_site_wide_og_title_gives_way_to_the_heading_when_the_outlet_is_a_copyright_meta():
    html = ("<html><head><meta charset='utf-8'><title>뉴스 &gt; 지역</title>"
            "<meta property='og:title' content='다솜골뉴스 - 마을의 이야기를 모읍니다'>"
            "<meta name='copyright' content='Copyright 2011 다솜골뉴스'></head><body>"
            "<div id='top'><a href='/'>다솜골뉴스</a> 전체기사 | 지역 | 사람들</div>"
            f"<div id='news_read'><h3 class='tit'>{HEADLINE}</h3><p class='writer'>탁새온 기자</p>"
            "<p class='date'>기사입력 2026/04/02 09:15</p>"
            f"<div class='read_body'><p>{PARA}</p><p>{PARA2}</p></div></div>"
            "<div id='foot'>다솜골뉴스 | Copyright 2011 다솜골뉴스. 무단전재 금지</div></body></html>")
    ex, _lang, _rules = refined(extract_html(html))
    assert ex.title == HEADLINE
    assert ex.outlet == "다솜골뉴스"


@pytest.mark.parametrize("line", ["첫 댓글을 달아 주세요. 로그인하시면 쓰실 수 있습니다.",
                                  "댓글을 남겨주세요. 회원가입 후 이용하실 수 있습니다.",
                                  "다솜골뉴스의 다른 기사 · 시장 골목 간판 정비 · 도서관 야간 개방",
                                  "제보는 카카오톡 dasomjebo", "기사 제보: 카톡 ID dasom_news",
                                  "제보는 텔레그램 dasom24, 이메일 tip@dasom.example"])
def test_closing_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["제보는 카카오톡으로 들어왔다.", "다솜골뉴스의 다른 기사는 찾을 수 없었다.",
                                  "주민들은 의견을 남겨 달라는 구의 요청에 답했다."])
def test_sentences_about_tips_and_comments_stay(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", ["주간다솜(http://www.dasomweekly.example) 무단복제 금지",
                                  "주간다솜(www.dasomweekly.example) 무단 복제·배포 금지"])
def test_a_rights_note_with_the_sites_address_names_the_outlet(line):
    assert outlet_from_copyright([line]) == "주간다솜"


@pytest.mark.parametrize("printed, name", [("다솜골일보 모바일", "다솜골일보"), ("다솜골일보 인쇄하기", "다솜골일보"),
                                           ("다솜골일보 PC버전", "다솜골일보"), ("모바일다솜", "모바일다솜"),
                                           ("다솜골일보", "다솜골일보")])
def test_the_pages_view_after_the_sites_name_is_no_part_of_the_outlet(printed, name):
    assert canonical_outlet(printed) == name


def test_a_boards_title_field_row_gives_the_headline_without_its_label():
    ex = _dump("보람구소식", "HOME > 구정소식 > 행정", "", f"제목 | {HEADLINE}", "작성자 | 탁새온 기자",
               "작성일 | 2026-04-02 10:12", "", PARA, "", PARA2)
    assert ex.title == HEADLINE


def test_a_headline_opening_with_the_word_for_title_keeps_it():
    ex = _dump("제목 없는 그림 스무 점, 보람구 골목 전시장에 걸린다", "", "입력 2026-04-02 10:12", "", PARA, "", PARA2)
    assert ex.title.startswith("제목 없는")
