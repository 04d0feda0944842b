"""Build pages/ and gold/ of ko-heldout65 from articles.py, then check the gold against the decoded pages."""
import html, json, os, re, sys

sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
e = html.escape


def ps(a, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{e(p, quote=False)}</p>" for p in a["paras"])


def lis(items, fmt='<li><a href="/news/{i}">{t}</a></li>'):
    return "\n".join(fmt.format(i=9000 + n, t=e(t, quote=False)) for n, t in enumerate(items))


def html_full(a):
    d = a["published"]
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
          "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": a["outlet"]}}
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])} - {a['outlet']}</title>
<meta name="description" content="{e(a['paras'][0][:80])}">
<meta property="og:type" content="article"><meta property="og:site_name" content="{a['outlet']}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:url" content="https://www.{a['site']}/news/articleView.html?idxno=4452">
<meta property="article:published_time" content="{a['time']}">
<meta property="article:section" content="유통">
<meta name="author" content="{a['author']}">
<script type="application/ld+json">{json.dumps(jl, ensure_ascii=False)}</script>
</head><body>
<header class="top"><div class="logo"><a href="/">{a['outlet']}</a></div>
<nav class="gnb"><ul>{''.join(f'<li><a href="#">{n}</a></li>' for n in a['nav'])}</ul></nav></header>
<div class="container"><div class="breadcrumb">{e(a['section'])}</div>
<article id="article-view">
<h1 class="headline">{e(a['title'], quote=False)}</h1>
<div class="info-box"><span class="writer">{a['author']} 기자</span> <span class="date">입력 {d.replace('-', '.')} 11:42</span></div>
<div id="article-view-content">
{ps(a)}
<p class="email">{a['author']} 기자 {a['email']}</p>
</div></article>
<aside class="related"><h3>관련기사</h3><ul>{lis(a['related'])}</ul></aside></div>
<footer class="site-footer">{''.join(f'<p>{e(f, quote=False)}</p>' for f in a['footer'])}</footer>
</body></html>
"""


def html_euckr(a):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{e(a['title'])} :: {a['outlet']}</title>
<meta name="description" content="{e(a['paras'][0][:70])}">
</head><body>
<table width="980" align="center"><tr><td class="topmenu">{' | '.join(a['nav'])}</td></tr>
<tr><td>
<div class="news_title"><b>{e(a['title'], quote=False)}</b></div>
<div class="news_info">{a['time']} | {a['author']} 기자 ({a['email']})</div>
<div class="news_body">
{ps(a)}
</div>
<div class="copy_box">{a['author']} 기자의 다른 기사 보기</div>
</td></tr>
<tr><td class="side"><b>많이 본 기사</b><ol>{lis(a['related'])}</ol></td></tr>
<tr><td class="footer">{'<br>'.join(e(f, quote=False) for f in a['footer'])}</td></tr></table>
</body></html>
"""


def html_sports(a):
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
          "dateModified": a["time"], "author": [{"@type": "Person", "name": a["author"] + " 기자"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": a["outlet"]}}
    return f"""<!doctype html>
<html lang="ko"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(a['title'])} | {a['outlet']}</title>
<meta property="og:site_name" content="{a['outlet']}"><meta property="og:title" content="{e(a['title'])}">
<meta property="og:image" content="https://img.{a['site']}/2026/02/14/mosley.jpg">
<meta property="article:published_time" content="{a['time']}">
<script type="application/ld+json">{json.dumps(jl, ensure_ascii=False)}</script>
</head><body class="sports">
<div id="gnb"><a class="brand" href="/">HOOPLINE</a>{''.join(f'<a href="#">{n}</a>' for n in a['nav'])}</div>
<main><div class="scorebox"><table><tr><th>팀</th><th>1Q</th><th>2Q</th><th>3Q</th><th>4Q</th><th>합계</th></tr>
<tr><td>창원</td><td>20</td><td>19</td><td>22</td><td>18</td><td>79</td></tr>
<tr><td>원주</td><td>23</td><td>21</td><td>18</td><td>22</td><td>84</td></tr></table></div>
<article><h2 class="tit">{e(a['title'], quote=False)}</h2>
<div class="byline">{a['author']} 기자 · 입력 2026.02.15 08:05</div>
<figure><img src="/img/mosley.jpg" alt=""><figcaption>골밑슛을 시도하는 스카이호크스 모슬리. 사진=KBL 제공</figcaption></figure>
<div class="article-body">
{ps(a)}
</div>
<div class="reporter">{a['author']} 기자 {a['email']}</div>
<div class="tags">#KBL #스카이호크스 #블루웨일즈</div></article>
<section class="more"><h4>이 시각 농구 뉴스</h4><ul>{lis(a['related'])}</ul></section></main>
<footer>{''.join(f'<div>{e(f, quote=False)}</div>' for f in a['footer'])}</footer>
</body></html>
"""


def html_jsonld(a):
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
          "dateModified": "2026-04-21T10:02:00+09:00", "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": a["outlet"], "logo": {"@type": "ImageObject", "url": f"https://{a['site']}/logo.png"}}}
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])}</title>
<meta property="og:title" content="{e(a['title'])}"><meta property="og:site_name" content="{a['outlet']}">
<meta property="og:description" content="{e(a['paras'][0])}">
<script type="application/ld+json">{json.dumps(jl, ensure_ascii=False)}</script>
</head><body>
<div class="header"><a href="/" class="logo">{a['outlet']}</a><ul class="menu">{''.join(f'<li>{n}</li>' for n in a['nav'])}</ul></div>
<div class="wrap"><div class="article-head"><span class="cat">투자</span>
<h1>{e(a['title'], quote=False)}</h1>
<p class="meta">{a['author']} 기자 <time datetime="{a['time']}">2026-04-21 09:10</time></p></div>
<div class="article-content">
{ps(a)}
</div>
<div class="author-box">{a['author']} 기자 · {a['email']}</div>
<div class="related-news"><strong>함께 보면 좋은 기사</strong><ul>{lis(a['related'])}</ul></div></div>
<div class="footer">{''.join(f'<p>{e(f, quote=False)}</p>' for f in a['footer'])}</div>
</body></html>
"""


def html_little(a):
    return f"""<html><head><meta charset="utf-8">
<title>{e(a['title'])} &lt; 영화제 &lt; 기사본문 - {a['outlet']}</title>
<meta name="description" content="{e(a['paras'][0][:90])}">
</head><body>
<div id="top"><h1 class="site"><a href="/">{a['outlet']}</a></h1><div class="menu">{' · '.join(a['nav'])}</div></div>
<div id="content">
<h2 class="view-title">{e(a['title'], quote=False)}</h2>
<ul class="view-info"><li>{a['author']} 기자</li><li>승인 {a['time']}</li></ul>
<div id="view-body">
{ps(a)}
<p>{a['author']} 기자 {a['email']}</p>
</div>
<div class="list-related"><h3>관련기사</h3><ul>{lis(a['related'])}</ul></div>
</div>
<div id="bottom">{'<br>'.join(e(f, quote=False) for f in a['footer'])}</div>
</body></html>
"""


def html_og(a):
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])} - {a['outlet']}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="article:published_time" content="{a['time']}">
<meta property="article:author" content="{a['author']}">
</head><body>
<nav class="navbar">{''.join(f'<a href="#">{n}</a>' for n in a['nav'])}</nav>
<div class="main"><article class="story">
<div class="kicker">한인사회</div>
<h1 class="story-title">{e(a['title'], quote=False)}</h1>
<div class="story-meta">{a['author']} 기자 | 2026-10-05 07:15 (미 서부시간)</div>
<figure><img src="/photo/festival.jpg" alt=""><figcaption>4일 LA 한인타운 서울국제공원에서 열린 페스티벌에서 사물놀이 공연이 펼쳐지고 있다.</figcaption></figure>
<div class="story-body">
{ps(a)}
</div>
<p class="byline-end">{a['author']} 기자 {a['email']}</p></article>
<div class="sidebar"><h4>한인사회 주요뉴스</h4><ul>{lis(a['related'])}</ul></div></div>
<footer>{''.join(f'<p>{e(f, quote=False)}</p>' for f in a['footer'])}</footer>
</body></html>
"""


def dump_portal(a):
    return "\n".join([*a["nav"], "", "정책 > 사건·사고", "", a["title"], "",
                      f"{a['author']} 기자 입력 {a['time']} 수정 {a['updated']}", "", "글자크기  공유", "",
                      *sum(([p, ""] for p in a["paras"]), []), f"{a['author']} 기자 {a['email']}", "", "관련 기사",
                      *a["related"], "", *a["footer"], ""])


def dump_wire(a):
    return "\n".join([f"{a['outlet']} 홈 > 사회 > 의료", "", a["title"], "", f"송고시간 {a['time']}", "",
                      *sum(([p, ""] for p in a["paras"]), []), a["email"], "", *a["related"], "", *a["footer"], ""])


def dump_law(a):
    return "\n".join([" | ".join(a["nav"]), "", "사건·재판", a["title"], f"{a['author']} 기자", f"입력 {a['time']}", "",
                      *sum(([p, ""] for p in a["paras"]), []), f"{a['author']} 기자 {a['email']}", "",
                      "이 기사와 함께 읽은 기사", *a["related"], "", *a["footer"], ""])


def dump_local(a):
    return "\n".join([*a["nav"], "", "교육", a["title"], f"{a['author']} 기자 | 승인 {a['time']}", "",
                      *sum(([p, ""] for p in a["paras"]), []), f"{a['author']} 기자 {a['email']}", "",
                      "다른기사 보기", "", "많이 본 뉴스", *a["related"], "", *a["footer"], ""])


FORMS = dict(html_full=html_full, html_euckr=html_euckr, html_sports=html_sports, html_jsonld=html_jsonld,
             html_little=html_little, html_og=html_og, dump_portal=dump_portal, dump_wire=dump_wire,
             dump_law=dump_law, dump_local=dump_local)


def boiler(a):
    out = [n for n in a["nav"] if len(n) >= 4] + list(a["related"]) + list(a["footer"])
    return out


def main():
    os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    problems = []
    for a in ARTICLES:
        text = FORMS[a["form"]](a)
        path = os.path.join(PAGES, a["file"])
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        with open(path, "wb") as f:
            f.write(text.encode(enc))
        gold = {"source": a["file"], "note": a["note"],
                "article": {"title": a["title"], "author": a["author"], "author_email": a["email"],
                            "published": a["published"], "outlet": a["outlet"], "language": "ko",
                            "body": "\n\n".join(a["paras"]), "body_must_not_contain": boiler(a)},
                "persons": a["persons"], "optional_persons": a["optional_persons"],
                "quotes": a["quotes"], "optional_quotes": a["optional_quotes"], "events": a["events"],
                "must_not": {"person_names": a["must_not_names"], "quote_substrings": a["must_not_quotes"]}}
        with open(os.path.join(GOLD, os.path.splitext(a["file"])[0] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
        # check against the decoded page
        raw = open(path, "rb").read().decode(enc)
        page = html.unescape(raw)
        body = "\n".join(a["paras"])
        def need(s, where, what):
            if s and s not in where:
                problems.append(f"{a['file']}: {what} not found: {s}")
        for k in ("title", "author", "email", "outlet"):
            need(a[k], page, k)
        for p in a["paras"]:
            need(p, page, "paragraph")
        for p in a["persons"]:
            need(p["name"], body, "person"); need(p["title"], body, "title")
            if p["organization"]:
                need(p["organization"], body, "organization")
        for n in a["optional_persons"]:
            need(n, page, "optional person")
        quoted = re.findall(r'"([^"]+)"', body)
        for q in a["quotes"]:
            # the quote must be made of consecutive quoted parts
            ok = any(" ".join(quoted[i:j]) == q["text"] for i in range(len(quoted)) for j in range(i + 1, min(i + 5, len(quoted) + 1)))
            if not ok:
                problems.append(f"{a['file']}: quote not consecutive parts: {q['text'][:30]}")
            if q["speaker"]:
                need(q["speaker"], body, "speaker")
        used = {q["text"] for q in a["quotes"]}
        for part in quoted:
            if not any(part in t for t in used):
                problems.append(f"{a['file']}: quoted part with no gold row: {part[:40]}")
        for b in boiler(a):
            need(b, page, "boilerplate")
            if b in body:
                problems.append(f"{a['file']}: boilerplate inside body: {b}")
        for ev in a["events"]:
            need(ev["date_text"], body, "date_text"); need(ev["location"], body, "location")
        for n in a["must_not_names"]:
            need(n, page, "must_not name")
    print("\n".join(problems) or "check OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
