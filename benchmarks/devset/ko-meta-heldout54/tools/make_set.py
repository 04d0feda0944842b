"""Build pages and gold of ko-meta-heldout54 (stdlib only) and check them."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from texts import P
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, 'pages'), os.path.join(ROOT, 'gold')
os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
e = html.escape
def ps(paras): return '\n'.join('<p>%s</p>' % e(p) for p in paras)
OUT = []
def put(name, text, gold, note, enc='utf-8'):
    with open(os.path.join(PAGES, name), 'wb') as f: f.write(text.encode(enc))
    stem = name.rsplit('.', 1)[0]
    g = {'source': name, 'article': gold, 'note': note}
    with open(os.path.join(GOLD, stem + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
    OUT.append((name, enc, gold))
def art(k, published, bmnc):
    d = P[k]
    return {'title': d['title'], 'author': d['author'], 'author_email': d['email'], 'published': published,
            'outlet': d['outlet'], 'language': 'ko', 'body_must_not_contain': bmnc}

# 1 broadcaster
d = P['broadcast']
b1 = ['동영상 재생 01:58', '자막 켜기', 'ⓒ 물보라방송 무단 전재, 재배포 및 AI 학습 이용 금지',
      '제보하기 카카오톡 물보라제보', '많이 본 뉴스', '밤사이 서해안 눈 최대 10cm…출근길 빙판 주의']
ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": d['title'],
      "datePublished": "2026-12-02T20:14:37+09:00", "dateModified": "2026-12-02T21:30:02+09:00",
      "author": {"@type": "Person", "name": "기서윤"}, "publisher": {"@type": "Organization", "name": "물보라방송"},
      "video": {"@type": "VideoObject", "name": d['title'], "duration": "PT1M58S"}}
put('mulboratv_news_view_20261202_0412.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(d['title'])} | 물보라방송 뉴스</title>
<meta property="og:type" content="video.other">
<meta property="og:title" content="{e(d['title'])}">
<meta property="og:site_name" content="물보라방송 뉴스">
<meta property="og:video" content="https://vod.mulbora.tv/news/20261202/0412.mp4">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<header><a class="logo" href="/">물보라방송 뉴스</a><nav><a href="/live">ON AIR</a> <a href="/news/society">사회</a> <a href="/news/politics">정치</a> <a href="/news/economy">경제</a> <a href="/weather">날씨</a></nav></header>
<main><div class="news_view">
<p class="program">뉴스데스크 · 사회</p>
<h1 class="tit">{e(d['title'])}</h1>
<div class="info"><span class="reporter">기서윤 기자 <a href="mailto:{d['email']}">{d['email']}</a></span>
<span class="date">등록 2026-12-02 20:14:37</span> <span class="date">수정 2026-12-02 21:30:02</span></div>
<div class="vod_player" data-vid="N20261202-0412"><video poster="/thumb/0412.jpg" preload="none"></video>
<button class="play">{b1[0]}</button><button class="cc">{b1[1]}</button><span>화질 선택 360p 720p 1080p</span></div>
<div class="news_txt">{'<br><br>'.join(e(l) for l in d['lines'])}</div>
<p class="copy">{b1[2]}</p>
<div class="tip">{b1[3]} · 전화 02-000-0412 · 이메일 jebo@mulbora.tv</div>
</div>
<aside><h3>{b1[4]}</h3><ol><li><a href="/n/1">{b1[5]}</a></li><li><a href="/n/2">연말 택배 물량 몰려…일부 지역 배송 지연</a></li></ol></aside></main>
<footer>물보라방송 | 서울특별시 영등포구 | 대표전화 02-000-0000 | Copyright © Mulbora Broadcasting System. All rights reserved.</footer>
</body></html>
''', art('broadcast', '2026-12-02T20:14:37+09:00', b1),
 'broadcaster news page: og:type video.other, JSON-LD with video; h1 headline; `X 기자 e-mail`, `등록 2026-12-02 20:14:37`/`수정`; video player buttons; script with [앵커]/[기자]/[인터뷰] lines as <br><br> text; copyright, 제보 line, most-read list. Tests: 등록 not 수정; player, 제보 and list not body.')

# 2 wire
d = P['wire']
b2 = ['<저작권자(c) 버금통신, 무단 전재-재배포, AI 학습 및 활용 금지>', '제보는 카카오톡 beogeum24',
      '#성탄장터 #떡볶이 #베를린', '관련 뉴스', '파리 한식 주간 개막…"김밥 도시락 매진"', '이 시각 헤드라인']
put('beogeumwire_AKR20261203_0714.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(d['title'])} | 버금통신</title>
<meta name="description" content="{e(d['paras'][0][:60])}">
<meta property="og:title" content="{e(d['title'])}">
<meta property="og:site_name" content="버금통신">
<meta property="article:published_time" content="2026-12-03T06:12:00+09:00">
</head><body>
<div id="gnb"><a href="/">버금통신</a> <a href="/nk">북한</a> <a href="/international">국제</a> <a href="/culture">문화</a> <a href="/photo">사진</a></div>
<div class="article-head"><span class="section">국제 · 유럽</span>
<h1 class="tit">{e(d['title'])}</h1>
<p class="update-time">기사입력 2026/12/03 06:12</p>
<div class="tools">글자크기 · 인쇄 · 공유</div></div>
<div class="story-news article">
<figure><img src="/photo/20261203/berlin.jpg" alt=""><figcaption>(베를린=버금통신) 2일(현지시간) 베를린 성탄 장터의 한국 음식 부스 앞에 선 방문객들</figcaption></figure>
{ps(d['paras'])}
<p>{d['email']}</p>
<p class="txt-copyright">{e(b2[0])}</p>
<p class="tip">{b2[1]}</p>
<div class="keyword">{b2[2]}</div></div>
<section><h3>{b2[3]}</h3><ul><li>{e(b2[4])}</li><li>빈 겨울 음악축제에 국악 공연 첫 초청</li></ul></section>
<section><h3>{b2[5]}</h3><ul><li>국회 예산안 처리 시한 넘겨…여야 막판 협상</li></ul></section>
<footer>버금통신 | 등록번호 서울 가00000 | Copyright Beogeum News Agency.</footer>
</body></html>
''', art('wire', '2026-12-03T06:12:00+09:00', b2),
 'wire service page: `<title>` with ` | 매체`, og and article:published_time; `기사입력 2026/12/03 06:12`; byline only in the lede `(베를린=버금통신) X 특파원 =`; bare e-mail as the last line; copyright, 제보 line, keyword tags, related and headline lists. Tests: author from the lede without dateline and 특파원; e-mail; furniture not body.')

# 3 AMP
d = P['amp']
b3 = ['늘품경제 앱에서 보기', 'Copyright © 2019 늘품경제. All rights reserved.', '이 기사를 공유합니다', '실시간 인기기사',
      '배추값 한 달 새 20% 내려…김장 부담 덜어']
ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": d['title'],
      "datePublished": "2026-12-04T09:05:00+09:00", "author": {"@type": "Person", "name": "표지후 객원기자"},
      "publisher": {"@type": "Organization", "name": "늘품경제"}, "image": ["https://img.neulpum.kr/2026/12/04/kimjang.jpg"]}
put('neulpumecon_amp_20261204_8831.html', f'''<!doctype html>
<html amp lang="ko"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{e(d['title'])} - 늘품경제</title>
<link rel="canonical" href="https://www.neulpum.kr/news/articleView.html?idxno=8831">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="{e(d['title'])} - 늘품경제">
<meta property="og:description" content="늘품경제 - 경제를 읽는 가장 쉬운 방법">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.head{{font-size:22px}} .byline{{color:#777}}</style>
</head><body>
<header class="amp-head"><a href="https://www.neulpum.kr"><amp-img src="/logo.png" width="120" height="30" alt="늘품경제"></amp-img></a></header>
<article>
<p class="section">지역경제</p>
<h1 class="head">{e(d['title'])}</h1>
<div class="byline">표지후 객원기자 · 승인 2026.12.04 09:05</div>
<amp-img src="https://img.neulpum.kr/2026/12/04/kimjang.jpg" width="640" height="427" layout="responsive" alt="김장 나눔 행사"></amp-img>
<p class="caption">3일 청주 오창읍에서 열린 김장 나눔 행사에서 봉사자들이 김치를 버무리고 있다.</p>
{ps(d['paras'][:3])}
<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-0000"></amp-ad>
{ps(d['paras'][3:])}
<div class="share"><p>{b3[2]}</p><amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share></div>
</article>
<section><h3>{b3[3]}</h3><ol><li>{e(b3[4])}</li><li>지역 농협 예금 금리 연 4%대 다시 등장</li></ol></section>
<div class="app-banner"><a href="neulpum://open">{b3[0]}</a></div>
<footer>{b3[1]}</footer>
<amp-analytics type="gtag"><script type="application/json">{{"vars":{{"gtag_id":"G-NEULPUM"}}}}</script></amp-analytics>
</body></html>
''', art('amp', '2026-12-04T09:05:00+09:00', b3),
 'AMP page (`<html amp>`): amp-boilerplate, amp-img with caption, amp-ad between paragraphs, amp-social-share, app banner, amp-analytics; `<title>`/og:title with ` - 매체`, site-wide og:description, 2019 copyright; JSON-LD author `X 객원기자`; `X 객원기자 · 승인 2026.12.04 09:05`. Tests: title without suffix; author without 객원기자; 승인 as published; AMP scaffolding not body.')

# 4 mobile
d = P['mobile']
b4 = ['여울신문 앱으로 보면 더 빠릅니다', '앱 열기', 'PC버전', '이 기사와 함께 많이 본 뉴스', '창원 도심 공영자전거 요금 동결', 'ⓒ 여울신문 무단전재 및 재배포 금지']
lazy = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
put('m_yeoulsinmun_article_20261204_2207.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>여울신문 모바일</title>
<link rel="canonical" href="https://www.yeoulsinmun.co.kr/article/20261204/2207">
<meta property="og:title" content="{e(d['title'])}">
<meta property="og:site_name" content="여울신문">
<meta property="og:image" content="https://img.yeoulsinmun.co.kr/20261204/bus.jpg">
</head><body class="mobile">
<header><button class="menu">메뉴</button><a class="logo" href="/">여울신문</a><button class="search">검색</button></header>
<nav class="tabs"><a>홈</a><a>경남</a><a>사회</a><a>경제</a><a>오피니언</a></nav>
<div class="m-article">
<h2 class="m-title">{e(d['title'])}</h2>
<div class="m-info"><span>육한별·마은별 기자 ({d['email']})</span><span>2026.12.04. 오후 2:20</span></div>
<div class="m-body">
<figure><img class="lazy" src="{lazy}" data-src="https://img.yeoulsinmun.co.kr/20261204/bus.jpg" alt=""><figcaption>창원 시내버스 정류장. 여울신문 자료사진</figcaption></figure>
{ps(d['paras'][:3])}
<figure><img class="lazy" src="{lazy}" data-src="https://img.yeoulsinmun.co.kr/20261204/map.png" alt="개편 노선도"><figcaption>시내버스 노선 개편안 개요. 창원시 제공</figcaption></figure>
{ps(d['paras'][3:])}
</div>
<p class="copy">{b4[5]}</p></div>
<section class="more"><h3>{b4[3]}</h3><ul><li>{e(b4[4])}</li><li>마산항 겨울 야경 명소 조명 점등</li></ul></section>
<footer><a href="https://www.yeoulsinmun.co.kr">{b4[2]}</a> · 로그인 · 고객센터</footer>
<div class="app-bottom-banner" style="position:fixed;bottom:0">{b4[0]} <a href="yeoul://article/2207">{b4[1]}</a> <button>닫기</button></div>
<script>document.querySelectorAll('img.lazy').forEach(function(i){{i.src=i.dataset.src}});</script>
</body></html>
''', art('mobile', '2026-12-04T14:20:00+09:00', b4),
 'mobile m. page: `<title>` `매체 모바일`, og:title, canonical to www; h2 headline; `X·Y 기자 (e-mail)`, `2026.12.04. 오후 2:20`; lazy-loaded images (data-src) with captions inside the body; more list, PC버전 footer and fixed bottom app banner. Tests: title from h2/og not `<title>`; both reporters (gold `X, Y`) and e-mail; 14:20 from 오후; banner not body.')

# 5 EUC-KR with weekday date
d = P['euckr']
b5 = ['Copyright ⓒ 2009 구름다리신문. All rights reserved.', '이 기사를 공유합니다', '다른 기사 보기', '대전 도시철도 2호선 시운전 시작', '구독신청']
put('gureumdarinews_view_20261203_1420.html', f'''<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>구름다리신문 - 대전·충청의 내일을 여는 신문</title>
<meta name="description" content="구름다리신문은 대전·세종·충청 지역 소식을 가장 빠르고 정확하게 전합니다.">
<meta name="copyright" content="Copyright 2009 구름다리신문">
</head><body>
<table width="100%"><tr><td><a href="/"><img src="/img/logo.gif" alt="구름다리신문"></a></td><td><a href="/sub/society.html">사회</a> | <a href="/sub/economy.html">경제</a> | <a href="/sub/subscribe.html">{b5[4]}</a></td></tr></table>
<table width="680"><tr><td class="view_title">{e(d['title'])}</td></tr>
<tr><td class="view_info">두소연 선임기자 | {d['email']} | 2026년 12월 3일 (목) 14:20</td></tr>
<tr><td class="view_text">
{ps(d['paras'])}
</td></tr>
<tr><td class="share">{b5[1]} [페이스북] [트위터] [카카오]</td></tr></table>
<div class="other"><b>{b5[2]}</b><br>· {e(b5[3])}<br>· 세종 공공도서관 야간 개방 확대</div>
<div class="footer">대전광역시 중구 | {b5[0]}</div>
</body></html>
''', art('euckr', '2026-12-03T14:20:00+09:00', b5),
 'old table CMS in EUC-KR (real bytes) with a charset meta; no og/JSON-LD; `<title>` the outlet and slogan, site-wide description, 2009 copyright meta; headline in a td; `X 선임기자 | e-mail | 2026년 12월 3일 (목) 14:20`; share, other-stories, footer. Tests: decoding; title from the headline cell; author without 선임기자; date from the weekday form.', enc='euc-kr')

# 6 paywall, Posted on, byline only at the end
d = P['paywall']
b6 = ['이 기사는 유료 회원에게 먼저 공개된 기사입니다.', '멤버십 가입하기', '별하나리뷰 멤버십', 'Related Posts',
      '2차전지 소재 수출, 넉 달 만에 반등', '© 2026 별하나리뷰. Powered by WordPress']
put('byeolhanareview_2026_12_05_chip-equipment-export.html', f'''<!DOCTYPE html>
<html lang="ko-KR"><head><meta charset="UTF-8">
<title>{e(d['title'])} &#8211; 별하나리뷰</title>
<meta name="generator" content="WordPress 6.7">
</head><body class="post-template-default single single-post">
<div class="site-header"><p class="site-title"><a href="/">별하나리뷰</a></p><p class="site-description">산업과 기술을 깊게 읽는 리뷰</p>
<ul class="menu"><li>산업</li><li>기술</li><li>리포트</li><li>{b6[2]}</li></ul></div>
<article class="post type-post">
<header class="entry-header"><span class="cat-links">반도체</span>
<h1 class="entry-title">{e(d['title'])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2026-12-05">2026-12-05</time></span></div></header>
<div class="entry-content">
{ps(d['paras'][:3])}
<div class="paywall-teaser"><p><strong>{b6[0]}</strong> 멤버십에 가입하시면 부품사별 수주 전망과 분석 리포트를 모두 보실 수 있습니다.</p><p><a href="/membership">{b6[1]}</a> · <a href="/login">로그인</a></p></div>
{ps(d['paras'][3:])}
<p>편세빈 기자 {d['email']}</p>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: 반도체, 수출, 부품</span></footer>
</article>
<section class="related"><h3>{b6[3]}</h3><ul><li>{e(b6[4])}</li><li>공작기계 수주 회복세…내수는 아직</li></ul></section>
<footer class="site-footer">{b6[5]}</footer>
</body></html>
''', art('paywall', '2026-12-05', b6),
 'WordPress review site: no og/JSON-LD, `<title>` with ` – 매체`; `Posted on 2026-12-05` (date only); paywall teaser box (`이 기사는 유료 회원…`, 멤버십 가입하기) after the third paragraph, the article going on after it; the only byline `X 기자 e-mail` as the last paragraph; tags, related posts, WordPress footer. Tests: date-only published; author from the end; teaser not body.')

# 7 h1 logo, h2 headline, og:title label, update line after the text
d = P['logo']
b7 = ['최종 업데이트 2026-12-06 11:45', '나들목저널 구독하기', '저작권자 © 나들목저널 무단전재 및 재배포 금지', '많이 본 기사', '버스 중앙차로 확대 구간 내년 착공', '기사제보']
put('nadeulmokjournal_news_articleView_64410.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(d['title'])} - 나들목저널</title>
<meta property="og:title" content="[단독] {e(d['title'])}">
<meta property="og:site_name" content="나들목저널">
<meta property="article:published_time" content="2026-12-06T07:30:00+09:00">
</head><body>
<header id="header"><h1 class="logo"><a href="/"><img src="/image/logo.png" alt="나들목저널"></a></h1>
<ul class="gnb"><li>정치</li><li>사회</li><li>지역</li><li>{b7[5]}</li><li>{b7[1]}</li></ul></header>
<div id="content"><div class="article-view-head">
<h2 class="headline">{e(d['title'])}</h2>
<ul class="infomation"><li>노가빈 기자</li><li>입력 2026-12-06 07:30</li></ul></div>
<div id="article-view-content-div">
{ps(d['paras'])}
<p class="updated">{b7[0]}</p>
</div>
<div class="view-copyright">{b7[2]}</div>
<div class="writer">노가빈 기자 <a href="mailto:{d['email']}">{d['email']}</a> 다른기사 보기</div>
<aside><h3>{b7[3]}</h3><ol><li>{e(b7[4])}</li><li>구립도서관 주말 야간 운영</li></ol></aside></div>
<footer>나들목저널 | 서울 | Copyright © 2026 나들목저널</footer>
</body></html>
''', art('logo', '2026-12-06T07:30:00+09:00', b7),
 'CMS page whose `<h1>` is the site logo (img alt = outlet) and the headline an `<h2>`; og:title with a `[단독]` label the page does not show; `<title>` with ` - 매체`; `X 기자 · 입력 2026-12-06 07:30`; an update line `최종 업데이트 …` after the text; writer box with e-mail. Tests: title the h2, not the logo or og label; published from 입력 not the update line; update line not body.')

# 8 photo news
d = P['photo']
b8 = ['이전 사진', '다음 사진', '포토뉴스 더보기', '성탄 트리 불 밝힌 광장', 'ⓒ 감나무뉴스, 무단 전재 및 재배포 금지']
put('gamnamunews_photo_view_5903.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>[포토] {e(d['title'])} - 감나무뉴스</title>
<meta property="og:title" content="[포토] {e(d['title'])}">
<meta property="og:site_name" content="감나무뉴스">
<meta property="og:image" content="https://photo.gamnamunews.kr/20261207/snow.jpg">
</head><body>
<div class="top"><a href="/">감나무뉴스</a> <a href="/photo">포토뉴스</a> <a href="/video">영상</a></div>
<div class="photo-view"><p class="label">포토뉴스</p>
<h2 class="photo-tit">{e(d['title'])}</h2>
<p class="photo-info">글·사진 봉채현 기자 · 입력 2026.12.07 10:12</p>
<figure><img src="https://photo.gamnamunews.kr/20261207/snow.jpg" alt="{e(d['title'])}">
<figcaption>{e(d['caption'])}</figcaption></figure>
<p class="mail">{d['email']}</p>
<div class="nav"><a href="/photo/5902">{b8[0]}</a> <a href="/photo/5904">{b8[1]}</a></div>
<p class="copy">{b8[4]}</p></div>
<section><h3>{b8[2]}</h3><ul><li>{e(b8[3])}</li><li>얼어붙은 한강 둔치</li><li>김장하는 날</li></ul></section>
<footer>감나무뉴스 | 인터넷신문 등록 서울 아00000</footer>
</body></html>
''', art('photo', '2026-12-07T10:12:00+09:00', b8),
 'photo news page: `[포토]` in `<title>` and og:title but not on the page; 포토뉴스 label, h2 headline; `글·사진 X 기자 · 입력 2026.12.07 10:12`; the text one long four-sentence caption in a figcaption; e-mail line; prev/next photo links and a more-photos list. Tests: title without [포토]; author X from 글·사진; caption as body; photo navigation not body.')

# 9 보도자료
d = P['release']
b9 = ['담당 부서 : 행정안전부 자연재난대응과', '문의 : 044-000-3917', '※ 이 기사는 행정안전부 보도자료를 바탕으로 작성되었습니다.',
      '보도자료 목록', '저작권자 © 새미래경제 무단전재 및 재배포 금지', '국토부, 겨울철 도로 제설 대책 발표']
put('saemiraeecon_press_view_20261208_1117.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(d['title'])} | 새미래경제</title>
<meta name="description" content="새미래경제 보도자료 - 정부·기관·기업의 소식을 원문 그대로 전합니다.">
<meta property="og:title" content="{e(d['title'])}">
<meta property="og:site_name" content="새미래경제">
</head><body>
<div id="top"><a href="/">새미래경제</a> | 경제 | 산업 | 정책 | 보도자료</div>
<div class="press-view"><p class="cate">보도자료 · 정책</p>
<h3 class="title">{e(d['title'])}</h3>
<p class="date">등록 2026-12-08 10:00</p>
<div class="press-body">
{ps(d['paras'])}
<p>{b9[0]}</p>
<p>{b9[1]}</p>
<p class="note">{b9[2]}</p>
</div>
<p class="copyright">{b9[4]}</p>
<div class="list-link"><a href="/press">{b9[3]}</a></div></div>
<aside><h4>최신 보도자료</h4><ul><li>{e(b9[5])}</li><li>중기부, 소상공인 난방비 지원 접수</li></ul></aside>
<footer>새미래경제 | 서울 중구 | Copyright 2011 새미래경제</footer>
</body></html>
''', art('release', '2026-12-08T10:00:00+09:00', b9),
 'ministry-style 보도자료 on a news site: no byline at all; h3 headline under a 보도자료 label; `등록 2026-12-08 10:00`; `담당 부서 :` and `문의 :` lines and a source note at the end of the text; site-wide description; press-release list. Tests: author null (not the ministry); contact lines and note not body.')

# 10 interview
d = P['interview']
b10 = ['[인터뷰]', '저작권자 © 마루터일보 무단전재 및 재배포 금지', '인터뷰 더보기', '30년 된 동네 사진관, 필름 인화 다시 시작', '독자 의견 남기기']
put('maruteoilbo_interview_20261209_3021.html', f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{e(d['title'])} - 마루터일보</title>
<meta property="og:title" content="[인터뷰] {e(d['title'])}">
<meta property="og:site_name" content="마루터일보">
<meta property="article:published_time" content="2026-12-09T06:00:00+09:00">
<meta property="article:author" content="탁이안">
</head><body>
<header><a class="logo" href="/">마루터일보</a><nav>사회 | 문화 | 사람들 | 인터뷰</nav></header>
<article><p class="kicker">{b10[0]}</p>
<h2 class="article-title">{e(d['title'])}</h2>
<div class="byline">탁이안 기자 <a href="mailto:{d['email']}">{d['email']}</a> · 입력 2026-12-09 06:00</div>
<figure><img src="/photo/20261209/bookshop.jpg" alt=""><figcaption>남궁솔빈 은행잎서점 대표가 서가 앞에서 웃고 있다.</figcaption></figure>
<div class="article-body">
{ps(d['paras'])}
</div>
<p class="copyright">{b10[1]}</p>
<div class="comment">{b10[4]} (0)</div></article>
<section><h3>{b10[2]}</h3><ul><li>{e(b10[3])}</li><li>귀농 3년 차 청년 농부의 겨울</li></ul></section>
<footer>마루터일보 | 인천광역시 | Copyright © 2026 마루터일보</footer>
</body></html>
''', art('interview', '2026-12-09T06:00:00+09:00', b10),
 'interview Q&A page: `[인터뷰]` kicker above the h2 and in og:title; `<title>` with ` - 매체`; headline with a quote; `X 기자 e-mail · 입력 2026-12-09 06:00`; intro paragraph then `- 질문` lines and quoted answers; copyright, comment prompt, more-interviews list. Tests: title without the kicker (it is a separate label); Q&A lines kept in body; furniture not body.')

# 11 print text dump
d = P['print']
b11 = ['하늘바래신문 - 인쇄하기', 'https://www.haneulbarae.co.kr/news/articlePrint.html?idxno=88214', '[인쇄하기] [닫기]',
       '인쇄일시 : 2026-12-11 08:47', '출처 : 하늘바래신문(https://www.haneulbarae.co.kr)', 'Copyright ⓒ 2015 하늘바래신문 All rights reserved.']
body = '\n\n'.join(d['paras'])
put('haneulbarae_print_20261210.txt', f'''{b11[0]}
{b11[1]}
{b11[2]}
{b11[3]}

하늘바래신문

{d['title']}

등록 2026-12-10 14:20:11

인규현 기자 {d['email']}

{body}

{b11[4]}
{b11[5]}
''', art('print', '2026-12-10T14:20:11+09:00', b11),
 'text dump of a print view: browser print header `매체 - 인쇄하기` with the URL line, print/close buttons, `인쇄일시` the next day; outlet line, headline, `등록 2026-12-10 14:20:11`, `X 기자 e-mail`, text, 출처 and 2015 copyright. Tests: title the headline not the print header; published from 등록 not 인쇄일시; header and URL not body.')

# 12 portal dump
d = P['portal']
b12 = ['다모아뉴스', '댓글 128', '좋아요 342', '훈훈해요 21', '이 기사를 추천합니다', '한여울스포츠 주요뉴스', '다모아뉴스 스포츠 많이 본 뉴스',
       'Copyright ⓒ 한여울스포츠. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.', '구독자 5.2만']
body = '\n\n'.join(d['paras'])
put('damoanews_hanyeoulsports_20261211.txt', f'''본문 바로가기
{b12[0]}
스포츠 홈  야구  해외야구  축구  농구  배구  골프
한여울스포츠
{b12[8]}  구독
{d['title']}
입력 2026.12.11. 오전 10:31  수정 2026.12.11. 오전 11:02  기사원문
{b12[1]}  {b12[2]}
공유하기  글자크기 설정
{body}

{d['author']} 기자 {d['email']}

{b12[7]}

{b12[4]}
{b12[2]}  {b12[3]}  슬퍼요 3  화나요 9  후속기사 원해요 57
{b12[1]}
{b12[5]}
· 새 외국인 투수 영입 임박…"150km 좌완"
· 신인왕 후보 3인, 겨울 훈련 돌입
{b12[6]}
1 FA 포수 최대어, 6년 계약 합의
2 국가대표 감독 선임 발표 임박
다모아뉴스 이용약관  개인정보처리방침  ⓒ DAMOA Corp.
''', art('portal', '2026-12-11T10:31:00+09:00', b12),
 'portal text dump (invented 다모아뉴스 carrying 한여울스포츠): skip link, portal name, sports menu, press name and subscriber count, headline, `입력 2026.12.11. 오전 10:31  수정 … 기사원문`, comment and like counts, 공유하기/글자크기 line, text, end byline `X 기자 e-mail`, copyright, reaction counts, the outlet\'s top news and the portal\'s most-read. Tests: outlet the original not the portal; 10:31 from 오전, not 수정; counters and lists not body.')

# check
import re
bad = 0
for name, enc, g in OUT:
    t = open(os.path.join(PAGES, name), 'rb').read().decode(enc)
    t = html.unescape(t)
    items = [g['title'], g['outlet']] + g['body_must_not_contain']
    if g['author']: items += [a.strip() for a in g['author'].split(',')]
    if g['author_email']: items.append(g['author_email'])
    for s in items:
        if s not in t: print('MISSING', name, s); bad += 1
    ymd = g['published'][:10]
    y, m, dd = ymd.split('-')
    if not any(x in t for x in (ymd, f'{y}/{m}/{dd}', f'{y}.{m}.{dd}', f'{y}년 {int(m)}월 {int(dd)}일')):
        print('DATE?', name); bad += 1
print(len(OUT), 'pages', bad, 'problems')
# no boilerplate string inside the article text
for name, enc, g in OUT:
    d = [v for v in P.values() if v['title'] == g['title']][0]
    text = ' '.join(d.get('paras') or d.get('lines') or [d['caption']])
    for s in g['body_must_not_contain']:
        if s in text: print('IN TEXT', name, s); bad += 1
print(bad, 'problems after the text check')
