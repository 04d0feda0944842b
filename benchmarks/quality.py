"""Extraction and rule quality against the gold in ../shared (and benchmarks/devset), next to trafilatura alone, on every set.

usage: python benchmarks/quality.py [--shared ../shared] [--jobs N] [--sets ko en-aeb ...] [--json]

For every gold set it builds the set's inputs with this builder, scores the result with
../shared/tools/score.py, and scores trafilatura's own default extraction of the same HTML pages
(body, title, author, date) in the same run, so the two figures are comparable. It prints one
table, a column per set and a row per figure (trafilatura's beside ours where it has one), then,
per set, the pages that have gold but were quarantined (goal: none) with the reason.
Sets of text dumps (ko-klue, en-conll, en-polnear) have no trafilatura figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import polars as pl
import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.pipeline import build  # noqa: E402

# set → (input folders, gold folders), relative to ../shared, or to this project for a set in PROJECT_SETS
SETS = {
    "ko": (["seed", "corpus/ko/html", "corpus/ko-text/text"], ["seed", "corpus/ko/gold", "corpus/ko-text/gold"]),
    "ko-more": (["corpus/ko-more/pages"], ["corpus/ko-more/gold"]),
    "ko-klue": (["corpus/ko-klue/text"], ["corpus/ko-klue/gold"]),
    "en-aeb": (["corpus/en-aeb/html"], ["corpus/en-aeb/gold"]),
    "en-conll": (["corpus/en-conll/text"], ["corpus/en-conll/gold"]),
    "en-polnear": (["corpus/en-polnear/text"], ["corpus/en-polnear/gold"]),
    "multi-fundus": (["corpus/multi-fundus/html"], ["corpus/multi-fundus/gold"]),
    "dev-ko": (["benchmarks/devset/ko/pages"], ["benchmarks/devset/ko/gold"]),
    "dev-ko-heldout": (["benchmarks/devset/ko-heldout/pages"], ["benchmarks/devset/ko-heldout/gold"]),
    "dev-ko2": (["benchmarks/devset/ko2/pages"], ["benchmarks/devset/ko2/gold"]),
    "dev-ko-meta": (["benchmarks/devset/ko-meta/pages"], ["benchmarks/devset/ko-meta/gold"]),
    "dev-ko-meta-heldout": (["benchmarks/devset/ko-meta-heldout/pages"], ["benchmarks/devset/ko-meta-heldout/gold"]),
    "dev-ko-heldout2": (["benchmarks/devset/ko-heldout2/pages"], ["benchmarks/devset/ko-heldout2/gold"]),
    "dev-ko-heldout3": (["benchmarks/devset/ko-heldout3/pages"], ["benchmarks/devset/ko-heldout3/gold"]),
    "dev-ko-heldout4": (["benchmarks/devset/ko-heldout4/pages"], ["benchmarks/devset/ko-heldout4/gold"]),
    "dev-ko-meta-heldout2": (["benchmarks/devset/ko-meta-heldout2/pages"], ["benchmarks/devset/ko-meta-heldout2/gold"]),
    "dev-ko-meta-heldout3": (["benchmarks/devset/ko-meta-heldout3/pages"], ["benchmarks/devset/ko-meta-heldout3/gold"]),
    "dev-ko-heldout5": (["benchmarks/devset/ko-heldout5/pages"], ["benchmarks/devset/ko-heldout5/gold"]),
    "dev-ko-heldout6": (["benchmarks/devset/ko-heldout6/pages"], ["benchmarks/devset/ko-heldout6/gold"]),
    "dev-ko-heldout7": (["benchmarks/devset/ko-heldout7/pages"], ["benchmarks/devset/ko-heldout7/gold"]),
    "dev-ko-meta-heldout4": (["benchmarks/devset/ko-meta-heldout4/pages"], ["benchmarks/devset/ko-meta-heldout4/gold"]),
    "dev-ko-heldout8": (["benchmarks/devset/ko-heldout8/pages"], ["benchmarks/devset/ko-heldout8/gold"]),
    "dev-ko-meta-heldout5": (["benchmarks/devset/ko-meta-heldout5/pages"], ["benchmarks/devset/ko-meta-heldout5/gold"]),
    "dev-ko-heldout9": (["benchmarks/devset/ko-heldout9/pages"], ["benchmarks/devset/ko-heldout9/gold"]),
    "dev-ko-meta-heldout6": (["benchmarks/devset/ko-meta-heldout6/pages"], ["benchmarks/devset/ko-meta-heldout6/gold"]),
    "dev-ko-heldout10": (["benchmarks/devset/ko-heldout10/pages"], ["benchmarks/devset/ko-heldout10/gold"]),
    "dev-ko-meta-heldout7": (["benchmarks/devset/ko-meta-heldout7/pages"], ["benchmarks/devset/ko-meta-heldout7/gold"]),
    "dev-ko-heldout11": (["benchmarks/devset/ko-heldout11/pages"], ["benchmarks/devset/ko-heldout11/gold"]),
    "dev-ko-heldout13": (["benchmarks/devset/ko-heldout13/pages"], ["benchmarks/devset/ko-heldout13/gold"]),
    "dev-ko-meta-heldout8": (["benchmarks/devset/ko-meta-heldout8/pages"], ["benchmarks/devset/ko-meta-heldout8/gold"]),
    "dev-ko-meta-heldout9": (["benchmarks/devset/ko-meta-heldout9/pages"], ["benchmarks/devset/ko-meta-heldout9/gold"]),
    "dev-ko-meta-heldout10": (["benchmarks/devset/ko-meta-heldout10/pages"], ["benchmarks/devset/ko-meta-heldout10/gold"]),
    "dev-ko-meta-heldout11": (["benchmarks/devset/ko-meta-heldout11/pages"], ["benchmarks/devset/ko-meta-heldout11/gold"]),
    "dev-ko-meta-heldout12": (["benchmarks/devset/ko-meta-heldout12/pages"], ["benchmarks/devset/ko-meta-heldout12/gold"]),
    "dev-ko-meta-heldout13": (["benchmarks/devset/ko-meta-heldout13/pages"], ["benchmarks/devset/ko-meta-heldout13/gold"]),
    "dev-ko-meta-heldout14": (["benchmarks/devset/ko-meta-heldout14/pages"], ["benchmarks/devset/ko-meta-heldout14/gold"]),
    "dev-ko-meta-heldout15": (["benchmarks/devset/ko-meta-heldout15/pages"], ["benchmarks/devset/ko-meta-heldout15/gold"]),
    "dev-ko-meta-heldout16": (["benchmarks/devset/ko-meta-heldout16/pages"], ["benchmarks/devset/ko-meta-heldout16/gold"]),
    "dev-ko-meta-heldout17": (["benchmarks/devset/ko-meta-heldout17/pages"], ["benchmarks/devset/ko-meta-heldout17/gold"]),
    "dev-ko-meta-heldout19": (["benchmarks/devset/ko-meta-heldout19/pages"], ["benchmarks/devset/ko-meta-heldout19/gold"]),
    "dev-ko-meta-heldout34": (["benchmarks/devset/ko-meta-heldout34/pages"], ["benchmarks/devset/ko-meta-heldout34/gold"]),
    "dev-ko-meta-heldout35": (["benchmarks/devset/ko-meta-heldout35/pages"], ["benchmarks/devset/ko-meta-heldout35/gold"]),
    "dev-ko-meta-heldout36": (["benchmarks/devset/ko-meta-heldout36/pages"], ["benchmarks/devset/ko-meta-heldout36/gold"]),
    "dev-ko-meta-heldout37": (["benchmarks/devset/ko-meta-heldout37/pages"], ["benchmarks/devset/ko-meta-heldout37/gold"]),
    "dev-ko-meta-heldout38": (["benchmarks/devset/ko-meta-heldout38/pages"], ["benchmarks/devset/ko-meta-heldout38/gold"]),
    "dev-ko-meta-heldout39": (["benchmarks/devset/ko-meta-heldout39/pages"], ["benchmarks/devset/ko-meta-heldout39/gold"]),
    "dev-ko-meta-heldout40": (["benchmarks/devset/ko-meta-heldout40/pages"], ["benchmarks/devset/ko-meta-heldout40/gold"]),
    "dev-ko-meta-heldout41": (["benchmarks/devset/ko-meta-heldout41/pages"], ["benchmarks/devset/ko-meta-heldout41/gold"]),
    "dev-ko-meta-heldout42": (["benchmarks/devset/ko-meta-heldout42/pages"], ["benchmarks/devset/ko-meta-heldout42/gold"]),
    "dev-ko-meta-heldout51": (["benchmarks/devset/ko-meta-heldout51/pages"], ["benchmarks/devset/ko-meta-heldout51/gold"]),
    "dev-ko-meta-heldout52": (["benchmarks/devset/ko-meta-heldout52/pages"], ["benchmarks/devset/ko-meta-heldout52/gold"]),
    "dev-ko-meta-heldout43": (["benchmarks/devset/ko-meta-heldout43/pages"], ["benchmarks/devset/ko-meta-heldout43/gold"]),
    "dev-ko-meta-heldout46": (["benchmarks/devset/ko-meta-heldout46/pages"], ["benchmarks/devset/ko-meta-heldout46/gold"]),
    "dev-ko-meta-heldout44": (["benchmarks/devset/ko-meta-heldout44/pages"], ["benchmarks/devset/ko-meta-heldout44/gold"]),
    "dev-ko-meta-heldout45": (["benchmarks/devset/ko-meta-heldout45/pages"], ["benchmarks/devset/ko-meta-heldout45/gold"]),
    "dev-ko-meta-heldout47": (["benchmarks/devset/ko-meta-heldout47/pages"], ["benchmarks/devset/ko-meta-heldout47/gold"]),
    "dev-ko-meta-heldout48": (["benchmarks/devset/ko-meta-heldout48/pages"], ["benchmarks/devset/ko-meta-heldout48/gold"]),
    "dev-ko-meta-heldout49": (["benchmarks/devset/ko-meta-heldout49/pages"], ["benchmarks/devset/ko-meta-heldout49/gold"]),
    "dev-ko-meta-heldout50": (["benchmarks/devset/ko-meta-heldout50/pages"], ["benchmarks/devset/ko-meta-heldout50/gold"]),
    "dev-ko-meta-heldout24": (["benchmarks/devset/ko-meta-heldout24/pages"], ["benchmarks/devset/ko-meta-heldout24/gold"]),
    "dev-ko-meta-heldout26": (["benchmarks/devset/ko-meta-heldout26/pages"], ["benchmarks/devset/ko-meta-heldout26/gold"]),
    "dev-ko-meta-heldout25": (["benchmarks/devset/ko-meta-heldout25/pages"], ["benchmarks/devset/ko-meta-heldout25/gold"]),
    "dev-ko-meta-heldout27": (["benchmarks/devset/ko-meta-heldout27/pages"], ["benchmarks/devset/ko-meta-heldout27/gold"]),
    "dev-ko-meta-heldout29": (["benchmarks/devset/ko-meta-heldout29/pages"], ["benchmarks/devset/ko-meta-heldout29/gold"]),
    "dev-ko-meta-heldout28": (["benchmarks/devset/ko-meta-heldout28/pages"], ["benchmarks/devset/ko-meta-heldout28/gold"]),
    "dev-ko-meta-heldout30": (["benchmarks/devset/ko-meta-heldout30/pages"], ["benchmarks/devset/ko-meta-heldout30/gold"]),
    "dev-ko-meta-heldout31": (["benchmarks/devset/ko-meta-heldout31/pages"], ["benchmarks/devset/ko-meta-heldout31/gold"]),
    "dev-ko-meta-heldout32": (["benchmarks/devset/ko-meta-heldout32/pages"], ["benchmarks/devset/ko-meta-heldout32/gold"]),
    "dev-ko-meta-heldout33": (["benchmarks/devset/ko-meta-heldout33/pages"], ["benchmarks/devset/ko-meta-heldout33/gold"]),
    "dev-ko-meta-heldout22": (["benchmarks/devset/ko-meta-heldout22/pages"], ["benchmarks/devset/ko-meta-heldout22/gold"]),
    "dev-ko-meta-heldout21": (["benchmarks/devset/ko-meta-heldout21/pages"], ["benchmarks/devset/ko-meta-heldout21/gold"]),
    "dev-ko-meta-heldout23": (["benchmarks/devset/ko-meta-heldout23/pages"], ["benchmarks/devset/ko-meta-heldout23/gold"]),
    "dev-ko-meta-heldout20": (["benchmarks/devset/ko-meta-heldout20/pages"], ["benchmarks/devset/ko-meta-heldout20/gold"]),
    "dev-ko-meta-heldout18": (["benchmarks/devset/ko-meta-heldout18/pages"], ["benchmarks/devset/ko-meta-heldout18/gold"]),
    "dev-ko-heldout12": (["benchmarks/devset/ko-heldout12/pages"], ["benchmarks/devset/ko-heldout12/gold"]),
    "dev-ko-heldout14": (["benchmarks/devset/ko-heldout14/pages"], ["benchmarks/devset/ko-heldout14/gold"]),
    "dev-ko-heldout15": (["benchmarks/devset/ko-heldout15/pages"], ["benchmarks/devset/ko-heldout15/gold"]),
    "dev-ko-heldout16": (["benchmarks/devset/ko-heldout16/pages"], ["benchmarks/devset/ko-heldout16/gold"]),
    "dev-ko-heldout17": (["benchmarks/devset/ko-heldout17/pages"], ["benchmarks/devset/ko-heldout17/gold"]),
    "dev-ko-heldout18": (["benchmarks/devset/ko-heldout18/pages"], ["benchmarks/devset/ko-heldout18/gold"]),
    "dev-ko-heldout19": (["benchmarks/devset/ko-heldout19/pages"], ["benchmarks/devset/ko-heldout19/gold"]),
    "dev-ko-heldout20": (["benchmarks/devset/ko-heldout20/pages"], ["benchmarks/devset/ko-heldout20/gold"]),
    "dev-ko-heldout21": (["benchmarks/devset/ko-heldout21/pages"], ["benchmarks/devset/ko-heldout21/gold"]),
    "dev-ko-heldout22": (["benchmarks/devset/ko-heldout22/pages"], ["benchmarks/devset/ko-heldout22/gold"]),
    "dev-ko-heldout23": (["benchmarks/devset/ko-heldout23/pages"], ["benchmarks/devset/ko-heldout23/gold"]),
    "dev-ko-heldout24": (["benchmarks/devset/ko-heldout24/pages"], ["benchmarks/devset/ko-heldout24/gold"]),
    "dev-ko-heldout25": (["benchmarks/devset/ko-heldout25/pages"], ["benchmarks/devset/ko-heldout25/gold"]),
    "dev-ko-heldout26": (["benchmarks/devset/ko-heldout26/pages"], ["benchmarks/devset/ko-heldout26/gold"]),
    "dev-ko-heldout33": (["benchmarks/devset/ko-heldout33/pages"], ["benchmarks/devset/ko-heldout33/gold"]),
    "dev-ko-heldout27": (["benchmarks/devset/ko-heldout27/pages"], ["benchmarks/devset/ko-heldout27/gold"]),
    "dev-ko-heldout28": (["benchmarks/devset/ko-heldout28/pages"], ["benchmarks/devset/ko-heldout28/gold"]),
    "dev-ko-heldout30": (["benchmarks/devset/ko-heldout30/pages"], ["benchmarks/devset/ko-heldout30/gold"]),
    "dev-ko-heldout29": (["benchmarks/devset/ko-heldout29/pages"], ["benchmarks/devset/ko-heldout29/gold"]),
    "dev-ko-heldout31": (["benchmarks/devset/ko-heldout31/pages"], ["benchmarks/devset/ko-heldout31/gold"]),
    "dev-ko-heldout32": (["benchmarks/devset/ko-heldout32/pages"], ["benchmarks/devset/ko-heldout32/gold"]),
    "dev-ko-heldout34": (["benchmarks/devset/ko-heldout34/pages"], ["benchmarks/devset/ko-heldout34/gold"]),
    "dev-ko-heldout36": (["benchmarks/devset/ko-heldout36/pages"], ["benchmarks/devset/ko-heldout36/gold"]),
    "dev-ko-heldout35": (["benchmarks/devset/ko-heldout35/pages"], ["benchmarks/devset/ko-heldout35/gold"]),
    "dev-ko-heldout37": (["benchmarks/devset/ko-heldout37/pages"], ["benchmarks/devset/ko-heldout37/gold"]),
    "dev-ko-heldout38": (["benchmarks/devset/ko-heldout38/pages"], ["benchmarks/devset/ko-heldout38/gold"]),
    "dev-ko-heldout39": (["benchmarks/devset/ko-heldout39/pages"], ["benchmarks/devset/ko-heldout39/gold"]),
    "dev-ko-heldout40": (["benchmarks/devset/ko-heldout40/pages"], ["benchmarks/devset/ko-heldout40/gold"]),
    "dev-ko-heldout41": (["benchmarks/devset/ko-heldout41/pages"], ["benchmarks/devset/ko-heldout41/gold"]),
    "dev-ko-heldout42": (["benchmarks/devset/ko-heldout42/pages"], ["benchmarks/devset/ko-heldout42/gold"]),
    "dev-ko-heldout65": (["benchmarks/devset/ko-heldout65/pages"], ["benchmarks/devset/ko-heldout65/gold"]),
    "dev-ko-heldout66": (["benchmarks/devset/ko-heldout66/pages"], ["benchmarks/devset/ko-heldout66/gold"]),
    "dev-ko-heldout67": (["benchmarks/devset/ko-heldout67/pages"], ["benchmarks/devset/ko-heldout67/gold"]),
    "dev-ko-heldout68": (["benchmarks/devset/ko-heldout68/pages"], ["benchmarks/devset/ko-heldout68/gold"]),
    "dev-ko-heldout69": (["benchmarks/devset/ko-heldout69/pages"], ["benchmarks/devset/ko-heldout69/gold"]),
    "dev-ko-heldout70": (["benchmarks/devset/ko-heldout70/pages"], ["benchmarks/devset/ko-heldout70/gold"]),
    "dev-ko-meta-heldout53": (["benchmarks/devset/ko-meta-heldout53/pages"], ["benchmarks/devset/ko-meta-heldout53/gold"]),
    "dev-ko-meta-heldout54": (["benchmarks/devset/ko-meta-heldout54/pages"], ["benchmarks/devset/ko-meta-heldout54/gold"]),
    "dev-ko-meta-heldout55": (["benchmarks/devset/ko-meta-heldout55/pages"], ["benchmarks/devset/ko-meta-heldout55/gold"]),
    "dev-ko-meta-heldout56": (["benchmarks/devset/ko-meta-heldout56/pages"], ["benchmarks/devset/ko-meta-heldout56/gold"]),
    "dev-ko-meta-heldout57": (["benchmarks/devset/ko-meta-heldout57/pages"], ["benchmarks/devset/ko-meta-heldout57/gold"]),
    "dev-ko-heldout71": (["benchmarks/devset/ko-heldout71/pages"], ["benchmarks/devset/ko-heldout71/gold"]),
    "dev-ko-heldout72": (["benchmarks/devset/ko-heldout72/pages"], ["benchmarks/devset/ko-heldout72/gold"]),
    "dev-ko-meta-heldout58": (["benchmarks/devset/ko-meta-heldout58/pages"], ["benchmarks/devset/ko-meta-heldout58/gold"]),
    "dev-ko-heldout48": (["benchmarks/devset/ko-heldout48/pages"], ["benchmarks/devset/ko-heldout48/gold"]),
    "dev-ko-heldout49": (["benchmarks/devset/ko-heldout49/pages"], ["benchmarks/devset/ko-heldout49/gold"]),
    "dev-ko-heldout50": (["benchmarks/devset/ko-heldout50/pages"], ["benchmarks/devset/ko-heldout50/gold"]),
    "dev-ko-heldout57": (["benchmarks/devset/ko-heldout57/pages"], ["benchmarks/devset/ko-heldout57/gold"]),
    "dev-ko-heldout51": (["benchmarks/devset/ko-heldout51/pages"], ["benchmarks/devset/ko-heldout51/gold"]),
    "dev-ko-heldout52": (["benchmarks/devset/ko-heldout52/pages"], ["benchmarks/devset/ko-heldout52/gold"]),
    "dev-ko-heldout53": (["benchmarks/devset/ko-heldout53/pages"], ["benchmarks/devset/ko-heldout53/gold"]),
    "dev-ko-heldout54": (["benchmarks/devset/ko-heldout54/pages"], ["benchmarks/devset/ko-heldout54/gold"]),
    "dev-ko-heldout56": (["benchmarks/devset/ko-heldout56/pages"], ["benchmarks/devset/ko-heldout56/gold"]),
    "dev-ko-heldout59": (["benchmarks/devset/ko-heldout59/pages"], ["benchmarks/devset/ko-heldout59/gold"]),
    "dev-ko-heldout55": (["benchmarks/devset/ko-heldout55/pages"], ["benchmarks/devset/ko-heldout55/gold"]),
    "dev-ko-heldout58": (["benchmarks/devset/ko-heldout58/pages"], ["benchmarks/devset/ko-heldout58/gold"]),
    "dev-ko-heldout60": (["benchmarks/devset/ko-heldout60/pages"], ["benchmarks/devset/ko-heldout60/gold"]),
    "dev-ko-heldout61": (["benchmarks/devset/ko-heldout61/pages"], ["benchmarks/devset/ko-heldout61/gold"]),
    "dev-ko-heldout62": (["benchmarks/devset/ko-heldout62/pages"], ["benchmarks/devset/ko-heldout62/gold"]),
    "dev-ko-heldout63": (["benchmarks/devset/ko-heldout63/pages"], ["benchmarks/devset/ko-heldout63/gold"]),
    "dev-ko-heldout64": (["benchmarks/devset/ko-heldout64/pages"], ["benchmarks/devset/ko-heldout64/gold"]),
    "dev-ko-heldout43": (["benchmarks/devset/ko-heldout43/pages"], ["benchmarks/devset/ko-heldout43/gold"]),
    "dev-ko-heldout44": (["benchmarks/devset/ko-heldout44/pages"], ["benchmarks/devset/ko-heldout44/gold"]),
    "dev-ko-heldout45": (["benchmarks/devset/ko-heldout45/pages"], ["benchmarks/devset/ko-heldout45/gold"]),
    "dev-ko-heldout46": (["benchmarks/devset/ko-heldout46/pages"], ["benchmarks/devset/ko-heldout46/gold"]),
    "dev-ko-heldout47": (["benchmarks/devset/ko-heldout47/pages"], ["benchmarks/devset/ko-heldout47/gold"]),
}
# Sets kept in this project's benchmarks/devset (invented articles with our own gold), not in ../shared.
PROJECT_SETS = {name for name in SETS if name.startswith("dev-")}
# Figures of the table, in order; those trafilatura alone also has get a second row.
FIGURES = ["docs", "docs_missing", "body_f1", "boilerplate_left", "title_acc", "author_acc", "date_acc", "outlet_acc",
           "email_acc", "person_P", "person_R", "person_title_acc", "person_org_acc", "quote_P", "quote_R",
           "quote_attr_acc", "quote_attr_R", "quote_split", "event_P", "event_R", "event_loc_acc", "event_date_acc",
           "negatives_hit"]
TRAFILATURA_FIGURES = ("body_f1", "title_acc", "author_acc", "date_acc")


def score(shared: Path, out: Path, gold: Path) -> dict:
    res = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(out), str(gold), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def _trafilatura_row(path: str) -> dict | None:
    p = Path(path)
    if p.suffix == ".txt":
        return None
    data = p.read_bytes()
    if p.name.endswith(".gz"):
        data = gzip.decompress(data)
    doc = trafilatura.bare_extraction(data, with_metadata=True)
    return {"article_id": p.name, "source_path": p.name, "body": trafilatura.extract(data) or "",
            "title": doc.title if doc else None,
            "authors": [a.strip() for a in (doc.author or "").split(";") if a.strip()] if doc else [],
            "published_at": doc.date if doc else None, "outlet": doc.sitename if doc else None}


def trafilatura_alone(raw: Path, out: Path, jobs: int = 2) -> bool:
    """An article table made by trafilatura's default extraction alone, for the same scorer; False if no HTML."""
    paths = [str(p) for p in sorted(raw.iterdir())]
    if jobs > 1 and _trafilatura_row.__module__ in sys.modules:  # workers can import this module
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            rows = [r for r in pool.map(_trafilatura_row, paths, chunksize=8) if r is not None]
    else:
        rows = [r for r in map(_trafilatura_row, paths) if r is not None]
    if not rows:
        return False
    out.mkdir(parents=True, exist_ok=True)
    pl.DataFrame(rows, schema={"article_id": pl.Utf8, "source_path": pl.Utf8, "body": pl.Utf8, "title": pl.Utf8,
                               "authors": pl.List(pl.Utf8), "published_at": pl.Utf8, "outlet": pl.Utf8}
                 ).write_parquet(out / "article.parquet")
    return True


def quarantined_with_gold(out: Path, gold: Path) -> list[tuple[str, str, str]]:
    """(page, reason, detail) of every quarantined input that has gold: each one is a real article lost."""
    sources = {json.loads(f.read_text("utf-8")).get("source") for f in gold.glob("*.expected.json")}
    qfile = out / "quarantine.parquet"
    if not qfile.exists():
        return []
    rows = pl.read_parquet(qfile).select("source_path", "reason", "detail").rows()
    return [(os.path.basename(p), r, d or "") for p, r, d in rows if os.path.basename(p) in sources]


def run_set(name: str, shared: Path, tmp: Path, jobs: int) -> dict:
    inputs, golds = SETS[name]
    base = ROOT if name in PROJECT_SETS else shared
    raw, gold = tmp / name / "raw", tmp / name / "gold"
    raw.mkdir(parents=True)
    gold.mkdir(parents=True)
    for d in inputs:
        for f in (base / d).iterdir():
            if f.is_file() and not f.name.endswith(".json"):
                shutil.copy(f, raw / f.name)
    for d in golds:
        for f in (base / d).glob("*.expected.json"):
            shutil.copy(f, gold / f.name)
    t0 = time.monotonic()
    build(raw, tmp / name / "out", jobs=jobs)
    seconds = time.monotonic() - t0
    result = {"builder": score(shared, tmp / name / "out", gold), "seconds": round(seconds, 1),
              "quarantined_with_gold": quarantined_with_gold(tmp / name / "out", gold)}
    if trafilatura_alone(raw, tmp / name / "trafilatura", jobs):
        result["trafilatura"] = score(shared, tmp / name / "trafilatura", gold)
    return result


def _fmt(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "-"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def print_table(results: dict) -> None:
    names = list(results)
    width = max(12, *(len(n) + 2 for n in names))
    print(f"{'figure':<26}" + "".join(f"{n:>{width}}" for n in names))
    rows = [("build seconds", {n: r["seconds"] for n, r in results.items()}),
            ("quarantined with gold", {n: len(r["quarantined_with_gold"]) for n, r in results.items()})]
    for k in FIGURES:
        rows.append((k, {n: r["builder"].get(k) for n, r in results.items()}))
        if k in TRAFILATURA_FIGURES:
            rows.append((f"  {k} trafilatura", {n: r.get("trafilatura", {}).get(k) for n, r in results.items()}))
    for label, values in rows:
        if all(_fmt(values.get(n)) in ("-", "0/0") for n in names) and label != "quarantined with gold":
            continue
        print(f"{label:<26}" + "".join(f"{_fmt(values.get(n)):>{width}}" for n in names))
    for n, r in results.items():
        for page, reason, detail in r["quarantined_with_gold"]:
            print(f"QUARANTINED {n}: {page}: {reason}: {detail}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    args = ap.parse_args()
    if not (args.shared / "corpus").exists():
        sys.exit(f"no gold corpus under {args.shared}")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            results[name] = run_set(name, args.shared, Path(tmp), args.jobs)
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        print_table(results)


if __name__ == "__main__":
    main()
