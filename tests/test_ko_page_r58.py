"""Page shapes of round 58: a blog's dump of a copied story (its 'Posted on' line, the poster's note, the source line
under the text naming the paper, its reporter and address, the blog's furniture after it); a note that a story was
updated; a slide show's counter; a series page's buttons to its other parts.

Every page and dump here is written for the test; outlets and people are invented."""

from __future__ import annotations

import pytest

from builder.extract.text import extract_text
from builder.rules.ko.article import credited_source, is_boilerplate, refine

HEADLINE = "여울시 장날 임시 주차장 세 곳 운영…셔틀버스도 투입"
LEDE = "여울시는 다음 달 장날마다 시장 주변 공터 세 곳을 임시 주차장으로 연다고 9일 밝혔다."
PARA = "시는 시청과 버스터미널을 오가는 셔틀버스 네 대를 30분 간격으로 운행한다. 요금은 받지 않는다."
PARA2 = "시 관계자는 \"장날 아침 시장 앞 도로가 막히지 않도록 버스를 타고 와 달라\"고 말했다."


def _dump(text: str, name: str = "dump.txt"):
    return refine(extract_text(text, name))


def _blog(source: str, after: list[str]) -> str:
    return "\n\n".join(["물안개 책방 | 일상 기록", "홈 | 카테고리 | 방명록", HEADLINE, "Posted on 2026-03-09 by 물안개지기",
                        "카테고리: 퍼온 기사", "장 보러 가실 분들 보세요. 기사 전문 옮겨 놓습니다.", LEDE, PARA, PARA2,
                        source, *after, "© 물안개 책방. Powered by 블로그"]) + "\n"


BLOG_TAIL = ["태그: 장날, 주차", "공감 4 · 댓글 1", "이 블로그의 다른 글", "- 봄 장날 풍경", "- 시장 국밥집 기록"]


def test_blog_dump_of_a_copied_story_takes_the_paper_from_its_source_line():
    ex = _dump(_blog("출처: 가람결신문 2026-03-09 탁윤서 기자 (yunseotak@garamgyeol.example)", BLOG_TAIL))
    assert ex.outlet == "가람결신문"
    assert ex.authors == ["탁윤서"]
    assert ex.author_emails == ["yunseotak@garamgyeol.example"]
    body = "\n".join(ex.body_lines)
    assert "Posted on" not in body and "옮겨 놓습니다" not in body and "출처" not in body
    assert ex.body_lines[0] == LEDE


def test_source_line_with_the_posters_paragraph_after_it_is_no_credit_of_the_dump():
    lines = [LEDE, "", PARA, "", "출처: 가람결신문 2026-03-09 탁윤서 기자", "",
             "저는 지난 장날에도 주차할 곳이 없어서 한참을 돌다가 결국 집으로 돌아왔는데 이번에는 나아지면 좋겠네요.", ""]
    assert credited_source(lines, furniture_after=True) is None
    short = [LEDE, "", PARA, "", "출처: 가람결신문 2026-03-09 탁윤서 기자", "", *BLOG_TAIL]
    found = credited_source(short, furniture_after=True)
    assert found is not None and found.press == "가람결신문" and found.author == "탁윤서"
    assert credited_source(short) is None  # a page's own text: the credit stands among its last lines only


@pytest.mark.parametrize("line", [
    "※ 이 기사는 2026-03-09 10:37 새 사실을 더해 업데이트됐습니다.",
    "이 기사는 새 내용을 보강해 수정했습니다.",
    "※ 기사가 오후 3시 최종 수정되었습니다",
    "1 / 6 ◀ ▶",
    "◀ 2/10 ▶",
    "< 3 / 8 >",
    "Posted on 2026-03-09 by 물안개지기",
    "posted by 물안개지기 at 09:30",
    "장 보러 가실 분들 보세요. 기사 전문 옮겨 놓습니다.",
    "아래 기사 퍼왔습니다",
    "[이전 회 보기] [목록] [인쇄] [메일]",
    "[다음 화] [목록]",
])
def test_page_furniture_of_round_58(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "시는 기사가 수정됐다고 밝혔다.",
    "3 / 8",
    "여울시 인구는 지난해보다 1/4 줄었다.",
    "시는 오는 3일 공사를 마친다고 밝혔다. 자료를 그대로 옮겨 둡니다.",
    "이전 회에서 시는 주차장 두 곳을 더 열겠다고 약속한 바 있다.",
    "Posted on 그날 그는 결국 시장으로 돌아갔다.",
])
def test_text_like_the_furniture_stays(line):
    assert not is_boilerplate(line)
