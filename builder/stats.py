"""A compact summary of a release: what a researcher looks at first."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from builder.schema import TABLES
from builder.write import read_parquet

TOP = 10


def summarise(tables: dict[str, pl.DataFrame]) -> dict:
    article, person, quote = tables["article"], tables["person"], tables["quote"]
    quarantine = tables["quarantine"]
    speakers = (quote.filter(pl.col("speaker_name").is_not_null())
                .group_by("speaker_name", "speaker_kind").len()
                .sort(["len", "speaker_name"], descending=[True, False]).head(TOP))
    unattributed = quote.filter(pl.col("speaker_name").is_null()).height
    return {
        "rows": {t: tables[t].height for t in TABLES},
        "articles_per_outlet": dict(article.group_by(pl.col("outlet").fill_null("(unknown)")).len()
                                    .sort(["len", "outlet"], descending=[True, False]).head(TOP).iter_rows()),
        "articles_per_language": dict(article.group_by("language").len().sort(["len", "language"], descending=[True, False])
                                      .iter_rows()),
        "top_speakers": [{"speaker": s, "kind": k, "quotes": n} for s, k, n in speakers.iter_rows()],
        "quotes_without_speaker": {"count": unattributed,
                                   "share": round(unattributed / quote.height, 3) if quote.height else 0.0},
        "persons": {"distinct": person["person_id"].n_unique(), "reporters": person.filter(pl.col("role") == "reporter").height},
        "quarantine_reasons": dict(quarantine.group_by("reason").len().sort(["len", "reason"], descending=[True, False])
                                   .iter_rows()),
    }


# Only these columns are read: a summary of a large release never loads its bodies.
COLUMNS = {
    "article": ["article_id", "outlet", "language"],
    "person": ["person_id", "role"],
    "quote": ["quote_id", "speaker_name", "speaker_kind"],
    "event": ["event_id"],
    "quarantine": ["source_path", "reason"],
}


def read_release(out: Path) -> dict[str, pl.DataFrame]:
    return {t: read_parquet(out / f"{t}.parquet", columns=COLUMNS[t]) for t in TABLES}


def render(s: dict) -> str:
    lines = ["rows        " + ", ".join(f"{t} {n}" for t, n in s["rows"].items())]
    lines.append("outlets     " + ", ".join(f"{o} {n}" for o, n in s["articles_per_outlet"].items()))
    lines.append("languages   " + ", ".join(f"{lang} {n}" for lang, n in s["articles_per_language"].items()))
    lines.append("speakers    " + ", ".join(f"{t['speaker']} {t['quotes']}" for t in s["top_speakers"]))
    q = s["quotes_without_speaker"]
    lines.append(f"no speaker  {q['count']} quotes ({q['share']:.0%})")
    lines.append(f"persons     {s['persons']['distinct']} distinct, {s['persons']['reporters']} reporter rows")
    lines.append("quarantine  " + (", ".join(f"{r} {n}" for r, n in s["quarantine_reasons"].items()) or "none"))
    return "\n".join(lines)


def to_json(s: dict) -> str:
    return json.dumps(s, ensure_ascii=False, indent=1)
