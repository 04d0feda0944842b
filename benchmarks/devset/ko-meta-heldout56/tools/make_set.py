"""Make ko-meta-heldout56 pages and gold (stdlib only). Run from the set dir: python tools/make_set.py"""
import json, os, html

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(HERE, "pages"), os.path.join(HERE, "gold")
E = html.escape
SETS = []


def ps(paras):
    return "\n".join(f"<p>{E(p)}</p>" for p in paras)


def add(fname, content, gold, enc="utf-8"):
    SETS.append((fname, content, gold, enc))


# 1. opinion column ---------------------------------------------------------
t1 = "겨울방학 돌봄 공백, 맞벌이 가정만의 숙제가 아니다"
p1 = [
    "초등학교 겨울방학이 다음 주로 다가왔다. 학부모 단체 대화방에는 벌써 방과후 프로그램 신청 결과를 두고 한숨이 쏟아진다. 정원이 적은 돌봄교실은 추첨에서 떨어지면 갈 곳이 없다.",
    "교육부 집계에 따르면 방학 중 돌봄교실 운영 학교는 학기 중보다 20%가량 적다. 급식 인력과 강사 확보가 어렵다는 이유다. 결국 부모 가운데 한 사람이 연차를 쪼개 쓰거나 조부모에게 손을 벌린다.",
    "문제는 이 부담이 고스란히 가계의 지출로 이어진다는 점이다. 학원 두세 곳을 이어 붙여 하루를 채우는 이른바 '학원 뺑뺑이'는 한 달에 수십만 원이 든다. 소득이 낮은 가정일수록 선택지는 더 좁다.",
    "지방자치단체가 나서는 곳도 있다. 일부 자치구는 주민센터와 작은도서관을 묶어 방학 돌봄 거점을 운영한다. 비용은 크지 않지만 효과는 분명하다. 아이들이 머무를 공간이 동네 안에 생기기 때문이다.",
    "돌봄은 개별 가정의 사정이 아니라 지역의 기반 시설이라는 인식이 필요하다. 도로와 상수도처럼 있어야 할 자리에 있어야 한다. 방학마다 되풀이되는 부모들의 한숨을 이제는 제도가 덜어줄 때다.",
    "정부가 내년 예산에 늘봄학교 확대 예산을 반영했지만 방학 운영 기준은 여전히 학교 재량에 맡겨져 있다. 최소 운영 일수와 인력 기준부터 정하는 것이 첫걸음이다.",
]
c1 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t1)} : 오피니언 : 갈무리터뉴스</title>
<meta property="og:title" content="{E(t1)}">
<meta property="og:site_name" content="갈무리터뉴스">
<meta property="og:description" content="갈무리터뉴스는 지역과 생활을 잇는 정직한 뉴스를 전합니다.">
<meta property="article:published_time" content="2026-12-14T18:30:00+09:00">
</head><body>
<header class="gnb"><a class="logo" href="/">갈무리터뉴스</a>
<nav><a href="/politics">정치</a> <a href="/economy">경제</a> <a href="/society">사회</a> <a href="/opinion">오피니언</a></nav></header>
<main><article class="opinion-view">
<div class="opinion-head"><span class="kicker">[칼럼]</span> <span class="series">설지후의 동네 경제학</span></div>
<h1 class="tit">{E(t1)}</h1>
<div class="writer-top"><img src="/img/col/seoljihu.jpg" alt="설지후 교수"> <strong>설지후</strong> 교수·동녘새대학교 사회복지학과</div>
<div class="date">입력 2026.12.14 18:30 | 지면 2026.12.15 A27면</div>
<div class="opinion-body">
{ps(p1)}
<p class="writer-end">설지후 교수·동녘새대학교 사회복지학과</p>
<p class="disclaimer">※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.</p>
</div>
<div class="series-more"><h3>설지후의 동네 경제학 연재 더보기</h3>
<ul><li><a href="/opinion/1021">전통시장 온누리상품권, 누구의 지갑을 채우나</a></li><li><a href="/opinion/0987">동네 빵집이 사라진 자리</a></li></ul></div>
</article></main>
<footer>갈무리터뉴스 | 서울특별시 마포구 | 발행·편집인 | Copyright © 2012 갈무리터뉴스. All rights reserved.</footer>
</body></html>"""
add("galmurireo_opinion_col_20261214.html", c1, {
    "note": "opinion column: `[칼럼]` kicker and a column-series name above the h1, writer line `X 교수·대학 학과` with photo at the top and again at the end, `입력 2026.12.14 18:30 | 지면 …`; disclaimer line and series list after the text; site-wide og:description, 2012 copyright",
    "article": {"title": t1, "author": "설지후", "published": "2026-12-14T18:30:00+09:00", "outlet": "갈무리터뉴스", "language": "ko",
                "body_must_not_contain": ["외부 필자의 원고는", "연재 더보기", "동네 빵집이 사라진 자리", "Copyright ©", "발행·편집인"]}})

# 2. editorial ---------------------------------------------------------------
t2 = "[사설] 응급실 순환 당직, 지방 의료 붕괴를 더는 방치해선 안 된다"
p2 = [
    "경북 북부의 한 군에서 지난 주말 복통을 호소한 70대 주민이 응급실 세 곳을 돌다 끝내 숨졌다. 지역 응급의료센터 두 곳이 야간 전문의 공백으로 환자를 받지 못했다고 한다.",
    "이런 일은 처음이 아니다. 올해 들어 비수도권 응급실의 야간 진료 중단 공지는 지난해보다 두 배 가까이 늘었다. 지역 병원들은 순환 당직으로 버티고 있지만 한두 명의 의사가 빠지면 곧바로 문을 닫는다.",
    "정부는 권역별 응급의료 네트워크를 강화하겠다고 밝혀 왔다. 그러나 현장에서 달라진 것을 찾기 어렵다. 이송 조정 기능은 여전히 전화 돌리기에 머물러 있고 병상 정보는 실시간으로 공유되지 않는다.",
    "지방 의료 인력 확보에는 돈과 시간이 든다. 당장 할 수 있는 일부터 해야 한다. 응급 환자 이송을 조정하는 광역 상황실에 권한을 주고 공공병원 간 인력 파견을 제도화하는 것이 그 시작이다.",
    "국회도 책임에서 자유롭지 않다. 지역 의료 관련 법안 여러 건이 상임위원회에서 잠자고 있다. 여야는 정쟁을 멈추고 연내에 심사를 마쳐야 한다. 사는 곳에 따라 생사가 갈리는 일을 언제까지 지켜볼 것인가.",
]
c2 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t2)} - 은빛여울일보</title>
<meta property="og:title" content="{E(t2)}">
<meta property="og:type" content="article">
<meta name="description" content="{E(p2[0][:60])}">
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":t2,"datePublished":"2026-12-16T19:10:00+09:00","dateModified":"2026-12-16T19:10:00+09:00","publisher":{"@type":"Organization","name":"은빛여울일보"}}, ensure_ascii=False)}</script>
</head><body>
<div id="top"><a href="/">은빛여울일보</a> <span>2026년 12월 17일 목요일</span></div>
<div class="breadcrumb">홈 &gt; 오피니언 &gt; 사설</div>
<div class="view-wrap">
<div class="section-label">사설</div>
<h2 class="view-title">{E(t2)}</h2>
<div class="view-info"><span>입력 2026-12-16 19:10</span> <span>지면 A31</span></div>
<div class="view-text">
{ps(p2)}
</div>
<div class="opinion-list"><strong>사설 목록</strong>
<ul><li><a href="/op/5510">[사설] 전세 보증 사고, 임대인 검증부터 다시 짜라</a></li><li><a href="/op/5507">[사설] 겨울 전력 수급 대책 빈틈없나</a></li></ul></div>
</div>
<footer>은빛여울일보 | 등록번호 서울 아00000 | ⓒ 은빛여울일보 All rights reserved.</footer>
</body></html>"""
add("eunbityeoul_editorial_20261216.html", c2, {
    "note": "editorial: h2 headline with `[사설]` (kept, as the page shows it), section label 사설, no byline (author null); `입력 2026-12-16 19:10`; JSON-LD agrees; a list of other editorials after the text",
    "article": {"title": t2, "author": None, "published": "2026-12-16T19:10:00+09:00", "outlet": "은빛여울일보", "language": "ko",
                "body_must_not_contain": ["사설 목록", "전세 보증 사고, 임대인 검증부터", "겨울 전력 수급 대책", "등록번호 서울"]}})

# 3. old table CMS, EUC-KR ----------------------------------------------------
t3 = "시골 버스 끊긴 마을에 '100원 택시' 달린다"
p3 = [
    "충북 보은군 산외면 주민들은 이달부터 버스 대신 택시를 탄다. 군이 시내버스 노선이 폐지된 마을 12곳에 '100원 택시'를 도입하면서다.",
    "주민은 마을에서 면 소재지나 읍내까지 100원만 내면 된다. 나머지 요금은 군이 택시 회사에 정산한다. 이용 대상은 버스 정류장에서 700m 이상 떨어진 마을 주민이다.",
    "산외면 이장협의회 관계자는 \"병원에 가려면 한 시간을 걸어 나가야 했는데 이제는 전화 한 통이면 집 앞까지 온다\"고 말했다.",
    "군은 첫 달 이용 실적을 보고 대상 마을을 늘릴 계획이다. 올해 편성한 예산은 1억2천만원으로, 한 달 평균 1천 회 운행을 예상했다.",
    "다만 택시 기사 확보가 과제다. 군 관계자는 \"농촌 지역 택시 기사의 고령화로 운행 가능한 차량이 줄고 있다\"며 \"개인택시 조합과 협의해 배차 시간을 조정하겠다\"고 밝혔다.",
]
body3 = "<br><br>\n".join(E(p) for p in p3)
c3 = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>새터마루신문</title>
</head><body bgcolor="#ffffff" topmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td>
<table width="100%"><tr><td><img src="/img/logo.gif" alt="새터마루신문"></td><td align="right"><font size="2">HOME | 로그인 | 회원가입</font></td></tr></table>
<table width="100%" bgcolor="#eeeeee"><tr><td><font size="2"><b>사회</b> | 정치 | 경제 | 지역 | 문화</font></td></tr></table>
<table width="100%" cellpadding="8"><tr><td width="680" valign="top">
  <table width="100%"><tr><td><font size="5" color="#1a1a6e"><b>{E(t3)}</b></font></td></tr>
  <tr><td><font size="2" color="#666666">게재 일자 : 2026년 12월 9일 | 편재석 기자·남궁다을 인턴기자 | 조회수 : 412</font></td></tr>
  <tr><td><font size="2">[<a href="javascript:print()">인쇄</a>] [<a href="/mail">메일보내기</a>] [<a href="/list">목록</a>]</font></td></tr></table>
  <table width="100%"><tr><td><font face="굴림" size="3">
{body3}
  </font></td></tr></table>
  <table width="100%"><tr><td><font size="2">◀ 이전기사 : 군의회 내년 예산 심사 마무리 | ▶ 다음기사 : 속리산 탐방로 일부 통제</font></td></tr></table>
</td><td width="300" valign="top"><font size="2"><b>포토뉴스</b><br>첫눈 내린 법주사</font></td></tr></table>
<table width="100%" bgcolor="#333333"><tr><td><font size="2" color="#ffffff">Copyright (c) 2008 새터마루신문. All rights reserved. 기사제보 : 043-000-0000</font></td></tr></table>
</td></tr></table>
</body></html>"""
add("saeteomaru_news_read_20261209_0317.html", c3, {
    "note": "old table-layout CMS in EUC-KR (real bytes, charset meta): nested tables and `<font>` tags, `<title>` only the outlet, no og/JSON-LD; `게재 일자 : 2026년 12월 9일 | X 기자·Y 인턴기자 | 조회수` (gold `X, Y`); `<br><br>` body; print/mail/list buttons, prev/next line, 2008 copyright",
    "article": {"title": t3, "author": "편재석, 남궁다을", "published": "2026-12-09", "outlet": "새터마루신문", "language": "ko",
                "body_must_not_contain": ["메일보내기", "이전기사", "다음기사", "포토뉴스", "조회수", "기사제보"]}}, enc="euc-kr")

# 4. most-read and breadcrumb before the article --------------------------------
t4 = "한강 자전거도로 야간 조명 2배로…사고 잦은 12곳 우선 교체"
p4 = [
    "서울시가 한강 자전거도로의 야간 조명을 내년 3월까지 두 배 가까이 늘린다. 어두운 구간에서 자전거끼리 부딪히는 사고가 잇따르자 내놓은 대책이다.",
    "시는 최근 3년간 야간 사고가 3건 이상 난 12곳을 먼저 손본다. 기존 가로등 사이에 LED 보조등을 세우고 곡선 구간에는 노면 반사 표지를 붙인다.",
    "한강 자전거도로의 야간 사고는 지난해 146건으로 전체의 38%를 차지했다. 특히 잠실과 반포 일대의 곡선 구간에서 사고가 몰렸다.",
    "시 관계자는 \"조명이 밝아지면 보행자와 자전거 이용자가 서로를 더 일찍 알아볼 수 있다\"며 \"생태 구간은 빛 공해를 줄이도록 하향 조명을 쓰겠다\"고 말했다.",
    "시는 조명 교체와 함께 야간 속도 제한 안내판도 늘린다. 자전거 이용자 단체는 환영하면서도 전동킥보드 단속이 함께 이뤄져야 한다고 요구했다.",
    "채무결 기자 mkchae@dasomgilnews.kr",
]
c4 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>다솜길뉴스</title>
<meta property="og:title" content="{E(t4)}">
<meta property="og:site_name" content="다솜길뉴스">
</head><body>
<header><a href="/" class="logo">다솜길뉴스</a></header>
<nav class="location"><a href="/">홈</a> › <a href="/society">사회</a> › <a href="/society/seoul">서울·수도권</a></nav>
<aside class="ranking"><h2>많이 본 뉴스</h2><ol>
<li><a href="/a/88121">1 수능 성적 통지 앞두고 정시 설명회 북적</a></li>
<li><a href="/a/88117">2 올겨울 첫 한파특보…출근길 영하 12도</a></li>
<li><a href="/a/88102">3 지하철 2호선 신호 장애로 20분 지연</a></li>
<li><a href="/a/88099">4 연말 택배 물량 평소의 1.5배</a></li>
<li><a href="/a/88090">5 동네 목욕탕 요금 1만원 시대</a></li></ol></aside>
<section class="article">
<h1 class="headline">{E(t4)}</h1>
<p class="meta">입력 2026.12.10 07:00 · 수정 2026.12.10 10:25</p>
<div class="content">
{ps(p4)}
</div>
<div class="copy">저작권자 © 다솜길뉴스 무단 전재-재배포, AI 학습 및 활용 금지</div>
</section>
<footer>다솜길뉴스 · 청소년보호책임자 · 개인정보처리방침</footer>
</body></html>"""
add("dasomgilnews_article_88130.html", c4, {
    "note": "breadcrumb and a 많이 본 뉴스 ranking BEFORE the article in the HTML; `<title>` only the outlet, og:title the headline; `입력 2026.12.10 07:00 · 수정 …`; the only byline `X 기자 e-mail` as the body's last line",
    "article": {"title": t4, "author": "채무결", "author_email": "mkchae@dasomgilnews.kr", "published": "2026-12-10T07:00:00+09:00", "outlet": "다솜길뉴스", "language": "ko",
                "body_must_not_contain": ["많이 본 뉴스", "수능 성적 통지 앞두고", "올겨울 첫 한파특보", "동네 목욕탕 요금", "무단 전재-재배포", "청소년보호책임자"]}})

# 5. tags and reporter profile box ------------------------------------------------
t5 = "중소 제조업체 10곳 중 4곳 \"내년 설비투자 줄인다\""
p5 = [
    "내년 설비투자를 줄이겠다는 중소 제조업체가 늘었다. 고금리와 내수 부진이 겹치면서 투자 여력이 바닥났다는 응답이 많았다.",
    "중소기업중앙회가 제조업체 800곳을 조사한 결과 내년 설비투자를 올해보다 줄이겠다는 곳이 41.3%로 나타났다. 늘리겠다는 곳은 14.6%에 그쳤다.",
    "투자를 줄이는 이유로는 자금 조달 비용 상승이 가장 많이 꼽혔고 수요 감소, 원자재 가격 불안이 뒤를 이었다. 특히 종업원 50인 미만 업체에서 축소 응답이 높았다.",
    "경기 안산의 한 금형업체 대표는 \"기계를 바꿔야 할 때가 지났지만 대출 이자를 생각하면 엄두가 나지 않는다\"고 했다.",
    "업계는 정책자금 금리 인하와 설비투자 세액공제 확대를 요구하고 있다. 중기중앙회는 조사 결과를 정부에 전달할 계획이다.",
]
c5 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t5)} | 별솔치경제</title>
<meta property="og:title" content="{E(t5)} | 별솔치경제">
<meta property="og:description" content="대한민국 경제의 내일, 별솔치경제">
<meta property="article:published_time" content="2026-12-11T09:30:00+09:00">
<meta property="article:modified_time" content="2026-12-11T15:12:00+09:00">
</head><body>
<div class="gnb"><a href="/">별솔치경제</a> <a href="/industry">산업</a> <a href="/finance">금융</a> <a href="/realestate">부동산</a></div>
<div class="article-head">
<p class="cate">산업 · 중소기업</p>
<h1>{E(t5)}</h1>
<div class="byline"><span class="name">탁이든 기자</span> <span class="time">입력 2026-12-11 오전 9:30</span> <span class="time">수정 2026-12-11 오후 3:12</span></div>
</div>
<div class="article-body" id="articleBody">
{ps(p5)}
</div>
<div class="tag-list"><a href="/tag/중소기업">#중소기업</a> <a href="/tag/설비투자">#설비투자</a> <a href="/tag/고금리">#고금리</a></div>
<div class="reporter-box"><img src="/img/rep/tak.png" alt="탁이든 기자"><div><strong>탁이든 기자</strong> <a href="mailto:tak.ideun@byulsolchi.co.kr">tak.ideun@byulsolchi.co.kr</a><p>산업부에서 중소기업과 소상공인을 취재합니다.</p><a href="/reporter/211">다른 기사 보기</a> <button>구독</button></div></div>
<div class="related"><h3>관련기사</h3><ul><li>중기 대출 연체율 2년째 상승</li></ul></div>
<footer>별솔치경제 | Copyright © 별솔치경제. All rights reserved.</footer>
</body></html>"""
add("byulsolchi_article_20261211_4480.html", c5, {
    "note": "CMS with `#태그` links and a 기자 profile box (photo, mailto, one-line intro, `다른 기사 보기`, 구독) under the text; `입력 2026-12-11 오전 9:30`/`수정 … 오후 3:12`; og:title with ` | 매체`, site-wide og:description; e-mail only in the profile box",
    "article": {"title": t5, "author": "탁이든", "author_email": "tak.ideun@byulsolchi.co.kr", "published": "2026-12-11T09:30:00+09:00", "outlet": "별솔치경제", "language": "ko",
                "body_must_not_contain": ["#중소기업", "#설비투자", "다른 기사 보기", "중소기업과 소상공인을 취재합니다", "관련기사", "중기 대출 연체율"]}})

# 6. English og:title, Korean headline; date only in meta ---------------------------
t6 = "K-웹툰 번역 플랫폼, 동남아 독자 300만 명 돌파"
en6 = "Korean webtoon translation platform tops 3 million Southeast Asian readers"
p6 = [
    "국내 웹툰을 동남아 언어로 번역해 서비스하는 플랫폼의 이용자가 300만 명을 넘었다. 태국과 인도네시아 독자가 절반 이상을 차지했다.",
    "서비스를 운영하는 스타트업 마루새랩스는 지난달 월간 활성 이용자가 312만 명으로 집계됐다고 10일 밝혔다. 지난해 같은 달보다 2.4배 늘어난 수치다.",
    "회사는 번역가 400여 명과 계약해 작품당 평균 2주 안에 현지어 판을 내놓는다. 인공지능 번역 초안을 사람이 다듬는 방식으로 속도를 높였다.",
    "인기 작품은 학원물과 로맨스 판타지였다. 회사 관계자는 \"현지 독자들이 한국 학교 문화를 신기해하면서도 공감한다\"고 설명했다.",
    "업계에서는 불법 번역본 유통이 여전히 걸림돌로 꼽힌다. 마루새랩스는 현지 통신사와 손잡고 불법 사이트 차단 협력을 넓힐 계획이다.",
]
c6 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(en6)} - The Hanwool Post</title>
<meta property="og:title" content="{E(en6)}">
<meta property="og:site_name" content="한울포스트">
<meta property="og:locale" content="ko_KR">
<meta property="article:published_time" content="2026-12-10T07:00:00+09:00">
<meta name="twitter:title" content="{E(en6)}">
</head><body>
<div class="top-bar"><a href="/" class="brand">한울포스트 <small>The Hanwool Post</small></a> <a href="/en">ENGLISH</a></div>
<div class="post">
<div class="post-cat">IT·과학</div>
<h2 class="post-title">{E(t6)}</h2>
<div class="post-by">변서담 기자 <span class="upd">Updated 2026.12.10 11:40</span></div>
<div class="post-content">
{ps(p6)}
</div>
<div class="post-lang"><a href="/en/article/3390">Read in English</a></div>
</div>
<footer>The Hanwool Post | 한울포스트 | © 2026 Hanwool Media</footer>
</body></html>"""
add("hanwoolpost_post_3390.html", c6, {
    "note": "English og:title, twitter:title and `<title>` over a Korean h2 headline (gold the Korean); og:site_name Korean, brand with an English name; the visible date only `Updated 2026.12.10 11:40`, the publication time only in article:published_time; `Read in English` link",
    "article": {"title": t6, "author": "변서담", "published": "2026-12-10T07:00:00+09:00", "outlet": "한울포스트", "language": "ko",
                "body_must_not_contain": ["Read in English", "Updated 2026.12.10", "Hanwool Media"]}})

# 7. date only in <time datetime> ---------------------------------------------------
t7 = "눈길 미끄럼 사고 대비…제설제 자동 분사 장치 고갯길 8곳 설치"
p7 = [
    "강원도가 겨울철 미끄럼 사고가 잦은 고갯길 8곳에 제설제 자동 분사 장치를 설치했다. 노면 온도가 영하로 떨어지면 염수를 자동으로 뿌리는 방식이다.",
    "설치 구간은 진부령과 미시령 옛길, 한계령 일부 등 경사가 급하고 그늘이 많은 곳이다. 장치 한 곳의 설치비는 약 2억원이다.",
    "도는 지난겨울 이들 구간에서 결빙 사고 27건이 났다고 설명했다. 제설차가 도착하기 전 짧은 시간에 사고가 몰렸다는 분석이다.",
    "도로관리사업소 관계자는 \"새벽 시간대 살얼음을 미리 막는 효과가 크다\"며 \"운영 결과를 보고 설치 구간을 늘리겠다\"고 말했다.",
    "도는 운전자들에게 겨울철 고갯길에서는 감속 운행하고 체인 등 월동 장구를 갖출 것을 당부했다.",
]
c7 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t7)} | 마룻귀미디어</title>
</head><body>
<header class="site-header"><a href="/">마룻귀미디어</a></header>
<main>
<article class="entry">
<header class="entry-header">
<h1 class="entry-title">{E(t7)}</h1>
<div class="entry-meta"><span class="author vcard"><a href="/author/yukdoyun">육도윤 기자</a></span> · <time class="entry-date published" datetime="2026-12-11T07:00:00+09:00">3시간 전</time></div>
</header>
<div class="entry-content">
{ps(p7)}
</div>
<footer class="entry-footer"><span class="cat-links">분류: 강원, 교통</span> <span class="comments-link"><a href="#respond">댓글 남기기</a></span></footer>
</article>
<nav class="post-navigation"><a rel="prev" href="/p/5120">이전 글: 속초 대게 축제 관광객 몰려</a> <a rel="next" href="/p/5128">다음 글: 춘천 호반 얼음낚시 금지</a></nav>
</main>
<footer class="site-footer">© 마룻귀미디어 · Proudly powered by WordPress</footer>
</body></html>"""
add("maruthgwi_2026_12_11_snow-spray.html", c7, {
    "note": "WordPress-like theme, no og/JSON-LD; the date only in `<time datetime=\"2026-12-11T07:00:00+09:00\">` whose visible text is `3시간 전`; `X 기자` author link; category line, comment link and prev/next post navigation after the text",
    "article": {"title": t7, "author": "육도윤", "published": "2026-12-11T07:00:00+09:00", "outlet": "마룻귀미디어", "language": "ko",
                "body_must_not_contain": ["3시간 전", "댓글 남기기", "이전 글:", "다음 글:", "Proudly powered by WordPress", "분류: 강원"]}})

# 8. photo credits and figcaptions between paragraphs ------------------------------------
t8 = "폐교가 마을 미술관으로…강진 '바다학교' 10년의 기록"
p8 = [
    "전남 강진의 바닷가 마을에 문을 닫은 분교가 있다. 2016년 마지막 졸업생을 보낸 뒤 미술관으로 다시 태어난 이곳이 올해로 개관 10년을 맞았다.",
    "미술관을 꾸린 사람은 마을 출신 화가 부부다. 이들은 교실 네 칸을 전시실로 바꾸고 운동장에는 주민들이 주워 온 조개껍데기로 만든 설치 작품을 놓았다.",
    "10년 동안 다녀간 관람객은 7만 명이 넘는다. 주말이면 마을 할머니들이 직접 만든 간식을 팔고 아이들은 교실 바닥에 앉아 그림을 그린다.",
    "관장은 \"학교가 사라지면 마을의 시계도 멈춘다고 생각했다\"며 \"그림이 마을 사람들을 다시 모이게 했다\"고 말했다.",
    "미술관은 개관 10주년을 맞아 주민 30명의 초상화를 모은 특별전을 내년 2월까지 연다. 관람은 무료다.",
]
fig = lambda src, cap, credit: f'<figure class="photo"><img src="{src}" alt=""><figcaption>{E(cap)} [사진={E(credit)} 제공]</figcaption></figure>'
c8 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>온누바신문 - {E(t8)}</title>
<meta property="og:title" content="{E(t8)}">
<meta property="og:site_name" content="온누바신문">
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":t8,"datePublished":"2026-12-19T06:00:00+09:00","author":{"@type":"Person","name":"반예솔"}}, ensure_ascii=False)}</script>
</head><body>
<div class="hd"><a href="/">온누바신문</a> <span>문화·여행</span></div>
<div class="art">
<h1>{E(t8)}</h1>
<div class="info">글=반예솔 / 사진=길도겸</div>
<div class="txt">
<p>{E(p8[0])}</p>
{fig("/ph/sea1.jpg", "옛 분교 건물을 고쳐 만든 미술관 전경.", "바다학교미술관")}
<p>{E(p8[1])}</p>
<p>{E(p8[2])}</p>
{fig("/ph/sea2.jpg", "교실을 바꾼 전시실에서 아이들이 그림을 그리고 있다.", "강진군")}
<p>{E(p8[3])}</p>
<p>{E(p8[4])}</p>
</div>
<p class="approve">기사승인 2026.12.19 06:00</p>
<div class="sns">공유하기 페이스북 카카오톡 링크복사</div>
</div>
<footer>온누바신문 | Copyright © 2011 온누바신문</footer>
</body></html>"""
add("onnuba_art_20261219_0600.html", c8, {
    "note": "feature with two figures between paragraphs, each figcaption ending `[사진=X 제공]`; byline `글=X / 사진=Y` under the headline (author the writer, not the photographer); the date line `기사승인 2026.12.19 06:00` only after the text; JSON-LD agrees; share line, 2011 copyright",
    "article": {"title": t8, "author": "반예솔", "published": "2026-12-19T06:00:00+09:00", "outlet": "온누바신문", "language": "ko",
                "body_must_not_contain": ["[사진=바다학교미술관 제공]", "[사진=강진군 제공]", "공유하기 페이스북", "링크복사"]}})

# 9. regional paper --------------------------------------------------------------
t9 = "청주 무심천 벚꽃길 보행교 착공…2028년 봄 개통"
p9 = [
    "[청주=해오름충청신문] 명재운 기자 = 충북 청주 무심천을 가로지르는 보행 전용 다리가 착공했다. 벚꽃 철마다 좁은 둑길에 몰리던 인파를 나누기 위한 것이다.",
    "청주시는 22일 무심천 서문교와 청남교 사이에 길이 180m, 폭 6m의 보행교를 짓는 공사를 시작했다. 사업비는 국비와 시비를 합쳐 146억원이다.",
    "다리 중간에는 하천을 내려다볼 수 있는 전망 쉼터가 들어선다. 야간에는 경관 조명을 켜 산책로로 쓸 수 있게 한다.",
    "시 관계자는 \"봄철 주말 하루 방문객이 10만 명을 넘으면서 안전 문제가 컸다\"며 \"2028년 벚꽃 개화 전에 개통하겠다\"고 밝혔다.",
    "일부 환경단체는 공사 기간 하천 생태계 훼손을 우려했다. 시는 어류 산란기를 피해 하천 구간 공사 일정을 잡겠다고 했다.",
]
c9 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t9)} - 해오름충청신문</title>
<meta property="og:title" content="{E(t9)}">
<meta property="og:description" content="충청의 목소리, 해오름충청신문">
<meta property="article:published_time" content="2026-12-22T14:05:00+09:00">
</head><body>
<div class="top"><a href="/">해오름충청신문</a></div>
<nav class="region-menu"><strong>지역</strong> <a href="/region/cheongju">청주</a> <a href="/region/chungju">충주</a> <a href="/region/jecheon">제천</a> <a href="/region/daejeon">대전</a> <a href="/region/sejong">세종</a> <a href="/region/cheonan">천안·아산</a></nav>
<div class="path">홈 &gt; 지역 &gt; 청주</div>
<div class="news-view">
<h3 class="news-title">{E(t9)}</h3>
<ul class="news-info"><li>명재운 기자</li><li>입력 2026.12.22 14:05</li><li>댓글 0</li></ul>
<div class="news-body">
{ps(p9)}
</div>
<div class="region-news"><h4>청주 다른 뉴스</h4><ul><li>오송역 환승주차장 증설</li><li>청주공항 국제선 신규 취항</li></ul></div>
</div>
<footer>해오름충청신문 | 충북 청주시 | 등록일 2014.03.02 | Copyright © 해오름충청신문</footer>
</body></html>"""
add("haeoreumcc_news_view_20261222_7731.html", c9, {
    "note": "regional paper: 지역 menu (청주, 충주, 제천, …) and `홈 > 지역 > 청주` path above the article; `[청주=매체] X 기자 =` lede; `X 기자 · 입력 2026.12.22 14:05 · 댓글 0` info list; site-wide og:description; other regional news and 등록일 2014 footer",
    "article": {"title": t9, "author": "명재운", "published": "2026-12-22T14:05:00+09:00", "outlet": "해오름충청신문", "language": "ko",
                "body_must_not_contain": ["청주 다른 뉴스", "오송역 환승주차장 증설", "천안·아산", "등록일 2014.03.02", "댓글 0"]}})

# 10. ⓒ and 무단전재 lines inside the container; misleading JSON-LD ------------------------
t10 = "새해 첫 주 공공요금 줄줄이 동결…가스요금은 2분기 재검토"
p10 = [
    "정부가 새해 첫 분기 전기요금과 가스요금을 동결하기로 했다. 물가 부담을 줄이기 위한 조치지만 에너지 공기업의 적자는 더 쌓이게 됐다.",
    "산업통상자원부는 1분기 전기요금의 연료비 조정단가를 현재 수준으로 유지한다고 4일 발표했다. 주택용 도시가스 요금도 그대로 둔다.",
    "정부는 연초 물가 상승률이 2%대 중반에 머무는 상황에서 공공요금까지 오르면 서민 부담이 커진다고 판단했다. 다만 가스요금은 2분기에 국제 가격 흐름을 보고 다시 검토하기로 했다.",
    "에너지 공기업의 재무 상황은 악화하고 있다. 한 에너지 업계 관계자는 \"요금 동결이 길어지면 결국 미래 세대에 부담이 넘어간다\"고 지적했다.",
    "지방자치단체들도 상하수도와 시내버스 요금 인상을 미루는 분위기다. 일부 광역시는 상반기 중 인상 여부를 결정할 예정이다.",
    "석우란 기자 wooran@garamtteul.com",
]
ld10 = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
    {"@type": "ListItem", "position": 1, "item": {"@type": "NewsArticle", "headline": "지난해 4분기 전기요금 kWh당 5원 인상", "datePublished": "2026-09-21T10:00:00+09:00"}}]}
c10 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t10)} &lt; 경제 &lt; 기사본문 - 가람뜰뉴스</title>
<meta property="og:title" content="{E(t10)}">
<meta property="og:site_name" content="가람뜰뉴스">
<script type="application/ld+json">{json.dumps(ld10, ensure_ascii=False)}</script>
</head><body>
<div id="header"><a href="/">가람뜰뉴스</a></div>
<div id="article-view">
<header class="article-view-header"><h1 class="heading">{E(t10)}</h1>
<ul class="infomation"><li><i class="icon-user"></i> 석우란 기자</li><li><i class="icon-clock"></i> 입력 2027.01.04 11:00</li></ul></header>
<div id="article-view-content-div" itemprop="articleBody">
{ps(p10)}
<p class="copyright">ⓒ 가람뜰뉴스</p>
<p class="notice">무단전재 및 재배포 금지</p>
</div>
<div class="related-list"><h4>이 기사와 관련된 기사</h4><a href="/news/40112">지난해 4분기 전기요금 kWh당 5원 인상</a></div>
</div>
<footer>가람뜰뉴스 | 대표전화 02-000-0000</footer>
</body></html>"""
add("garamtteul_articleView_40388.html", c10, {
    "note": "CMS with `ⓒ 매체` and `무단전재 및 재배포 금지` as paragraphs inside the article container; misleading JSON-LD (an ItemList whose item is a related article with an earlier datePublished, 2026-09-21); `입력 2027.01.04 11:00`; end byline with e-mail; related list",
    "article": {"title": t10, "author": "석우란", "author_email": "wooran@garamtteul.com", "published": "2027-01-04T11:00:00+09:00", "outlet": "가람뜰뉴스", "language": "ko",
                "body_must_not_contain": ["ⓒ 가람뜰뉴스", "무단전재 및 재배포 금지", "이 기사와 관련된 기사", "kWh당 5원 인상", "대표전화"]}})

# 11. newsletter e-mail text dump -------------------------------------------------------
t11 = "동네 약국 심야 운영 확대…새벽 1시까지 문 여는 곳 두 배로"
p11 = [
    "밤늦게 문을 여는 공공심야약국이 새해부터 두 배로 늘어난다. 보건복지부는 공공심야약국을 전국 140곳에서 280곳으로 확대한다고 7일 밝혔다.",
    "공공심야약국은 오후 10시부터 다음 날 오전 1시까지 운영하며, 정부와 지방자치단체가 인건비 일부를 지원한다. 그동안은 대도시에 몰려 있어 농어촌 주민은 이용이 어려웠다.",
    "복지부는 이번 확대분의 절반을 약국이 없거나 드문 군 지역에 배정했다. 운영 약국 위치는 응급의료 포털과 지도 앱에서 확인할 수 있다.",
    "약사회 관계자는 \"밤에 아이가 열이 나는데 해열제를 구할 곳이 없다는 문의가 많았다\"며 \"야간 인력 확보를 위한 지원이 꾸준히 이어져야 한다\"고 말했다.",
    "복지부는 상반기 운영 실적을 평가해 하반기에 지원 단가를 조정할 계획이다.",
]
c11 = "\n".join([
    "[늘다솜 아침 브리핑] 2027년 1월 8일 금요일",
    "웹에서 보기",
    "",
    "안녕하세요, 늘다솜일보 아침 브리핑입니다. 오늘 꼭 읽어야 할 기사를 골라 보내드립니다.",
    "",
    "━━━━━━━━━━━━━━━━━━━━",
    "오늘의 기사",
    "",
    t11,
    "어다빈 기자 eo.dabin@neuldasom.co.kr | 발행 2027-01-08 06:30",
    "",
    *sum(([p, ""] for p in p11), []),
    "▶ 기사 전문 보기: https://www.neuldasom.co.kr/news/20270108/55102",
    "",
    "━━━━━━━━━━━━━━━━━━━━",
    "이 메일은 늘다솜일보 뉴스레터 수신에 동의하고 구독하신 분께 발송됩니다.",
    "더 이상 받지 않으시려면 수신거부를 눌러 주세요.",
    "늘다솜일보 | 서울특별시 중구 | 문의 newsletter@neuldasom.co.kr",
    "",
])
add("neuldasom_briefing_20270108.txt", c11, {
    "note": "text copied from a newsletter e-mail: letter name and date, `웹에서 보기`, greeting, `오늘의 기사`, one article with `X 기자 e-mail | 발행 2027-01-08 06:30`, `기사 전문 보기` link, `이 메일은 … 구독하신 분께 발송됩니다`, unsubscribe line, company footer; outlet the paper",
    "article": {"title": t11, "author": "어다빈", "author_email": "eo.dabin@neuldasom.co.kr", "published": "2027-01-08T06:30:00+09:00", "outlet": "늘다솜일보", "language": "ko",
                "body_must_not_contain": ["웹에서 보기", "아침 브리핑입니다", "기사 전문 보기", "구독하신 분께", "수신거부", "newsletter@neuldasom.co.kr"]}})

# 12. PDF print-edition dump -------------------------------------------------------------
t12 = "전통시장 화재 알림 설비, 설치는 늘었지만 절반은 '먹통'"
text12 = (
    "전국 전통시장에 설치된 화재 알림 설비의 절반 가까이가 제대로 작동하지 않는 것으로 나타났다. 설치 뒤 관리 예산이 따로 없어 고장 난 채 방치된 경우가 많았다. "
    "소방청이 지난해 하반기 전통시장 210곳을 점검한 결과 화재 알림 설비 1만2천여 개 가운데 47%가 오작동하거나 통신이 끊겨 있었다. 감지기 배터리가 방전된 사례가 가장 많았다. "
    "설비는 불이 나면 상인과 소방서에 동시에 문자를 보내도록 만들어졌다. 그러나 통신 요금이 밀려 회선이 해지된 시장도 적지 않았다. "
    "한 시장 상인회장은 \"설치할 때만 요란했지 고장이 나도 누구한테 연락해야 하는지 모른다\"고 말했다. "
    "소방청은 올해부터 설비 유지관리비를 지원 사업에 포함하고 분기마다 작동 여부를 원격으로 점검하기로 했다. "
    "전문가들은 겨울철 난방기구 사용이 늘어나는 만큼 점검을 서둘러야 한다고 지적했다."
)
import textwrap
lines = textwrap.wrap(text12, 34)
half = len(lines) // 2
c12 = "\n".join([
    "2027년 1월 12일 화요일 A5",
    "사회",
    "",
    t12,
    "",
    "소방청 210곳 점검… 배터리 방전·통신 해지 방치",
    "",
    "맹시우 기자",
    "",
    *lines[:half],
    "",
    "도담신보                                   2027년 1월 12일 화요일 A5",
    "",
    *lines[half:],
    "",
    "광고",
    "겨울맞이 온수매트 특가 - 도담몰",
    "",
])
add("dodam_print_20270112_A5.txt", c12, {
    "note": "text copied from a PDF of the print edition: page header `2027년 1월 12일 화요일 A5` (also repeated mid-text with the outlet as a running footer), section word, headline, subhead, `X 기자`, body broken mid-sentence every ~34 characters, an ad block after the text; date only from the page header",
    "article": {"title": t12, "author": "맹시우", "published": "2027-01-12", "outlet": "도담신보", "language": "ko",
                "body_must_not_contain": ["화요일 A5", "온수매트 특가", "도담몰"]}})


def check(fname, text, g):
    a = g["article"]
    flat = " ".join(text.split())
    flat_nolb = "".join(text.split())
    for k in ("title", "outlet", "author_email"):
        v = a.get(k)
        if v and html.escape(v) not in text and v not in text and "".join(v.split()) not in flat_nolb:
            raise SystemExit(f"{fname}: {k} {v!r} not on page")
    if a.get("author"):
        for n in a["author"].split(", "):
            assert n in text, (fname, n)
    for b in a["body_must_not_contain"]:
        assert b in text or html.escape(b) in text, (fname, b)
    print("ok", fname)


for fname, content, gold, enc in SETS:
    data = content.encode(enc)
    with open(os.path.join(PAGES, fname), "wb") as f:
        f.write(data)
    g = {"source": fname, "note": gold["note"], "article": gold["article"]}
    base = os.path.splitext(fname)[0]
    with open(os.path.join(GOLD, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    check(fname, data.decode(enc), g)
print(len(SETS), "pages")
