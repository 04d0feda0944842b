"""Check every gold title, author part, e-mail, outlet and boilerplate string occurs on the decoded page."""
import json, os, html, re
bad = 0
for g in sorted(os.listdir("gold")):
    d = json.load(open(os.path.join("gold", g), encoding="utf-8")); a = d["article"]
    raw = open(os.path.join("pages", d["source"]), "rb").read()
    enc = "euc-kr" if b"euc-kr" in raw[:300] else "utf-8"
    t = html.unescape(raw.decode(enc))
    items = [a["title"], a["outlet"], *(a["author"] or "").split(", "), a.get("author_email") or "", *a["body_must_not_contain"]]
    for s in items:
        if s and s not in t: print("MISSING", g, s); bad += 1
    assert d.get("note")
print("bad", bad)
