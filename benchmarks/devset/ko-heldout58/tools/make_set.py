# -*- coding: utf-8 -*-
"""Write pages/ and gold/ of ko-heldout58 from articles.py, then check every gold string is on its page."""
import json, os, re, html, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
esc = html.escape

def body_paras(a):
    ps = list(a["paras"])
    if a["form"] == "txt_wire":
        ps[0] = "(%s=%s) %s 기자 = %s" % (a["dateline"], a["outlet"], a["author"], ps[0])
    return ps

def dotted(a):
    y, m, d = a["published"].split("-")
    return "%s.%s.%s %s" % (y, m, d, a["time"])

def html_full(a):
    ps = body_paras(a)
    iso = "%sT%s:00+09:00" % (a["published"], a["time"])
    related = ["[단독] 지방 공공기관 이전 2차 명단 윤곽", "주말 날씨 전국 흐리고 곳곳 비", "코스피 외국인 순매수 닷새째"]
    boiler = related + ["%s 무단 전재 및 재배포 금지" % a["outlet"], "회사소개", "개인정보처리방침"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": iso,
          "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": a["outlet"]}}
    dl = ""
    if a.get("dateline"):
        dl = '<p class="dateline">[%s=%s %s 특파원]</p>\n' % (a["dateline"], a["outlet"], a["author"])
    pg = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>%(t)s | %(o)s</title>
<meta name="description" content="%(desc)s">
<meta property="og:type" content="article"><meta property="og:title" content="%(t)s">
<meta property="og:site_name" content="%(o)s"><meta property="og:description" content="%(desc)s">
<meta property="article:published_time" content="%(iso)s"><meta property="article:section" content="%(sec)s">
<script type="application/ld+json">%(ld)s</script>
</head><body>
<header><a class="logo" href="/">%(o)s</a><nav><a href="/politics">정치</a> <a href="/economy">경제</a> <a href="/society">사회</a> <a href="/culture">문화</a> <a href="/opinion">오피니언</a></nav></header>
<main><div class="breadcrumb">홈 &gt; %(sec)s</div>
<article><h1 class="headline">%(t)s</h1>
<div class="info"><span class="writer">%(au)s 기자</span> <span class="date">입력 %(dot)s</span></div>
%(dl)s<div id="article-body">
%(body)s
</div>
<p class="email">%(au)s 기자 %(em)s</p>
</article>
<aside class="related"><h3>관련기사</h3><ul>%(rel)s</ul></aside>
</main>
<footer><a href="/about">회사소개</a> | <a href="/privacy">개인정보처리방침</a> | 청소년보호정책<br>Copyright ⓒ %(o)s All rights reserved. %(o)s 무단 전재 및 재배포 금지</footer>
</body></html>
""" % dict(t=esc(a["title"]), o=a["outlet"], desc=esc(a["paras"][0][:80]), iso=iso, sec=a["section"],
           ld=json.dumps(ld, ensure_ascii=False), au=a["author"], dot=dotted(a), em=a["email"], dl=dl,
           body="\n".join("<p>%s</p>" % esc(p) for p in ps), rel="".join("<li><a href='#'>%s</a></li>" % esc(r) for r in related))
    return pg, boiler

def html_sports(a):
    ps = body_paras(a)
    iso = "%sT%s:00+09:00" % (a["published"], a["time"])
    related = ["남자부 선두 싸움 안갯속…승점 1점 차", "올스타전 팬 투표 1위는 누구", "외국인 선수 교체 마감 임박"]
    boiler = related + ["ⓒ 스파이크라이브. 무단전재-재배포 금지", "#V리그"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": iso,
          "author": [{"@type": "Person", "name": a["author"]}]}
    pg = """<!doctype html><html><head><meta charset="UTF-8">
<title>%(t)s - %(o)s</title>
<meta property="og:title" content="%(t)s"><meta property="og:site_name" content="%(o)s">
<meta property="article:published_time" content="%(iso)s">
<script type="application/ld+json">%(ld)s</script></head>
<body><div id="gnb"><a href="/">HOME</a> <a href="/volleyball">배구</a> <a href="/basketball">농구</a> <a href="/baseball">야구</a></div>
<div class="article-head"><span class="cat">배구</span><h2>%(t)s</h2><p class="byline">%(au)s 기자 | 승인 %(dot)s</p></div>
<div class="article-text">
<figure><img src="/img/0208_v.jpg" alt=""><figcaption>세림화재 선수들이 득점 후 기뻐하고 있다. (사진=한국배구연맹 제공)</figcaption></figure>
%(body)s
</div>
<div class="tags">#V리그 #여자배구 #세림화재</div>
<div class="reporter-mail">%(em)s</div>
<section class="more"><h4>많이 본 뉴스</h4><ol>%(rel)s</ol></section>
<footer>ⓒ 스파이크라이브. 무단전재-재배포 금지</footer></body></html>
""" % dict(t=esc(a["title"]), o=a["outlet"], iso=iso, ld=json.dumps(ld, ensure_ascii=False), au=a["author"],
           dot=dotted(a), em=a["email"], body="\n".join("<p>%s</p>" % esc(p) for p in ps),
           rel="".join("<li>%s</li>" % esc(r) for r in related))
    boiler.append("세림화재 선수들이 득점 후 기뻐하고 있다.")
    return pg, boiler

def html_euckr(a):
    ps = body_paras(a)
    related = ["예금 금리 연 2%대로…'머니무브' 가속", "원·달러 환율 1,380원대 마감", "카드론 잔액 또 사상 최대"]
    boiler = related + ["Copyright (c) 돈향경제 All rights reserved", "많이 본 기사"]
    pg = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>%(t)s - 돈향경제</title>
<meta name="description" content="%(desc)s"></head>
<body bgcolor="#ffffff"><table width="980" align="center"><tr><td><a href="/"><img src="/img/logo.gif" alt="돈향경제"></a></td>
<td>금융 | 증권 | 부동산 | 산업 | 국제</td></tr></table>
<table width="980" align="center"><tr><td width="680" valign="top">
<font class="title">%(t)s</font><br>
<font class="date">기사입력 %(dot)s | %(au)s 기자 %(em)s</font>
<div id="news_body">
%(body)s
</div></td>
<td width="300" valign="top"><b>많이 본 기사</b><br>%(rel)s</td></tr></table>
<table width="980" align="center"><tr><td class="copy">Copyright (c) 돈향경제 All rights reserved. 서울특별시 중구 세종대로 (가상) 대표전화 02-000-0000</td></tr></table>
</body></html>
""" % dict(t=esc(a["title"]), desc=esc(a["paras"][0][:60]), au=a["author"], dot=dotted(a), em=a["email"],
           body="<br><br>\n".join(esc(p) for p in ps), rel="<br>".join(esc(r) for r in related))
    return pg, boiler

def html_min(a):
    ps = body_paras(a)
    related = ["올해의 책 10선 발표", "서점가 겨울 특수 실종", "번역문학 지원 예산 삭감 논란"]
    boiler = related + ["문학길 © All Rights Reserved", "다른 기사 보기"]
    y, m, d = a["published"].split("-")
    pg = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s</title>
<meta name="description" content="%(desc)s"></head><body>
<div class="top"><a href="/">문학길</a> · 소설 · 시 · 비평 · 출판 · 인터뷰</div>
<div class="view">
<h1>%(t)s</h1>
<div class="byl">%(au)s 기자 · 등록 %(y)s년 %(m)s월 %(d)s일 %(tm)s</div>
%(body)s
<p class="mail">%(em)s</p>
</div>
<div class="list"><b>다른 기사 보기</b><ul>%(rel)s</ul></div>
<div class="foot">문학길 © All Rights Reserved · 등록번호 서울 아00000 · 발행인 가상</div>
</body></html>
""" % dict(t=esc(a["title"]), desc=esc(a["paras"][0][:60]), au=a["author"], y=y, m=m, d=d, tm=a["time"],
           em=a["email"], body="\n".join("<p>%s</p>" % esc(p) for p in ps), rel="".join("<li>%s</li>" % esc(r) for r in related))
    return pg, boiler

def html_local(a):
    ps = body_paras(a)
    related = ["춘천 도심 제설 늑장 논란", "강릉 KTX 이용객 역대 최다", "원주 새 공공도서관 착공"]
    boiler = related + ["설화일보 많이 본 뉴스", "저작권자 © 설화일보 무단전재 및 재배포금지"]
    pg = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>%(t)s - 설화일보</title>
<meta name="description" content="%(desc)s"><meta property="og:title" content="%(t)s"><meta property="og:site_name" content="설화일보">
</head><body><div class="gnb">지역 · 행정 · 사회 · 문화 · 스포츠 · 포토</div>
<div class="art"><h1>%(t)s</h1>
<ul class="info"><li>기자명 <a href="mailto:%(em)s">%(au)s 기자</a></li><li>입력 %(dot)s</li></ul>
%(body)s
</div>
<div class="rank"><h3>설화일보 많이 본 뉴스</h3><ol>%(rel)s</ol></div>
<footer>저작권자 © 설화일보 무단전재 및 재배포금지 | 강원특별자치도 춘천시 (가상) | 청소년보호책임자 가상</footer>
</body></html>
""" % dict(t=esc(a["title"]), desc=esc(a["paras"][0][:60]), au=a["author"], dot=dotted(a), em=a["email"],
           body="\n".join("<p>%s</p>" % esc(p) for p in ps), rel="".join("<li>%s</li>" % esc(r) for r in related))
    return pg, boiler

def txt_portal(a):
    ps = body_paras(a)
    related = ["출근길 지하철 2호선 고장으로 20분 지연", "겨울철 전기요금 폭탄 피하려면", "제주공항 결항 속출"]
    boiler = ["홈 | 정치 | 경제 | 사회 | 생활 | 날씨 | 로그인", "관련기사"] + related + ["날씨뉴스24 무단전재 및 재배포 금지"]
    t = "\n".join([boiler[0], "", "사회 > 날씨", "", a["title"], "",
                   "%s 기자 | 입력 %s | 수정 %s" % (a["author"], dotted(a), dotted(a)[:-5] + "15:02"), "", "글자크기  공유하기", ""]
                  + [p + "\n" for p in ps] + ["%s 기자 %s" % (a["author"], a["email"]), "", "관련기사"] + related
                  + ["", "회사소개 | 제휴문의 | 개인정보처리방침", "날씨뉴스24 무단전재 및 재배포 금지"])
    return t + "\n", boiler

def txt_browser(a):
    ps = body_paras(a)
    related = ["핀테크 업계, 상반기 투자 한파 여전", "유니콘 기업 수 3년 만에 감소", "딥테크 스타트업 정책자금 확대"]
    boiler = ["뉴스 스타트업 투자 인터뷰 이벤트 구독하기", "이 기사를 공유합니다"] + related + ["© 스타트업라인. All rights reserved."]
    t = "\n".join([boiler[0], "스타트업라인", "", "홈 > 스타트업", "", a["title"], "",
                   "%s 기자  입력 %s" % (a["author"], dotted(a)), "이 기사를 공유합니다", ""]
                  + [p + "\n" for p in ps] + ["%s 기자 %s" % (a["author"], a["email"]), "", "함께 보면 좋은 기사"] + related
                  + ["", "© 스타트업라인. All rights reserved."])
    return t + "\n", boiler

def txt_wire(a):
    ps = body_paras(a)
    boiler = ["송고시간", "#통일부 #최고인민회의 #이산가족", "<저작권자(c) 통일누리통신, 무단 전재-재배포, AI 학습 및 활용 금지>", "제보는 카톡 okjebo"]
    t = "\n".join([a["title"], "", "송고시간%s" % dotted(a).replace(".", "-", 2), "", ] + [p + "\n" for p in ps]
                  + [a["email"], "", boiler[1], "", "제보는 카톡 okjebo", boiler[2]])
    return t + "\n", boiler

def txt_app(a):
    ps = body_paras(a)
    related = ["전세사기 피해주택 매입 속도", "서울 아파트 거래량 두 달째 감소", "청약 가점 커트라인 하락"]
    boiler = ["뉴스 홈  부동산  랭킹  구독", "구독하고 메인에서 보기"] + related + ["주택로신문 기사 더보기"]
    t = "\n".join([boiler[0], "", a["title"], "", a["outlet"], "기사입력 %s" % dotted(a), ""]
                  + [p + "\n" for p in ps] + ["%s 기자(%s)" % (a["author"], a["email"]), "", "구독하고 메인에서 보기", "",
                   "주택로신문 기사 더보기"] + related)
    return t + "\n", boiler

FORMS = dict(html_full=html_full, html_sports=html_sports, html_euckr=html_euckr, html_min=html_min,
             html_local=html_local, txt_portal=txt_portal, txt_browser=txt_browser, txt_wire=txt_wire, txt_app=txt_app)

def main():
    os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    bad = 0
    for a in ARTICLES:
        pg, boiler = FORMS[a["form"]](a)
        with open(os.path.join(PAGES, a["file"]), "wb") as f:
            f.write(pg.encode(a["enc"]))
        art = {"title": a["title"], "author": a["author"], "published": a["published"], "outlet": a["outlet"],
               "language": "ko", "body": "\n\n".join(body_paras(a)), "body_must_not_contain": boiler}
        if a["email"]:
            art["author_email"] = a["email"]
        g = {"source": a["file"], "note": a["note"], "article": art, "persons": a["persons"],
             "optional_persons": a["optional_persons"], "quotes": a["quotes"], "optional_quotes": a["optional_quotes"],
             "events": a["events"], "must_not": a["must_not"]}
        stem = os.path.splitext(a["file"])[0]
        with open(os.path.join(GOLD, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
        # check
        dec = open(os.path.join(PAGES, a["file"]), "rb").read().decode(a["enc"])
        txt = html.unescape(dec)
        def need(s, what):
            nonlocal bad
            if s and s not in txt:
                bad += 1; print("MISSING", a["file"], what, s)
        need(a["title"], "title"); need(a["author"], "author"); need(a["email"], "email"); need(a["outlet"], "outlet")
        for p in body_paras(a): need(p, "para")
        for b in boiler: need(b, "boiler")
        for p in a["persons"]:
            need(p["name"], "name"); need(p["title"], "ptitle"); need(p["organization"], "org")
        for n in a["optional_persons"]: need(n, "optname")
        quoted = re.findall(r'"([^"]+)"', "\n".join(a["paras"]))
        for q in a["quotes"]:
            need(q["speaker"], "speaker")
            # parts must be consecutive quoted parts
            ok = any(" ".join(quoted[i:i+k]) == q["text"] for i in range(len(quoted)) for k in (1, 2, 3))
            if not ok: bad += 1; print("QUOTE", a["file"], q["text"][:30])
        for q in a["optional_quotes"]: need(q, "optq")
        for e in a["events"]:
            (e["name"] != "선고" and need(e["name"], "ev")); need(e["location"], "loc"); need(e["date_text"], "dt")
        for n in a["must_not"].get("person_names", []): need(n, "mustnot")
        for b in boiler:
            if b in art["body"]: bad += 1; print("BOILER IN BODY", a["file"], b)
    print("files", len(ARTICLES), "problems", bad)

main()
