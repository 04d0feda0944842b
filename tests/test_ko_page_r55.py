"""Page shapes of round 55: a news reader's dump titled by its feed's name and unread count; a messenger's share
preview above the article's full text; a weekly's numbered other-stories heading; a market quote box under a
business story; a layout table's lone cell holding the paragraphs; a portal carrying a press whose name is not
shaped as outlets' names are, named by its metadata and its copyright line.

Every page and dump here is written for the test; outlets and people are invented."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import (headline_under_feed_name, is_boilerplate, is_end_marker, refine,
                                      without_share_preview)

HEADLINE = "솔빛시 공영자전거 야간 운영 시작…자정까지 대여"
LEDE = "솔빛시는 공영자전거 대여 시간을 자정까지 늘리겠다고 9일 밝혔다."
PARA = "시는 대여소 마흔 곳에 조명을 새로 달고, 야간 이용객에게 안전모를 무료로 빌려준다. 운영 인력도 두 명씩 늘린다."
PARA2 = "시 관계자는 \"퇴근이 늦은 시민들의 이용이 많을 것으로 본다\"며 \"이용 추이를 보고 확대를 검토하겠다\"고 말했다."


def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


def _dump(text: str, name: str = "dump.txt"):
    return refine(extract_text(text, name))


# -- a reader's feed name over the opened item --

@pytest.mark.parametrize("feed", ["전체기사 (24)", "최신 뉴스 [7]", "주요기사(3)", "전체 기사"])
def test_feed_name_gives_way_to_the_line_below(feed):
    title, body = headline_under_feed_name(feed, [HEADLINE, LEDE, PARA])
    assert title == HEADLINE and body == [LEDE, PARA]


def test_a_headline_or_a_sentence_below_a_feed_name_stays():
    assert headline_under_feed_name(HEADLINE, [LEDE, PARA]) == (HEADLINE, [LEDE, PARA])
    assert headline_under_feed_name("전체기사 (24)", [LEDE, PARA]) == ("전체기사 (24)", [LEDE, PARA])


def test_reader_dump_headline_not_the_feed_line():
    ex = _dump(f"읽기함 · 내 구독\n솔빛투데이 - 전체기사 (12)\n\n{HEADLINE}\n솔빛투데이 · 2026년 3월 9일 오전 8:10 · 마하윤 기자\n\n"
               f"{LEDE}\n\n{PARA}\n\n{PARA2}\n")
    assert ex.title == HEADLINE
    assert "전체기사" not in "\n".join(ex.body_lines)


# -- a share preview above the full text --

def test_share_preview_above_full_text_mark_goes():
    body = [LEDE, "www.solbit.example", "https://www.solbit.example/news/view?id=7", "오후 2:05", "----- 전문 -----",
            HEADLINE, LEDE, PARA, PARA2]
    assert without_share_preview(body, HEADLINE) == [LEDE, PARA, PARA2]


def test_full_text_mark_without_a_repeated_lede_keeps_the_body():
    body = ["솔빛시 시장이 9일 신년사를 발표했다. 다음은 그 주요 내용이다.", "[전문]", PARA, PARA2]
    assert without_share_preview(body, HEADLINE) == body
    assert without_share_preview([LEDE, PARA], HEADLINE) == [LEDE, PARA]


# -- boxes under the text --

@pytest.mark.parametrize("line", ["주요 종목 시세", "관련 종목", "증시 현황", "솔빛전자 52,300 ▲1,200 (+2.35%)",
                                  "코스피 2,981.44 ▼3.08 (-0.34%) | 코스닥 902.17 ▲1.20 (+0.13%)"])
def test_market_box_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["솔빛전자 주가는 52,300원으로 전 거래일보다 2.35% 올랐다.", "종목별로 시세가 엇갈렸다.",
                                  "솔빛전자 52,300원(▲1,200원) 마감했다."])
def test_market_prose_stays(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", ["제512호 다른 기사", "제 88 호 주요 기사", "이번 호 다른 기사"])
def test_numbered_issue_box_ends_the_text(line):
    assert is_end_marker(line)


def test_issue_number_in_prose_ends_nothing():
    assert not is_end_marker("솔빛주보는 제512호부터 지면을 넓혔다.")


# -- a layout table's lone cell --

PARA3 = "야간 대여는 평일과 주말 모두 같은 요금으로 운영되며, 첫 한 달 동안은 한 시간 이용료를 받지 않는다. 반납은 어느 대여소에서나 할 수 있다. 시는 이용 실적을 보고 대여소를 스무 곳 더 늘리는 방안도 함께 검토한다."


def test_lone_layout_cell_keeps_its_paragraphs():
    paragraphs = "".join(f"<p>{p}</p>" for p in [LEDE, PARA, PARA2, PARA3])
    ex = _page("<title>솔빛주보 - 솔빛의 주간신문</title>",
               "<table><tr><td><div id='masthead'><a href='/'><img src='/logo.gif' alt='솔빛주보'></a></div>"
               "<div id='menu'><a href='/a'>시정</a> <a href='/b'>마을</a> <a href='/c'>교육</a></div></td></tr>"
               f"<tr><td><h3>{HEADLINE}</h3><div class='info'>마하윤 기자 | 등록 2026년03월09일</div>"
               f"<div class='body'>{paragraphs}</div><div class='tools'><a href='#'>인쇄</a> <a href='#'>목록</a></div>"
               "<div class='issue'><b>제88호 다른 기사</b><ul><li><a href='/1'>솔빛시 새해 예산 늘어</a></li></ul></div></td></tr>"
               "<tr><td><div id='footer'>솔빛주보 | 솔빛시 중앙로 1 | 발행인 마하윤</div></td></tr></table>")
    assert LEDE in ex.body_lines and PARA3 in ex.body_lines
    assert not any("다른 기사" in ln for ln in ex.body_lines)


# -- a carried press's name not shaped as an outlet's --

def _portal(alt: str, author: str, copyright_name: str):
    return _page(f"<title>{HEADLINE} : 들녘 연예</title><meta property='og:site_name' content='들녘 연예'>"
                 f"<meta property='og:article:author' content='{author}'><meta name='twitter:creator' content='{author}'>",
                 f"<div class='press'><img src='/p.png' alt='{alt}'></div><h2>{HEADLINE}</h2>"
                 "<div>기사입력 2026.03.09. 오후 1:10 <a href='https://press.example/1' class='orig'>기사원문</a></div>"
                 f"<div id='body'><p>{LEDE}</p><p>{PARA}</p><p>{PARA2}</p><p>&lt;ⓒ{copyright_name}, 무단전재 및 재배포 금지&gt;</p></div>")


def test_carried_press_named_twice_and_signed():
    assert _portal("솔결스타", "솔결스타", "솔결스타").outlet == "솔결스타"


def test_carried_press_unsigned_is_not_taken():
    assert _portal("솔결스타", "솔결스타", "다른곳").outlet != "솔결스타"


def _cell(inner: str):
    from lxml import html as lxml_html
    return lxml_html.fromstring(f"<html><body><table><tr><td>{inner}</td></tr></table></body></html>").find(".//td")


def test_lone_cell_with_a_text_box_is_an_article_cell_a_letters_cell_is_not():
    from builder.extract.html import _article_cell
    paragraphs = "".join(f"<p>{p}</p>" for p in [LEDE, PARA, PARA2, PARA3])
    assert _article_cell(_cell(f"<h3>{HEADLINE}</h3><div class='body'>{paragraphs}</div>"))
    assert not _article_cell(_cell(f"<h3>{HEADLINE}</h3>{paragraphs}"))
    assert not _article_cell(_cell(f"<div class='body'><p>{LEDE}</p><p>{PARA}</p></div>"))
