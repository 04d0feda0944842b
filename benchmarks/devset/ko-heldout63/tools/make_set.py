# -*- coding: utf-8 -*-
"""Write pages/ and gold/ of ko-heldout63 from articles.py, then check gold strings against the decoded pages."""
import json, os, re, html, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
esc = html.escape

def ps(a):
    return "\n".join("<p>%s</p>" % esc(p, quote=False) for p in a["paras"])

def page_seoulbit(a, B):
    nav = ["홈", "정치", "경제", "사회", "지역", "문화", "스포츠", "오피니언"]
    rel = ["천안시, 도심 공원 조성 사업 설계 공모 착수", "아산시의회, 행정사무감사 일정 확정", "충남 시군 추경 규모 1조원 넘어"]
    foot = "Copyright © 서울빛뉴스. All rights reserved. 무단 전재 및 재배포 금지"
    addr = "서울특별시 마포구 독막로 212 서울빛빌딩 4층 | 대표전화 02-6210-4400 | 등록번호 서울 아05512"
    B += nav[1:] + rel + [foot, addr, "많이 본 뉴스"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
          "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": a["outlet"]}}
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{esc(a['title'])} - 서울빛뉴스</title>
<meta name="description" content="{esc(a['paras'][1])}">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="서울빛뉴스"><meta property="og:url" content="https://www.seoulbitnews.kr/news/articleView.html?idxno=4417">
<meta property="article:published_time" content="{a['time']}"><meta property="article:section" content="지역">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<header class="gnb"><a class="logo" href="/">서울빛뉴스</a><ul>{''.join('<li><a href="#">%s</a></li>' % n for n in nav)}</ul></header>
<div class="breadcrumb">홈 &gt; 지역 &gt; 충청</div>
<article class="article-view">
<h1 class="headline">{esc(a['title'])}</h1>
<div class="info"><span class="writer">{a['author']} 기자</span> <span class="date">승인 2026.03.12 15:20</span> <span class="mail">{a['email']}</span></div>
<div id="article-view-content-div">
{ps(a)}
<p class="byline-end">{a['author']} 기자 {a['email']}</p>
</div></article>
<aside class="related"><h3>관련기사</h3><ul>{''.join('<li><a href="#">%s</a></li>' % r for r in rel)}</ul></aside>
<aside class="ranking"><h3>많이 본 뉴스</h3><ol><li>서울 지하철 9호선 연장 구간 개통 앞당겨</li><li>올해 벚꽃 개화 평년보다 일주일 빨라</li></ol></aside>
<footer><p>{addr}</p><p>{foot}</p></footer>
</body></html>"""

def page_moneyhaneul(a, B):
    foot = "Copyright(c) 2026 머니하늘경제 All rights reserved."
    menu = ["금융", "증권", "부동산", "산업", "IT·과학"]
    B += [foot, "회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책"] + menu[1:]
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{esc(a['title'])} :: 머니하늘경제</title>
<meta name="description" content="{esc(a['paras'][0])}">
</head><body bgcolor="#ffffff">
<table width="980" align="center"><tr><td><a href="/"><b>머니하늘경제</b></a></td>
<td>{' | '.join(menu)}</td></tr></table>
<table width="980" align="center"><tr><td width="680" valign="top">
<font size="5"><b>{esc(a['title'])}</b></font><br>
<font color="#777">기사입력 2026-04-08 오전 10:12 | {a['author']} 기자</font><hr>
<div id="news_body">
{'<br><br>'.join(esc(p, quote=False) for p in a['paras'])}
<br><br>{a['author']} 기자 ({a['email']})
</div></td>
<td width="300" valign="top"><b>오늘의 주요뉴스</b><br>· 코스피, 외국인 매수에 2,900선 회복<br>· 가계대출 증가세 석 달째 둔화</td></tr></table>
<table width="980" align="center"><tr><td><font size="2">회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책<br>{foot}</font></td></tr></table>
</body></html>"""

def page_gyoyuk(a, B):
    foot = "교육나우 | 발행인 겸 편집인 나도겸 | © 교육나우 무단복제 및 재배포 금지"
    B += [foot, "구독신청", "이 기사를 공유합니다"]
    return f"""<!doctype html>
<html><head><meta charset="utf-8">
<title>교육나우 | {esc(a['title'])}</title>
<meta name="description" content="{esc(a['paras'][0])}">
</head><body>
<div id="top"><span>교육나우</span> <a href="#">구독신청</a> <a href="#">로그인</a></div>
<div class="menu">정책 · 입시 · 학교 · 대학 · 평생교육</div>
<div class="view">
<h2 class="tit">{esc(a['title'])}</h2>
<div class="byline-box"><strong>{a['author']} 기자</strong> | 입력 {a['time']} | <a href="mailto:{a['email']}">{a['email']}</a></div>
<div class="txt">
{ps(a)}
</div>
<div class="share">이 기사를 공유합니다</div>
</div>
<div class="foot">{foot}</div>
</body></html>"""

def page_jungang(a, B):
    rel = ["대전 전통시장 화재 안전점검 결과 '미흡' 31곳", "중소벤처기업부, 전통시장 화재공제 가입 지원 확대"]
    foot = "ⓒ 중앙내일신문 (www.jnaeil.co.kr), 무단전재 및 수집, 재배포금지"
    B += rel + [foot, "기사제보", "중앙내일신문 구독하기"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
          "dateModified": "2026-06-19T13:02:00+09:00", "author": [{"@type": "Person", "name": a["author"] + " 기자"}],
          "publisher": {"@type": "Organization", "name": "중앙내일신문", "logo": {"@type": "ImageObject", "url": "https://www.jnaeil.co.kr/img/logo.png"}}}
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="UTF-8">
<title>{esc(a['title'])} | 중앙내일신문</title>
<meta property="og:title" content="{esc(a['title'])}"><meta property="og:site_name" content="중앙내일신문">
<meta property="og:description" content="{esc(a['paras'][0])}">
<meta property="article:published_time" content="{a['time']}"><meta property="article:modified_time" content="2026-06-19T13:02:00+09:00">
<meta name="author" content="{a['author']}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<nav class="top-nav"><a href="/">중앙내일신문</a> <a href="#">사회</a> <a href="#">전국</a> <a href="#">기사제보</a> <a href="#">중앙내일신문 구독하기</a></nav>
<main><div class="article-head"><span class="sec">사회 &gt; 전국</span><h1>{esc(a['title'])}</h1>
<p class="meta">입력 2026-06-19 10:45 · 수정 2026-06-19 13:02 · {a['author']} 기자</p></div>
<figure><img src="/photo/0619fire.jpg" alt=""><figcaption>18일 새벽 불이 난 대전 한밭중앙시장에서 소방대원들이 잔불을 정리하고 있다. /독자 제공</figcaption></figure>
<section class="article-body" itemprop="articleBody">
{ps(a)}
</section>
<p class="reporter">{a['author']} 기자 {a['email']}</p>
<div class="rel"><h4>함께 보면 좋은 기사</h4>{''.join('<a href="#">%s</a>' % r for r in rel)}</div></main>
<footer>{foot}</footer>
</body></html>"""

def page_anbo(a, B):
    tags = ["#한미연합훈련", "#해병대", "#국방부"]
    rel = ["합참 \"북, 동해상으로 단거리 탄도미사일 발사\"", "해군, 신형 상륙함 '천자봉함' 2번함 진수"]
    foot = "안보데일리 © 2026 All Rights Reserved. 본 콘텐츠의 저작권은 안보데일리에 있습니다."
    B += tags + rel + [foot, "인기 기사"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
          "author": {"@type": "Person", "name": a["author"], "email": a["email"]}, "publisher": {"@type": "Organization", "name": "안보데일리"}}
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{esc(a['title'])}</title>
<meta property="og:title" content="{esc(a['title'])}"><meta property="og:site_name" content="안보데일리">
<meta property="og:type" content="article"><meta property="article:published_time" content="{a['time']}">
<meta property="article:author" content="{a['author']}"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<div class="header"><div class="logo">안보데일리</div><ul class="gnb"><li>국방</li><li>외교</li><li>북한</li><li>방산</li><li>밀리터리</li></ul></div>
<div class="container"><div class="article">
<p class="section-name">국방</p><h1 class="article-title">{esc(a['title'])}</h1>
<div class="article-info"><span class="name">{a['author']} 기자</span><time datetime="{a['time']}">2026.07.09 11:00</time></div>
<div class="article-txt">
{ps(a)}
</div>
<div class="tags">{' '.join(tags)}</div>
<div class="copyright-line">{a['author']} 기자 ({a['email']})</div>
</div>
<div class="side"><h3>인기 기사</h3><ul>{''.join('<li>%s</li>' % esc(r, quote=False) for r in rel)}</ul></div></div>
<div class="footer"><p>{foot}</p></div>
</body></html>"""

def page_yunseulport(a, B):
    rel = ["부산항 신항, 스마트 자동화 부두 2단계 착공", "벡스코, 올해 국제회의 유치 역대 최다", "해수부, 항만 탄소중립 로드맵 발표"]
    foot = "(주)윤슬포트 | 부산광역시 중구 중앙대로 88 | 청소년보호책임자 제윤호 | Copyright ⓒ 윤슬포트 All rights reserved."
    B += rel + [foot, "SNS 공유"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
          "dateModified": a["time"], "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "NewsMediaOrganization", "name": "윤슬포트"}, "articleSection": "국제"}
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{esc(a['title'])} - 윤슬포트</title>
<meta name="description" content="{esc(a['paras'][1])}">
<meta property="og:title" content="{esc(a['title'])}"><meta property="og:site_name" content="윤슬포트">
<meta property="og:image" content="https://img.yunseulport.com/2026/10/22/forum.jpg">
<meta property="article:published_time" content="{a['time']}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<header><h1 class="brand"><a href="/">윤슬포트</a></h1><nav>부산 | 경남 | 해양 | 국제 | 경제 | 문화</nav></header>
<div class="wrap"><div class="view-head"><h2>{esc(a['title'])}</h2>
<ul class="view-info"><li>{a['author']} 기자</li><li>등록 2026.10.22 18:10</li><li>댓글 0</li></ul><div class="sns">SNS 공유</div></div>
<div class="view-body">
<figure><img src="forum.jpg"><figcaption>22일 벡스코에서 열린 '2026 해양도시 미래포럼' 개막식 모습. 해양미래재단 제공</figcaption></figure>
{ps(a)}
<p class="byline">{a['author']} 기자 {a['email']}</p>
</div>
<div class="related"><strong>관련 기사</strong><ul>{''.join('<li>%s</li>' % r for r in rel)}</ul></div></div>
<footer>{foot}</footer>
</body></html>"""

def dump_kickpost(a, B):
    top = "킥포스트\n홈  K리그  해외축구  대표팀  영상  포토\n로그인 | 회원가입"
    rel = "관련기사\n· 울산 HD, 안방서 수원FC와 1-1 무승부\n· K리그1 4라운드 MVP 후보 발표"
    foot = "킥포스트 | 서울시 영등포구 여의대로 66 | 등록번호 서울 아13372\nCopyright ⓒ 킥포스트. All rights reserved."
    B += ["홈  K리그  해외축구  대표팀  영상  포토", "로그인 | 회원가입", "울산 HD, 안방서 수원FC와 1-1 무승부",
          "K리그1 4라운드 MVP 후보 발표", "Copyright ⓒ 킥포스트. All rights reserved.", "기사 공유하기"]
    body = "\n\n".join(a["paras"])
    return f"""{top}

K리그 > K리그1

{a['title']}

{a['author']} 기자  |  입력 {a['time']}  |  {a['email']}

기사 공유하기

{body}

{a['author']} 기자 {a['email']}

{rel}

{foot}
"""

def dump_sanha(a, B):
    foot = "<저작권자(c) 산하일보, 무단 전재-재배포, AI 학습 및 활용 금지>"
    kw = "#설악산 #공룡능선 #119구조대 #산악사고"
    B += [foot, kw, "송고시간", "산하일보 전체메뉴"]
    body = "\n\n".join(a["paras"])
    return f"""산하일보 전체메뉴
사회  전국  사건·사고  날씨

설악산 공룡능선서 발목 다친 60대 등산객, 119 구조대가 5시간 만에 구조
송고시간2026-05-03 11:08

{body}

{a['email']}

{kw}

{foot}
"""

def dump_munhak(a, B):
    foot = "문학봄 © 2026 | 문의 editor@munhakbom.net | 이용약관 | 개인정보처리방침"
    B += ["작가 인터뷰 | 신간 | 문학상 | 연재 | 칼럼", "이 기사를 추천합니다", foot,
          "[신간] 시인 하람솔 세 번째 시집 '젖은 돌의 노래'", "[인터뷰] 첫 장편 낸 신예 작가의 여름"]
    body = "\n\n".join(a["paras"])
    return f"""문학봄
작가 인터뷰 | 신간 | 문학상 | 연재 | 칼럼

문학상
{a['title']}
{a['author']} 기자
등록 {a['time']}

{body}

{a['author']} 기자 {a['email']}
이 기사를 추천합니다

다른 기사
[신간] 시인 하람솔 세 번째 시집 '젖은 돌의 노래'
[인터뷰] 첫 장편 낸 신예 작가의 여름

{foot}
"""

def dump_bio(a, B):
    foot = "바이오현장 | 제약·바이오 전문 미디어 | Copyright © 바이오현장 All rights reserved."
    B += ["제약 | 바이오 | 의료기기 | 헬스케어 | 증시", "구독 | 로그인", foot, "주요 종목 시세",
          "주요 종목 시세\n셀다온바이오 18,250 ▲2,810 (+18.20%)"]
    body = "\n\n".join(a["paras"])
    return f"""바이오현장
제약 | 바이오 | 의료기기 | 헬스케어 | 증시
구독 | 로그인

{a['title']}
계소울 기자 ({a['email']}) | 2026.05.06 08:15 | 수정 2026.05.06 09:02

{body}

주요 종목 시세
셀다온바이오 18,250 ▲2,810 (+18.20%)

{foot}
"""

MAKERS = {"seoulbitnews": page_seoulbit, "moneyhaneul": page_moneyhaneul, "gyoyuknow": page_gyoyuk,
          "jungangnaeil": page_jungang, "anbodaily": page_anbo, "yunseulport": page_yunseulport,
          "kickpost": dump_kickpost, "sanha119": dump_sanha, "munhakbom": dump_munhak, "biohyeon": dump_bio}

def main():
    bad = 0
    for a in ARTICLES:
        B = []
        text = MAKERS[a["file"].split("_")[0]](a, B)
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        path = os.path.join(PAGES, a["file"])
        with open(path, "wb") as f:
            f.write(text.encode(enc))
        dec = html.unescape(open(path, "rb").read().decode(enc))
        art = {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"],
               "outlet": a["outlet"], "language": "ko", "body": "\n\n".join(a["paras"]), "body_must_not_contain": B}
        g = {"source": a["file"], "note": a["note"], "article": art, "persons": a["persons"],
             "optional_persons": a.get("optional_persons", []), "quotes": a["quotes"],
             "optional_quotes": a.get("optional_quotes", []), "events": a["events"], "must_not": a["must_not"]}
        stem = os.path.splitext(a["file"])[0]
        with open(os.path.join(GOLD, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
        body = "\n".join(a["paras"])
        checks = [a["title"], a["author"], a["email"], a["outlet"]] + a["paras"] + B
        for p in a["persons"]:
            checks += [p["name"]] + [x for x in (p["title"], p["organization"]) if x]
        checks += a.get("optional_persons", []) + a.get("optional_quotes", [])
        for e in a["events"]:
            checks += [e["name"], e["date_text"]] + ([e["location"]] if e["location"] else [])
        checks += a["must_not"]["person_names"] + a["must_not"]["quote_substrings"]
        for c in checks:
            if c not in dec:
                print("MISSING", a["file"], repr(c)); bad += 1
        quoted = re.findall(r'"([^"]+)"', body)
        for q in a["quotes"]:
            if q["text"] not in quoted:
                print("QUOTE NOT A QUOTED PART", a["file"], q["text"]); bad += 1
        if q["speaker"] if False else False: pass
        for q in a["quotes"]:
            if q["speaker"] and q["speaker"] not in body:
                print("SPEAKER", a["file"], q["speaker"]); bad += 1
        missing = [x for x in quoted if x not in {q["text"] for q in a["quotes"]} | set(a.get("optional_quotes", []))]
        for m in missing:
            print("UNLISTED QUOTED PART", a["file"], m)
        n = len(a["paras"])
        print(a["file"], enc, "paras", n, "persons", len(a["persons"]), "quotes", len(a["quotes"]), "events", len(a["events"]))
    print("problems:", bad)

if __name__ == "__main__":
    main()
