"""Real articles are not lost: text held in script data, article containers, articles among link lists.

Every page here is written for the test: a page shaped like each way sites render from script
data (Next.js flight chunks, __NEXT_DATA__, Arc Fusion, Nuxt), pages whose script data is only
navigation, an article with long link lists around it, and index pages that must stay out.
"""

from __future__ import annotations

import json
import pytest
from trafilatura.utils import load_html

from builder.document import NotArticle, check_article, process_bytes
from builder.extract.html import extract_html
from builder.extract.scripted import script_article
from builder.inputs import Source, sha256
from conftest import shared_path

PARAS_KO = [
    "서울시는 내년부터 한강 공원 열 곳에 야간 도서관을 연다고 15일 밝혔다. 도서관은 해가 진 뒤부터 자정까지 문을 연다.",
    "시는 지난해 시범 운영한 두 곳에 하루 평균 800명이 찾았다고 설명했다. 이용자 대부분은 근처에 사는 직장인이었다.",
    "김하늘 서울시 문화정책과장은 \"퇴근한 시민이 책과 함께 쉴 곳을 늘리겠다\"고 말했다. 시는 예산 30억원을 배정했다.",
    "도서관마다 책 3천 권을 두고 계절마다 바꾼다. 비가 오는 날에는 천막 아래 좌석만 연다.",
    "시민단체는 환영하면서도 소음과 쓰레기 대책을 함께 세워야 한다고 지적했다. 시는 공원마다 관리 인력을 두 명씩 늘릴 방침이다.",
]
PARAS_EN = [
    "The county will open three new cooling centres before the end of June, officials said on Tuesday, after last "
    "summer's heatwave left libraries and churches crowded well past closing time.",
    "Each centre will stay open until midnight on days when the forecast passes 35 degrees, and buses on four routes "
    "will stop outside them at no charge, according to the plan approved by the board.",
    "\"Nobody should have to choose between a hot flat and a long walk,\" said Maria Olsen, who chairs the board's "
    "health committee. The centres will cost about $2 million a year.",
    "Volunteers will be trained in first aid in May, and the county expects to hire twelve staff for the season.",
]


def run(html: str, name: str = "page.html"):
    data = html.encode("utf-8")
    return process_bytes(Source(path=name, data=data), data, sha256(data))


def article_of(html: str) -> dict:
    res = run(html)
    assert not res.quarantine, res.quarantine
    return res.article[0]


def shell(head: str, body: str, scripts: str) -> str:
    return f"<html lang='ko'><head><meta charset='utf-8'>{head}</head><body>{body}{scripts}</body></html>"


def flight_page() -> str:
    """A Next.js app-router page: the visible HTML has the headline only; the article is in flight chunks."""
    article = {"articleId": "A2026", "title": "한강 공원에 야간 도서관 연다", "subTitle": "내년 열 곳…자정까지 운영",
               "deployDt": "2026-03-15 09:30:00", "contentHtml": "".join(f"<p>{p}</p>" for p in PARAS_KO)}
    nav = [{"name": n, "href": f"/{i}"} for i, n in enumerate(["정치", "경제", "사회", "국제", "문화", "스포츠"])]
    payload = f'0:["$","html",null,{{"lang":"ko"}}]\n5:{json.dumps({"menu": nav}, ensure_ascii=False)}\n' \
              f'9:["$","$L7",null,{json.dumps({"article": article}, ensure_ascii=False)}]\n'
    half = len(payload) // 2
    chunks = "".join(f"<script>self.__next_f.push([1,{json.dumps(part, ensure_ascii=False)}])</script>"
                     for part in (payload[:half], payload[half:]))
    return shell("<title>한강 공원에 야간 도서관 연다 | 가상일보</title>",
                 "<header><a href='/'>가상일보</a></header><h1>한강 공원에 야간 도서관 연다</h1><div id='root'></div>",
                 "<script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script>" + chunks)


def fusion_page() -> str:
    """An Arc/Fusion page: content_elements of type text, between an image and a related-story list."""
    content = {"_id": "X1", "headlines": {"basic": "Cooling centres to open before summer"},
               "subheadlines": {"basic": "Three sites, open until midnight on hot days"},
               "display_date": "2026-05-12T14:00:00Z", "first_publish_date": "2026-05-12T13:55:00Z",
               "credits": {"by": [{"name": "Ana Ruiz", "type": "author"}]},
               "content_elements": [{"type": "image", "_id": "i1", "caption": "A cooling centre in July."}]
               + [{"type": "text", "_id": f"t{i}", "content": p} for i, p in enumerate(PARAS_EN)]
               + [{"type": "link_list", "_id": "l1", "items": [{"content": "Read more stories"}]}]}
    script = ("<script id='fusion-metadata' type='application/javascript'>window.Fusion=window.Fusion||{};"
              "Fusion.arcSite=\"paper\";Fusion.globalContent=" + json.dumps(content) + ";Fusion.contentCache={};"
              "</script>")
    return shell("<title>Cooling centres to open before summer - The Paper</title>", "<div id='fusion-app'></div>",
                 script)


def next_data_page() -> str:
    data = {"props": {"pageProps": {"story": {
        "headline": "Cooling centres to open before summer", "publishedAt": "2026-05-12T13:55:00Z",
        "body": "".join(f"<p>{p}</p>" for p in PARAS_EN),
        "related": [{"title": "Bus routes change in June", "url": "/b"}]}}}, "page": "/story/[slug]"}
    return shell("<title>The Paper</title>", "<div id='__next'><h1>Cooling centres to open before summer</h1></div>",
                 f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data)}</script>")


def nuxt_page() -> str:
    """A Nuxt 2 payload: a function call, not JSON; the article HTML is a string literal with \\u003C escapes."""
    body = "".join(f"<p>{p}</p>" for p in PARAS_EN).replace("<", "\\u003C").replace("/", "\\u002F").replace('"', '\\"')
    script = (f'<script>window.__NUXT__=(function(a,b){{return {{layout:"default",data:[{{article:{{id:a,'
              f'title:"Cooling centres to open before summer",html:"{body}",date:b}}}}]}}}}'
              f'("n-1","2026-05-12"));</script>')
    return shell("<title>Cooling centres to open before summer</title>", "<div id='__nuxt'></div>", script)


@pytest.mark.parametrize("make", [flight_page, fusion_page, next_data_page, nuxt_page])
def test_article_in_script_data_is_found(make):
    html = make()
    art = article_of(html)
    paras = PARAS_KO if make is flight_page else PARAS_EN
    body = art["body"].splitlines()
    assert body == [p for p in paras], art["extractor"]
    assert art["extractor"].startswith("script-data")


def test_metadata_beside_the_script_text_fills_what_the_page_lacks():
    flight = article_of(flight_page())
    assert flight["published_at"].startswith("2026-03-15T09:30")
    assert "내년 열 곳…자정까지 운영" in flight["subheadings"]
    fusion = article_of(fusion_page())
    assert fusion["published_at"].startswith("2026-05-12T13:55")
    assert fusion["authors"] == ["Ana Ruiz"]
    assert "Three sites, open until midnight on hot days" in fusion["subheadings"]
    assert "A cooling centre in July." not in fusion["body"]


@pytest.mark.parametrize("key, writer_mail", [
    ("writerEmail", True), ("authorEmail", True), ("email", True), ("reporter_mail", True), ("byline-email", True),
    ("contactEmail", False), ("tipsEmail", False), ("newsletterEmail", False),  # the desk's or the newsletter's
])
def test_a_writers_email_beside_the_script_text_is_the_authors(key, writer_mail):
    """A page-data state gives the writer's e-mail as a field of its own beside the text and the writer's name."""
    story = {"title": "Cooling centres to open before summer", "writer": "Ana Ruiz", key: "ana.ruiz@paper.example",
             "html": "".join(f"<p>{p}</p>" for p in PARAS_EN)}
    page = shell("<title>The Paper</title>", "<div id='___gatsby'></div>",
                 f"<script type='application/json'>{json.dumps({'result': {'data': {'story': story}}})}</script>")
    found = script_article(load_html(page))
    assert found is not None and found.authors == ["Ana Ruiz"]
    assert found.emails == (["ana.ruiz@paper.example"] if writer_mail else [])


def test_script_data_of_navigation_only_gives_no_body():
    menu = {"props": {"pageProps": {"menu": [{"title": f"Section {i}", "href": f"/s/{i}"} for i in range(60)],
                                    "footer": "Copyright 2026 The Paper. All rights reserved.",
                                    "tracking": "function(){var a=document.createElement('script');a.src='x.js';"
                                                "document.head.appendChild(a);if(a){a.onload=function(){}}}" * 5,
                                    "urls": ["https://example.com/" + "x" * 40 + str(i) for i in range(20)]}}}
    html = shell("<title>The Paper</title>", "<h1>The Paper</h1><p>Sign in</p>",
                 f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(menu)}</script>"
                 "<script>window.__APOLLO_STATE__={\"ROOT_QUERY\":{\"nav\":[\"Home\",\"World\",\"Sport\"]}};</script>")
    assert script_article(load_html(html)) is None
    res = run(html)
    assert not res.article and res.quarantine[0]["reason"] in ("no_text", "too_short")


def test_longest_prose_wins_over_a_teaser_in_the_same_data():
    data = {"teaser": {"summary": PARAS_EN[0]},
            "story": {"content": [{"type": "paragraph", "text": p} for p in PARAS_EN]}}
    found = script_article(load_html(shell("", "", f"<script type='application/json'>{json.dumps(data)}</script>")))
    assert found is not None and found.lines == PARAS_EN and found.source == "content-elements"


def test_json_ld_article_body_is_used_when_the_page_shows_none():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Cooling centres to open",
          "datePublished": "2026-05-12", "articleBody": "\n".join(PARAS_EN)}
    html = shell(f"<script type='application/ld+json'>{json.dumps(ld)}</script>", "<div id='app'></div>", "")
    art = article_of(html)
    assert all(p in art["body"] for p in PARAS_EN)


LINKS = "".join(f"<li><a href='/s/{i}'>Section {i} news</a></li>" for i in range(60))


def article_among_links_page() -> str:
    """An article whose page wraps it in long menus and related-story lists; the <article> holds the text."""
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    return (f"<html><head><title>Cooling centres to open</title></head><body><header><nav><ul>{LINKS}</ul></nav></header>"
            f"<div class='menu'><ul>{LINKS}</ul></div><article><h1>Cooling centres to open</h1>"
            f"<p>Associated Press</p><p>Tuesday, May 12, 2026</p>{paras}</article>"
            f"<section><ul>{LINKS}</ul></section><footer><ul>{LINKS}</ul></footer></body></html>")


def test_article_with_long_link_lists_around_it_is_an_article():
    art = article_of(article_among_links_page())
    for p in PARAS_EN:
        assert p in art["body"]


def test_index_test_looks_at_the_main_text_not_the_line_count():
    links = [f"Section {i} news" for i in range(80)]
    lines = links[:40] + PARAS_EN + links[40:]
    check_article(lines, frozenset(links))  # an article among link lists
    with pytest.raises(NotArticle) as e:
        check_article(links, frozenset(links))
    assert e.value.reason == "not_article"


def test_teaser_lists_stay_index_pages():
    """An index page's blurbs sit one between links each: they never make a main text."""
    heads = [f"Council approves budget for district {i} schools" for i in range(20)]
    blurbs = [f"The council voted on the plan for district {i} on Monday night, after a long debate." for i in range(20)]
    tags = ["Local news", "Read more"]
    lines = [x for i in range(20) for x in (heads[i], blurbs[i], *tags)]
    with pytest.raises(NotArticle) as e:
        check_article(lines, frozenset(heads + tags))
    assert e.value.reason == "not_article"
    short = [f"Headline number {i} about the city budget" for i in range(40)]
    with pytest.raises(NotArticle):
        check_article(short, frozenset(short))


def test_shared_fusion_page_is_an_article():
    page = shared_path("corpus", "ko-more", "pages", "chosun_20230407.html")
    gold = json.loads(shared_path("corpus", "ko-more", "gold", "chosun_20230407.expected.json").read_text("utf-8"))["article"]
    data = page.read_bytes()
    res = process_bytes(Source(path=page.name, data=data), data, sha256(data))
    assert not res.quarantine
    art = res.article[0]
    assert art["title"] == gold["title"]
    assert art["published_at"].startswith(gold["published"])
    assert not any(bad in art["body"] for bad in gold["body_must_not_contain"])


def test_flight_text_rows_are_read_by_their_byte_length():
    """Next.js may send a long string as a text row (`id:T<hex byte length>,<text>`) right before the next row."""
    markup = "".join(f"<p>{p}</p>" for p in PARAS_KO)
    payload = f'3:T{len(markup.encode("utf-8")):x},{markup}4:["$","footer",null,{{"children":"가상일보"}}]\n'
    html = shell("<title>가상일보</title>", "<h1>한강 공원에 야간 도서관 연다</h1>",
                 f"<script>self.__next_f.push([1,{json.dumps(payload, ensure_ascii=False)}])</script>")
    found = script_article(load_html(html))
    assert found is not None and found.lines == PARAS_KO


def test_script_dates_in_every_common_form_become_iso():
    from builder.extract.scripted import iso_date
    assert iso_date("2026-03-15 09:30:00") == "2026-03-15T09:30:00"
    assert iso_date("20260315093000") == "2026-03-15T09:30:00"
    assert iso_date("2026-03-15T09:30:00.000Z") == "2026-03-15T09:30:00+00:00"
    assert iso_date(1773567000000) == iso_date(1773567000) == "2026-03-15T09:30:00+00:00"
    assert iso_date(42) is None and iso_date("2026-13-40") is None and iso_date(True) is None


def test_fallback_text_must_be_about_the_headline():
    """A fallback takes text only when it is about the page's headline (not a teaser or an 'about us' block)."""
    from builder.extract.fallback import about, fallback_bodies
    tree = load_html("<html><body><ul><li><a href='/a'>Bus routes change in June</a></li></ul><article>"
                     + "".join(f"<p>{p}</p>" for p in PARAS_EN) + "</article></body></html>")
    methods = [b.method for b in fallback_bodies(tree, "Cooling centres to open before summer")]
    assert "container-article" in methods
    assert not [b for b in fallback_bodies(tree, "Mayor resigns over stadium deal") if b.method.startswith("container")]
    assert about(None, ["anything"]) and about("서울시, 야간 도서관 연다", PARAS_KO)


def test_deeply_nested_script_data_is_no_crash():
    deep_list = "[" * 5000 + "]" * 5000
    deep_obj = '{"a":' * 3000 + "1" + "}" * 3000
    elements = {"content": [{"type": "text", "content": {"x": {"x": {"x": "deep"}}}}] * 3}
    html = shell("<title>x</title>", "<p>x</p>",
                 f"<script type='application/json'>{deep_list}</script><script>window.x={deep_obj};</script>"
                 f"<script type='application/json'>{json.dumps(elements)}</script>")
    assert script_article(load_html(html)) is None
    assert run(html).quarantine[0]["reason"] in ("no_text", "too_short")


def frameset_page(paras: list[str], headline: str, with_noframes: bool = True) -> str:
    noframes = ("<noframes><body><p>This page needs a browser that shows frames.</p>"
                f"<h2>{headline}</h2>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></noframes>") if with_noframes else ""
    return ("<html><head><meta charset='utf-8'><title>Valley Courier</title></head>"
            "<frameset rows='80,*'><frame src='top.html' name='top'>"
            "<frameset cols='160,*'><frame src='menu.html'><frame src='view.html?id=7' name='main'></frameset>"
            f"{noframes}</frameset></html>")


@pytest.mark.parametrize("paras, headline", [(PARAS_EN, "County opens cooling centres for the summer"),
                                             (PARAS_KO, "한강 공원 열 곳에 야간 도서관 연다")])
def test_a_frameset_pages_noframes_text_is_its_article(paras, headline):
    art = article_of(frameset_page(paras, headline))
    assert art["title"] == headline
    for p in paras:
        assert p in art["body"]


def test_a_frameset_page_with_no_noframes_text_is_quarantined_with_its_reason():
    res = run(frameset_page(PARAS_EN, "County opens cooling centres", with_noframes=False))
    assert not res.article and res.quarantine[0]["reason"] in ("no_text", "too_short")


def srcdoc_page(inner: str, shell_title: str = "바람골신보") -> str:
    import html as h
    return (f"<html><head><meta charset='utf-8'><title>{shell_title}</title></head><body>"
            "<header><a class='logo'>바람골신보</a><nav><a>사회</a> <a>경제</a> <a>지역</a></nav></header>"
            f"<main><iframe id='viewer' sandbox srcdoc=\"{h.escape(inner)}\"></iframe></main>"
            "<aside><h3>많이 본 기사</h3><ul><li>골목 축제 주말 개막</li></ul></aside></body></html>")


def test_an_article_only_inside_an_iframe_srcdoc_is_read_from_the_frame():
    """A shell whose article is the escaped document of `<iframe srcdoc>`: the frame's document is the page a
    reader sees; the shell's one-word <title> still names the site."""
    headline = "한강 공원 열 곳에 야간 도서관 연다"
    inner = (f"<html><head><meta charset='utf-8'><title>{headline}</title></head><body><article><h1>{headline}</h1>"
             "<div class='meta'>나하람 기자 | 2026.03.02 10:15</div>" + "".join(f"<p>{p}</p>" for p in PARAS_KO)
             + "</article></body></html>")
    ex = extract_html(srcdoc_page(inner))
    assert ex.title == headline and ex.outlet == "바람골신보"
    assert all(p in ex.body_lines for p in PARAS_KO)
    assert not any("많이 본 기사" in ln or "골목 축제" in ln for ln in ex.body_lines)


def test_a_small_iframe_srcdoc_beside_the_article_is_not_taken_for_it():
    """A widget in a srcdoc frame (a poll, an ad) holds less text than the page: the page's own article stays."""
    widget = "<html><body><p>오늘의 설문: 야간 도서관을 이용하시겠습니까? 예 / 아니오 / 잘 모르겠다 / 결과 보기</p>" \
             "<p>" + "참여해 주셔서 감사합니다. " * 12 + "</p></body></html>"
    page = ("<html><head><meta charset='utf-8'><title>한강 공원 열 곳에 야간 도서관 연다</title></head><body><article>"
            "<h1>한강 공원 열 곳에 야간 도서관 연다</h1>" + "".join(f"<p>{p}</p>" for p in PARAS_KO)
            + f"<iframe srcdoc=\"{__import__('html').escape(widget)}\"></iframe></article></body></html>")
    ex = extract_html(page)
    assert ex.title == "한강 공원 열 곳에 야간 도서관 연다" and PARAS_KO[0] in ex.body_lines
    assert not any("설문" in ln for ln in ex.body_lines)


def test_next_shell_with_site_name_title_keeps_script_article():
    """A Next.js shell whose <title> is only the site's name: the article, reporter e-mail and outlet come from
    `__NEXT_DATA__` (a one-word <title> is no headline to hold the script text against)."""
    from builder.extract.fallback import about
    data = {"props": {"pageProps": {"article": {
        "title": "도담시, 폐교를 청소년 문화공간으로 바꾼다", "publishedAt": "2026-02-03T07:00:00+09:00",
        "reporter": {"name": "변도준", "email": "dojun@example.kr"},
        "contentHtml": "".join(f"<p>{p}</p>" for p in PARAS_KO)}}}}
    html = shell("<title>도담마루신문</title>", "<div>불러오는 중…</div>",
                 f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data, ensure_ascii=False)}</script>")
    ex = extract_html(html)
    assert ex.title.startswith("도담시, 폐교를") and ex.authors == ["변도준"]
    assert ex.author_emails == ["dojun@example.kr"] and ex.outlet == "도담마루신문"
    assert about("도담마루신문", PARAS_KO)  # a site name says nothing
    assert not about("시의회, 예산안 통과 놓고 격론", PARAS_KO)  # a real headline the text is not about


def chat_export(messages: list[str]) -> str:
    rows = "".join(f"<div class='message default clearfix' id='m{i}'><div class='body'><div class='pull_right date details'>"
                   f"08:{10 + i}</div><div class='from_name'>동네 소식방</div><div class='text'>{m}</div></div></div>"
                   for i, m in enumerate(messages))
    return ("<html><head><meta charset='utf-8'><title>Exported Data</title></head><body><div class='page_header'>"
            f"<div class='text bold'>동네 소식방</div></div><div class='history'>{rows}</div></body></html>")


def test_an_article_forwarded_into_a_chat_export_is_read_from_its_message():
    """A chat's exported history: the one message carrying a whole article is the page; its bold first line the
    headline; the greetings, times and the export's <title> are the chat's."""
    headline = "한강 공원 열 곳에 야간 도서관 연다"
    carried = f"📰 <strong>[바람골신보] {headline}</strong><br><br>나하람 기자 | 입력 2026.03.02 10:15<br><br>" \
              + "<br><br>".join(PARAS_KO)
    ex = extract_html(chat_export(["좋은 아침입니다. 오늘 소식 나눠요.", carried, "신청 잊지 마세요!", "오늘은 여기까지입니다."]))
    assert ex.title == f"[바람골신보] {headline}"
    assert PARAS_KO[0] in ex.body_lines and not any("좋은 아침" in ln or "여기까지" in ln for ln in ex.body_lines)


def test_a_chat_export_of_short_messages_only_is_no_article():
    """Near miss: no message carries most of the text: the export is read as a page (and has no article to give)."""
    from builder.extract.html import carried_message
    assert carried_message(load_html(chat_export(["안녕하세요", "오늘 모임 7시", "네 알겠습니다", "내일 봬요"]))) is None
    assert carried_message(load_html(chat_export([PARAS_KO[0], PARAS_KO[1], PARAS_KO[2], PARAS_KO[3]]))) is None


def test_an_article_page_with_a_long_comment_thread_keeps_its_own_article():
    """Near miss: comments classed as messages under an article: the page's own text outweighs the longest comment."""
    from builder.extract.html import carried_message
    comments = "".join(f"<div class='message'><p class='text'>{t}</p></div>"
                       for t in ["좋은 소식이네요", PARAS_KO[4] * 2, "동의합니다", "응원합니다"])
    page = ("<html><head><meta charset='utf-8'><title>한강 공원 열 곳에 야간 도서관 연다</title></head><body><article>"
            "<h1>한강 공원 열 곳에 야간 도서관 연다</h1>" + "".join(f"<p>{p}</p>" for p in PARAS_KO)
            + f"</article><section class='comments'>{comments}</section></body></html>")
    assert carried_message(load_html(page)) is None


# -- round 25: a state written as a JavaScript literal, its repeated values passed as a function's arguments --

def _state_page(script: str) -> str:
    return shell("<title>솔마루데일리</title>", "<div id='__nuxt'><div>불러오는 중…</div></div>", f"<script>{script}</script>")


BODY_KO = "".join(f"<p>{p}</p>" for p in PARAS_KO).replace('"', '\\"')


@pytest.mark.parametrize("script", [
    # Nuxt 2: the reporter's name, e-mail and a date are the IIFE's arguments
    'window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{article:{section:a,title:"한강 공원 열 곳에 '
    f'야간 도서관 연다",content:"{BODY_KO}",reporter:{{name:c,email:d}},publishedAt:"2026-03-15T09:30:00+09:00",'
    'updatedAt:b,related:[{title:"버스 노선 바뀐다",section:a}]}}],state:{site:{name:"솔마루데일리"}},'
    'serverRendered:!0}}("사회","2026-03-16T10:00:00+09:00","채윤슬","yunseul@solmaru.example"));',
    # the same call written '})(…)', one argument left out (undefined), `void 0` for a value
    'window.__NUXT__=(function(a,b,c,d,e){return {data:[{article:{title:"한강 공원 열 곳에 야간 도서관 연다",'
    f'content:"{BODY_KO}",reporter:{{name:c,email:d}},publishedAt:b,thumb:void 0,extra:e}}}}]}}}})'
    '("x","2026-03-15T09:30:00+09:00","채윤슬","yunseul@solmaru.example"));',
    # a state assigned as an object literal with unquoted keys and single-quoted strings
    "window.__INITIAL_STATE__={article:{title:'한강 공원 열 곳에 야간 도서관 연다',reporter:{name:'채윤슬',"
    f"email:'yunseul@solmaru.example'}},publishedAt:'2026-03-15T09:30:00+09:00',content:\"{BODY_KO}\"}},ui:{{open:!1}}}};",
])
def test_a_state_written_as_a_javascript_literal_gives_the_article_and_its_reporter(script):
    ex = extract_html(_state_page(script))
    assert ex.title == "한강 공원 열 곳에 야간 도서관 연다" and ex.authors == ["채윤슬"]
    assert ex.author_emails == ["yunseul@solmaru.example"] and ex.published.startswith("2026-03-15")
    assert PARAS_KO[0] in ex.body_lines and "불러오는 중" not in ex.body


@pytest.mark.parametrize("script", [
    'window.__NUXT__=(function(a){return {data:[{render:function(){return a}}]}}("x"));',  # a function: no JSON
    "window.__STATE__={total:a+b};",  # an expression
    'window.__NUXT__=(function(a,b){return {data:[{title:a}]}}("x"',  # cut off
])
def test_literals_json_cannot_say_are_left_without_a_crash(script):
    from builder.extract.scripted import literal_states
    assert literal_states(script) == []


def _component_rows_page(rows: str, skeleton: str = "<main><div aria-busy='true'>기사를 불러오는 중입니다…</div></main>") -> str:
    """An App Router page: a skeleton in the HTML, the article streamed as server-component rows."""
    chunks = "".join(f"<script>self.__next_f.push([1,{json.dumps(row + chr(10), ensure_ascii=False)}])</script>"
                     for row in rows.splitlines())
    return shell("<title>가상일보</title>", "<header><a href='/'>가상일보</a></header>" + skeleton,
                 "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" + chunks)


def _element(tag: str, children, cls: str | None = None) -> list:
    return ["$", tag, None, {"children": children, **({"className": cls} if cls else {})}]


def test_server_component_rows_render_in_place_of_a_skeleton():
    """Elements (`["$","p",key,{children}]`), a lazy row's reference (`L3`) and a client component's string props
    (`$L2`: an import row) render as the markup they stand for; the article row takes the skeleton's place."""
    from builder.extract.scripted import inline_flight_markup
    article = _element("article", [_element("h1", "한강 공원에 야간 도서관 연다"),
                                   _element("div", ["도가람 기자 ", _element("span", "garam.do@gasang.example")], "byline"),
                                   ["$", "L3", None, {}],
                                   _element("div", [_element("p", p) for p in PARAS_KO], "body")])
    rows = "\n".join([
        '2:I[77,["static/chunks/77.js"],"Clock"]',
        '3:["$","$L2",null,{"label":"입력","iso":"2026-03-15T09:30:00+09:00"}]',
        "4:" + json.dumps(article, ensure_ascii=False),
        "5:" + json.dumps(_element("aside", [_element("h3", "많이 본 뉴스"), _element("li", "다른 기사 제목")]),
                          ensure_ascii=False)])
    tree = load_html(_component_rows_page(rows))
    assert inline_flight_markup(tree)
    main = tree.xpath("//main")[0].text_content()
    assert "불러오는 중" not in main and "많이 본 뉴스" not in main and "입력 2026-03-15T09:30" in main
    found = extract_html(_component_rows_page(rows))
    assert found.title == "한강 공원에 야간 도서관 연다" and found.published.startswith("2026-03-15")
    assert PARAS_KO[0] in found.body_lines and "다른 기사 제목" not in found.body_lines


def test_component_rows_of_navigation_only_put_nothing_in():
    """Rows that render no more prose than the page already shows (a menu, a footer) leave the page as it is."""
    from builder.extract.scripted import inline_flight_markup
    rows = "4:" + json.dumps(_element("nav", [_element("a", n) for n in ("정치", "경제", "사회")]), ensure_ascii=False)
    assert not inline_flight_markup(load_html(_component_rows_page(rows)))
    article_in_html = "<main><article>" + "".join(f"<p>{p}</p>" for p in PARAS_KO) + "</article></main>"
    rows = "4:" + json.dumps(_element("div", [_element("p", PARAS_KO[0])]), ensure_ascii=False)
    assert not inline_flight_markup(load_html(_component_rows_page(rows, article_in_html)))
