# -*- coding: utf-8 -*-
"""Writes pages/ and gold/ of ko-heldout61 from articles.py, then checks every gold string against the decoded page."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import A

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
e = html.escape

def ps(a):
    return "\n".join(f"<p>{e(p)}</p>" for p in a["paras"])

def html_full(a):
    d = a["published"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["time"], "dateModified": a["time"].replace("17:42", "18:05"),
          "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": a["outlet"]}}
    bp = ["여의나루일보 무단전재 및 재배포 금지", "많이 본 뉴스", "국회 예산정책처 \"내년 국세수입 재추계 필요\"", "여야, 예산안 심사 일정 합의 불발"]
    a["bp"] = bp
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])} - {a['outlet']}</title>
<meta name="description" content="{e(a['paras'][0][:80])}">
<meta property="og:type" content="article"><meta property="og:site_name" content="{a['outlet']}">
<meta property="og:title" content="{e(a['title'])}"><meta property="og:url" content="https://www.{a['domain']}/news/articleView.html?idxno=5521">
<meta property="article:published_time" content="{a['time']}"><meta property="article:section" content="{a['section']}">
<meta name="author" content="{a['author']}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<header><div class="logo"><a href="/">{a['outlet']}</a></div>
<nav><ul><li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li><li><a href="/society">사회</a></li><li><a href="/opinion">오피니언</a></li><li><a href="/people">인물</a></li></ul></nav></header>
<main><article>
<div class="breadcrumb">홈 &gt; 정치 &gt; 국회</div>
<h1 class="headline">{e(a['title'])}</h1>
<div class="info"><span class="writer">{a['author']} 기자</span> <span class="date">입력 {d} 17:42 | 수정 {d} 18:05</span></div>
<div id="article-body">
{ps(a)}
<p class="byline">{a['author']} 기자 {a['email']}</p>
</div>
<p class="copy">&lt;저작권자 © {bp[0]}&gt;</p>
</article>
<aside><h3>{bp[1]}</h3><ol><li><a href="/n/5490">{e(bp[2])}</a></li><li><a href="/n/5488">{bp[3]}</a></li><li><a href="/n/5470">정부, 내년도 공공요금 동결 기조 유지</a></li></ol></aside></main>
<footer><p>서울특별시 영등포구 의사당대로 00 | 등록번호 서울 아00000 | 발행·편집인 배동석</p>
<p>Copyright © 2026 {a['outlet']}. All rights reserved.</p></footer>
</body></html>"""

def html_econ(a):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
          "author": [{"@type": "Person", "name": a["author"]}], "publisher": {"@type": "Organization", "name": a["outlet"]}}
    bp = ["관련 종목", "한결반도체 187,400 ▲4,200 (+2.29%)", "메모리 가격 3개월째 상승…재고 바닥 신호", "웨이퍼경제 무단 전재 및 재배포 금지"]
    a["bp"] = bp
    return f"""<!doctype html>
<html lang="ko"><head><meta charset="UTF-8">
<title>{e(a['title'])} | {a['outlet']}</title>
<meta name="description" content="{e(a['paras'][1][:90])}">
<meta property="og:title" content="{e(a['title'])}"><meta property="og:site_name" content="{a['outlet']}">
<meta property="og:type" content="article"><meta property="article:published_time" content="{a['time']}">
<meta property="article:modified_time" content="2026-10-29T17:02:00+09:00">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<div id="gnb"><a href="/">{a['outlet']}</a><ul><li>증권</li><li>산업</li><li>IT·과학</li><li>부동산</li><li>글로벌</li></ul></div>
<div class="ticker">코스피 2,981.44 +0.82% | 코스닥 871.20 -0.15% | 원·달러 1,352.4</div>
<div class="wrap"><div class="crumb">산업 &gt; 전자·반도체</div>
<h2 class="tit">{e(a['title'])}</h2>
<div class="byline"><em>{a['author']} 기자</em> <span>기사입력 2026.10.29 16:20</span></div>
<div class="stockbox"><strong>{bp[0]}</strong><p>{e(bp[1])}</p></div>
<div class="article_txt" itemprop="articleBody">
{ps(a)}
</div>
<div class="reporter">{a['author']} 기자 <a href="mailto:{a['email']}">{a['email']}</a></div>
<div class="copyright">ⓒ {bp[3]}</div>
<div class="related"><h4>관련기사</h4><ul><li><a href="/a/77011">{e(bp[2])}</a></li><li><a href="/a/76980">반도체 장비 수주 호조…후공정 업체 실적 개선</a></li></ul></div>
</div>
<footer>웨이퍼경제 | 서울시 중구 세종대로 00 | 대표전화 02-000-0000 | Copyright ⓒ waferecon.com All rights reserved.</footer>
</body></html>"""

def html_euckr(a):
    bp = ["설악매일 많이 본 기사", "속초 관광객 추석 연휴 20% 늘 듯", "ⓒ 설악매일(www.seorakmaeil.co.kr) 무단전재 및 재배포금지"]
    a["bp"] = bp
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{e(a['title'])} : 설악매일</title>
<meta name="description" content="{e(a['paras'][0][:70])}">
</head><body bgcolor="#ffffff">
<table width="980" align="center"><tr><td><a href="/"><b>설악매일</b></a> | 종합 | 지역 | 경제 | 사회 | 오피니언</td></tr></table>
<table width="980" align="center"><tr><td width="680" valign="top">
<font class="sect">지역 &gt; 양양</font>
<h3>{e(a['title'])}</h3>
<table><tr><td class="byl">{a['author']} 기자 | 승인 {a['time']}</td></tr></table>
<div id="news_body">
{"<br><br>".join(e(p) for p in a['paras'])}
<br><br>{a['author']} 기자 {a['email']}
</div>
<p>{bp[2]}</p>
</td><td width="280" valign="top"><b>{bp[0]}</b><br>
1. {bp[1]}<br>2. 양양송이 공판 시작…1등품 ㎏당 58만원<br>3. 동해고속도로 주말 정체 예상</td></tr></table>
<table width="980" align="center"><tr><td>강원도 속초시 중앙로 00 설악매일 | 발행인 추경남 | 청소년보호책임자 한송이<br>Copyright (c) 2009 seorakmaeil.co.kr All Rights Reserved.</td></tr></table>
</body></html>"""

def html_mini(a):
    bp = ["유적과사람 웹진", "이 기사를 공유합니다", "구독 신청"]
    a["bp"] = bp
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{e(a['title'])}</title>
<meta name="description" content="{e(a['paras'][0][:80])}"></head>
<body><div class="top"><span class="brand">{bp[0]}</span> <a href="/dig">발굴</a> <a href="/museum">박물관</a> <a href="/people">사람</a> <a href="/sub">{bp[2]}</a></div>
<div class="post">
<h1>{e(a['title'])}</h1>
<div class="meta-box">글 {a['author']} ({a['email']}) · {a['time']}</div>
{ps(a)}
<div class="share">{bp[1]} <a href="#">페이스북</a> <a href="#">카카오톡</a></div>
<div class="more"><h4>발굴 소식 더 보기</h4><ul><li><a href="/p/1880">고령 지산동 출토 토기 보존처리 마쳐</a></li><li><a href="/p/1871">부여서 백제 건물터 추가 확인</a></li></ul></div>
</div>
<div class="foot">{a['outlet']} · 문의 webzine@{a['domain']} · © 2026</div>
</body></html>"""

def html_news(a):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
          "dateModified": "2026-06-24T11:30:00+09:00", "author": {"@type": "Person", "name": a["author"], "email": a["email"]},
          "publisher": {"@type": "Organization", "name": a["outlet"], "logo": {"@type": "ImageObject", "url": f"https://www.{a['domain']}/img/logo.png"}}}
    bp = ["사건수첩뉴스 - 무단전재 및 재배포 금지", "이 시각 주요뉴스", "보이스피싱 수거책 검거…피해액 9억원", "기사제보 및 보도자료"]
    a["bp"] = bp
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(a['title'])} &lt; 사건·사고 &lt; 사회 &lt; 기사본문 - {a['outlet']}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['paras'][0])}"><meta property="og:site_name" content="{a['outlet']}">
<meta property="og:url" content="https://www.{a['domain']}/news/articleView.html?idxno=4417">
<meta property="article:published_time" content="{a['time']}"><meta property="article:modified_time" content="2026-06-24T11:30:00+09:00">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<header class="site-header"><a class="logo" href="/">{a['outlet']}</a><nav><a href="/s1">사회</a> <a href="/s2">사건·사고</a> <a href="/s3">법원·검찰</a> <a href="/s4">지역</a> <a href="/s5">{bp[3]}</a></nav></header>
<section class="article-head"><div class="section">사회 &gt; 사건·사고</div><h1>{e(a['title'])}</h1>
<ul class="infomation"><li><i>기자명</i> {a['author']} 기자</li><li><i>입력</i> 2026.06.24 10:05</li><li><i>수정</i> 2026.06.24 11:30</li></ul></section>
<article id="article-view-content-div" itemprop="articleBody">
{ps(a)}
<p>{a['author']} 기자 {a['email']}</p>
</article>
<div class="view-copyright">저작권자 © {bp[0]}</div>
<div class="tag-group"><a>#마약</a> <a>#서울경찰청</a> <a>#텔레그램</a></div>
<section class="auto-article"><h3>{bp[1]}</h3><ul><li><a href="/n/4401">{bp[2]}</a></li><li><a href="/n/4399">새벽 음주 역주행 30대 입건</a></li></ul></section>
<footer>회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책<br>서울특별시 마포구 00로 00 · 등록일 2018.03.15 · 발행인 편집인 차동욱<br>Copyright © 2026 {a['outlet']}. All rights reserved.</footer>
</body></html>"""

def html_plain(a):
    bp = ["배움터일보 인기기사", "2027 대입 수시 합격자 발표 일정 총정리", "저작권자 © 배움터일보 무단전재 및 재배포금지"]
    a["bp"] = bp
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{e(a['title'])} - 배움터일보</title>
<meta name="description" content="{e(a['paras'][0])}"><meta property="og:title" content="{e(a['title'])}"></head>
<body><div id="header"><h2><a href="/">배움터일보</a></h2><ul class="menu"><li>초중등</li><li>대입</li><li>대학</li><li>교원</li><li>교육청</li></ul></div>
<div id="content"><h1 class="article-title">{e(a['title'])}</h1>
<p class="reg">등록 {a['time']} | {a['author']} 기자</p>
<div class="article-body">
{ps(a)}
</div>
<p class="email">{a['author']} 기자 ({a['email']})</p>
<p class="copy">{bp[2]}</p></div>
<div id="side"><h3>{bp[0]}</h3><ul><li>{bp[1]}</li><li>교원 정원 감축 논란 계속</li><li>늘봄학교 2학기 참여율 90% 넘어</li></ul></div>
<div id="footer">배움터일보 | 세종특별자치시 한누리대로 00 | 등록 2015.09.01 | 발행인 마춘식 | © baeumteo.co.kr</div>
</body></html>"""

def text_portal(a):
    bp = ["야구 축구 해외축구 농구 배구 골프 일반", "홈플레이트뉴스 무단전재 및 재배포 금지", "많이 본 스포츠", "한국시리즈 티켓 예매 22일 오후 2시 시작"]
    a["bp"] = bp
    body = "\n\n".join(a["paras"])
    return f"""스포츠 홈
{bp[0]}
{a['outlet']}
{a['title']}
입력 {a['time']}
{a['author']} 기자
좋아요 0  댓글 3

{body}

{a['author']} 기자 {a['email']}
Copyright ⓒ {bp[1]}

{bp[2]}
1 {bp[3]}
2 프로야구 시즌 관중 1200만 돌파
3 국가대표 평가전 명단 발표
"""

def text_wire(a):
    bp = ["메디포럼뉴스 홈 | 의료 | 제약·바이오 | 정책 | 병원", "<저작권자(c) 메디포럼뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "#전공의 #수련환경 #청림대병원"]
    a["bp"] = bp
    body = "\n".join(a["paras"])
    return f"""{bp[0]}
{a['title']}
송고시간 {a['time']}
{body}
{a['email']}
{bp[2]}
{bp[1]}
"""

def text_ent(a):
    bp = ["무대너머 뉴스 | 뮤지컬 | 연극 | 클래식 | 무용 | 티켓", "▲ 뮤지컬 '별의 정원' 공연 장면. [사진=무지개컴퍼니]", "ⓒ 무대너머 무단전재·재배포 금지", "이 기사와 함께 많이 본 기사"]
    a["bp"] = bp
    paras = list(a["paras"])
    body = paras[0] + "\n\n" + bp[1] + "\n\n" + "\n\n".join(paras[1:])
    return f"""{bp[0]}
{a['title']}
기사입력 {a['time']} | 최종수정 2026-04-15 10:03
{a['author']} 기자

{body}

{a['author']} 기자 {a['email']}
{bp[2]}

{bp[3]}
연극 '긴 여름' 재공연 확정
발레단 신작 쇼케이스 현장
"""

def text_dump(a):
    bp = ["고을소식 | 행정 | 의회 | 사회 | 문화·관광 | 사람들", "기사 공유하기 : 카카오톡 페이스북 링크복사", "고을소식의 모든 콘텐츠는 저작권법의 보호를 받습니다.", "다른 기사 보기"]
    a["bp"] = bp
    body = "\n\n".join(a["paras"])
    return f"""{bp[0]}
문화·관광
{a['title']}
{a['author']} 기자 | 승인 {a['time']}
{bp[1]}

{body}

{a['author']} 기자 ({a['email']})
{bp[2]}

{bp[3]}
옥천 묘목축제 다음 달 개막
영동군, 겨울철 도로 제설 대책 마련
"""

FORMS = dict(html_full=(html_full, ".html"), html_econ=(html_econ, ".html"), html_euckr=(html_euckr, ".html"),
             html_mini=(html_mini, ".html"), html_news=(html_news, ".html"), html_plain=(html_plain, ".html"),
             text_portal=(text_portal, ".txt"), text_wire=(text_wire, ".txt"), text_ent=(text_ent, ".txt"),
             text_dump=(text_dump, ".txt"))

def decode(path):
    raw = open(path, "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("euc-kr")
    return html.unescape(re.sub(r"<[^>]+>", " ", t)) if path.endswith(".html") else t

bad = 0
for a in A:
    fn, ext = FORMS[a["form"]]
    text = fn(a)
    path = os.path.join(PAGES, a["file"])
    if a["form"] == "html_euckr":
        open(path, "wb").write(text.encode("euc-kr"))
    else:
        open(path, "w", encoding="utf-8").write(text)
    base = a["file"].rsplit(".", 1)[0]
    persons = [dict(name=n, title=t, organization=o) for n, t, o in a["persons"]]
    gold = {"source": a["file"], "note": a["note"],
            "article": {"title": a["title"], "author": a["author"], "author_email": a["email"],
                        "published": a["published"], "outlet": a["outlet"], "language": "ko",
                        "body": "\n\n".join(a["paras"]), "body_must_not_contain": a["bp"]},
            "persons": persons, "optional_persons": [a["author"]] + a.get("optional_persons", []),
            "quotes": [dict(speaker=s, text=t) for s, t in a["quotes"]], "optional_quotes": a["optional_quotes"],
            "events": [dict(name=n, kind=k, location=l, date_text=d, start_date=s) for n, k, l, d, s in a["events"]],
            "must_not": {"person_names": a["must_not_names"], "quote_substrings": a["must_not_quotes"]}}
    json.dump(gold, open(os.path.join(GOLD, base + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    page = decode(path)
    body = "\n".join(a["paras"])
    quoted = re.findall(r"\"([^\"]+)\"", body)
    def need(s, where=page, what=""):
        global bad
        if s and s not in where:
            bad += 1; print("MISSING", a["file"], what, repr(s))
    for k in ("title", "author", "email", "outlet"):
        need(a[k], what=k)
    for p in a["paras"]: need(p, what="para")
    for b in a["bp"]: need(b, what="boilerplate")
    for b in a["bp"]: need(b, where=body) if False else None
    for b in a["bp"]:
        if b in body: bad += 1; print("BP IN BODY", b)
    for n, t, o in a["persons"]:
        need(n, body, "name"); need(t, body, "title"); need(o, body, "org")
        if n not in "".join(s for s, _ in a["quotes"] if s) and False: pass
    for s, t in a["quotes"]:
        # text must be consecutive quoted parts joined by a space
        ok = any(" ".join(quoted[i:j]) == t for i in range(len(quoted)) for j in range(i + 1, min(len(quoted), i + 4) + 1))
        if not ok: bad += 1; print("QUOTE NOT PARTS", a["file"], t)
        if s: need(s, body, "speaker")
    for q in a["optional_quotes"]: need(q, what="optq")
    for n, k, l, d, s in a["events"]:
        need(n, body, "event"); need(l, body, "loc"); need(d, body, "date_text")
    for n in a["must_not_names"]: need(n, what="must_not")
    # every quoted part of the body is a gold quotation part, an optional one or listed
    gold_parts = " | ".join(t for _, t in a["quotes"]) + " | ".join(a["optional_quotes"])
    for q in quoted:
        if q not in gold_parts and len(q) > 12: print("UNGOLDED QUOTE", a["file"], q)
print("problems:", bad)
