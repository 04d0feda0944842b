"""Write a release: Parquet tables, the dataset card and datapackage.json, atomically.

Files are byte-identical for the same inputs and builder version: rows come in input order
(source path, then WARC record), row groups are cut at fixed document counts, Parquet is
written with fixed settings, and no wall-clock time goes into any file. The release is written
to a sibling staging folder and swapped in at the end, so OUT is always either the previous
complete release or the new complete one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import io
import json
import os
import shutil
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from builder.card import add_card
from builder.schema import TableSchema

ROW_GROUP_SIZE = 50_000
MANIFEST = "datapackage.json"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def datapackage(name: str, version: str, resources: list[dict], counts: dict) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": name,
        "builder": {"name": "news-dataset-builder", "version": version},
        "inputs": counts,
        "resources": resources,
    }


class ReleaseWriter:
    """Writes each table as Parquet row groups while documents stream in, into a staging folder
    that replaces OUT only when everything is written; on any error OUT is left as it was.

    Rows arrive in input order (source path, then WARC record), which is the order of the
    files: no sort of the whole corpus, no table held in memory.
    """

    def __init__(self, out: Path, schemas: dict[str, TableSchema], version: str, card: dict | None = None):
        self.out = out.absolute()
        self.card = card or {}  # options of the dataset card (builder/card.py): license, quality
        self.schemas = schemas
        self.version = version
        self.staging = self.out.parent / f".{self.out.name}.staging-{os.getpid()}"
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.files: dict[str, io.BufferedWriter] = {}
        self.arrow = {name: sch.frame([]).to_arrow().schema for name, sch in schemas.items()}
        self.rows = {name: 0 for name in schemas}

    def __enter__(self) -> "ReleaseWriter":
        self.out.parent.mkdir(parents=True, exist_ok=True)
        if self.staging.exists():
            shutil.rmtree(self.staging)
        self.staging.mkdir()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._close()
        if self.staging.exists():
            shutil.rmtree(self.staging, ignore_errors=True)

    def _writer(self, name: str) -> pq.ParquetWriter:
        if name not in self.writers:
            # opened here, not by pyarrow, which cannot take a path whose bytes are not UTF-8
            self.files[name] = open(self.staging / f"{name}.parquet", "wb")
            self.writers[name] = pq.ParquetWriter(
                self.files[name], self.arrow[name], compression="zstd", compression_level=3,
                use_dictionary=True, write_statistics=True, store_schema=True)
        return self.writers[name]

    def _close(self) -> None:
        for w in self.writers.values():
            w.close()
        for fh in self.files.values():
            fh.close()
        self.writers.clear()
        self.files.clear()

    def write(self, tables: dict[str, pl.DataFrame]) -> None:
        """Append one chunk of validated rows to every table (one row group each)."""
        for name, df in tables.items():
            if len(df):
                self._writer(name).write_table(df.to_arrow().cast(self.arrow[name]), row_group_size=ROW_GROUP_SIZE)
                self.rows[name] += len(df)

    def finish(self, counts: dict) -> dict:
        """Close the files, write the card (README.md) and datapackage.json, and swap the release in."""
        resources = []
        for name in self.schemas:
            self._writer(name)  # a table with no rows still gets its (empty) file
        self._close()
        for name, schema in self.schemas.items():
            path = self.staging / f"{name}.parquet"
            resources.append({
                "name": name, "path": f"{name}.parquet", "format": "parquet", "profile": "tabular-data-resource",
                "rows": self.rows[name], "hash": f"sha256:{sha256_file(path)}", "bytes": path.stat().st_size,
                "schema": schema.raw,
            })
        manifest = add_card(self.staging, datapackage("news-dataset", self.version, resources, counts), **self.card)
        with open(self.staging / MANIFEST, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        swap_in(self.staging, self.out)
        return manifest


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths with renameat2(RENAME_EXCHANGE); False where unsupported."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    AT_FDCWD = -100
    rc = fn(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0


def swap_in(staging: Path, out: Path) -> None:
    """Make `staging` become `out`; the old release is removed only after the new one is in place."""
    previous = out.parent / f".{out.name}.previous-{os.getpid()}"
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)
        return
    os.rename(out, previous)
    os.rename(staging, out)
    shutil.rmtree(previous, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(out: Path) -> None:
    """Clean up after a build that was killed: restore a release caught between the two renames
    of the fallback swap, and remove staging folders of builds that are no longer running."""
    out = out.absolute()
    if not out.parent.exists():
        return
    # by name, not glob: OUT's name may hold '[', '*' or '?'
    ours = {f".{out.name}.staging", f".{out.name}.previous"}
    leftovers = sorted(p for p in out.parent.iterdir()
                       if p.name.rpartition("-")[0] in ours and p.name.rpartition("-")[2].isdigit())
    if not out.exists():
        previous = [p for p in leftovers if p.name.startswith(f".{out.name}.previous-")]
        if previous:
            os.rename(previous[-1], out)
    for leftover in leftovers:
        if leftover.exists() and not _alive(int(leftover.name.rpartition("-")[2])):
            shutil.rmtree(leftover, ignore_errors=True)
