"""Which dictionary and rule files are in use: the shipped ones, overlaid by a project's own folder.

The dictionaries ship inside the package (``kg/dictionaries``). A project
folder, the first of ``-d DIR``, ``$KG_DICTIONARIES`` and ``./dictionaries``,
overlays them file by file:

- a file at the same relative path replaces the shipped one
  (``entities/people.yaml`` in the project is used instead of the shipped one);
- a file the shipped set lacks is added (``entities/my_companies.yaml`` adds entities);
- every shipped file the project does not replace stays in use.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Mapping

from kg.errors import DictionaryError

__all__ = ["DictionarySet", "shipped_dictionaries", "project_dictionaries", "copy_shipped",
           "ENV_VAR", "PROJECT_FOLDER", "DATA_SUFFIXES"]

ENV_VAR = "KG_DICTIONARIES"
PROJECT_FOLDER = Path("dictionaries")
DATA_SUFFIXES = (".yaml", ".yml")


def shipped_dictionaries() -> Path:
    """The folder of dictionaries installed with the package."""
    return Path(str(files("kg") / "dictionaries"))


def project_dictionaries(given: Path | None = None) -> Path | None:
    """The project folder in use: ``given`` (``-d``), else ``$KG_DICTIONARIES``, else ``./dictionaries`` if present.

    Raises:
        DictionaryError: ``given`` or ``$KG_DICTIONARIES`` is not a folder.
    """
    if given is None and os.environ.get(ENV_VAR):
        given, source = Path(os.environ[ENV_VAR]), f"${ENV_VAR}"
    else:
        source = "--dictionaries"
    if given is None:
        return PROJECT_FOLDER if PROJECT_FOLDER.is_dir() else None
    if not Path(given).is_dir():
        raise DictionaryError(f"{given}: dictionaries folder not found (from {source})")
    return Path(given)


def _data_files(folder: Path) -> dict[str, Path]:
    """Every YAML file under ``folder`` by its relative POSIX path; dotfiles and dot-folders skipped."""
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.suffix in DATA_SUFFIXES and path.is_file() and not any(p.startswith(".") for p in relative.parts):
            found[relative.as_posix()] = path
    return found


def _is_entity_file(name: str) -> bool:
    return name.startswith("entities/") and name.count("/") == 1


@dataclass(frozen=True)
class DictionarySet:
    """The data files in use, by relative path, and where each comes from."""

    shipped: Path
    project: Path | None
    files: Mapping[str, Path]  # relative POSIX path -> the file read

    @classmethod
    def find(cls, project: Path | None = None) -> "DictionarySet":
        """The shipped files overlaid by the project folder (see ``project_dictionaries``).

        Raises:
            DictionaryError: an explicitly named project folder does not exist.
        """
        shipped = shipped_dictionaries()
        folder = project_dictionaries(project)
        used = _data_files(shipped)
        if folder is not None:
            used.update(_data_files(folder))
        return cls(shipped, folder, dict(sorted(used.items())))

    def path(self, name: str) -> Path:
        """The file read for ``name`` (e.g. ``patterns.yaml``); the shipped path when no layer has it."""
        return self.files.get(name, self.shipped / name)

    def entity_files(self) -> list[Path]:
        """The entity dictionaries: every ``entities/*.yaml`` in use."""
        return [path for name, path in self.files.items() if _is_entity_file(name)]

    def unread(self) -> list[str]:
        """Project files kg never reads: neither a shipped file's name nor ``entities/*.yaml`` (a typo, usually)."""
        return [name for name in self.files if not _is_entity_file(name) and not (self.shipped / name).is_file()]

    def origin(self, name: str) -> str:
        """``shipped``, ``project`` (added), ``project, replaces shipped`` or ``project, not read``."""
        if self.project is None or self.files[name] == self.shipped / name:
            return "shipped"
        if (self.shipped / name).is_file():
            return "project, replaces shipped"
        return "project" if _is_entity_file(name) else "project, not read"

    def folders(self) -> list[Path]:
        """The folders read, shipped first: an edit under any of them can change the graph."""
        return [self.shipped] if self.project is None else [self.shipped, self.project]

    def digest(self) -> str:
        """sha256 of every file in use with its relative path: equal digests, equal data."""
        digest = hashlib.sha256(b"kg-dictionaries-v2")
        for name, path in self.files.items():
            digest.update(name.encode() + b"\0")
            digest.update(path.read_bytes())
        return digest.hexdigest()


def copy_shipped(target: Path) -> list[Path]:
    """Copy the shipped dictionaries to ``target`` (which must not hold any) for an analyst to extend.

    The copy is made beside ``target`` and renamed into place, so a failure
    leaves nothing half-written.

    Returns:
        The files written, under ``target``.

    Raises:
        DictionaryError: ``target`` already exists and is not an empty folder, or cannot be written.
    """
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise DictionaryError(f"{target} already exists and is not empty; choose a new folder")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            shutil.copytree(shipped_dictionaries(), staging, ignore=shutil.ignore_patterns("__pycache__", ".*"))
            if target.exists():
                target.rmdir()
            os.replace(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    except OSError as error:
        raise DictionaryError(f"{target}: cannot write: {error.strerror or error}") from None
    return sorted(p for p in target.rglob("*") if p.is_file())
