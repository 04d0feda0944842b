"""A page's source saved as text (a browser's view-source copy, a numbered listing, the markup under `.txt`) is read
as the page. Every page here is written for the test; outlets and people are invented."""

from __future__ import annotations

import pytest

from builder.document import process
from builder.extract.sourceview import page_source
from builder.inputs import Source, discover

HEADLINE = "바람결시, 노후 가로등 1천200개 LED로 교체…전기료 40% 절감"
PAGE = [
    "<!DOCTYPE html>", '<html lang="ko">', "<head>", '<meta charset="utf-8">',
    f"<title>{HEADLINE} - 바람결일보</title>", '<meta property="og:site_name" content="바람결일보">', "</head>", "<body>",
    '<div id="gnb"><a href="/">홈</a> <a href="#" class="all">전체메뉴</a> <a href="/subscribe">구독신청</a></div>',
    f'<h1 class="headline">{HEADLINE}</h1>',
    '<div class="info"><span class="writer">윤다올 기자</span> <span class="date">입력 2026.05.12 09:14</span></div>',
    '<div id="article_body">',
    "<p>바람결시가 올해 안에 노후 가로등 1천200개를 발광다이오드(LED) 등으로 바꾼다고 11일 밝혔다. 교체가 끝나면 "
    "가로등 전기료가 해마다 40%가량 줄어들 것으로 시는 내다봤다.</p>",
    "<p>시는 설치한 지 15년이 넘은 가로등부터 바꾸고, 밤길이 어두워 민원이 잦았던 골목에는 조도를 높인 등을 단다. "
    "공사는 주민 통행이 적은 낮 시간에 진행한다.</p>",
    "<p>시 관계자는 \"밝기는 높이고 요금은 줄이는 사업\"이라며 \"내년에는 공원 조명도 바꾸겠다\"고 말했다.</p>",
    "</div>", '<div class="share">페이스북 공유 트위터 공유</div>', "</body>", "</html>",
]


def _numbered(gutter: str) -> str:
    return "\n".join(gutter.format(n=i, line=line) for i, line in enumerate(PAGE, 1))


@pytest.mark.parametrize("text", [
    _numbered("{n:>4}  {line}"),  # a browser's view-source copy: the number in its gutter
    _numbered("{n:>6}\t{line}"),  # `cat -n`
    _numbered("{n}: {line}"),
    _numbered("{n} | {line}"),  # an editor's listing
    "\n".join(PAGE),  # the markup itself saved under .txt
])
def test_a_page_source_saved_as_text_is_the_page(tmp_path, text):
    assert page_source(text).splitlines()[0] == "<!DOCTYPE html>"
    (tmp_path / "view-source_www.baramgyeol.example_news_12.txt").write_text(text, encoding="utf-8")
    row = [process(s) for s in discover(tmp_path) if isinstance(s, Source)][0].article[0]
    assert row["title"] == HEADLINE and row["authors"] == ["윤다올"] and row["outlet"] == "바람결일보"
    assert row["published_at"] == "2026-05-12T09:14:00+09:00"
    assert not any(w in row["body"] for w in ("전체메뉴", "구독신청", "class=", "페이스북 공유", "</p>", "<!DOCTYPE"))


def test_a_line_the_view_wrapped_goes_on_under_its_number():
    lines = [f"{i:>4}  {line}" for i, line in enumerate(PAGE, 1)]
    lines.insert(14, "      (줄바꿈된 뒷부분)")  # unnumbered: the rest of line 14
    markup = page_source("\n".join(lines))
    assert "(줄바꿈된 뒷부분)" in markup.splitlines()[13] and len(markup.splitlines()) == len(PAGE)


@pytest.mark.parametrize("text", [
    # a Markdown dump with an image's markup: no page's opening
    f"# {HEADLINE}\n\n<img src='a.jpg'>\n\n윤다올 기자\n\n본문 첫 문단입니다.\n\n본문 둘째 문단입니다.",
    # numbered lines that are text, not a page's source
    "\n".join(f"{i:>3}  {t}" for i, t in enumerate(["사회자: 시작하겠습니다.", "참석자: 네.", "사회자: 첫 질문입니다.",
                                                    "참석자: 답변드리겠습니다.", "사회자: 감사합니다."], 1)),
    # numbers that do not run 1, 2, 3 (a table of figures)
    "\n".join(f"{n}  <td>{n}</td>" for n in (2019, 2020, 2021, 2022, 2023)),
    # a page's opening quoted in a text, with no body or head after it
    "<!DOCTYPE html> 선언은 문서의 첫 줄에 씁니다.\n이 글은 웹 표준을 설명합니다.",
])
def test_text_that_is_no_page_source_stays_a_dump(text):
    assert page_source(text) is None
