"""An old table-layout page's furniture and time: a comment prompt after a reference mark ('※'), the links to the
previous and next story after arrows ('◀ 이전기사 : …'), the time in the info row beside the headline ('오후 3:05 | 조회수 …'),
and an info row or a lone section word kept out of the subheadings.

Every line, outlet and reporter here is invented for the test."""

from __future__ import annotations

import pytest

from builder.document import process
from builder.inputs import Source, discover
from builder.rules.ko.article import _info_row, is_boilerplate, is_end_marker


@pytest.mark.parametrize("line", [
    "※ 기사에 관한 여러분의 의견을 남겨 주십시오 (로그인 뒤 작성 가능)",
    "* 기사에 관한 댓글을 달아 주세요",
])
def test_a_marked_comment_prompt_is_furniture(line):
    assert is_boilerplate(line)


def test_a_marked_sentence_about_comments_stays():
    assert not is_boilerplate("※ 주민들은 구청 누리집에 의견을 남겨 달라는 안내를 받았다.")


@pytest.mark.parametrize("line", [
    "◀ 이전기사 : 읍내 장터 새 단장 ▶ 다음기사 : 둔치 꽃길 개방",
    "▶ 다음 기사 : 둔치 꽃길 개방",
    "◁ 이전글 둔치 꽃길 개방",
])
def test_a_neighbour_link_after_an_arrow_ends_the_text(line):
    assert is_end_marker(line)


@pytest.mark.parametrize("line", [
    "▶ 다음 기사에서 자세한 일정을 다룬다.",
    "◀ 이전에 열린 장터는 사흘 동안 이어졌다.",
])
def test_a_sentence_after_an_arrow_does_not_end_the_text(line):
    assert not is_end_marker(line)


@pytest.mark.parametrize("line", [
    "등록 2025/04/15 09:30 | 수정 2025/04/15 10:02 | 조회수 31",
    "2025-04-15 오후 3:05 | 조회수 12 | 경제",
    "입력 2025.04.15 | 조회 7",
])
def test_an_info_row_is_one(line):
    assert _info_row(line)


@pytest.mark.parametrize("line", [
    "주차 면 150개 늘어 | 2025.04.15",
    "둔치 주차장 넓힌다 | 주말 순환버스",
    "2025.04.15",
])
def test_a_subheading_or_a_bare_date_is_no_info_row(line):
    assert not _info_row(line)


def _table_page(tmp_path) -> dict:
    paras = "<br><br>".join(
        f"달빛군은 다음 달부터 둔치 주차장을 넓히고 주말에는 순환버스를 {n}대 운행한다고 밝혔다. 군 관계자는 봄마다 "
        f"주차 민원이 이어졌다고 설명했다." for n in range(2, 6))
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>달빛고을신문</title>"
            "</head><body><table><tr><td><img src='/logo.gif' alt='달빛고을신문'></td></tr></table>"
            "<table><tr><td class='t'><b>달빛군 둔치 주차장 두 배로 넓힌다</b></td></tr>"
            "<tr><td class='i'>2025-04-15 오후 3:05 | 조회수 12 | 경제</td></tr>"
            f"<tr><td class='c'>{paras}<br><br>하늘빛 기자</td></tr>"
            "<tr><td class='m'>※ 기사에 관한 여러분의 의견을 남겨 주십시오 (로그인 뒤 작성 가능)</td></tr>"
            "<tr><td>◀ 이전기사 : 읍내 장터 새 단장<br>▶ 다음기사 : 둔치 꽃길 개방</td></tr></table>"
            "<table><tr><td>달빛고을신문 | Copyright ⓒ 달빛고을신문 All rights reserved.</td></tr></table></body></html>")
    (tmp_path / "view.html").write_text(html, encoding="utf-8")
    rows = [r.article[0] for s in discover(tmp_path) if isinstance(s, Source) for r in [process(s)] if r.article]
    assert len(rows) == 1
    return rows[0]


def test_a_table_page_keeps_its_time_and_drops_its_furniture(tmp_path):
    row = _table_page(tmp_path)
    assert row["published_at"] == "2025-04-15T15:05:00+09:00"
    assert row["body"].rstrip().endswith("설명했다.")
    assert "이전기사" not in row["body"] and "의견을" not in row["body"]
    assert not any("조회수" in h for h in row["subheadings"])


def test_a_dumps_info_row_is_no_subheading(tmp_path):
    paras = [f"달빛군은 다음 달부터 둔치 주차장을 넓히고 주말에는 순환버스를 {n}대 운행한다고 밝혔다. 군 관계자는 봄마다 "
             f"주차 민원이 이어졌다고 설명했다." for n in range(2, 6)]
    text = "\n".join(["주요 서비스 바로가기", "달빛고을신문", "홈 > 지역 > 달빛군", "달빛군 둔치 주차장 두 배로…순환버스도 늘려",
                      "등록 2025/04/15 09:30 | 수정 2025/04/15 10:02 | 조회수 31",
                      "글씨크기 | 인쇄 | 공유", *paras, "하늘빛 기자"]) + "\n"
    (tmp_path / "dump.txt").write_text(text, encoding="utf-8")
    rows = [r.article[0] for s in discover(tmp_path) if isinstance(s, Source) for r in [process(s)] if r.article]
    assert len(rows) == 1
    assert not any("조회" in h for h in rows[0]["subheadings"])
    assert rows[0]["published_at"] == "2025-04-15T09:30:00+09:00"
