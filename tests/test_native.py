"""The compiled reader runs only while it matches its source, and reads exactly what the source reads."""
from __future__ import annotations

import importlib
import importlib.machinery
import os
import shutil
import sys
import sysconfig

import pytest

from conftest import DATA, DICTIONARIES, SEEDS
from test_relate import EXHAUSTIVE_READS, KEY_FACTS, READS
from kg import native
from kg.pipeline import Pipeline

EXTENSION = importlib.machinery.EXTENSION_SUFFIXES[0]


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A package ``nativecase`` whose module ``mod`` has a source and a "compiled" file that is no
    extension at all: importing it fails, so a test sees which of the two Python runs."""
    folder = tmp_path / "nativecase"
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "mod.py").write_text("ORIGIN = 'source'\n")
    (folder / f"mod{EXTENSION}").write_bytes(b"not an extension")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield folder
    for name in ("nativecase", "nativecase.mod"):
        sys.modules.pop(name, None)


def test_a_compiled_module_whose_source_changed_is_run_from_the_source(package):
    (package / f"mod{native.DIGEST_SUFFIX}").write_text("0" * 64 + "\n")
    native.import_current("nativecase.mod")
    import nativecase
    from nativecase import mod

    assert mod.ORIGIN == "source" and nativecase.mod is mod


def test_a_compiled_module_without_a_recorded_source_is_run_from_the_source(package):
    native.import_current("nativecase.mod")
    assert importlib.import_module("nativecase.mod").ORIGIN == "source"


def test_a_current_compiled_module_is_the_one_imported(package):
    (package / f"mod{native.DIGEST_SUFFIX}").write_text(native.source_digest(package / "mod.py") + "\n")
    native.import_current("nativecase.mod")
    assert "nativecase.mod" not in sys.modules
    with pytest.raises(ImportError):  # Python takes the extension, which this one is not
        importlib.import_module("nativecase.mod")


@pytest.mark.skipif(shutil.which("cc") is None or os.environ.get(native.NO_COMPILE_VARIABLE) == "1"
                    or not os.path.isfile(os.path.join(sysconfig.get_paths()["include"], "Python.h")),
                    reason="no C compiler or Python headers, or compiling turned off: the reader is plain Python")
def test_where_a_compiler_is_the_install_compiled_the_reader():
    """pip falls back to plain Python when mypyc fails (a type error in reader.py does it): with a C
    compiler at hand that is a fault, not a choice. A compiled reader older than its source is the
    checkout's own edit since the install, and is run from the source (tests above)."""
    import kg.relate

    folder = os.path.dirname(kg.relate.__file__)
    assert [name for name in os.listdir(folder) if name.startswith("reader.") and name.endswith(EXTENSION)], \
        "no compiled reader beside reader.py: mypyc failed at install (pip install -v shows why)"


@pytest.mark.skipif(not native.is_compiled("kg.relate.reader"), reason="the reader runs as plain Python here")
def test_the_compiled_reader_reads_what_its_source_reads(source_reader, monkeypatch):
    """Every relation, with its evidence, rule and modality, on the seeds and the dev articles."""
    pipeline = Pipeline.load(DICTIONARIES, cache_dir=None)
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in [*sorted(SEEDS.glob("*.txt")),
                                                                *sorted((DATA / "dev" / "texts").glob("*.txt"))]]
    compiled = [pipeline.process_text(name, text).relations for name, text in texts]
    monkeypatch.setattr("kg.pipeline.relate", source_reader.relate)
    assert [pipeline.process_text(name, text).relations for name, text in texts] == compiled
    assert sum(map(len, compiled)) > 150


@pytest.mark.skipif(not native.is_compiled("kg.relate.reader"), reason="the reader runs as plain Python here")
def test_the_compiled_reader_reads_what_its_source_reads_in_every_sentence_written_for_the_rules(source_reader,
                                                                                                monkeypatch):
    """Each sentence alone, so that no entity a lookup needs was looked up before (a compiled dict.get
    on the reader's entity cache once skipped its fill)."""
    pipeline = Pipeline.load(DICTIONARIES, cache_dir=None)
    texts = sorted({text for _, text, _ in READS + KEY_FACTS + EXHAUSTIVE_READS})
    compiled = [pipeline.process_text("t.txt", text).relations for text in texts]
    monkeypatch.setattr("kg.pipeline.relate", source_reader.relate)
    assert [pipeline.process_text("t.txt", text).relations for text in texts] == compiled
