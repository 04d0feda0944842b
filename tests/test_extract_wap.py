"""Paradigm rows: a WAP page (a WML deck, i-mode's Compact HTML) is read as a page, not quarantined; WML's bold
headline stands for the heading it cannot have."""

from pathlib import Path

import pytest

from builder.extract.wap import is_wml, wml_as_html
from builder.inputs import kind_of, sniff_kind

DECK = ('<?xml version="1.0"?>\n<!DOCTYPE wml PUBLIC "-//WAPFORUM//DTD WML 1.1//EN" "http://www.wapforum.org/DTD/wml_1.1.xml">\n'
        '<wml><card id="a" title="바람결모바일"><p><b>바람결모바일</b></p>'
        '<p><b>가람역 새 승강장 문 연다</b><br/>2006.05.02 10:00 남궁다율 기자</p><p>본문이다.</p></card>'
        '<card id="m" title="메뉴"><p>1.주요뉴스</p></card></wml>')


@pytest.mark.parametrize("name", ["news.wml", "NEWS.WML", "story.chtml", "page.xhtml", "news.wml.gz"])
def test_wap_suffix_read_as_page(name: str) -> None:
    assert kind_of(name) == "html"


@pytest.mark.parametrize("name", ["script.wmls", "deck.wmlc", "notes.wmv"])
def test_other_wap_files_not_pages(name: str) -> None:
    assert kind_of(name) != "html"  # WMLScript, compiled binary WML, video


def test_deck_without_suffix_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "story"
    page.write_text(DECK, encoding="utf-8")
    assert sniff_kind(page) == "html"


def test_deck_as_html() -> None:
    html = wml_as_html(DECK)
    assert "<title>바람결모바일</title>" in html
    assert "<h1>가람역 새 승강장 문 연다</h1>" in html  # the bold line that is not the card's title
    assert html.count("<section>") == 2 and "<card" not in html


def test_html_page_not_a_deck() -> None:
    assert not is_wml("<!DOCTYPE html><html><body><p>wml 형식 설명</p></body></html>")


def test_deck_without_bold_headline_no_heading() -> None:
    assert "<h1>" not in wml_as_html('<wml><card title="바람결"><p><b>바람결</b></p><p>본문.</p></card></wml>')
