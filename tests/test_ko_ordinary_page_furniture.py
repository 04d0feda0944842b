"""Furniture of ordinary Korean page shapes: a technology paper's menu line above a dump's headline, the box of the
reporter's or the site's other stories under the sign-off, a print view's source line with the page's address, a
mobile footer naming the outlet before the copyright sign, and a letter's source row under its greeting.

Every page, dump, outlet and person here is invented for the test."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from builder.document import process_bytes, refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.inputs import Source, kind_of, sha256
from builder.rules.ko.article import is_boilerplate, is_end_marker, outlet_from_copyright, refine

PARA = ("군은 다음 달부터 읍내 공영주차장 3곳을 밤 11시까지 열고 야간 요금을 절반으로 내리기로 했다고 밝혔다. "
        "군 관계자는 상가 주민들의 요청이 이어졌다고 설명했다.")
PARA2 = ("야간 운영에는 무인 정산기를 쓰고 주차장마다 관리 인력 1명을 둔다. 군은 90일간 시험 삼아 운영해 본 뒤 "
         "이용 실적을 보고 연장 여부를 정할 계획이라고 덧붙였다.")
HEADLINE = "읍내 공영주차장 밤 11시까지 연다…야간 요금 절반"


def _page(body: str, head: str = ""):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


def _dump(*lines: str):
    return refine(extract_text("\n".join(lines), "dump.txt"))


def test_a_technology_papers_menu_line_is_no_headline():
    ex = _dump("솔뫼테크", "테크 모바일 보안 클라우드 로봇 스타트업", "", HEADLINE, "", "입력 2026-03-02 10:20", "", PARA, "", PARA2)
    assert ex.title == HEADLINE
    assert "클라우드" not in "\n".join(ex.body_lines)


def test_a_headline_naming_a_desk_word_stays_the_headline():
    headline = "보안 취약점 신고 포상금 두 배로 늘린다"
    ex = _dump("솔뫼테크", "테크 모바일 보안 클라우드 로봇 스타트업", "", headline, "", "입력 2026-03-02 10:20", "", PARA, "", PARA2)
    assert ex.title == headline


@pytest.mark.parametrize("line", ["감나래 기자의 다른 기사", "다른 기사 보기", "다른 기사 더보기", "· 감나래 기자 다른 기사 보기",
                                  "감나래 특파원의 최신 기사"])
def test_a_heading_of_other_stories_ends_the_text(line):
    assert is_end_marker(line)


@pytest.mark.parametrize("line", ["다른 기사에서 다룬 것처럼 주차난은 해마다 되풀이됐다.", "이 기사는 다른 기사보다 두 배 많이 읽혔다",
                                  "감나래 기자의 다른 기사가 상을 받았다"])
def test_a_sentence_about_other_stories_ends_nothing(line):
    assert not is_end_marker(line)


def test_the_reporters_other_stories_under_an_address_sign_off_leave_the_dump():
    ex = _dump("솔뫼신문", "", HEADLINE, "", "감나래 기자  |  승인 2026.03.02 17:05", "", PARA, "", PARA2, "",
               "nrgam@solmoe.example", "", "감나래 기자의 다른 기사", "· 읍내 전통시장 주말 야시장 연다",
               "· 군립도서관 어린이 열람실 새단장", "", "저작권자 © 솔뫼신문 무단 전재·재배포 금지")
    body = "\n".join(ex.body_lines)
    assert PARA2[:20] in body and "야시장" not in body and "열람실" not in body
    assert ex.authors == ["감나래"] and ex.author_emails == ["nrgam@solmoe.example"] and ex.outlet == "솔뫼신문"


def test_a_weeklys_list_of_column_titles_under_its_heading_leaves_the_dump():
    ex = _dump("주간솔뫼", "", f"[동네사람] {HEADLINE}", "", "승인 2026.03.02 09:00", "글 감나래 기자", "", PARA, "", PARA2, "",
               "nrgam@solmoe.example", "", "다른 기사 보기", "[동네사람] 40년 지킨 대장간의 마지막 겨울",
               "빈 창고가 마을 극장으로…주민들의 5년", "", "Copyright © 2026 주간솔뫼. All rights reserved.")
    body = "\n".join(ex.body_lines)
    assert PARA2[:20] in body and "대장간" not in body and "마을 극장" not in body
    assert ex.title == f"[동네사람] {HEADLINE}"


@pytest.mark.parametrize("line", ["출처 : 솔뫼신보(http://www.solmoe.example/news/articleView.html?idxno=123)",
                                  "출처: 솔뫼신보 (https://solmoe.example/a/1)", "기사 출처 : 솔뫼일보 <https://solmoe.example/1>",
                                  "출처 : 솔뫼일보 https://solmoe.example/a/2", "원문 : 솔뫼일보(https://solmoe.example/a/3)"])
def test_a_source_line_with_the_pages_address_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["출처: 통계청 자료에 따르면 야간 이용객은 30% 늘었다.",
                                  "출처 : 군청 누리집에 실린 공고문(https://solmoe.example/n/5)을 보면 주차장은 세 곳이 늘어났고 요금도 내렸다",
                                  "원문: 군은 주차장 세 곳의 운영 시간을 늘린다고 밝혔다."])
def test_a_sentence_citing_its_source_stays(line):
    assert not is_boilerplate(line)


def test_a_print_views_source_line_leaves_the_body():
    ex = _page(f"<h2>{HEADLINE}</h2><p>감나래 기자 | 승인 2026.03.02 16:47</p><hr><p>{PARA}</p><p>{PARA2}</p><hr>"
               "<p>출처 : 솔뫼신보(http://www.solmoe.example/news/articleView.html?idxno=123)</p>"
               "<p>Copyright 2012 솔뫼신보. All rights reserved.</p>")
    body = "\n".join(ex.body_lines)
    assert PARA2[:20] in body and "출처" not in body and ex.outlet == "솔뫼신보"


@pytest.mark.parametrize("line, outlet", [("PC버전 | 솔뫼뉴스 © 2026 무단전재 금지", "솔뫼뉴스"),
                                          ("솔뫼일보 ⓒ All rights reserved", "솔뫼일보"),
                                          ("저작권자 © 솔뫼신문 무단 전재·재배포 금지", "솔뫼신문")])
def test_a_copyright_line_names_the_outlet_before_or_after_the_sign(line, outlet):
    assert outlet_from_copyright([line]) == outlet


@pytest.mark.parametrize("line", ["© 2026 무단전재 금지", "사진 ⓒ 2026 무단 사용 금지", "ⓒ 2026 All rights reserved"])
def test_a_copyright_line_without_a_name_names_no_outlet(line):
    assert outlet_from_copyright([line]) is None


def test_a_mobile_pages_footer_gives_the_outlet_not_its_rights_phrase():
    ex = _page(f"<header><a href='/' class='m-logo'>솔뫼뉴스</a></header><h1>{HEADLINE}</h1>"
               f"<div class='info'><span>글·사진 감나래</span><span>등록 2026년 3월 2일</span></div>"
               f"<div class='m-body'><p>{PARA}</p><p>{PARA2}</p></div>"
               "<footer>PC버전 | 솔뫼뉴스 © 2026 무단전재 금지</footer>", head="<title>솔뫼뉴스 모바일</title>")
    assert ex.outlet == "솔뫼뉴스"


def _letter(html: str) -> dict:
    msg = EmailMessage()
    msg["From"] = "솔뫼편지 <letter@solmoe.example>"
    msg["To"] = "reader@example.com"
    msg["Subject"] = f"[솔뫼편지] {HEADLINE}"
    msg["Date"] = "Mon, 02 Mar 2026 18:30:00 +0900"
    msg.set_content(html, subtype="html", charset="utf-8", cte="base64")
    data = bytes(msg)
    return process_bytes(Source(path="letter.eml", kind=kind_of("letter.eml"), data=data), data, sha256(data)).article[0]


LETTER_PARAGRAPHS = ["솔뫼군이 읍내 공영주차장 3곳의 운영 시간을 밤 11시까지 늘린다.",
                     "군은 2일 상가 주민들의 요청을 받아 다음 달부터 야간 요금을 절반으로 내리고 무인 정산기를 둔다고 밝혔다.",
                     "야간에는 주차장마다 관리 인력 한 명을 두고, 석 달 동안 시범 운영한다.",
                     "지난달 군의 설문에서 주민 500명 가운데 70%가 야간 운영을 원했다.",
                     '군 교통과 관계자는 "이용 실적을 보고 연장 여부를 정하겠다"고 말했다.']


def test_a_letters_source_row_under_its_greeting_gives_the_outlet():
    paragraphs = "\n".join(f"<p>{p}</p>" for p in LETTER_PARAGRAPHS)
    row = _letter("<html><body>\n<p>안녕하세요, 구독자님. 이번 주 솔뫼편지입니다.</p>\n<table><tr><td>\n"
                  f"<p>솔뫼신문 | 입력 2026-03-02 오후 6:05</p>\n<h1>{HEADLINE}</h1>\n{paragraphs}\n"
                  "<p>감나래 기자 nrgam@solmoe.example</p>\n</td></tr></table>\n"
                  "<p>이 메일은 솔뫼편지 독자께 보내 드립니다.</p>\n</body></html>")
    assert row["outlet"] == "솔뫼신문"
    assert row["published_at"].startswith("2026-03-02T18:05")
    assert "구독자님" not in row["body"] and LETTER_PARAGRAPHS[-1][:20] in row["body"]


@pytest.mark.parametrize("heading", ["감나래 기자 다른기사 보기", "감나래 기자의 다른 기사"])
def test_the_reporter_box_heading_that_ends_the_text_still_names_the_reporter(heading):
    ex = _dump("솔뫼신문", "", HEADLINE, "", "입력 2026.03.02 10:20", "", PARA, "", PARA2, "", heading,
               "· 읍내 전통시장 주말 야시장 연다", "· 군립도서관 어린이 열람실 새단장")
    assert ex.authors == ["감나래"]
    assert "야시장" not in "\n".join(ex.body_lines)


def test_a_bare_other_stories_heading_names_no_reporter():
    ex = _dump("솔뫼신문", "", HEADLINE, "", "입력 2026.03.02 10:20", "", PARA, "", PARA2, "", "다른 기사 보기",
               "· 읍내 전통시장 주말 야시장 연다")
    assert ex.authors == []


@pytest.mark.parametrize("line", ["※ 이 기사는 솔뫼군 보도자료를 토대로 작성함", "본 기사는 보도 자료를 근거로 정리했음",
                                  "* 이 기사는 솔뫼연구원 보도자료를 기반으로 작성됨."])
def test_a_note_that_the_story_comes_from_a_press_release_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["이 기사는 군 보도자료를 토대로 작성됐지만 군의회는 통계가 틀렸다고 반박했다.",
                                  "군은 보도자료를 근거로 정리된 기사에 오류가 있다고 밝혔다."])
def test_a_sentence_about_a_press_release_stays(line):
    assert not is_boilerplate(line)
