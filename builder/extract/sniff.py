"""What a file holds, told by its bytes: for a file whose name says nothing the builder reads.

A user's archive holds articles under any name (`.rst`, `.org`, `.yaml`, `.log`, no suffix at all). A file is read by
what it holds: a container's magic number (zip, gzip, bzip2, xz, tar) sends it to the container reader; markup that
is HTML sends it to the page reader; text that decodes is lightweight markup or a record format when its header
follows one of their conventions (`lightmarkup`), else a plain text dump. What stays out, with a reason that says
what the bytes are: a known binary format (an image, a PDF, a program, a database), bytes that are no text, and a
program's source code (its lines are statements, not prose: it holds no article even where its comments are Korean).
"""

from __future__ import annotations

import re

from builder.decode import DecodeError, decode

# Magic numbers of containers the builder opens: (offset, bytes, kind).
CONTAINERS = (
    (0, b"PK\x03\x04", "archive"),
    (0, b"PK\x05\x06", "archive"),
    (257, b"ustar", "archive"),
)
# Magic numbers of single-file compression: the file is read as the file it holds.
COMPRESSIONS = ((b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"))
# Magic numbers of binary formats that hold no text the builder reads: (offset, bytes, what they are).
BINARY_FORMATS = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (8, b"WEBP", "a WebP image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"BM", "a BMP image"),
    (0, b"%PDF-", "a PDF document (no PDF reader: its text is not read)"),
    (0, b"\x7fELF", "an ELF program"),
    (0, b"MZ", "a Windows program"),
    (0, b"\xca\xfe\xba\xbe", "a Java class or Mach-O program"),
    (0, b"\xcf\xfa\xed\xfe", "a Mach-O program"),
    (0, b"\x00asm", "a WebAssembly module"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"ID3", "an MP3 audio file"),
    (4, b"ftyp", "an MP4/QuickTime video or audio file"),
    (0, b"OggS", "an Ogg audio or video file"),
    (8, b"WAVE", "a WAV audio file"),
    (8, b"AVI ", "an AVI video file"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive (not opened: only zip and tar are)"),
    (0, b"Rar!\x1a\x07", "a RAR archive (not opened: only zip and tar are)"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office (OLE2) document, e.g. .doc, .xls or .hwp 5"),
    (0, b"wOFF", "a web font"),
    (0, b"wOF2", "a web font"),
)
# Bytes that no text holds: a text file has (almost) none of them.
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x7f"
MAX_CONTROL_SHARE = 0.02
# A program's source: statements and declarations, line after line.
_CODE_LINE = re.compile(
    r"\s*(?:(?:import|from|package|using|namespace|#include|#define|#!|def|class|function|func|fn|var|let|const|"
    r"public|private|static|return|if|for|while|else|elif|try|catch|except)\b.*"
    r"|.*[;{}]\s*(?://.*)?|.*\)\s*(?:->\s*\S+\s*)?:|[})\]]+[,;]?|//.*|/\*.*|\*/?.*|@\w+.*)\s*$")
# A text is a program's source when at least this share of its non-blank lines are code lines.
MIN_CODE_SHARE = 0.5
MIN_CODE_LINES = 5
_MARKUP_START = re.compile(rb"\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<html|<head|<body)", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|h1|br|body|title)\b", re.I)


# A link shortcut saved instead of the page: Windows' `.url` (`[InternetShortcut]` then `URL=`), a desktop entry of
# type Link (`[Desktop Entry]` … `URL=`), macOS' `.webloc` (a property list with a `URL` key). It holds an address only.
_SHORTCUT_URL = (
    re.compile(rb"^\s*\[InternetShortcut\][^\[]*?^URL=(?P<url>\S+)", re.M | re.S),
    re.compile(rb"^\s*\[Desktop Entry\](?=.*^Type=Link\s*$).*?^URL(?:\[[^]]*\])?=(?P<url>\S+)", re.M | re.S),
    re.compile(rb"<plist\b.*?<key>URL</key>\s*<string>(?P<url>[^<]+)</string>", re.S),
)


# A bookmark's property list may keep, beside the address, the text selected on the page when it was saved
# (`SelectedText`, a clipping's `Text`, a note): a string of several lines is a page's text, not a field.
_PLIST_TEXT = re.compile(rb"<string>(?P<text>[^<]*?(?:\n[^<]*?){3,})</string>", re.S)
MIN_SAVED_TEXT_CHARS = 200


def saved_text(data: bytes) -> bool:
    """Whether a bookmark's property list holds a page's text in a string field (then it is read, not a shortcut)."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"<?xml", b"<!DOCTYPE plist", b"<plist")) and any(
        len(m["text"].strip()) >= MIN_SAVED_TEXT_CHARS for m in _PLIST_TEXT.finditer(data))


def shortcut_target(head: bytes) -> str | None:
    """The address a link shortcut points to, or None when the bytes are no shortcut (a bookmark holding the
    page's text is none: `saved_text`)."""
    if saved_text(head):
        return None
    for pattern in _SHORTCUT_URL:
        if m := pattern.search(head[:4096]):
            return m["url"].decode("utf-8", "replace").strip()
    return None


def magic_kind(head: bytes) -> str | None:
    """The reader a container's or compressed file's magic number calls for: archive, gzip, bzip2, xz; or None."""
    for offset, magic, kind in CONTAINERS:
        if head[offset:offset + len(magic)] == magic:
            return kind
    for magic, kind in COMPRESSIONS:
        if head.startswith(magic):
            return kind
    return None


def binary_format(head: bytes) -> str | None:
    """What a binary file is by its magic number ('a PNG image'); None when no known format's."""
    for offset, magic, what in BINARY_FORMATS:
        if head[offset:offset + len(magic)] == magic:
            if magic == b"MZ" and b"This program" not in head[:512] and b"PE\x00\x00" not in head[:1024]:
                continue  # 'MZ' also opens text; a program says so
            if magic == b"BM" and len(head) > 14 and not head[6:10] == b"\x00\x00\x00\x00":
                continue
            return what
    return None


def looks_like_text(head: bytes) -> bool:
    """Bytes that are text in some encoding: UTF-16 by its BOM, or (almost) no control bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if not head:
        return False
    return sum(head.count(bytes([b])) for b in _CONTROL_BYTES) <= MAX_CONTROL_SHARE * len(head)


def looks_like_html(head: bytes) -> bool:
    """Markup that is an HTML page: it opens as one, or opens with a tag and holds page tags."""
    if _MARKUP_START.match(head):
        return True
    return head.lstrip().startswith(b"<") and len(_HTML_TAGS.findall(head)) >= 2


_XML_ROOT = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?P<root>[A-Za-z_][\w:.-]*)", re.S)


def xml_root(head: bytes, html_too: bool = False) -> str | None:
    """The root element's name of XML markup that is no HTML page ('svg', 'kml', 'plist'), or None; with `html_too`,
    also of markup that holds page tags (a FictionBook's <body>, <p>, <title>)."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    if (looks_like_html(head) and not html_too) or not (m := _XML_ROOT.match(head)):
        return None
    root = m["root"].decode("ascii", "replace")
    return None if root.lower() == "html" else root


def program_source(text: str) -> str | None:
    """'N of M lines are code' when the text is a program's source, else None."""
    lines = [ln for ln in text.splitlines()[:400] if ln.strip()]
    if lines and lines[0].startswith("#!"):
        return "a script (it opens with '#!')"
    code = sum(bool(_CODE_LINE.fullmatch(ln)) for ln in lines)
    if code >= MIN_CODE_LINES and code >= MIN_CODE_SHARE * len(lines):
        return f"a program's source ({code} of its {len(lines)} lines are statements or declarations)"
    return None


def describe(data: bytes) -> str:
    """What bytes that are not read are, for a quarantine row's detail."""
    head = data[:4096]
    if url := shortcut_target(head):
        return f"a link shortcut to {url}: it holds the address only, the page itself was not saved"
    if what := binary_format(head):
        return what
    if not looks_like_text(head):
        share = sum(head.count(bytes([b])) for b in _CONTROL_BYTES) / max(1, len(head))
        return f"binary data of no format read here ({share:.0%} of its first bytes are control bytes)"
    if root := xml_root(head):
        return f"XML markup whose root is <{root}>: no page, feed, wire copy or document read here"
    try:
        text, _ = decode(data[:65536], html=False)
    except DecodeError:
        return "bytes that decode as no text"
    return program_source(text) or "text that is no article"
