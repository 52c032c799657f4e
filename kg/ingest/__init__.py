"""ingest: files → Document records (or Skipped, with the reason a person can act on).

Reads reports as researchers find them: .txt in any Chinese encoding (GB18030/GBK, Big5, UTF-16,
UTF-8 with or without a byte-order mark), saved web pages, .docx and text-layer .pdf, in simplified or
traditional characters. ``Document.text`` is the text as read (newlines normalised as universal
newlines do); ``match_text`` is the same text in simplified characters, with page chrome blanked out
so that extraction cannot read it; ``ignored`` marks that chrome (see kg/data/chrome.txt).

One module per format: textfile (bytes → str), htmlfile, docxfile, pdffile; script (traditional →
simplified); chrome (ignored spans, title, source).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..data import DataError
from ..model import Document, Skipped, Span
from .chrome import find_chrome, guess_title, merge_spans
from .textfile import Unreadable, check_is_text, decode, normalize_newlines

__all__ = ["READABLE_SUFFIXES", "Unreadable", "read_document", "read_bytes", "iter_documents", "list_reports",
           "find_files"]

FORMATS = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
READABLE_SUFFIXES = tuple(FORMATS)
WHY_NOT = {
    ".doc": "old binary Word format: save it as .docx",
    ".wps": "WPS format: save it as .docx",
    ".rtf": "RTF: save it as .docx or .txt",
    ".mht": "web archive: save the page as .html",
    ".mhtml": "web archive: save the page as .html",
    ".caj": "CNKI CAJ format: export it as .pdf",
}
MAX_BYTES = 200 * 1024 * 1024
HTML_START = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
                        re.IGNORECASE | re.DOTALL)


def _format_of(path: Path, head: bytes) -> str:
    """The format by the file's first bytes when they are unambiguous, else by its suffix."""
    if head.startswith(b"%PDF"):
        return "pdf"
    fmt = FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    if path.suffix == "":
        return "txt"  # a file named without a suffix on the command line: try it as text
    raise Unreadable(f"unsupported file type {path.suffix}" + (f" ({WHY_NOT[path.suffix.lower()]})"
                                                                if path.suffix.lower() in WHY_NOT else ""))


def read_bytes(data: bytes, name: str, fmt: str = "txt", path: str = "") -> Document:
    """A Document from the bytes of a .txt or .html file; raises Unreadable with the reason."""
    title = source = ""
    if fmt not in ("txt", "html"):
        raise Unreadable(f"cannot read {fmt} from bytes")
    text, encoding = decode(data)
    if fmt == "txt" and HTML_START.match(text):
        fmt = "html"  # a web page saved under a .txt name is still a web page
    if fmt == "html":
        from .htmlfile import html_text

        text, title, source = html_text(text)
    return _document(text, name=name, path=path or name, fmt=fmt, encoding=encoding,
                     sha256=hashlib.sha256(data).hexdigest(), title=title, source=source)


def _document(text: str, *, name: str, path: str, fmt: str, encoding: str, sha256: str,
              title: str = "", source: str = "") -> Document:
    """Mark chrome, fill match_text, guess what the page did not state; the text stays as read."""
    from .script import to_simplified

    text = normalize_newlines(text)
    if not text.strip():
        raise Unreadable("empty file (only white space)" if fmt == "txt" else f"no text in the {fmt} file")
    check_is_text(text)
    simple = to_simplified(text)
    ignored, stated_source = find_chrome(simple)
    if text.startswith("\ufeff"):  # a UTF-8 byte-order mark, kept so offsets agree with Python's reading
        ignored = merge_spans(list(ignored) + [Span(0, 1)])
    if not any(c.strip() for c in _outside(text, ignored)):
        raise Unreadable("no text: everything in it is page chrome")
    return Document(
        name=name,
        path=path,
        text=text,
        match_text=simple,
        ignored=ignored,
        title=(title or guess_title(text, ignored))[:200],
        source=(source or stated_source)[:200],
        encoding=encoding,
        format=fmt,
        sha256=sha256,
    )


def _outside(text: str, spans: tuple[Span, ...]) -> Iterator[str]:
    pos = 0
    for s in spans:
        yield text[pos:s.start]
        pos = s.end
    yield text[pos:]


def read_document(path: str | os.PathLike) -> Document | Skipped:
    """Read one file; never raises for a bad file, returns Skipped with the reason instead."""
    path = Path(path)
    try:
        return _read(path)
    except Unreadable as err:
        return Skipped(str(path), str(err))
    except OSError as err:
        return Skipped(str(path), f"cannot be read ({err.strerror or err})")
    except RecursionError:
        return Skipped(str(path), "too deeply nested to read")
    except DataError:  # our own data file is wrong: every report would fail the same way
        raise
    except Exception as err:  # a parser's own bug must not stop a build of ten thousand reports
        return Skipped(str(path), f"could not be read ({type(err).__name__}: {err})")


def _read(path: Path) -> Document:
    if not path.is_file():
        raise Unreadable("no such file" if not path.exists() else "not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise Unreadable("empty file")
    if size > MAX_BYTES:
        raise Unreadable(f"too large ({size // (1024 * 1024)} MB; reports are far smaller)")
    with open(path, "rb") as f:
        head = f.read(8)
    fmt = _format_of(path, head)
    if fmt in ("txt", "html"):
        return read_bytes(path.read_bytes(), path.name, fmt, str(path))
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    if fmt == "docx":
        from .docxfile import docx_text

        text, title = docx_text(path)
    else:
        from .pdffile import pdf_text

        text, title = pdf_text(path)
    return _document(text, name=path.name, path=str(path), fmt=fmt, encoding="", sha256=sha, title=title)


OS_LITTER = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db"})
PAGE_ASSET_DIRS = ("_files", ".files", "_archivos", "-Dateien", "_fichiers")  # "Save page, complete"


def _left_out(path: Path, root: Path) -> bool:
    """Hidden files and folders, the system's litter, Word's ~$ lock files, and the folder of images
    and scripts a browser saves beside a page (report_files/ next to report.html) are no reports."""
    parts = path.relative_to(root).parts
    if any(part.startswith((".", "~$")) for part in parts) or path.name.lower() in OS_LITTER:
        return True
    folder = root
    for part in parts[:-1]:
        folder = folder / part
        for ending in PAGE_ASSET_DIRS:
            if part.endswith(ending) and part != ending:
                stem = part[: -len(ending)]
                if any((folder.parent / f"{stem}{ext}").is_file() for ext in (".html", ".htm", ".shtml", ".xhtml")):
                    return True
    return False


def find_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Skipped]:
    """Expand folders (recursively, sorted; hidden files, ~$ lock files and the asset folders of saved
    pages left out) into report files.

    A file in a folder with a suffix that is not a report's is named as Skipped; a file named on the
    command line is always tried, whatever its suffix.
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(q for q in p.rglob("*") if q.is_file() and not _left_out(q, p)):
                if f.suffix.lower() in READABLE_SUFFIXES:
                    yield f
                else:
                    reason = f"unsupported file type {f.suffix or '(no suffix)'}"
                    if f.suffix.lower() in WHY_NOT:
                        reason += f" ({WHY_NOT[f.suffix.lower()]})"
                    yield Skipped(str(f), reason)
        elif p.exists():
            yield p
        else:
            yield Skipped(str(p), "no such file or folder")


def list_reports(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Skipped]:
    """Every report file under ``paths``, in an order that does not depend on how they were listed.

    Files are ordered by name, then by resolved path; a file listed twice is listed once. Two different
    files with the same name would collide in the outputs (a document's key is its name): the second
    is skipped with a reason naming the first.
    """
    found: dict[Path, Path] = {}
    items: list[tuple[str, str, Path | Skipped]] = []
    for item in find_files(paths):
        if isinstance(item, Skipped):
            items.append((Path(item.path).name, item.path, item))
        elif item.resolve() not in found:
            found[item.resolve()] = item
            items.append((item.name, str(item.resolve()), item))
    by_name: dict[str, Path] = {}
    for name, _, item in sorted(items, key=lambda t: (t[0], t[1])):
        if isinstance(item, Skipped):
            yield item
            continue
        first = by_name.setdefault(name, item)
        if first is not item:
            yield Skipped(str(item), f"another report has the same name ({first}); rename one of them")
            continue
        yield item


def iter_documents(paths: Iterable[str | os.PathLike]) -> Iterator[Document | Skipped]:
    """Every report under ``paths`` read, in the order of ``list_reports``."""
    for item in list_reports(paths):
        yield item if isinstance(item, Skipped) else read_document(item)
