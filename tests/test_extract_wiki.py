"""Pages a wiki engine renders (a wiki news site's article, its history, an old revision): the article is the
engine's content box, its name the engine's heading without the page kind's wrapper; the history rows, the legend,
the categories and the license footer are the engine's. Every name and site here is invented."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.wiki import article_name

HEADLINE = "결빛천 돌너울다리 복원…너구리 이동 길 다시 열려"
DATELINE = "2025년 4월 15일 화요일"
PARAS = ["결빛천을 건너는 옛 돌너울다리가 15일 복원을 마치고 다시 열렸다. 다리 옆에는 너구리와 고라니가 지나갈 수 있는 흙길도 새로 놓였다.",
         "돌너울다리는 돌 마흔두 개로 이어져 있으며, 장마철에 쓸려 내려간 돌을 주민들이 함께 찾아 제자리에 놓았다. 시는 하천 양쪽에 관찰 카메라를 달았다.",
         "복원 작업에 참여한 주민 모임의 은새결 씨는 \"아이들이 다시 건너다니는 모습을 보니 반갑다\"고 말했다. 시는 가을에 생태 교실을 열 계획이다."]
CONTENT = ("<div id='mw-content-text' class='mw-body-content'><div class='mw-parser-output'>"
           f"<p><b>{DATELINE}</b></p>" + "".join(f"<p>{p}</p>" for p in PARAS)
           + "<div class='catlinks'>분류: 환경 | 결빛시 | 게재됨</div></div></div>")
HISTORY = ("<div class='mw-history-legend'>비교 선택: 비교할 판의 라디오 버튼을 선택하세요. (현재) = 최신판과의 차이</div>"
           "<ul id='pagehistory'><li>(현재 | 이전) 2025년 4월 17일 (목) 09:12 마루별 (토론 | 기여) 잔글 (2,210 바이트) (+8)</li>"
           "<li>(현재 | 이전) 2025년 4월 15일 (화) 18:40 새벽 (토론 | 기여) (2,202 바이트) (새 문서)</li></ul><h2>현재 판</h2>")
FOOTER = ("<div id='footer'>이 문서는 2025년 4월 17일 (목) 09:12에 마지막으로 편집되었습니다. 모든 문서는 크리에이티브 커먼즈 "
          "저작자표시 라이선스로 이용할 수 있습니다.</div>")
HEAD = "<meta name='generator' content='MediaWiki 1.41.0'>"


def _page(title: str, heading: str, middle: str, head: str = HEAD, body_class: str = "mediawiki action-history") -> str:
    return (f"<html lang='ko'><head><meta charset='utf-8'><title>{title}</title>{head}</head><body class='{body_class}'>"
            f"<div id='mw-head'><ul><li>문서</li><li>토론</li><li>역사 보기</li></ul></div><div id='content'>"
            f"<h1 id='firstHeading'>{heading}</h1>{middle}{CONTENT}</div>{FOOTER}</body></html>")


WRAPPED = [  # (the <title>, the engine's heading) of a page about the article
    (f"{HEADLINE} — 판 역사 — 결빛위키뉴스", f"\"{HEADLINE}\"의 판 역사"),
    (f"{HEADLINE}: 판 역사 - 결빛위키뉴스", f"{HEADLINE}: 판 역사"),
    (f"{HEADLINE}의 편집 역사 - 결빛위키뉴스", f"{HEADLINE}의 편집 역사"),
    (f"Revision history of \"{HEADLINE}\" - 결빛위키뉴스", f"Revision history of \"{HEADLINE}\""),
    (f"{HEADLINE}: Revision history - 결빛위키뉴스", f"{HEADLINE}: Revision history"),
    (f"{HEADLINE} - 결빛위키뉴스", HEADLINE),
]


@pytest.mark.parametrize("title, heading", WRAPPED)
@pytest.mark.parametrize("middle", [HISTORY, ""])
def test_a_wiki_news_page_is_its_content_box(title, heading, middle):
    ex, _lang, _rules = refined(extract_html(_page(title, heading, middle)))
    assert ex.title == HEADLINE
    assert ex.published[:10] == "2025-04-15" and ex.authors == []
    for furniture in ("바이트", "토론 | 기여", "비교 선택", "분류:", "마지막으로 편집", "크리에이티브 커먼즈", "현재 판", "판 역사"):
        assert furniture not in ex.body
    assert all(p in ex.body for p in PARAS)


def test_a_dokuwiki_page_keeps_its_content_only():
    page = (f"<html><head><meta charset='utf-8'><title>{HEADLINE} [결빛위키]</title><meta name='generator' content='DokuWiki'>"
            "</head><body><div class='dokuwiki'><div id='dokuwiki__header'>결빛위키 · 최근 바뀜 · 사이트맵</div>"
            "<div class='breadcrumbs'>추적: 뉴스 » 2025 » 돌너울다리</div><div id='dokuwiki__content'>"
            f"<h1>{HEADLINE}</h1><p><b>{DATELINE}</b></p>" + "".join(f"<p>{p}</p>" for p in PARAS)
            + "<div class='docInfo'>news/jinggeom.txt · 마지막으로 수정됨: 2025/04/17 09:12 저자 마루별</div></div>"
              "<div id='dokuwiki__footer'>크리에이티브 커먼즈 라이선스</div></div></body></html>")
    ex, _lang, _rules = refined(extract_html(page))
    assert ex.published[:10] == "2025-04-15"
    assert "마지막으로 수정됨" not in ex.body and "추적:" not in ex.body and all(p in ex.body for p in PARAS)


@pytest.mark.parametrize("heading", [f"\"{HEADLINE}\"의 판 역사", f"{HEADLINE}: 판 역사"])
def test_a_news_page_not_rendered_by_a_wiki_keeps_its_heading_and_blocks(heading):
    """Near miss: the same heading and a list with the history's id on a page no wiki engine rendered: nothing
    is cut, the heading is the page's own."""
    page = _page(f"{heading} - 결빛일보", heading, "", head="", body_class="news")
    ex = extract_html(page)
    assert ex.title == heading


@pytest.mark.parametrize("name", ["한국 연극의 역사", "결빛천 이전 판결 뒤집혀", "\"돌아온 돌너울다리\"의 의미"])
def test_an_article_whose_name_reads_like_a_page_kind_keeps_it(name):
    """Near miss: an article's own name that ends in a word of the wrappers is not unwrapped."""
    assert article_name(name) == name
