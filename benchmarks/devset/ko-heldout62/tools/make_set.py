# -*- coding: utf-8 -*-
"""Build pages/ and gold/ of ko-heldout62 from articles.py, then check that every gold string occurs on its page.
Run from anywhere: python3 make_set.py"""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from articles import A  # noqa: E402

WD = "월화수목금토일"


def wd(iso):
    import datetime
    y, m, d = map(int, iso.split("-"))
    return WD[datetime.date(y, m, d).weekday()]


def esc(s):
    return html.escape(s, quote=True)


def ps(a, tag="p"):
    return "\n".join("<%s>%s</%s>" % (tag, esc(p), tag) for p in a["paras"])


def jsonld(a, url):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
         "dateModified": a["time"], "author": {"@type": "Person", "name": a["author"]},
         "publisher": {"@type": "Organization", "name": a["outlet"]}, "mainEntityOfPage": url}
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)


# ------------------------------------------------------------------ templates
def html_full(a):
    url = "https://www.saetteulilbo.co.kr/news/articleView.html?idxno=5521"
    rel = ["여야, 외교통일위 전체회의서 방산 수출 지원법 처리 합의", "외교부 \"재외국민 보호 매뉴얼 전면 개정\"", "한·중앙아시아 정상회의 준비 본격화"]
    bp = ["정치", "경제", "사회", "국제", "오피니언", "많이 본 뉴스", "새뜰일보 구독신청", "Copyright © 새뜰일보. All rights reserved.",
          "서울특별시 중구 세종대로 181 새뜰빌딩 7층"] + rel
    page = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t} - 새뜰일보</title>
<meta name="description" content="{d}">
<meta property="og:type" content="article"><meta property="og:site_name" content="새뜰일보">
<meta property="og:title" content="{t}"><meta property="og:url" content="{u}">
<meta property="article:published_time" content="{time}"><meta property="article:section" content="정치">
<meta name="twitter:card" content="summary_large_image">
{ld}
</head><body>
<header class="gnb"><a class="logo" href="/">새뜰일보</a>
<ul class="menu"><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>오피니언</li></ul>
<a class="sub" href="/subscribe">새뜰일보 구독신청</a></header>
<main><article id="article-view">
<div class="article-head"><p class="section">정치 &gt; 외교</p><h1 class="headline">{t}</h1>
<ul class="info"><li>{au} 기자</li><li>입력 {date} 17:42</li><li>수정 {date} 18:10</li></ul></div>
<div id="article-view-content-div">
{body}
<p class="byline">{au} 기자 {em}</p>
</div></article>
<section class="related"><h3>관련기사</h3><ul>{rel}</ul></section>
<aside class="popular"><h3>많이 본 뉴스</h3><ol><li>기준금리 동결 전망 우세</li><li>봄철 산불 위험 경보 격상</li></ol></aside>
</main>
<footer><p>서울특별시 중구 세종대로 181 새뜰빌딩 7층 | 등록번호 서울 아00412 | 발행·편집인 여창민</p>
<p>Copyright © 새뜰일보. All rights reserved.</p></footer></body></html>
""".format(t=esc(a["title"]), d=esc(a["paras"][0]), u=url, time=a["time"], ld=jsonld(a, url), au=a["author"],
           date=a["published"].replace("-", "."), body=ps(a), em=a["email"],
           rel="".join("<li><a href='#'>%s</a></li>" % esc(r) for r in rel))
    return page, bp + ["봄철 산불 위험 경보 격상"], ["재외국민 보호 매뉴얼 전면 개정"]


def dump_portal(a):
    rel = ["산청 약초축제 준비 한창…10만 명 방문 목표", "광양 매화마을, 올해 개화 일주일 앞당겨져", "진주 남강 유등 체험관 새 단장"]
    bp = ["섬진뉴스 홈", "전체기사", "지역", "경제", "문화", "포토", "로그인", "회원가입", "지역 > 하동", "이 기사를 공유합니다",
          "관련기사", "섬진뉴스 © 무단전재 및 재배포 금지", "제보하기", "개인정보처리방침", "청소년보호정책"] + rel
    lines = ["섬진뉴스 홈", "전체기사  지역  경제  문화  포토", "로그인  회원가입", "", "지역 > 하동", "", a["title"], "",
             "하담비 기자  승인 %s  |  수정 %s" % (a["time"], a["mtime"]), "이 기사를 공유합니다", ""]
    lines += [p + "\n" for p in a["paras"]]
    lines += ["하담비 기자 %s" % a["email"], "", "섬진뉴스 © 무단전재 및 재배포 금지", "", "관련기사"] + rel + [
        "", "제보하기 | 개인정보처리방침 | 청소년보호정책", "경남 하동군 하동읍 중앙로 12, 3층 | 대표전화 055-000-1234"]
    return "\n".join(lines) + "\n", bp, []


def html_euckr(a):
    rel = ["수도권 분양 물량 6월 집중…3만 가구 쏟아진다", "전세가율 석 달째 상승", "대전 도안 신도시 청약 미달 속출"]
    bp = ["터울경제", "부동산", "증권", "산업", "금융", "인기기사", "터울경제의 모든 콘텐츠는 저작권법의 보호를 받습니다",
          "무단 전재·복사·배포 금지", "기사제보 tip@teouleco.com"] + rel
    page = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{t} : 터울경제</title>
<meta name="description" content="{d}">
</head><body topmargin="0">
<table width="980" align="center"><tr><td class="top"><b>터울경제</b> | 부동산 | 증권 | 산업 | 금융</td></tr></table>
<table width="980" align="center"><tr><td width="680" valign="top">
<table><tr><td class="tit">{t}</td></tr>
<tr><td class="date">기사입력 {time} | {au} 기자 {em}</td></tr>
<tr><td class="news">{body}</td></tr></table>
</td><td width="300" valign="top"><table><tr><td><b>인기기사</b></td></tr>{rel}</table></td></tr></table>
<table width="980" align="center"><tr><td class="foot">터울경제의 모든 콘텐츠는 저작권법의 보호를 받습니다. 무단 전재·복사·배포 금지<br>
기사제보 tip@teouleco.com | 서울 영등포구 국제금융로 77 | 전화 02-000-7788</td></tr></table>
</body></html>
""".format(t=esc(a["title"]), d=esc(a["paras"][0]), time=a["time"], au=a["author"], em=a["email"],
           body="<br><br>\n".join(esc(p) for p in a["paras"]),
           rel="".join("<tr><td>· %s</td></tr>" % esc(r) for r in rel))
    return page, bp, []


def dump_wire(a):
    bp = ["여울소리", "뉴스 | 환경 | 지역 | 기획", "송고시간", "키워드", "<저작권자(c) 여울소리, 무단 전재-재배포, AI 학습 및 활용 금지>",
          "이 기사가 마음에 드셨나요?", "기사 제보 및 보도자료"]
    paras = list(a["paras"])
    paras[0] = "(%s=여울소리) %s 기자 = %s" % (a["dateline"], a["author"], paras[0])
    lines = ["여울소리", "뉴스 | 환경 | 지역 | 기획", "", a["title"], "", "송고시간 %s" % a["time"], ""]
    lines += [p + "\n" for p in paras]
    lines += ["%s %s" % (a["email"], ""), "", "키워드 #봉대습지 #체육공원 #원주시", "", "<저작권자(c) 여울소리, 무단 전재-재배포, AI 학습 및 활용 금지>",
              "", "이 기사가 마음에 드셨나요?  좋아요 12", "기사 제보 및 보도자료 press@yeoulsori.kr"]
    return "\n".join(lines) + "\n", bp, []


def html_sports(a):
    url = "https://www.netinside.co.kr/volleyball/3092"
    rel = ["'서브 에이스 7개' 의정부 노스울브스, 선두 추격", "여자부 올스타 투표 중간 집계 발표", "레드링스, 외국인 선수 교체 검토"]
    bp = ["네트인사이드", "배구", "농구", "야구", "축구", "최종 스코어", "인천 마린호크스 3 : 1 대전 레드링스", "태그",
          "#V리그 #마린호크스 #레드링스 #벤투리니", "함께 보면 좋은 기사", "ⓒ 네트인사이드, 무단전재 및 재배포 금지", "광고문의"] + rel
    page = """<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t} | 네트인사이드</title>
<meta property="og:site_name" content="네트인사이드"><meta property="og:type" content="article">
<meta property="og:title" content="{t}"><meta property="og:description" content="{d}"><meta property="og:url" content="{u}">
<meta property="og:image" content="https://img.netinside.co.kr/2026/01/18/3092_main.jpg">
<meta property="article:published_time" content="{time}"><meta property="article:author" content="{au}">
{ld}
</head><body>
<nav class="top"><a href="/">네트인사이드</a><a href="/volleyball">배구</a><a href="/basketball">농구</a><a href="/baseball">야구</a><a href="/football">축구</a></nav>
<div class="wrap"><div class="art">
<h1 class="art-title">{t}</h1>
<div class="art-info"><span class="writer">{au} 기자</span> <span class="date">2026-01-18 09:15</span></div>
<div class="scorebox"><strong>최종 스코어</strong><p>인천 마린호크스 3 : 1 대전 레드링스</p>
<table><tr><th>팀</th><th>1</th><th>2</th><th>3</th><th>4</th></tr><tr><td>마린호크스</td><td>25</td><td>23</td><td>25</td><td>25</td></tr><tr><td>레드링스</td><td>21</td><td>25</td><td>19</td><td>22</td></tr></table></div>
<div class="art-body" itemprop="articleBody">
<figure><img src="/img/3092_1.jpg" alt=""><figcaption>루카스 벤투리니가 17일 인천 계양체육관에서 공격하고 있다. 사진=네트인사이드</figcaption></figure>
{body}
<p class="mail">{em}</p>
</div>
<div class="tags"><b>태그</b> #V리그 #마린호크스 #레드링스 #벤투리니</div>
<div class="more"><h4>함께 보면 좋은 기사</h4><ul>{rel}</ul></div>
</div></div>
<footer>ⓒ 네트인사이드, 무단전재 및 재배포 금지 | 광고문의 ad@netinside.co.kr</footer>
</body></html>
""".format(t=esc(a["title"]), d=esc(a["paras"][0]), u=url, time=a["time"], au=a["author"], ld=jsonld(a, url),
           body=ps(a), em=a["email"], rel="".join("<li>%s</li>" % esc(r) for r in rel))
    return page, bp + ["사진=네트인사이드"], ["서브 에이스 7개"]


def dump_it(a):
    rel = ["AI 반도체 스타트업, 150억 시리즈A 유치", "중기부 \"딥테크 스케일업 펀드 2000억 조성\"", "물류센터 자동화 시장 3년새 두 배"]
    bp = ["벤처온", "스타트업  투자  테크  인터뷰  이벤트", "본문 글씨 키우기", "본문 글씨 줄이기", "페이스북 트위터 카카오톡 링크복사",
          "기사입력", "다른 기사 보기", "© 벤처온 All Rights Reserved", "벤처온 뉴스레터 구독하기"] + rel
    lines = ["벤처온", "스타트업  투자  테크  인터뷰  이벤트", "", "스타트업", a["title"], "",
             "%s 기자  기사입력 %s" % (a["author"], a["time"]), "본문 글씨 키우기  본문 글씨 줄이기", "페이스북 트위터 카카오톡 링크복사", ""]
    lines += [p + "\n" for p in a["paras"]]
    lines += ["%s 기자 %s" % (a["author"], a["email"]), "%s 기자 다른 기사 보기" % a["author"], "", "관련 기사"] + rel + [
        "", "벤처온 뉴스레터 구독하기", "© 벤처온 All Rights Reserved"]
    return "\n".join(lines) + "\n", bp, ["딥테크 스케일업 펀드 2000억 조성"]


def html_little(a):
    bp = ["일과삶뉴스", "노동", "산업", "안전", "정책", "가장 많이 읽은 기사", "일과삶뉴스 | 등록번호 서울 다11235 | 발행인 겸 편집인 구하진",
          "본 기사의 저작권은 일과삶뉴스에 있습니다"]
    page = """<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>{t} &lt; 노동 &lt; 일과삶뉴스</title>
<meta name="description" content="{d}">
</head><body>
<div id="top"><h2><a href="/">일과삶뉴스</a></h2><ul><li>노동</li><li>산업</li><li>안전</li><li>정책</li></ul></div>
<div id="content">
<h3 class="tit">{t}</h3>
<div class="byline">{au} 기자 | 승인 {time}</div>
<div class="txt">
{body}
<p>{au} 기자 {em}</p>
</div>
<div class="side"><b>가장 많이 읽은 기사</b><ol><li>조선업 하청 노동자 임금 체불 실태 조사</li><li>폭염 속 옥외 작업 중지 권고 확대</li></ol></div>
</div>
<div id="foot">일과삶뉴스 | 등록번호 서울 다11235 | 발행인 겸 편집인 구하진<br>본 기사의 저작권은 일과삶뉴스에 있습니다.</div>
</body></html>
""".format(t=esc(a["title"]), d=esc(a["paras"][0]), au=a["author"], time=a["time"], body=ps(a), em=a["email"])
    return page, bp + ["조선업 하청 노동자 임금 체불 실태 조사"], []


def html_law(a):
    url = "https://www.beopjeongview.com/news/2214"
    rel = ["대법 \"층간소음 분쟁, 관리주체도 책임\"", "재건축 조합장 배임 혐의 1심 무죄", "하자담보책임 기간 쟁점 정리"]
    bp = ["법정뷰", "판결", "법조계", "로펌", "칼럼", "홈 > 판결 > 민사", "관련 판결", "법정뷰의 기사는 법률 자문이 아닙니다",
          "Copyright ⓒ 법정뷰. 무단 전재 및 재배포 금지."] + rel
    page = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t} - 법정뷰</title>
<meta property="og:site_name" content="법정뷰"><meta property="og:title" content="{t}"><meta property="og:url" content="{u}">
<meta property="og:description" content="{d}"><meta property="article:published_time" content="{time}">
<meta name="author" content="{au}">
{ld}
</head><body>
<header><a class="logo" href="/">법정뷰</a><nav><a>판결</a> <a>법조계</a> <a>로펌</a> <a>칼럼</a></nav></header>
<div class="breadcrumb">홈 &gt; 판결 &gt; 민사</div>
<article><h1>{t}</h1>
<div class="meta"><span>{au} 기자</span><time datetime="{time}">2026.09.30 08:30</time></div>
<div class="article-body">
{body}
</div>
<div class="reporter">{au} 기자 {em}</div>
</article>
<section class="rel"><h4>관련 판결</h4><ul>{rel}</ul></section>
<footer><p>법정뷰의 기사는 법률 자문이 아닙니다.</p><p>Copyright ⓒ 법정뷰. 무단 전재 및 재배포 금지.</p></footer>
</body></html>
""".format(t=esc(a["title"]), d=esc(a["paras"][0]), u=url, time=a["time"], au=a["author"], ld=jsonld(a, url),
           body=ps(a), em=a["email"], rel="".join("<li>%s</li>" % esc(r) for r in rel))
    return page, bp, ["층간소음 분쟁, 관리주체도 책임"]


def dump_science(a):
    rel = ["KAIST, 전고체전지 계면 저항 줄이는 코팅 기술 개발", "차세대 배터리 소재 국산화율 40% 돌파", "기초과학연구원, 새 초전도 물질 후보 발견"]
    bp = ["과학한울", "뉴스  과학  IT  의학  우주  인터뷰", "전체메뉴", "기사입력", "글자크기", "인쇄", "저작권자 © 과학한울 무단전재 및 재배포 금지",
          "관련기사", "과학한울 | 서울 성북구 안암로 9 | 청소년보호책임자 엄지담"] + rel
    lines = ["과학한울", "전체메뉴", "뉴스  과학  IT  의학  우주  인터뷰", "", "과학 > 에너지", a["title"], "",
             "기사입력 %s  |  %s 기자" % (a["time"], a["author"]), "글자크기  인쇄", ""]
    lines += [p + "\n" for p in a["paras"]]
    lines += ["%s 기자 %s" % (a["author"], a["email"]), "저작권자 © 과학한울 무단전재 및 재배포 금지", "", "관련기사"] + rel + [
        "", "과학한울 | 서울 성북구 안암로 9 | 청소년보호책임자 엄지담"]
    return "\n".join(lines) + "\n", bp, []


def html_culture(a):
    url = "https://stageon.co.kr/article/771"
    rel = ["빈 소년합창단 크리스마스 내한 공연 매진", "국립오페라단 '라 트라비아타' 12월 개막", "올해의 클래식 음반 10선"]
    bp = ["스테이지온", "공연", "전시", "클래식", "뮤지컬", "무용", "이 기사와 함께 읽기", "스테이지온 뉴스레터",
          "ⓒ 스테이지온 stageon.co.kr 무단 전재 및 재배포 금지", "사진=휘솔아트 제공"] + rel
    page = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t} | 스테이지온</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="스테이지온">
<meta property="og:title" content="{t}"><meta property="og:url" content="{u}"><meta property="og:description" content="{d}">
<meta property="article:published_time" content="{time}"><meta property="article:section" content="클래식">
</head><body>
<div class="gnb"><a href="/">스테이지온</a> <span>공연</span> <span>전시</span> <span>클래식</span> <span>뮤지컬</span> <span>무용</span></div>
<div class="container"><div class="article">
<div class="kicker">클래식</div><h1>{t}</h1>
<p class="writer">{au} 기자 · 2026년 11월 28일 11:20</p>
<figure><img src="/data/771.jpg" alt=""><figcaption>펠릭스 베르크발트가 27일 예술의전당 콘서트홀에서 드레스덴 엘베필하모닉을 지휘하고 있다. 사진=휘솔아트 제공</figcaption></figure>
<div class="content">
{body}
</div>
<p class="email">{au} 기자 {em}</p>
</div>
<div class="also"><h3>이 기사와 함께 읽기</h3><ul>{rel}</ul></div>
<div class="nl">스테이지온 뉴스레터 신청하기</div></div>
<footer>ⓒ 스테이지온 stageon.co.kr 무단 전재 및 재배포 금지</footer>
</body></html>
""".format(t=esc(a["title"]), d=esc(a["paras"][0]), u=url, time=a["time"], au=a["author"], body=ps(a), em=a["email"],
           rel="".join("<li>%s</li>" % esc(r) for r in rel))
    return page, bp, []


FORMS = {f.__name__: f for f in (html_full, dump_portal, html_euckr, dump_wire, html_sports, dump_it, html_little, html_law,
                                 dump_science, html_culture)}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().lower()


def main():
    os.makedirs(os.path.join(SET, "pages"), exist_ok=True)
    os.makedirs(os.path.join(SET, "gold"), exist_ok=True)
    bad = 0
    for a in A:
        page, bp, qneg = FORMS[a["form"]](a)
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        with open(os.path.join(SET, "pages", a["file"]), "wb") as f:
            f.write(page.encode(enc))
        body = "\n\n".join(a["paras"])
        if a["form"] == "dump_wire":
            body = "(%s=여울소리) %s 기자 = " % (a["dateline"], a["author"]) + body
        bodyn0 = norm(body)
        bp = [x for x in bp if norm(x) not in bodyn0]  # a menu word that also occurs in the body cannot be checked
        gold = {"source": a["file"], "note": a["note"],
                "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"],
                            "outlet": a["outlet"], "language": "ko", "body": body, "body_must_not_contain": bp},
                "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
                "optional_persons": [a["author"]],
                "quotes": [{"speaker": s, "text": t} for s, t in a["quotes"]],
                "optional_quotes": a["optional_quotes"],
                "events": [{"name": n, "kind": k, "location": l, "date_text": d, "start_date": sd} for n, k, l, d, sd in a["events"]],
                "must_not": {"person_names": a["must_not_names"], "quote_substrings": qneg}}
        stem = os.path.splitext(a["file"])[0]
        with open(os.path.join(SET, "gold", stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        # ---- check
        raw = open(os.path.join(SET, "pages", a["file"]), "rb").read().decode(enc)
        text = norm(html.unescape(re.sub(r"<[^>]+>", " ", raw)) if a["file"].endswith(".html") else raw)
        bodyn = norm(body)
        rawn = norm(html.unescape(raw))

        def need(s, where, what):
            nonlocal bad
            if s and norm(s) not in where:
                print("MISSING", a["file"], what, repr(s)); bad += 1
        need(a["title"], text, "title"); need(a["author"], text, "author"); need(a["email"], rawn, "email")
        need(a["outlet"], rawn, "outlet")
        for p in a["paras"]:
            need(p, text, "para")
        for s in bp:
            need(s, text, "boilerplate")
            if norm(s) in bodyn:
                print("BOILERPLATE IN BODY", a["file"], s); bad += 1
        for n, t, o in a["persons"]:
            need(n, bodyn, "person"); need(t, bodyn, "title"); need(o, bodyn, "org")
        for s, t in a["quotes"]:
            parts = re.findall(r'"([^"]+)"', body)
            ok = any(" ".join(parts[i:j]) == t for i in range(len(parts)) for j in range(i + 1, min(i + 5, len(parts) + 1)))
            if not ok:
                print("QUOTE NOT CONSECUTIVE PARTS", a["file"], t); bad += 1
            need(s, bodyn, "speaker")
        for q in a["optional_quotes"]:
            need(q, text, "optional quote")
        for n, k, l, d, sd in a["events"]:
            if n != "선고":  # a ruling told by its verb is the event 선고 (ko/ convention)
                need(n, bodyn, "event")
            need(l, bodyn, "location"); need(d, bodyn, "date_text")
        for n in a["must_not_names"]:
            need(n, text, "must_not name")
        for q in qneg:
            need(q, text, "must_not quote")
    print("checked", len(A), "pages;", bad, "problems")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
