"""Turn the bytes of a file into text, detecting the encoding."""
from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from charset_normalizer import from_bytes

from kg.errors import InputError

__all__ = ["decode", "Decoded"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Chinese web text comes in these; detection is limited to them so that a short
# GBK page is never read as, say, Cyrillic.
_CANDIDATES = ["utf_8", "gb18030", "big5", "utf_16_le", "utf_16_be"]
# C0 control characters other than the whitespace ones (\t \n \v \f \r): text holds almost none.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")


class Decoded(NamedTuple):
    """A file's text, the encoding it was read in, and how much of it could not be read."""

    text: str
    encoding: str
    replaced: int = 0  # undecodable byte sequences, each now one U+FFFD
    first_bad: int | None = None  # byte offset of the first one


def decode(data: bytes, name: str = "<bytes>") -> Decoded:
    """Decode a file's bytes: BOM first, then strict UTF-8, then detection.

    A few undecodable bytes (a damaged download, one stray byte) do not lose the
    article: each bad sequence becomes U+FFFD and is counted, and offsets point
    into that text.

    Args:
        data: the raw file content.
        name: the file name, for error messages.

    Returns:
        The text, its encoding and the count of replaced byte sequences.

    Raises:
        InputError: the file is empty, binary, or in no encoding we can read.

    Example:
        >>> decode("英伟达发布H20芯片。".encode("gb18030"), "a.txt").text
        '英伟达发布H20芯片。'
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _read_as(data, encoding, name)
    # Chinese text in UTF-16 always holds some ASCII (digits, newlines), hence NUL bytes.
    candidates = _CANDIDATES if b"\x00" in data else [c for c in _CANDIDATES if not c.startswith("utf_16")]
    encoding = _detect(data, candidates)
    if encoding is not None:
        return _read_as(data, encoding, name)
    # No encoding reads every byte. Without the bytes the least damaged reading
    # cannot read, detection sees the text the damage hides.
    for reading in sorted((_with_replacements(data, c) for c in candidates), key=lambda d: d.replaced):
        if reading.replaced > _max_replaced(reading.text):
            break
        encoding = _detect(reading.text.replace("\ufffd", "").encode(reading.encoding, "ignore"), candidates)
        if encoding is not None:
            return _read_as(data, encoding, name)
    raise InputError(f"{name}: binary file or unknown encoding (tried UTF-8, GB18030, Big5, UTF-16)")


def _detect(data: bytes, candidates: list[str]) -> str | None:
    """The encoding that reads every byte of ``data`` best, if any does."""
    if b"\x00" not in data:
        try:
            data.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
    matches = from_bytes(data, cp_isolation=candidates)
    best = matches.best()
    # Short texts decode cleanly as both GB18030 and Big5; mainland text is the
    # likelier, so GB18030 wins unless Big5 reads clearly better.
    gb = next((m for m in matches if m.encoding == "gb18030"), None)
    if best is not None and gb is not None and best.encoding == "big5" and gb.chaos <= best.chaos + 0.1:
        best = gb
    return best.encoding if best is not None else None


def _read_as(data: bytes, encoding: str, name: str) -> Decoded:
    decoded = _with_replacements(data, encoding)
    if decoded.replaced > _max_replaced(decoded.text):
        raise InputError(f"{name}: undecodable bytes at offset {decoded.first_bad} for {decoded.encoding}")
    return _checked(decoded, name)


def _with_replacements(data: bytes, encoding: str) -> Decoded:
    encoding = codecs.lookup(encoding).name
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        first_bad = error.start
    text = data.decode(encoding, errors="replace")
    # U+FFFD written in the file itself is text, not damage.
    replaced = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    return Decoded(text, encoding, replaced, first_bad)


def _max_replaced(text: str) -> int:
    """More damage than this is another encoding or a binary file, not a few stray bytes."""
    return max(16, len(text) // 100)


def _checked(decoded: Decoded, name: str) -> Decoded:
    if _control_ratio(decoded.text) > 0.05:
        raise InputError(f"{name}: binary file, not text")
    return decoded


def _control_ratio(text: str) -> float:
    sample = text[:4000]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))
