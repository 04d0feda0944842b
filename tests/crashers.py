"""Per-document functions that misbehave on purpose, importable by worker processes."""

import os
import time

from builder.document import process


def raise_on_boom(source):
    if "boom" in source.path:
        raise ValueError("the parser fell over on purpose")
    return process(source)


def die_on_die(source):
    if "die" in source.path:
        os._exit(137)  # as if the kernel killed the worker for memory
    return process(source)


HANG_SECONDS = 120  # far longer than any build of a few small pages, however loaded the machine


def hang_on_slow(source):
    if "slow" in source.path:
        time.sleep(HANG_SECONDS)
    return process(source)


def spin_on_spin(source):
    """A document that computes without end, as a regular expression that backtracks for ever would."""
    if "spin" in source.path:
        while True:
            pass
    return process(source)


def bad_role(source):
    """Rows that break the schema: a person whose role is not one the schema allows."""
    res = process(source)
    for p in res.person:
        p["role"] = "editor"
    return res
