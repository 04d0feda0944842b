"""Pages saved inside containers users' archives hold: a browser's MHTML save, an e-mail, a Markdown export.

Each is built here the way the program that writes it does (the e-mail and MHTML by the standard library's
MIME writer, with the transfer encodings browsers and mail clients use), around articles written for these tests.
"""

from __future__ import annotations

from email import encoders
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from builder.document import process_bytes
from builder.extract.markdown import front_matter, plain
from builder.extract.mime import NoArticlePart, looks_like_mime, unpack
from builder.inputs import Source, kind_of, sha256

PARAGRAPHS = [
    "산솔시가 도심을 가로지르는 모래내천 정비 사업에 착수한다고 14일 밝혔다. 시는 올해 예산 120억원을 들여 둑을 보강한다.",
    "시는 산책로 3.2㎞를 새로 놓고, 여름철 물이 넘치던 여울동 구간에는 배수문 두 곳을 더 만든다.",
    "진세윤 산솔시 건설국장은 \"장마 전에 둑 보강을 먼저 끝내겠다\"고 말했다. 공사는 연말까지 이어진다.",
]
HEADLINE = "산솔시, 도심 하천 정비 사업 착수"


def page(charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html lang='ko'><head><meta charset='{charset}'><title>{HEADLINE} - 산솔일보</title>"
            f"<meta property='og:title' content='{HEADLINE}'>"
            "<meta property='article:published_time' content='2026-03-14T10:20:00+09:00'>"
            "<meta name='author' content='하솔비'></head>"
            f"<body><nav>홈 정치 사회</nav><article><h1>{HEADLINE}</h1>{body}"
            "<p>하솔비 기자 nuri@sansol.example.kr</p></article><footer>저작권자 ⓒ 산솔일보</footer></body></html>")


def run(data: bytes, name: str):
    return process_bytes(Source(path=name, kind=kind_of(name), data=data), data, sha256(data))


def mhtml(html: str, charset: str = "utf-8", url: str = "https://sansol.example.kr/news/8812") -> bytes:
    """A page as Chrome saves it: multipart/related, the page quoted-printable at the snapshot's address, then an image."""
    root = MIMEMultipart("related", type="text/html")
    root["From"] = "<Saved by Blink>"
    root["Snapshot-Content-Location"] = url
    root["Subject"] = HEADLINE
    part = MIMEBase("text", "html", charset=charset)
    part.set_payload(html.encode(charset))
    encoders.encode_quopri(part)
    part["Content-Location"] = url
    root.attach(part)
    image = MIMEBase("image", "png")
    image.set_payload(b"\x89PNG\r\n\x1a\n" + bytes(64))
    encoders.encode_base64(image)
    image["Content-Location"] = "https://sansol.example.kr/img/logo.png"
    root.attach(image)
    return root.as_bytes()


def test_mhtml_save_is_read_as_the_page_it_holds():
    res = run(mhtml(page()), "saved/하천정비.mhtml")
    assert not res.quarantine, res.quarantine
    row = res.article[0]
    assert row["title"] == HEADLINE
    assert row["url"] == "https://sansol.example.kr/news/8812"
    assert row["published_at"].startswith("2026-03-14")
    assert "하솔비" in row["authors"]
    assert "배수문 두 곳" in row["body"] and "저작권자" not in row["body"]
    assert any(p["name"] == "진세윤" for p in res.person)
    assert [q["speaker_name"] for q in res.quote] == ["진세윤"]


def test_mhtml_in_a_legacy_charset_is_decoded_by_its_part_header():
    res = run(mhtml(page("euc-kr"), "euc-kr"), "page.mht")
    assert not res.quarantine, res.quarantine
    assert res.article[0]["title"] == HEADLINE
    assert "모래내천" in res.article[0]["body"]


def letter(html: str | None, text: str | None, charset: str = "utf-8") -> bytes:
    """A newsletter as a mail client saves it: multipart/alternative, base64 parts."""
    msg = EmailMessage()
    msg["From"] = "산솔일보 <letter@sansol.example.kr>"
    msg["To"] = "reader@example.com"
    msg["Subject"] = f"[산솔레터] {HEADLINE}"
    msg["Date"] = "Sat, 14 Mar 2026 07:00:00 +0900"
    if text is not None:
        msg.set_content(text, charset=charset, cte="base64")
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html", charset=charset, cte="base64")
        else:
            msg.add_alternative(html, subtype="html", charset=charset, cte="base64")
    return bytes(msg)


def test_letter_is_read_from_its_html_alternative():
    plain_text = "\n\n".join([HEADLINE, *PARAGRAPHS])
    res = run(letter(page(), plain_text), "inbox/letter.eml")
    assert not res.quarantine, res.quarantine
    row = res.article[0]
    assert row["title"] == HEADLINE
    assert row["url"] is None  # a letter has no address of its own
    assert "모래내천" in row["body"]


def test_letter_with_only_plain_text_is_read_as_a_dump():
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "하솔비 기자 nuri@sansol.example.kr"])
    res = run(letter(None, text, "euc-kr"), "letter.eml")
    assert not res.quarantine, res.quarantine
    row = res.article[0]
    assert row["extractor"] == "text-dump"
    assert row["title"] == HEADLINE
    assert "하솔비" in row["authors"]
    assert row["published_at"] == "2026-03-14T07:00:00+09:00"  # it prints no date: the day the issue was sent


def test_a_date_the_page_prints_wins_over_the_letters_and_a_saved_pages_date_header_is_no_date():
    res = run(letter(page(), None), "letter.eml")
    assert res.article[0]["published_at"] == "2026-03-14T10:20:00+09:00"
    undated = page().replace("<meta property='article:published_time' content='2026-03-14T10:20:00+09:00'>", "")
    saved = mhtml(undated).replace(b"Subject:", b"Date: Sun, 22 Mar 2026 21:04:11 +0900\nSubject:", 1)
    res = run(saved, "page.mhtml")
    assert res.article[0]["published_at"] is None  # when the page was saved says nothing of when it was published


def test_containers_without_an_article_are_quarantined_with_their_reason():
    only_image = MIMEMultipart("related")
    only_image["MIME-Version"] = "1.0"
    image = MIMEBase("image", "jpeg")
    image.set_payload(b"\xff\xd8\xff" + bytes(32))
    only_image.attach(image)
    res = run(only_image.as_bytes(), "photo.mht")
    assert res.quarantine[0]["reason"] == "no_article_part"
    not_mime = page().encode("utf-8")  # an HTML page merely named .eml has no MIME header
    res = run(not_mime, "misnamed.eml")
    assert res.quarantine[0]["reason"] == "no_article_part"
    assert not res.article


@pytest.mark.parametrize("head, expected", [
    (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://a.example/\r\nSubject: x\r\n\r\nbody", True),
    (b"MIME-Version: 1.0\nContent-Type: text/plain\n\nhello", True),
    (b"Return-Path: <a@b.example>\nReceived: from x\n\tby y\nSubject: hi\n\nbody", True),
    (b"<html><head><title>x</title></head></html>", False),
    (b"Title: a note\n\nbody text", False),  # a header-like line, but no field of a container
    (b"\xed\x95\x9c\xea\xb8\x80 \xeb\xb3\xb8\xeb\xac\xb8: \xea\xb0\x92\n\nbody", False),
])
def test_only_a_mime_header_block_makes_a_container(head, expected):
    assert looks_like_mime(head) is expected


def test_unpack_prefers_the_part_saved_at_the_snapshot_address():
    root = MIMEMultipart("related")
    root["Snapshot-Content-Location"] = "https://a.example/article"
    frame = MIMEText("<html><body><p>광고 프레임</p></body></html>", "html", "utf-8")
    frame["Content-Location"] = "https://ads.example/frame"
    main = MIMEText("<html><body><p>본문</p></body></html>", "html", "utf-8")
    main["Content-Location"] = "https://a.example/article"
    root.attach(frame)
    root.attach(main)
    part = unpack(root.as_bytes())
    assert b"\xeb\xb3\xb8\xeb\xac\xb8" in part.data and part.url == "https://a.example/article"
    with pytest.raises(NoArticlePart):
        unpack(b"just some bytes")


MARKDOWN = """---
title: "산솔시, 도심 하천 정비 사업 착수"
date: 2026-03-14T10:20:00+09:00
authors:
  - 하솔비
  - 마도윤
source_url: https://sansol.example.kr/news/8812
tags: [하천, 산솔시]
---

# 산솔시, 도심 하천 정비 사업 착수

**산솔시**가 도심을 가로지르는 [모래내천](https://sansol.example.kr/map) 정비 사업에 착수한다고 14일 밝혔다.

> 진세윤 산솔시 건설국장은 "장마 전에 둑 보강을 먼저 끝내겠다"고 말했다.

시는 올해 예산 120억원을 들여 둑을 보강하고 산책로 3.2㎞를 새로 놓는다. 공사는 연말까지 이어진다.

***
"""


def test_markdown_export_front_matter_is_its_metadata_and_its_markup_is_taken_off():
    data = MARKDOWN.encode("utf-8")
    res = run(data, "clips/2026/sansol-river.md")
    assert not res.quarantine, res.quarantine
    row = res.article[0]
    assert row["title"] == HEADLINE
    assert row["published_at"] == "2026-03-14T10:20:00+09:00"
    assert row["authors"] == ["하솔비", "마도윤"]
    assert row["url"] == "https://sansol.example.kr/news/8812"
    assert "**" not in row["body"] and "](" not in row["body"] and "#" not in row["body"]
    assert row["body"].startswith("산솔시가 도심을 가로지르는 모래내천 정비 사업")
    assert [q["speaker_name"] for q in res.quote] == ["진세윤"]


def test_front_matter_needs_its_closing_fence_and_plain_keeps_ordinary_text():
    fields, rest = front_matter(["---", "title: 제목", "본문이 이어진다"])
    assert fields == {} and rest[0] == "---"  # no closing fence: not front matter
    fields, rest = front_matter(["title: 제목", "", "본문"])
    assert fields == {}
    assert plain("## 소제목 ##") == "소제목"
    assert plain("주가는 3*4배가 아니라 2~3배 올랐다") == "주가는 3*4배가 아니라 2~3배 올랐다"
    assert plain("- - -") == ""
    assert plain("- 첫째, 둑을 보강한다") == "- 첫째, 둑을 보강한다"


def test_a_front_matter_date_the_build_cannot_read_leaves_the_texts_own_date():
    data = MARKDOWN.replace("date: 2026-03-14T10:20:00+09:00", "date: last spring").replace(
        "# 산솔시, 도심 하천 정비 사업 착수\n", "# 산솔시, 도심 하천 정비 사업 착수\n\n입력 2026.03.14 10:20\n").encode("utf-8")
    row = run(data, "river.md").article[0]
    assert row["published_at"].startswith("2026-03-14T10:20")


# -- Safari's saved page (.webarchive): a binary property list around the page's bytes --

def _webarchive(page: bytes, encoding: str = "EUC-KR", url: str = "https://moa.example/news/1") -> bytes:
    import plistlib
    return plistlib.dumps({"WebMainResource": {"WebResourceData": page, "WebResourceMIMEType": "text/html",
                                               "WebResourceTextEncodingName": encoding, "WebResourceURL": url,
                                               "WebResourceFrameName": ""},
                           "WebSubresources": [{"WebResourceData": b"\x89PNG...", "WebResourceMIMEType": "image/png",
                                                "WebResourceURL": "https://moa.example/logo.png"}]},
                          fmt=plistlib.FMT_BINARY)


def test_a_safari_web_archive_is_read_as_the_page_it_saved(tmp_path):
    from builder.document import process
    from builder.inputs import Source, discover
    headline = "모아시 구도심 골목길 가로등 400개 교체…밤길 순찰도 늘린다"
    paras = ["시는 다음 달부터 구도심 골목길 가로등 400개를 발광다이오드 등으로 바꾸고 밤길 안전 순찰을 늘리기로 했다고 "
             "밝혔다. 시 관계자는 주민 요청이 많았던 구간부터 공사를 시작한다고 설명했다.",
             "교체 비용은 모두 12억원으로 시비와 도비로 나눠 낸다. 시는 공사를 가을 안에 마치고 주민 의견을 들어 순찰 "
             "시간대를 정할 계획이라고 덧붙였다."]
    page = (f"<html><head><title>{headline} - 모아일보</title></head><body><h1>{headline}</h1>"
            f"<p>나래온 기자 | 입력 2026.11.03 09:30</p>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>")
    (tmp_path / "saved.webarchive").write_bytes(_webarchive(page.encode("cp949")))
    (tmp_path / "broken.webarchive").write_bytes(b"bplist00 not really")
    results = [process(s) for s in discover(tmp_path) if isinstance(s, Source)]
    rows = [a for r in results for a in r.article]
    assert len(rows) == 1 and rows[0]["title"] == headline and rows[0]["authors"] == ["나래온"]
    assert rows[0]["url"] == "https://moa.example/news/1" and rows[0]["published_at"].startswith("2026-11-03T09:30")
    assert [q["reason"] for r in results for q in r.quarantine] == ["no_article_part"]


def test_a_browsers_network_log_is_read_as_its_html_document(tmp_path):
    import base64
    import json

    from builder.document import process
    from builder.inputs import Source, discover
    headline = "모아시 구도심 골목길 가로등 400개 교체…밤길 순찰도 늘린다"
    para = ("시는 다음 달부터 구도심 골목길 가로등 400개를 발광다이오드 등으로 바꾸고 밤길 안전 순찰을 늘리기로 했다고 "
            "밝혔다. 시 관계자는 주민 요청이 많았던 구간부터 공사를 시작한다고 설명했다. 교체 비용은 모두 12억원으로 "
            "시비와 도비로 나눠 낸다.")
    page = f"<html><head><title>{headline} - 모아일보</title></head><body><h1>{headline}</h1><p>나래온 기자 | 입력 2026.11.03 09:30</p><p>{para}</p></body></html>"
    def entry(url, mime, text, encoding=None):
        content = {"mimeType": mime, "text": text, **({"encoding": encoding} if encoding else {})}
        return {"request": {"url": url}, "response": {"status": 200, "content": content}}
    for name, doc_entry in (("plain.har", entry("https://moa.example/n/1", "text/html; charset=utf-8", page)),
                            ("b64.har", entry("https://moa.example/n/1", "text/html; charset=euc-kr",
                                              base64.b64encode(page.encode("cp949")).decode(), "base64"))):
        folder = tmp_path / name.split(".")[0]
        folder.mkdir()
        har = {"log": {"version": "1.2", "entries": [entry("https://moa.example/app.js", "application/javascript", "var a=1;"),
                                                      doc_entry]}}
        (folder / name).write_text(json.dumps(har, ensure_ascii=False), encoding="utf-8")
        rows = [a for s in discover(folder) if isinstance(s, Source) for a in process(s).article]
        assert rows[0]["title"] == headline and rows[0]["authors"] == ["나래온"] and rows[0]["url"] == "https://moa.example/n/1"


# -- a saved page zipped or tarred: the page nearest the archive's root is the article --------------------------

OWN_HEADLINE = "너울시, 갈마천 둑 보강 공사 연말까지 마친다"
OWN_PARAGRAPHS = [
    "너울시가 도심을 흐르는 갈마천 둑 보강 공사를 연말까지 마치겠다고 3일 밝혔다. 시는 올해 예산 80억원을 들여 무너진 둑 두 곳을 먼저 고친다.",
    "시는 지난여름 집중호우 때 물이 넘친 하류 구간에 배수문 세 곳을 더 만들고, 둑 위 산책로도 새로 포장한다. 공사 기간에는 산책로 일부가 막힌다.",
    "탁세온 너울시 안전건설국장은 \"장마가 오기 전에 둑 보강을 반드시 끝내겠다\"고 말했다. 시는 공사 구간 주민에게 우회로를 안내할 계획이다.",
    "시는 공사가 끝나면 둑 아래 빈터에 주민 쉼터와 자전거 보관소를 만들고, 하천 수위를 알리는 전광판도 세 곳에 새로 단다.",
]


def own_page() -> str:
    body = "".join(f"<p>{p}</p>" for p in OWN_PARAGRAPHS)
    return (f"<html lang='ko'><head><meta charset='utf-8'><title>{OWN_HEADLINE} - 별솔일보</title>"
            f"<meta property='og:title' content='{OWN_HEADLINE}'><meta name='author' content='봉수원'></head>"
            f"<body><nav>홈 정치 사회</nav><article><h1>{OWN_HEADLINE}</h1>{body}"
            "<p>봉수원 기자 suwon@byeolsol.example.kr</p></article><footer>ⓒ 별솔일보</footer></body></html>")


def _zip(files: dict[str, bytes]) -> bytes:
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def _tar(files: dict[str, bytes], mode: str = "w:gz") -> bytes:
    import io
    import tarfile
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


WIDGET = "<html><body><p>오늘의 날씨 맑음</p></body></html>".encode()
SAVED = {"기사_files/logo.png": b"\x89PNG\r\n\x1a\n" + bytes(40), "기사_files/widget.html": WIDGET,
         "기사.html": own_page().encode("utf-8")}


@pytest.mark.parametrize("name, pack", [
    ("save.zip", lambda: _zip(SAVED)),
    ("save.zip", lambda: _zip({"outer/" + k: v for k, v in SAVED.items()})),  # the save inside a folder
    ("save.tar", lambda: _tar(SAVED, "w")),
    ("save.tgz", lambda: _tar(SAVED, "w:gz")),
    ("save.tar.bz2", lambda: _tar(SAVED, "w:bz2")),
    ("save.zip", lambda: _zip({"index.html": own_page().encode("utf-8"), "banner.html": WIDGET * 40})),
])
def test_a_zipped_or_tarred_saved_page_is_read_as_its_page(name, pack):
    data = pack()
    if name.endswith(".tgz"):  # the build gunzips before reading, as for any gzipped file
        import gzip
        data = gzip.decompress(data)
    res = run(data, name)
    assert not res.quarantine, res.quarantine
    assert res.article[0]["title"] == OWN_HEADLINE and res.article[0]["authors"] == ["봉수원"]


def test_a_zipped_text_dump_is_read_as_a_dump():
    text = "\n".join([OWN_HEADLINE, "", *OWN_PARAGRAPHS * 2, "", "봉수원 기자"]).encode("utf-8")
    res = run(_zip({"copy/note.txt": text, "copy/photo.jpg": b"\xff\xd8\xff" + bytes(30)}), "copy.zip")
    assert not res.quarantine and res.article[0]["body"].startswith(OWN_PARAGRAPHS[0][:10])


@pytest.mark.parametrize("data, says", [
    (_zip({"a.png": b"\x89PNG" + bytes(20), "b.css": b"p{}"}), "no HTML page or text file"),
    (b"PK\x03\x04 not really a zip" + bytes(40), "not a readable zip or tar archive"),
])
def test_an_archive_with_no_page_is_quarantined_with_what_it_holds(data, says):
    q = run(data, "x.zip").quarantine
    assert [r["reason"] for r in q] == ["no_article_part"] and says in q[0]["detail"]


# -- a body shipped as a template script's markup, shown by the page's script ----------------------------------

@pytest.mark.parametrize("kind", ["text/template", "text/x-template", "text/html", "text/x-handlebars-template",
                                  "text/ng-template"])
def test_a_lazy_body_in_a_template_script_is_read(kind):
    body = "".join(f"<p>{p}</p>" for p in OWN_PARAGRAPHS)
    html = (f"<html lang='ko'><head><meta charset='utf-8'><title>{OWN_HEADLINE} | 별솔일보</title></head><body>"
            f"<h1>{OWN_HEADLINE}</h1><div id='body'><div>기사를 불러오는 중입니다</div></div>"
            f"<script type='{kind}' id='body-tpl'>{body}<p>봉수원 기자 suwon@byeolsol.example.kr</p></script>"
            "<script>document.getElementById('body').innerHTML=document.getElementById('body-tpl').innerHTML;</script>"
            "</body></html>").encode()
    res = run(html, "lazy.html")
    assert not res.quarantine, res.quarantine
    assert OWN_PARAGRAPHS[2][:12] in res.article[0]["body"] and res.article[0]["authors"] == ["봉수원"]


def test_a_small_template_beside_a_visible_article_stays_a_script():
    card = "<p>" + "댓글 {{author}} 님이 남긴 글입니다. 내용은 {{text}} 입니다. " * 6 + "</p>"
    html = own_page().replace("</body>", f"<script type='text/template'>{card}</script></body>").encode()
    res = run(html, "card.html")
    assert "{{author}}" not in res.article[0]["body"]


# -- a mailbox (.mbox) of letters, and an archive of several pages: one input each, nothing lost --------------------

def _units(tmp_path, name: str, data: bytes):
    """Every unit the build makes of one file, and what became of each (discover, then process)."""
    from builder.document import process
    from builder.inputs import discover

    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    (raw / name).write_bytes(data)
    found = []
    for item in discover(raw):
        if isinstance(item, Source):
            found.append((item.path, item.record, process(item)))
        else:
            found.append((item[0], item[1], item[2]))
    return found


def mbox(*letters: bytes, separator: bytes = b"From letter@sansol.example.kr Sat Mar 14 07:00:05 2026\n") -> bytes:
    return b"".join(separator + one.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ") + b"\n"
                    for one in letters)


@pytest.mark.parametrize("name", ["inbox.mbox", "Inbox.MBOX", "letters.mbx"])
def test_a_mailbox_of_one_letter_is_read_as_that_letter(tmp_path, name):
    units = _units(tmp_path, name, mbox(letter(page(), None)))
    assert [(p, n) for p, n, _ in units] == [(name, 1)]
    res = units[0][2]
    assert not res.quarantine, res.quarantine
    assert res.article[0]["title"] == HEADLINE and "하솔비" in res.article[0]["authors"]


def test_each_letter_of_a_mailbox_is_one_input_and_a_letter_with_no_article_is_quarantined(tmp_path):
    notice = EmailMessage()
    notice["From"] = "산솔일보 <letter@sansol.example.kr>"
    notice["Subject"] = "구독 확인"
    notice.set_content("구독해 주셔서 감사합니다.")
    units = _units(tmp_path, "letters.mbox", mbox(letter(page(), None), bytes(notice),
                                                   letter(None, "\n\n".join([HEADLINE, *PARAGRAPHS]))))
    assert [n for _, n, _ in units] == [1, 2, 3]
    assert units[0][2].article and units[2][2].article
    assert not units[1][2].article and units[1][2].quarantine[0]["reason"] in ("too_short", "no_text")


def test_a_body_line_quoted_as_from_in_a_mailbox_is_unquoted():
    from builder.extract.mime import mbox_letters

    body = b"Subject: x\nFrom: a@b.example\n\nline one\n>From the desk\n"
    assert mbox_letters(b"From a@b Sat Mar 14 07:00:05 2026\n" + body)[0].endswith(b"\nFrom the desk\n")


def test_a_file_named_mbox_that_is_no_mailbox_is_one_quarantined_input(tmp_path):
    units = _units(tmp_path, "notes.mbox", "그냥 메모입니다".encode())
    assert [(p, n, r.reason) for p, n, r in units] == [("notes.mbox", 0, "no_article_part")]


def _other_page(headline: str) -> bytes:
    return own_page().replace(OWN_HEADLINE, headline).encode("utf-8")


@pytest.mark.parametrize("pack, name", [
    (_zip, "pages.zip"), (lambda f: _tar(f, "w"), "pages.tar"), (lambda f: _tar(f, "w:bz2"), "pages.tar.bz2")])
def test_an_archive_of_several_pages_makes_one_input_per_page_named_by_its_member(tmp_path, pack, name):
    files = {"a.html": own_page().encode("utf-8"), "a_files/widget.html": WIDGET, "a_files/logo.png": b"\x89PNG",
             "week/b.html": _other_page("갈마천 산책로 다시 연다"), "week/c.txt": "\n".join(
                 ["모래내 장터 이번 주말 연다", "", *OWN_PARAGRAPHS * 2, "", "봉수원 기자"]).encode("utf-8"),
             "menu.html": WIDGET}
    units = _units(tmp_path, name, pack(files))
    assert sorted(p for p, _, _ in units) == sorted(
        f"{name}!/{m}" for m in ("a.html", "week/b.html", "week/c.txt", "menu.html"))  # no `_files` furniture
    by_member = {p.split("!/")[1]: r for p, _, r in units}
    assert by_member["a.html"].article[0]["title"] == OWN_HEADLINE
    assert by_member["week/b.html"].article[0]["title"] == "갈마천 산책로 다시 연다"
    assert by_member["week/c.txt"].article[0]["title"] == "모래내 장터 이번 주말 연다"
    assert by_member["menu.html"].quarantine and not by_member["menu.html"].article  # a true reason, not lost
    assert by_member["a.html"].article[0]["source_path"] == f"{name}!/a.html"


def test_an_archive_of_one_page_stays_one_input_under_its_own_name(tmp_path):
    units = _units(tmp_path, "save.zip", _zip(SAVED))
    assert [(p, n) for p, n, _ in units] == [("save.zip", 0)] and units[0][2].article


def test_a_page_of_an_archive_names_the_archive_as_its_real_file(tmp_path):
    from builder.inputs import container_path, real_path

    assert container_path("week/pages.zip!/a/b.html") == "week/pages.zip"
    assert container_path("odd!/name.html") == "odd!/name.html"  # no archive before the mark: a folder's own name
    assert real_path("pages.tar.gz!/b.html", tmp_path) == tmp_path / "pages.tar.gz"


# -- a single page or dump compressed with xz, lzma or bzip2: read as the file it holds --------------------------

def _compress(kind: str, data: bytes) -> bytes:
    import bz2
    import lzma
    return {"xz": lzma.compress, "lzma": lambda d: lzma.compress(d, format=lzma.FORMAT_ALONE),
            "bz2": bz2.compress}[kind](data)


@pytest.mark.parametrize("name, kind", [("page.html.xz", "xz"), ("page.HTML.XZ", "xz"), ("page.htm.bz2", "bz2"),
                                        ("page.html.lzma", "lzma")])
def test_a_compressed_page_is_read_as_the_page(tmp_path, name, kind):
    units = _units(tmp_path, name, _compress(kind, own_page().encode("utf-8")))
    assert [(p, n) for p, n, _ in units] == [(name, 0)]
    assert units[0][2].article[0]["title"] == OWN_HEADLINE


def test_a_compressed_dump_is_read_as_a_dump(tmp_path):
    text = "\n".join([OWN_HEADLINE, "", *OWN_PARAGRAPHS * 2, "", "봉수원 기자"]).encode("utf-8")
    units = _units(tmp_path, "copy.txt.xz", _compress("xz", text))
    assert units[0][2].article[0]["body"].startswith(OWN_PARAGRAPHS[0][:10])


def test_a_truncated_compressed_page_is_quarantined_as_such(tmp_path):
    data = _compress("xz", own_page().encode("utf-8"))
    units = _units(tmp_path, "page.html.xz", data[: len(data) // 2])
    assert [r["reason"] for r in units[0][2].quarantine] == ["corrupt_compressed_file"]


def test_a_tarball_compressed_with_xz_is_still_an_archive(tmp_path):
    units = _units(tmp_path, "save.tar.xz", _tar(SAVED, "w:xz"))
    assert [(p, n) for p, n, _ in units] == [("save.tar.xz", 0)] and units[0][2].article


@pytest.mark.parametrize("name", ["12345.emlx", "letter.EMLX"])
def test_an_apple_mail_letter_is_read_as_its_eml(tmp_path, name):
    one = letter(page(), None)
    flags = b'<?xml version="1.0"?><plist version="1.0"><dict><key>flags</key><integer>8590195713</integer></dict></plist>'
    units = _units(tmp_path, name, str(len(one)).encode() + b"\n" + one + flags)
    assert [(p, n) for p, n, _ in units] == [(name, 0)]
    assert units[0][2].article[0]["title"] == HEADLINE


def test_a_letter_opening_with_a_number_that_is_no_length_is_read_as_it_is():
    from builder.extract.mime import without_emlx_frame
    assert without_emlx_frame(b"2025\nnot a letter") == b"2025\nnot a letter"


# -- an `.eml` that is an mbox excerpt: the separator line (Thunderbird's "Save As", a letter cut from a mailbox) --

@pytest.mark.parametrize("separator", [
    b"From - Sat Mar 14 07:00:05 2026\n",                                   # Thunderbird's "Save As"
    b"From letter@sansol.example.kr Sat Mar 14 07:00:05 2026\n",           # a letter cut from an mbox
    b"From MAILER-DAEMON Sat Mar 14 07:00:05 2026\r\n",                     # a bounce kept by mutt, CRLF
    b"\nFrom - Sat Mar 14 07:00:05 2026\n",                                 # a blank line before it
])
@pytest.mark.parametrize("name", ["letter.eml", "letter.emlx"])
def test_an_eml_opening_with_an_mbox_separator_line_is_read_as_its_letter(tmp_path, separator, name):
    one = letter(page(), None).replace(b"\r\n", b"\n")
    data = separator + b"X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n" + one
    units = _units(tmp_path, name, data)
    assert [(p, n) for p, n, _ in units] == [(name, 0)]
    res = units[0][2]
    assert not res.quarantine, res.quarantine
    assert res.article[0]["title"] == HEADLINE and "하솔비" in res.article[0]["authors"]


def test_an_eml_mbox_excerpt_unquotes_from_lines_and_keeps_only_its_first_letter():
    from builder.extract.mime import without_mbox_separator
    body = b"From: a@b\nSubject: x\n\n>From the desk\nline\n"
    assert without_mbox_separator(b"From - Sat Mar 14 07:00:05 2026\n" + body) == body.replace(b">From", b"From")
    two = b"From a@b Sat Mar 14 07:00:05 2026\n" + body + b"\nFrom c@d Sun Mar 15 07:00:05 2026\nFrom: c@d\n\nz\n"
    assert without_mbox_separator(two).startswith(b"From: a@b") and b"c@d" not in without_mbox_separator(two)


@pytest.mark.parametrize("data", [
    b"From: a@b\nSubject: x\n\nFrom here on\n",      # a header `From:`, no separator: the letter as it is
    b"From the desk of the editor\nno headers follow\n",  # prose opening with `From `: no letter under it
])
def test_bytes_that_are_no_mbox_excerpt_are_left_as_they_are(data):
    from builder.extract.mime import without_mbox_separator
    assert without_mbox_separator(data) == data
