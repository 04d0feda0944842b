"""Bytes to text: BOM, then the declared charset (HTTP header, <meta>), then detection.

Korean pages are the hard case: many declare EUC-KR but use CP949 extensions, some declare
EUC-KR and are really UTF-8, some declare UTF-8 and are really CP949. Valid UTF-8 with
non-ASCII bytes is almost never an accident, so it wins over any declaration.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Labels that mean "Korean legacy encoding": decode all of them as CP949, its superset.
ALIASES = {
    "euc-kr": "cp949", "euc_kr": "cp949", "euckr": "cp949", "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949",
    "x-windows-949": "cp949", "windows-949": "cp949", "uhc": "cp949", "ksc5601": "cp949",
    "iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "sjis": "cp932",
}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# ISO-2022 text is 7-bit: escape sequences designate the character set and SO/SI bytes shift in and out of it,
# so it looks like ASCII with control bytes. Korean e-mail and some old pages use ISO-2022-KR (RFC 1557).
ISO2022_DESIGNATIONS = ((b"\x1b$)C", "iso2022_kr"), (b"\x1b$B", "iso2022_jp"), (b"\x1b$@", "iso2022_jp"))
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Share of control bytes (other than tab, newline, carriage return, form feed) above which a file is binary.
BINARY_CONTROL_SHARE = 0.10


class DecodeError(Exception):
    """The bytes are not text in any encoding we can tell."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason
        super().__init__(detail or reason)


def normalise_label(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page's <meta charset> or http-equiv Content-Type declares, if any."""
    m = META_CHARSET.search(data[:8192])
    return normalise_label(m.group(1).decode("ascii", "ignore")) if m else None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF")):
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > BINARY_CONTROL_SHARE


# Single-byte Western charsets a template may declare whatever the page's bytes are.
WESTERN_SINGLE_BYTE = frozenset({"cp1252", "iso8859-1", "iso8859-15", "iso8859-2", "mac-roman"})
# Share of a page's non-ASCII characters, read as CP949, that must be Hangul syllables for CP949 to win over a
# declared Western charset: Western text read as CP949 fails, or gives Hanja and symbols, not running Hangul.
MIN_HANGUL_SHARE = 0.6
_HANGUL_SYLLABLE = re.compile(r"[가-힣]")


def _korean_after_all(data: bytes) -> str | None:
    """The page as CP949 when its non-ASCII bytes are CP949 Hangul throughout, else None."""
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    wide = sum(1 for ch in text if ord(ch) > 127)
    return text if wide and len(_HANGUL_SYLLABLE.findall(text)) >= MIN_HANGUL_SHARE * wide else None


def decode(data: bytes, http_charset: str | None = None, html: bool = True) -> tuple[str, str]:
    """Return (text, encoding used). Raise DecodeError for binary or undecodable input."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    for designation, enc in ISO2022_DESIGNATIONS:
        if designation in data[:8192]:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                break
    if looks_binary(data):
        raise DecodeError("binary", "the file holds binary data, not text")
    if data.isascii():
        return data.decode("ascii"), "ascii"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for label in (normalise_label(http_charset), declared_charset(data) if html else None):
        if label in WESTERN_SINGLE_BYTE and (korean := _korean_after_all(data)):
            return korean, "cp949"  # a template's Latin charset over a Korean page's CP949 bytes
        if label and label not in ("utf-8", "utf_8"):
            try:
                return data.decode(label), label
            except (UnicodeDecodeError, LookupError):
                continue
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        enc = normalise_label(best.encoding) or best.encoding
        text = data.decode(enc, errors="replace")
        if text.count("\ufffd") <= max(3, len(text) // 1000):
            return text, enc
    try:
        return data.decode("cp949"), "cp949"
    except UnicodeDecodeError:
        raise DecodeError("undecodable", "no encoding decodes these bytes") from None


# -- mojibake: text decoded in the wrong charset and saved again ---------------------------------------------------
# A page's UTF-8 read once as CP1252 or Latin-1 and saved again as UTF-8 shows each Hangul syllable as three Western
# characters ('í•œ'); a page's CP949 read as Latin-1 shows each syllable as two ('ÇÑ'). Each run of such characters
# is given back its bytes (as CP1252 or as Latin-1, whose C1 controls stand for the bytes 0x80-0x9F) and read in the
# charset it was really in; a run stays as it is unless that reading is strict (and, for CP949, Hangul).
_SLOPPY_1252 = {**{chr(b): bytes([b]) for b in range(0x80, 0x100)},
                **{ch: bytes([b]) for b in range(0x80, 0xA0) if (ch := bytes([b]).decode("cp1252", errors="ignore"))}}
_MOJIBAKE_RUN = re.compile("[%s]{2,}" % re.escape("".join(_SLOPPY_1252)))
_HANGUL_WORD = re.compile(r"[가-힣]+")
# A run of Korean legacy bytes read as Latin-1: EUC-KR's (KS X 1001) two bytes of a syllable, each 0xA1-0xFE. CP949's
# extensions are left out: their bytes 0x81-0xA0 are also CP1252's quotes and dashes ('’…' would read as a syllable).
_EUC_KR_RUN = re.compile("[\u00a1-\u00fe]+")
# A text is repaired when at least this many more Hangul words come out (one odd pair of accented letters is a name).
MIN_MOJIBAKE_WORDS = 3
MAX_MOJIBAKE_ROUNDS = 2  # a page mis-read twice over


def _repaired_run(run: str) -> str | None:
    """The run read in the charset it was in: any strict UTF-8 reading that is not ASCII ('í•œ'; 'Â·' is a
    mis-read '·'), else a strict EUC-KR one that is Hangul throughout (EUC-KR reads many byte pairs as something)."""
    raw = b"".join(_SLOPPY_1252[ch] for ch in run)
    try:
        text = raw.decode("utf-8")
        return text if not text.isascii() else None
    except UnicodeDecodeError:
        pass
    if not _EUC_KR_RUN.fullmatch(run):
        return None
    try:
        text = raw.decode("euc_kr")
    except UnicodeDecodeError:
        return None
    return text if len(_HANGUL_SYLLABLE.findall(text)) >= MIN_HANGUL_SHARE * len(text) else None


def repair_mojibake(text: str) -> str:
    """The text with Hangul that was mis-read as Western characters (and saved so) read back as Hangul."""
    repaired = text
    for _ in range(MAX_MOJIBAKE_ROUNDS):
        fixes = {run: fixed for run in set(_MOJIBAKE_RUN.findall(repaired)) if (fixed := _repaired_run(run))}
        if not fixes:
            break
        repaired = _MOJIBAKE_RUN.sub(lambda m: fixes.get(m.group(0), m.group(0)), repaired)
    if repaired == text:
        return text  # nothing mis-read: no need to count the Hangul words of a page read right
    gained = len(_HANGUL_WORD.findall(repaired)) - len(_HANGUL_WORD.findall(text))
    return repaired if gained >= MIN_MOJIBAKE_WORDS else text
