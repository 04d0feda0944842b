"""Make pages and gold of ko-meta-heldout57 (stdlib only). Run from the set folder: python tools/make_set.py"""
import json, os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from texts import A
ROOT = os.path.join(os.path.dirname(__file__), '..')
P = os.path.join(ROOT, 'pages'); G = os.path.join(ROOT, 'gold')
e = html.escape
def ps(k, tag='p'): return '\n'.join(f'<{tag}>{e(x)}</{tag}>' for x in A[k]['paras'])
pages = {}; gold = {}
def add(name, text, g, note, enc='utf-8'):
    pages[name] = (text, enc)
    g = dict(g); g.setdefault('language', 'ko')
    gold[name.rsplit('.', 1)[0]] = {'source': name, 'note': note, 'article': g}

# 1 [단독] with h3 deck, og + JSON-LD agreeing
k = 'dan'; t = A[k]['title']
ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
  "datePublished": "2026-12-14T09:05:00+09:00", "dateModified": "2026-12-14T11:40:00+09:00",
  "author": {"@type": "Person", "name": "지도현"}, "publisher": {"@type": "Organization", "name": "도래솔일보"}}, ensure_ascii=False)
add('doraesol_articleView_50211.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(t)} - 도래솔일보</title>
<meta property="og:title" content="{e(t)}">
<meta property="og:site_name" content="도래솔일보">
<meta property="og:description" content="{e(A[k]['paras'][0])}">
<meta property="article:published_time" content="2026-12-14T09:05:00+09:00">
<meta property="article:modified_time" content="2026-12-14T11:40:00+09:00">
<script type="application/ld+json">{ld}</script>
</head><body>
<header class="gnb"><a class="logo" href="/">도래솔일보</a><nav><a href="/news/politics">정치</a> <a href="/news/society">사회</a> <a href="/news/economy">경제</a> <a href="/news/local">지역</a></nav></header>
<div id="article-view">
<div class="article-head">
<span class="section">사회 &gt; 교통</span>
<h2 class="headline">{e(t)}</h2>
<h3 class="sub-deck">{e(A[k]['deck'])}</h3>
<ul class="infomation"><li>지도현 기자 <a href="mailto:jidh@doraesol.kr">jidh@doraesol.kr</a></li>
<li>입력 : 2026-12-14 09:05</li><li>수정 : 2026-12-14 11:40</li></ul>
<div class="share"><button>페이스북</button><button>카카오톡</button><button>URL복사</button><button>글자크기</button></div>
</div>
<div id="article-body" class="article-body">
{ps(k)}
</div>
<p class="copyright">저작권자 © 도래솔일보 무단전재 및 재배포 금지</p>
<div class="tags"><a>#준공영제</a> <a>#재정지원금</a> <a>#단독</a></div>
<div class="related"><h4>관련기사</h4><ul><li><a href="/a/50102">시내버스 노선 개편안 공청회 열려</a></li><li><a href="/a/49877">준공영제 업체 임원 연봉 논란</a></li></ul></div>
</div>
<footer>도래솔일보 | 등록번호 경기 아00921 | 발행인 겸 편집인 | Copyright © 2019 도래솔일보. All rights reserved.</footer>
</body></html>''', dict(title=t, author='지도현', author_email='jidh@doraesol.kr', published='2026-12-14T09:05:00+09:00', outlet='도래솔일보',
  body_must_not_contain=['준공영제 업체 3곳, 2년간 서류상 운행', '저작권자 © 도래솔일보', '관련기사', '시내버스 노선 개편안 공청회 열려', '#재정지원금', 'URL복사']),
  'CMS page, [단독] label in the h2 headline (gold keeps it, as shown) and a subtitle deck in <h3> (not title, not body); og and JSON-LD agree; 입력 : not 수정 :')

# 2 [포토] three captioned photos, no meta
k = 'photo'; t = A[k]['title']
figs = '\n'.join(f'<figure class="photo"><img src="/photo/2026/12/15/snow{i+1}.jpg" alt=""><figcaption>{e(c)} /탄시우 기자</figcaption></figure>' for i, c in enumerate(A[k]['caps']))
add('hanuibyeot_photo_20261215_1430.html', f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>하늬볕신문</title></head><body>
<div class="top"><a href="/"><img src="/img/logo.png" alt="하늬볕신문"></a> <a href="/photo">포토</a> <a href="/login">로그인</a></div>
<div class="photo-news">
<h1 class="tit">{e(t)}</h1>
<p class="date">2026년 12월 15일 14:30</p>
<p class="writer">탄시우 기자</p>
{figs}
<div class="txt">
{ps(k)}
</div>
</div>
<div class="photo-list"><h4>포토 많이 본 뉴스</h4><ol><li>성탄 트리 점등식</li><li>한강 유람선 겨울 운항</li></ol></div>
<p class="foot">하늬볕신문 · 사진 무단 사용 금지 · 제보 photo@hanuibyeot.kr</p>
</body></html>''', dict(title=t, author='탄시우', published='2026-12-15T14:30:00+09:00', outlet='하늬볕신문',
  body_must_not_contain=['포토 많이 본 뉴스', '성탄 트리 점등식', '사진 무단 사용 금지', '로그인']),
  'photo news: [포토] label in the h1 (kept), three figures with captions ending /X 기자, short text; no meta at all, <title> only the outlet; outlet from logo alt; date `2026년 12월 15일 14:30`')

# 3 broadcaster, anchor lead + report without labels; og:title with a label not shown
k = 'tv'; t = A[k]['title']
add('nurisaem_news_view_7731245.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(t)} | 누리샘방송 뉴스</title>
<meta property="og:title" content="[뉴스9] {e(t)}">
<meta property="og:site_name" content="누리샘방송">
<meta property="og:type" content="video.other">
<meta name="description" content="시청자와 함께하는 공영 뉴스, 누리샘방송 뉴스입니다.">
</head><body>
<header><a class="logo" href="/">누리샘방송 NEWS</a> <a href="/live">온에어</a> <a href="/vod">다시보기</a></header>
<div class="news-view">
<p class="program">뉴스9 | 2026.12.16</p>
<h2 class="news-title">{e(t)}</h2>
<div class="reporter-info"><span class="name">구예본 기자</span> <span class="date">입력 2026.12.16 19:58</span> <span class="date">최종수정 2026.12.16 20:12</span></div>
<div class="player"><video src="/vod/20261216/nb9_07.mp4" poster="/thumb/nb9_07.jpg"></video><p>재생 01:52</p></div>
<div class="detail-body">
{ps(k)}
</div>
<p class="copy">Copyright ⓒ 누리샘방송. 무단 전재, 재배포 및 AI 학습 이용 금지</p>
<div class="report"><p>▶ 누리샘방송 제보하기 : 전화 02-000-0000, 카카오톡 \'누리샘제보\'</p></div>
</div>
</body></html>''', dict(title=t, author='구예본', published='2026-12-16T19:58:00+09:00', outlet='누리샘방송',
  body_must_not_contain=['재생 01:52', 'Copyright ⓒ 누리샘방송', '누리샘방송 제보하기', '뉴스9 | 2026.12.16']),
  'broadcaster video page: text is the anchor lead then the report, no [앵커]/[기자] labels, closing `매체 X입니다.`; og:title has a [뉴스9] label the page does not show; site-wide description; 입력 not 최종수정')

# 4 기자명 link list above the text
k = 'reporters'; t = A[k]['title']
add('yeoulmaru_news_articleView_31877.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(t)} - 여울마루뉴스</title>
<meta property="og:title" content="{e(t)}">
<meta property="og:site_name" content="여울마루뉴스">
<meta property="article:published_time" content="2026-12-17T10:20:00+09:00">
</head><body>
<nav class="menu"><a href="/">여울마루뉴스</a> <a>부동산</a> <a>금융</a> <a>산업</a></nav>
<article>
<header class="article-header">
<h1 class="article-title">{e(t)}</h1>
<div class="byline">편채린·방소담 기자 | 승인 2026.12.17 10:20</div>
<ul class="writer-links">
<li><a href="/search?writer=pyeoncr">#편채린 다른기사</a></li>
<li><a href="/search?writer=bangsd">#방소담 다른기사</a></li>
</ul>
</header>
<div class="article-content">
{ps(k)}
</div>
<div class="article-foot">편채린 기자 pyeoncr@yeoulmaru.com / 방소담 기자 bangsd@yeoulmaru.com</div>
</article>
<aside><h3>이 시각 주요뉴스</h3><ul><li>수도권 아파트 거래량 석 달째 감소</li><li>주담대 금리 다시 오름세</li></ul></aside>
<footer>© 여울마루뉴스 All Rights Reserved. 2014</footer>
</body></html>''', dict(title=t, author='편채린, 방소담', author_email='pyeoncr@yeoulmaru.com', published='2026-12-17T10:20:00+09:00', outlet='여울마루뉴스',
  body_must_not_contain=['#편채린 다른기사', '#방소담 다른기사', '이 시각 주요뉴스', '수도권 아파트 거래량', 'All Rights Reserved']),
  'CMS page with `X·Y 기자 | 승인 …` and a `#기자명 다른기사` link list ABOVE the text (not body); two e-mails in the foot (gold the first); 2014 footer year')

# 5 sticky top bar repeating the headline
k = 'sticky'; t = A[k]['title']
add('cheongsolbit_article_20261218_0730.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>청솔빛일보</title>
<meta property="og:title" content="{e(t)}">
<meta property="og:site_name" content="청솔빛일보">
<meta property="og:description" content="빛나는 내일을 여는 신문, 청솔빛일보">
</head><body>
<div class="sticky-bar" style="position:fixed;top:0">
<a class="mini-logo" href="/">청솔빛일보</a>
<span class="sticky-title">{e(t)}</span>
<button class="sticky-share">공유</button> <button class="sticky-font">가</button>
</div>
<header><div class="logo">청솔빛일보</div><nav><a>사회</a> <a>교통</a> <a>날씨</a></nav></header>
<main>
<div class="art-head">
<h2>{e(t)}</h2>
<p class="meta">함보결 기자 <span>입력 2026.12.18 07:30</span> <span>업데이트 2026.12.18 09:02</span></p>
</div>
<div class="art-body">
{ps(k)}
</div>
<div class="art-end">함보결 기자 hambg@cheongsolbit.co.kr</div>
<p class="cr">ⓒ 청솔빛일보, 무단전재-재배포 금지</p>
<div class="more"><h4>함께 많이 본 기사</h4><a>수도권 광역버스 증차</a> <a>한파 특보 확대</a></div>
</main>
</body></html>''', dict(title=t, author='함보결', author_email='hambg@cheongsolbit.co.kr', published='2026-12-18T07:30:00+09:00', outlet='청솔빛일보',
  body_must_not_contain=['ⓒ 청솔빛일보', '함께 많이 본 기사', '한파 특보 확대', '공유']),
  'page with a sticky top bar repeating the headline (title once, bar not body); <title> only the outlet; site-wide og:description; 입력 not 업데이트')

# 6 body split by ad slots
k = 'ad'; t = A[k]['title']; pp = A[k]['paras']
ad1 = '<div class="ad"><span class="ad-label">AD</span><a href="/ad/click?id=881">연말 정기예금 특판 연 4.1% 지금 가입하세요</a></div>'
ad2 = '<div class="ad"><span class="ad-label">AD</span><a href="/ad/click?id=882">겨울 보일러 무상 점검 이벤트 신청하기</a></div>'
body = '\n'.join(f'<p>{e(x)}</p>' for x in pp[:2]) + '\n' + ad1 + '\n' + '\n'.join(f'<p>{e(x)}</p>' for x in pp[2:5]) + '\n' + ad2 + '\n' + '\n'.join(f'<p>{e(x)}</p>' for x in pp[5:])
add('saeneoul_news_read_66104.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(t)} :: 새너울경제</title>
<meta property="og:title" content="{e(t)}">
<meta property="og:site_name" content="새너울경제">
<meta name="copyright" content="Copyright 2010 새너울경제">
</head><body>
<div class="top-banner ad"><span>AD</span> 새해 자동차보험 비교 견적</div>
<div class="wrap">
<h1 class="art-tit">{e(t)}</h1>
<div class="art-info">옥진무 기자 | 2026년 12월 19일 15:20</div>
<div class="art-txt">
{body}
</div>
<p class="reporter">옥진무 기자 okjm@saeneoul.kr</p>
<p>&lt;저작권자 © 새너울경제, 무단 전재 및 재배포 금지&gt;</p>
</div>
</body></html>''', dict(title=t, author='옥진무', author_email='okjm@saeneoul.kr', published='2026-12-19T15:20:00+09:00', outlet='새너울경제',
  body_must_not_contain=['연말 정기예금 특판', '겨울 보일러 무상 점검', '자동차보험 비교 견적', '저작권자 © 새너울경제']),
  'article body split by two ad slots (<div class="ad"> with an AD label) between paragraphs, an ad banner above; date `2026년 12월 19일 15:20` in the info line; copyright meta 2010')

# 7 author meta is the site name
k = 'sitemeta'; t = A[k]['title']
ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2026-12-20T08:00:00+09:00",
  "author": {"@type": "Organization", "name": "다온빛뉴스"}}, ensure_ascii=False)
add('daonbit_view_20261220_5548.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(t)} - 다온빛뉴스</title>
<meta name="author" content="다온빛뉴스">
<meta property="article:author" content="다온빛뉴스">
<meta property="og:title" content="{e(t)}">
<meta property="og:site_name" content="다온빛뉴스">
<script type="application/ld+json">{ld}</script>
</head><body>
<header><h2 class="site"><a href="/">다온빛뉴스</a></h2></header>
<section class="view">
<h3 class="view-title">{e(t)}</h3>
<p class="view-date">입력 2026-12-20 08:00</p>
<div class="view-cont">
{ps(k)}
<p class="byline-end">국선향 기자 gukseonhyang@daonbit.kr</p>
</div>
<div class="sns">페이스북 트위터 카카오스토리 밴드</div>
</section>
<footer>다온빛뉴스 | 서울시 마포구 | 청소년보호책임자 | © 2016 다온빛뉴스</footer>
</body></html>''', dict(title=t, author='국선향', author_email='gukseonhyang@daonbit.kr', published='2026-12-20T08:00:00+09:00', outlet='다온빛뉴스',
  body_must_not_contain=['gukseonhyang@daonbit.kr', '페이스북 트위터 카카오스토리', '청소년보호책임자']),
  'author meta (name=author, article:author, JSON-LD Organization) is the site name; the person is only the end byline `X 기자 e-mail` inside the body container')

# 8 h1 site logo, headline in div.title, no byline, date only in meta (14 Dec style)
k = 'logo'; t = A[k]['title']
add('hangyeolnuri_news_1205521.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>한결누리 - 마을과 사람을 잇는 뉴스</title>
<meta name="description" content="한결누리는 농어촌 마을 소식을 전하는 인터넷 신문입니다.">
<meta name="date" content="21 Dec 2026">
</head><body>
<h1 id="logo"><a href="/"><img src="/img/hangyeolnuri.png" alt="한결누리"></a></h1>
<ul class="gnb"><li>마을</li><li>농업</li><li>복지</li><li>사람들</li></ul>
<div class="article">
<div class="title">{e(t)}</div>
<div class="cont">
{ps(k)}
</div>
<div class="btns"><a>목록</a> <a>인쇄</a> <a>스크랩</a></div>
</div>
<div class="foot">한결누리 | 대표전화 061-000-0000 | Copyright © 2015 한결누리</div>
</body></html>''', dict(title=t, author=None, published='2026-12-21', outlet='한결누리',
  body_must_not_contain=['마을과 사람을 잇는 뉴스', '목록', '대표전화', 'Copyright © 2015']),
  '<h1> is the site logo (img alt the outlet), the headline is a <div class="title">; no byline (author null); the date only in <meta name="date" content="21 Dec 2026">; site-wide description')

# 9 magazine long read
k = 'mag'; t = A[k]['title']; pp = A[k]['paras']; ch = A[k]['chapters']
body = f'<h4 class="chapter">{ch[0]}</h4>\n' + '\n'.join(f'<p>{e(x)}</p>' for x in pp[:3]) + f'\n<h4 class="chapter">{ch[1]}</h4>\n' + '\n'.join(f'<p>{e(x)}</p>' for x in pp[3:7]) + f'\n<h4 class="chapter">{ch[2]}</h4>\n' + '\n'.join(f'<p>{e(x)}</p>' for x in pp[7:])
add('supmaru_magazine_longread_202701.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(t)} | 숲마루매거진</title>
<meta property="og:title" content="{e(t)}">
<meta property="og:site_name" content="숲마루매거진">
<meta property="og:description" content="{e(A[k]['deck'])}">
<meta property="article:published_time" content="2027-01-02T06:00:00+09:00">
<meta property="article:section" content="롱리드">
</head><body>
<header class="mag-head"><a href="/">숲마루매거진</a> <span>2027년 1월호</span> <a href="/subscribe">정기구독</a></header>
<article class="longread">
<p class="kicker">롱리드 · 사람</p>
<h1>{e(t)}</h1>
<p class="standfirst">{e(A[k]['deck'])}</p>
<p class="credit">글 맹윤서 기자 · 사진 묵지환 기자</p>
<p class="pubdate">발행 2027.01.02</p>
<figure><img src="/lr/lighthouse_01.jpg" alt=""><figcaption>해 질 무렵 등대에 불이 들어온다. 묵지환 기자</figcaption></figure>
{body}
</article>
<div class="sub-box">숲마루매거진 정기구독 신청하면 1년 12권을 집으로 보내드립니다.</div>
<footer>© 숲마루매거진 2011</footer>
</body></html>''', dict(title=t, author='맹윤서', published='2027-01-02', outlet='숲마루매거진',
  body_must_not_contain=['글 맹윤서 기자 · 사진 묵지환 기자', '정기구독 신청하면', '2027년 1월호', '롱리드 · 사람']),
  'magazine long read: standfirst deck, credit `글 X 기자 · 사진 Y 기자` (author the writer X), chapter subheads <h4> between paragraphs, 9 paragraphs; published_time meta and visible `발행 2027.01.02` (date only shown)')

# 10 regional weekly, EUC-KR, issue line only
k = 'weekly'; t = A[k]['title']
add('galchamnae_weekly_1187_03.html', f'''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>갈참내주간 - 우리 고장 주간신문</title>
<meta name="copyright" content="Copyright (c) 2007 갈참내주간">
</head><body>
<table width="760"><tr><td><img src="/img/top_logo.gif" alt="갈참내주간"></td><td>우리 고장 소식을 매주 월요일 전합니다</td></tr></table>
<table width="760"><tr><td class="issue">제1187호 2027년 1월 4일</td></tr>
<tr><td class="subject"><b>{e(t)}</b></td></tr>
<tr><td class="body">
{ps(k)}
<p>편집부</p>
</td></tr>
<tr><td><a href="list.html">목록보기</a> | <a href="javascript:print()">인쇄하기</a></td></tr></table>
<p>갈참내주간 | 정기간행물 등록 충북 다0077 | 구독료 월 3,000원</p>
</body></html>''', dict(title=t, author=None, published='2027-01-04', outlet='갈참내주간',
  body_must_not_contain=['제1187호', '목록보기', '인쇄하기', '구독료 월 3,000원', '우리 고장 소식을 매주']),
  'regional weekly in EUC-KR (real bytes, charset meta), old table layout; dated only by its issue line `제1187호 2027년 1월 4일`; the only byline `편집부` (author null: a desk, not a person); 2007 copyright meta', enc='euc-kr')

# 11 portal mobile view text dump
k = 'portal'; t = A[k]['title']
txt = '\n'.join(['낮달뉴스', '뉴스', '엔터', '스포츠', '', '저녁놀경제', '언론사 구독', '', t, '', '기사입력 2027.01.06. 오전 8:41', '기사원문', '', '댓글 17', '공감', '', '어해나 기자', '', 'TALK', '요약봇', '가', '공유', '']
  + sum([[x, ''] for x in A[k]['paras']], []) + ['어해나 기자 eohn@jeonyeoknol.com', '', 'Copyright ⓒ 저녁놀경제. All rights reserved. 무단 전재 및 재배포 금지.', '',
  '기사 제공 저녁놀경제', '이 기사는 언론사에서 경제 섹션으로 분류했습니다.', '', '좋아요 24', '훈훈해요 2', '슬퍼요 0', '', '댓글 17', '', '저녁놀경제 주요뉴스', '해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.', '', '환율 1,390원대로 다시 올라', '', '낮달뉴스 이용약관 | 개인정보처리방침', ''])
add('jeonyeoknol_via_natdal_mobile_20270106.txt', txt, dict(title=t, author='어해나', author_email='eohn@jeonyeoknol.com', published='2027-01-06T08:41:00+09:00', outlet='저녁놀경제',
  body_must_not_contain=['언론사 구독', '댓글 17', '요약봇', '좋아요 24', '저녁놀경제 주요뉴스', '이 기사는 언론사에서 경제 섹션으로 분류했습니다', '낮달뉴스 이용약관']),
  'text copied from a portal\'s mobile view (invented portal 낮달뉴스) carrying 저녁놀경제: `언론사 구독`, `댓글 17`, toolbar words, `기사입력 … 오전 8:41`, reactions, press picks; outlet the original press, not the portal')

# 12 chat share dump
k = 'chat'; t = A[k]['title']
txt = '\n'.join(['[오후 2:17] 김과장', 'https://www.neulpumi.co.kr/news/articleView.html?idxno=204417', '', t + ' - 늘푸미일보', A[k]['desc'], 'www.neulpumi.co.kr', '', '[오후 2:18] 김과장', '이거 기사 전문 붙여요', '', t, '']
  + sum([[x, ''] for x in A[k]['paras']], []) + ['남궁소율 기자 soyul.ng@neulpumi.co.kr', '', '2027년 1월 8일 10:40', '', '[오후 2:21] 박대리', '오 출퇴근할 때 타야겠네요 ㅎㅎ', ''])
add('chat_share_neulpumi_bike_20270108.txt', txt, dict(title=t, author='남궁소율', author_email='soyul.ng@neulpumi.co.kr', published='2027-01-08T10:40:00+09:00', outlet='늘푸미일보',
  body_must_not_contain=['[오후 2:17] 김과장', '이거 기사 전문 붙여요', '출퇴근할 때 타야겠네요', 'www.neulpumi.co.kr', A[k]['desc']]),
  'text copied from a chat share: messenger lines with times, link and its preview (title, description, domain) and the text (headline, paragraphs) pasted under it; preview title `headline - 매체` (gold without the suffix); `X 기자 e-mail` at the end and the date line `2027년 1월 8일 10:40` after the text; outlet only from the preview title suffix and the domain')

for name, (text, enc) in pages.items():
    with open(os.path.join(P, name), 'wb') as f: f.write(text.encode(enc))
for stem, g in gold.items():
    with open(os.path.join(G, stem + '.expected.json'), 'w', encoding='utf-8') as f: json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
# check
bad = 0
for stem, g in gold.items():
    name = g['source']; enc = pages[name][1]
    raw = open(os.path.join(P, name), 'rb').read().decode(enc)
    txt = html.unescape(raw)
    a = g['article']
    for key in ('title', 'author_email', 'outlet'):
        if a.get(key) and a[key] not in txt: print('MISSING', stem, key, a[key]); bad += 1
    if a.get('author'):
        for n in a['author'].split(', '):
            if n not in txt: print('MISSING author', stem, n); bad += 1
    for s in a['body_must_not_contain']:
        if s not in txt: print('MISSING bmnc', stem, s); bad += 1
    for p in A[[k for k in A if A[k]['title'] == a['title']][0]]['paras']:
        if p not in txt: print('MISSING para', stem, p[:20]); bad += 1
print(len(gold), 'gold files;', bad, 'problems')
