"""Articles kept in shapes that are no page: a troff manuscript, an outliner's JSON export, a highlights export with
one row per passage, a blogging CMS's JSON export; a platform's or reader's own name is never the outlet; a
broadcast bulletin's tag names no outlet; a box of the section's other stories ends the text. Every name, outlet and
address here is invented."""

from __future__ import annotations

import csv
import io
import json

import pytest

from builder.document import process
from builder.extract.lightmarkup import read_markup
from builder.extract.records import cms_export, record_date, records
from builder.inputs import Source, discover

PARAS = ["달무리시가 낡은 공공 체육관 네 곳의 지붕에 태양광 패널을 올리는 공사를 다음 달 시작한다고 밝혔다.",
         "패널이 만드는 전기는 체육관 조명과 냉난방에 먼저 쓰고, 남는 전기는 팔아 시설 관리비에 보탠다.",
         "시는 공사 기간에도 체육관을 평소처럼 열되, 지붕 작업이 있는 날에는 바깥 주차장 일부를 막는다.",
         "체육시설팀 관계자는 \"한 해 전기요금이 절반 가까이 줄 것으로 본다\"며 \"다른 시설로도 넓히겠다\"고 말했다."]
HEADLINE = "달무리시, 체육관 지붕 네 곳에 태양광 올린다"
OUTLET = "물안개타임스"
REPORTER = "소하람"
EMAIL = "so.haram@mulangae.example"


def _rows(tmp_path, name: str, data: bytes | str):
    (tmp_path / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    results = [process(s) for s in discover(tmp_path) if isinstance(s, Source)]
    return [r.article[0] for r in results if r.article], [q for r in results for q in r.quarantine]


def _only(tmp_path, name: str, data: bytes | str) -> dict:
    articles, quarantine = _rows(tmp_path, name, data)
    assert not quarantine and len(articles) == 1, (quarantine, articles)
    return articles[0]


def _assert_article(row: dict, day: str, furniture: tuple[str, ...]) -> None:
    assert row["title"] == HEADLINE, row["title"]
    assert row["authors"] == [REPORTER] and row["outlet"] == OUTLET, (row["authors"], row["outlet"])
    assert (row["published_at"] or "").startswith(day), row["published_at"]
    assert PARAS[0][:20] in row["body"] and PARAS[-1][:20] in row["body"]
    for word in furniture:
        assert word not in row["body"], word


# -- a troff (-ms) manuscript ------------------------------------------------------------------------------------------
def _ms(date_macro: str = '.ND "2026년 4월 8일"') -> str:
    paras = "".join(f".PP\n{p}\n" for p in PARAS)
    return (f'.\\" 편집국 원고 - groff -ms\n.\\" 고친 날 2026-04-20 (교열)\n.ds LH {OUTLET} 사회부\n{date_macro}\n'
            f".TL\n{HEADLINE}\n.AU\n{REPORTER} 기자\n.AI\n{OUTLET}\n{paras}.sp 2\n.LP\n\\fI{REPORTER} 기자 {EMAIL}\\fP\n"
            '.\\" 다음 원고: 미정\n.bp\n')


@pytest.mark.parametrize("name", ["gym-solar.ms", "gym-solar.txt"])
def test_a_troff_manuscript_is_read_by_its_macros(tmp_path, name):
    row = _only(tmp_path, name, _ms())
    _assert_article(row, "2026-04-08", (".PP", ".TL", "groff", "고친 날", "\\f", "다음 원고", ".bp", ".ds"))
    assert row["author_emails"] == [EMAIL]


def test_a_troff_manuscripts_date_macro_is_its_date_and_the_edit_comment_is_not():
    found = read_markup(_ms('.DA "2026년 4월 8일"'))
    assert found is not None and found[0] == "troff manuscript"
    assert found[1]["date"] == "2026년 4월 8일" and found[1]["author"] == [f"{REPORTER} 기자"]
    assert "date" not in read_markup(_ms(""))[1]  # no date macro: no date, not the comment's


@pytest.mark.parametrize("text", [
    f"{HEADLINE}\n\n" + "\n".join(PARAS) + "\n...\n.끝.\n",  # lines that open with dots
    ".PP\n" + "\n.PP\n".join(PARAS) + "\n",  # paragraphs with no title, writer or heading macro
    f".TL\n{HEADLINE}\n" + "\n".join(PARAS) + "\n",  # one macro only
])
def test_near_misses_are_no_troff_manuscript(text):
    found = read_markup(text)
    assert found is None or found[0] != "troff manuscript"


# -- an outliner's JSON export (Roam) ----------------------------------------------------------------------------------
def _roam(published: str = "April 8th, 2026") -> str:
    blocks = [{"string": f"source:: [[{OUTLET}]]", "uid": "p1"}, {"string": f"author:: {REPORTER} 기자", "uid": "p2"}]
    if published:
        blocks.append({"string": f"published:: [[{published}]]", "uid": "p3"})
    blocks += [{"string": p, "uid": f"b{n}"} for n, p in enumerate(PARAS)]
    page = {"title": "April 20th, 2026", "create-time": 1776643200000, "children": [
        {"string": "오늘 읽을 것 [[체육관]] #에너지", "uid": "a1", "children": [
            {"string": f"**{HEADLINE}**", "uid": "a2", "create-time": 1776650000000, "children": blocks},
            {"string": "{{[[TODO]]}} 우리 구 체육관도 알아보기", "uid": "a9"}]}], "edit-time": 1776660000000}
    return json.dumps([page], ensure_ascii=False, indent=2)


def test_an_outliners_json_export_is_read_as_the_clipped_block(tmp_path):
    row = _only(tmp_path, "roam-export-gym.txt", _roam())
    _assert_article(row, "2026-04-08", ("April 20th", "create-time", "uid", "TODO", "source::", "author::", "#에너지", "**"))


def test_an_outliners_json_export_with_no_published_property_has_no_date_of_its_page():
    found = read_markup(_roam(published=""))
    assert found is not None and found[0] == "outliner export"
    assert not any("date" in k or "published" in k for k in found[1])


@pytest.mark.parametrize("doc", [
    [{"title": "April 20th, 2026", "children": [{"string": p} for p in PARAS]}],  # blocks with no properties
    {"title": HEADLINE, "tags": ["에너지"], "count": 3},  # JSON with no blocks
])
def test_near_misses_are_no_outliners_export(doc):
    found = read_markup(json.dumps(doc, ensure_ascii=False))
    assert found is None or found[0] != "outliner export"


@pytest.mark.parametrize("text, day", [
    ("April 8th, 2026", "2026-04-08"), ("Apr. 8, 2026", "2026-04-08"), ("8 April 2026", "2026-04-08"),
    ("1st of May 2026", "2026-05-01"), ("April 2026", None), ("the 8th", None),
])
def test_an_english_date_naming_its_month_is_read(text, day):
    assert record_date(text) == day


# -- a highlights export: one row per passage ------------------------------------------------------------------------
def _highlights(titles: list[str]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Highlight", "Book Title", "Book Author", "Note", "Color", "Location", "Highlighted at", "Document tags"])
    for n, (para, title) in enumerate(zip(PARAS, titles)):
        w.writerow([para, title, f"{REPORTER} ({OUTLET})", "다시 읽기" if n == 1 else "", "yellow", 100 * n,
                    f"2026-04-2{n} 10:00:00+00:00", f"{OUTLET} 2026-04-08"])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def test_a_highlights_export_is_one_article_of_its_passages(tmp_path):
    row = _only(tmp_path, "highlights-gym.csv", _highlights([HEADLINE] * 4))
    _assert_article(row, "2026-04-08", ("Highlight", "yellow", "다시 읽기", "Highlighted"))
    assert all(p[:20] in row["body"] for p in PARAS)


def test_highlights_of_different_articles_stay_apart():
    rows = records(_highlights([HEADLINE, HEADLINE, "다른 기사의 제목 하나", "다른 기사의 제목 하나"]), "h.csv")
    assert len(rows) == 2
    assert json.loads(rows[0])["Highlight"].count("\n") == 1


# -- a blogging CMS's JSON export (Ghost) ------------------------------------------------------------------------------
def _ghost(posts: int = 1) -> str:
    html = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{REPORTER} 기자 {EMAIL}</p>"
    made = [{"id": f"p{n}", "title": HEADLINE if n == 0 else f"{HEADLINE} ({n})", "html": html, "status": "published",
             "published_at": "2026-04-07T23:30:00.000Z", "updated_at": "2026-04-19T06:00:00.000Z",
             "custom_excerpt": "체육관 지붕에 패널"} for n in range(posts)]
    return json.dumps({"db": [{"meta": {"exported_on": 1776643200000, "version": "5.0.0"}, "data": {
        "posts": made,
        "users": [{"id": "u1", "name": REPORTER, "email": EMAIL, "bio": "에너지 담당 취재"},
                  {"id": "u2", "name": "관리자", "email": "admin@mulangae.example"}],
        "posts_authors": [{"post_id": p["id"], "author_id": "u1"} for p in made],
        "settings": [{"key": "title", "value": OUTLET}, {"key": "description", "value": "작은 도시의 기록"}]}}]},
        ensure_ascii=False, indent=2)


@pytest.mark.parametrize("name", ["mulangae.ghost.2026-04-20.txt", "mulangae.ghost.2026-04-20.json"])
def test_a_cms_export_is_read_as_its_post_with_writers_and_site_joined(tmp_path, name):
    row = _only(tmp_path, name, _ghost())
    _assert_article(row, "2026-04-08", ("exported_on", "published_at", "posts_authors", "작은 도시", "에너지 담당"))
    assert row["author_emails"] == [EMAIL]  # the writer's, not the other user's


def test_a_cms_export_of_several_posts_under_a_text_name_is_not_one_article():
    assert cms_export(_ghost(posts=2)) is None
    assert cms_export(json.dumps({"data": {"tags": [{"name": "에너지"}]}})) is None


# -- a platform's or a reader's own name is no outlet -------------------------------------------------------------------
@pytest.mark.parametrize("site, title", [
    ("Telegraph", f"{HEADLINE} – Telegraph"),
    ("Medium", f"{HEADLINE} | by {REPORTER} | Medium"),
])
def test_a_platforms_own_name_is_no_outlet(site, title):
    from builder.extract.metadata import hosted_publication

    assert hosted_publication(site, title) is None
    assert hosted_publication(OUTLET, f"{HEADLINE} | {OUTLET}") == OUTLET


def test_a_readers_page_does_not_make_the_reader_the_outlet(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (f'<html><head><meta charset="utf-8"><title>Read Later | Feedly</title><meta name="application-name" '
            f'content="Feedly"></head><body><nav>Today Read Later</nav><article><h1>{HEADLINE}</h1>{paras}'
            f"<p>{REPORTER} 기자 {EMAIL}</p></article></body></html>")
    row = _only(tmp_path, "Read Later _ Feedly.html", page)
    assert row["outlet"] != "Feedly" and row["title"] == HEADLINE


# -- Korean text dumps: a bulletin's tag, a box of the section's other stories ----------------------------------------------
def test_a_bulletins_tag_is_dropped_from_the_headline_and_names_no_outlet(tmp_path):
    text = (f"물안개방송 뉴스 | 저녁뉴스 | 다시보기 | 날씨\n\n[저녁뉴스] {HEADLINE}\n2026.04.08 (수) 19:40\n\n"
            + "\n".join(PARAS) + f"\n지금까지 체육관에서 물안개방송 {REPORTER}입니다.\n\nⓒ 물안개방송 무단 전재 및 재배포 금지\n")
    row = _only(tmp_path, "evening_0408.txt", text)
    assert row["title"] == HEADLINE and row["outlet"] == "물안개방송"


def test_an_outlets_tag_over_the_headline_still_names_it(tmp_path):
    row = _only(tmp_path, "tag_0408.txt", f"[{OUTLET}] {HEADLINE}\n\n" + "\n\n".join(PARAS) + f"\n\n{REPORTER} 기자\n")
    assert row["title"] == HEADLINE and row["outlet"] == OUTLET


@pytest.mark.parametrize("heading", ["이 분야 다른 기사", "같은 섹션의 최신 기사", "해당 카테고리 기사 더보기"])
def test_a_box_of_the_sections_other_stories_ends_the_text(tmp_path, heading):
    text = (f"{HEADLINE}\n\n글 {REPORTER} 기자\n\n" + "\n\n".join(PARAS)
            + f"\n\n─────────────\n공유하기 | 인쇄 | 목록\n{heading}\n· 시립 수영장 야간 개장 연장\n· 구민 체육대회 다음 달 열려\n")
    row = _only(tmp_path, "gym_solar.txt", text)
    assert PARAS[-1][:20] in row["body"]
    for word in (heading, "수영장 야간", "체육대회"):
        assert word not in row["body"], word


def test_a_sentence_about_other_stories_of_the_section_stays(tmp_path):
    line = "이 분야 다른 기사들과 달리 이번 공사는 주민 설명회를 두 번 거쳤다고 시는 덧붙였다."
    row = _only(tmp_path, "gym_solar2.txt", f"{HEADLINE}\n\n" + "\n\n".join(PARAS[:3] + [line] + PARAS[3:]) + "\n")
    assert line in row["body"]


# -- an article carried in one message of a chat's HTML export, or quoted in a forum's comment --------------------------
def _element_export(article: str) -> str:
    def tile(who: str, body: str) -> str:
        return (f'<li class="mx_EventTile"><div class="mx_DisambiguatedProfile"><span>{who}</span></div>'
                f'<div class="mx_EventTile_line"><span class="mx_MessageTimestamp" title="2026. 4. 20. 오전 9:41:07">09:41</span>'
                f'<div class="mx_EventTile_body" dir="auto">{body}</div></div></li>')
    return ('<html><head><meta charset="utf-8"><title>Exported Data</title></head><body><div class="mx_RoomView">'
            '<p>This is the start of export of <b>에너지 스크랩</b>. Exported by @mun:lab.example at 2026. 4. 21.</p>'
            '<li role="separator"><h2 class="mx_DateSeparator_dateHeading">월, 4월 20일, 2026</h2></li>'
            + tile("문가람", "읽을거리 하나 공유해요.") + tile("문가람", article) + tile("하늘 차", "나중에 자세히 볼게요 👍")
            + "</div></body></html>")


def test_an_element_exports_message_carrying_an_article_is_read_as_it(tmp_path):
    article = (f"<h3>{HEADLINE}</h3><p><em>{OUTLET} {REPORTER} 기자 | 승인 2026.04.08 17:05</em></p>"
               + "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{REPORTER} 기자 {EMAIL}</p>")
    row = _only(tmp_path, "matrix - 에너지 스크랩 - Chat Export.html", _element_export(article))
    _assert_article(row, "2026-04-08", ("읽을거리 하나", "자세히 볼게요", "Exported", "4월 20일"))


def test_an_element_export_of_chat_alone_is_no_article(tmp_path):
    articles, quarantine = _rows(tmp_path, "matrix - chat.html", _element_export("점심은 어디서 먹을까요?"))
    assert not articles and quarantine


def _thread(comment: str) -> str:
    def row(who: str, text: str) -> str:
        return (f'<tr class="athing comtr"><td><span class="comhead"><a class="hnuser">{who}</a>'
                f'<span class="age" title="2026-04-20T03:14:02">2 days ago</span></span>'
                f'<div class="comment"><div class="commtext c00">{text}</div></div></td></tr>')
    return ('<html><head><title>Korean city puts solar on gym roofs (mulangae.example) | Some Forum</title></head><body>'
            '<table><tr><td class="title"><a href="https://mulangae.example/a/1">Korean city puts solar on gym roofs</a>'
            '</td></tr><tr><td class="subtext"><span class="score">87 points</span> by <a class="hnuser">sunnyside</a></td>'
            '</tr></table><table class="comment-tree">' + row("sunnyside", comment)
            + row("gridwatch", "Our town did the same and the bills fell by a third within a year.")
            + row("roofer", "Panels on old roofs need a structural check first, that is the slow part.")
            + "</table></body></html>")


def test_a_comment_quoting_an_article_is_read_as_the_quote(tmp_path):
    quoted = (f"<p>Full text of the original ({OUTLET}, {REPORTER} 기자, 입력 2026.04.08 10:20):</p>"
              f"<p>&gt; <b>{HEADLINE}</b></p><p>&gt; {OUTLET} {REPORTER} 기자 | {EMAIL}</p>"
              + "".join(f"<p>&gt; {p}</p>" for p in PARAS) + "<p>Rough translation: the city puts panels on four gyms.</p>")
    row = _only(tmp_path, "item_id=1001.html", _thread(quoted))
    _assert_article(row, "2026-04-08", ("> ", "&gt;", "Full text", "Rough translation", "bills fell", "structural"))
    assert row["author_emails"] == [EMAIL]


def test_a_comment_with_a_quoted_line_or_two_is_not_taken_for_an_article():
    from lxml import html as lxml_html

    from builder.extract.html import quoted_article

    message = lxml_html.fromstring('<div class="commtext"><p>&gt; the city puts panels on four gyms</p>'
                                   f'<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p></div>')
    assert quoted_article(message) is None


# -- a boxed info file (.nfo) ---------------------------------------------------------------------------------------------
def _nfo(fields: str) -> str:
    return ("   ____  ____  _  __\r\n  / ___||  _ \\| |/ /\r\n  \\___ \\| |_) | ' / \r\n\r\n"
            "  [ 묶은 곳: SOLAR-KR ]  [ 묶은 날: 2026-04-25 ]\r\n  ==============================\r\n\r\n"
            f"{fields}  ------------------------------\r\n\r\n" + "".join(f"  {p}\r\n" for p in PARAS)
            + "\r\n  ==============================\r\n  인사: 도와준 모든 분께 / greetz\r\n  파일을 옮길 때 이 글을 지우지 마세요\r\n"
            "  ==============================\r\n")


def test_a_boxed_info_file_is_read_by_its_field_block(tmp_path):
    fields = f"  제목 : {HEADLINE}\r\n  매체 : {OUTLET}\r\n  기자 : {REPORTER}\r\n  날짜 : 2026-04-08\r\n"
    row = _only(tmp_path, "SOLAR-KR_gym.nfo", _nfo(fields).encode("euc-kr"))
    _assert_article(row, "2026-04-08", ("묶은", "greetz", "지우지", "SOLAR-KR", "____", "====", "제목 :"))


def test_a_boxed_file_whose_block_names_no_article_field_is_no_record():
    found = read_markup(_nfo("  크기 : 2 MB\r\n  형식 : 텍스트\r\n"))
    assert found is None or found[0] != "boxed header"


# -- a forwarded message in a chat's text export; an outlet named before a bar over the headline ----------------------------
def _signal(first: str, label: str = "(전달된 메시지)") -> str:
    return ("Signal Desktop 대화 내보내기\n대화: 동네 에너지 모임\n내보낸 날짜: 2026. 4. 20. 오후 7:40\n\n"
            "[2026. 4. 19. 오후 8:12] 문가람: 이번 주 모임은 7시입니다\n"
            f"[2026. 4. 19. 오후 8:15] 문가람: {label}\n{first}\n{REPORTER} 기자 2026년 4월 8일 (수) 11:20\n"
            + "\n".join(PARAS) + f"\n{REPORTER} 기자 {EMAIL}\n\n"
            "[2026. 4. 19. 오후 8:17] 하늘 차: 우리 구도 하면 좋겠네요\n[2026. 4. 19. 오후 8:20] 문가람: 👍 (반응)\n")


@pytest.mark.parametrize("label", ["(전달된 메시지)", "Forwarded message", "[전달됨]"])
def test_a_forwarded_articles_label_and_its_outlet_bar_are_no_text(tmp_path, label):
    row = _only(tmp_path, "signal-energy-2026-04-20.txt", _signal(f"{OUTLET} | {HEADLINE}", label))
    _assert_article(row, "2026-04-08", (label, "모임은", "우리 구도", f"{OUTLET} |"))
    assert not any(label in s for s in row["subheadings"] or [])


def test_a_bar_before_a_dateline_or_a_section_is_no_outlets_headline(tmp_path):
    row = _only(tmp_path, "signal-energy-2026-04-21.txt", _signal(f"{HEADLINE}\n{OUTLET} | 2026.04.08 11:20 | 사회"))
    assert row["title"] == HEADLINE


# -- a static-site generator's template code in a Markdown source ----------------------------------------------------------
def _site_source(code: str) -> str:
    return (f'---\ntitle: "{HEADLINE}"\ndate: 2026-04-08 10:40:00 +0900\nauthor: {REPORTER}\nsource: {OUTLET}\n---\n\n'
            + code.format(*PARAS))


@pytest.mark.parametrize("code", [
    "{{% include ad-top.html %}}\n\n{}\n\n<!--more-->\n\n{}\n\n{}\n\n{}\n\n{{% include share.html title=page.title %}}\n\n"
    "{{% for post in site.related_posts limit:3 %}}\n- [{{{{ post.title }}}}]({{{{ post.url }}}})\n{{% endfor %}}\n",
    '{{{{< alert color="info" >}}}}이 글은 동호회 누리집에 옮겨 실은 것입니다.{{{{< /alert >}}}}\n\n{}\n\n'
    '{{{{< figure src="roof.jpg" caption="지붕 위 패널" >}}}}\n\n{}\n\n{}\n\n{}\n\n'
    "{{{{% notice tip %}}}}현장 견학은 사전 접수로만 진행된다.{{{{% /notice %}}}}\n",
])
@pytest.mark.parametrize("name", ["2026-04-08-gym-solar.md", "gym-solar.mdx"])
def test_template_code_and_the_sites_boxes_are_no_text(tmp_path, code, name):
    row = _only(tmp_path, name, _site_source(code))
    _assert_article(row, "2026-04-08", ("{%", "{{", "}}", "<!--", "옮겨 실은", "견학 신청", "지붕 위 패널", "post.title"))


def test_braces_in_prose_without_template_code_stay():
    from builder.extract.markdown import without_templates

    text = "시는 {1, 2, 3} 단계로 나눠 공사한다.\n<p>그대로</p>"
    assert without_templates(text) == text


# -- a broadcast script's bare sign-off on its last line ---------------------------------------------------------------------
def test_a_bare_sign_off_under_a_broadcast_script_is_no_text(tmp_path):
    text = (f"{HEADLINE}\n\n물안개방송 뉴스 | {REPORTER} 기자 | 방송일 2026-04-08 (수)\n\n" + "\n\n".join(PARAS)
            + f"\n\n{REPORTER}입니다.\n")
    row = _only(tmp_path, "gym solar note.txt", text)
    assert f"{REPORTER}입니다" not in row["body"] and row["authors"] == [REPORTER]


def test_a_last_line_ending_in_ipnida_that_is_no_name_stays(tmp_path):
    text = f"{HEADLINE}\n\n{REPORTER} 기자\n\n" + "\n\n".join(PARAS) + "\n\n이상입니다.\n"
    row = _only(tmp_path, "gym solar note2.txt", text)
    assert row["authors"] == [REPORTER]


@pytest.mark.parametrize("note", ["이 글은 물안개타임스 기사를 나중에 읽으려고 퍼 온 글입니다.",
                                  "※ 본 게시물은 물안개타임스 보도를 스크랩한 것입니다"])
def test_a_reposters_note_is_no_text(tmp_path, note):
    text = f"{HEADLINE}\n\n{REPORTER} 기자\n\n" + "\n\n".join(PARAS) + f"\n\n{note}\n"
    row = _only(tmp_path, "gym repost.txt", text)
    assert note not in row["body"] and PARAS[-1][:20] in row["body"]


def test_a_sentence_about_moving_a_story_stays(tmp_path):
    line = "시는 이 글을 담은 안내문을 체육관 네 곳 입구에 옮겨 붙일 계획이라고 밝혔다."
    row = _only(tmp_path, "gym repost2.txt", f"{HEADLINE}\n\n" + "\n\n".join(PARAS[:3] + [line] + PARAS[3:]) + "\n")
    assert line in row["body"]


@pytest.mark.parametrize("name, heading", [
    ("gym-note.md", "## 내 메모"), ("gym-note2.md", "## 팀 검토 의견"), ("gym-note.txt", "===== 메모 ====="),
])
def test_a_notes_own_part_under_a_clipped_article_is_no_text(tmp_path, name, heading):
    text = (f"# {HEADLINE}\n\n{REPORTER} 기자\n\n" + "\n\n".join(PARAS)
            + f"\n\n{heading}\n- 우리 구 체육관 목록과 견줘 볼 것\n- 다음 회의 때 꺼낼 것\n")
    row = _only(tmp_path, name, text)
    assert PARAS[-1][:20] in row["body"]
    for word in ("메모", "검토 의견", "견줘 볼", "다음 회의"):
        assert word not in row["body"], word


def test_a_memo_word_inside_a_sentence_stays(tmp_path):
    line = "시는 공사 일정을 메모 형태로 정리해 주민센터 게시판에 붙여 두기로 했다."
    row = _only(tmp_path, "gym-note3.txt", f"{HEADLINE}\n\n" + "\n\n".join(PARAS[:2] + [line] + PARAS[2:]) + "\n")
    assert line in row["body"]
