"""Round 63 on ko-meta-heldout58: a web clip saved as `.txt` with Markdown front matter, an outlet · reporter · date
row parted by spaced middle dots, and a meta title cut before the quoted part under a label worded otherwise."""

from __future__ import annotations

import hashlib

from builder.document import process_bytes
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.inputs import Source
from builder.rules.ko.article import credit_line, dateline_row

CLIP_HEADLINE = "골목 그림책방 열두 곳, 주말마다 돌아가며 낭독회 연다"
CLIP = f"""---
title: "{CLIP_HEADLINE}"
source: https://www.mosigyeol.example/culture/view/20270203/1184
author: 채서온
published: 2027-02-03T11:20:00+09:00
clipped: 2027-02-05
tags: [clippings, 그림책]
---

# {CLIP_HEADLINE}

> 모시결문화 · 채서온 기자 · 2027.02.03 11:20

동네 그림책방 열두 곳이 이달부터 주말마다 한 곳씩 돌아가며 어린이 낭독회를 연다고 3일 밝혔다.

낭독회는 토요일 오전 열한 시에 열리며 책방 주인과 지역 작가가 번갈아 그림책 두 권을 읽어 준다. 참가비는 받지 않는다.

책방 연합 대표를 맡은 옥라온 씨는 "아이들이 책방 문턱을 낮게 느끼도록 하고 싶다"며 "부모들도 쉬어 가는 자리가 되길 바란다"고 말했다.

채서온 기자 chaeseoon@mosigyeol.example
"""


def _article(text: str, path: str) -> dict:
    data = text.encode("utf-8")
    result = process_bytes(Source(path=path, record=0, kind="text"), data, hashlib.sha256(data).hexdigest())
    assert result.article, result.quarantine
    return result.article[0]


def test_front_matter_of_a_clip_saved_as_txt_is_read_as_markdown():
    ex = extract_text(CLIP, "clip_picturebook_readings.txt")
    assert ex.title == CLIP_HEADLINE
    assert ex.url == "https://www.mosigyeol.example/culture/view/20270203/1184"
    assert ex.body_lines[:3] == [CLIP_HEADLINE, "", "모시결문화 · 채서온 기자 · 2027.02.03 11:20"]
    assert not any(line.startswith(("---", "# ", "> ", "clipped:", "tags:")) for line in ex.body_lines)


def test_a_plain_dump_opening_with_a_rule_is_no_front_matter():
    dump = "---\n별도 공지: 주말 낭독회 일정이 바뀌었습니다\n---\n" + CLIP.split("---\n", 2)[2]
    assert extract_text(dump, "notice.txt").title is None
    clip = _article(CLIP, "clip_picturebook_readings.txt")
    assert clip["title"] == CLIP_HEADLINE
    assert clip["body"].startswith("동네 그림책방 열두 곳이") and "---" not in clip["body"]


def test_outlet_before_the_reporter_in_a_row_of_spaced_dots_is_the_outlet():
    assert dateline_row("모시결문화 · 채서온 기자 · 2027.02.03 11:20") == ("모시결문화", "2027-02-03T11:20:00+09:00", "채서온")
    assert credit_line("채서온·옥라온 기자").names == ["채서온", "옥라온"]  # co-reporters joined tight stay two
    row = _article(CLIP, "clip_picturebook_readings.txt")
    assert row["outlet"] == "모시결문화"
    assert list(row["authors"]) == ["채서온"]


BODY_KO = "".join(f"<p>{p}</p>" for p in (
    "반디숲도서관에 새 관장이 부임했다. 그림책 작가로 15년을 일한 옥라온(47) 관장을 2일 만나 운영 계획을 물었다.",
    "-첫 번째 과제는.\"열람실 한쪽을 아이와 부모가 함께 머무는 공간으로 바꾸려 한다. 조용히만 있어야 하는 곳은 아니다.\"",
    "-예산은 어떻게 마련하나.\"구청과 나눠 내는 방식으로 첫해 1억 원을 확보했다. 부족한 부분은 기증 도서로 채운다.\"",
))


def test_meta_title_cut_before_the_quote_under_another_label_gives_way_to_the_shown_heading():
    shown = "[대담] 옥라온 반디숲도서관장 \"도서관은 조용한 곳만은 아니다\""
    html = ("<html lang='ko'><head><meta charset='utf-8'>"
            "<meta property='og:title' content='[인터뷰] 옥라온 반디숲도서관장'>"
            f"<title>{shown.replace(chr(34), '&quot;')} - 모시결문화</title></head><body><main><article>"
            f"<h2 class='art_tit'>{shown.replace(chr(34), '&quot;')}</h2>{BODY_KO}</article></main></body></html>")
    assert extract_html(html).title == shown
