"""Time and peak memory of `news-dataset diff` on two large releases.

usage: python benchmarks/diff.py [--sizes 100000] [--keep DIR]

The two releases are synthesised, not built: building 100 000 pages takes far too long for a
benchmark of the diff (about 40 minutes on this machine), and the diff only reads Parquet. Each
table gets exactly its schema's columns and types (schemas/*.json) with plausible sizes: a
~2 KB body per article, 3 persons, 4 quotations and 1 event per article, 2% of inputs
quarantined. The new release drops 1% of the articles (with their rows in every table), adds
as many new ones, and changes 1% of the titles and 1% of the quotations' reporting verbs.

Prints, for each size, the wall time and the peak resident memory of the diff process (`--json`
output, discarded), and the same for two identical releases (checksums only). Figures, not
assertions: the test suite never times anything.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.schema import load_all  # noqa: E402
from builder.write import ROW_GROUP_SIZE, sha256_file  # noqa: E402

PARAGRAPHS = [
    "The council voted on Tuesday to approve the plan after a long public hearing at city hall.",
    "시는 내년 예산에 관련 사업비를 반영하고 하반기부터 단계적으로 시행할 계획이라고 밝혔다.",
    "Analysts said the figures pointed to a slower recovery than the government had forecast.",
    "업계 관계자는 수출 물량이 회복세를 보이고 있지만 불확실성은 여전히 크다고 말했다.",
]
BODY = "\n".join(PARAGRAPHS * 6)  # about 2 KB of text


def _id(prefix: str, *cols: pl.Expr) -> pl.Expr:
    return pl.concat_str([pl.lit(prefix), *[c.cast(pl.String) for c in cols]], separator="-").hash(seed=7).cast(pl.String)


def tables(ids: pl.Series, title_edit: int | None = None, verb_edit: int | None = None) -> dict[str, pl.DataFrame]:
    """Rows of every table for the articles numbered `ids`; `*_edit` marks every n-th as changed."""
    i = pl.col("i")
    art = pl.DataFrame({"i": ids}).with_columns(article_id=_id("a", i))
    edited = (i % title_edit == 2) if title_edit else pl.lit(False)
    article = art.select(
        "article_id", source_path=pl.format("crawl/d{}/doc{}.html", i // 1000, i), source_record=pl.lit(0),
        source_sha256=_id("s", i), url=pl.format("https://news.example/{}", i), outlet=pl.format("Outlet {}", i % 40),
        title=pl.when(edited).then(pl.format("Revised headline {}", i)).otherwise(pl.format("Headline {}", i)),
        subheadings=pl.lit(["kicker"]), authors=pl.lit(["Jane Doe"]), author_emails=pl.lit([], dtype=pl.List(pl.String)),
        published_at=pl.lit("2025-06-04T02:37:08+09:00"), updated_at=pl.lit(None, pl.String),
        published_utc=pl.lit(None, pl.Datetime("us", "UTC")), timezone=pl.lit("+09:00"),
        language=pl.when(i % 2 == 0).then(pl.lit("ko")).otherwise(pl.lit("en")),
        body=pl.concat_str([pl.lit(BODY), i.cast(pl.String)], separator="\n"), extractor=pl.lit("trafilatura 2.3.1"))

    def rep(n: int) -> pl.DataFrame:
        """n rows per article, numbered j."""
        return art.select("i", "article_id", j=pl.int_ranges(0, n)).explode("j")

    j = pl.col("j")
    person = rep(3).select(
        person_id=_id("p", (i * 3 + j) % 20_000), article_id="article_id", name=pl.format("Person {}", (i * 3 + j) % 20_000),
        title=pl.lit("minister"), organization=pl.lit("Ministry"), role=pl.lit("subject"), mention_count=pl.lit(2),
        first_offset=j * 100, found_by=pl.lit("name_org_title"))
    q = rep(4)
    verb_changed = ((i * 4 + j) % verb_edit == 1) if verb_edit else pl.lit(False)
    quote = q.select(
        quote_id=_id("q", i, j), article_id="article_id", person_id=_id("p", (i * 3 + j % 3) % 20_000),
        speaker_name=pl.format("Person {}", (i * 3 + j % 3) % 20_000), speaker_kind=pl.lit("person"),
        text=pl.format("We will keep our promise to the people of district {}, whatever it costs", i),
        reporting_verb=pl.when(verb_changed).then(pl.lit("stressed")).otherwise(pl.lit("said")),
        quote_type=pl.lit("direct"), start=j * 300, end=j * 300 + 80, continues=pl.lit(None, pl.String))
    event = art.select(
        event_id=_id("e", i), article_id="article_id", parent_event_id=pl.lit(None, pl.String),
        name=pl.format("Forum {}", i % 500), kind=pl.lit("forum"), location=pl.lit("Seoul"), date_text=pl.lit("28일"),
        start_date=pl.lit(None, pl.Date), end_date=pl.lit(None, pl.Date), organizer=pl.lit(None, pl.String),
        offset=pl.lit(120))
    quarantine = art.filter(i % 50 == 7).select(
        source_path=pl.format("crawl/d{}/doc{}.bin", i // 1000, i), source_record=pl.lit(0), source_sha256=_id("b", i),
        stage=pl.lit("read"), reason=pl.lit("unsupported_type"), detail=pl.lit("not an HTML page"))
    return {"article": article, "person": person, "quote": quote, "event": event, "quarantine": quarantine}


def write_release(out: Path, frames: dict[str, pl.DataFrame]) -> None:
    out.mkdir(parents=True)
    schemas = load_all()
    resources = []
    for name, schema in schemas.items():
        df = frames[name].select(schema.columns).cast(schema.polars_schema)
        path = out / f"{name}.parquet"
        df.write_parquet(path, compression="zstd", compression_level=3, row_group_size=ROW_GROUP_SIZE)
        resources.append({"name": name, "path": path.name, "rows": df.height, "hash": "sha256:" + sha256_file(path)})
    (out / "datapackage.json").write_text(json.dumps({"name": "synthetic", "builder": {"version": "benchmark"},
                                                      "resources": resources}), encoding="utf-8")


# Run in the child: its own peak (VmHWM counts only the memory of the program it runs; the rusage
# of a child forked from this large parent would include the parent's pages).
CHILD = """
import atexit, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print(int(line.split()[1]) // 1024, file=sys.stderr)
atexit.register(peak)
from builder.cli import main
main()
"""


def measure(old: Path, new: Path) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in MiB and exit status of one `news-dataset diff OLD NEW --json`."""
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", CHILD, "diff", str(old), str(new), "--json"], cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return time.monotonic() - started, int(proc.stderr.split()[-1]), proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000], help="articles per release")
    ap.add_argument("--keep", type=Path, default=None, help="write the releases here and keep them")
    args = ap.parse_args()
    for n in args.sizes:
        with tempfile.TemporaryDirectory(dir=args.keep) as tmp:
            base = Path(tmp)
            ids = pl.Series("i", range(n))
            write_release(base / "old", tables(ids))
            kept = ids.filter(ids % 100 != 0)
            added = pl.Series("i", range(n, n + n // 100))
            write_release(base / "new", tables(kept.append(added), title_edit=100, verb_edit=100))
            write_release(base / "same", tables(ids))
            size = sum(f.stat().st_size for f in (base / "old").iterdir()) / 2**20
            seconds, rss, code = measure(base / "old", base / "new")
            same_s, same_rss, same_code = measure(base / "old", base / "same")
            print(f"{n} articles ({size:.0f} MiB of Parquet per release): diff {seconds:.1f} s, peak RSS {rss:.0f} MiB "
                  f"(exit {code}); identical releases {same_s:.1f} s, {same_rss:.0f} MiB (exit {same_code})")


if __name__ == "__main__":
    main()
