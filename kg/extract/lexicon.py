"""The extractor's language data, read from the text files in kg/data/ (one loader per file).

Each loader names its file's fields; the reader (``kg.data.read_table``) raises DataError at the
first line that does not fit, naming the file and line. ``load_all`` reads every file once, so a
command can stop with that message before it reads any report.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..data import Field, read_table
from ..model import RELATION_TYPES

__all__ = [
    "body_suffixes",
    "government_departments",
    "party_departments",
    "local_body_suffixes",
    "committee_fields",
    "bare_local_bodies",
    "words_after_wei",
    "officials",
    "abbreviations",
    "spell_out",
    "reporter_parts",
    "national_bodies",
    "party_prefixes",
    "institution_heads",
    "meeting_series",
    "meeting_heads",
    "initiative_heads",
    "named_initiatives",
    "dated_campaigns",
    "campaign_in",
    "not_initiatives",
    "quoted_name_words",
    "generic_modifiers",
    "relation_cues",
    "relation_frames",
    "np_stopwords",
    "name_openers",
    "central_committee_terms",
    "place_suffixes",
    "userdict_path",
    "load_all",
]

FRAMES = ("causative", "conduct", "lead_accept", "lead_accept_close", "lead_ask", "lead_ask_close",
          "platform", "platform_noun", "speech", "viewing", "attending")


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for (w,) in read_table(name, Field("WORD")))


def _longest_first(rows):
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=None)
def body_suffixes() -> tuple[tuple[str, str, str], ...]:
    """body_suffixes.tsv: SUFFIX <tab> CANONICAL <tab> PARENT.

    What follows a level character or a place name in a body's name (区|政协, 兰州市|委统战部).
    CANONICAL and PARENT are templates where {p} is the qualified place (深圳市宝安区); PARENT may be
    empty. Longest suffixes are tried first.
    """
    return _longest_first(read_table("body_suffixes.tsv", Field("SUFFIX"), Field("CANONICAL"), Field("PARENT", optional=True)))


@lru_cache(maxsize=None)
def government_departments() -> tuple[tuple[str, str], ...]:
    """government_departments.tsv: SURFACE [<tab> FULL] — a government's departments as reports
    write them after a place (发改局 → 发展和改革局), longest first."""
    rows = read_table("government_departments.tsv", Field("SURFACE"), Field("FULL", optional=True))
    return _longest_first((s, full or s) for s, full in rows)


@lru_cache(maxsize=None)
def party_departments() -> tuple[tuple[str, str], ...]:
    """party_departments.tsv: SURFACE [<tab> CANONICAL] — a Party committee's working bodies
    (统战部, 督查室, 编办 → 机构编制委员会办公室), longest first."""
    rows = read_table("party_departments.tsv", Field("SURFACE"), Field("CANONICAL", optional=True))
    return _longest_first((s, canon or s) for s, canon in rows)


@lru_cache(maxsize=None)
def local_body_suffixes() -> tuple[tuple[str, str, str], ...]:
    """Every suffix that makes a local body's name after a place: body_suffixes.tsv, the Party
    committee's working bodies after 委 or 党委 (委统战部, 党委统战部), and the government's
    departments (发改局); as (SUFFIX, CANONICAL, PARENT) templates, longest first."""
    rows = {s: (c, p) for s, c, p in body_suffixes()}
    for surface, full in party_departments():
        for committee in ("委", "党委"):
            rows.setdefault(committee + surface, ("中共{p}委" + full, "中共{p}委员会"))
    for surface, full in government_departments():
        # no parent: 县发改局 does not name the government it belongs to (区委统战部 names 区委)
        rows.setdefault(surface, ("{p}" + full, ""))
    return _longest_first((s, c, p) for s, (c, p) in rows.items())


@lru_cache(maxsize=None)
def committee_fields() -> tuple[str, ...]:
    """committee_fields.txt: the fields special committees are named by (经济, 文史, 学习), longest
    first; a name made of them and ending in 委员会 or 委 is a special committee."""
    return tuple(sorted(_words("committee_fields.txt"), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def bare_local_bodies() -> tuple[str, ...]:
    """bare_local_bodies.txt: bodies named bare that mean the report's own place's (工商联)."""
    return _words("bare_local_bodies.txt")


@lru_cache(maxsize=None)
def words_after_wei() -> frozenset[str]:
    """words_after_wei.txt: words opening with 委 (委托, 委派) that a committee's short name 区委 is
    not part of."""
    return frozenset(_words("words_after_wei.txt"))


@lru_cache(maxsize=None)
def officials() -> tuple[tuple[str, str], ...]:
    """officials.tsv: TITLE <tab> LEVEL — heads of government who meet the committee's members
    (市长 市, 州长 州), longest first."""
    levels = ("省", "市", "区", "县", "旗", "州", "盟")
    return _longest_first(read_table("officials.tsv", Field("TITLE"), Field("LEVEL", choices=levels)))


@lru_cache(maxsize=None)
def abbreviations() -> tuple[tuple[str, str], ...]:
    """abbreviations.tsv: SHORT <tab> FULL — standard short forms (常委会, 专委会, 主席会) that a
    canonical name spells out, longest first; see ``spell_out``."""
    return _longest_first(read_table("abbreviations.tsv", Field("SHORT"), Field("FULL")))


def spell_out(name: str) -> str:
    """``name`` with every short form in abbreviations.tsv written in full: the one rule by which
    canonical names of a committee's parts and sessions are made (常委会专题讲座 → 常务委员会专题讲座).
    Full forms already in the name are kept as they are (主席会议 does not become 主席会议议)."""
    rows = abbreviations()
    fulls = sorted({f for _, f in rows}, key=lambda f: (-len(f), f))
    out, i = [], 0
    while i < len(name):
        full = next((f for f in fulls if name.startswith(f, i)), None)
        if full is None:
            short, full = next(((s, f) for s, f in rows if name.startswith(s, i)), (name[i], name[i]))
            i += len(short)
        else:
            i += len(full)
        out.append(full)
    return "".join(out)


@lru_cache(maxsize=None)
def reporter_parts() -> tuple[tuple[str, str, str], ...]:
    """reporter_parts.tsv: SURFACE [<tab> PART-OF], read as (SURFACE, CANONICAL, PARENT) templates.

    Bare names that, in a report, mean a part of the reporting committee (常委会, 政协党组, 专委会).
    {r} in the templates is the reporter's canonical name (深圳市宝安区政协); the canonical name is
    {r} + the surface without a leading 政协, spelled out (``spell_out``).
    """
    def canonical(surface: str) -> str:
        return "{r}" + spell_out(surface.removeprefix("政协"))

    rows = read_table("reporter_parts.tsv", Field("SURFACE"), Field("PART-OF", optional=True))
    return _longest_first((s, canonical(s), canonical(p) if p else "{r}") for s, p in rows)


@lru_cache(maxsize=None)
def national_bodies() -> tuple[tuple[str, str, str], ...]:
    """national_bodies.tsv: SURFACE <tab> CANONICAL <tab> PARENT (canonical name of the parent)."""
    return _longest_first(read_table("national_bodies.tsv", Field("SURFACE"), Field("CANONICAL"), Field("PARENT", optional=True)))


@lru_cache(maxsize=None)
def party_prefixes() -> tuple[tuple[str, str], ...]:
    """party_prefixes.tsv: SHORT <tab> FULL — democratic parties and people's organisations whose
    local committees are named SHORT + place + 委 (民盟兰州市委)."""
    return _longest_first(read_table("party_prefixes.tsv", Field("SHORT"), Field("FULL")))


@lru_cache(maxsize=None)
def institution_heads() -> tuple[str, ...]:
    """institution_heads.txt: one head word a line that ends the name of a standing body
    (大学, 医院, 管委会, 指挥部, 专班); the name is the noun phrase ending in it."""
    return tuple(sorted(_words("institution_heads.txt"), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def meeting_series() -> tuple[tuple[str, str, str], ...]:
    """meeting_series.tsv: SURFACE <tab> OWNER [<tab> SAME-AS], read as (SURFACE, CANONICAL-TAIL, OWNER).

    Recurring meeting formats. The canonical name is the owner's name + CANONICAL-TAIL, which is
    SAME-AS (or the surface) spelled out (``spell_out``). OWNER says whose format it is when the
    text names no owner: cppcc (the reporting committee), party, place (the jurisdiction,
    四大班子联席会议) or none (the surface is already a full name).
    """
    owners = ("cppcc", "party", "place", "none")
    rows = read_table("meeting_series.tsv", Field("SURFACE"), Field("OWNER", choices=owners),
                      Field("SAME-AS", optional=True))
    return _longest_first((s, spell_out(same or s), owner) for s, owner, same in rows)


@lru_cache(maxsize=None)
def meeting_heads() -> tuple[str, ...]:
    """meeting_heads.txt: head words of gatherings (座谈会, 研讨会, 培训班); a named noun phrase
    ending in one is a meeting."""
    return tuple(sorted(_words("meeting_heads.txt"), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def initiative_heads() -> tuple[tuple[str, int], ...]:
    """initiative_heads.tsv: HEAD <tab> MIN — head words of programmes (活动, 行动, 工程, 机制) and
    how long an unquoted name before the head must be to count (0: only after a quoted name)."""
    return _longest_first(read_table("initiative_heads.tsv", Field("HEAD"), Field("MIN", number=True)))


@lru_cache(maxsize=None)
def named_initiatives() -> tuple[tuple[str, str], ...]:
    """named_initiatives.tsv: SURFACE <tab> CANONICAL — nation-wide campaigns known by a fixed name
    (党史学习教育, 脱贫攻坚, 创城 → 创建全国文明城市)."""
    return _longest_first(read_table("named_initiatives.tsv", Field("SURFACE"), Field("CANONICAL")))


@lru_cache(maxsize=None)
def dated_campaigns() -> tuple[tuple[str, int, int, str], ...]:
    """dated_campaigns.tsv: SURFACE <tab> FIRST-YEAR <tab> LAST-YEAR <tab> CANONICAL — short names of
    campaigns whose meaning depends on the report's year (主题教育 in 2019 and in 2023)."""
    return tuple(read_table("dated_campaigns.tsv", Field("SURFACE"), Field("FIRST-YEAR", number=True),
                            Field("LAST-YEAR", number=True), Field("CANONICAL")))


def campaign_in(surface: str, canonical: str, year: int | None) -> str:
    """The campaign a named campaign's short surface means in a report of ``year``."""
    for short, first, last, full in dated_campaigns():
        if surface == short and year and first <= year <= last:
            return full
    return canonical


@lru_cache(maxsize=None)
def quoted_name_words() -> dict[str, tuple[str, ...]]:
    """quoted_names.tsv: KIND <tab> WORD — the cue verbs, brand endings, bare heads, vague words and
    topic words that tell whether a quoted phrase names a programme; longest first per kind."""
    kinds = ("cue", "brand", "bare", "vague", "topic", "tail")
    words: dict[str, list[str]] = {k: [] for k in kinds}
    for kind, word in read_table("quoted_names.tsv", Field("KIND", choices=kinds), Field("WORD")):
        words[kind].append(word)
    return {k: tuple(sorted(ws, key=lambda w: (-len(w), w))) for k, ws in words.items()}


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
    return _longest_first(read_table("relation_cues.tsv", Field("CUE"), Field("RELATION", choices=RELATION_TYPES)))


@lru_cache(maxsize=None)
def relation_frames() -> dict[str, tuple[str, ...]]:
    """relation_frames.tsv: FRAME <tab> WORD — words that open or close a frame around a cue
    (causative 引导 …投身, platform 利用 …等平台, speech 在…会议上 发言), longest first."""
    frames: dict[str, list[str]] = {}
    for frame, word in read_table("relation_frames.tsv", Field("FRAME", choices=FRAMES), Field("WORD")):
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
    return tuple(read_table("central_committee_terms.tsv", Field("TERM"), Field("FIRST-YEAR", number=True)))


@lru_cache(maxsize=None)
def place_suffixes() -> tuple[str, ...]:
    """place_suffixes.txt: administrative suffixes stripped to get a place's short name
    (自治区, 市, 区, 县), longest first."""
    return tuple(sorted(_words("place_suffixes.txt"), key=lambda w: (-len(w), w)))


def userdict_path():
    """userdict.txt: jieba's user dictionary format, ``WORD [FREQ] [POS]`` separated by spaces."""
    return resources.files("kg.data").joinpath("userdict.txt")


def load_all() -> None:
    """Read every data file now; raises DataError (file:line) at the first bad line of any of them."""
    for name in __all__:
        loader = globals()[name]
        if callable(loader) and hasattr(loader, "cache_clear"):
            loader()
    if not userdict_path().is_file():
        raise FileNotFoundError(f"kg/data/userdict.txt is missing")
