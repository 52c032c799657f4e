"""A Word .docx → its body text, one line per paragraph or table cell, in document order.

Page headers and footers (running titles, page numbers) are left out: they are the document's chrome.
"""

from __future__ import annotations

import zipfile

from .textfile import Unreadable

__all__ = ["docx_text"]


def docx_text(path) -> tuple[str, str]:
    """(text, title from the document's properties, or "") of a .docx; Unreadable when it is not one."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise Unreadable("cannot read .docx: python-docx is not installed") from None
    if not zipfile.is_zipfile(path):
        raise Unreadable("corrupt .docx: not a zip archive (truncated, or not a Word file)")
    try:
        document = docx.Document(str(path))
    except PackageNotFoundError:
        raise Unreadable("corrupt .docx: the zip archive holds no Word document") from None
    except (zipfile.BadZipFile, KeyError, EOFError) as err:
        raise Unreadable(f"corrupt .docx: a part of the archive is missing or damaged ({err})") from None
    except Exception as err:  # lxml syntax errors, bad relationships, ...: all mean a damaged file
        raise Unreadable(f"corrupt .docx: {type(err).__name__}: {err}") from None
    lines = []
    try:
        for block in _blocks(document):
            lines.append(block)
        title = (document.core_properties.title or "").strip()
    except Exception as err:
        raise Unreadable(f"corrupt .docx: {type(err).__name__}: {err}") from None
    return "\n".join(lines), title


def _blocks(document):
    """Paragraph texts of the body, table cells included, in the order they stand."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document).text
        elif tag == "tbl":
            for row in Table(child, document).rows:
                seen = []  # a merged cell is listed once per grid column it spans
                for cell in row.cells:
                    if any(cell._tc is tc for tc in seen):
                        continue
                    seen.append(cell._tc)
                    for para in cell.paragraphs:
                        yield para.text
