"""Writes ko-meta-heldout44 pages and gold (stdlib only). Run from the set directory: python tools/make_set.py"""
import json, os, html

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(HERE, "pages"), os.path.join(HERE, "gold")
SETS = []


gold_notes = {}


def add(fname, text, gold, encoding="utf-8", note=""):
    gold_notes[fname] = note
    SETS.append((fname, text, gold, encoding))


def ps(paras, tag="p"):
    return "\n".join(f"<{tag}>{html.escape(p, quote=False)}</{tag}>" for p in paras)


# ---------------------------------------------------------------- 1 CMS with og + JSON-LD that agree
t1 = "원도심 전통시장 공영주차장 120면 늘린다…내년 6월 착공"
s1 = "국비 30억 확보…상인회 \"주말 정체 숨통 트일 것\""
b1 = [
    "청주시가 원도심 전통시장 두 곳 주변에 공영주차장 120면을 새로 만든다. 주말마다 시장 앞 도로가 주차 차량으로 막힌다는 민원이 이어진 데 따른 것이다.",
    "시는 2일 육거리시장 동쪽 옛 창고 부지와 서문시장 뒤편 공터를 사들여 각각 70면과 50면 규모의 주차장을 짓는다고 밝혔다. 사업비는 국비 30억원과 시비 22억원 등 모두 52억원이다.",
    "옛 창고 부지에는 2층 규모의 자주식 주차 건물을 세우고, 서문시장 뒤편은 평면 주차장으로 꾸민다. 두 곳 모두 시장 이용객에게 1시간 무료 주차를 제공할 계획이다.",
    "설계는 내년 3월까지 마치고 6월 착공해 2028년 초 문을 여는 것이 목표다. 시는 공사 기간 인근 학교 운동장을 주말 임시 주차장으로 개방하는 방안도 교육청과 협의하고 있다.",
    "반솔지 육거리시장 상인회장은 \"김장철과 명절이면 손님들이 차를 댈 곳을 찾다 그냥 돌아가는 일이 많았다\"며 \"주말 정체에 숨통이 트일 것\"이라고 말했다.",
    "시 관계자는 \"주차장 위치를 시장 출입구와 가깝게 잡아 어르신들도 짐을 들고 오가기 편하도록 하겠다\"고 설명했다.",
]
p1 = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{html.escape(t1)} - 너울빛일보</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(t1)}">
<meta property="og:description" content="청주시가 원도심 전통시장 두 곳 주변에 공영주차장 120면을 새로 만든다.">
<meta property="og:site_name" content="너울빛일보">
<meta property="og:url" content="https://www.neoulbit.kr/news/articleView.html?idxno=44120">
<meta property="article:published_time" content="2026-12-02T10:37:00+09:00">
<meta property="article:modified_time" content="2026-12-02T15:12:00+09:00">
<meta name="author" content="채규연 기자">
<script type="application/ld+json">
{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t1, "datePublished": "2026-12-02T10:37:00+09:00", "dateModified": "2026-12-02T15:12:00+09:00", "author": {"@type": "Person", "name": "채규연"}, "publisher": {"@type": "Organization", "name": "너울빛일보"}}, ensure_ascii=False)}
</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">너울빛일보</a>
<nav><ul><li>정치</li><li>경제</li><li>사회</li><li>지역</li><li>문화</li><li>오피니언</li></ul></nav></header>
<div class="breadcrumb">홈 &gt; 지역 &gt; 청주</div>
<article class="article-view">
<header class="article-head">
<h1 class="headline">{html.escape(t1)}</h1>
<h2 class="subheadline">{html.escape(s1)}</h2>
<ul class="info-list">
<li class="byline">채규연 기자 <a href="mailto:gyuyeon@neoulbit.kr">gyuyeon@neoulbit.kr</a></li>
<li>입력 2026.12.02 10:37</li>
<li>수정 2026.12.02 15:12</li>
</ul>
<div class="share"><button>페이스북</button><button>카카오톡</button><button>URL복사</button><button>기사저장</button></div>
</header>
<div id="article-body">
{ps(b1)}
</div>
<p class="copyright">저작권자 © 너울빛일보 무단전재 및 재배포 금지</p>
<div class="tags">#공영주차장 #전통시장 #청주</div>
<section class="related"><h3>관련기사</h3><ul>
<li><a href="#">청주 서문시장 지붕 보수 마무리…비 새던 통로 정비</a></li>
<li><a href="#">원도심 상권 살리기 용역 결과 다음 달 공개</a></li></ul></section>
<aside class="most-read"><h3>많이 본 뉴스</h3><ol>
<li>청주 도심 첫눈 3㎝…출근길 서행</li>
<li>충북 고교 통합 논의 본격화</li>
<li>오송역 환승센터 설계 공모 당선작 발표</li></ol></aside>
</article>
<footer>너울빛일보 | 충북 청주시 상당구 | 발행·편집인 석진곤 | 청소년보호책임자 석진곤 | 등록일 2014.05.20<br>Copyright © 너울빛일보. All rights reserved.</footer>
</body></html>
"""
add("neoulbit_articleView_44120.html", p1, {
    "title": t1, "author": "채규연", "author_email": "gyuyeon@neoulbit.kr",
    "published": "2026-12-02T10:37:00+09:00", "outlet": "너울빛일보",
    "body_must_not_contain": ["저작권자 © 너울빛일보 무단전재 및 재배포 금지", "관련기사", "많이 본 뉴스", "청주 도심 첫눈 3㎝…출근길 서행", "발행·편집인 석진곤", "URL복사", s1],
}, note="CMS page with og, article:published/modified_time and JSON-LD that agree; h1 headline, h2 subtitle, info list `X 기자 e-mail`, `입력`/`수정`; share bar, copyright, tags, related, most-read, footer. Tests: subtitle not the title, 입력 not 수정, furniture out of the body.")

# ---------------------------------------------------------------- 2 CMS with misleading meta
t2 = "조선기자재 중소업체 수출 3년 만에 반등…LNG 부품이 견인"
b2 = [
    "[갈참경제=탁도헌 기자] 부산·경남 지역 조선기자재 중소업체들의 수출이 3년 만에 증가세로 돌아섰다. 액화천연가스(LNG) 운반선 발주가 늘면서 화물창 단열재와 밸브 같은 부품 주문이 함께 늘어난 덕분이다.",
    "한국무역협회 부산지역본부가 3일 내놓은 자료를 보면 올해 1~11월 이 지역 조선기자재 수출액은 21억4천만달러로 지난해 같은 기간보다 12.6% 많았다. 연간 기준으로 증가한 것은 2023년 이후 처음이다.",
    "품목별로는 LNG 화물창용 단열 패널이 38% 늘어 증가 폭이 가장 컸고, 극저온 밸브와 배관 부품이 뒤를 이었다. 반면 벌크선용 갑판 기계류는 발주 감소로 7% 줄었다.",
    "업체들은 인력 부족을 가장 큰 걸림돌로 꼽았다. 김해의 한 밸브 제조업체 대표 우태산씨는 \"주문은 들어오는데 용접 기술자를 구하지 못해 납기를 맞추기 빠듯하다\"고 말했다.",
    "무역협회는 내년에도 LNG선 발주가 이어질 것으로 보면서도 원자재 가격과 환율 변동이 수익성에 부담이 될 수 있다고 지적했다.",
]
p2 = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>갈참경제 - 경제를 읽는 창</title>
<meta property="og:title" content="갈참경제 - 경제를 읽는 창">
<meta property="og:site_name" content="산업">
<meta property="og:description" content="중소기업과 지역 산업 소식을 전하는 경제 전문지">
<meta name="copyright" content="Copyright 2008 갈참경제">
</head>
<body>
<div id="top"><span class="logo">갈참경제</span><span class="slogan">경제를 읽는 창</span>
<ul class="gnb"><li>금융</li><li>산업</li><li>부동산</li><li>중소기업</li><li>증권</li></ul></div>
<div class="section-title">산업 &gt; 조선·해운</div>
<div class="view-head">
<div class="view-title">{html.escape(t2)}</div>
<div class="view-info"><span class="writer">탁도헌 기자</span> <span class="date">승인 2026.12.04 09:10</span> <span class="hit">조회수 1,204</span></div>
</div>
<div class="view-con">
{ps(b2)}
</div>
<div class="view-tools"><a href="#">인쇄</a> <a href="#">목록</a> <a href="#">스크랩</a></div>
<div class="other-news"><strong>이 분야 다른 기사</strong><ul><li>해운 운임 4주 연속 하락</li><li>거제 협력사 상생기금 조성</li></ul></div>
<div id="footer">갈참경제 | 부산광역시 중구 | 대표전화 051-000-0000<br>Copyright © 2008 갈참경제. All rights reserved.</div>
</body></html>
"""
add("galchameco_news_view_20261204_0912.html", p2, {
    "title": t2, "author": "탁도헌", "published": "2026-12-04T09:10:00+09:00", "outlet": "갈참경제",
    "body_must_not_contain": ["이 분야 다른 기사", "해운 운임 4주 연속 하락", "조회수 1,204", "Copyright © 2008 갈참경제", "경제를 읽는 창"],
}, note="CMS page with misleading meta: site-wide og:title and <title> `매체 - slogan`, og:site_name a section name (산업), copyright meta 2008; headline in a div, `X 기자 승인 2026.12.04 09:10 조회수`, `[매체=X 기자]` lede, no e-mail. Tests: title from the page not the meta, outlet not the section, author from the byline, 승인 date.")

# ---------------------------------------------------------------- 3 broadcaster page
t3 = "한파에 수도계량기 동파 잇따라…\"헌 옷으로 감싸 두세요\""
b3 = [
    "[앵커]",
    "영하 10도 안팎의 한파가 사흘째 이어지면서 수도계량기가 얼어 터졌다는 신고가 잇따르고 있습니다. 특히 오래된 다세대주택과 복도식 아파트에서 피해가 많았는데요. 봉태건 기자가 현장을 다녀왔습니다.",
    "[기자]",
    "대전 중구의 한 다세대주택. 복도 벽에 붙은 계량기함을 열자 유리 덮개가 금이 간 채 하얗게 얼어 있습니다.",
    "이 건물에서만 오늘 아침 계량기 세 개가 터져 주민들이 반나절 가까이 물을 쓰지 못했습니다.",
    "[인터뷰: 편동주 / 주민]",
    "\"아침에 세수하려고 수도를 틀었는데 물이 한 방울도 안 나오더라고요. 밖에 나와 보니 계량기함에 얼음이 꽉 차 있었어요.\"",
    "대전시상수도사업본부에 따르면 이번 한파가 시작된 뒤 접수된 동파 신고는 오늘 오후까지 140여 건으로, 지난해 같은 기간의 두 배를 넘었습니다.",
    "상수도본부는 계량기함 안을 헌 옷이나 보온재로 채우고, 밤사이 수도꼭지를 조금 열어 물이 흐르게 두면 동파를 막을 수 있다고 당부했습니다.",
    "한내방송 봉태건입니다.",
]
p3 = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{html.escape(t3)} | 한내방송 뉴스</title>
<meta property="og:title" content="{html.escape(t3)}">
<meta property="og:site_name" content="한내방송 뉴스">
<meta property="og:type" content="video.other">
<meta property="og:video" content="https://vod.hnbnews.kr/2026/1205/cold_meter.mp4">
<meta property="article:published_time" content="2026-12-05T19:48:00+09:00">
</head>
<body>
<div class="gnb"><a href="/">한내방송</a> <a href="/news">뉴스</a> <a href="/live">온에어</a> <a href="/vod">다시보기</a> <a href="/report">제보하기</a></div>
<div class="news-cat">사회 · 뉴스데스크</div>
<h1 class="news-title">{html.escape(t3)}</h1>
<div class="news-info"><span class="reporter">봉태건 기자 taegeon@hnbnews.kr</span>
<span class="date">기사입력 2026/12/05 19:48</span> <span class="date">최종수정 2026/12/05 21:10</span></div>
<div class="video-box"><div class="player" data-src="cold_meter.mp4"></div>
<div class="player-ui"><button>재생</button> <span>재생시간 02:14</span> <button>동영상 자막 켜기</button></div></div>
<div class="news-txt">
{ps(b3)}
</div>
<p class="copy">ⓒ 한내방송 무단 전재, 재배포 및 AI학습 이용 금지</p>
<div class="report-box">▶ 한내방송 제보하기: 카카오톡 '한내방송 제보' 검색 / 전화 042-000-0000</div>
<div class="news-more"><h3>뉴스데스크 다른 소식</h3><ul><li>대전 도심 빙판길 낙상 환자 속출</li><li>내일 아침 영하 12도…출근길 대비</li></ul></div>
<footer>(주)한내방송 | 대전광역시 유성구 | Copyright © HNB All rights reserved.</footer>
</body></html>
"""
add("hnbnews_view_20261205_1948.html", p3, {
    "title": t3, "author": "봉태건", "author_email": "taegeon@hnbnews.kr",
    "published": "2026-12-05T19:48:00+09:00", "outlet": "한내방송",
    "body_must_not_contain": ["동영상 자막 켜기", "재생시간 02:14", "ⓒ 한내방송 무단 전재, 재배포 및 AI학습 이용 금지", "한내방송 제보하기", "뉴스데스크 다른 소식", "대전 도심 빙판길 낙상 환자 속출"],
}, note="broadcaster's news page: <title> and og:site_name `한내방송 뉴스`, og:video, video box with player controls, `기사입력 2026/12/05 19:48`/`최종수정`, anchor lede and reporter script with `[앵커]`/`[기자]`/`[인터뷰: …]` marks, sign-off `한내방송 X입니다.`, 제보 box. Tests: outlet 한내방송 (not `… 뉴스`), title without the suffix, 기사입력 not 최종수정, player UI out of the body.")

# ---------------------------------------------------------------- 4 photo news with long caption
t4 = "하늘 덮은 가창오리 군무…금강 하구에 겨울 철새 돌아왔다"
cap4 = "6일 오후 충남 서천군 금강 하구 상공에서 가창오리 수만 마리가 해 질 무렵 먹이를 찾아 들녘으로 날아오르며 군무를 펼치고 있다. 시베리아에서 겨울을 나러 내려온 가창오리는 낮에는 강 위에서 쉬다가 해가 지면 한꺼번에 날아올라 하늘에 거대한 물결 무늬를 그린다. 서천군은 올겨울 금강 하구를 찾은 가창오리가 지난해보다 2만 마리가량 많은 약 25만 마리로 추산된다고 밝혔다."
b4 = [
    "충남 서천과 전북 군산 사이 금강 하구에 겨울 철새가 돌아왔다. 해 질 녘이면 가창오리 떼가 한꺼번에 날아올라 하늘을 검게 물들인다.",
    "서천군에 따르면 금강 하구에는 가창오리 외에도 큰고니와 검은머리물떼새, 흰꼬리수리 등 40여 종의 겨울 철새가 머물고 있다.",
    "군은 탐조객이 몰리는 주말에는 하굿둑 전망대 주변 도로에 안내 요원을 배치하고, 드론 촬영과 새를 향한 소음은 삼가 달라고 당부했다.",
    "탐조 해설사 나예슬씨는 \"군무는 해가 진 뒤 10분에서 20분 사이에 가장 볼 만하다\"며 \"바람이 약하고 맑은 날에 무리가 크게 움직인다\"고 말했다.",
    "금강 하구 철새 탐조 프로그램은 내년 2월 말까지 매주 토요일과 일요일 운영된다.",
]
p4 = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{html.escape(t4)} &lt; 포토 &lt; 기사본문 - 솔가지신문</title>
<meta property="og:title" content="{html.escape(t4)}">
<meta property="og:site_name" content="솔가지신문">
<meta property="og:image" content="https://www.solgaji.co.kr/news/photo/202612/118_2201_1630.jpg">
<meta property="og:description" content="{html.escape(cap4[:60])}">
</head>
<body>
<div class="top-menu"><a href="/">솔가지신문</a> | 뉴스 | 포토 | 영상 | 오피니언 | 구독신청</div>
<div class="article-header">
<span class="kicker">포토</span>
<h1 class="article-title">{html.escape(t4)}</h1>
<div class="article-byline">글·사진 변채린 <span class="sep">|</span> 등록 2026년 12월 6일</div>
<div class="share-icons"><span>이 기사를 공유합니다</span></div>
</div>
<div class="article-content">
<figure class="photo-box"><img src="/news/photo/202612/118_2201_1630.jpg" alt="가창오리 군무">
<figcaption>{html.escape(cap4)}</figcaption>
<a class="zoom" href="#">사진 크게 보기</a></figure>
{ps(b4)}
</div>
<div class="photo-more"><h4>포토뉴스 더보기</h4><ul><li>눈 내린 덕유산 상고대</li><li>서해 일몰 명소 5선</li></ul></div>
<div class="foot">솔가지신문 | 충남 공주시 | 사진·기사 무단 전재 금지 | ⓒ 2017 솔가지신문</div>
</body></html>
"""
add("solgaji_photo_20261206_118.html", p4, {
    "title": t4, "author": "변채린", "published": "2026-12-06", "outlet": "솔가지신문",
    "body_must_not_contain": ["사진 크게 보기", "이 기사를 공유합니다", "포토뉴스 더보기", "눈 내린 덕유산 상고대", "사진·기사 무단 전재 금지"],
}, note="photo-news page: <title> `headline < 포토 < 기사본문 - 매체`, og:image, kicker 포토 apart from the h1, byline `글·사진 X | 등록 2026년 12월 6일`, a long three-sentence figcaption then five paragraphs, zoom link, more-photos list, footer with 2017. Tests: author X without 글·사진, date-only published, title without the path suffix, photo furniture out of the body.")

# ---------------------------------------------------------------- 5 opinion column, outside writer
t5 = "돌봄 공백, 동네에서 메워야 한다"
b5 = [
    "올겨울에도 홀로 사는 어르신이 집에서 숨진 채 며칠 만에 발견됐다는 소식이 잇따른다. 그때마다 지자체는 안부 확인 전화를 늘리고 방문 횟수를 늘리겠다고 약속하지만, 비슷한 일은 해마다 되풀이된다.",
    "문제는 돌봄이 여전히 '서비스를 신청한 사람'에게만 닿는다는 데 있다. 도움이 가장 필요한 사람일수록 신청서를 쓸 힘도, 어디에 물어야 할지 알 방법도 없는 경우가 많다.",
    "해법은 멀리 있지 않다. 골목의 약국과 편의점, 검침원과 택배 기사처럼 날마다 주민을 마주치는 이들이 이상 신호를 알리면 읍면동 복지팀이 바로 찾아가는 구조를 만들면 된다. 몇몇 지자체가 시범 사업으로 효과를 확인했다.",
    "이를 위해서는 복지 담당 공무원을 늘리는 일이 먼저다. 동 주민센터 복지팀 한 사람이 수백 가구를 맡는 지금의 구조로는 신고가 들어와도 제때 달려가기 어렵다.",
    "개인정보 보호를 이유로 이웃의 신호가 복지팀에 전달되지 못하는 일도 없어야 한다. 위기 징후를 알리는 정도의 정보 공유는 법으로 분명히 허용할 필요가 있다.",
    "돌봄은 제도가 아니라 관계에서 시작된다. 국가가 할 일은 그 관계가 끊기지 않도록 동네에 촘촘한 그물을 놓는 것이다.",
]
p5 = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>[시론] {html.escape(t5)} | 차돌빛일보</title>
<meta property="og:title" content="[시론] {html.escape(t5)}">
<meta property="og:site_name" content="차돌빛일보">
<meta name="description" content="올겨울에도 홀로 사는 어르신이 집에서 숨진 채 며칠 만에 발견됐다는 소식이 잇따른다.">
</head>
<body>
<div class="header"><a class="logo" href="/">차돌빛일보</a><div class="menu">뉴스 | 오피니언 | 사설 | 칼럼 | 시론 | 독자투고</div></div>
<div class="opinion-head">
<p class="location">오피니언 &gt; 시론</p>
<span class="series">시론</span>
<h1>{html.escape(t5)}</h1>
<div class="writer-box"><img src="/images/writer/mo_jh.jpg" alt="모정환"><strong>모정환</strong> <span>해누리대 사회복지학과 교수</span></div>
<p class="date">2026-12-07 오후 6:05</p>
</div>
<div class="opinion-body">
{ps(b5)}
<p class="bio">모정환 해누리대 사회복지학과 교수</p>
</div>
<p class="disclaimer">※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.</p>
<div class="other-col"><h3>시론 다른 글</h3><ul><li>지방대 위기, 정원 감축만이 답인가</li><li>버스 준공영제 20년의 숙제</li></ul></div>
<div class="footer">차돌빛일보 | 서울특별시 중구 | 무단전재 및 재배포 금지 | Copyright © 2019 차돌빛일보</div>
</body></html>
"""
add("chadolbit_opinion_20261207_3305.html", p5, {
    "title": t5, "author": "모정환", "published": "2026-12-07T18:05:00+09:00", "outlet": "차돌빛일보",
    "body_must_not_contain": ["※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.", "시론 다른 글", "지방대 위기, 정원 감축만이 답인가", "오피니언 > 시론"],
}, note="opinion column by an outside writer: <title> and og:title with `[시론]`, the h1 without it (title as shown in the h1), writer box `X` + post, date `2026-12-07 오후 6:05`, the one-line bio `X 해누리대 … 교수` as the body's last line, disclaimer, other-columns list. Tests: author the writer without his post, 18:05 from 오후, title without `[시론]`, disclaimer out of the body. The bio line is not listed either way.")

# ---------------------------------------------------------------- 6 regional daily EUC-KR
t6 = "통영 굴 수확 한창…\"올해 알 굵고 작황 좋아\""
s6 = "수하식 양식장 일손 부족은 여전…외국인 근로자 의존 커져"
b6 = [
    "경남 통영 앞바다 굴 양식장에서 겨울철 수확이 한창이다. 올해는 여름철 고수온 피해가 적어 알이 굵고 작황도 좋다는 평가가 나온다.",
    "3일 오전 통영시 산양읍 앞바다에서는 작업선이 수하식 양식장의 줄을 끌어 올리자 굴이 주렁주렁 달린 채 올라왔다. 선상에서 곧바로 씻어 낸 굴은 인근 박신장으로 옮겨져 껍데기를 벗긴다.",
    "굴수하식수협에 따르면 올 시즌 위판량은 지난달 말까지 4천200t으로 지난해 같은 기간보다 15% 늘었다. 생굴 10㎏ 한 상자 값은 평균 13만원 선에서 거래되고 있다.",
    "다만 일손 부족은 여전하다. 박신장 작업자의 절반 이상이 외국인 근로자이고, 성수기인 12월과 1월에는 하루 일당을 올려도 사람을 구하기 어렵다고 양식 어민들은 말한다.",
    "양식업 30년째인 어민 현도겸씨는 \"굴은 잘 자랐는데 까는 사람이 없어 작업이 밀린다\"며 \"젊은 사람들이 들어올 수 있게 작업 환경을 바꿔야 한다\"고 말했다.",
    "통영시는 내년부터 박신장 자동화 설비 도입 비용의 절반을 지원하기로 했다.",
]
p6 = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>동백물일보</title>
</head>
<body>
<table width="980" border="0" cellpadding="0" cellspacing="0">
<tr><td class="logo"><img src="/img/logo.gif" alt="동백물일보"> 경남의 아침을 여는 신문</td></tr>
<tr><td class="menu">종합 | 경제 | 사회 | 해양수산 | 문화 | 스포츠 | 오피니언</td></tr>
</table>
<table width="680" border="0"><tr><td>
<div class="news_title"><b>{html.escape(t6)}</b></div>
<div class="news_subtitle">{html.escape(s6)}</div>
<div class="news_writer">여길수 선임기자 | 2026-12-03 오후 2:22</div>
<div class="news_body">
{ps(b6)}
</div>
<div class="news_copy">ⓒ 동백물일보 무단전재 및 재배포금지</div>
<div class="news_link">[해양수산] 주요기사 ▶ 거제 대구 금어기 해제 앞두고 어민 분주 ▶ 남해 멸치 어획량 반토막</div>
</td></tr></table>
<div class="bottom">동백물일보 | 경남 창원시 마산합포구 | Copyright 2005 by 동백물일보</div>
</body></html>
"""
add("dbmul_news_20261203_7781.html", p6, {
    "title": t6, "author": "여길수", "published": "2026-12-03T14:22:00+09:00", "outlet": "동백물일보",
    "body_must_not_contain": ["ⓒ 동백물일보 무단전재 및 재배포금지", "주요기사", "거제 대구 금어기 해제 앞두고 어민 분주", "경남의 아침을 여는 신문", s6],
}, encoding="euc_kr", note="regional daily in EUC-KR (real bytes, charset meta http-equiv), table layout, no og/JSON-LD, <title> only the outlet, logo alt the outlet; bold headline div, subtitle div, `X 선임기자 | 2026-12-03 오후 2:22`; copyright, 주요기사 line, footer with 2005. Tests: decoding, title from the headline, author without 선임기자, 14:22 from 오후, subtitle out of the body.")

# ---------------------------------------------------------------- 7 portal page carrying another outlet
t7 = "구립도서관 밤 11시까지 문 연다…수험생·직장인 '반색'"
b7 = [
    "서울 강서구가 구립도서관 세 곳의 운영 시간을 다음 달부터 밤 11시까지 늘린다. 퇴근 뒤 도서관을 이용하려는 직장인과 시험을 앞둔 수험생의 요청을 받아들인 것이다.",
    "구는 8일 이런 내용의 '야간 도서관' 운영 계획을 발표했다. 대상은 이용객이 많은 중앙도서관과 가양, 등촌 분관으로, 평일 오후 6시 이후에는 열람실과 자료실 일부를 연다.",
    "야간에는 사서 대신 야간 운영 요원이 상주하고, 대출과 반납은 무인 기기로 처리한다. 출입은 도서관 회원증이나 모바일 회원증으로만 가능하다.",
    "중앙도서관 열람실을 자주 찾는다는 공하람씨는 \"회사가 끝나고 오면 이미 문을 닫을 시간이라 주말에만 올 수 있었다\"며 반겼다.",
    "구는 석 달간 시범 운영한 뒤 이용 실적을 따져 다른 분관으로 확대할지 정할 계획이다.",
]
p7 = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{html.escape(t7)} : 두레판 뉴스</title>
<meta property="og:title" content="{html.escape(t7)}">
<meta property="og:site_name" content="두레판 뉴스">
<meta property="og:url" content="https://news.durepan.com/article/417/0000283">
<meta name="twitter:creator" content="참빗일보">
<meta property="article:published_time" content="2026-12-08T01:31:00Z">
</head>
<body>
<div id="portal-header"><a href="/">두레판</a> <a href="/news">뉴스</a> <span>연예</span> <span>스포츠</span> <span>날씨</span> <span>로그인</span></div>
<div class="press-area"><a href="/press/417"><img src="/press/logo/417.png" alt="참빗일보"></a> <button>구독</button></div>
<h2 class="media-title">{html.escape(t7)}</h2>
<div class="media-info"><span class="date">기사입력 2026.12.08. 오전 10:31</span> <span class="date">기사수정 2026.12.08. 오후 2:05</span> <a class="origin" href="https://www.chambit.co.kr/news/articleView.html?idxno=90815">기사원문</a></div>
<div class="tool-bar"><span>공감</span> <span>댓글</span> <span>본문 듣기</span> <span>글자 크기 변경</span></div>
<div id="dic_area">
{ps(b7)}
<p>하미로 기자 hamiro@chambit.co.kr</p>
</div>
<p class="provide">두레판 뉴스에서 제공하는 기사는 언론사가 작성한 것으로, 두레판 뉴스의 편집 방향과 무관합니다.</p>
<div class="reaction">이 기사를 추천합니다 | 좋아요 12 | 훈훈해요 3 | 슬퍼요 0</div>
<div class="press-more"><h4>참빗일보 주요뉴스</h4><ul><li>강서구 마곡 공원 야간 조명 확대</li><li>서울 지하철 심야 증편 이번 주 시작</li></ul></div>
<div id="footer">두레판 뉴스 | © DUREPAN Corp.</div>
</body></html>
"""
add("durepan_read_0417_0000283.html", p7, {
    "title": t7, "author": "하미로", "author_email": "hamiro@chambit.co.kr",
    "published": "2026-12-08T10:31:00+09:00", "outlet": "참빗일보",
    "body_must_not_contain": ["두레판 뉴스에서 제공하는 기사는 언론사가 작성한 것으로", "이 기사를 추천합니다", "참빗일보 주요뉴스", "강서구 마곡 공원 야간 조명 확대", "본문 듣기"],
}, note="portal page (invented 두레판 뉴스) carrying 참빗일보: og:site_name and <title> the portal, press logo alt and twitter:creator the original, UTC article:published_time, `기사입력 2026.12.08. 오전 10:31`/`기사수정 … 오후 2:05`, 기사원문 link, byline `X 기자 e-mail` as the body's last line, provider notice, reactions, press list. Tests: outlet the original, 입력 not 수정 (10:31 +09:00 = 01:31Z), author from the end byline.")

# ---------------------------------------------------------------- 8 mobile page
t8 = "시내버스 노선 38개 내년 1월 개편…간선 급행 2개 신설"
b8 = [
    "전남 순천시가 내년 1월 시내버스 노선 38개를 손질한다. 신도심과 원도심을 잇는 급행 간선 노선 2개를 새로 만들고, 이용객이 적은 외곽 노선은 수요응답형 버스로 바꾼다.",
    "시는 9일 이런 내용의 시내버스 노선 개편안을 확정했다고 밝혔다. 개편은 1월 12일 첫차부터 적용된다.",
    "새로 생기는 급행 노선은 순천역과 신대지구, 해룡 산단을 잇는 노선과 터미널과 대학가를 오가는 노선이다. 정류장 수를 줄여 출퇴근 시간대 이동 시간을 20분가량 줄이는 것이 목표다.",
    "읍면 지역의 이용객이 적은 노선 11개는 전화나 앱으로 부르면 오는 수요응답형 버스로 바뀐다. 시는 대신 배차 간격이 길던 마을에 차량을 더 투입하기로 했다.",
    "시 관계자는 \"정류장마다 바뀐 노선표를 붙이고 개편 뒤 한 달간 주요 정류장에 안내 요원을 두겠다\"고 말했다.",
]
p8 = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>오솔결신문 모바일</title>
<meta property="og:title" content="{html.escape(t8)}">
<meta property="og:site_name" content="오솔결신문">
<link rel="canonical" href="https://www.osolgyeol.kr/news/view.php?no=5530">
</head>
<body class="mobile">
<div class="app-banner">오솔결신문 앱으로 보기 <a href="#">열기</a> <a href="#">닫기</a></div>
<header class="m-header"><a href="/" class="m-logo">오솔결신문</a> <button class="m-menu">메뉴</button> <button>검색</button></header>
<nav class="m-tabs"><a>홈</a><a>지역</a><a>사회</a><a>경제</a><a>포토</a></nav>
<section class="m-article">
<h1 class="m-title">{html.escape(t8)}</h1>
<p class="m-byline">용태율 기자</p>
<p class="m-date">입력 2026.12.09 07:05 · 업데이트 2026.12.09 11:20</p>
<div class="m-body">
<figure><img src="/photo/5530.jpg"><figcaption>순천시 시내버스 노선 개편안 안내도. 순천시 제공</figcaption></figure>
{ps(b8)}
</div>
</section>
<div class="m-more"><h3>이 시각 많이 본 뉴스</h3><ol><li>순천만 정원 겨울 야간 개장</li><li>여수 밤바다 불꽃 축제 취소</li></ol></div>
<footer class="m-footer"><a href="#">PC버전</a> | <a href="#">앱 다운로드</a> | <a href="#">맨 위로</a><br>ⓒ 오솔결신문. 무단전재 및 재배포 금지</footer>
</body></html>
"""
add("m_osolgyeol_view_5530.html", p8, {
    "title": t8, "author": "용태율", "published": "2026-12-09T07:05:00+09:00", "outlet": "오솔결신문",
    "body_must_not_contain": ["앱으로 보기", "이 시각 많이 본 뉴스", "순천만 정원 겨울 야간 개장", "PC버전", "ⓒ 오솔결신문. 무단전재 및 재배포 금지"],
}, note="mobile (m.) page: <title> `매체 모바일`, og:title the headline, canonical, app banner, tabs, byline `X 기자` alone, `입력 2026.12.09 07:05 · 업데이트 … 11:20`, photo with a 제공 caption, most-read list, footer with PC버전. Tests: title not <title>, outlet without 모바일, 입력 not 업데이트.")

# ---------------------------------------------------------------- 9 browser "complete" save
t9 = "눈 덮인 산간마을 택배 지연…우체국 '모노레일 배송' 시범"
b9 = [
    "강원 정선군 산간 마을에 폭설이 이어지면서 택배 배송이 며칠씩 늦어지자 우체국이 농업용 모노레일을 이용한 배송을 시범 운영한다.",
    "정선우체국은 10일 북평면 고지대 마을 두 곳에서 다음 주부터 모노레일 배송을 시작한다고 밝혔다. 마을 입구 집하장까지 차량으로 물건을 옮긴 뒤 산비탈 밭에 깔린 모노레일로 마을 위쪽 보관함까지 올려 보내는 방식이다.",
    "이 마을들은 비탈길이 좁고 가팔라 눈이 쌓이면 배달 차량이 올라가지 못한다. 지난겨울에는 폭설 뒤 일주일 가까이 택배를 받지 못한 가구도 있었다.",
    "모노레일은 마을 주민들이 고랭지 배추를 옮기려고 깔아 둔 것으로, 우체국은 주민 동의를 얻어 겨울철에만 빌려 쓰기로 했다. 보관함에는 냉장 칸도 있어 신선식품도 받을 수 있다.",
    "마을 이장 어윤재씨는 \"눈만 오면 읍내까지 내려가 물건을 찾아와야 했는데 한결 편해질 것\"이라고 말했다.",
    "우체국은 석 달간 시범 운영한 뒤 다른 고지대 마을로 넓힐지 검토할 계획이다.",
]
fname9 = "눈 덮인 산간마을 택배 지연…우체국 '모노레일 배송' 시범 - 꽃담뉴스.html"
p9 = f"""<!DOCTYPE html>
<!-- saved from url=(0058)https://www.kkotdam.kr/news/articleView.html?idxno=27714 -->
<html lang="ko"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{html.escape(t9)} - 꽃담뉴스</title>
<link rel="stylesheet" href="./{html.escape(t9)} - 꽃담뉴스_files/style.css">
<script src="./{html.escape(t9)} - 꽃담뉴스_files/jquery.min.js.다운로드"></script>
<meta property="og:title" content="{html.escape(t9)} - 꽃담뉴스">
<meta property="og:site_name" content="꽃담뉴스">
<meta property="article:published_time" content="2026-12-10T16:45:00+09:00">
</head>
<body>
<div id="skip"><a href="#content">본문 바로가기</a></div>
<div class="top"><a href="https://www.kkotdam.kr/"><img src="./{html.escape(t9)} - 꽃담뉴스_files/logo.png" alt="꽃담뉴스"></a>
<ul class="nav"><li>뉴스</li><li>강원</li><li>사회</li><li>경제</li><li>사람들</li></ul></div>
<iframe src="./{html.escape(t9)} - 꽃담뉴스_files/ad_top.html" width="728" height="90"></iframe>
<div id="content">
<div class="article-header">
<div class="title-wrap"><div class="tit">{html.escape(t9)}</div></div>
<div class="info"><span>금소율 기자</span><span>입력 2026.12.10 16:45</span><span>수정 2026.12.10 18:02</span></div>
</div>
<div class="article-txt" id="article-view-content-div">
{ps(b9)}
<p>금소율 기자 geumsy@kkotdam.kr</p>
</div>
<div class="article-copy">&lt;저작권자 © 꽃담뉴스, 무단 전재 및 재배포 금지&gt;</div>
<div class="ad"><iframe src="./{html.escape(t9)} - 꽃담뉴스_files/ad_bottom.html"></iframe></div>
<div class="rel"><h4>관련 뉴스</h4><ul><li>정선 폭설 피해 복구 장비 투입</li><li>강원 산간 고립 마을 헬기 물자 수송</li></ul></div>
</div>
<div class="footer">꽃담뉴스 | 강원특별자치도 춘천시 | 등록일 2016.08.01 | Copyright © 꽃담뉴스. All rights reserved.</div>
</body></html>
"""
add(fname9, p9, {
    "title": t9, "author": "금소율", "author_email": "geumsy@kkotdam.kr",
    "published": "2026-12-10T16:45:00+09:00", "outlet": "꽃담뉴스",
    "body_must_not_contain": ["본문 바로가기", "<저작권자 © 꽃담뉴스, 무단 전재 및 재배포 금지>", "관련 뉴스", "정선 폭설 피해 복구 장비 투입", "등록일 2016.08.01"],
}, note="browser \"complete\" save: `<!-- saved from url=… -->`, Hangul file name `headline - 매체.html`, `_files/` and `.다운로드` links, ad iframes, <title> and og:title with ` - 꽃담뉴스`; headline in a div; header `X 기자 · 입력 · 수정`; the byline with e-mail repeated as the body's last paragraph; footer 등록일 2016. Tests: title without the suffix, 입력 not 수정 or 등록일, the e-mail found.")

# ---------------------------------------------------------------- 10 text dump, two reporters
t10 = "크루즈 전용 부두 내년 4월 문 연다…첫해 70척 입항 예정"
s10 = "터미널 면세점·관광안내소 입점 공모…셔틀버스 노선도 신설"
b10 = [
    "인천항 크루즈 전용 부두가 내년 4월 문을 연다. 대형 크루즈선이 화물 부두 대신 전용 부두에 대게 되면서 승객들의 입출국 절차도 한결 빨라질 전망이다.",
    "인천항만공사는 11일 크루즈 전용 부두와 여객 터미널 공사가 95% 진행됐으며 내년 3월 준공한다고 밝혔다. 부두는 22만t급 크루즈선이 댈 수 있는 규모다.",
    "첫해 입항이 확정된 크루즈는 70척으로, 승객 18만 명이 인천을 찾을 것으로 공사는 내다봤다. 대부분 중국과 일본을 오가는 동북아 노선이다.",
    "공사는 터미널 안에 들어설 면세점과 관광안내소, 식당 운영 업체를 이달 말까지 공모한다. 인천시는 터미널과 구도심 관광지를 잇는 셔틀버스 노선을 새로 만들기로 했다.",
    "윤마루 인천항만공사 크루즈마케팅팀장은 \"승객이 배에서 내려 시내 관광지까지 한 시간 안에 닿을 수 있도록 교통편을 마련하겠다\"고 말했다.",
    "지역 상인들은 반기면서도 승객들이 면세점과 버스 투어에만 머물다 떠날까 걱정한다. 신포시장 상인 석진곤씨는 \"시장까지 발길이 이어지도록 안내를 늘려 달라\"고 했다.",
]
p10 = "\n".join([
    "본문 바로가기", "전체메뉴", "하늘재일보", "로그인 | 회원가입 | 구독신청", "",
    "정치  경제  사회  인천  경기  문화  스포츠  오피니언", "",
    "인천 > 항만·해양", "",
    t10, s10, "",
    "도유안·석채원 기자", "입력 2026.12.11 10:00", "수정 2026.12.11 13:40", "",
    "공유하기  글자크기  프린트", "",
    *[x for p in b10 for x in (p, "")],
    "저작권자 © 하늘재일보 무단전재 및 재배포 금지", "",
    "관련기사", "인천항 국제여객 이용객 코로나 이전 회복", "영종도 해안 산책로 2단계 착공", "",
    "많이 본 뉴스", "1 인천 송도 아파트 단지 정전 복구", "2 인천시의회 예산안 계수조정 돌입", "3 월미도 바다열차 겨울 운행 시간 변경", "",
    "하늘재일보 | 인천광역시 남동구 | 대표전화 032-000-0000 | 등록번호 인천 아 01234 | 등록일 2012.03.15",
    "Copyright © 하늘재일보 All rights reserved.",
]) + "\n"
add("haneuljae_20261211_cruise.txt", p10, {
    "title": t10, "author": "도유안, 석채원", "published": "2026-12-11T10:00:00+09:00", "outlet": "하늘재일보",
    "body_must_not_contain": ["전체메뉴", "로그인 | 회원가입 | 구독신청", "공유하기  글자크기  프린트", "저작권자 © 하늘재일보 무단전재 및 재배포 금지", "많이 본 뉴스", "인천 송도 아파트 단지 정전 복구", "등록일 2012.03.15", s10],
}, note="text dump copied from a browser: skip link, menu, login line, breadcrumb, headline, subtitle, two reporters `X·Y 기자`, `입력`/`수정` lines, tool line, copyright, related, 많이 본 뉴스, footer with 등록일 2012. Two reporters: the devset README gives no ko-meta convention for several authors, so author is both names in page order joined by `, ` (`도유안, 석채원`), without 기자. Tests: both names, 입력 not 수정, subtitle and furniture out of the body.")

# ---------------------------------------------------------------- 11 text dump, byline at the end
t11 = "김장철 끝나자 배추값 뚝…산지 출하 조절 나선다"
b11 = [
    "김장철이 끝나면서 배추 도매가격이 한 달 새 40% 가까이 떨어졌다. 가격이 더 떨어질 것을 걱정한 농협과 산지 농가들은 출하 물량을 조절하기로 했다.",
    "한국농수산식품유통공사에 따르면 12일 서울 가락시장에서 배추 10㎏ 한 망의 평균 도매가격은 7천800원으로, 김장철이 한창이던 지난달 중순 1만2천500원보다 38% 낮았다.",
    "올가을 날씨가 좋아 작황이 좋았던 데다 김장을 줄이거나 포장 김치를 사는 가구가 늘면서 수요가 예상보다 적었던 탓이다.",
    "전남 해남의 배추 농가 진도형씨는 \"밭에 남은 배추를 수확해도 인건비와 운송비를 빼면 남는 게 없다\"며 한숨을 쉬었다.",
    "농협은 이달 말까지 겨울배추 5천t을 시장에 내놓지 않고 저장하거나 가공용으로 돌리기로 했다. 농림축산식품부도 수급 상황을 보며 추가 대책을 검토하겠다고 밝혔다.",
    "남궁보겸 기자 bogyeom@seopdari.kr",
]
p11 = "\n".join([
    "섶다리신문", "땅과 사람을 잇는 농업 전문 신문", "",
    "홈  농정  유통  축산  원예  농촌  사람들  오피니언", "검색", "",
    "유통", "",
    t11, "", "등록 2026.12.12 06:30", "댓글 0  |  좋아요 4", "",
    *[x for p in b11 for x in (p, "")],
    "<저작권자 © 섶다리신문, 무단 전재 및 재배포 금지>", "",
    "이 기사와 관련된 기사", "· 고랭지 무 저장량 늘린다", "· 양파 재배면적 3년 만에 감소 전망", "",
    "많이 본 뉴스", "· 쌀값 안정 대책 국회 통과", "· 한우 도매가 반등", "· 청년농 창업 지원 신청 시작", "",
    "섶다리신문  |  세종특별자치시 한누리대로  |  발행인 우태산  |  Copyright © 2011 섶다리신문. All rights reserved.",
]) + "\n"
add("seopdari_20261212_cabbage.txt", p11, {
    "title": t11, "author": "남궁보겸", "author_email": "bogyeom@seopdari.kr",
    "published": "2026-12-12T06:30:00+09:00", "outlet": "섶다리신문",
    "body_must_not_contain": ["땅과 사람을 잇는 농업 전문 신문", "댓글 0  |  좋아요 4", "<저작권자 © 섶다리신문, 무단 전재 및 재배포 금지>", "이 기사와 관련된 기사", "많이 본 뉴스", "쌀값 안정 대책 국회 통과", "Copyright © 2011 섶다리신문"],
}, note="text dump of a trade paper: outlet and slogan, menu, section word, headline, `등록 2026.12.12 06:30`, comment/like line, body with the only byline `X 기자 e-mail` (compound surname 남궁) as its last line, copyright, related and 많이 본 뉴스 lists, footer with 2011. Tests: author from the end byline, the 등록 datetime, furniture out of the body.")

# ---------------------------------------------------------------- 12 CMS with JSON-LD only, parenthesised e-mail
t12 = "학교 급식 조리실무사 결원 300명…교육청, 대체인력 상시 채용"
b12 = [
    "경기 지역 학교 급식실의 조리실무사 결원이 300명을 넘어서자 교육청이 대체인력을 상시 채용하기로 했다. 결원이 생긴 학교는 빵과 우유로 급식을 대신하는 일까지 있었다.",
    "경기도교육청은 13일 급식 대체인력 인력풀을 만들어 연중 채용하고, 결원이 생기면 사흘 안에 학교에 배치하겠다고 밝혔다.",
    "교육청에 따르면 이달 초 기준 도내 학교 급식실 조리실무사 결원은 312명이다. 일이 고되고 화상과 근골격계 질환 위험이 크다는 인식 탓에 채용 공고를 내도 지원자가 없는 학교가 많다.",
    "교육청은 결원 문제를 줄이기 위해 내년까지 튀김기와 국솥 자동 세척기 등 조리 보조 설비를 1천여 학교에 들이고, 급식실 환기 설비 개선도 앞당기기로 했다.",
    "학부모 단체 관계자는 \"아이들 밥을 짓는 분들의 노동 환경이 나아져야 결원도 줄어든다\"며 \"설비 개선을 서둘러 달라\"고 말했다.",
]
p12 = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{html.escape(t12)}</title>
<script type="application/ld+json">
{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t12, "datePublished": "2026-12-13T08:40:00+09:00", "author": {"@type": "Organization", "name": "세움뉴스"}, "publisher": {"@type": "Organization", "name": "세움뉴스", "logo": {"@type": "ImageObject", "url": "https://www.seumpress.kr/img/logo.png"}}}, ensure_ascii=False)}
</script>
</head>
<body>
<div class="gnb-wrap"><a href="/" class="logo">세움뉴스</a>
<ul><li>교육</li><li>사회</li><li>경기</li><li>기획</li><li>포럼</li></ul></div>
<div class="view-wrap">
<p class="sec">교육</p>
<h3 class="view-tit">{html.escape(t12)}</h3>
<div class="view-byline">어윤재 기자(eoyj@seumpress.kr) <span>입력 2026.12.13 08:40</span></div>
<div class="view-cont">
{ps(b12)}
</div>
<div class="view-copy">Copyright © 세움뉴스. 무단전재·재배포 금지</div>
<div class="view-reply">댓글을 입력하려면 로그인이 필요합니다.</div>
<div class="view-news"><b>교육 주요뉴스</b><ul><li>경기 고교학점제 공동교육과정 확대</li><li>초등 늘봄교실 강사 처우 개선</li></ul></div>
</div>
<div class="foot">세움뉴스 | 경기도 수원시 팔달구 | 편집인 편동주</div>
</body></html>
"""
add("seumpress_articleView_20261213_6610.html", p12, {
    "title": t12, "author": "어윤재", "author_email": "eoyj@seumpress.kr",
    "published": "2026-12-13T08:40:00+09:00", "outlet": "세움뉴스",
    "body_must_not_contain": ["Copyright © 세움뉴스. 무단전재·재배포 금지", "댓글을 입력하려면 로그인이 필요합니다.", "교육 주요뉴스", "경기 고교학점제 공동교육과정 확대", "편집인 편동주"],
}, note="CMS page with JSON-LD only (no og): JSON-LD author an Organization (the outlet), <title> the bare headline, h3 headline, byline `X 기자(e-mail)` with the e-mail in parentheses, `입력 2026.12.13 08:40`; copyright, comment prompt, section news list, footer. Tests: author the reporter not the JSON-LD organisation, e-mail out of the parentheses.")


def main():
    for fname, text, gold, enc in SETS:
        with open(os.path.join(PAGES, fname), "wb") as f:
            f.write(text.encode(enc))
        stem = os.path.splitext(fname)[0]
        note = gold_notes[fname]
        art = dict(gold)
        art["language"] = "ko"
        out = {"source": fname, "note": note, "article": art}
        with open(os.path.join(GOLD, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")



if __name__ == "__main__":
    main()
