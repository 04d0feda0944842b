"""Per-document result cache for incremental rebuilds.

A result is stored under the SHA-256 of the document's bytes, in a folder named by a
fingerprint of everything that shapes results: the builder's code and rule tables, the
schemas, and the versions of trafilatura and lxml. Change any of them and every entry is
stale (the old folder is removed at the next build); change one input and only that input is
processed again. Entries are written atomically, so a killed build never leaves a torn one.

The folder also records the state of RAW and OUT after the last build: when neither has
changed since, the build has nothing to do and OUT is left as it is.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sqlite3
from functools import cache
from pathlib import Path

import lxml
import trafilatura

from builder import __version__
from builder.document import Result, process_bytes, quarantined
from builder.inputs import ReadProblem, Source, load, sha256, walk
from builder.write import MANIFEST

PACKAGE = Path(__file__).resolve().parent  # code, rule tables and schemas: all inside the package


@cache
def fingerprint() -> str:
    h = hashlib.sha256(f"{__version__}|{trafilatura.__version__}|{lxml.__version__}".encode())
    for p in sorted(PACKAGE.rglob("*")):
        if p.suffix in (".py", ".toml", ".json") and "__pycache__" not in p.parts:
            h.update(p.relative_to(PACKAGE.parent).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def prepare(cache_dir: Path) -> Path:
    """The folder for this fingerprint; folders of other fingerprints are stale and removed."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    current = cache_dir / fingerprint()
    for old in cache_dir.iterdir():
        if old.is_dir() and old.name != current.name:
            shutil.rmtree(old, ignore_errors=True)
    current.mkdir(exist_ok=True)
    return current


def _relabel(res: Result, source: Source) -> Result:
    """A cached result may come from the same bytes under another name: give it this source's."""
    for row in res.article + res.quarantine:
        row["source_path"], row["source_record"] = source.path, source.record
    return res


def _stored(cache_dir: str, digest: str) -> Result | None:
    try:
        with open(Path(cache_dir) / digest[:2] / f"{digest}.pickle", "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None


class StatIndex:
    """Path → (stat, SHA-256 of its document) for plain files, kept in SQLite beside the results.

    An input whose stat (size, mtime, ctime, inode) is what it was when its bytes were hashed is
    not read or hashed again, as git's index does; any write to the file changes its ctime. On
    disk, so a corpus of millions of files does not grow the build's memory. The key is the
    path's bytes (`os.fsencode`): a file name need not be valid UTF-8.
    """

    def __init__(self, folder: Path):
        self.db = sqlite3.connect(folder / "index.sqlite")
        self.db.execute("CREATE TABLE IF NOT EXISTS files (path BLOB PRIMARY KEY, stat TEXT NOT NULL, digest TEXT NOT NULL)")
        self.pending: list[tuple[bytes, str, str]] = []

    @staticmethod
    def indexed(source: Source) -> bool:
        return source.record == 0 and source.abs_path is not None and source.data is None

    def digest(self, source: Source) -> str | None:
        key = os.fsencode(source.abs_path)
        row = self.db.execute("SELECT stat, digest FROM files WHERE path = ?", (key,)).fetchone()
        return row[1] if row and row[0] == _stat_key(source.abs_path) else None

    def remember(self, source: Source, digest: str) -> None:
        self.pending.append((os.fsencode(source.abs_path), _stat_key(source.abs_path), digest))
        if len(self.pending) >= 1000:
            self.commit()

    def commit(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", self.pending)
        self.db.commit()
        self.pending.clear()

    def close(self) -> None:
        self.commit()
        self.db.close()


def lookup(source: Source, cache_dir: str, index: StatIndex | None = None) -> Result | None:
    """The stored result for this source's bytes, or None. Cheap enough to run before dispatch,
    so an unchanged input never costs a worker; with an index, it is not even read."""
    use_index = index is not None and StatIndex.indexed(source)
    digest = index.digest(source) if use_index else None
    res = _stored(cache_dir, digest) if digest else None
    if res is None:
        try:
            data = load(source)
        except ReadProblem:
            return None
        digest = sha256(data)
        res = _stored(cache_dir, digest)
        if use_index:
            index.remember(source, digest)
    return _relabel(res, source) if res is not None else None


def process_cached(source: Source, cache_dir: str) -> Result:
    """document.process, reusing the stored result when these exact bytes were processed before."""
    try:
        data = load(source)
    except ReadProblem as p:
        return quarantined(source, p.sha256, "read", p.reason, str(p))
    digest = sha256(data)
    res = _stored(cache_dir, digest)
    if res is not None:
        return _relabel(res, source)
    entry = Path(cache_dir) / digest[:2] / f"{digest}.pickle"
    res = process_bytes(source, data, digest)
    entry.parent.mkdir(exist_ok=True)
    tmp = entry.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "wb") as fh:
        pickle.dump(res, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, entry)
    return res


# -- is OUT already the build of RAW? ---------------------------------------------------------
STATE = "state.json"


def _stat_key(path: str | Path) -> str:
    try:
        st = os.stat(path)
    except OSError as e:
        return f"error {e.errno}"
    # ctime changes on any write and cannot be set back by hand, so together with size, mtime
    # and inode it tells an untouched file from a changed one without reading it (as git does)
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino} {st.st_dev}"


def _stat_line(rel: str, path: Path) -> str:
    return f"{rel}\0{_stat_key(path)}\n"


def inputs_state(raw: Path) -> str:
    """A digest of the name and stat of every input: adding, removing, renaming or writing any
    file under RAW changes it. No file is read."""
    h = hashlib.sha256()
    for item in walk(raw):
        if item[0] is None:
            _, problem, rel = item
            h.update(f"{rel}\0{problem.reason}\n".encode("utf-8", "surrogateescape"))
        else:
            path, rel = item
            h.update(_stat_line(rel, path).encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _release_state(out: Path) -> str | None:
    if not (out / MANIFEST).is_file():
        return None
    h = hashlib.sha256()
    for p in sorted(out.iterdir()):
        h.update(_stat_line(p.name, p).encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def up_to_date(folder: Path, raw_state: str, out: Path, options: str) -> bool:
    """True when OUT was written by this builder (same fingerprint folder) from inputs in exactly
    this state with these options, and nothing in OUT has been touched since."""
    try:
        state = json.loads((folder / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return state == {"inputs": raw_state, "options": options, "release": _release_state(out)}


def record_state(folder: Path, raw_state: str, out: Path, options: str) -> None:
    """Record the state OUT was built from, for the next build's up_to_date check."""
    tmp = folder / f"{STATE}.tmp{os.getpid()}"
    tmp.write_text(json.dumps({"inputs": raw_state, "options": options, "release": _release_state(out)}),
                   encoding="utf-8")
    os.replace(tmp, folder / STATE)
