"""Check tables against their schemas before anything is written.

Every violation names the table, the column and the offending rows, so a failed build says
exactly what to look at.
"""

from __future__ import annotations

import polars as pl

from builder.schema import TableSchema

MAX_ROWS_SHOWN = 5


class ValidationError(Exception):
    """One or more tables do not match their schema."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


def _rows(idx: pl.Series) -> str:
    shown = ", ".join(str(i) for i in idx.head(MAX_ROWS_SHOWN).to_list())
    more = f" (+{len(idx) - MAX_ROWS_SHOWN} more)" if len(idx) > MAX_ROWS_SHOWN else ""
    return f"rows {shown}{more}"


def check_table(df: pl.DataFrame, schema: TableSchema, row_offset: int = 0) -> list[str]:
    """Problems of one table on its own: columns, types, required, enum, pattern, primary key.

    Row numbers in the messages count from `row_offset` (the rows written before this chunk)."""
    t = schema.name
    problems = []
    missing = [c for c in schema.columns if c not in df.columns]
    extra = [c for c in df.columns if c not in schema.columns]
    if missing:
        problems.append(f"table {t}: missing column(s) {', '.join(missing)}")
    if extra:
        problems.append(f"table {t}: column(s) not in schema: {', '.join(extra)}")
    df = df.with_row_index("__row", offset=row_offset)
    for field in schema.fields:
        if field.name not in df.columns:
            continue
        col = df[field.name]
        if col.dtype != field.dtype and not (col.dtype == pl.Null and not field.required):
            problems.append(f"table {t}, column {field.name}: type {col.dtype}, schema says {field.dtype}")
            continue
        if field.required:
            bad = df.filter(pl.col(field.name).is_null())["__row"]
            if len(bad):
                problems.append(f"table {t}, column {field.name}: required value missing in {_rows(bad)}")
        if field.enum:
            bad = df.filter(pl.col(field.name).is_not_null() & ~pl.col(field.name).is_in(list(field.enum)))["__row"]
            if len(bad):
                problems.append(f"table {t}, column {field.name}: value not in {list(field.enum)} in {_rows(bad)}")
        if field.pattern and field.type == "string":
            bad = df.filter(pl.col(field.name).is_not_null()
                            & ~pl.col(field.name).str.contains(f"^(?:{field.pattern})$"))["__row"]
            if len(bad):
                problems.append(f"table {t}, column {field.name}: value does not match /{field.pattern}/ in {_rows(bad)}")
    pk = [c for c in schema.primary_key if c in df.columns]
    if pk and len(pk) == len(schema.primary_key):
        dup = df.filter(pl.struct(pk).is_duplicated())["__row"]
        if len(dup):
            problems.append(f"table {t}, primary key ({', '.join(pk)}): duplicate key in {_rows(dup)}")
        nulls = df.filter(pl.any_horizontal([pl.col(c).is_null() for c in pk]))["__row"]
        if len(nulls):
            problems.append(f"table {t}, primary key ({', '.join(pk)}): null key in {_rows(nulls)}")
    return problems


def check_foreign_keys(tables: dict[str, pl.DataFrame], schemas: dict[str, TableSchema],
                       row_offsets: dict[str, int] | None = None) -> list[str]:
    """Every non-null foreign key must point at an existing row of the referenced table."""
    problems = []
    row_offsets = row_offsets or {}
    for name, schema in schemas.items():
        df = tables.get(name)
        if df is None:
            continue
        for fk in schema.foreign_keys:
            ref = tables.get(fk.resource)
            cols = list(fk.fields)
            if ref is None or any(c not in df.columns for c in cols) or any(c not in ref.columns for c in fk.ref_fields):
                problems.append(f"table {name}, foreign key ({', '.join(cols)}): cannot check against {fk.resource}")
                continue
            keys = ref.select([pl.col(r).alias(c) for r, c in zip(fk.ref_fields, cols)]).unique()
            child = df.with_row_index("__row", offset=row_offsets.get(name, 0)).filter(pl.all_horizontal([pl.col(c).is_not_null() for c in cols]))
            orphans = child.join(keys, on=cols, how="anti")["__row"].sort()
            if len(orphans):
                problems.append(
                    f"table {name}, foreign key ({', '.join(cols)}) -> {fk.resource}({', '.join(fk.ref_fields)}): "
                    f"no matching row for {_rows(orphans)}")
    return problems


def validate_tables(tables: dict[str, pl.DataFrame], schemas: dict[str, TableSchema]) -> None:
    """Raise ValidationError listing every problem found in any table."""
    problems = []
    for name, schema in schemas.items():
        if name not in tables:
            problems.append(f"table {name}: missing")
            continue
        problems += check_table(tables[name], schema)
    problems += check_foreign_keys(tables, schemas)
    if problems:
        raise ValidationError(problems)


class StreamValidator:
    """Validates a release chunk by chunk while it is written, so no table is ever held whole.

    A chunk always holds whole documents, and every foreign key in schemas/ stays inside one
    document (a quote's person, an event's parent and every row's article belong to the same
    page), so checking each chunk checks them all. The keys that must be unique across the
    whole release (article_id, the quarantine's source) are remembered across chunks.
    """

    GLOBAL_KEYS = ("article", "quarantine")

    def __init__(self, schemas: dict[str, TableSchema]):
        self.schemas = schemas
        self.offsets = {name: 0 for name in schemas}
        self.keys: dict[str, set] = {name: set() for name in self.GLOBAL_KEYS}

    def check(self, tables: dict[str, pl.DataFrame]) -> None:
        problems = []
        for name, schema in self.schemas.items():
            df = tables[name]
            problems += check_table(df, schema, self.offsets[name])
            if name in self.keys and len(df) and all(c in df.columns for c in schema.primary_key):
                seen = self.keys[name]
                for i, key in enumerate(df.select(list(schema.primary_key)).iter_rows()):
                    if key in seen:
                        problems.append(f"table {name}, primary key ({', '.join(schema.primary_key)}): "
                                        f"duplicate key in rows {self.offsets[name] + i}")
                    seen.add(key)
        problems += check_foreign_keys(tables, self.schemas, self.offsets)
        if problems:
            raise ValidationError(problems)
        for name in self.schemas:
            self.offsets[name] += len(tables[name])
