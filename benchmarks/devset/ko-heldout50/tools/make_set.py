# -*- coding: utf-8 -*-
"""Write ko-heldout50 pages and gold from articles.py, then check the gold against the decoded pages.
Run from the set folder: python3 tools/make_set.py"""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import A

E = html.escape
BYLINE_TAG = re.compile(r"^\[[^\]]*기자\]\s*")

def body_paras(a):
    return [BYLINE_TAG.sub("", p) for p in a["paras"]]

def ps(a, tag="p", cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<{tag}{c}>{E(p)}</{tag}>" for p in a["paras"])

def jsonld(a, extra=None):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "datePublished": a["time"], "author": {"@type": "Person", "name": a["author"] + " 기자"},
         "publisher": {"@type": "Organization", "name": a["outlet"]}}
    if extra: d.update(extra)
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"

BOILER = {}

def html1(a):  # modern CMS, full meta
    url = f"https://www.{a['domain']}/news/articleView.html?idxno=5521"
    rel = ["마포·성동 전셋값 상승세 둔화…입주 물량 영향", "강남 재건축 조합 10곳 중 4곳 공사비 갈등", "주택담보대출 금리 석 달째 하락"]
    BOILER[a["file"]] = ["주요뉴스", rel[0], rel[1], f"Copyright © {a['outlet']}. All rights reserved.", "기사제보 : tip@boguemeco.co.kr", "공유하기"]
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - {a['outlet']}</title>
<meta name="description" content="{E(body_paras(a)[0])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(body_paras(a)[0])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['time']}">
<meta property="article:modified_time" content="2026-11-18T14:05:00+09:00">
<meta property="article:section" content="{a['section']}">
<link rel="canonical" href="{url}">
{jsonld(a, {"dateModified": "2026-11-18T14:05:00+09:00"})}
</head>
<body>
<header id="header"><a href="/" class="logo"><img src="/img/logo.png" alt="{a['outlet']}"></a>
<nav class="gnb"><ul><li><a href="/news/economy">경제</a></li><li><a href="/news/estate">부동산</a></li><li><a href="/news/finance">금융</a></li><li><a href="/news/industry">산업</a></li><li><a href="/news/opinion">오피니언</a></li></ul></nav></header>
<div class="breadcrumb">홈 &gt; 부동산 &gt; 시장동향</div>
<article id="article-view">
<header class="article-head">
<h1 class="headline">{E(a['title'])}</h1>
<h2 class="subheadline">{E(a['sub'])}</h2>
<ul class="info-list"><li><i class="icon-user"></i> {a['author']} 기자</li><li><i class="icon-clock"></i> 입력 2026.11.18 10:32</li><li>수정 2026.11.18 14:05</li></ul>
<div class="share"><button>공유하기</button><button>글씨크기</button><button>인쇄</button></div>
</header>
<div id="article-view-content-div" itemprop="articleBody">
{ps(a)}
<p class="byline">{a['author']} 기자 {a['email']}</p>
</div>
</article>
<aside class="related"><h3>주요뉴스</h3><ul>{''.join(f'<li><a href="/news/articleView.html?idxno={5400+i}">{E(t)}</a></li>' for i,t in enumerate(rel))}</ul></aside>
<footer id="footer"><p>(주){a['outlet']} | 서울특별시 중구 세종대로 00 | 등록번호 서울 아 09123 | 발행인·편집인 마도원</p>
<p>기사제보 : tip@boguemeco.co.kr | 청소년보호책임자 : 여소백</p>
<p>Copyright © {a['outlet']}. All rights reserved.</p></footer>
</body></html>
"""

def html_euckr(a):
    rel = ["창원 주택가 화재…70대 주민 구조", "경남소방, 겨울철 화재 예방 특별기간 운영"]
    BOILER[a["file"]] = ["뫼울매일 - 경남의 내일을 여는 신문", rel[0], rel[1], "Copyright(c) 2009 뫼울매일 All rights reserved", "이 기사를 친구에게", "독자의견"]
    body = "<br><br>\n".join(E(p) for p in a["paras"])
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>뫼울매일 - 경남의 내일을 여는 신문</title>
</head>
<body bgcolor="#ffffff" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><a href="/"><img src="/images/top_logo.gif" alt="뫼울매일" border="0"></a></td>
<td class="topmenu"><a href="/sub/list.php?sec=1">정치</a> | <a href="/sub/list.php?sec=2">경제</a> | <a href="/sub/list.php?sec=3">사회</a> | <a href="/sub/list.php?sec=4">문화</a> | <a href="/sub/list.php?sec=5">지역</a></td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td width="680" valign="top">
<table width="100%"><tr><td class="sec_title">사회</td></tr>
<tr><td class="view_title"><font size="5"><b>{E(a['title'])}</b></font></td></tr>
<tr><td class="view_info">{a['author']} 기자 ({a['email']}) &nbsp;|&nbsp; 입력 : {a['time']}</td></tr>
<tr><td class="view_body" style="line-height:180%">
{body}
</td></tr>
<tr><td class="view_tool"><a href="#">이 기사를 친구에게</a> | <a href="javascript:print()">인쇄하기</a> | <a href="#reply">독자의견</a></td></tr>
</table>
</td>
<td width="300" valign="top"><table><tr><td class="side_title">많이 본 기사</td></tr>
{''.join(f'<tr><td><a href="/sub/view.php?no={3300+i}">{E(t)}</a></td></tr>' for i,t in enumerate(rel))}
</table></td></tr>
</table>
<table width="980" align="center"><tr><td class="copy">경남 김해시 가야로 000 뫼울매일 | 대표전화 055-000-0000 | 등록번호 경남 다 01234<br>Copyright(c) 2009 뫼울매일 All rights reserved</td></tr></table>
</body>
</html>
"""

def html2(a):
    url = f"https://www.{a['domain']}/edu/view/20261124/40871"
    rel = ["지역 국립대 3곳, 첫 공동 교양과정 개설", "수능 성적 다음 달 5일 통지…이의신청 13건", "교육부, 대학 평가 지표 간소화"]
    BOILER[a["file"]] = ["관련기사", rel[0], rel[2], f"ⓒ {a['outlet']} 무단전재 및 재배포 금지", "구독신청", "기자의 다른 기사"]
    return f"""<!doctype html>
<html lang="ko"><head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} | {a['outlet']}</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://img.{a['domain']}/2026/11/24/40871_1.jpg">
<meta property="article:published_time" content="2026-11-24T09:15:00+09:00">
</head>
<body class="view">
<div class="top-bar"><a href="/login">로그인</a> <a href="/subscribe">구독신청</a></div>
<header><div class="logo"><a href="/">{a['outlet']}</a></div>
<nav><a href="/politics">정치</a><a href="/society">사회</a><a href="/edu">교육</a><a href="/culture">문화</a><a href="/local">지역</a></nav></header>
<main>
<div class="location">HOME · 교육 · 대학</div>
<h1 class="tit">{E(a['title'])}</h1>
<div class="byline-box"><span class="name">{a['author']} 기자</span><span class="mail">{a['email']}</span><span class="date">입력 {a['time']}</span></div>
<figure><img src="https://img.{a['domain']}/2026/11/24/40871_1.jpg" alt=""><figcaption>해솔대 본관 전경. 해솔대 제공</figcaption></figure>
<div class="article-body">
{ps(a)}
</div>
<div class="reporter-more"><a href="/reporter/dabin">기자의 다른 기사</a></div>
<section class="related"><h4>관련기사</h4><ul>{''.join(f'<li><a href="/edu/view/{i}">{E(t)}</a></li>' for i,t in enumerate(rel))}</ul></section>
</main>
<footer><p>{a['outlet']} · 충북 청주시 상당구 상당로 00 · 대표전화 043-000-0000</p><p>ⓒ {a['outlet']} 무단전재 및 재배포 금지</p></footer>
</body></html>
"""

def html3(a):
    rel = ["독립영화 배급 지원 예산 내년 20% 삭감", "배우 단예슬, 첫 장편 주연작 촬영 마쳐", "부산 단편영화제 출품작 역대 최다"]
    BOILER[a["file"]] = ["많이 본 뉴스", rel[0], rel[2], "저작권자 © 영사막통신 무단전재 및 재배포 금지", "이 기사를 공유합니다"]
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} &lt; 영화 &lt; 기사본문 - {a['outlet']}</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(body_paras(a)[0][:60])}">
</head>
<body>
<div id="wrap">
<div class="header"><h1 class="site-logo"><a href="/">{a['outlet']}</a></h1>
<ul class="menu"><li>영화</li><li>방송</li><li>공연</li><li>인터뷰</li><li>포토</li></ul></div>
<div class="article-header">
<div class="section">영화</div>
<h2 class="article-title">{E(a['title'])}</h2>
<div class="article-info"><span>기사승인 {a['time']}</span><span class="share">이 기사를 공유합니다</span></div>
</div>
<div class="article-content">
<div class="photo"><img src="/photo/2026/1113/opening.jpg"><p class="caption">12일 경남 남해군 문화체육센터에서 열린 개막식 모습. 사진=윤슬해안영화제 제공</p></div>
{ps(a)}
</div>
<div class="copyright">저작권자 © 영사막통신 무단전재 및 재배포 금지</div>
<div class="best"><h3>많이 본 뉴스</h3><ol>{''.join(f'<li>{E(t)}</li>' for t in rel)}</ol></div>
<div class="footer">영사막통신 | 서울 마포구 월드컵북로 00 | 인터넷신문 등록번호 서울 아 54321 | 발행·편집인 곽이설</div>
</div>
</body>
</html>
"""

def html4(a):
    url = f"https://www.{a['domain']}/politics/article/1187"
    rel = ["환노위 국감, 산업재해 통계 누락 공방", "국토위, 전세사기 피해 지원 실적 질타", "국감 중반전…여야 증인 채택 신경전"]
    BOILER[a["file"]] = ["함께 보면 좋은 기사", rel[0], rel[1], f"Copyright ⓒ {a['outlet']} All Rights Reserved.", "#국정감사", "카카오톡 공유"]
    return f"""<!DOCTYPE html>
<html lang="ko" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | {a['outlet']}</title>
<meta name="author" content="{a['author']}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['time']}">
<meta property="article:section" content="{a['section']}">
<meta property="article:tag" content="국정감사">
{jsonld(a, {"articleSection": "정치", "url": url})}
</head>
<body>
<header class="site-header"><a class="brand" href="/">{a['outlet']}</a>
<nav><ul><li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li><li><a href="/society">사회</a></li><li><a href="/world">국제</a></li><li><a href="/opinion">오피니언</a></li></ul></nav></header>
<article class="news">
<p class="kicker">정치 · 국회</p>
<h1>{E(a['title'])}</h1>
<p class="sub">{E(a['sub'])}</p>
<div class="meta"><span class="writer">{a['author']} 기자</span> <time datetime="{a['time']}">2026-10-15 18:24</time></div>
<div class="sharebar"><a>페이스북</a><a>카카오톡 공유</a><a>링크 복사</a></div>
<div class="text">
{ps(a)}
</div>
<p class="email">{a['author']} 기자 {a['email']}</p>
<div class="tags"><a>#국정감사</a> <a>#농어촌공사</a> <a>#저수지</a></div>
</article>
<section class="more"><h3>함께 보면 좋은 기사</h3><ul>{''.join(f'<li><a href="/politics/article/{1100+i}">{E(t)}</a></li>' for i,t in enumerate(rel))}</ul></section>
<footer><p>{a['outlet']} | 서울특별시 영등포구 국회대로 00 | 등록 2018.03.02</p><p>Copyright ⓒ {a['outlet']} All Rights Reserved.</p></footer>
</body></html>
"""

def html5(a):
    url = f"https://{a['domain']}/people/7702"
    rel = ["[부고] 조운학 전 전북도의회 의장 별세", "[사람들] 40년 한지 외길 장인, 무형유산 인정", "국악 신인 경연 대상에 가야금 연주자 표보람"]
    BOILER[a["file"]] = ["사람들 최신기사", rel[0], rel[1], f"© {a['outlet']} 무단 전재·재배포 및 AI 학습 이용 금지", "구독", "후원하기"]
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - {a['outlet']}</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['time']}">
<meta name="twitter:card" content="summary_large_image">
{jsonld(a)}
</head>
<body>
<div class="gnb"><a href="/" class="logo">{a['outlet']}</a><a href="/news">뉴스</a><a href="/people">사람들</a><a href="/culture">문화</a><a href="/subscribe">구독</a><a href="/support">후원하기</a></div>
<div class="container">
<div class="cat">사람들 · 부고</div>
<h1 class="title">{E(a['title'])}</h1>
<div class="writer">{a['author']} 기자 · <span class="pub">2026년 11월 30일 15:02</span></div>
<figure><img src="/upload/2026/11/chae.jpg" alt="채옥심 명창"><figcaption>고(故) 채옥심 명창. 유족 제공</figcaption></figure>
<section class="content">
{ps(a)}
</section>
<div class="writer-end">{a['author']} 기자 <a href="mailto:{a['email']}">{a['email']}</a></div>
<aside><h3>사람들 최신기사</h3><ul>{''.join(f'<li>{E(t)}</li>' for t in rel)}</ul></aside>
</div>
<footer>{a['outlet']} · 전북 전주시 완산구 팔달로 00 · 제보 055-000-1234<br>© {a['outlet']} 무단 전재·재배포 및 AI 학습 이용 금지</footer>
</body></html>
"""

def dump_portal(a):
    rel = ["2차전지株 반등…소재 3사 나란히 강세", "코스피, 외국인 매수에 2,900선 회복", "양극재 수출 석 달 연속 증가"]
    BOILER[a["file"]] = ["누리판뉴스", "이 기사에 대한 반응", rel[0], rel[1], "Copyright ⓒ 금결투자신문. All rights reserved. 무단 전재, 재배포 및 AI 학습 이용 금지."]
    body = "\n\n".join(a["paras"])
    return f"""본문 바로가기
누리판뉴스
홈
사회
정치
경제
국제
문화
IT
랭킹
연재
구독
{a['title']}
{a['outlet']} | 2026.11.12. 오후 4:18
번역 설정
글씨크기 조절하기
인쇄하기

{body}

{a['author']} 기자 {a['email']}

Copyright ⓒ 금결투자신문. All rights reserved. 무단 전재, 재배포 및 AI 학습 이용 금지.

이 기사에 대한 반응
추천해요 14
좋아요 9
감동이에요 0
화나요 1
슬퍼요 0

{a['outlet']} 주요 뉴스
{rel[0]}
{rel[1]}
{rel[2]}
"""

def dump_browser(a):
    rel = ["보이스피싱 수거책 20대, 현장서 덜미", "가상자산 투자 빙자 '로맨스 스캠' 일당 송치"]
    BOILER[a["file"]] = ["전체기사", "글자크기", "저작권자 © 청아뉴스 무단전재 및 재배포 금지", rel[0], rel[1], "회사소개"]
    body = "\n\n".join(a["paras"])
    return f"""메뉴 바로가기
본문 바로가기
청아뉴스
전체기사
정치
경제
사회
문화
지역
오피니언
{a['section']}
{a['title']}
{a['author']} 기자
{a['time']}
{a['time2']}
글자크기
공유

{body}

{a['author']} 기자 {a['email']}

저작권자 © 청아뉴스 무단전재 및 재배포 금지

관련기사
{rel[0]}
{rel[1]}

회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책
청아뉴스 | 부산광역시 연제구 중앙대로 0000 | 등록번호 부산 아 00456
"""

def dump_sports(a):
    rel = ["[K리그1] 선두 경쟁 안갯속…남은 2경기에 달렸다", "김나은, LPGA 퀄리파잉 시리즈 1위 통과", "[포토] 예소린 '우승 트로피 번쩍'"]
    BOILER[a["file"]] = ["골문스포츠 홈", "많이 본 기사", rel[0], rel[1], "ⓒ 골문스포츠, 무단 전재 및 재배포 금지", "사진=KLPGA 제공"]
    body = "\n\n".join(a["paras"])
    return f"""골문스포츠 홈
축구
야구
농구·배구
골프
e스포츠
골프
{a['title']}
입력 {a['time']}
[사진] 예소린이 8일 제주 서귀포시 곶바위 컨트리클럽에서 열린 누리솔 챔피언십 최종 3라운드 18번 홀에서 우승을 확정한 뒤 기뻐하고 있다. 사진=KLPGA 제공

{body}

제주={a['author']} 기자 {a['email']}

ⓒ 골문스포츠, 무단 전재 및 재배포 금지

많이 본 기사
1 {rel[0]}
2 {rel[1]}
3 {rel[2]}
"""

def dump_local(a):
    rel = ["괴산 고추축제 방문객 역대 최다", "증평군, 내년 예산 3200억 편성", "괴산군의회, 행정사무감사 마무리"]
    BOILER[a["file"]] = ["기사 댓글 0", "인기기사", rel[0], rel[1], "<저작권자 © 참들신문, 무단 전재 및 재배포 금지>", "전체메뉴"]
    body = "\n\n".join(a["paras"])
    return f"""전체메뉴
참들신문
충북 중부권 지역신문
뉴스
지역
괴산
증평
진천
음성
오피니언
HOME > 뉴스 > 지역
{a['title']}
{a['author']} 기자  |  {a['time']}
공유  댓글 0

{body}

{a['author']} 기자 {a['email']}

<저작권자 © 참들신문, 무단 전재 및 재배포 금지>

기사 댓글 0
댓글을 남겨주세요.

인기기사
{rel[0]}
{rel[1]}
{rel[2]}

참들신문 | 충북 괴산군 괴산읍 동진천길 00 | 대표 선우평 | 등록 2011.05.20
"""

FORMS = dict(html1=html1, html_euckr=html_euckr, html2=html2, html3=html3, html4=html4, html5=html5,
             dump_portal=dump_portal, dump_browser=dump_browser, dump_sports=dump_sports, dump_local=dump_local)

def gold(a):
    art = {"title": a["title"], "author": a["author"], "published": a["published"], "outlet": a["outlet"],
           "language": "ko", "body": "\n\n".join(body_paras(a)), "body_must_not_contain": BOILER[a["file"]]}
    if a.get("email"): art["author_email"] = a["email"]
    g = {"source": a["file"], "note": a["note"], "article": art,
         "persons": [{"name": n, "title": t, "organization": o} for n, t, o in a["persons"]],
         "optional_persons": a["optional_persons"],
         "quotes": [{"speaker": s, "text": t} for s, t in a["quotes"]],
         "optional_quotes": a.get("optional_quotes", []),
         "events": [{"name": n, "kind": k, "location": l, "date_text": d, "start_date": sd} for n, k, l, d, sd in a["events"]],
         "must_not": {"person_names": a["must_not_names"], "quote_substrings": a["must_not_quotes"]}}
    return g

def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    bad = 0
    for a in A:
        text = FORMS[a["form"]](a)
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        with open(os.path.join(here, "pages", a["file"]), "wb") as f:
            f.write(text.encode(enc))
        g = gold(a)
        stem = os.path.splitext(a["file"])[0]
        with open(os.path.join(here, "gold", stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
        page = open(os.path.join(here, "pages", a["file"]), "rb").read().decode(enc)
        plain = html.unescape(page)
        quoted = re.findall(r'"([^"]+)"', "\n".join(a["paras"]) )
        def need(s, what):
            nonlocal bad
            if s and s not in plain:
                print("MISSING", a["file"], what, s); bad += 1
        art = g["article"]
        for k in ("title", "author", "outlet", "author_email"):
            need(art.get(k), k)
        for p in body_paras(a): need(p, "para")
        for b in art["body_must_not_contain"]:
            need(b, "boiler")
            if b in art["body"]: print("BOILER IN BODY", a["file"], b); bad += 1
        for p in g["persons"]:
            need(p["name"], "name"); need(p["title"], "title"); need(p["organization"], "org")
        for q in g["quotes"]:
            need(q["speaker"], "speaker")
            # text must be made of quoted parts joined by a space
            rest = q["text"]
            parts = []
            for qp in quoted:
                if rest.startswith(qp):
                    parts.append(qp); rest = rest[len(qp):].lstrip(" ")
                    if not rest: break
            if rest: print("QUOTE NOT MADE OF PARTS", a["file"], q["text"]); bad += 1
        allq = " | ".join(q["text"] for q in g["quotes"]) + " | " + " | ".join(g["optional_quotes"])
        for qp in quoted:
            if qp not in allq and qp not in a.get("must_not_quotes", []):
                print("QUOTED PART NOT IN GOLD (check scare quote)", a["file"], qp)
        for q in g["optional_quotes"]: need(q, "optional quote")
        for e in g["events"]:
            need(e["location"], "event location"); need(e["date_text"], "event date_text")
        for n in g["must_not"]["person_names"] + g["must_not"]["quote_substrings"]: need(n, "must_not")
    print("checked", len(A), "pages;", bad, "problems")

if __name__ == "__main__":
    main()
