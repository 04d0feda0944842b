# Builds pages/ and gold/ of ko-heldout57 from articles.py, then checks every gold string against the decoded page.
import json, os, re, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from articles import A
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
e = html.escape

def dots(d): return d.replace("-", ".")

def html_full(a, boiler):
    nav = ["정치·자치", "경제", "사회", "대전·세종", "충남", "오피니언", "포토"]
    rel = ["대전시, 내년 국비 확보액 역대 최대", "유성구의회, 행정사무감사 마무리", "세종시의회 예결위, 교육청 예산 심사 돌입"]
    boiler += nav[1:4] + rel + ["ⓒ 갑천일보. 무단전재 및 재배포 금지", "대전광역시 서구 둔산로 88 갑천빌딩 5층"]
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["date"] + "T" + a["time"] + ":00+09:00", "dateModified": a["date"] + "T15:10:00+09:00",
          "author": {"@type": "Person", "name": a["author"] + " 기자"},
          "publisher": {"@type": "Organization", "name": a["outlet"]}}
    ps = "\n".join("      <p>%s</p>" % e(p) for p in a["paras"])
    return f'''<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} - {a["outlet"]}</title>
<meta name="description" content="{e(a["paras"][0])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{a["outlet"]}">
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:description" content="{e(a["paras"][0])}">
<meta property="og:url" content="https://www.gapcheonilbo.co.kr/news/articleView.html?idxno=5512">
<meta property="article:published_time" content="{a["date"]}T{a["time"]}:00+09:00">
<meta property="article:section" content="{a["section"]}">
<script type="application/ld+json">{json.dumps(jl, ensure_ascii=False)}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">{a["outlet"]}</a>
<nav class="gnb"><ul>{"".join("<li><a href='#'>%s</a></li>" % n for n in nav)}</ul></nav></header>
<div class="breadcrumb">홈 &gt; {a["section"]}</div>
<article class="article-view">
  <header class="article-head">
    <h1 class="headline">{e(a["title"])}</h1>
    <ul class="info"><li>{a["author"]} 기자</li><li>입력 {dots(a["date"])} {a["time"]}</li><li>수정 {dots(a["date"])} 15:10</li></ul>
  </header>
  <div id="article-view-content">
{ps}
  </div>
  <div class="writer">{a["author"]} 기자 <a href="mailto:{a["email"]}">{a["email"]}</a></div>
</article>
<aside class="related"><h3>관련기사</h3><ul>{"".join("<li><a href='#'>%s</a></li>" % r for r in rel)}</ul></aside>
<footer class="site-footer"><p>대전광역시 서구 둔산로 88 갑천빌딩 5층 | 대표전화 042-000-1188 | 청소년보호책임자 방성택</p>
<p>ⓒ 갑천일보. 무단전재 및 재배포 금지</p></footer>
</body>
</html>
'''

def html_og(a, boiler):
    nav = ["경제일반", "금융", "산업", "부동산", "증권", "정책"]
    top = ["코스피, 외국인 매수에 2% 올라", "시멘트 가격 인상 놓고 건설업계 반발", "카드 수수료 개편안 다음 달 발표"]
    boiler += ["많이 본 뉴스"] + top + ["Copyright © 돈결경제 All rights reserved.", "돈결경제 구독신청"]
    ps = "\n".join("<p>%s</p>" % e(p) for p in a["paras"])
    return f'''<!doctype html>
<html lang="ko"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(a["title"])} | {a["outlet"]}</title>
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:site_name" content="{a["outlet"]}">
<meta property="og:image" content="https://img.dongyeol.kr/2026/04/15/318_main.jpg">
<meta property="article:published_time" content="{a["date"]}T{a["time"]}:00+09:00">
<meta name="twitter:card" content="summary_large_image">
</head><body>
<div id="top"><a href="/" class="logo">{a["outlet"]}</a> <span class="sub">돈결경제 구독신청</span></div>
<ul class="menu">{"".join("<li>%s</li>" % n for n in nav)}</ul>
<div class="wrap"><div class="cont">
<div class="sec">{a["section"]}</div>
<h2 class="tit">{e(a["title"])}</h2>
<div class="date">기사입력 {a["date"]} {a["time"]} | {a["author"]} 기자</div>
<div class="txt" itemprop="articleBody">
{ps}
<p class="mail">{a["author"]} 기자 {a["email"]}</p>
</div></div>
<div class="side"><h4>많이 본 뉴스</h4><ol>{"".join("<li>%s</li>" % t for t in top)}</ol></div></div>
<div class="foot">Copyright © 돈결경제 All rights reserved.</div>
</body></html>
'''

def html_sports(a, boiler):
    rel = ["LG, 외국인 투수 재계약 마무리", "롯데 주장, 연봉 협상 조기 타결", "KIA 신인 3인방 마무리캠프 합류"]
    tags = ["#한화", "#FA", "#진서겸"]
    boiler += rel + ["ⓒ펜스라인스포츠(fencelinesports.com), 무단 전재 및 재배포 금지", "이 기사를 추천합니다"]
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["date"] + "T" + a["time"] + ":00+09:00",
          "author": [{"@type": "Person", "name": a["author"], "email": a["email"]}],
          "publisher": {"@type": "Organization", "name": a["outlet"], "logo": {"@type": "ImageObject", "url": "https://fencelinesports.com/logo.png"}},
          "articleSection": a["section"]}
    ps = "\n".join("<p>%s</p>" % e(p) for p in a["paras"])
    return f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="UTF-8">
<title>{e(a["title"])}</title>
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:site_name" content="펜스라인스포츠">
<meta property="og:description" content="{e(a["paras"][0])}">
<meta property="article:published_time" content="{a["date"]}T{a["time"]}:00+09:00">
<meta property="article:author" content="{a["author"]}">
<script type="application/ld+json">{json.dumps(jl, ensure_ascii=False)}</script>
</head><body>
<nav><a href="/baseball">야구</a> <a href="/football">축구</a> <a href="/basketball">농구</a> <a href="/golf">골프</a> <a href="/esports">e스포츠</a></nav>
<main><div class="kicker">야구 &middot; KBO</div>
<h1>{e(a["title"])}</h1>
<div class="byline"><span class="name">{a["author"]} 기자</span> <span class="time">{dots(a["date"])} {a["time"]}</span></div>
<figure><img src="/photo/7741.jpg" alt=""><figcaption>한화 이글스와 FA 계약을 맺은 진서겸. 한화 이글스 제공</figcaption></figure>
<div class="article-body">
{ps}
</div>
<p class="copy">{a["author"]} 기자 {a["email"]}</p>
<div class="tags">{" ".join(tags)}</div>
<div class="recommend">이 기사를 추천합니다</div>
<section class="more"><h3>야구 주요뉴스</h3><ul>{"".join("<li>%s</li>" % r for r in rel)}</ul></section></main>
<footer>ⓒ펜스라인스포츠(fencelinesports.com), 무단 전재 및 재배포 금지</footer>
</body></html>
'''

def html_full2(a, boiler):
    rel = ["배터리 소재 수출 석 달 만에 반등", "전고체 전지 시험 생산라인 구축 본격화", "충북 오창에 이차전지 인력 교육센터 문 연다"]
    boiler += rel + ["산업누리의 기사를 무단 복제·배포하는 것을 금합니다.", "주소: 서울특별시 영등포구 국제금융로 71 산업누리빌딩"]
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["date"] + "T" + a["time"] + ":00+09:00", "dateModified": a["date"] + "T17:22:00+09:00",
          "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": "산업누리"}}
    ps = "\n".join("<p>%s</p>" % e(p) for p in a["paras"])
    return f'''<!DOCTYPE html>
<html lang="ko"><head>
<meta charset="utf-8">
<title>{e(a["title"])} &lt; 산업 &lt; 기사본문 - 산업누리</title>
<meta name="description" content="{e(a["paras"][0])}">
<meta name="author" content="{a["author"]}">
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="산업누리">
<meta property="article:published_time" content="{a["date"]}T{a["time"]}:00+09:00">
<meta property="article:modified_time" content="{a["date"]}T17:22:00+09:00">
<script type="application/ld+json">{json.dumps(jl, ensure_ascii=False)}</script>
</head><body>
<div id="gnb"><a href="/">산업누리</a> | 산업 | IT·과학 | 에너지 | 유통 | 자동차 | 인사·동정</div>
<div class="path">HOME &gt; 산업 &gt; 소재·부품</div>
<h1 class="article-title">{e(a["title"])}</h1>
<div class="article-info"><span>{a["author"]} 기자</span><span>승인 {dots(a["date"])} {a["time"]}</span><span>수정 {dots(a["date"])} 17:22</span></div>
<figure><img src="/news/photo/202605/2207_1.jpg"><figcaption>19일 충북 청주시 오창과학산업단지에서 열린 라움에너지 신공장 착공식에서 참석자들이 시삽하고 있다. [사진=라움에너지]</figcaption></figure>
<div id="article-body">
{ps}
</div>
<div class="reporter">{a["author"]} 기자 <a href="mailto:{a["email"]}">{a["email"]}</a></div>
<div class="related"><strong>관련기사</strong><ul>{"".join("<li>%s</li>" % r for r in rel)}</ul></div>
<footer><p>주소: 서울특별시 영등포구 국제금융로 71 산업누리빌딩 | 등록번호 서울 아 00000 | 발행인 겸 편집인 도재상</p>
<p>산업누리의 기사를 무단 복제·배포하는 것을 금합니다.</p></footer>
</body></html>
'''

def html_little(a, boiler):
    side = ["건강보험료 부과체계 2단계 개편 확정", "의대 정원 조정안 발표 임박", "노인 일자리 사업 신청 시작"]
    boiler += side + ["다독헬스 | 등록번호 서울 아 00001 | 발행·편집인 차상윤", "Copyright by 다독헬스. All rights reserved."]
    ps = "\n".join("<p>%s</p>" % e(p) for p in a["paras"])
    return f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a["title"])}</title>
<meta name="description" content="{e(a["paras"][0])}">
</head>
<body>
<div class="top"><b>다독헬스</b> 정책 | 의료 | 제약 | 복지 | 건강정보</div>
<div class="view">
<h3>{e(a["title"])}</h3>
<p class="info">{a["author"]} 기자 · 등록 {a["date"]} {a["time"]}</p>
{ps}
</div>
<div class="right"><b>정책 뉴스</b><ul>{"".join("<li>%s</li>" % s for s in side)}</ul></div>
<div class="bottom">다독헬스 | 등록번호 서울 아 00001 | 발행·편집인 차상윤<br>Copyright by 다독헬스. All rights reserved.</div>
</body>
</html>
'''

def html_euckr(a, boiler):
    hot = ["통영 굴 수하식 양식장 시설 점검 나서", "거제 멸치잡이 금어기 끝나 출어 준비", "남해군 바다목장 치어 30만 마리 방류"]
    boiler += hot + ["짠물일보 | 경남 통영시 중앙로 21 | 전화 055-000-2100", "Copyright (c) 짠물일보. All rights reserved."]
    ps = "<br><br>\n".join(e(p) for p in a["paras"])
    return f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>짠물일보 - {e(a["title"])}</title>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0">
<tr><td class="logo"><b>짠물일보</b></td><td class="menu">종합 | 수산 | 해양 | 지역 | 사람들 | 오피니언</td></tr>
</table>
<table width="980" border="0"><tr><td width="680" valign="top">
<font size="4"><b>{e(a["title"])}</b></font><br>
<table width="100%"><tr><td class="byline">{a["section"]} | {a["author"]} 기자 | {a["email"]} | 입력 : {dots(a["date"])} {a["time"]}</td></tr></table>
<div id="news_body">
{ps}
</div>
</td><td width="300" valign="top"><b>많이 본 기사</b><br>
{"<br>".join(hot)}
</td></tr></table>
<table width="980"><tr><td class="copy">짠물일보 | 경남 통영시 중앙로 21 | 전화 055-000-2100<br>Copyright (c) 짠물일보. All rights reserved.</td></tr></table>
</body>
</html>
'''

def dump_portal(a, boiler):
    rel = ["평택 물류창고 화재…대응 1단계 진화", "봄철 산불 조심 기간 돌입…입산 통제 확대", "안산 반월공단 화학공장서 유증기 누출"]
    head = "파란들뉴스\n홈 | 사회 | 경제 | 정치 | 문화 | 스포츠 | 오피니언\n사회 > 사건·사고\n"
    boiler += ["홈 | 사회 | 경제 | 정치 | 문화 | 스포츠 | 오피니언", "사회 > 사건·사고"] + rel + ["파란들뉴스 구독하기", "© 파란들뉴스. 무단전재 및 재배포 금지"]
    return (head + f"\n{a['title']}\n\n{a['author']} 기자 | 입력 {dots(a['date'])} {a['time']} | 수정 {dots(a['date'])} 18:05\n\n"
            + "\n\n".join(a["paras"]) + f"\n\n{a['author']} 기자 {a['email']}\n\n파란들뉴스 구독하기\n\n관련기사\n" + "\n".join(rel)
            + "\n\n회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책\n© 파란들뉴스. 무단전재 및 재배포 금지\n")

def dump_browser(a, boiler):
    rel = ["국립현대미술관, 한국 추상미술 대표작 한자리에", "백자 달항아리 경매 최고가 경신", "도자기 축제 이달 말 이천서 개막"]
    boiler += ["전시 · 공연 · 미술시장 · 인터뷰 · 칼럼"] + rel + ["미술나들의 모든 콘텐츠는 저작권법의 보호를 받습니다.", "공유하기 페이스북 카카오톡 링크복사"]
    return (f"미술나들\n전시 · 공연 · 미술시장 · 인터뷰 · 칼럼\n로그인 회원가입\n\n{a['section']}\n{a['title']}\n"
            f"{a['author']} 기자\n승인 {dots(a['date'])} {a['time']}\n댓글 0\n공유하기 페이스북 카카오톡 링크복사\n\n"
            + "\n".join(a["paras"]) + f"\n\n{a['author']} 기자 {a['email']}\n\n다른 기사 보기\n" + "\n".join(rel)
            + "\n\n미술나들의 모든 콘텐츠는 저작권법의 보호를 받습니다.\n")

def dump_wire(a, boiler):
    first = f"(울산=노동한길) {a['author']} 기자 = " + a["paras"][0]
    kw = "#청해중공업 #임금협상 #금속노조 #조선업"
    boiler += [kw, "<저작권자(c) 노동한길, 무단 전재-재배포 금지>", "노동 · 고용 · 산업안전 · 노사관계"]
    a["body_paras"] = [first] + a["paras"][1:]
    return ("노동한길\n노동 · 고용 · 산업안전 · 노사관계\n\n" + a["title"] + "\n\n" + "\n\n".join(a["body_paras"])
            + f"\n\n{a['email']}\n\n<저작권자(c) 노동한길, 무단 전재-재배포 금지>\n송고시간 {a['date']} {a['time']}\n{kw}\n")

def dump_app(a, boiler):
    rel = ["수능 국어 1교시 결시율 10% 넘어", "정시 지원 전략, 가채점부터 꼼꼼히", "수험생 할인 혜택 총정리"]
    boiler += ["뉴스홈 입시 교육정책 학교 에듀테크"] + rel + ["좋아요 12 · 댓글 3", "교육마당 구독", "ⓒ 교육마당 무단전재·재배포 및 AI학습 이용 금지"]
    return (f"뉴스홈 입시 교육정책 학교 에듀테크\n\n{a['title']}\n\n입력 {dots(a['date'])}. {a['time']} | 수정 {dots(a['date'])}. 18:40\n"
            f"{a['author']} 기자 {a['email']}\n\n교육마당 구독\n\n" + "\n\n".join(a["paras"])
            + "\n\n좋아요 12 · 댓글 3\n\n이 기사와 함께 많이 본 뉴스\n" + "\n".join(rel) + "\n\nⓒ 교육마당 무단전재·재배포 및 AI학습 이용 금지\n")

T = dict(html_full=html_full, html_og=html_og, html_sports=html_sports, html_full2=html_full2, html_little=html_little,
         html_euckr=html_euckr, dump_portal=dump_portal, dump_browser=dump_browser, dump_wire=dump_wire, dump_app=dump_app)

bad = 0
def check(page, s, what, f):
    global bad
    if s and s not in page:
        print("MISSING", f, what, repr(s)); bad += 1

for a in A:
    boiler = []
    text = T[a["form"]](a, boiler)
    path = os.path.join(PAGES, a["file"])
    with open(path, "wb") as fh:
        fh.write(text.encode(a["enc"]))
    page = open(path, "rb").read().decode(a["enc"])
    plain = html.unescape(page)
    paras = a.get("body_paras", a["paras"])
    art = {"title": a["title"], "author": a["author"]}
    if a["email"]: art["author_email"] = a["email"]
    art.update({"published": a["date"], "outlet": a["outlet"], "language": "ko", "body": "\n\n".join(paras),
                "body_must_not_contain": boiler})
    persons = [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]]
    quotes = [{"speaker": s, "text": t} for s, t in a["quotes"]]
    events = [{"name": n, "kind": k, "location": l, "date_text": d, "start_date": sd} for n, k, l, d, sd in a["events"]]
    gold = {"source": a["file"], "note": a["note"], "article": art, "persons": persons,
            "optional_persons": [a["author"]], "quotes": quotes, "optional_quotes": a.get("optional_quotes", []),
            "events": events, "must_not": {"person_names": a.get("must_not_names", []), "quote_substrings": []}}
    # checks
    f = a["file"]
    for k in ("title", "author", "author_email", "outlet"):
        check(plain, art.get(k), k, f)
    for p in paras: check(plain, p, "para", f)
    for b in boiler: check(plain, b, "boiler", f)
    for p in persons:
        check(plain, p["name"], "name", f); check(plain, p["title"], "ptitle", f); check(plain, p["organization"], "org", f)
    quoted = re.findall(r'"([^"]+)"', "\n".join(paras))
    for q in quotes:
        ok = any(" ".join(quoted[i:j]) == q["text"] for i in range(len(quoted)) for j in range(i + 1, min(i + 5, len(quoted) + 1)))
        if not ok: print("QUOTE NOT CONSECUTIVE PARTS", f, q["text"]); bad += 1
        if q["speaker"]: check(plain, q["speaker"], "speaker", f)
    for q in gold["optional_quotes"]: check(plain, q, "optq", f)
    for ev in events:
        for k in ("name", "location", "date_text"): check(plain, ev[k], "event " + k, f)
    for n in gold["must_not"]["person_names"]: check(plain, n, "must_not", f)
    base = os.path.splitext(f)[0]
    with open(os.path.join(GOLD, base + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1); fh.write("\n")
print("pages", len(A), "problems", bad)
