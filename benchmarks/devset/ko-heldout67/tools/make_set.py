# Builds pages/ and gold/ of ko-heldout67 from articles.py and checks the gold against the decoded pages.
import json, os, re, html, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
esc = html.escape

def ps(a): return "\n".join(f"<p>{esc(p, quote=False)}</p>" for p in a["paras"])
def desc(a): return a["paras"][0][:80]

def html_full(a):
    d = a["published"]; t = a["time"]
    jl = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": f"{d}T{t}:00+09:00",
                     "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": a["outlet"]}}, ensure_ascii=False)
    bp = ["바른저울신문 무단전재 및 재배포 금지", "많이 본 뉴스", "Copyright © 2026 바른저울신문. All rights reserved."]
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{esc(a['title'])} - 바른저울신문</title>
<meta name="description" content="{esc(desc(a))}">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="바른저울신문">
<meta property="article:published_time" content="{d}T{t}:00+09:00">
<meta property="article:section" content="{a['section']}">
<script type="application/ld+json">{jl}</script>
</head><body>
<header><a class="logo" href="/">바른저울신문</a><nav><a href="/politics">정치</a> <a href="/society">사회</a> <a href="/economy">경제</a> <a href="/local">지역</a> <a href="/opinion">오피니언</a></nav></header>
<main><article>
<div class="breadcrumb">홈 &gt; 사회 &gt; 법원·검찰</div>
<h1 class="headline">{esc(a['title'])}</h1>
<div class="byline"><span class="writer">{a['author']} 기자</span> <span class="date">입력 {d.replace('-', '.')} {t}</span></div>
<div id="article-body">
{ps(a)}
<p class="email">{a['author']} 기자 {a['email']}</p>
</div>
<p class="notice">&lt;저작권자 © 바른저울신문 무단전재 및 재배포 금지&gt;</p>
</article>
<aside><h3>많이 본 뉴스</h3><ol><li><a href="/n/4401">경기남부 전세사기 일당 항소심도 중형</a></li><li><a href="/n/4398">수원 도심 재개발 조합 비리 수사 확대</a></li><li><a href="/n/4395">학교폭력 심의 건수 3년 새 두 배</a></li></ol></aside>
</main>
<footer><p>바른저울신문 | 경기도 수원시 팔달구 효원로 000 | 등록번호 경기 아00000 | 발행인 편집인 소상철</p><p>Copyright © 2026 바른저울신문. All rights reserved.</p></footer>
</body></html>"""
    return page, bp

def html_sports(a):
    d = a["published"]; t = a["time"]
    jl = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": f"{d}T{t}:00+09:00",
                     "dateModified": f"{d}T{t}:00+09:00", "author": [{"@type": "Person", "name": a["author"] + " 기자"}]}, ensure_ascii=False)
    bp = ["관련기사", "더블플레이저널 All Rights Reserved", "#청주썬더버즈"]
    page = f"""<!doctype html>
<html lang="ko"><head><meta charset="UTF-8">
<title>{esc(a['title'])} | 더블플레이저널</title>
<meta property="og:title" content="{esc(a['title'])}"><meta property="og:site_name" content="더블플레이저널">
<meta property="og:description" content="{esc(desc(a))}">
<meta property="article:published_time" content="{d}T{t}:00+09:00"><meta property="article:section" content="야구">
<script type="application/ld+json">{jl}</script>
</head><body>
<div id="gnb"><a href="/">더블플레이저널</a><ul><li>KBO</li><li>MLB</li><li>아마야구</li><li>포토</li><li>영상</li></ul></div>
<div class="container"><div class="news-view">
<p class="cate">야구 &gt; KBO</p>
<h2 class="tit">{esc(a['title'])}</h2>
<p class="info">{a['author']} 기자 | 승인 {d} {t}</p>
<figure><img src="/photo/2026/11/04/771_1.jpg" alt=""><figcaption>계동훈 청주 썬더버즈 신임 감독이 4일 취임식에서 유니폼을 입고 있다. /사진=청주 썬더버즈</figcaption></figure>
<div class="view-cont">
{ps(a)}
</div>
<p class="reporter">{a['author']} 기자 {a['email']}</p>
<div class="tags">#청주썬더버즈 #계동훈 #취임식 #프로야구</div>
</div>
<div class="related"><h4>관련기사</h4><ul><li>썬더버즈, 새 사령탑에 계동훈 2군 감독 선임</li><li>썬더버즈 외국인 투수 2명과 재계약 포기</li><li>FA 시장 개장…대어급 내야수 행선지는</li></ul></div></div>
<footer>더블플레이저널 | 청소년보호책임자 천은별 | Copyright 2026 더블플레이저널 All Rights Reserved.</footer>
</body></html>"""
    return page, bp

def html_euckr(a):
    d = a["published"]; t = a["time"]
    bp = ["누리시사신문의 모든 콘텐츠는 저작권법의 보호를 받습니다", "오늘의 주요뉴스", "기사제보"]
    body = "<br><br>\n".join(esc(p, quote=False) for p in a["paras"])
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{esc(a['title'])} :: 누리시사신문</title>
<meta name="description" content="{esc(desc(a))}">
</head><body>
<table width="960" align="center"><tr><td><a href="/">누리시사신문</a></td><td>정치 | 경제 | 사회 | 문화 | 지역 | 기사제보</td></tr></table>
<table width="960" align="center"><tr><td width="680" valign="top">
<font class="title">{esc(a['title'])}</font><br>
<font class="byline">[누리시사신문] {a['author']} 기자 | 기사입력 {d.replace('-', '/')} {t}</font>
<hr>
<div class="content">
{body}
<br><br>{a['author']} 기자 ({a['email']})
</div>
<hr>
<font class="small">누리시사신문의 모든 콘텐츠는 저작권법의 보호를 받습니다</font>
</td><td width="280" valign="top"><b>오늘의 주요뉴스</b><br>· 서울시 내년 예산 48조 편성<br>· 겨울철 난방비 지원 대상 확대<br>· 한강 리버버스 이용객 감소세</td></tr></table>
<table width="960" align="center"><tr><td>누리시사신문 | 서울특별시 중구 세종대로 000 | 대표전화 02-000-0000 | ⓒ 2014 누리시사신문</td></tr></table>
</body></html>"""
    return page, bp

def html_local(a):
    d = a["published"]; t = a["time"]
    bp = ["괴강일보 많이 본 기사", "무단 전재-재배포 금지", "괴강일보 | 충북 청주시"]
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{esc(a['title'])} &lt; 사건사고 &lt; 괴강일보</title>
<meta name="description" content="{esc(desc(a))}">
</head><body>
<div class="top"><a href="/">괴강일보</a> <span>충북·세종의 아침을 여는 신문</span></div>
<ul class="menu"><li>정치</li><li>경제</li><li>사회</li><li>사건사고</li><li>교육</li><li>스포츠</li></ul>
<div class="article">
<h1>{esc(a['title'])}</h1>
<div class="writer-box"><span>{a['author']} 기자</span><span>{a['email']}</span><span>{d.replace('-', '.')} {t}</span></div>
<div class="article-txt">
{ps(a)}
</div>
<p class="copy">ⓒ 괴강일보 무단 전재-재배포 금지</p>
</div>
<div class="best"><h3>괴강일보 많이 본 기사</h3><ul><li>청주 오송 지하차도 배수 설비 보강 완료</li><li>충주 사과 농가 냉해 피해 확산</li><li>세종 BRT 노선 개편안 확정</li></ul></div>
<div class="foot">괴강일보 | 충북 청주시 상당구 상당로 000 | 등록일 2011.07.15 | Tel 043-000-0000</div>
</body></html>"""
    return page, bp

def html_ent(a):
    d = a["published"]; t = a["time"]
    jl = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": f"{d}T{t}:00+09:00",
                     "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": "가온스타"}}, ensure_ascii=False)
    bp = ["가온스타 인기기사", "<Copyright © 가온스타, 무단전재 및 재배포 금지>", "#우리가머문계절"]
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{esc(a['title'])} - 가온스타</title>
<meta property="og:type" content="article"><meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="가온스타"><meta property="og:description" content="{esc(desc(a))}">
<meta property="article:published_time" content="{d}T{t}:00+09:00">
<meta name="author" content="{a['author']}">
<script type="application/ld+json">{jl}</script>
</head><body>
<nav class="gnb"><a href="/">가온스타</a> <a>방송</a> <a>영화</a> <a>가요</a> <a>스타</a> <a>포토</a></nav>
<section class="view">
<h1>{esc(a['title'])}</h1>
<div class="meta"><em>{a['author']} 기자</em> <time datetime="{d}T{t}:00+09:00">{d.replace('-', '.')} {t}</time></div>
<figure><img src="/img/5512_01.jpg" alt=""><figcaption>배우 채건오, 선우채린(왼쪽부터)이 8일 오후 열린 제작발표회에 참석했다. 사진=임소담 기자</figcaption></figure>
<div class="txt">
{ps(a)}
</div>
<div class="reporter">{a['author']} 기자 {a['email']}</div>
<p class="cr">&lt;Copyright © 가온스타, 무단전재 및 재배포 금지&gt;</p>
<div class="tag">#우리가머문계절 #선우채린 #채건오 #맹하윤</div>
</section>
<aside><h3>가온스타 인기기사</h3><ul><li>그룹 아르네, 데뷔 2년 만에 첫 단독 콘서트</li><li>배우 진서결, 차기작으로 사극 택했다</li><li>주말극 시청률 20% 돌파</li></ul></aside>
<footer>가온스타 | 서울 마포구 상암산로 000 | 등록번호 서울 아00000 | © 2026 GAONSTAR</footer>
</body></html>"""
    return page, bp

def html_full2(a):
    d = a["published"]; t = a["time"]
    jl = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": f"{d}T{t}:00+09:00",
                     "dateModified": f"{d}T19:48:00+09:00", "author": {"@type": "Person", "name": a["author"]},
                     "publisher": {"@type": "Organization", "name": "정치로"}}, ensure_ascii=False)
    bp = ["정치로 관련기사", "정치로 All rights reserved", "구독하기"]
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{esc(a['title'])} | 정치로</title>
<meta name="description" content="{esc(desc(a))}">
<meta property="og:title" content="{esc(a['title'])}"><meta property="og:site_name" content="정치로"><meta property="og:type" content="article">
<meta property="article:published_time" content="{d}T{t}:00+09:00"><meta property="article:modified_time" content="{d}T19:48:00+09:00">
<script type="application/ld+json">{jl}</script>
</head><body>
<header><a href="/">정치로</a><nav>국회 · 정당 · 선거 · 청와대 · 외교안보 · 여론조사</nav><a class="btn">구독하기</a></header>
<div class="path">정치 &gt; 정당·선거</div>
<article>
<h1>{esc(a['title'])}</h1>
<p class="by">{a['author']} 기자 · 입력 {d.replace('-', '.')} {t} · 수정 {d.replace('-', '.')} 19:48</p>
<div class="article-body">
{ps(a)}
</div>
<p class="mail">{a['author']} 기자 {a['email']}</p>
</article>
<div class="rel"><h3>정치로 관련기사</h3><ul><li>민주당, 부산시장 경선 룰 확정</li><li>지방선거 D-85, 광역단체장 대진표 윤곽</li><li>공관위, 현역 단체장 3명 컷오프</li></ul></div>
<footer>정치로 | 서울 영등포구 국회대로 000 | 정치로 All rights reserved.</footer>
</body></html>"""
    return page, bp

def text_portal(a):
    d = a["published"].replace('-', '.'); t = a["time"]
    bp = ["볼트이코노미 관련뉴스", "Copyright ⓒ 볼트이코노미. 무단전재 및 재배포 금지.", "로그인 | 회원가입"]
    page = "\n".join(["볼트이코노미", "로그인 | 회원가입", "산업 경제 증권 부동산 IT 오피니언", "", "홈 > 산업 > 에너지·배터리", "",
                      a["title"], "", f"{a['author']} 기자  입력 {d} {t}  수정 {d} 10:15", "", "글자크기  공유", ""]
                     + sum(([p, ""] for p in a["paras"]), [])
                     + [f"{a['author']} 기자 {a['email']}", "", "Copyright ⓒ 볼트이코노미. 무단전재 및 재배포 금지.", "",
                        "볼트이코노미 관련뉴스", "· 배터리 3사 1분기 실적 엇갈려", "· 美 IRA 보조금 축소 논의 재점화", "· 전고체 배터리 양산 시점 앞당겨지나", "",
                        "회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책", "볼트이코노미 | 서울 영등포구 여의대로 000 | 등록번호 서울 아00000"])
    return page, bp

def text_wire(a):
    d = a["published"]; t = a["time"]
    bp = ["<저작권자(c) 겨레바람통신, 무단 전재-재배포, AI 학습 및 활용 금지>", "송고시간", "#고용동향 #취업자 #청년고용률"]
    page = "\n".join(["겨레바람통신", "전체메뉴  정치  경제  사회  세계  문화  스포츠", "", "경제", "", a["title"], "",
                      f"송고시간{d} {t}", "", "공유  댓글  글자크기조정  인쇄", ""]
                     + sum(([p, ""] for p in a["paras"]), [])
                     + [a["email"], "", "<저작권자(c) 겨레바람통신, 무단 전재-재배포, AI 학습 및 활용 금지>", "", "#고용동향 #취업자 #청년고용률", "",
                        "제보는 카카오톡 okjebo", "겨레바람통신 | 서울 종로구 율곡로 000 | 대표전화 02-000-0000"])
    return page, bp

def text_portal2(a):
    d = a["published"].replace('-', '.'); t = a["time"]
    bp = ["맑은소리뉴스 많이 본 뉴스", "ⓒ 맑은소리뉴스 무단전재 및 재배포금지", "댓글 0"]
    page = "\n".join(["맑은소리뉴스", "뉴스 | 환경 | 기후 | 에너지 | 생활 | 오피니언", "", a["title"], "",
                      f"기사입력 {d} {t} | 최종수정 {d} 17:51", "", f"{a['author']} 기자", "", ""]
                     + sum(([p, ""] for p in a["paras"]), [])
                     + [f"{a['author']} 기자 {a['email']}", "기자의 다른 기사 보기", "", "ⓒ 맑은소리뉴스 무단전재 및 재배포금지", "", "댓글 0", "",
                        "맑은소리뉴스 많이 본 뉴스", "1 올겨울 한파 일수 평년보다 적어", "2 탄소중립 포인트 가입자 300만 돌파", "3 플라스틱 컵 보증금제 전국 확대 보류", "",
                        "맑은소리뉴스 | 대전 서구 둔산로 000 | 발행·편집인 한정호"])
    return page, bp

def text_dump3(a):
    d = a["published"].replace('-', '.'); t = a["time"]
    bp = ["집과사람 추천 매물 정보", "저작권자 © 집과사람 무단전재 및 재배포 금지", "페이스북 트위터 카카오톡 URL복사"]
    page = "\n".join(["집과사람", "분양 재건축·재개발 청약 정책 시장동향 칼럼", "", "재건축·재개발", "", a["title"], "",
                      f"등록 {d} {t} 수정 {d} {t}", f"{a['author']} 기자", "페이스북 트위터 카카오톡 URL복사", ""]
                     + sum(([p, ""] for p in a["paras"]), [])
                     + [f"{a['author']} 기자 {a['email']}", "저작권자 © 집과사람 무단전재 및 재배포 금지", "",
                        "집과사람 추천 매물 정보", "잠실 신축 84㎡ 전세 시세 한눈에", "둔촌 재건축 입주 1년, 시세는", "",
                        "회사소개 | 제휴문의 | 이용약관 | 개인정보처리방침", "집과사람 | 서울 강남구 테헤란로 000"])
    return page, bp

FORMS = dict(html_full=html_full, html_sports=html_sports, html_euckr=html_euckr, html_local=html_local, html_ent=html_ent,
             html_full2=html_full2, text_portal=text_portal, text_wire=text_wire, text_portal2=text_portal2, text_dump3=text_dump3)

def norm(s): return re.sub(r"\s+", " ", html.unescape(s))

def main():
    bad = 0
    for a in ARTICLES:
        page, bp = FORMS[a["form"]](a)
        ext = ".txt" if a["form"].startswith("text") else ".html"
        fn = a["file"] + ext
        path = os.path.join(ROOT, "pages", fn)
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        with open(path, "wb") as f: f.write(page.encode(enc))
        text = norm(open(path, "rb").read().decode(enc))
        body = "\n\n".join(a["paras"])
        gold = {"source": fn, "note": a["note"],
                "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["published"],
                            "outlet": a["outlet"], "language": "ko", "body": body, "body_must_not_contain": bp},
                "persons": a["persons"], "optional_persons": a["optional_persons"], "quotes": a["quotes"],
                "optional_quotes": a["optional_quotes"], "events": a["events"], "must_not": a["must_not"]}
        with open(os.path.join(ROOT, "gold", a["file"] + ".expected.json"), "w") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
        checks = [a["title"], a["author"], a["email"], a["outlet"]] + a["paras"] + bp
        for p in a["persons"]: checks += [p["name"], p["title"]] + ([p["organization"]] if p["organization"] else [])
        for e in a["events"]: checks += ([e["name"]] if e["name"] != "공관위 회의" else ["회의"]) + [e["date_text"]] + ([e["location"]] if e["location"] else [])
        for s in a["must_not"]["person_names"] + a["must_not"]["quote_substrings"] + a["optional_quotes"]: checks.append(s)
        for c in checks:
            if norm(c) not in text: print("MISSING", fn, c); bad += 1
        parts = re.findall(r'"([^"]+)"', body)
        for q in a["quotes"]:
            ok = any(" ".join(parts[i:j]) == q["text"] for i in range(len(parts)) for j in range(i + 1, min(i + 5, len(parts) + 1)))
            if not ok: print("QUOTE", fn, q["text"]); bad += 1
        for p in a["persons"]:
            pass
    print("problems:", bad)

main()
