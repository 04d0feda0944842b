# -*- coding: utf-8 -*-
"""Write pages/ and gold/ of ko-heldout53 from articles.py, then check every gold string against its page."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
E = html.escape

def ymd(a, sep="-"):
    return a["published"].replace("-", sep)

def lede(a):
    return a["paras"]

def html_full(a):
    ps = "\n".join(f"        <p>{E(p)}</p>" for p in a["paras"])
    rel = "\n".join(f'          <li><a href="/news/articleView.html?idxno={9000+i}">{E(r)}</a></li>' for i, r in enumerate(a["related"]))
    jl = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": f"{a['published']}T{a['time']}:00+09:00", "dateModified": f"{a['published']}T{a['time']}:00+09:00",
                     "author": {"@type": "Person", "name": a["author"]},
                     "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    bp = {"nav": ["정치", "국방", "외교안보", "방산", "북한", "오피니언"], "foot": f"Copyright © {a['outlet']}. All rights reserved.",
          "foot2": "서울특별시 용산구 한강대로 000 | 발행·편집인 : 오세창 | 청소년보호책임자 : 나경목"}
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - {E(a['outlet'])}</title>
<meta name="description" content="{E(a['paras'][0])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{E(a['outlet'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['paras'][0])}">
<meta property="og:url" content="https://www.{a['site']}/news/articleView.html?idxno=1043">
<meta property="article:published_time" content="{a['published']}T{a['time']}:00+09:00">
<meta property="article:section" content="{a['section']}">
<meta name="author" content="{E(a['author'])}">
<link rel="canonical" href="https://www.{a['site']}/news/articleView.html?idxno=1043">
<script type="application/ld+json">{jl}</script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">{E(a['outlet'])}</a>
  <nav class="gnb"><ul>{''.join(f'<li><a href="/section/{i}">{n}</a></li>' for i, n in enumerate(bp['nav']))}</ul></nav>
</header>
<main>
  <article class="article-view">
    <div class="section-name">{a['section']}</div>
    <h1 class="headline">{E(a['title'])}</h1>
    <ul class="info-text">
      <li><i class="icon-user"></i> {E(a['author'])} 기자</li>
      <li><i class="icon-clock"></i> 입력 {ymd(a, '.')} {a['time']}</li>
    </ul>
    <div id="article-view-content-div" class="article-body">
{ps}
      <p class="byline-email">{E(a['author'])} 기자 {a['email']}</p>
    </div>
    <div class="share-bar">공유하기 · 페이스북 · 카카오톡 · URL복사</div>
  </article>
  <aside class="related">
    <h3>관련기사</h3>
    <ul>
{rel}
    </ul>
  </aside>
</main>
<footer>
  <p>{bp['foot2']}</p>
  <p>{bp['foot']}</p>
</footer>
</body>
</html>
"""
    return page, [bp["foot"], bp["foot2"], "공유하기 · 페이스북 · 카카오톡 · URL복사", "관련기사"] + a["related"]

def html_euckr(a):
    ps = "<br><br>\n".join(E(p) for p in a["paras"])
    rel = "\n".join(f'<tr><td class="rel">· <a href="/news/read.php?no={5400+i}">{E(r)}</a></td></tr>' for i, r in enumerate(a["related"]))
    foot = f"Copyright(c) 2026 {a['outlet']} 무단전재 및 재배포 금지"
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{E(a['outlet'])} - {E(a['title'])}</title>
<meta name="description" content="{E(a['paras'][0])}">
</head>
<body topmargin="0" leftmargin="0">
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td class="top"><a href="/">{E(a['outlet'])}</a> | 경제 | 산업 | 유통 | 증권 | 부동산 | 오피니언</td></tr>
<tr><td class="loc">홈 &gt; 유통 &gt; 백화점·마트</td></tr>
<tr><td>
  <table width="100%"><tr><td class="tit"><font size="5"><b>{E(a['title'])}</b></font></td></tr>
  <tr><td class="date">입력 : {ymd(a, '-')} {a['time']} | {E(a['author'])} 기자 {a['email']}</td></tr>
  <tr><td class="cont" style="line-height:180%">
{ps}
  </td></tr></table>
</td></tr>
<tr><td><b>이 기사와 함께 많이 본 뉴스</b></td></tr>
{rel}
<tr><td class="foot">회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책<br>
{foot}</td></tr>
</table>
</body>
</html>
"""
    return page, [foot, "회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책", "이 기사와 함께 많이 본 뉴스"] + a["related"]

def html_little(a):
    ps = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    rel = "\n".join(f"<li><a href=\"/view/{300+i}\">{E(r)}</a></li>" for i, r in enumerate(a["related"]))
    foot = f"ⓒ {a['outlet']} | 공연·전시·클래식 전문 매체"
    page = f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | {E(a['outlet'])}</title>
</head>
<body>
<div id="wrap">
<div id="top"><a href="/" class="brand">{E(a['outlet'])}</a>
<ul class="menu"><li>공연</li><li>클래식</li><li>오페라·발레</li><li>전시</li><li>인터뷰</li></ul></div>
<div id="content">
<div class="view_head">
<h2>{E(a['title'])}</h2>
<p class="writer">{E(a['author'])} 기자</p>
<p class="regdate">등록 {a['published']} {a['time']}</p>
</div>
<div class="view_body">
{ps}
<p>&lt;저작권자 ⓒ {E(a['outlet'])}, 무단 전재 및 재배포 금지&gt;</p>
</div>
<div class="side_box"><h4>많이 본 기사</h4><ol>
{rel}
</ol></div>
</div>
<div id="footer">{E(foot)}<br>문의 {a['email']}</div>
</div>
</body>
</html>
"""
    return page, [foot, f"<저작권자 ⓒ {a['outlet']}, 무단 전재 및 재배포 금지>", "많이 본 기사"] + a["related"]

def html_og(a):
    ps = "\n".join(f"    <p>{E(p)}</p>" for p in a["paras"])
    rel = "\n".join(f'      <a class="card" href="/news/{7700+i}"><span>{E(r)}</span></a>' for i, r in enumerate(a["related"]))
    foot = f"© 2026 {a['outlet']} · 이용약관 · 개인정보처리방침 · 기사제보"
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])}</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['paras'][1])}">
<meta property="og:url" content="https://{a['site']}/news/7781">
<meta property="og:image" content="https://{a['site']}/img/7781_main.jpg">
<meta property="og:site_name" content="{E(a['outlet'])}">
<meta property="article:published_time" content="{a['published']}T{a['time']}:00+09:00">
</head>
<body>
<nav class="top"><a href="/">{E(a['outlet'])}</a><a href="/lck">LCK</a><a href="/lol">LoL</a><a href="/valorant">발로란트</a><a href="/mobile">모바일</a><a href="/column">칼럼</a></nav>
<article>
  <header>
    <span class="cat">{a['section']}</span>
    <h1>{E(a['title'])}</h1>
    <div class="meta"><span class="by">{E(a['author'])} 기자</span> <time datetime="{a['published']}T{a['time']}:00+09:00">{ymd(a, '.')} {a['time']}</time></div>
  </header>
  <figure><img src="/img/7781_main.jpg" alt=""><figcaption>블루오르카 선수단이 우승 트로피를 들어 올리고 있다. 사진=LCK</figcaption></figure>
  <div class="content">
{ps}
  </div>
  <div class="reporter">{E(a['author'])} 기자 {a['email']}</div>
  <ul class="tags"><li>#LCK</li><li>#결승</li><li>#블루오르카</li></ul>
</article>
<section class="more"><h3>이 기사도 읽어보세요</h3>
{rel}
</section>
<footer>{E(foot)}</footer>
</body>
</html>
"""
    return page, [foot, "블루오르카 선수단이 우승 트로피를 들어 올리고 있다. 사진=LCK", "이 기사도 읽어보세요", "#LCK"] + a["related"]

def html_og2(a):
    ps = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    rel = "\n".join(f'<li><a href="/article/{2200+i}">{E(r)}</a></li>' for i, r in enumerate(a["related"]))
    foot = f"{a['outlet']} | 등록번호 서울 아00000 | 발행인 겸 편집인 마태겸 | Copyright © {a['outlet']} All Rights Reserved."
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} &lt; {a['section']} &lt; 뉴스 &lt; {E(a['outlet'])}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['paras'][0])}">
<meta property="og:url" content="https://www.{a['site']}/article/2290">
<meta property="og:site_name" content="{E(a['outlet'])}">
<meta property="article:published_time" content="{a['published']}T{a['time']}:00+09:00">
<meta property="article:section" content="{a['section']}">
</head>
<body>
<div class="gnb"><a href="/">{E(a['outlet'])}</a> <a href="/airline">항공</a> <a href="/airport">공항</a> <a href="/travel">여행</a> <a href="/policy">정책</a> <a href="/people">인물</a></div>
<div class="breadcrumb">HOME &gt; 뉴스 &gt; {a['section']}</div>
<h1 class="title">{E(a['title'])}</h1>
<div class="byline">{E(a['author'])} 기자 <a href="mailto:{a['email']}">{a['email']}</a> · 기사입력 {ymd(a, '.')} {a['time']}</div>
<div class="article_txt">
{ps}
</div>
<div class="copy">저작권자 © {E(a['outlet'])} 무단전재 및 재배포 금지</div>
<div class="related"><h3>관련 기사</h3><ul>
{rel}
</ul></div>
<footer>{E(foot)}</footer>
</body>
</html>
"""
    return page, [foot, f"저작권자 © {a['outlet']} 무단전재 및 재배포 금지", "관련 기사"] + a["related"]

def html_temple(a):
    ps = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    ps = ps.replace("<p>" + E(a["paras"][2]) + "</p>", '<div class="photo"><img src="/data/118_1.jpg" alt=""><p class="caption">지난해 열린 담운 산사 음악회 모습. 담운사 제공</p></div>\n<p>' + E(a["paras"][2]) + "</p>")
    rel = "\n".join(f'<li><a href="/news/{110+i}">{E(r)}</a></li>' for i, r in enumerate(a["related"]))
    foot = f"{a['outlet']} · 불교 소식을 전합니다 · Copyright ⓒ 2026 {a['outlet']}"
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['outlet'])} :: {E(a['title'])}</title>
<meta name="date" content="{a['published']}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['paras'][0])}">
<meta property="og:url" content="https://{a['site']}/news/118">
</head>
<body>
<header><h1 class="logo"><a href="/">{E(a['outlet'])}</a></h1>
<ul class="menu"><li>종단</li><li>사찰 소식</li><li>법문</li><li>문화</li><li>신행</li></ul></header>
<section class="news-view">
<h2 class="subject">{E(a['title'])}</h2>
<div class="info"><span>{E(a['author'])} 기자</span><span>{a['email']}</span><span>승인 {ymd(a, '.')} {a['time']}</span></div>
<div class="text">
{ps}
</div>
</section>
<section class="list"><h3>사찰 소식 더보기</h3><ul>
{rel}
</ul></section>
<footer>{E(foot)}</footer>
</body>
</html>
"""
    return page, [foot, "지난해 열린 담운 산사 음악회 모습. 담운사 제공", "사찰 소식 더보기"] + a["related"]

def txt_portal(a):
    body = "\n\n".join(a["paras"])
    foot = f"ⓒ {a['outlet']}. 무단 전재-재배포, AI 학습 및 활용 금지"
    t = f"""본문 바로가기
{a['outlet']}
홈  과학  IT  우주  의학  환경  기획
{a['outlet']} > 과학 > 연구성과

{a['title']}

{a['author']} 기자 | 입력 {ymd(a, '.')} {a['time']} | 수정 {ymd(a, '.')} 14:05

글자크기  공유  인쇄

{body}

{a['author']} 기자 {a['email']}

{foot}

관련기사
""" + "\n".join(a["related"]) + "\n\n회사소개 | 기사제보 | 이용약관 | 개인정보처리방침\n"
    return t, [foot, "글자크기  공유  인쇄", "회사소개 | 기사제보 | 이용약관 | 개인정보처리방침"] + a["related"]

def txt_browser(a):
    body = "\n\n".join(a["paras"])
    foot = f"{a['outlet']} | 서울 서초구 법원로 00 | 대표전화 02-000-0000 | Copyright © {a['outlet']} All rights reserved."
    t = f"""주메뉴 바로가기
본문 바로가기
{a['outlet']}
법원·검찰 | 판결 | 법조계 | 로펌 | 칼럼 | 법률상담
홈 > 법원 > 판결

{a['title']}
입력 {ymd(a, '.')} {a['time']}
수정 {ymd(a, '.')} 09:12

{body}

{a['author']} 기자 {a['email']}

다른 기사 보기
""" + "\n".join(a["related"]) + f"\n\n{foot}\n"
    return t, [foot, "법원·검찰 | 판결 | 법조계 | 로펌 | 칼럼 | 법률상담", "다른 기사 보기"] + a["related"]

def txt_local(a):
    body = "\n\n".join(a["paras"])
    foot = f"Copyright © 2026 {a['outlet']}. All rights reserved. 본지의 허락 없이 무단 전재·복사·배포를 금합니다."
    t = f"""{a['outlet']}
전체기사 | 정치·행정 | 지방의회 | 사회 | 경제 | 교육 | 오피니언
HOME > 뉴스 > {a['section']}

{a['title']}

{a['author']} 기자 | 승인 {ymd(a, '.')} {a['time']}

{body}

{a['author']} 기자 {a['email']}

댓글 0
댓글 작성 (로그인 후 이용하실 수 있습니다)

많이 본 뉴스
""" + "\n".join(f"{i+1} {r}" for i, r in enumerate(a["related"])) + f"\n\n{foot}\n"
    return t, [foot, "댓글 작성 (로그인 후 이용하실 수 있습니다)", "많이 본 뉴스"] + a["related"]

def txt_wire(a):
    paras = list(a["paras"])
    paras[0] = f"(평택={a['outlet']}) {a['author']} 기자 = " + paras[0]
    body = "\n\n".join(paras)
    foot = f"<저작권자(c) {a['outlet']}, 무단 전재-재배포 금지>"
    t = f"""{a['outlet']}
뉴스 | 사회 | 사건·사고 | 노동 | 전국 | 포토
사회 > 노동

{a['title']}

송고시간 {a['published']} {a['time']}

{body}

{a['email']}

{foot}

키워드 #중대재해 #추락사고 #평택 #고용노동부

이 시각 주요뉴스
""" + "\n".join(a["related"]) + "\n"
    return t, [foot, "키워드 #중대재해 #추락사고 #평택 #고용노동부", "이 시각 주요뉴스"] + a["related"]

FORMS = {"html_full": html_full, "html_euckr": html_euckr, "html_little": html_little, "html_og": html_og,
         "html_og2": html_og2, "html_temple": html_temple, "txt_portal": txt_portal, "txt_browser": txt_browser,
         "txt_local": txt_local, "txt_wire": txt_wire}

def gold(a, boiler):
    return {
        "source": a["file"],
        "note": a["note"],
        "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"],
                    "outlet": a["outlet"], "language": "ko", "body": "\n\n".join(a["paras"]),
                    "body_must_not_contain": boiler},
        "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
        "optional_persons": a["optional_persons"],
        "quotes": [{"speaker": s, "text": t} for s, t in a["quotes"]],
        "optional_quotes": a["optional_quotes"],
        "events": [{"name": n, "kind": k, "location": l, "date_text": d, "start_date": s} for n, k, l, d, s in a["events"]],
        "must_not": {"person_names": a["must_not_names"], "quote_substrings": a["must_not_quotes"]},
    }

def check(a, text, g):
    bad = []
    def has(s, what):
        if s and s not in text:
            bad.append(f"{what}: {s!r}")
    art = g["article"]
    for k in ("title", "author", "author_email", "outlet"):
        has(art[k], k)
    for p in a["paras"]:
        has(p, "paragraph")
    for b in art["body_must_not_contain"]:
        has(b, "boilerplate")
        if b in art["body"]:
            bad.append(f"boilerplate in body: {b!r}")
    for p in g["persons"]:
        has(p["name"], "person"); has(p["title"], "title")
        if p["organization"] and p["organization"] not in text:
            bad.append(f"org: {p['organization']!r}")
    for n in g["optional_persons"]:
        has(n.rstrip("씨") if n.endswith("씨") and len(n) <= 2 else n, "optional person")
    quoted = re.findall(r'"([^"]+)"', "\n".join(a["paras"]))
    for q in g["quotes"]:
        has(q["speaker"] if q["speaker"] and " " not in q["speaker"] else None, "speaker")
        rest = q["text"]
        # the text must be a run of quoted parts joined by a space
        parts = [p for p in quoted if p in rest]
        ok = any(" ".join(quoted[i:j]) == rest for i in range(len(quoted)) for j in range(i + 1, min(i + 5, len(quoted)) + 1))
        if not ok:
            bad.append(f"quote not made of quoted parts: {rest!r}")
    for q in g["optional_quotes"]:
        has(q, "optional quote")
    for e in g["events"]:
        if e["name"] not in text.replace("'", ""):
            bad.append(f"event name: {e['name']!r}")
        has(e["location"], "event location"); has(e["date_text"], "date_text")
    for n in g["must_not"]["person_names"] + g["must_not"]["quote_substrings"]:
        has(n, "must_not")
    return bad

def main():
    os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    allbad = 0
    for a in ARTICLES:
        page, boiler = FORMS[a["form"]](a)
        path = os.path.join(PAGES, a["file"])
        if a["form"] == "html_euckr":
            with open(path, "wb") as f:
                f.write(page.encode("euc-kr"))
            text = open(path, "rb").read().decode("euc-kr")
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(page)
            text = page
        text = html.unescape(text)
        g = gold(a, boiler)
        with open(os.path.join(GOLD, os.path.splitext(a["file"])[0] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        bad = check(a, text, g)
        for b in bad:
            print(a["file"], b)
        allbad += len(bad)
    print("pages:", len(ARTICLES), "problems:", allbad)

if __name__ == "__main__":
    main()
