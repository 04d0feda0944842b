"""Make pages and gold of ko-heldout55 from articles.py, then check them (stdlib only)."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import A

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = lambda s: html.escape(s, quote=False)
EA = lambda s: html.escape(s, quote=True)

def hhmm(a):
    return a.get("time", "T00:00")[11:16]

def dotdate(a):
    return a["published"].replace("-", ".")

def related(items, tag="li"):
    return "".join(f"<{tag}><a href=\"/news/{1000+i}\">{E(t)}</a></{tag}>" for i, t in enumerate(items))

def paras_html(a, cls=""):
    return "\n".join(f"<p{cls}>{E(p)}</p>" for p in a["paras"])

def page(a):
    f, t = a["form"], a["title"]
    if f == "html_full":
        bp = ["테크누리 - 모바일·IT 전문 미디어", "[단독] 중고폰 시세 석 달 새 12% 뚝", "폴더블 패널 수율 경쟁 2라운드", "Copyright © 2026 테크누리. All rights reserved."]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": a["time"],
              "dateModified": a["time"].replace("07:30", "09:05"), "author": {"@type": "Person", "name": a["author"] + " 기자"},
              "publisher": {"@type": "Organization", "name": "테크누리"}}
        return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t)} - 테크누리</title>
<meta name="description" content="{EA(a['paras'][0])}">
<meta property="og:type" content="article"><meta property="og:site_name" content="테크누리">
<meta property="og:title" content="{EA(t)}"><meta property="og:url" content="https://www.technuri.kr/news/articleView.html?idxno=4471">
<meta property="article:published_time" content="{a['time']}"><meta property="article:section" content="{a['section']}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<header><div class="logo"><a href="/">{bp[0]}</a></div>
<nav><ul><li><a href="/mobile">모바일</a></li><li><a href="/pc">PC·가전</a></li><li><a href="/game">게임</a></li><li><a href="/biz">IT비즈</a></li><li><a href="/review">리뷰</a></li></ul></nav></header>
<main><article><div class="article-head"><span class="sec">{a['section']}</span><h1 class="headline">{E(t)}</h1>
<div class="info"><span class="writer">{a['author']} 기자</span> <span class="date">입력 {dotdate(a)} {hhmm(a)}</span> <span class="date">수정 {dotdate(a)} 09:05</span></div></div>
<div id="articleBody">
{paras_html(a)}
<p class="byline">{a['author']} 기자 {a['email']}</p>
</div></article>
<aside><h3>관련기사</h3><ul>{related([bp[1], bp[2], "보급형 5G폰 40만원대 격전"])}</ul></aside></main>
<footer><p>서울특별시 마포구 테크로 21 · 대표전화 02-000-4471 · 청소년보호책임자 변우담</p><p>{bp[3]}</p></footer>
</body></html>
""", bp
    if f == "html_little":
        bp = ["진료실타임즈 | 의료·병원 뉴스", "많이 본 뉴스", "전공의 복귀율 60% 넘어", "ⓒ 진료실타임즈 무단전재 및 재배포 금지"]
        return f"""<html><head><meta charset="utf-8"><title>{E(t)}</title></head>
<body><div id="top"><a href="/">{bp[0]}</a> | <a href="/hospital">병원</a> | <a href="/policy">정책</a> | <a href="/pharm">제약</a> | <a href="/people">사람들</a></div>
<div id="content"><div class="view-title"><h2>{E(t)}</h2></div>
<div class="view-info">진료실타임즈 {a['author']} 기자 | 등록 {a['shown']}</div>
<div class="view-body">
{paras_html(a)}
</div>
<div class="reporter-box">{a['author']} 기자 ({a['email']})</div>
<div class="side"><h4>{bp[1]}</h4><ol>{related([bp[2], "상급종합병원 병상 감축 2단계 시작", "응급실 뺑뺑이 올해 들어 줄었다"])}</ol></div></div>
<div id="footer">대구광역시 중구 동덕로 00 진료실빌딩 3층 · 등록번호 대구 아00231<br>{bp[3]}</div>
</body></html>
""", bp
    if f == "html_og":
        bp = ["스포츠온빛 홈", "가을 마라톤 시즌 개막, 주말마다 5개 대회", "[포토] 결승선 앞 마지막 스퍼트", "Copyright (c) 2026 SportsOnbit All Rights Reserved."]
        return f"""<!doctype html>
<html lang="ko"><head><meta charset="UTF-8">
<title>{E(t)} | 스포츠온빛</title>
<meta property="og:site_name" content="스포츠온빛"><meta property="og:title" content="{EA(t)}">
<meta property="og:description" content="{EA(a['paras'][0])}"><meta property="og:image" content="https://img.sportsonbit.com/2026/10/19/5580.jpg">
<meta property="article:published_time" content="{a['time']}"><meta property="article:section" content="{a['section']}">
</head><body>
<div class="gnb"><a href="/" class="home">{bp[0]}</a><a href="/baseball">야구</a><a href="/football">축구</a><a href="/athletics">육상</a><a href="/golf">골프</a></div>
<div class="article"><p class="cat">{a['section']}</p><h1>{E(t)}</h1>
<p class="meta">{a['author']} 기자 <span>{a['email']}</span> · 입력 {a['published']} {hhmm(a)}</p>
<figure><img src="/photo/5580.jpg" alt=""><figcaption>18일 청주종합운동장 결승선을 통과하는 선두 그룹. 스포츠온빛 DB</figcaption></figure>
<div class="txt">
{paras_html(a)}
</div></div>
<div class="relnews"><strong>관련 뉴스</strong><ul>{related([bp[1], bp[2], "하프코스 국내 기록 11년 만에 깨질까"])}</ul></div>
<div class="foot">스포츠온빛 · 충북 청주시 상당구 상당로 00 · 제보 news@sportsonbit.com<br>{bp[3]}</div>
</body></html>
""", bp
    if f == "html_euckr":
        bp = ["씬온뉴스 - 방송·연예 소식", "[포토] 차유나, 청순 미모 발산", "주말극 시청률 1위 탈환", "Copyright ⓒ 씬온뉴스. 무단전재 및 재배포금지"]
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{E(t)}</title><meta name="description" content="{EA(a['paras'][0])}"></head>
<body><table width="980" border="0" cellpadding="0" cellspacing="0"><tr><td class="top"><a href="/">{bp[0]}</a> &nbsp; <a href="/bangsong">방송</a> <a href="/movie">영화</a> <a href="/music">가요</a> <a href="/star">스타</a></td></tr>
<tr><td><table width="660"><tr><td class="tit"><b>{E(t)}</b></td></tr>
<tr><td class="day">입력 : {a['shown']} | {a['author']} 기자</td></tr>
<tr><td class="txt">
{paras_html(a)}
<br>{a['author']} 기자 {a['email']}
</td></tr></table></td>
<td width="300" valign="top"><b>이 시각 인기기사</b><br>{related([bp[1], bp[2], "새벽 정거장 캐스팅 완료"], "div")}</td></tr>
<tr><td colspan="2" class="copy">서울시 마포구 월드컵로 00 씬온빌딩 | 발행인 겸 편집인 탁예버<br>{bp[3]}</td></tr></table>
</body></html>
""", bp
    if f == "html_jsonld":
        bp = ["미래도시일보", "서울 버스 심야노선 5개 늘린다", "경기도 광역버스 요금도 오를까", "© 미래도시일보 All rights reserved. 무단 전재-재배포 금지"]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": a["time"],
              "author": [{"@type": "Person", "name": a["author"], "email": a["email"]}],
              "publisher": {"@type": "Organization", "name": "미래도시일보"}}
        return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{E(t)} - 미래도시일보</title>
<meta name="date" content="{a['published']}">
<meta property="og:title" content="{EA(t)}"><meta property="og:site_name" content="미래도시일보">
<meta property="og:url" content="https://www.miraedosi.kr/news/3390">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><div class="hd"><a class="logo" href="/">{bp[0]}</a><ul class="menu"><li>정치</li><li>사회</li><li>경제</li><li>교통</li><li>부동산</li><li>오피니언</li></ul></div>
<div class="wrap"><div class="art"><h1 class="tit">{E(t)}</h1>
<div class="byline"><a href="mailto:{a['email']}">{a['author']} 기자</a> <time datetime="{a['time']}">{dotdate(a)} {hhmm(a)}</time></div>
<div class="cont">
{paras_html(a)}
</div></div>
<div class="rel"><h3>함께 본 기사</h3><ul>{related([bp[1], bp[2], "지하철 무임승차 국비 지원 법안 또 계류"])}</ul></div></div>
<div class="ft">미래도시일보 | 서울 중구 세종대로 00 | 대표전화 02-000-3390<br>{bp[3]}</div>
</body></html>
""", bp
    if f == "html_og2":
        bp = ["골목온기뉴스 - 사람 사는 이야기", "구세군 자선냄비 시종식 열려", "홀몸노인 김장 나눔에 300명 손 보태", "Copyright © 2026 골목온기뉴스 All rights reserved."]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": a["time"],
              "author": {"@type": "Person", "name": a["author"]}}
        return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{E(t)} - 골목온기뉴스</title>
<meta property="og:type" content="article"><meta property="og:title" content="{EA(t)}">
<meta property="og:site_name" content="골목온기뉴스"><meta property="article:published_time" content="{a['time']}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><header><h1 class="logo"><a href="/">{bp[0]}</a></h1><nav><a href="/local">지역</a> <a href="/welfare">복지</a> <a href="/people">사람</a> <a href="/culture">문화</a></nav></header>
<div class="breadcrumb">홈 &gt; 지역 &gt; 인천</div>
<article><h2 class="article-title">{E(t)}</h2>
<div class="article-info"><span>{a['author']} 기자</span> <span>승인 {dotdate(a)} {hhmm(a)}</span></div>
<figure><img src="/img/118.jpg" alt=""><figcaption>5일 인천 동구 송림동에서 자원봉사자들이 연탄을 나르고 있다. 온기나눔연탄은행 제공</figcaption></figure>
<div class="article-body">
{paras_html(a)}
<p>{a['author']} 기자 {a['email']}</p>
</div></article>
<section class="related"><h3>관련기사</h3><ul>{related([bp[1], bp[2]])}</ul></section>
<section class="popular"><h3>많이 본 뉴스</h3><ol>{related(["동네 빵집 30년, 마지막 영업일", "인천 첫 한파특보"])}</ol></section>
<footer>골목온기뉴스 · 인천광역시 남동구 00로 · 발행·편집인 설라온<br>{bp[3]}</footer>
</body></html>
""", bp
    body = "\n\n".join(a["paras"])
    if f == "txt_site":
        bp = ["로그인 회원가입 구독신청", "검찰, 지자체 출연기관 채용비리 수사 확대", "Copyright ⓒ 법정프리즘 All rights reserved."]
        return f"""본문 바로가기
법정프리즘
{bp[0]}
법원·검찰 입법·국회 로펌 판결 칼럼
홈 > {a['section']}
{t}
{a['author']} 기자 | 입력 {dotdate(a)} 06:00 | 수정 {dotdate(a)} 09:12
글자크기 인쇄 공유

{body}

{a['author']} 기자 {a['email']}

관련기사
{bp[1]}
공공기관 보조금 부정수급 3년간 1200억
법정프리즘 | 서울 서초구 서초대로 00 | 등록번호 서울 아00000
{bp[2]}
""", bp
    if f == "txt_portal":
        bp = ["전체메뉴 농업 농촌 유통 정책 오피니언", "배추값 한 달 새 30% 올라", "저작권자 © 농민한빛신문 무단전재 및 재배포 금지"]
        return f"""농민한빛신문
{bp[0]}
홈 > {a['section']}
{t}
입력 {a['published']} 17:20  수정 {a['published']} 18:02
{a['author']} 기자

{body}

{a['author']} 기자 {a['email']}

{bp[2]}
관련기사
{bp[1]}
올해 쌀 적정생산 목표 8만㏊ 감축
농민한빛신문 · 서울 서대문구 충정로 00 · 대표전화 02-000-1008
""", bp
    if f == "txt_site2":
        bp = ["교육온뉴스 대학 초중고 입시 교육정책 에듀테크", "가장 많이 본 기사", "지방 국립대 등록금 동결 17년째", "Copyright © 교육온뉴스. All rights reserved."]
        return f"""{bp[0]}
{t}
기사입력 {a['published']} 10:31 | 최종수정 {a['published']} 13:05

{body}

{a['author']} 기자 ({a['email']})

{bp[1]}
1 {bp[2]}
2 2027학년도 수시 경쟁률 발표
3 사립대 교수 정년 연장 논의
교육온뉴스 | 세종특별자치시 한누리대로 00 | 청소년보호책임자 여하윤
{bp[3]}
""", bp
    if f == "txt_wire":
        bp = ["송고시간2026-05-21 09:47", "#북한 #탄도미사일 #NSC #합참", "<저작권자(c) 새날통신, 무단 전재-재배포, AI 학습 및 활용 금지>"]
        return f"""새날통신 > 정치 > 북한
{t}
{bp[0]}
공유 댓글 글자크기조정 인쇄

{body}

{a['email']}

{bp[1]}
{bp[2]}
""", bp
    raise ValueError(f)

def gold(a, bp):
    g = {"source": a["file"], "note": a["note"],
         "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"],
                     "outlet": a["outlet"], "language": "ko", "body": "\n".join(a["paras"]), "body_must_not_contain": bp},
         "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
         "optional_persons": a["optional_persons"],
         "quotes": [{"speaker": s, "text": " ".join(parts)} for s, parts in a["quotes"]],
         "optional_quotes": a["optional_quotes"],
         "events": [{"name": n, "kind": k, "location": l, "date_text": d, "start_date": sd} for n, k, l, d, sd in a["events"]],
         "must_not": {"person_names": a["must_not_names"], "quote_substrings": a["must_not_quotes"]}}
    return g

def main():
    os.makedirs(f"{ROOT}/pages", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    bad = 0
    for a in A:
        text, bp = page(a)
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        with open(f"{ROOT}/pages/{a['file']}", "wb") as fh:
            fh.write(text.encode(enc))
        g = gold(a, bp)
        stem = os.path.splitext(a["file"])[0]
        with open(f"{ROOT}/gold/{stem}.expected.json", "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1); fh.write("\n")
        # check against the decoded page
        raw = open(f"{ROOT}/pages/{a['file']}", "rb").read().decode(enc)
        dec = html.unescape(raw)
        need = [a["title"], a["author"], a["email"], a["outlet"]] + bp + a["paras"]
        for n, t, o in a["persons"]:
            need += [n] + [x for x in (t, o) if x]
        for s, parts in a["quotes"]:
            need += parts + ([s] if s else [])
            for p in parts:
                if f'"{p}"' not in dec: print(a["file"], "quote part not in marks:", p); bad += 1
        need += a["optional_quotes"] + a["optional_persons"] + a["must_not_names"] + a["must_not_quotes"]
        for n, k, l, d, sd in a["events"]:
            need += [n, d] + ([l] if l else [])
        for s in need:
            if s not in dec: print(a["file"], "missing:", s); bad += 1
        # body boilerplate must not be inside the paragraphs
        for s in bp:
            if any(s in p for p in a["paras"]): print(a["file"], "boilerplate in body:", s); bad += 1
    print("pages", len(A), "problems", bad)
    return bad

if __name__ == "__main__":
    sys.exit(1 if main() else 0)
