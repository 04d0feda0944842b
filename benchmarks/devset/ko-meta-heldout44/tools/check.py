"""Checks that every gold string of ko-meta-heldout44 occurs on its decoded page."""
import glob, html, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0
for g in sorted(glob.glob(os.path.join(HERE, "gold", "*.expected.json"))):
    gold = json.load(open(g, encoding="utf-8"))
    raw = open(os.path.join(HERE, "pages", gold["source"]), "rb").read()
    m = re.search(rb"charset=([\w-]+)", raw[:2000])
    enc = (m.group(1).decode() if m else "utf-8").lower()
    page = html.unescape(raw.decode("euc_kr" if enc in ("euc-kr", "ks_c_5601-1987") else enc))
    a = gold["article"]
    assert gold.get("note"), g
    want = [a["title"], a["outlet"]] + [n.strip() for n in a["author"].split(",")] + a["body_must_not_contain"]
    if a.get("author_email"):
        want.append(a["author_email"])
    d = a["published"]
    y, mo, da = d[:4], d[5:7], d[8:10]
    if not any(x in page for x in (f"{y}.{mo}.{da}", f"{y}-{mo}-{da}", f"{y}/{mo}/{da}", f"{y}년 {int(mo)}월 {int(da)}일")):
        print(os.path.basename(g), "date missing", d); bad += 1
    if len(d) > 10:
        hh, mm = int(d[11:13]), d[14:16]
        forms = [f"{hh:02d}:{mm}", f"오후 {hh-12}:{mm}" if hh > 12 else f"오전 {hh}:{mm}"]
        if not any(f in page for f in forms):
            print(os.path.basename(g), "time missing", d); bad += 1
    assert a["language"] == "ko"
    for w in want:
        if w not in page:
            print(os.path.basename(g), "missing:", w); bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
