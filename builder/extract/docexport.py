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
# Every class and style value: each of Word's marks holds 'mso' (in some case, maybe spaced out), and a page with none
# is not searched with the costly pattern above (about 1 ms a page).
_CLASSES_AND_STYLES = etree.XPath("//@class|//@style", smart_strings=False)


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
    if not any("mso" in value.replace(" ", "").lower() for value in _CLASSES_AND_STYLES(tree)):
        return found
    for el in _WORD_COMMENTS(tree):
        if el.getparent() is not None:
            el.drop_tree()
            found = True
    return found


# A headline is set apart by its weight: a bold run ('<b>', '<strong>') or a run styled bold ('font-weight:bold',
# 'font-weight:700'), as 한글 (HWP) and Writer export it.
_BOLD_RUNS = etree.XPath(".//b|.//strong|.//*[contains(translate(@style, ' ', ''), 'font-weight:bold') "
                         "or contains(translate(@style, ' ', ''), 'font-weight:700') "
                         "or contains(translate(@style, ' ', ''), 'font-weight:\"bold\"')]")
# A headline's length (a sentence's end, '…다.', makes it a paragraph).
MIN_HEADLINE_CHARS, MAX_HEADLINE_CHARS = 8, 200

def document_headline(tree) -> str | None:
    """The headline of a word processor's document saved as HTML: its first paragraph set in bold all through. The
    export's <title> is the file's title (its name on the writer's disk: '1118 수매가 - 송고본 최종(2)', or nothing),
    not the headline the document prints."""
    for p in tree.iter("p", "h1", "h2"):
        text = " ".join(p.text_content().split())
        if not text:
            continue
        bold = " ".join(" ".join(r.text_content().split()) for r in _BOLD_RUNS(p)
                        if not any(a in _BOLD_RUNS(p) for a in r.iterancestors()))
        if bold == text and MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS and not text.endswith(("다.", "요.")):
            return text
    return None


# The page's running head and foot (Writer: '<div title="header">', '<div title="footer">'; Word: a div styled
# 'mso-element:header' or 'mso-element:footer'): an internal-draft notice, a page number ('1 / 1쪽'), never text.
_RUNNING_HEADS = etree.XPath("//div[@title='header' or @title='footer' "
                             "or contains(translate(@style, ' ', ''), 'mso-element:header') "
                             "or contains(translate(@style, ' ', ''), 'mso-element:footer')]")


def without_running_heads(tree) -> None:
    """Drop the page header and footer a word processor's export keeps as blocks of the document."""
    for div in _RUNNING_HEADS(tree):
        if div.getparent() is not None:
            div.drop_tree()


# A notebook exported as HTML (Jupyter's nbconvert, JupyterLab, classic Notebook): the story is in its Markdown cells;
# its code cells (the input with its `In [n]:` prompt, and the output area with `Out[n]:`, a printed table, a
# dataframe) are the analysis behind it, and the `¶` anchor link nbconvert puts after every heading is no text.
_NOTEBOOK_CELL_CLASSES = ("jp-CodeCell", "code_cell", "jp-OutputArea", "output_wrapper", "jp-InputArea", "input_area")
_NOTEBOOK_ANCHOR_CLASS = "anchor-link"
_NOTEBOOK_CODE = etree.XPath("//*[" + " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
                                                  for name in _NOTEBOOK_CELL_CLASSES) + "]")
_NOTEBOOK_ANCHORS = etree.XPath(f"//a[contains(concat(' ', normalize-space(@class), ' '), ' {_NOTEBOOK_ANCHOR_CLASS} ')]")
_CLASS_VALUES = etree.XPath("//@class", smart_strings=False)


def class_names(tree) -> set[str]:
    """Every class name the page's elements carry. A class test on every element (`concat(' ', normalize-space(@class),
    ' ')`) costs about 2 ms a page, listing the names a fifth of that: a page without the names a test looks for is
    not searched with it. (str.split cuts at every space normalize-space does, so no name the test finds is missed.)"""
    return set(" ".join(_CLASS_VALUES(tree)).split())


def without_notebook_code(tree) -> bool:
    """Take a notebook export's code and output cells and heading anchors out; True when it was one."""
    classes = class_names(tree)
    if classes.isdisjoint(_NOTEBOOK_CELL_CLASSES) and _NOTEBOOK_ANCHOR_CLASS not in classes:
        return False
    found = _NOTEBOOK_CODE(tree) + _NOTEBOOK_ANCHORS(tree)
    for el in found:
        if (parent := el.getparent()) is not None:
            parent.remove(el)  # (the tail of a cell is the whitespace between cells; an anchor's is none)
    return bool(found)
