"""The build: read inputs → process documents → validate → write, streaming.

Each arrow is one module; this one only wires them together and keeps the books (every
input ends up as an article or a quarantine row, and the counts say so). Documents flow
through in input order, in chunks: memory does not grow with the size of the corpus.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from builder import __version__
from builder.cache import StatIndex, inputs_state, lookup, prepare, process_cached, record_state, up_to_date
from builder.document import Result, process
from builder.execute import DEFAULT_TIMEOUT, Resolved, run_ordered
from builder.inputs import Source, container_path, discover, path_text, printable
from builder.schema import TABLES, load_all
from builder.validate import StreamValidator
from builder.write import MANIFEST, ReleaseWriter, recover

# Documents per chunk: each chunk is validated and written as one row group per table.
# Fixed, so row groups (and the files' bytes) are the same for any number of workers.
DOCS_PER_CHUNK = 500


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
    up_to_date: bool = False  # OUT already was the build of these inputs: nothing was written

    @classmethod
    def of_release(cls, manifest: dict) -> Summary:
        counts = manifest.get("inputs", {})
        return cls(files_seen=counts.get("files_seen", 0), documents=counts.get("documents", 0),
                   articles=counts.get("articles", 0), quarantined=counts.get("quarantined", 0),
                   reasons=Counter(counts.get("quarantine_reasons", {})),
                   rows={r["name"]: r["rows"] for r in manifest.get("resources", [])}, manifest=manifest, up_to_date=True)


def check_paths(raw: Path, out: Path) -> None:
    """Refuse RAW/OUT combinations that could write into the inputs or read the outputs."""
    if not raw.exists():
        raise UsageError(f"RAW does not exist: {path_text(raw)}")
    if not raw.is_dir():
        raise UsageError(f"RAW is not a folder: {path_text(raw)}")
    if not os.access(raw, os.R_OK | os.X_OK):
        raise UsageError(f"RAW cannot be read: {path_text(raw)}")
    if out.exists() and not out.is_dir():
        raise UsageError(f"OUT exists and is not a folder: {path_text(out)}")
    r, o = raw.resolve(), out.resolve()
    if o == r:
        raise UsageError("OUT must not be RAW itself")
    if r in o.parents:
        raise UsageError("OUT must not be inside RAW: the build never writes under RAW")
    if o in r.parents:
        raise UsageError("RAW must not be inside OUT: replacing OUT would delete the inputs")


class Books:
    """Rows of the documents since the last chunk, and the counts that go into datapackage.json."""

    def __init__(self):
        self.rows: dict[str, list[dict]] = {t: [] for t in TABLES}
        self.docs_in_chunk = 0
        self.first_path: dict[str, str] = {}
        self.files_seen = 0  # inputs arrive in path order, a WARC's records together: count changes of path
        self._last_path: str | None = None
        self.documents = 0

    def _see(self, path: str) -> None:
        path = container_path(path)  # the pages of one archive are one file seen
        if path != self._last_path:
            self.files_seen += 1
            self._last_path = path

    def add(self, item, res: Result | None) -> None:
        self.documents += 1
        self.docs_in_chunk += 1
        if res is None:  # a problem found while reading: (path, record, ReadProblem)
            path, record, problem = item
            self._see(path)
            self.rows["quarantine"].append({"source_path": path, "source_record": record, "source_sha256": problem.sha256,
                                            "stage": "read", "reason": problem.reason,
                                            "detail": printable(str(problem))[:500]})
            return
        self._see(item.path)
        if res.article:
            a = res.article[0]
            if a["article_id"] in self.first_path:  # the same bytes again: kept once, the copy noted
                self.rows["quarantine"].append({
                    "source_path": a["source_path"], "source_record": a["source_record"],
                    "source_sha256": a["source_sha256"], "stage": "duplicate", "reason": "duplicate",
                    "detail": f"same bytes as {self.first_path[a['article_id']]}"})
                return
            self.first_path[a["article_id"]] = item.path + (f"#{item.record}" if item.record else "")
        for row in res.quarantine:  # a crash's message may quote a file name in any bytes
            if row.get("detail"):
                row["detail"] = printable(row["detail"])
        for name in TABLES:
            self.rows[name].extend(getattr(res, name))

    def take(self) -> dict[str, list[dict]]:
        rows, self.rows = self.rows, {t: [] for t in TABLES}
        self.docs_in_chunk = 0
        return rows


def default_cache(out: Path) -> Path:
    """Where per-document results are kept between builds: beside OUT, never inside it."""
    out = out.absolute()
    return out.parent / f".{out.name}.cache"


def _from_cache(items, cache_dir: str, index: StatIndex):
    """Sources whose bytes were processed before come out already resolved."""
    for item in items:
        if isinstance(item, Source):
            res = lookup(item, cache_dir, index)
            yield Resolved(item, res) if res is not None else item
        else:
            yield item


def build(raw: Path, out: Path, jobs: int = 1, timeout: float = DEFAULT_TIMEOUT, tick=None,
          fn=None, cache_dir: Path | None = None, executor: str = "local", address: str | None = None,
          card: dict | None = None) -> Summary:
    """Stream every input under RAW through the per-document function into a new release at OUT.

    With `cache_dir`, results of unchanged inputs are reused (an incremental rebuild);
    `fn` replaces the per-document function (tests use it to inject failures). `executor`
    'ray' runs the documents on a Ray cluster (`address`, or a local one) instead of local processes.
    `card` holds the dataset card's options (`license`, `quality`: see builder/card.py).
    """
    check_paths(raw, out)
    recover(out)
    started = time.monotonic()
    items = discover(raw)
    folder = raw_state = index = None
    options = f"timeout={timeout}" + (f";card={json.dumps(card, sort_keys=True)}" if card else "")
    if fn is None and cache_dir:
        folder = prepare(cache_dir)
        raw_state = inputs_state(raw)
        if up_to_date(folder, raw_state, out, options):
            summary = Summary.of_release(json.loads((out / MANIFEST).read_text(encoding="utf-8")))
            summary.seconds = time.monotonic() - started
            return summary
        fn = partial(process_cached, cache_dir=str(folder))
        index = StatIndex(folder)
        items = _from_cache(items, str(folder), index)
    fn = fn or process
    schemas = load_all()
    books = Books()
    validator = StreamValidator(schemas)
    reasons: Counter = Counter()

    def flush(writer: ReleaseWriter) -> None:
        tables = {name: schemas[name].frame(rows) for name, rows in books.take().items()}
        validator.check(tables)
        reasons.update(tables["quarantine"]["reason"].to_list())
        writer.write(tables)

    try:
        with ReleaseWriter(out, schemas, __version__, card) as writer:
            if executor == "ray":
                from builder.execute_ray import run_ordered_ray
                results = run_ordered_ray(items, jobs=jobs, timeout=timeout, tick=tick, fn=fn, address=address)
            else:
                results = run_ordered(items, jobs=jobs, timeout=timeout, tick=tick, fn=fn)
            for item, res in results:
                books.add(item, res)
                if books.docs_in_chunk >= DOCS_PER_CHUNK:
                    flush(writer)
            flush(writer)
            summary = Summary(files_seen=books.files_seen, documents=books.documents,
                              articles=writer.rows["article"], quarantined=writer.rows["quarantine"], reasons=reasons)
            summary.rows = dict(writer.rows)
            counts = {"files_seen": summary.files_seen, "documents": summary.documents, "articles": summary.articles,
                      "quarantined": summary.quarantined, "quarantine_reasons": dict(sorted(reasons.items()))}
            summary.manifest = writer.finish(counts)
    finally:
        if index is not None:
            index.close()
    if folder is not None:
        record_state(folder, raw_state, out, options)
    summary.seconds = time.monotonic() - started
    return summary
