"""Make pages and gold of ko-meta-heldout47 (stdlib only). Run from the repo root."""
import json, os, sys
from html import escape
sys.path.insert(0, os.path.dirname(__file__))
from texts import A

SET = os.path.join(os.path.dirname(__file__), '..')
PAGES, GOLD = os.path.join(SET, 'pages'), os.path.join(SET, 'gold')
os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
OUT = []

def ps(key, tag='p'):
    return '\n'.join(f'<{tag}>{escape(p)}</{tag}>' for p in A[key]['paras'])

def txt(key):
    return '\n\n'.join(A[key]['paras'])

def emit(name, content, gold, encoding='utf-8'):
    with open(os.path.join(PAGES, name), 'wb') as f:
        f.write(content.encode(encoding))
    OUT.append((name, encoding, gold))
    stem = name.rsplit('.', 1)[0]
    with open(os.path.join(GOLD, stem + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write('\n')

def G(name, note, title, author, published, outlet, bmc, email=None):
    art = {'title': title, 'author': author}
    if email: art['author_email'] = email
    art.update({'published': published, 'outlet': outlet, 'language': 'ko', 'body_must_not_contain': bmc})
    return {'source': name, 'note': note, 'article': art}

# 1 AMP
k = 'amp'; t = A[k]['title']; n = 'gaetbeodeul_amp_article_20261214_3307.html'
ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
    "datePublished": "2026-12-14T06:05:00+09:00", "dateModified": "2026-12-14T08:40:00+09:00",
    "author": {"@type": "Person", "name": "탁윤새 기자"}, "publisher": {"@type": "Organization", "name": "갯버들일보"}}, ensure_ascii=False)
page = f'''<!doctype html>
<html amp lang="ko">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<title>{escape(t)} | 갯버들일보</title>
<link rel="canonical" href="https://www.gaetbeodeul.kr/article/20261214/3307">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="{escape(t)} | 갯버들일보">
<meta property="og:site_name" content="갯버들일보">
<meta property="article:published_time" content="2026-12-14T06:05:00+09:00">
<script type="application/ld+json">{ld}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.hd{{font-size:22px}} .by{{color:#666}}</style>
</head>
<body>
<header class="amp-top"><a href="https://www.gaetbeodeul.kr/"><amp-img src="/img/logo.png" width="120" height="30" alt="갯버들일보"></amp-img></a>
<div class="app-banner">갯버들일보 앱 설치하고 속보 알림 받기</div></header>
<article>
<div class="section">사회 &gt; 지역</div>
<h1 class="hd">{escape(t)}</h1>
<div class="by">탁윤새 기자 yunsae@gaetbeodeul.kr</div>
<div class="date">입력 2026.12.14 06:05 · 수정 2026.12.14 08:40</div>
<amp-img src="/photo/2026/12/14/3307_1.jpg" width="640" height="400" layout="responsive" alt="교동도 대룡시장"></amp-img>
<figcaption>13일 인천 강화군 교동도 대룡시장 골목이 관광객으로 붐비고 있다. 강화군 제공</figcaption>
{escape(A[k]['paras'][0]).join(['<p>', '</p>'])}
{''.join('<p>'+escape(p)+'</p>' for p in A[k]['paras'][1:3])}
<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-0000" data-ad-slot="1111"><div placeholder>광고</div></amp-ad>
{''.join('<p>'+escape(p)+'</p>' for p in A[k]['paras'][3:])}
</article>
<div class="most">많이 본 뉴스<ol><li>강화 고려산 진달래 축제 내년 일정 확정</li><li>인천 섬 여객선 겨울 운항표 바뀐다</li></ol></div>
<footer>갯버들일보 | 인천광역시 남동구 | Copyright © 갯버들일보. All rights reserved.</footer>
</body></html>
'''
emit(n, page, G(n, 'AMP page (<html amp>, amp-img with caption, amp-ad between paragraphs, app banner): og:title and <title> with " | outlet" appended; JSON-LD author "X 기자"; visible "X 기자 e-mail" and "입력 … · 수정 …" — title without the suffix, author X, 입력 not 수정, ad and banner not body',
    t, '탁윤새', '2026-12-14T06:05:00+09:00', '갯버들일보',
    ['갯버들일보 앱 설치하고 속보 알림 받기', '많이 본 뉴스', '강화 고려산 진달래 축제 내년 일정 확정', 'Copyright © 갯버들일보'], 'yunsae@gaetbeodeul.kr'))

# 2 print view, EUC-KR
k = 'print'; t = A[k]['title']; n = 'dolsaem_print_php_idxno_55120.html'
page = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>돌샘신문</title>
<link rel="stylesheet" href="/css/print.css">
</head>
<body onload="window.print()">
<div id="print_head"><b>돌샘신문</b> &nbsp; 승인 2026.12.15 14:20</div>
<div id="print_btn"><a href="javascript:window.print()">인쇄하기</a> <a href="javascript:window.close()">창닫기</a></div>
<div id="print_body">
<div class="tit">{escape(t)}</div>
<div class="writer">다롄=표한결 특파원 | hgpyo@dolsaem.co.kr</div>
{ps(k)}
</div>
<div id="print_foot">출처 : 돌샘신문(http://www.dolsaem.co.kr/news/print.php?idxno=55120)<br>
저작권자 ⓒ 돌샘신문 무단전재 및 재배포 금지</div>
</body></html>
'''
emit(n, page, G(n, 'print view (print.php) in EUC-KR with real bytes and a charset meta: no menus, <title> only the outlet, a short header "outlet 승인 date time", print/close links, "다롄=X 특파원 | e-mail", 출처 and copyright lines — decoding; author without the dateline and 특파원; 승인 as published; print furniture not body',
    t, '표한결', '2026-12-15T14:20:00+09:00', '돌샘신문',
    ['인쇄하기', '창닫기', '출처 : 돌샘신문', '무단전재 및 재배포 금지'], 'hgpyo@dolsaem.co.kr'), encoding='euc-kr')

# 3 column
k = 'column'; t = A[k]['title']; n = 'sanddalgi_opinion_column_20261215_7781.html'
page = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>산딸기매일 - 새벽을 여는 신문</title>
<meta name="description" content="산딸기매일은 정치, 경제, 사회, 문화 소식을 가장 빠르고 정확하게 전합니다.">
<meta property="og:title" content="[방소울 칼럼] {escape(t)}">
<meta property="og:description" content="산딸기매일은 정치, 경제, 사회, 문화 소식을 가장 빠르고 정확하게 전합니다.">
<meta property="og:site_name" content="산딸기매일">
</head><body>
<nav class="gnb"><a>정치</a><a>경제</a><a>사회</a><a>오피니언</a><a>문화</a></nav>
<div class="path">오피니언 &gt; 칼럼</div>
<div class="col-head">
<span class="kicker">[방소울 칼럼]</span>
<h2 class="headline">{escape(t)}</h2>
<div class="info"><span>방소울 논설위원</span> <span class="dt">2026. 12. 15. 18:30</span></div>
</div>
<div class="profile"><img src="/profile/bang_soul.jpg" alt="방소울 논설위원"><p class="bio">산딸기매일 문화부장을 거쳐 도서·출판 분야를 맡고 있다.</p></div>
<div id="article-view">
{ps(k)}
</div>
<div class="col-list">방소울 칼럼 다른 글<ul><li>동네 서점의 마지막 겨울</li><li>책 읽는 도시라는 구호</li></ul></div>
<footer>산딸기매일 | 대구광역시 중구 | 등록번호 대구 아00000 | Copyright 2010 산딸기매일</footer>
</body></html>
'''
emit(n, page, G(n, 'opinion column by an editorial writer: "[X 칼럼]" kicker above the h2, "X 논설위원" with "2026. 12. 15. 18:30", profile photo and one-line bio, site-wide description, og:title with the kicker, <title> the slogan, 2010 copyright — title without the kicker; author X without 논설위원; bio and column list not body',
    t, '방소울', '2026-12-15T18:30:00+09:00', '산딸기매일',
    ['산딸기매일 문화부장을 거쳐 도서·출판 분야를 맡고 있다.', '방소울 칼럼 다른 글', '동네 서점의 마지막 겨울', '정치, 경제, 사회, 문화 소식을 가장 빠르고 정확하게 전합니다']))

# 4 editorial, no meta
k = 'editorial'; t = A[k]['title']; n = 'mireunae_news_view_sa_20261216.html'
page = f'''<html><head><meta charset="utf-8"><title>미르내일보</title></head>
<body>
<div id="top"><a href="/">미르내일보</a> <a href="/login">로그인</a> <a href="/join">회원가입</a></div>
<div id="menu">정치 | 경제 | 사회 | 오피니언 | 스포츠</div>
<div class="cat">사설</div>
<h3 class="view-title">{escape(t)}</h3>
<div class="view-date">입력 2026-12-16 00:05</div>
<div class="view-body">
{ps(k)}
</div>
<div class="sa-list"><b>미르내일보 사설 목록</b><br>- 청년 월세 지원, 문턱부터 낮춰야<br>- 지방 의료 공백 더 미룰 수 없다</div>
<div id="foot">미르내일보 | 광주광역시 서구 | Copyright ⓒ 2012 미르내일보</div>
</body></html>
'''
emit(n, page, G(n, 'editorial (사설) with no meta at all: <title> only the outlet, "사설" section label above the h3, no byline, "입력 2026-12-16 00:05", list of other editorials, 2012 copyright — author null; title the h3; editorial list not body',
    t, None, '2026-12-16T00:05:00+09:00', '미르내일보',
    ['미르내일보 사설 목록', '청년 월세 지원, 문턱부터 낮춰야', '로그인', 'Copyright ⓒ 2012']))

# 5 photo news
k = 'photo'; t = A[k]['title']; n = 'haemalgeun_photo_view_60412.html'
page = f'''<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>[포토] {escape(t)} - 해맑은뉴스</title>
<meta property="og:title" content="[포토] {escape(t)}">
<meta property="og:image" content="https://img.haemalgeun.kr/photo/2026/12/15/60412.jpg">
<meta property="og:site_name" content="해맑은뉴스">
</head><body>
<header><a class="logo" href="/">해맑은뉴스</a> <nav>뉴스 | 포토 | 영상 | 오피니언</nav></header>
<div class="photo-view">
<div class="ph-label">포토뉴스</div>
<h1>{escape(t)}</h1>
<div class="meta">편지환 선임기자 · 2026-12-15 오후 3:52</div>
<figure><img src="https://img.haemalgeun.kr/photo/2026/12/15/60412.jpg" alt="{escape(t)}"></figure>
<div class="ph-body"><p>{escape(A[k]['paras'][0])}</p></div>
<div class="ph-nav"><a>이전 사진</a> <a>다음 사진</a> <a>포토뉴스 더보기</a></div>
</div>
<div class="ph-more"><ul><li>광화문광장 성탄 트리 점등</li><li>한강 얼음 썰매장 개장 준비</li></ul></div>
<footer>해맑은뉴스 © 2026 All rights reserved.</footer>
</body></html>
'''
emit(n, page, G(n, 'photo news page with a two-sentence body under the photo: "[포토]" in og:title and <title> (not on the page headline), "X 선임기자 · 2026-12-15 오후 3:52", prev/next photo links and more-photo list — title without [포토]; author without 선임기자; 15:52 from 오후; photo navigation not body',
    t, '편지환', '2026-12-15T15:52:00+09:00', '해맑은뉴스',
    ['이전 사진', '포토뉴스 더보기', '광화문광장 성탄 트리 점등']))

# 6 JSON-LD with two authors
k = 'jsonld2'; t = A[k]['title']; n = 'bareungyeol_articleView_91853.html'
ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
    "datePublished": "2026-12-16T11:02:00+09:00", "dateModified": "2026-12-16T15:30:00+09:00",
    "author": [{"@type": "Person", "name": "함세온"}, {"@type": "Person", "name": "경다올"}],
    "publisher": {"@type": "Organization", "name": "바른결경제"}}, ensure_ascii=False)
page = f'''<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{escape(t)} - 바른결경제</title>
<meta property="og:title" content="{escape(t)}">
<meta property="og:site_name" content="바른결경제">
<meta property="og:type" content="article">
<script type="application/ld+json">{ld}</script>
</head><body>
<div class="top-bar"><a href="/">바른결경제</a> <span>증권 | 산업 | 부동산 | IT</span></div>
<div class="article-head">
<h1>{escape(t)}</h1>
<ul class="info"><li>함세온·경다올 기자</li><li>입력 2026-12-16 오전 11:02</li><li>수정 2026-12-16 오후 3:30</li></ul>
<div class="tools">글자크기 | 인쇄 | 스크랩</div>
</div>
<div id="articleBody">
{ps(k)}
</div>
<div class="stock-box">휘온세라텍 주가 정보는 제공사의 사정에 따라 지연될 수 있습니다.</div>
<div class="related">관련기사<ul><li>반도체 부품 국산화 속도…장비사 수주 잇따라</li></ul></div>
<footer>바른결경제 | 서울특별시 영등포구 | Copyright © 바른결경제. 무단 전재-재배포, AI 학습 및 활용 금지</footer>
</body></html>
'''
emit(n, page, G(n, 'JSON-LD whose author is an array of two Person objects; visible "A·B 기자" with "입력 2026-12-16 오전 11:02" and 수정 오후 — both reporters (gold "A, B"); 입력 not 수정; stock box and related list not body',
    t, '함세온, 경다올', '2026-12-16T11:02:00+09:00', '바른결경제',
    ['주가 정보는 제공사의 사정에 따라 지연될 수 있습니다', '반도체 부품 국산화 속도', 'AI 학습 및 활용 금지']))

# 7 meta author = outlet; English subtitle
k = 'metaauthor'; t = A[k]['title']; n = 'pureunmoe_news_articleView_20461.html'
page = f'''<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{escape(t)} &lt; 지역 &lt; 기사본문 - 푸른뫼신문</title>
<meta name="author" content="푸른뫼신문">
<meta name="copyright" content="Copyright 2014 푸른뫼신문">
<meta property="og:title" content="{escape(t)} - 푸른뫼신문">
<meta property="og:site_name" content="푸른뫼신문">
<meta property="article:published_time" content="2026-12-16T06:05:00+09:00">
</head><body>
<header><a href="/">푸른뫼신문</a> <nav>전북 | 지역 | 문화 | 사람들</nav></header>
<section class="article">
<h2 class="tit">{escape(t)}</h2>
<p class="sub-en">{escape(A[k]['sub'])}</p>
<div class="byline"><span>봉이준 기자</span> <span>등록 2026년 12월 16일 06시 05분</span></div>
<div id="article-view-content-div">
{ps(k)}
</div>
<div class="tags">#완주 #폐교 #청년예술인</div>
</section>
<aside>인기기사<ol><li>전주 한옥마을 겨울 야행 시작</li><li>완주 로컬푸드 직매장 매출 신기록</li></ol></aside>
<footer>푸른뫼신문 | 전북특별자치도 완주군 | Copyright 2014 푸른뫼신문. All rights reserved.</footer>
</body></html>
'''
emit(n, page, G(n, 'CMS page whose <meta name="author"> is the outlet name; English subtitle in a <p> under the Korean h2; og:title with " - outlet" appended; 2014 copyright meta; "X 기자" and "등록 2026년 12월 16일 06시 05분" — author the reporter, not the outlet; title without the English subtitle or suffix; subtitle, tags and popular list not body',
    t, '봉이준', '2026-12-16T06:05:00+09:00', '푸른뫼신문',
    [A[k]['sub'], '#완주 #폐교 #청년예술인', '전주 한옥마을 겨울 야행 시작', 'Copyright 2014 푸른뫼신문']))

# 8 수정 before 입력, byline at the end
k = 'modfirst'; t = A[k]['title']; n = 'gounddeul_view_20261217_1042.html'
page = f'''<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{escape(t)} | 고운뜰데일리</title>
<meta property="og:title" content="{escape(t)}">
<meta property="og:site_name" content="고운뜰데일리">
<meta property="article:published_time" content="2026-12-17T07:45:00+09:00">
<meta property="article:modified_time" content="2026-12-17T10:12:00+09:00">
</head><body>
<div class="gnb"><a href="/">고운뜰데일리</a> 대전 | 세종 | 충남 | 충북</div>
<div class="view-head">
<div class="sec">대전</div>
<h1>{escape(t)}</h1>
<div class="dates"><span>수정 2026.12.17 10:12</span> <span>입력 2026.12.17 07:45</span></div>
<div class="sns">페이스북 | 엑스 | 카카오톡 | URL 복사</div>
</div>
<div class="view-cont">
{ps(k)}
<p>길태라 기자 taera@gounddeul.com</p>
</div>
<div class="copy">&lt;저작권자 © 고운뜰데일리, 무단 전재 및 재배포 금지&gt;</div>
<div class="hot">지금 뜨는 뉴스<ul><li>세종 중앙공원 겨울 빛 정원 개장</li></ul></div>
<footer>고운뜰데일리 | 대전광역시 유성구 | Since 2015</footer>
</body></html>
'''
emit(n, page, G(n, 'date line that shows "수정 2026.12.17 10:12" before "입력 2026.12.17 07:45"; the only byline "X 기자 e-mail" as the body\'s last paragraph; share line — published from 입력, not the first date; author and e-mail from the end byline',
    t, '길태라', '2026-12-17T07:45:00+09:00', '고운뜰데일리',
    ['페이스북 | 엑스 | 카카오톡 | URL 복사', '무단 전재 및 재배포 금지', '세종 중앙공원 겨울 빛 정원 개장'], 'taera@gounddeul.com'))

# 9 newsletter web version
k = 'newsletter'; t = A[k]['title']; n = 'gyulbit_letter_webview_048.html'
page = f'''<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>귤빛레터 제48호</title>
</head><body style="background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="font-size:12px;color:#888">메일이 잘 보이지 않나요? <a href="https://letter.gyulbit.kr/048">웹에서 보기</a></td></tr>
<tr><td><img src="https://letter.gyulbit.kr/img/gyulbit_letter_logo.png" alt="귤빛레터"> <span>귤빛일보가 매주 월요일 아침 보내는 제주 이야기</span></td></tr>
<tr><td style="font-size:13px">제48호 · 2026 | 12월 14일(월) 오전 6시</td></tr>
<tr><td><h1 style="font-size:24px">{escape(t)}</h1>
<p style="color:#666">글 좌누리 / 사진 맹하솜</p>
<img src="https://letter.gyulbit.kr/img/048_gyul.jpg" width="600" alt="감귤 수확">
{ps(k)}
</td></tr>
<tr><td style="font-size:12px;color:#888">이 메일은 귤빛레터 구독을 신청하신 분께 발송됩니다. <a href="#">수신거부</a> | <a href="#">구독하기</a><br>
(주)귤빛일보 | 제주특별자치도 제주시 | © 2026 귤빛일보</td></tr>
</table>
</body></html>
'''
emit(n, page, G(n, 'newsletter web version (table layout, no meta): "웹에서 보기", letter logo, "제48호 · 2026 | 12월 14일(월) 오전 6시", "글 X / 사진 Y", unsubscribe footer of (주)귤빛일보 — date from the weekday form with the year from the issue line; author the writer, not the photographer; outlet the paper, not the letter; letter furniture not body',
    t, '좌누리', '2026-12-14T06:00:00+09:00', '귤빛일보',
    ['웹에서 보기', '수신거부', '이 메일은 귤빛레터 구독을 신청하신 분께 발송됩니다', '사진 맹하솜']))

# 10 mobile page
k = 'mobile'; t = A[k]['title']; n = 'm_dalgaebi_article_20261217_5519.html'
page = f'''<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>달개비뉴스 모바일</title>
<link rel="canonical" href="https://www.dalgaebi.kr/article/20261217/5519">
<meta property="og:title" content="{escape(t)} - 달개비뉴스">
<meta property="og:url" content="https://m.dalgaebi.kr/article/20261217/5519">
</head><body>
<div class="m-head"><button>메뉴</button> <a href="/">달개비뉴스</a> <button>검색</button></div>
<div class="m-tabs">홈 | 부산 | 경남 | 울산 | 포토</div>
<div class="m-article">
<h1>{escape(t)}</h1>
<p class="m-byline">소빛나 기자 bitna@dalgaebi.kr</p>
<p class="m-date">입력 2026.12.17 19:50 | 수정 2026.12.17 21:02</p>
<div class="m-share">공유 카카오톡 페이스북 링크복사</div>
{ps(k)}
</div>
<div class="m-app">달개비뉴스 앱으로 보기</div>
<div class="m-foot">PC버전 | 로그인 | ⓒ 달개비뉴스</div>
</body></html>
'''
emit(n, page, G(n, 'mobile page (m.): <title> "outlet 모바일", og:title with " - outlet", canonical to www; "입력 … | 수정 …" on one line; share bar above the body; app link and PC버전 footer — title without suffix; outlet without 모바일; 입력 not 수정; share bar not body',
    t, '소빛나', '2026-12-17T19:50:00+09:00', '달개비뉴스',
    ['공유 카카오톡 페이스북 링크복사', '달개비뉴스 앱으로 보기', 'PC버전'], 'bitna@dalgaebi.kr'))

# 11 browser text dump, [매체 X 기자] at the top
k = 'browserdump'; t = A[k]['title']; n = 'ssarikkot_20261218_skywalk.txt'
p = A[k]['paras']
page = f'''본문 바로가기
로그인 회원가입 구독신청
싸리꽃일보
강원의 오늘을 씁니다
전체메뉴 정치 경제 사회 문화 스포츠 오피니언
사회
{t}
입력 2026.12.18 09:15 | 수정 2026.12.18 10:02
공유하기
글자크기
가
가
[싸리꽃일보 위라온 기자] {p[0]}

''' + '\n\n'.join(p[1:]) + '''

ⓒ 싸리꽃일보 무단전재 및 재배포 금지
관련기사
춘천 삼악산 호수케이블카 겨울 야간 운행
강릉 경포 해변 새해 해맞이 행사 취소
많이 본 뉴스
1 원주 혁신도시 새 학교 개교 연기
2 속초 오징어 어획량 반 토막
싸리꽃일보 | 강원특별자치도 춘천시 | 등록일 2011.05.02 | 발행·편집인 싸리꽃일보
'''
emit(n, page, G(n, 'browser text dump: skip link, login line, outlet and slogan, menu, section word, headline, "입력 … | 수정 …", 공유하기 and 글자크기/가/가 lines, byline only as "[outlet X 기자]" at the start of the lede, copyright, related, most-read, footer 등록일 2011 — author X from the lede tag; date from 입력, not the footer; furniture out of the body',
    t, '위라온', '2026-12-18T09:15:00+09:00', '싸리꽃일보',
    ['본문 바로가기', '공유하기', '글자크기', '관련기사', '춘천 삼악산 호수케이블카 겨울 야간 운행', '많이 본 뉴스', '등록일 2011.05.02']))

# 12 portal app dump, byline at the end
k = 'appdump'; t = A[k]['title']; n = 'moeum_app_share_deulbit_20261218.txt'
p = A[k]['paras']
page = f'''모음뉴스
들빛신문
{t}
입력 2026.12.18. 오후 2:31  수정 2026.12.18. 오후 4:05  기사원문
선우다겸 기자
추천 12
댓글 4
공유하기
글자크기 설정
''' + '\n\n'.join(p) + '''

선우다겸 기자 dgseonu@deulbit.kr

Copyright ⓒ 들빛신문. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.
기사 추천
좋아요 8 훈훈해요 1 슬퍼요 0 화나요 3 후속기사 원해요 0
들빛신문 주요뉴스
해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.
광주 송정역 복합환승센터 설계 공모 당선작 발표
나주 혁신도시 에너지밸리 기업 유치 300곳 돌파
모음뉴스 홈 | 이용약관 | 개인정보처리방침 | © 모음뉴스
'''
emit(n, page, G(n, 'portal app text dump (invented portal 모음뉴스 carrying 들빛신문): portal name then outlet, headline, "입력 2026.12.18. 오후 2:31  수정 … 기사원문", name-only reporter line, counters, 공유하기/글자크기 설정, body, end byline "X 기자 e-mail", reactions, the outlet\'s top news, portal footer — outlet the original, not the portal; 14:31 from 오후; author and e-mail; reactions and lists not body',
    t, '선우다겸', '2026-12-18T14:31:00+09:00', '들빛신문',
    ['공유하기', '글자크기 설정', '좋아요 8 훈훈해요 1', '해당 언론사에서 선정하며', '광주 송정역 복합환승센터 설계 공모 당선작 발표', '모음뉴스 홈 | 이용약관'], 'dgseonu@deulbit.kr'))

# check: every gold string occurs on the decoded page
bad = 0
for name, enc, gold in OUT:
    text = open(os.path.join(PAGES, name), 'rb').read().decode(enc)
    a = gold['article']
    for key in ('title', 'author', 'author_email', 'outlet'):
        vals = (a.get(key) or '').split(', ') if key == 'author' else [a.get(key)]
        for v in vals:
            if v and v not in text: print('MISSING', name, key, v); bad += 1
    for b in a['body_must_not_contain']:
        if b not in text: print('MISSING', name, 'bmc', b); bad += 1
print(len(OUT), 'pages,', bad, 'missing')
