"""The modules pip compiles to C (with mypyc), and the check that runs a compiled one only while it is current.

The relation reader's per-sentence loop is two-thirds of extraction's time
and pure Python; with the reader compiled from the same source the whole
per-document pipeline runs 1.25× as fast (the README's Speed section has the
figures). setup.py compiles the modules named here when a C compiler is at
hand and installs plain Python otherwise; ``KG_PURE_PYTHON=1`` at install
time skips compiling.

Beside each compiled module the build writes the SHA-256 of the source it was
compiled from. In an editable checkout the compiled module sits beside its
``.py`` and Python would import it even after the source is edited; a module
whose source no longer matches (or that has no digest) is imported from its
``.py`` instead, so what runs is always what the source says.

Only the standard library here: setup.py loads this file by path, before kg
and its dependencies are installed.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

__all__ = ["COMPILED_MODULES", "DIGEST_SUFFIX", "NO_COMPILE_VARIABLE", "source_digest", "import_current",
           "load_source", "is_compiled", "reader_kind"]

# Each entry must type-check under mypy (setup.py builds with --follow-imports=silent).
COMPILED_MODULES = ("kg.relate.reader",)
DIGEST_SUFFIX = ".source-sha256"  # kg/relate/reader.source-sha256 beside the compiled reader
NO_COMPILE_VARIABLE = "KG_PURE_PYTHON"


def source_digest(source: Path) -> str:
    """The SHA-256 of a module's source, as the build records it."""
    return hashlib.sha256(source.read_bytes()).hexdigest()


def import_current(name: str) -> None:
    """Import module ``name`` from its ``.py`` when its compiled extension was built from other source.

    Call it before anything imports ``name``; a module already imported is left as it is.
    """
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None or not spec.origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
        return
    folder, stem = Path(spec.origin).parent, name.rpartition(".")[2]
    source = folder / f"{stem}.py"
    if not source.is_file():
        return  # nothing else to run
    try:
        current = (folder / f"{stem}{DIGEST_SUFFIX}").read_text(encoding="ascii").strip() == source_digest(source)
    except OSError:
        current = False  # compiled by hand, not by kg's build: its source is unknown
    if not current:
        load_source(name, source)


def load_source(name: str, source: Path, as_name: str | None = None) -> ModuleType:
    """Run ``source`` as module ``name``, registered in sys.modules (and on its package) as ``as_name``.

    The tests run the reader from its source under another name too: a test
    that patches a function the compiled module calls patches nothing there.
    """
    as_name = as_name or name
    spec = importlib.util.spec_from_file_location(as_name, source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[as_name] = module  # dataclasses look their module up while the class is made
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[as_name]
        raise
    parent, _, child = as_name.rpartition(".")
    if parent in sys.modules:
        setattr(sys.modules[parent], child, module)
    return module


def is_compiled(name: str) -> bool:
    """Whether the imported module ``name`` runs compiled (what the benchmarks report)."""
    origin = getattr(sys.modules.get(name), "__file__", None) or ""
    return origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def reader_kind() -> str:
    """How the relation reader runs here, in words (the benchmarks print it beside their figures)."""
    import kg.relate  # noqa: F401  (imports the reader as kg would)

    if is_compiled("kg.relate.reader"):
        return "compiled (mypyc)"
    return f"plain Python (pip could not compile it, or {NO_COMPILE_VARIABLE}=1, or reader.py changed since)"
