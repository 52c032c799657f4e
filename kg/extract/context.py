"""Document context: who reports, for which place and level, which session and year.

Read from the title and the opening (我代表政协兰州市城关区第十届委员会常务委员会…), and failing
those from how often the report says 区政协 / 市政协 and which place names it mentions.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Context, Document
from .canon import NUM, NUM_CHARS
from .places import Place, find_places, gazetteer, short_name

__all__ = ["infer_context", "resolve_place", "qualify_level"]

HEAD_CHARS = 3000
CJK = r"\u4e00-\u9fff"
# 政协第十届兰州市城关区委员会 / 中国人民政治协商会议第八届六盘水市委员会 / 政协兰州市城关区第十届委员会
FULL_NAME = re.compile(
    rf"(?:中国人民政治协商会议|政协)\s*(?:第({NUM}+)届)?\s*([{CJK}]{{2,14}}?)\s*(?:第({NUM}+)届)?\s*委员会")
SHORT_NAME = re.compile(rf"([{CJK}]{{2,12}}?)政协")
TITLE_NAME = re.compile(rf"([{CJK}]{{2,12}}?)(?:委员会常务委员会|政协)")
SESSION = re.compile(rf"(?<![委{NUM_CHARS}])({NUM}+)届(?:{NUM}+次会议|区政协|市政协|县政协|省政协)")
YEAR = re.compile(r"(20\d\d|19\d\d)\s*年")
LEVEL_OF = {"省": "province", "市": "city", "州": "city", "盟": "city", "区": "district", "县": "district",
            "旗": "district"}
# prefecture-level divisions that are not cities: their reports say 州政协, 盟委, not 市政协
PREFECTURES = ("自治州", "盟", "地区")


def _parse_places(s: str) -> list[str] | None:
    """The place names that make up ``s`` exactly (兰州市城关区 → [兰州市, 城关区]), else None."""
    s = s.strip()
    found = find_places(s)
    if not found or found[0][0] != 0:
        return None
    pos = 0
    for start, end, _ in found:
        if start != pos:
            return None
        pos = end
    return [w for _, _, w in found] if pos == len(s) else None


def resolve_place(names: list[str], prefer: Context | None = None, counts: Counter | None = None
                  ) -> Place | None:
    """The place meant by a chain of names (兰州市 城关区), the last being the most specific.

    Ties between places of the same name (城关区 of 兰州 or of 拉萨) go to the one whose parents the
    chain or the report's context names, then to the one whose parents the report mentions most.
    """
    gaz = gazetteer()
    if not names or names[-1] not in gaz:
        return None
    parents = {short_name(n) for n in names[:-1]}
    best, best_score = None, None
    for p in gaz[names[-1]]:
        score = 0
        for parent in (p.province, p.city):
            if parent and short_name(parent) in parents:
                score += 100
            if prefer and parent and parent in (prefer.province, prefer.city):
                score += 10
            if counts and parent:
                score += counts.get(short_name(parent), 0) + counts.get(parent, 0)
        if names[-1] == p.name:
            score += 1
        if best_score is None or score > best_score:
            best, best_score = p, score
    return best


def _text_form(p: Place, surface: str) -> Place:
    """A county renamed a district since the table was made (南和县 → 南和区): follow the text."""
    if p.level == "district" and surface != p.name and short_name(surface) == short_name(p.name):
        return Place(p.code, surface, p.level, p.province, p.city, surface)
    return p


def _context_of(p: Place, session: str, year: int | None) -> Context:
    return Context(reporter=p.qualified + "政协", level=p.level, province=p.province,
                   city=p.city if p.level != "province" else "",
                   district=p.district if p.level == "district" else "", session=session, year=year)


def infer_context(doc: Document) -> Context:
    """Fill kg.model.Context from the report's own words; fields it cannot tell stay empty."""
    text = doc.match_text
    head = (doc.title + "\n" + text[:HEAD_CHARS])
    year_m = YEAR.search(head)
    year = int(year_m.group(1)) if year_m else None
    session = ""
    counts = Counter(w for _, _, w in find_places(text))
    chosen: tuple[list[str], str] | None = None
    for m in FULL_NAME.finditer(head):
        names = _parse_places(m.group(2).replace("\n", ""))
        if names:
            chosen = (names, m.group(2))
            session = m.group(1) or m.group(3) or ""
            break
    if chosen is None:
        for pattern in (TITLE_NAME, SHORT_NAME):
            for m in pattern.finditer(head):
                # the place may be preceded by other words (突出重点…): try every suffix of the run
                run = m.group(1)
                for i in range(len(run) - 1):
                    names = _parse_places(run[i:])
                    if names and any(gazetteer()[n][0].name == n for n in names):
                        chosen = (names, run[i:])
                        break
                if chosen:
                    break
            if chosen:
                break
    if not session:
        m = SESSION.search(head)
        session = m.group(1) if m else ""
    if chosen is not None:
        place = resolve_place(chosen[0], counts=counts)
        if place is not None:
            return _context_of(_text_form(place, chosen[0][-1]), session, year)
    return _guess_from_counts(text, counts, session, year)


def _guess_from_counts(text: str, counts: Counter, session: str, year: int | None) -> Context:
    """No self-naming found: the level from 区政协/市政协 counts, the place from mentions."""
    votes = Counter()
    for m in re.finditer(r"([省市州盟区县旗])(?:政协|委)", text):
        if m.start() == 0 or text[m.start() - 1] not in "各全兄":
            votes[LEVEL_OF[m.group(1)]] += 1
    if not votes:
        return Context(session=session, year=year)
    level = max(votes, key=lambda k: (votes[k], ("province", "city", "district").index(k)))
    gaz = gazetteer()
    best, best_score, best_surface = None, 0, ""
    for word, n in sorted(counts.items()):
        for p in gaz[word]:
            if p.level != level:
                continue
            score = n * 10
            for parent in (p.province, p.city):
                if parent:
                    score += 3 * (counts.get(short_name(parent), 0) + counts.get(parent, 0))
            if score > best_score:
                best, best_score, best_surface = p, score, word
    if best is None:
        return Context(level=level, session=session, year=year)
    surface = best_surface
    if best.level == "district" and surface == short_name(best.name):
        m = re.search(re.escape(surface) + "([区县旗])", text)
        surface = surface + m.group(1) if m else best.name
    return _context_of(_text_form(best, surface), session, year)


def qualify_level(level_char: str, ctx: Context) -> str:
    """The qualified place a level character stands for in this report (区 → 深圳市宝安区)."""
    if level_char in ("省", "自治区"):
        return ctx.province
    if level_char == "市":
        if ctx.level == "district" and ctx.district.endswith("市"):
            return ctx.city + ctx.district  # a county-level city's own report
        if ctx.level == "province" and ctx.province.endswith("市"):
            return ctx.province  # a municipality: 市政协 is the province-level committee
        if ctx.city.endswith(PREFECTURES):
            return ""  # in a prefecture (恩施州), 市 names one of its county-level cities
        return ctx.city if ctx.level in ("city", "district") else ""
    if level_char in "州盟":
        # 州政协, 州委 in an autonomous prefecture's report or one of its counties'; 盟 likewise
        ok = ctx.level in ("city", "district") and ctx.city.endswith("自治州" if level_char == "州" else "盟")
        return ctx.city if ok else ""
    if level_char in "区县旗":
        # 县政协 in a district's report is some county's, not the reporter's
        ok = ctx.level == "district" and ctx.district.endswith(level_char)
        return ctx.city + ctx.district if ok else ""
    return ""
