"""Extraction and rule quality against the gold in ../shared, next to trafilatura alone.

usage: python benchmarks/quality.py [--shared ../shared] [--jobs N] [--json]

For every gold set it builds the pages with this builder, scores the result with
../shared/tools/score.py, and scores trafilatura's own default extraction of the same pages
(body, title, author, date) in the same run, so the two figures are comparable.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl
import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.pipeline import build  # noqa: E402

SETS = {
    "ko": (["seed", "corpus/ko/html", "corpus/ko-text/text"], ["seed", "corpus/ko/gold", "corpus/ko-text/gold"]),
    "en-aeb": (["corpus/en-aeb/html"], ["corpus/en-aeb/gold"]),
    "multi-fundus": (["corpus/multi-fundus/html"], ["corpus/multi-fundus/gold"]),
}


def score(shared: Path, out: Path, gold: Path) -> dict:
    res = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(out), str(gold), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def trafilatura_alone(raw: Path, out: Path) -> None:
    """An article table made by trafilatura.extract defaults alone, for the same scorer."""
    rows = []
    for p in sorted(raw.iterdir()):
        data = p.read_bytes()
        if p.name.endswith(".gz"):
            data = gzip.decompress(data)
        if p.suffix == ".txt" or p.name.endswith(".expected.json"):
            continue
        doc = trafilatura.bare_extraction(data, with_metadata=True)
        text = trafilatura.extract(data) or ""
        rows.append({"article_id": p.name, "source_path": p.name, "body": text,
                     "title": doc.title if doc else None, "authors": [doc.author] if doc and doc.author else [],
                     "published_at": doc.date if doc else None, "outlet": doc.sitename if doc else None})
    out.mkdir(parents=True, exist_ok=True)
    pl.DataFrame(rows, schema={"article_id": pl.Utf8, "source_path": pl.Utf8, "body": pl.Utf8, "title": pl.Utf8,
                               "authors": pl.List(pl.Utf8), "published_at": pl.Utf8, "outlet": pl.Utf8}
                 ).write_parquet(out / "article.parquet")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    args = ap.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name in args.sets:
            inputs, golds = SETS[name]
            raw, gold = tmp / name / "raw", tmp / name / "gold"
            raw.mkdir(parents=True)
            gold.mkdir(parents=True)
            for d in inputs:
                for f in (args.shared / d).iterdir():
                    if not f.name.endswith(".json"):
                        shutil.copy(f, raw / f.name)
            for d in golds:
                for f in (args.shared / d).glob("*.expected.json"):
                    shutil.copy(f, gold / f.name)
            t0 = time.monotonic()
            build(raw, tmp / name / "out", jobs=args.jobs)
            seconds = time.monotonic() - t0
            ours = score(args.shared, tmp / name / "out", gold)
            trafilatura_alone(raw, tmp / name / "trafilatura")
            alone = score(args.shared, tmp / name / "trafilatura", gold)
            results[name] = {"builder": ours, "trafilatura": alone, "seconds": round(seconds, 2)}
    if args.json:
        print(json.dumps(results, indent=1))
        return
    keys = ["docs", "body_f1", "boilerplate_left", "title_acc", "author_acc", "date_acc", "outlet_acc",
            "person_P", "person_R", "person_title_acc", "person_org_acc", "quote_P", "quote_R", "quote_attr_acc",
            "event_P", "event_R", "event_loc_acc", "event_date_acc", "negatives_hit"]
    for name, r in results.items():
        print(f"== {name}  (build {r['seconds']} s)")
        print(f"{'measure':<18}{'builder':>10}{'trafilatura':>13}")
        for k in keys:
            a, b = r["builder"].get(k), r["trafilatura"].get(k)
            fmt = lambda v: f"{v:.3f}" if isinstance(v, float) else str(v)  # noqa: E731
            if a is None or (isinstance(a, float) and a != a and isinstance(b, float) and b != b):
                continue
            print(f"{k:<18}{fmt(a):>10}{fmt(b) if k in ('docs', 'body_f1', 'boilerplate_left', 'title_acc', 'author_acc', 'date_acc', 'outlet_acc') else '':>13}")


if __name__ == "__main__":
    main()
