import json,glob,os,html,re
D='/work/wt-w70/benchmarks/devset/ko-heldout70'
for g in sorted(glob.glob(D+'/gold/*.json')):
    G=json.load(open(g)); p=D+'/pages/'+G['source']; b=open(p,'rb').read()
    enc='euc-kr' if b'charset=euc-kr' in b else 'utf-8'
    t=html.unescape(b.decode(enc))
    miss=[]
    ck=[x['name'] for x in G['persons']]+[x['text'] for x in G['quotes']]+G['optional_quotes']+G['article']['body_must_not_contain']+[e['date_text'] for e in G['events']]+[x['speaker'] for x in G['quotes'] if x['speaker']]+[G['article']['title'],G['article']['author'],G['article']['outlet']]
    ck+=[e['location'] for e in G['events'] if e['location']]+[x['organization'] for x in G['persons'] if x['organization']]+[x['title'] for x in G['persons'] if x['title']]
    for para in G['article']['body'].split('\n'): ck.append(para)
    for c in ck:
        if c not in t: miss.append(c)
    for bn in G['article']['body_must_not_contain']:
        if bn in G['article']['body']: miss.append('BNM IN BODY:'+bn)
    print(os.path.basename(g), enc, 'MISSING:',miss)
