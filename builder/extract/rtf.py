"""A Rich Text file (a word processor's or a newsroom system's filed copy, `.rtf`) read as a text dump.

RTF is 7-bit text: a non-ASCII character is either a byte of the document's ANSI code page (`\\'b0\\'e6`, two
hex digits each, CP949 for `\\ansicpg949`) or a Unicode code point (`\\u44032?`, followed by `\\ucN` fallback
characters to skip). Groups that hold no text of the document (font and colour tables, style sheet, document
info, pictures, `{\\* …}` destinations) are skipped. A paragraph set in bold throughout is the copy's headline.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

# Destinations whose text is no text of the document.
_SKIPPED_DESTINATIONS = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl", "headerr", "headerf",
    "footerl", "footerr", "footerf", "footnote", "object", "themedata", "colorschememapping", "latentstyles",
    "datastore", "xmlnstbl", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "filetbl",
    "fldinst", "nonshppict", "shppict", "bkmkstart", "bkmkend", "field_inst",
})
_BREAKS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "tab": "\t", "cell": "\t",
           "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
           "rdblquote": "\u201d", "bullet": "\u2022", "emspace": " ", "enspace": " ", "qmspace": " "}
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)")
# A code page the file names (`\ansicpg949`) or a font's character set (`\fcharset129` = Hangul).
_ANSICPG = re.compile(rb"\\ansicpg(\d+)")
_CHARSET_CODEPAGES = {129: "cp949", 130: "johab", 128: "cp932", 134: "gbk", 136: "big5", 0: "cp1252"}


def looks_like_rtf(data: bytes) -> bool:
    """Whether the bytes open as an RTF document."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def _codepage(data: bytes) -> str:
    found = _ANSICPG.search(data[:4096])
    name = f"cp{int(found.group(1))}" if found else "cp1252"
    if not found:
        charset = re.search(rb"\\fcharset(\d+)", data[:4096])
        if charset:
            name = _CHARSET_CODEPAGES.get(int(charset.group(1)), name)
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


@dataclass
class _State:
    skip: bool = False
    bold: bool = False
    uc: int = 1


@dataclass
class RtfText:
    """The document's text (paragraphs as lines) and its first all-bold paragraph, the headline."""

    text: str
    heading: str | None = None
    paragraphs: list[str] = field(default_factory=list)


def read_rtf(data: bytes) -> RtfText:
    """The plain text of an RTF document, paragraph by paragraph."""
    codepage = _codepage(data)
    stack: list[_State] = []
    state = _State()
    pending = bytearray()  # code-page bytes waiting to be decoded together (a CP949 syllable is two)
    paragraphs: list[str] = []
    current: list[str] = []
    bold_chars = plain_chars = 0
    heading: str | None = None
    skip_fallback = 0
    new_group = False

    def flush_bytes() -> None:
        if pending:
            text = pending.decode(codepage, errors="replace")
            pending.clear()
            add(text)

    def add(text: str) -> None:
        nonlocal bold_chars, plain_chars
        if state.skip or not text:
            return
        current.append(text)
        if text.strip():
            if state.bold:
                bold_chars += len(text.strip())
            else:
                plain_chars += len(text.strip())

    def end_paragraph() -> None:
        nonlocal bold_chars, plain_chars, heading
        flush_bytes()
        line = " ".join("".join(current).split())
        if line:
            paragraphs.append(line)
            if heading is None and bold_chars and not plain_chars:
                heading = line
        current.clear()
        bold_chars = plain_chars = 0

    for m in _TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, text = m.groups()
        if hexbyte is not None:
            if skip_fallback:
                skip_fallback -= 1
                continue
            if not state.skip:
                pending.append(int(hexbyte, 16))
            new_group = False
            continue
        if skip_fallback and text is not None:
            dropped = min(skip_fallback, len(text))
            skip_fallback -= dropped
            text = text[dropped:]
            if not text:
                continue
        if brace == b"{":
            flush_bytes()
            stack.append(state)
            state = _State(state.skip, state.bold, state.uc)
            new_group = True
            continue
        if brace == b"}":
            flush_bytes()
            state = stack.pop() if stack else _State()
            new_group = False
            continue
        if symbol is not None:
            if symbol == b"*" and new_group:
                state.skip = True
            elif symbol in (b"\\", b"{", b"}"):
                flush_bytes()
                add(symbol.decode())
            elif symbol == b"~":
                flush_bytes()
                add("\u00a0")
            elif symbol in (b"\n", b"\r"):
                end_paragraph()
            new_group = False
            continue
        if word is not None:
            name = word.decode()
            if new_group and name in _SKIPPED_DESTINATIONS:
                state.skip = True
            new_group = False
            if name == "u" and arg is not None:
                flush_bytes()
                code = int(arg)
                add(chr(code + 65536 if code < 0 else code))
                skip_fallback = state.uc
            elif name == "uc" and arg is not None:
                state.uc = int(arg)
            elif name == "b":
                flush_bytes()
                state.bold = arg is None or arg != b"0"
            elif name == "plain":
                flush_bytes()
                state.bold = False
            elif name in ("par", "line", "sect", "page", "row"):
                if not state.skip:
                    end_paragraph()
            elif name in _BREAKS:
                flush_bytes()
                add(_BREAKS[name])
            continue
        if text is not None:
            flush_bytes()
            add(text.decode("latin-1"))
            new_group = False
    end_paragraph()
    return RtfText("\n\n".join(paragraphs), heading, paragraphs)
