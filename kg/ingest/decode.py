"""Turn the bytes of a file into text, detecting the encoding."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from kg.errors import InputError

__all__ = ["decode"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Chinese web text comes in these; detection is limited to them so that a short
# GBK page is never read as, say, Cyrillic.
_CANDIDATES = ["utf_8", "gb18030", "big5", "utf_16_le", "utf_16_be"]


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode a file's bytes: BOM first, then strict UTF-8, then detection.

    Args:
        data: the raw file content.
        name: the file name, for error messages.

    Returns:
        The text.

    Raises:
        InputError: the file is empty, binary, or in no encoding we can read.

    Example:
        >>> decode("英伟达发布H20芯片。".encode("gb18030"), "a.txt")
        '英伟达发布H20芯片。'
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name)
    utf8_error = None
    if b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            utf8_error = error
    # Chinese text in UTF-16 always holds some ASCII (digits, newlines), hence NUL bytes.
    candidates = _CANDIDATES if b"\x00" in data else [c for c in _CANDIDATES if not c.startswith("utf_16")]
    matches = from_bytes(data, cp_isolation=candidates)
    best = matches.best()
    # Short texts decode cleanly as both GB18030 and Big5; mainland text is the
    # likelier, so GB18030 wins unless Big5 reads clearly better.
    gb = next((m for m in matches if m.encoding == "gb18030"), None)
    if best is not None and gb is not None and best.encoding == "big5" and gb.chaos <= best.chaos + 0.1:
        best = gb
    if (best is None or best.encoding is None) and utf8_error is not None and _mostly_utf8(data):
        raise InputError(f"{name}: undecodable bytes at offset {utf8_error.start} "
                         "(not valid UTF-8, GB18030, Big5 or UTF-16)")
    if best is None or best.encoding is None:
        raise InputError(f"{name}: binary file or unknown encoding (tried UTF-8, GB18030, Big5, UTF-16)")
    return _strict(data, best.encoding, name)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: undecodable bytes at offset {error.start} for {encoding}") from None
    if _control_ratio(text) > 0.05:
        raise InputError(f"{name}: binary file, not text")
    return text


def _mostly_utf8(data: bytes) -> bool:
    """A UTF-8 file damaged in a few places, rather than another encoding."""
    text = data.decode("utf-8", errors="replace")
    return text.count("\ufffd") <= max(16, len(text) // 100)


def _control_ratio(text: str) -> float:
    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / max(1, len(sample))
