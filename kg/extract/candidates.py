"""What every pattern finder shares. A ``Candidate`` is a span, a type, the canonical label(s) it stands
for (a coordinated form such as 省、市政协 stands for two), and what the name itself says about structure
(the parent of 区委统战部 is 区委) and ownership (区政协六届一次会议 is organised by 区政协). The finders
of organizations.py, meetings.py and initiatives.py add them to one ``Finder`` per report, whose index of
organizations lets a later finder see the body named right before what it finds; ``resolve`` keeps the
longest of overlapping candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Context
from .lexicon import np_stopwords, relation_cues

__all__ = ["Candidate", "Finder", "resolve"]

CJK = r"\u4e00-\u9fff"
LEVEL_CHARS = "省市州盟区县旗"
# characters that make a word with a following level character (社区, 城市, 节省): then it is no
# level character
# (自治区 is handled apart)
PRE_LEVEL_BAD = {"区": set("社城景园片街辖地郊校山湖港新老小学矿厂营"), "市": set("城都超门股楼县"),
                 "省": set("节反内外全"), "县": set("郡州")}


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    labels: tuple[str, ...]
    series: bool = False
    parents: tuple[tuple[str, str], ...] = ()  # (child label, parent label)
    owners: tuple[tuple[str, str], ...] = ()  # (org label, meeting label): org organizes meeting
    attendees: tuple[tuple[str, str], ...] = ()  # (org label, meeting label): org takes part in it
    priority: int = 0  # among candidates of the same length, the higher wins
    nested: bool = False  # kept even inside a longer candidate (区政协 in 区政协六届一次会议)
    surface_form: str = ""  # for quoted initiatives: the name without its head (书香政协)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _ok_before_level(text: str, i: int) -> bool:
    if i == 0:
        return True
    if text[i] in "州盟旗":
        return _name_boundary(text, i)  # 杭州, 锡林郭勒盟, 国旗: the end of another word
    ch = text[i - 1]
    return ch not in PRE_LEVEL_BAD.get(text[i], ()) and ch not in "各兄两"


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    return frozenset(c for c, _ in relation_cues())


@lru_cache(maxsize=1)
def object_cues() -> tuple[str, ...]:
    """Verbs whose object is a meeting or programme a body holds or joins (召开, 举办, 参加, 开展)."""
    return tuple(c for c, t in relation_cues() if t in ("organizes", "participatesIn"))


def _name_boundary(text: str, pos: int) -> bool:
    """Whether a name may start at ``pos``: at the start of a clause, after a function word, a list
    mark or a verb that may stand before a name (组织, 联合)."""
    if pos == 0 or not "\u4e00" <= text[pos - 1] <= "\u9fff":
        return True
    if text[pos - 1] in "和与及的等由各、":
        return True
    stops = np_stopwords()
    return any(text[max(0, pos - k):pos] in stops for k in (1, 2, 3, 4))


class Finder:
    """The state the finders of one document share: its text and context, the candidates found so
    far, and the organizations among them by where they end (for the body named right before a
    name)."""

    def __init__(self, text: str, ctx: Context):
        self.text = text
        self.ctx = ctx
        self.r = ctx.reporter
        self.out: list[Candidate] = []
        self.orgs_by_end: dict[int, list[Candidate]] = {}

    def add(self, c: Candidate) -> None:
        self.out.append(c)
        if c.type == "organization":
            self.orgs_by_end.setdefault(c.end, []).append(c)

    def owner_before(self, pos: int) -> Candidate | None:
        cands = [c for c in self.orgs_by_end.get(pos, []) if len(c.labels) == 1]
        return max(cands, key=lambda c: (c.end - c.start, c.priority)) if cands else None

    def owner_relative(self, pos: int) -> Candidate | None:
        """The body of a relative clause just before ``pos``: 市政协举办的(专题协商会)."""
        m = re.search(r"(?:召开|举办|主办|组织|承办|举行)的\s*[“\"]?$", self.text[max(0, pos - 6):pos])
        return self.owner_before(pos - len(m.group(0))) if m else None


def _outside_titles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates that are not inside a 《title》, unless they are the title or the body that opens
    it and issued the document (《中共中央关于…的意见》): what else a title names (《中国共产党纪律
    处分条例》) is not mentioned by the report."""
    titles = [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]{1,60}》", text)]
    if not titles:
        return cands
    def issuer(c: Candidate, end: int) -> bool:
        return c.type == "organization" and "关于" in text[c.end:end]

    return [c for c in cands if not any(s < c.end and c.start < e and not (c.start == s + 1 and issuer(c, e))
                                        for s, e in titles)]


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Longest first (then higher priority, then earlier); drop what overlaps a kept candidate,
    except organizations marked nested inside a kept meeting."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start, c.type, c.labels))
    kept: list[Candidate] = []
    taken = []
    for c in order:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        kept.append(c)
        taken.append((c.start, c.end))
    nested = [c for c in cands if c.nested and c not in kept and
              any(k.start <= c.start and c.end <= k.end and (k.type == "meeting" or k.priority >= 3)
                  for k in kept)]
    # one nested candidate per span
    seen = set()
    for c in sorted(nested, key=lambda c: (c.start, -(c.end - c.start), -c.priority)):
        if (c.start, c.end) not in seen and not any(
                k.start <= c.start and c.end <= k.end and k.type == "organization" and k.priority < 3
                for k in kept):
            seen.add((c.start, c.end))
            kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end, c.type))
