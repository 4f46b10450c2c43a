"""On-disk caches: pickled values keyed by content hash, per-document results, output stamps."""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
from pathlib import Path
from typing import Any, Callable, Iterable

__all__ = ["default_cache_dir", "cached", "CACHED_PER_NAME", "code_digest", "ResultCache", "OutputStamps"]


def default_cache_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def code_digest(shipped_files: bool = False) -> str:
    """A hash of every module of the package; with ``shipped_files``, of every file it ships too
    (the view's assets, the ontology, the shipped dictionaries).

    Cached values are built by code spread over several stages (ingest's
    folding, the recognizer, the YAML reader, the model types); hashing all of
    it costs a few milliseconds and a cache can never outlive a code change.
    """
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.suffix == ".pyc" or not path.is_file() or not (shipped_files or path.suffix == ".py"):
            continue
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# Values of one name kept: each dictionary or code edit makes a new key, and a user may switch
# between a few projects' dictionaries; the least recently used beyond these are removed.
CACHED_PER_NAME = 8


def cached(cache_dir: Path | None, name: str, key: str, build: Callable[[], Any]) -> Any:
    """Return the value stored under (name, key), building and storing it when absent.

    A missing, stale or unreadable cache is rebuilt, never fatal; a cache that
    cannot be written is skipped. ``cache_dir=None`` turns caching off. Storing
    a value removes all but the ``CACHED_PER_NAME`` most recently used of its name.
    """
    if cache_dir is None:
        return build()
    path = Path(cache_dir) / f"{name}-{key[:32]}.pickle"
    try:
        with path.open("rb") as handle:
            stored_key, value = pickle.load(handle)
        if stored_key == key:
            os.utime(path)  # used now: the last to be removed
            return value
    except Exception:  # absent or from another version: rebuild
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
        _remove_least_used(Path(cache_dir), name)
    except OSError:
        pass
    return value


def _remove_least_used(folder: Path, name: str) -> None:
    def last_used(path: Path) -> int:
        try:
            return path.stat().st_mtime_ns
        except OSError:  # removed meanwhile by another process
            return 0

    values = sorted(folder.glob(f"{name}-*.pickle"), key=last_used, reverse=True)
    for old in values[CACHED_PER_NAME:]:
        old.unlink(missing_ok=True)


class ResultCache:
    """Per-document results in one SQLite file, keyed by a document's name and bytes.

    Keys already carry the pipeline version (dictionaries and code), so an edit
    to either misses every entry; entries of other versions are dropped when
    the cache opens, which keeps the file to one corpus' worth. Like ``cached``,
    a cache that cannot be read or written is skipped, never fatal.
    """

    FILENAME = "documents.sqlite"

    def __init__(self, cache_dir: Path, version: str):
        self.version = version
        self._pending: list[tuple[str, str, bytes]] = []
        self._db: sqlite3.Connection | None = None
        try:
            Path(cache_dir).mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(Path(cache_dir) / self.FILENAME, timeout=30)
            db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, version TEXT, value BLOB)")
            with db:
                db.execute("DELETE FROM results WHERE version != ?", (version,))
            self._db = db
        except (OSError, sqlite3.Error):
            pass

    def key(self, name: str, data: bytes) -> str:
        """The key of a document: its name (evidence cites it) and content, under this version."""
        digest = hashlib.sha256(self.version.encode())
        digest.update(b"\x00" + name.encode("utf-8", "surrogateescape") + b"\x00")
        digest.update(data)
        return digest.hexdigest()

    def keys(self) -> set[str]:
        """Every key stored for this version."""
        if self._db is None:
            return set()
        try:
            return {k for (k,) in self._db.execute("SELECT key FROM results")}
        except sqlite3.Error:
            return set()

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None when absent or unreadable."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
            return pickle.loads(row[0]) if row else None
        except Exception:  # unreadable entry: extract again
            return None

    def put(self, key: str, value: Any) -> None:
        """Store ``value``; written in batches, and at ``close``."""
        if self._db is not None:
            self.put_pickled(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, key: str, data: bytes) -> None:
        """Store a value already pickled (``get`` unpickles it): what a worker process sent."""
        if self._db is None:
            return
        self._pending.append((key, self.version, data))
        if len(self._pending) >= 256:
            self._flush()

    def _flush(self) -> None:
        if self._db is None or not self._pending:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", self._pending)
        except sqlite3.Error:
            pass
        self._pending.clear()

    def close(self) -> None:
        """Write what is pending and close the file."""
        self._flush()
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> "ResultCache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class OutputStamps:
    """What the last build wrote into each output folder, so that a build with
    nothing changed (same inputs, dictionaries, code and options) writes nothing.

    One JSON file in the cache folder: per output folder, the build's stamp,
    the size and modification time of every file it wrote (an output touched
    since means a rebuild), and what the caller asked to keep (counts).
    """

    FILENAME = "outputs.json"

    def __init__(self, cache_dir: Path):
        self.path = Path(cache_dir) / self.FILENAME

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    @staticmethod
    def _state(path: Path) -> list[int] | None:
        try:
            stat = path.stat()
        except OSError:
            return None
        return [stat.st_size, stat.st_mtime_ns]

    def fresh(self, out: Path, stamp: str) -> dict | None:
        """What was recorded for ``out`` if its build had ``stamp`` and its files are untouched, else None."""
        entry = self._read().get(str(Path(out).resolve()))
        if not isinstance(entry, dict) or entry.get("stamp") != stamp:
            return None
        files = entry.get("files") or {}
        if not files or any(self._state(Path(name)) != state for name, state in files.items()):
            return None
        return entry.get("info")

    def record(self, out: Path, stamp: str, written: Iterable[Path], info: dict) -> None:
        """Remember a finished build of ``out``; a cache that cannot be written is skipped."""
        data = self._read()
        data[str(Path(out).resolve())] = {
            "stamp": stamp, "info": info,
            "files": {str(Path(p).resolve()): self._state(Path(p)) for p in written}}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass
