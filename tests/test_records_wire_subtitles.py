"""Articles in the data formats news arrives in besides pages: wire copy as NITF or NewsML-G2 XML, records of a
crawler's JSON lines or a CMS's CSV/TSV export (one unit of work per record), and a broadcast story's subtitles
(SubRip, WebVTT, SAMI). Every file here is written for the test; outlets and people are invented."""

from __future__ import annotations

import json

import pytest

from builder.document import process
from builder.extract.records import record_date, writers
from builder.extract.subtitles import spoken_text
from builder.inputs import Source, discover, kind_of, sniff_kind

PARAS = ["솔가온시가 시내버스 노선 12개를 개편해 다음 달 2일부터 시행한다고 4일 밝혔다. 출퇴근 시간대 배차 간격은 "
         "평균 12분에서 8분으로 줄고, 신도시를 지나는 노선 3개가 새로 생긴다.",
         "시는 지난해 시민 설문에서 가장 많이 나온 요구가 배차 간격이었다고 설명했다. 노선이 바뀌는 정류장 140곳에는 "
         "이달 말까지 새 안내판을 단다.",
         "선도윤 솔가온시 교통국장은 \"개편 뒤에도 이용 실태를 계속 살피겠다\"며 \"불편이 큰 노선은 석 달 안에 다시 "
         "조정하겠다\"고 말했다.",
         "시는 개편에 앞서 이달 20일 시청 대회의실에서 시민 설명회를 열고, 바뀐 노선도는 시 누리집에 올린다."]
HEADLINE = "솔가온시, 시내버스 노선 12개 개편…다음 달 2일 시행"


def _nitf(byline: str = "<person>채하람</person> <byttl>기자</byttl>") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf version="-//IPTC//DTD NITF 3.6//EN" xml:lang="ko">
 <head><title>0304 솔가온시 버스 송고</title>
  <docdata><doc-id id-string="GW-0304-0012"/><date.issue norm="20260304T101500+0900"/>
   <doc.copyright holder="가온통신"/></docdata>
  <pubdata type="web" name="가온통신"/></head>
 <body><body.head><hedline><hl1>{HEADLINE}</hl1><hl2>출퇴근 배차 간격 8분으로</hl2></hedline>
   <byline>{byline}</byline><distributor>가온통신</distributor></body.head>
  <body.content>{paras}<media media-type="image"><media-caption>새 노선도를 설명하는 시 관계자</media-caption></media>
  </body.content>
  <body.end><tagline>채하람 기자 haram.chae@gaon-wire.example</tagline></body.end></body>
</nitf>"""


def _rows(tmp_path, name: str, data: bytes | str):
    (tmp_path / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    sources = [s for s in discover(tmp_path)]
    problems = [s for s in sources if not isinstance(s, Source)]
    results = [process(s) for s in sources if isinstance(s, Source)]
    return ([r.article[0] for r in results if r.article], [q for r in results for q in r.quarantine], problems)


def test_nitf_wire_item_reads_its_marked_up_metadata(tmp_path):
    articles, quarantine, problems = _rows(tmp_path, "wire_0304_0012.xml", _nitf())
    assert not quarantine and not problems and len(articles) == 1
    row = articles[0]
    assert row["title"] == HEADLINE  # hl1, not the file title of <head><title>
    assert row["authors"] == ["채하람"] and row["author_emails"] == ["haram.chae@gaon-wire.example"]
    assert row["published_at"] == "2026-03-04T10:15:00+09:00" and row["outlet"] == "가온통신"
    assert row["language"] == "ko" and row["subheadings"] == ["출퇴근 배차 간격 8분으로"]
    assert row["body"].startswith("솔가온시가 시내버스") and "노선도를 설명하는" not in row["body"]


def test_nitf_byline_without_person_element_and_its_suffix(tmp_path):
    assert kind_of("desk/0304.nitf") == "feed"
    articles, _, _ = _rows(tmp_path, "copy.nitf", _nitf(byline="채하람 기자"))
    assert articles[0]["authors"] == ["채하람"]


def test_newsml_g2_item_with_nitf_inside(tmp_path):
    inner = _nitf().split("?>", 1)[1].split(">", 1)[1]  # the NITF without its XML declaration and doctype
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:gaon:0304-0012" version="2">
 <itemMeta><itemClass qcode="ninat:text"/><provider literal="가온통신"/>
  <versionCreated>2026-03-04T11:00:00+09:00</versionCreated><firstCreated>2026-03-04T10:15:00+09:00</firstCreated>
 </itemMeta>
 <contentMeta><headline>{HEADLINE}</headline><by>채하람 기자</by><language tag="ko"/></contentMeta>
 <contentSet><inlineXML contenttype="application/nitf+xml">{inner}</inlineXML></contentSet>
</newsItem>"""
    path = tmp_path / "item.xml"
    path.write_text(doc, encoding="utf-8")
    assert sniff_kind(path) == "feed"
    articles, quarantine, _ = _rows(tmp_path, "item.xml", doc)
    assert not quarantine
    row = articles[0]
    assert row["title"] == HEADLINE and row["authors"] == ["채하람"] and row["outlet"] == "가온통신"
    assert row["published_at"] == "2026-03-04T10:15:00+09:00" and row["updated_at"] == "2026-03-04T11:00:00+09:00"


def test_plain_xml_that_is_no_wire_item_is_still_quarantined(tmp_path):
    _, quarantine, problems = _rows(tmp_path, "sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://a.example/1'
                                                             "</loc></url></urlset>")
    # (tried as an export of articles when read: the problem is found then, its reason the same)
    assert [q["reason"] for q in quarantine] + [p[2].reason for p in problems] == ["unsupported_type"]


def test_csv_export_one_article_per_row_with_korean_headings(tmp_path):
    body = "\n".join(PARAS).replace('"', '""')
    csv = ("제목,기자,입력일시,언론사,본문,수집일\n"
           f'"{HEADLINE}",채하람 기자,2026.03.04 10:15,가온통신,"{body}",2026-11-20 03:00\n'
           f'"빈 줄만 있는 기록",길도하 기자,2026.03.05,가온통신,,2026-11-20\n')
    articles, quarantine, _ = _rows(tmp_path, "cms_export.csv", csv.encode("cp949"))  # a Korean spreadsheet's bytes
    assert len(articles) == 1 and articles[0]["source_record"] == 1
    row = articles[0]
    assert row["title"] == HEADLINE and row["authors"] == ["채하람"] and row["outlet"] == "가온통신"
    assert row["published_at"] == "2026-03-04T10:15:00+09:00"  # 입력일시, never the export's 수집일
    assert "이달 20일 시청 대회의실" in row["body"]
    assert [(q["source_record"], q["reason"]) for q in quarantine] == [(2, "not_an_article_record")]


def test_csv_of_a_cms_table_with_the_body_as_markup(tmp_path):
    """A Korean CMS's table export: English column names, the body as paragraphs of markup (a body, not a page)."""
    body = "".join(f"<p>{p}</p>" for p in PARAS).replace('"', '""')
    csv = ("idxno,section,title,writer,writer_email,reg_date,mod_date,status,body_html\n"
           f'4471,지역,"{HEADLINE}",채하람,haram.chae@gaon-wire.example,2026-03-04 10:15:00,2026-03-05 08:00:00,승인,"{body}"\n')
    articles, quarantine, _ = _rows(tmp_path, "cms_table.csv", "\ufeff" + csv)
    assert not quarantine
    row = articles[0]
    assert row["title"] == HEADLINE and row["authors"] == ["채하람"] and row["author_emails"] == ["haram.chae@gaon-wire.example"]
    assert row["published_at"] == "2026-03-04T10:15:00+09:00" and row["updated_at"].startswith("2026-03-05T08:00")
    assert "<p>" not in row["body"] and row["body"].startswith("솔가온시가 시내버스")


def test_jsonl_records_page_or_fields_each_its_own_unit(tmp_path):
    page = ("<html><head><title>솔가온시 버스 노선 개편 | 미르내일보</title><meta property=\"og:site_name\" content=\"미르내일보\">"
            "<meta property=\"article:published_time\" content=\"2026-03-04T10:30:00+09:00\"></head><body>"
            f"<h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</body></html>")
    lines = [
        json.dumps({"url": "https://nuri.example/a/77", "date_download": "2026-11-21T01:00:00", "html": page},
                   ensure_ascii=False),
        json.dumps({"title": HEADLINE, "maintext": "\n".join(PARAS), "authors": ["채하람"], "date_publish":
                    "2026-03-04 10:15:00", "date_download": "2026-11-21 01:00:00", "source_domain": "gaon.example",
                    "url": "https://gaon.example/n/12"}, ensure_ascii=False),
        json.dumps({"title": "내용 없는 기록", "date_download": "2026-11-21 01:00:00"}, ensure_ascii=False),
        "{not json",
    ]
    articles, quarantine, _ = _rows(tmp_path, "crawl.jsonl", "\ufeff" + "\n".join(lines) + "\n")  # a BOM, as some tools write
    assert [a["source_record"] for a in articles] == [1, 2]
    from_page, from_fields = articles
    assert from_page["url"] == "https://nuri.example/a/77" and from_page["outlet"] == "미르내일보"
    assert from_page["published_at"] == "2026-03-04T10:30:00+09:00"  # the page's own date, not the fetch time
    assert from_fields["authors"] == ["채하람"] and from_fields["published_at"].startswith("2026-03-04T10:15")
    assert from_fields["url"] == "https://gaon.example/n/12"
    assert len({a["article_id"] for a in articles}) == 2
    assert sorted((q["source_record"], q["reason"]) for q in quarantine) == [(3, "not_an_article_record"),
                                                                          (4, "not_an_article_record")]


def test_a_record_dated_only_by_its_fetch_time_has_no_publication_date(tmp_path):
    from builder.extract.records import table

    fields = table()["fields"]
    assert not {f.lower() for f in fields["published"]} & {f.lower() for f in fields["not_article_dates"]}
    record = {"title": HEADLINE, "maintext": "\n".join(PARAS), "date_download": "2026-11-21 01:00:00",
              "crawled_at": "2026-11-21T01:00:00Z"}
    articles, quarantine, _ = _rows(tmp_path, "fetched.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    assert not quarantine and articles[0]["title"] == HEADLINE
    assert articles[0]["published_at"] is None  # never the day it was fetched


def test_record_fields_byline_and_dates():
    assert writers("채하람 기자, 길도하 기자") == (["채하람", "길도하"], [])
    assert writers(["By Jane Roe", {"name": "Sam Poe"}]) == (["Jane Roe", "Sam Poe"], [])
    assert writers("채하람 기자 (haram.chae@gaon-wire.example)") == (["채하람"], ["haram.chae@gaon-wire.example"])
    assert record_date("2026년 3월 4일 오후 2시 5분") == "2026-03-04T14:05:00"
    assert record_date("2026.03.04") == "2026-03-04"
    assert record_date("2026-03-04T10:15:00Z") == "2026-03-04T10:15:00+00:00"
    assert record_date(1772586900) == "2026-03-04T01:15:00+00:00"
    assert record_date("지난주") is None and record_date(True) is None


SRT = """1
00:00:00,500 --> 00:00:03,200
솔가온시가 다음 달부터 시내버스 배차 간격을

2
00:00:03,200 --> 00:00:05,900
평균 8분으로 줄입니다.

3
00:00:06,100 --> 00:00:09,800
<i>선도윤 솔가온시 교통국장은</i>

4
00:00:09,800 --> 00:00:13,000
배차 간격이 시민들의 가장 큰 요구였다고
말했습니다.
"""


def test_subtitle_cues_joined_into_sentences():
    assert spoken_text(SRT) == ["솔가온시가 다음 달부터 시내버스 배차 간격을 평균 8분으로 줄입니다.",
                                "선도윤 솔가온시 교통국장은 배차 간격이 시민들의 가장 큰 요구였다고 말했습니다."]
    vtt = "WEBVTT\n\nNOTE 편집본\n\nc1\n00:00.500 --> 00:03.200 align:start\n<v 앵커>솔가온시가 노선을 바꿉니다.\n"
    assert spoken_text(vtt) == ["솔가온시가 노선을 바꿉니다."]
    sami = ("<SAMI><BODY><SYNC Start=500><P Class=KRCC>솔가온시가 노선을<br>바꿉니다.<SYNC Start=3200><P Class=KRCC>&nbsp;"
            "<SYNC Start=3500><P Class=KRCC>설명회는 20일입니다.</BODY></SAMI>")
    assert spoken_text(sami) == ["솔가온시가 노선을 바꿉니다.", "설명회는 20일입니다."]


def test_subtitle_file_is_an_article_with_no_invented_headline(tmp_path):
    long_srt = SRT + "".join(f"\n{n}\n00:00:{10 + n:02d},000 --> 00:00:{11 + n:02d},000\n{p}\n"
                             for n, p in enumerate(PARAS, start=5))
    credit = "\n99\n00:01:30,000 --> 00:01:33,000\n[자막 제공: 가온방송 보도국 / 무단 복제 금지]\n"
    articles, quarantine, _ = _rows(tmp_path, "evening_clip.srt", (long_srt + credit).encode("cp949"))
    assert not quarantine
    row = articles[0]
    assert row["title"] is None and row["published_at"] is None and row["authors"] == []
    assert "자막 제공" not in row["body"] and "무단 복제" not in row["body"]
    assert "-->" not in row["body"] and "<i>" not in row["body"] and row["body"].startswith("솔가온시가 다음 달부터")


def test_subtitles_dated_only_by_the_name_they_were_saved_under(tmp_path):
    """As a text dump's: the file name's date is evidence of last resort, and the cues give none."""
    long_srt = SRT + "".join(f"\n{n}\n00:00:{10 + n:02d},000 --> 00:00:{11 + n:02d},000\n{p}\n"
                             for n, p in enumerate(PARAS, start=5))
    articles, _, _ = _rows(tmp_path, "gaon_tv_20260304_evening.srt", long_srt)
    assert articles[0]["published_at"] == "2026-03-04" and articles[0]["title"] is None


@pytest.mark.parametrize("head, title, published", [
    # a NOTE block naming the programme, dating the broadcast, and the title by its label
    ("NOTE\n가온방송 저녁뉴스 | 2026-03-04 (수) 19:40 방송\n제목: " + HEADLINE, HEADLINE, "2026-03-04T19:40:00+09:00"),
    # the WEBVTT header's own metadata lines
    ("Kind: captions\nLanguage: ko\nTitle: " + HEADLINE + "\nDate: 2026.03.04", HEADLINE, "2026-03-04"),
    ("NOTE 방송일: 2026년 3월 4일\n\nNOTE 기사 제목 = " + HEADLINE, HEADLINE, "2026-03-04"),
    # near misses: a note that dates no broadcast, a header of captions' kind and language only
    ("NOTE 편집본, 2026-02-28 수정 요청 반영", None, None),
    ("Kind: captions\nLanguage: ko", None, None),
])
def test_a_webvtt_header_or_note_states_the_title_and_the_broadcast_date(tmp_path, head, title, published):
    cues = "".join(f"\n{n}\n00:00:{10 + n:02d}.000 --> 00:00:{11 + n:02d}.000\n<v 앵커>{p}\n"
                   for n, p in enumerate(PARAS, start=1))
    header, _, notes = head.partition("\n") if not head.startswith("NOTE") else ("", "", head)
    text = ("WEBVTT\n" + (header + "\n" + notes if header else "") + "\n\n" + (notes if not header else "")).replace("\n\n\n", "\n\n")
    articles, _, _ = _rows(tmp_path, "clip.vtt", text + "\n" + cues)
    assert articles[0]["title"] == title and articles[0]["published_at"] == published
    assert "제목" not in articles[0]["body"] and "-->" not in articles[0]["body"]


def test_a_sami_files_title_is_its_title(tmp_path):
    sami = (f"<SAMI><HEAD><TITLE>{HEADLINE}</TITLE></HEAD><BODY>"
            + "".join(f"<SYNC Start={n * 1000}><P Class=KRCC>{p}" for n, p in enumerate(PARAS, 1)) + "</BODY></SAMI>")
    articles, _, _ = _rows(tmp_path, "clip.smi", sami)
    assert articles[0]["title"] == HEADLINE


# -- round 22: the record formats' other shapes: a `.json` file, other crawlers' field names, compact dates --

def _fields(**extra) -> dict:
    return {"title": HEADLINE, "body": "\n".join(PARAS), "author": "채하람 기자", "date": "2026-03-04 10:15",
            "outlet": "가온통신", **extra}


def test_a_json_file_of_one_record(tmp_path):
    articles, quarantine, _ = _rows(tmp_path, "article_4471.json", json.dumps(_fields(), ensure_ascii=False))
    assert not quarantine and articles[0]["title"] == HEADLINE and articles[0]["authors"] == ["채하람"]
    assert articles[0]["published_at"].startswith("2026-03-04T10:15") and articles[0]["outlet"] == "가온통신"


def test_a_json_file_of_a_list_of_records_or_an_apis_answer_wrapping_it(tmp_path):
    second = _fields(title="솔가온시, 시내버스 안내판 140곳 교체", author="길도하 기자")
    for name, doc in (("list.json", [_fields(), second]), ("answer.json", {"status": "ok", "total": 2,
                                                                           "data": {"articles": [_fields(), second]}})):
        folder = tmp_path / name.split(".")[0]
        folder.mkdir()
        articles, quarantine, _ = _rows(folder, name, json.dumps(doc, ensure_ascii=False))
        assert not quarantine and [a["authors"] for a in articles] == [["채하람"], ["길도하"]], name
        assert [a["source_record"] for a in articles] == [1, 2]


def test_json_lines_saved_as_json_are_read_line_by_line(tmp_path):
    lines = [json.dumps(_fields(), ensure_ascii=False), json.dumps(_fields(author="길도하 기자"), ensure_ascii=False)]
    articles, quarantine, _ = _rows(tmp_path, "crawl.json", "\n".join(lines) + "\n")
    assert not quarantine and len(articles) == 2


def test_a_json_file_with_no_article_is_quarantined_as_such(tmp_path):
    articles, quarantine, _ = _rows(tmp_path, "settings.json", json.dumps({"theme": "dark", "items": [1, 2]}))
    assert not articles and {q["reason"] for q in quarantine} <= {"not_an_article_record"} and quarantine


def test_other_crawlers_field_names(tmp_path):
    record = {"news_title": HEADLINE, "news_content": "\n".join(PARAS), "press_name": "가온통신",
              "reporter_name": "채하람", "reg_dt": "20260304101500", "crawled_at": "2026-11-21 01:00:00"}
    articles, quarantine, _ = _rows(tmp_path, "news.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    assert not quarantine
    row = articles[0]
    assert row["title"] == HEADLINE and row["authors"] == ["채하람"] and row["outlet"] == "가온통신"
    assert row["published_at"] == "2026-03-04T10:15:00+09:00"


def test_a_news_archives_export_with_a_compact_date_and_the_writer_as_contributor(tmp_path):
    body = "\n".join(PARAS).replace('"', '""')
    csv = f'일자,언론사,기고자,제목,본문,URL\n20260304,가온통신,채하람,"{HEADLINE}","{body}",https://gaon.example/n/12\n'
    articles, quarantine, _ = _rows(tmp_path, "archive_export.csv", csv.encode("cp949"))
    assert not quarantine
    row = articles[0]
    assert row["published_at"].startswith("2026-03-04") and row["authors"] == ["채하람"] and row["outlet"] == "가온통신"


def test_compact_and_impossible_record_dates():
    assert record_date("20260304") == "2026-03-04"
    assert record_date("20260304101500") == "2026-03-04T10:15:00"
    assert record_date("202603041015") == "2026-03-04T10:15:00"
    assert record_date("20261304") is None or not record_date("20261304").startswith("2026-13")


def test_a_markdown_front_matters_source_is_the_outlet_or_the_address(tmp_path):
    text = "\n".join(["---", f"title: {HEADLINE}", "date: 2026-03-04", "author: 채하람", "source: 가온통신", "---", "",
                      *PARAS])
    articles, _, _ = _rows(tmp_path, "clip.md", text)
    assert articles[0]["outlet"] == "가온통신"
    (tmp_path / "clip.md").unlink()
    articles, _, _ = _rows(tmp_path, "clip2.md", text.replace("source: 가온통신", "source: https://gaon.example/n/12"))
    assert articles[0]["url"] == "https://gaon.example/n/12" and articles[0]["outlet"] != "https://gaon.example/n/12"


def _xlsx(rows: list[list[str]], inline_col: int | None = None) -> bytes:
    """A minimal workbook as a spreadsheet program writes it: shared strings, one sheet (one column inline)."""
    import io
    import zipfile
    from xml.sax.saxutils import escape
    strings: list[str] = []
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if c == inline_col:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
            else:
                strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{ns}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{ns}"><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{ns}"/>')
    return buf.getvalue()


def test_a_spreadsheet_export_one_article_per_row(tmp_path):
    rows = [["번호", "제목", "기자", "등록일", "본문", "수집일"],
            ["1", HEADLINE, "채하람 기자", "2026-03-04 10:15", "\n".join(PARAS), "2026-11-21"],
            ["2", "솔가온시, 정류장 안내판 140곳 교체", "길도하 기자", "20260305", "\n".join(PARAS[1:]), "2026-11-21"]]
    articles, quarantine, _ = _rows(tmp_path, "cms_export.xlsx", _xlsx(rows, inline_col=1))
    assert not quarantine and [a["authors"] for a in articles] == [["채하람"], ["길도하"]]
    assert articles[0]["title"] == HEADLINE and articles[0]["published_at"].startswith("2026-03-04T10:15")
    assert articles[1]["published_at"].startswith("2026-03-05")


def test_a_zip_named_xlsx_that_is_no_workbook_is_quarantined(tmp_path):
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    articles, quarantine, problems = _rows(tmp_path, "not_a_sheet.xlsx", buf.getvalue())
    assert not articles and (quarantine or problems)


def test_a_cms_xml_export_one_article_per_element(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<export site="가온통신"><articles>'
           f'<article id="4471" regdate="2026-03-04 10:15"><title>{HEADLINE}</title><writer>채하람 기자</writer>'
           f'<press>가온통신</press><content><![CDATA[{body}]]></content></article>'
           f'<article id="4472"><title>솔가온시, 정류장 안내판 140곳 교체</title><writer>길도하 기자</writer>'
           f'<date>2026.03.05</date><content>{body}</content></article></articles></export>')
    articles, quarantine, _ = _rows(tmp_path, "cms_export.xml", xml)
    assert not quarantine and [a["authors"] for a in articles] == [["채하람"], ["길도하"]]
    assert articles[0]["title"] == HEADLINE and articles[0]["outlet"] == "가온통신"
    assert articles[0]["published_at"].startswith("2026-03-04T10:15") and articles[1]["published_at"].startswith("2026-03-05")
    assert "<p>" not in articles[1]["body"] and PARAS[1] in articles[1]["body"]


def test_an_xml_file_holding_no_article_is_set_aside(tmp_path):
    articles, quarantine, problems = _rows(tmp_path, "settings.xml", '<?xml version="1.0"?><config><theme>dark</theme></config>')
    assert not articles and not quarantine and [p[2].reason for p in problems] == ["unsupported_type"]


# -- round 27: a column named for whose mail it is holds the writer's address --

@pytest.mark.parametrize("column, value, emails", [
    ("작성자메일", "dan.ha@gaontong.example", ["dan.ha@gaontong.example"]),
    ("기자 이메일 주소", "dan.ha@gaontong.example", ["dan.ha@gaontong.example"]),
    ("reporter_e-mail", "dan.ha@gaontong.example", ["dan.ha@gaontong.example"]),
    ("writer mail address", "dan.ha@gaontong.example", ["dan.ha@gaontong.example"]),
    ("작성자메일", "없음", []),  # a mail column with no address in it
    ("메일링", "dan.ha@gaontong.example", []),  # a name that only starts like one: not a mail field
])
def test_a_column_named_for_a_mail_holds_the_writers_address(tmp_path, column, value, emails):
    articles, quarantine, _ = _rows(tmp_path, "export.json", json.dumps(_fields(**{column: value}), ensure_ascii=False))
    assert not quarantine and articles[0]["author_emails"] == emails


# A read-later or highlighter export: a row's kept passage (Selection, highlight, excerpt) is the text it holds.
def _kept(heading: str) -> str:
    kept = "\n\n".join(["가온통신 채하람 기자 | 2026-03-04 10:15", *PARAS, "채하람 기자 haram.chae@gaon-wire.example"])
    return kept.replace('"', '""')


@pytest.mark.parametrize("head, row", [
    ("URL,Title,Selection,Folder,Timestamp", 'https://gaon-wire.example/n/12,"{t}","{k}",Unread,1772586900'),  # Instapaper
    ("title,url,highlight,note,tags", '"{t}",https://gaon-wire.example/n/12,"{k}",,버스'),                   # Readwise
    ("Title,URL,Excerpt,Time Added", '"{t}",https://gaon-wire.example/n/12,"{k}",1772586900'),                # Pocket-like
    ("제목,주소,발췌,저장일시", '"{t}",https://gaon-wire.example/n/12,"{k}",2026-11-20 03:00'),
])
def test_a_read_later_rows_kept_passage_is_its_article_and_a_bare_link_is_set_aside(tmp_path, head, row):
    bare = row.replace("{k}", "").replace("{t}", "주말에 읽을 글")
    csv = f"{head}\n{bare}\n{row.format(t=HEADLINE, k=_kept(head))}\n"
    articles, quarantine, _ = _rows(tmp_path, "read_later.csv", csv)
    assert [(q["source_record"], q["reason"]) for q in quarantine] == [(1, "not_an_article_record")]
    assert len(articles) == 1 and articles[0]["source_record"] == 2
    row_out = articles[0]
    assert row_out["title"] == HEADLINE and row_out["authors"] == ["채하람"]
    assert "이달 20일 시청 대회의실" in row_out["body"]
    assert not (row_out["published_at"] or "").startswith("2026-11-20")  # the saving time is no publication date


def test_a_records_own_text_wins_over_a_kept_passage(tmp_path):
    body = "\n".join(PARAS).replace('"', '""')
    csv = f'title,content,highlight\n"{HEADLINE}","{body}","출퇴근 시간대 배차 간격"\n'
    articles, _, _ = _rows(tmp_path, "saved.csv", csv)
    assert "이달 20일 시청 대회의실" in articles[0]["body"]


# An article parser's JSON output saved under a text name: its fields are read as a record's, not dumped as text.
_CONTENT = "<div>" + "".join(f"<p>{p}</p>" for p in PARAS) + "<p>채하람 기자 haram.chae@gaon-wire.example</p></div>"


@pytest.mark.parametrize("record", [
    {"title": HEADLINE, "author": "채하람 기자", "date_published": "2026-03-04T01:15:00.000Z", "dek": None,   # Mercury
     "lead_image_url": "https://gaon-wire.example/i/1.jpg", "content": _CONTENT,
     "url": "https://gaon-wire.example/n/12", "domain": "gaon-wire.example", "word_count": 140, "direction": "ltr"},
    {"title": HEADLINE, "byline": "채하람 기자", "siteName": "가온통신", "publishedTime": "2026-03-04T10:15:00+09:00",  # Readability
     "content": _CONTENT, "textContent": "\n".join(PARAS), "length": 900, "excerpt": PARAS[0][:40], "lang": "ko"},
    {"title": HEADLINE, "authors": ["채하람"], "publish_date": "2026-03-04 10:15:00+09:00",                    # newspaper
     "text": "\n".join(PARAS), "url": "https://gaon-wire.example/n/12"},
])
@pytest.mark.parametrize("name", ["parsed_12.txt", "parsed_12"])
def test_a_parsers_json_output_saved_as_text_is_read_as_its_record(tmp_path, record, name):
    text = json.dumps(record, ensure_ascii=False, indent=2)
    articles, quarantine, problems = _rows(tmp_path, name, text)
    assert not quarantine and not problems and len(articles) == 1
    row = articles[0]
    assert row["title"] == HEADLINE and row["authors"] == ["채하람"]
    assert row["published_at"] == "2026-03-04T10:15:00+09:00"  # a UTC instant told in Korean time
    assert row["body"].startswith(PARAS[0]) and "이달 20일 시청 대회의실" in row["body"]
    for leftover in ('"title"', "<p>", "word_count", "lead_image_url", "textContent"):
        assert leftover not in row["body"]


@pytest.mark.parametrize("text", [
    '{"name": "설정", "text": "밝기 조절"}',                                   # JSON with a text, but no article's fields
    '[{"title": "x", "content": "y"}]',                                         # a list: not one parser output
    '{"title": "마감 메모", "content": ' + '"미완성',                            # broken JSON
    "제목: 오늘의 메모\n{ 괄호로 시작하지 않는 글 }",
])
def test_text_that_is_no_parser_output_is_not_read_as_one(text):
    from builder.extract.records import parser_output
    assert parser_output(text) is None


def test_record_dates_with_a_fraction_of_a_second():
    assert record_date("2026-03-04T01:15:00.000Z") == "2026-03-04T01:15:00+00:00"
    assert record_date("2026-03-04T10:15:07.250+09:00") == "2026-03-04T10:15:07+09:00"
    assert record_date("2026.03.04 10:15") == "2026-03-04T10:15:00"
