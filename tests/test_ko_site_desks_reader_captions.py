"""A dump's masthead printed as one row (the site's name, then its desks) or as a row of desks above a headline tagged
with the site's name; a reader view's source line under the headline ('모아소식 · 강원'); a photo caption under its bare
label that ends in a sentence; htmldate's 1st of a month the page does not print.

Every page, dump, outlet and person here is invented for the test."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from builder.document import refined
from builder.extract.html import prints_first_of_month, searched_date
from builder.extract.text import extract_text
from builder.rules.ko.article import _site_with_desks, is_boilerplate, masthead_line

PARA = ("보람구는 다음 달부터 하천변 산책로 4㎞ 구간에 야간 조명을 새로 달고 쉼터 여섯 곳을 만든다고 밝혔다. "
        "구 관계자는 저녁 운동 인구가 크게 늘었다고 설명했다.")
PARA2 = ("조명은 동물 서식지를 피해 낮은 높이로 설치하며 자정 이후에는 조도를 낮춘다. 구는 내년 봄 공사를 "
         "마치고 이용 실태를 살필 계획이라고 덧붙였다.")
HEADLINE = "하천변 산책로 야간 조명 설치…쉼터 여섯 곳 새로"
FOOTER = ["보람소식 | 보람시 중앙로 00 | 발행인 도나래", "Copyright © 보람소식. All rights reserved."]


def _dump(*lines: str):
    ex, _lang, _rules = refined(extract_text("\n".join(lines), "dump.txt"))
    return ex


def test_the_sites_name_and_its_desks_on_one_line_are_the_masthead():
    ex = _dump("보람뉴스 농업 어촌 관광 축제 귀농", HEADLINE, "기사입력 2026-04-02 10:31", "",
               PARA, "", PARA2, "", "도나래 기자", "", "Copyright © 보람뉴스. All rights reserved.")
    assert ex.title == HEADLINE
    assert ex.outlet == "보람뉴스"
    assert not any("귀농" in ln for ln in ex.body_lines)


def test_a_row_of_desks_above_the_sites_tagged_headline_is_the_masthead():
    ex = _dump("농업 어촌 관광 축제 육아 맛집", "", f"[보람소식] {HEADLINE}", "",
               "입력: 2026년 4월 2일 오전 7시 30분", "", PARA, "", PARA2, "", "도나래 기자", "", *FOOTER)
    assert ex.title == HEADLINE


@pytest.mark.parametrize("headline", ["보람시 도심 하천 조명 정비 착수", "보람소식 독자 위원회 정기 회의 열어",
                                      "보람뉴스 독자 위원회 정기 회의 개최"])
def test_a_headline_of_nouns_over_a_subheadline_stays_the_headline(headline):
    ex = _dump(headline, "쉼터 여섯 곳도 새로 만든다", "", PARA, "", PARA2, "", *FOOTER,
               "Copyright © 보람뉴스. All rights reserved.")
    assert ex.title == headline


@pytest.mark.parametrize("line", ["한빛뉴스 농업 어촌 관광 축제",  # the name printed nowhere else
                                  "보람뉴스 독자 위원회 20일 정기 회의",  # a figure: no desk
                                  "보람뉴스 정치 경제",  # too few desks
                                  "보람시 도심 하천 조명 정비"])  # a city, no outlet's name
def test_lines_that_are_no_site_with_desks(line):
    assert not _site_with_desks(line, ["Copyright © 보람뉴스. 보람시 중앙로 00"])


def test_a_site_with_desks_needs_its_name_in_the_footer():
    assert _site_with_desks("보람뉴스 농업 어촌 관광 축제", ["Copyright © 보람뉴스. All rights reserved."])


@pytest.mark.parametrize("line, name", [("보람소식 · 강원", "보람소식"), ("보람일보 · 사회", "보람일보"),
                                        ("보람소식 ㆍ 경기", "보람소식")])
def test_a_reader_views_source_line_names_the_site(line, name):
    assert masthead_line(line) == (name, None)


@pytest.mark.parametrize("line", ["서울 · 부산", "도나래 · 한겨울", "정치 · 사회", "보람소식 · 시민 기자단 모집"])
def test_lines_with_a_middle_dot_that_name_no_site(line):
    assert masthead_line(line) is None


def test_a_reader_view_dump_gives_the_sites_name_as_outlet():
    ex = _dump("읽기 모드", "─────────────", HEADLINE, "", "보람소식 · 강원", "등록 2026년 4월 2일",
               "예상 읽기 시간 3분", "", "글 도나래 객원기자", "", PARA, "", PARA2, "", "─────────────",
               "원문 보기: https://www.boramsosik.kr/news/1", "이 글을 저장한 날: 2026년 4월 4일")
    assert ex.outlet == "보람소식"
    assert ex.title == HEADLINE


@pytest.mark.parametrize("line", [
    "[사진] 도나래가 보람시 중앙공원에서 열린 마라톤에서 결승선을 통과한 뒤 두 팔을 들어 보이고 있다. 사진=보람연맹 제공",
    "(사진) 한겨울 선수가 결승골을 넣고 환호하고 있다.",
    "[사진 설명] 보람천 둔치에 새로 들어선 야외 도서관",
])
def test_a_caption_under_its_bare_label_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "[사진] 도나래 선수가 결승골을 넣었다. 이어 팀은 우승했다.",  # two sentences: text
    "사진 속 인물은 도나래 씨다.",  # no label
    "[사진=보람일보] 정부가 대책을 검토하고 있다.",  # a credit before the lede: not this rule's
    "[포토] 보람천 둔치에 새로 들어선 야외 도서관 - 보람일보",  # a photo story's headline tag
])
def test_lines_that_are_no_labelled_caption(line):
    assert not is_boilerplate(line)


def test_the_first_of_a_month_is_printed_only_when_the_page_says_so():
    assert prints_first_of_month("Posted 1 November 2025 by the desk", "2025", 11)
    assert prints_first_of_month("archive/2025/11/01/story", "2025", 11)
    assert not prints_first_of_month("Our November 2025 issue", "2025", 11)
    assert not prints_first_of_month("Posted 1 October 2025", "2025", 11)


def test_htmldate_gives_no_first_of_a_month_from_a_month_and_year_alone():
    page = lxml_html.fromstring("<html><body><h1>Harbour lights return</h1><p>From our November 2025 issue.</p>"
                                "<p>The harbour board said the lights would return next spring after repairs.</p>"
                                "</body></html>")
    assert searched_date(page, None) != "2025-11-01"
    dated = lxml_html.fromstring("<html><body><h1>Harbour lights return</h1><p>Published 1 November 2025</p>"
                                 "<p>The harbour board said the lights would return next spring.</p></body></html>")
    assert searched_date(dated, None) == "2025-11-01"
