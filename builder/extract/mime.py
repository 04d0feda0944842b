"""Pages saved inside a MIME container: a browser's MHTML save (`.mht`, `.mhtml`), an e-mail (`.eml`), or a mailbox
(`.mbox`: letters one after another, each opened by a `From ` line).

Both are the same format (RFC 2045/2557): a header, then parts, each with its own type, transfer
encoding (quoted-printable or base64) and charset. The article is one part: the page a browser
saved (the part at the snapshot's address, else the first HTML part), or the body of a letter
(its HTML alternative, else its plain text). Images, style sheets and attachments are the page's
furniture. What is returned is that part's bytes, as they would be in a file of their own, with
the charset the part declares and the address it was saved from, so the rest of the build reads
it like any other page or dump.
"""

from __future__ import annotations

import base64
import email
import json
import plistlib
import re
import email.errors
import email.header
import email.policy
import email.utils
from dataclasses import dataclass
from email.message import Message


@dataclass(frozen=True)
class Unpacked:
    """The article's part of a container: its bytes and what its headers say about them."""

    data: bytes
    kind: str  # html | text
    charset: str | None  # the part's declared charset (a page's own <meta> may still say otherwise)
    url: str | None  # where a browser saved it from (MHTML); None for a letter
    sent: str | None = None  # a letter's Date header (ISO 8601): the day its issue went out; None for a saved page
    sender: str | None = None  # a letter's From display name ('모아일보 뉴스레터'); None for a saved page


class NoArticlePart(Exception):
    """A container with no HTML or text part (only images, or not MIME at all)."""


# A container opens with a header block: "Name: value" lines (continued by indented ones) up to a blank line,
# among them one of these. A page that merely has a `.eml` name starts otherwise.
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:[^\r\n]*|[ \t][^\r\n]*")
_CONTAINER_FIELDS = (b"mime-version", b"content-type", b"from", b"subject", b"snapshot-content-location")
MAX_HEADER_BYTES = 16384


def looks_like_mime(data: bytes) -> bool:
    """A MIME header at the top: a saved page or letter, not a page that happens to be named `.eml`."""
    block = re.split(rb"\r?\n\r?\n", data[:MAX_HEADER_BYTES].lstrip(), maxsplit=1)[0]
    lines = block.splitlines()
    if not lines or not all(_HEADER_LINE.fullmatch(line) for line in lines):
        return False
    names = {line.split(b":", 1)[0].strip().lower() for line in lines if line[:1] not in (b" ", b"\t")}
    return any(name in names for name in _CONTAINER_FIELDS)


def _payload(part: Message) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _charset(part: Message) -> str | None:
    return part.get_content_charset() or None


def _location_of(part: Message, header: str) -> str | None:
    value = part.get(header)
    return str(value).strip() or None if value else None


def _location(part: Message) -> str | None:
    return _location_of(part, "Content-Location")


def _sent(message: Message) -> str | None:
    """When a letter was sent, from its Date header: a newsletter's issue is published by being sent. A browser's
    save (it names the page's address) carries the time of saving instead, which says nothing of the page."""
    if _location_of(message, "Snapshot-Content-Location") or not message.get("Date"):
        return None
    try:
        when = email.utils.parsedate_to_datetime(str(message["Date"]))
    except (TypeError, ValueError, IndexError):
        return None
    return when.isoformat() if when.tzinfo else None


def _sender(message: Message) -> str | None:
    """The name a letter's From header gives its sender, its encoded words decoded ('=?utf-8?q?…?=' → '모아일보
    뉴스레터'); None without one, or for a browser's save."""
    if _location_of(message, "Snapshot-Content-Location") or not message.get("From"):
        return None
    try:
        shown = str(email.header.make_header(email.header.decode_header(str(message["From"]))))
    except (UnicodeDecodeError, LookupError, email.errors.HeaderParseError):
        return None
    name = " ".join(email.utils.parseaddr(shown)[0].split())
    return name or None


# Apple Mail's `.emlx`: the letter's length in bytes on the first line, the letter, then a property list of flags.
_EMLX_COUNT = re.compile(rb"\A\s*(\d{1,10})[ \t]*\r?\n")


def without_emlx_frame(data: bytes) -> bytes:
    """The letter an `.emlx` file holds (as an `.eml` would), without its length line and trailing property list;
    any other bytes as they are."""
    m = _EMLX_COUNT.match(data)
    if not m:
        return data
    letter = data[m.end():m.end() + int(m.group(1))]
    return letter if looks_like_mime(letter) else data


def without_mbox_separator(data: bytes) -> bytes:
    """The letter of an `.eml` that is an mbox excerpt (Thunderbird's "Save As" writes its `From - <date>` separator
    line first; a letter cut from a mailbox keeps `From <sender> <date>` and `>From ` quoting): its first letter as an
    `.eml` would hold it; any other bytes as they are."""
    if not looks_like_mbox(data):
        return data
    letters = mbox_letters(data)
    return letters[0] if letters and looks_like_mime(letters[0]) else data


def unpack(data: bytes) -> Unpacked:
    """The article part of an MHTML save or an e-mail; NoArticlePart when it holds none."""
    data = without_mbox_separator(without_emlx_frame(data))
    if not looks_like_mime(data):
        raise NoArticlePart("no MIME header at the top of the file")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = [p for p in message.walk() if not p.is_multipart()]
    snapshot = _location_of(message, "Snapshot-Content-Location")
    html = [p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")
            and not str(p.get("Content-Disposition", "")).lower().startswith("attachment")]
    if snapshot:  # a browser's save: the page is the part saved from the snapshot's own address
        html.sort(key=lambda p: _location(p) != snapshot)
    for part in html:
        if body := _payload(part):
            return Unpacked(body, "html", _charset(part), _location(part) or snapshot, _sent(message), _sender(message))
    for part in parts:
        if part.get_content_type() == "text/plain" and (body := _payload(part)).strip():
            return Unpacked(body, "text", _charset(part), _location(part), _sent(message), _sender(message))
    raise NoArticlePart("a MIME container with no HTML or text part")


# A mailbox (mboxo/mboxrd, as Thunderbird, Gmail's Takeout and mutt write it): each letter opens with a `From `
# separator line at the start of the file or after a blank line; a body line that began so is written `>From `.
_MBOX_SEPARATOR = re.compile(rb"(?:\A|(?<=\n)\r?\n)From [^\r\n]*\r?\n")
_MBOX_QUOTED_FROM = re.compile(rb"^>(>*From )", re.M)


def looks_like_mbox(data: bytes) -> bool:
    """A mailbox starts with its first letter's `From ` separator line."""
    return data.lstrip(b"\r\n").startswith(b"From ")


def mbox_letters(data: bytes) -> list[bytes]:
    """Each letter of a mailbox as an `.eml` file would hold it (its separator line dropped, `>From ` unquoted)."""
    if not looks_like_mbox(data):
        raise NoArticlePart("no `From ` separator line at the top of the mailbox")
    starts = list(_MBOX_SEPARATOR.finditer(data.lstrip(b"\r\n")))
    body = data.lstrip(b"\r\n")
    letters = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(body)
        letter = _MBOX_QUOTED_FROM.sub(rb"\1", body[m.end():end])
        if letter.strip():
            letters.append(letter)
    return letters


def unpack_mbox(data: bytes) -> Unpacked:
    """The article of a mailbox's first letter (a unit of work of the build is one letter: `inputs.iter_mbox`)."""
    letters = mbox_letters(data)
    if not letters:
        raise NoArticlePart("a mailbox with no letter in it")
    return unpack(letters[0])


def unpack_webarchive(data: bytes) -> Unpacked:
    """Safari's saved page (`.webarchive`): a property list whose main resource holds the page's bytes, the
    encoding they are in and the address they were saved from; its subresources (images, scripts) are furniture."""
    try:
        archive = plistlib.loads(data)
    except Exception as e:  # plistlib raises several kinds for a broken list
        raise NoArticlePart(f"not a readable web archive: {str(e)[:120]}") from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if main is None and isinstance(archive, dict) and (text := _bookmark_text(archive)):
        url = archive.get("URL")
        return Unpacked(text.encode("utf-8"), "text", "utf-8", url if isinstance(url, str) else None)
    body = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(body, bytes) or not body.strip():
        raise NoArticlePart("a web archive with no main resource")
    kind = "text" if str(main.get("WebResourceMIMEType", "text/html")).startswith("text/plain") else "html"
    charset = main.get("WebResourceTextEncodingName")
    url = main.get("WebResourceURL")
    return Unpacked(body, kind, charset if isinstance(charset, str) else None, url if isinstance(url, str) else None)


def _bookmark_text(bookmark: dict) -> str | None:
    """A bookmark's (`.webloc`) text saved beside its address: its longest string field of several lines (the
    selection or clipping of the page), or None when it keeps fields only."""
    texts = [v for v in bookmark.values() if isinstance(v, str) and v.count("\n") >= 3]
    return max(texts, key=len) if texts else None


def unpack_har(data: bytes) -> Unpacked:
    """A browser's network log (`.har`, HTTP Archive JSON): the page is the first HTML response it holds (the
    document the others were loaded for), its text as the log kept it, base64 or plain."""
    try:
        log = json.loads(data.decode("utf-8-sig")).get("log", {})
        entries = log.get("entries") or []
    except (UnicodeDecodeError, ValueError, AttributeError) as e:
        raise NoArticlePart(f"not a readable HTTP archive: {str(e)[:120]}") from None
    for entry in entries:
        response = entry.get("response") if isinstance(entry, dict) else None
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or "html" not in str(content.get("mimeType", "")).lower():
            continue
        text = content.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        url = (entry.get("request") or {}).get("url")
        if content.get("encoding") == "base64":
            try:
                body = base64.b64decode(text)
            except ValueError:
                continue
            charset = re.search(r"charset=([\w.:-]+)", str(content.get("mimeType", "")), re.I)
            return Unpacked(body, "html", charset.group(1) if charset else None, url if isinstance(url, str) else None)
        return Unpacked(text.encode("utf-8"), "html", "utf-8", url if isinstance(url, str) else None)
    raise NoArticlePart("an HTTP archive with no HTML response")
