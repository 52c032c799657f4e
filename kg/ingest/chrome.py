"""Page chrome → ignored spans, plus the title and source a page states (rules in kg/data/chrome.txt).

The text is never rewritten: chrome is marked as spans that extraction does not read, so every offset
still points into the report exactly as it was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import DataError, data_text
from ..model import Span

__all__ = ["Rule", "load_chrome", "find_chrome", "guess_title", "merge_spans"]

KINDS = ("line", "top", "span", "head", "tail")
HEAD_ZONE = 1000  # a head marker counts only within this many characters of the start ...
HEAD_SHARE = 0.25  # ... and within this share of the text
TAIL_SHARE = 0.5  # a tail marker counts only after this share of the text
TOP_LINES = 3
BULLETS = " \t\u3000•·●▪◦‧∙・"
TITLE_MAX = 80


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern
    line: int  # where it is written in chrome.txt, for messages


def parse_rules(lines: list[str], filename: str) -> tuple[Rule, ...]:
    """Parse chrome rules, one a line: KIND white space REGEX; '#' starts a comment line.

    A bad line raises DataError naming ``filename:line``.
    """
    rules = []
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, pattern = line.replace("\t", " ").partition(" ")
        pattern = pattern.strip()
        if kind not in KINDS or not pattern:
            raise DataError(f"{filename}:{n}: expected KIND PATTERN with KIND one of {', '.join(KINDS)}: {line!r}")
        try:
            compiled = re.compile(pattern, re.MULTILINE)
        except re.error as err:
            raise DataError(f"{filename}:{n}: bad regular expression ({err}): {pattern!r}") from None
        rules.append(Rule(kind, compiled, n))
    return tuple(rules)


@lru_cache(maxsize=1)
def load_chrome() -> tuple[Rule, ...]:
    """The rules of kg/data/chrome.txt (format in that file's header and in ``parse_rules``)."""
    return parse_rules(data_text("chrome.txt").splitlines(), "kg/data/chrome.txt")


def _lines(text: str):
    """(start, end, content) of each line, end excluding the newline."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line), line
        start += len(line) + 1


def merge_spans(spans) -> tuple[Span, ...]:
    """Sorted, non-overlapping, non-empty spans covering the same characters."""
    out: list[Span] = []
    for s in sorted(s for s in spans if s.end > s.start):
        if out and s.start <= out[-1].end:
            if s.end > out[-1].end:
                out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return tuple(out)


def find_chrome(text: str, rules: tuple[Rule, ...] | None = None) -> tuple[tuple[Span, ...], str]:
    """Chrome spans of ``text`` (matched as given; pass ``match_text``) and the source it names."""
    rules = load_chrome() if rules is None else rules
    spans: list[Span] = []
    sources: list[tuple[int, int, str]] = []  # (rule order, position, source)
    lines = list(_lines(text))
    nonempty = [ln for ln in lines if ln[2].strip()]
    top = nonempty[:TOP_LINES]
    head_limit = min(HEAD_ZONE, HEAD_SHARE * len(text))
    tail_limit = TAIL_SHARE * len(text)

    def note_source(order: int, m: re.Match) -> None:
        if "source" in m.re.groupindex and m.group("source"):
            sources.append((order, m.start(), m.group("source")))

    for order, rule in enumerate(rules):
        if rule.kind == "span":
            for m in rule.pattern.finditer(text):
                spans.append(Span(m.start(), m.end()))
                note_source(order, m)
            continue
        candidates = top if rule.kind == "top" else nonempty
        for start, end, line in candidates:
            if rule.kind == "head" and start > head_limit:
                break
            if rule.kind == "tail" and start < tail_limit:
                continue
            lead = len(line) - len(line.lstrip(BULLETS))
            body_end = len(line.rstrip())
            if body_end <= lead:
                continue
            m = rule.pattern.fullmatch(line, lead, body_end)
            if m is None:
                continue
            note_source(order, m)
            if rule.kind == "head":
                spans.append(Span(0, end))
            elif rule.kind == "tail":
                spans.append(Span(start, len(text)))
            else:
                spans.append(Span(start + lead, start + body_end))
    source = min(sources)[2] if sources else ""
    return merge_spans(spans), source


def guess_title(text: str, ignored: tuple[Span, ...]) -> str:
    """The first short line outside the chrome: the headline of a page or the heading of a report."""
    first = ""
    for start, end, line in _lines(text):
        stripped = line.strip(BULLETS + "\ufeff")
        if not stripped or any(s.start <= start + line.find(stripped) < s.end for s in ignored):
            continue
        if not first:
            first = stripped
        if len(stripped) <= TITLE_MAX and not stripped.endswith(("。", "：", ":", "；", "，", ",")):
            return stripped
        break
    return first[:TITLE_MAX]
