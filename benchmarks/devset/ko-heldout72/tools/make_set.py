"""Templates, gold files and the check of ko-heldout72. Run: python tools/make_set.py (stdlib only)."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
e = html.escape

def boiler(a):
    o = a["outlet"]
    return {
        "t_select": ["홈 | 사건·사고 | 법원·검찰 | 로펌 | 오피니언", "글자크기 조절 | 공유하기 | 인쇄", "관련기사",
                     "검찰, 코인 발행사 압수수색…상장 뒷거래 의혹", f"Copyright ⓒ {o} All rights reserved.", "무단 전재 및 재배포 금지"],
        "h_modern": ["부동산 | 분양 | 재건축 | 전월세", "이 기사와 함께 읽은 기사", "수도권 12월 분양 물량 3만가구…연중 최대",
                     f"ⓒ {o}. 무단전재-재배포 금지", "기자 구독하기"],
        "h_br": ["많이 본 기사", "서해선 연장 구간 착공 연기", f"Copyright © {o}. All rights reserved.", "#GTX #수원역"],
        "h_sports": ["골프 | 야구 | 축구 | 농구", "실시간 랭킹", "LPGA 신인왕 경쟁 막판 안갯속", f"저작권자 © {o} 무단전재 및 재배포 금지"],
        "h_euckr": ["문화 | 학술 | 유산 | 전시", "이 기사를 친구에게", "[문화마당일보] 구독신청 안내", f"Copyright 2009 {o}. All rights reserved."],
        "t_local": [f"{o} | 지역 | 대구·경북", "페이스북 트위터 밴드 카카오스토리", "이 기사 좋아요 3", f"ⓒ {o} 무단전재 및 재배포금지", "많이 본 기사", "달성군, 겨울철 한파 쉼터 120곳 운영"],
        "h_time": ["뉴스 | 리뷰 | e스포츠 | 인디", "공유하기", "관련기사", "모바일 게임 매출 순위 지각변동", "댓글 0", f"© {o} All rights reserved"],
        "t_wire": [f"{o} | 정치 | 국방", "공유 | 댓글 | 글자크기조정 | 인쇄", "제보는 카카오톡 smkjebo",
                   f"<저작권자(c) {o}, 무단 전재-재배포, AI 학습 및 활용 금지>", "2026/12/14 10:21 송고", "관련 뉴스", "해군, 동해서 기뢰 탐색 훈련"],
        "t_portal": ["뉴스두레마당 | 뉴스 홈 | 사회", "언론사 구독", "댓글 24 | 요약봇 | 공유", "이 기사를 추천합니다 좋아요 12 훈훈해요 0 슬퍼요 7",
                     f"Copyright ⓒ {o}. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.", f"{o} 주요뉴스", "해남 오리농장 AI 확진…반경 10㎞ 이동제한"],
        "h_meta": ["제약 | 바이오 | 의료기기 | 병원", "관련기사", "국내 바이오 기술이전 올해 10조 돌파", f"저작권자 © {o} 무단전재 및 재배포 금지", "구독신청"],
    }[a["form"]]

def page(a):
    b, f, o, t = boiler(a), a["form"], a["outlet"], a["title"]
    ps, au, em, st = a["paras"], a["author"], a["email"], a["stamp"]
    if f.startswith("t_"):
        body = "\n\n".join(ps)
        if f == "t_select":
            return "\n".join([o, "로그인 회원가입", b[0], "법원·검찰", "", t, "", f"{au} 기자 입력 {st[0]} 수정 {st[1]}", b[1], "", body, "",
                              f"{au} 기자 {em}", "", b[2], b[3], "금감원, 가상자산 불공정거래 조사 인력 두 배로", "", b[4], b[5], ""])
        if f == "t_local":
            return "\n".join([b[0], "", t, f"{au} 기자 | 기사입력 {st[0]}", "", body, "", f"{au} 기자 {em}", "", b[1], b[2], b[3], "", b[4], b[5], ""])
        if f == "t_wire":
            return "\n".join([b[0], "", t, f"송고시간{st[0]}", b[1], "", body, "", em, b[2], b[4], b[3], "", b[5], b[6], ""])
        if f == "t_portal":
            return "\n".join([b[0], "", o, b[1], "", t, "", f"입력 2027.01.08. 오전 9:12 기사원문", b[2], "", body, "",
                              f"{au} 기자 {em}", "", b[4], "", b[3], "", b[5], b[6], ""])
    paras_p = "\n".join(f"<p>{e(p)}</p>" for p in ps)
    if f == "h_modern":
        return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{e(t)} - {o}</title>
<meta property="og:title" content="{e(t)}"><meta property="og:site_name" content="{o}">
<meta property="article:published_time" content="2026-12-04T09:30:00+09:00"></head><body>
<header><div class="logo">{o}</div><nav>{b[0]}</nav></header>
<main><h1 class="headline">{e(t)}</h1><div class="info"><span class="writer">{au} 기자</span> <span>입력 {st[0]}</span> <span>수정 {st[1]}</span></div>
<div id="article-body">{paras_p}</div>
<div class="reporter-box"><b>{au} 기자</b> <a href="mailto:{em}">{em}</a> <button>{b[4]}</button></div>
<aside><h3>{b[1]}</h3><ul><li>{b[2]}</li><li>화성 동탄 전셋값 3주 연속 올라</li></ul></aside></main>
<footer>{b[3]}</footer></body></html>"""
    if f == "h_br":
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2026-12-28T15:40:00+09:00",
                         "author": {"@type": "Person", "name": au}, "publisher": {"@type": "Organization", "name": o}}, ensure_ascii=False)
        return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{e(t)} | {o}</title>
<script type="application/ld+json">{ld}</script></head><body>
<div class="gnb"><a href="/">{o}</a> <a>철도</a> <a>도로</a> <a>항공</a></div><div class="breadcrumb">홈 &gt; 철도 &gt; 광역철도</div>
<h2 class="tit">{e(t)}</h2><div class="date">기사입력 {st[0]}</div>
<div class="news_txt">{"<br><br>".join(e(p) for p in ps)}<br><br>{au} 기자 {em}</div>
<div class="tags">{b[3]}</div>
<div class="rank"><h4>{b[0]}</h4><ol><li>{b[1]}</li><li>KTX 설 승차권 예매 일정 나왔다</li></ol></div>
<footer>{b[2]}</footer></body></html>"""
    if f == "h_sports":
        return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{o}</title>
<meta property="og:title" content="{e(t)}"><meta property="og:description" content="{e(ps[0])}"></head><body>
<div class="top"><span class="logo">{o}</span><ul class="menu"><li>{b[0]}</li></ul></div>
<div class="view"><h1>{e(t)}</h1><div class="byline">{au} 기자 | 승인 {st[0]}</div>
<article>{paras_p}<p class="mail">{au} 기자 {em}</p></article></div>
<div class="side"><h3>{b[1]}</h3><ol><li>{b[2]}</li><li>K리그 겨울 이적시장 개막</li></ol></div>
<footer><p>{b[3]}</p></footer></body></html>"""
    if f == "h_euckr":
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><title>{o} - {e(t)}</title></head>
<body bgcolor="#ffffff"><table width="980" border="0" cellpadding="0" cellspacing="0"><tr><td><font size="5"><b>{o}</b></font></td></tr>
<tr><td bgcolor="#eeeeee"><font size="2">{b[0]}</font></td></tr></table>
<table width="980"><tr><td width="700" valign="top">
<table width="100%"><tr><td class="title"><font size="4"><b>{e(t)}</b></font></td></tr>
<tr><td><font size="2" color="#666666">등록일 : {st[0]} | {au} 기자</font></td></tr>
<tr><td class="article"><font size="3">{"<br><br>".join(e(p) for p in ps)}<br><br>{au} 기자 {em}</font></td></tr>
<tr><td><a href="#">{b[1]}</a> | <a href="#">인쇄하기</a></td></tr></table></td>
<td width="280" valign="top"><font size="2">{b[2]}</font></td></tr></table>
<table width="980"><tr><td align="center"><font size="1">{b[3]}</font></td></tr></table></body></html>"""
    if f == "h_time":
        return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{e(t)} &lt; 뉴스 &lt; {o}</title>
<meta property="og:site_name" content="{o}"></head><body>
<header><a class="brand">{o}</a><nav>{b[0]}</nav></header>
<article><h1>{e(t)}</h1><p class="by">{au} 기자 <a href="mailto:{em}">{em}</a> · <time datetime="{st[0]}">2026.12.09 07:00</time></p>
<div class="share">{b[1]}</div><div class="article-body">{paras_p}</div></article>
<section class="related"><h3>{b[2]}</h3><ul><li>{b[3]}</li><li>인디게임 공모전 수상작 발표</li></ul></section>
<div class="comments">{b[4]}</div><footer>{b[5]}</footer></body></html>"""
    if f == "h_meta":
        return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{e(t)} - {o}</title>
<meta name="author" content="{au}"><meta property="og:title" content="{e(t)}"><meta property="og:site_name" content="{o}"></head><body>
<div id="header"><span>{o}</span> <span class="menu">{b[0]}</span> <a>{b[4]}</a></div>
<div id="article"><h3 class="headline">{e(t)}</h3><div class="byline">{au} 기자 | 입력 {st[0]}</div>
<div class="content">{paras_p}<p>{au} 기자 {em}</p><p class="copy">{b[3]}</p></div></div>
<div class="rel"><h4>{b[1]}</h4><ul><li>{b[2]}</li><li>식약처, 희귀질환 신약 심사 기간 단축</li></ul></div>
<footer>{o} | 서울시 중구 | 등록번호 서울 아00000</footer></body></html>"""
    raise ValueError(f)

def gold(a):
    g = {"source": a["file"], "note": a["note"],
         "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"],
                     "outlet": a["outlet"], "language": "ko", "body": "\n\n".join(a["paras"]), "body_must_not_contain": boiler(a)},
         "persons": a["persons"], "optional_persons": [a["author"]], "quotes": a["quotes"],
         "optional_quotes": a.get("optional_quotes", []), "events": a["events"]}
    if a.get("must_not"):
        g["must_not"] = a["must_not"]
    return g

def check(a, g, raw):
    text = raw.decode("cp949") if a["form"] == "h_euckr" else raw.decode("utf-8")
    dec = html.unescape(text)
    errs = []
    def need(s, what):
        if s and s not in dec:
            errs.append(f"{what} not on page: {s!r}")
    ga = g["article"]
    for k in ("title", "author", "author_email", "outlet"):
        need(ga[k], k)
    for p in a["paras"]:
        need(p, "paragraph")
    for s in ga["body_must_not_contain"]:
        need(s, "boilerplate")
        if s in ga["body"]:
            errs.append(f"boilerplate in gold body: {s!r}")
    for p in g["persons"]:
        for k in ("name", "title", "organization"):
            need(p[k], "person " + k)
    for q in g["quotes"]:
        need(q["text"], "quote")
        if q["speaker"]:
            need(q["speaker"], "speaker")
    for ev in g["events"]:
        need(ev["location"], "event location"); need(ev["date_text"], "event date_text"); need(ev["name"], "event name")
    qs = {q["text"] for q in g["quotes"]} | set(g["optional_quotes"])
    for m in re.findall(r'"([^"]+)"', ga["body"]):
        if m not in qs:
            errs.append(f"quoted part with no gold row: {m!r}")
    if not (7 <= len(a["paras"]) <= 10):
        errs.append("paragraph count")
    if a["form"] == "h_euckr" and b"charset=euc-kr" not in raw:
        errs.append("no charset meta")
    return errs

def main():
    bad = 0
    for a in ARTICLES:
        src = page(a)
        raw = src.encode("euc_kr") if a["form"] == "h_euckr" else src.encode("utf-8")
        with open(os.path.join(PAGES, a["file"]), "wb") as fh:
            fh.write(raw)
        g = gold(a)
        with open(os.path.join(GOLD, os.path.splitext(a["file"])[0] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1); fh.write("\n")
        for err in check(a, g, raw):
            bad += 1; print(a["file"], err)
    print(f"{len(ARTICLES)} pages, {bad} problems")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
