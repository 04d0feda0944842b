"""A compact summary of a release: what a researcher looks at first.

Every figure is an aggregate of a lazy scan that reads only the columns it needs, so a summary
of a large release neither loads its bodies nor holds a table in memory. The dataset card
(builder/card.py) and `news-dataset diff` (builder/diff.py) use the same computations.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from builder.schema import TABLES
from builder.parquet import scan_parquet

TOP = 10
UNKNOWN_OUTLET = "(unknown)"

# Only these columns are read: a summary of a large release never loads its bodies.
COLUMNS = {
    "article": ["article_id", "outlet", "language", "published_at"],
    "person": ["person_id", "role"],
    "quote": ["quote_id", "speaker_name", "speaker_kind"],
    "event": ["event_id"],
    "quarantine": ["source_path", "reason"],
}


def collect(lf: pl.LazyFrame) -> pl.DataFrame:
    """Run a query with the streaming engine: memory bounded by the result, not the table."""
    return lf.collect(engine="streaming")


def counts(lf: pl.LazyFrame, column: str | pl.Expr, top: int | None = None) -> dict:
    """Rows per value of one column, most frequent first (ties by value); the first `top` only."""
    expr = pl.col(column) if isinstance(column, str) else column
    name = expr.meta.output_name()
    df = collect(lf.group_by(expr).len()).sort(["len", name], descending=[True, False], nulls_last=True)
    return dict((df.head(top) if top else df).iter_rows())


def height(lf: pl.LazyFrame) -> int:
    return collect(lf.select(pl.len())).item()


def outlet_expr() -> pl.Expr:
    return pl.col("outlet").fill_null(UNKNOWN_OUTLET)


def published_range(article: pl.LazyFrame) -> dict:
    """First and last local publication date (the date as the outlet printed it) and undated articles."""
    day = pl.col("published_at").str.slice(0, 10)
    row = collect(article.select(day.min().alias("first"), day.max().alias("last"),
                                 pl.col("published_at").null_count().alias("undated"))).row(0, named=True)
    return row


def outlet_languages(article: pl.LazyFrame, top: int | None = TOP) -> dict[str, dict[str, int]]:
    """Articles per outlet and language, for the `top` outlets with most articles."""
    outlets = list(counts(article, outlet_expr(), top))
    df = collect(article.with_columns(outlet_expr()).filter(pl.col("outlet").is_in(outlets))
                 .group_by("outlet", "language").len())
    table: dict[str, dict[str, int]] = {o: {} for o in outlets}
    for outlet, language, n in df.sort("outlet", "language").iter_rows():
        table[outlet][language] = n
    return table


def summarise(tables: dict[str, pl.LazyFrame | pl.DataFrame], top: int | None = TOP) -> dict:
    """The figures of `news-dataset stats`; `top` limits outlets and speakers (None: all)."""
    t = {name: df.lazy() for name, df in tables.items()}
    article, person, quote, quarantine = t["article"], t["person"], t["quote"], t["quarantine"]
    speakers = (collect(quote.filter(pl.col("speaker_name").is_not_null()).group_by("speaker_name", "speaker_kind").len())
                .sort(["len", "speaker_name", "speaker_kind"], descending=[True, False, False]))
    if top:
        speakers = speakers.head(top)
    quotes = height(quote)
    unattributed = collect(quote.select(pl.col("speaker_name").null_count())).item()
    persons = collect(person.select(pl.col("person_id").n_unique().alias("distinct"),
                                    (pl.col("role") == "reporter").sum().alias("reporters"))).row(0, named=True)
    return {
        "rows": {name: height(t[name]) for name in TABLES},
        "outlets": collect(article.select(outlet_expr().n_unique())).item(),
        "articles_per_outlet": counts(article, outlet_expr(), top),
        "articles_per_language": counts(article, "language"),
        "published": published_range(article),
        "top_speakers": [{"speaker": s, "kind": k, "quotes": n} for s, k, n in speakers.iter_rows()],
        "quotes_without_speaker": {"count": unattributed, "share": round(unattributed / quotes, 3) if quotes else 0.0},
        "persons": {"distinct": persons["distinct"], "reporters": persons["reporters"] or 0},
        "quarantine_reasons": counts(quarantine, "reason"),
    }


def scan_release(out: Path) -> dict[str, pl.LazyFrame]:
    """Lazy scans of a release's tables, restricted to the columns the summary reads."""
    return {t: scan_parquet(out / f"{t}.parquet", COLUMNS[t]) for t in TABLES}



def render(s: dict) -> str:
    lines = ["rows        " + ", ".join(f"{t} {n}" for t, n in s["rows"].items())]
    lines.append("outlets     " + ", ".join(f"{o} {n}" for o, n in s["articles_per_outlet"].items()))
    lines.append("languages   " + ", ".join(f"{lang} {n}" for lang, n in s["articles_per_language"].items()))
    p = s["published"]
    lines.append(f"published   {p['first'] or '-'} to {p['last'] or '-'}, {p['undated']} undated")
    lines.append("speakers    " + ", ".join(f"{t['speaker']} {t['quotes']}" for t in s["top_speakers"]))
    q = s["quotes_without_speaker"]
    lines.append(f"no speaker  {q['count']} quotes ({q['share']:.0%})")
    lines.append(f"persons     {s['persons']['distinct']} distinct, {s['persons']['reporters']} reporter rows")
    lines.append("quarantine  " + (", ".join(f"{r} {n}" for r, n in s["quarantine_reasons"].items()) or "none"))
    return "\n".join(lines)


def to_json(s: dict) -> str:
    return json.dumps(s, ensure_ascii=False, indent=1)
