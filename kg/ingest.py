"""ingest: files → Document records (or Skipped, with the reason a person can act on)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from .model import Document, Skipped

__all__ = ["READABLE_SUFFIXES", "read_document", "iter_documents", "find_files"]

READABLE_SUFFIXES = (".txt",)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 when they are, else as the encoding charset-normalizer finds."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ValueError("not text in any encoding that could be detected")
    return str(best), best.encoding


def read_document(path: str | os.PathLike) -> Document | Skipped:
    """Read one file; never raises for a bad file, returns Skipped with the reason instead."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return Skipped(str(path), f"cannot be read ({err.strerror or err})")
    if not data.strip():
        return Skipped(str(path), "empty file")
    try:
        text, encoding = decode(data)
    except ValueError as err:
        return Skipped(str(path), str(err))
    text = text.replace("\r\n", "\n")
    if not text.strip():
        return Skipped(str(path), "no text")
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Document(
        name=path.name,
        path=str(path),
        text=text,
        title=title[:200],
        encoding=encoding,
        format=path.suffix.lstrip(".").lower() or "txt",
        sha256=hashlib.sha256(data).hexdigest(),
    )


def find_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Skipped]:
    """Expand folders (recursively, in sorted order) into report files; name what is left out."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(q for q in p.rglob("*") if q.is_file()):
                if f.name.startswith("."):
                    continue
                if f.suffix.lower() in READABLE_SUFFIXES:
                    yield f
                else:
                    yield Skipped(str(f), f"unsupported file type {f.suffix or '(none)'}")
        elif p.exists():
            yield p
        else:
            yield Skipped(str(p), "no such file or folder")


def iter_documents(paths: Iterable[str | os.PathLike]) -> Iterator[Document | Skipped]:
    for f in find_files(paths):
        yield f if isinstance(f, Skipped) else read_document(f)
