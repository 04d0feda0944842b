# -*- coding: utf-8 -*-
"""Write pages/ and gold/ of ko-heldout64 from articles.py, then check the gold against the pages."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import A

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")

def e(s): return html.escape(s, quote=True)
def dots(d): return d.replace("-", ".")

RELATED = {
 "neoulpogu_20260114_3318.html": ["거제 앞바다 낚싯배 좌초…승객 12명 전원 구조", "통영 수산물 위판장 새단장…이달 말 문 연다", "겨울철 어선 사고 잇따라…해경 특별 안전점검"],
 "bullpentimes_20260109.txt": ["[스토브리그 결산] FA 시장, 올겨울은 '집토끼' 잡기", "외국인 투수 재계약 완료한 구단은 어디?", "퓨처스리그 일정 확정…3월 중순 개막"],
 "edugaram_20260106_5521.html": ["수도권 주요 대학 정시 경쟁률 일제히 상승", "[입시 Q&A] 추가 합격, 어떻게 준비하나", "지역인재 전형 확대 대학 어디"],
 "dosimon_20261112.txt": ["시의회 교통위, 버스 준공영제 재정지원 집중 점검", "서울시 '자전거 전용도로' 확대 계획 발표", "구의회 행감 첫날부터 자료 제출 공방"],
 "byeotgari_20260320_118.html": ["화성 쌀 수매가 동결…농민 반발", "봄철 영농 인력 부족 '비상'", "농협 하나로마트 지역 특산물 코너 확대"],
 "techonbiz_20260508_7740.html": ["반도체 장비주 일제히 강세…HBM 기대감", "메모리 업황 회복에 장비 발주 늘어", "코스닥 상장사 1분기 실적 '맑음'"],
 "misulgyeol_20260422.html": ["국립 미술관 상반기 전시 일정 공개", "[전시 리뷰] 빛과 그림자의 대화", "젊은 작가 공모전 수상작 발표"],
 "hannun_20260119.txt": ["이번 주말 전국 눈 소식…빙판길 주의", "한파에 수도계량기 동파 신고 잇따라", "난방비 부담 커진 겨울…절약 요령은"],
 "gukgyeong_20260226_2041.html": ["중앙아시아 순방 성과는…자원 외교 재시동", "한·우즈벡 경제협력 포럼 개최", "외교부, 재외국민 안전 대책 점검 회의"],
 "motorlounge_20260611.txt": ["상반기 수입차 판매 순위…세단 강세 여전", "전기차 배터리 리콜 한 달째…점검률 60%", "여름철 타이어 관리 이렇게 하세요"],
}

def body_ps(a, tag="p"):
    return "\n".join(f"<{tag}>{e(p)}</{tag}>" for p in a["paras"])

def related_html(a, cls="related"):
    return f'<div class="{cls}"><h3>관련기사</h3><ul>' + "".join(f'<li><a href="/news/{i+101}">{e(t)}</a></li>' for i, t in enumerate(RELATED[a["file"]])) + "</ul></div>"

def page_html_full(a):
    d, t = a["published"], a["time"]
    desc = a["paras"][0][:80]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": f"{d}T{t}:00+09:00",
          "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": a["outlet"]}}
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} - {a['outlet']}</title>
<meta name="description" content="{e(desc)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:url" content="https://www.{a['site']}/news/articleView.html?idxno=3318">
<meta property="article:published_time" content="{d}T{t}:00+09:00">
<meta property="article:section" content="{a['section']}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<header id="header"><div class="logo"><a href="/">{a['outlet']}</a></div>
<nav class="gnb"><ul><li><a href="/news/politics">정치</a></li><li><a href="/news/economy">경제</a></li><li><a href="/news/society">사회</a></li><li><a href="/news/sea">해양수산</a></li><li><a href="/news/local">지역</a></li><li><a href="/news/opinion">오피니언</a></li></ul></nav></header>
<div class="breadcrumb">홈 &gt; 사회 &gt; 사건·사고</div>
<article class="article-view">
<h1 class="headline">{e(a['title'])}</h1>
<div class="info"><span class="writer">{a['author']} 기자</span> <span class="date">승인 {dots(d)} {t}</span></div>
<div id="article-view-content">
{body_ps(a)}
<p class="byline-end">{a['author']} 기자 {a['email']}</p>
</div>
</article>
{related_html(a)}
<footer><p>{a['outlet']} | 경남 통영시 해안로 88 | 대표전화 055-000-1234 | 청소년보호책임자 진해나</p>
<p>Copyright © 2026 {a['outlet']}. All rights reserved. 무단전재 및 재배포 금지</p></footer>
</body></html>
"""

def page_html_edu(a):
    d, t = a["published"], a["time"]
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="UTF-8">
<title>{e(a['title'])} | {a['outlet']}</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="article:published_time" content="{d}T{t}:00+09:00">
<meta name="author" content="{a['author']}">
</head><body>
<div class="top-bar"><a href="/login">로그인</a> | <a href="/join">회원가입</a> | <a href="/subscribe">구독신청</a></div>
<div class="gnb"><a href="/">{a['outlet']}</a> <a href="/s/univ">대학</a> <a href="/s/exam">입시</a> <a href="/s/school">초중고</a> <a href="/s/policy">교육정책</a> <a href="/s/people">사람들</a></div>
<div class="path">홈 › 대학 › 입시</div>
<div class="article-head"><h2 class="tit">{e(a['title'])}</h2>
<ul class="art-info"><li>{a['author']} 기자</li><li>입력 {dots(d)} {t}</li><li>댓글 0</li></ul></div>
<div class="article-body" itemprop="articleBody">
{body_ps(a)}
</div>
<div class="reporter-box">{a['author']} 기자 <a href="mailto:{a['email']}">{a['email']}</a></div>
<div class="share">페이스북 트위터 카카오톡 URL복사</div>
{related_html(a, 'relation')}
<div class="footer">{a['outlet']} · 서울특별시 마포구 독막로 17 · 등록번호 서울 아 00000 · 발행인·편집인 곽보늬<br>
Copyright by {a['outlet']}. All rights reserved.</div>
</body></html>
"""

def page_html_euckr(a):
    d, t = a["published"], a["time"]
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{e(a['title'])}</title>
<meta name="description" content="{e(a['paras'][0])}">
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td class="top_menu"><a href="/">홈</a> | <a href="/sub.php?code=10">정치·행정</a> | <a href="/sub.php?code=20">지역경제</a> | <a href="/sub.php?code=30">농업·농촌</a> | <a href="/sub.php?code=40">사람과 사람</a> | <a href="/sub.php?code=50">독자투고</a></td></tr>
<tr><td>
<table width="680" border="0"><tr><td class="view_title">{e(a['title'])}</td></tr>
<tr><td class="view_info">{a['author']} 기자 | 기사입력 {dots(d)} {t}</td></tr>
<tr><td class="view_text">
{"<br><br>".join(e(p) for p in a['paras'])}
<br><br>{a['author']} 기자 ({a['email']})
</td></tr></table>
</td></tr>
<tr><td class="hot_news"><b>많이 본 기사</b><br>{"<br>".join("· " + e(x) for x in RELATED[a['file']])}</td></tr>
<tr><td class="copy">{a['outlet']} | 경기도 화성시 향남읍 발안로 7 | TEL 031-000-7788<br>이 신문의 모든 저작권은 {a['outlet']}에 있습니다. 무단 전재·재배포를 금합니다.<br>Copyright ⓒ 2008 {a['site']} All rights reserved.</td></tr>
</table>
</body>
</html>
"""

def page_html_econ(a):
    d, t = a["published"], a["time"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": f"{d}T{t}:00+09:00", "dateModified": f"{d}T08:31:00+09:00",
          "author": [{"@type": "Person", "name": a["author"] + " 기자", "email": a["email"]}],
          "publisher": {"@type": "Organization", "name": a["outlet"], "logo": {"@type": "ImageObject", "url": f"https://img.{a['site']}/logo.png"}},
          "articleSection": a["section"]}
    return f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | {a['outlet']}</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['paras'][0][:90])}">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{d}T{t}:00+09:00">
<meta property="article:modified_time" content="{d}T08:31:00+09:00">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="ticker">코스피 2,841.32 ▲12.08 | 코스닥 902.15 ▲6.44 | 원/달러 1,352.40 ▼3.10</div>
<header><a class="logo" href="/">{a['outlet']}</a>
<nav><a href="/industry">산업</a><a href="/it">IT·과학</a><a href="/finance">금융</a><a href="/stock">증권</a><a href="/global">글로벌</a></nav></header>
<main>
<div class="article-header"><span class="section">{a['section']} &gt; 반도체</span>
<h1>{e(a['title'])}</h1>
<div class="meta">입력 {dots(d)} {t} · 수정 {dots(d)} 08:31 · <a href="/reporter/dsy">{a['author']} 기자</a></div></div>
<section class="article-body">
{body_ps(a)}
<p class="email">{a['author']} 기자 {a['email']}</p>
</section>
<aside>{related_html(a, 'most-read')}</aside>
</main>
<footer>{a['outlet']} | 서울시 영등포구 여의대로 24 | 사업자등록번호 000-00-00000<br>ⓒ {a['outlet']}, 무단전재 및 재배포 금지</footer>
</body></html>
"""

def page_html_culture(a):
    d, t = a["published"], a["time"]
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{a['outlet']} - {e(a['title'])}</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:image" content="https://{a['site']}/upload/2026/04/exh_main.jpg">
<meta property="og:site_name" content="{a['outlet']}">
</head><body>
<div id="wrap">
<div class="hd"><h1 class="site"><a href="/">{a['outlet']}</a></h1>
<ul class="menu"><li>전시</li><li>공연</li><li>작가 인터뷰</li><li>리뷰</li><li>미술시장</li></ul></div>
<div class="post">
<div class="cat">전시 · NEWS</div>
<h2 class="post-title">{e(a['title'])}</h2>
<div class="byline-box">글 {a['author']} 기자 · {dots(d)} {t}</div>
<figure><img src="/upload/2026/04/exh_main.jpg" alt=""><figcaption>특별전 전시장 전경. 다솜미술관 제공</figcaption></figure>
<div class="post-content">
{body_ps(a)}
</div>
<div class="tags">#다솜미술관 #특별전 #물의기억 #설치미술</div>
<div class="writer">{a['author']} 기자 {a['email']}</div>
</div>
{related_html(a, 'more-posts')}
<div class="ft">{a['outlet']} | 서울 종로구 자하문로 5길 3 | 문의 02-000-4521<br>© {a['outlet']} All Rights Reserved.</div>
</div></body></html>
"""

def page_html_world(a):
    d, t = a["published"], a["time"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": f"{d}T{t}:00+09:00", "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": a["outlet"]}, "inLanguage": "ko"}
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} : {a['outlet']}</title>
<link rel="canonical" href="https://{a['site']}/article/2041">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:url" content="https://{a['site']}/article/2041">
<meta property="article:published_time" content="{d}T{t}:00+09:00">
<meta property="article:author" content="{a['author']}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="util"><a href="/">홈</a> <a href="/en">ENGLISH</a> <a href="/newsletter">뉴스레터 신청</a></div>
<nav class="main-nav"><a href="/diplomacy">외교</a> <a href="/security">안보</a> <a href="/northkorea">북한</a> <a href="/asia">아시아</a> <a href="/americas">미주</a> <a href="/europe">유럽</a></nav>
<ol class="crumbs"><li>홈</li><li>외교</li><li>외교일반</li></ol>
<article>
<header><h1 class="art-title">{e(a['title'])}</h1>
<p class="art-byline">{a['author']} 기자 <time datetime="{d}T{t}:00+09:00">{dots(d)} {t}</time></p></header>
<div class="art-text">
{body_ps(a)}
</div>
<p class="art-mail">{a['author']} 기자 {a['email']}</p>
</article>
{related_html(a, 'list-related')}
<footer class="site-footer"><p>{a['outlet']} · 서울 종로구 사직로 90 · 등록일 2019.06.03</p>
<p>Copyright © {a['outlet']}. 무단 전재, 재배포 및 AI 학습 이용 금지</p></footer>
</body>
</html>
"""

def dump_portal(a):
    d, t = a["published"], a["time"]
    return "\n".join([
      "홈 야구 축구 농구 배구 골프 e스포츠 연예", "", "불펜타임즈 > 야구 > KBO", "",
      a["title"], "", f"{a['author']} 기자  |  입력 {dots(d)} {t}  |  수정 {dots(d)} 15:01", "",
      "글자크기  공유하기  스크랩", "",
      *sum(([p, ""] for p in a["paras"]), []),
      f"{a['author']} 기자 {a['email']}", "",
      "관련기사", *RELATED[a["file"]], "",
      "회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책 | 기사제보",
      f"{a['outlet']} | 서울특별시 송파구 올림픽로 25 | 등록번호 서울 아 00000",
      f"Copyright ⓒ {a['outlet']}. All rights reserved.", ""])

def dump_wire(a):
    d, t = a["published"], a["time"]
    paras = list(a["paras"])
    paras[0] = f"(서울=도심온뉴스) {a['author']} 기자 = " + paras[0]
    return "\n".join([
      "도심온뉴스", "전체기사 | 서울 | 지방자치 | 교통 | 주거 | 환경 | 오피니언", "",
      a["title"], "", f"송고시간{dots(d).replace('.', '-')} {t}", "",
      *sum(([p, ""] for p in paras), []),
      a["email"], "", "키워드 #서울시의회 #행정사무감사 #공공자전거", "",
      "이 기사와 관련된 기사", *RELATED[a["file"]], "",
      f"<저작권자(c) 도심온뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", f"{dots(d)} {t} 송고", ""])

def dump_browser(a):
    d, t = a["published"], a["time"]
    return "\n".join([
      "본문 바로가기", "한눈뉴스", "뉴스 홈 | 정치 | 경제 | 사회 | 생활/문화 | 세계 | IT/과학 | 날씨", "", "날씨",
      a["title"], f"기사입력 {dots(d)}. 오후 4:12  최종수정 {dots(d)}. 오후 4:40", "", "요약봇  글자크기  인쇄", "",
      *sum(([p, ""] for p in a["paras"]), []),
      f"{a['author']} 기자({a['email']})", "",
      "좋아요 12  훈훈해요 0  슬퍼요 1  화나요 3  후속기사 원해요 5", "댓글 27", "",
      "이 시각 많이 본 뉴스", *RELATED[a["file"]], "",
      "한눈뉴스 | 서울 중구 세종대로 21길 9 | 고객센터 1588-0000",
      "Copyright ⓒ 한눈뉴스. All rights reserved. 무단 전재 및 재배포 금지.", ""])

def dump_mobile(a):
    d, t = a["published"], a["time"]
    return "\n".join([
      "모터라운지", "☰  검색", "신차 | 시승기 | 업계 | 정책 | 중고차 | 모빌리티", "",
      a["title"], "", f"입력 {dots(d)} {t}  수정 {dots(d)} 11:20", f"{a['author']} 기자", "가 가  공유", "",
      *sum(([p, ""] for p in a["paras"]), []),
      f"{a['author']} 기자 {a['email']}", "", "이 기사를 공유합니다", "카카오톡 페이스북 링크복사", "",
      "함께 보면 좋은 기사", *RELATED[a["file"]], "",
      "PC버전 | 맨위로", f"ⓒ {a['outlet']} 무단 전재 및 재배포 금지", ""])

FORMS = {"html_full": page_html_full, "html_edu": page_html_edu, "html_euckr": page_html_euckr, "html_econ": page_html_econ,
         "html_culture": page_html_culture, "html_world": page_html_world, "dump_portal": dump_portal, "dump_wire": dump_wire,
         "dump_browser": dump_browser, "dump_mobile": dump_mobile}

def boilerplate(a):
    rel = RELATED[a["file"]]
    bp = [rel[0], rel[1]]
    f = a["form"]
    bp += {"html_full": ["무단전재 및 재배포 금지", "청소년보호책임자", "해양수산"],
           "html_edu": ["구독신청", "URL복사", "등록번호 서울 아 00000"],
           "html_euckr": ["많이 본 기사", "무단 전재·재배포를 금합니다", "독자투고"],
           "html_econ": ["코스피 2,841.32", "사업자등록번호", "무단전재 및 재배포 금지"],
           "html_culture": ["특별전 전시장 전경", "#다솜미술관", "All Rights Reserved"],
           "html_world": ["뉴스레터 신청", "AI 학습 이용 금지", "외교일반"],
           "dump_portal": ["글자크기  공유하기  스크랩", "광고문의", "All rights reserved"],
           "dump_wire": ["송고시간", "키워드 #서울시의회", "이 기사와 관련된 기사"],
           "dump_browser": ["본문 바로가기", "훈훈해요", "이 시각 많이 본 뉴스"],
           "dump_mobile": ["이 기사를 공유합니다", "함께 보면 좋은 기사", "PC버전"]}[f]
    return bp

def main():
    os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    problems = []
    for a in A:
        text = FORMS[a["form"]](a)
        path = os.path.join(PAGES, a["file"])
        if a["form"] == "html_euckr":
            open(path, "wb").write(text.encode("euc-kr"))
        else:
            open(path, "w", encoding="utf-8").write(text)
        body = "\n\n".join(a["paras"])
        gold = {"source": a["file"], "note": a["note"],
                "article": {"title": a["title"], "author": a["author"], "author_email": a["email"],
                            "published": a["published"], "outlet": a["outlet"], "language": "ko",
                            "body": body, "body_must_not_contain": boilerplate(a)},
                "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
                "optional_persons": a["optional_persons"],
                "quotes": [{"speaker": s, "text": q} for s, q in a["quotes"]],
                "optional_quotes": a["optional_quotes"],
                "events": [{"name": n, "kind": k, "location": l, "date_text": dt, "start_date": sd} for n, k, l, dt, sd in a["events"]],
                "must_not": {"person_names": a["must_not_names"], "quote_substrings": a["must_not_quotes"]}}
        stem = a["file"].rsplit(".", 1)[0]
        json.dump(gold, open(os.path.join(GOLD, stem + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        # check
        raw = open(path, "rb").read().decode("euc-kr" if a["form"] == "html_euckr" else "utf-8")
        dec = html.unescape(raw)
        def need(s, what):
            if s and s not in dec: problems.append((a["file"], what, s))
        for s in [a["title"], a["author"], a["email"], a["outlet"], *a["paras"], *boilerplate(a)]: need(s, "article")
        for n, t, o in a["persons"]:
            need(n, "name"); need(t, "title")
            if o and o not in dec and o not in ("휘담대학교",): problems.append((a["file"], "org", o))
        for s, q in a["quotes"]:
            if s: need(s, "speaker")
            quoted = re.findall(r'"([^"]+)"', body)
            ok = any(" ".join(quoted[i:j]) == q for i in range(len(quoted)) for j in range(i + 1, min(i + 3, len(quoted)) + 1))
            if not ok: problems.append((a["file"], "quote", q))
        for q in a["optional_quotes"]: need(q, "optional quote")
        for n, k, l, dt, sd in a["events"]:
            need(n, "event"); need(l, "location"); need(dt, "date_text")
        for n in a["must_not_names"]: need(n, "must_not")
        for x in body.split("\n\n"):
            for b in boilerplate(a):
                if b in x: problems.append((a["file"], "boilerplate in body", b))
    print(len(A), "pages;", "problems:", problems or "none")

if __name__ == "__main__":
    main()
