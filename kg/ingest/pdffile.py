"""A .pdf with a text layer → its text, one line per paragraph, via pdfminer.six.

A PDF knows lines, not paragraphs: a paragraph wrapped at the right margin comes out as several
lines. Lines are joined again when the first reaches the right margin and the next follows directly
below, not indented further (the way a person reads it), so a name wrapped across two lines is one
name again. Scanned PDFs have no text layer and are skipped with that reason (OCR is out of scope).
"""

from __future__ import annotations

import re
from collections import Counter

from .textfile import Unreadable

__all__ = ["pdf_text"]

BAND = 0.1  # running headers and footers sit in the top or bottom tenth of a page
PAGE_NUMBER = re.compile(r"[-—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–\s]*"
                         r"|[-—–\s]*(?:第\s*\d{1,4}\s*页\s*[,，]?\s*)?共\s*\d{1,4}\s*页[-—–\s]*")



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
    pages: list[list] = []
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
                layout = device.get_result()
                pages.append((_page_lines(layout), layout.height))
        except Unreadable:
            raise
        except (PDFEncryptionError, PDFPasswordIncorrect):
            raise Unreadable("the .pdf is encrypted with a password") from None
        except Exception as err:  # pdfminer raises many kinds (PSEOF, PDFSyntaxError, ...) for damage
            if not pages:
                raise Unreadable(f"corrupt .pdf (truncated or damaged): {type(err).__name__}: {err}") from None
    text = _join(_without_furniture(pages))
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


def _page_lines(layout) -> list[tuple[object, str, float]]:
    """(line, text, em) of one page's text lines in pdfminer's reading order; em: its widest glyph."""
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    lines = []
    for element in layout:
        if isinstance(element, LTTextContainer):
            for line in element:
                if isinstance(line, LTTextLine):
                    text = line.get_text().replace("\n", "").rstrip()
                    if text.strip():
                        em = max((c.width for c in line if isinstance(c, LTChar)), default=line.height)
                        lines.append((line, text, em or line.height))
    return lines


def _without_furniture(pages: list[tuple[list, float]]) -> list[list]:
    """Each page's lines without its furniture: page numbers and running headers or footers (lines in
    the top or bottom band whose text, digits aside, recurs on at least half the pages). They are
    print layout, not report, and would cut a paragraph that runs on to the next page."""
    def in_band(line, height: float) -> bool:
        return height > 0 and (line.y0 >= height * (1 - BAND) or line.y1 <= height * BAND)

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))

    counts = Counter(k for lines, height in pages
                     for k in {key(t) for line, t, _ in lines if in_band(line, height)})
    recurring = {k for k, n in counts.items() if len(pages) >= 2 and n >= max(2, len(pages) / 2)}
    return [[(line, t, em) for line, t, em in lines
             if not (in_band(line, height) and (PAGE_NUMBER.fullmatch(t) or key(t) in recurring))]
            for lines, height in pages]


def _join(pages: list[list[tuple[object, str, float]]]) -> str:
    """Paragraphs from lines: a line that reaches its page's right margin runs on into the next line
    when that one starts at or left of it (not indented), on the same page directly below, or at the
    top of the next page."""
    out: list[str] = []
    prev = None  # (line, text, em, right margin of its page)
    for lines in pages:
        if not lines:
            continue
        right = max(line.x1 for line, _, _ in lines)
        left = min(line.x0 for line, _, _ in lines)
        for i, (line, text, em) in enumerate(lines):
            wrapped = False
            if prev is not None:
                p_line, p_text, p_em, p_right = prev
                reaches = p_line.x1 >= p_right - 2 * p_em
                if i == 0:  # first line of a page: continues the last paragraph of the one before
                    wrapped = reaches and line.x0 <= left + 0.5 * em
                else:
                    below = -0.5 * p_line.height <= p_line.y0 - line.y1 <= p_line.height
                    wrapped = reaches and below and line.x0 <= p_line.x0 + 0.5 * p_em
            if wrapped:
                tail, head = out[-1][-1], text.lstrip()[0]
                latin = tail.isascii() and head.isascii() and tail.isalpha() and head.isalpha()
                out[-1] += (" " if latin else "") + text.lstrip()  # 2949 split as 29|49 joins as 2949
            else:
                out.append(text)
            prev = (line, text, em, right)
    return "\n".join(out)
