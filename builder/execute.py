"""Run the per-document function over many sources: in this process or a pool of workers.

The executor is thin on purpose: all the work is `document.process`. It adds only what a pool
needs: a per-document time limit, isolation of a document that crashes or kills its worker,
and a bounded number of documents in flight so memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing
import signal
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from builder.document import Result, process, quarantined
from builder.inputs import Source
from builder.timelimit import WALL_FACTOR, limited

DEFAULT_TIMEOUT = 20.0
# Known results (from the cache) may queue this many windows ahead of the document being waited for.
AHEAD = 64


class DocumentTimeout(Exception):
    pass


@dataclass(frozen=True)
class Resolved:
    """A source whose result is already known (found in the cache): it needs no worker."""

    source: Source
    result: Result


def _alarm(_signum, _frame):
    raise DocumentTimeout()


def run_one(source: Source, timeout: float = DEFAULT_TIMEOUT, fn: Callable[[Source], Result] = process) -> Result:
    """fn (process) with a time limit (builder/timelimit.py); an exception in one document quarantines
    only that document."""
    try:
        with limited(timeout, _alarm):
            return fn(source)
    except DocumentTimeout:
        return quarantined(source, "", "timeout", "timeout",
                           f"processing took over {timeout:g} s of CPU time (or {timeout * WALL_FACTOR:g} s waiting)")
    except RecursionError:
        return quarantined(source, "", "crash", "too_deeply_nested", "markup nested too deeply to process")
    except MemoryError:
        return quarantined(source, "", "crash", "out_of_memory", "the document needs more memory than allowed")
    except Exception as e:  # noqa: BLE001 - the point is that nothing escapes
        last = traceback.format_exception_only(type(e), e)[-1].strip()
        return quarantined(source, "", "crash", "exception", last)


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("forkserver"),
                               initializer=_worker_init)


def run_ordered(items: Iterable[object], jobs: int = 1, timeout: float = DEFAULT_TIMEOUT,
                tick: Callable[[], None] | None = None,
                fn: Callable[[Source], Result] = process) -> Iterator[tuple[object, Result | None]]:
    """Yield (item, result) in the order of `items`; items that are not a Source pass through
    with None. Output order never depends on which worker finished first, so the release is
    the same for any number of jobs.

    `fn` is the per-document function (document.process); it must be importable by name so
    that worker processes can run it.
    """
    if jobs <= 1:
        for item in items:
            if isinstance(item, Resolved):
                yield item.source, item.result
            elif isinstance(item, Source):
                yield item, run_one(item, timeout, fn)
                if tick:
                    tick()
            else:
                yield item, None
        return
    yield from _run_pool(iter(items), jobs, timeout, tick, fn)


def _run_pool(items: Iterator[object], jobs: int, timeout: float, tick, fn) -> Iterator[tuple[object, Result | None]]:
    """A bounded window of documents in flight; results are released in input order."""
    window = jobs * 4
    pool = None  # started at the first document that needs one: a rebuild from cache needs none
    queue: list[tuple[object, object]] = []  # (item, future or None), in input order
    try:
        exhausted = False
        while True:
            # only documents being processed count against the window; results already known
            # (from the cache) may queue further ahead, so the workers never wait on the cache
            in_flight = sum(1 for _, f in queue if isinstance(f, Future))
            while not exhausted and len(queue) < window * AHEAD and in_flight < window:
                item = next(items, None)
                if item is None:
                    exhausted = True
                    break
                if isinstance(item, Resolved):
                    queue.append((item.source, item.result))
                    continue
                if isinstance(item, Source) and pool is None:
                    pool = _pool(jobs)
                if isinstance(item, Source):
                    queue.append((item, _submit(pool, item, timeout, fn)))
                    in_flight += 1
                else:
                    queue.append((item, None))
            if not queue:
                break
            head, fut = queue[0]
            if fut is None or isinstance(fut, Result):
                queue.pop(0)
                yield head, fut
                continue
            wait([fut], return_when=FIRST_COMPLETED)
            try:
                res = fut.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory). Every document in flight is a suspect:
                # rerun each alone so only the one that kills its worker is lost to quarantine.
                pool.shutdown(wait=False, cancel_futures=True)
                redone = []
                for item, f in queue:
                    if f is None or isinstance(f, Result):
                        redone.append((item, f))
                        continue
                    try:
                        r = f.result(timeout=0) if f.done() and not f.exception() else _run_isolated(item, timeout, fn)
                    except BrokenProcessPool:
                        r = _run_isolated(item, timeout, fn)
                    redone.append((item, r))
                queue.clear()
                pool = _pool(jobs)
                for item, r in redone:
                    yield item, r
                    if tick and r is not None:
                        tick()
                continue
            queue.pop(0)
            yield head, res
            if tick:
                tick()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, source: Source, timeout: float, fn) -> Future:
    """The document's future; when a worker died since the last call the pool refuses work (BrokenProcessPool at
    submit, not only at result), and the document gets a future that failed so, to be rerun alone with the others."""
    try:
        return pool.submit(run_one, source, timeout, fn)
    except BrokenProcessPool as broken:
        failed: Future = Future()
        failed.set_exception(broken)
        return failed


def _run_isolated(source: Source, timeout: float, fn) -> Result:
    with _pool(1) as solo:
        try:
            return solo.submit(run_one, source, timeout, fn).result()
        except BrokenProcessPool:
            return quarantined(source, "", "crash", "worker_died",
                               "the worker process died while processing this document (killed or out of memory)")
