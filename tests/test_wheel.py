"""A plain install can build: an sdist of this checkout and a wheel built from that sdist (what
`python -m build` makes for a package index), installed into a fresh venv outside the checkout,
builds and validates the sample release from a folder that is not the checkout.

This is what `pip install .`, `pip install git+…` or a package index give a user; the editable
install the other tests run on would hide a file the package reads but does not ship.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from conftest import RAW, ROOT

# pip output that means the package index cannot be reached and nothing needed is cached
OFFLINE = ("NewConnectionError", "Network is unreachable", "Temporary failure in name resolution",
           "Name or service not known", "ConnectTimeoutError")


def run(cmd: list, cwd: Path, env: dict | None = None, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def outside_env() -> dict:
    """The environment without the variables that would put the checkout (or the test's venv) on the path: pip in
    the fresh venv would take the checkout's metadata for an installed copy and install nothing."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}


def installing(cmd: list, cwd: Path) -> None:
    """Run a command that installs from the package index (pip, build); skip when the index is
    unreachable and nothing is cached, fail on anything else."""
    done = run(cmd, cwd, outside_env())
    if done.returncode != 0:
        if any(marker in done.stdout + done.stderr for marker in OFFLINE):
            pytest.skip(f"no package index and no pip cache: cannot install a wheel ({' '.join(map(str, cmd[:4]))})")
        pytest.fail(f"{' '.join(map(str, cmd))} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")


def checkout_copy(dest: Path) -> Path:
    """The checkout's files (tracked and new, not ignored) copied to dest, so the wheel is built
    from what the repository holds, not from a stale build/ folder, and nothing is written into it."""
    listed = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT)
    if listed.returncode == 0:
        for name in filter(None, listed.stdout.split("\0")):
            src, target = ROOT / name, dest / name
            if not src.exists() and not src.is_symlink():
                continue  # deleted in the working tree
            target.parent.mkdir(parents=True, exist_ok=True)
            if src.is_symlink():
                os.symlink(os.readlink(src), target)
            else:
                shutil.copy2(src, target)
    else:  # not a git checkout (an unpacked sdist): everything but what builds and runs leave behind
        shutil.copytree(ROOT, dest, symlinks=True, ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", "*.egg-info", "build", "dist", "out", ".*.cache", ".pytest_cache"))
    return dest


def test_a_wheel_installed_outside_the_checkout_builds_and_validates_the_sample(tmp_path):
    assert ROOT not in tmp_path.parents, "the temporary folder must be outside the checkout"
    source = checkout_copy(tmp_path / "source")
    installing([sys.executable, "-m", "build", "--outdir", tmp_path / "dist", source], tmp_path)
    (sdist,) = (tmp_path / "dist").glob("*.tar.gz")
    (wheel,) = (tmp_path / "dist").glob("*.whl")  # built from the sdist

    # every data file the package reads at run time (schemas, rule tables) is in both
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "builder").rglob("*") if p.suffix in (".json", ".toml")}
    assert {"builder/schemas/article.json", "builder/rules/ko/person.toml"} <= data
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    assert data <= in_wheel, sorted(data - in_wheel)
    with tarfile.open(sdist) as tar:
        in_sdist = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert data <= in_sdist, sorted(data - in_sdist)

    venv = tmp_path / "venv"
    created = run([sys.executable, "-m", "venv", venv], tmp_path)
    assert created.returncode == 0, created.stderr
    installing([venv / "bin" / "python", "-m", "pip", "install", "-q", "-c", ROOT / "constraints.txt", wheel], tmp_path)

    work = tmp_path / "work"
    work.mkdir()
    env = outside_env()
    where = run([venv / "bin" / "python", "-c", "import builder; print(builder.__file__)"], work, env)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr

    out = tmp_path / "out"
    built = run([venv / "bin" / "build-dataset", RAW, out, "--jobs", "2"], work, env)
    assert built.returncode == 0, built.stderr[-3000:]
    checked = run([venv / "bin" / "news-dataset", "validate", out], work, env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip().endswith(": OK")

    release = json.loads((ROOT / "releases" / "sample" / "datapackage.json").read_text(encoding="utf-8"))
    manifest = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"]: r["rows"] for r in manifest["resources"]} == {r["name"]: r["rows"] for r in release["resources"]}
    for r in release["resources"]:
        assert (out / r["path"]).is_file(), r["path"]
