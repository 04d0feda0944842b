"""A messenger's chat saved as text (LINE's `.txt` export and its kind): one message a line, `time<TAB>speaker<TAB>text`,
under a header and day lines. A message of several lines is written in double quotes, a quote mark inside it doubled
(as in CSV). When one message holds an article pasted whole, the article is that message; the other messages, the
header and the day lines are the chat's, not the article's."""

from __future__ import annotations

import re

_MESSAGE = re.compile(r"^(?:(?:오전|오후|AM|PM)\s*)?\d{1,2}:\d{2}(?:\s*(?:AM|PM))?\t(?P<speaker>[^\t]+)\t(?P<text>.*)$", re.I)
# A pasted article is at least this many lines and characters of one message.
MIN_PASTED_LINES = 4
MIN_PASTED_CHARS = 300
MIN_CHAT_MESSAGES = 2


def _article_sized(lines: list[str]) -> bool:
    """Is a message long enough, in lines and characters, to be an article pasted whole?"""
    return len([ln for ln in lines if ln.strip()]) >= MIN_PASTED_LINES and sum(map(len, lines)) >= MIN_PASTED_CHARS


def _closes_quote(line: str) -> bool:
    """A line ending the quoted message: it ends with a quote mark that is not one of a doubled pair."""
    stripped = line.rstrip()
    trailing = len(stripped) - len(stripped.rstrip('"'))
    return trailing % 2 == 1


def pasted_chat_message(text: str) -> str | None:
    """The longest quoted multi-line message of a chat export, unquoted, when it is long enough to be a pasted
    article; None for any other text."""
    lines = text.splitlines()
    if sum(bool(_MESSAGE.match(ln)) for ln in lines) < MIN_CHAT_MESSAGES:
        return None
    best: list[str] = []
    i = 0
    while i < len(lines):
        m = _MESSAGE.match(lines[i])
        body = m.group("text") if m else ""
        if not (m and body.startswith('"') and not _closes_quote(body[1:] or "")):
            i += 1
            continue
        message = [body[1:]]
        j = i + 1
        while j < len(lines) and not _closes_quote(lines[j]):
            message.append(lines[j])
            j += 1
        if j < len(lines):
            message.append(lines[j].rstrip()[:-1])
        if len(message) > len(best):
            best = message
        i = j + 1
    unquoted = [ln.replace('""', '"') for ln in best]
    return "\n".join(unquoted) if _article_sized(unquoted) else None


# Other exports write each message on a line of its own that opens with its time and its sender, the message's
# further lines after it unmarked: Matrix/Element ('Thu, Oct 29 2026, 09:15 - @user:server: …'), WhatsApp
# ('29/10/2026, 09:15 - 이름: …', '[29.10.26, 09:15:02] 이름: …'), KakaoTalk's PC export ('2026년 10월 29일 오전 9:15, 이름 : …').
_PREFIXED_MESSAGE = re.compile(
    r"^\[?(?P<stamp>[^\n\]]{0,40}?(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)\]?\s*(?:[-,–]\s*)?"
    r"(?P<speaker>@[\w.=-]+:[\w.-]+|[^:\n\[\]]{1,40}?)\s*:\s(?P<text>.*)$")


# A message passed on from elsewhere is labelled so on its first line, before or instead of its own words
# ('(전달된 메시지)', '[전달됨]', 'Forwarded message', '---------- Forwarded message ----------').
_FORWARDED_LABEL = re.compile(r"^\s*[-\s]*[(\[]?\s*(?:전달된\s*메시지|전달됨|전달|forwarded(?:\s+message)?|fwd)\s*[)\]]?[-\s]*:?\s*$", re.I)


def prefixed_chat_message(text: str) -> str | None:
    """The longest message of an export whose messages open with a time and a sender, when it is long enough to be
    a pasted article (its first line after the sender, its further lines as they are); None for any other text."""
    lines = text.splitlines()
    starts = [i for i, ln in enumerate(lines) if _PREFIXED_MESSAGE.match(ln)]
    if len(starts) < MIN_CHAT_MESSAGES:
        return None
    best: list[str] = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        message = [_PREFIXED_MESSAGE.match(lines[i])["text"], *lines[i + 1:end]]
        if sum(map(len, message)) > sum(map(len, best)):
            best = message
    while best and not best[-1].strip():
        best.pop()
    while best and (not best[0].strip() or _FORWARDED_LABEL.match(best[0])):
        best.pop(0)  # the label of a message passed on is the messenger's, not the article's first line
    return "\n".join(best) if _article_sized(best) else None


# A messenger's chat copied as text from the phone (KakaoTalk's and its kind) heads each message with a line of its
# own holding only its time and its sender ('[오후 2:17] 이름', '이름 [오후 2:17]'), the message on the lines under it.
_TIME = r"(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?"
_HEADER_LINE = re.compile(rf"^\s*(?:\[{_TIME}\]\s*[^\s\[\]:][^\[\]:]{{0,30}}|[^\s\[\]:][^\[\]:]{{0,30}}?\s*\[{_TIME}\])\s*$")
# A link shared in a chat is shown under it as its preview card: the page's title (often '헤드라인 - 매체'), perhaps
# its description, and its domain.
_LINK = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_PREVIEW_TITLE = re.compile(r"^(?P<headline>\S.{4,}?)\s+[-|–—]\s+(?P<outlet>[^\s\-|–—][^-|–—]{0,24})$")


def _sender(header: str) -> str:
    return re.sub(rf"\[{_TIME}\]", "", header).strip()


def _header_messages(lines: list[str]) -> list[list[str]]:
    """The messages under their time and sender lines; none when the lines are no chat's. A chat's sender speaks more
    than once or shares a link; a live report's time-stamped entries ('[14:30] 회견 시작') do neither."""
    starts = [i for i, ln in enumerate(lines) if _HEADER_LINE.match(ln)]
    if len(starts) < MIN_CHAT_MESSAGES:
        return []
    senders = [_sender(lines[i]) for i in starts]
    shares_link = any(_LINK.match(ln) for ln in lines)
    if len(set(senders)) == len(senders) and not shares_link:
        return []
    return [lines[i + 1:(starts[k + 1] if k + 1 < len(starts) else len(lines))] for k, i in enumerate(starts)]


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a) == re.sub(r"\W+", "", b) != ""


def link_preview(text: str) -> tuple[str, str] | None:
    """The headline and the outlet a chat's preview card of a shared link gives ('헤드라인 - 매체' on the line under
    the link), when the chat is one whose messages are headed by a time and sender line; None otherwise."""
    for message in _header_messages(text.splitlines()):
        shown = [ln.strip() for ln in message if ln.strip()]
        for link, title in zip(shown, shown[1:]):
            if _LINK.match(link) and (m := _PREVIEW_TITLE.match(title)):
                return m["headline"].strip(), m["outlet"].strip()
    return None


def headed_chat_message(text: str) -> str | None:
    """The longest message of a chat whose messages are headed by a time and sender line, when it is long enough to be
    a pasted article; it starts at the shared link's headline when the sharer wrote a word of his own above it."""
    messages = _header_messages(text.splitlines())
    if not messages:
        return None
    best = max(messages, key=lambda m: sum(map(len, m)))
    preview = link_preview(text)
    if preview is not None:
        start = next((i for i, ln in enumerate(best) if _same(ln, preview[0])), 0)
        best = best[start:]
    while best and not best[-1].strip():
        best.pop()
    while best and (not best[0].strip() or _FORWARDED_LABEL.match(best[0])):
        best.pop(0)
    return "\n".join(best) if _article_sized(best) else None
