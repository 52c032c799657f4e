"""The extractor's language data, read from the text files in kg/data/ (one loader per file).

Every file is UTF-8, one entry a line, ``#`` starts a comment, columns are separated by tabs. A line
with the wrong number of columns is reported on stderr as ``file:line: reason`` and skipped, so one
bad entry never stops a run.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

__all__ = [
    "body_suffixes",
    "reporter_parts",
    "national_bodies",
    "party_prefixes",
    "institution_heads",
    "meeting_series",
    "meeting_heads",
    "initiative_heads",
    "named_initiatives",
    "not_initiatives",
    "generic_modifiers",
    "relation_cues",
    "relation_frames",
    "np_stopwords",
    "name_openers",
    "central_committee_terms",
    "place_suffixes",
    "userdict_path",
]


def _read(name: str) -> str:
    return resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str, columns: tuple[int, int]) -> list[tuple[str, ...]]:
    """Rows of kg/data/NAME with between columns[0] and columns[1] tab-separated fields."""
    text = _read(name)
    rows = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("\t")]
        if not columns[0] <= len(fields) <= columns[1] or not all(fields[: columns[0]]):
            print(f"kg/data/{name}:{number}: expected {columns[0]}-{columns[1]} tab-separated fields, "
                  f"got {len(fields)}; line skipped", file=sys.stderr)
            continue
        fields += [""] * (columns[1] - len(fields))
        rows.append(tuple(fields))
    return rows


def _words(name: str) -> tuple[str, ...]:
    return tuple(r[0] for r in _rows(name, (1, 1)))


@lru_cache(maxsize=None)
def body_suffixes() -> tuple[tuple[str, str, str], ...]:
    """body_suffixes.tsv: SUFFIX <tab> CANONICAL <tab> PARENT.

    What follows a level character or a place name in a body's name (区|政协, 兰州市|委统战部).
    CANONICAL and PARENT are templates where {p} is the qualified place (深圳市宝安区); PARENT may be
    empty. Longest suffixes are tried first.
    """
    rows = _rows("body_suffixes.tsv", (2, 3))
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=None)
def reporter_parts() -> tuple[tuple[str, str, str], ...]:
    """reporter_parts.tsv: SURFACE <tab> CANONICAL <tab> PARENT.

    Bare names that, in a report, mean a part of the reporting committee (常委会, 政协党组, 专委会).
    {r} in the templates is the reporter's canonical name (深圳市宝安区政协).
    """
    rows = _rows("reporter_parts.tsv", (2, 3))
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=None)
def national_bodies() -> tuple[tuple[str, str, str], ...]:
    """national_bodies.tsv: SURFACE <tab> CANONICAL <tab> PARENT (canonical name of the parent)."""
    rows = _rows("national_bodies.tsv", (2, 3))
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=None)
def party_prefixes() -> tuple[tuple[str, str], ...]:
    """party_prefixes.tsv: SHORT <tab> FULL — democratic parties and people's organisations whose
    local committees are named SHORT + place + 委 (民盟兰州市委)."""
    return tuple(sorted(_rows("party_prefixes.tsv", (2, 2)), key=lambda r: -len(r[0])))


@lru_cache(maxsize=None)
def institution_heads() -> tuple[str, ...]:
    """institution_heads.txt: one head word a line that ends the name of a standing body
    (大学, 医院, 管委会, 指挥部, 专班); the name is the noun phrase ending in it."""
    return tuple(sorted(_words("institution_heads.txt"), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def meeting_series() -> tuple[tuple[str, str, str], ...]:
    """meeting_series.tsv: SURFACE <tab> CANONICAL-TAIL <tab> OWNER.

    Recurring meeting formats. The canonical name is the owner's name + CANONICAL-TAIL; OWNER says
    whose format it is when the text names no owner: cppcc (the reporting committee), place (the
    jurisdiction, 市长与委员座谈会) or none (the surface is already a full name).
    """
    rows = _rows("meeting_series.tsv", (3, 3))
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=None)
def meeting_heads() -> tuple[str, ...]:
    """meeting_heads.txt: head words of gatherings (座谈会, 研讨会, 培训班); a named noun phrase
    ending in one is a meeting."""
    return tuple(sorted(_words("meeting_heads.txt"), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def initiative_heads() -> tuple[tuple[str, int], ...]:
    """initiative_heads.tsv: HEAD <tab> MIN — head words of programmes (活动, 行动, 工程, 机制) and
    how long an unquoted name before the head must be to count (0: only after a quoted name)."""
    rows = []
    for head, low in _rows("initiative_heads.tsv", (2, 2)):
        if low.isdigit():
            rows.append((head, int(low)))
        else:
            print(f"kg/data/initiative_heads.tsv: {head}: MIN must be a number, got {low!r}", file=sys.stderr)
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=None)
def named_initiatives() -> tuple[tuple[str, str], ...]:
    """named_initiatives.tsv: SURFACE <tab> CANONICAL — nation-wide campaigns known by a fixed name
    (党史学习教育, 脱贫攻坚, 创城 → 创建全国文明城市)."""
    return tuple(sorted(_rows("named_initiatives.tsv", (2, 2)), key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=None)
def not_initiatives() -> tuple[str, ...]:
    """not_initiatives.txt: words that mark a quoted phrase as a slogan, doctrine or goal rather
    than a programme when the phrase starts with, or is, one of them (两个, 四个, 精神)."""
    return _words("not_initiatives.txt")


@lru_cache(maxsize=None)
def generic_modifiers() -> frozenset[str]:
    """generic_modifiers.txt: noun phrases too general to name a meeting or programme on their own
    (专题, 各类, 相关); a candidate whose name is only one of them is dropped."""
    return frozenset(_words("generic_modifiers.txt"))


@lru_cache(maxsize=None)
def relation_cues() -> tuple[tuple[str, str], ...]:
    """relation_cues.tsv: CUE <tab> RELATION — verbs that state a relation between the clause's
    subject and what follows (召开 organizes, 参加 participatesIn, 联合 collaboratesWith)."""
    return tuple(sorted(_rows("relation_cues.tsv", (2, 2)), key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=None)
def relation_frames() -> dict[str, tuple[str, ...]]:
    """relation_frames.tsv: FRAME <tab> WORD — words that open or close a frame around a cue
    (causative 引导 …投身, platform 利用 …等平台, speech 在…会议上 发言), longest first."""
    frames: dict[str, list[str]] = {}
    for frame, word in _rows("relation_frames.tsv", (2, 2)):
        frames.setdefault(frame, []).append(word)
    return {f: tuple(sorted(ws, key=lambda w: (-len(w), w))) for f, ws in sorted(frames.items())}


@lru_cache(maxsize=None)
def np_stopwords() -> frozenset[str]:
    """np_stopwords.txt: words a name never starts with; growing a name leftwards stops before them
    (verbs such as 召开, 开展; adverbs such as 深入, 积极)."""
    return frozenset(_words("np_stopwords.txt"))


@lru_cache(maxsize=None)
def name_openers() -> frozenset[str]:
    """name_openers.txt: verbs that may open a name (庆祝, 纪念); trimming stops at them."""
    return frozenset(_words("name_openers.txt"))


@lru_cache(maxsize=None)
def central_committee_terms() -> tuple[tuple[str, int], ...]:
    """central_committee_terms.tsv: TERM <tab> FIRST-YEAR — the Party's national congresses and the
    year each Central Committee began, to date a plenum named without its term (三中全会)."""
    return tuple((t, int(y)) for t, y in _rows("central_committee_terms.tsv", (2, 2)))


@lru_cache(maxsize=None)
def place_suffixes() -> tuple[str, ...]:
    """place_suffixes.txt: administrative suffixes stripped to get a place's short name
    (自治区, 市, 区, 县), longest first."""
    return tuple(sorted(_words("place_suffixes.txt"), key=lambda w: (-len(w), w)))


def userdict_path():
    """userdict.txt: jieba's user dictionary format, ``WORD [FREQ] [POS]`` separated by spaces."""
    return resources.files("kg.data").joinpath("userdict.txt")
