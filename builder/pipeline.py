"""The build: read inputs → process documents → assemble tables → validate → write.

Each arrow is one module; this one only wires them together and keeps the books (every
input ends up as an article or a quarantine row, and the counts say so).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from builder import __version__
from builder.document import Result, process
from builder.execute import DEFAULT_TIMEOUT, run_all
from builder.inputs import Source, discover
from builder.schema import load_all
from builder.validate import validate_tables
from builder.write import recover, write_release


class UsageError(Exception):
    """RAW or OUT cannot be used; the message is one line for the user."""


@dataclass
class Summary:
    files_seen: int = 0
    documents: int = 0
    articles: int = 0
    quarantined: int = 0
    reasons: Counter = field(default_factory=Counter)
    rows: dict = field(default_factory=dict)
    seconds: float = 0.0
    manifest: dict = field(default_factory=dict)


def check_paths(raw: Path, out: Path) -> None:
    """Refuse RAW/OUT combinations that could write into the inputs or read the outputs."""
    if not raw.exists():
        raise UsageError(f"RAW does not exist: {raw}")
    if not raw.is_dir():
        raise UsageError(f"RAW is not a folder: {raw}")
    if not os.access(raw, os.R_OK | os.X_OK):
        raise UsageError(f"RAW cannot be read: {raw}")
    if out.exists() and not out.is_dir():
        raise UsageError(f"OUT exists and is not a folder: {out}")
    r, o = raw.resolve(), out.resolve()
    if o == r:
        raise UsageError("OUT must not be RAW itself")
    if r in o.parents:
        raise UsageError("OUT must not be inside RAW: the build never writes under RAW")
    if o in r.parents:
        raise UsageError("RAW must not be inside OUT: replacing OUT would delete the inputs")


def assemble(results: list[tuple[Source, Result]]) -> tuple[dict[str, list[dict]], Counter]:
    """Merge per-document rows; the same bytes twice are kept once and the copy is quarantined."""
    results.sort(key=lambda sr: (sr[0].path, sr[0].record))
    tables: dict[str, list[dict]] = {t: [] for t in ("article", "person", "quote", "event", "quarantine")}
    first_path: dict[str, str] = {}
    duplicates = Counter()
    for source, res in results:
        if res.article:
            aid = res.article[0]["article_id"]
            if aid in first_path:
                duplicates["duplicate"] += 1
                a = res.article[0]
                tables["quarantine"].append({
                    "source_path": a["source_path"], "source_record": a["source_record"],
                    "source_sha256": a["source_sha256"], "stage": "duplicate", "reason": "duplicate",
                    "detail": f"same bytes as {first_path[aid]}"})
                continue
            first_path[aid] = source.path + (f"#{source.record}" if source.record else "")
        for name in tables:
            tables[name].extend(getattr(res, name))
    return tables, duplicates


def build(raw: Path, out: Path, jobs: int = 1, timeout: float = DEFAULT_TIMEOUT, tick=None,
          fn=process) -> Summary:
    check_paths(raw, out)
    recover(out)
    started = time.monotonic()
    schemas = load_all()
    summary = Summary()
    results: list[tuple[Source, Result]] = []
    read_problems: list[dict] = []
    files = set()

    def sources():
        for item in discover(raw):
            if isinstance(item, Source):
                files.add(item.path)
                yield item
            else:
                path, record, problem = item
                files.add(path)
                read_problems.append({"source_path": path, "source_record": record, "source_sha256": problem.sha256,
                                      "stage": "read", "reason": problem.reason, "detail": str(problem)[:500]})

    for source, res in run_all(sources(), jobs=jobs, timeout=timeout, tick=tick, fn=fn):
        results.append((source, res))
    rows, _ = assemble(results)
    rows["quarantine"].extend(read_problems)
    tables = {name: schemas[name].frame(rows[name]) for name in schemas}
    validate_tables(tables, schemas)

    summary.files_seen = len(files)
    summary.documents = len(results) + len(read_problems)
    summary.articles = len(tables["article"])
    summary.quarantined = len(tables["quarantine"])
    summary.reasons = Counter(tables["quarantine"]["reason"].to_list())
    summary.rows = {name: len(df) for name, df in tables.items()}
    counts = {"files_seen": summary.files_seen, "documents": summary.documents, "articles": summary.articles,
              "quarantined": summary.quarantined, "quarantine_reasons": dict(sorted(summary.reasons.items()))}
    summary.manifest = write_release(out, tables, schemas, __version__, counts)
    summary.seconds = time.monotonic() - started
    return summary


def frame(rows: list[dict], table: str) -> pl.DataFrame:
    return load_all()[table].frame(rows)
