"""Cheap tests that skip a costly search on pages that cannot match it must not skip a page that does.

The chat-export and notebook searches test each element's class as a token (`normalize-space`, so a class value
parted by tabs or line breaks still holds it); the page's class names are listed first and the search is run only
when the names it needs are there. A page with the names parted so is still found; one without them is left alone.
"""

from __future__ import annotations

from trafilatura.utils import load_html

from builder.extract.docexport import class_names, without_notebook_code
from builder.extract.html import carried_message, without_other_language_boxes
from builder.rules.ko.article import _body_start

_STORY = ("강변시립도서관이 다음 달부터 주말 야간 개관을 시작한다. 도서관은 토요일과 일요일 밤 10시까지 문을 열고, "
          "열람실 두 곳과 어린이 자료실을 함께 운영한다. 관장 모도윤 씨는 주말 저녁 이용자가 꾸준히 늘었다고 설명했다. ")


def _chat(message_class: str, text_class: str) -> str:
    rows = [("안녕하세요", ""), ("오늘 기사 공유합니다", ""), (_STORY * 3, "<b>강변시립도서관 주말 야간 개관</b>"),
            ("감사합니다", "")]
    body = "".join(f"<div class='{message_class}'><div class='{text_class}'>{bold}{text}</div></div>"
                   for text, bold in rows)
    return f"<html><head><title>채팅 기록</title></head><body>{body}</body></html>"


def test_class_names_part_at_every_space_normalize_space_does():
    tree = load_html("<html><body><div class='a\tb'><p class='\nc  d\r\n'>x</p><span>y</span></div></body></html>")
    assert class_names(tree) == {"a", "b", "c", "d"}


def test_chat_export_with_classes_parted_by_tabs_and_line_breaks_is_still_carried():
    page = carried_message(load_html(_chat("clearfix\tmessage\n", "text\tbody")))
    assert page is not None and "강변시립도서관 주말 야간 개관" in page and "감사합니다" not in page


def test_page_without_both_class_names_of_a_pair_is_no_chat_export():
    assert carried_message(load_html(_chat("message", "bubble"))) is None  # a message class but no text class
    assert carried_message(load_html(_chat("post", "text"))) is None


def test_notebook_cells_with_classes_parted_by_line_breaks_are_taken_out():
    tree = load_html("<html><body><div class='cell\ncode_cell rendered'><pre>print(1)</pre></div>"
                     f"<div class='text_cell'><p>{_STORY}</p></div></body></html>")
    assert without_notebook_code(tree)
    assert "print(1)" not in tree.text_content() and "강변시립도서관" in tree.text_content()


def test_page_without_notebook_class_names_is_left_whole():
    html = f"<html><body><div class='codecell-like article'><pre>print(1)</pre><p>{_STORY}</p></div></body></html>"
    tree = load_html(html)
    assert not without_notebook_code(tree)
    assert "print(1)" in tree.text_content()


def test_language_box_marked_with_xml_lang_is_dropped_and_an_unmarked_page_kept():
    english = ("The city library will open late on weekends from next month, staying open until ten at night "
               "with two reading rooms and the children's section.")
    tree = load_html(f"<html lang='ko'><body><div xml:lang='en'><p>{english}</p></div>"
                     f"<div><p>{_STORY * 3}</p></div></body></html>")
    without_other_language_boxes(tree)
    assert "weekends" not in tree.text_content() and "강변시립도서관" in tree.text_content()
    plain = load_html(f"<html lang='ko'><body><div><p>{english}</p></div><div><p>{_STORY * 3}</p></div></body></html>")
    without_other_language_boxes(plain)
    assert "weekends" in plain.text_content()


def test_body_starts_at_its_first_sentence_not_at_a_menu_line_before_it():
    nodes = ["홈 > 사회 > 교육", "정치 | 경제 | 사회 | 문화 | 스포츠 | 연예", "강변시립도서관이 다음 달부터 주말 야간 개관을 시작한다.",
             "댓글 0"]
    body = ["정치 | 경제 | 사회 | 문화 | 스포츠 | 연예", "강변시립도서관이 다음 달부터 주말 야간 개관을 시작한다."]
    assert _body_start(nodes, body) == 2
    assert _body_start(nodes, ["정치 | 경제 | 사회 | 문화 | 스포츠 | 연예"]) == 1  # no sentence: its first line
    assert _body_start(nodes, ["짧은 줄"]) == len(nodes)  # no line long enough: nothing above the text
