"""The per-document time limit (an interval timer set by builder/execute.py) and the work it does not count."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def untimed() -> Iterator[None]:
    """Work that is the process's one-time set-up (loading a model), not the document's: the
    document's time limit is paused while it runs and resumed after."""
    left = 0.0
    if hasattr(signal, "setitimer"):
        try:
            left, _ = signal.setitimer(signal.ITIMER_REAL, 0)
        except ValueError:  # not in the main thread: no timer to pause
            left = 0.0
    try:
        yield
    finally:
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)
