"""A CMS's article editor saved from the browser: the article is in the form's fields, not in the page's text.

The editor shows the headline, the writer, the e-mail and the dates as `<input name=… value=…>` and the body as the
markup of a `<textarea>` (escaped in the page: `&lt;p&gt;…`); the page's own text is the form's labels ('제목',
'기자', '본문'), the admin menu and the system's footer. The fields are read by the names CMSs give them, and the
article is set out as the page it will be published as, with the CMS's name in the window title as its outlet.
"""

from __future__ import annotations

import re
from html import escape

from lxml import html as lxml_html

# Field names CMSs give each field (compared without '_', '-' and case), most telling first.
FORM_FIELDS = {
    "title": ("title", "subject", "headline", "arttitle", "newstitle", "articletitle"),
    "subtitle": ("subtitle", "subtitle1", "subhead", "subject2"),
    "author": ("writer", "author", "reporter", "byline", "writername", "reportername", "wname"),
    "email": ("writeremail", "authoremail", "reporteremail", "email", "wemail"),
    "published": ("regdate", "pubdate", "publishdate", "publisheddate", "inputdate", "wdate", "regdt", "date"),
    "updated": ("moddate", "updatedate", "editdate", "modifydate", "moddt", "updated"),
}
BODY_FIELDS = ("content", "contents", "body", "article", "newscontent", "artcontent", "text")
MIN_BODY_CHARS = 200
# The words an admin window's title adds to the outlet's name ('기사 수정 - 모아일보 CMS', '모아일보 관리자').
_ADMIN_WORDS = re.compile(r"\s*(?:CMS|관리자(?:\s*페이지)?|관리\s*시스템|기사\s*관리(?:\s*시스템)?|admin(?:istrator)?)\s*$", re.I)
_TITLE_PARTS = re.compile(r"\s+[-|:·]\s+")


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def editor_form_page(tree: lxml_html.HtmlElement) -> str | None:
    """The article page an editor form's fields make, or None when the page is no article editor."""
    for form in tree.iter("form"):
        areas = [a for a in form.iter("textarea") if len((a.text or "").strip()) >= MIN_BODY_CHARS]
        if not areas:
            continue
        body = next((a for a in areas if _key(a.get("name") or "") in BODY_FIELDS), max(areas, key=lambda a: len(a.text)))
        values = {_key(i.get("name") or ""): " ".join((i.get("value") or "").split())
                  for i in form.iter("input") if (i.get("type") or "text").lower() in ("text", "hidden", "email", "date",
                                                                                          "datetime-local")}
        found = {f: next((values[n] for n in names if values.get(n)), None) for f, names in FORM_FIELDS.items()}
        if not found["title"]:
            continue
        markup = body.text.strip()
        if "<" not in markup:
            markup = "".join(f"<p>{escape(p.strip())}</p>" for p in markup.splitlines() if p.strip())
        head = [f"<title>{escape(found['title'])}</title>"]
        window = tree.find(".//title")
        parts = _TITLE_PARTS.split(" ".join((window.text_content() if window is not None else "").split()))
        if len(parts) > 1 and (outlet := _ADMIN_WORDS.sub("", parts[-1])) and outlet != parts[-1]:
            head.append(f'<meta property="og:site_name" content="{escape(outlet)}">')
        for field, meta in (("author", "author"), ("published", "article:published_time"),
                            ("updated", "article:modified_time")):
            if found[field]:
                head.append(f'<meta name="{meta}" content="{escape(found[field])}">')
        byline = " ".join(v for v in (found["author"] and f"{found['author']} 기자", found["email"]) if v)
        sub = f"<h2 class='subtitle'>{escape(found['subtitle'])}</h2>" if found["subtitle"] else ""
        return (f"<html><head><meta charset='utf-8'>{''.join(head)}</head><body><article><h1>{escape(found['title'])}"
                f"</h1>{sub}<div class='article-body'>{markup}<p>{escape(byline)}</p></div></article></body></html>")
    return None
