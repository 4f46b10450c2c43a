"""A new user's install: `pip install .` (not editable) into a fresh venv, then kg from an empty folder.

Slow (a minute or so: pip resolves and installs every dependency), but it is
the only test that sees the package as users get it: package data, entry
point, no source tree to fall back on.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

# What the source distribution is built from; the rest of the checkout is not the package.
SOURCES = ("pyproject.toml", "setup.py", "README.md", "kg")


def run(*args, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A fresh venv with kg installed from a copy of the sources; its bin folder and a clean environment."""
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.source-sha256"))
        else:
            shutil.copy2(ROOT / name, source / name)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("KG_", "VIRTUAL_ENV", "PYTHON")) and k != "XDG_CACHE_HOME"}
    env.update(KG_CACHE_DIR=str(base / "cache"), HOME=str(base / "home"))
    subprocess.run([sys.executable, "-m", "venv", str(base / "venv")], check=True)
    bin_dir = base / "venv" / "bin"
    run(bin_dir / "python", "-m", "pip", "install", "-q", str(source), cwd=base, env=env)
    return bin_dir, env


def test_pip_install_pulls_no_notebook_stack(venv):
    bin_dir, env = venv
    installed = run(bin_dir / "python", "-m", "pip", "list", "--format", "freeze", cwd=bin_dir, env=env)
    names = {line.split("==")[0].lower() for line in installed.splitlines()}
    assert "kg" in names
    assert not names & {"ipython", "pyvis", "jedi", "prompt-toolkit"}, sorted(names)


def test_the_installed_kg_works_from_an_empty_folder(venv, tmp_path):
    bin_dir, env = venv
    work = tmp_path / "empty"
    work.mkdir()
    kg = bin_dir / "kg"
    article = SEEDS / "001_80002ca144e437f9.txt"
    run(kg, "build", article, "-o", "out", "-q", cwd=work, env=env)
    assert {p.name for p in (work / "out").iterdir()} >= {"graph.ttl", "graph.json", "graph.html"}
    rows = run(kg, "query", "-g", "out/graph.ttl", "--format", "csv",
               "SELECT ?p WHERE { ?p kg:made_by ?maker } ORDER BY ?p", cwd=work, env=env)
    assert "https://kg.example.org/entity/h200" in rows
    assert "graph.html" in run(kg, "view", "--no-open", "--graph-dir", "out", cwd=work, env=env)
    assert run(kg, "dict", "path", cwd=work, env=env).splitlines()[1] == "project: (none)"
    run(kg, "dict", "check", cwd=work, env=env)
    count = run(bin_dir / "python", "-c", f"import kg; print(kg.build([{str(article)!r}], out='api').n_entities)",
                cwd=work, env=env)
    assert int(count) > 10
    assert (work / "api" / "graph.ttl").is_file()
    typing = run(bin_dir / "python", "-c", "import kg, pathlib; folder = pathlib.Path(kg.__file__).parent; "
                 "print(sorted(p.name for p in folder.glob('*') if p.name in ('py.typed', '__init__.pyi')))",
                 cwd=work, env=env)
    assert typing.strip() == "['__init__.pyi', 'py.typed']", "the API's types ship with it"
    # Beside each output folder, only the lock that queues two builds into it (.out.lock).
    assert sorted(p.name for p in work.iterdir()) == [".api.lock", ".out.lock", "api", "out"], "nothing else"


def test_the_installed_reader_runs_compiled(venv):
    """pip compiles the relation reader wherever there is a C compiler (kg/native.py)."""
    bin_dir, env = venv
    if shutil.which("cc") is None:
        pytest.skip("no C compiler here: kg installs as plain Python")
    compiled = run(bin_dir / "python", "-c", "import kg.relate, kg.native; "
                   "print(kg.native.is_compiled('kg.relate.reader'))", cwd=bin_dir, env=env)
    assert compiled.strip() == "True"
