"""The example notebook runs top to bottom on the sample release and draws its plots."""


import pytest

from conftest import ROOT

nbformat = pytest.importorskip("nbformat", reason="the notebook extra is not installed")
nbclient = pytest.importorskip("nbclient", reason="the notebook extra is not installed")


def test_explore_notebook_executes(sample_release, monkeypatch):
    monkeypatch.setenv("NEWS_RELEASE", str(sample_release))
    nb = nbformat.read(ROOT / "examples" / "explore.ipynb", as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT / "examples")}}).execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) >= 1
    tables = [o for c in nb.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    assert len(tables) >= 4


def test_data_dictionary_is_in_sync_with_schemas():
    from builder.datadict import render

    assert (ROOT / "docs" / "tables.md").read_text(encoding="utf-8") == render(), \
        "docs/tables.md is stale: run  python -m builder.datadict > docs/tables.md"
