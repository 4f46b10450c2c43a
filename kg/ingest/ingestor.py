"""The ingestor: decode a file, clean and normalize it with an offset map.

``Ingestor.read(path)`` gives a ``Document`` whose ``text`` is ready for
recognition and whose offset map leads back to the decoded original.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import (
    BoilerplateRules,
    boilerplate_edits,
    entity_edits,
    html_edits,
    looks_like_html,
    markdown_edits,
    reading_aid_edits,
    url_edits,
)
from kg.ingest.decode import decode
from kg.ingest.inputs import printable
from kg.ingest.normalize import ScriptConverter, fold_characters, space_edits
from kg.ingest.textmap import MappedText
from kg.model import Document

__all__ = ["Ingestor"]

_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_DATE_WINDOW = 300  # a dateline sits near the top; later dates are events, not publication


class Ingestor:
    """Reads files into Documents with the given boilerplate rules."""

    def __init__(self, rules: BoilerplateRules, converter: ScriptConverter | None = None):
        self.rules = rules
        self.converter = converter or ScriptConverter()

    def read(self, path: Path, name: str | None = None, warnings: list[str] | None = None) -> Document:
        """Read, decode and clean one file.

        Args:
            path: the file.
            name: the document's name (``InputFile.name``); default: the file name.
            warnings: gets one line for each thing worth telling that did not stop
                the reading (undecodable bytes replaced).

        Raises:
            InputError: the file cannot be read or holds no text.
        """
        path = Path(path)
        shown = printable(str(path))
        try:
            with path.open("rb") as handle:
                data = handle.read()
        except OSError as error:
            raise InputError(f"{shown}: cannot read: {error.strerror or error}") from None
        decoded = decode(data, shown)
        if decoded.replaced and warnings is not None:
            plural = "s" if decoded.replaced > 1 else ""
            warnings.append(f"{shown}: {decoded.replaced} undecodable byte sequence{plural} replaced with "
                            f"U+FFFD (first at byte {decoded.first_bad}; read as {decoded.encoding})")
        document = self.from_text(name if name is not None else printable(path.name), decoded.text,
                                  markup=_markup_of(path, decoded.text))
        if not document.text.strip():
            raise InputError(f"{shown}: no text left after removing markup and boilerplate")
        return replace(document, path=shown)

    def from_text(self, name: str, original: str, markup: str = "auto") -> Document:
        """Clean text already decoded. ``markup`` is "html", "markdown", "text" or "auto"."""
        if markup == "auto":
            markup = "html" if looks_like_html(original) else "markdown"
        mapped = MappedText.identity(original)
        if markup == "html":
            mapped = mapped.apply(html_edits(mapped.text))
        mapped = mapped.apply(entity_edits(mapped.text))
        if markup in ("html", "markdown"):
            mapped = mapped.apply(markdown_edits(mapped.text))
        mapped = mapped.apply(url_edits(mapped.text))
        mapped = mapped.apply(reading_aid_edits(mapped.text))
        mapped = mapped.replace_same_length(fold_characters(mapped.text))
        mapped = self.converter(mapped)
        mapped = mapped.apply(boilerplate_edits(mapped.text, self.rules))
        mapped = mapped.apply(space_edits(mapped.text))
        return Document(
            name=name,
            original=original,
            text=mapped.text,
            span_start=mapped.starts,
            span_end=mapped.ends,
            title=_title(mapped.text),
            date=_date(mapped.text),
        )


def _markup_of(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    return "auto"


def _title(text: str) -> str:
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line[:200]
    return ""


def _date(text: str) -> str | None:
    for m in _DATE.finditer(text, 0, _DATE_WINDOW):
        year, month, day = (int(g) for g in m.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None

