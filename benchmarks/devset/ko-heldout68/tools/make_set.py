# Builds pages/ and gold/ of ko-heldout68 from articles.py, then checks the gold against the pages.
import datetime, html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import A

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WD = "월화수목금토일"


def e(s):
    return html.escape(s, quote=True)


def ps(a):
    return "\n".join(f"<p>{e(p)}</p>" for p in a["paras"])


def dt(a):
    return a["published"] + "T" + a["time"] + ":00+09:00"


def dotted(a):
    return a["published"].replace("-", ".") + " " + a["time"]


def wd(a):
    return WD[datetime.date.fromisoformat(a["published"]).weekday()]


def html_full(a):
    bp = ["많이 본 뉴스", "한-칠레 FTA 개선 협상 속도…쟁점은 농산물",
          "Copyright ⓒ 한울데일리. All rights reserved. 무단 전재 및 재배포 금지", "구독하기"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": dt(a), "dateModified": dt(a),
                     "author": {"@type": "Person", "name": a["author"]},
                     "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])} | {a['outlet']}</title>
<meta name="description" content="{e(a['paras'][0])}">
<meta property="og:type" content="article"><meta property="og:site_name" content="{a['outlet']}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:url" content="https://www.{a['site']}/news/articleView.html?idxno=4410">
<meta property="article:published_time" content="{dt(a)}">
<meta property="article:section" content="{a['section']}">
<meta name="author" content="{a['author']}">
<script type="application/ld+json">{ld}</script>
</head><body>
<header><div class="logo"><a href="/">{a['outlet']}</a></div>
<nav><ul><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>문화</li><li>스포츠</li></ul></nav>
<a class="sub" href="/subscribe">구독하기</a></header>
<main><article>
<div class="section">{a['section']} &gt; 외교·안보</div>
<h1 class="headline">{e(a['title'])}</h1>
<div class="info"><span class="writer">{a['author']} 기자</span> <span class="date">입력 {dotted(a)}</span></div>
<div id="article-body">
{ps(a)}
<p class="byline">{a['author']} 기자 {a['email']}</p>
</div>
</article>
<aside><h3>많이 본 뉴스</h3><ol><li>한-칠레 FTA 개선 협상 속도…쟁점은 농산물</li><li>여야, 추경 심사 일정 합의</li><li>봄철 황사 이번 주말 절정</li></ol></aside>
</main>
<footer><p>서울특별시 중구 세종대로 000 | 대표전화 02-000-0000 | 등록번호 서울 아00000</p>
<p>Copyright ⓒ 한울데일리. All rights reserved. 무단 전재 및 재배포 금지</p></footer>
</body></html>
"""
    return page, bp


def html_little(a):
    bp = ["세정렌즈 - 세금과 회계를 읽는 눈", "로그인", "회원가입", "관련기사", "상속세 개편안 국회 제출…공제 한도 상향",
          "(주)세정렌즈 | 발행인 겸 편집인 · 청소년보호책임자", "등록 2026-02-12"]
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a['title'])}</title>
<meta name="description" content="세정렌즈 - 세금과 회계를 읽는 눈">
</head>
<body>
<div id="top"><a href="/">세정렌즈</a> <span>세정렌즈 - 세금과 회계를 읽는 눈</span> <a href="/login">로그인</a> <a href="/join">회원가입</a></div>
<div id="menu">세무 | 회계 | 경제 | 부동산 | 인터뷰 | 오피니언</div>
<div id="content">
<h2>{e(a['title'])}</h2>
<div class="writer">{a['author']} 기자 | 등록 {a['published']} {a['time']}</div>
<div class="text">
{ps(a)}
</div>
<div class="mail">{a['author']} 기자 {a['email']}</div>
<div class="rel"><b>관련기사</b><br>· 상속세 개편안 국회 제출…공제 한도 상향<br>· 연말정산 간소화 자료 15일 개통</div>
</div>
<div id="foot">(주)세정렌즈 | 발행인 겸 편집인 · 청소년보호책임자 : 000 | 세종특별자치시 한누리대로 000<br>
ⓒ 2015 세정렌즈</div>
</body>
</html>
"""
    return page, bp


def html_euckr(a):
    bp = ["한밭저널 홈", "지역경제", "기자수첩", "이 기사를 공유합니다", "대전 원도심 빈 점포 1년 새 12% 늘어",
          "한밭저널 | 대전광역시 서구 둔산로 000", "Copyright(c) 한밭저널 All rights reserved."]
    rows = "\n".join(f"<tr><td class=\"txt\">{e(p)}</td></tr>" for p in a["paras"])
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{e(a['title'])} - 한밭저널</title>
</head>
<body bgcolor="#ffffff">
<table width="980" cellpadding="0" cellspacing="0">
<tr><td><a href="/">한밭저널 홈</a> | 정치 | 지역경제 | 사회 | 교육 | 기자수첩</td></tr>
</table>
<table width="680" cellpadding="0" cellspacing="0">
<tr><td class="tit"><b>{e(a['title'])}</b></td></tr>
<tr><td class="date">{a['published'][:4]}년 {a['published'][5:7]}월 {a['published'][8:]}일 ({wd(a)}) {a['time']}:31 &nbsp; {a['author']} 기자</td></tr>
{rows}
<tr><td>{a['author']} 기자 ({a['email']})</td></tr>
<tr><td>이 기사를 공유합니다</td></tr>
</table>
<table width="280"><tr><td><b>지역 주요뉴스</b><br>대전 원도심 빈 점포 1년 새 12% 늘어<br>설 연휴 대전역 임시열차 증편</td></tr></table>
<table width="980"><tr><td>한밭저널 | 대전광역시 서구 둔산로 000 | Tel 042-000-0000<br>Copyright(c) 한밭저널 All rights reserved.</td></tr></table>
</body>
</html>
"""
    return page, bp


def html_jsonld(a):
    bp = ["메디스탠드", "의료·정책", "병원·경영", "제약·바이오", "기사입력", "최종수정", "인기기사", "전공의 복귀율 60% 넘어",
          "메디스탠드(MediStand) | 서울시 마포구 양화로 000", "ⓒ 메디스탠드 무단전재 및 재배포금지"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": dt(a), "author": [{"@type": "Person", "name": a["author"] + " 기자"}],
                     "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    page = f"""<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])} - 메디스탠드</title>
<script type="application/ld+json">{ld}</script>
</head><body>
<div class="gnb"><a href="/">메디스탠드</a><ul><li>의료·정책</li><li>병원·경영</li><li>제약·바이오</li><li>학회</li><li>오피니언</li></ul></div>
<div class="article-wrap">
<h1 class="tit">{e(a['title'])}</h1>
<ul class="art-info"><li>{a['author']} 기자</li><li>기사입력 {dotted(a)}</li><li>최종수정 {a['published'].replace('-', '.')} 17:20</li></ul>
<div class="art-body" itemprop="articleBody">
{ps(a)}
</div>
<p class="reporter">{a['author']} 기자 ({a['email']})</p>
</div>
<div class="side"><h4>인기기사</h4><ol><li>전공의 복귀율 60% 넘어</li><li>지역의사제 법안 소위 통과</li></ol></div>
<footer>메디스탠드(MediStand) | 서울시 마포구 양화로 000 | 등록 2014.03.02<br>ⓒ 메디스탠드 무단전재 및 재배포금지</footer>
</body></html>
"""
    return page, bp


def html_magazine(a):
    bp = ["ARTBOM", "#신년음악회", "#한강필하모닉", "함께 읽으면 좋은 기사",
          "국립오페라단 2026 시즌 라인업 공개", "© ARTBOM. All Rights Reserved."]
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": a["title"],
                     "datePublished": dt(a), "author": {"@type": "Person", "name": a["author"]},
                     "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="UTF-8">
<title>{e(a['title'])} | ARTBOM 아트봄</title>
<meta property="og:site_name" content="아트봄">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(a['paras'][0])}">
<meta property="article:published_time" content="{dt(a)}">
<meta property="article:author" content="{a['author']}">
<script type="application/ld+json">{ld}</script>
</head><body>
<header class="mag"><div class="brand">ARTBOM</div><nav>공연 · 전시 · 클래식 · 인터뷰 · 리뷰</nav></header>
<article class="post">
<p class="cat">클래식</p>
<h1>{e(a['title'])}</h1>
<p class="meta"><span>글 {a['author']}</span> · <time datetime="{dt(a)}">{a['published'].replace('-', '. ')}.</time></p>
<div class="entry">
{ps(a)}
</div>
<p class="contact">{a['email']}</p>
<div class="tags"><a>#신년음악회</a> <a>#한강필하모닉</a> <a>#방예린</a></div>
</article>
<section class="more"><h3>함께 읽으면 좋은 기사</h3><div class="card">국립오페라단 2026 시즌 라인업 공개</div><div class="card">겨울 실내악 축제 3선</div></section>
<footer>© ARTBOM. All Rights Reserved.</footer>
</body></html>
"""
    return page, bp


def html_court(a):
    bp = ["바른저울신문", "법원·검찰", "로펌", "판결", "법조 인사", "법원 소식", "대법, '쪼개기 후원' 유죄 확정",
          "바른저울신문 | 서울 서초구 서초대로 000", "Copyright © 2026 바른저울신문"]
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(a['title'])} :: 바른저울신문</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="바른저울신문">
<meta property="article:published_time" content="{dt(a)}">
</head><body>
<div id="hd"><a class="logo" href="/">바른저울신문</a><ul class="nav"><li>법원·검찰</li><li>로펌</li><li>판결</li><li>법조 인사</li></ul></div>
<div id="ct">
<div class="view-head"><span class="cate">{a['section']}</span><h3>{e(a['title'])}</h3>
<p>{a['author']} 기자 <span>{a['email']}</span> | 승인 {dotted(a)}</p></div>
<div class="view-body">
{ps(a)}
</div>
</div>
<div id="aside"><h4>법원 소식</h4><ul><li>대법, '쪼개기 후원' 유죄 확정</li><li>서울고법 새 청사 설계 공모</li></ul></div>
<div id="ft">바른저울신문 | 서울 서초구 서초대로 000 | 발행·편집인 000<br>Copyright © 2026 바른저울신문. All rights reserved.</div>
</body></html>
"""
    return page, bp


def txt_portal(a):
    bp = ["뉴스홈", "농구·배구", "입력", "수정", "공유하기", "글자크기", "관련 기사",
          "김하영, KLPGA 개막전 2라운드 선두", "그린페어웨이 무단 전재-재배포, AI 학습 및 활용 금지"]
    body = "\n\n".join(a["paras"])
    page = f"""뉴스홈
스포츠
골프
야구
축구
농구·배구

{a['title']}

입력 {dotted(a)} 수정 {a['published'].replace('-', '.')} 10:03
공유하기 글자크기

{body}

{a['author']} 기자 {a['email']}

관련 기사
김하영, KLPGA 개막전 2라운드 선두
LPGA 신인왕 레이스, 한국 선수 3명 경쟁

그린페어웨이 무단 전재-재배포, AI 학습 및 활용 금지
"""
    return page, bp


def txt_wire(a):
    bp = ["코프노트", "산업·재계", "인사·동정", "송고시간", "[인사] 늘품그룹 승진자 명단",
          "<저작권자(c) 코프노트, 무단 전재-재배포 금지>"]
    body = "\n".join(a["paras"])
    page = f"""코프노트
홈 > 산업·재계 > 인사·동정

{a['title']}

송고시간 {a['published']} {a['time']}

(서울=코프노트) {a['author']} 기자 = {body}

{a['email']}

[인사] 늘품그룹 승진자 명단
재계 연말 인사 마무리…세대교체 속도

<저작권자(c) 코프노트, 무단 전재-재배포 금지>
"""
    return page, bp


def txt_local(a):
    bp = ["빛고을나우", "오피니언", "승인", "다른기사 보기", "많이 본 기사", "무등산 단풍 이번 주말 절정",
          "빛고을나우 | 광주광역시 서구 상무중앙로 000", "Copyright © 2026 빛고을나우. All rights reserved."]
    body = "\n\n".join(a["paras"])
    page = f"""빛고을나우
광주 전남 사회 경제 문화 스포츠 오피니언
홈 > 사회

{a['title']}

{a['author']} 기자 | 승인 {dotted(a)}
다른기사 보기

{body}

{a['author']} 기자 {a['email']}

많이 본 기사
1 무등산 단풍 이번 주말 절정
2 광주 도시철도 2호선 시운전 시작
3 양동시장 야시장 다시 연다

빛고을나우 | 광주광역시 서구 상무중앙로 000 | 대표전화 062-000-0000
Copyright © 2026 빛고을나우. All rights reserved.
"""
    return page, bp


def txt_dump(a):
    bp = ["스카이라인포스트", "전체기사", "사회", "항공·교통", "기사입력", "가 가 가 가 가", "이 기사와 함께 본 뉴스",
          "제주행 저비용항공사 지연 잇따라", "ⓒ 스카이라인포스트 | 무단전재·재배포 금지"]
    body = "\n\n".join(a["paras"])
    page = f"""스카이라인포스트
전체기사  사회  경제  항공·교통  여행

사회 > 항공·교통

{a['title']}

기사입력 {dotted(a)}
가 가 가 가 가

{body}

{a['author']} 기자
{a['email']}

이 기사와 함께 본 뉴스
제주행 저비용항공사 지연 잇따라
여름휴가 국제선 예약 역대 최다

ⓒ 스카이라인포스트 | 무단전재·재배포 금지
"""
    return page, bp


T = dict(html_full=html_full, html_little=html_little, html_euckr=html_euckr, html_jsonld=html_jsonld,
         html_magazine=html_magazine, html_court=html_court, txt_portal=txt_portal, txt_wire=txt_wire,
         txt_local=txt_local, txt_dump=txt_dump)


def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def main():
    os.makedirs(f"{ROOT}/pages", exist_ok=True)
    os.makedirs(f"{ROOT}/gold", exist_ok=True)
    bad = 0
    for a in A:
        page, bp = T[a["form"]](a)
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        with open(f"{ROOT}/pages/{a['file']}", "wb") as f:
            f.write(page.encode(enc))
        text = norm(open(f"{ROOT}/pages/{a['file']}", "rb").read().decode(enc))
        body = "\n\n".join(a["paras"])
        gold = {"source": a["file"], "note": a["note"],
                "article": {"title": a["title"], "author": a["author"], "email": a["email"],
                            "published": a["published"], "outlet": a["outlet"], "language": "ko",
                            "body": body, "body_must_not_contain": bp},
                "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
                "optional_persons": a["optional_persons"],
                "quotes": [{"speaker": s, "text": t} for s, t in a["quotes"]],
                "optional_quotes": a["optional_quotes"],
                "events": [{"name": n, "kind": k, "location": l, "date_text": d, "start_date": sd}
                           for n, k, l, d, sd in a["events"]],
                "must_not": {"person_names": a["must_not_names"], "quote_substrings": []}}
        stem = os.path.splitext(a["file"])[0]
        with open(f"{ROOT}/gold/{stem}.expected.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        # checks
        def need(s, what):
            nonlocal bad
            if s and norm(s) not in text:
                bad += 1
                print("MISSING", a["file"], what, s)
        need(a["title"], "title"); need(a["author"], "author"); need(a["email"], "email"); need(a["outlet"], "outlet")
        for p in a["paras"]:
            need(p, "para")
        bodytxt = norm(body)
        for b in bp:
            need(b, "boilerplate")
            if norm(b) in bodytxt:
                bad += 1; print("BP IN BODY", a["file"], b)
        for n, t, o in a["persons"]:
            need(n, "name"); need(t, "title"); need(o, "org") if o and o not in ("한빛시장 상인회",) else None
        for n in a["optional_persons"]:
            need(n.replace("씨", ""), "optional person")
        for n in a["must_not_names"]:
            need(n, "must_not")
            for pn, _, _ in a["persons"]:
                if n in pn:
                    bad += 1; print("MUST_NOT IN GOLD NAME", n, pn)
        quoted = re.findall(r'"([^"]+)"', body)
        used = set()
        for s, t in a["quotes"]:
            # the gold text is consecutive quoted parts joined by a space
            ok = False
            for i in range(len(quoted)):
                for j in range(i + 1, min(i + 5, len(quoted) + 1)):
                    if " ".join(quoted[i:j]) == t:
                        ok = True; used.update(range(i, j))
            if not ok:
                bad += 1; print("QUOTE NOT PARTS", a["file"], t)
        for i, q in enumerate(quoted):
            if i not in used and q not in a["optional_quotes"]:
                bad += 1; print("QUOTED PART WITHOUT GOLD", a["file"], q)
        for n, k, l, d, sd in a["events"]:
            need(d, "date_text"); need(l, "location")
    print("problems:", bad)


if __name__ == "__main__":
    main()
