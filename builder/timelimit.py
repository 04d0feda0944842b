"""The per-document time limit (interval timers set by builder/execute.py) and the work it does not count.

The limit counts the CPU time a document uses (ITIMER_PROF), so a busy machine, where a page waits
for a core, does not quarantine a good page; a wall-clock backstop of WALL_FACTOR times the limit
(ITIMER_REAL) still stops a document that waits without computing.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

WALL_FACTOR = 3.0
# (timer, the signal it sends, its share of the limit); none where the platform has no interval timers
TIMERS = ((signal.ITIMER_PROF, signal.SIGPROF, 1.0), (signal.ITIMER_REAL, signal.SIGALRM, WALL_FACTOR)) \
    if hasattr(signal, "setitimer") else ()


@contextmanager
def limited(seconds: float, on_expiry: Callable) -> Iterator[None]:
    """Run the body with `seconds` of CPU time (and WALL_FACTOR times as much wall time); on expiry
    on_expiry(signum, frame) is called, and should raise."""
    if not seconds or seconds <= 0 or not TIMERS:
        yield
        return
    def expire(signum: int, frame) -> None:
        # the first timer to fire ends the limit: the other is disarmed before the handler raises, so a second
        # expiry cannot interrupt the unwinding of the first (on a loaded machine the wall clock can come first)
        for which, _, _ in TIMERS:
            signal.setitimer(which, 0)
        on_expiry(signum, frame)

    previous = {sig: signal.signal(sig, expire) for _, sig, _ in TIMERS}
    for which, _, factor in TIMERS:
        signal.setitimer(which, seconds * factor)
    try:
        yield
    finally:
        for which, _, _ in TIMERS:
            signal.setitimer(which, 0)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextmanager
def untimed() -> Iterator[None]:
    """Work that is the process's one-time set-up (loading a model), not the document's: the
    document's time limits are paused while it runs and resumed after."""
    left: list[tuple[int, float]] = []
    for which, _, _ in TIMERS:
        try:
            left.append((which, signal.setitimer(which, 0)[0]))
        except ValueError:  # not in the main thread: no timer to pause
            pass
    try:
        yield
    finally:
        for which, seconds in left:
            if seconds > 0:
                signal.setitimer(which, seconds)
