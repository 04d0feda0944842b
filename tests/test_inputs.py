import gzip
import io
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from builder.inputs import (MAX_DECOMPRESSED_BYTES, ReadProblem, Source, discover, gunzip, kind_of, load, path_bytes,
                            path_text, real_path)


def test_kind_of_names():
    assert kind_of("a/b.HTML") == "html"
    assert kind_of("page.html.gz") == "html"
    assert kind_of("crawl.warc.gz") == "warc"
    assert kind_of("dump.txt") == "text"
    assert kind_of("photo.jpg") == "unknown"


def test_gunzip_refuses_a_bomb():
    bomb = gzip.compress(b"\0" * (MAX_DECOMPRESSED_BYTES + 10))
    with pytest.raises(ReadProblem) as e:
        gunzip(bomb)
    assert e.value.reason == "decompressed_too_large"


def test_truncated_gzip_is_a_problem():
    data = gzip.compress(b"<html>" + b"x" * 5000)
    with pytest.raises(ReadProblem) as e:
        gunzip(data[: len(data) // 2])
    assert e.value.reason == "corrupt_gzip"


def test_discover_sorts_and_sniffs_html_without_extension(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.html").write_text("<html><body>x</body></html>")
    (tmp_path / "a.htm").write_text("<html></html>")
    (tmp_path / "noext").write_text("<!DOCTYPE html><html><body>y</body></html>")
    (tmp_path / "notes.md").write_text("# a Markdown export")
    (tmp_path / "saved.mhtml").write_text("From: <Saved by Blink>\nMIME-Version: 1.0\n\n")
    (tmp_path / "slides.odp").write_text("not a page")  # text under any name is read as text (and is then too short)
    (tmp_path / "photo.odg").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    found = sorted((s.path, s.kind) for s in discover(tmp_path))
    assert found == [("a.htm", "html"), ("b/2.html", "html"), ("noext", "html"), ("notes.md", "text"),
                     ("photo.odg", "unknown"), ("saved.mhtml", "mime"), ("slides.odp", "text")]


def test_symlink_outside_raw_is_not_followed(tmp_path):
    outside = tmp_path / "outside.html"
    outside.write_text("<html><body>secret</body></html>")
    raw = tmp_path / "raw"
    raw.mkdir()
    os.symlink(outside, raw / "link.html")
    os.symlink(raw / "loop_a", raw / "loop_b")
    os.symlink(raw / "loop_b", raw / "loop_a")
    items = list(discover(raw))
    problems = {i[0]: i[2].reason for i in items if isinstance(i, tuple)}
    assert problems["link.html"] == "symlink_outside_raw"
    assert problems["loop_a"] == problems["loop_b"] == "broken_or_looping_symlink"
    assert not [i for i in items if isinstance(i, Source)]


def write_warc(path, records):
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, ctype, body in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))


def test_warc_html_records_become_sources_with_url_and_charset(tmp_path):
    page = "<html><body><p>청주시립도서관이 문을 연다</p></body></html>".encode("cp949")
    write_warc(tmp_path / "c.warc.gz", [("https://a.example/1", "text/html; charset=EUC-KR", page),
                                        ("https://a.example/logo.png", "image/png", b"\x89PNG....")])
    items = list(discover(tmp_path))
    src = [i for i in items if isinstance(i, Source)]
    probs = [i for i in items if isinstance(i, tuple)]
    assert len(src) == 1 and src[0].record == 1 and src[0].url == "https://a.example/1"
    assert src[0].http_charset == "euc-kr"
    assert load(src[0]) == page
    assert probs[0][1] == 2 and probs[0][2].reason == "not_html_record"


def test_malformed_record_in_the_middle_of_a_warc_loses_only_itself(tmp_path):
    pages = [f"<html><body><p>기사 {i} 본문입니다. 시민들이 모였다.</p></body></html>".encode() for i in range(3)]
    parts = []
    for i, page in enumerate(pages):
        write_warc(tmp_path / f"part{i}.warc.gz", [(f"https://a.example/{i}", "text/html; charset=utf-8", page)])
        parts.append((tmp_path / f"part{i}.warc.gz").read_bytes())
        (tmp_path / f"part{i}.warc.gz").unlink()
    broken = parts[1][:40] + b"\x00garbage\xff" * 20  # a gzip member cut short and overwritten
    (tmp_path / "crawl.warc.gz").write_bytes(parts[0] + broken + parts[2])
    items = list(discover(tmp_path))
    good = [i for i in items if isinstance(i, Source)]
    bad = [i for i in items if isinstance(i, tuple)]
    assert [s.url for s in good] == ["https://a.example/0", "https://a.example/2"]
    assert [load(s) for s in good] == [pages[0], pages[2]]
    assert len(bad) == 1 and bad[0][2].reason == "malformed_warc_record"


# -- file names that are not UTF-8 -----------------------------------------------------------------
NAME_BYTES = st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_"))


@given(NAME_BYTES)
def test_path_text_round_trips_any_file_name(name):
    text = path_text(os.fsdecode(name))
    assert path_bytes(text) == name
    assert path_text(name) == text
    assert all(ch.isprintable() or unicodedata.category(ch) == "Zs" for ch in text)  # nothing hidden
    text.encode("utf-8")  # storable in Parquet and JSON as it is


def test_path_text_shows_names_as_they_read():
    assert path_text("ko/서울 시정 소식.html") == "ko/서울 시정 소식.html"
    assert path_text(b"bad_\xff\xfe.html") == "bad_\\xff\\xfe.html"
    assert path_text(b"tab\there") == "tab\\x09here"
    assert path_text("rtl\u202egpj.html") == "rtl\\xe2\\x80\\xaegpj.html"  # a bidi override would disguise the name
    # a backslash is doubled, so the ASCII spelling of an escape stays a different name
    assert path_text(b"bad_\\xff.html") == "bad_\\\\xff.html" != path_text(b"bad_\xff.html")


def test_a_folder_that_is_not_utf8_with_a_page_and_a_warc(tmp_path):
    folder = os.fsdecode(os.fsencode(tmp_path) + b"/\xe9t\xe9")
    os.mkdir(folder)
    page = b"<html><body><p>The council met on Monday to approve the budget.</p></body></html>"
    Path(folder, "page.html").write_bytes(page)
    write_warc(Path(folder, "c.warc.gz"), [("https://a.example/1", "text/html; charset=utf-8", page + b" ")])
    sources = sorted(discover(tmp_path), key=lambda s: s.path)
    assert [(s.path, s.record) for s in sources] == [("\\xe9t\\xe9/c.warc.gz", 1), ("\\xe9t\\xe9/page.html", 0)]
    assert [load(s) for s in sources] == [page + b" ", page]
    assert real_path(sources[1].path, tmp_path).read_bytes() == page


def test_stat_index_keys_are_the_path_bytes(tmp_path):
    from builder.cache import StatIndex

    f = Path(os.fsdecode(os.fsencode(tmp_path) + b"/\xff\xfe.html"))
    f.write_bytes(b"<html></html>")
    source = Source("\\xff\\xfe.html", 0, "html", str(f))
    index = StatIndex(tmp_path)
    index.remember(source, "ab" * 32)
    index.commit()
    assert index.digest(source) == "ab" * 32
    assert index.db.execute("SELECT path FROM files").fetchall() == [(os.fsencode(f),)]
    index.close()


def test_a_page_saved_with_its_deflate_encoding_is_read_as_the_page(tmp_path):
    """A body sent with `Content-Encoding: deflate` and saved as it came is a zlib stream under an .html name."""
    import zlib

    from builder.inputs import load

    page = "<html><head><title>솔내시 도서관</title></head><body><p>솔내시가 다음 달 도서관을 연다.</p></body></html>"
    (tmp_path / "saved.html").write_bytes(zlib.compress(page.encode("utf-8")))
    (tmp_path / "x-note.txt").write_bytes(b"x^ is how this note starts, and it is no zlib stream at all.")
    sources = {s.path: s for s in discover(tmp_path)}
    assert load(sources["saved.html"]).decode("utf-8") == page
    assert load(sources["x-note.txt"]).startswith(b"x^ is how")
