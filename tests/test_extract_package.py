"""A word processor's document in its zipped XML format (`.docx`, `.odt`, `.hwpx`): a filed copy read as a text dump.
Every document here is built for the test; outlets and people are invented."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import pytest

from builder.document import process
from builder.extract.package import NotPackage, read_package
from builder.inputs import Source, discover

HEADLINE = "솔가온시, 시내버스 노선 12개 개편…다음 달 2일 시행"
BYLINE = "솔가온일보 사회부 채하람 기자 haram.chae@solgaon.example"
DATELINE = "입력 2026.03.04 10:15"
PARAS = ["솔가온시가 시내버스 노선 12개를 개편해 다음 달 2일부터 시행한다고 4일 밝혔다. 출퇴근 시간대 배차 간격은 "
         "평균 12분에서 8분으로 줄고, 신도시를 지나는 노선 3개가 새로 생긴다.",
         "시는 지난해 시민 설문에서 가장 많이 나온 요구가 배차 간격이었다고 설명했다. 노선이 바뀌는 정류장 140곳에는 "
         "이달 말까지 새 안내판을 단다."]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _zip(parts: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))
    return buf.getvalue()


def _docx(title_style: str = "Title", core_creator: str = "PC-USER") -> bytes:
    def p(text: str, style: str | None = None) -> str:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        half = len(text) // 2  # a paragraph's text split over two runs, as Word writes it
        return (f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text[:half])}</w:t></w:r>'
                f'<w:r><w:rPr><w:b/></w:rPr><w:t>{escape(text[half:])}</w:t></w:r></w:p>')
    body = p(HEADLINE, title_style) + p(DATELINE) + p(BYLINE) + "".join(p(t) for t in PARAS) \
        + f'<w:tbl><w:tr><w:tc>{p("사진 설명: 새 노선도")}</w:tc></w:tr></w:tbl>'
    return _zip({"[Content_Types].xml": "<Types/>",
                 "word/document.xml": f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>',
                 "docProps/core.xml": f"<cp:coreProperties xmlns:cp='c' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                                      f"<dc:creator>{core_creator}</dc:creator></cp:coreProperties>"})


def _odt() -> bytes:
    t = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    paras = "".join(f"<text:p>{escape(x)}</text:p>" for x in [DATELINE, BYLINE, *PARAS])
    return _zip({"mimetype": "application/vnd.oasis.opendocument.text",
                 "content.xml": f'<office:document-content xmlns:office="o" xmlns:text="{t}"><office:body><office:text>'
                                f'<text:h text:outline-level="1">{escape(HEADLINE[:10])}<text:s/>{escape(HEADLINE[11:])}'
                                f'</text:h>{paras}</office:text></office:body></office:document-content>'})


def _hwpx() -> bytes:
    hp = "http://www.hancom.co.kr/hwpml/2011/paragraph"
    def p(text: str) -> str:
        return f'<hp:p><hp:run><hp:t>{escape(text)}</hp:t></hp:run></hp:p>'
    table = f'<hp:p><hp:run><hp:tbl><hp:tr><hp:tc><hp:subList>{p("사진 설명: 새 노선도")}</hp:subList></hp:tc></hp:tr></hp:tbl></hp:run></hp:p>'
    section = f'<hs:sec xmlns:hs="s" xmlns:hp="{hp}">{p(HEADLINE)}{p(DATELINE)}{p(BYLINE)}{"".join(p(x) for x in PARAS)}{table}</hs:sec>'
    return _zip({"mimetype": "application/hwp+zip", "Contents/section0.xml": section,
                 "Contents/header.xml": "<hh:head xmlns:hh='h'/>"})


@pytest.mark.parametrize("name, data", [("filed_0304.docx", _docx()), ("filed_0304.odt", _odt()),
                                        ("filed_0304.hwpx", _hwpx())])
def test_a_filed_copy_in_a_word_processors_format_is_an_article(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    results = [process(s) for s in discover(tmp_path) if isinstance(s, Source)]
    assert not [q for r in results for q in r.quarantine]
    row = results[0].article[0]
    assert row["title"] == HEADLINE and row["authors"] == ["채하람"] and row["author_emails"] == ["haram.chae@solgaon.example"]
    assert row["published_at"] == "2026-03-04T10:15:00+09:00"
    assert row["body"].startswith(PARAS[0][:20]) and PARAS[1] in row["body"]
    assert "PC-USER" not in row["body"] and "PC-USER" not in row["authors"]  # the file's creator is no writer


def test_the_heading_style_is_the_headline_and_runs_join_into_one_paragraph():
    doc = read_package(_docx())
    assert doc.heading == HEADLINE and PARAS[0] in doc.text.split("\n\n")
    assert read_package(_docx(title_style="Normal")).heading is None
    assert read_package(_odt()).heading == HEADLINE


def test_a_table_inside_a_paragraph_is_read_as_paragraphs_of_its_own():
    lines = read_package(_hwpx()).text.split("\n\n")
    assert lines[-1] == "사진 설명: 새 노선도" and lines[0] == HEADLINE


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", _zip({"images/a.png": "x", "readme.txt": "hi"})])
def test_a_zip_that_is_no_document_is_quarantined_with_its_reason(tmp_path, data):
    with pytest.raises(NotPackage):
        read_package(data)
    (tmp_path / "broken.docx").write_bytes(data)
    results = [process(s) for s in discover(tmp_path) if isinstance(s, Source)]
    assert [q["reason"] for r in results for q in r.quarantine] == ["not_a_document"]


def _epub(chapters: dict[str, str], publisher: str = "솔가온일보") -> bytes:
    manifest = '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>' + "".join(
        f'<item id="c{i}" href="{n}" media-type="application/xhtml+xml"/>' for i, n in enumerate(chapters))
    spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
    opf = (f'<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f'<dc:title>{publisher} 주간 모음 3월 첫째 주</dc:title><dc:creator>{publisher} 디지털팀</dc:creator>'
           f'<dc:publisher>{publisher}</dc:publisher><dc:date>2026-03-07</dc:date></metadata>'
           f'<manifest>{manifest}</manifest><spine>{spine}</spine></package>')
    parts = {"mimetype": "application/epub+zip",
             "META-INF/container.xml": '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                                       '<rootfile full-path="OEBPS/content.opf"/></rootfiles></container>',
             "OEBPS/content.opf": opf,
             "OEBPS/nav.xhtml": '<html xmlns="http://www.w3.org/1999/xhtml"><body><nav><h1>차례</h1></nav></body></html>'}
    parts.update({f"OEBPS/{n}": t for n, t in chapters.items()})
    return _zip(parts)


CHAPTER = ('<html xmlns="http://www.w3.org/1999/xhtml" lang="ko"><head><title>솔가온일보 주간 모음</title></head><body>'
           f'<h1>{HEADLINE}</h1><p class="byline">채하람 기자 | 2026년 3월 4일 보도</p>'
           + "".join(f"<p>{p}</p>" for p in PARAS) + "<p>이 책은 구독자에게 제공됩니다. 무단 복제와 배포를 금합니다.</p></body></html>")
COVER = '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>솔가온일보 주간 모음</p></body></html>'


def test_a_news_e_books_article_chapter_is_the_page(tmp_path):
    (tmp_path / "weekly.epub").write_bytes(_epub({"cover.xhtml": COVER, "text/ch01.xhtml": CHAPTER}))
    results = [process(s) for s in discover(tmp_path) if isinstance(s, Source)]
    row = results[0].article[0]
    assert row["title"] == HEADLINE and row["authors"] == ["채하람"] and row["outlet"] == "솔가온일보"
    assert row["published_at"].startswith("2026-03-04")  # the chapter's date, not the book's (03-07)
    assert "디지털팀" not in row["authors"] and "무단 복제" not in row["body"]


def test_an_e_book_with_no_article_chapter_is_quarantined(tmp_path):
    (tmp_path / "cover_only.epub").write_bytes(_epub({"cover.xhtml": COVER}))
    results = [process(s) for s in discover(tmp_path) if isinstance(s, Source)]
    assert [q["reason"] for r in results for q in r.quarantine] == ["not_a_document"]


# -- the same documents saved as one flat XML file --

def _word_2003(header: str | None = "[솔가온일보] 사회부 송고 원고", note: str = "※ 데스크 확인 후 출고") -> bytes:
    w = "http://schemas.microsoft.com/office/word/2003/wordml"
    def p(text: str, style: str | None = None) -> str:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{ppr}<w:r><w:t>{escape(text)}</w:t></w:r></w:p>"
    body = (p(header, "Header") if header else "") + p(HEADLINE, "Title") + p(DATELINE) \
        + p("채하람 기자 haram.chae@solgaon.example") + "".join(p(x) for x in PARAS) + p(note, "Comment")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            f'<w:wordDocument xmlns:w="{w}" xmlns:o="urn:schemas-microsoft-com:office:office"><o:DocumentProperties>'
            f'<o:Author>PC-USER</o:Author></o:DocumentProperties><w:body>{body}</w:body></w:wordDocument>').encode("utf-8")


def _flat_opc() -> bytes:
    paras = "".join(f"<w:p><w:r><w:t>{escape(x)}</w:t></w:r></w:p>" for x in [DATELINE, BYLINE, *PARAS])
    return ('<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?>'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            '<pkg:part pkg:name="/word/document.xml"><pkg:xmlData>'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>{escape(HEADLINE)}'
            f'</w:t></w:r></w:p>{paras}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>').encode("utf-8")


def _fodt() -> bytes:
    t = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    paras = "".join(f"<text:p>{escape(x)}</text:p>" for x in [DATELINE, BYLINE, *PARAS])
    return ('<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            f'xmlns:text="{t}" office:mimetype="application/vnd.oasis.opendocument.text"><office:meta><meta:initial-creator '
            'xmlns:meta="m">PC-USER</meta:initial-creator></office:meta><office:body><office:text>'
            f'<text:h text:outline-level="1">{escape(HEADLINE)}</text:h>{paras}</office:text></office:body></office:document>'
            ).encode("utf-8")


def _hml() -> bytes:
    paras = "".join(f"<P><TEXT><CHAR>{escape(x)}</CHAR></TEXT></P>" for x in [HEADLINE, DATELINE, BYLINE, *PARAS])
    return (f'<?xml version="1.0" encoding="UTF-8"?><HWPML Version="2.8" SubVersion="8.0.0.0"><HEAD/><BODY><SECTION>{paras}'
            '</SECTION></BODY><TAIL/></HWPML>').encode("utf-8")


@pytest.mark.parametrize("name, data, outlet", [
    ("manuscript_0304.xml", _word_2003(), "솔가온일보"),  # the running head names the press
    ("manuscript_0304.xml", _word_2003(None), None),  # nothing names it: the file's properties do not
    ("filed_0304.xml", _flat_opc(), "솔가온일보"), ("filed_0304.fodt", _fodt(), "솔가온일보"), ("filed_0304.hml", _hml(), "솔가온일보")])
def test_a_filed_copy_saved_as_one_xml_file_is_an_article(tmp_path, name, data, outlet):
    (tmp_path / name).write_bytes(data)
    results = [process(s) for s in discover(tmp_path) if isinstance(s, Source)]
    assert not [q for r in results for q in r.quarantine]
    row = results[0].article[0]
    assert row["title"] == HEADLINE and row["authors"] == ["채하람"] and row["author_emails"] == ["haram.chae@solgaon.example"]
    assert row["published_at"] == "2026-03-04T10:15:00+09:00" and row["outlet"] == outlet
    assert PARAS[0] in row["body"] and PARAS[1] in row["body"]
    assert not any(w in row["body"] for w in ("PC-USER", "송고 원고", "데스크 확인", "w:t", "<"))


def test_word_2003_styles_keep_the_headline_and_drop_a_reviewers_note():
    doc = read_package(_word_2003())
    assert doc.heading == HEADLINE and "데스크 확인" not in doc.text and "PC-USER" not in doc.text


@pytest.mark.parametrize("xml", [
    b'<?xml version="1.0"?><articles><article><title>x</title><body>y</body></article></articles>',  # an export of records
    b'<?xml version="1.0"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
    b'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf"/>',  # an e-book's package document
])
def test_xml_that_is_no_flat_document_is_not_read_as_one(tmp_path, xml):
    from builder.extract.package import looks_like_flat_document
    assert not looks_like_flat_document(xml)


def test_a_flat_document_with_no_body_is_quarantined_with_its_reason(tmp_path):
    (tmp_path / "empty.xml").write_bytes(b'<?xml version="1.0"?><w:wordDocument '
                                         b'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>')
    results = [process(s) for s in discover(tmp_path) if isinstance(s, Source)]
    assert [q["reason"] for r in results for q in r.quarantine] == ["not_a_document"]
