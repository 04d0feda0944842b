"""A clipped article kept in a document exported as HTML (Google Docs, Word): the clipping's source row names the
press, the date and the reporter; the reviewers' comments (their markers in the text and their notes at the end)
and the clipper's note of the link are no text. Every name and site here is invented."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html

HEADLINE = "다온군 작은도서관 24시간 문 연다…무인 대출기 설치"
PARAS = ["다온군이 읍내 작은도서관 두 곳을 다음 달부터 24시간 운영한다. 밤에는 직원 대신 무인 대출기와 출입 인증 장치가 도서관을 지킨다.",
         "군은 지난해 시범 운영 때 밤 시간 이용자가 하루 평균 40명에 이르자 운영 시간을 늘리기로 했다. 출입은 군민 도서관 회원증으로 한다.",
         "도서관을 자주 찾는 주민 라온결 씨는 \"퇴근하고 들르면 늘 문이 닫혀 있었는데 반갑다\"고 말했다. 군은 연말에 이용 실적을 공개할 계획이다."]
SOURCE_ROWS = ["다온일보 | 2025.04.15 | 마루하 기자", "다온일보 | 입력 2025.04.15 09:30 | 마루하 기자", "다온신문 · 2025.04.15 · 마루하 기자"]


def _gdocs(source_row: str) -> str:
    paras = [f"<p class='c2'><span class='c0'>{p}</span></p>" for p in PARAS]
    paras[1] = paras[1].replace("</span></p>", "</span><sup><a href='#cmnt1' id='cmnt_ref1'>[a]</a></sup></p>")
    return ("<html><head><meta content='text/html; charset=UTF-8' http-equiv='content-type'><title>도서관 기사 스크랩 (문화팀)</title>"
            "</head><body class='c5 doc-content'><p class='c2'><span class='c3'>문화팀 스크랩 #3 — 공유 폴더: 지역 사례</span></p>"
            f"<p class='c2 title'><span class='c1'>{HEADLINE}</span></p><p class='c2'><span class='c3'>{source_row}</span></p>"
            + "".join(paras)
            + "<p class='c2'><span class='c3'>원문 링크: https://daon.example/news/1234 (2025.04.16 스크랩)</span></p>"
              "<div class='c4'><p class='c2'><a href='#cmnt_ref1' id='cmnt1'>[a]</a><span class='c0'>숫자 다시 확인할 것 "
              "(담당: 탁하린)</span></p></div></body></html>")


@pytest.mark.parametrize("source_row", SOURCE_ROWS)
def test_a_google_docs_clipping(source_row):
    ex, _lang, _rules = refined(extract_html(_gdocs(source_row)))
    assert (ex.title, ex.authors, ex.published[:10]) == (HEADLINE, ["마루하"], "2025-04-15")
    assert ex.outlet == source_row.split()[0]
    assert all(p in ex.body for p in PARAS)
    for note in ("[a]", "숫자 다시 확인", "탁하린", "원문 링크", "스크랩"):
        assert note not in ex.body


def test_a_word_web_page_drops_its_comments():
    page = ("<html><head><meta charset='utf-8'><meta name='Generator' content='Microsoft Word 15'><title>스크랩</title></head>"
            f"<body><p class=MsoTitle>{HEADLINE}</p><p class=MsoNormal>{SOURCE_ROWS[0]}</p>"
            f"<p class=MsoNormal>{PARAS[0]}<span class=MsoCommentReference><a class=msocomanchor id=\"_anchor_1\" "
            "href=\"#_msocom_1\">[TH1]</a></span></p>" + "".join(f"<p class=MsoNormal>{p}</p>" for p in PARAS[1:])
            + "<div style='mso-element:comment-list'><div style='mso-element:comment'><div class=msocomtxt id=_com_1>"
              "<p class=MsoCommentText>숫자 다시 확인할 것 (담당: 탁하린)</p></div></div></div></body></html>")
    ex, _lang, _rules = refined(extract_html(page))
    assert all(p in ex.body for p in PARAS)
    assert "[TH1]" not in ex.body and "숫자 다시 확인" not in ex.body


def test_a_documents_footnotes_and_other_links_stay():
    """Near miss: a footnote's marker (Google Docs writes it '#ftnt1' / '#ftnt_ref1') is the document's own."""
    page = _gdocs(SOURCE_ROWS[0]).replace("#cmnt1' id='cmnt_ref1'", "#ftnt1' id='ftnt_ref1'").replace(
        "#cmnt_ref1' id='cmnt1'", "#ftnt_ref1' id='ftnt1'")
    ex, _lang, _rules = refined(extract_html(page))
    assert "회원증으로 한다.[a]" in ex.body


@pytest.mark.parametrize("line", ["원문 링크: https://daon.example/news/1234 (2025.04.16 스크랩)",
                                  "원문 보기 https://daon.example/news/1234", "원본 주소: https://daon.example/news/1234 [4/16 저장]"])
def test_a_clippers_link_line_is_furniture(line):
    from builder.rules.ko.article import is_boilerplate
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["원문 링크에 담긴 내용은 군청 누리집에서도 볼 수 있다.",
                                  "원문 링크: https://daon.example/news/1234 를 참고해 다시 정리했다는 설명이다."])
def test_a_sentence_about_the_original_is_text(line):
    from builder.rules.ko.article import is_boilerplate
    assert not is_boilerplate(line)


WP_HEADLINE = "여울마을 빈 창고, 주민 공방으로 다시 열다"
WP_PARAS = ["여울군 마루결면의 빈 농협 창고가 주민 공방으로 문을 열었다. 창고가 비어 있은 지 5년 만이다.",
            "공방 운영은 주민 30여 명이 만든 협동조합이 맡는다. 조합은 주말마다 목공 강좌를 열 계획이다."]


def _hwp(title: str, headline_run: str) -> str:
    """A 한글 (HWP) manuscript saved as HTML: its <title> is the file's name, the headline a bold run."""
    paras = "".join(f"<P CLASS=HStyle1><SPAN STYLE=\"font-family:'바탕'\">{p}</SPAN></P>" for p in WP_PARAS)
    return ("<HTML><HEAD><META NAME=\"Generator\" CONTENT=\"Haansoft HWP 8.0.0.466\">"
            f"<TITLE>{title}</TITLE></HEAD><BODY>"
            f"<P CLASS=HStyle0 STYLE=\"text-align:center;\">{headline_run}</P>"
            "<P CLASS=HStyle0 STYLE=\"text-align:right;\"><SPAN>여울일보 2025년 4월 15일자 | 사회부 표나린 기자</SPAN></P>"
            f"{paras}</BODY></HTML>")


@pytest.mark.parametrize("headline_run", [
    f"<SPAN STYLE=\"font-size:16.0pt;font-weight:bold\">{WP_HEADLINE}</SPAN>",
    f"<B>{WP_HEADLINE}</B>",
    f"<SPAN STYLE=\"font-weight:700\">{WP_HEADLINE}</SPAN>",
])
def test_a_word_processor_export_headline_over_its_file_title(headline_run):
    ex, _lang, _rules = refined(extract_html(_hwp("0415 창고 공방 - 최종본(3)", headline_run)))
    assert (ex.title, ex.outlet, ex.authors, ex.published[:10]) == (WP_HEADLINE, "여울일보", ["표나린"], "2025-04-15")
    assert "최종본" not in (ex.outlet or "")


def test_a_word_processor_export_without_a_bold_headline_keeps_its_title():
    ex, _lang, _rules = refined(extract_html(_hwp(WP_HEADLINE, f"<SPAN>{WP_HEADLINE}</SPAN>")))
    assert ex.title == WP_HEADLINE


def test_a_bold_sentence_is_no_document_headline():
    page = _hwp(WP_HEADLINE, f"<SPAN STYLE=\"font-weight:bold\">{WP_PARAS[0]}</SPAN>")
    ex, _lang, _rules = refined(extract_html(page))
    assert ex.title == WP_HEADLINE


def test_a_writer_export_drops_its_page_header_and_footer():
    page = ("<html><head><meta name=\"generator\" content=\"LibreOffice 7.6.4.1 (Linux)\"/><title></title>"
            "<meta name=\"author\" content=\"편집국 공용PC2\"/></head><body>"
            "<div title=\"header\"><p align=\"right\">여울일보 편집국 내부 원고 – 외부 유출 금지</p></div>"
            f"<p align=\"center\"><font size=\"5\"><b>{WP_HEADLINE}</b></font></p>"
            "<p align=\"right\">여울일보 | 2025.04.15 | 표나린 기자 (narin.pyo@yeoul.example)</p>"
            + "".join(f"<p>{p}</p>" for p in WP_PARAS)
            + "<div title=\"footer\"><p align=\"center\"><sdfield type=PAGE>1</sdfield> / 2쪽</p></div></body></html>")
    ex, _lang, _rules = refined(extract_html(page))
    assert (ex.title, ex.authors, ex.author_emails) == (WP_HEADLINE, ["표나린"], ["narin.pyo@yeoul.example"])
    assert "쪽" not in ex.body and "유출" not in ex.body
    assert all(p in ex.body for p in WP_PARAS)
