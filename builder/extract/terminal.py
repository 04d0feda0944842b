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
