"""News feeds saved as files (RSS 2.0, RSS 1.0/RDF, Atom): each item is an article, or a quarantine row that says why not.

The feeds are written here the way feed generators write them (CDATA or escaped HTML in `description`,
`content:encoded`, Atom `content` in XHTML, RFC 822 and ISO dates), around articles written for these tests.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import polars as pl
import pytest

from builder.document import process_bytes
from builder.extract.feed import NotFeed, item_count, item_document, looks_like_feed, parse_item
from builder.inputs import Source, discover, kind_of, sha256
from builder.pipeline import build

PARAGRAPHS = [
    "마루솔시가 구도심 골목길 열두 곳에 보행자 우선 구역을 지정한다고 9일 밝혔다. 차량 속도는 시속 20㎞로 묶인다.",
    "시는 올해 안에 보도와 차도의 턱을 없애고, 골목 입구마다 속도 표지판과 과속 방지턱을 새로 설치할 계획이다.",
    "윤서담 마루솔시 교통정책과장은 \"아이와 어르신이 마음 놓고 걷는 골목을 만들겠다\"고 말했다. 사업비는 18억원이다.",
    "보행자 우선 구역에서는 주정차가 전면 금지되며, 주민 차량은 골목 바깥의 공영주차장을 반값에 이용할 수 있다.",
    "시는 지난해 시범 구역 두 곳에서 보행 사고가 절반 넘게 줄었다며, 내년에는 신도심까지 구역을 넓히겠다고 했다.",
]
BODY_HTML = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TEASER = "마루솔시가 구도심 골목길에 보행자 우선 구역을 지정한다."


def rss(items: str, title: str = "물결일보 - 사회", extra: str = "") -> bytes:
    return ("<?xml version='1.0' encoding='UTF-8'?>\n"
            "<rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
            f"<title>{title}</title><link>https://mulgyeol.example.kr/</link>"
            "<description>물결일보 사회면 새 기사</description><language>ko</language>"
            f"{extra}{items}</channel></rss>").encode("utf-8")


FULL_ITEM = ("<item><title>마루솔시, 골목길 12곳 보행자 우선 구역 지정</title>"
             "<link>https://mulgyeol.example.kr/news/5521</link>"
             f"<description>{TEASER}</description>"
             f"<content:encoded><![CDATA[{BODY_HTML}<p>채하람 기자 haram@mulgyeol.example.kr</p>]]></content:encoded>"
             "<dc:creator>채하람 기자</dc:creator><pubDate>Mon, 09 Mar 2026 14:05:00 +0900</pubDate></item>")
TEASER_ITEM = ("<item><title>구름다리 보수 공사 시작</title><link>https://mulgyeol.example.kr/news/5522</link>"
               f"<description>{TEASER}</description><pubDate>Mon, 09 Mar 2026 15:00:00 +0900</pubDate></item>")
ATOM = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom' xml:lang='ko'>"
        "<title>여울타임스</title><subtitle>여울타임스 최신 기사</subtitle>"
        "<entry><title>마루솔시, 골목길 12곳 보행자 우선 구역 지정</title>"
        "<link rel='alternate' href='https://yeoul.example.kr/a/77'/><id>tag:yeoul.example.kr,2026:77</id>"
        "<published>2026-03-09T05:05:00Z</published><updated>2026-03-10T01:00:00Z</updated>"
        "<author><name>한결빛</name><email>gyeolbit@yeoul.example.kr</email></author>"
        f"<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>{BODY_HTML}</div></content></entry></feed>")


def run(data: bytes, name: str, record: int = 0, kind: str | None = None):
    source = Source(path=name, record=record, kind=kind or kind_of(name), data=data)
    return process_bytes(source, data, sha256(data))


def test_an_rss_item_is_an_article_with_what_the_feed_says_of_it():
    res = run(item_document(rss(FULL_ITEM + TEASER_ITEM), 1), "society.rss", 1)
    article = res.article[0]
    assert article["title"] == "마루솔시, 골목길 12곳 보행자 우선 구역 지정"
    assert article["outlet"] == "물결일보"  # the channel's "<outlet> - <section>"
    assert article["authors"] == ["채하람"]
    assert article["author_emails"] == ["haram@mulgyeol.example.kr"]
    assert article["published_at"] == "2026-03-09T14:05:00+09:00"  # RFC 822 in the feed
    assert article["url"] == "https://mulgyeol.example.kr/news/5521"
    assert article["language"] == "ko"
    assert article["body"].startswith(PARAGRAPHS[0])  # the full text, not the teaser
    assert "물결일보 사회면" not in article["body"] and "<p>" not in article["body"]
    assert any(p["name"] == "윤서담" for p in res.person)


def test_every_item_of_a_feed_is_its_own_unit_of_work_with_its_own_id(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    second = FULL_ITEM.replace("5521", "5530").replace("12곳", "열두 곳")
    (raw / "society.xml").write_bytes(rss(FULL_ITEM + second + TEASER_ITEM))
    sources = list(discover(raw))
    assert [(s.path, s.record, s.kind) for s in sources] == [("society.xml", n, "feed") for n in (1, 2, 3)]
    build(raw, out)
    articles = pl.read_parquet(out / "article.parquet")
    assert articles["source_record"].to_list() == [1, 2]
    assert articles["article_id"].n_unique() == 2
    quarantine = pl.read_parquet(out / "quarantine.parquet")
    # the third item carries only a teaser: not an article, and said so, under its own record number
    assert quarantine.select("source_record", "stage", "reason").rows() == [(3, "extract", "too_short")]


def test_atom_entry_with_xhtml_content_author_element_and_utc_dates():
    item = parse_item(ATOM.encode("utf-8"))
    assert (item.title, item.authors, item.outlet, item.language) == (
        "마루솔시, 골목길 12곳 보행자 우선 구역 지정", ("한결빛",), "여울타임스", "ko")
    assert item.url == "https://yeoul.example.kr/a/77"
    article = run(ATOM.encode("utf-8"), "yeoul.atom").article[0]
    assert article["published_at"].startswith("2026-03-09T") and article["updated_at"].startswith("2026-03-10T")
    assert article["authors"] == ["한결빛"] and article["body"].startswith(PARAGRAPHS[0])


def test_rss_1_rdf_feed_with_dublin_core_date():
    data = ("<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
            "xmlns='http://purl.org/rss/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
            "<channel rdf:about='https://mulgyeol.example.kr/'><title>물결일보</title></channel>"
            "<item rdf:about='https://mulgyeol.example.kr/news/5521'><title>골목길 보행자 우선 구역</title>"
            "<link>https://mulgyeol.example.kr/news/5521</link>"
            f"<description><![CDATA[{BODY_HTML}]]></description>"
            "<dc:date>2026-03-09T14:05:00+09:00</dc:date><dc:creator>채하람</dc:creator></item></rdf:RDF>").encode()
    assert looks_like_feed(data) and item_count(data) == 1
    article = run(data, "mulgyeol.xml", kind="feed").article[0]  # as sniffed
    assert (article["outlet"], article["published_at"], article["authors"]) == (
        "물결일보", "2026-03-09T14:05:00+09:00", ["채하람"])


@pytest.mark.parametrize("title, extra, outlet", [
    ("사회 | 물결일보", "<copyright>Copyright 물결일보</copyright>", "물결일보"),  # the part the channel names again
    ("물결일보 : 전체기사", "", "물결일보"),  # else the first part
    ("물결일보", "", "물결일보"),
])
def test_outlet_is_the_part_of_the_channel_title_that_names_it(title, extra, outlet):
    data = rss(FULL_ITEM, title=title, extra=extra).replace("물결일보 사회면 새 기사".encode(), b"new stories")
    assert parse_item(data).outlet == outlet


def test_plain_text_description_and_rss_author_address():
    text_item = ("<item><title>골목길 보행자 우선 구역</title><author>haram@mulgyeol.example.kr (채하람)</author>"
                 "<description>" + "\n\n".join(PARAGRAPHS) + "</description></item>")
    item = parse_item(rss(text_item))
    assert item.authors == ("채하람",)
    assert item.body_html.count("<p>") == len(PARAGRAPHS) and item.published is None  # no date in the feed: none invented


def test_files_that_are_not_feeds_or_hold_no_item_are_quarantined_with_the_reason(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "sitemap.xml").write_bytes(b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                                      b"<url><loc>https://mulgyeol.example.kr/news/5521</loc></url></urlset>")
    (raw / "empty.rss").write_bytes(rss(""))
    (raw / "broken.atom").write_bytes(b"this is not XML at all")
    (raw / "gzipped.rss.gz").write_bytes(gzip.compress(rss(FULL_ITEM)))
    build(raw, out)
    quarantine = pl.read_parquet(out / "quarantine.parquet").sort("source_path")
    assert quarantine.select("source_path", "reason").rows() == [
        ("broken.atom", "not_a_feed"), ("empty.rss", "empty_feed"), ("sitemap.xml", "unsupported_type")]
    assert pl.read_parquet(out / "article.parquet")["source_path"].to_list() == ["gzipped.rss.gz"]


def test_entities_are_never_expanded_nor_fetched():
    data = ("<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY secret SYSTEM 'file:///etc/passwd'>"
            "<!ENTITY lol 'lollollollollollollollol'>]>"
            "<rss version='2.0'><channel><title>물결일보</title><item><title>&secret;&lol;</title>"
            f"<description><![CDATA[{BODY_HTML}]]></description></item></channel></rss>").encode()
    assert "root:" not in (parse_item(data).title or "")
    assert "lollol" not in (parse_item(data).title or "")


def test_item_document_keeps_the_channel_and_only_its_item():
    data = rss(FULL_ITEM + TEASER_ITEM)
    first, second = item_document(data, 1), item_document(data, 2)
    assert b"5521" in first and b"5522" not in first and "물결일보 - 사회".encode() in first
    assert b"5522" in second and b"5521" not in second
    with pytest.raises(NotFeed):
        item_document(data, 3)


def test_an_atom_entry_saved_alone_takes_its_feed_from_source_and_the_address_from_author():
    entry = ("<?xml version='1.0' encoding='utf-8'?><entry xmlns='http://www.w3.org/2005/Atom' xml:lang='ko'>"
             "<title type='text'>마루솔시, 골목길 12곳 보행자 우선 구역 지정</title>"
             "<link rel='related' href='https://mulgyeol.example.kr/news/5400' title='지난 기사'/>"
             "<link rel='alternate' href='https://mulgyeol.example.kr/news/5521'/>"
             "<published>2026-03-09T14:05:00+09:00</published>"
             "<author><name>채하람 기자</name><email>haram@mulgyeol.example.kr</email></author>"
             "<source><title>물결일보 - 사회</title><rights>ⓒ 물결일보</rights></source>"
             f"<content type='html'>{BODY_HTML.replace('<', '&lt;').replace('>', '&gt;')}</content></entry>").encode()
    assert looks_like_feed(entry) and item_count(entry) == 1
    article = run(entry, "mulgyeol_5521.atom").article[0]
    assert article["outlet"] == "물결일보" and article["url"] == "https://mulgyeol.example.kr/news/5521"
    assert article["authors"] == ["채하람"] and article["author_emails"] == ["haram@mulgyeol.example.kr"]
    assert article["published_at"] == "2026-03-09T14:05:00+09:00" and article["updated_at"] is None
    assert article["body"].startswith(PARAGRAPHS[0]) and "지난 기사" not in article["body"]


def enex(*notes: str) -> bytes:
    return ("<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE en-export SYSTEM 'http://xml.evernote.com/pub/evernote-export4.dtd'>"
            "<en-export export-date='20260312T010000Z' application='Evernote'>" + "".join(notes) + "</en-export>").encode()


def clipped(title: str, url: str, page_html: str) -> str:
    return (f"<note><title>{title}</title><created>20260311T221500Z</created><updated>20260311T221800Z</updated>"
            "<note-attributes><author>clipper.kim</author><source>web.clip7</source>"
            f"<source-url>{url}</source-url></note-attributes><content><![CDATA[<?xml version='1.0' encoding='UTF-8'?>"
            f"<!DOCTYPE en-note SYSTEM 'http://xml.evernote.com/pub/enml2.dtd'><en-note>{page_html}</en-note>]]></content></note>")


def test_an_evernote_clip_is_the_clipped_page_not_the_clipper_and_the_clip_time(tmp_path: Path):
    page = (f"<h1>마루솔시, 골목길 12곳 보행자 우선 구역 지정</h1><div>채하람 기자 | 승인 2026.03.09 14:05</div>"
            + "".join(f"<div>{p}</div>" for p in PARAGRAPHS) + "<div>채하람 기자 haram@mulgyeol.example.kr</div>")
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "clips.enex").write_bytes(enex(clipped("마루솔시, 골목길 12곳 보행자 우선 구역 지정",
                                                  "https://mulgyeol.example.kr/news/5521", page),
                                          clipped("빈 메모", "https://mulgyeol.example.kr/", "<div>메모</div>")))
    build(raw, out)
    article = pl.read_parquet(out / "article.parquet").row(0, named=True)
    assert (article["source_record"], article["url"]) == (1, "https://mulgyeol.example.kr/news/5521")
    assert article["authors"] == ["채하람"]  # the byline of the page, not the note's author (who clipped it)
    assert article["published_at"] == "2026-03-09T14:05:00+09:00"  # the page's date, not the clip's
    assert article["body"].startswith(PARAGRAPHS[0]) and "clipper.kim" not in article["body"]
    quarantine = pl.read_parquet(out / "quarantine.parquet")
    # the note holding two characters: no article, said so under its own number
    assert quarantine.select("source_record", "stage", "reason").rows() == [(2, "extract", "too_short")]


def test_a_feeds_items_are_split_once_not_once_per_item(tmp_path: Path, monkeypatch):
    import builder.extract.feed as feed
    from builder.inputs import load

    items = "".join(FULL_ITEM.replace("5521", f"55{n:02d}") for n in range(12))
    (tmp_path / "many.rss").write_bytes(rss(items))
    parsed = []
    real_root = feed._root
    monkeypatch.setattr(feed, "_root", lambda data: parsed.append(1) or real_root(data))
    sources = [s for s in discover(tmp_path) if isinstance(s, Source)]
    parsed.clear()
    documents = [load(s) for s in sources]
    assert len(documents) == 12 and len(parsed) == 1
    assert all(f"55{n:02d}".encode() in doc and doc.count(b"<item>") == 1 for n, doc in enumerate(documents))


def _wxr(creator: str, accounts: str) -> bytes:
    """A WordPress export (WXR): the item names its writer by login, the channel lists the logins' shown names."""
    return ("<?xml version='1.0' encoding='UTF-8'?>\n<rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/' xmlns:wp='http://wordpress.org/export/1.2/'>"
            "<channel><title>물결일보</title><link>https://mulgyeol.example.kr/</link><language>ko-KR</language>"
            f"{accounts}<item><title>마루솔시, 골목길 12곳 보행자 우선 구역 지정</title>"
            f"<dc:creator><![CDATA[{creator}]]></dc:creator><pubDate>Mon, 09 Mar 2026 05:05:00 +0000</pubDate>"
            f"<content:encoded><![CDATA[{BODY_HTML}]]></content:encoded></item></channel></rss>").encode("utf-8")


WP_ACCOUNT = ("<wp:author><wp:author_login><![CDATA[hrchae]]></wp:author_login><wp:author_email>"
              "<![CDATA[haram@mulgyeol.example.kr]]></wp:author_email><wp:author_display_name><![CDATA[채하람]]>"
              "</wp:author_display_name></wp:author>")


def test_a_wordpress_login_is_read_as_the_name_its_account_shows():
    item = parse_item(_wxr("hrchae", WP_ACCOUNT))
    assert item.authors == ("채하람",) and item.emails == ("haram@mulgyeol.example.kr",)


def test_a_creator_with_no_account_listed_keeps_its_name():
    assert parse_item(_wxr("채하람", "")).authors == ("채하람",)
    assert parse_item(_wxr("윤서담", WP_ACCOUNT)).authors == ("윤서담",)  # another writer than the account's


# Formats that are feeds in all but syntax (`asatom`): a JSON Feed under any name, an OPML outline, a DocBook article.
def _json_feed(item_authors: str = '[{"name": "채하람"}]', version: str = "https://jsonfeed.org/version/1.1") -> bytes:
    import json

    body = BODY_HTML + "<p>채하람 기자 haram@mulgyeol.example.kr</p>"
    return json.dumps({"version": version, "title": "물결일보 - 사회", "language": "ko",
                       "authors": [{"name": "물결일보 편집국"}],
                       "items": [{"id": "5521", "url": "https://mulgyeol.example.kr/news/5521",
                                  "title": "마루솔시, 골목길 12곳 보행자 우선 구역 지정", "content_html": body,
                                  "date_published": "2026-03-09T14:05:00+09:00",
                                  "date_modified": "2026-03-10T09:00:00+09:00",
                                  "authors": json.loads(item_authors)}]}, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("name", ["society.feed", "society.json", "society"])
def test_a_json_feed_under_any_name_is_read_as_a_feed(tmp_path: Path, name: str):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    data = _json_feed()
    (raw / name).write_bytes(data)
    assert [s.kind for s in discover(raw)] == ["feed"]
    build(raw, out)
    article = pl.read_parquet(out / "article.parquet").row(0, named=True)
    assert (article["title"], article["outlet"], article["authors"]) == (
        "마루솔시, 골목길 12곳 보행자 우선 구역 지정", "물결일보", ["채하람"])
    assert article["published_at"].startswith("2026-03-09") and "편집국" not in article["body"]
    assert '"content_html"' not in article["body"] and article["body"].startswith(PARAGRAPHS[0])


def test_json_that_is_no_json_feed_stays_a_data_file_and_the_feeds_own_author_stands_in_for_an_items():
    assert looks_like_feed(_json_feed()) and looks_like_feed(_json_feed(version="https://jsonfeed.org/version/1"))
    assert not looks_like_feed(b'{"version": "2.1", "items": [{"title": "x"}]}')  # a version, but no JSON Feed's
    assert not looks_like_feed(b'{"title": "https://jsonfeed.org/version/1.1 \xec\x84\xa4\xeb\xaa\x85"}')
    assert parse_item(_json_feed(item_authors="[]")).authors == ("물결일보 편집국",)


def _opml(outlines: str) -> bytes:
    return ("<?xml version='1.0'?><opml version='2.0'><head><title>물결일보 기사 묶음 3월 2주</title>"
            "<dateCreated>Sat, 07 Mar 2026 08:00:00 +0900</dateCreated><ownerName>물결일보 편집부</ownerName>"
            f"<ownerEmail>desk@mulgyeol.example.kr</ownerEmail></head><body>{outlines}</body></opml>").encode("utf-8")


def _article_outline(attrs: str = "type='article'") -> str:
    import html as h

    paragraphs = "".join(f"<outline text='{h.escape(p, quote=True)}'/>" for p in PARAGRAPHS)
    return (f"<outline text='마루솔시, 골목길 12곳 보행자 우선 구역 지정' {attrs} "
            "created='Mon, 09 Mar 2026 14:05:00 +0900' url='https://mulgyeol.example.kr/news/5521'>"
            f"<outline text='물결일보 | 채하람 기자 | 2026.03.09 14:05'/>{paragraphs}</outline>")


@pytest.mark.parametrize("outlines, articles", [
    (_article_outline(), 1),                                                     # typed as an article
    (_article_outline("type='story'") + "<outline text='[다음 주] 보행로 점검' type='placeholder'/>", 1),
    (_article_outline("") + _article_outline("").replace("5521", "5530"), 2),  # untyped: top outlines with children
    ("<outline text='구독 목록' type='rss' xmlUrl='https://mulgyeol.example.kr/rss'/>", 0),  # a reader's subscriptions
])
def test_an_opml_outline_holds_its_articles_not_its_head(outlines: str, articles: int):
    data = _opml(outlines)
    assert looks_like_feed(data) and item_count(data) == articles
    if articles:
        article = run(item_document(data, 1), "desk.opml", 1).article[0]
        assert article["title"] == "마루솔시, 골목길 12곳 보행자 우선 구역 지정"
        assert article["published_at"].startswith("2026-03-09") and article["authors"] == ["채하람"]
        assert article["body"].startswith(PARAGRAPHS[0]) and "기사 묶음" not in article["body"]
        assert "편집부" not in article["body"] and article["author_emails"] == []


def _docbook(author: str, root: str = "<article xmlns='http://docbook.org/ns/docbook' version='5.0' xml:lang='ko'>",
             info: str = "info") -> bytes:
    paragraphs = "".join(f"<para>{p}</para>" for p in PARAGRAPHS)
    return (f"<?xml version='1.0'?>{root}<{info}><title>마루솔시, 골목길 12곳 보행자 우선 구역 지정</title>"
            f"<author>{author}<affiliation><orgname>물결대학교</orgname></affiliation>"
            "<email>haram@mulgyeol.example.kr</email></author><pubdate>2026-03-09</pubdate>"
            "<publisher><publishername>물결일보</publishername></publisher>"
            "<revhistory><revision><date>2026-03-12</date><revremark>표 수정</revremark></revision></revhistory>"
            f"</{info}><section><title>보행 사고 절반으로</title>{paragraphs}</section>"
            "<bibliography><title>참고 문헌</title><bibliomixed>새봄결, 골목 보행 연구, 2025.</bibliomixed>"
            "</bibliography></article>").encode("utf-8")


@pytest.mark.parametrize("data, name", [
    (_docbook("<personname><surname>채</surname><firstname>하람</firstname></personname>"), "채하람"),
    (_docbook("<personname><firstname>하람</firstname><surname>채</surname></personname>"), "채하람"),
    (_docbook("<personname>채하람</personname>"), "채하람"),
    (_docbook("<personname><firstname>Haram</firstname><surname>Chae</surname></personname>"), "Haram Chae"),
    (_docbook("<personname><surname>채</surname><firstname>하람</firstname></personname>", root="<article>",
              info="articleinfo"), "채하람"),                                    # DocBook 4: no namespace
])
def test_a_docbook_article_is_read_from_its_info_and_paras(data: bytes, name: str):
    assert looks_like_feed(data)
    item = parse_item(data)
    assert (item.title, item.authors, item.emails, item.published, item.outlet) == (
        "마루솔시, 골목길 12곳 보행자 우선 구역 지정", (name,), ("haram@mulgyeol.example.kr",), "2026-03-09", "물결일보")
    assert "참고 문헌" not in item.body_html and "표 수정" not in item.body_html and "물결대학교" not in item.body_html
    assert "<h2>보행 사고 절반으로</h2>" in item.body_html


def test_an_xml_article_of_no_manuscript_format_is_no_docbook():
    assert not looks_like_feed(b"<?xml version='1.0'?><article><title>x</title><body/></article>")
    with pytest.raises(NotFeed):
        item_count(b"<?xml version='1.0'?><article><front/><body><p>x</p></body></article>")


# A TEI article (a text archive's XML): header title statement and publication statement, `<text><body>` the text.
def _tei(author: str, root: str = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:lang='ko'>", close: str = "</TEI>",
         title: str = "<title type='main'>마루솔시, 골목길 12곳 보행자 우선 구역 지정</title>") -> bytes:
    paragraphs = "".join(f"<p n='{n}'>{p}</p>" for n, p in enumerate(PARAGRAPHS, 1))
    return (f"<?xml version='1.0' encoding='UTF-8'?>{root}<teiHeader><fileDesc><titleStmt>{title}"
            f"<title type='sub'>보행 사고 절반으로</title><author>{author}</author>"
            "<respStmt><resp>전산화</resp><name>물결일보 자료실</name></respStmt></titleStmt>"
            "<publicationStmt><publisher>물결일보</publisher><pubPlace>마루솔</pubPlace>"
            "<date when='2026-03-09'>2026년 3월 9일</date><availability><p>무단 복제 금지</p></availability>"
            "</publicationStmt><sourceDesc><bibl>물결일보 2026년 3월 9일자 8면</bibl></sourceDesc></fileDesc>"
            "<revisionDesc><change when='2026-09-01'>표기 통일</change></revisionDesc></teiHeader>"
            "<text><front><byline>채하람 기자</byline></front><body><div type='article'><head>보행 사고 절반으로</head>"
            f"{paragraphs}<note>자료실 주: 원문 대조 필요</note></div></body>"
            f"<back><div><p>이 파일은 변환본입니다</p></div></back></text>{close}").encode("utf-8")


@pytest.mark.parametrize("data, name", [
    (_tei("<persName><surname>채</surname><forename>하람</forename></persName> <roleName>기자</roleName>"
          "<email>haram@mulgyeol.example.kr</email>"), "채하람"),                    # Korean: surname first, unspaced
    (_tei("<persName><forename>하람</forename><surname>채</surname></persName>"
          "<email>haram@mulgyeol.example.kr</email>"), "채하람"),
    (_tei("채하람<roleName>기자</roleName><email>haram@mulgyeol.example.kr</email>"), "채하람"),  # a bare name
    (_tei("<persName><forename>Haram</forename><surname>Chae</surname></persName>"
          "<email>haram@mulgyeol.example.kr</email>"), "Haram Chae"),
    (_tei("<persName><surname>채</surname><forename>하람</forename></persName><email>haram@mulgyeol.example.kr</email>",
          root="<TEI.2 lang='ko'>", close="</TEI.2>", title="<title>마루솔시, 골목길 12곳 보행자 우선 구역 지정</title>"),
     "채하람"),                                                                          # TEI P4: no namespace
])
def test_a_tei_article_is_read_from_its_header_and_body(data: bytes, name: str):
    assert looks_like_feed(data)
    item = parse_item(data)
    assert (item.title, item.authors, item.emails, item.published, item.outlet) == (
        "마루솔시, 골목길 12곳 보행자 우선 구역 지정", (name,), ("haram@mulgyeol.example.kr",), "2026-03-09", "물결일보")
    assert item.body_html.startswith("<h2>보행 사고 절반으로</h2><p>" + PARAGRAPHS[0])
    for apparatus in ("자료실", "변환본", "무단 복제", "표기 통일", "8면", "기자"):
        assert apparatus not in item.body_html


def test_a_tei_file_is_built_as_one_article(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "walk_tei.xml").write_bytes(_tei("<persName><surname>채</surname><forename>하람</forename></persName>"))
    build(raw, out)
    article = pl.read_parquet(out / "article.parquet").row(0, named=True)
    assert (article["title"], article["outlet"], article["authors"]) == (
        "마루솔시, 골목길 12곳 보행자 우선 구역 지정", "물결일보", ["채하람"])


def test_xml_named_tei_without_a_tei_header_is_no_tei_article():
    from builder.extract.asatom import is_tei
    from lxml import etree
    assert not is_tei(etree.fromstring(b"<TEI><text><body><p>x</p></body></text></TEI>"))
    assert not is_tei(etree.fromstring(b"<teiCorpusList><teiHeader/></teiCorpusList>"))
