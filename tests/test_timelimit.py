"""The per-document limit counts CPU time, with a wall-clock backstop; model loading is not counted."""

import signal
import time

import pytest

from builder.timelimit import TIMERS, WALL_FACTOR, limited, untimed

pytestmark = pytest.mark.skipif(not TIMERS, reason="this platform has no interval timers")


class Expired(Exception):
    pass


def _expire(_signum, _frame):
    raise Expired()


def _burn(cpu_seconds: float) -> None:
    start = time.process_time()
    while time.process_time() - start < cpu_seconds:
        pass


def test_computing_past_the_limit_is_stopped():
    t0 = time.monotonic()
    with pytest.raises(Expired):
        with limited(0.3, _expire):
            _burn(5)
    assert time.monotonic() - t0 < 3


def test_waiting_is_stopped_by_the_wall_clock_backstop_not_the_cpu_limit():
    t0 = time.monotonic()
    with pytest.raises(Expired):
        with limited(0.3, _expire):
            time.sleep(5)  # uses no CPU: only the backstop can stop it
    assert 0.3 * WALL_FACTOR * 0.8 < time.monotonic() - t0 < 3


def test_waiting_less_than_the_backstop_is_not_a_timeout():
    with limited(0.3, _expire):
        time.sleep(0.4)  # longer than the CPU limit in wall time, but computing nothing


def test_set_up_work_is_not_counted_and_the_limit_resumes_after():
    with limited(0.3, _expire):
        with untimed():
            _burn(0.5)  # loading a model: longer than the whole limit
        with pytest.raises(Expired):
            _burn(5)


def test_the_limit_expires_once_whichever_timer_fires_first():
    calls = []

    def count(signum, _frame):
        calls.append(signum)
        raise Expired()

    with limited(0.2, count):
        with pytest.raises(Expired):
            _burn(5)
        _burn(0.8)  # past the CPU limit and, with the sleep, past the wall backstop: neither may fire again
        time.sleep(0.7)
    assert len(calls) == 1


def test_timers_and_handlers_are_restored():
    before = signal.getsignal(signal.SIGPROF)
    with limited(0.3, _expire):
        pass
    assert signal.getsignal(signal.SIGPROF) == before
    assert all(signal.getitimer(which) == (0.0, 0.0) for which, _, _ in TIMERS)
