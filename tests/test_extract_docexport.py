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
