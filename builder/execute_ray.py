"""Run the per-document function on a Ray cluster when one machine is not enough.

The executor stays thin: inputs are cut into deterministic shards of consecutive sources (the
same order a local build reads them in), each shard runs `execute.run_one` on whichever node
Ray picks, and the driver takes the shards back in order and writes the release exactly as a
local build does. Same inputs, same bytes, whichever executor ran them. RAW must be on storage
every node can read (the sources carry absolute paths, kept as Python keeps any file name, so a
name that is not UTF-8 reaches the workers intact); OUT is written by the driver.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from builder.document import Result, process
from builder.execute import DEFAULT_TIMEOUT, Resolved, run_one
from builder.inputs import Source, printable

SHARD_SIZE = 64


def _run_shard(items: list, timeout: float, fn: Callable[[Source], Result]) -> list[Result | None]:
    return [run_one(i, timeout, fn) if isinstance(i, Source) else None for i in items]


def _init(ray, **options) -> None:
    """ray.init. Ray hands this process's command line to the cluster as UTF-8, which a RAW or OUT
    name in other bytes would break, so it is given escaped (`inputs.printable`) instead."""
    utils = getattr(getattr(ray, "_private", None), "utils", None)
    entrypoint = getattr(utils, "get_entrypoint_name", None)
    if entrypoint is not None:
        utils.get_entrypoint_name = lambda: printable(entrypoint())
    try:
        ray.init(**options)
    finally:
        if entrypoint is not None:
            utils.get_entrypoint_name = entrypoint


def run_ordered_ray(items: Iterable[object], jobs: int = 1, timeout: float = DEFAULT_TIMEOUT,
                    tick: Callable[[], None] | None = None, fn: Callable[[Source], Result] = process,
                    address: str | None = None, shard_size: int = SHARD_SIZE) -> Iterator[tuple[object, Result | None]]:
    """Like execute.run_ordered, with shards of documents as Ray tasks (at most 2 per CPU in flight)."""
    try:
        import ray
    except ImportError:
        raise RuntimeError("the ray executor needs Ray: pip install -c constraints.txt -e '.[ray]'") from None
    started_here = not ray.is_initialized()
    if started_here:
        _init(ray, address=address, num_cpus=None if address else jobs, include_dashboard=False,
              log_to_driver=False, configure_logging=False, ignore_reinit_error=True)
    shard_task = ray.remote(_run_shard)
    window = max(2, 2 * int(ray.cluster_resources().get("CPU", jobs)))
    try:
        it = iter(items)
        pending: list[tuple[list, object]] = []
        while True:
            while len(pending) < window:
                shard = list(islice(it, shard_size))
                if not shard:
                    break
                pending.append((shard, shard_task.remote(shard, timeout, fn)))
            if not pending:
                return
            shard, ref = pending.pop(0)
            for item, res in zip(shard, ray.get(ref)):
                if isinstance(item, Resolved):
                    item, res = item.source, item.result
                yield item, res
                if tick and res is not None:
                    tick()
    finally:
        if started_here:
            ray.shutdown()
