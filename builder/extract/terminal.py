"""Terminal escapes in a text dump: a page copied from a terminal (or a `script` log, `less -R` or `cat -v` save)
keeps the codes that coloured it. They are no text, and left in they hide the headline and byline lines from the rules."""

from __future__ import annotations

import re

# ECMA-48 control sequences: CSI (`ESC [ … final`, SGR colours, cursor moves, erasing; also the 8-bit CSI byte),
# OSC (`ESC ] … BEL` or `… ESC \`: window title, OSC 8 hyperlinks), and the two-byte escapes (`ESC c`, `ESC (B`).
_CSI = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]")
_OSC = re.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
_SHORT_ESCAPE = re.compile(r"\x1b[()][0-9A-Za-z]|\x1b[@-Z\\-_=>]")
# `cat -v` writes ESC as the caret pair `^[`: the same sequences in print.
_CARET_CSI = re.compile(r"\^\[\[[0-?]*[ -/]*[@-~]")
# A copy that lost the ESC byte but kept the rest: bare colour codes `[1;36m` … `[0m`. Taken only when the dump holds
# at least this many and one of them is a reset, since a single `[2m` may be text (a length).
_BARE_SGR = re.compile(r"\[(?:\d{1,3}(?:;\d{1,3})*)?m")
_BARE_RESET = re.compile(r"\[0?m")
MIN_BARE_SGR = 3
# A manual page's (nroff) overstrike: bold as `x BS x`, underline as `_ BS x`.
_OVERSTRIKE = re.compile(r".\x08(?=.)")


def strip_terminal_codes(text: str) -> str:
    """The text without its terminal escapes; text with none comes back as it is."""
    if "\x1b" in text or "\x9b" in text:
        text = _SHORT_ESCAPE.sub("", _CSI.sub("", _OSC.sub("", text)))
    if "^[[" in text:
        text = _CARET_CSI.sub("", text)
    if "\x08" in text:
        text = _OVERSTRIKE.sub("", text)
    if len(_BARE_SGR.findall(text)) >= MIN_BARE_SGR and _BARE_RESET.search(text):
        text = _BARE_SGR.sub("", text)
    return text


# A wire service's message as its line sends it (ANPA 1312 / IPTC 7901): SYN SYN SOH, the header (the selector,
# priority, category, the `BC-` slug or keyword, date and time; perhaps the word count) up to STX, the text, then
# ETX (EOT). The header names the message for the desk, not the reader; the headline is the `^…<` line (`^` opens a
# headline, `<` ends a line in the format).
_WIRE_START = re.compile(r"\A\x16*\x01")
_WIRE_HEADER_LINE = re.compile(r"\A\s*[a-z]\d{4}\s+[a-z]\s+[a-z]{1,4}-*\s+(?:\d{1,5}\s+)?(?:BC|AM|PM)-\S+.*?"
                               r"(?:\d{2}-\d{2}\s+\d{4})?[\x1f\s]*\n")
_WIRE_HEADLINE = re.compile(r"^\^(?P<text>[^\n<]+?)\s*<\s*$", re.M)


def wire_message(text: str) -> str:
    """A wire message's text without its transmission envelope: the header and the codes around the text dropped,
    the `^headline<` line as plain text; other text as it is."""
    enveloped = bool(_WIRE_START.match(text))
    if enveloped:
        text = text[_WIRE_START.match(text).end():]
        if (stx := text.find("\x02")) >= 0:
            text = text[stx + 1:]
        if (etx := text.find("\x03")) >= 0:
            text = text[:etx]
    elif m := _WIRE_HEADER_LINE.match(text):
        text = text[m.end():]  # the envelope's codes stripped by a tool, its header line kept
    else:
        return text
    return _WIRE_HEADLINE.sub(lambda m: m["text"], text, count=1)
