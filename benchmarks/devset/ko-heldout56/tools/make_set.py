# Builds pages/ and gold/ of ko-heldout56 from articles.py, then checks the gold against the decoded pages.
import json, os, re, html, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import A
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
e = html.escape

def paras(a, tag="p"):
    return "\n".join(f"<{tag}>{e(p, quote=False)}</{tag}>" for p in a["body"])

def d(a, sep="."):
    return a["published"].replace("-", sep)

def t_full(a):
    bp = [f"{a['outlet']} 구독하기", "많이 본 뉴스", f"Copyright © {a['outlet']}. All rights reserved.", "회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": f"{a['published']}T{a['time']}:00+09:00", "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])} - {a['outlet']}</title>
<meta name="description" content="{e(a['body'][0])}">
<meta property="og:type" content="article"><meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="{a['outlet']}"><meta property="og:url" content="https://www.{a['domain']}/news/articleView.html?idxno={a['file'].split('_')[-1].split('.')[0]}">
<meta property="article:published_time" content="{a['published']}T{a['time']}:00+09:00">
<meta property="article:section" content="{a['section']}">
<script type="application/ld+json">{ld}</script>
</head><body>
<header><div class="logo"><a href="/">{a['outlet']}</a></div>
<nav><ul><li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li><li><a href="/society">사회</a></li><li><a href="/local">지역</a></li><li><a href="/opinion">오피니언</a></li></ul></nav>
<a class="sub" href="/subscribe">{bp[0]}</a></header>
<main><article>
<div class="section">{a['section']}</div>
<h1 class="headline">{e(a['title'])}</h1>
<div class="byline">{a['author']} 기자 <span class="date">입력 {d(a)} {a['time']}</span></div>
<div id="article-view-content-div">
{paras(a)}
<p class="email">{a['author']} 기자 {a['email']}</p>
</div>
</article>
<aside><h3>{bp[1]}</h3><ol><li><a href="/n/1">김해 장유 신도시 아파트 청약 경쟁률 12대 1</a></li><li><a href="/n/2">창원 봄꽃축제 일정 확정</a></li><li><a href="/n/3">도의회, 추경 예산안 심사 착수</a></li></ol></aside>
</main>
<footer><p>{bp[3]}</p><p>{bp[2]}</p></footer>
</body></html>"""
    return page, bp

def t_world(a):
    page, bp = t_full(a)
    page = page.replace("김해 장유 신도시 아파트 청약 경쟁률 12대 1", "LA 한인회관 리모델링 마무리").replace("창원 봄꽃축제 일정 확정", "시드니 한글학교 개교 30주년").replace("도의회, 추경 예산안 심사 착수", "재외선거 신고 접수 시작")
    page = page.replace('<li><a href="/local">지역</a></li>', '<li><a href="/dongpo">동포사회</a></li><li><a href="/world">세계</a></li>')
    return page, bp

def t_econ(a):
    bp = ["증권", "많이 본 기사", f"ⓒ {a['outlet']} 무단전재 및 재배포 금지", "(주)코스메틱와이드 | 서울특별시 중구 | 등록번호 서울 아00000 | 발행인 겸 편집인 기정윤"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": f"{a['published']}T{a['time']}:00+09:00", "dateModified": f"{a['published']}T08:12:00+09:00",
        "author": [{"@type": "Person", "name": a["author"], "email": a["email"]}],
        "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    page = f"""<!doctype html><html lang="ko"><head><meta charset="UTF-8">
<title>{e(a['title'])} | {a['outlet']}</title>
<meta property="og:title" content="{e(a['title'])}"><meta property="og:site_name" content="{a['outlet']}">
<meta property="og:description" content="{e(a['body'][0])}">
<meta property="article:published_time" content="{a['published']}T{a['time']}:00+09:00">
<meta property="article:modified_time" content="{a['published']}T08:12:00+09:00">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{ld}</script></head>
<body><div id="gnb"><a href="/">{a['outlet']}</a> <a href="/beauty">뷰티</a> <a href="/biz">기업</a> <a href="/stock">{bp[0]}</a> <a href="/global">글로벌</a></div>
<div class="breadcrumb">홈 &gt; 기업 &gt; {a['section']}</div>
<div class="art_head"><h2 class="art_title">{e(a['title'])}</h2>
<ul class="art_info"><li>{a['author']} 기자</li><li>승인 {d(a)} {a['time']}</li><li>수정 {d(a)} 08:12</li></ul></div>
<div class="art_body" itemprop="articleBody">
{paras(a)}
</div>
<div class="reporter">{a['author']} 기자 <a href="mailto:{a['email']}">{a['email']}</a></div>
<div class="ranking"><h4>{bp[1]}</h4><ul><li>K뷰티 수출 3분기 역대 최대</li><li>올리브영 입점 브랜드 1천개 돌파</li><li>면세점 매출 석 달째 감소</li></ul></div>
<div id="footer"><p>{bp[3]}</p><p>{bp[2]}</p></div></body></html>"""
    return page, bp

def t_little(a):
    bp = ["최신기사", "식품 · 의약 · 건강 전문 인터넷신문", f"Copyright (c) 2026 {a['outlet']} All rights reserved."]
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a['title'])}</title>
<meta name="description" content="{e(a['body'][0][:80])}">
</head><body>
<div id="top"><img src="/img/logo.png" alt="{a['outlet']}"> <span>{bp[1]}</span></div>
<div id="menu"><a href="/list?c=1">식품안전</a> | <a href="/list?c=2">의약품</a> | <a href="/list?c=3">건강</a> | <a href="/list?c=4">소비자</a></div>
<div id="content">
<h3>{e(a['title'])}</h3>
<div class="info">기사입력 : {d(a, '-')} {a['time']} | {a['author']} 기자 | 조회수 : 1,204</div>
<div class="view">
{paras(a)}
</div>
<div class="mail">{a['author']} 기자 ({a['email']})</div>
</div>
<div id="side"><b>{bp[0]}</b><br>· 여름철 식중독 주의보 발령<br>· 건강기능식품 허위광고 43건 적발<br></div>
<div id="bottom">{bp[2]}</div>
</body></html>"""
    return page, bp

def t_local(a):
    bp = ["오늘의 주요뉴스", "독자투고 | 제보하기 | 기사제보", f"저작권자 © {a['outlet']} 무단전재 및 재배포 금지", "경기도 수원시 팔달구 | 대표전화 031-000-0000"]
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{e(a['title'])} &lt; {a['section']} &lt; 기사본문 - {a['outlet']}</title>
<meta name="description" content="{e(a['body'][0])}">
<meta property="og:title" content="{e(a['title'])}"><meta property="og:site_name" content="{a['outlet']}">
</head><body>
<div class="top-menu"><a href="/">홈</a> <a href="/sec/pol">정치</a> <a href="/sec/eco">경제</a> <a href="/sec/soc">사회</a> <a href="/sec/city">시군소식</a> <span>{bp[1]}</span></div>
<section class="article">
<p class="cate">{a['section']}</p>
<h1>{e(a['title'])}</h1>
<ul class="infomation"><li><i class="icon-user"></i> <a href="mailto:{a['email']}">{a['author']} 기자</a></li><li><i class="icon-clock"></i> 입력 {d(a)} {a['time']}</li><li>댓글 0</li></ul>
<article id="article-view-content">
{paras(a)}
</article>
</section>
<div class="auto-rank"><h4>{bp[0]}</h4><ol><li>수원 광교 호수공원 야간 개장 연장</li><li>용인 반도체 클러스터 용수 협약</li></ol></div>
<footer><address>{bp[3]}</address><p>{bp[2]}</p></footer>
</body></html>"""
    return page, bp

def t_euckr(a):
    bp = ["전력·에너지 전문지", "[에너지한결 전체기사 보기]", "Copyright ⓒ 에너지한결. 무단 전재 및 재배포 금지", "본사 : 세종특별자치시 | 전화 044-000-0000 | 발행·편집인 : 심태규"]
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{a['outlet']} - {e(a['title'])}</title>
<meta name="description" content="{e(a['body'][0])}">
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td><a href="/"><b>{a['outlet']}</b></a> <font size="2">{bp[0]}</font></td></tr>
<tr><td class="menu"><a href="/list.php?s=1">전력</a> · <a href="/list.php?s=2">석유·가스</a> · <a href="/list.php?s=3">신재생</a> · <a href="/list.php?s=4">정책</a></td></tr>
<tr><td valign="top">
<table width="680"><tr><td class="sec">{a['section']}</td></tr>
<tr><td class="tit"><font size="5"><b>{e(a['title'])}</b></font></td></tr>
<tr><td class="day">{a['author']} 기자 | 등록일 : {d(a, '-')} {a['time']}</td></tr>
<tr><td class="txt">
{"<br><br>".join(e(p, quote=False) for p in a['body'])}
<br><br>{a['author']} 기자 {a['email']}
</td></tr>
<tr><td><a href="/list.php">{bp[1]}</a></td></tr></table>
</td></tr>
<tr><td class="foot">{bp[3]}<br>{bp[2]}</td></tr>
</table>
</body></html>"""
    return page.encode("euc-kr"), bp

def t_dump_portal(a):
    bp = ["전체기사 | 판결 | 법조계 | 법률상식 | 오피니언 | 로그인", "글씨크기  공유하기  스크랩", f"<저작권자 © {a['outlet']}, 무단 전재 및 재배포 금지>", "많이 본 기사", "회사소개 | 이용약관 | 개인정보처리방침 | 고충처리인"]
    t = f"""{a['outlet']}
{bp[0]}
홈 > {a['section']}
{a['title']}
{a['author']} 기자 | 입력 {d(a)} {a['time']} | 수정 {d(a)} 16:02
{bp[1]}

""" + "\n\n".join(a['body']) + f"""

{a['author']} 기자 {a['email']}
{bp[2]}

{bp[3]}
1 층간소음 손해배상 판결 잇따라
2 전세사기 피해자 구제 특별법 개정안 국회 통과
3 변호사시험 합격자 발표

{bp[4]}
"""
    return t, bp

def t_dump_sports(a):
    bp = ["홈  축구  야구  농구  배구  골프  e스포츠", "기사입력 2026-05-10 21:48  |  최종수정 2026-05-10 22:10", "[사진=볼터치스포츠] 결승골을 넣은 뒤 동료들과 기뻐하는 견하람", f"Copyright ⓒ {a['outlet']} All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지", "관련기사", "기사제보 | 광고문의 | 구독신청"]
    t = f"""{bp[0]}
{a['section']}
{a['title']}
{bp[1]}
{a['author']} 기자

{bp[2]}

""" + "\n\n".join(a['body']) + f"""

{a['author']} 기자 {a['email']}

{bp[4]}
- 울산, 전북과 득점 없이 비겨…선두 유지
- 서울 공격수, 4경기 연속골 신기록

{bp[5]}
{bp[3]}
"""
    return t, bp

def t_dump_wire(a):
    bp = [f"송고시간{a['published']} {a['time']}", "공유  댓글  글자크기조정  인쇄", "#감사원  #청년월세  #부당지급", f"<저작권자(c) {a['outlet']}, 무단 전재-재배포, AI 학습 및 활용 금지>", "이 기사에 대해 의견 나누기", "제보는 카카오톡 okjebo"]
    t = f"""{a['title']}
사회
{bp[0]}
{bp[1]}

""" + "\n\n".join(a['body']) + f"""

{a['email']}

{bp[2]}
{bp[5]}
{bp[3]}
{bp[4]}
"""
    return t, bp

def t_dump_ent(a):
    bp = ["연예 | 방송 | 영화 | 공연 | 스타포토 | 랭킹", "입력 2026.10.15. 오전 8:55  수정 2026.10.15. 오전 9:20", "연극 '빈 의자의 계절'의 한 장면. [사진=극단 달그림자 제공]", f"{a['outlet']} 구독하고 공연 소식 가장 먼저 받아보세요", "이 기사와 함께 많이 본 뉴스", f"Copyright ⓒ {a['outlet']}. All rights reserved. 무단 전재 및 재배포 금지."]
    t = f"""{a['outlet']}
{bp[0]}
{a['title']}
{a['author']} 기자
{bp[1]}

{bp[2]}

""" + "\n\n".join(a['body']) + f"""

{a['author']} 기자 ({a['email']})

{bp[3]}

{bp[4]}
뮤지컬 '달빛 정거장' 10주년 공연 확정
국립극장, 겨울 시즌 라인업 공개

{bp[5]}
"""
    return t, bp

TPL = dict(full=t_full, world=t_world, econ=t_econ, little=t_little, local=t_local, euckr=t_euckr,
           dump_portal=t_dump_portal, dump_sports=t_dump_sports, dump_wire=t_dump_wire, dump_ent=t_dump_ent)

def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip()

bad = 0
for a in A:
    page, bp = TPL[a["tpl"]](a)
    path = os.path.join(PAGES, a["file"])
    if isinstance(page, bytes):
        open(path, "wb").write(page); text = page.decode("euc-kr")
    else:
        open(path, "w", encoding="utf-8").write(page); text = page
    gold = {"source": a["file"], "note": a["note"],
        "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"],
                    "outlet": a["outlet"], "language": "ko", "body": "\n\n".join(a["body"]), "body_must_not_contain": bp},
        "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
        "optional_persons": a.get("optional_persons", []) + ([a["author"]] if a["author"] not in a.get("optional_persons", []) else []),
        "quotes": [{"speaker": s, "text": q} for s, q in a["quotes"]],
        "optional_quotes": a.get("optional_quotes", []),
        "events": [{"name": n, "kind": k, "location": l, "date_text": dt, "start_date": sd} for n, k, l, dt, sd in a["events"]],
        "must_not": {"person_names": a["must_not_names"], "quote_substrings": a["must_not_quotes"]}}
    inbody = [x for x in bp if x in " ".join(a["body"])]
    if inbody: print("boilerplate string inside the body, left out of the gold:", a["file"], inbody)
    gold["article"]["body_must_not_contain"] = [x for x in bp if x not in inbody]
    stem = os.path.splitext(a["file"])[0]
    json.dump(gold, open(os.path.join(GOLD, stem + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # check
    nt = norm(text); body = " ".join(a["body"])
    quoted = re.findall(r'"([^"]+)"', body)
    def need(s, where=nt, what=""):
        global bad
        if s and norm(s) not in where:
            print("MISSING", a["file"], what, s); bad += 1
    for s in [a["title"], a["author"], a["email"], a["outlet"]] + a["body"] + bp: need(e(s, quote=False) if a["tpl"] not in ("dump_portal","dump_sports","dump_wire","dump_ent") and False else s, what="field")
    for n, t, o in a["persons"]:
        need(n, body, "name"); need(t, body, "title"); need(o, body, "org")
    for n, k, l, dt, sd in a["events"]:
        need(n, body, "event"); need(l, body, "loc"); need(dt, body, "date_text")
    for s, q in a["quotes"]:
        # must be consecutive quoted parts joined by a space
        ok = any(" ".join(quoted[i:j]) == q for i in range(len(quoted)) for j in range(i + 1, min(i + 5, len(quoted) + 1)))
        if not ok: print("QUOTE NOT PARTS", a["file"], q); bad += 1
        if s: need(s, body, "speaker")
    for q in a.get("optional_quotes", []): need(q, nt, "optq")
    for n in a["must_not_names"] + a["must_not_quotes"]: need(n, nt, "must_not")
print("problems:", bad)
