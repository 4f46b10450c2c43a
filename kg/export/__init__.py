"""Export the merged graph to files: Turtle, JSON-LD, GraphML and the HTML view.

``write_outputs`` replaces an output folder's graph files as one set: every
file is written into a temporary folder beside the target, which then takes
the target's place, under a lock, so a reader or a second build never sees
files from two builds, and a failed build leaves the previous set untouched.
"""
from __future__ import annotations

import errno
import json
import multiprocessing
import os
import shutil
import stat
import sys
import tempfile
import time
from contextlib import ExitStack, closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterator, Mapping, Sequence

from kg.childprocess import ChildEnded, ChildProcess
from kg.errors import OutputError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

if TYPE_CHECKING:
    from kg.export.rdf import EvidenceRdf
    from kg.graph import KnowledgeGraph

__all__ = ["atomic_write", "atomic_writer", "EXPORTERS", "SNAPSHOT_NAME", "SNAPSHOT_EXPORTER", "HTML_NAME",
           "EMBED_NAME", "TURTLE_NAME", "STORE_NAME", "MANIFEST_NAME", "check_output_dir", "check_output_file", "output_lock",
           "write_outputs", "scratch_folder", "recorded_path", "record_file", "read_manifest"]

SNAPSHOT_NAME = "graph.json"
SNAPSHOT_EXPORTER = "json"  # the format name that writes SNAPSHOT_NAME, which kg view and kg stats read
HTML_NAME = "graph.html"
EMBED_NAME = "graph.embed.html"
TURTLE_NAME = "graph.ttl"
# The on-disk SPARQL store (a pyoxigraph/RocksDB folder) that `kg query` opens when present.
STORE_NAME = "graph.oxigraph"
# What a build records about itself (inputs, dictionaries, files), so `kg view` can tell
# whether it may rebuild this folder from the inputs it is given.
MANIFEST_NAME = ".kg-build.json"
_MANIFEST_FORMAT = "kg-build"
_TEMP_SUFFIX = ".tmp"
_IN_USE = ".in-use"  # the file a live build holds locked in its scratch folder (``scratch_folder``)


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one, never half.

    Text is encoded as UTF-8. The bytes go to a temporary file in the same
    folder, which is then renamed over ``path``.
    """
    with atomic_writer(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file to stream ``path``'s new content into; it replaces ``path`` when the block ends
    without an error, and is removed otherwise (what ``atomic_write`` does, for output too big to hold)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# Each format's writer takes (graph, {format name: path}, base IRI): formats that share
# a writer are given to it together and written in one pass. The modules load only when used.
Writer = Callable[["KnowledgeGraph", Mapping[str, Path], "str | None"], None]


def _rdf_files(graph: "KnowledgeGraph", paths: Mapping[str, Path], base: str | None,
               evidence: "EvidenceRdf | None" = None) -> None:
    from kg.export import rdf

    rdf.write_rdf(graph, paths, base or rdf.DEFAULT_BASE, evidence)


def _graphml(graph: "KnowledgeGraph", paths: Mapping[str, Path], base: str | None) -> None:
    from kg.export import graphml

    graphml.write_graphml(graph, paths["graphml"])


def _snapshot(graph: "KnowledgeGraph", paths: Mapping[str, Path], base: str | None) -> None:
    from kg.export import snapshot

    snapshot.write_snapshot(graph, paths[SNAPSHOT_EXPORTER])


def _html(graph: "KnowledgeGraph", paths: Mapping[str, Path], base: str | None) -> None:
    from kg.export import html

    html.write_html(graph, paths["html"])


EXPORTERS: dict[str, tuple[str, Writer]] = {
    "turtle": (TURTLE_NAME, _rdf_files),
    "jsonld": ("graph.jsonld", _rdf_files),
    "ntriples": ("graph.nt", _rdf_files),
    "store": (STORE_NAME, _rdf_files),
    "graphml": ("graph.graphml", _graphml),
    SNAPSHOT_EXPORTER: (SNAPSHOT_NAME, _snapshot),
    "html": (HTML_NAME, _html),
}
# The writers that may run in a forked process (``_write_formats``): pure Python over the graph and
# its evidence file. Not the RDF: a process forked while the store loads must not touch RocksDB.
_FORKABLE = frozenset({_graphml, _snapshot, _html})
_LOCK_WAIT_SECONDS = 600  # how long a build waits for another one writing into the same folder


def _kg_entries(out: Path) -> set[str]:
    """Every name kg writes into the output folder ``out``; anything else there is the user's."""
    recorded = (read_manifest(out) or {}).get("files", ())  # also pages kg view wrote there with -o
    return {name for name, _ in EXPORTERS.values()} | {STORE_NAME, EMBED_NAME, MANIFEST_NAME, *recorded}


def _is_temporary(name: str) -> bool:
    # atomic_write's files (.graph.ttl.XXXX.tmp) and write_outputs' folders (.output.XXXX.tmp).
    return name.startswith(".") and name.endswith(_TEMP_SUFFIX)


def _is_kept(path: Path) -> bool:
    """A hidden file the user keeps in the output folder (.gitkeep, .gitignore); it is copied across."""
    return path.name.startswith(".") and path.is_file() and not path.is_symlink()


def check_output_dir(out: Path, formats: Sequence[str] | None = None) -> Path:
    """Check, before any work is done, that ``write_outputs`` can replace ``out``.

    Missing parent folders are created. The check writes and removes a probe
    file, so it holds for root and for read-only file systems alike.

    Args:
        out: the output folder.
        formats: names in ``EXPORTERS`` (default: all).

    Returns:
        ``out`` as an absolute path, a symlink resolved (the link stays; the
        folder it points to is replaced).

    Raises:
        OutputError: ``out`` is a file, is not writable, holds files kg did not
            write, or its parent folder is not writable; or an unknown format.
    """
    unknown = [name for name in formats or () if name not in EXPORTERS]
    if unknown:
        raise OutputError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(EXPORTERS)}")
    out = Path(os.path.abspath(out))
    if out.is_symlink():
        out = out.resolve()
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} is a file, not a folder; give -o a folder for the graph files")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"cannot create {out}/: a file stands in its path; choose another folder with -o") from None
    except OSError as error:
        raise OutputError(f"cannot create {out}/: {_reason(error)}; choose another folder with -o") from None
    # The new files are written beside the folder, then take its place: the parent must be writable too.
    for folder, role in ((out.parent, "the folder that holds it"), (out, "the folder itself")):
        if not folder.is_dir():
            continue
        try:
            tempfile.TemporaryFile(dir=folder).close()
        except OSError as error:
            raise OutputError(f"cannot write the graph files to {out}/: {role}, {folder}/, is not writable "
                              f"({_reason(error)}); choose another folder with -o") from None
    if out.is_dir():
        ours = _kg_entries(out)
        foreign = sorted(e for e in os.listdir(out)
                         if e not in ours and not _is_temporary(e) and not _is_kept(out / e))
        if foreign:
            shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
            raise OutputError(f"{out}/ holds files kg did not write ({shown}); kg replaces its output folder "
                              "as a whole, so move them or choose another folder with -o")
    return out


def check_output_file(path: Path) -> Path:
    """Check, before any work is done, that ``atomic_write`` can write ``path``.

    Returns:
        ``path``.

    Raises:
        OutputError: ``path`` is a folder, or its folder cannot be created or written.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name such as {path / HTML_NAME}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=path.parent).close()
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"cannot write {path}: a file stands in the path of its folder") from None
    except OSError as error:
        raise OutputError(f"cannot write {path}: its folder is not writable ({_reason(error)})") from None
    return path


@contextmanager
def output_lock(out: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the lock that serializes writers of the folder ``out``; wait while another holds it.

    The lock is a file beside the folder (``.output.lock``), since the folder
    itself is replaced. The kernel releases it when its holder dies, so a
    killed build never blocks the next one. ``on_wait`` is called once if
    another process holds it.

    Raises:
        OutputError: another process has held the lock for ``_LOCK_WAIT_SECONDS``.
    """
    if fcntl is None:  # Windows: no advisory locks, so builds into one folder are not queued there
        yield
        return
    out = Path(os.path.realpath(out))  # a symlinked folder and its target share one lock
    lock_path = out.parent / f".{out.name}.lock"
    try:
        handle = open(lock_path, "a+b")
    except OSError as error:
        raise OutputError(f"cannot lock {out}/: {lock_path} ({_reason(error)})") from None
    with handle:
        deadline = None
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:  # another process is writing this folder: queue behind it
                if deadline is None:
                    deadline = time.monotonic() + _LOCK_WAIT_SECONDS
                    if on_wait is not None:
                        on_wait()
                elif time.monotonic() > deadline:
                    raise OutputError(f"another kg process has been writing {out}/ for {_LOCK_WAIT_SECONDS} s; "
                                      "wait for it or choose another folder with -o") from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_stale_temporaries(out: Path) -> None:
    """Remove what killed writers left: temp folders beside ``out``, temp files inside it.

    Called with the lock held, so no live writer owns any of them, but for the
    scratch folders of builds still reading their inputs, which hold theirs locked.
    """
    stale = [p for p in out.parent.glob(f".{out.name}.*{_TEMP_SUFFIX}") if not _in_use(p)]
    if out.is_dir():
        stale += [p for p in out.iterdir() if _is_temporary(p.name)]
    for path in stale:
        _remove(path)


def _in_use(folder: Path) -> bool:
    """Whether a live build holds ``folder`` as its scratch folder."""
    if fcntl is None or not (folder / _IN_USE).is_file():
        return False
    with open(folder / _IN_USE, "rb") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


@contextmanager
def scratch_folder(out: Path) -> Iterator[Path]:
    """A folder beside the output folder ``out`` for a build's work files (its evidence store,
    the RDF made as it reads), on the same disk; removed when the block ends.

    It is named as ``write_outputs``' temporaries are, so one a killed build
    left is removed by the next write into ``out``; a live build holds it locked.
    """
    out = Path(os.path.abspath(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    with output_lock(out):  # a writer's clean-up cannot come between making it and locking it
        folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=_TEMP_SUFFIX, dir=out.parent))
        handle = open(folder / _IN_USE, "wb")
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        yield folder
    finally:
        handle.close()
        _remove(folder)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def write_outputs(graph: "KnowledgeGraph", out: Path, formats: Sequence[str] | None = None,
                  base: str | None = None, *, inputs: Sequence[Path] = (), dictionaries: Path | None = None,
                  show_progress: bool = False, evidence_rdf: "EvidenceRdf | None" = None) -> tuple[Path, ...]:
    """Replace the graph files in ``out`` as one set.

    Every file is written into a temporary folder beside ``out``, which then
    takes the place of ``out``; the old set goes (hidden files such as
    ``.gitkeep`` are copied across). All of it happens under
    ``output_lock``, so concurrent builds into one folder queue, and a reader
    sees the whole old set or the whole new one. Temporaries left by killed
    writers are removed first. A failure leaves ``out`` as it was.

    Args:
        graph: the merged graph.
        out: the output folder.
        formats: names in ``EXPORTERS`` (default: all).
        base: base IRI for the RDF formats.
        inputs: the paths the graph was built from, recorded in ``MANIFEST_NAME``.
        dictionaries: the dictionaries it was built with, recorded likewise.
        show_progress: show a progress bar, and say so when another build holds the folder.
        evidence_rdf: the evidence part of the RDF files, made while the graph was built.

    Returns:
        The files written, inside ``out``.

    Raises:
        OutputError: ``out`` cannot be written (see ``check_output_dir``).
    """
    names = list(formats or EXPORTERS)
    out = check_output_dir(out, names)
    def say_waiting() -> None:
        print(f"Waiting for another kg process to finish writing {out}/ …", file=sys.stderr)

    with output_lock(out, say_waiting if show_progress else None):
        _remove_stale_temporaries(out)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=_TEMP_SUFFIX, dir=out.parent))
        try:
            _write_formats(graph, staging, names, base, show_progress, evidence_rdf)
            manifest = {"format": _MANIFEST_FORMAT, "version": 1,
                        "inputs": [recorded_path(p) for p in inputs],
                        "dictionaries": recorded_path(dictionaries) if dictionaries is not None else None,
                        "formats": names, "base": base, "files": [EXPORTERS[name][0] for name in names]}
            atomic_write(staging / MANIFEST_NAME, _manifest_text(manifest))
            mode = stat.S_IMODE(out.stat().st_mode) if out.is_dir() else 0o777 & ~_umask()
            os.chmod(staging, mode)  # mkdtemp makes 0700; the folder keeps its old permissions
            _swap(staging, out)
        except OSError as error:
            raise OutputError(f"cannot write the graph files to {out}/ ({_reason(error)}); "
                              "the previous files are unchanged") from None
        finally:
            _remove(staging)  # gone already when the swap succeeded
    return tuple(out / EXPORTERS[name][0] for name in names)


def _write_formats(graph: "KnowledgeGraph", folder: Path, names: Sequence[str], base: str | None,
                   show_progress: bool, evidence_rdf: "EvidenceRdf | None") -> None:
    """Run each writer once, with every format of ``names`` it writes, into ``folder``.

    The RDF writer runs here; the store it loads from ``evidence_rdf`` goes on
    loading and compacting in its own thread (in Rust, without the GIL) and is
    put in place last. The other writers (snapshot, view, GraphML) run meanwhile
    in a forked process where the system forks (``_WritersBeside``), else here after it.
    """
    from kg.progress import progress

    writers: dict[Writer, dict[str, Path]] = {}
    for name in names:
        filename, write = EXPORTERS[name]
        writers.setdefault(write, {})[name] = folder / filename
    rdf_paths = writers.pop(_rdf_files, None)
    here = [(write, paths) for write, paths in writers.items() if write not in _FORKABLE]
    forkable = [(write, paths) for write, paths in writers.items() if write in _FORKABLE]
    with ExitStack() as stack:
        beside = None
        if rdf_paths is not None and forkable and "fork" in multiprocessing.get_all_start_methods():
            beside = stack.enter_context(closing(_WritersBeside(graph, forkable, base)))
        else:
            here += forkable
        steps = ([(_rdf_files, rdf_paths)] if rdf_paths is not None else []) + here
        with progress(steps, "Writing", show_progress) as bar:
            for write, paths in bar:
                if write is _rdf_files:
                    _rdf_files(graph, paths, base, evidence_rdf)
                else:
                    write(graph, paths, base)
        if beside is not None:
            beside.wait()
    if evidence_rdf is not None:
        evidence_rdf.finish_store()


class _WritersBeside:
    """``writers`` run over ``graph`` in a forked process while this one writes the RDF: once the
    workers are done, the second core is free (at 20 MB of seeds this process's writing took
    2.2-2.5 s of CPU with every writer, 0.85-1.1 s with the RDF alone, the child 1.2-1.5 s).

    ``wait`` for them (it raises an ``OSError`` they raised, and anything else as a
    ``RuntimeError`` with their traceback); ``close`` stops them if they still run.
    """

    def __init__(self, graph: "KnowledgeGraph", writers: list[tuple[Writer, dict[str, Path]]], base: str | None):
        if graph.store is not None:
            graph.store.commit()  # the child reads the evidence through a connection of its own
        # Forked: the graph is inherited, not pickled.
        self._child = ChildProcess(_write_all, (graph, writers, base), method="fork",
                                   prepare=None if graph.store is None else graph.store.reopen, passed=(OSError,),
                                   what="writing the snapshot, view and GraphML")

    def wait(self) -> None:
        try:
            self._child.result()
        except ChildEnded as ended:  # killed, or out of memory
            raise OutputError("the process writing the snapshot, view and GraphML ended without finishing "
                              f"({ended})") from None

    def close(self) -> None:
        self._child.close()


def _write_all(graph: "KnowledgeGraph", writers: list[tuple[Writer, dict[str, Path]]], base: str | None) -> None:
    for write, paths in writers:
        write(graph, paths, base)


def _swap(staging: Path, out: Path) -> None:
    """Put the folder ``staging`` in the place of ``out`` and remove the old one."""
    if not out.exists():
        os.rename(staging, out)
        return
    ours = _kg_entries(out)
    for kept in out.iterdir():
        if _is_kept(kept) and kept.name not in ours and not _is_temporary(kept.name):
            shutil.copy2(kept, staging / kept.name)  # copied, not moved: a crash here loses nothing
    # rename() may replace an empty folder: the old set moves into a fresh temporary name.
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=_TEMP_SUFFIX, dir=out.parent))
    try:
        os.rename(out, old)
    except OSError as error:
        if error.errno not in (errno.EBUSY, errno.EXDEV):
            raise
        os.rmdir(old)
        _replace_entries(staging, out, ours)  # a mount point (a container volume) cannot be renamed
        return
    os.rename(staging, out)
    _remove(old)


def _replace_entries(staging: Path, out: Path, ours: set[str]) -> None:
    """Move every entry of ``staging`` into ``out`` and drop kg's other entries there.

    Under the lock, so writers still never mix; only a crash halfway can leave
    a mixed set, which is why this is the fallback, not the way.
    """
    new = {entry.name for entry in staging.iterdir()}
    for entry in sorted(staging.iterdir()):
        target = out / entry.name
        if target.is_dir() and not target.is_symlink():  # a store folder: rename() will not replace it
            aside = Path(tempfile.mkdtemp(prefix=f".{entry.name}.", suffix=_TEMP_SUFFIX, dir=out))
            os.rename(target, aside)
            _remove(aside)
        os.replace(entry, target)
    for name in ours - new:
        _remove(out / name)


def recorded_path(path: Path | str) -> str:
    """How the manifest records an input path: absolute, or as given for a URL (s3://…)."""
    return str(path) if "://" in str(path) else os.path.abspath(path)


def record_file(out: Path, name: str) -> None:
    """Count ``out/name`` among the build's files (a page kg view wrote there), so the next
    build replaces it rather than taking it for the user's. Call it holding ``output_lock(out)``."""
    manifest = read_manifest(out)
    if manifest is not None and name not in manifest["files"]:
        manifest["files"] = [*manifest["files"], name]
        atomic_write(Path(out) / MANIFEST_NAME, _manifest_text(manifest))


def _manifest_text(manifest: dict) -> str:
    # ASCII: an input path may hold bytes that are not UTF-8 (kept as surrogate escapes).
    return json.dumps(manifest, indent=1, sort_keys=True) + "\n"


def read_manifest(out: Path) -> dict | None:
    """What the build that wrote ``out`` recorded about itself; None if unknown (no or bad manifest)."""
    try:
        data = json.loads((Path(out) / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == _MANIFEST_FORMAT else None


def _reason(error: OSError) -> str:
    """An OSError's reason without Python's [Errno n] prefix: 'Permission denied'."""
    return error.strerror or str(error)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
