"""A portal the outlet table does not know, carrying another press's article: the press is the name its metadata or
logo gives that the page prints again as the press's own (the lede's credit, the copyright line, the heading of the
press's box); one sign alone is not enough. And a reporter's bare address closing the text above the page's
copyright line is the author's."""
from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.rules.ko.article import closing_email, heads_press_box, newsroom_mailbox, signs_byline

HEADLINE = "구도심 골목길 가로등 교체…야간 보행 사고 줄인다"
PARA = ("시는 구도심 골목길 가로등 1천200개를 발광다이오드 등으로 바꾸기로 했다고 밝혔다. "
        "교체 비용은 모두 18억원으로 국비와 시비로 나눠 낸다.")
PARA2 = ("시 관계자는 어두운 골목에서 넘어지는 사고가 해마다 늘었다고 설명했다. "
         "공사는 다음 달 시작해 내년 봄까지 이어진다.")
SITE = "누리창 뉴스"
PRESS = "한솔바람경제"


def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(
        f"<html><head><meta charset='utf-8'><title>{HEADLINE} : {SITE}</title>"
        f"<meta property='og:site_name' content='{SITE}'>{head}</head><body>{body}</body></html>"))
    return ex


def _article(lede: str = "", tail: str = "", top: str = "") -> str:
    return (f"<div class='gnb'>{SITE} | 뉴스 | 증권 | 스포츠</div><div class='wrap'>{top}<h2>{HEADLINE}</h2>"
            f"<div class='info'><span>입력 2026.03.04. 오전 9:20</span> <a href='#'>기사원문</a></div>"
            f"<article>{lede}{PARA}<br><br>{PARA2}</article>{tail}</div>"
            f"<footer>{SITE} 이용약관 | 개인정보처리방침 | © NURICHANG Corp.</footer>")


COPYRIGHT = f"<p class='src'>Copyright ⓒ {PRESS}. All rights reserved. 무단 전재 금지.</p>"
BOX = (f"<div class='more'><h4>{PRESS} 주요뉴스</h4><ul><li>항만 물동량 석 달째 늘어</li><li>골목상권 결제 수수료 내린다</li>"
       "<li>동네 공원 밤 개방 늘린다</li></ul></div>")
REACTIONS = "<div class='reaction'>좋아요 0 훌륭해요 0 슬퍼요 0 화나요 0</div>"
LOGO = f"<div class='top'><a href='#'><img src='p.png' alt='{PRESS}'></a><span>구독</span></div>"


@pytest.mark.parametrize("head, body", [
    # the author field of its metadata and the copyright line under the text
    (f"<meta property='og:article:author' content='{PRESS} | {SITE}'>", _article(tail=COPYRIGHT)),
    # the writer's account name and the lede's credit
    (f"<meta name='twitter:creator' content='{PRESS}'>", _article(lede=f"[{PRESS}=나래온 기자] ")),
    # the logo over the headline and the heading of the press's box of other stories
    ("", _article(top=LOGO, tail=BOX)),
])
def test_an_unknown_portals_press_named_twice(head, body):
    assert _page(head, body).outlet == PRESS


@pytest.mark.parametrize("head, body", [
    # the account name alone: nothing on the page prints it again
    (f"<meta name='twitter:creator' content='{PRESS}'>", _article()),
    # a handle is an account's spelling, not a press's name
    ("<meta name='twitter:creator' content='@hansolbaram'>", _article(tail=COPYRIGHT.replace(PRESS, "한솔바람"))),
])
def test_one_sign_alone_names_no_carried_press(head, body):
    assert _page(head, body).outlet != PRESS


def test_a_press_named_in_the_text_only_is_not_the_carried_one():
    text = f"<p>{PRESS}가 집계한 자료도 같은 흐름을 보였다.</p>"
    ex = _page(f"<meta name='twitter:creator' content='{PRESS}'>", _article(tail=text))
    assert ex.outlet != PRESS


def test_byline_and_box_signs():
    assert signs_byline(PRESS, [f"[{PRESS}=나래온 기자] {PARA}"])
    assert signs_byline(PRESS, [f"{PRESS} | 나래온 기자"])
    assert not signs_byline(PRESS, [f"[{PRESS}] {PARA}"])
    assert heads_press_box(PRESS, [f"{PRESS}의 다른 기사"]) and heads_press_box(PRESS, [f"{PRESS} 많이 본 뉴스"])
    assert not heads_press_box(PRESS, [f"{PRESS} 구독하기"]) and not heads_press_box(PRESS, ["주요뉴스"])


def test_a_bare_address_closing_the_text_above_the_copyright_line():
    address = "narae.on@hansolbaram.example"
    note = "<p class='guide'>이 글의 분류는 제공한 매체가 정한 것입니다.</p>"
    ex = _page("", _article(lede="[한솔바람경제=나래온 기자] ", tail=COPYRIGHT + REACTIONS + BOX + note).replace(
        f"{PARA2}</article>", f"{PARA2}<br><br>{address}</article>"))
    assert ex.author_emails == [address]
    assert address not in ex.body


def test_closing_email_stops_at_the_end_mark_not_before_the_last_sentence():
    address = "narae.on@hansolbaram.example"
    copyright_line = f"Copyright ⓒ {PRESS}. All rights reserved."
    assert closing_email([PARA, address, copyright_line, "이 글의 분류는 제공한 매체가 정한 것입니다."]) == address
    assert closing_email([PARA, address, PARA2, copyright_line]) is None  # an address inside the text
    assert closing_email([PARA, PARA2, address]) == address


@pytest.mark.parametrize("address, box", [
    ("jebo@hansolbaram.example", True), ("Newsletter@hansolbaram.example", True), ("webmaster@hansolbaram.example", True),
    ("narae.on@hansolbaram.example", False), ("news.narae@hansolbaram.example", False), ("nrn@hansolbaram.example", False),
])
def test_newsroom_mailbox(address, box):
    assert newsroom_mailbox(address) is box


def test_a_tip_box_address_under_the_text_is_no_authors():
    ex = _page("", _article(lede="[한솔바람경제=나래온 기자] ",
                            tail="<p>여러분의 이야기를 기다립니다. 아래 주소로 보내 주세요.</p><p>이메일 : jebo@hansolbaram.example</p>"))
    assert ex.author_emails == []
