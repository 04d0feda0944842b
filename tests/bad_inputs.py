"""A generator for a corpus of bad inputs: every way a crawl dump can go wrong on disk."""

from __future__ import annotations

import gzip
import io
import os
import shutil
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from builder.inputs import MAX_DECOMPRESSED_BYTES

ARTICLE_KO = ("<html><head><meta charset='{charset}'><title>주민센터 새 단장</title></head><body><article>"
              "<p>서울 마포구 주민센터가 석 달간의 공사를 마치고 새로 문을 열었다. 주민들은 넓어진 열람실과 카페를 반겼다.</p>"
              "<p>김서윤 마포구청장은 \"주민이 머물고 싶은 공간을 만들겠다\"고 말했다. 구는 다른 주민센터도 차례로 고칠 계획이다.</p>"
              "</article></body></html>")
ARTICLE_EN = ("<html><body><article><p>The harbour ferry will run every twenty minutes from Monday, the port authority "
              "said on Friday, after a month of complaints about crowded boats and long queues at the pier.</p>"
              "<p>\"We heard the riders loud and clear,\" said Dana Hill, the authority's operations director.</p>"
              "</article></body></html>")


def warc_bytes(records) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for url, ctype, body in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


# File names a Linux file system allows that are not UTF-8 text, or not readable as it: every
# one must come out in article or quarantine under a source_path that leads back to the file.
ODD_NAMES = {
    "good_page": b"bad_name_\xff\xfe.html",  # a good page whose name has bytes that are not UTF-8
    "junk": b"junk_\xc0\xaf.html",  # a binary file under such a name
    "lookalike": b"bad_name_\\xff\\xfe.html",  # ASCII backslashes spelling what the first one shows as
    "control": b"line\nbreak\t.html",  # a newline and a tab
    "folder_page": b"folder_\xe9\xe8/page.html",  # a folder named in Latin-1
    "folder_warc": b"folder_\xe9\xe8/crawl.warc.gz",  # a WARC inside that folder
}


def make_bad_corpus(root: Path) -> dict[str, str | None]:
    """Write the corpus under root; return {relative path: expected quarantine reason, or None for an article}.

    A relative path is str as os.fsdecode gives it (undecodable bytes kept as surrogates).
    Symlink and WARC entries that stand for several inputs are listed by what the build reports.
    """
    root.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
        expect[name] = reason

    good = ARTICLE_KO.format(charset="utf-8").encode("utf-8")
    put("good.html", good, None)
    put("good_copy.html", good, "duplicate")
    put("empty.html", b"", "empty_file")
    put("whitespace.html", b"  \n\t \n", "empty_file")
    put("binary.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary")
    put("image.jpg", b"\xff\xd8\xff\xe0" + bytes(200), "unsupported_type")
    put("truncated.html", ARTICLE_EN.encode()[: len(ARTICLE_EN) * 2 // 3], None)
    put("no_body_text.html", b"<html><head><title>x</title></head><body><div></div><script>var a=1;</script></body></html>",
        "no_text")
    links = "".join(f"<li><a href='/n/{i}'>Headline number {i} about the city budget</a></li>" for i in range(40))
    put("index_page.html", f"<html><body><ul>{links}</ul></body></html>".encode(), "not_article")
    put("says_utf8_is_cp949.html", ARTICLE_KO.format(charset="utf-8").encode("cp949"), None)
    put("says_euckr_is_utf8.html", ARTICLE_KO.format(charset="euc-kr").encode("utf-8"), None)
    put("nul_bytes.html", ARTICLE_EN.replace("twenty", "twen\x00ty").encode(), None)
    with open(root / "huge.html", "wb") as fh:  # 200 MB, sparse: refused by size before it is read
        fh.truncate(200 * 1024 * 1024)
    expect["huge.html"] = "too_large"
    put("deeply_nested.html", b"<html><body>" + b"<div>" * 100_000 + b"<p>deep</p>" + b"</div>" * 100_000 + b"</body></html>",
        "no_text")
    put("bomb.html.gz", gzip.compress(b"<html>" + b"\0" * (MAX_DECOMPRESSED_BYTES + 1024), compresslevel=1),
        "decompressed_too_large")
    put("corrupt.html.gz", gzip.compress(ARTICLE_EN.encode())[:-30], "corrupt_gzip")
    put("only_boilerplate.txt", "꼭 봐야할 주요뉴스\n마스크영역\n<ⓒ가상일보 무단전재 배포금지>\n".encode(), "no_text")
    odd = {key: os.fsdecode(name) for key, name in ODD_NAMES.items()}
    put(odd["good_page"], ARTICLE_EN.replace("Friday", "Thursday").encode(), None)
    put(odd["junk"], b"\x00\x01\x02\xff" * 300, "binary")
    put(odd["lookalike"], ARTICLE_EN.replace("Friday", "Wednesday").encode(), None)
    put(odd["control"], ARTICLE_EN.replace("Friday", "Tuesday").encode(), None)
    put(odd["folder_page"], ARTICLE_EN.replace("Friday", "Saturday").encode(), None)
    put(odd["folder_warc"], warc_bytes([("https://odd.example/1", "text/html; charset=utf-8",
                                         ARTICLE_EN.replace("Friday", "Sunday").encode())]), None)
    parts = [warc_bytes([(f"https://x.example/{i}", "text/html; charset=utf-8",
                          ARTICLE_EN.replace("Monday", f"Monday {i}").encode())]) for i in range(2)]
    (root / "archive").mkdir()
    (root / "archive" / "mixed.warc.gz").write_bytes(parts[0] + parts[1][:50] + b"\xde\xad" * 64 + parts[1])
    expect["archive/mixed.warc.gz"] = None  # two good records and one malformed one
    outside = root.parent / f"{root.name}_outside.html"
    outside.write_bytes(good)
    os.symlink(outside, root / "link_outside.html")
    expect["link_outside.html"] = "symlink_outside_raw"
    os.symlink(root / "loop_b", root / "loop_a")
    os.symlink(root / "loop_a", root / "loop_b")
    expect["loop_a"] = expect["loop_b"] = "broken_or_looping_symlink"
    return expect


def multiply(src: Path, dest: Path, copies: int) -> int:
    """Copies of src's files with distinct bytes (a trailing comment), for a corpus of any size."""
    n = 0
    for i in range(copies):
        for f in sorted(p for p in src.rglob("*") if p.is_file()):
            rel = f.relative_to(src)
            target = dest / f"c{i:04d}" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            data = f.read_bytes()
            if f.suffix in (".html", ".txt"):
                data += f"\n<!-- copy {i} -->\n".encode() if f.suffix == ".html" else f"\n(사본 {i})\n".encode()
                target.write_bytes(data)
            else:
                shutil.copy(f, target)
            n += 1
    return n
