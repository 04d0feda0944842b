# Builds pages/ and gold/ of ko-heldout69 from articles.py, then checks gold against the decoded pages.
import json, os, re, sys, html, datetime
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
e = html.escape
WD = "월화수목금토일"

def ps(a): return "\n".join(f"<p>{e(p)}</p>" for p in a["paras"])

def html_full(a):
    bp = ["새날일보 무단전재 및 재배포 금지", "많이 본 뉴스", "새날일보 | 서울특별시 종로구 새날로 12 | 대표전화 02-730-4412"]
    related = ["한파에 취약계층 난방비 지원 확대", "설 앞두고 택배 분실 주의보"]
    body = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])} - 새날일보</title>
<meta name="description" content="{e(a['paras'][0])}">
<meta property="og:type" content="article"><meta property="og:site_name" content="새날일보">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['paras'][0])}">
<meta property="og:url" content="https://www.saenaldaily.co.kr/news/articleView.html?idxno=3021">
<meta property="article:published_time" content="{a['time']}">
<meta property="article:section" content="{a['section']}">
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":a['title'],"datePublished":a['time'],"author":{"@type":"Person","name":a['author']},"publisher":{"@type":"Organization","name":"새날일보"}}, ensure_ascii=False)}</script>
</head><body>
<header><div class="logo"><a href="/">새날일보</a></div>
<nav><ul><li>정치</li><li>경제</li><li class="on">사회</li><li>국제</li><li>문화</li><li>스포츠</li><li>오피니언</li></ul></nav></header>
<main><article>
<div class="section-name">{a['section']}</div>
<h1 class="headline">{e(a['title'])}</h1>
<div class="byline"><span class="writer">{a['author']} 기자</span> <span class="date">입력 2026.01.14 10:32</span></div>
<div id="article-body">
{ps(a)}
<p class="email">{a['author']} 기자 {a['email']}</p>
</div>
<div class="copyright">&lt;저작권자 © {bp[0]}&gt;</div>
</article>
<aside><h3>{bp[1]}</h3><ol>{''.join(f'<li><a href="#">{r}</a></li>' for r in related)}</ol></aside></main>
<footer><p>{bp[2]}</p><p>Copyright © 2026 새날일보. All rights reserved.</p></footer>
</body></html>"""
    return body, bp + related

def dump_portal(a):
    bp = ["홈 | 축구 | 야구 | 농구 | 배구 | 골프 | e스포츠", "공유하기 페이스북 카카오톡 링크복사", "관련기사", "골라인스포츠 모든 콘텐츠(영상,기사,사진)는 저작권법의 보호를 받은바, 무단 전재와 복사, 배포 등을 금합니다."]
    related = ["K리그2 득점왕 경쟁, 마지막 라운드서 갈렸다", "해솔유나이티드, 새 감독 선임 작업 착수"]
    t = f"""골라인스포츠
{bp[0]}
축구 > K리그

{a['title']}

입력 {a['time']}  수정 2026.12.07. 오전 10:03
{a['author']} 기자
{bp[1]}

""" + "\n\n".join(a["paras"]) + f"""

{a['author']} 기자 {a['email']}

{bp[2]}
- {related[0]}
- {related[1]}

{bp[3]}
"""
    return t, bp + related

def html_mid(a):
    bp = ["정책누리신문 | 서울 영등포구 의사당대로 88 | 등록번호 서울 아 05513", "국회 주요뉴스", "ⓒ 정책누리신문, 무단 전재 및 재배포 금지"]
    related = ["여야, 예산 심사 일정 놓고 신경전", "국감 첫 주 증인 불출석 잇따라"]
    t = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{e(a['title'])} | 정책누리신문</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="국회와 정책을 깊이 읽는 정책누리신문">
<meta property="og:image" content="https://img.jeongchaeknuri.com/logo.png">
</head><body>
<div id="top"><a href="/" class="brand">정책누리신문</a>
<ul class="gnb"><li>국회</li><li>행정</li><li>정당</li><li>지방자치</li><li>칼럼</li></ul></div>
<div id="content">
<h2 class="tit">{e(a['title'])}</h2>
<p class="info">{a['author']} 기자 | 승인 {a['time']}</p>
<div class="article_txt">
{ps(a)}
</div>
<p class="reporter">{a['author']} 기자 ({a['email']})</p>
<p class="cr">{bp[2]}</p>
</div>
<div class="side"><h4>{bp[1]}</h4><ul>{''.join(f'<li>{r}</li>' for r in related)}</ul></div>
<div id="footer">{bp[0]}<br>Copyright 2014 정책누리신문</div>
</body></html>"""
    return t, bp + related

def html_og(a):
    bp = ["유통한눈 구독하기", "이 기사와 함께 본 기사", "(주)유통한눈 | 발행·편집인 반도윤 | 서울 중구 세종대로 9길 41"]
    related = ["대형마트 의무휴업 평일 전환 1년", "편의점 도시락 매출 20% 늘어"]
    t = f"""<!doctype html><html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])}</title>
<meta property="og:site_name" content="유통한눈"><meta property="og:title" content="{e(a['title'])}">
<meta property="og:type" content="article"><meta property="og:url" content="https://www.yutonghannun.co.kr/article/20260310000123">
<meta property="og:description" content="{e(a['paras'][0][:60])}">
</head><body>
<div class="gnb"><a href="/">유통한눈</a> <span>유통</span> <span>식품</span> <span>패션</span> <span>프랜차이즈</span> <a class="sub">{bp[0]}</a></div>
<div class="view">
<h1>{e(a['title'])}</h1>
<div class="meta">{a['author']} 기자 <span>입력 {a['time']}</span></div>
<div class="txt">
{ps(a)}
</div>
<div class="byl">{a['author']} 기자 {a['email']}</div>
</div>
<div class="rel"><strong>{bp[1]}</strong>{''.join(f'<a href="#">{r}</a>' for r in related)}</div>
<footer>{bp[2]}<br>© 유통한눈 All Rights Reserved.</footer>
</body></html>"""
    return t, bp + related

def dump_local(a):
    bp = ["동네마루뉴스 - 우리 동네 이야기", "전체기사 | 강동·송파 | 광진·성동 | 마을공동체 | 사람들", "다른기사 보기", "많이 본 기사", "동네마루뉴스 | 서울 강동구 천호대로 1102, 3층 | 청소년보호책임자 탁해온"]
    related = ["강동구 겨울철 공영주차장 무료 개방", "고덕동 주민센터 새 단장 마쳐"]
    t = f"""{bp[0]}
{bp[1]}

HOME > 지역 > 강동·송파

{a['title']}

{a['author']} 기자 | 승인 {a['time']}

""" + "\n\n".join(a["paras"]) + f"""

{a['author']} 기자 {a['email']}
{bp[2]}

{bp[3]}
1 {related[0]}
2 {related[1]}

{bp[4]}
Copyright © 2026 동네마루뉴스. All rights reserved.
"""
    return t, bp + related

def html_jsonld(a):
    bp = ["메디빛 인기기사", "메디빛 | 의료·제약·헬스케어 전문지 | 서울 서초구 반포대로 77", "무단전재-재배포 금지"]
    related = ["권역 응급센터 전문의 충원 지지부진", "장기기증 희망 등록 3년째 감소"]
    t = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>메디빛</title>
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":a['title'],"datePublished":a['time'],"dateModified":"2026-05-20T16:02:00+09:00","author":[{"@type":"Person","name":a['author']+" 기자"}],"publisher":{"@type":"Organization","name":"메디빛"}}, ensure_ascii=False)}</script>
</head><body>
<div class="header"><a href="/">메디빛</a><ul><li>정책</li><li>병원</li><li>제약</li><li>의료기기</li><li>헬스</li></ul></div>
<div class="article-head"><h1>{e(a['title'])}</h1>
<ul class="info"><li>{a['author']} 기자</li><li>기사입력 2026-05-20 15:20</li><li>최종수정 2026-05-20 16:02</li></ul></div>
<div class="article-body">
{ps(a)}
<p>{a['author']} 기자 {a['email']}</p>
<p class="copy">&lt;{bp[2]}&gt;</p>
</div>
<div class="popular"><h3>{bp[0]}</h3>{''.join(f'<p>{r}</p>' for r in related)}</div>
<div class="footer">{bp[1]}<br>Copyright © MEDIBIT. All rights reserved.</div>
</body></html>"""
    return t, bp + related

def dump_wire(a):
    bp = ["누리경제통신 | 경제 | 산업 | 금융 | 부동산 | 증권 | 국제", "송고시간", "관련 뉴스", "<저작권자(c) 누리경제통신, 무단 전재-재배포, AI 학습 및 활용 금지>"]
    related = ["하반기 세수 결손 우려 다시 커져", "지방교부세 감액 논란…지자체 반발"]
    t = f"""{bp[0]}

{a['title']}

{bp[1]} {a['time']}

""" + "\n\n".join(a["paras"]) + f"""

{a['email']}

{bp[3]}

{bp[2]}
· {related[0]}
· {related[1]}
"""
    return t, bp + related

def html_magazine(a):
    bp = ["스타트업숲 뉴스레터 구독", "함께 읽으면 좋은 기사", "스타트업숲 | 서울 성동구 아차산로 17길 8 | 등록 2019.04.02", "태그"]
    related = ["폐플라스틱으로 운동화 만드는 청년들", "시리즈A 투자 혹한기, 살아남는 법"]
    t = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])} - 스타트업숲</title>
<meta property="og:site_name" content="스타트업숲"><meta property="og:type" content="article">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['paras'][1][:80])}">
<meta property="article:published_time" content="{a['time']}">
<meta property="article:author" content="{a['author']}">
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"Article","headline":a['title'],"datePublished":a['time'],"author":{"@type":"Person","name":a['author']},"publisher":{"@type":"Organization","name":"스타트업숲"}}, ensure_ascii=False)}</script>
</head><body>
<header><a class="logo" href="/">스타트업숲</a><nav><a>뉴스</a><a>인터뷰</a><a>투자</a><a>이벤트</a></nav><a class="nl">{bp[0]}</a></header>
<article>
<p class="series">{a['section']}</p>
<h1>{e(a['title'])}</h1>
<p class="by">글 {a['author']} 기자 · 2026년 4월 8일</p>
<div class="entry">
{ps(a)}
</div>
<div class="tags">{bp[3]}: #커피찌꺼기 #업사이클링 #친환경건자재</div>
<p class="mail">{a['author']} 기자 {a['email']}</p>
</article>
<section class="cards"><h2>{bp[1]}</h2>{''.join(f'<div class="card"><a href="#">{r}</a></div>' for r in related)}</section>
<footer>{bp[2]}<br>© 2026 Startupsoop. All rights reserved.</footer>
</body></html>"""
    return t, bp + related

def dump_browser(a):
    bp = ["에듀펄스 로그인 회원가입", "뉴스 | 입시 | 학교 | 교육정책 | 대학 | 평생교육", "글자크기 가 가 가 가 인쇄", "주요기사", "에듀펄스 | 서울 관악구 남부순환로 1800 | 발행인 겸 편집인 채도림"]
    related = ["의대 지역인재 전형 확대, 고교 선택에도 영향", "자사고 지원율 3년 만에 반등"]
    t = f"""{bp[0]}
{bp[1]}
홈 > 교육정책

{a['title']}

기사입력 {a['time']}
{bp[2]}

""" + "\n\n".join(a["paras"]) + f"""

{a['author']} 기자 {a['email']}

{bp[3]}
{related[0]}
{related[1]}

{bp[4]}
Copyright ⓒ 에듀펄스 All rights reserved.
"""
    return t, bp + related

def html_euckr(a):
    bp = ["서해온뉴스 | 충남 천안시 서북구 불당대로 55 | 제보 041-552-7000", "최신기사", "Copyright ⓒ 2012 서해온뉴스 무단전재 및 재배포금지"]
    related = ["천안 도심 빙판길 낙상 사고 잇따라", "아산시 노후 상수관 교체 공사 시작"]
    t = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{e(a['title'])}</title></head>
<body><table width="980" align="center"><tr><td colspan="2"><a href="/"><b>서해온뉴스</b></a> &nbsp; 사회 | 경제 | 교육 | 문화 | 스포츠</td></tr>
<tr><td width="700" valign="top">
<font size="5"><b>{e(a['title'])}</b></font><br>
<font color="#888">{a['time']} | {a['author']} 기자</font>
<table><tr><td class="news_body">
""" + "\n".join(f"{e(p)}<br><br>" for p in a["paras"]) + f"""
{a['author']} 기자 {a['email']}
</td></tr></table></td>
<td width="280" valign="top"><b>{bp[1]}</b><br>{'<br>'.join(related)}</td></tr>
<tr><td colspan="2" align="center">{bp[0]}<br>{bp[2]}</td></tr></table></body></html>"""
    return t, bp + related

FORMS = dict(html_full=html_full, dump_portal=dump_portal, html_mid=html_mid, html_og=html_og, dump_local=dump_local,
             html_jsonld=html_jsonld, dump_wire=dump_wire, html_magazine=html_magazine, dump_browser=dump_browser, html_euckr=html_euckr)

def quoted_parts(text):
    return re.findall(r'"([^"]+)"', text)

bad = 0
for a in ARTICLES:
    text, bps = FORMS[a["form"]](a)
    enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
    with open(os.path.join(PAGES, a["file"]), "wb") as f: f.write(text.encode(enc))
    base = os.path.splitext(a["file"])[0]
    body = "\n\n".join(a["paras"])
    gold = {"source": a["file"], "note": a["note"],
            "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"], "outlet": a["outlet"],
                        "language": "ko", "body": body, "body_must_not_contain": bps},
            "persons": a["persons"], "optional_persons": a.get("optional_persons", []),
            "quotes": a["quotes"], "optional_quotes": a.get("optional_quotes", []),
            "events": a["events"],
            "must_not": {"person_names": a.get("must_not_names", []), "quote_substrings": []}}
    with open(os.path.join(GOLD, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    # check
    page = open(os.path.join(PAGES, a["file"]), "rb").read().decode(enc)
    page_t = html.unescape(page)
    def need(s, what):
        global bad
        if s and s not in page_t: print(a["file"], "MISSING", what, s); bad += 1
    for s in [a["title"], a["author"], a["email"], a["outlet"]] + a["paras"] + bps: need(s, "text")
    for p in a["persons"]:
        need(p["name"], "name"); need(p["title"], "title"); need(p["organization"], "org")
    for n in a.get("must_not_names", []): need(n, "must_not")
    for s in bps:
        if s in body: print(a["file"], "BOILERPLATE IN BODY", s); bad += 1
    parts = [q for p in a["paras"] for q in quoted_parts(p)]
    for q in a["quotes"]:
        if q["text"] not in [" ".join(parts[i:j]) for i in range(len(parts)) for j in range(i+1, min(len(parts), i+4)+1)]:
            print(a["file"], "QUOTE NOT CONSECUTIVE PARTS", q["text"]); bad += 1
    covered = set()
    for q in a["quotes"] + [{"text": t} for t in a.get("optional_quotes", [])]:
        for p in parts:
            if p in q["text"]: covered.add(p)
    for p in parts:
        if p not in covered: print(a["file"], "QUOTED PART WITHOUT GOLD", p); bad += 1
    for ev in a["events"]:
        need(ev["date_text"], "date_text"); need(ev["location"], "location")
        d = datetime.date.fromisoformat(ev["start_date"]) if ev["start_date"] else None
    d = datetime.date.fromisoformat(a["published"])
    print(a["file"], "published", a["published"], WD[d.weekday()])
print("problems:", bad)
