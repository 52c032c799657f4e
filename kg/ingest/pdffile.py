"""A .pdf with a text layer → its text, one line per paragraph, via pdfminer.six.

A PDF knows lines, not paragraphs: a paragraph wrapped at the right margin comes out as several
lines. Lines are joined again when the first reaches the right margin and the next follows directly
below, not indented further (the way a person reads it), so a name wrapped across two lines is one
name again. Scanned PDFs have no text layer and are skipped with that reason (OCR is out of scope).
"""

from __future__ import annotations

import re

from .textfile import Unreadable

__all__ = ["pdf_text"]

WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def pdf_text(path) -> tuple[str, str]:
    """(text, title from the document information, or "") of a .pdf; Unreadable when it has no text."""
    try:
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
    except ImportError:  # pragma: no cover - pdfminer.six is a dependency
        raise Unreadable("cannot read .pdf: pdfminer.six is not installed") from None
    pages: list[str] = []
    title = ""
    with open(path, "rb") as f:
        if not f.read(1024).lstrip().startswith(b"%PDF"):
            raise Unreadable("corrupt .pdf: it does not start with %PDF (not a PDF file)")
        f.seek(0)
        try:
            document = PDFDocument(PDFParser(f))
            title = _title(document)
            if not document.is_extractable:
                raise Unreadable("the .pdf forbids text extraction")
            manager = PDFResourceManager()
            device = PDFPageAggregator(manager, laparams=LAParams())
            interpreter = PDFPageInterpreter(manager, device)
            for page in PDFPage.create_pages(document):
                interpreter.process_page(page)
                pages.append(_page_text(device.get_result()))
        except Unreadable:
            raise
        except (PDFEncryptionError, PDFPasswordIncorrect):
            raise Unreadable("the .pdf is encrypted with a password") from None
        except Exception as err:  # pdfminer raises many kinds (PSEOF, PDFSyntaxError, ...) for damage
            if not pages:
                raise Unreadable(f"corrupt .pdf (truncated or damaged): {type(err).__name__}: {err}") from None
    text = "\n".join(p for p in pages if p)
    if not text.strip():
        raise Unreadable("the .pdf has no text layer (scanned pages need OCR)")
    return text, title


def _title(document) -> str:
    from pdfminer.utils import decode_text

    for info in document.info or []:
        value = info.get("Title")
        if isinstance(value, bytes):
            value = decode_text(value)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _page_text(layout) -> str:
    """One page's lines, in pdfminer's reading order, soft-wrapped lines joined into paragraphs."""
    from pdfminer.layout import LTTextContainer, LTTextLine

    lines = []
    for element in layout:
        if isinstance(element, LTTextContainer):
            for line in element:
                if isinstance(line, LTTextLine):
                    text = line.get_text().replace("\n", "").rstrip()
                    if text.strip():
                        lines.append((line, text))
    if not lines:
        return ""
    right = max(line.x1 for line, _ in lines)
    out = [lines[0][1]]
    for (prev, prev_text), (line, text) in zip(lines, lines[1:]):
        char = prev.width / max(1, len(prev_text))
        height = prev.height or char
        wrapped = (
            prev.x1 >= right - 1.5 * char
            and -0.5 * height <= prev.y0 - line.y1 <= height
            and line.x0 <= prev.x0 + 0.5 * char
        )
        if wrapped:
            joint = "" if WIDE.match(prev_text[-1]) or WIDE.match(text.lstrip()[0]) else " "
            out[-1] += joint + text.lstrip()
        else:
            out.append(text)
    return "\n".join(out)
