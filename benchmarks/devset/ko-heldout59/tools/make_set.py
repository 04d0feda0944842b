# Builds pages/ and gold/ of ko-heldout59 from articles.py and checks the gold against the pages. Stdlib only.
import html, json, os, re, sys

sys.path.insert(0, os.path.dirname(__file__))
from articles import A

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape


def ps(a, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{E(p, quote=False)}</p>" for p in a["paras"])


def rel_li(a, href):
    return "\n".join(f'<li><a href="{href}{i + 101}">{E(t, quote=False)}</a></li>' for i, t in enumerate(a["related"]))


def ymd(a):
    return a["published"]


def jsonld(a, url, author=True):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "datePublished": a["time"], "dateModified": a["time"],
         "publisher": {"@type": "Organization", "name": a["outlet"]}, "mainEntityOfPage": url}
    if author:
        d["author"] = {"@type": "Person", "name": a["author"], "email": a["email"]}
    return json.dumps(d, ensure_ascii=False, indent=1)


def t_dump_portal(a):
    boiler = ["홈 | 교육정책 | 학교 | 대학 | 입시 | 오피니언", "글자크기 공유하기", f"<저작권자 © {a['outlet']}, 무단 전재 및 재배포 금지>",
              "회사소개 | 이용약관 | 개인정보처리방침 | 청소년보호정책", f"Copyright © 2026 {a['outlet']}. All rights reserved."] + a["related"]
    lines = [a["outlet"], "로그인 회원가입", boiler[0], a["section"], "", a["title"], "",
             f"{a['author']} 기자 | 입력 {a['time']} | 수정 {a['mtime']}", boiler[1], ""]
    for p in a["paras"]:
        lines += [p, ""]
    lines += [f"{a['author']} 기자 {a['email']}", boiler[2], "", "관련기사"] + [f"- {t}" for t in a["related"]]
    lines += ["", boiler[3], "서울시 종로구 율곡로 000 가람빌딩 5층 | 대표전화 02-000-0000", boiler[4]]
    return "\n".join(lines) + "\n", boiler


def t_html_full(a):
    url = f"https://www.byeorisolnews.co.kr/news/articleView.html?idxno=5521"
    boiler = ["전체기사", "벼리솔뉴스 구독하기", f"Copyright © 2026 {a['outlet']}. 무단 전재 및 재배포 금지."] + a["related"]
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - {a['outlet']}</title>
<meta name="description" content="{E(a['paras'][1])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{E(a['paras'][1])}">
<meta property="article:published_time" content="{a['time']}">
<meta property="article:section" content="{a['section']}">
<meta property="article:author" content="{a['author']}">
<script type="application/ld+json">
{jsonld(a, url)}
</script>
</head>
<body>
<header id="hd"><a class="logo" href="/">{a['outlet']}</a>
<nav><ul><li><a href="/list/all">전체기사</a></li><li><a href="/list/S1">정치</a></li><li><a href="/list/S2">경제</a></li><li><a href="/list/S3">사회</a></li><li><a href="/list/S4">문화</a></li></ul></nav>
<a class="sub" href="/subscribe">벼리솔뉴스 구독하기</a></header>
<main>
<article>
<div class="section">{a['section']}</div>
<h1 class="headline">{E(a['title'])}</h1>
<ul class="info"><li>{a['author']} 기자</li><li>승인 2026.04.14 10:05</li></ul>
<div id="article-view-content-div" itemprop="articleBody">
{ps(a)}
</div>
<p class="byline-mail">{a['author']} 기자 <a href="mailto:{a['email']}">{a['email']}</a></p>
</article>
<section class="related"><h3>관련기사</h3><ul>
{rel_li(a, '/news/articleView.html?idxno=')}
</ul></section>
</main>
<footer><p>벼리솔뉴스 | 경기도 수원시 팔달구 000 | 등록번호 경기 아00000 | 발행·편집인 000</p>
<p>{E(boiler[2])}</p></footer>
</body>
</html>
"""
    return page, boiler


def t_html_ent(a):
    url = "https://popcornletter.com/article/20260511/0873"
    boiler = ["팝콘레터 PICK", "많이 본 뉴스", "ⓒ 팝콘레터(popcornletter.com), 무단전재 및 재배포 금지"] + a["related"]
    page = f"""<!doctype html>
<html lang="ko"><head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | 팝콘레터</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="팝콘레터">
<meta property="og:image" content="https://img.popcornletter.com/2026/05/11/0873_main.jpg">
<meta property="article:published_time" content="{a['time']}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{jsonld(a, url)}</script>
</head><body>
<div class="gnb"><a href="/">팝콘레터</a> <a href="/star">스타</a> <a href="/music">뮤직</a> <a href="/drama">드라마</a> <a href="/pick">팝콘레터 PICK</a></div>
<div class="wrap"><div class="art">
<h2 class="tit">{E(a['title'])}</h2>
<div class="meta"><span class="writer">{a['author']} 기자</span> <span class="date">2026-05-11 09:30</span></div>
<figure><img src="https://img.popcornletter.com/2026/05/11/0873_main.jpg" alt=""><figcaption>그룹 루미네스. 사진=별채엔터테인먼트</figcaption></figure>
<div class="txt">
{ps(a)}
</div>
<div class="mail">{a['author']} 기자 {a['email']}</div>
<div class="tags">#루미네스 #월드투어 #미드나잇블룸</div>
</div>
<aside><h4>많이 본 뉴스</h4><ol>
{rel_li(a, '/article/20260511/0')}
</ol></aside></div>
<footer class="ft"><p>(주)팝콘레터 | 서울특별시 마포구 월드컵북로 000 | 청소년보호책임자 000</p><p>{E(boiler[2])}</p></footer>
</body></html>
"""
    return page, boiler


def t_dump_sports(a):
    boiler = ["스포츠 홈 야구 축구 농구 배구 골프 e스포츠", "좋아요 0 댓글 0", "본 기사의 저작권은 그린에이스에 있으며 무단 전재 및 재배포를 금합니다.",
              "이용약관 | 개인정보처리방침 | 고객센터"] + a["related"]
    lines = [boiler[0], "", a["section"], a["title"], f"기사입력 {a['time']}", f"{a['outlet']} {a['author']} 기자", ""]
    for p in a["paras"]:
        lines += [p, ""]
    lines += [f"{a['author']} 기자({a['email']})", "", boiler[1], boiler[2], "", "이 기사와 함께 본 뉴스"] + a["related"]
    lines += ["", boiler[3], "© 그린에이스 All Rights Reserved."]
    return "\n".join(lines) + "\n", boiler


def t_html_little(a):
    boiler = ["에코다솜 전체메뉴", "가장 많이 읽은 기사", "저작권자 © 에코다솜 무단전재 및 재배포금지"] + a["related"]
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(a['title'])}</title>
<meta name="description" content="{E(a['paras'][0])}">
</head>
<body>
<div id="top"><a href="/">에코다솜</a> <a href="#allmenu">에코다솜 전체메뉴</a> | <a href="/env">환경</a> <a href="/energy">에너지</a> <a href="/life">생활</a></div>
<div id="content">
<h3>{E(a['title'])}</h3>
<div class="byline">{a['author']} 기자 &nbsp;|&nbsp; 기사입력 {a['time']}</div>
<div id="news_body">
{ps(a)}
<br>{a['author']} 기자 ({a['email']})
</div>
</div>
<div id="side"><b>가장 많이 읽은 기사</b>
<ul>
{rel_li(a, '/news/view.php?no=')}
</ul></div>
<div id="bottom">주소 : 세종특별자치시 한누리대로 000 | 전화 044-000-0000<br>{E(boiler[2])}</div>
</body>
</html>
"""
    return page, boiler


def t_dump_wire(a):
    boiler = ["송재통신 홈 > 경제 > 중소기업", f"송고시간{a['time']}", "키워드 #소상공인 #중기부 #박람회",
              "<저작권자(c) 송재통신, 무단 전재-재배포, AI 학습 및 활용 금지>", "2026/09/17 11:24 송고"] + a["related"]
    lines = [boiler[0], "", a["title"], "", boiler[1], "", f"{a['author']} 기자", ""]
    for p in a["paras"]:
        lines += [p, ""]
    lines += [a["email"], "", boiler[2], "", boiler[3], boiler[4], "", "관련 뉴스"] + a["related"] + ["", "송재통신 | 제보 02-000-0000 | 구독 신청"]
    return "\n".join(lines) + "\n", boiler


def t_html_auto(a):
    url = "https://moteogyeol.co.kr/news/4402"
    boiler = ["신차 · 시승기 · 업계 · 모터스포츠", "기자 구독하기", "© 모터결. All rights reserved. 무단 전재, 재배포 및 AI 학습 이용 금지"] + a["related"]
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} &lt; 자동차 &lt; 기사본문 - 모터결</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="모터결">
<meta property="article:published_time" content="{a['time']}">
<meta property="article:modified_time" content="2026-08-25T18:02:00+09:00">
<script type="application/ld+json">
{jsonld(a, url)}
</script>
</head>
<body>
<header><div class="logo">모터결</div><nav class="menu">신차 · 시승기 · 업계 · 모터스포츠</nav></header>
<div class="container">
<div class="breadcrumb">홈 &gt; {a['section']}</div>
<h1>{E(a['title'])}</h1>
<div class="writer">{a['author']} 기자 <button>기자 구독하기</button><span class="time">입력 2026.08.25 15:10 · 수정 2026.08.25 18:02</span></div>
<div class="article-body">
<figure><img src="/img/4402_1.jpg" alt="겸산자동차 아벨로"><figcaption>겸산자동차 ‘아벨로’. 사진=겸산자동차 제공</figcaption></figure>
{ps(a)}
<table class="spec"><caption>아벨로 주요 제원</caption><tr><th>배터리</th><td>84㎾h</td></tr><tr><th>주행거리</th><td>540㎞</td></tr></table>
</div>
<p class="email">{a['email']}</p>
<div class="related"><strong>관련기사</strong><ul>
{rel_li(a, '/news/')}
</ul></div>
</div>
<footer>모터결 | 서울시 성동구 000 | 등록 서울 아 00000<br>{E(boiler[2])}</footer>
</body>
</html>
"""
    return page, boiler


def t_html_politics(a):
    url = "https://www.bareunuijeong.com/politics/6610"
    boiler = ["정치 > 국회·정당", "SNS 공유하기 페이스북 X 카카오톡", "Copyright ⓒ 바른의정신문 All rights reserved."] + a["related"]
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | 바른의정신문</title>
<meta name="description" content="{E(a['paras'][0])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['paras'][0])}">
<meta property="og:site_name" content="바른의정신문">
<meta property="article:published_time" content="{a['time']}">
<script type="application/ld+json">
{jsonld(a, url)}
</script>
</head>
<body>
<div id="gnb"><ul><li>정치</li><li>국회·정당</li><li>외교·안보</li><li>행정</li><li>오피니언</li></ul></div>
<div class="location">정치 &gt; 국회·정당</div>
<div class="news_view">
<div class="view_top"><h2>{E(a['title'])}</h2>
<p class="data">기자명 {a['author']} 기자 &nbsp; 입력 2026.11.19 17:42</p>
<div class="share">SNS 공유하기 페이스북 X 카카오톡</div></div>
<div class="view_con" id="articleBody">
{ps(a)}
</div>
<div class="reporter">{a['author']} 기자 &lt;{a['email']}&gt;</div>
</div>
<div class="rel_news"><h4>관련 뉴스</h4><ul>
{rel_li(a, '/politics/')}
</ul></div>
<div id="footer"><p>바른의정신문 | 서울특별시 영등포구 의사당대로 000 | 인터넷신문 등록번호 서울 아00000</p><p>{E(boiler[2])}</p></div>
</body>
</html>
"""
    return page, boiler


def t_dump_local(a):
    boiler = ["전체기사 | 김해 | 양산 | 밀양 | 창원 | 경남 | 오피니언", "다른기사 보기", "낙동가람신문 | 경남 김해시 가야로 000 | 등록번호 경남 아00000 | 등록일 2012.05.01",
              "Copyright © 2026 낙동가람신문. All rights reserved."] + a["related"]
    lines = ["낙동가람신문", boiler[0], "", a["section"], a["title"], f"기자명 {a['author']} 기자 | 입력 {a['time']}", ""]
    for p in a["paras"]:
        lines += [p, ""]
    lines += [f"{a['author']} 기자 {a['email']}", boiler[1], "", "관련기사"] + a["related"] + ["", boiler[2], boiler[3]]
    return "\n".join(lines) + "\n", boiler


def t_html_euckr(a):
    boiler = ["월정신문 홈 | 뉴스 | 문화 | 지역 | 포토", "이 기사를 공유합니다", "월정신문의 모든 콘텐츠는 저작권법의 보호를 받습니다. 무단 전재 및 재배포 금지"] + a["related"]
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{E(a['title'])} - 월정신문</title>
</head>
<body bgcolor="#ffffff">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td class="top">{E(boiler[0], quote=False)}</td></tr>
<tr><td>
<table width="680" border="0"><tr><td class="tit"><b>{E(a['title'])}</b></td></tr>
<tr><td class="byline">{a['author']} 기자 | 등록일 : {a['time']}</td></tr>
<tr><td class="body">
{ps(a)}
</td></tr>
<tr><td>{a['author']} 기자 {a['email']}</td></tr>
<tr><td class="share">{boiler[1]}</td></tr>
</table>
</td>
<td width="280" valign="top"><b>관련기사</b><br>
<ul>
{rel_li(a, '/news/read.php?no=')}
</ul></td></tr>
<tr><td colspan="2" class="foot">월정신문 | 경북 경주시 000 | 등록번호 경북 아00000 | 등록일 2009.03.02<br>{boiler[2]}</td></tr>
</table>
</body>
</html>
"""
    return page, boiler


T = {"dump_portal": t_dump_portal, "html_full": t_html_full, "html_ent": t_html_ent, "dump_sports": t_dump_sports,
     "html_little": t_html_little, "dump_wire": t_dump_wire, "html_auto": t_html_auto, "html_politics": t_html_politics,
     "dump_local": t_dump_local, "html_euckr": t_html_euckr}


def quoted_parts(text):
    return re.findall(r'"([^"]+)"', text)


def main():
    os.makedirs(f"{ROOT}/pages", exist_ok=True)
    os.makedirs(f"{ROOT}/gold", exist_ok=True)
    bad = 0
    for a in A:
        page, boiler = T[a["form"]](a)
        path = f"{ROOT}/pages/{a['file']}"
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        with open(path, "wb") as f:
            f.write(page.encode(enc))
        text = html.unescape(open(path, "rb").read().decode(enc))
        stem = os.path.splitext(a["file"])[0]
        gold = {
            "source": a["file"],
            "note": a["note"],
            "article": {"title": a["title"], "author": a["author"], "author_email": a["email"],
                        "published": a["published"], "outlet": a["outlet"], "language": "ko",
                        "body": "\n\n".join(a["paras"]), "body_must_not_contain": boiler},
            "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
            "optional_persons": a.get("optional_persons", []),
            "quotes": [{"speaker": s, "text": q} for s, q in a["quotes"]],
            "optional_quotes": a.get("optional_quotes", []),
            "events": [{"name": n, "kind": k, "location": l, "date_text": d, "start_date": s} for n, k, l, d, s in a["events"]],
            "must_not": {"person_names": a.get("must_not_names", []), "quote_substrings": []},
        }
        with open(f"{ROOT}/gold/{stem}.expected.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        # checks
        body = "\n".join(a["paras"])
        need = [a["title"], a["author"], a["email"], a["outlet"]] + a["paras"] + boiler
        for n, t, o in a["persons"]:
            need += [n] + [x for x in (t, o) if x]
        need += [x.rstrip("씨") for x in a.get("optional_persons", [])]
        for n, k, l, d, s in a["events"]:
            need += [n, d] + ([l] if l else [])
        need += a.get("must_not_names", [])
        for s in need:
            if s not in text:
                print("MISSING", a["file"], s[:60]); bad += 1
        for b in boiler:
            if b in body:
                print("BOILER IN BODY", a["file"], b); bad += 1
        parts = []
        for p in a["paras"]:
            parts += [q for q in quoted_parts(p)]
        for s, q in a["quotes"]:
            ok = any(" ".join(parts[i:j]) == q for i in range(len(parts)) for j in range(i + 1, min(i + 5, len(parts) + 1)))
            if not ok:
                print("QUOTE", a["file"], q[:50]); bad += 1
            if s and s not in body:
                print("SPEAKER", a["file"], s); bad += 1
        # every quoted part of the body is in some gold quote or optional
        allq = " ".join(q for _, q in a["quotes"])
        for p in parts:
            if p not in allq and p not in a.get("optional_quotes", []):
                print("UNLISTED QUOTED PART", a["file"], p[:50])
        print(a["file"], len(a["paras"]), "paras", len(a["persons"]), "persons", len(a["quotes"]), "quotes", len(a["events"]), "events")
    print("problems:", bad)


if __name__ == "__main__":
    main()
