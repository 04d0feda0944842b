"""Page metadata from <meta> tags and JSON-LD, read from the already-parsed tree."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from builder import dates

# Class or id fragments of the elements that hold a page's kicker and sub-headlines.
SUBHEADING_HINTS = ("subtitle", "sub-title", "sub_title", "subtit", "sub_tit", "subhead", "sub-head", "kicker",
                    "standfirst", "article-sub", "article_sub", "deck", "summary_title", "sub_headline")
MAX_SUBHEADING_CHARS = 150
ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                 "opinionnewsarticle", "backgroundnewsarticle", "webpage", "liveblogposting"}


def meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """First value of each <meta> name/property (lower-cased key)."""
    out: dict[str, str] = {}
    for m in tree.iter("meta"):
        # (RDFa may prefix schema.org's terms with their vocabulary: 'schema:dateModified' is microdata's 'dateModified')
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower().removeprefix("schema:")
        val = (m.get("content") or "").strip()
        if key and val and key not in out:
            out[key] = val
    return out


def _walk_ld(obj, found: list[dict]) -> None:
    if isinstance(obj, list):
        for o in obj:
            _walk_ld(o, found)
    elif isinstance(obj, dict):
        t = obj.get("@type")
        types = {str(x).lower() for x in (t if isinstance(t, list) else [t])}
        if types & ARTICLE_TYPES:
            found.append(obj)
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in obj:
                _walk_ld(obj[key], found)


def json_ld(tree: lxml_html.HtmlElement) -> dict:
    """The most article-like JSON-LD object on the page, or {}."""
    found: list[dict] = []
    named: dict[str, dict] = {}
    for s in tree.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json" or not s.text:
            continue
        raw = s.text.strip()
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # pages often leave trailing commas or control characters in JSON-LD
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", re.sub(r"[\x00-\x1f]", " ", raw)))
            except ValueError:
                continue
        _walk_ld(data, found)
        _index_ids(data, named)
    found.sort(key=lambda o: 0 if "news" in str(o.get("@type")).lower() else 1)
    return _resolved(found[0], named) if found else {}


def _index_ids(obj, named: dict[str, dict]) -> None:
    """Every JSON-LD node that has an @id and says more than its id, by its id."""
    if isinstance(obj, list):
        for o in obj:
            _index_ids(o, named)
    elif isinstance(obj, dict):
        if isinstance(obj.get("@id"), str) and len(obj) > 2:
            named.setdefault(obj["@id"], obj)
        for value in obj.values():
            if isinstance(value, (list, dict)):
                _index_ids(value, named)


def _resolved(article: dict, named: dict[str, dict]) -> dict:
    """The article node with its author, creator and publisher given by reference only (`{"@id": …}`, the node in
    another block or in the @graph) replaced by the node referred to: its name and e-mail are there."""
    def one(value):
        if isinstance(value, list):
            return [one(v) for v in value]
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in named:
            return named[value["@id"]]
        return value
    return {**article, **{k: one(article[k]) for k in ("author", "creator", "publisher") if k in article}}


def _names(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


# A company's legal form closing a name ('Apple Inc.', '한빛 주식회사'): a platform's <meta name="author"> names
# the firm that runs the site, never the writer of the story it shows.
_LEGAL_FORM = re.compile(r"(?i)(?:\b(?:inc|corp|corporation|co|ltd|llc|plc|gmbh)\.?|주식회사|\(주\)|㈜)$")


def without_companies(names: list[str]) -> list[str]:
    """Names with a company's (a legal form closing the name) left out."""
    return [n for n in names if not _LEGAL_FORM.search(n.strip())]


_EMAIL = re.compile(r"^(?:mailto:)?\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$", re.I)


def author_emails(value) -> list[str]:
    """The e-mail addresses a JSON-LD author (or list of authors) declares (`"author": {"name": …, "email": …}`):
    often the only place a page gives its reporter's address."""
    people = value if isinstance(value, list) else [value]
    found = []
    for person in people:
        if isinstance(person, dict) and isinstance(person.get("email"), str) and (m := _EMAIL.match(person["email"])):
            if m.group(1) not in found:
                found.append(m.group(1))
    return found


_WRITTEN_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _written_emails(fields: list[str]) -> list[str]:
    """Addresses written into an author field beside the name ('홍길동 기자 hong@…' in <meta name="author">)."""
    return list(dict.fromkeys(m for f in fields if isinstance(f, str) for m in _WRITTEN_EMAIL.findall(f)))


_MARKED = etree.XPath("//*[@class or @id]")
# schema.org on the page's elements: microdata names a property `itemprop`, RDFa (Lite) names it `property`, perhaps
# with the vocabulary's prefix ('schema:name'); the two mark the same things (`author`, `datePublished`,
# `publisher` and their `name`).
_ON_ELEMENTS = "(@itemprop='{0}' or @property='{0}' or @property='schema:{0}')"
_MICRODATA_AUTHORS = etree.XPath("//*[%s]" % _ON_ELEMENTS.format("author"))
_MICRODATA_NAME = etree.XPath(".//*[%s]" % _ON_ELEMENTS.format("name"))
_MICRODATA_PUBLISHED = etree.XPath("//*[%s][@datetime or @content]" % _ON_ELEMENTS.format("datePublished"))
_MICRODATA_PUBLISHERS = etree.XPath("//*[%s]" % _ON_ELEMENTS.format("publisher"))
_MICRODATA_HEADLINES = etree.XPath("//meta[%s][@content]" % _ON_ELEMENTS.format("headline"))
MAX_HEADLINE_CHARS = 300


def microdata_headline(tree: lxml_html.HtmlElement) -> str | None:
    """The headline schema.org gives on a <meta> (`<meta itemprop="headline" content="…">`, RDFa's `property` alike):
    a property given on a <meta> counts as much as one on an element, and is the article's own headline where the
    page's <h1> may be its section's name. (A marked heading's text may hold its kicker: the page's headings are
    weighed elsewhere.)"""
    for el in _MICRODATA_HEADLINES(tree):
        value = " ".join((el.get("content") or "").split())
        if value and len(value) <= MAX_HEADLINE_CHARS:
            return value
    return None


# <meta> names that carry the writer's (or the wire's) name as text.
META_AUTHOR_KEYS = ("author", "articleauthor", "article:author", "dc.creator", "sailthru.author", "parsely-author")


# A card's label/value pairs (`twitter:label1` = '작성자', `twitter:data1` = '홍길동 기자'; Slack and other unfurlers
# show them): the label says what the value is. Labels of the writer and of the publication time, by language.
AUTHOR_LABELS = {"작성자", "기자", "글", "글쓴이", "필자", "저자", "취재", "작성", "written by", "writer", "author",
                 "by", "reporter", "auteur", "autor", "著者", "作者", "记者", "記者"}
PUBLISHED_LABELS = {"입력", "등록", "발행", "게재", "작성일", "입력일", "등록일", "발행일", "게재일", "published", "posted",
                    "publié", "veröffentlicht"}


def labelled_values(meta: dict[str, str], labels: set[str]) -> list[str]:
    """Values of the card's pairs (`twitter:labelN` / `twitter:dataN`) whose label is one of `labels`."""
    return [value for key, label in meta.items()
            if (m := re.fullmatch(r"twitter:label(\d+)", key)) and label.strip().rstrip(":").lower() in labels
            and (value := meta.get(f"twitter:data{m.group(1)}", "").strip())]


def meta_authors(meta: dict[str, str]) -> list[str]:
    """Writers named in the <meta> tags, addresses left out ('article:author' often holds a profile's URL)."""
    return without_companies([v for k in META_AUTHOR_KEYS if (v := meta.get(k)) and not v.startswith(("http://", "https://", "/"))])


def microdata_publishers(tree: lxml_html.HtmlElement) -> list[str]:
    """The publisher's name schema.org marks on the page's elements (microdata or RDFa: `<div property="publisher">`
    holding `<meta property="name" content="…">` or the name as text): a page whose <title> and logo say nothing
    may name its outlet only there."""
    out: list[str] = []
    for el in _MICRODATA_PUBLISHERS(tree):
        named = _MICRODATA_NAME(el)
        value = " ".join(((named[0].get("content") or named[0].text_content()) if named else el.get("content") or "").split())
        if value and value not in out:
            out.append(value)
    return out


def microdata_published(tree: lxml_html.HtmlElement) -> str | None:
    """schema.org microdata or RDFa on the page's own element ('<time itemprop="datePublished" datetime="…">',
    '<time property="datePublished" …>'): the date
    the article states, where a tracker's meta tag may carry the date its address was first used."""
    for el in _MICRODATA_PUBLISHED(tree):
        value = (el.get("datetime") or el.get("content") or "").strip()
        if value:
            return value
    return None


# Class words that mark the element holding the article's publication or modification time: Facebook Instant Articles
# (`time.op-published` / `op-modified`), hAtom and WordPress (`published` / `updated`, `entry-date`), and CMS themes.
PUBLISHED_CLASSES = {"op-published", "published", "pubdate", "date-published", "datepublished", "publish-date",
                     "published-date", "entry-date", "post-date", "article-date-published", "date-posted"}
UPDATED_CLASSES = {"op-modified", "updated", "modified", "date-modified", "datemodified", "modified-date",
                   "updated-date", "date-updated", "article-date-modified"}
# Where such an element keeps its machine-readable time: `<time datetime>`, `<meta content>`, `<abbr title>` (hAtom),
# or a data attribute a script fills the text from (often epoch seconds or milliseconds).
_TIME_ATTRIBUTES = ("datetime", "content", "title", "data-timestamp", "data-time", "data-date", "data-published")
_TIME_CLASSES = PUBLISHED_CLASSES | UPDATED_CLASSES
_CLASSED = etree.XPath("//*[@class][self::time or self::abbr or self::span or self::meta or self::div or self::p]")


def _time_value(el) -> str | None:
    for name in _TIME_ATTRIBUTES:
        value = (el.get(name) or "").strip()
        if value and dates.normalise(value):
            return value
    return None


def marked_times(tree: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    """(published, updated) from the first elements whose class marks them so and that hold a machine-readable time
    (and `<time pubdate>`, HTML5's first draft of the mark): the page's own pair, where its text prints both times."""
    published = updated = None
    for el in _CLASSED(tree):
        words = set((el.get("class") or "").lower().split())
        if not words & _TIME_CLASSES:
            continue  # most classed elements are no time's: their attributes are not parsed as dates
        value = _time_value(el)
        if not value:
            continue
        if words & UPDATED_CLASSES and not words & PUBLISHED_CLASSES - {"entry-date"}:
            updated = updated or value
        elif words & PUBLISHED_CLASSES:
            published = published or value
    if published is None:
        published = next((v for el in tree.iter("time") if el.get("pubdate") is not None and (v := _time_value(el))), None)
    return published, updated


def microdata_authors(tree: lxml_html.HtmlElement) -> list[str]:
    """Authors a page marks with schema.org microdata (`<span itemprop="author">` holding
    `<meta itemprop="name" content="…">`, or the name as its text): the last resort, after every other
    source (a page's microdata may also mark the authors of the stories it links to)."""
    out: list[str] = []
    for el in _MICRODATA_AUTHORS(tree):
        named = _MICRODATA_NAME(el)
        value = (named[0].get("content") or named[0].text_content()) if named else (el.get("content") or el.text_content())
        value = " ".join((value or "").split())
        if value and value not in out:
            out.append(value)
    return out
_HINT = re.compile("|".join(re.escape(h) for h in SUBHEADING_HINTS))


def subheadings(tree: lxml_html.HtmlElement) -> list[str]:
    """Lines of the elements whose class or id says they hold the kicker or sub-headlines."""
    out: list[str] = []
    hits = [el for el in _MARKED(tree)
            if _HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}".lower())
            and el.tag not in ("script", "style", "meta", "link", "body", "html")]
    hit_set = set(hits)
    for el in hits:
        if any(a in hit_set for a in el.iterancestors()):
            continue  # inside another hit: its text is already taken
        for line in "\n".join(el.itertext()).splitlines():
            line = " ".join(line.split())
            if line and len(line) <= MAX_SUBHEADING_CHARS and line not in out:
                out.append(line)
        if len(out) >= 6:
            break
    return out[:6]


def page_address(tree: lxml_html.HtmlElement, url) -> str | None:
    """The page's address as a full URL: a relative canonical ('articleView.html?idxno=12') is read against the
    page's <base href> as a browser reads it; without an absolute base it stays as written."""
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    if urlsplit(url).scheme:
        return url
    base = next((b.get("href").strip() for b in tree.iter("base") if b.get("href")), None)
    return urljoin(base, url) if base and urlsplit(base).scheme in ("http", "https") else url


def amp_story(tree: lxml_html.HtmlElement, attribute: str) -> str | None:
    """What a web story declares on its `<amp-story>` element (`title`, `publisher`): a story page's only metadata."""
    for el in tree.iter("amp-story"):
        if value := " ".join((el.get(attribute) or "").split()):
            return value
    return None


# A web component that carries its article's metadata as attributes (`<news-article headline= author= published=>`):
# the attribute names each field takes, most telling first.
COMPONENT_FIELDS = {
    "title": ("headline", "article-title", "title", "heading"),
    "author": ("author", "author-name", "byline", "writer", "reporter", "authors"),
    "email": ("author-email", "email", "writer-email", "reporter-email"),
    "published": ("published", "date-published", "published-at", "publish-date", "pubdate", "datetime", "date"),
    "updated": ("modified", "updated", "date-modified", "modified-at", "updated-at"),
    "outlet": ("outlet", "publisher", "site-name", "brand"),
}
# An element's attributes are its article's metadata when they name at least this many of its fields (a list
# titled 'related news' names one).
MIN_COMPONENT_FIELDS = 2


# Custom elements (a hyphen in the tag, namespace included), in document order: found by XPath, in C, where walking
# every element of the page in Python cost more than the rest of the metadata search.
_CUSTOM_ELEMENTS = etree.XPath("descendant-or-self::*[contains(local-name(), '-') or contains(namespace-uri(), '-')]")


def component_attributes(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """The fields a custom element (its name has a hyphen) gives as attributes, of the first that gives enough."""
    for el in _CUSTOM_ELEMENTS(tree):
        if "-" not in el.tag:
            continue
        found = {}
        for field_name, names in COMPONENT_FIELDS.items():
            value = next((v for n in names if (v := " ".join((el.get(n) or "").split()))), None)
            if value:
                found[field_name] = value
        if len(found) >= MIN_COMPONENT_FIELDS and ("title" in found or "author" in found):
            return found
    return {}


# A read-later app's saved copy (Pocket, Instapaper, Omnivore, Wallabag) and many reader views print the outlet as an
# element of its own in the article's byline row (`<span class="publisher">`); the app's own name fills the <title>'s
# suffix. Such an element is read as the outlet only inside the article or a byline row, as a short name.
_PUBLISHER_CLASS = re.compile(r"(?:^|[\s_-])(?:publisher|publisher-name|site-name|sitename|source-name|press-name)$", re.I)
_MARKED_ROW = re.compile(r"byline|reader-meta|article-meta|post-meta", re.I)
MAX_MARKED_PUBLISHER_CHARS = 30


def marked_publisher(tree: lxml_html.HtmlElement) -> str | None:
    """The outlet an element marked as the publisher names inside the article or its byline row, or None."""
    for el in tree.iter("span", "div", "a", "p", "cite", "strong", "em", "b"):
        if not any(_PUBLISHER_CLASS.search(c) for c in (el.get("class") or "").split()):
            continue
        inside = any(a.tag == "article" or _MARKED_ROW.search(a.get("class") or "") for a in el.iterancestors())
        text = " ".join(el.text_content().split())
        if inside and 2 <= len(text) <= MAX_MARKED_PUBLISHER_CHARS and not re.search(r"[\d:：@]", text):
            return text
    return None


def page_metadata(tree: lxml_html.HtmlElement) -> dict:
    """Title, dates, authors, outlet, url and language as the page declares them."""
    meta = meta_tags(tree)
    ld = json_ld(tree)
    canonical = next((lnk.get("href") for lnk in tree.iter("link")
                      if (lnk.get("rel") or "").lower() == "canonical" and lnk.get("href")), None)
    html_el = tree if tree.tag == "html" else tree.getroottree().getroot()
    publisher = ld.get("publisher")
    marked_published, marked_updated = marked_times(tree)
    component = component_attributes(tree)
    return {
        "title": ld.get("headline") or microdata_headline(tree) or meta.get("og:title") or meta.get("twitter:title") or meta.get("title")
        or amp_story(tree, "title") or component.get("title"),
        "titles": [t for t in (ld.get("headline"), microdata_headline(tree), meta.get("og:title"), meta.get("twitter:title"), meta.get("title"),
                               component.get("title"))
                   if isinstance(t, str) and t],
        "published": ld.get("datePublished") or meta.get("article:published_time") or meta.get("og:article:published_time")
        or meta.get("datepublished")  # schema.org microdata: <meta itemprop="datePublished" content="…">
        or meta.get("pubdate") or meta.get("publish-date") or meta.get("date") or meta.get("dc.date.issued")
        or microdata_published(tree) or marked_published or component.get("published")
        or next((v for v in labelled_values(meta, PUBLISHED_LABELS) if dates.normalise(v)), None),
        "updated": ld.get("dateModified") or meta.get("article:modified_time") or meta.get("og:updated_time")
        or meta.get("datemodified") or marked_updated or component.get("updated"),
        "authors": _names(ld.get("author")) or without_companies(_names(meta.get("author"))) or _names(meta.get("dable:author"))
        or labelled_values(meta, AUTHOR_LABELS) or _names(component.get("author")),
        "microdata_authors": microdata_authors(tree),
        "meta_authors": meta_authors(meta),
        "author_emails": author_emails(ld.get("author")) or _written_emails(_names(ld.get("author")) + meta_authors(meta))
        or ([component["email"]] if "@" in component.get("email", "") else []),
        "outlet": hosted_publication(meta.get("og:site_name"), _page_title(tree)) or (_names(publisher)[0] if _names(publisher) else None) or amp_story(tree, "publisher")
        or next(iter(microdata_publishers(tree)), None) or component.get("outlet") or marked_publisher(tree),
        "publishers": _names(publisher) + [meta[k] for k in ("publisher", "dc.publisher") if meta.get(k)]
        + microdata_publishers(tree),
        "url": page_address(tree, meta.get("og:url") or canonical or ld.get("url")),
        "language": (html_el.get("lang") or html_el.get("xml:lang") or meta.get("og:locale")
                     or (ld.get("inLanguage") if isinstance(ld.get("inLanguage"), str) else None) or meta.get("content-language")),
        "description": meta.get("og:description") or meta.get("description"),
        "article_body": ld.get("articleBody") if isinstance(ld.get("articleBody"), str) else None,
        "subheadings": subheadings(tree),
    }


# Writing platforms and news readers name themselves in og:site_name; the outlet is the publication the <title> names
# before the platform (the closed list and why: `platforms.toml`).
_PLATFORMS = tomllib.loads((Path(__file__).with_name("platforms.toml")).read_text(encoding="utf-8"))
HOSTING_PLATFORMS = frozenset(_PLATFORMS["hosting_platforms"] + _PLATFORMS["news_readers"])
_TITLE_SEGMENTS = re.compile(r"\s+[|–—·-]\s+")
_BY_SEGMENT = re.compile(r"(?i)^(?:by|작성자|글)\s*[:：]?\s+\S")


def hosted_publication(site_name: str | None, page_title: str | None) -> str | None:
    """The outlet of a post on a writing platform: the publication its <title> names before the platform's name
    (None when it names none: the platform is no outlet); any other site's name as it is."""
    if not is_platform(site_name):
        return site_name
    segments = [s.strip() for s in _TITLE_SEGMENTS.split(" ".join((page_title or "").split())) if s.strip()]
    if len(segments) < 3 or not is_platform(segments[-1]):
        return None
    between = [s for s in segments[1:-1] if not _BY_SEGMENT.match(s)]
    return between[-1] if len(between) == 1 else None


def is_platform(name: str | None) -> bool:
    """A writing platform's or a news reader's own name ('Medium', 'Feedly', 'Telegraph'), never an outlet's."""
    return bool(name) and re.sub(r"\s+", "", name).lower() in HOSTING_PLATFORMS


def _page_title(tree) -> str | None:
    titles = tree.xpath("//head/title/text()") or tree.xpath("//title/text()")
    return titles[0] if titles else None
