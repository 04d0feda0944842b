# -*- coding: utf-8 -*-
"""Build pages and gold of ko-meta-heldout53 (stdlib only). Run from the set directory."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import texts as T

OUT = os.path.join(os.path.dirname(__file__), "..")
PAGES, GOLD = os.path.join(OUT, "pages"), os.path.join(OUT, "gold")
E = html.escape
def ps(paras, tag="p"):
    return "\n".join(f"<{tag}>{E(p, quote=False)}</{tag}>" for p in paras)

pages = []  # (file, content str, encoding, gold article, note)
def add(fn, content, art, note, enc="utf-8"):
    pages.append((fn, content, enc, art, note))

# 1 regional weekly, EUC-KR, issue line, 2026년12월22일 07시00분, X 기자 (x@outlet.kr)
t = T.WEEKLY
add("byeorigol_weekly_news_view_1123_08.html", f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>벼리골신문 - 괴산·증평의 주간신문</title>
<meta name="description" content="괴산·증평 지역의 소식을 매주 전하는 주간신문 벼리골신문입니다.">
<meta name="keywords" content="괴산,증평,주간신문,벼리골신문">
</head>
<body>
<table width="980" align="center"><tr><td>
<div id="masthead"><a href="/"><img src="/img/logo.gif" alt="벼리골신문"></a>
<span class="issue">주간 벼리골신문 제1123호 | 2026년 12월 24일 (목) 발행</span>
<span class="top-links"><a href="/member/login.php">로그인</a> | <a href="/member/join.php">회원가입</a> | <a href="/subscribe.php">구독신청</a></span></div>
<div id="menu"><a href="/news/list.php?sec=1">군정·의회</a> <a href="/news/list.php?sec=2">마을소식</a> <a href="/news/list.php?sec=3">농업</a> <a href="/news/list.php?sec=4">교육</a> <a href="/news/list.php?sec=5">오피니언</a></div>
</td></tr>
<tr><td>
<div class="path">홈 &gt; 마을소식</div>
<h3 class="news-title">{E(t['title'])}</h3>
<div class="news-info">탁은재 기자 (takej@byeorigol.kr) | 등록 2026년12월22일 07시00분 | 제1123호 8면</div>
<div class="news-body">
{ps(t['paras'])}
</div>
<div class="copy">&lt;저작권자 ⓒ 벼리골신문 무단전재 및 재배포 금지&gt;</div>
<div class="news-tools"><a href="#">인쇄</a> <a href="#">메일보내기</a> <a href="#">목록</a></div>
<div class="this-issue"><b>제1123호 다른 기사</b>
<ul><li><a href="/news/view.php?no=1123_01">증평군 내년 예산 3천억 원 첫 돌파</a></li>
<li><a href="/news/view.php?no=1123_05">청천면 곶감 작목반, 올해 출하량 20% 늘어</a></li></ul></div>
</td></tr>
<tr><td><div id="footer">벼리골신문 | 충북 괴산군 괴산읍 동진천길 12 | 발행·편집인 차명숙 | 등록번호 충북 다00123 | 등록일 2004.03.15<br>Copyright ⓒ 2004 벼리골신문. All rights reserved.</div></td></tr>
</table></body></html>
""", dict(title=t["title"], author="탁은재", author_email="takej@byeorigol.kr", published="2026-12-22T07:00:00+09:00",
          outlet="벼리골신문", language="ko",
          body_must_not_contain=["저작권자 ⓒ 벼리골신문", "제1123호 다른 기사", "증평군 내년 예산 3천억 원 첫 돌파", "발행·편집인 차명숙", "구독신청"]),
    "regional weekly (주간) in EUC-KR with a charset meta: masthead issue line `제1123호 | 2026년 12월 24일 (목) 발행` (the print issue date, later than the web post), `X 기자 (e-mail) | 등록 2026년12월22일 07시00분 | 제1123호 8면`, this-issue list, 2004 footer; site-wide description", enc="euc-kr")

# 2 [기고] contributor column
t = T.GIGO
add("deulkkaekkot_opinion_gigo_20261222_4410.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>[기고] {E(t['title'])} - 들깨꽃일보</title>
<meta name="description" content="들깨꽃일보는 정확하고 깊이 있는 뉴스로 독자와 함께합니다.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="들깨꽃일보">
<meta property="og:title" content="[기고] {E(t['title'])}">
<meta property="og:description" content="들깨꽃일보는 정확하고 깊이 있는 뉴스로 독자와 함께합니다.">
<meta property="article:published_time" content="2026-12-22T07:00:00+09:00">
</head><body>
<header class="gnb"><a class="logo" href="/">들깨꽃일보</a><nav><a href="/politics">정치</a><a href="/economy">경제</a><a href="/society">사회</a><a href="/opinion">오피니언</a></nav><a href="/login">로그인</a></header>
<main>
<div class="opinion-head">
<span class="label">[기고]</span>
<h1 class="tit">{E(t['title'])}</h1>
<div class="writer"><img src="/img/writer/bong_dajeong.jpg" alt="봉다정"><strong>봉다정</strong> <span>새울대 도시계획학과 교수</span></div>
<div class="date">입력 : 2026-12-22 오전 7:00:00</div>
</div>
<article id="articleBody">
{ps(t['paras'])}
</article>
<p class="writer-bio">봉다정 교수는 새울대 도시계획학과에서 농촌 교통과 생활권 계획을 가르치고 있다.</p>
<p class="disclaimer">※ 외부 기고는 본지의 편집 방향과 다를 수 있습니다.</p>
<div class="sns"><button>페이스북</button><button>카카오톡</button><button>링크 복사</button></div>
<section class="more"><h3>오피니언 많이 본 기사</h3><ol><li><a href="/opinion/4391">[시론] 연금개혁, 다음 세대의 몫은 누가 지나</a></li><li><a href="/opinion/4402">[기자수첩] 겨울 축제의 쓰레기</a></li></ol></section>
</main>
<footer>들깨꽃일보 | 서울특별시 중구 세종대로 100 | 대표전화 02-000-1234<br>ⓒ 들깨꽃일보, 무단 전재 및 재배포 금지</footer>
</body></html>
""", dict(title=t["title"], author="봉다정", published="2026-12-22T07:00:00+09:00", outlet="들깨꽃일보", language="ko",
          body_must_not_contain=["외부 기고는 본지의 편집 방향과 다를 수 있습니다", "오피니언 많이 본 기사", "연금개혁, 다음 세대의 몫은 누가 지나", "무단 전재 및 재배포 금지", "링크 복사"]),
    "[기고] contributor column: `[기고]` label above the h1 (in og:title and <title> too), byline the contributor's name and post `X 새울대 도시계획학과 교수` (no 기자), `입력 : 2026-12-22 오전 7:00:00`, site-wide description, bio and disclaimer after the body; title without the label, author X without the post")

# 3 [사설] editorial, no meta, author null
t = T.SASEOL
add("jaetmaru_editorial_view_20261222.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>잿마루신문</title>
</head><body>
<div id="top"><a href="/"><img src="/images/jaetmaru_logo.png" alt="잿마루신문"></a> <span>2026년 12월 22일 화요일</span></div>
<ul id="gnb"><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>오피니언</li></ul>
<div id="content">
<div class="section-name">오피니언 &gt; 사설</div>
<div class="view-head">
<em class="cate">사설</em>
<h2>{E(t['title'])}</h2>
<p class="dt">입력 2026.12.22 00:05</p>
</div>
<div class="view-body">
{ps(t['paras'])}
</div>
<div class="view-foot">Copyright ⓒ 잿마루신문. 무단전재-재배포 금지</div>
<div class="other">
<h4>다른 사설·칼럼</h4>
<ul>
<li><a href="/opinion/20261221_01">[사설] 겨울철 전력 수급, 낙관할 때 아니다</a></li>
<li><a href="/opinion/20261221_07">[논설위원 칼럼] 골목 상권의 연말 - 선우기탁 논설위원</a></li>
<li><a href="/opinion/20261220_03">[사설] 지방의대 정원, 지역에 남는 의사부터</a></li>
</ul></div>
</div>
<div id="footer">(주)잿마루신문사 | 부산광역시 동구 중앙대로 200 | Copyright ⓒ 2008 잿마루신문 All rights reserved.</div>
</body></html>
""", dict(title=t["title"], author=None, published="2026-12-22T00:05:00+09:00", outlet="잿마루신문", language="ko",
          body_must_not_contain=["무단전재-재배포 금지", "다른 사설·칼럼", "겨울철 전력 수급, 낙관할 때 아니다", "선우기탁 논설위원", "(주)잿마루신문사"]),
    "[사설] editorial with no meta: <title> only the outlet, `사설` label above the h2, no byline, `입력 2026.12.22 00:05`, other editorials list with a `X 논설위원` column, 2008 copyright; author null (not the 논설위원 in the list)")

# 4 reporter photo and name card above the headline
t = T.CARD
add("jajakbyeot_news_article_20261222_77102.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t['title'])} | 자작볕뉴스</title>
<meta property="og:site_name" content="자작볕뉴스">
<meta property="og:title" content="{E(t['title'])}">
<meta property="og:description" content="{E(t['paras'][0])}">
<meta property="article:published_time" content="2026-12-22T08:30:00+09:00">
<meta property="article:modified_time" content="2026-12-22T10:02:00+09:00">
<meta name="author" content="자작볕뉴스">
</head><body>
<header><a href="/" class="logo">자작볕뉴스</a><nav>전국 | 환경 | 사회 | 문화</nav></header>
<div class="wrap">
<div class="reporter-card">
<img class="reporter-photo" src="/upload/reporter/gam_haedeun.jpg" alt="감해든 기자">
<div class="reporter-info"><strong class="name">감해든 기자</strong> <a class="mail" href="mailto:hdgam@jajakbyeot.co.kr">hdgam@jajakbyeot.co.kr</a>
<button class="subscribe">기자 구독</button> <a href="/reporter/1287">다른 기사 보기</a></div>
</div>
<h1 class="headline">{E(t['title'])}</h1>
<div class="dates"><span>입력 2026.12.22 08:30</span> <span>수정 2026.12.22 10:02</span></div>
<div class="article-body">
{ps(t['paras'])}
</div>
<div class="copyright">ⓒ 자작볕뉴스 무단전재 및 재배포금지</div>
<div class="tags"># 순천만 # 흑두루미 # 철새</div>
<aside><h3>이 기자의 다른 기사</h3><ul><li>여수 섬마을 해상택시 내년 3월 운항</li><li>광양 제철소 협력사 임금체불 수사</li></ul></aside>
</div>
<footer>자작볕뉴스 | 광주광역시 서구 상무중앙로 7 | 청소년보호책임자 임해담 | Copyright ⓒ 2011 자작볕뉴스</footer>
</body></html>
""", dict(title=t["title"], author="감해든", author_email="hdgam@jajakbyeot.co.kr", published="2026-12-22T08:30:00+09:00",
          outlet="자작볕뉴스", language="ko",
          body_must_not_contain=["기자 구독", "다른 기사 보기", "무단전재 및 재배포금지", "이 기자의 다른 기사", "여수 섬마을 해상택시 내년 3월 운항", "청소년보호책임자"]),
    "reporter photo and name card (photo, `X 기자`, e-mail, 기자 구독, 다른 기사 보기) ABOVE the h1, dates below; `<meta name=author>` the outlet; 입력 not 수정; card and lists not body")

# 5 date only in <time> and JSON-LD
t = T.TIMEJSON
ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t["title"],
      "datePublished": "2026-12-22T06:40:00+09:00", "dateModified": "2026-12-22T06:40:00+09:00",
      "author": {"@type": "Person", "name": "모서겸"},
      "publisher": {"@type": "Organization", "name": "벼름경제", "logo": {"@type": "ImageObject", "url": "https://www.byeoreumbiz.kr/img/logo.png"}},
      "mainEntityOfPage": "https://www.byeoreumbiz.kr/a/20261222_3318"}
add("byeoreumbiz_a_20261222_3318.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>벼름경제</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<div class="topbar"><a href="/">벼름경제</a> <a href="/industry">산업</a> <a href="/region">지역경제</a> <a href="/finance">금융</a></div>
<article>
<p class="kicker">산업 · 조선</p>
<h1>{E(t['title'])}</h1>
<div class="meta"><span class="by">모서겸 기자</span> <time datetime="2026-12-22T06:40:00+09:00" class="ago">3시간 전</time></div>
<figure><img src="/photo/20261222/3318.jpg" alt=""><figcaption>통영 교육센터 입학식</figcaption></figure>
<div class="body">
{ps(t['paras'])}
</div>
</article>
<div class="share">공유하기 <a>카카오</a> <a>X</a> <a>URL 복사</a></div>
<section class="rank"><h2>지금 많이 읽는 기사</h2><ol><li>반도체 장비주 연말 랠리 이어질까</li><li>中 저가 철강 유입에 후판 가격 또 내려</li></ol></section>
<footer>© 벼름경제. All rights reserved. 무단 복제 및 전재·배포 금지</footer>
</body></html>
""", dict(title=t["title"], author="모서겸", published="2026-12-22T06:40:00+09:00", outlet="벼름경제", language="ko",
          body_must_not_contain=["3시간 전", "지금 많이 읽는 기사", "반도체 장비주 연말 랠리 이어질까", "URL 복사", "무단 복제 및 전재·배포 금지"]),
    "date only in `<time datetime=…>` (visible text a relative `3시간 전`) and JSON-LD datePublished; no og, <title> only the outlet, outlet from JSON-LD publisher; `X 기자` without e-mail")

# 6 two dates in one line, og:title with a label the page does not show
t = T.TWODATES
add("mulkkot_news_read_20261222_5502.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t['title'])} - 물꽃일보</title>
<meta property="og:title" content="[르포] {E(t['title'])}">
<meta property="og:site_name" content="물꽃일보">
<meta property="og:url" content="https://www.mulkkot.com/news/read/20261222/5502">
</head><body>
<div id="hd"><a href="/" id="logo">물꽃일보</a><ul class="menu"><li>대전</li><li>세종</li><li>충남</li><li>교통</li></ul></div>
<div id="ct">
<h2 class="subject">{E(t['title'])}</h2>
<div class="info">맹새란 기자 saeran@mulkkot.com<br>최초 입력 2026.12.22 07:00 | 최종 수정 2026.12.22 09:40</div>
<div class="font-tool">글자크기 <button>가+</button> <button>가-</button> <button>인쇄</button></div>
<div id="article">
{ps(t['paras'])}
</div>
<p class="copy">저작권자 © 물꽃일보 무단전재 및 재배포 금지</p>
<div class="rel-bottom"><strong>관련뉴스</strong><a href="#">트램 공사 구간 우회로 안내</a><a href="#">대전 시내버스 노선 개편 내년 시행</a></div>
</div>
<div id="ft">물꽃일보 | 대전광역시 중구 대종로 1 | 발행인 허서담 | Copyright © 2012 물꽃일보</div>
</body></html>
""", dict(title=t["title"], author="맹새란", author_email="saeran@mulkkot.com", published="2026-12-22T07:00:00+09:00",
          outlet="물꽃일보", language="ko",
          body_must_not_contain=["최종 수정 2026.12.22 09:40", "글자크기", "저작권자 © 물꽃일보", "대전 시내버스 노선 개편 내년 시행", "발행인 허서담"]),
    "two dates in one line `최초 입력 2026.12.22 07:00 | 최종 수정 2026.12.22 09:40` (published the first); og:title with a `[르포]` label the page does not show (title without it); `X 기자 e-mail` above the dates")

# 7 related-article box between paragraphs, X·Y·Z 기자
t = T.RELATED
p = t["paras"]
box = """<div class="rel-box"><strong>관련기사</strong><ul>
<li><a href="/news/articleView.html?idxno=88102">서울 아파트 청약 경쟁률 3년 만에 최고</a></li>
<li><a href="/news/articleView.html?idxno=88150">건설사 공사비 분쟁 올해만 40건</a></li>
</ul></div>"""
add("baramjae_news_articleView_88213.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t['title'])} - 바람재뉴스</title>
<meta name="copyright" content="Copyright 2013 바람재뉴스">
<meta property="og:title" content="{E(t['title'])}">
<meta property="og:site_name" content="바람재뉴스">
<meta property="article:published_time" content="2026-12-22T11:20:00+09:00">
</head><body>
<header><h1 class="logo"><a href="/">바람재뉴스</a></h1><nav>부동산 | 금융 | 산업 | 정책</nav></header>
<section class="article-head">
<h3 class="heading">{E(t['title'])}</h3>
<h4 class="sub">서울은 ㎡당 1천520만 원…공사비 부담 여전</h4>
<ul class="infomation"><li>예재휘·모해솔·함지누 기자</li><li>입력 2026.12.22 11:20</li><li>댓글 0</li></ul>
</section>
<article id="article-view-content-div">
{ps(p[:3])}
{box}
{ps(p[3:])}
</article>
<div class="copyright">저작권자 © 바람재뉴스 무단전재 및 재배포 금지</div>
<footer>바람재뉴스 | 서울 영등포구 국제금융로 10 | 등록일 2013.05.02</footer>
</body></html>
""", dict(title=t["title"], author="예재휘, 모해솔, 함지누", published="2026-12-22T11:20:00+09:00", outlet="바람재뉴스", language="ko",
          body_must_not_contain=["관련기사", "서울 아파트 청약 경쟁률 3년 만에 최고", "건설사 공사비 분쟁 올해만 40건", "서울은 ㎡당 1천520만 원…공사비 부담 여전", "무단전재 및 재배포 금지", "댓글 0"]),
    "related-article box (`관련기사` + two links) inside the body between paragraphs 3 and 4; three reporters `X·Y·Z 기자` (gold `X, Y, Z`); h4 subtitle; 2013 copyright meta")

# 8 long image-caption blocks with ⓒ per photo, byline at the end
t = T.CAPTIONS
p = t["paras"]
fig = lambda n, cap: f"""<div class="photo-block"><img src="/news/photo/202612/2044_{n}.jpg" alt=""><p class="caption">{E(cap)}</p></div>"""
add("solbatang_photo_news_20261221_2044.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>솔바탕신문 :: {E(t['title'])}</title>
<meta property="og:title" content="{E(t['title'])}">
<meta property="og:site_name" content="솔바탕신문">
</head><body>
<div class="gnb"><a href="/">솔바탕신문</a> 강원 | 영동 | 영서 | 포토</div>
<div class="view">
<h1>{E(t['title'])}</h1>
<div class="meta">기사입력 2026-12-21 19:05 | 조회 1,204</div>
{fig(1, "21일 오전 강원 홍천군 내면의 한 마을 진입로에서 주민들이 제설 날을 단 트랙터로 밤사이 쌓인 눈을 치우고 있다. 이 마을로 들어가는 군도 4㎞ 구간은 전날 밤부터 하루 가까이 막혔다. ⓒ솔바탕신문 국지호 기자")}
{ps(p[:3])}
{fig(2, "눈에 덮인 마을 어귀에서 한 주민이 삽으로 집 앞 골목의 눈을 퍼내고 있다. 이틀 동안 이 일대에는 40㎝가 넘는 눈이 내렸다. ⓒ솔바탕신문 국지호 기자")}
{fig(3, "홍천군 제설차가 21일 오후 마을 진입로에 들어서고 있다. ⓒ홍천군 제공")}
{ps(p[3:])}
<p class="byline">홍천=국지호 기자 kook.jh@solbatang.kr</p>
</div>
<p class="cr">ⓒ 솔바탕신문 All rights reserved.</p>
<div class="photo-more"><b>포토 더보기</b> 대관령 상고대 | 속초 해맞이 준비</div>
<footer>솔바탕신문 | 강원특별자치도 춘천시 중앙로 5 | 등록 2010.09.01</footer>
</body></html>
""", dict(title=t["title"], author="국지호", author_email="kook.jh@solbatang.kr", published="2026-12-21T19:05:00+09:00",
          outlet="솔바탕신문", language="ko",
          body_must_not_contain=["ⓒ솔바탕신문 국지호 기자", "ⓒ홍천군 제공", "조회 1,204", "포토 더보기", "대관령 상고대"]),
    "long image-caption blocks (three photos, two before and between paragraphs) each ending in its own `ⓒ…` credit; `기사입력 2026-12-21 19:05 | 조회`; the only byline `홍천=X 기자 e-mail` at the body's end; credits and photo list not body")

# 9 portal PC entertainment page carrying an outlet, [X 기자] in the lede
t = T.PORTAL
p = list(t["paras"]); p[0] = "[어라희 기자] " + p[0]
add("naraeon_entertain_read_0412_0000198833.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t['title'])} : 나래온 연예</title>
<meta property="og:site_name" content="나래온 연예">
<meta property="og:title" content="{E(t['title'])}">
<meta property="og:article:author" content="은하길스타">
<meta name="twitter:creator" content="은하길스타">
</head><body>
<div id="portal-header"><a href="https://www.naraeon.net">나래온</a> <a href="/entertain">연예</a> | 홈 | TV | 영화 | 뮤직 | 포토 | 랭킹 <a href="/login">로그인</a></div>
<div id="ct" class="end">
<div class="press"><a href="/entertain/press/0412"><img src="/press/0412.png" alt="은하길스타"></a> <button>구독</button></div>
<h2 class="end_tit">{E(t['title'])}</h2>
<div class="author_area">기사입력 2026.12.22. 오후 3:12 <span>최종수정 2026.12.22. 오후 4:05</span> <a href="https://www.eunhagil.com/news/198833" class="orig">기사원문</a></div>
<div class="article_body" id="articeBody">
{ps(p)}
<p>어라희 기자 arahee@eunhagil.com</p>
<p>&lt;ⓒ은하길스타, 무단전재 및 재배포 금지&gt;</p>
</div>
<div class="reaction">좋아요 12 | 응원해요 30 | 후속기사 원해요 4</div>
<div class="press_more"><h4>은하길스타 주요뉴스</h4><ul><li>가수 단비, 새 앨범 선공개곡 음원차트 1위</li></ul></div>
<div class="rank"><h4>연예 많이 본 뉴스</h4><ol><li>예능 '시골 한 바퀴' 시즌3 확정</li></ol></div>
</div>
<div id="footer">나래온 이용약관 | 개인정보처리방침 | 각 기사의 저작권은 해당 언론사에 있습니다. ⓒ NARAEON Corp.</div>
</body></html>
""", dict(title=t["title"], author="어라희", author_email="arahee@eunhagil.com", published="2026-12-22T15:12:00+09:00",
          outlet="은하길스타", language="ko",
          body_must_not_contain=["좋아요 12", "은하길스타 주요뉴스", "연예 많이 본 뉴스", "각 기사의 저작권은 해당 언론사에 있습니다", "기사원문"]),
    "portal PC entertainment page (나래온 연예) carrying 은하길스타: og:site_name and <title> the portal, press logo alt and og:article:author the original; `기사입력 2026.12.22. 오후 3:12` / 최종수정; `[X 기자]` tag opening the lede; end byline with e-mail; reactions and rankings not body")

# 10 The X Times Korean edition, Updated 2026.12.22
t = T.ENGTIMES
add("baekdamtimes_ko_article_20261222_0098.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t['title'])} - The Baekdam Times 한국어판</title>
<meta name="description" content="The Baekdam Times Korean Edition - News from Korea in Korean and English">
<meta property="og:site_name" content="The Baekdam Times">
<meta property="og:title" content="{E(t['title'])}">
<link rel="alternate" hreflang="en" href="https://www.baekdamtimes.com/article/20261222000098">
</head><body>
<header><a href="/ko" class="brand">The Baekdam Times <small>한국어판</small></a>
<nav>Home | National | Business | Culture | <a href="https://www.baekdamtimes.com">English</a></nav></header>
<main>
<p class="section">National · Tourism</p>
<h1>{E(t['title'])}</h1>
<div class="byline">옹주하 기자 <span class="upd">Updated 2026.12.22</span></div>
<p class="en-link"><a href="https://www.baekdamtimes.com/article/20261222000098">Read this article in English</a></p>
<div class="content">
{ps(t['paras'])}
</div>
<p class="cr">Copyright © The Baekdam Times. All rights reserved. 무단 전재 금지</p>
<section class="popular"><h3>Most Popular</h3><ol><li>Seoul subway fares to rise in March</li><li>'K-장' 김장 체험, 외국인 신청 몰려</li></ol></section>
</main>
<footer>The Baekdam Times | 서울 종로구 율곡로 20 | Since 1998</footer>
</body></html>
""", dict(title=t["title"], author="옹주하", published="2026-12-22", outlet="The Baekdam Times", language="ko",
          body_must_not_contain=["Read this article in English", "Updated 2026.12.22", "Most Popular", "Seoul subway fares to rise in March", "무단 전재 금지"]),
    "English-named outlet's Korean edition (`The Baekdam Times 한국어판`): English nav and Most Popular, `Read this article in English`, site-wide English description; the only date `Updated 2026.12.22` (date only); outlet without 한국어판")

# 11 RSS reader text dump
t = T.RSS
add("rss_reader_hanulgil_20261222.txt", "\n".join([
    "피드모아 · 내 피드",
    "한울길일보 - 전체기사 (24)",
    "",
    t["title"],
    "한울길일보 · 2026년 12월 22일 화요일 오전 7:00 · 편시우 기자",
    "",
    *[x + "\n" for x in t["paras"]],
    "ⓒ 한울길일보. 무단전재 및 재배포 금지.",
    "",
    "원문 보기 ↗",
    "읽음으로 표시 · 나중에 읽기 · 공유",
    "",
    "다음 글: 해운대 빛축제 27일 개막…올해는 드론쇼 더해",
    "",
]), dict(title=t["title"], author="편시우", published="2026-12-22T07:00:00+09:00", outlet="한울길일보", language="ko",
          body_must_not_contain=["피드모아", "원문 보기", "읽음으로 표시", "나중에 읽기", "해운대 빛축제 27일 개막", "전체기사 (24)"]),
    "text copied from an RSS reader (피드모아): feed name `매체 - 전체기사 (24)`, headline, `매체 · 2026년 12월 22일 화요일 오전 7:00 · X 기자` line, body, copyright, 원문 보기, reader actions, next item; outlet not the reader")

# 12 messenger share preview plus full text, byline at the end
t = T.MESSENGER
add("messenger_share_sodamdeul_20261222.txt", "\n".join([
    "[소담들신문] " + t["title"],
    t["paras"][0],
    "www.sodamdeul.kr",
    "https://www.sodamdeul.kr/news/articleView.html?idxno=40218",
    "오전 11:47",
    "",
    "----- 전문 -----",
    "",
    t["title"],
    "입력 2026.12.22 10:15",
    "",
    *[x + "\n" for x in t["paras"]],
    "청주=추겸우 기자 gwchu@sodamdeul.kr",
    "",
    "<저작권자 ⓒ 소담들신문, 무단 전재 및 재배포 금지>",
    "",
]), dict(title=t["title"], author="추겸우", author_email="gwchu@sodamdeul.kr", published="2026-12-22T10:15:00+09:00",
          outlet="소담들신문", language="ko",
          body_must_not_contain=["idxno=40218", "www.sodamdeul.kr", "오전 11:47", "----- 전문 -----", "저작권자 ⓒ 소담들신문"]),
    "messenger share preview (`[매체] headline`, lede preview, domain, link, chat time `오전 11:47`) followed by the full text: headline, `입력 2026.12.22 10:15`, body, end byline `청주=X 기자 e-mail` the only byline; title without `[매체]`, lede not doubled, preview furniture not body")

# write + check
bad = 0
for fn, content, enc, art, note in pages:
    data = content.encode(enc)
    with open(os.path.join(PAGES, fn), "wb") as f:
        f.write(data)
    text = html.unescape(data.decode(enc))
    for k in ("title", "author", "author_email", "outlet"):
        v = art.get(k)
        if v:
            for part in v.split(", "):
                if part not in text:
                    print("MISSING", fn, k, part); bad += 1
    for s in art["body_must_not_contain"]:
        if s not in text:
            print("MISSING bmnc", fn, s); bad += 1
    n = len(text)
    gold = {"source": fn, "note": note, "article": art}
    with open(os.path.join(GOLD, os.path.splitext(fn)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
print(len(pages), "pages,", bad, "problems")
