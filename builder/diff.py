"""`news-dataset diff OLD NEW`: what changed between two releases, table by table.

Rows are matched on each table's primary key (from schemas/). Each side is read by a lazy
polars scan (streaming engine) and reduced to its key and one 64-bit hash of the rest of the row,
one side at a time, before the two are joined: memory grows with the number of rows (a few dozen
bytes each), never with their text. Which columns changed is then worked out for the changed
rows only, and examples are fetched for a handful of keys. A table whose files are
byte-identical is only checksummed, not compared row by row.

Summary figures (articles per outlet and language, quotes, persons, quarantine reasons) come
from the same computations as `news-dataset stats` (builder/stats.py).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl

from builder.schema import TABLES, load_all
from builder.stats import collect, counts, height, outlet_expr, scan_release
from builder.parquet import scan_parquet
from builder.write import MANIFEST, sha256_file

EXAMPLES = 3
SHOWN_CHARS = 80
# Columns that say what a row is when it is shown as an example (besides its key).
LABELS = {
    "article": ["source_path", "outlet", "title"],
    "person": ["name", "title", "organization"],
    "quote": ["speaker_name", "text"],
    "event": ["name", "kind"],
    "quarantine": ["stage", "reason"],
}
SOURCE = ["source_path", "source_record"]


class DiffError(Exception):
    """A folder is not a release, or the two cannot be compared; the message is for the user."""


@dataclass
class TableDiff:
    name: str
    key: list[str]
    old_rows: int
    new_rows: int
    same_file: bool = False
    added: int = 0
    removed: int = 0
    changed: int = 0
    changed_columns: dict[str, int] = field(default_factory=dict)
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)
    examples: dict[str, list[dict]] = field(default_factory=dict)
    # added rows with the source of a removed row: a page whose bytes changed gets new ids everywhere
    same_source: int = 0

    @property
    def identical(self) -> bool:
        return not (self.added or self.removed or self.changed or self.columns_added or self.columns_removed)


def _manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    if not folder.is_dir():
        raise DiffError(f"{folder}: not a folder")
    if not path.exists():
        raise DiffError(f"{folder}: no {MANIFEST}; not a release")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise DiffError(f"{path}: not valid JSON ({e})") from None


def _scan(folder: Path, table: str) -> pl.LazyFrame:
    path = folder / f"{table}.parquet"
    if not path.exists():
        raise DiffError(f"{folder}: {table}.parquet is missing")
    return scan_parquet(path)


def _same_bytes(old: Path, new: Path, table: str) -> bool:
    a, b = old / f"{table}.parquet", new / f"{table}.parquet"
    return a.exists() and b.exists() and a.stat().st_size == b.stat().st_size and sha256_file(a) == sha256_file(b)


def _short(v) -> object:
    if v is None or isinstance(v, (bool, int, float)):
        return v
    s = json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict)) else str(v)
    return s if len(s) <= SHOWN_CHARS else s[:SHOWN_CHARS - 1] + "…"


def _row_hashes(lf: pl.LazyFrame, key: list[str], values: list[str], side: str) -> pl.DataFrame:
    """Each row's key and one 64-bit hash of all its other columns: a few dozen bytes a row,
    however long its text. One column per pass, so only one column's text is ever being decoded,
    and one side at a time. Passes line up by file order, which every pass also checks against
    a hash of the key (and falls back to joining on the key if it ever did not hold)."""
    key_hash = pl.struct(key).hash(seed=1).alias("_key")
    rows = collect(lf.select(*key, key_hash))
    acc = pl.Series("_acc", [0] * rows.height, dtype=pl.UInt64)
    for c in values:
        part = collect(lf.select(key_hash, pl.col(c).hash(seed=0).alias("_col")))
        if not part["_key"].equals(rows["_key"]):
            part = rows.select(*key).join(collect(lf.select(*key, pl.col(c).hash(seed=0).alias("_col"))), on=key,
                                          how="left", maintain_order="left")
        acc = pl.DataFrame([acc, part["_col"]]).select(pl.struct("_acc", "_col").hash(seed=0)).to_series()
    return rows.select(*key, acc.alias(f"_h_{side}"))


def _columns_of(lf: pl.LazyFrame, keys: pl.DataFrame, key: list[str], columns: list[str], hashed: bool) -> pl.DataFrame:
    """The given columns (or their hashes) of the rows in `keys`, read one column per pass so that
    only one column's text is decoded at a time."""
    out = keys
    wanted = _key_in(keys, key)
    for c in columns:
        value = pl.col(c).hash(seed=0) if hashed else pl.col(c)
        part = collect(lf.filter(wanted).select(*key, value.alias(c)))
        out = out.join(part, on=key, how="left")
    return out


def _key_in(keys: pl.DataFrame, key: list[str]) -> pl.Expr:
    """A filter for the rows whose key is in `keys` (a filter streams; a join may buffer its input)."""
    if len(key) == 1:
        return pl.col(key[0]).is_in(keys[key[0]].implode())
    return pl.struct(key).is_in(keys.select(pl.struct(key)).to_series().implode())


def _column_changes(old_lf: pl.LazyFrame, new_lf: pl.LazyFrame, keys: pl.DataFrame, key: list[str],
                    values: list[str]) -> dict[str, int]:
    """For the rows in `keys` (those that changed): how many differ in each column."""
    both = _columns_of(old_lf, keys, key, values, True).join(_columns_of(new_lf, keys, key, values, True),
                                                            on=key, how="inner", suffix="_new")
    sums = both.select([(pl.col(c) != pl.col(f"{c}_new")).sum().alias(c) for c in values])
    return {c: n for c, n in sums.row(0, named=True).items() if n}


def _rows_for(lf: pl.LazyFrame, keys: pl.DataFrame, key: list[str], columns: list[str]) -> dict[tuple, dict]:
    rows = _columns_of(lf, keys, key, [c for c in columns if c not in key], False)
    return {tuple(r[k] for k in key): r for r in rows.iter_rows(named=True)}


def _same_source(old_lf: pl.LazyFrame, new_lf: pl.LazyFrame, added: pl.DataFrame, removed: pl.DataFrame,
                 key: list[str]) -> int:
    """Added rows whose input (source_path, source_record) is that of a removed row."""
    came = collect(new_lf.filter(_key_in(added, key)).select(SOURCE))
    went = collect(old_lf.filter(_key_in(removed, key)).select(SOURCE)).unique()
    return came.join(went, on=SOURCE, how="semi").height


def compare_table(name: str, old: Path, new: Path, same_file: bool, examples: int = EXAMPLES) -> TableDiff:
    schema = load_all()[name]
    key = list(schema.primary_key)
    old_lf, new_lf = _scan(old, name), _scan(new, name)
    old_cols, new_cols = old_lf.collect_schema().names(), new_lf.collect_schema().names()
    for folder, cols in ((old, old_cols), (new, new_cols)):
        if any(k not in cols for k in key):
            raise DiffError(f"{folder}: {name}.parquet lacks its primary key ({', '.join(key)})")
    if same_file:
        rows = height(old_lf)
        return TableDiff(name, key, rows, rows, same_file=True)
    values = [c for c in new_cols if c in old_cols and c not in key]
    joined = _row_hashes(old_lf, key, values, "old").join(_row_hashes(new_lf, key, values, "new"), on=key,
                                                          how="full", coalesce=True)
    d = TableDiff(name, key, joined["_h_old"].count(), joined["_h_new"].count())
    d.columns_added = [c for c in new_cols if c not in old_cols]
    d.columns_removed = [c for c in old_cols if c not in new_cols]
    status = {"added": pl.col("_h_old").is_null(), "removed": pl.col("_h_new").is_null(),
              "changed": pl.col("_h_old") != pl.col("_h_new")}
    found = {kind: joined.filter(cond).select(key) for kind, cond in status.items()}
    d.added, d.removed, d.changed = (found[k].height for k in ("added", "removed", "changed"))
    if d.changed:
        d.changed_columns = _column_changes(old_lf, new_lf, found["changed"], key, values)
    if d.added and d.removed and all(c in values for c in SOURCE):
        d.same_source = _same_source(old_lf, new_lf, found["added"], found["removed"], key)
    labels = [c for c in LABELS.get(name, []) if c in old_cols and c in new_cols]
    for kind, keys in found.items():
        if not keys.height or not examples:
            continue
        keys = keys.bottom_k(examples, by=key).sort(key)
        if kind == "changed":
            before = _rows_for(old_lf, keys, key, values)
            after = _rows_for(new_lf, keys, key, values)
            d.examples[kind] = [{"key": {k: _short(v) for k, v in zip(key, kv)},
                                 "columns": {c: {"old": _short(before[kv][c]), "new": _short(after[kv][c])}
                                             for c in values if before[kv][c] != after[kv][c]}}
                                for kv in keys.iter_rows()]
        else:
            rows = _rows_for(new_lf if kind == "added" else old_lf, keys, key, labels)
            d.examples[kind] = [{"key": {k: _short(v) for k, v in zip(key, kv)},
                                 **{c: _short(rows[kv][c]) for c in labels if c not in key}}
                                for kv in keys.iter_rows()]
    return d


def figures(folder: Path) -> dict:
    """The summary figures a diff compares: complete counts, not the top few."""
    t = scan_release(folder)
    quote = t["quote"]
    return {
        "articles_per_outlet": counts(t["article"], outlet_expr()),
        "articles_per_language": counts(t["article"], "language"),
        "quarantine_reasons": counts(t["quarantine"], "reason"),
        "totals": {
            "articles": height(t["article"]),
            "quotes": height(quote),
            "quotes_without_speaker": collect(quote.select(pl.col("speaker_name").null_count())).item(),
            "persons_distinct": collect(t["person"].select(pl.col("person_id").n_unique())).item(),
            "person_rows": height(t["person"]),
            "events": height(t["event"]),
            "quarantined": height(t["quarantine"]),
        },
    }


def _changes(old: dict, new: dict) -> list[dict]:
    """Every value whose figure differs, largest change first."""
    rows = [{"value": k, "old": old.get(k, 0), "new": new.get(k, 0)} for k in sorted(set(old) | set(new))
            if old.get(k, 0) != new.get(k, 0)]
    return sorted(rows, key=lambda r: (-abs(r["new"] - r["old"]), r["value"]))


@dataclass
class ReleaseDiff:
    old: str
    new: str
    builder: dict
    tables: list[TableDiff]
    figures: dict

    @property
    def identical(self) -> bool:
        return all(t.identical for t in self.tables)

    def to_dict(self) -> dict:
        return {"old": self.old, "new": self.new, "identical": self.identical, "builder": self.builder,
                "tables": [{**asdict(t), "identical": t.identical} for t in self.tables], "figures": self.figures}


def diff_releases(old: Path, new: Path, examples: int = EXAMPLES) -> ReleaseDiff:
    """Compare the release in `new` with the one in `old`; raises DiffError when it cannot."""
    m_old, m_new = _manifest(old), _manifest(new)
    tables = [compare_table(t, old, new, same_file=_same_bytes(old, new, t), examples=examples) for t in TABLES]
    f_old, f_new = figures(old), figures(new)
    changes = {k: _changes(f_old[k], f_new[k]) for k in f_old}
    return ReleaseDiff(str(old), str(new),
                       {"old": m_old.get("builder", {}).get("version"), "new": m_new.get("builder", {}).get("version")},
                       tables, changes)


def _signed(n: int) -> str:
    return f"{n:+d}"


def _example_line(kind: str, ex: dict) -> str:
    key = ", ".join(str(v) for v in ex["key"].values())
    if kind == "changed":
        cols = "; ".join(f"{c}: {json.dumps(v['old'], ensure_ascii=False, default=str)} → "
                         f"{json.dumps(v['new'], ensure_ascii=False, default=str)}" for c, v in ex["columns"].items())
        return f"{key}: {cols}"
    rest = " · ".join(str(v) for k, v in ex.items() if k != "key" and v is not None)
    return f"{key}  {rest}".rstrip()


def _table_line(t: TableDiff) -> str:
    if t.identical:
        return f"{t.name}: identical ({t.new_rows} rows)"
    parts = [f"+{t.added} added", f"-{t.removed} removed", f"~{t.changed} changed"]
    line = f"{t.name} ({', '.join(t.key)}): {t.old_rows} → {t.new_rows} rows; " + ", ".join(parts)
    if t.changed_columns:
        line += " (" + ", ".join(f"{c} {n}" for c, n in t.changed_columns.items()) + ")"
    if t.same_source:
        line += f"; {t.same_source} added with the source of a removed row (its bytes changed: new ids)"
    return line


SIGNS = {"added": "+", "removed": "-", "changed": "~"}
FIGURE_NAMES = {"articles_per_outlet": "articles per outlet", "articles_per_language": "articles per language",
                "quarantine_reasons": "quarantine reasons", "totals": "totals"}


def render_text(d: ReleaseDiff) -> str:
    lines = [f"{d.old} → {d.new}: " + ("identical tables" if d.identical else "different")]
    if d.builder["old"] != d.builder["new"]:
        lines.append(f"builder {d.builder['old']} → {d.builder['new']}")
    for t in d.tables:
        lines.append(_table_line(t))
        for col in t.columns_added:
            lines.append(f"  new column {col}")
        for col in t.columns_removed:
            lines.append(f"  column {col} is gone")
        for kind, exs in t.examples.items():
            lines += [f"  {SIGNS[kind]} {_example_line(kind, ex)}" for ex in exs]
    changed = {k: v for k, v in d.figures.items() if v}
    if changed:
        lines.append("figures")
        for k, rows in changed.items():
            lines.append(f"  {FIGURE_NAMES[k]}: " + ", ".join(
                f"{r['value']} {r['old']} → {r['new']} ({_signed(r['new'] - r['old'])})" for r in rows))
    return "\n".join(lines)


def _md(v) -> str:
    return str(v).replace("|", "\\|").replace("\n", " ")


def render_markdown(d: ReleaseDiff) -> str:
    verdict = "identical tables" if d.identical else "the tables differ"
    lines = [f"### Release diff: {verdict}", "", f"`{d.old}` → `{d.new}`"
             + (f" (builder {d.builder['old']} → {d.builder['new']})" if d.builder["old"] != d.builder["new"] else ""),
             "", "| table | rows | added | removed | changed | changed columns |", "|---|---|---|---|---|---|"]
    for t in d.tables:
        rows = f"{t.old_rows} → {t.new_rows}" if t.old_rows != t.new_rows else str(t.new_rows)
        cols = ", ".join(f"`{c}` {n}" for c, n in t.changed_columns.items())
        cols += "".join(f" new `{c}`" for c in t.columns_added) + "".join(f" gone `{c}`" for c in t.columns_removed)
        added = f"{t.added} ({t.same_source} changed input)" if t.same_source else str(t.added)
        lines.append(f"| {t.name} | {rows} | {added} | {t.removed} | {t.changed} | {cols.strip()} |")
    for t in d.tables:
        if not t.examples:
            continue
        lines += ["", f"<details><summary>{t.name}: examples</summary>", ""]
        for kind, exs in t.examples.items():
            lines += [f"- {kind} `{_md(_example_line(kind, ex))}`" for ex in exs]
        lines += ["", "</details>"]
    changed = {k: v for k, v in d.figures.items() if v}
    if changed:
        lines += ["", "| figure | value | old | new | change |", "|---|---|---|---|---|"]
        for k, rows in changed.items():
            lines += [f"| {FIGURE_NAMES[k]} | {_md(r['value'])} | {r['old']} | {r['new']} | {_signed(r['new'] - r['old'])} |"
                      for r in rows]
    return "\n".join(lines)


def render_json(d: ReleaseDiff) -> str:
    return json.dumps(d.to_dict(), ensure_ascii=False, indent=1, default=str)
