# -*- coding: utf-8 -*-
import json, os, html, sys
sys.path.insert(0,'/tmp/w70')
from arts import A
OUT=sys.argv[1]
os.makedirs(OUT+'/pages',exist_ok=True); os.makedirs(OUT+'/gold',exist_ok=True)
E=html.escape
def dots(d): return d.replace('-','.')
def html_page(a):
    t=a['tpl']; d=a['published']; y,m,dd=d.split('-')
    ps="\n".join(f"<p>{html.escape(p,quote=False)}</p>" for p in a['body'])
    bnm=[]
    if t=='full':
        nav=['홈','야구','축구','농구·배구','골프','연예','포토']
        rel=['골든글러브 후보 87명 확정…포지션별 경쟁 치열','FA 시장 개장 D-3, 최대어는 누구','한밭 썬더스, 외국인 투수 재계약 추진']
        foot='홈플레이트데일리 | 서울특별시 마포구 월드컵북로 (가상) | 등록번호 서울 아00000 | 발행·편집인 노선재 | 청소년보호책임자 노선재'
        cr='Copyright ⓒ 홈플레이트데일리. All rights reserved. 무단 전재 및 재배포 금지.'
        head=f'''<meta charset="utf-8"><title>{E(a['title'])} - 홈플레이트데일리</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="홈플레이트데일리">
<meta property="og:title" content="{E(a['title'])}"><meta property="og:description" content="{E(a['body'][0])}">
<meta property="og:url" content="https://www.homeplatedaily.kr/news/articleView.html?idxno=31842">
<meta property="article:published_time" content="{d}T09:12:00+09:00"><meta property="article:section" content="야구">
<meta name="author" content="{a['author']}">
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":a['title'],"datePublished":d+"T09:12:00+09:00","author":{"@type":"Person","name":a['author']},"publisher":{"@type":"Organization","name":a['outlet']}},ensure_ascii=False)}</script>'''
        bodyhtml=f'''<header class="top"><a class="logo" href="/">홈플레이트데일리</a><nav><ul>{''.join(f'<li><a href="#">{n}</a></li>' for n in nav)}</ul></nav></header>
<main><div class="article-head"><span class="sec">야구</span><h1 class="headline">{E(a['title'])}</h1>
<div class="info"><span class="writer">{a['author']} 기자</span> <span class="date">입력 {dots(d)} 09:12</span> <span class="date">수정 {dots(d)} 10:05</span></div></div>
<article id="article-view-content-div">
{ps}
<p class="byline">{a['author']} 기자 {a['email']}</p>
</article>
<div class="share">페이스북 트위터 카카오톡 URL복사</div>
<section class="related"><h3>관련기사</h3><ul>{''.join(f'<li><a href="#">{E(r)}</a></li>' for r in rel)}</ul></section></main>
<aside><h3>많이 본 뉴스</h3><ol><li>겨울 이적시장 첫 대형 계약 성사</li><li>대표팀 사령탑 후보 3명 압축</li></ol></aside>
<footer><p>{foot}</p><p>{cr}</p></footer>'''
        bnm=['관련기사',rel[0],'많이 본 뉴스','페이스북 트위터 카카오톡 URL복사',cr,'등록번호 서울 아00000']
    elif t=='little':
        nav=['자동차','신차','전기차','시승기','모터스포츠']
        rel=['전기 SUV 보조금, 내년 얼마나 줄까','수입 전기차 10월 판매 순위']
        cr='© 2026 모터레인 All Rights Reserved.'
        head=f'''<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{E(a['title'])} | 모터레인</title>
<meta name="description" content="{E(a['body'][0])}">'''
        bodyhtml=f'''<div id="wrap"><div id="gnb"><h1><a href="/">모터레인</a></h1><ul>{''.join(f'<li>{n}</li>' for n in nav)}</ul><div class="search">검색</div></div>
<div id="content"><div class="cat">신차</div><h2 class="tit">{E(a['title'])}</h2>
<p class="byline">글 {a['author']} 기자 · {y}년 {int(m)}월 {int(dd)}일 16:40</p>
<div class="txt">
{ps}
</div>
<p class="email">{a['author']} 기자 ({a['email']})</p>
<div class="tags">#전기차 #SUV #도담모터스</div>
<div class="more"><h4>이 기사와 함께 읽은 기사</h4><ul>{''.join(f'<li>{E(r)}</li>' for r in rel)}</ul></div></div>
<div id="footer">회사소개 | 광고문의 | 개인정보처리방침 | 이메일무단수집거부<br>{cr}</div></div>'''
        bnm=['이 기사와 함께 읽은 기사',rel[0],'#전기차 #SUV #도담모터스',cr,'개인정보처리방침']
    elif t=='euckr':
        nav=['공연','전시','클래식','오페라','무용','인터뷰']
        rel=['연말 오페라 무대, 창작 초연 잇따라','소프라노 기근? 젊은 성악가들이 온다']
        cr='Copyright(c) 무대일보. 무단전재 및 재배포 금지'
        head=f'''<meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><title>{E(a['title'])}</title>
<meta property="og:title" content="{E(a['title'])}"><meta property="og:site_name" content="무대일보">'''
        bodyhtml=f'''<table width="100%" class="top"><tr><td><a href="/"><b>무대일보</b></a></td><td>{' | '.join(nav)}</td></tr></table>
<table width="760" align="center"><tr><td class="view_title"><font size="4"><b>{E(a['title'])}</b></font></td></tr>
<tr><td class="view_info">기사입력 : {y}년 {m}월 {dd}일 (금) 11:20 &nbsp; {a['author']} 기자</td></tr>
<tr><td class="view_body">
{ps}
<br>{a['author']} 기자 {a['email']}
</td></tr>
<tr><td class="relation"><b>관련기사</b><br>{'<br>'.join('· '+E(r) for r in rel)}</td></tr></table>
<div class="bottom">무대일보 | 대표전화 02-000-0000 | 등록일 2009년 3월 2일<br>{cr}</div>'''
        bnm=[rel[0],cr,'대표전화 02-000-0000','관련기사']
    elif t=='jsonld':
        nav=['농정','유통','수출','지역농협','귀농귀촌','오피니언']
        rel=['김장철 배추값 안정세…산지 출하 늘어','농협 수출 김치, 올해 첫 1억 달러 돌파 전망','괴산 절임배추 예약 판매 시작']
        cr='Copyright © 2026 가을벌농업신문. All rights reserved.'
        head=f'''<meta charset="UTF-8"><title>{E(a['title'])}</title>
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":a['title'],"datePublished":d+"T14:30:00+09:00","dateModified":d+"T15:02:00+09:00","author":[{"@type":"Person","name":a['author']}],"publisher":{"@type":"Organization","name":a['outlet'],"logo":{"@type":"ImageObject","url":"https://www.gaeulbeol.kr/img/logo.png"}},"mainEntityOfPage":"https://www.gaeulbeol.kr/news/5521"},ensure_ascii=False)}</script>'''
        bodyhtml=f'''<div class="header"><div class="logo">가을벌농업신문</div><ul class="menu">{''.join(f'<li>{n}</li>' for n in nav)}</ul></div>
<div class="view"><p class="section">수출</p><h1>{E(a['title'])}</h1>
<ul class="meta"><li>{a['author']} 기자</li><li>승인 {dots(d)} 14:30</li><li>댓글 0</li></ul>
<div class="view-con" itemprop="articleBody">
{ps}
<p>{a['author']} 기자 {a['email']}</p>
</div>
<div class="related"><strong>관련기사</strong><ul>{''.join(f'<li>{E(r)}</li>' for r in rel)}</ul></div>
<div class="subscribe">가을벌농업신문을 구독하세요</div></div>
<div class="footer">가을벌농업신문 | 충북 청주시 (가상) | 발행인 겸 편집인 주태산<br>{cr}</div>'''
        bnm=['관련기사',rel[1],'가을벌농업신문을 구독하세요',cr,'댓글 0']
    elif t=='full2':
        nav=['정치','국회','정당','청와대·대통령실','외교안보','선거']
        rel=['예산안 처리 시한 D-3…증액 심사는 첫발도 못 떼','여당 "감액 요구 과도"…야당 "특활비부터 줄여야"']
        cr='ⓒ 정가브리핑 무단전재·재배포 및 AI학습 이용 금지'
        head=f'''<meta charset="utf-8"><title>{E(a['title'])} &lt; 국회 &lt; 정치 &lt; 기사본문 - 정가브리핑</title>
<meta name="description" content="{E(a['body'][0])}">
<meta property="og:title" content="{E(a['title'])}"><meta property="og:type" content="article"><meta property="og:site_name" content="정가브리핑">
<meta property="article:published_time" content="{d}T17:48:00+09:00"><meta property="article:modified_time" content="{d}T18:20:00+09:00">
<meta property="dable:author" content="{a['author']}">
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":a['title'],"datePublished":d+"T17:48:00+09:00","author":{"@type":"Person","name":a['author']},"publisher":{"@type":"Organization","name":a['outlet']}},ensure_ascii=False)}</script>'''
        bodyhtml=f'''<header><div class="brand">정가브리핑</div><nav>{''.join(f'<a href="#">{n}</a>' for n in nav)}</nav></header>
<section class="article"><div class="path">정치 &gt; 국회</div><h1>{E(a['title'])}</h1>
<div class="writer-info"><span>{a['author']} 기자</span><span>입력 {dots(d)} 17:48</span></div>
<div id="articleBody">
{ps}
</div>
<div class="reporter-box"><b>{a['author']} 기자</b> {a['email']} <a href="#">기자의 다른 기사</a></div>
<div class="related"><h4>관련 기사</h4><ul>{''.join(f'<li>{E(r)}</li>' for r in rel)}</ul></div></section>
<footer>정가브리핑 | 제호 정가브리핑 | 등록번호 서울 아11111 | 발행인 도래원<br>{cr}</footer>'''
        bnm=['관련 기사',rel[0],'기자의 다른 기사',cr,'등록번호 서울 아11111']
    elif t=='little2':
        nav=['지역','해양수산','섬','관광','사회']
        rel=['거문도 보건지소 의료진 1명 증원','여수 섬 항로 야간 운항 확대 검토']
        cr='Copyright 남해바다일보 All rights reserved.'
        head=f'''<meta charset="utf-8"><title>{E(a['title'])}</title><meta property="og:title" content="{E(a['title'])}">'''
        bodyhtml=f'''<div class="hd"><a href="/">남해바다일보</a> <span>{' · '.join(nav)}</span></div>
<div class="article"><h3>{E(a['title'])}</h3><div class="dt">기사입력 {d} 14:05 | {a['author']} 기자</div>
<div class="cont">
{ps}
<p>/{a['author']} 기자</p>
</div>
<div class="rel"><p>[관련 기사]</p>{''.join(f'<p>▶ {E(r)}</p>' for r in rel)}</div></div>
<div class="ft">남해바다일보 | 전남 여수시 (가상) | 기사제보 {a['email']}<br>{cr}</div>'''
        bnm=['[관련 기사]',rel[0],cr,'기사제보']
    doc=f'<!DOCTYPE html>\n<html lang="ko">\n<head>\n{head}\n</head>\n<body>\n{bodyhtml}\n</body>\n</html>\n'
    return doc,bnm
def txt_page(a):
    d=a['published']; ps="\n\n".join(a['body'])
    if a['outlet']=='바른법정신문':
        top="바른법정신문\n로그인 회원가입\n법원 검찰 변호사 판결 법조인 오피니언\n법원\n"
        t=f"{a['title']}\n입력 {dots(d)} 07:30 | 수정 {dots(d)} 08:02\n{a['author']} 기자\n글자크기 공유하기\n\n"
        end=f"\n\n{a['author']} 기자 {a['email']}\n\n저작권자 © 바른법정신문 무단전재 및 재배포 금지\n\n이 기사와 관련된 기사\n전세사기 일당 항소심서 형량 늘어\n코인 리딩방 운영자 징역 4년\n\n많이 본 기사\n회사소개 기사제보 광고문의 개인정보처리방침\n바른법정신문 | 서울 서초구 (가상) | 등록번호 서울 다00001\n"
        bnm=["저작권자 © 바른법정신문 무단전재 및 재배포 금지","전세사기 일당 항소심서 형량 늘어","글자크기 공유하기","회사소개 기사제보 광고문의 개인정보처리방침"]
    elif a['outlet']=='청솔뉴스':
        top="청솔뉴스\n뉴스홈 | 정치 | 경제 | 사회 | 전국 | 국제 | 연예 | 스포츠\n사회 > 행정·안전\n"
        t=f"{a['title']}\n송고시간{d} 15:21\n{a['author']} 기자\n\n공유 댓글 글씨크기조정 인쇄\n\n"
        end=f"\n\n({a['email']})\n\n제보는 카톡 okjebo\n<저작권자(c) 청솔뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>\n{dots(d)} 15:21 송고\n\n댓글쓰기\n\n관련 뉴스\n지자체 제설 예산 지역별 편차 커\n올겨울 첫눈, 평년보다 늦을 듯\n"
        bnm=["제보는 카톡 okjebo","<저작권자(c) 청솔뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>","공유 댓글 글씨크기조정 인쇄","지자체 제설 예산 지역별 편차 커"]
    elif a['outlet']=='누리안전신문':
        top="누리안전신문\n전체기사 소방 재난 산업안전 생활안전 교통 포토\n홈 > 소방\n"
        t=f"{a['title']}\n{a['author']} 기자\n입력 {dots(d)} 10:42\n댓글 0\n\n"
        end=f"\n\n{a['author']} 기자 {a['email']}\n\n다른기사 보기\n\n누리안전신문 © 무단전재 및 재배포금지\n\n주요기사\n요양병원 스프링클러 설치 의무화 1년\n119 신고 앱 새 단장\n\n누리안전신문 | 대표 겸 발행인 마은탁 | 청소년보호책임자 마은탁\n"
        bnm=["누리안전신문 © 무단전재 및 재배포금지","다른기사 보기","요양병원 스프링클러 설치 의무화 1년","청소년보호책임자 마은탁"]
    else:
        top="과학한길\n기초과학 | 우주 | 바이오 | IT·공학 | 사람 | 칼럼\n사람\n"
        t=f"{a['title']}\n함이든 기자 승인 {dots(d)} 09:30 댓글 0\n\n"
        end=f"\n\n{a['email']}\n\n<저작권자 © 과학한길, 무단 전재 및 재배포 금지>\n\n함이든 기자의 다른기사 보기\n\n인기기사\n달 뒷면 시료, 국내 첫 분석 결과 공개\n차세대 반도체 소재 경쟁 가열\n\n과학한길 | 대전광역시 유성구 (가상) | 발행인 석문결\n"
        bnm=["<저작권자 © 과학한길, 무단 전재 및 재배포 금지>","함이든 기자의 다른기사 보기","달 뒷면 시료, 국내 첫 분석 결과 공개","인기기사"]
    return top+t+ps+end, bnm
for a in A:
    if a['form']=='html':
        doc,bnm=html_page(a)
        enc='euc-kr' if a['tpl']=='euckr' else 'utf-8'
        open(f"{OUT}/pages/{a['file']}",'wb').write(doc.encode(enc))
    else:
        doc,bnm=txt_page(a)
        open(f"{OUT}/pages/{a['file']}",'w',encoding='utf-8').write(doc)
    g={"source":a['file'],"note":a['note'],
       "article":{"title":a['title'],"author":a['author'],"published":a['published'],"outlet":a['outlet'],"language":"ko",
                  "body":"\n".join(a['body']).replace("[과학한길 함이든 기자] ",""),"body_must_not_contain":bnm},
       "persons":[{"name":n,"title":t,"organization":o} for n,t,o in a['persons']],
       "optional_persons":[a['author']],
       "quotes":[{"speaker":s,"text":q} for s,q in a['quotes']],
       "optional_quotes":a['optional_quotes'],
       "events":[{"name":n,"kind":k,"location":l,"date_text":dt,"start_date":sd} for n,k,l,dt,sd in a['events']],
       "must_not":{"person_names":a['must_not_names'],"quote_substrings":[]}}
    base=a['file'].rsplit('.',1)[0]
    json.dump(g,open(f"{OUT}/gold/{base}.expected.json",'w',encoding='utf-8'),ensure_ascii=False,indent=1)
print('done')
