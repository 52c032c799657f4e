"""Bytes of a plain-text report → str: byte-order marks, strict UTF-8, else charset-normalizer.

Newlines come out as Python's universal newlines would read them (\\r\\n and \\r → \\n), so offsets agree
with ``open(path, encoding=...)``. A UTF-8 byte-order mark stays in the text as U+FEFF at offset 0,
as ``Path.read_text(encoding="utf-8")`` keeps it; other byte-order marks are consumed by their codec.
"""

from __future__ import annotations

import codecs
import unicodedata

__all__ = ["Unreadable", "decode", "normalize_newlines", "check_is_text"]

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Characters that never occur in a report a person wrote: C0/C1 controls other than white space,
# surrogates, private use, unassigned, and U+FFFD (a decoder already gave up there).
ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c")
NOT_TEXT_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})
MAX_NOT_TEXT_RATIO = 0.005


class Unreadable(Exception):
    """A file that cannot become a Document; the message is the reason shown to the person."""


def normalize_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n, exactly as universal-newlines reading does."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; return (text with newlines normalised, encoding name).

    Raises Unreadable with the reason: empty, truncated in the middle of a character, not text.
    """
    if not data.strip(b" \t\r\n\x00"):
        raise Unreadable("empty file" if not data else "empty file (only white space)")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            body = data if encoding == "utf-8" else data[len(bom):]
            try:
                text = body.decode(encoding)
            except UnicodeDecodeError as err:
                if err.end >= len(body) and len(body) - err.start < 4:
                    raise Unreadable(f"truncated: the file ends in the middle of a {encoding} character")
                raise Unreadable(f"not text: invalid {encoding} at byte {err.start} despite its byte-order mark")
            check_is_text(text)
            return normalize_newlines(text), encoding + ("-sig" if encoding == "utf-8" else "")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.end >= len(data) and len(data) - err.start < 4:  # all valid up to a cut-off last character
            raise Unreadable("truncated: the file ends in the middle of a UTF-8 character")
    else:
        check_is_text(text)
        return normalize_newlines(text), "utf-8"
    encoding, text = _detect(data)
    if encoding is None:
        for cut in (1, 2, 3):
            encoding, _ = _detect(data[:-cut])
            if encoding is not None:
                raise Unreadable(f"truncated: the file ends in the middle of a {encoding} character")
        raise Unreadable("not text: no character encoding fits its bytes (binary data?)")
    check_is_text(text)
    return normalize_newlines(text), encoding


def _detect(data: bytes) -> tuple[str | None, str]:
    """charset-normalizer's best guess, or (None, "") when nothing decodes the bytes plausibly."""
    from charset_normalizer import from_bytes

    if len(data) < 2:
        return None, ""
    best = from_bytes(data).best()
    if best is None:
        return None, ""
    return best.encoding, str(best)


def check_is_text(text: str) -> None:
    """Raise Unreadable when decoded text is mostly characters no person types (binary data)."""
    if not text.strip():
        raise Unreadable("empty file (only white space)")
    if "\x00" in text:
        raise Unreadable("not text: it contains NUL characters (binary data?)")
    bad = sum(1 for c in text if c not in ALLOWED_CONTROLS
              and (c == "\ufffd" or unicodedata.category(c) in NOT_TEXT_CATEGORIES))
    if bad > max(1, MAX_NOT_TEXT_RATIO * len(text)):
        raise Unreadable(f"not text: {bad} of {len(text)} characters are control or unassigned codes")
