"""Render builder/schemas/ as a data dictionary: `python -m builder.datadict > docs/tables.md`."""

from __future__ import annotations

from builder.schema import load_all


def render() -> str:
    out = ["# Tables", "",
           "Generated from `builder/schemas/*.json` (linked as `schemas/`) by",
           "`python -m builder.datadict > docs/tables.md`; a test fails when this file and the schemas disagree.",
           "Types are Frictionless Table Schema types; `list` columns hold lists of strings.", ""]
    for name, schema in load_all().items():
        out += [f"## {name}", "", schema.description, "",
                f"Primary key: `{', '.join(schema.primary_key)}`" + "  ", ]
        for fk in schema.foreign_keys:
            out.append(f"Foreign key: `{', '.join(fk.fields)}` → `{fk.resource}({', '.join(fk.ref_fields)})`" + "  ")
        out += ["", "| column | type | required | description |", "|---|---|---|---|"]
        for f in schema.fields:
            typ = f"list of {f.item_type}" if f.type == "list" else f.type
            extra = f" One of: {', '.join(f.enum)}." if f.enum else ""
            out.append(f"| `{f.name}` | {typ} | {'yes' if f.required else ''} | {f.description}{extra} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(render(), end="")
