"""Furniture of small Korean sites and newsletters: a keyword line without hash marks, a letter's greeting to its
subscribers, a comment prompt with its counter, a photo box's heading in a table-layout sidebar, the company row under
a letter (its legal form, address and reader desk), and an entertainment paper's menu line above a dump's headline.

Every page, dump, outlet and person here is invented for the test."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import (desk_row_outlet, is_boilerplate, is_end_marker, legal_row_outlet,
                                      outlet_from_legal_footer, refine)

PARA = ("읍은 다음 달부터 강변 둔치 주차장을 넓히고 주말에는 무료 순환버스를 운행하기로 했다고 밝혔다. "
        "읍 관계자는 봄철마다 주차 민원이 이어졌다고 설명했다.")
PARA2 = ("새 주차장은 둔치 북쪽 공터에 들어서며 차량 150대를 세울 수 있다. 읍은 공사를 5월 안에 마치고 "
         "주민협의회와 함께 운영 방식을 정할 계획이라고 덧붙였다.")
HEADLINE = "강변 둔치 주차장 넓힌다…주말 무료 순환버스"


def _page(body: str):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"))
    return ex


@pytest.mark.parametrize("line", ["키워드 : 주차장, 순환버스, 둔치", "태그: 축제 / 관광 / 야시장", "관련 키워드 : 물가·금리",
                                  "검색어: 기준금리, 한국은행 총재"])
def test_a_keyword_list_without_hash_marks_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["키워드: 이번 회의의 핵심은 금리였다.", "키워드는 물가, 금리, 환율이다",
                                  "태그 : 이 사업은 주민들이 직접 제안한 것으로 알려졌다"])
def test_a_sentence_about_keywords_is_text(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", ["안녕하세요, 바람결레터 구독자님. 오늘 아침 전해 드릴 소식입니다.", "안녕하세요 독자 여러분!",
                                  "바람결레터 구독자 여러분, 안녕하세요.", "안녕하십니까, 회원님. 이번 주 소식을 모았습니다."])
def test_a_letters_greeting_to_its_readers_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ['그는 "안녕하세요, 여러분"이라고 인사하며 무대에 올랐다.',
                                  "안녕하세요, 구독자님. 지난주 시의회는 예산안을 두고 밤늦게까지 논쟁했고 결국 표결을 미뤘으며 "
                                  "의원들은 다음 회기에 재논의하기로 합의했다. 시민단체는 즉각 반발했다."])
def test_a_greeting_quoted_or_running_into_the_story_stays(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", ["기사에 대한 댓글을 남겨 주세요 (3)", "댓글을 달아 주세요", "이 기사에 대한 의견을 보내 주세요. [12]"])
def test_a_comment_prompt_with_its_counter_is_furniture(line):
    assert is_boilerplate(line)


def test_a_sentence_asking_for_comments_in_a_story_is_text():
    assert not is_boilerplate("시는 이번 계획안에 대해 시민들이 누리집에 댓글을 남겨 주기를 바란다고 밝혔다.")


@pytest.mark.parametrize("line", ["포토뉴스", "포토 갤러리", "[포토뉴스]", "화보", "포토뉴스 더보기"])
def test_a_photo_boxs_heading_ends_the_text(line):
    assert is_end_marker(line)


@pytest.mark.parametrize("line", ["포토뉴스 공모전에 시민 300명이 참가했다.", "화보 촬영 현장"])
def test_a_sentence_naming_photo_news_ends_nothing(line):
    assert not is_end_marker(line)


def test_a_table_layout_sidebar_after_the_text_is_cut_with_its_headline():
    ex = _page("<table width='980'><tr><td colspan='2' class='menu'><a href='/a'>정치</a> | <a href='/b'>사회</a> | "
               "<a href='/c'>경제</a></td></tr><tr><td width='700'><table width='100%'>"
               f"<tr><td class='view_title'><b>{HEADLINE}</b></td></tr>"
               "<tr><td class='view_info'>봉하늘 기자 | 2026-03-02 오후 2:10</td></tr>"
               f"<tr><td class='view_text'>{PARA}<br><br>{PARA2}</td></tr>"
               "<tr><td class='view_reply'>댓글을 남겨 주십시오. (0)</td></tr></table></td>"
               "<td width='280' class='side'><table width='100%'><tr><td class='side_title'>포토뉴스</td></tr>"
               "<tr><td>노을빛 억새 물결…주말 탐방객 2만명</td></tr></table></td></tr></table>")
    body = "\n".join(ex.body_lines)
    assert PARA2[:20] in body and "댓글" not in body and "포토뉴스" not in body and "억새" not in body


@pytest.mark.parametrize("row, outlet", [("(주)바람결신문 · 강원 가상시 새솔로 9 · 고객센터 033-000-1234", "바람결신문"),
                                         ("㈜바람결일보 | 가상시 새솔로 9 | 독자센터 033-000-1234", "바람결일보"),
                                         ("주식회사 바람결뉴스 · 가상시 새솔로 9 · 대표전화 033-000-1234", "바람결뉴스")])
def test_a_company_row_names_the_outlet_behind_its_legal_form(row, outlet):
    assert legal_row_outlet(row) == outlet
    assert outlet_from_legal_footer([PARA, row]) == outlet


def test_a_row_of_a_firm_in_a_story_names_no_outlet():
    assert legal_row_outlet("(주)바람결전자 · 가상시 새솔로 9 · 고객센터 033-000-1234") is None
    assert legal_row_outlet("(주)바람결신문은 가상시 새솔로 9에 있다") is None


def test_a_letters_company_row_leaves_the_body_and_names_the_outlet():
    ex = _page(f"<p>안녕하세요, 바람결레터 구독자님. 오늘 아침 전해 드릴 소식입니다.</p><h1>{HEADLINE}</h1>"
               f"<p>{PARA}</p><p>{PARA2}</p><p>봉하늘 기자 haneul@example.kr</p><hr>"
               "<p>(주)바람결신문 · 강원 가상시 새솔로 9 · 고객센터 033-000-1234</p>")
    body = "\n".join(ex.body_lines)
    assert ex.outlet == "바람결신문"
    assert PARA2[:20] in body and "구독자님" not in body and "고객센터" not in body


def test_an_entertainment_papers_menu_line_is_no_headline():
    text = "\n".join(["바람결스타", "스타 방송 드라마 예능 가요 TV", "", "영화", "", HEADLINE, "",
                      "입력 2026.03.02 10:20", "", PARA, "", PARA2])
    ex = refine(extract_text(text, "dump.txt"))
    assert ex.title == HEADLINE


@pytest.mark.parametrize("line", ["[관련기사] 강변 둔치 주차장 공사 착공 · 바람결신문", "【관련 뉴스】 순환버스 노선 두 곳 늘린다"])
def test_a_bracketed_related_story_link_is_furniture(line):
    assert is_boilerplate(line)


def test_a_bracketed_related_label_before_a_sentence_stays():
    assert not is_boilerplate("[관련기사] 읍은 이 사업을 다음 달 시작한다고 밝혔다.")


@pytest.mark.parametrize("line", ["[관련기사]", "【관련 뉴스】"])
def test_a_bracketed_related_heading_alone_ends_the_text(line):
    assert is_end_marker(line)


def test_a_reaction_counter_is_furniture_and_a_sentence_on_reactions_is_not():
    assert is_boilerplate("반응 3")
    assert not is_boilerplate("반응이 뜨겁다")


@pytest.mark.parametrize("row, outlet", [("경제 | 바람결저널", "바람결저널"), ("바람결일보 · 사회", "바람결일보")])
def test_a_desk_row_above_the_headline_names_the_outlet(row, outlet):
    assert desk_row_outlet([row, HEADLINE]) == outlet


@pytest.mark.parametrize("row", ["정치 | 경제", "봉하늘 | 사회", "바람결일보 | 바람결신문", "경제 | 바람결저널 주간 소식 모음 제42호 발행"])
def test_a_row_without_one_desk_and_one_outlet_names_none(row):
    assert desk_row_outlet([row, HEADLINE]) is None


def test_a_letters_desk_row_gives_its_outlet():
    ex = _page(f"<h1>Weekly digest</h1><p>경제 | 바람결저널</p><h2>{HEADLINE}</h2><p>{PARA}</p><p>{PARA2}</p>")
    assert ex.outlet == "바람결저널"
