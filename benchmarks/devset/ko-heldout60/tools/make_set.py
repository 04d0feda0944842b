# Builds pages/ and gold/ of ko-heldout60 from articles.py and checks the gold against the pages (stdlib only).
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape


def d(a):
    y, m, dd = a["published"].split("-")
    return y, m, dd


def h_local_full(a):
    y, m, dd = d(a)
    nav = ["뉴스", "정치", "경제", "사회", "대전·세종", "충청", "오피니언", "포토"]
    rel = ["유성구, 노후 공동주택 소방시설 일제 점검", "겨울철 화재 잇따라…전기난로 사용 주의", "대전소방본부, 고층 아파트 대피 훈련 실시"]
    foot = ["가온타임즈 | 대전광역시 서구 둔산로 00 가온빌딩 5층", "등록번호 대전 아00123 | 발행·편집인 임가온", f"Copyright © {y} 가온타임즈. All rights reserved."]
    paras = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    jl = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": f"{y}-{m}-{dd}T06:41:00+09:00", "author": {"@type": "Person", "name": a["author"]},
                     "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])} - 가온타임즈</title>
<meta name="description" content="{E(a['paras'][0])}">
<meta property="og:type" content="article"><meta property="og:site_name" content="가온타임즈">
<meta property="og:title" content="{E(a['title'])}">
<meta property="article:published_time" content="{y}-{m}-{dd}T06:41:00+09:00">
<meta property="article:section" content="사회">
<script type="application/ld+json">{jl}</script>
</head><body>
<header><div class="logo"><a href="/">가온타임즈</a></div>
<ul class="gnb">{''.join(f'<li><a href="#">{n}</a></li>' for n in nav)}</ul></header>
<div class="container"><article class="view">
<div class="view-head"><span class="sec">사회 &gt; 사건사고</span>
<h1 class="tit">{E(a['title'])}</h1>
<div class="info"><span class="writer">{a['author']} 기자</span> <span class="date">승인 {y}.{m}.{dd} 06:41</span></div></div>
<div id="article-view-content">
{paras}
<p class="byline">{a['author']} 기자 {a['email']}</p>
</div>
<div class="copy">저작권자 © 가온타임즈 무단전재 및 재배포 금지</div>
</article>
<aside class="related"><h3>관련기사</h3><ul>{''.join(f'<li><a href="#">{E(r)}</a></li>' for r in rel)}</ul></aside></div>
<footer>{''.join(f'<p>{E(f)}</p>' for f in foot)}</footer>
</body></html>
"""
    return page, rel + ["저작권자 © 가온타임즈 무단전재 및 재배포 금지", foot[0], "관련기사"]


def h_euckr_table(a):
    y, m, dd = d(a)
    rel = ["도시가스 요금 동결 가닥…가스공사 미수금 부담 여전", "여름철 전력 수요 역대 최대 전망", "한전 1분기 영업이익 흑자 유지"]
    foot = "회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책"
    paras = "<br><br>\n".join(E(p) for p in a["paras"])
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{E(a['title'])} :: 손녘경제</title>
<meta name="description" content="{E(a['paras'][0])}">
</head><body>
<table width="980" border="0" cellpadding="0" cellspacing="0"><tr><td class="top"><a href="/">손녘경제</a> | 경제 | 산업 | 금융 | 부동산 | 증권 | 오피니언</td></tr></table>
<table width="980" border="0"><tr><td width="680" valign="top">
<table width="100%"><tr><td class="news_title"><b>{E(a['title'])}</b></td></tr>
<tr><td class="news_info">기사입력 {y}-{m}-{dd} 오후 2:35:10 | {a['author']} 기자 ({a['email']})</td></tr>
<tr><td class="news_body">
{paras}
</td></tr>
<tr><td class="news_copy">&lt;저작권자 (c) 손녘경제, 무단 전재 및 재배포 금지&gt;</td></tr></table>
</td><td width="300" valign="top"><table><tr><td><b>많이 본 기사</b></td></tr>
{''.join(f'<tr><td><a href="#">{E(r)}</a></td></tr>' for r in rel)}
</table></td></tr></table>
<table width="980"><tr><td class="bottom">{foot}<br>서울특별시 중구 세종대로 00 | 대표전화 02-000-0000<br>Copyright (c) 2009 손녘경제 All rights reserved.</td></tr></table>
</body></html>
"""
    return page, rel + [foot, "많이 본 기사", "저작권자 (c) 손녘경제"]


def h_tech_full(a):
    y, m, dd = d(a)
    nav = ["AI", "반도체", "모바일", "우주·항공", "과학", "스타트업", "게임"]
    rel = ["누리호 후속 발사체 개발 사업 예타 통과", "민간 위성 스타트업, 시리즈B 투자 유치", "과기정통부, 우주항공 인재 양성 사업 공모"]
    foot = ["(주)테크라운 | 서울시 강남구 테헤란로 000", "인터넷신문 등록번호 서울 아 00000 | 등록일 2015.03.02", f"© {y} TECHRAUN. All Rights Reserved."]
    paras = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    jl = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": f"{y}-{m}-{dd}T10:05:00+09:00", "dateModified": f"{y}-{m}-{dd}T11:20:00+09:00",
                     "author": [{"@type": "Person", "name": a["author"], "email": a["email"]}],
                     "publisher": {"@type": "Organization", "name": "테크라운"}, "articleSection": "우주·항공"}, ensure_ascii=False)
    page = f"""<!doctype html>
<html lang="ko"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} | 테크라운</title>
<meta name="description" content="{E(a['paras'][1])}">
<meta name="author" content="{a['author']}">
<meta property="og:site_name" content="테크라운"><meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}"><meta property="og:description" content="{E(a['paras'][0])}">
<meta property="og:url" content="https://www.techraun.co.kr/news/articleView.html?idxno=9012">
<meta property="article:published_time" content="{y}-{m}-{dd}T10:05:00+09:00">
<meta property="article:modified_time" content="{y}-{m}-{dd}T11:20:00+09:00">
<script type="application/ld+json">{jl}</script>
</head><body>
<nav class="top-nav"><a class="brand" href="/">TECHRAUN</a>{''.join(f'<a href="#">{n}</a>' for n in nav)}<a href="#">로그인</a></nav>
<main><div class="breadcrumb">홈 &gt; 우주·항공</div>
<h1>{E(a['title'])}</h1>
<ul class="meta"><li>{a['author']} 기자</li><li>입력 {y}.{m}.{dd} 10:05</li><li>수정 {y}.{m}.{dd} 11:20</li></ul>
<figure><img src="/photo/ara2.jpg" alt=""><figcaption>아라샛 2호가 발사체에 실려 발사되고 있다. [사진=한국항공우주연구원]</figcaption></figure>
<section class="article-body">
{paras}
</section>
<p class="reporter">{a['author']} 기자 {a['email']}</p>
<div class="share">공유하기 페이스북 X 카카오톡 링크복사</div>
<section class="related"><h2>이 기사와 함께 보면 좋은 뉴스</h2><ul>{''.join(f'<li><a href="#">{E(r)}</a></li>' for r in rel)}</ul></section>
</main>
<footer>{''.join(f'<p>{E(f)}</p>' for f in foot)}</footer>
</body></html>
"""
    return page, rel + ["공유하기 페이스북 X 카카오톡 링크복사", "이 기사와 함께 보면 좋은 뉴스", foot[0]]


def h_ent_min(a):
    y, m, dd = d(a)
    rel = ["[인터뷰] 신인 감독들이 말하는 독립영화의 내일", "가을 영화제 시즌 개막…관객 몰이 나선다", "박스오피스 주간 순위"]
    paras = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    page = f"""<html><head><meta charset="utf-8"><title>씨네라온 - {E(a['title'])}</title>
<meta property="og:title" content="{E(a['title'])}">
</head><body>
<div id="top"><a href="/">CINERAON 씨네라온</a> <span>영화</span> <span>드라마</span> <span>인터뷰</span> <span>영화제</span> <span>리뷰</span></div>
<div id="wrap"><div class="art">
<h2 class="subject">{E(a['title'])}</h2>
<div class="byline-box">씨네라온 {a['author']} 기자 · 등록 {y}-{m}-{dd} 22:48</div>
<div class="cont">
{paras}
</div>
<div class="email">{a['author']} 기자 ({a['email']})</div>
<div class="rel"><strong>함께 읽을 기사</strong><ul>{''.join(f'<li>{E(r)}</li>' for r in rel)}</ul></div>
</div></div>
<div id="foot">씨네라온 | 제보 및 보도자료 press@cineraon.kr | 이 사이트의 모든 콘텐츠는 저작권법의 보호를 받습니다.<br>ⓒ CINERAON 2021</div>
</body></html>
"""
    return page, rel + ["함께 읽을 기사", "이 사이트의 모든 콘텐츠는 저작권법의 보호를 받습니다."]


def h_news_mid(a):
    y, m, dd = d(a)
    nav = ["전체기사", "농업", "농촌", "유통", "정책", "지역", "사람들"]
    rel = ["올해 쌀 생산량 전년보다 3% 늘어", "산지 쌀값 한 달 새 4% 하락", "양곡관리법 개정안 상임위 계류"]
    paras = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])} &lt; 정책 &lt; 기사본문 - 나룻신문</title>
<meta property="og:site_name" content="나룻신문"><meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['paras'][1][:80])}">
<meta property="article:published_time" content="{y}-{m}-{dd}T17:22:00+09:00">
<meta property="article:author" content="{a['author']}">
</head><body>
<div id="header"><h1><a href="/">나룻신문</a></h1><ul>{''.join(f'<li>{n}</li>' for n in nav)}</ul></div>
<div id="article">
<header class="article-head"><h3>{E(a['title'])}</h3>
<ul class="infomation"><li><i class="icon-user"></i> 기자명 {a['author']} 기자</li><li><i class="icon-clock"></i> 입력 {y}.{m}.{dd} 17:22</li><li>댓글 0</li></ul></header>
<article id="article-view-content-div">
{paras}
</article>
<div class="writer">{a['author']} 기자 <a href="mailto:{a['email']}">{a['email']}</a></div>
<div class="article-copy">저작권자 © 나룻신문 무단전재 및 재배포 금지</div>
</div>
<div class="side"><h4>많이 본 뉴스</h4><ol>{''.join(f'<li>{E(r)}</li>' for r in rel)}</ol></div>
<footer><p>나룻신문 | 서울특별시 영등포구 국회대로 00 | 전화 02-000-0000</p><p>Copyright © 2016 나룻신문. All rights reserved.</p></footer>
</body></html>
"""
    return page, rel + ["저작권자 © 나룻신문 무단전재 및 재배포 금지", "많이 본 뉴스", "기자명"]


def h_travel_full(a):
    y, m, dd = d(a)
    rel = ["여름 성수기 국제선 예약 전년 대비 18% 증가", "저비용항공사 2분기 실적 개선 전망", "베트남 중부 여행 수요 급증"]
    tags = ["#청람항공", "#달랏", "#신규취항", "#베트남여행"]
    paras = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    jl = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://aeroview.co.kr/news/2210",
                     "headline": a["title"], "datePublished": f"{y}-{m}-{dd}T15:30:00+09:00", "dateModified": f"{y}-{m}-{dd}T15:30:00+09:00",
                     "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": "에어로뷰",
                     "logo": {"@type": "ImageObject", "url": "https://aeroview.co.kr/logo.png"}}}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])} - 에어로뷰</title>
<meta name="keywords" content="청람항공,달랏,신규취항">
<meta property="og:type" content="article"><meta property="og:site_name" content="에어로뷰 AEROVIEW">
<meta property="og:title" content="{E(a['title'])}"><meta property="og:image" content="https://aeroview.co.kr/photo/2210.jpg">
<meta property="article:published_time" content="{y}-{m}-{dd}T15:30:00+09:00">
<meta property="article:section" content="항공">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{jl}</script>
</head><body>
<header class="site-header"><a href="/" class="logo">AEROVIEW</a><nav><a>항공</a><a>공항</a><a>여행</a><a>호텔</a><a>크루즈</a><a>인사</a></nav></header>
<div class="crumbs">홈 &gt; 항공 &gt; 항공사</div>
<article>
<h1 class="headline">{E(a['title'])}</h1>
<div class="byline"><span>{a['author']} 기자</span> <time datetime="{y}-{m}-{dd}T15:30">{y}년 {int(m)}월 {int(dd)}일 15:30</time></div>
<figure><img src="/photo/2210.jpg"><figcaption>청람항공 관계자들이 3일 인천국제공항에서 달랏 노선 취항을 기념하고 있다. [사진=청람항공]</figcaption></figure>
<div class="body">
{paras}
</div>
<p class="mail">{a['email']}</p>
<ul class="tags">{''.join(f'<li>{t}</li>' for t in tags)}</ul>
</article>
<section class="more"><h2>관련 뉴스</h2><ul>{''.join(f'<li>{E(r)}</li>' for r in rel)}</ul></section>
<footer>에어로뷰 AEROVIEW | 서울특별시 강서구 하늘길 000 | 발행인 편집인 명세진 | Copyright © {y} AEROVIEW. All rights reserved.</footer>
</body></html>
"""
    return page, rel + tags + ["관련 뉴스", "홈 > 항공 > 항공사"]


def t_wire(a):
    y, m, dd = d(a)
    body = list(a["paras"])
    body[0] = f"({a['place']}={a['outlet']}) {a['author']} 기자 = " + body[0]
    rel = ["여야, 환경부 장관 청문보고서 채택 놓고 신경전", "변규하 후보자 \"탄소중립 로드맵 재점검하겠다\"", "국회 환노위, 고용부 차관 현안 질의"]
    txt = "\n".join([
        "누리온뉴스", "홈 | 정치 | 경제 | 사회 | 국제 | 지역 | 전체기사", "",
        "정치", a["title"], "", f"송고시간 {y}-{m}-{dd} 16:52", "", "\n\n".join(body), "",
        f"{a['email']}", "", "#인사청문회 #환경부 #변규하", "", "관련 뉴스", *rel, "",
        f"<저작권자(c) 누리온뉴스, 무단 전재-재배포, AI 학습 및 활용 금지> {y}/{m}/{dd} 16:52 송고", ""])
    return txt, rel + ["#인사청문회 #환경부 #변규하", "저작권자(c) 누리온뉴스", "송고"]


def t_sports(a):
    y, m, dd = d(a)
    rel = ["[KBL] 서울 SK, 수원 KT 꺾고 선두 수성", "[KBL] 11월 4주차 라운드 MVP 후보 발표", "부상 복귀 앞둔 가드들…순위 싸움 변수"]
    txt = "\n".join([
        "코트나인", "농구 배구 야구 축구 골프 e스포츠", "KBL  WKBL  NBA  대학농구", "",
        a["title"], f"입력 {y}.{m}.{dd} 21:14  수정 {y}.{m}.{dd} 21:40", f"{a['author']} 기자", "글자크기 가  가  가", "",
        "\n\n".join(a["paras"]), "", f"{a['author']} 기자 {a['email']}", "",
        "좋아요 12  응원해요 3  후속기사 원해요 1", "", "이 기사와 관련된 기사", *rel, "",
        "코트나인 | 청소년보호책임자 하윤채 | 제휴문의 biz@courtnine.com", f"Copyright ⓒ courtnine.com All rights reserved.", ""])
    return txt, rel + ["글자크기 가  가  가", "좋아요 12", "이 기사와 관련된 기사", "청소년보호책임자"]


def t_portal(a):
    y, m, dd = d(a)
    rel = ["전남 공공의료원 3곳 중 2곳 '적자'", "의대 졸업생 지역 정착률 30%대 그쳐", "전남도, 닥터헬기 추가 배치 추진"]
    txt = "\n".join([
        "남도시선", "로그인  회원가입  구독신청", "홈 | 정치 | 경제 | 사회 | 의료·복지 | 문화 | 스포츠 | 오피니언", "",
        "사회 > 의료·복지", "", a["title"], "", f"기사입력 {y}.{m}.{dd} 09:30 | 최종수정 {y}.{m}.{dd} 10:02", f"{a['author']} 기자",
        "", "\n\n".join(a["paras"]), "", f"{a['author']} 기자 {a['email']}", "",
        "ⓒ 남도시선 무단전재 및 재배포 금지", "", "관련기사", *rel, "", "남도시선 | 광주광역시 동구 금남로 000 | 제보 02-000-0000", ""])
    return txt, rel + ["로그인  회원가입  구독신청", "ⓒ 남도시선 무단전재 및 재배포 금지", "사회 > 의료·복지"]


def t_copy(a):
    y, m, dd = d(a)
    rel = ["전세사기 특별법 개정안 국회 통과", "\"보증금 돌려받을 길 막막\"…피해자 두 번 울리는 경매", "전세사기 조직 총책 징역 12년 확정"]
    txt = "\n".join([
        "새길저널", "뉴스 | 사회 | 노동 | 인권 | 주거 | 환경 | 칼럼", "본문 바로가기", "",
        a["title"], f"등록 {y}-{m}-{dd} 13:07 | 업데이트 {y}-{m}-{dd} 13:45", f"{a['author']} 기자 {a['email']}", "",
        "\n\n".join(a["paras"]), "", "공유 | 스크랩 | 인쇄 | 글씨 크게", "", "많이 읽은 기사", *rel, "",
        "새길저널은 독자의 후원으로 만들어집니다. 후원하기", f"Copyright © 2018-{y} 새길저널. All rights reserved.", ""])
    return txt, rel + ["공유 | 스크랩 | 인쇄 | 글씨 크게", "많이 읽은 기사", "새길저널은 독자의 후원으로 만들어집니다."]


def build():
    os.makedirs(f"{ROOT}/pages", exist_ok=True)
    os.makedirs(f"{ROOT}/gold", exist_ok=True)
    problems = []
    for a in ARTICLES:
        page, boiler = globals()[a["tpl"]](a)
        ext = "html" if a["form"] == "html" else "txt"
        enc = "euc-kr" if a["tpl"] == "h_euckr_table" else "utf-8"
        name = f"{a['file']}.{ext}"
        with open(f"{ROOT}/pages/{name}", "wb") as f:
            f.write(page.encode(enc))
        body = "\n".join(a["paras"])
        if a["tpl"] == "t_wire":
            body = f"({a['place']}={a['outlet']}) {a['author']} 기자 = " + body
        gold = {"source": name, "note": a["note"],
                "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"], "outlet": a["outlet"],
                            "language": "ko", "body": body, "body_must_not_contain": boiler},
                "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
                "optional_persons": a["optional_persons"],
                "quotes": [{"speaker": s, "text": " ".join(p)} for s, p in a["quotes"]],
                "optional_quotes": a["optional_quotes"],
                "events": [{"name": n, "kind": k, "location": l, "date_text": t, "start_date": s} for n, k, l, t, s in a["events"]],
                "must_not": a["must_not"]}
        with open(f"{ROOT}/gold/{a['file']}.expected.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        # check
        text = open(f"{ROOT}/pages/{name}", "rb").read().decode(enc)
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text)) if ext == "html" else text
        def need(s, what):
            if s and s not in plain:
                problems.append(f"{name}: {what} not on page: {s!r}")
        need(a["title"], "title"); need(a["author"], "author"); need(a["email"], "email"); need(a["outlet"], "outlet")
        for p in a["paras"]:
            need(p, "para")
        for b in boiler:
            need(b, "boiler")
        for n, t, o in a["persons"]:
            need(n, "name"); need(t, "title"); need(o, "org")
        for s, parts in a["quotes"]:
            need(s, "speaker")
            for p in parts:
                if f"\"{p}\"" not in plain:
                    problems.append(f"{name}: quote part not in quotes: {p!r}")
        for n, k, l, t, s in a["events"]:
            need(n, "event"); need(l, "location"); need(t, "date_text")
        for v in a["must_not"]["person_names"]:
            need(v, "must_not name")
        for v in a["optional_quotes"]:
            need(v, "optional quote")
    print("\n".join(problems) or "check OK")


if __name__ == "__main__":
    build()
