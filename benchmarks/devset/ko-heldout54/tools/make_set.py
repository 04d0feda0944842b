# Builds pages/ and gold/ of ko-heldout54 from articles.py, then checks gold against the decoded pages.
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import A

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = lambda s: html.escape(s, quote=False)
Q = lambda s: html.escape(s, quote=True)

def ps(a):
    return "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])

def rel_html(a, cls="related"):
    return f'<div class="{cls}"><h3>관련기사</h3><ul>' + "".join(f'<li><a href="/news/{i+101}">{E(t)}</a></li>' for i, t in enumerate(a["related"])) + "</ul></div>"

def html_full(a):
    d = a["time"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": d, "author": {"@type": "Person", "name": a["author"] + " 기자"},
                     "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    foot = f"© {a['outlet']}. 무단전재 및 재배포 금지"
    a["bp"] = [foot, a["related"][0], "부동산 청약 분양 재건축 경매", "주소 : 서울특별시 마포구 담벼리로 21 담벼리빌딩 7층"]
    return f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a["title"])} - {a["outlet"]}</title>
<meta name="description" content="{Q(a["paras"][0])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{a["outlet"]}">
<meta property="og:title" content="{Q(a["title"])}">
<meta property="og:url" content="https://www.dambyeorieco.co.kr/news/articleView.html?idxno=2231">
<meta property="article:published_time" content="{d}">
<meta property="article:section" content="{a["section"]}">
<script type="application/ld+json">{ld}</script>
</head><body>
<header><div class="logo"><a href="/">{a["outlet"]}</a></div>
<nav class="gnb"><ul><li>경제일반</li><li>금융</li><li>부동산</li><li>산업</li><li>오피니언</li></ul></nav>
<div class="sub-nav">부동산 청약 분양 재건축 경매</div></header>
<main><article>
<div class="breadcrumb">홈 &gt; {a["section"]}</div>
<h1 class="headline">{E(a["title"])}</h1>
<div class="info"><span class="writer">{a["author"]} 기자</span> <span class="date">입력 2026.03.15 10:42</span></div>
<div id="article-view-content">
{ps(a)}
<p class="byline">{a["author"]} 기자 {a["email"]}</p>
</div>
</article>
{rel_html(a)}
</main>
<footer><p>주소 : 서울특별시 마포구 담벼리로 21 담벼리빌딩 7층 | 대표전화 02-6012-3300</p>
<p>발행·편집인 : 마현석 | 청소년보호책임자 : 마현석</p>
<p>{foot}</p></footer>
</body></html>
'''

def html_euckr(a):
    foot = f"Copyright ⓒ {a['outlet']} All rights reserved."
    a["bp"] = [foot, a["related"][1], "법조 | 법원·헌재 | 검찰 | 로펌 | 칼럼", "입력 : 2026-05-28 09:05"]
    return f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{E(a["title"])} :: {a["outlet"]}</title>
<meta name="description" content="{Q(a["paras"][0])}">
</head>
<body>
<table width="980" align="center"><tr><td class="top"><b>{a["outlet"]}</b></td></tr>
<tr><td class="menu">법조 | 법원·헌재 | 검찰 | 로펌 | 칼럼</td></tr></table>
<table width="980" align="center"><tr><td width="680" valign="top">
<div class="news_title">{E(a["title"])}</div>
<div class="news_date">입력 : 2026-05-28 09:05 &nbsp; {a["author"]} 기자</div>
<div class="news_body">
{ps(a)}
<p>{a["author"]} 기자 {a["email"]}</p>
</div>
</td><td width="300" valign="top">
{rel_html(a, "side")}
</td></tr></table>
<table width="980" align="center"><tr><td class="copy">서울 서초구 법원로3길 12 | 등록번호 서울 아 0xxxx<br>{foot}</td></tr></table>
</body>
</html>
'''

def html_sports(a):
    d = a["time"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": d, "dateModified": "2026-04-26T19:02:00+09:00",
                     "author": [{"@type": "Person", "name": a["author"]}],
                     "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    foot = f"Copyright © 2026 {a['outlet']}. All rights reserved."
    cap = "여채운이 26일 경기 여주시 은모래골프클럽에서 열린 대회 최종 3라운드 18번 홀에서 우승을 확정한 뒤 두 팔을 들고 있다. (사진=KLPGA 제공)"
    a["bp"] = [foot, cap, a["related"][0], "#여채운 #KLPGA #봄빛레이디스오픈"]
    return f'''<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | {a["outlet"]}</title>
<meta property="og:site_name" content="{a["outlet"]}">
<meta property="og:title" content="{Q(a["title"])}">
<meta property="og:description" content="{Q(a["paras"][0])}">
<meta property="og:image" content="https://img.fairwaytimes.co.kr/2026/04/26/5120_1.jpg">
<meta property="article:published_time" content="{d}">
<meta property="article:modified_time" content="2026-04-26T19:02:00+09:00">
<meta name="author" content="{a["author"]}">
<script type="application/ld+json">{ld}</script>
</head><body>
<div id="wrap"><header class="hd"><a class="logo" href="/">{a["outlet"]}</a>
<ul class="menu"><li>골프</li><li>KLPGA</li><li>KPGA</li><li>해외투어</li><li>레슨</li><li>용품</li></ul></header>
<section class="article">
<h2 class="tit">{E(a["title"])}</h2>
<div class="meta"><span>{a["author"]} 기자</span><span>승인 2026.04.26 18:37</span></div>
<figure><img src="https://img.fairwaytimes.co.kr/2026/04/26/5120_1.jpg" alt=""><figcaption>{E(cap)}</figcaption></figure>
<div class="body">
{ps(a)}
</div>
<p class="reporter">{a["author"]} 기자 {a["email"]}</p>
<div class="tags">#여채운 #KLPGA #봄빛레이디스오픈</div>
</section>
<aside>{rel_html(a)}</aside>
<footer>서울 강남구 도곡로 88 | 발행인 여규상 | 편집인 여규상<br>{foot}</footer>
</div></body></html>
'''

def html_little(a):
    foot = f"{a['outlet']} | 문화·예술 전문 웹진 | 등록 2019.04.02 | ⓒ {a['outlet']} 무단 전재·재배포 금지"
    a["bp"] = [foot, a["related"][2], "전시 공연 문학 인터뷰 리뷰"]
    return f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{E(a["title"])}</title></head>
<body>
<div class="top"><a href="/">{a["outlet"]}</a> <span class="nav">전시 공연 문학 인터뷰 리뷰</span></div>
<div class="content">
<h1>{E(a["title"])}</h1>
<div class="writerbox">글 {a["author"]} 기자 · {a["time"]}</div>
{ps(a)}
<p class="mail">{a["email"]}</p>
</div>
<div class="more"><b>이 분야 다른 기사</b><br>{"<br>".join(E(t) for t in a["related"])}</div>
<div class="footer">{foot}</div>
</body></html>
'''

def html_econ(a):
    d = a["time"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": d, "dateModified": "2026-08-20T14:10:00+09:00",
                     "author": {"@type": "Person", "name": a["author"], "email": a["email"]},
                     "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    foot = f"Copyright ⓒ {a['outlet']} www.nachimeco.com 무단전재 및 재배포 금지, AI 학습 및 활용 금지"
    a["bp"] = [foot, a["related"][1], "많이 본 뉴스", "홈 > 금융 > 통화정책"]
    return f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="UTF-8">
<title>{E(a["title"])} - {a["outlet"]}</title>
<meta name="description" content="{Q(a["paras"][1])}">
<meta property="og:site_name" content="{a["outlet"]}">
<meta property="og:title" content="{Q(a["title"])}">
<meta property="og:url" content="https://www.nachimeco.com/article/2026082011483301">
<meta property="article:published_time" content="{d}">
<meta property="article:modified_time" content="2026-08-20T14:10:00+09:00">
<meta property="dable:author" content="{a["author"]}">
<script type="application/ld+json">{ld}</script>
</head><body>
<div class="gnb"><a href="/" class="logo">{a["outlet"]}</a><ul><li>증권</li><li>금융</li><li>부동산</li><li>산업</li><li>국제</li><li>오피니언</li></ul></div>
<div class="location">홈 &gt; 금융 &gt; 통화정책</div>
<div class="art_head"><h1>{E(a["title"])}</h1>
<p class="byline">{a["author"]} 기자 <a href="mailto:{a["email"]}">{a["email"]}</a></p>
<p class="dates">입력 2026-08-20 11:48 | 수정 2026-08-20 14:10</p></div>
<div class="art_body" itemprop="articleBody">
{ps(a)}
</div>
<div class="rank"><h4>많이 본 뉴스</h4><ol>{"".join(f"<li>{E(t)}</li>" for t in a["related"])}</ol></div>
<footer><p>(주)나침경제 | 서울 영등포구 국제금융로 70 | 대표 심규태</p><p>{foot}</p></footer>
</body></html>
'''

def html_local(a):
    foot = f"Copyright ⓒ {a['outlet']} All rights reserved. 전남 순천시 중앙로 140 | 061-742-0900"
    a["bp"] = [foot, a["related"][0], "많이 본 기사", "전남도정 | 시군소식 | 교육 | 사회 | 오피니언"]
    return f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a["title"])} &lt; 시군소식 &lt; {a["outlet"]}</title>
<meta name="description" content="{Q(a["paras"][0])}">
<meta property="og:title" content="{Q(a["title"])}">
<meta property="og:site_name" content="{a["outlet"]}">
</head><body>
<div id="header"><h1 class="logo"><a href="/">{a["outlet"]}</a></h1>
<div class="menu">전남도정 | 시군소식 | 교육 | 사회 | 오피니언</div></div>
<div id="article">
<h2 class="subject">{E(a["title"])}</h2>
<ul class="info"><li>입력 {a["time"]}</li><li><a href="mailto:{a["email"]}">{a["author"]} 기자</a></li></ul>
<div class="text">
{ps(a)}
</div>
</div>
<div class="side"><h4>많이 본 기사</h4><ul>{"".join(f"<li>{E(t)}</li>" for t in a["related"])}</ul></div>
<div id="footer">{foot}</div>
</body></html>
'''

def dump_portal(a):
    foot = f"ⓒ {a['outlet']}, 무단 전재 및 재배포 금지"
    a["bp"] = [foot, a["related"][0], "전체메뉴 노동 경제 사회 정책 오피니언", "이 기사를 공유합니다"]
    rel = "\n".join(a["related"])
    body = "\n\n".join(a["paras"])
    return f'''본문 바로가기
{a["outlet"]}
전체메뉴 노동 경제 사회 정책 오피니언
로그인 회원가입
홈 > {a["section"]} > 임금

{a["title"]}

{a["author"]} 기자 | 입력 {a["time"]} | 수정 2026.07.10 08:40
이 기사를 공유합니다
글자크기 가 가

{body}

{a["author"]} 기자 {a["email"]}

관련기사
{rel}

회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책
서울 중구 을지로 19 | 등록번호 서울 아 5xxxx | 발행인 겸 편집인 원길호
{foot}
'''

def dump_wire(a, city=None):
    foot = f"<저작권자(c) {a['outlet']}, 무단 전재-재배포, AI 학습 및 활용 금지>"
    paras = list(a["paras"])
    lede = f"({a['dateline']}={a['outlet']}) {a['author']} 기자 = "
    a["bp"] = [foot, "송고시간" + a["time"], a["related"][0]]
    a["must_not_body"] = lede.strip()
    body = lede + "\n\n".join(paras)
    kw = "#산불 #울진 #산림청" if "산불" in a["title"] else "#국정감사 #LH #전세사기"
    rel = "\n".join("· " + t for t in a["related"])
    return f'''{a["outlet"]}
홈 | 정치 | 경제 | 사회 | 전국 | 국제 | 문화 | 스포츠
{a["section"]}

{a["title"]}

송고시간{a["time"]}
{a["author"]} 기자
기자 페이지

{body}

{a["email"]}

{kw}

관련 뉴스
{rel}

{foot}
'''

def dump_ent(a):
    foot = f"Copyright © {a['outlet']}. All rights reserved. 무단 전재 및 재배포 금지."
    cap = "배우 표세린(왼쪽)과 국도겸가 14일 오전 서울 광진구 씨네포레 건대입구에서 열린 영화 '겨울 부두' 제작보고회에 참석해 포즈를 취하고 있다. /사진=무비담 DB"
    a["bp"] = [foot, cap, a["related"][0], "구독하기 기자의 다른 기사 보기"]
    body = "\n\n".join(a["paras"])
    rel = "\n".join(a["related"])
    return f'''무비담
영화 | 드라마 | 예능 | 스타 | 포토 | 박스오피스
{a["section"]}

{a["title"]}

입력 2026.09.14 14:03  수정 2026.09.14 15:20
{a["author"]} 기자

{cap}

{body}

{a["author"]} 기자 {a["email"]}
구독하기 기자의 다른 기사 보기

이 시각 많이 본 기사
{rel}

회사소개 | 제휴문의 | 고충처리인 | 이용약관
{foot}
'''

FORMS = {"html_full": html_full, "html_euckr": html_euckr, "html_sports": html_sports, "html_little": html_little,
         "html_econ": html_econ, "html_local": html_local, "dump_portal": dump_portal, "dump_wire": dump_wire,
         "dump_wire2": dump_wire, "dump_ent": dump_ent}

def build():
    for a in A:
        text = FORMS[a["form"]](a)
        path = os.path.join(ROOT, "pages", a["file"])
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        with open(path, "wb") as f:
            f.write(text.encode(enc))
        art = {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"],
               "outlet": a["outlet"], "language": "ko", "body": "\n\n".join(a["paras"]),
               "body_must_not_contain": a["bp"] + ([a["must_not_body"]] if a.get("must_not_body") else [])}
        g = {"source": a["file"], "note": a["note"], "article": art,
             "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
             "optional_persons": a.get("optional_persons", []),
             "quotes": [{"speaker": s, "text": t} for s, t in a["quotes"]],
             "optional_quotes": a.get("optional_quotes", []),
             "events": [{"name": n, "kind": k, "location": l, "date_text": d, "start_date": s} for n, k, l, d, s in a["events"]],
             "must_not": {"person_names": a.get("must_not_persons", []), "quote_substrings": a.get("must_not_quotes", [])}}
        stem = os.path.splitext(a["file"])[0]
        with open(os.path.join(ROOT, "gold", stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")

def check():
    bad = 0
    for a in A:
        path = os.path.join(ROOT, "pages", a["file"])
        raw = open(path, "rb").read()
        page = raw.decode("euc-kr" if a["form"] == "html_euckr" else "utf-8")
        page = html.unescape(page)
        stem = os.path.splitext(a["file"])[0]
        g = json.load(open(os.path.join(ROOT, "gold", stem + ".expected.json"), encoding="utf-8"))
        must = [g["article"]["title"], g["article"]["author"], g["article"]["author_email"], g["article"]["outlet"]]
        must += a["paras"] + g["article"]["body_must_not_contain"]
        for p in g["persons"]:
            must += [x for x in (p["name"], p["title"], p["organization"]) if x]
        must += g["optional_persons"]
        for e in g["events"]:
            must += [x for x in (e["name"], e["location"], e["date_text"]) if x]
        must += g["must_not"]["person_names"] + g["must_not"]["quote_substrings"]
        for m in must:
            if m not in page:
                print(a["file"], "MISSING", m); bad += 1
        parts = re.findall(r'"([^"]+)"', "\n".join(a["paras"]))
        for q in g["quotes"]:
            ok = any(" ".join(parts[i:j]) == q["text"] for i in range(len(parts)) for j in range(i + 1, len(parts) + 1))
            if not ok:
                print(a["file"], "QUOTE?", q["text"]); bad += 1
            if q["speaker"] and q["speaker"] not in page:
                print(a["file"], "SPEAKER?", q["speaker"]); bad += 1
        for q in g["optional_quotes"]:
            if q not in page:
                print(a["file"], "OPTQ?", q); bad += 1
        for b in g["article"]["body_must_not_contain"]:
            if b in g["article"]["body"]:
                print(a["file"], "BP IN BODY", b); bad += 1
    print("check:", "OK" if not bad else f"{bad} problems", len(A), "pages")

if __name__ == "__main__":
    build()
    check()
