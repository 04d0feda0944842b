"""A word processor's document saved as HTML (Google Docs' export, Word's 'Web page'): the reviewers' comments
are no text of the document. Their markers ('[a]', '[JD1]') stand inside the paragraphs, their text in a list at
the end; both go."""

from __future__ import annotations

from lxml import etree

# Google Docs: the marker links to its comment ('<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>'), the comment
# links back ('<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>…</span></p></div>').
_GDOCS_MARKERS = etree.XPath("//a[starts-with(@id, 'cmnt_ref')][starts-with(@href, '#cmnt')]")
_GDOCS_COMMENTS = etree.XPath("//a[starts-with(@href, '#cmnt_ref')][starts-with(@id, 'cmnt')]")
# Word: the marker's span ('<span class=MsoCommentReference>', '<a class=msocomanchor>'), the comments' list
# ('<div style="mso-element:comment-list">') and each comment ('<div class=msocomtxt>').
_WORD_COMMENTS = etree.XPath("//*[contains(translate(@class, 'MSOCMENTRFAH', 'msocmentrfah'), 'msocommentreference') "
                             "or contains(translate(@class, 'MSOCMANTH', 'msocmanth'), 'msocomanchor') "
                             "or contains(translate(@class, 'MSOCMTX', 'msocmtx'), 'msocomtxt') "
                             "or contains(translate(@style, ' ', ''), 'mso-element:comment-list')]")


def _alone_in(el, tag: str):
    """The nearest `tag` ancestor whose text is the marker's own (a <sup> holding the marker only), else the marker."""
    parent = el.getparent()
    if parent is not None and parent.tag == tag and " ".join(parent.text_content().split()) == " ".join(el.text_content().split()):
        return parent
    return el


def _comment_block(el):
    """The block holding one comment: the <div> around its paragraphs when it holds comments only, else its paragraph."""
    block = next((a for a in el.iterancestors() if a.tag in ("p", "div")), el)
    if block.tag == "p" and (outer := block.getparent()) is not None and outer.tag == "div" \
            and all(_GDOCS_COMMENTS(child) or not " ".join(child.text_content().split()) for child in outer):
        return outer
    return block


def without_comments(tree) -> bool:
    """Drop the reviewers' comment markers and comments from a document exported as HTML; whether any was there."""
    found = False
    for marker in _GDOCS_MARKERS(tree):
        if marker.getparent() is not None:
            _alone_in(marker, "sup").drop_tree()
            found = True
    for link in _GDOCS_COMMENTS(tree):
        block = _comment_block(link)
        if block.getparent() is not None:
            block.drop_tree()
            found = True
    for el in _WORD_COMMENTS(tree):
        if el.getparent() is not None:
            el.drop_tree()
            found = True
    return found
