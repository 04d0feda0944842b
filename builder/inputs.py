"""Read inputs: walk RAW, classify files, open gzip and WARC, and yield one unit of work each.

A unit of work (`Source`) is small and picklable: a plain file is read by the worker that
processes it; a WARC record carries its payload. Problems found while reading become
quarantine rows, never exceptions that stop the build.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# A mobile page of the WAP years is read as a page too: a WML deck (its <card>s hold the text in <p>, <b>, <br/>) and
# i-mode's Compact HTML; XHTML Mobile Profile pages are `.xhtml`.
WAP_SUFFIXES = (".wml", ".chtml")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php", ".jsp") + WAP_SUFFIXES
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
# A page or letter saved inside a MIME container: a browser's MHTML save, an e-mail.
MIME_SUFFIXES = (".mht", ".mhtml", ".eml", ".emlx")  # (.emlx: Apple Mail's letter, its length on the first line)
# A mailbox: letters one after another (a newsletter's issues), one unit of work per letter.
MBOX_SUFFIXES = (".mbox", ".mbx")
# Safari's saved page (a property list holding the page's bytes), a browser's network log (HTTP Archive JSON).
WEBARCHIVE_SUFFIXES = (".webarchive",)
HAR_SUFFIXES = (".har",)
WARC_SUFFIXES = (".warc", ".warc.gz")
# A saved page (or dump) zipped or tarred to be sent on: the page inside is read (`.tar.gz` is `.tar` once gunzipped).
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tgz", ".tbz2", ".txz", ".tar.bz2", ".tar.xz")
# A word processor's or a newsroom system's filed copy saved as Rich Text: read as a text dump.
RTF_SUFFIXES = (".rtf",)
# A news feed (RSS, Atom) or a note export (Evernote): one unit of work per item. A `.xml` file is a feed when its
# root says so (`sniff_kind`).
FEED_SUFFIXES = (".rss", ".atom", ".enex", ".nitf", ".newsml", ".opml")
# A data file of article records (JSON lines from a crawler, a CSV/TSV or spreadsheet export, a JSON file of one
# record or a list of them): one unit of work per record.
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".json", ".csv", ".tsv", ".xlsx")
# A word processor's document in its zipped XML format (Word, OpenDocument, Hancom's HWPX): read as a text dump.
# The same saved as one flat XML file (OpenDocument's `.fodt`, Hancom's HWPML `.hml`; Word's 2003 XML is told by its root).
PACKAGE_SUFFIXES = (".docx", ".odt", ".hwpx", ".fodt", ".hml")
# A news e-book (EPUB): its article's chapter is read as a page.
EPUB_SUFFIXES = (".epub",)
# Subtitles of a broadcast story (SubRip, WebVTT, SAMI): read as the text of what was said.
SUBTITLE_SUFFIXES = (".srt", ".vtt", ".smi", ".sami")
# Formats read by their own convention into an article's record (`builder.extract.lightmarkup`): a Gemini capsule's
# gemtext page, a FictionBook e-book a converter made of an article.
MARKUP_SUFFIXES = (".gmi", ".gemini", ".fb2")
# A single file compressed to be stored or sent (`page.html.xz`, `dump.txt.bz2`): read as the file it holds. A tarball
# compressed so (`.tar.xz`) is an archive, which opens its own compression.
COMPRESSED_SUFFIXES = (".gz", ".xz", ".lzma", ".bz2")
_XZ_MAGIC = b"\xfd7zXZ\x00"
# Caps that keep one file from taking the machine: raw bytes read, and bytes after gunzip.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One input: a file, or one response record of a WARC file."""

    path: str  # relative to RAW, '/' separated
    record: int = 0  # 0 for a plain file, n for the n-th response record of a WARC or the n-th item of a feed
    # html | text | markup | mime | feed | records | subtitles | rtf | package | epub | webarchive | har | archive | unknown
    kind: str = "html"
    abs_path: str | None = None  # the worker reads the file (or the WARC record at `offset`) itself
    data: bytes | None = None  # bytes given directly (tests, in-memory callers)
    url: str | None = None
    http_charset: str | None = None
    offset: int | None = None  # byte offset of the WARC record in abs_path
    member: str | None = None  # the page's name inside the archive at abs_path, when the archive holds several


@dataclass
class ReadProblem(Exception):
    """An input that cannot be read; becomes a quarantine row at stage 'read'."""

    reason: str
    detail: str = ""
    sha256: str = field(default="")

    def __str__(self) -> str:
        return self.detail or self.reason


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def kind_of(name: str) -> str:
    low = name.lower()
    if low.endswith(ARCHIVE_SUFFIXES):
        return "archive"
    for suffix in COMPRESSED_SUFFIXES:
        if low.endswith(suffix):
            low = low[:-len(suffix)]
            break
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(HTML_SUFFIXES):
        return "html"
    if low.endswith(TEXT_SUFFIXES):
        return "text"
    if low.endswith(MIME_SUFFIXES):
        return "mime"
    if low.endswith(MBOX_SUFFIXES):
        return "mbox"
    if low.endswith(WEBARCHIVE_SUFFIXES):
        return "webarchive"
    if low.endswith(HAR_SUFFIXES):
        return "har"
    if low.endswith(ARCHIVE_SUFFIXES):
        return "archive"
    if low.endswith(RTF_SUFFIXES):
        return "rtf"
    if low.endswith(PACKAGE_SUFFIXES):
        return "package"
    if low.endswith(EPUB_SUFFIXES):
        return "epub"
    if low.endswith(FEED_SUFFIXES):
        return "feed"
    if low.endswith(RECORD_SUFFIXES):
        return "records"
    if low.endswith(SUBTITLE_SUFFIXES):
        return "subtitles"
    if low.endswith(MARKUP_SUFFIXES):
        return "markup"
    return "unknown"


# -- file names as text --------------------------------------------------------------------------
# A Linux file name is any bytes but '/' and NUL; a table column, JSON and a terminal want text.
# `path_text` turns a name into text that shows as the name itself when it is printable UTF-8 and
# round-trips exactly (`path_bytes`, `real_path`): a byte that is not UTF-8, a character that does
# not show (control, format, line break, unassigned; spaces do show) and the backslash itself are
# written as `\xNN` (one per byte) / `\\`, as in a C string literal.
_ESCAPED = re.compile(r"\\(\\|x[0-9a-f]{2})")


def _escape_char(ch: str) -> str:
    o = ord(ch)
    if ch == "\\":
        return "\\\\"
    if 0xDC80 <= o <= 0xDCFF:  # an undecodable byte, as os.fsdecode's surrogateescape keeps it
        return f"\\x{o - 0xDC00:02x}"
    if not ch.isprintable() and unicodedata.category(ch) != "Zs":  # one escape per UTF-8 byte
        return "".join(f"\\x{b:02x}" for b in ch.encode("utf-8"))
    return ch


def path_text(path: str | bytes | os.PathLike) -> str:
    r"""A file name as text that is readable and lossless: valid UTF-8 shows as itself, anything
    else as `\xNN` escapes, a backslash as `\\`. `path_bytes` turns it back into the bytes."""
    name = os.fsencode(path).decode("utf-8", "surrogateescape")
    if name.isprintable() and "\\" not in name:
        return name
    return "".join(_escape_char(ch) for ch in name)


def path_bytes(text: str) -> bytes:
    """The exact bytes of a name written by `path_text`."""
    out = bytearray()
    pos = 0
    for m in _ESCAPED.finditer(text):
        out += text[pos:m.start()].encode("utf-8")
        esc = m.group(1)
        out += b"\\" if esc == "\\" else bytes([int(esc[1:], 16)])
        pos = m.end()
    out += text[pos:].encode("utf-8")
    return bytes(out)


def container_path(source_path: str) -> str:
    """The file a `source_path` is in: a page of an archive that holds several is named `archive!/member`."""
    head, sep, _member = source_path.partition("!/")
    return head if sep and head.lower().removesuffix(".gz").endswith(ARCHIVE_SUFFIXES) else source_path


def real_path(source_path: str, raw: str | os.PathLike | None = None) -> Path:
    """The file a `source_path` of the tables names (joined to RAW when given), ready to open; for a page of an
    archive (`archive!/member`), the archive."""
    rel = Path(os.fsdecode(path_bytes(container_path(source_path))))
    return Path(raw) / rel if raw is not None else rel


def printable(text: str) -> str:
    """Any text made safe for Parquet, JSON and a terminal: the undecodable bytes of a file name
    that slipped into a message (as lone surrogates) are shown as `\\xNN`."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def relative_name(path: Path, root: Path) -> str:
    """Path relative to RAW with '/' separators, as `path_text`: nothing is lost from a name."""
    rel = os.path.relpath(path, root)
    return path_text(rel.replace(os.sep, "/"))


def walk(root: Path) -> Iterator[tuple[Path, str] | tuple[None, ReadProblem, str]]:
    """Yield (path, relative name) for every regular file under root, in sorted order.

    Symlinks are followed only when they stay inside root; loops and links that leave root
    are reported as problems.
    """
    root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        base = Path(dirpath)
        for name in sorted(filenames + [d for d in dirnames if (base / d).is_symlink()]):
            p = base / name
            rel = relative_name(p, root)
            if name.startswith(".") and not p.is_symlink():
                continue
            if p.is_symlink():
                try:
                    target = p.resolve(strict=True)
                except (OSError, RuntimeError):
                    yield None, ReadProblem("broken_or_looping_symlink", f"symlink {rel} loops or points nowhere"), rel
                    continue
                if root not in target.parents and target != root:
                    yield None, ReadProblem("symlink_outside_raw", f"symlink {rel} points outside RAW; not followed"), rel
                    continue
                if target.is_dir():
                    yield None, ReadProblem("symlink_to_directory", f"symlink {rel} points to a folder; its files are read where they are"), rel
                    continue
            yield p, rel


def read_bytes(path: str | Path, limit: int = MAX_FILE_BYTES) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > limit:
            raise ReadProblem("too_large", f"{size} bytes, over the {limit} byte limit")
        with open(path, "rb") as fh:
            return fh.read(limit + 1)
    except PermissionError as e:
        raise ReadProblem("unreadable", f"permission denied: {e.strerror}") from None
    except OSError as e:
        raise ReadProblem("unreadable", f"{type(e).__name__}: {e.strerror or e}") from None


def gunzip(data: bytes, limit: int = MAX_DECOMPRESSED_BYTES) -> bytes:
    """Decompress with a cap, so a gzip bomb is refused instead of filling memory."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
        if len(out) > limit or d.unconsumed_tail:
            raise ReadProblem("decompressed_too_large", f"decompresses to over {limit} bytes")
        if not d.eof:
            raise ReadProblem("corrupt_gzip", "gzip stream is truncated")
    except zlib.error as e:
        raise ReadProblem("corrupt_gzip", f"gzip: {e}") from None
    return out


def load(source: Source) -> bytes:
    """The document bytes of a source (gunzipped where needed)."""
    if source.data is not None:
        return source.data
    if source.offset is not None:
        return read_warc_record(source.abs_path, source.offset)
    if source.kind == "feed" and source.record:
        documents = _feed_items(source.path, source.abs_path, *_stat_of(source.abs_path))
        if source.record > len(documents):  # the file changed since it was listed
            raise ReadProblem("not_a_feed", f"the feed has {len(documents)} items, not an item {source.record}")
        return documents[source.record - 1]
    if source.member is not None:
        pages = _archive_pages(source.path, source.abs_path, *_stat_of(source.abs_path))
        if source.member not in pages:  # the file changed since it was listed
            raise ReadProblem("no_article_part", f"the archive holds no page {path_text(source.member)} any more")
        if pages[source.member] is None:
            raise ReadProblem("too_large", f"the archive's page is over the {MAX_DECOMPRESSED_BYTES} byte limit")
        return pages[source.member]
    if source.kind == "mime" and source.record:
        letters = _mbox_letters(source.path, source.abs_path, *_stat_of(source.abs_path))
        if source.record > len(letters):  # the file changed since it was listed
            raise ReadProblem("no_article_part", f"the mailbox has {len(letters)} letters, not a letter {source.record}")
        return letters[source.record - 1]
    if source.kind == "records" and source.record:
        documents = _record_items(source.path, source.abs_path, *_stat_of(source.abs_path))
        if source.record > len(documents):  # the file changed since it was listed
            raise ReadProblem("not_a_record", f"the file has {len(documents)} records, not a record {source.record}")
        return documents[source.record - 1]
    return _file_bytes(source.path, source.abs_path)


def looks_zlib(data: bytes) -> bool:
    """A zlib stream's two-byte header (deflate, a window size, a check that makes it a multiple of 31): what a
    server's `Content-Encoding: deflate` body saved as it came looks like. No text starts so and decompresses."""
    return len(data) > 2 and data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and (data[0] << 8 | data[1]) % 31 == 0


def inflate(data: bytes, limit: int = MAX_DECOMPRESSED_BYTES) -> bytes | None:
    """The bytes a zlib stream holds, with the same cap as gunzip; None when the bytes are no complete stream."""
    d = zlib.decompressobj(zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error:
        return None
    if len(out) > limit or d.unconsumed_tail:
        raise ReadProblem("decompressed_too_large", f"decompresses to over {limit} bytes")
    return out if d.eof else None


def unpack_stream(data: bytes, kind: str, limit: int = MAX_DECOMPRESSED_BYTES) -> bytes:
    """Decompress an xz/lzma or bzip2 file with the same cap as gunzip (a bomb is refused, not read into memory)."""
    import bz2
    import lzma

    d = bz2.BZ2Decompressor() if kind == "bz2" else lzma.LZMADecompressor()
    try:
        out = d.decompress(data, limit + 1)
    except (OSError, EOFError, lzma.LZMAError) as e:
        raise ReadProblem("corrupt_compressed_file", f"{kind}: {e}") from None
    if len(out) > limit or not d.needs_input and not d.eof:
        raise ReadProblem("decompressed_too_large", f"decompresses to over {limit} bytes")
    if not d.eof:
        raise ReadProblem("corrupt_compressed_file", f"{kind} stream is truncated")
    return out


# A response saved with its transfer encoding (`curl --raw`, a proxy's or netcat's dump, a crawler that wrote the
# wire bytes): the body in chunks, each after its length in hex on a line of its own (`1f4\r\n<!DOCTYPE …`, then
# `3a0\r\n` between two paragraphs), a zero-length chunk last; perhaps the response's status line and headers above.
_CHUNK_SIZE_LINE = re.compile(rb"([0-9A-Fa-f]{1,8})[ \t]*(?:;[^\r\n]*)?\r?\n")
_HTTP_HEAD = re.compile(rb"HTTP/\d(?:\.\d)? \d{3}[^\r\n]*\r?\n(?:[!-9;-~]+:[^\r\n]*\r?\n)*\r?\n")
_CHUNKED_HEADER = re.compile(rb"^transfer-encoding:[^\r\n]*chunked", re.I | re.M)


def dechunked(data: bytes) -> bytes | None:
    """The body of a response saved in its chunked transfer encoding (and its status line and headers, if kept,
    dropped), or None when the bytes are not a whole chunked body: every length must be followed by exactly that
    many bytes and a line end, up to the zero-length chunk, so no text that merely starts with a hex word is cut."""
    head = _HTTP_HEAD.match(data)
    pos = head.end() if head else 0
    if head and not _CHUNKED_HEADER.search(head.group(0)):
        return None
    parts: list[bytes] = []
    while (m := _CHUNK_SIZE_LINE.match(data, pos)) is not None:
        size = int(m.group(1), 16)
        if size == 0:
            rest = data[m.end():]
            return b"".join(parts) if parts and not rest.strip(b"\r\n") or parts and b":" in rest else None
        end = m.end() + size
        if end > len(data) or not (after := re.compile(rb"\r?\n").match(data, end)):
            return None
        parts.append(data[m.end():end])
        pos = after.end()
    return None


def _file_bytes(path: str, abs_path: str) -> bytes:
    data = read_bytes(abs_path)
    low = path.lower()
    if low.endswith(ARCHIVE_SUFFIXES):
        return data  # tarfile opens a tarball's own compression
    if (body := dechunked(data)) is not None:
        data = body  # the body may still be compressed (Content-Encoding under the transfer encoding)
    if low.endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = gunzip(data)
    elif low.endswith((".xz", ".lzma")) or data[:6] == _XZ_MAGIC:
        data = unpack_stream(data, "xz")
    elif low.endswith(".bz2") or data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        data = unpack_stream(data, "bz2")
    elif looks_zlib(data) and (inflated := inflate(data)) is not None:
        data = inflated  # a page saved with the deflate encoding it was sent with
    return data


def _stat_of(abs_path: str) -> tuple[int, int]:
    try:
        st = os.stat(abs_path)
    except OSError as e:
        raise ReadProblem("unreadable", f"{type(e).__name__}: {e.strerror or e}") from None
    return st.st_size, st.st_mtime_ns


@lru_cache(maxsize=1)
def _feed_items(path: str, abs_path: str, _size: int, _mtime_ns: int) -> tuple[bytes, ...]:
    """Every item of a feed file as its own document, split once per worker: a worker is handed a feed's items
    one after another, and parsing the whole file for each would cost the square of its size."""
    from builder.extract.feed import NotFeed, item_documents

    try:
        return tuple(item_documents(_file_bytes(path, abs_path)))
    except NotFeed as e:
        raise ReadProblem("not_a_feed", str(e)) from None


@lru_cache(maxsize=1)
def _mbox_letters(path: str, abs_path: str, _size: int, _mtime_ns: int) -> tuple[bytes, ...]:
    """Every letter of a mailbox, split once per worker (as `_feed_items`)."""
    from builder.extract.mime import NoArticlePart, mbox_letters

    try:
        return tuple(mbox_letters(_file_bytes(path, abs_path)))
    except NoArticlePart as e:
        raise ReadProblem("no_article_part", str(e)) from None


def _iter_numbered(path: Path, rel: str, kind: str, items: Callable[..., tuple], empty: ReadProblem
                   ) -> Iterator[Source | tuple[str, int, ReadProblem]]:
    """One Source per item of a file holding several (letters, records); a file with none, or unreadable, is one problem."""
    try:
        count = len(items(rel, str(path), *_stat_of(str(path))))
    except ReadProblem as p:
        yield rel, 0, p
        return
    if count == 0:
        yield rel, 0, empty
        return
    for n in range(1, count + 1):
        yield Source(rel, n, kind, str(path))


def iter_mbox(path: Path, rel: str) -> Iterator[Source | tuple[str, int, ReadProblem]]:
    """One Source per letter of a mailbox (read as an `.eml`); a file with no letter is one problem."""
    return _iter_numbered(path, rel, "mime", _mbox_letters, ReadProblem("no_article_part", "a mailbox with no letter in it"))


@lru_cache(maxsize=1)
def _archive_pages(path: str, abs_path: str, _size: int, _mtime_ns: int) -> dict[str, bytes | None]:
    """Every page and dump of an archive by its name (None for a member over the size cap: it is not read)."""
    from builder.extract.archive import MAX_MEMBER_BYTES, article_members
    from builder.extract.mime import NoArticlePart

    try:
        members = article_members(_file_bytes(path, abs_path))
        return {name: read() if size <= MAX_MEMBER_BYTES else None for name, _kind, size, read in members}
    except NoArticlePart as e:
        raise ReadProblem("no_article_part", str(e)) from None
    except Exception as e:  # a broken member: the archive is read as one unit, which says what is wrong
        raise ReadProblem("no_article_part", f"{type(e).__name__}: {str(e)[:200]}") from None


def iter_archive(path: Path, rel: str) -> Iterator[Source]:
    """One Source per page (or dump) of an archive that holds several, named `archive!/member`; an archive of one
    page (or none, or one that cannot be read) is one Source, read (or quarantined) as a whole."""
    from builder.extract.archive import article_members

    try:
        members = article_members(_file_bytes(rel, str(path)))
    except Exception:  # any failure: the whole archive's unit is quarantined with what is wrong with it
        members = []
    if len(members) < 2:
        yield Source(rel, 0, "archive", str(path))
        return
    for n, (name, kind, _size, _read) in enumerate(members, 1):
        yield Source(f"{rel}!/{path_text(name)}", n, kind, str(path), member=name)


def read_warc_record(path: str, offset: int) -> bytes:
    """The HTTP payload of the WARC record that starts at `offset`."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            rec = next(iter(ArchiveIterator(fh, check_digests=False)))
            data = rec.content_stream().read(MAX_DECOMPRESSED_BYTES + 1)
    except Exception as e:  # any failure of a record is that record's problem only
        raise ReadProblem("malformed_warc_record", f"{type(e).__name__}: {str(e)[:200]}") from None
    if len(data) > MAX_DECOMPRESSED_BYTES:
        raise ReadProblem("too_large", f"record payload over {MAX_DECOMPRESSED_BYTES} bytes")
    return data


_RECORD_STARTS = (b"\x1f\x8b\x08", b"WARC/1.")


def _next_record_start(path: Path, after: int) -> int | None:
    """Offset of the next gzip member or WARC header after `after`, to resume past a broken record."""
    with open(path, "rb") as fh:
        fh.seek(after)
        chunk_start = after
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                return None
            hits = [i for i in (chunk.find(m) for m in _RECORD_STARTS) if i >= 0]
            if hits:
                return chunk_start + min(hits)
            chunk_start += len(chunk) - 8
            fh.seek(chunk_start)


def iter_warc(path: Path, rel: str) -> Iterator[Source | tuple[int, ReadProblem]]:
    """One Source per HTML response record. A malformed record becomes one problem and reading
    resumes at the next record, so the good records after it still count.

    Only headers are read here; the worker that processes a record reads its payload.
    """
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    pos = 0
    size = os.path.getsize(path)
    failing = False  # inside a run of unreadable bytes: report it once
    while pos is not None:
        last_good = None
        last_end = pos
        try:
            with open(path, "rb") as fh:
                fh.seek(pos)
                it = ArchiveIterator(fh, check_digests=False)
                for rec in it:
                    if rec.format != "warc" or not rec.rec_headers.get_header("WARC-Record-ID"):
                        # after a resync, bytes inside a broken record can look like a record start
                        raise ValueError("not a WARC record where one was expected")
                    offset = it.get_record_offset()  # absolute: warcio reads it from the file handle
                    last_good, last_end = offset, offset + it.member_info[1]
                    failing = False
                    if rec.rec_type != "response":
                        continue
                    n += 1
                    ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else "") or ""
                    if "html" not in ctype.lower():
                        yield n, ReadProblem("not_html_record", f"response record with Content-Type {ctype or 'none'}")
                        continue
                    charset = None
                    if "charset=" in ctype.lower():
                        charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip().strip('"')
                    yield Source(rel, n, "html", str(path), None, rec.rec_headers.get_header("WARC-Target-URI"),
                                 charset, offset)
            if last_end >= size - 4:
                return
            error = "unreadable bytes after the last good record"  # warcio stopped early without raising
        except Exception as e:  # warcio raises many kinds for broken input; each is one bad stretch
            error = f"{type(e).__name__}: {str(e)[:200]}"
        if not failing:
            n += 1
            yield n, ReadProblem("malformed_warc_record", error)
        failing = True
        pos = _next_record_start(path, max(pos, last_good if last_good is not None else pos) + 1)


@lru_cache(maxsize=1)
def _record_items(path: str, abs_path: str, _size: int, _mtime_ns: int) -> tuple[bytes, ...]:
    """Every record of a data file as its own document, split once per worker (as `_feed_items`)."""
    from builder.extract.records import NotRecord, records

    try:
        return tuple(records(_file_bytes(path, abs_path), path))
    except NotRecord as e:
        if path.lower().removesuffix(".gz").endswith(".xml"):  # XML tried as an export: no article in it, no type we read
            raise ReadProblem("unsupported_type", f"an XML file that is no feed, wire copy or export of articles ({e})") from None
        raise ReadProblem("not_records", f"named like a data file of records, but {e}") from None


def iter_records(path: Path, rel: str) -> Iterator[Source | tuple[str, int, ReadProblem]]:
    """One Source per record of a data file; a file with no record is one problem."""
    return _iter_numbered(path, rel, "records", _record_items,
                          ReadProblem("no_records", "a data file with no record: no article to read"))


def iter_feed(path: Path, rel: str) -> Iterator[Source | tuple[str, int, ReadProblem]]:
    """One Source per item of a feed; a file that is no feed, or holds no item, is one problem."""
    from builder.extract.feed import NotFeed, item_count

    try:
        count = item_count(load(Source(rel, 0, "feed", str(path))))
    except ReadProblem as p:
        yield rel, 0, p
        return
    except NotFeed as e:
        yield rel, 0, ReadProblem("not_a_feed", f"named or shaped like a feed, but {e}")
        return
    if count == 0:
        yield rel, 0, ReadProblem("empty_feed", "a feed with no item: no article to read")
        return
    for n in range(1, count + 1):
        yield Source(rel, n, "feed", str(path))


def sniff_kind(path: Path) -> str:
    """Kind of a file whose name says nothing (or only `.xml`): a feed, RTF, flat document or HTML if it starts like
    one, else what its content holds (`content_kind`)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        return "unknown"
    if head[:2] == b"\x1f\x8b":
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(open(path, "rb").read(65536))).read(1024)
        except (OSError, EOFError):
            return "unknown"
    from builder.extract.feed import looks_like_feed
    from builder.extract.package import looks_like_flat_document
    from builder.extract.rtf import looks_like_rtf

    if looks_like_feed(head):
        return "feed"
    if looks_like_rtf(head):
        return "rtf"
    if looks_like_flat_document(head):
        return "package"  # a word processor's document saved as one XML file (Word 2003 XML, Flat OPC, .fodt)
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head:
        return "html"
    if head.startswith((b"<!doctype wml", b"<wml", b"<?xml")) and b"<wml" in head:
        return "html"  # a WAP deck saved without its suffix
    if path.name.lower().removesuffix(".gz").endswith(".xml") and head.startswith(b"<"):
        return "records"  # a CMS's XML export of articles: its records told by their fields' names
    return content_kind(path)


SNIFF_BYTES = 65536


def _sample(path: Path) -> bytes:
    """The first bytes of a file, decompressed when it is gzip, bzip2 or xz (as much as SNIFF_BYTES of it)."""
    import bz2
    import lzma

    from builder.extract.sniff import magic_kind

    with open(path, "rb") as fh:
        head = fh.read(SNIFF_BYTES)
    unpackers = {"gzip": lambda: zlib.decompressobj(16 + zlib.MAX_WBITS), "bzip2": bz2.BZ2Decompressor,
                 "xz": lzma.LZMADecompressor}
    kind = magic_kind(head)
    if kind in unpackers:
        try:
            d = unpackers[kind]()
            return d.decompress(head, SNIFF_BYTES) if kind == "gzip" else d.decompress(head, max_length=SNIFF_BYTES)
        except (OSError, EOFError, zlib.error, lzma.LZMAError):
            return b""
    return head


def content_kind(path: Path) -> str:
    """The kind of a file told by what it holds (`builder.extract.sniff`): a zip or tar archive, an HTML page,
    lightweight markup or a record format with an article's header fields (`markup`), a plain text dump; a binary
    of another format, or a program's source, is `unknown` (quarantined with what its bytes are)."""
    from builder.decode import DecodeError, decode
    from builder.extract.lightmarkup import read_markup
    from builder.extract.sniff import (binary_format, looks_like_html, looks_like_text, magic_kind, program_source,
                                       saved_text, shortcut_target, xml_root)

    try:
        sample = _sample(path)
    except OSError:
        return "unknown"
    if magic_kind(sample) == "archive":
        return "archive"
    if saved_text(sample):
        return "webarchive"  # a bookmark's property list with the page's text in a field (`mime.unpack_webarchive`)
    if not sample.strip() or binary_format(sample) or not looks_like_text(sample) or shortcut_target(sample):
        return "unknown"  # (a link shortcut holds an address, not the page)
    if xml_root(sample.lstrip(b"\xef\xbb\xbf \t\r\n"), html_too=True) == "FictionBook":
        return "markup"  # an e-book of an article: its <body> and <p> look like a page's, its fields are not
    if looks_like_html(sample):
        return "html"
    if xml_root(sample):
        return "unknown"  # XML that is no page, and no feed or document (told above by their roots): an SVG, a KML
    try:
        text, _ = decode(sample, html=False)
    except DecodeError:
        return "unknown"
    if read_markup(text, ("LaTeX",)):
        return "markup"  # a manuscript's commands look like a program's lines ('\\title{…}'), its text is prose
    if program_source(text):
        return "unknown"
    return "markup" if read_markup(text) else "text"


# Kinds of file that hold several units of work (items, records, letters, pages), each listed by its own iterator.
SPLIT_FILES: dict[str, Callable[[Path, str], Iterator[Source | tuple[str, int, ReadProblem]]]] = {
    "feed": iter_feed, "records": iter_records, "mbox": iter_mbox, "archive": iter_archive,
}


def _json_feed_or_records(path: Path) -> str:
    """A `.json` file is a feed when it is a JSON Feed (its `version` says so), else a data file of records."""
    from builder.extract.asatom import looks_like_json_feed

    try:
        with open(path, "rb") as fh:
            return "feed" if looks_like_json_feed(fh.read(2048)) else "records"
    except OSError:
        return "records"


def discover(root: Path) -> Iterator[Source | tuple[str, int, ReadProblem]]:
    """Every unit of work under root, in a deterministic order; problems as (path, record, problem)."""
    for item in walk(root):
        if item[0] is None:
            _, problem, rel = item
            yield rel, 0, problem
            continue
        path, rel = item
        kind = kind_of(path.name)
        if kind == "unknown" or (kind == "records" and path.name.lower().endswith(".json")):
            kind = sniff_kind(path) if kind == "unknown" else _json_feed_or_records(path)
        if kind in SPLIT_FILES:
            yield from SPLIT_FILES[kind](path, rel)
            continue
        if kind == "warc":
            for rec in iter_warc(path, rel):
                if isinstance(rec, Source):
                    yield rec
                else:
                    yield rel, rec[0], rec[1]
            continue
        yield Source(rel, 0, kind, str(path))
