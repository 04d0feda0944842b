# Builds pages/ and gold/ of ko-heldout51 from articles.py, then checks the gold against the decoded pages.
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import A
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape

def dotdate(d, sep="."): return d.replace("-", sep)

def html_full(a):  # full meta: og, article:published_time, JSON-LD, nav, related, footer
    d = a["published"]
    nav = ["정치", "경제", "사회", "전국", "국제", "문화", "스포츠", "오피니언"]
    rel = ["영동 산간 대설경보…출근길 교통 통제 잇따라", "강릉시, 제설 취약구간 23곳 집중 관리", "한파 쉼터 운영시간 밤 10시까지 연장"]
    foot = "Copyright ⓒ 하늬솔일보 All rights reserved. 무단 전재 및 재배포 금지"
    body = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": d + "T10:42:00+09:00", "dateModified": d + "T15:08:00+09:00",
                     "author": {"@type": "Person", "name": a["author"] + " 기자"},
                     "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - {a['outlet']}</title>
<meta name="description" content="{E(a['paras'][0])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:url" content="https://www.{a['domain']}/news/articleView.html?idxno=3318">
<meta property="article:published_time" content="{d}T10:42:00+09:00">
<meta property="article:modified_time" content="{d}T15:08:00+09:00">
<meta property="article:section" content="{a['section']}">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header class="gnb"><a class="logo" href="/">{a['outlet']}</a>
<ul class="menu">{''.join(f'<li><a href="/section/{i}">{n}</a></li>' for i, n in enumerate(nav))}</ul>
<div class="util"><a href="/login">로그인</a> <a href="/join">회원가입</a> <a href="/subscribe">구독신청</a></div></header>
<main>
<div class="article-head"><span class="kicker">{a['section']}</span>
<h1 class="headline">{E(a['title'])}</h1>
<div class="info"><span class="byline">{a['author']} 기자</span> <span>입력 {dotdate(d)} 10:42</span> <span>수정 {dotdate(d)} 15:08</span></div>
<div class="share">공유하기 <a href="#">페이스북</a> <a href="#">X</a> <a href="#">카카오톡</a> <a href="#">URL 복사</a></div></div>
<article id="article-body">
<figure><img src="/photo/3318.jpg" alt=""><figcaption>평창군 대관령면 도로에서 제설차가 눈을 치우고 있다. 평창군 제공</figcaption></figure>
{body}
<p class="reporter">{a['author']} 기자 {a['email']}</p>
</article>
<section class="related"><h3>관련기사</h3><ul>{''.join(f'<li><a href="#">{E(r)}</a></li>' for r in rel)}</ul></section>
</main>
<footer><p>{a['outlet']} | 강원도 춘천시 중앙로 118 | 대표전화 033-250-7700 | 등록번호 강원 아00412</p>
<p>{foot}</p></footer>
</body></html>
"""
    return page.encode("utf-8"), ["로그인", "회원가입", "구독신청", "URL 복사", rel[0], rel[1], "대표전화 033-250-7700", foot, "평창군 제공"]

def html_little(a):  # little meta: <title> only, date only in the info line
    d = a["published"]
    rel = ["비만 치료제 처방 두 배로…\"오남용 주의\"", "소아 응급실 야간 진료 확대", "대학병원 전공의 복귀율 70% 넘어"]
    foot = "© 2026 메디룸. 이 기사의 저작권은 메디룸에 있습니다."
    body = "<br><br>\n".join(E(p) for p in a["paras"])
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{a['outlet']}</title>
</head>
<body>
<div id="top"><a href="/">{a['outlet']}</a> | <a href="/hospital">병원</a> | <a href="/pharma">제약·바이오</a> | <a href="/policy">의료정책</a> | <a href="/clinic">개원가</a></div>
<div id="view">
<div class="tit">{E(a['title'])}</div>
<div class="date">{a['author']} 기자 | 입력 {dotdate(d)} 09:12</div>
<div class="cont">
{body}
</div>
<div class="mail">{a['author']} 기자 {a['email']}</div>
</div>
<div id="hot"><b>많이 본 뉴스</b><ol>{''.join(f'<li>{E(r)}</li>' for r in rel)}</ol></div>
<div id="foot">메디룸 | 서울시 중구 을지로 52 | 청소년보호책임자 우채린<br>{foot}</div>
</body></html>
"""
    return page.encode("utf-8"), ["제약·바이오", "개원가", "많이 본 뉴스", rel[1], rel[2], "청소년보호책임자", foot]

def html_jsonld(a):  # description + JSON-LD only, time in a <time>
    d = a["published"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": d + "T08:00:00+09:00",
                     "author": [{"@type": "Person", "name": a["author"], "email": a["email"]}],
                     "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False, indent=1)
    rel = ["AI 반도체 '코어셀' 150억 프리A 투자 유치", "푸드테크 스타트업, 일본 편의점 3천곳 입점", "창업 3년 차 기업 폐업률 역대 최고"]
    foot = "ⓒ 스타트오빗 startorbit.kr 무단전재·재배포·AI학습 이용 금지"
    body = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    page = f"""<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} | {a['outlet']}</title>
<meta name="description" content="{E(a['paras'][0])}">
<script type="application/ld+json">
{ld}
</script>
</head><body>
<nav><a href="/">{a['outlet']}</a><a href="/c/funding">투자</a><a href="/c/people">피플</a><a href="/c/event">행사</a><a href="/newsletter">뉴스레터 구독</a></nav>
<article>
<p class="cat">{a['section']}</p>
<h1>{E(a['title'])}</h1>
<p class="meta"><span class="writer">{a['author']}</span> · <time datetime="{d}T08:00:00+09:00">{dotdate(d)}</time></p>
<div class="content">
{body}
</div>
<div class="tags">#시리즈B #물류로봇 #짐꾼랩스</div>
</article>
<aside><h4>함께 읽을 기사</h4><ul>{''.join(f'<li>{E(r)}</li>' for r in rel)}</ul></aside>
<footer>{foot}</footer>
</body></html>
"""
    return page.encode("utf-8"), ["뉴스레터 구독", "#시리즈B", "함께 읽을 기사", rel[0], rel[1], foot]

def html_euckr(a):  # EUC-KR, table layout
    d = a["published"]
    rel = ["신인 보이그룹 '하이텐', 데뷔 첫 주 음반 10만장", "배우 겸 가수, 여름 단독 콘서트 매진", "아이돌 웹예능 새 시즌 제작 확정"]
    foot = "Copyright(c) 2026 스타파동 All Rights Reserved."
    body = "<br><br>\n".join(E(p) for p in a["paras"])
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{E(a['title'])} :: {a['outlet']}</title>
<meta property="og:title" content="{E(a['title'])}">
</head>
<body>
<table width="980"><tr><td><a href="/">{a['outlet']}</a></td><td>가요 | 방송 | 영화 | 포토 | TV</td></tr></table>
<table width="980"><tr><td valign="top" width="680">
<font size="4"><b>{E(a['title'])}</b></font><br>
<font color="#888">기사입력 {dotdate(d, '-')} 오후 7:20 | {a['author']} 기자</font>
<hr>
<div id="news_body">
{body}
</div>
<p>{a['author']} 기자 {a['email']}</p>
<p>{foot}</p>
</td><td valign="top">
<b>연예 많이 본 기사</b><br>{'<br>'.join(E(r) for r in rel)}
</td></tr></table>
</body></html>
"""
    return page.encode("euc_kr"), ["가요 | 방송 | 영화", "연예 많이 본 기사", rel[0], rel[2], foot]

def html_cms(a):  # a local CMS: og:title, article:published_time, breadcrumb, 기사승인
    d = a["published"]
    rel = ["청주 초등학교 3곳 학급 과밀 해소 위해 분교 설치", "도내 고교 학점제 선택과목 40개로 확대", "충북 학교급식 친환경 식재료 비율 80%"]
    foot = "교육마루의 모든 콘텐츠는 저작권법의 보호를 받습니다. Copyright © 2026 교육마루. All rights reserved."
    body = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="ko"><head>
<meta charset="UTF-8">
<title>{E(a['title'])} - {a['outlet']}</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="article:published_time" content="{d}T14:30:00+09:00">
</head><body>
<div id="header"><h2><a href="/">{a['outlet']}</a></h2>
<ul id="gnb"><li>유·초등</li><li>중등</li><li>대학</li><li>교육정책</li><li>교원</li><li>에듀포토</li></ul></div>
<div class="location">홈 &gt; 교육정책 &gt; 시·도교육청</div>
<div id="article">
<h1 class="article-title">{E(a['title'])}</h1>
<ul class="article-info"><li>{a['author']} 기자</li><li>기사승인 {dotdate(d)} 14:30</li><li>댓글 0</li></ul>
<div id="article-view-content">
{body}
<p>{a['email']}</p>
</div>
<div class="article-copy">저작권자 © 교육마루 무단전재 및 재배포 금지</div>
</div>
<div class="box-related"><strong>이 기사와 관련된 기사</strong><ul>{''.join(f'<li>{E(r)}</li>' for r in rel)}</ul></div>
<div id="footer">교육마루 | 충북 청주시 상당구 상당로 77 | 발행·편집인 선우단<br>{foot}</div>
</body></html>
"""
    return page.encode("utf-8"), ["에듀포토", "시·도교육청", "댓글 0", "저작권자 © 교육마루 무단전재 및 재배포 금지", "이 기사와 관련된 기사", rel[0], rel[2], "발행·편집인", foot]

def html_og(a):  # full og, twitter card, <time>, tags, share
    d = a["published"]
    rel = ["외교부 2차관, 아세안 차관급 회의 참석", "한·일 외교차관 전략대화 서울서 개최", "중남미 공관장 회의 폐막"]
    foot = "외교포스트 | 등록번호 서울 아05821 | Copyright ⓒ 외교포스트. 무단 복제 및 재배포 금지."
    body = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    page = f"""<!DOCTYPE html>
<html lang="ko"><head>
<meta charset="utf-8">
<title>{E(a['title'])}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(a['paras'][0])}">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:url" content="https://{a['domain']}/article/20261022000731">
<meta property="article:published_time" content="{d}T17:55:00+09:00">
<meta property="article:section" content="{a['section']}">
<meta property="article:tag" content="한베트남">
<meta name="twitter:card" content="summary_large_image">
<meta name="author" content="{a['author']}">
</head><body>
<header><div class="brand">{a['outlet']}</div><nav>외교 · 안보 · 통일 · 국제 · 기획 · 인터뷰</nav></header>
<article>
<div class="kicker">외교</div>
<h1>{E(a['title'])}</h1>
<div class="byline"><span>{a['author']} 기자</span> <time datetime="{d}T17:55:00+09:00">{dotdate(d)} 17:55</time></div>
<div class="sharebar">좋아요 0 · 스크랩 · 인쇄 · 글자크기</div>
<div class="text">
{body}
</div>
<div class="email">{a['email']}</div>
<div class="tags">#외교장관회담 #핵심광물 #베트남</div>
</article>
<section><h3>외교 최신기사</h3><ul>{''.join(f'<li>{E(r)}</li>' for r in rel)}</ul></section>
<footer>{foot}</footer>
</body></html>
"""
    return page.encode("utf-8"), ["좋아요 0", "글자크기", "#외교장관회담", "외교 최신기사", rel[0], rel[1], foot]

def dump_portal(a):
    d = a["published"]
    rel = ["서울 지하철 노조, 임단협 잠정 합의", "택시 기본요금 인상안 시의회 통과", "광역버스 입석 금지 구간 확대"]
    foot = "Copyright ⓒ 행길뉴스. All rights reserved. 무단 전재, 재배포 및 AI 학습 이용 금지."
    lines = ["뉴스", "홈  정치  경제  사회  생활/문화  세계  IT/과학  랭킹", "행길뉴스 언론사 구독", "사회", "",
             a["title"], "", f"입력 {dotdate(d)}. 오전 11:06   수정 {dotdate(d)}. 오후 2:40", f"{a['author']} 기자", "",
             "추천  댓글 14  공유  글자크기", ""]
    for p in a["paras"]: lines += [p, ""]
    lines += [f"{a['author']} 기자({a['email']})", "", foot, "", "좋아요 12  훈훈해요 0  슬퍼요 1  화나요 9  후속기사 원해요 3", "",
              "행길뉴스 주요뉴스"] + rel + ["", "이 기사를 추천합니다", "뉴스 홈 | 이용약관 | 개인정보처리방침"]
    return "\n".join(lines).encode("utf-8"), ["생활/문화", "언론사 구독", "댓글 14", "훈훈해요", rel[0], rel[2], foot, "이용약관"]

def dump_browser(a):
    d = a["published"]
    rel = ["'깡통전세' 피해 지원 특별법 개정안 국회 통과", "보이스피싱 수거책 2심서 형량 늘어", "법원, 층간소음 보복 이웃에 벌금형"]
    foot = "판결노트 | 서울시 서초구 법원로 17 | Copyright © 판결노트. All rights reserved."
    lines = ["본문 바로가기", "전체메뉴 바로가기", "판결노트", "법조  사건·사고  판결  인물  로펌", "홈 > 판결", "",
             a["title"], f"{a['author']} 기자", f"입력 {dotdate(d)} 16:20", f"수정 {dotdate(d)} 17:02", ""]
    for p in a["paras"]: lines += [p, ""]
    lines += [f"{a['author']} 기자 {a['email']}", "", "관련 기사"] + rel + ["", "많이 본 뉴스", "1", "대법원, 재개발 조합장 선거 무효 확정", "", foot]
    return "\n".join(lines).encode("utf-8"), ["본문 바로가기", "전체메뉴 바로가기", "사건·사고", "관련 기사", rel[0], rel[1], "대법원, 재개발 조합장 선거 무효 확정", foot]

def dump_sports(a):
    d = a["published"]
    rel = ["여자부 청솔카드, 개막 5연승 신바람", "KBL 득점 선두 경쟁 '2파전'", "배구 대표팀 새 사령탑 공모 시작"]
    foot = "Copyright © 블로킹데일리 무단전재 및 재배포 금지"
    lines = ["블로킹데일리", "야구 | 축구 | 배구 | 농구 | 골프 | e스포츠", "", "배구 > V리그", a["title"],
             f"기사입력 {dotdate(d)} 오전 9:31", "", "해오름화재 선수들이 득점 후 기뻐하고 있다. 한국배구연맹 제공", ""]
    for p in a["paras"]: lines += [p, ""]
    lines += [f"{a['author']} 기자 {a['email']}", "", foot, "", "[많이 본 뉴스]"] + rel
    return "\n".join(lines).encode("utf-8"), ["e스포츠", "배구 > V리그", "한국배구연맹 제공", "[많이 본 뉴스]", rel[0], rel[1], foot]

def dump_culture(a):
    d = a["published"]
    rel = ["[신간] 이번 주 새로 나온 책", "올해의 청소년 문학상에 '여름 정거장'", "동네 책방 지원 예산 절반으로"]
    foot = "서재통신 copyright (c) 2026 seojaetongsin.net all rights reserved."
    lines = ["서재통신", "HOME  신간  작가  서평  출판계  북클럽", "", "작가 | 인터뷰", a["title"],
             f"{a['author']} 기자 | 승인 {dotdate(d)} 10:00 | 댓글 2", "", "소설가 엄지온. 물빛서가 제공", ""]
    for p in a["paras"]: lines += [p, ""]
    lines += [a["email"], "", "<저작권자 © 서재통신, 무단 전재 및 재배포 금지>", "", "인기기사"] + rel + ["", foot]
    return "\n".join(lines).encode("utf-8"), ["북클럽", "작가 | 인터뷰", "물빛서가 제공", "댓글 2", "인기기사", rel[0], rel[1], "<저작권자 © 서재통신, 무단 전재 및 재배포 금지>", foot]

FORMS = dict(html_full=html_full, html_little=html_little, html_jsonld=html_jsonld, html_euckr=html_euckr,
             html_cms=html_cms, html_og=html_og, dump_portal=dump_portal, dump_browser=dump_browser,
             dump_sports=dump_sports, dump_culture=dump_culture)

def gold(a, boiler):
    g = {"source": a["file"], "note": a["note"],
         "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"],
                     "outlet": a["outlet"], "language": "ko", "body": "\n\n".join(a["paras"]),
                     "body_must_not_contain": boiler},
         "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
         "optional_persons": [a["author"]] + a.get("optional_persons", []),
         "quotes": [{"speaker": s, "text": t} for s, t in a["quotes"]],
         "optional_quotes": a.get("optional_quotes", []),
         "events": [{"name": n, "kind": k, "location": l, "date_text": dt, "start_date": sd} for n, k, l, dt, sd in a["events"]],
         "must_not": {"person_names": a.get("must_not_names", []), "quote_substrings": ["무단 전재", "관련기사"]}}
    return g

def check(a, raw, g):
    enc = "euc_kr" if a["form"] == "html_euckr" else "utf-8"
    text = html.unescape(raw.decode(enc))
    bad = []
    art = g["article"]
    for k in ("title", "author", "author_email", "outlet"):
        if art[k] not in text: bad.append((k, art[k]))
    for p in a["paras"]:
        if E(p) not in raw.decode(enc) and p not in raw.decode(enc): bad.append(("para", p[:30]))
    for b in art["body_must_not_contain"]:
        if b not in text: bad.append(("boiler", b))
        if any(b in p for p in a["paras"]): bad.append(("boiler-in-body", b))
    for p in g["persons"]:
        for k in ("name", "title", "organization"):
            if p[k] and p[k] not in text: bad.append(("person", p[k]))
    quoted = re.findall(r'"([^"]+)"', "\n".join(a["paras"]))
    for q in g["quotes"]:
        parts = q["text"]
        ok = any(parts == " ".join(quoted[i:j]) for i in range(len(quoted)) for j in range(i + 1, min(i + 5, len(quoted)) + 1))
        if not ok: bad.append(("quote", parts[:30]))
        if q["speaker"] and q["speaker"] not in text: bad.append(("speaker", q["speaker"]))
    for q in g["optional_quotes"]:
        if q not in text: bad.append(("oquote", q))
    for e in g["events"]:
        for k in ("location", "date_text", "name"):
            if e[k] and e[k] not in text: bad.append(("event " + k, e[k]))
    for n in g["must_not"]["person_names"]:
        if n not in text: bad.append(("must_not", n))
    return bad

if __name__ == "__main__":
    allbad = 0
    for a in A:
        raw, boiler = FORMS[a["form"]](a)
        open(os.path.join(ROOT, "pages", a["file"]), "wb").write(raw)
        g = gold(a, boiler)
        stem = os.path.splitext(a["file"])[0]
        with open(os.path.join(ROOT, "gold", stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
        bad = check(a, raw, g)
        allbad += len(bad)
        print(a["file"], "OK" if not bad else bad)
    sys.exit(1 if allbad else 0)
