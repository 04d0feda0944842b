"""Speed and memory of the build, next to trafilatura alone, on a corpus made from real pages.

usage: python benchmarks/throughput.py [--sizes 1000 10000] [--shared ../shared] [--lang ko] [--distinct] [--quick] [--profile]

Prints, for each corpus size:
  - documents/second of trafilatura.extract alone (one process) and of the whole build with
    one worker (extraction, rule modules, validation, Parquet), and their ratio;
  - the whole build with --jobs 2 and its speed-up over one worker;
  - peak resident memory of the build's whole process tree;
  - an incremental rebuild after changing 1% of the inputs, a rebuild with nothing changed,
    and the time it takes just to read and hash the inputs;
  - the per-document cost of each language's rule modules;
  - with --profile, the per-document cost of each stage of one worker's build (read, decode,
    extraction, language and article rules, each rule module, Kiwi, validation and writing),
    Kiwi's load time and memory, and cProfile's top functions.
--lang ko builds a corpus of the Korean pages of the pool only (--lang en: the English ones);
--distinct builds the corpus from every Korean page of this project's dev sets instead
(`benchmarks/devset/ko*/pages`, about 1,400 pages), each once and no more than there are: the
repeated pool lets caches (compiled patterns, Kiwi's single-word lookups) serve most pages, which
a corpus of distinct articles does not. Those pages were written small for their gold (2-5 KB of HTML
against the 50-300 KB of a real page), so trafilatura alone reads them ten times faster than real ones
and the ratio to it means little there: compare the build's own documents per CPU second across versions.
--quick measures only trafilatura alone and the one-worker build. On a shared machine wall seconds
vary from run to run; the ratio of CPU seconds (trafilatura's and the build's, all its processes)
varies far less: compare those, over repeated runs.
Figures, not assertions: the test suite never times anything.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# The folders of real pages under ../shared, by language ('mixed': the pool the figures were first measured on).
POOLS = {
    "mixed": ("corpus/ko/html", "corpus/en-aeb/html", "corpus/multi-fundus/html", "corpus/ko-text/text", "seed"),
    "ko": ("corpus/ko/html", "corpus/ko-text/text", "corpus/ko-more/pages", "seed"),
    "en": ("corpus/en-aeb/html",),
}
FALLBACK_POOLS = {"mixed": ("ko", "en"), "ko": ("ko",), "en": ("en",)}
DISTINCT_PAGES = "benchmarks/devset/ko*/pages"


def page_pool(shared: Path, lang: str = "mixed") -> list[tuple[str, bytes]]:
    """(suffix, bytes) of every real page we may copy for `lang`; raw/ when ../shared is absent."""
    pool = []
    dirs = [shared / d for d in POOLS[lang]]
    if not any(d.exists() for d in dirs):
        dirs = [ROOT / "raw" / d for d in FALLBACK_POOLS[lang]]
    for d in dirs:
        for f in sorted(d.glob("*")) if d.exists() else []:
            if f.suffix == ".json":
                continue
            data = f.read_bytes()
            if f.name.endswith(".gz"):
                data = gzip.decompress(data)
            pool.append((".txt" if f.suffix == ".txt" else ".html", data))
    return pool


def distinct_pool() -> list[tuple[str, bytes]]:
    """(suffix, bytes) of every HTML page and text dump of the project's Korean dev sets, each once."""
    files = sorted(f for f in ROOT.glob(f"{DISTINCT_PAGES}/*") if f.suffix in (".html", ".htm", ".txt"))
    return [(".txt" if f.suffix == ".txt" else ".html", f.read_bytes()) for f in files]


def make_corpus(dest: Path, n: int, pool: list[tuple[str, bytes]]) -> None:
    """n documents, pages repeated with a distinct marker so that no two have the same bytes."""
    rng = random.Random(n)
    for i in range(n):
        suffix, data = pool[i % len(pool)] if i < len(pool) else rng.choice(pool)
        mark = f"\n<!-- copy {i} -->\n" if suffix == ".html" else f"\n(copy {i})\n"
        sub = dest / f"d{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc{i:06d}{suffix}").write_bytes(data + mark.encode())


class PeakRSS:
    """Peak resident memory of a process and all its descendants, sampled from /proc."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _tree_rss(self) -> int:
        parents, rss = {}, {}
        for p in os.listdir("/proc"):
            if not p.isdigit():
                continue
            try:
                status = open(f"/proc/{p}/status").read()
            except OSError:
                continue
            fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
            parents[int(p)] = int(fields.get("PPid", "0").strip())
            rss[int(p)] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
        total, todo = 0, [self.pid]
        while todo:
            cur = todo.pop()
            total += rss.get(cur, 0)
            todo += [c for c, pp in parents.items() if pp == cur]
        return total

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._tree_rss())
            time.sleep(0.2)

    def stop(self) -> int:
        self._stop.set()
        self.thread.join()
        return self.peak


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_build(raw: Path, out: Path, jobs: int, cache: bool, cpu: list[float] | None = None) -> tuple[float, int]:
    """Wall seconds and peak memory of a build; its CPU seconds (all its processes) appended to `cpu`."""
    cmd = [sys.executable, "-m", "builder.cli", str(raw), str(out), "--jobs", str(jobs), "-q",
           "--cache" if cache else "--no-cache"]
    t0, c0 = time.monotonic(), children_cpu()
    proc = subprocess.Popen(cmd, env={**os.environ, "PYTHONPATH": str(ROOT)})
    mem = PeakRSS(proc.pid)
    proc.wait()
    peak = mem.stop()
    if proc.returncode:
        raise SystemExit(f"build failed: {' '.join(cmd)}")
    if cpu is not None:
        cpu.append(children_cpu() - c0)
    return time.monotonic() - t0, peak


def trafilatura_alone(raw: Path, cpu: list[float] | None = None) -> tuple[float, int]:
    """Documents per wall second of trafilatura.extract on the HTML pages; its CPU seconds appended to `cpu`."""
    import trafilatura

    files = sorted(p for p in raw.rglob("*.html"))
    t0, c0 = time.monotonic(), time.process_time()
    for f in files:
        trafilatura.extract(f.read_bytes())
    if cpu is not None:
        cpu.append(time.process_time() - c0)
    return len(files) / (time.monotonic() - t0), len(files)


def hash_only(raw: Path) -> float:
    import hashlib

    t0 = time.monotonic()
    for f in sorted(raw.rglob("*")):
        if f.is_file():
            hashlib.sha256(f.read_bytes()).hexdigest()
    return time.monotonic() - t0


def rule_costs(out: Path) -> dict[str, float]:
    """Seconds per document of each language's person+quote+event modules on the built bodies."""
    import polars as pl

    from builder.rules import Context, for_language

    art = pl.read_parquet(out / "article.parquet").select("language", "body", "published_at")
    costs = {}
    for lang in ("ko", "en"):
        rows = art.filter(pl.col("language") == lang).head(300).rows()
        if not rows:
            continue
        rules = for_language(lang)
        t0 = time.monotonic()
        for _, body, pub in rows:
            rules.find(body, Context(pub))
        costs[lang] = (time.monotonic() - t0) / len(rows)
    return costs


class StageTimer:
    """Self time (time in a stage minus the stages it calls) of wrapped functions, in this process."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._stack: list[list[float]] = []
        self._undo: list[tuple[object, str, object]] = []

    def wrap(self, owner: object, attr: str, stage: str) -> None:
        import functools

        inner = getattr(owner, attr)

        @functools.wraps(inner)
        def timed(*a, **kw):
            self._stack.append([time.perf_counter(), 0.0])
            try:
                return inner(*a, **kw)
            finally:
                t0, nested = self._stack.pop()
                spent = time.perf_counter() - t0
                self.seconds[stage] = self.seconds.get(stage, 0.0) + spent - nested
                self.calls[stage] = self.calls.get(stage, 0) + 1
                if self._stack:
                    self._stack[-1][1] += spent

        self._undo.append((owner, attr, inner))
        setattr(owner, attr, timed)

    def restore(self) -> None:
        for owner, attr, inner in reversed(self._undo):
            setattr(owner, attr, inner)
        self._undo.clear()


class KiwiCalls:
    """Kiwi as the rules see it, so that its calls can be timed: every attribute is the real analyser's."""

    def __init__(self, kiwi):
        self._kiwi = kiwi

    def __getattr__(self, name: str):
        return getattr(self._kiwi, name)


KIWI_LOAD = """
import os, time
from builder.rules.ko import morph
page = os.sysconf("SC_PAGE_SIZE")
before = int(open("/proc/self/statm").read().split()[1]) * page
t0, c0 = time.perf_counter(), time.process_time()
morph.kiwi()
after = int(open("/proc/self/statm").read().split()[1]) * page
print(f"load and warm-up {time.perf_counter() - t0:.2f} s ({time.process_time() - c0:.2f} CPU s), "
      f"resident memory +{(after - before) / 2**20:.0f} MiB")
"""


def kiwi_load() -> str:
    """Kiwi's load time and memory, in a fresh process (this one may have loaded it already)."""
    done = subprocess.run([sys.executable, "-c", KIWI_LOAD], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    return done.stdout.strip() or done.stderr.strip().splitlines()[-1]


def stage_costs(raw: Path, out: Path) -> None:
    """One worker's build in this process, with each stage timed; prints ms per document."""
    import importlib

    import polars as pl

    import builder.document as document
    import builder.pipeline as pipeline
    from builder.rules.ko import morph

    print(f"\nKiwi ({morph.MODEL_TYPE}) {kiwi_load()}")
    morph.kiwi()
    timer = StageTimer()
    timer.wrap(document, "load", "read")
    timer.wrap(document, "decode", "decode")
    timer.wrap(document, "extract_html", "extract (html)")
    timer.wrap(document, "extract_text", "extract (text)")
    timer.wrap(document, "checked", "language + article rules")
    for lang in ("ko", "en"):
        for table in ("person", "quote", "event"):
            timer.wrap(importlib.import_module(f"builder.rules.{lang}.{table}"), "find", f"{lang} {table}")
    analyser = KiwiCalls(morph.kiwi())  # Kiwi's own calls, not the rules' questions
    for call in ("tokenize", "analyze", "space"):
        timer.wrap(analyser, call, "ko Kiwi analysis")
    real_kiwi, morph.kiwi = morph.kiwi, lambda: analyser
    timer.wrap(pipeline.StreamValidator, "check", "validate")
    timer.wrap(pipeline.ReleaseWriter, "write", "write")
    timer.wrap(pipeline, "build", "whole build")
    try:
        pipeline.build(raw, out, jobs=1)
    finally:
        timer.restore()
        morph.kiwi = real_kiwi
    n = sum(1 for p in raw.rglob("*") if p.is_file())
    quarantined = pl.read_parquet(out / "quarantine.parquet")
    if quarantined.height:  # a page that fails here is not timed like the others: say so, with why
        reasons = quarantined.group_by("reason", "detail").len().sort("len", descending=True).rows()
        print(f"quarantined during the profile: {quarantined.height} documents; " +
              "; ".join(f"{r} ({d}) × {c}" for r, d, c in reasons[:3]))
    total = sum(timer.seconds.values())
    print(f"where one worker's time goes, ms per document (self time; {n} documents, {total:.1f} s):")
    for stage, sec in sorted(timer.seconds.items(), key=lambda kv: -kv[1]):
        label = "other (pipeline, rows, ids)" if stage == "whole build" else stage
        print(f"  {label:32s} {sec / n * 1000:8.2f} ms  {sec / total:6.1%}  ({timer.calls[stage]} calls)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--profile", action="store_true", help="also profile one worker's build with cProfile")
    ap.add_argument("--memory-only", action="store_true", help="only the --jobs 2 build and its peak memory")
    ap.add_argument("--lang", choices=sorted(POOLS), default="mixed", help="which pages of the pool to copy")
    ap.add_argument("--quick", action="store_true", help="only trafilatura alone and the --jobs 1 build")
    ap.add_argument("--distinct", action="store_true", help="every Korean dev-set page once, none repeated")
    args = ap.parse_args()
    if args.distinct:
        pool = distinct_pool()
        args.sizes = sorted({min(n, len(pool)) for n in args.sizes})
        print(f"page pool (Korean dev sets, distinct): {len(pool)} real pages; machine: {os.cpu_count()} cores")
    else:
        pool = page_pool(args.shared, args.lang)
        print(f"page pool ({args.lang}): {len(pool)} real pages; machine: {os.cpu_count()} cores")
    peaks = {}
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            raw = tmp / "raw"
            make_corpus(raw, n, pool)
            if args.memory_only:
                t2, peak2 = run_build(raw, tmp / "out2", 2, cache=False)
                peaks[n] = peak2
                print(f"\n== {n} documents: --jobs 2 {n / t2:.1f} docs/s, peak RSS {peak2 / 2**20:.0f} MiB")
                continue
            cpu: list[float] = []
            tr_rate, n_html = trafilatura_alone(raw, cpu)
            t1, peak1 = run_build(raw, tmp / "out1", 1, cache=False, cpu=cpu)
            # CPU seconds: on a shared machine they vary far less than wall seconds
            cpu_ratio = (n / cpu[1]) / (n_html / cpu[0])
            if args.quick:
                print(f"\n== {n} documents ({n_html} HTML)")
                print(f"trafilatura.extract alone, 1 process   {tr_rate:8.1f} docs/s  (HTML pages only)  {n_html / cpu[0]:.1f} docs/CPU s")
                print(f"whole build, --jobs 1                   {n / t1:8.1f} docs/s  ratio to trafilatura {n / t1 / tr_rate:.2f}"
                      f"  {n / cpu[1]:.1f} docs/CPU s  ratio {cpu_ratio:.2f}")
                print(f"peak RSS of the build's process tree    {peak1 / 2**20:8.0f} MiB (--jobs 1)")
                if args.profile:
                    stage_costs(raw, tmp / "prof")
                continue
            t2, peak2 = run_build(raw, tmp / "out2", 2, cache=False)
            peaks[n] = peak2
            # incremental: a cold build that fills the cache, then 1% changed, then nothing changed
            tc, _ = run_build(raw, tmp / "out", 2, cache=True)
            files = sorted(p for p in raw.rglob("*") if p.is_file())
            for f in random.Random(1).sample(files, max(1, len(files) // 100)):
                f.write_bytes(f.read_bytes() + b"\n<!-- changed -->\n")
            ti, _ = run_build(raw, tmp / "out", 2, cache=True)
            tn, _ = run_build(raw, tmp / "out", 2, cache=True)
            th = hash_only(raw)
            costs = rule_costs(tmp / "out")
            print(f"\n== {n} documents ({n_html} HTML)")
            print(f"trafilatura.extract alone, 1 process   {tr_rate:8.1f} docs/s  (HTML pages only)  {n_html / cpu[0]:.1f} docs/CPU s")
            print(f"whole build, --jobs 1                   {n / t1:8.1f} docs/s  ratio to trafilatura {n / t1 / tr_rate:.2f}"
                  f"  {n / cpu[1]:.1f} docs/CPU s  ratio {cpu_ratio:.2f}")
            print(f"whole build, --jobs 2                   {n / t2:8.1f} docs/s  speed-up {t1 / t2:.2f}x")
            print(f"peak RSS of the build's process tree    {peak1 / 2**20:8.0f} MiB (--jobs 1), {peak2 / 2**20:.0f} MiB (--jobs 2)")
            print(f"cold build with cache, --jobs 2         {tc:8.1f} s")
            print(f"rebuild after 1% changed                {ti:8.1f} s  ({ti / tc:.1%} of the full build)")
            print(f"rebuild with nothing changed            {tn:8.1f} s  (reading and hashing the inputs alone: {th:.1f} s)")
            for lang, c in costs.items():
                print(f"rule modules ({lang}) per document       {c * 1000:8.2f} ms")
            if args.profile:
                import cProfile
                import pstats

                stage_costs(raw, tmp / "stages")

                from builder.pipeline import build
                prof = cProfile.Profile()
                prof.enable()
                build(raw, tmp / "prof", jobs=1)
                prof.disable()
                print("\nwhere one worker's time goes (cumulative, top 15):")
                pstats.Stats(prof).sort_stats("cumulative").print_stats(15)
    if len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        print(f"\npeak RSS {large} docs / {small} docs: {peaks[large] / peaks[small]:.2f}x")


if __name__ == "__main__":
    main()
