"""Templates, gold files and the check of ko-meta-heldout58 (stdlib only; helper wm58).

python tools/make_set.py   -> writes pages/ and gold/, then checks them
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES  # noqa: E402

ROOT = os.path.dirname(HERE)
PAGES = os.path.join(ROOT, "pages")
GOLD = os.path.join(ROOT, "gold")
E = html.escape


def ps(a, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{E(p, quote=False)}</p>" for p in a["paras"])


def page_micro(a):
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])} - 물빛시보</title>
<meta name="description" content="대전·세종·충청의 내일을 비추는 물빛시보">
<meta name="copyright" content="Copyright ⓒ 2012 물빛시보">
</head><body>
<header class="gnb"><a href="/"><img src="/img/logo.png" alt="물빛시보"></a>
<nav><a href="/news/list?sec=local">지역</a> <a href="/news/list?sec=society">사회</a> <a href="/news/list?sec=economy">경제</a></nav></header>
<main>
<article itemscope itemtype="https://schema.org/NewsArticle">
<span class="sec">지역</span>
<h2 class="tit" itemprop="headline">{E(a['title'])}</h2>
<div class="info"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{a['author']}</span> 기자</span>
<span>입력 <time itemprop="datePublished" datetime="{a['published']}">{a['shown']}</time></span>
<span>수정 <time itemprop="dateModified" datetime="2026-12-08T13:02:00+09:00">2026.12.08 13:02</time></span>
<meta itemprop="publisher" content="물빛시보"></div>
<div itemprop="articleBody" class="view_con">
{ps(a)}
<p class="byline">{a['author']} 기자 {a['email']}</p>
</div>
<div class="reporter_other">
<h4>{a['author']} 기자의 다른 기사</h4>
<ul><li><a href="/news/view/20261205_4402">세종시 BRT 정류장 온열 의자 60곳 설치</a></li>
<li><a href="/news/view/20261201_4318">대덕구 공공 산후조리원 내년 7월 문 연다</a></li>
<li><a href="/news/view/20261127_4250">충남 시내버스 요금 교통카드 할인 확대</a></li></ul></div>
</article>
<div class="subscribe"><a href="/subscribe">물빛시보 구독하기</a></div>
</main>
<footer><p>물빛시보 | 대전광역시 서구 둔산로 000 | 등록번호 대전 아00000</p><p>Copyright ⓒ 2012 물빛시보. All rights reserved.</p></footer>
</body></html>
"""


def page_next(a):
    data = {"props": {"pageProps": {"article": {
        "id": 2026121017, "section": "핀테크", "title": a["title"],
        "subtitle": "루미페이먼츠 \"개별 안내 후 보상\"…금감원, 경위 보고 요청",
        "reporter": {"name": a["author"], "email": a["email"]},
        "publishedAt": "2026-12-10T08:40:00.000Z", "updatedAt": "2026-12-10T09:55:00.000Z",
        "body": [{"type": "paragraph", "text": p} for p in a["paras"]],
        "tags": ["페이루미", "간편결제", "전산장애"]},
        "popular": [{"title": "클라우드 요금 인상 앞두고 중소 SaaS 업계 긴장"}, {"title": "AI 반도체 스타트업, 양산 일정 3개월 앞당겨"}]}},
        "page": "/news/[id]", "query": {"id": "2026121017"}, "buildId": "x7Kq2m", "isFallback": False}
    nd = json.dumps(data, ensure_ascii=False)
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{E(a['title'])} | 코드바람</title>
<meta property="og:title" content="[이슈분석] {E(a['title'])}"/>
<meta property="og:site_name" content="코드바람"/>
<meta property="og:type" content="article"/>
<meta name="description" content="개발자와 IT 업계를 위한 뉴스, 코드바람"/>
<meta property="article:published_time" content="2026-12-10T17:40:00+09:00"/>
<link rel="preload" href="/_next/static/css/7a1c0e.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7a1c0e.css"/>
<script src="/_next/static/chunks/webpack-3e1f.js" defer=""></script><script src="/_next/static/chunks/main-9b2d.js" defer=""></script>
</head><body><div id="__next"><div class="layout_wrap__a1"><header class="Header_root__k2"><a href="/" class="Header_logo__x9">코드바람</a>
<nav class="Header_nav__q3"><a href="/section/fintech">핀테크</a><a href="/section/ai">AI</a><a href="/section/cloud">클라우드</a></nav></header>
<main class="Article_main__p0"><div class="Article_head__u4"><span class="Article_section__h1">핀테크</span>
<h1 class="Article_title__z8">{E(a['title'])}</h1>
<h2 class="Article_sub__c7">루미페이먼츠 &quot;개별 안내 후 보상&quot;…금감원, 경위 보고 요청</h2>
<div class="Article_meta__m2"><span>{a['author']} 기자</span><span>입력 {a['shown']}</span><span>수정 2026-12-10 18:55</span></div></div>
<div class="Article_body__b5">
{ps(a, 'Article_p__t1')}
<p class="Article_p__t1 Article_byline__e3">{a['author']} 기자 {a['email']}</p></div>
<div class="Article_tags__g6"><a href="/tag/페이루미">#페이루미</a><a href="/tag/간편결제">#간편결제</a></div>
<aside class="Popular_root__r1"><h3>많이 본 기사</h3><ol><li>클라우드 요금 인상 앞두고 중소 SaaS 업계 긴장</li><li>AI 반도체 스타트업, 양산 일정 3개월 앞당겨</li></ol></aside>
<div class="Newsletter_box__n4"><p>매주 화요일 아침, 코드바람 뉴스레터 구독</p><button>구독</button></div>
</main><footer class="Footer_root__f0">© 2014 코드바람. All rights reserved.</footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{nd}</script>
</body></html>
"""


def page_h1br(a):
    t1, t2 = "양평 갈매여울교 보수공사", "내년 3월까지 전면 통제"
    assert a["title"] == t1 + " " + t2
    return f"""<html>
<head>
<meta charset="euc-kr">
<title>갈피내신문</title>
<meta name="description" content="양평·가평·여주 생활 소식, 갈피내신문">
<meta name="copyright" content="Copyright 2011 갈피내신문">
</head>
<body>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/img/top_logo.gif" alt="갈피내신문"></td>
<td align="right">지역 | 행정 | 사회 | 오피니언</td></tr></table>
<div id="article">
<h1 class="subject">{t1}<br>{t2}</h1>
<div class="writer">{a['author']} 기자 · 등록 {a['shown']}</div>
<div id="articleText">
{ps(a)}
<p>{a['author']} 기자 {a['email']}</p>
</div>
<div class="correction_box">
<strong>[정정보도]</strong>
<p>본지는 지난 11월 24일자 &lsquo;갈매여울교 정밀진단 착수&rsquo; 기사에서 교량의 안전등급을 D등급이라고 보도했으나, 확인 결과 C등급이었기에 바로잡습니다.</p>
</div>
</div>
<table width="960" align="center"><tr><td class="foot">갈피내신문 | 경기도 양평군 양평읍 | Copyright 2011 갈피내신문 All rights reserved.</td></tr></table>
</body>
</html>
"""


def page_tworep(a):
    r1, r2 = a["author"].split(", ")
    return f"""<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])} - 버들목일보</title>
<meta name="author" content="사회부">
<meta property="article:author" content="사회부">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="버들목일보">
<meta property="article:published_time" content="{a['published']}">
</head><body>
<div id="top"><a href="/"><img src="/images/logo.svg" alt="버들목일보"></a> <a href="/app">버들목일보 앱 설치</a></div>
<section class="article-head"><p class="section">사회 &gt; 보건·복지</p>
<h1 class="headline">{E(a['title'])}</h1>
<p class="byline">{r1}·{r2} 기자 | 사진=설규현 기자 | 입력 {a['shown']}</p></section>
<section class="article-body" id="article-view-content-div">
<figure><img src="/photo/2026/12/17/flu.jpg" alt=""><figcaption>16일 경기 수원시의 한 소아청소년과 의원 앞에서 보호자들이 진료를 기다리며 줄을 서 있다. 사진=설규현 기자</figcaption></figure>
{ps(a)}
<p>{r1} 기자 {a['email']}</p>
</section>
<footer><p>버들목일보 · 경기도 수원시 팔달구</p><p>무단 전재 및 재배포 금지</p></footer>
</body></html>
"""


def page_weekday(a):
    return f"""<html>
<head>
<meta charset="utf-8">
<title>한줌경제</title>
</head>
<body>
<div class="top"><a href="/"><img src="/image/logo_hanjum.png" alt="한줌경제"></a></div>
<div class="menu">금융 | 증권 | 부동산 | 산업 | 생활경제</div>
<div class="box_rate">오늘의 환율 1,398.20원</div>
<div class="article_wrap">
<div class="art_title">{E(a['title'])}</div>
<div class="art_info">{a['author']} 기자 | {a['shown']} | 3시간 전</div>
<div class="art_txt">
{'<br><br>'.join(E(p, quote=False) for p in a['paras'])}
</div>
</div>
<div class="footer">주소 서울특별시 중구 | 발행인 | ⓒ 2009 한줌경제</div>
</body>
</html>
"""


def page_ent(a):
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])} | 꽃잠스타</title>
<meta name="description" content="스타의 모든 순간, 꽃잠스타">
<meta property="og:title" content="[종합] {E(a['title'])}">
<meta property="og:site_name" content="꽃잠스타">
<meta property="og:description" content="스타의 모든 순간, 꽃잠스타">
</head><body>
<header><a class="logo" href="/">꽃잠스타</a><ul class="gnb"><li>방송</li><li>영화</li><li>가요</li><li>포토</li></ul></header>
<div class="view-wrap">
<h3 class="view-title">{E(a['title'])}</h3>
<div class="view-date">기사입력 {a['shown']}</div>
<div class="view-cont">
<div class="photo"><img src="/data/photo/2026/12/21/glass.jpg" alt=""><p class="cap">사진 제공=방송사</p></div>
{ps(a)}
<p>{a['email']}</p>
</div>
<div class="gallery-strip"><h4>포토 더보기</h4>
<a href="/photo/3301"><img src="/t/3301.jpg" alt=""><span>[포토] 차이안, 종방연 현장</span></a>
<a href="/photo/3302"><img src="/t/3302.jpg" alt=""><span>[포토] 반하진, 겨울 니트 패션</span></a></div>
</div>
<footer>Copyright ⓒ 2016 꽃잠스타. 무단전재 및 재배포 금지.</footer>
</body></html>
"""


def page_corr(a):
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": a["published"], "dateModified": "2026-12-13T08:10:00+09:00",
                     "author": {"@type": "Person", "name": a["author"]},
                     "publisher": {"@type": "Organization", "name": "해솔월드"}}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])} : 해솔월드</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="해솔월드">
<meta property="article:published_time" content="{a['published']}">
<script type="application/ld+json">{ld}</script>
</head><body>
<div class="gnb"><a href="/">해솔월드</a> 국제 · 외교 · 특파원</div>
<article>
<header class="art-hd"><p class="kicker">특파원 리포트</p>
<h1>{E(a['title'])}</h1>
<p class="by">파리={a['author']} 특파원</p>
<p class="dt">입력 {a['shown']} | 수정 2026.12.13 08:10</p></header>
<div class="art-bd">
{ps(a)}
<p>{a['email']}</p>
</div>
<aside class="series"><h4>특파원 리포트</h4><p>다른 회차 보기</p><ul><li>베를린 크리스마스 시장의 한국 떡볶이</li><li>도쿄 지하철 한글 안내 늘었다</li></ul></aside>
</article>
<aside class="rank"><h4>국제 많이 본 뉴스</h4><ol><li>EU 탄소국경세 본격 시행 앞두고</li><li>캐나다 한인 청년 창업 박람회</li></ol></aside>
<footer>해솔월드 | 서울 종로구 | ⓒ 해솔월드</footer>
</body></html>
"""


def page_qa(a):
    body = "\n".join((f'<p class="q"><b>{E(p, quote=False)}</b></p>' if p.startswith("-") else f"<p>{E(p, quote=False)}</p>") for p in a["paras"])
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])} - 글마당저널</title>
<meta property="og:title" content="[인터뷰] 맹은채 청주시립도서관장">
<meta property="og:site_name" content="글마당저널">
<meta name="copyright" content="Copyright 2016 글마당저널">
<meta property="article:published_time" content="{a['published']}">
</head><body>
<div id="hd"><a href="/">글마당저널</a> | 책 · 출판 · 도서관</div>
<div id="container">
<h2 class="art_tit">{E(a['title'])}</h2>
<div class="art_byline">정리={a['author']} 기자 | {a['shown']}</div>
<div class="art_body">
{body}
<p>{a['author']} 기자 {a['email']}</p>
</div>
<div class="more"><a href="/interview">인터뷰 전체 목록</a> | <a href="/support">글마당저널 후원하기</a></div>
</div>
<div id="ft">Copyright 2016 글마당저널. All rights reserved.</div>
</body></html>
"""


def page_print(a):
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>눈마루스포츠 - 인쇄하기</title>
<link rel="stylesheet" href="/css/print.css">
</head>
<body onload="window.print()">
<div class="print_top"><img src="/image/print_logo.gif" alt="눈마루스포츠"> <a href="javascript:window.print()">[인쇄하기]</a> <a href="javascript:window.close()">[창닫기]</a></div>
<div class="print_title">{E(a['title'])}</div>
<div class="print_info">{a['author']} 기자 ({a['email']}) | 입력 {a['shown']}</div>
<div class="print_body">
{ps(a)}
</div>
<div class="print_src">출처 : 눈마루스포츠 (https://www.nunmarusports.kr/news/articleView.html?idxno=9132)</div>
</body>
</html>
"""


def page_readlater(a):
    body = "\n\n".join(a["paras"])
    return f"""모아읽기 내보내기 — 2027-01-06 21:14
────────────────────
제목: {a['title']}
원문: https://www.janbyeolsci.kr/news/20270105/3391
사이트: {a['outlet']}
저장한 날: 2027-01-06
태그: 배터리, 연구
읽는 시간: 약 4분
────────────────────

{a['title']}

{a['outlet']} | {a['author']} 기자 | {a['shown']}

{body}

{a['author']} 기자 {a['email']}

────────────────────
하이라이트 (1)
> 충전과 방전을 2천 회 반복해도 용량의 90% 이상을 유지
메모: 에너지저장장치 기사 모을 때 참고
"""


def page_clip(a):
    body = "\n\n".join(a["paras"])
    return f"""---
title: "{a['title']}"
source: https://www.irangmunhwa.com/culture/view/20261219/7702
author: {a['author']}
published: {a['published']}
clipped: 2027-01-02
tags: [clippings, 책]
---

# {a['title']}

> {a['outlet']} · {a['author']} 기자 · {a['shown']}

{body}

{a['author']} 기자 {a['email']}

[이랑문화 구독하기](https://www.irangmunhwa.com/subscribe)
"""


def page_mobile(a):
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} - 높새뉴스 모바일</title>
</head><body class="m">
<div class="m-top"><button class="menu">≡</button><a href="https://m.nopsaenews.kr/"><img src="/m/img/logo.png" alt="높새뉴스"></a><button class="search">검색</button></div>
<div class="m-sec">사회 · 날씨</div>
<div class="m-art">
<div class="m-by">{a['author']} 기자 | {a['shown']}</div>
<div class="m-txt">
{ps(a)}
</div>
</div>
<div class="m-tab"><a href="/">홈</a><a href="/list">전체기사</a><a href="/app">앱으로 보기</a><a href="https://www.nopsaenews.kr/news/view/20270111_0518">PC버전</a></div>
<div class="m-foot">높새뉴스 | 강원특별자치도 춘천시 | ⓒ 높새뉴스</div>
</body></html>
"""


TEMPLATES = {"micro": page_micro, "next": page_next, "h1br": page_h1br, "tworep": page_tworep,
             "weekday": page_weekday, "ent": page_ent, "corr": page_corr, "qa": page_qa,
             "print": page_print, "readlater": page_readlater, "clip": page_clip, "mobile": page_mobile}
ENCODING = {"h1br": "euc-kr"}


def gold_of(a):
    g = {"title": a["title"], "author": a["author"]}
    if a.get("email"):
        g["author_email"] = a["email"]
    g.update({"published": a["published"], "outlet": a["outlet"], "language": "ko",
              "body_must_not_contain": a["boiler"]})
    return {"source": a["file"], "note": a["note"], "article": g}


def decoded(path):
    raw = open(path, "rb").read()
    head = raw[:2000].decode("ascii", "replace").lower()
    enc = "cp949" if ("euc-kr" in head or "ks_c_5601" in head) else "utf-8"
    return raw.decode(enc)


def check():
    bad = 0
    for key, a in ARTICLES.items():
        path = os.path.join(PAGES, a["file"])
        text = decoded(path)
        flat = html.unescape(re.sub(r"<[^>]+>", " ", text))
        flat = re.sub(r"\s+", " ", flat)
        gold = json.load(open(os.path.join(GOLD, os.path.splitext(a["file"])[0] + ".expected.json"), encoding="utf-8"))
        ga = gold["article"]
        need = [ga["title"], ga["outlet"], a["shown"]] + a["paras"] + ga["body_must_not_contain"]
        need += ga["author"].split(", ")
        if ga.get("author_email"):
            need.append(ga["author_email"])
        for s in need:
            if s not in flat and s not in text:
                print("MISSING", a["file"], s); bad += 1
        for b in ga["body_must_not_contain"]:
            for p in a["paras"]:
                if b in p:
                    print("BOILER IN BODY", a["file"], b); bad += 1
        if not 5 <= len(a["paras"]) <= 9:
            print("PARAS", a["file"], len(a["paras"])); bad += 1
        if ENCODING.get(key) == "euc-kr":
            raw = open(path, "rb").read()
            try:
                raw.decode("utf-8"); print("NOT EUC-KR BYTES", a["file"]); bad += 1
            except UnicodeDecodeError:
                pass
        # the ko-meta gold holds only the article block: no person, quote or event rows to check
        for k in ("persons", "quotes", "events"):
            if k in gold:
                print("UNEXPECTED KEY", k, a["file"]); bad += 1
    print("check:", "OK" if not bad else f"{bad} problems", f"({len(ARTICLES)} pages)")
    return bad


def main():
    os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for key, a in ARTICLES.items():
        text = TEMPLATES[key](a)
        with open(os.path.join(PAGES, a["file"]), "wb") as f:
            f.write(text.encode(ENCODING.get(key, "utf-8")))
        with open(os.path.join(GOLD, os.path.splitext(a["file"])[0] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(gold_of(a), f, ensure_ascii=False, indent=1); f.write("\n")
    sys.exit(1 if check() else 0)


if __name__ == "__main__":
    main()
