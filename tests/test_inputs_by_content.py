"""A file is read by what it holds, not only by its name: lightweight markup and record formats with an article's
header fields, containers by their magic number; binaries, program sources and config files stay out with a reason
that says what they are. All names, outlets and addresses are invented."""

import bz2
import gzip
import io
import zipfile
from pathlib import Path

import pytest

from builder.document import process
from builder.extract.lightmarkup import read_markup
from builder.inputs import Source, discover

PARAGRAPHS = [
    "누리샘군은 낡은 버스 정류장 40곳에 햇빛 가림막과 온열 의자를 새로 놓는 사업을 다음 달 시작한다고 3일 밝혔다.",
    "군이 지난봄 주민 800명에게 물은 설문에서 응답자의 절반 넘게 '겨울철 정류장이 너무 춥다'고 답했다.",
    "사업비는 모두 6억 원으로, 군은 이용객이 많은 읍내 정류장부터 차례로 손볼 계획이다.",
    "군 관계자는 \"버스를 기다리는 시간이 덜 힘들도록 내년 봄까지 모든 정류장을 마치겠다\"고 말했다.",
]
TITLE = "누리샘군, 버스 정류장 40곳에 온열 의자 놓는다"
BODY = "\n\n".join(PARAGRAPHS)


def _only(tmp_path: Path, name: str, data: bytes) -> dict:
    (tmp_path / name).write_bytes(data)
    units = [u for u in discover(tmp_path) if isinstance(u, Source)]
    assert len(units) == 1
    result = process(units[0])
    rows = result.article or result.quarantine
    assert len(rows) == 1
    return {"kind": units[0].kind, **rows[0]}


RST = f"""{'=' * 40}
{TITLE}
{'=' * 40}

:Author: 구슬하 기자
:Contact: gu.seulha@nurisaem-news.example
:Date: 2026-03-03
:Organization: 누리샘일보
:Tags: 정류장, 온열의자

.. contents:: 목차
   :local:

{BODY}

.. note::

   이 기사의 저작권은 누리샘일보에 있습니다.

.. _누리샘일보: https://nurisaem-news.example/
"""

ORG = f"""#+TITLE: {TITLE}
#+AUTHOR: 구슬하
#+EMAIL: gu.seulha@nurisaem-news.example
#+DATE: <2026-03-03>

* {TITLE}
:PROPERTIES:
:URL: https://nurisaem-news.example/a/77
:CAPTURED: [2026-03-20 08:00]
:END:

- 출처 :: [[https://nurisaem-news.example/][누리샘일보]]

{BODY}

** 할 일
- [ ] 옆 동네 정류장과 비교해 보기
- 사진 따로 모으기
"""

YAML = f"""# exported by a crawler
url: https://nurisaem-news.example/a/77
fetched_at: 2026-03-20T01:00:00Z
site_name: 누리샘일보
title: "{TITLE}"
byline: 구슬하 기자
author_email: gu.seulha@nurisaem-news.example
published: 2026-03-03 10:15
related:
  - title: 다른 기사 제목
    url: https://nurisaem-news.example/a/70
body: |
""" + "".join(f"  {p}\n\n" for p in PARAGRAPHS) + 'footer: "ⓒ 누리샘일보 무단전재 금지"\n'

TOML = f'''title = "{TITLE}"
author = "구슬하 기자"
email = "gu.seulha@nurisaem-news.example"
published = 2026-03-03T10:15:00+09:00
publisher = "누리샘일보"
body = """
{BODY}
"""
'''

FRONT_MATTER = f"""+++
title = "{TITLE}"
author = "구슬하"
date = 2026-03-03
+++

{BODY}
"""

ADOC = f"""= {TITLE}
구슬하 <gu.seulha@nurisaem-news.example>
v1.0, 2026-03-03
:publisher: 누리샘일보

{BODY}
"""

PANDOC = f"""% {TITLE}
% 구슬하
% 2026-03-03

{BODY}
"""

LATEX = r"""% !TEX program = xelatex
% 조판용 원고
\documentclass[11pt]{article}
\usepackage{kotex}
\title{""" + TITLE + r"""}
\author{구슬하 기자\thanks{누리샘일보 사회부, \href{mailto:gu.seulha@nurisaem-news.example}{gu.seulha@nurisaem-news.example}}}
\date{2026년 3월 3일}
\begin{document}
\maketitle

""" + BODY.replace("'", "`", 1).replace("'", "''", 1).replace("`", "``", 1) + r"""\footnote{편집자 주: 사진 따로 보냄.}

\vfill
\noindent\small ⓒ 누리샘일보. 무단전재 및 재배포 금지.
\end{document}
"""

HEADER_LINES = f"""Title: {TITLE}
Author: 구슬하 기자
Date: 2026-03-03
Source: 누리샘일보

{BODY}
"""

# A Gemini capsule's gemtext page: the capsule's name as `#`, its links (navigation, never text), the headline as `##`.
GEMTEXT = f"""# 누리샘일보

=> gemini://nurisaem.example/ 첫 화면
=> gemini://nurisaem.example/local/ 지역

## {TITLE}

구슬하 기자 · 2026-03-03

{PARAGRAPHS[0]}

> 버스를 기다리는 시간이 덜 힘들도록

{chr(10).join(PARAGRAPHS[1:])}

```
 [정류장 배치도]
```

구슬하 기자 gu.seulha@nurisaem-news.example

=> gemini://nurisaem.example/local/ 다른 기사 제목 목록으로
"""
# The same convention when the capsule prints no name: the `#` heading is the headline, prose under it.
GEMTEXT_NO_NAME = f"""# {TITLE}

구슬하 기자 · 2026-03-03

{BODY}

## 사진 따로 보기
=> gemini://nurisaem.example/photo/3.jpg 사진
"""
# FictionBook 2, a converter's e-book of an article: title-info is the article's, document-info the converter's.
FB2 = f"""<?xml version="1.0" encoding="utf-8"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">
 <description>
  <title-info>
   <genre>news</genre>
   <author><first-name>슬하</first-name><last-name>구</last-name><email>gu.seulha@nurisaem-news.example</email></author>
   <book-title>{TITLE}</book-title>
   <date value="2026-03-03">2026년 3월 3일</date>
   <lang>ko</lang>
  </title-info>
  <document-info><author><nickname>v1.0 변환기</nickname></author><date value="2026-05-09">2026-05-09</date></document-info>
  <publish-info><publisher>누리샘일보</publisher><year>2026</year></publish-info>
 </description>
 <body>
  <title><p>{TITLE}</p></title>
  <section>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</section>
 </body>
 <body name="notes"><section id="n1"><title><p>1</p></title><p>이 파일의 저작권은 누리샘일보에 있습니다.</p></section></body>
</FictionBook>
"""


@pytest.mark.parametrize("name, data, email, outlet", [
    ("river.rst", RST, "gu.seulha@nurisaem-news.example", "누리샘일보"),
    ("capture.org", ORG, "gu.seulha@nurisaem-news.example", "누리샘일보"),
    ("crawl.yaml", YAML, "gu.seulha@nurisaem-news.example", "누리샘일보"),
    ("record.toml", TOML, "gu.seulha@nurisaem-news.example", "누리샘일보"),
    ("post.page", FRONT_MATTER, None, None),
    ("story.adoc", ADOC, "gu.seulha@nurisaem-news.example", "누리샘일보"),
    ("story.pdc", PANDOC, None, None),
    ("manuscript.tex", LATEX, "gu.seulha@nurisaem-news.example", "누리샘일보"),
    ("manuscript", LATEX, "gu.seulha@nurisaem-news.example", "누리샘일보"),
    ("clip.note", HEADER_LINES, None, "누리샘일보"),
    ("capsule.gmi", GEMTEXT, "gu.seulha@nurisaem-news.example", "누리샘일보"),
    ("capsule.gmi", GEMTEXT_NO_NAME, None, None),
    ("story.fb2", FB2, "gu.seulha@nurisaem-news.example", "누리샘일보"),
    ("story.book", FB2, "gu.seulha@nurisaem-news.example", "누리샘일보"),  # told by its root, not its name
    ("story.fb2", FB2.replace("<first-name>슬하</first-name><last-name>구</last-name>", "<nickname>구슬하 기자</nickname>"),
     "gu.seulha@nurisaem-news.example", "누리샘일보"),
])
def test_markup_and_record_formats_become_articles(tmp_path, name, data, email, outlet):
    row = _only(tmp_path, name, data.encode("utf-8"))
    assert row.get("title") == TITLE, row
    assert row["authors"] == ["구슬하"]
    assert row["published_at"].startswith("2026-03-03")
    assert row["outlet"] == outlet
    assert row["author_emails"] == ([email] if email else [])
    body = row["body"]
    assert body.startswith(PARAGRAPHS[0][:20]) and PARAGRAPHS[-1][:20] in body
    for furniture in ("contents::", ":Author:", "#+", "gemini://", "=>", "첫 화면", "배치도", "변환기", "CAPTURED", "PROPERTIES", "옆 동네 정류장", "사진 따로",
                      "다른 기사 제목", "fetched_at", "무단전재", "저작권", "누리샘일보:", "v1.0", "% ", "\\", "kotex", "편집자 주",
                      "{", "}"):
        assert furniture not in body, furniture


def test_fictionbook_fields_are_the_articles_not_the_converters():
    """The annotation is the standfirst (no headline, no body line); document-info's date and author, and the notes
    body, are the converter's."""
    annotated = FB2.replace("<lang>", "<annotation><p>옆 동네 정류장도 내년 차례</p></annotation><lang>")
    name, record = read_markup(annotated)
    assert name == "FictionBook" and record["title"] == TITLE and record["subtitle"] == "옆 동네 정류장도 내년 차례"
    assert record["date"] == "2026-03-03" and record["author"] == ["구슬하"] and record["publisher"] == "누리샘일보"
    assert "내년 차례" not in record["body"] and "저작권" not in record["body"] and "변환기" not in record["body"]


def test_gzipped_markup_is_read_by_its_content(tmp_path):
    row = _only(tmp_path, "river.rst.gz", gzip.compress(RST.encode("utf-8")))
    assert row.get("title") == TITLE


def test_bzip2_file_with_no_useful_name_is_opened(tmp_path):
    row = _only(tmp_path, "capture.bak", bz2.compress(ORG.encode("utf-8")))
    assert row.get("title") == TITLE


def test_zip_with_an_odd_name_is_read_as_an_archive(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("story.html", f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
                   + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>")
    row = _only(tmp_path, "download.bin", buf.getvalue())
    assert row["kind"] == "archive" and row.get("title") == TITLE


def test_cp949_text_with_header_lines_is_read(tmp_path):
    row = _only(tmp_path, "clip.note", HEADER_LINES.encode("cp949"))
    assert row.get("title") == TITLE


def test_plain_prose_under_an_odd_name_is_a_text_dump(tmp_path):
    row = _only(tmp_path, "article.out", f"{TITLE}\n\n{BODY}\n".encode("utf-8"))
    assert row["kind"] == "text" and "body" in row


# Near misses: nothing of these is an article, and the reason says what the bytes are.
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
PYTHON = ("#!/usr/bin/env python3\n\"\"\"정류장 자료를 모아 표로 만든다.\"\"\"\nimport csv\n\n\ndef main():\n"
          "    rows = []\n    for line in open('a.csv'):\n        rows.append(line.split(','))\n    return rows\n")
C_SOURCE = ("#include <stdio.h>\n/* 정류장 개수를 센다 */\nint main(void) {\n    int n = 40;\n"
            "    printf(\"%d\\n\", n);\n    return 0;\n}\n")
CONFIG_YAML = "server:\n  host: localhost\n  port: 8080\nlogging:\n  level: info\ntitle: 설정 파일\n"


@pytest.mark.parametrize("name, data, reason, says", [
    ("photo.dat", PNG, "unsupported_type", "PNG image"),
    ("blob.dat", bytes(range(256)) * 16, "unsupported_type", "binary data"),
    ("tool.py3", PYTHON.encode("utf-8"), "unsupported_type", "script"),
    ("count.c", C_SOURCE.encode("utf-8"), "unsupported_type", "program's source"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "unsupported_type", "OLE2"),
    ("logo.svg", ("<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'><title>누리샘 로고</title>"
                  "<text>" + BODY + "</text></svg>").encode("utf-8"), "unsupported_type", "<svg>"),
    ("route.kml", b"<kml><Document><name>a</name></Document></kml>", "unsupported_type", "<kml>"),
    # link shortcuts saved instead of the page: the address, not the article
    ("누리샘신문 기사.url", b"[InternetShortcut]\r\nURL=https://nurisaem.example/news/77\r\nIconIndex=0\r\n",
     "unsupported_type", "link shortcut to https://nurisaem.example/news/77"),
    ("기사 링크.desktop", "[Desktop Entry]\nName=누리샘 기사\nType=Link\nURL=https://nurisaem.example/a/9\n".encode("utf-8"),
     "unsupported_type", "link shortcut to https://nurisaem.example/a/9"),
    ("기사.webloc", (b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>URL</key>'
                   b"<string>https://nurisaem.example/v/3</string></dict></plist>\n"),
     "unsupported_type", "link shortcut to https://nurisaem.example/v/3"),
])
def test_binaries_and_program_sources_stay_out_and_say_what_they_are(tmp_path, name, data, reason, says):
    row = _only(tmp_path, name, data)
    assert "article_id" not in row or not row.get("title"), row
    assert row["reason"] == reason and says in row["detail"], row


def _bookmark(fields: dict[str, str]) -> bytes:
    """A macOS bookmark's property list (`.webloc`) with the given string fields."""
    from xml.sax.saxutils import escape

    items = "".join(f"\t<key>{k}</key>\n\t<string>{escape(v)}</string>\n" for k, v in fields.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n'
            f"{items}</dict>\n</plist>\n").encode("utf-8")


SAVED_SELECTION = f"{TITLE}\n\n누리샘일보 구슬하 기자\n기사입력 2026/03/03 09:10\n\n{BODY}\n\n저작권자 © 누리샘일보 무단전재 금지"


@pytest.mark.parametrize("name, fields", [
    ("정류장 기사.webloc", {"URL": "https://nurisaem.example/n/5", "WebPageTitle": f"{TITLE} - 누리샘일보",
                        "SelectedText": SAVED_SELECTION}),
    ("정류장 기사", {"URL": "https://nurisaem.example/n/5", "Text": SAVED_SELECTION}),  # a clipping's field, no suffix
    ("정류장.webloc", {"Note": SAVED_SELECTION, "URL": "https://nurisaem.example/n/5"}),  # the text before the address
])
def test_a_bookmark_holding_the_pages_text_is_read_as_the_article(tmp_path, name, fields):
    """A bookmark that kept the selected text of the page beside its address carries the article: read, not a
    shortcut."""
    row = _only(tmp_path, name, _bookmark(fields))
    assert row["title"] == TITLE and list(row["authors"]) == ["구슬하"], row
    assert row["published_at"].startswith("2026-03-03") and row["outlet"] == "누리샘일보", row
    assert "URL" not in row["body"] and "저작권자" not in row["body"], row


@pytest.mark.parametrize("fields", [
    {"URL": "https://nurisaem.example/n/5", "WebPageTitle": TITLE},  # fields only
    {"URL": "https://nurisaem.example/n/5", "Comment": PARAGRAPHS[0]},  # one line of a note, no page's text
    {"URL": "https://nurisaem.example/n/5", "Tags": "정류장\n온열의자\n버스\n군청"},  # lines, but short
])
def test_a_bookmark_with_fields_only_stays_a_shortcut(tmp_path, fields):
    row = _only(tmp_path, "기사.webloc", _bookmark(fields))
    assert row["reason"] == "unsupported_type" and "link shortcut to https://nurisaem.example/n/5" in row["detail"], row


TIDDLER_BODY = f"''누리샘일보'' | 구슬하 기자 | 입력 2026.03.03 09:10\n\n{BODY}\n"


@pytest.mark.parametrize("fields, authors", [
    ("creator: 동네산책\nmodifier: 동네산책\n", ["구슬하"]),  # a wiki's accounts: the clipper, not the writer
    ("created_by: 동네산책\nmodified_by: 골목지기\n", ["구슬하"]),
    ("creator: 동네산책\nlast_edited_by: 동네산책\n", ["구슬하"]),
])
def test_a_wiki_pages_creator_account_is_no_writer(tmp_path, fields, authors):
    page = f"created: 20260303120000000\n{fields}tags: 스크랩 정류장\ntitle: {TITLE}\ntype: text/vnd.tiddlywiki\n\n{TIDDLER_BODY}"
    row = _only(tmp_path, "정류장.tid", page.encode("utf-8"))
    assert row["title"] == TITLE and list(row["authors"]) == authors and row["outlet"] == "누리샘일보", row


def test_a_creator_with_no_editing_account_is_still_the_writer():
    """Near miss: a record's `creator:` with no account that edited the page names the writer (Dublin Core's)."""
    from builder.extract.lightmarkup import header_lines

    record = header_lines(f"title: {TITLE}\ncreator: 구슬하\ndate: 2026-03-03\n\n{BODY}\n")
    assert record is not None and record["creator"] == "구슬하"


def test_a_desktop_entry_that_is_no_link_is_no_shortcut():
    """A launcher (`Type=Application`) names a program, not a saved page: no shortcut address is read from it."""
    from builder.extract.sniff import shortcut_target

    assert shortcut_target(b"[Desktop Entry]\nType=Application\nExec=/usr/bin/app\nURL=https://a.example/\n") is None
    assert shortcut_target(f"{TITLE}\n\nURL=https://a.example/ 는 주소다.\n{BODY}\n".encode("utf-8")) is None


def test_config_yaml_is_no_article(tmp_path):
    row = _only(tmp_path, "settings.yaml", CONFIG_YAML.encode("utf-8"))
    assert "reason" in row and row["stage"] in ("read", "extract"), row


@pytest.mark.parametrize("text", [
    "plain prose with a colon: in the first line\nand more text here.\n",  # one field-like line, no header
    "---\nnot: front matter with no closing fence\n",
    "* a heading only\nand prose below it with no #+ keywords or drawer\n",
    "% only one percent line\n\nprose\n",
    "=====\n\nrule lines around nothing\n",
    "\\section{a heading}\nprose with a command but no title, preamble or document\n",  # TeX, but no manuscript
    "\\documentclass{article}\n\\begin{document}\nno title anywhere\n\\end{document}\n",
    "# a Markdown heading\n\nprose that says a => b in passing, no link line\n",  # gemtext needs a `=>` link line
    "=> gemini://a.example/ a link list with no heading\n=> gemini://a.example/b more\n",
    "<Book><title>not a FictionBook</title><body><p>prose</p></body></Book>\n",
])
def test_near_misses_follow_no_convention(text):
    assert read_markup(text) is None


@pytest.mark.parametrize("data", [ORG, RST])
def test_org_or_rest_saved_as_txt_is_read_by_its_convention(tmp_path, data):
    row = _only(tmp_path, "capture.txt", data.encode("utf-8"))
    assert row.get("title") == TITLE and row["authors"] == ["구슬하"]
    assert "#+" not in row["body"] and ":Author:" not in row["body"] and "contents::" not in row["body"]


def test_a_txt_dump_with_a_rule_under_its_headline_is_still_a_dump(tmp_path):
    row = _only(tmp_path, "dump.txt", f"{TITLE}\n{'=' * 30}\n\n{BODY}\n".encode("utf-8"))
    assert row["extractor"] == "text-dump", row


# Logs that carry an article (`lightmarkup.program_log`, `chat_log`): a scraper's log around the text it took, a chat
# where one speaker pasted the copy. The program's lines, the log's times and the chat are no part of the article.
_SCRAPER_HEAD = f"site: 누리샘일보\ntitle: {TITLE}\nbyline: 구슬하 기자 (gu.seulha@nurisaem-news.example)\ndate: 2026.03.03 10:20\n"
SCRAPER_LOGS = [
    ("2026-03-04 02:10:01,120 INFO  spider.queue  pending=1\n"
     "2026-03-04 02:10:01,480 DEBUG spider.parse  ===== BEGIN ARTICLE id=7 =====\n"
     f"{_SCRAPER_HEAD}---\n{BODY}\n===== END ARTICLE id=7 =====\n"
     "2026-03-04 02:10:01,490 WARNING spider.parse  selector 'aside.more' matched 0 nodes\n"
     "2026-03-04 02:10:02,010 INFO  spider.store  saved id=7\n"),
    ("[2026-03-04T02:10:01Z] [INFO] fetch https://nurisaem-news.example/a/7 200\n"
     "[2026-03-04T02:10:01Z] [DEBUG] parsed 4 paragraphs\n"
     f"{_SCRAPER_HEAD}\n{BODY}\n"
     "[2026-03-04T02:10:02Z] [ERROR] related box missing\n"),
    ("02:10:01.120 INFO fetch ok\n02:10:01.300 INFO parse ok\n"
     f"-----BEGIN ARTICLE-----\n{_SCRAPER_HEAD}\n{BODY}\n-----END ARTICLE-----\n02:10:02.000 INFO done\n"),
]
_PASTE = [f"[제목] {TITLE}", "[부제] 읍내 정류장부터 차례로", *PARAGRAPHS,
          "누리샘일보 구슬하 기자 gu.seulha@nurisaem-news.example", "[출고] 2026.03.03 10:20"]
CHAT_LOGS = [
    ("--- Log opened Wed Mar 04 09:00:00 2026\n"
     "09:00 -!- seulha [~gu@chat.nurisaem-news.example] has joined #desk\n"
     "09:01 <deskhan> 정류장 기사 붙여 주세요\n09:02 <seulha> 네 붙입니다\n"
     + "".join(f"09:03 <seulha> {line}\n" for line in _PASTE)
     + "09:05 <deskhan> 숫자 확인했습니다, 출고 걸게요\n09:06 <seulha> 감사합니다\n"
     "09:30 -!- seulha [~gu@chat.nurisaem-news.example] has quit [Quit: 현장]\n"),
    ("[09:01:10] --> seulha (gu@chat.nurisaem-news.example) has joined #desk\n"
     "[09:01:20] <@deskhan> 붙여 주세요\n"
     + "".join(f"[09:03:{n:02d}] <+seulha> {line}\n" for n, line in enumerate(_PASTE))
     + "[09:05:00] <@deskhan> 확인\n"),
]


@pytest.mark.parametrize("name, text", [("crawl.log", t) for t in SCRAPER_LOGS] + [("#desk.log", t) for t in CHAT_LOGS])
def test_an_article_carried_by_a_log_is_read_without_the_log(tmp_path, name, text):
    row = _only(tmp_path, name, text.encode("utf-8"))
    assert row.get("title") == TITLE, row
    assert row["authors"] == ["구슬하"] and row["outlet"] == "누리샘일보"
    assert row["author_emails"] == ["gu.seulha@nurisaem-news.example"]
    assert row["published_at"].startswith("2026-03-03")  # the article's date, not the log's (03-04)
    body = row["body"]
    assert body.startswith(PARAGRAPHS[0][:20]) and PARAGRAPHS[-1][:20] in body
    for furniture in ("INFO", "DEBUG", "WARNING", "ERROR", "BEGIN", "END ARTICLE", "selector", "site:", "<seulha>",
                      "deskhan", "has joined", "붙입니다", "출고", "[제목]", "09:0"):
        assert furniture not in body, furniture


@pytest.mark.parametrize("text", [
    "2026-03-04 02:10:01,120 INFO  spider.queue  pending=1\n" + BODY,  # one logging line: a dump that quotes a log
    f"{TITLE}\n\n{BODY}\n\n" + "2026-03-04 02:10:01,120 ERROR pump stopped\n" * 3 + PARAGRAPHS[0] + "\n",  # a log quoted
    "09:00 <seulha> 네\n09:01 <deskhan> 확인\n09:02 <seulha> 좋아요\n09:03 <deskhan> 출고\n",  # chat, no paste
    f"{TITLE}\n\n오전 09:05 현재 정류장 40곳 중 12곳이 공사를 마쳤다.\n\n{BODY}\n",  # a time in prose
])
def test_near_misses_are_no_log_that_carries_an_article(text):
    found = read_markup(text)
    assert found is None or found[0] not in ("program log", "chat log")


# A manuscript in MediaWiki markup and a press release (`lightmarkup.wikitext`, `press_release`), saved as .txt too.
_WIKI_BODY = "\n\n".join([PARAGRAPHS[0].replace("누리샘군은", "[[누리샘군]]은"), f"'''{PARAGRAPHS[1]}'''", *PARAGRAPHS[2:]])
WIKI_PAGES = [
    ("{{기사 정보\n| 매체 = 누리샘일보\n| 기자 = 구슬하\n| 날짜 = 2026년 3월 3일\n}}\n"
     f"= {TITLE} =\n'''누리샘일보 구슬하 기자''' — 2026년 3월 3일\n\n{_WIKI_BODY}\n\n== 관련 기사 ==\n* [[읍내 장터 새 단장]]\n\n"
     "== 출처 ==\n* {{웹 인용 |url=https://nurisaem-news.example/a/7 |확인날짜=2026-03-09}}\n\n[[분류:누리샘군]]\n"),
    ("{{Infobox news\n| publisher = 누리샘일보\n| author = 구슬하\n| date = 2026-03-03\n}}\n"
     f"= {TITLE} =\n\n{_WIKI_BODY}<ref>군 보도자료</ref>\n\n== 같이 보기 ==\n* [[읍내 장터 새 단장]]\n\n[[Category:News]]\n"),
]
RELEASES = [
    ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:도해랑\r\nORG:누리샘일보;홍보팀\r\nTEL:02-555-0199\r\nREV:2026-03-09T00:00:00Z\r\n"
     "END:VCARD\r\n\r\n보 도 자 료\r\n누리샘일보 | 2026년 3월 3일 | 즉시 보도 가능 | 총 2매\r\n\r\n"
     f"{TITLE}\r\n- 읍내 정류장부터 차례로\r\n\r\n" + BODY.replace("\n", "\r\n")
     + "\r\n\r\n###\r\n\r\n보도 문의: 누리샘일보 홍보팀 도해랑 02-555-0199\r\n"),
    (f"PRESS RELEASE\n누리샘일보 | 2026.03.03 | For immediate release\n\n{TITLE}\n\n{BODY}\n\n- 끝 -\n\n문의: 홍보팀 02-555-0199\n"),
]


@pytest.mark.parametrize("text", WIKI_PAGES)
def test_a_wiki_markup_manuscript_is_read_by_its_infobox_and_headline(tmp_path, text):
    row = _only(tmp_path, "draft.txt", text.encode("utf-8"))
    assert row.get("title") == TITLE, row
    assert row["authors"] == ["구슬하"] and row["outlet"] == "누리샘일보"
    assert row["published_at"].startswith("2026-03-03")
    assert PARAGRAPHS[1][:20] in row["body"] and PARAGRAPHS[-1][:20] in row["body"]
    for furniture in ("'''", "[[", "관련 기사", "같이 보기", "분류:", "Category", "웹 인용", "확인날짜", "장터", "<ref>", "보도자료"):
        assert furniture not in row["body"], furniture


@pytest.mark.parametrize("text", RELEASES)
def test_a_press_release_is_its_issuers_with_no_writer(tmp_path, text):
    row = _only(tmp_path, "release.txt", text.encode("utf-8"))
    assert row.get("title") == TITLE, row
    assert row["authors"] == [] and row["outlet"] == "누리샘일보"  # the press contact is no writer
    assert row["published_at"].startswith("2026-03-03")  # the release line's date, not the vCard's REV
    assert PARAGRAPHS[0][:20] in row["body"] and PARAGRAPHS[-1][:20] in row["body"]
    for furniture in ("VCARD", "02-555-0199", "보도 문의", "###", "즉시 보도", "immediate", "- 끝 -", "보 도 자 료"):
        assert furniture not in row["body"], furniture


@pytest.mark.parametrize("text", [
    f"= {TITLE} =\n\n{BODY}\n",  # a heading in equals signs, no wiki markup
    f"{TITLE}\n\n{BODY} [[참고]] 한 번\n",  # one link in prose
    f"{TITLE}\n누리샘일보 | 2026년 3월 3일 | 사회\n\n{BODY}\n",  # a cell line with no embargo
    f"{TITLE}\n\n군은 이 자료를 즉시 보도 가능하다고 | 밝혔다.\n\n{BODY}\n",  # an embargo's words, no release label
])
def test_near_misses_are_no_wiki_manuscript_or_press_release(text):
    found = read_markup(text)
    assert found is None or found[0] not in ("MediaWiki markup", "press release")


# A writing platform's name over the publication a post appeared in (`metadata.hosted_publication`).
@pytest.mark.parametrize("site, title, outlet", [
    ("Medium", f"{TITLE} | by 구슬하 | 누리샘일보 | Medium", "누리샘일보"),
    ("Medium", f"{TITLE} | 누리샘일보 | Medium", "누리샘일보"),
    ("브런치스토리", f"{TITLE} · 누리샘일보 · 브런치스토리", "누리샘일보"),
    ("Medium", f"{TITLE} | by 구슬하 | Medium", None),  # a writer's own post: no publication named, the platform none
    ("누리샘일보", f"{TITLE} | 사회 | 누리샘일보", "누리샘일보"),  # no platform: the site's name as it is
])
def test_a_platforms_name_gives_way_to_the_publication_it_hosts(site, title, outlet):
    from builder.extract.metadata import hosted_publication

    assert hosted_publication(site, title) == outlet


# News readers re-show an outlet's story under their own name (`og:site_name` 'Apple News', '… — 매체 — Apple 뉴스').
@pytest.mark.parametrize("site, title, outlet", [
    ("Apple News", f"{TITLE} — 누리샘일보 — Apple 뉴스", "누리샘일보"),
    ("Google News", f"{TITLE} - 누리샘일보 - Google 뉴스", "누리샘일보"),
    ("Flipboard", f"{TITLE} | 누리샘일보 | Flipboard", "누리샘일보"),
    ("Apple News", f"{TITLE} — Apple 뉴스", None),  # no publication named: the reader is no outlet either
])
def test_a_news_readers_name_gives_way_to_the_outlet_it_shows(site, title, outlet):
    from builder.extract.metadata import hosted_publication

    assert hosted_publication(site, title) == outlet


# The firm that runs a site, named with its legal form in <meta name="author">, is no writer.
@pytest.mark.parametrize("names, kept", [
    (["Nurisaem Inc."], []), (["누리샘 주식회사"], []), (["(주)누리샘"], ["(주)누리샘"]), (["Moa Media Ltd"], []),
    (["구슬하 기자"], ["구슬하 기자"]), (["Inchon Corbin"], ["Inchon Corbin"]),  # a surname that starts like a form
    (["Coco Lee"], ["Coco Lee"]),
])
def test_a_company_in_the_author_field_is_no_writer(names, kept):
    from builder.extract.metadata import without_companies

    assert without_companies(names) == kept


TEXTILES = [
    (f"h1. {TITLE}\n\np(subtitle). 읍내 정류장부터 차례로\n\np(byline). *누리샘일보* | 구슬하 기자 | 2026년 3월 3일 09:30\n\n"
     "!/img/stop.jpg(정류장 조감도)!\np(caption). 정류장 조감도. 군 제공\n\n" + BODY
     + '\n\np(email). 구슬하 기자 "gu.seulha@nurisaem-news.example":mailto:gu.seulha@nurisaem-news.example\n\n'
     'notextile. <div class="ad">광고 영역</div>\n\nh3. 많이 본 기사\n\n* "읍내 장터 새 단장":/news/7\n'),
    (f"h1(headline). {TITLE}\n\np. _누리샘일보_ 구슬하 기자 = 2026-03-03\n\n"
     + "\n\n".join(f"p. {p}" for p in PARAGRAPHS)
     + '\n\nbq. 구슬하 기자 gu.seulha@nurisaem-news.example\n\nh2. 인기 기사\n\n# "읍내 장터 새 단장":https://nurisaem-news.example/7\n'),
]


@pytest.mark.parametrize("text", TEXTILES)
def test_a_textile_manuscript_is_read_by_its_blocks(tmp_path, text):
    row = _only(tmp_path, "draft.textile", text.encode("utf-8"))
    assert row.get("title") == TITLE, row
    assert row["authors"] == ["구슬하"] and row["outlet"] == "누리샘일보"
    assert row["author_emails"] == ["gu.seulha@nurisaem-news.example"]
    assert row["published_at"].startswith("2026-03-03")
    assert PARAGRAPHS[0][:20] in row["body"] and PARAGRAPHS[-1][:20] in row["body"]
    for furniture in ("h1.", "p(", "p. ", "bq.", "notextile", "광고", "많이 본", "인기 기사", "장터", "조감도", "*", "mailto"):
        assert furniture not in row["body"], furniture


@pytest.mark.parametrize("text", [
    f"h1. {TITLE}\n\n{BODY}\n",  # one block signature over plain prose
    f"{TITLE}\n\np. 12 참고. 군은 {BODY}\n",  # a page reference in prose, no headline block
    f"# {TITLE}\n\n**누리샘일보** 구슬하 기자\n\n{BODY}\n",  # Markdown, not Textile
])
def test_near_misses_are_no_textile_manuscript(text):
    found = read_markup(text)
    assert found is None or found[0] != "Textile"


DOKUWIKIS = [
    (f"====== {TITLE} ======\n\n//[[https://nurisaem-news.example|누리샘일보]] 구슬하 기자 · 2026-03-03 09:30//\n\n"
     "{{:news:stop.jpg?400|정류장 조감도. 군 제공}}\n\n" + BODY.replace("800명", "**800명**")
     + "\n\n구슬하 기자 <gu.seulha@nurisaem-news.example>\n\n<WRAP center round tip 60%>\n제보는 [[tip@nurisaem-news.example]] 로"
     " 보내 주세요.\n</WRAP>\n\n===== 관련 기사 =====\n  * [[news:7|읍내 장터 새 단장]]\n\n{{tag>정류장 군정}}\n\n~~DISCUSSION~~\n"),
    (f"====== {TITLE} ======\n\n**누리샘일보** | 구슬하 기자 | 2026년 3월 3일 09:30\n\n" + BODY
     + "\n\n구슬하 기자 gu.seulha@nurisaem-news.example\n\n==== 많이 본 기사 ====\n  * [[news:7|읍내 장터 새 단장]]\n\n"
     "~~NOCACHE~~\n"),
]


@pytest.mark.parametrize("text", DOKUWIKIS)
def test_a_dokuwiki_page_is_read_by_its_top_heading(tmp_path, text):
    row = _only(tmp_path, "stop.dokuwiki.txt", text.encode("utf-8"))
    assert row.get("title") == TITLE, row
    assert row["authors"] == ["구슬하"] and row["outlet"] == "누리샘일보"
    assert row["author_emails"] == ["gu.seulha@nurisaem-news.example"]
    assert row["published_at"].startswith("2026-03-03")
    assert PARAGRAPHS[0][:20] in row["body"] and PARAGRAPHS[-1][:20] in row["body"]
    for furniture in ("==", "**", "//", "[[", "{{", "~~", "WRAP", "제보는", "관련 기사", "많이 본", "장터", "조감도", "tag>"):
        assert furniture not in row["body"], furniture


@pytest.mark.parametrize("text", [
    f"====== {TITLE} ======\n\n{BODY}\n",  # a banner in equals signs over plain prose
    f"== {TITLE} ==\n\n군은 **800명**에게 물었다. //메모// 참고\n\n{BODY}\n",  # a low heading only
    f"{TITLE}\n\n자세한 내용은 https://nurisaem-news.example//a 참고. **중요**\n\n{BODY}\n",  # no heading
])
def test_near_misses_are_no_dokuwiki_page(text):
    found = read_markup(text)
    assert found is None or found[0] != "DokuWiki markup"


def _outline(props: str, indent: str = "\t") -> str:
    children = "".join(f"{indent}- {p}\n" for p in PARAGRAPHS + ["구슬하 기자 gu.seulha@nurisaem-news.example"])
    return f"- 오늘 읽을 거리 #군정\n- [[{TITLE}]]\n{props}{children}- 메모: 우리 동네 정류장도 물어볼 것\n- TODO 군청 자료 찾기\n"


OUTLINES = [
    _outline(f"  title:: {TITLE}\n  publisher:: 누리샘일보\n  author:: 구슬하 기자\n  published:: [[2026-03-03]]\n"
             "  saved:: [[2026-03-09]]\n"),
    _outline("  source:: https://nurisaem-news.example/a/7\n  publisher:: [[누리샘일보]]\n  author:: [[구슬하]]\n"
             "  published:: 2026-03-03\n", indent="    "),
]


@pytest.mark.parametrize("text", OUTLINES)
def test_an_outliners_page_is_read_by_the_clipped_blocks_properties(tmp_path, text):
    row = _only(tmp_path, "2026_03_09.md", text.encode("utf-8"))
    assert row.get("title") == TITLE, row
    assert row["authors"] == ["구슬하"] and row["outlet"] == "누리샘일보"
    assert row["published_at"].startswith("2026-03-03")  # published::, not saved:: or the journal's day
    assert PARAGRAPHS[0][:20] in row["body"] and PARAGRAPHS[-1][:20] in row["body"]
    for furniture in ("::", "오늘 읽을", "메모", "TODO", "[[", "\n- "):
        assert furniture not in row["body"], furniture


@pytest.mark.parametrize("text", [
    f"- {TITLE}\n\t- {PARAGRAPHS[0]}\n\t- {PARAGRAPHS[1]}\n",  # an outline with no properties
    f"{TITLE}\n\nauthor:: 구슬하\n\n{BODY}\n",  # one property line, no blocks
    f"- [[{TITLE}]]\n  tags:: 정류장\n  status:: 읽는 중\n\t- {PARAGRAPHS[0]}\n",  # properties the record table does not know
])
def test_near_misses_are_no_outliners_page(text):
    found = read_markup(text)
    assert found is None or found[0] != "outliner page"


def _clippings(header: str, clip_line: str, note_line: str) -> str:
    clips = [("구름 너머의 섬 (도해랑)", clip_line.format(n=900), "그 섬의 바람은 늘 서쪽에서 불었다.")]
    texts = [f"구슬하 기자 · 2026년 3월 3일 오전 9:30 {PARAGRAPHS[0]}"] + PARAGRAPHS[1:]
    for n, text in enumerate(texts, 1):
        clips.append((header, clip_line.format(n=n), text))
        if n == 2:
            clips.append((header, note_line, "우리 읍내 정류장도 추웠음"))
    return "\ufeff" + "".join(f"{t}\r\n{line}\r\n\r\n{x}\r\n==========\r\n" for t, line, x in clips)


CLIPPINGS = [
    _clippings(f"{TITLE} (누리샘일보)", "- 위치 {n}-{n}의 하이라이트 | 추가된 날짜: 2026년 3월 9일 월요일 오후 8:41:50",
               "- 위치 7의 메모 | 추가된 날짜: 2026년 3월 9일 월요일 오후 8:42:00"),
    _clippings(f"{TITLE} (누리샘일보)", "- Your Highlight on Location {n}-{n} | Added on Monday, March 9, 2026 8:41:50 PM",
               "- Your Note on Location 7 | Added on Monday, March 9, 2026 8:42:00 PM"),
]


@pytest.mark.parametrize("text", CLIPPINGS)
def test_an_e_readers_clippings_file_is_the_article_it_holds_most_highlights_of(tmp_path, text):
    row = _only(tmp_path, "My Clippings.txt", text.encode("utf-8"))
    assert row.get("title") == TITLE, row
    assert row["authors"] == ["구슬하"] and row["outlet"] == "누리샘일보"
    assert row["published_at"].startswith("2026-03-03")  # the byline's, not the added date
    assert PARAGRAPHS[0][:20] in row["body"] and PARAGRAPHS[-1][:20] in row["body"]
    for furniture in ("==========", "위치", "Location", "추가된 날짜", "Added on", "바람", "도해랑", "추웠음"):
        assert furniture not in row["body"], furniture


@pytest.mark.parametrize("text", [
    f"{TITLE}\n==========\n{BODY}\n==========\n",  # rules between parts, no clip lines
    f"{TITLE} (누리샘일보)\n- 위치 1-4의 하이라이트 | 추가된 날짜: 2026년 3월 9일\n\n{PARAGRAPHS[0]}\n==========\n",  # one clip
    f"{TITLE}\n\n- 회의 메모 | 참석자: 구슬하\n\n{BODY}\n==========\n{BODY}\n==========\n",  # a memo line, no added date
])
def test_near_misses_are_no_clippings_file(text):
    found = read_markup(text)
    assert found is None or found[0] != "clippings file"


# An MDX post: front matter (its author perhaps the CMS account that filed it), module lines (`import`, `export`), a
# credit component whose attributes are the byline, widgets (figure, ad, sign-up, related list) that are no text.
_MDX_HEAD = (f'---\ntitle: "{TITLE}"\ndate: 2026-03-03T09:00:00+09:00\nlastmod: 2026-03-09T10:00:00+09:00\n'
             "author: {author}\n---\n\n"
             "import {{ Byline, Figure, Promo }} from '@/components/post'\nimport Related from '../related'\n\n")
MDX_BYLINES = [
    ('<Byline name="구슬하" role="기자" email="gu.seulha@nurisaem-news.example" outlet="누리샘일보" />', "cms-bot"),
    ("<AuthorCard\n  name='구슬하'\n  email='gu.seulha@nurisaem-news.example'\n  publication='누리샘일보'\n/>", "web-desk"),
    ('<Credit reporter={"구슬하"} email={"gu.seulha@nurisaem-news.example"} />\n\n'
     "export const meta = {\n  section: '사회',\n  outlet: '누리샘일보',\n}", "구슬하"),
]


@pytest.mark.parametrize("byline, author", MDX_BYLINES)
def test_an_mdx_post_is_read_by_its_credit_component(tmp_path, byline, author):
    text = (_MDX_HEAD.format(author=author) + byline + "\n\n" + PARAGRAPHS[0] + "\n\n"
            + '<Figure src="/img/stop.jpg" caption="정류장에 놓인 온열 의자. 누리샘일보 자료사진" />\n\n' + PARAGRAPHS[1]
            + "\n\n<Promo type=\"ad\">\n  구독하고 아침 소식을 받아 보세요\n</Promo>\n\n" + "\n\n".join(PARAGRAPHS[2:])
            + '\n\n<Related items={["다른 기사 하나", "다른 기사 둘"]} />\n')
    row = _only(tmp_path, "post.mdx", text.encode("utf-8"))
    assert row.get("title") == TITLE, row
    assert row["authors"] == ["구슬하"] and row["outlet"] == "누리샘일보"
    assert row["author_emails"] == ["gu.seulha@nurisaem-news.example"]
    assert row["published_at"].startswith("2026-03-03")  # not lastmod
    body = row["body"]
    assert body.startswith(PARAGRAPHS[0][:20]) and PARAGRAPHS[-1][:20] in body
    for furniture in ("import", "export", "@/components", "<", "자료사진", "구독하고", "다른 기사", "cms-bot", "web-desk"):
        assert furniture not in body, furniture


def test_a_markdown_post_keeps_lowercase_html_and_prose_about_imports(tmp_path):
    """Near misses: an HTML element (lower case) is no component; a sentence opening with 'import' is text."""
    text = (f'---\ntitle: "{TITLE}"\ndate: 2026-03-03\nauthor: 구슬하\n---\n\n<p>{PARAGRAPHS[0]}</p>\n\n'
            f"import 관세가 오른 품목도 있다고 군은 설명했다. {PARAGRAPHS[1]}\n\n" + "\n\n".join(PARAGRAPHS[2:]) + "\n")
    row = _only(tmp_path, "post.md", text.encode("utf-8"))
    assert row["authors"] == ["구슬하"]
    assert PARAGRAPHS[0][:20] in row["body"] and "import 관세가" in row["body"]


def _posts_archive(posts: list[dict], prefix: str = "window.YTD.tweet.part0 = ", wrap: str | None = "tweet") -> bytes:
    import json

    items = [{wrap: p} if wrap else p for p in posts]
    return (prefix + json.dumps(items, ensure_ascii=False, indent=2)).encode("utf-8")


def _thread_posts(opener_reply: bool = False) -> list[dict]:
    posts = [{"id_str": "900", "created_at": "Tue Mar 03 14:20:00 +0000 2026",
              "full_text": f"[누리샘일보] {TITLE} (구슬하 기자)\n\n🧵 차례로 풀어 봅니다 👇", "favorite_count": "2"}]
    for n, para in enumerate(PARAGRAPHS, 1):
        posts.append({"id_str": str(900 + n), "created_at": f"Tue Mar 03 14:2{n}:00 +0000 2026",
                      "full_text": f"{n}/ {para}", "favorite_count": str(n),
                      **({"in_reply_to_status_id_str": str(900 + n - 1)} if n > 1 or opener_reply else {})})
    posts.append({"id_str": "909", "created_at": "Tue Mar 03 14:30:00 +0000 2026",
                  "full_text": "전체 내용 여기서 👉 https://t.co/AbCdEf\n#누리샘일보 #정류장", "in_reply_to_status_id_str": "904"})
    posts.append({"id_str": "950", "created_at": "Sun Mar 01 00:00:00 +0000 2026",
                  "full_text": "누리샘일보 소식지를 신청하세요. 아침마다 새 소식을 전해 드려요. https://t.co/XyZ"})
    return posts


@pytest.mark.parametrize("data", [
    _posts_archive(_thread_posts()),  # Twitter/X's tweets.js; the opening post replied to by none
    _posts_archive(_thread_posts(opener_reply=True), prefix="var posts = ", wrap=None),  # a chain from its first post
])
def test_an_outlets_thread_in_an_archive_of_posts_is_the_article(tmp_path, data):
    row = _only(tmp_path, "tweets.js", data)
    assert row["title"] == TITLE and list(row["authors"]) == ["구슬하"] and row["outlet"] == "누리샘일보", row
    assert row["published_at"].startswith("2026-03-03T23:20"), row  # 14:20 UTC is 23:20 in Korea
    for kept in ("favorite_count", "t.co", "#누리샘", "풀어 봅니다", "소식지", "1/ "):
        assert kept not in row["body"], (kept, row["body"])
    assert PARAGRAPHS[0] in row["body"] and PARAGRAPHS[-1] in row["body"]


@pytest.mark.parametrize("text", [
    "window.settings = {\"theme\": \"dark\"}",  # an object, not an archive of posts
    _posts_archive([{"id_str": str(i), "full_text": p} for i, p in enumerate(PARAGRAPHS)]).decode(),  # no replies
    _posts_archive(_thread_posts()[:3]).decode(),  # a short exchange, no article's length
    "const rows = [1, 2, 3];",
])
def test_near_misses_are_no_thread_carrying_an_article(text):
    from builder.extract.postarchive import thread_record

    assert thread_record(text) is None
