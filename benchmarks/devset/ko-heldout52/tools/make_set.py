# Builds pages/ and gold/ of ko-heldout52 from articles.py, then checks every gold string against its decoded page.
import json, os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from articles import A
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape

def ps(a):
    return "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])

def t_full(a):
    d, t = a["date"], a["time"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": f"{d}T{t}:00+09:00", "dateModified": f"{d}T{t}:00+09:00",
          "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": a["outlet"]}}
    nav = "".join(f'<li><a href="/news/{i}">{E(n)}</a></li>' for i, n in enumerate(a["nav"]))
    rel = "".join(f'<li><a href="/news/articleView.html?idxno={3300+i}">{E(r)}</a></li>' for i, r in enumerate(a["related"]))
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - {E(a['outlet'])}</title>
<meta name="description" content="{E(a['paras'][0][:80])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{E(a['outlet'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:url" content="https://www.{a['site']}/news/articleView.html?idxno=3318">
<meta property="article:published_time" content="{d}T{t}:00+09:00">
<meta property="article:section" content="{E(a['section'])}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<header id="header"><div class="logo"><a href="/">{E(a['outlet'])}</a></div>
<nav class="gnb"><ul>{nav}</ul></nav></header>
<div id="container"><article class="article-view">
<div class="article-head"><span class="section">{E(a['section'])}</span>
<h1 class="headline">{E(a['title'])}</h1>
<h2 class="subheading">{E(a['sub'])}</h2>
<ul class="infomation"><li><i class="icon-user"></i> {E(a['author'])} 기자</li><li><i class="icon-clock"></i> 입력 {d.replace('-', '.')} {t}</li></ul></div>
<div id="article-view-content-div" class="article-body">
{ps(a)}
</div>
<div class="writer">{E(a['author'])} 기자 <a href="mailto:{a['email']}">{a['email']}</a></div>
</article>
<aside class="related"><h3>관련기사</h3><ul>{rel}</ul></aside></div>
<footer id="footer"><p>{E(a['footer'][0])}</p><p class="copyright">{E(a['footer'][1])}</p></footer>
</body></html>
"""

def t_euckr(a):
    d, t = a["date"], a["time"]
    nav = " | ".join(f'<a href="/sub.php?code={i}">{E(n)}</a>' for i, n in enumerate(a["nav"]))
    rel = "".join(f'<tr><td>· <a href="/read.php?no={2190+i}">{E(r)}</a></td></tr>' for i, r in enumerate(a["related"]))
    body = "<br><br>\n".join(E(p) for p in a["paras"])
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{E(a['outlet'])}</title>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td class="top_menu">{nav}</td></tr>
<tr><td>
<table width="680" cellpadding="0" cellspacing="0"><tr><td class="view_title"><b>{E(a['title'])}</b></td></tr>
<tr><td class="view_date">입력 : {d} {t}</td></tr>
<tr><td class="view_text">
{body}
<br><br>
{E(a['author'])} 기자 {a['email']}
</td></tr></table>
</td></tr>
<tr><td><table><tr><td><b>이 시각 주요뉴스</b></td></tr>{rel}</table></td></tr>
<tr><td class="copy">{E(a['footer'][0])}<br>{E(a['footer'][1])}</td></tr>
</table>
</body>
</html>
"""

def t_bare(a):
    d, t = a["date"], a["time"]
    nav = "".join(f'<a href="/list/{i}">{E(n)}</a>' for i, n in enumerate(a["nav"]))
    rel = "".join(f'<li><a href="/view/{4440+i}">{E(r)}</a></li>' for i, r in enumerate(a["related"]))
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | {E(a['outlet'])}</title>
<meta name="description" content="{E(a['paras'][0][:60])}">
</head>
<body>
<div class="top"><a class="logo" href="/">{E(a['outlet'])}</a><div class="menu">{nav}</div></div>
<div class="wrap">
<div class="view-head">
<h3 class="tit">{E(a['title'])}</h3>
<div class="byline">{E(a['author'])} 기자 · 기사승인 {d.replace('-', '.')} {t}</div>
</div>
<div class="view-cont">
{ps(a)}
<p class="mail">{a['email']}</p>
</div>
<div class="list-box"><strong>지역 소식 더보기</strong><ul>{rel}</ul></div>
</div>
<div class="foot">{E(a['footer'][0])}<br>{E(a['footer'][1])}</div>
</body>
</html>
"""

def t_jsonld(a):
    d, t = a["date"], a["time"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": f"{d}T{t}:00+09:00", "author": [{"@type": "Person", "name": a["author"] + " 기자", "email": a["email"]}],
          "publisher": {"@type": "Organization", "name": a["outlet"], "logo": {"@type": "ImageObject", "url": f"https://{a['site']}/img/logo.png"}},
          "articleSection": a["section"], "keywords": ",".join(a["tags"])}
    nav = "".join(f'<a class="gnb-item" href="/{i}">{E(n)}</a>' for i, n in enumerate(a["nav"]))
    rel = "".join(f'<li><a href="/article/20261126{7700+i}">{E(r)}</a></li>' for i, r in enumerate(a["related"]))
    tags = "".join(f'<a href="/tag/{E(x)}">#{E(x)}</a>' for x in a["tags"])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} | {E(a['outlet'])}</title>
<meta property="og:site_name" content="{E(a['outlet'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['paras'][0][:90])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{d}T{t}:00+09:00">
<meta property="article:modified_time" content="{d}T{t}:00+09:00">
<meta property="article:section" content="{E(a['section'])}">
{''.join(f'<meta property="article:tag" content="{E(x)}">' for x in a['tags'])}
<meta name="author" content="{E(a['author'])} 기자">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
<div class="gnb">{nav}</div>
<main>
<div class="art_top"><p class="kicker">{E(a['section'])}</p><h1>{E(a['title'])}</h1>
<div class="art_info"><span class="name">{E(a['author'])} 기자</span><span class="date">입력 {d} {t}</span>
<div class="share"><button>페이스북</button><button>카카오톡</button><button>링크복사</button><button>글자크기</button></div></div></div>
<div class="art_body" itemprop="articleBody">
{ps(a)}
</div>
<div class="art_tags">{tags}</div>
<div class="reporter_box"><strong>{E(a['author'])} 기자</strong> <span>{a['email']}</span></div>
<section class="related_news"><h4>관련 뉴스</h4><ul>{rel}</ul></section>
</main>
<footer><div>{E(a['footer'][0])}</div><div>{E(a['footer'][1])}</div></footer>
</body>
</html>
"""

def t_sports(a):
    d, t = a["date"], a["time"]
    nav = "".join(f'<li><a href="/{i}">{E(n)}</a></li>' for i, n in enumerate(a["nav"]))
    rel = "".join(f'<li><span class="rank">{i+1}</span><a href="/news/{2280+i}">{E(r)}</a></li>' for i, r in enumerate(a["related"]))
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])}</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="{E(a['outlet'])}">
<meta property="og:image" content="https://img.{a['site']}/2026/11/19/2288.jpg">
</head>
<body>
<div id="wrap"><div class="header"><h1 class="logo"><a href="/">{E(a['outlet'])}</a></h1><ul class="menu">{nav}</ul></div>
<div class="content">
<div class="news_head"><h2 class="news_title">{E(a['title'])}</h2>
<div class="news_info"><span class="reporter">{E(a['author'])} 기자</span> <time datetime="{d}T{t}:00+09:00">{d.replace('-', '.')} {t}</time></div></div>
<div class="news_body">
{ps(a)}
</div>
<div class="reporter_info">{E(a['author'])} 기자 / {a['email']}</div>
<div class="most_read"><h3>많이 본 뉴스</h3><ol>{rel}</ol></div>
</div>
<div class="footer"><p>{E(a['footer'][0])}</p><p>{E(a['footer'][1])}</p></div></div>
</body>
</html>
"""

def t_people(a):
    d, t = a["date"], a["time"]
    nav = "".join(f'<li><a href="/section/{i}">{E(n)}</a></li>' for i, n in enumerate(a["nav"]))
    rel = "".join(f'<li><a href="/news/{6610+i}">{E(r)}</a></li>' for i, r in enumerate(a["related"]))
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} : {E(a['outlet'])}</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{E(a['outlet'])}">
<meta property="article:published_time" content="{d}T{t}:00+09:00">
</head>
<body>
<header><a href="/" class="brand">{E(a['outlet'])}</a><nav><ul>{nav}</ul></nav></header>
<div class="article">
<div class="cat">{E(a['section'])}</div>
<h1>{E(a['title'])}</h1>
<p class="meta">기사입력 {d} {t} · <a href="mailto:{a['email']}">{E(a['author'])} 기자</a></p>
<div class="txt">
{ps(a)}
</div>
</div>
<div class="related"><h2>함께 볼 기사</h2><ul>{rel}</ul></div>
<footer><p>{E(a['footer'][0])}</p><small>{E(a['footer'][1])}</small></footer>
</body>
</html>
"""

def d_browser(a):
    d, t = a["date"], a["time"]
    return "\n".join(["본문 바로가기", "주메뉴 바로가기", a["outlet"], " ".join(a["nav"]), "로그인 회원가입",
        f"홈 > {a['section']}", "", a["title"], "",
        f"입력 {d.replace('-', '.')} {t} | 수정 {d.replace('-', '.')} {a['mtime']}", f"기자명 {a['author']} 기자",
        "", "\n\n".join(a["paras"]), "", f"{a['author']} 기자 {a['email']}", "", "저작권자 © " + a["outlet"] + " 무단전재 및 재배포 금지", "",
        "관련기사"] + a["related"] + ["", "\n".join(a["footer"])]) + "\n"

def d_portal(a):
    d = a["date"].replace('-', '.')
    return "\n".join(["모아뉴스", " ".join(a["nav"]), "", a["title"], f"{a['outlet']} | {d}. {a['time']}", "",
        "\n\n".join(a["paras"]), "", f"{a['author']} 기자({a['email']})", "",
        a["footer"][0], "", "좋아요 12  훈훈해요 0  슬퍼요 3  화나요 41  후속기사 원해요 9", "",
        "이 언론사 많이 본 뉴스"] + a["related"] + ["", "모아뉴스 이용약관 개인정보처리방침 고객센터"]) + "\n"

def d_agency(a):
    d = a["date"]
    return "\n".join([a["outlet"], " ".join(a["nav"]), "", a["title"], "", f"송고시간 {d} {a['time']}", "",
        "\n\n".join(a["paras"]), "", a["email"], "", a["footer"][0], "", "관련 뉴스"] + a["related"]) + "\n"

def d_edu(a):
    return "\n".join([" ".join(a["nav"]), "", f"[{a['outlet']}] {a['title']}", "",
        f"입력: 2026년 11월 20일 {a['time']}", "", "\n\n".join(a["paras"]), "", f"{a['author']} 기자 {a['email']}", "",
        "많이 본 기사"] + a["related"] + ["", "\n".join(a["footer"])]) + "\n"

T = {k: v for k, v in globals().items() if k.startswith(("t_", "d_"))}

def gold(a):
    bmc = list(a["footer"]) + list(a["related"]) + [n for n in a["nav"] if len(n) >= 3]
    g = {"source": a["file"], "note": a["note"],
         "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["date"],
                     "outlet": a["outlet"], "language": "ko", "body": "\n\n".join(a["paras"]), "body_must_not_contain": bmc},
         "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
         "optional_persons": a["optional_persons"],
         "quotes": [{"speaker": s, "text": q} for s, q in a["quotes"]],
         "optional_quotes": a["optional_quotes"],
         "events": [{"name": n, "kind": k, "location": l, "date_text": dt, "start_date": sd} for n, k, l, dt, sd in a["events"]],
         "must_not": {"person_names": a["must_not_names"], "quote_substrings": []}}
    return g

def main():
    bad = 0
    for a in A:
        page = T[a["tpl"]](a)
        p = os.path.join(ROOT, "pages", a["file"])
        enc = "euc-kr" if a["tpl"] == "t_euckr" else "utf-8"
        with open(p, "wb") as f:
            f.write(page.encode(enc))
        g = gold(a)
        stem = os.path.splitext(a["file"])[0]
        with open(os.path.join(ROOT, "gold", stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        # check on the decoded page
        text = html.unescape(open(p, "rb").read().decode(enc))
        def need(s, what):
            nonlocal bad
            if s and s not in text:
                print("MISSING", a["file"], what, repr(s)); bad += 1
        ar = g["article"]
        for k in ("title", "author", "author_email", "outlet"):
            need(ar[k], k)
        for para in a["paras"]:
            need(para, "para")
        for s in ar["body_must_not_contain"]:
            need(s, "boilerplate")
            if s in ar["body"]:
                print("BOILER IN BODY", a["file"], s); bad += 1
        for r in g["persons"]:
            need(r["name"], "name"); need(r["title"], "title"); need(r["organization"], "org")
        for n in g["optional_persons"]:
            need(n[0] if n.endswith("씨") and len(n) == 2 else n, "optional")
        for n in g["must_not"]["person_names"]:
            need(n, "must_not")
        for q in g["quotes"]:
            if q["speaker"] and not q["speaker"].endswith("씨"):
                need(q["speaker"], "speaker")
            # quotation made of page's quoted parts
            body = "\n".join(a["paras"])
            import re
            parts = re.findall(r'"([^"]+)"', body)
            ok = q["text"] in parts or any(" ".join(parts[i:j]) == q["text"] for i in range(len(parts)) for j in range(i+1, min(i+5, len(parts)+1)))
            if not ok:
                print("QUOTE NOT PARTS", a["file"], q["text"]); bad += 1
        for q in g["optional_quotes"]:
            need(q, "optional quote")
        for e in g["events"]:
            need(e["date_text"], "date_text"); need(e["location"], "location")
    print("pages", len(A), "problems", bad)

main()
