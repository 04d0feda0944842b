"""A page saved in a mail transfer encoding without the mail headers that would name it.

A mail client or a 'save part' tool can write a page's part out as it travels: quoted-printable (`=EB=AC=BC`,
`=3D` for every `=`, `=` at a line's end for a soft break) or base64 (lines of the alphabet only). With the
`Content-Transfer-Encoding` header gone, the bytes themselves tell it: a file is decoded only when it is WHOLLY in
the encoding (every `=` of a QP file opens an escape or a soft break; a base64 file holds nothing but its alphabet),
so a page or text that merely holds a few `=XX` runs or a base64 image stays as it is.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re

from builder.extract.sniff import looks_like_text

_QP_ESCAPE = re.compile(rb"=[0-9A-F]{2}")
_QP_EQUALS_NOT_ESCAPE = re.compile(rb"=(?![0-9A-F]{2}|\r?\n|\s*$)")
# QP lines are at most 76 characters; a little room for tools that count differently.
MAX_QP_LINE = 78
# A QP save escapes every non-ASCII byte: a page of Hangul holds hundreds of escapes.
MIN_QP_ESCAPES = 20
_BASE64_TEXT = re.compile(rb"[A-Za-z0-9+/]+={0,2}")
MIN_BASE64_BYTES = 200


def quoted_printable(data: bytes) -> bytes | None:
    """The bytes a quoted-printable save holds, or None when the data is not wholly QP."""
    if any(b > 0x7F for b in data[:65536]):
        return None
    if len(_QP_ESCAPE.findall(data[:65536])) < MIN_QP_ESCAPES or _QP_EQUALS_NOT_ESCAPE.search(data):
        return None
    if any(len(line.rstrip(b"\r")) > MAX_QP_LINE for line in data.split(b"\n")):
        return None
    return quopri.decodestring(data)


def base64_only(data: bytes) -> bytes | None:
    """The bytes a base64 save holds (nothing but the alphabet, in lines), or None."""
    lines = [ln.strip() for ln in data.split(b"\n") if ln.strip()]
    if sum(map(len, lines)) < MIN_BASE64_BYTES or not all(_BASE64_TEXT.fullmatch(ln) for ln in lines):
        return None
    if len(lines) > 1 and len({len(ln) for ln in lines[:-1]}) != 1:
        return None  # base64 writes lines of one length
    try:
        decoded = base64.b64decode(b"".join(lines), validate=True)
    except (binascii.Error, ValueError):
        return None
    return decoded if looks_like_text(decoded[:4096]) else None


def undo_transfer_encoding(data: bytes) -> bytes:
    """The data with a headerless quoted-printable or base64 save decoded; other data as it is."""
    return quoted_printable(data) or base64_only(data) or data
