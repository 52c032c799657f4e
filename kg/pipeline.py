"""The flow end to end: paths → (Extractions, skipped files). Used by `kg build` and `kg extract`."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .data import DataError
from .extract import extract, lexicon
from .ingest import list_reports, read_document
from .ingest.chrome import load_chrome
from .link import link
from .model import Document, Extraction, Skipped

__all__ = ["Run", "UnreadableFile", "check_data", "read_and_extract", "run"]


class UnreadableFile(Exception):
    """Raised by ``run(strict=True)`` at the first file that cannot be read; carries its Skipped."""

    def __init__(self, item: Skipped) -> None:
        super().__init__(f"{item.path}: {item.reason}")
        self.item = item


@dataclass
class Run:
    extractions: list[Extraction] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read_and_extract(item: Path | Skipped) -> Extraction | Skipped:
    """One report through ingest and extract: the per-document part of the flow, run in any process."""
    if isinstance(item, Skipped):
        return item
    doc = read_document(item)
    if isinstance(doc, Skipped):
        return doc
    try:
        return extract(doc)
    except DataError:
        raise
    except Exception as err:  # a bug in one report's extraction must not stop the others
        return Skipped(str(item), f"extraction failed ({type(err).__name__}: {err}); please report this")


def check_data() -> None:
    """Read every data file now (lexicons, page-chrome rules): a bad line raises DataError naming
    its file and line before any report is read, rather than failing every report alike."""
    lexicon.load_all()
    load_chrome()


# A report of our own whose extraction loads every lexicon, the place table and the jieba dictionary.
WARM_UP = Document(name="warm-up.txt", path="", text="政协某省某市第一届委员会常务委员会工作报告\n"
                   "一年来，市政协在市委领导下，召开主席会议，组织委员参加全市乡村振兴调研活动。")


def extract_all(items: list[Path | Skipped], jobs: int) -> Iterator[Extraction | Skipped]:
    """read_and_extract over every item, in their order, in ``jobs`` processes (0: one per core).

    The lexicons and jieba's dictionary are loaded once before the workers start (about a second),
    so that forked workers share them instead of each loading its own.
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(items) < 2:
        yield from map(read_and_extract, items)
        return
    extract(WARM_UP)
    with ProcessPoolExecutor(max_workers=min(jobs, len(items))) as pool:
        yield from pool.map(read_and_extract, items, chunksize=max(1, len(items) // (8 * jobs)))


def run(paths: Iterable[str], on_skip: Callable[[Skipped], None] = lambda s: None,
        on_document: Callable[[str], None] = lambda name: None, strict: bool = False, jobs: int = 1) -> Run:
    """Read, extract and link every report under ``paths``; bad files are reported, never raised.

    Documents are processed in an order that does not depend on the order of ``paths`` (see
    ``list_reports``), so the outputs do not either, however many ``jobs`` share the work. With
    ``strict`` the first unreadable file raises UnreadableFile instead. A bad line in one of our
    own data files raises DataError before any report is read.
    """
    check_data()
    out = Run()
    extracted = []
    for item in extract_all(list(list_reports(paths)), jobs):
        if isinstance(item, Skipped):
            if strict:
                raise UnreadableFile(item)
            out.skipped.append(item)
            on_skip(item)
            continue
        on_document(item.document.name)
        extracted.append(item)
    out.extractions = link(extracted)
    return out
