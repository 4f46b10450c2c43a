"""A small on-disk cache of pickled values keyed by content hash."""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any, Callable

__all__ = ["default_cache_dir", "cached", "code_digest"]


def default_cache_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def code_digest() -> str:
    """A hash of every module of the package.

    Cached values are built by code spread over several stages (ingest's
    folding, the recognizer, the YAML reader, the model types); hashing all of
    it costs a few milliseconds and a cache can never outlive a code change.
    """
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for module in sorted(package.rglob("*.py")):
        digest.update(module.relative_to(package).as_posix().encode() + b"\0")
        digest.update(module.read_bytes())
    return digest.hexdigest()[:16]


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
