"""Input discovery: which files to read, and what each document is called.

Every path given is handled on its own: a missing, unreadable or empty one
becomes a problem (one line) and the others are still listed. A document is
named by its path relative to the folder it was found in (``a/index.txt`` and
``b/index.txt`` are two documents); a file named directly keeps its file name.
A file reached twice (two paths, a symlink) is listed once.
"""
from __future__ import annotations

import os
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["INPUT_SUFFIXES", "InputFile", "FoundInputs", "find_inputs", "printable"]

INPUT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# The views kg writes (kg/export/assets/page.html and the embed fragment of
# kg/export/html.py) start with one of these; an output folder inside an input
# folder must not be read back as an article.
_KG_OUTPUT_MARKERS = (b'<meta name="generator" content="kg ', b"<!-- kg graph view:")
_MARKER_WINDOW = 1024


@dataclass(frozen=True)
class InputFile:
    """One file to read.

    ``name`` identifies the document in every output: the path relative to the
    folder it was found in, ``/``-separated and printable (see ``printable``).
    """

    path: Path
    name: str


@dataclass(frozen=True)
class FoundInputs:
    """The files to read, the inputs that could not be listed, and notes on names."""

    files: tuple[InputFile, ...]
    problems: tuple[str, ...] = ()  # inputs lost: the run exits non-zero
    notes: tuple[str, ...] = ()  # worth a warning, nothing lost


def printable(text: str) -> str:
    """A file name as text that is valid everywhere (UTF-8, JSON, XML, IRIs, one line).

    Bytes that are not UTF-8 (kept by Python as lone surrogates) and control
    characters become ``%XX``, as in a URL; everything else stays as it is.

    Example:
        >>> printable(os.fsdecode("新闻.txt".encode("gbk"))), printable("a\\nb.txt")
        ('%D0%C2%CE%C5.txt', 'a%0Ab.txt')
    """
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if "\udc80" <= ch <= "\udcff":  # os.fsdecode's stand-in for an undecodable byte
            out.append(f"%{ord(ch) - 0xDC00:02X}")
        elif ch.isprintable() or unicodedata.category(ch) == "Zs":
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
    return "".join(out)


def find_inputs(paths: Iterable[Path]) -> FoundInputs:
    """Expand files and folders (recursively, following links) to the text files to read.

    Folders are listed in name order, hidden entries (``.name``) and kg's own
    HTML outputs are skipped. Nothing is raised: whatever cannot be listed is
    a problem, and the rest is still found.
    """
    finder = _Finder()
    for path in map(Path, paths):
        finder.add_root(path)
    return FoundInputs(_unique_names(finder.files), tuple(finder.problems), tuple(finder.notes))


class _Finder:
    def __init__(self) -> None:
        self.files: list[InputFile] = []
        self.problems: list[str] = []
        self.notes: list[str] = []
        self._seen_files: set[tuple[int, int]] = set()
        self._seen_folders: set[tuple[int, int]] = set()

    def add_root(self, path: Path) -> None:
        try:
            info = path.stat()
        except FileNotFoundError:
            self._problem(path, "broken link" if path.is_symlink() else "no such file or folder")
            return
        except OSError as error:
            self._problem(path, f"cannot read: {error.strerror or error}")
            return
        if stat.S_ISREG(info.st_mode):
            self._add_file(path, path.name, info)
        elif stat.S_ISDIR(info.st_mode):
            if (info.st_dev, info.st_ino) in self._seen_folders:
                return  # given twice, or inside a folder given before
            problems = len(self.problems)
            if not self._walk(path, info) and len(self.problems) == problems:
                self._problem(path, f"no text files ({', '.join(INPUT_SUFFIXES)})")
        else:
            self._problem(path, "not a regular file or folder")

    def _walk(self, root: Path, info: os.stat_result) -> int:
        """List a folder and those below it, depth first in name order (a stack,
        not recursion: a tree may be nested deeper than Python's recursion limit).

        Returns:
            How many text files it holds (files read before count too).
        """
        found = 0
        stack = [self._listing(root, (), info)]
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
                continue
            folder, parts, entry = entry
            path = folder / entry.name
            try:
                info = os.stat(entry.path)
            except FileNotFoundError:
                if entry.is_symlink() and entry.name.lower().endswith(INPUT_SUFFIXES):
                    self._problem(path, "broken link")
                continue
            except OSError as error:
                self._problem(path, f"cannot read: {error.strerror or error}")
                continue
            if stat.S_ISDIR(info.st_mode):
                stack.append(self._listing(path, (*parts, entry.name), info))
            elif (stat.S_ISREG(info.st_mode) and entry.name.lower().endswith(INPUT_SUFFIXES)
                  and not _is_kg_output(path)):
                self._add_file(path, "/".join((*parts, entry.name)), info)
                found += 1
        return found

    def _listing(self, folder: Path, parts: tuple[str, ...],
                 info: os.stat_result) -> Iterator[tuple[Path, tuple[str, ...], os.DirEntry]]:
        """The visible entries of one folder, in name order; none if it was listed
        before (a symlink loop, a folder reached twice) or cannot be read."""
        key = (info.st_dev, info.st_ino)
        if key in self._seen_folders:
            return iter(())
        self._seen_folders.add(key)
        try:
            with os.scandir(folder) as listing:
                entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as error:
            self._problem(folder, f"cannot read folder: {error.strerror or error}")
            return iter(())
        return ((folder, parts, entry) for entry in entries)

    def _add_file(self, path: Path, name: str, info: os.stat_result) -> None:
        key = (info.st_dev, info.st_ino)
        if key in self._seen_files:
            return
        self._seen_files.add(key)
        shown = printable(name)
        if shown != name and _has_undecodable_bytes(name):
            guess = _as_gb18030(name)
            self.notes.append(f"{printable(str(path))}: the file name is not UTF-8"
                              + (f" (as GB18030 it reads {guess})" if guess else ""))
        self.files.append(InputFile(path, shown))

    def _problem(self, path: Path, message: str) -> None:
        self.problems.append(f"{printable(str(path))}: {message}")


def _unique_names(files: list[InputFile]) -> tuple[InputFile, ...]:
    """Two files named ``index.txt`` directly, or under two folders given, are told
    apart by their path as given (then the absolute path): a name is one document."""
    count = Counter(file.name for file in files)
    if all(n == 1 for n in count.values()):
        return tuple(files)
    renamed = [InputFile(file.path, printable(str(file.path))) if count[file.name] > 1 else file for file in files]
    count = Counter(file.name for file in renamed)
    return tuple(InputFile(file.path, printable(str(file.path.absolute()))) if count[file.name] > 1 else file
                 for file in renamed)


def _is_kg_output(path: Path) -> bool:
    if not path.name.lower().endswith((".html", ".htm")):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(_MARKER_WINDOW)
    except OSError:
        return False  # reading it will report the problem
    return any(marker in head for marker in _KG_OUTPUT_MARKERS)


def _has_undecodable_bytes(name: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in name)


def _as_gb18030(name: str) -> str | None:
    """What a non-UTF-8 name most likely says: Windows zips of Chinese files use GBK."""
    try:
        guess = os.fsencode(name).decode("gb18030")
    except UnicodeDecodeError:
        return None
    return guess if guess.isprintable() else None
