"""Build ko-meta-heldout49 pages and gold (stdlib only). Run from the set folder: python tools/make_set.py"""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from texts import A

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(HERE, 'pages'), os.path.join(HERE, 'gold')
E = html.escape
out = []  # (file, bytes, gold)

def ps(key, tag='p'):
    return '\n'.join(f'<{tag}>{E(p, quote=False)}</{tag}>' for p in A[key]['paras'])

def add(fname, text, gold, enc='utf-8'):
    out.append((fname, text.encode(enc), gold, enc))

def g(src, title, author, published, outlet, bmnc, note, email=None):
    art = {"title": title, "author": author}
    if email: art["author_email"] = email
    art.update({"published": published, "outlet": outlet, "language": "ko", "body_must_not_contain": bmnc})
    return {"source": src, "note": note, "article": art}

# 1 AMP
k = 'amp'; t = A[k]['title']
f = 'yseulbada_amp_news_20261218_40721.html'
ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
      "datePublished": "2026-12-18T21:30:00+09:00", "dateModified": "2026-12-19T08:10:00+09:00",
      "author": {"@type": "Person", "name": "엄나윤 기자"},
      "publisher": {"@type": "Organization", "name": "윤슬바다일보", "logo": {"@type": "ImageObject", "url": "https://www.yseulbada.kr/img/logo.png"}},
      "image": ["https://img.yseulbada.kr/2026/12/18/40721_1.jpg"]}
page = f'''<!doctype html>
<html ⚡ lang="ko">
<head>
<meta charset="utf-8">
<title>{E(t)} | 윤슬바다일보</title>
<link rel="canonical" href="https://www.yseulbada.kr/news/articleView.html?idxno=40721">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="{E(t)} | 윤슬바다일보">
<meta property="og:site_name" content="윤슬바다일보">
<meta property="article:published_time" content="2026-12-18T21:30:00+09:00">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.byline{{color:#666;font-size:13px}} .dates span{{margin-right:8px}}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<amp-sidebar id="menu" layout="nodisplay" side="left">
<ul><li><a href="/">홈</a></li><li><a href="/local">지역</a></li><li><a href="/society">사회</a></li><li><a href="/economy">경제</a></li><li><a href="/sports">스포츠</a></li></ul>
</amp-sidebar>
<header><button on="tap:menu.toggle">메뉴</button> <a href="/"><amp-img src="/img/logo.png" width="120" height="30" alt="윤슬바다일보"></amp-img></a></header>
<article>
<div class="section">지역 &gt; 부산</div>
<h1>{E(t)}</h1>
<div class="byline">엄나윤 기자 eomny@yseulbada.kr</div>
<div class="dates"><span>입력 2026.12.18 21:30</span><span>수정 2026.12.19 08:10</span></div>
<div class="share"><amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share> 공유하기</div>
<figure><amp-img src="https://img.yseulbada.kr/2026/12/18/40721_1.jpg" width="640" height="400" layout="responsive" alt="열선 공사"></amp-img>
<figcaption>영도구 청학동 경사로에서 도로 열선 매설 공사가 진행되고 있다. 영도구 제공</figcaption></figure>
<div class="article-body">
{ps(k)}
</div>
<p class="copy">저작권자 © 윤슬바다일보 무단전재 및 재배포 금지</p>
</article>
<section class="more"><h3>지역 많이 본 뉴스</h3><ol><li><a href="/n/40702">해운대 해변 겨울 산책로 야간 조명 켠다</a></li><li><a href="/n/40688">기장 멸치 축제 내년 일정 확정</a></li></ol></section>
<footer><a href="https://www.yseulbada.kr/news/articleView.html?idxno=40721">PC 버전으로 보기</a> · 윤슬바다일보 · 부산광역시 중구 · Copyright © 2026 윤슬바다일보. All rights reserved.</footer>
</body></html>
'''
add(f, page, g(f, t, "엄나윤", "2026-12-18T21:30:00+09:00", "윤슬바다일보",
   ["PC 버전으로 보기", "지역 많이 본 뉴스", "해운대 해변 겨울 산책로 야간 조명 켠다", "무단전재 및 재배포 금지", "공유하기", "영도구 제공"],
   "AMP page (<html ⚡>): amp-sidebar menu, amp-social-share, JSON-LD author '엄나윤 기자'; og:title/<title> with ' | 매체'; visible `X 기자 e-mail`, `입력 2026.12.18 21:30` then `수정`; `[매체=X 기자]` lede; photo caption, most-read and PC-version footer. Tests: title without suffix, 입력 not 수정, e-mail, furniture not body.",
   email="eomny@yseulbada.kr"))

# 2 print view EUC-KR
k = 'print'; t = A[k]['title']
f = 'neungsohwa_print_popup_88310.html'
page = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>인쇄하기</title>
<style>body{{font-size:12px}} table.info td{{padding:2px 6px;border:1px solid #ccc}}</style>
<script>function doPrint(){{window.print();}}</script>
</head>
<body onload="">
<div class="top"><img src="/img/print_logo.gif" alt="능소화신문"> <a href="javascript:doPrint()">[인쇄하기]</a> <a href="javascript:window.close()">[닫기]</a></div>
<h2 class="title">{E(t)}</h2>
<table class="info">
<tr><td>기자</td><td>정다올 인턴기자</td></tr>
<tr><td>기사입력</td><td>기사입력 : 2026년 12월 17일 14:05</td></tr>
</table>
<div class="content">
{ps(k)}
</div>
<div class="src">출처 : 능소화신문 (http://www.neungsohwa.co.kr/news/view.asp?no=88310)</div>
<div class="copy">Copyright ⓒ 2008 능소화신문. All rights reserved.</div>
</body>
</html>
'''
add(f, page, g(f, t, "정다올", "2026-12-17T14:05:00+09:00", "능소화신문",
   ["[인쇄하기]", "[닫기]", "출처 : 능소화신문", "All rights reserved", "기사입력 : 2026년 12월 17일 14:05"],
   "print view (인쇄하기 popup) in EUC-KR with real bytes and a charset meta, no og/JSON-LD: <title> 인쇄하기, print/close links, byline `X 인턴기자` and `기사입력 : 2026년 12월 17일 14:05` in a small table, outlet only as logo alt and in `출처 :`, 2008 copyright. Tests: decoding, author without 인턴기자, the Korean date form, outlet from logo/출처.")
   , enc='euc-kr')

# 3 mobile with slide-out menu
k = 'mobile'; t = A[k]['title']
f = 'm_oksaekkot_article_71904.html'
menu = ''.join(f'<li><a href="/section/{i}">{s}</a></li>' for i, s in enumerate(['정치','경제','사회','경기','수원','용인','화성','문화','스포츠','오피니언','포토','기획·연재']))
page = f'''<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>억새꽃뉴스 모바일</title>
<meta property="og:title" content="{E(t)} - 억새꽃뉴스">
<meta property="og:url" content="https://m.oksaekkot.kr/article/71904">
<meta name="description" content="경기 남부 생활 뉴스, 억새꽃뉴스가 전합니다">
<link rel="canonical" href="https://www.oksaekkot.kr/news/articleView.html?idxno=71904">
</head>
<body>
<div id="slideMenu" class="slide-menu" aria-hidden="true">
<div class="sm-head"><a href="/member/login">로그인</a> | <a href="/member/join">회원가입</a> <button class="sm-close">닫기</button></div>
<form class="sm-search"><input type="search" placeholder="검색어를 입력하세요"><button>검색</button></form>
<ul class="sm-list">{menu}</ul>
<div class="sm-foot"><a href="/subscribe">구독신청</a> <a href="/jebo">기사제보</a> <a href="/ad">광고문의</a></div>
</div>
<header class="m-head"><button class="btn-menu" onclick="openMenu()">전체메뉴</button><a href="/" class="logo">억새꽃뉴스</a><button class="btn-search">검색</button></header>
<div class="app-banner">억새꽃뉴스 앱에서 더 편하게 보세요 <a href="/app">앱 열기</a></div>
<main>
<p class="cate">경제 · 수원</p>
<h1 class="tit">{E(t)}</h1>
<p class="writer">권하람·모재겸 기자</p>
<p class="date">업데이트 2026.12.16 09:45</p>
<div class="tools"><button>공유</button><button>글자크기</button><button>스크랩</button></div>
<div id="articleBody">
{ps(k)}
</div>
<p class="copyright">&lt;저작권자 © 억새꽃뉴스, 무단 전재 및 재배포 금지&gt;</p>
<div class="rel"><h4>관련기사</h4><ul><li><a href="/article/71320">지동시장 아케이드 보수 마쳐</a></li><li><a href="/article/70981">수원 전통시장 온누리상품권 환급 행사</a></li></ul></div>
</main>
<footer class="m-foot"><a href="https://www.oksaekkot.kr/?pc=1">PC버전</a> · <a href="/company">회사소개</a> · <a href="/privacy">개인정보처리방침</a><br>억새꽃뉴스 · 경기도 수원시 팔달구 · 등록번호 경기 아51234 · 등록일 2014.03.02<br>Copyright © 2014 억새꽃뉴스</footer>
<script>function openMenu(){{document.getElementById('slideMenu').classList.add('on');}}</script>
</body>
</html>
'''
add(f, page, g(f, t, "권하람, 모재겸", "2026-12-16T09:45:00+09:00", "억새꽃뉴스",
   ["회원가입", "기사제보", "전체메뉴", "앱에서 더 편하게 보세요", "지동시장 아케이드 보수 마쳐", "PC버전", "무단 전재 및 재배포 금지"],
   "mobile page (m.): a slide-out menu in the markup before the article (login, search, twelve section links, 구독신청/기사제보), <title> `매체 모바일`, og:title ` - 매체`, site-wide description, canonical to www; `X·Y 기자`; the only date `업데이트 2026.12.16 09:45`; footer 등록일 2014. Tests: both reporters (gold `A, B`), 업데이트 as the date (no other), outlet without 모바일, menu and app banner not body.")
   )

# 4 correction notice
k = 'correction'; t = A[k]['title']
f = 'saeteojeon_news_read_55187.html'
corr = "본지 12월 15일자 '성동구, 내년 예산 1조 412억원 편성' 기사에서 사회복지 예산을 '5266억원'으로 적었으나 '5626억원'이 맞기에 바로잡습니다."
page = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t)} &lt; 행정 &lt; 기사본문 - 새터전일보</title>
<meta name="description" content="새터전일보 - 서울 동부 생활권 소식을 가장 빠르게 전하는 지역 일간지">
<meta property="og:title" content="{E(t)}">
<meta property="og:description" content="새터전일보 - 서울 동부 생활권 소식을 가장 빠르게 전하는 지역 일간지">
<meta property="og:site_name" content="새터전일보">
</head>
<body>
<div id="gnb"><a href="/">새터전일보</a> <a href="/list?sc=politics">정치</a> <a href="/list?sc=admin">행정</a> <a href="/list?sc=life">생활</a> <a href="/list?sc=opinion">오피니언</a></div>
<div class="article-head">
<div class="path">홈 &gt; 행정</div>
<h3 class="heading">{E(t)}</h3>
<ul class="infomation"><li><i class="icon-user"></i> 탕채원 기자 tangcw@saeteojeon.co.kr</li><li><i class="icon-clock"></i> 2026-12-15 18:20:00</li><li>댓글 0</li></ul>
</div>
<div class="correction-box"><strong>바로잡습니다</strong><p>{E(corr)}</p></div>
<article id="article-view-content-div">
{ps(k)}
</article>
<div class="tag-group">#성동구 #예산 #복지</div>
<div class="byline-box">탕채원 기자 다른기사 보기</div>
<div class="copyright">저작권자 © 새터전일보 무단전재 및 재배포 금지</div>
<footer>새터전일보 | 서울특별시 성동구 | 대표전화 02-000-0000 | Copyright © 2016 새터전일보. All rights reserved.</footer>
</body></html>
'''
add(f, page, g(f, t, "탕채원", "2026-12-15T18:20:00+09:00", "새터전일보",
   ["바로잡습니다", "5266억원", "서울 동부 생활권 소식을 가장 빠르게", "다른기사 보기", "#성동구", "무단전재 및 재배포 금지"],
   "CMS page with a `바로잡습니다` correction box above the body (it quotes the headline and a wrong figure); site-wide description as meta and og:description; <title> `headline < 행정 < 기사본문 - 매체`; info list `X 기자 e-mail` and a bare `2026-12-15 18:20:00`. Tests: the correction box not body, title from h3, bare datetime, e-mail.",
   email="tangcw@saeteojeon.co.kr"))

# 5 series page
k = 'series'; t = A[k]['title']
f = 'badasup_series_workers_sea_03.html'
parts = ["⑴ 새벽 네 시, 멸치잡이 선단이 출항한다", "⑵ 양식장 그물을 깁는 손", "⑶ " + t, "⑷ 부두의 마지막 얼음공장 (12월 21일 게재 예정)"]
plist = '\n'.join(f'<li>{E(p)}</li>' for p in parts)
page = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>[연재] 바다의 일터 ⑶ {E(t)} - 바다숲신문</title>
<meta property="og:title" content="[연재] 바다의 일터 ⑶ {E(t)}">
<meta property="og:site_name" content="바다숲신문">
<meta property="og:type" content="article">
</head>
<body>
<nav class="top"><a href="/">바다숲신문</a> · <a href="/series">기획·연재</a> · <a href="/fishery">수산</a> · <a href="/port">항만</a></nav>
<div class="view-head">
<p class="series-label">[연재] 바다의 일터 ⑶</p>
<h1>{E(t)}</h1>
<p class="sub">통영 강구안 경매장 36년 중매인 여상필씨</p>
<div class="meta"><span>정리=남궁별하 기자</span> <span>2026/12/14 07:00</span></div>
</div>
<div class="view-body">
{ps(k)}
</div>
<div class="series-box"><h4>바다의 일터 연재 목록</h4><ol>
{plist}
</ol></div>
<p class="copy">ⓒ 바다숲신문 · 무단 전재, 재배포 금지</p>
<footer>바다숲신문 · 경남 통영시 · 발행인 · Copyright 2026 바다숲신문</footer>
</body></html>
'''
add(f, page, g(f, t, "남궁별하", "2026-12-14T07:00:00+09:00", "바다숲신문",
   ["[연재] 바다의 일터 ⑶", "바다의 일터 연재 목록", "멸치잡이 선단이 출항한다", "부두의 마지막 얼음공장", "무단 전재, 재배포 금지"],
   "series page: `[연재] 바다의 일터 ⑶` label above the h1 (a quoted first-person line as headline), subtitle, `정리=X 기자` (a first-person account set down by a reporter) with a bare `2026/12/14 07:00`; below the body a list of the series' four parts (⑶ repeats the headline). og:title and <title> carry the label. Tests: title the h1 without the label, author without 정리=, series list not body.")
   )

# 6 gallery + comments, byline at the end
k = 'gallery'; t = A[k]['title']
f = 'crbnews_photo_gallery_view_20481.html'
caps = ["점등 카운트다운에 맞춰 조명 터널에 불이 들어오고 있다", "호수 둘레 400m 조명 터널", "대형 눈사람 조형물 앞에서 사진을 찍는 가족", "수상 무대 리허설", "푸드트럭 거리", "빛으로 만든 고래 조형물", "호수에 비친 조명", "점등식에 모인 시민들"]
slides = '\n'.join(f'<div class="slide"><img src="/photo/2026/12/13/{i}.jpg" alt=""><p class="cap"><span class="cnt">{i}/8</span> {E(c)}</p></div>' for i, c in enumerate(caps, 1))
comments = [("빛나는하루", "작년에 가봤는데 올해도 가야겠네요"), ("일산주민", "주차가 너무 힘들어요. 셔틀 좀 늘려주세요"), ("호수산책", "사진 예쁘네요")]
cm = '\n'.join(f'<li><b>{a}</b> <span class="cdate">2026.12.13 20:1{i}</span><p>{b}</p><button>답글</button> <button>추천</button></li>' for i, (a, b) in enumerate(comments))
page = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>초롱불뉴스</title>
<meta property="og:title" content="[포토] {E(t)}">
<meta property="og:site_name" content="초롱불뉴스">
<meta name="copyright" content="Copyright 2012 초롱불뉴스">
</head>
<body>
<div class="header"><a href="/">초롱불뉴스</a><ul class="menu"><li>뉴스</li><li>포토</li><li>영상</li><li>고양·파주</li></ul></div>
<div class="article">
<h2 class="title">{E(t)}</h2>
<div class="info">입력 2026.12.13 19:05 | 조회 1,284</div>
<div class="gallery"><div class="slides">
{slides}
</div><button class="prev">이전</button><button class="next">다음</button></div>
<div class="txt">
{ps(k)}
<p>피서하 기자 piseo@crbnews.kr</p>
</div>
</div>
<div class="comments"><h4>댓글 3</h4><ul>
{cm}
</ul>
<form class="cform"><textarea placeholder="로그인 후 댓글을 남길 수 있습니다. 욕설, 비방 댓글은 삭제될 수 있습니다."></textarea><input type="text" placeholder="닉네임"><input type="password" placeholder="비밀번호"><button type="submit">댓글 등록</button></form>
</div>
<footer>초롱불뉴스 · 경기도 고양시 일산동구 · Copyright © 2012 초롱불뉴스 All rights reserved.</footer>
</body></html>
'''
add(f, page, g(f, t, "피서하", "2026-12-13T19:05:00+09:00", "초롱불뉴스",
   ["1/8", "8/8", "점등 카운트다운에 맞춰", "빛나는하루", "셔틀 좀 늘려주세요", "댓글 등록", "로그인 후 댓글을 남길 수 있습니다"],
   "photo-gallery article: an eight-slide slideshow above the text, captions with `1/8`…`8/8` counters; the only byline `X 기자 e-mail` as the body's last paragraph; below, a comment section (three comments with nicknames, dates, 답글/추천) and its form; <title> only the outlet, og:title with a `[포토]` label the page does not show, copyright meta 2012; `입력 2026.12.13 19:05 | 조회`. Tests: title the h2 (no [포토]), author and e-mail from the end byline, comment dates not the date, captions and comments not body.",
   email="piseo@crbnews.kr"))

# 7 portal frame carrying another outlet
k = 'portal'; t = A[k]['title']
f = 'dureview_news_read_0517_0000298841.html'
page = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t)} : 두레뷰 뉴스</title>
<meta property="og:title" content="{E(t)}">
<meta property="og:site_name" content="두레뷰 뉴스">
<meta property="og:url" content="https://news.dureview.kr/read/0517/0000298841">
<meta name="twitter:creator" content="도라지경제">
</head>
<body>
<div id="portal-gnb"><a href="https://dureview.kr">두레뷰</a> <a href="/">뉴스</a> <a href="/sec/100">정치</a> <a href="/sec/101">경제</a> <a href="/sec/102">사회</a> <a href="/sec/105">IT</a> <a href="/login">로그인</a></div>
<div class="viewer">
<div class="press"><a href="/press/0517"><img src="https://img.dureview.kr/press/0517.png" alt="도라지경제"></a> <button>구독</button></div>
<h2 class="viewer-title">{E(t)}</h2>
<div class="viewer-info"><span class="date">2026/12/12 11:25</span> <a class="origin" href="https://www.dorajieconomy.co.kr/news/articleView.html?idxno=298841">기사원문</a></div>
<div class="viewer-tools">추천 24 · 댓글 7 · 요약 · 공유 · 글씨크기</div>
<div id="dureviewBody">
{ps(k)}
<p>석지오 기자 seokjo@dorajieconomy.co.kr</p>
</div>
<p class="press-copy">Copyright ⓒ 도라지경제. All rights reserved. 무단 전재 및 재배포 금지.</p>
<div class="reaction">이 기사를 추천합니다 · 좋아요 18 · 응원해요 3 · 후속기사 원해요 3</div>
<div class="press-more"><h4>도라지경제 주요뉴스</h4><ul><li>반도체 장비 수주 잔고 사상 최대</li><li>소상공인 대출 만기 연장 내년 6월까지</li></ul></div>
<div class="ranking"><h4>경제 많이 본 뉴스</h4><ol><li>연말 배당주 막차 타볼까</li></ol></div>
</div>
<footer>두레뷰 뉴스는 언론사가 제공한 기사를 그대로 전달합니다. © DUREVIEW Corp.</footer>
</body></html>
'''
add(f, page, g(f, t, "석지오", "2026-12-12T11:25:00+09:00", "도라지경제",
   ["두레뷰", "기사원문", "추천 24", "후속기사 원해요", "도라지경제 주요뉴스", "경제 많이 본 뉴스", "무단 전재 및 재배포 금지"],
   "news-portal viewer (invented 두레뷰) carrying 도라지경제: <title> and og:site_name the portal, press logo alt and twitter:creator the original, 기사원문 link to the original; bare `2026/12/12 11:25`; byline `X 기자 e-mail` as the body's last line; counters, reactions, the press's top news, portal ranking and footer. Tests: outlet the original, date from the slash form, author from the end line, portal furniture not body.",
   email="seokjo@dorajieconomy.co.kr"))

# 8 JSON-LD dates differ from the visible ones
k = 'jsonld'; t = A[k]['title']
f = 'gamkkot_article_view_112054.html'
ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
      "datePublished": "2026-12-12T10:00:00+09:00", "dateModified": "2026-12-12T10:00:00+09:00",
      "author": [{"@type": "Person", "name": "천예린"}], "publisher": {"@type": "Organization", "name": "감꽃타임즈"}}
page = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t)} - 감꽃타임즈</title>
<meta property="og:title" content="{E(t)}">
<meta property="og:site_name" content="감꽃타임즈">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<header><a href="/">감꽃타임즈</a> <nav>뉴스 | 광주 | 전남 | 교통 | 사람들</nav></header>
<section class="article">
<div class="kicker">교통</div>
<h1>{E(t)}</h1>
<div class="writer-info">천예린 기자 <span class="d">입력 2026.12.11 06:30</span> <span class="d">수정 2026.12.11 10:02</span></div>
<div class="body">
{ps(k)}
</div>
<p class="copyright">Copyright ⓒ 감꽃타임즈 무단전재 및 재배포금지</p>
<div class="recommend"><h5>추천 기사</h5><a href="/view/112001">무등산 겨울 탐방로 통제 구간 안내</a></div>
</section>
<footer>감꽃타임즈 · 광주광역시 동구 · Copyright © 2026</footer>
</body></html>
'''
add(f, page, g(f, t, "천예린", "2026-12-11T06:30:00+09:00", "감꽃타임즈",
   ["추천 기사", "무등산 겨울 탐방로 통제 구간 안내", "무단전재 및 재배포금지"],
   "JSON-LD dates differ from the visible ones: JSON-LD datePublished/dateModified 2026-12-12T10:00+09:00 (a CMS re-save), the page shows `입력 2026.12.11 06:30` and `수정 2026.12.11 10:02`; no og time meta. The devset conventions I may read are silent on this, so gold is the date the page shows its readers (입력), and the body ('지난달 11일부터 … 한 달') agrees with it. JSON-LD author a bare name, visible `X 기자`. Tests: visible 입력 over JSON-LD, title with quotation marks, recommend box not body.")
   )

# 9 date only in the URL path
k = 'urldate'; t = A[k]['title']
f = 'dalmujigae_society_30417.html'
url = 'https://www.dalmujigae.kr/news/2026/12/10/society/30417.html'
page = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(t)} | 달무지개신문</title>
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{E(t)}">
</head>
<body>
<div class="top"><a href="/">달무지개신문</a> <span>정선 · 평창 · 영월</span> <a href="/login">로그인</a></div>
<div class="news-view">
<h1 class="news-title">{E(t)}</h1>
<div class="news-byline">금다현 기자</div>
<div class="news-body">
{ps(k)}
</div>
<div class="sns">페이스북 | 카카오톡 | 링크복사</div>
<div class="list-more"><h4>사회 최신기사</h4><ul><li>정선 5일장 겨울 야시장 운영</li><li>북평면 마을버스 노선 조정</li></ul></div>
</div>
<footer>달무지개신문 · 강원특별자치도 정선군 · Copyright © 2015 달무지개신문. All Rights Reserved.</footer>
</body></html>
'''
add(f, page, g(f, t, "금다현", "2026-12-10", "달무지개신문",
   ["페이스북 | 카카오톡 | 링크복사", "사회 최신기사", "정선 5일장 겨울 야시장 운영", "All Rights Reserved"],
   "page whose only date is in the URL path: canonical and og:url `/news/2026/12/10/society/30417.html`, no visible date, no JSON-LD or time meta, a 2015 copyright footer (not a date to take), the file name has no date. Gold published is the URL's day (date only, as the devset takes a text dump's file-name date). Tests: date from the URL, not the copyright year; title without ` | 매체`.")
   )

# 10 newsletter text dump
k = 'newsletter'; t = A[k]['title']
f = 'eunbitmaru_morning_letter_20261209.txt'
body = '\n\n'.join(A[k]['paras'])
page = f'''은빛마루 아침배달 제212호
받은편지함

보낸사람: 은빛마루일보 뉴스레터 <letter@eunbitmaru.kr>
받는사람: 나
2026년 12월 9일 (수) 오전 7:00

메일이 잘 보이지 않으면 웹에서 보기

좋은 아침입니다. 오늘 은빛마루 아침배달은 제주 감귤 소식으로 시작합니다.

━━━━━━━━━━━━━━━━━━━━

[오늘의 기사]

{t}

기사입력 : 2026년 12월 8일 18:40

{body}

형수빈 기자 hyeong.sb@eunbitmaru.kr

▶ 기사 전문 보기

━━━━━━━━━━━━━━━━━━━━

이 메일은 은빛마루일보 뉴스레터 수신에 동의하신 분께 발송됩니다.
더 이상 받지 않으려면 수신거부를 눌러 주세요.
은빛마루일보 | 제주특별자치도 제주시 | 독자센터 064-000-0000
Copyright © 2026 은빛마루일보. All rights reserved.
'''
add(f, page, g(f, t, "형수빈", "2026-12-08T18:40:00+09:00", "은빛마루일보",
   ["받은편지함", "보낸사람", "웹에서 보기", "좋은 아침입니다", "[오늘의 기사]", "기사 전문 보기", "수신거부"],
   "text dump of an e-mail newsletter as a mail client shows it: 받은편지함, sender/recipient lines, the mail's date `2026년 12월 9일 (수) 오전 7:00` (the file name's day too), web-view line and greeting, then `[오늘의 기사]`, headline, `기사입력 : 2026년 12월 8일 18:40`, body, end byline `X 기자 e-mail`, full-article link and unsubscribe footer. Tests: published from 기사입력, not the mail date or the file name; outlet the paper, not the letter; title not the letter's name; author from the end.",
   email="hyeong.sb@eunbitmaru.kr"))

# 11 reader view dump
k = 'reader'; t = A[k]['title']
f = 'osolgil_readerview_nubira.txt'
body = '\n\n'.join(A[k]['paras'])
page = f'''osolgil.kr
오솔길저널

{t}

연시우 기자

읽는 데 4~5분 걸림

2026-12-08 14:20:00

{body}

Copyright © 오솔길저널 무단전재 및 재배포 금지
'''
add(f, page, g(f, t, "연시우", "2026-12-08T14:20:00+09:00", "오솔길저널",
   ["osolgil.kr", "읽는 데 4~5분 걸림", "무단전재 및 재배포 금지"],
   "text dump of a browser's reader view: domain line, site name, headline, `X 기자`, reading-time line, a bare `2026-12-08 14:20:00`, the body and a copyright line; no menus, no date in the file name. Tests: title and outlet from the first lines, reading time not body, bare datetime.")
   )

# 12 portal app dump
k = 'app'; t = A[k]['title']
f = 'hanbadaview_app_eunsasi_osong.txt'
body = '\n\n'.join(A[k]['paras'])
page = f'''한바다뷰
뉴스
은사시신문
구독
{t}
입력 2026.12.07. 오후 5:12
기사원문
한소울 기자
공감 12
댓글 3
요약봇
공유하기
글자크기 설정
본문 듣기

{body}

Copyright ⓒ 은사시신문. All rights reserved. 무단 전재 및 재배포 금지.

이 기사를 추천합니다
쏠쏠정보 4
흥미진진 1
공감백배 7

은사시신문 주요뉴스
청주 무심천 벚꽃길 보행 데크 새로 깐다
충북 겨울철 한파 쉼터 300곳 운영

댓글 3
한바다뷰 앱에서 보기
'''
add(f, page, g(f, t, "한소울", "2026-12-07T17:12:00+09:00", "은사시신문",
   ["요약봇", "글자크기 설정", "본문 듣기", "이 기사를 추천합니다", "쏠쏠정보", "은사시신문 주요뉴스", "한바다뷰 앱에서 보기", "무단 전재 및 재배포 금지"],
   "text copied from a portal app (invented 한바다뷰) carrying 은사시신문: app name, section, press name and 구독 above the headline, `입력 2026.12.07. 오후 5:12`, 기사원문, `X 기자`, counters and buttons (요약봇, 공유하기, 글자크기 설정, 본문 듣기), body, reactions, the press's top news, app link. Tests: outlet the press not the app, 17:12 from 오후, buttons and lists not body.")
   )

if __name__ == '__main__':
    for fname, data, gold, enc in out:
        with open(os.path.join(PAGES, fname), 'wb') as fh:
            fh.write(data)
        stem = fname.rsplit('.', 1)[0]
        with open(os.path.join(GOLD, stem + '.expected.json'), 'w', encoding='utf-8') as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1); fh.write('\n')
    # check
    bad = 0
    for fname, data, gold, enc in out:
        txt = html.unescape(data.decode(enc))
        a = gold['article']
        vals = [a['title'], a['outlet']] + a['author'].split(', ') + ([a['author_email']] if 'author_email' in a else []) + a['body_must_not_contain']
        for v in vals:
            if v not in txt:
                print('MISSING', fname, v); bad += 1
        print(fname, len(gold['article']), 'ok' if not bad else '')
    print('bad', bad)
