"""On-disk caches: pickled values keyed by content hash, and per-document results."""
from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from pathlib import Path
from typing import Any, Callable

__all__ = ["default_cache_dir", "cached", "ResultCache"]


def default_cache_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def cached(cache_dir: Path | None, name: str, key: str, build: Callable[[], Any]) -> Any:
    """Return the value stored under (name, key), building and storing it when absent.

    A missing, stale or unreadable cache is rebuilt, never fatal; a cache that
    cannot be written is skipped. ``cache_dir=None`` turns caching off.
    """
    if cache_dir is None:
        return build()
    path = Path(cache_dir) / f"{name}-{key[:32]}.pickle"
    try:
        with path.open("rb") as handle:
            stored_key, value = pickle.load(handle)
        if stored_key == key:
            return value
    except Exception:  # absent or from another version: rebuild
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        pass
    return value


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
        if self._db is None:
            return
        self._pending.append((key, self.version, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))
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
