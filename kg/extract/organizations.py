"""Organization finders: the committee's own and local bodies (区政协, 省、市政协, 市委统战部), democratic
parties, national bodies, the parts and special committees of a committee, institutions and the bodies of
towns and streets. They run before the meeting and initiative finders, which look up the body named right
before what they find.
"""

from __future__ import annotations

import re

from .candidates import CJK, LEVEL_CHARS, Candidate, Finder, _alt, _name_boundary, _ok_before_level, cue_words
from .canon import NUM, NUM_CHARS, strip_quotes
from .context import qualify_level, resolve_place
from .lexicon import (bare_local_bodies, committee_fields, generic_modifiers, institution_heads,
                      local_body_suffixes, national_bodies, np_stopwords, party_prefixes, reporter_parts,
                      words_after_wei)
from .places import find_places, gazetteer, short_name
from .text import grow_left, jieba_words

__all__ = ["find_reporter_names", "find_local_bodies", "find_bare_local_bodies", "find_listed_places",
           "find_democratic_parties", "find_national_bodies", "find_reporter_parts", "find_special_committees",
           "find_institutions", "find_township_bodies"]

# a bureau (局) or department (厅) named after a place: 区住建交通局; the stem holds no function word,
# and 局面, 局势, 局长 are other words
BUREAU = re.compile(r"([\u4e00-\u9fff]{2,8}?)(局|厅)")
BUREAU_STOPS = set("的地得了在与及是为对把被将从向以等各个这那其所之有全")
BUREAU_NOT_NEXT = set("面势限部长")
ANNIVERSARY = re.compile(r"成立[\d一二三四五六七八九十百]+周年(?!大会|纪念大会|座谈会)")
# the bodies of a town or street: UNIT → (full name, whether it is the Party's)
TOWNSHIP_UNITS = {"党工委": ("工作委员会", True), "党委": ("委员会", True), "办事处": ("办事处", False),
                  "人民政府": ("人民政府", False), "政府": ("人民政府", False)}
# the units of a democratic party's local organisation (民盟兰州市委, 九三学社西湖区基层委员会)
PARTY_UNITS = "基层委员会|委员会|委会|总支部|总支|支部|工委|委(?!员)"
# after a party's bare name, these make it a member, a sector or a paper, not the party's committee
PARTY_NOT_BODY = "(?:会员|党员|盟员|社员|成员|员|界|人士|企业|党派)"


def short_in(name: str, reporter: str) -> bool:
    """Whether a place name (or its short form) is part of the reporter's name."""
    return bool(name) and short_name(name) in reporter


def _party_unit(unit: str) -> str:
    """委 and 委会 are short forms of 委员会 in a party's name (民盟县委, 致公党省委会 → …委员会)."""
    return "委员会" if unit in ("委", "委会") else unit


def _add_body(f: Finder, start: int, prefix_end: int, places: list[str], suffix: str, canon: str,
              parent: str, priority: int = 0) -> None:
    labels, parents = [], []
    for p in places:
        if not p:
            continue
        label = canon.replace("{p}", p)
        labels.append(label)
        if parent:
            parents.append((label, parent.replace("{p}", p)))
    if labels:
        end = prefix_end + len(suffix)
        f.add(Candidate(start, end, "organization", tuple(dict.fromkeys(labels)),
                        parents=tuple(parents), priority=priority))


def _suffix_at(f: Finder, pos: int) -> tuple[str, str, str] | None:
    """The body suffix that starts at ``pos`` (政协, 委统战部, 发改局), as (SUFFIX, CANONICAL,
    PARENT); a bureau or department not in the tables (住建交通局) is read from its ending."""
    text = f.text
    for s, canon, parent in local_body_suffixes():  # longest first
        if not text.startswith(s, pos):
            continue
        nxt = text[pos + len(s):pos + len(s) + 1]
        if s.endswith("委") and nxt == "员" or s.endswith("会") and nxt == "议":
            continue  # 市委员 is 市 + 委员; 区委常委会议 is 区委 + 常委会议
        if s in ("委", "党委") and any(text.startswith(w, pos + len(s) - 1) for w in words_after_wei()):
            continue  # 杭州委托: 委 opens another word
        return s, canon, parent
    m = BUREAU.match(text, pos)
    if m is None or any(ch in BUREAU_STOPS for ch in m.group(1)) or "自治" in m.group(1) or \
            text[m.end():m.end() + 1] in BUREAU_NOT_NEXT:
        return None
    words = jieba_words()
    if text[pos - 1:pos + 1] in words or (text[m.end() - 2:m.end()] in words and m.group(0) not in words):
        return None  # 区域…, 市场…; 格局, 大局, 客厅: not a bureau's name
    return m.group(0), "{p}" + m.group(0), ""


def find_local_bodies(f: Finder) -> None:
    """区政协, 省、市政协, 市委统战部, 中共宝安区委, 贵州省政协, 县发改局, 团县委 …"""
    text = f.text
    for m in re.finditer(rf"(中共|团)?([{LEVEL_CHARS}](?:[、和]?[{LEVEL_CHARS}])*)", text):
        if not m.group(1) and not _ok_before_level(text, m.start()):
            continue
        if m.group(1) == "团":
            if len(m.group(2)) == 1 and text.startswith("委", m.end()) and \
                    text[m.end() + 1:m.end() + 2] != "员" and qualify_level(m.group(2), f.ctx):
                label = f"共青团{qualify_level(m.group(2), f.ctx)}委员会"  # 团县委
                f.add(Candidate(m.start(), m.end() + 1, "organization", (label,), priority=1))
            continue
        run_end = m.end()
        found = _suffix_at(f, run_end)
        while not found and run_end - m.start(2) > 1:
            run_end -= 1  # 区市场监管局: 区 + 市场监管局, not 区、市 + 场…
            found = _suffix_at(f, run_end) if text[run_end - 1] in LEVEL_CHARS else None
        if not found:
            continue
        chars = [c for c in text[m.start(2):run_end] if c in LEVEL_CHARS]
        start = m.start()
        if chars == ["区"] and text[m.start() - 2:m.start()] == "自治":
            chars, start = ["自治区"], m.start() - 2  # 自治区政协: the region's committee
        places = [qualify_level(c, f.ctx) for c in chars]
        if not all(places):
            continue  # 市县政协 in a district's report: some of them are not one body
        s, canon, parent = found
        _add_body(f, start, run_end, places, s, canon, parent)
        if s.startswith("政协") and s != "政协":
            # 自治区政协党组…: the committee itself may own what follows (…理论学习中心组)
            _add_body(f, start, run_end, places, "政协", "{p}政协", "", priority=-1)
        _coordinated_suffixes(f, run_end + len(s), places)
    hits = find_places(text)
    i = 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits) and hits[j + 1][0] == hits[j][1]:
            j += 1  # a chain 兰州市城关区
        start, end = hits[i][0], hits[j][1]
        names = [w for _, _, w in hits[i:j + 1]]
        found = _suffix_at(f, end)
        if not found and text[end:end + 1] in LEVEL_CHARS and len(names) == 1 and any(
                p.name.endswith(text[end]) and short_name(p.name) == names[0] for p in gazetteer().get(names[0], ())):
            found = _suffix_at(f, end + 1)  # 宁夏区委: the region's short name and its level character
            if found:
                found = (text[end] + found[0],) + found[1:]
        alone = i == j
        i = j + 1
        if not found or found[0] == "委员会" and text[end + 3:end + 5] == "常务":
            continue
        place = resolve_place(names, prefer=f.ctx)
        if place is None or alone and _misread_place(f, start, end, place):
            continue
        q = place.qualified
        if place.level == "district" and names[-1] != place.name and \
                names[-1][-1] in "区县旗" and len(names[-1]) > 1:
            q = place.city + names[-1]
        if place.level == "district" and f.ctx.district and place.city == f.ctx.city \
                and short_name(place.name) == short_name(f.ctx.district):
            q = f.ctx.city + f.ctx.district
        pre = start - 2 if text[start - 2:start] == "中共" else start
        s, canon, parent = found
        _add_body(f, pre, end, [q], s, canon, parent, priority=1)
        _coordinated_suffixes(f, end + len(s), [q])


def find_listed_places(f: Finder) -> None:
    """苏州、无锡、常州三市政协 and 苏州、无锡、常州市政协: places listed with 、, the
    body's suffix written once after the last (and a count and level character), one body each."""
    text = f.text
    hits = find_places(text)
    i = 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits) and text[hits[j][1]:hits[j + 1][0]] == "、":
            j += 1
        if j == i:
            i += 1
            continue
        tail = re.match(rf"[\d{NUM_CHARS}]*([{LEVEL_CHARS}]?)", text[hits[j][1]:hits[j][1] + 4])
        pos = hits[j][1] + tail.end()
        found = _suffix_at(f, pos)
        if found and found[1].startswith("{p}"):
            level = tail.group(1) or hits[j][2][-1:]
            places = [resolve_place([w], prefer=f.ctx) for _, _, w in hits[i:j + 1]]
            places = [p for p in places if p is not None and p.name.endswith(level)]
            if len(places) == j - i + 1:
                s, canon, parent = found
                _add_body(f, hits[i][0], pos, [p.qualified for p in places], s, canon, parent, priority=2)
        i = j + 1


def _misread_place(f: Finder, start: int, end: int, place) -> bool:
    """Whether a short place name is really a word of the sentence: 担任县纪委 (not 任县),
    和县法院 (和 + 县法院), 会同县政府 and 会同自治区… (会同, a verb). A place of the report's own
    hierarchy is always taken as a place."""
    word = f.text[start:end]
    if place.name in (f.ctx.province, f.ctx.city, f.ctx.district) or \
            place.qualified == f.ctx.jurisdiction:
        return False
    stem = word[:-1] if len(word) <= 3 and word[-1] in LEVEL_CHARS else word
    if stem in np_stopwords() or stem in cue_words():
        return True
    if len(word) > 3:
        return False
    words = jieba_words()
    return any(f.text[start - k:start + n] in words for k in (1, 2) for n in range(1, len(stem) + 1))


def _coordinated_suffixes(f: Finder, pos: int, places: list[str]) -> None:
    """自治区党委、政府 / 县委和政府: a body suffix after 、 or 和, with no place of its own, is the
    body of the same place."""
    while f.text[pos:pos + 1] in ("、", "和") and f.text[pos:pos + 1] and \
            f.text[pos + 1:pos + 2] not in LEVEL_CHARS:
        found = _suffix_at(f, pos + 1)
        if not found or found[0] in ("委", "委员会"):
            return
        s, canon, parent = found
        _add_body(f, pos + 1, pos + 1, places, s, canon, parent)
        pos += 1 + len(s)


def find_democratic_parties(f: Finder) -> None:
    """民盟兰州市委, 民革、民盟、民建市委, 九三学社西湖区基层委员会, 民盟中央, and a party named
    bare (民建): the party's committee of the report's own place."""
    text = f.text
    parties = party_prefixes()
    party_re = _alt(s for s, _ in parties)
    pat = re.compile(rf"((?:(?:{party_re})[、和])*)({party_re})(中央)?(自治区|[{LEVEL_CHARS}])?"
                     rf"({PARTY_UNITS})?")
    for m in pat.finditer(text):
        names = re.findall(party_re, m.group(1)) + [m.group(2)]
        end, unit, where = m.end(), m.group(5) or "", ""
        if m.group(3):
            labels = tuple(f"{dict(parties)[n]}中央委员会" for n in names)
            f.add(Candidate(m.start(), end, "organization", labels, priority=2))
            continue
        if m.group(4):
            where = qualify_level(m.group(4), f.ctx) if unit else ""
        else:
            place, after = _place_chain(f, m.end(2))
            named_unit = re.match(PARTY_UNITS, text[after:]) if place else None
            if named_unit:
                where, unit, end = place.qualified, named_unit.group(0), after + len(named_unit.group(0))
            elif not unit and not re.match(PARTY_NOT_BODY, text[m.end():]) and not (
                    text[m.end():m.end() + 1] == "党" and not m.group(2).endswith("党")):
                where = f.ctx.jurisdiction  # (民进党 is another party: no 民进 committee)
        if where:
            labels = tuple(n + where + _party_unit(unit or "委") for n in names)
            f.add(Candidate(m.start(), end, "organization", labels, priority=3))


def _place_chain(f: Finder, pos: int):
    """The place named by the chain of place names starting at ``pos`` (西湖区, 兰州市城关区), and
    where the chain ends; (None, pos) when no place name starts there."""
    chain: list[str] = []
    end = pos
    for s, e, w in find_places(f.text[pos:pos + 16]):
        if pos + s != end:
            break
        chain.append(w)
        end = pos + e
    place = resolve_place(chain, prefer=f.ctx) if chain else None
    return (place, end) if place is not None else (None, pos)


def find_reporter_names(f: Finder) -> None:
    """The reporter's own full name: 政协兰州市城关区第十届委员会(常务委员会)."""
    text = f.text
    pat = re.compile(rf"(?:中国人民政治协商会议|政协)\s*(?:第{NUM}+届)?\s*([{CJK}]{{2,14}}?)\s*"
                     rf"(?:第{NUM}+届)?\s*委员会(常务委员会)?(?!第)")
    for m in pat.finditer(text):
        names = [w for _, _, w in find_places(m.group(1))]
        if not names or "".join(names) != m.group(1):
            continue
        place = resolve_place(names, prefer=f.ctx)
        if place is None:
            continue
        body = f.r if f.ctx.reporter and place.name in f.r or \
            short_in(names[-1], f.r) else place.qualified + "政协"
        if m.group(2):
            f.add(Candidate(m.start(), m.end(), "organization", (body + "常务委员会",),
                            parents=((body + "常务委员会", body),), priority=3))
            # the committee itself is named inside its standing committee's name
            f.add(Candidate(m.start(), m.start(2), "organization", (body,), nested=True))
        else:
            f.add(Candidate(m.start(), m.end(), "organization", (body,), priority=3))
    # the title's 城关区委员会常务委员会
    if f.r:
        for m in re.finditer(rf"([{CJK}]{{2,8}})委员会常务委员会", text):
            if short_in(m.group(1), f.r) and not text[max(0, m.start() - 2):m.start()].endswith("政协"):
                f.add(Candidate(m.start(), m.end(), "organization", (f.r + "常务委员会",),
                                parents=((f.r + "常务委员会", f.r),), priority=3))


def find_bare_local_bodies(f: Finder) -> None:
    """各民主党派、工商联和无党派人士: a body of bare_local_bodies.txt named with no place is the one
    of the report's own place (a place or level character before it is local_bodies' to read)."""
    if not f.ctx.jurisdiction:
        return
    table = {s: (c, p) for s, c, p in local_body_suffixes()}
    for word in bare_local_bodies():
        if word not in table:
            continue
        canon, _ = table[word]
        for m in re.finditer(re.escape(word), f.text):
            before = f.text[max(0, m.start() - 2):m.start()]
            if before[-1:] in LEVEL_CHARS or f.orgs_by_end.get(m.start()) or before.endswith(("全国", "中华")):
                continue
            label = canon.replace("{p}", f.ctx.jurisdiction)
            f.add(Candidate(m.start(), m.end(), "organization", (label,)))


def find_national_bodies(f: Finder) -> None:
    rows = national_bodies()
    pat = re.compile(_alt(s for s, _, _ in rows))
    table = {s: (c, p) for s, c, p in rows}
    for m in pat.finditer(f.text):
        canon, parent = table[m.group(0)]
        if ANNIVERSARY.match(f.text, m.end()):
            continue  # 中国共产党成立100周年 dates the year; the body does nothing there
        f.add(Candidate(m.start(), m.end(), "organization", (canon,),
                        parents=((canon, parent),) if parent else (), priority=1))
    # 落实中央、省委部署: 中央 listed with Party committees is the Party's Central Committee
    for m in re.finditer(rf"(?<![党共])中央(?=[、和](?:[{LEVEL_CHARS}、]+|自治区)(?:党)?委(?!员))", f.text):
        f.add(Candidate(m.start(), m.end(), "organization", ("中国共产党中央委员会",)))


def _owner_of_part(f: Finder, pos: int) -> Candidate | None:
    """A committee (政协) named right before a part of it at ``pos``: 县政协|提案委, 市政协|党组."""
    owner = f.owner_before(pos)
    return owner if owner is not None and owner.labels[0].endswith("政协") else None


def find_reporter_parts(f: Finder) -> None:
    """常委会, 党组, 机关党支部 …: parts of the reporting committee, or of the committee named
    right before them (市政协党组中心组 is the 市政协's)."""
    rows = reporter_parts()
    surfaces = {s for s, _, _ in rows}
    table = {s.removeprefix("政协"): (c, p) for s, c, p in rows}
    # 政协 may open any part's name (政协党组理论学习中心组); 政协机关 needs it (机关 alone is no name)
    free = [s for s in surfaces if not s.startswith("政协")]
    bound = [s for s in surfaces if s.startswith("政协") and s[2:] not in surfaces]
    pat = re.compile(rf"(?:政协)?(?:{_alt(free)})|{_alt(bound)}")
    for m in pat.finditer(f.text):
        s = m.group(0).removeprefix("政协")
        nxt = f.text[m.end():m.end() + 1]
        if s.endswith("党组") and nxt and nxt in "织成":
            continue
        owner = _owner_of_part(f, m.start()) or _owner_of_part(f, m.end() - len(s))
        body = owner.labels[0] if owner else f.r
        if not body:
            continue
        canon, parent = table[s]
        label = canon.replace("{r}", body)
        f.add(Candidate(owner.start if owner else m.start(), m.end(), "organization", (label,),
                        parents=((label, parent.replace("{r}", body)),) if parent else (),
                        priority=2 if owner else 0))


def find_special_committees(f: Finder) -> None:
    """经济委员会, 学习文史委, 社会法制和民族宗教委员会: a name made of the fields of
    committee_fields.txt is a special committee of the committee (政协) named right before it, else
    of the reporting committee (when nothing else stands before it). After another body it is that
    body's own working committee (区委农村工作委员会), which is not this finder's."""
    text = f.text
    field = _alt(committee_fields())
    pat = re.compile(rf"(政协)?((?:{field})(?:[和与、]?(?:{field}))*(?:工作)?)(委员会|委)(?!员)")
    for m in pat.finditer(text):
        name = m.group(2) + "委员会"
        owner = f.owner_before(m.start()) or f.owner_before(m.start(2))
        if owner is not None and not owner.labels[0].endswith("政协"):
            continue
        if owner is not None and len(owner.labels) == 1:
            body, start = owner.labels[0], owner.start
        elif f.r and (m.group(1) or _name_boundary(text, m.start())):
            body, start = f.r, m.start(2)  # 政协经济委员会: the committee's name is 经济委员会
        else:
            continue
        label = body + name
        f.add(Candidate(start, m.end(), "organization", (label,), parents=((label, body),),
                        priority=2))


def find_institutions(f: Finder) -> None:
    text = f.text
    pat = re.compile(_alt(institution_heads()))
    for m in pat.finditer(text):
        start = grow_left(text, m.start(), max_chars=14)
        name = text[start:m.end()]
        if start == m.start() or strip_quotes(name[: m.start() - start]) in generic_modifiers():
            continue
        nxt = text[m.end():m.end() + 1]
        if m.group(0).endswith("会") and nxt == "议":
            continue  # 政治协商会议: 商会 is no head there
        if m.group(0).endswith("学") and nxt == "习" or m.group(0).endswith("报") and \
                "\u4e00" <= nxt <= "\u9fff" and nxt not in "社记":
            continue
        inner = re.search(rf"(?<!全)[{LEVEL_CHARS}](?=[\u4e00-\u9fff]{{2}})", name[1:m.start() - start])
        if inner and not name.startswith("全") and _ok_before_level(text, start + 1 + inner.start()) and \
                qualify_level(inner.group(0), f.ctx) and not find_places(name[:inner.start() + 2]):
            # 问题得到市供热集团: the body's name starts at 市, qualified below
            start += 2 + inner.start()
            name = text[start:m.end()]
        label = strip_quotes(name)
        if label.startswith(("全市", "全区", "全县", "全省")):
            q = qualify_level(label[1], f.ctx)
            if q:
                label = q + label[2:]
        elif label[0] in LEVEL_CHARS and _ok_before_level(text, start) and qualify_level(label[0], f.ctx):
            label = qualify_level(label[0], f.ctx) + label[1:]  # 市供热集团
        elif start > 0 and text[start - 1] in LEVEL_CHARS and _ok_before_level(text, start - 1) \
                and qualify_level(text[start - 1], f.ctx):
            label = qualify_level(text[start - 1], f.ctx) + label  # 县扶贫开发领导小组
            start -= 1
        f.add(Candidate(start, m.end(), "organization", (label,)))


def find_township_bodies(f: Finder) -> None:
    """临湖镇党委, 越溪街道党工委, 横泾街道办事处: the bodies of a town or a street, in the
    report's county or district. Only bodies: a town or street named as a place is no entity."""
    text = f.text
    if not f.ctx.jurisdiction:
        return
    units = "|".join(TOWNSHIP_UNITS)
    stops = np_stopwords() | cue_words()
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2,6}}?)(街道|镇|乡)({units})(?!员)", text):
        # the longest stem that opens a name: 联合横泾街道办事处 → 横泾 (联合 is a verb)
        starts = [i for i in range(max(m.start(1), m.end(1) - 4), m.end(1) - 1)
                  if _name_boundary(text, i) and not any(text.startswith(w, i) for w in stops)]
        if not starts:
            continue
        start = starts[0]
        name = text[start:m.end(2)]
        if name[:-len(m.group(2))] in generic_modifiers() or re.search(r"[各全乡镇村]", name[:-len(m.group(2))]):
            continue  # 各乡镇党委, 全镇: no one body
        full, party = TOWNSHIP_UNITS[m.group(3)]
        place = f.ctx.jurisdiction + name
        label = f"中共{place}{full}" if party else place + full
        f.add(Candidate(start, m.end(), "organization", (label,), priority=1))
