"""Build pages/ and gold/ of ko-heldout71 from articles.py and check them (stdlib only).

    python3 benchmarks/devset/ko-heldout71/tools/make_set.py
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES  # noqa: E402

SET = os.path.dirname(HERE)
PAGES, GOLD = os.path.join(SET, "pages"), os.path.join(SET, "gold")
esc = html.escape


def ps(a, tag="p"):
    return "\n".join(f"<{tag}>{esc(p, quote=False)}</{tag}>" for p in a["paras"])


def t_local(a):
    bp = ["전체기사 정치 경제 사회 문화 지역 오피니언", "이 기사를 공유합니다", "많이 본 뉴스",
          "저작권자 © 갈매봉일보 무단전재 및 재배포 금지", "청주시 상당구 갈매봉로 112 갈매봉일보 | 등록번호 충북 아00231"]
    rel = ["청주 도심 공영주차장 요금 내년부터 인상", "충주댐 물문화관 겨울 휴관 들어가", "제천 의림지 얼음축제 준비 한창"]
    lines = ["갈매봉일보", "로그인 | 회원가입 | 구독신청", bp[0], "홈 > 사회 > 사건사고", "", a["title"], "",
             f"{a['author']} 기자 {a['email']}", f"입력 {a['stamp']}  |  수정 {a['updated']}", "",
             *[p + "\n" for p in a["paras"]], f"{a['author']} 기자 {a['email']}", "", bp[1] + "  페이스북  트위터  카카오톡  URL복사", "",
             bp[2], *[f"{i}. {r}" for i, r in enumerate(rel, 1)], "", bp[3], bp[4], ""]
    return "\n".join(lines), bp + rel


def t_portal(a):
    bp = ["다솜포털 뉴스 홈 | 속보 | 랭킹 | 연예 | 스포츠", "곧은길경제 언론사 구독", "요약봇", "좋아요 12  훈훈해요 0  슬퍼요 1  화나요 7  후속기사 원해요 3",
          "곧은길경제 주요뉴스", "Copyright ⓒ 곧은길경제. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지."]
    rel = ["카드사 연체율 석 달째 상승…2금융권 건전성 경고등", "은행권 주택담보대출 금리 다시 오름세", "증시 마감…코스피 약보합"]
    lines = [bp[0], "", "곧은길경제", bp[1], "", a["title"], "", f"기사입력 {a['stamp']}  최종수정 {a['updated']}",
             f"{a['author']} 기자", bp[2] + "  공유  가  글자 크기", "",
             *[p + "\n" for p in a["paras"]], f"{a['author']} 기자 {a['email']}", "", bp[3], "", bp[4], *rel, "", bp[5], ""]
    return "\n".join(lines), bp + rel


def t_browser(a):
    bp = ["본문 바로가기 전체메뉴 정치 행정 의회 교육 경제", "글씨 크게 글씨 작게 인쇄하기 스크랩", "많이 본 기사",
          "(주)한밭나루뉴스 | 대전광역시 서구 둔산로 77 | 청소년보호책임자 신무영", "Copyright © 2019 한밭나루뉴스 All rights reserved."]
    rel = ["유성온천 족욕체험장 겨울철 운영시간 단축", "대전 0시 축제 결산 보고회 앞둬", "둔산동 상가 공실률 2년 만에 최고"]
    lines = ["한밭나루뉴스", bp[0], "HOME > 의회 > 시의회", "", a["title"], "", f"등록 {a['stamp']} | 업데이트 {a['updated']}",
             f"{a['author']} 기자 ({a['email']})", bp[1], "", *[p + "\n" for p in a["paras"]],
             "ⓒ 한밭나루뉴스 무단전재 및 재배포금지", "", bp[2], *rel, "", bp[3], bp[4], ""]
    return "\n".join(lines), bp + rel + ["ⓒ 한밭나루뉴스 무단전재 및 재배포금지"]


def t_wire(a):
    bp = ["전체 뉴스 | 정치 | 경제 | 사회 | 전국 | 국제", "제보는 카카오톡 mulirang_jebo", "#해경 #어선침수 #신안",
          "관련 뉴스", "<저작권자(c) 물이랑통신, 무단 전재-재배포, AI 학습 및 활용 금지>"]
    rel = ["여수 앞바다 낚싯배 좌초…승객 12명 구조", "완도 양식장 한파 대비 점검 나서", "목포 항로 짙은 안개로 여객선 통제"]
    lines = ["물이랑통신", bp[0], "", a["title"], "", f"송고시간 {a['stamp']}", "", *[p + "\n" for p in a["paras"]],
             a["email"], "", bp[1], "", bp[2], "", bp[3], *rel, "", bp[4], f"최종수정 {a['updated']}", ""]
    return "\n".join(lines), bp + rel


def head_meta(a, extra=""):
    return (f'<meta charset="utf-8">\n<title>{esc(a["title"])} - {a["outlet"]}</title>\n'
            f'<meta property="og:title" content="{esc(a["title"])}">\n<meta property="og:site_name" content="{a["outlet"]}">\n{extra}')


def t_sports(a):
    bp = ["홈 배구 야구 축구 농구 골프 e스포츠", "관련기사", "많이 본 기사", "서브에이스 | 서울 마포구 월드컵북로 5길 9 | 대표 남정길",
          "Copyright © 서브에이스. All rights reserved."]
    rel = ["여자부 선두 싸움 점입가경…승점 2 차 3파전", "트레이드 마감 앞둔 남자부 7개 구단 셈법", "올스타전 팬 투표 1차 중간 집계"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": a["stamp"], "dateModified": a["updated"],
                     "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": a["outlet"]}},
                    ensure_ascii=False)
    meta = (f'<meta property="article:published_time" content="{a["stamp"]}">\n'
            f'<meta property="article:modified_time" content="{a["updated"]}">\n'
            f'<meta name="description" content="{esc(a["paras"][0][:60])}">\n<script type="application/ld+json">{ld}</script>')
    body = f"""<!DOCTYPE html>
<html lang="ko"><head>
{head_meta(a, meta)}
</head><body>
<header><div class="logo">서브에이스</div><nav>{bp[0]}</nav></header>
<main>
<article>
<div class="sect">배구</div>
<h1 class="headline">{esc(a['title'])}</h1>
<div class="info"><span class="writer">{a['author']} 기자</span> <span class="date">입력 2026.12.07 08:15 | 수정 2026.12.07 09:40</span></div>
<div class="article-body">
<figure><img src="/img/20261207/gaon_4410.jpg" alt=""><figcaption>6일 경기에서 공격을 성공한 뒤 기뻐하는 가온스파이커스 선수들. 사진=한국배구연맹 제공</figcaption></figure>
{ps(a)}
<p class="byline">{a['author']} 기자 {a['email']}</p>
</div>
</article>
<aside><h3>{bp[1]}</h3><ul>{''.join(f'<li><a href="#">{r}</a></li>' for r in rel[:2])}</ul>
<h3>{bp[2]}</h3><ol><li><a href="#">{rel[2]}</a></li></ol></aside>
</main>
<footer><p>{bp[3]}</p><p>{bp[4]}</p></footer>
</body></html>
"""
    return body, bp + rel + ["사진=한국배구연맹 제공"]


def t_science(a):
    bp = ["과학 IT 의학 우주 환경 연구현장", "#리튬 #분리막 #해수자원", "함께 읽을 기사", "연구마루 · 대전 유성구 대학로 291 · 문의 desk@yeongumaru.kr",
          "© 2018 연구마루 All rights reserved"]
    rel = ["초전도 선재 국산화 10년…어디까지 왔나", "남극 빙하 아래 호수서 미생물 첫 확인"]
    body = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>{esc(a['title'])} | 연구마루</title>
<meta property="og:title" content="{esc(a['title'])}">
</head><body>
<div id="top"><a href="/">연구마루</a><ul class="menu"><li>{bp[0]}</li></ul></div>
<div id="content">
<h2 class="tit">{esc(a['title'])}</h2>
<p class="meta">{a['author']} 기자 | 등록 {a['stamp']}</p>
<div id="news-text">
{ps(a)}
<p>{a['author']} 기자 {a['email']}</p>
</div>
<div class="tags">{bp[1]}</div>
<div class="relbox"><strong>{bp[2]}</strong><ul>{''.join(f'<li><a href="#">{r}</a></li>' for r in rel)}</ul></div>
</div>
<div id="foot"><p>{bp[3]}</p><p>{bp[4]}</p></div>
</body></html>
"""
    return body, bp + rel


def t_culture(a):
    bp = ["공연 전시 영화 방송 음악 인터뷰", "포토 갤러리", "객석너머 | 서울 종로구 대학로12길 31 3층 | 제보 tip@gaekseokneomeo.com",
          "ⓒ 객석너머 무단전재 및 재배포 금지"]
    rel = ["연말 대학로 창작 뮤지컬 개막 러시", "소극장 연극 관객 3년 만에 회복세"]
    meta = f'<meta property="og:description" content="{esc(a["paras"][0][:50])}">\n'
    body = f"""<!DOCTYPE html>
<html lang="ko"><head>
{head_meta(a, meta)}
</head><body>
<div class="gnb"><span class="logo">객석너머</span> {bp[0]}</div>
<div class="view">
<div class="view-head"><h1>{esc(a['title'])}</h1>
<div class="view-info">입력 {a['stamp']} · 수정 {a['updated']}</div></div>
<div class="view-body" itemprop="articleBody">
<figure><img src="/photo/881_1.jpg"><figcaption>11일 서울 대학로에서 열린 뮤지컬 첫 공연의 커튼콜 장면. [사진 달무리컴퍼니]</figcaption></figure>
{ps(a)}
</div>
<div class="reporter"><b>{a['author']} 기자</b> <a href="mailto:{a['email']}">{a['email']}</a> 기자의 다른 기사 보기</div>
<div class="photo-list"><h4>{bp[1]}</h4><ul>{''.join(f'<li><a href="#">{r}</a></li>' for r in rel)}</ul></div>
</div>
<footer>{bp[2]}<br>{bp[3]}</footer>
</body></html>
"""
    return body, bp + rel + ["[사진 달무리컴퍼니]"]


def t_politics(a):
    bp = ["외교마당 홈 > 외교 > 양자외교", "페이스북 공유 엑스 공유 링크 복사", "이 기자의 다른 기사", "관련 기사",
          "외교마당 | 서울 종로구 사직로 8길 24 | 발행·편집인 윤정모", "Copyright © 외교마당. 무단 전재 및 재배포 금지."]
    rel = ["한-중앙아 외교장관회의 내년 서울 개최 합의", "재외공관 영사 민원 온라인 창구 확대", "다자외교 예산 8% 늘어"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": a["stamp"], "dateModified": a["updated"],
                     "author": [{"@type": "Person", "name": a["author"]}]}, ensure_ascii=False)
    meta = (f'<meta property="article:published_time" content="{a["stamp"]}">\n'
            f'<meta property="article:modified_time" content="{a["updated"]}">\n<meta name="author" content="{a["author"]}">\n'
            f'<script type="application/ld+json">{ld}</script>')
    body = f"""<!DOCTYPE html>
<html lang="ko"><head>
{head_meta(a, meta)}
</head><body>
<header class="site"><a class="brand" href="/">외교마당</a></header>
<nav class="crumb">{bp[0]}</nav>
<article class="post">
<h1>{esc(a['title'])}</h1>
<p class="dates"><time datetime="{a['stamp']}">2026-12-16 06:30</time> 최종수정 2026-12-16 07:12</p>
<div class="share">{bp[1]}</div>
<section class="content">
{ps(a)}
</section>
<div class="writer-box"><p>{a['author']} 기자 {a['email']}</p><p>{bp[2]}</p></div>
</article>
<section class="related"><h2>{bp[3]}</h2><ul>{''.join(f'<li><a href="#">{r}</a></li>' for r in rel)}</ul></section>
<footer><p>{bp[4]}</p><p>{bp[5]}</p></footer>
</body></html>
"""
    return body, bp + rel


def t_economy(a):
    bp = ["유통 산업 금융 부동산 소비자", "[관련기사]", "유통소리 뉴스레터를 받아보세요 구독하기", "유통소리 | 서울 영등포구 국제금융로 2 | 등록 2015.03.02",
          "COPYRIGHT © 2015 유통소리 ALL RIGHTS RESERVED."]
    rel = ["편의점 도시락 매출 겨울에도 두 자릿수 증가", "대형마트 의무휴업 평일 전환 지역 늘어"]
    body = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>{esc(a['title'])} :: 유통소리</title>
<meta name="description" content="{esc(a['paras'][0][:70])}">
</head><body>
<div class="hd"><b>유통소리</b> <span>{bp[0]}</span></div>
<div class="wrap">
<h3 class="art-title">{esc(a['title'])}</h3>
<div class="art-by">{a['author']} 기자 ({a['email']}) | 승인 {a['stamp']}</div>
<div class="art-txt">
{ps(a)}
<div class="rel-box"><p>{bp[1]}</p><ul>{''.join(f'<li><a href="#">{r}</a></li>' for r in rel)}</ul></div>
</div>
<div class="sub-box">{bp[2]}</div>
</div>
<div class="ft">{bp[3]}<br>{bp[4]}</div>
</body></html>
"""
    return body, bp + rel


def t_euckr(a):
    bp = ["홈 | 문화유산 | 전시 | 공연 | 학술 | 인물", "인쇄하기 | 메일보내기 | 목록", "문화새김 최신기사",
          "(주)문화새김 경북 경주시 원화로 281 | 전화 054-000-1187", "Copyright(c) 2009 munhwasaegim.co.kr All rights reserved."]
    rel = ["안동 하회마을 고택 겨울철 화재 점검", "고령 대가야 고분군 탐방로 새단장"]
    rows = "\n".join(f'<tr><td class="txt"><font size="3">{esc(p, quote=False)}</font></td></tr>' for p in a["paras"])
    body = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{esc(a['title'])}</title>
</head>
<body bgcolor="#ffffff">
<table width="960" border="0" cellpadding="0" cellspacing="0">
<tr><td><font size="5"><b>문화새김</b></font></td><td align="right"><font size="2">{bp[0]}</font></td></tr>
</table>
<table width="960" border="0" cellpadding="4" cellspacing="0">
<tr><td class="title"><font size="4"><b>{esc(a['title'])}</b></font></td></tr>
<tr><td><font size="2" color="#666666">{a['author']} 기자 | 기사입력 {a['stamp']}</font></td></tr>
<tr><td align="right"><font size="2">{bp[1]}</font></td></tr>
{rows}
<tr><td><font size="2">{a['author']} 기자 {a['email']}</font></td></tr>
</table>
<table width="960" border="0"><tr><td><b>{bp[2]}</b></td></tr>
{''.join(f'<tr><td><a href="#">{r}</a></td></tr>' for r in rel)}
</table>
<table width="960" border="0"><tr><td align="center"><font size="2">{bp[3]}<br>{bp[4]}</font></td></tr></table>
</body>
</html>
"""
    return body, bp + rel


FORMS = {"local": t_local, "portal": t_portal, "browser": t_browser, "wire": t_wire, "sports": t_sports,
         "science": t_science, "culture": t_culture, "politics": t_politics, "economy": t_economy, "euckr": t_euckr}


def gold_of(a, boiler):
    return {
        "source": a["file"],
        "note": a["note"],
        "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"],
                    "outlet": a["outlet"], "language": "ko", "body": "\n".join(a["paras"]), "body_must_not_contain": boiler},
        "persons": a["persons"], "optional_persons": a["optional_persons"],
        "quotes": a["quotes"], "events": a["events"], "must_not": a["must_not"],
    }


QUOTE_RE = re.compile(r'"([^"]+)"|“([^”]+)”')


def check(a, page_text, g):
    errs = []
    def on(s, what):
        if s and s not in page_text:
            errs.append(f"{what} not on page: {s!r}")
    ga = g["article"]
    for k in ("title", "author", "author_email", "outlet"):
        on(ga[k], k)
    for p in a["paras"]:
        on(p, "paragraph")
    for b in ga["body_must_not_contain"]:
        on(b, "boilerplate")
        if b in ga["body"]:
            errs.append(f"boilerplate in gold body: {b!r}")
    for p in g["persons"]:
        on(p["name"], "person"); on(p["title"], "title"); on(p["organization"], "org")
        if p["name"] not in ga["body"]:
            errs.append(f"person not in body: {p['name']}")
    for n in g["optional_persons"]:
        if not re.fullmatch(r"[A-Z]씨", n):  # anonymised A(41)씨 is written with the age between
            on(n, "optional person")
    for q in g["quotes"]:
        on(q["text"], "quote"); on(q["speaker"], "speaker")
    for e in g["events"]:
        on(e["location"], "event location"); on(e["date_text"], "date_text")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["start_date"] or ""):
            errs.append(f"bad start_date {e}")
    for n in g["must_not"]["person_names"]:
        on(n, "must_not")
    gq = [q["text"] for q in g["quotes"]] + g.get("optional_quotes", [])
    for m in QUOTE_RE.finditer(ga["body"]):
        t = m.group(1) or m.group(2)
        if t not in gq:
            errs.append(f"quoted part without a gold row: {t!r}")
    for t in gq:
        if f'"{t}"' not in ga["body"] and f"“{t}”" not in ga["body"]:
            errs.append(f"gold quote not a quoted part of the body: {t!r}")
    if not a["published"].startswith(("2026-11", "2026-12", "2027-01")):
        errs.append("published out of range")
    return errs


def main():
    os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    html_n = txt_n = 0
    bad = 0
    for a in ARTICLES:
        text, boiler = FORMS[a["form"]](a)
        path = os.path.join(PAGES, a["file"])
        if a["form"] == "euckr":
            data = text.encode("euc-kr")
        else:
            data = text.encode("utf-8")
        open(path, "wb").write(data)
        decoded = data.decode("cp949") if a["form"] == "euckr" else data.decode("utf-8")
        html_n += a["file"].endswith(".html"); txt_n += a["file"].endswith(".txt")
        g = gold_of(a, boiler)
        stem = os.path.splitext(a["file"])[0]
        with open(os.path.join(GOLD, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
        # HTML pages: compare against the unescaped text
        page_text = html.unescape(decoded) if a["file"].endswith(".html") else decoded
        errs = check(a, page_text, g)
        n = len(a["paras"])
        if not 7 <= n <= 10:
            errs.append(f"{n} paragraphs")
        if not 1 <= len(a["persons"]) <= 6:
            errs.append("person count")
        for e in errs:
            print(a["file"], "!!", e)
        bad += len(errs)
    print(f"{len(ARTICLES)} pages ({html_n} HTML, {txt_n} text), {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
