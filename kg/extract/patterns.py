"""Mentions of organizations, meetings and initiatives, found by patterns over doc.match_text.

Each finder yields Candidates: a span, a type, the canonical label(s) it stands for (a coordinated
form such as 省、市政协 stands for two), and what the name itself says about structure (the parent
of 区委统战部 is 区委) and ownership (区政协六届一次会议 is organised by 区政协). ``resolve`` keeps
the longest of overlapping candidates.
"""

from __future__ import annotations

import re

from ..model import Context
from .candidates import (CJK, LEVEL_CHARS, Candidate, Finder, _alt, _inside_titles, _name_boundary,
                         _ok_before_level, cue_words, object_cues, resolve)
from .canon import NUM, cn_to_int, congress, int_to_cn, plenum, strip_quotes, term_for_year
from .context import qualify_level, resolve_place
from .lexicon import (committee_fields, generic_modifiers, officials, initiative_heads, institution_heads,
                      local_body_suffixes, meeting_heads, meeting_series, named_initiatives,
                      national_bodies, not_initiatives, np_stopwords, party_prefixes, relation_frames,
                      reporter_parts, spell_out)
from .places import find_places, gazetteer, short_name
from .text import clause_start, cue_object_start, grow_left, jieba_words, trim_left

__all__ = ["Candidate", "find_candidates", "resolve"]

# verbs that, right before a quoted phrase, make it a programme someone runs or joins
CUE_VERBS = (r"(抓实|抓好|开展|打造|实施|推进|参与|加强|深化|建设|创建|建立|推出|启动|开通|组织|举办|推行|投身|"
             r"参加|探索|擦亮|叫响|助力|持续|深入)")
BARE_HEADS = ("建设", "制度", "品牌")  # “X”建设 is named X: the head adds nothing to which programme it is
# a bureau (局) or department (厅) named after a place: 区住建交通局; the stem holds no function word,
# and 局面, 局势, 局长 are other words
BUREAU = re.compile(r"([\u4e00-\u9fff]{2,8}?)(局|厅)")
BUREAU_STOPS = set("的地得了在与及是为对把被将从向以等各个这那其所之有全")
BUREAU_NOT_NEXT = set("面势限部长")
ANNIVERSARY = re.compile(r"成立[\d一二三四五六七八九十百]+周年(?!大会|纪念大会|座谈会)")
# the bodies of a town or street: UNIT → (full name, whether it is the Party's)
TOWNSHIP_UNITS = {"党工委": ("工作委员会", True), "党委": ("委员会", True), "办事处": ("办事处", False),
                  "人民政府": ("人民政府", False), "政府": ("人民政府", False)}
# sessions of the national congresses, by their official names
NATIONAL_SESSIONS = {"中国人民政治协商会议全国委员会": "中国人民政治协商会议第{a}届全国委员会第{b}次会议",
                     "全国人民代表大会": "第{a}届全国人民代表大会第{b}次会议"}
# the units of a democratic party's local organisation (民盟兰州市委, 九三学社西湖区基层委员会)
PARTY_UNITS = "基层委员会|委员会|总支部|总支|支部|工委|委(?!员)"
# after a party's bare name, these make it a member, a sector or a paper, not the party's committee
PARTY_NOT_BODY = "(?:会员|党员|盟员|社员|成员|员|界|人士|企业|党派)"


def short_in(name: str, reporter: str) -> bool:
    """Whether a place name (or its short form) is part of the reporter's name."""
    return bool(name) and short_name(name) in reporter


def _party_unit(unit: str) -> str:
    """委 is the short form of 委员会 in a party's name (民盟县委 → 民盟…县委员会)."""
    return "委员会" if unit == "委" else unit


def _party_short(label: str) -> str:
    """中共兰州市委员会 → 中共兰州市委 (the stem meetings of the committee are named from)."""
    return label[:-3] + "委" if label.startswith("中共") and label.endswith("委员会") else label


class _Finders(Finder):
    """The pattern finders not yet moved to modules of their own."""

    def body(self, start: int, prefix_end: int, places: list[str], suffix: str, canon: str,
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
            self.add(Candidate(start, end, "organization", tuple(dict.fromkeys(labels)),
                               parents=tuple(parents), priority=priority))

    def suffix_at(self, pos: int) -> tuple[str, str, str] | None:
        """The body suffix that starts at ``pos`` (政协, 委统战部, 发改局), as (SUFFIX, CANONICAL,
        PARENT); a bureau or department not in the tables (住建交通局) is read from its ending."""
        text = self.text
        for s, canon, parent in local_body_suffixes():  # longest first
            if not text.startswith(s, pos):
                continue
            nxt = text[pos + len(s):pos + len(s) + 1]
            if s.endswith("委") and nxt == "员" or s.endswith("会") and nxt == "议":
                continue  # 市委员 is 市 + 委员; 区委常委会议 is 区委 + 常委会议
            if s in ("委", "党委") and "委" + nxt in jieba_words() and nxt not in "会":
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

    def local_bodies(self) -> None:
        """区政协, 省、市政协, 市委统战部, 中共宝安区委, 贵州省政协, 县发改局, 团县委 …"""
        text = self.text
        for m in re.finditer(rf"(中共|团)?([{LEVEL_CHARS}](?:[、和]?[{LEVEL_CHARS}])*)", text):
            if not m.group(1) and not _ok_before_level(text, m.start()):
                continue
            if m.group(1) == "团":
                if len(m.group(2)) == 1 and text.startswith("委", m.end()) and \
                        text[m.end() + 1:m.end() + 2] != "员" and qualify_level(m.group(2), self.ctx):
                    label = f"共青团{qualify_level(m.group(2), self.ctx)}委员会"  # 团县委
                    self.add(Candidate(m.start(), m.end() + 1, "organization", (label,), priority=1))
                continue
            run_end = m.end()
            found = self.suffix_at(run_end)
            while not found and run_end - m.start(2) > 1:
                run_end -= 1  # 区市场监管局: 区 + 市场监管局, not 区、市 + 场…
                found = self.suffix_at(run_end) if text[run_end - 1] in LEVEL_CHARS else None
            if not found:
                continue
            chars = [c for c in text[m.start(2):run_end] if c in LEVEL_CHARS]
            start = m.start()
            if chars == ["区"] and text[m.start() - 2:m.start()] == "自治":
                chars, start = ["自治区"], m.start() - 2  # 自治区政协: the region's committee
            places = [qualify_level(c, self.ctx) for c in chars]
            if not all(places):
                continue  # 市县政协 in a district's report: some of them are not one body
            s, canon, parent = found
            self.body(start, run_end, places, s, canon, parent)
            if s.startswith("政协") and s != "政协":
                # 自治区政协党组…: the committee itself may own what follows (…理论学习中心组)
                self.body(start, run_end, places, "政协", "{p}政协", "", priority=-1)
            self.coordinated_suffixes(run_end + len(s), places)
        hits = find_places(text)
        i = 0
        while i < len(hits):
            j = i
            while j + 1 < len(hits) and hits[j + 1][0] == hits[j][1]:
                j += 1  # a chain 兰州市城关区
            start, end = hits[i][0], hits[j][1]
            names = [w for _, _, w in hits[i:j + 1]]
            found = self.suffix_at(end)
            if not found and text[end:end + 1] in LEVEL_CHARS and len(names) == 1 and any(
                    p.name.endswith(text[end]) and short_name(p.name) == names[0] for p in gazetteer().get(names[0], ())):
                found = self.suffix_at(end + 1)  # 宁夏区委: the region's short name and its level character
                if found:
                    found = (text[end] + found[0],) + found[1:]
            alone = i == j
            i = j + 1
            if not found or found[0] == "委员会" and text[end + 3:end + 5] == "常务":
                continue
            place = resolve_place(names, prefer=self.ctx)
            if place is None or alone and self.misread_place(start, end, place):
                continue
            q = place.qualified
            if place.level == "district" and names[-1] != place.name and \
                    names[-1][-1] in "区县旗" and len(names[-1]) > 1:
                q = place.city + names[-1]
            if place.level == "district" and self.ctx.district and place.city == self.ctx.city \
                    and short_name(place.name) == short_name(self.ctx.district):
                q = self.ctx.city + self.ctx.district
            pre = start - 2 if text[start - 2:start] == "中共" else start
            s, canon, parent = found
            self.body(pre, end, [q], s, canon, parent, priority=1)
            self.coordinated_suffixes(end + len(s), [q])

    def misread_place(self, start: int, end: int, place) -> bool:
        """Whether a short place name is really a word of the sentence: 担任县纪委 (not 任县),
        和县法院 (和 + 县法院), 会同县政府 and 会同自治区… (会同, a verb). A place of the report's own
        hierarchy is always taken as a place."""
        word = self.text[start:end]
        if place.name in (self.ctx.province, self.ctx.city, self.ctx.district) or \
                place.qualified == self.ctx.jurisdiction:
            return False
        stem = word[:-1] if len(word) <= 3 and word[-1] in LEVEL_CHARS else word
        if stem in np_stopwords() or stem in cue_words():
            return True
        if len(word) > 3:
            return False
        words = jieba_words()
        return any(self.text[start - k:start + n] in words for k in (1, 2) for n in range(1, len(stem) + 1))

    def coordinated_suffixes(self, pos: int, places: list[str]) -> None:
        """自治区党委、政府 / 县委和政府: a body suffix after 、 or 和, with no place of its own, is the
        body of the same place."""
        while self.text[pos:pos + 1] in ("、", "和") and self.text[pos:pos + 1] and \
                self.text[pos + 1:pos + 2] not in LEVEL_CHARS:
            found = self.suffix_at(pos + 1)
            if not found or found[0] in ("委", "委员会"):
                return
            s, canon, parent = found
            self.body(pos + 1, pos + 1, places, s, canon, parent)
            pos += 1 + len(s)

    def democratic_parties(self) -> None:
        """民盟兰州市委, 民革、民盟、民建市委, 九三学社西湖区基层委员会, 民盟中央, and a party named
        bare (民建): the party's committee of the report's own place."""
        text = self.text
        parties = party_prefixes()
        party_re = _alt(s for s, _ in parties)
        pat = re.compile(rf"((?:(?:{party_re})[、和])*)({party_re})(中央)?(自治区|[{LEVEL_CHARS}])?"
                         rf"({PARTY_UNITS})?")
        for m in pat.finditer(text):
            names = re.findall(party_re, m.group(1)) + [m.group(2)]
            end, unit, where = m.end(), m.group(5) or "", ""
            if m.group(3):
                labels = tuple(f"{dict(parties)[n]}中央委员会" for n in names)
                self.add(Candidate(m.start(), end, "organization", labels, priority=2))
                continue
            if m.group(4):
                where = qualify_level(m.group(4), self.ctx) if unit else ""
            else:
                place, after = self.place_chain(m.end(2))
                named_unit = re.match(PARTY_UNITS, text[after:]) if place else None
                if named_unit:
                    where, unit, end = place.qualified, named_unit.group(0), after + len(named_unit.group(0))
                elif not unit and not re.match(PARTY_NOT_BODY, text[m.end():]):
                    where = self.ctx.jurisdiction
            if where:
                labels = tuple(n + where + _party_unit(unit or "委") for n in names)
                self.add(Candidate(m.start(), end, "organization", labels, priority=3))

    def place_chain(self, pos: int):
        """The place named by the chain of place names starting at ``pos`` (西湖区, 兰州市城关区), and
        where the chain ends; (None, pos) when no place name starts there."""
        chain: list[str] = []
        end = pos
        for s, e, w in find_places(self.text[pos:pos + 16]):
            if pos + s != end:
                break
            chain.append(w)
            end = pos + e
        place = resolve_place(chain, prefer=self.ctx) if chain else None
        return (place, end) if place is not None else (None, pos)

    def reporter_names(self) -> None:
        """The reporter's own full name: 政协兰州市城关区第十届委员会(常务委员会)."""
        text = self.text
        pat = re.compile(rf"(?:中国人民政治协商会议|政协)\s*(?:第{NUM}+届)?\s*([{CJK}]{{2,14}}?)\s*"
                         rf"(?:第{NUM}+届)?\s*委员会(常务委员会)?(?!第)")
        for m in pat.finditer(text):
            names = [w for _, _, w in find_places(m.group(1))]
            if not names or "".join(names) != m.group(1):
                continue
            place = resolve_place(names, prefer=self.ctx)
            if place is None:
                continue
            body = self.r if self.ctx.reporter and place.name in self.r or \
                short_in(names[-1], self.r) else place.qualified + "政协"
            if m.group(2):
                self.add(Candidate(m.start(), m.end(), "organization", (body + "常务委员会",),
                                   parents=((body + "常务委员会", body),), priority=3))
                # the committee itself is named inside its standing committee's name
                self.add(Candidate(m.start(), m.start(2), "organization", (body,), nested=True))
            else:
                self.add(Candidate(m.start(), m.end(), "organization", (body,), priority=3))
        # the title's 城关区委员会常务委员会
        if self.r:
            for m in re.finditer(rf"([{CJK}]{{2,8}})委员会常务委员会", text):
                if short_in(m.group(1), self.r) and not text[max(0, m.start() - 2):m.start()].endswith("政协"):
                    self.add(Candidate(m.start(), m.end(), "organization", (self.r + "常务委员会",),
                                       parents=((self.r + "常务委员会", self.r),), priority=3))

    def national(self) -> None:
        rows = national_bodies()
        pat = re.compile(_alt(s for s, _, _ in rows))
        table = {s: (c, p) for s, c, p in rows}
        for m in pat.finditer(self.text):
            canon, parent = table[m.group(0)]
            if ANNIVERSARY.match(self.text, m.end()):
                continue  # 中国共产党成立100周年 dates the year; the body does nothing there
            self.add(Candidate(m.start(), m.end(), "organization", (canon,),
                               parents=((canon, parent),) if parent else (), priority=1))

    def owner_of_part(self, pos: int) -> Candidate | None:
        """A committee (政协) named right before a part of it at ``pos``: 县政协|提案委, 市政协|党组."""
        owner = self.owner_before(pos)
        return owner if owner is not None and owner.labels[0].endswith("政协") else None

    def reporter_parts(self) -> None:
        """常委会, 党组, 机关党支部 …: parts of the reporting committee, or of the committee named
        right before them (市政协党组中心组 is the 市政协's)."""
        rows = reporter_parts()
        surfaces = {s for s, _, _ in rows}
        table = {s.removeprefix("政协"): (c, p) for s, c, p in rows}
        # 政协 may open any part's name (政协党组理论学习中心组); 政协机关 needs it (机关 alone is no name)
        free = [s for s in surfaces if not s.startswith("政协")]
        bound = [s for s in surfaces if s.startswith("政协") and s[2:] not in surfaces]
        pat = re.compile(rf"(?:政协)?(?:{_alt(free)})|{_alt(bound)}")
        for m in pat.finditer(self.text):
            s = m.group(0).removeprefix("政协")
            nxt = self.text[m.end():m.end() + 1]
            if s.endswith("党组") and nxt in "织成":
                continue
            owner = self.owner_of_part(m.start()) or self.owner_of_part(m.end() - len(s))
            body = owner.labels[0] if owner else self.r
            if not body:
                continue
            canon, parent = table[s]
            label = canon.replace("{r}", body)
            self.add(Candidate(owner.start if owner else m.start(), m.end(), "organization", (label,),
                               parents=((label, parent.replace("{r}", body)),) if parent else (),
                               priority=2 if owner else 0))

    def special_committees(self) -> None:
        """经济委员会, 学习文史委, 社会法制和民族宗教委员会: a name made of the fields of
        committee_fields.txt is a special committee of the body named right before it, else of the
        reporting committee (when nothing else stands before it)."""
        text = self.text
        field = _alt(committee_fields())
        pat = re.compile(rf"(政协)?((?:{field})(?:[和与、]?(?:{field}))*(?:工作)?)(委员会|委)(?!员)")
        for m in pat.finditer(text):
            name = m.group(2) + "委员会"
            owner = self.owner_before(m.start()) or self.owner_before(m.start(2))
            if owner is not None and len(owner.labels) == 1:
                body, start = owner.labels[0], owner.start
            elif self.r and (m.group(1) or _name_boundary(text, m.start())):
                body, start = self.r, m.start(2)  # 政协经济委员会: the committee's name is 经济委员会
            else:
                continue
            label = body + name
            self.add(Candidate(start, m.end(), "organization", (label,), parents=((label, body),),
                               priority=2))

    def institutions(self) -> None:
        text = self.text
        pat = re.compile(_alt(institution_heads()))
        for m in pat.finditer(text):
            start = grow_left(text, m.start(), max_chars=14)
            name = text[start:m.end()]
            if start == m.start() or strip_quotes(name[: m.start() - start]) in generic_modifiers():
                continue
            nxt = text[m.end():m.end() + 1]
            if m.group(0).endswith("学") and nxt == "习" or m.group(0).endswith("报") and \
                    "\u4e00" <= nxt <= "\u9fff" and nxt not in "社记":
                continue
            inner = re.search(rf"(?<!全)[{LEVEL_CHARS}](?=[\u4e00-\u9fff]{{2}})", name[1:m.start() - start])
            if inner and not name.startswith("全") and _ok_before_level(text, start + 1 + inner.start()) and \
                    qualify_level(inner.group(0), self.ctx) and not find_places(name[:inner.start() + 2]):
                # 问题得到市供热集团: the body's name starts at 市, qualified below
                start += 2 + inner.start()
                name = text[start:m.end()]
            label = strip_quotes(name)
            if label.startswith(("全市", "全区", "全县", "全省")):
                q = qualify_level(label[1], self.ctx)
                if q:
                    label = q + label[2:]
            elif label[0] in LEVEL_CHARS and _ok_before_level(text, start) and qualify_level(label[0], self.ctx):
                label = qualify_level(label[0], self.ctx) + label[1:]  # 市供热集团
            elif start > 0 and text[start - 1] in LEVEL_CHARS and _ok_before_level(text, start - 1) \
                    and qualify_level(text[start - 1], self.ctx):
                label = qualify_level(text[start - 1], self.ctx) + label  # 县扶贫开发领导小组
                start -= 1
            self.add(Candidate(start, m.end(), "organization", (label,)))

    def township_bodies(self) -> None:
        """金河镇党委, 望江路街道党工委, 玉林街道办事处: the bodies of a town or a street, in the
        report's county or district. Only bodies: a town or street named as a place is no entity."""
        text = self.text
        if not self.ctx.jurisdiction:
            return
        units = "|".join(TOWNSHIP_UNITS)
        stops = np_stopwords() | cue_words()
        for m in re.finditer(rf"([\u4e00-\u9fff]{{2,6}}?)(街道|镇|乡)({units})(?!员)", text):
            # the longest stem that opens a name: 联合玉林街道办事处 → 玉林 (联合 is a verb)
            starts = [i for i in range(max(m.start(1), m.end(1) - 4), m.end(1) - 1)
                      if _name_boundary(text, i) and not any(text.startswith(w, i) for w in stops)]
            if not starts:
                continue
            start = starts[0]
            name = text[start:m.end(2)]
            if name[:-len(m.group(2))] in generic_modifiers() or re.search(r"[各全乡镇村]", name[:-len(m.group(2))]):
                continue  # 各乡镇党委, 全镇: no one body
            full, party = TOWNSHIP_UNITS[m.group(3)]
            place = self.ctx.jurisdiction + name
            label = f"中共{place}{full}" if party else place + full
            self.add(Candidate(start, m.end(), "organization", (label,), priority=1))

    # ---------------------------------------------------------------- meetings
    def congresses(self) -> None:
        text = self.text
        for m in re.finditer(rf"(党的|中共|中国共产党)?第?({NUM}{{1,3}})(?:次全国代表)?大(?![会学厦队街道])", text):
            n = cn_to_int(m.group(2))
            if n < 8 or n > 40 or (n < 11 and not m.group(1)):
                continue
            if m.start() > 0 and text[m.start() - 1] in "一二三四五六七八九十百第":
                continue
            self.add(Candidate(m.start(), m.end(), "meeting", (congress(m.group(2)),), priority=2))
        for m in re.finditer(rf"(?:中国共产党)?第({NUM}+)次全国代表大会", text):
            self.add(Candidate(m.start(), m.end(), "meeting", (congress(m.group(1)),), priority=2))

    def plenums(self) -> None:
        text = self.text
        pat = re.compile(rf"(党的|中共)?(?:({NUM}+)?届)?((?:{NUM}+中[、和]?)+)全会")
        for m in pat.finditer(text):
            before = text[max(0, m.start() - 3):m.start()]
            if re.search(r"[省市区县]委$|委员会$", before):
                continue  # a local committee's plenum, handled with its owner
            numbers = re.findall(rf"({NUM}+)中", m.group(3))
            term = m.group(2) or term_for_year(self.ctx.year, cn_to_int(numbers[0]))
            if not term:
                continue
            labels = tuple(plenum(term, n) for n in numbers)
            cc = "中国共产党中央委员会"
            self.add(Candidate(m.start(), m.end(), "meeting", labels, priority=2,
                               owners=tuple((cc, lb) for lb in labels)))
        for m in re.finditer(rf"({NUM}+)届历次全会", text):
            if re.search(r"[省市区县]委$|委员会$", text[max(0, m.start() - 3):m.start()]):
                continue  # 市委十四届历次全会: a local committee's plenums
            t = int_to_cn(cn_to_int(m.group(1)))
            self.add(Candidate(m.start(), m.end(), "meeting", (f"中国共产党第{t}届中央委员会历次全体会议",),
                               series=True, priority=2))
        for m in re.finditer(rf"({NUM}+)届中央政治局第({NUM}+)次集体学习", text):
            t, n = (int_to_cn(cn_to_int(g)) for g in m.groups())
            label = f"中国共产党第{t}届中央委员会政治局第{n}次集体学习"
            self.add(Candidate(m.start(), m.end(), "meeting", (label,), priority=2,
                               owners=(("中国共产党中央委员会政治局", label),)))

    def owner_convening(self, pos: int) -> Candidate | None:
        """The body that convenes the meeting just after ``pos``: 县委专门召开(常委会议)."""
        m = re.search(r"(?:专门|先后|多次|随即|及时|立即|再次)?(?:主持召开|召开|举行)\s*$", self.text[max(0, pos - 6):pos])
        return self.owner_before(pos - len(m.group(0))) if m else None

    def owner_overlapping(self, pos: int, series: str) -> Candidate | None:
        """A body whose name ends inside a series name that starts at ``pos`` with the same
        characters (区委常委会 + 常委会会议)."""
        for k in range(len(series) - 1, 0, -1):
            cands = [c for c in self.orgs_by_end.get(pos + k, []) if len(c.labels) == 1
                     and c.start < pos and self.text[pos:pos + k] == series[:k]
                     and "政协" not in c.labels[0] and c.labels[0].endswith(("常务委员会", "常委会"))]
            if cands:
                return max(cands, key=lambda c: (c.end - c.start, c.priority))
        return None

    def sessions(self) -> None:
        """区政协六届一次会议, 区委七届二次全会, 十届一次会议 (the reporter's own)."""
        text = self.text
        kinds = "常务委员会会议|常委会会议|常委会议|全体会议|全会|会议"
        for m in re.finditer(rf"(?:第)?({NUM}+)届(?:第)?({NUM}+)次({kinds})(暨[^，。；、\s]{{2,12}}?会议)?", text):
            owner = self.owner_before(m.start())
            start = owner.start if owner else m.start()
            a, b = int_to_cn(cn_to_int(m.group(1))), int_to_cn(cn_to_int(m.group(2)))
            kind = m.group(3)
            if owner:
                org = owner.labels[0]
            elif kind != "全会" and self.r:
                org = self.r
            else:
                continue
            if org in NATIONAL_SESSIONS and kind == "会议":
                label = NATIONAL_SESSIONS[org].format(a=a, b=b)
            else:
                label = f"{org}{a}届{b}次{spell_out(kind) if '常' in kind else kind}{m.group(4) or ''}"
            self.add(Candidate(start, m.end(), "meeting", (label,), owners=((org, label),), priority=2))
            if owner:
                owner.nested = True
        # 十三届全国人大一次会议: the national congress's session, the body named inside
        for m in re.finditer(rf"第?({NUM}+)届(全国人大|全国人民代表大会|全国政协)第?({NUM}+)次会议", text):
            org = "全国人民代表大会" if "人" in m.group(2) else "中国人民政治协商会议全国委员会"
            a, b = int_to_cn(cn_to_int(m.group(1))), int_to_cn(cn_to_int(m.group(3)))
            label = NATIONAL_SESSIONS[org].format(a=a, b=b)
            self.add(Candidate(m.start(), m.end(), "meeting", (label,), owners=((org, label),), priority=3))
        pat = re.compile(rf"(?:中国人民政治协商会议|政协)\s*(?:第({NUM}+)届)?\s*([{CJK}]{{2,14}}?)\s*"
                         rf"(?:第({NUM}+)届)?\s*委员会\s*第({NUM}+)次(?:全体)?会议")
        for m in pat.finditer(text):
            if not (m.group(1) or m.group(3)):
                continue
            names = [w for _, _, w in find_places(m.group(2))]
            place = resolve_place(names, prefer=self.ctx) if names else None
            if place is None:
                continue
            org = place.qualified + "政协"
            a, b = int_to_cn(cn_to_int(m.group(1) or m.group(3))), int_to_cn(cn_to_int(m.group(4)))
            label = f"{org}{a}届{b}次会议"
            self.add(Candidate(m.start(), m.end(), "meeting", (label,), owners=((org, label),), priority=4))

    def party_congresses(self) -> None:
        text = self.text
        for m in re.finditer(rf"([{LEVEL_CHARS}](?:[、和]?[{LEVEL_CHARS}])*)(?:第({NUM}+)次)?党代会", text):
            if not m.group(2):
                continue
            n = int_to_cn(cn_to_int(m.group(2)))
            labels = tuple(f"中共{q}第{n}次代表大会" for c in m.group(1) if c in LEVEL_CHARS
                           for q in [qualify_level(c, self.ctx)] if q)
            if labels:
                self.add(Candidate(m.start(), m.end(), "meeting", labels, priority=2))

    def series(self) -> None:
        text = self.text
        rows = meeting_series()
        table = {s: (t, o) for s, t, o in rows}
        pat = re.compile(_alt(table))
        for m in pat.finditer(text):
            s = m.group(0)
            tail, owner_kind = table[s]
            owner = self.owner_before(m.start())
            start = m.start()
            relative = None if owner else self.owner_relative(m.start())
            if relative is not None:
                # 参加市政协举办的专题协商会: the body of the relative clause holds it
                org = relative.labels[0]
                label = org + tail if org.endswith("政协") else org + s
                self.add(Candidate(m.start(), m.end(), "meeting", (label,), series=True, priority=3,
                                   owners=((org, label),)))
                continue
            convener = None if owner else self.owner_convening(m.start())
            if convener is not None and convener.labels[0] != self.r:
                # 县委专门召开常委会议: the body that convenes it holds it, not the reporter
                org = convener.labels[0]
                label = _party_short(org) + s if org.startswith("中共") and org.endswith("委员会") else \
                    org + (tail if org.endswith("政协") else s)
                self.add(Candidate(m.start(), m.end(), "meeting", (label,), series=True, priority=3,
                                   owners=((org, label),)))
                continue
            overlap = None if owner else self.owner_overlapping(m.start(), s)
            if overlap is not None:
                # 区委常委会会议, 区人大常委会会议: the body's name already took the 常委会 of the series
                org = overlap.labels[0]
                if org.startswith("中共") and org.endswith("委员会常务委员会"):
                    org = org[:-5]
                    label = _party_short(org) + s
                else:
                    label = org + s[overlap.end - m.start():]
                overlap.nested = True
                self.add(Candidate(overlap.start, m.end(), "meeting", (label,), series=True, priority=3,
                                   owners=((org, label),)))
                continue
            if owner is not None:
                org = owner.labels[0]
                start = owner.start
                if org.startswith("中共") and org.endswith("委员会"):
                    label = _party_short(org) + s
                elif org.endswith("政协"):
                    label = org + tail
                elif org.endswith("常务委员会") and s.startswith("专题"):
                    label = org[:-5] + tail
                else:
                    label = org + s
                owner.nested = True
            elif s in ("全会", "全体会议", "主席会", "党组会"):
                continue
            elif owner_kind == "cppcc" and self.r:
                org, label = self.r, self.r + tail
                if text[start - 2:start] == "政协":
                    start -= 2  # 政协党组理论中心组学习会: the committee named bare
            elif owner_kind == "place":
                q = self.ctx.jurisdiction or ""
                if s.startswith("市长") and self.ctx.city:
                    q = self.ctx.city
                org, label = "", q + tail
            else:
                org, label = "", tail
            self.add(Candidate(start, m.end(), "meeting", (label,), series=True, priority=3,
                               owners=((org, label),) if org else ()))

    def officials_meetings(self) -> None:
        """市长与委员座谈会, “区长与委员面对面”协商会, 副县长与委员专题协商: the committee's format
        for meeting a head of government, named after the place; the committee holds it and the
        government takes part."""
        text = self.text
        titles = dict(officials())
        heads = "协商座谈会|座谈会|协商会|恳谈会|见面会|专题协商会|专题协商"
        pat = re.compile(rf"(?:[{LEVEL_CHARS}])?“?(副)?({_alt(titles)})(?:与|和|同)(?:[{LEVEL_CHARS}])?"
                         rf"(?:政协)?委员[^，。；、\s“”]{{0,6}}?”?(?:{heads})")
        for m in pat.finditer(text):
            level = titles[m.group(2)]
            place = self.ctx.city if level == "州" else qualify_level(level, self.ctx)
            if not place:
                continue
            label = place + strip_quotes(text[m.start(1) if m.group(1) else m.start(2):m.end()])
            government = place + "人民政府"
            self.add(Candidate(m.start(), m.end(), "meeting", (label,), series=True, priority=4,
                               owners=((self.r, label),) if self.r else (),
                               attendees=((government, label),)))

    def named_meetings(self) -> None:
        """Gatherings named by a noun phrase ending in a head word: 港澳委员座谈会."""
        text = self.text
        pat = re.compile(_alt(meeting_heads()))
        for m in pat.finditer(text):
            start = self.name_start(m.start(), max_chars=30)
            np = text[start:m.start()]
            if start == m.start() or strip_quotes(np) in generic_modifiers() or len(strip_quotes(np)) < 2:
                continue
            name = strip_quotes(text[start:m.end()])
            owner = self.owner_before(start)
            inside = [c for c in self.out if c.type == "organization" and c.start == start
                      and c.end <= m.start() and len(c.labels) == 1]
            if owner is not None and len(owner.labels) == 1:
                label, org = owner.labels[0] + name, owner.labels[0]
                start = owner.start

            elif re.match(r"全[省市区县]政协", name) and qualify_level(name[1], self.ctx):
                label, org = qualify_level(name[1], self.ctx) + name[2:], ""
                self.coordinated_owners(start, m.end(), name[2:], label, org)
                continue
            elif re.match(r"全[省市区县]", name) and qualify_level(name[1], self.ctx):
                label, org = qualify_level(name[1], self.ctx) + name[2:], ""
            elif re.match(r"[省市区县](政协|委)", name) and qualify_level(name[0], self.ctx):
                q = qualify_level(name[0], self.ctx)
                org = f"中共{q}委员会" if name[1] == "委" else q + "政协"
                label = org + name[len(name[0] + re.match(r"[省市区县](政协|委)", name).group(1)):]
                self.coordinated_owners(start, m.end(), name[2 if name[1] == "委" else 1:], label, org)
                continue
            elif re.match(rf"(庆祝|纪念|全国|中央|省部级|地方|[\u4e00-\u9fff]{{2}}省|中国|第[\d{NUM[1:-1]}]+届)", name) \
                    or not self.r:
                label, org = name, ""
            elif self.owner_relative(start) is not None:
                org = self.owner_relative(start).labels[0]
                label = org + name
            elif inside and "周年" not in name:
                # 区政府常务会议: the body that opens the name holds the gathering
                body = max(inside, key=lambda c: (c.end - c.start, c.priority))
                org = body.labels[0]
                label = org + strip_quotes(text[body.end:m.end()])
                body.nested = True
            else:
                # the reporter's own gathering by default, but who held it is left to the cues
                label, org = self.r + name, ""
            self.add(Candidate(start, m.end(), "meeting", (label,), priority=1,
                               owners=((org, label),) if org else ()))

    def name_start(self, head_start: int, max_chars: int, over_quotes: bool = True) -> int:
        """Where the name ending in a head word at ``head_start`` begins: the object of a cue verb
        when one holds it (举办|党外代表人士学习贯彻十九大精神专题培训班), else the noun phrase grown
        leftwards over jieba tokens; leading numbers and adverbs trimmed either way."""
        grown = grow_left(self.text, head_start, max_chars=max_chars)
        held = cue_object_start(self.text, head_start, object_cues(), limit=max_chars,
                                viewing=relation_frames().get("viewing", ()))
        if held is None or held >= grown or not over_quotes and re.search("[“”]", self.text[held:head_start]):
            return grown
        return trim_left(self.text, held, head_start, np_stopwords())

    def coordinated_owners(self, start: int, end: int, rest: str, label: str, org: str) -> None:
        """省委、市委政协工作会议 / 全国政协和全省政协系统座谈会: one gathering per body named before
        the last one, all sharing the rest of the name; the mention covers the whole phrase."""
        labels, owners = [label], [(org, label)] if org else []
        pos = start
        while pos > 1 and self.text[pos - 1] in "、和":
            before = self.owner_before(pos - 1)
            if before is None and self.text[pos - 3:pos - 1] == "中央":
                # 中央、省委、市委政协工作会议: the Party centre's conference opens the list
                center = Candidate(pos - 3, pos - 1, "organization", ("中国共产党中央委员会",), nested=True)
                self.add(center)
                labels.insert(0, "中央" + rest)
                owners.append(("中国共产党中央委员会", "中央" + rest))
                pos = center.start
                break
            if before is None:
                break
            o = before.labels[0]
            surface = self.text[before.start:before.end]
            if o.startswith("中共") and o.endswith("委员会") or not rest.startswith("政协"):
                lb = o + rest
            else:
                lb = surface + rest[2:] if surface.endswith("政协") else o + rest
            labels.insert(0, lb)
            owners.append((o, lb))
            pos = before.start
        self.add(Candidate(pos, end, "meeting", tuple(labels), priority=1, owners=tuple(owners)))
        names = {o for o, _ in owners}
        for c in self.out:  # the bodies stay entities of their own inside the gathering's name
            if c.type == "organization" and pos <= c.start and c.end <= end and set(c.labels) & names:
                c.nested = True

    # ---------------------------------------------------------------- initiatives
    def quoted(self) -> None:
        text = self.text
        heads = [h for h, _ in initiative_heads()]
        head_re = re.compile(rf"(?P<pre>[^\W\d_等和与及、两一二三四五六七八九十]{{0,6}}?)(?:{_alt(heads)})"
                             rf"(?P<second>{_alt(heads)})?")
        named = dict(named_initiatives())
        slogans = not_initiatives()
        last_end = [-1]
        meeting_end = re.compile(rf"(?:{_alt(meeting_heads())})$")
        for m in re.finditer(r"“([^“”\n]{1,40})”", text):
            inner = m.group(1)
            if re.fullmatch(r"[\d\s]+", inner):
                continue
            if meeting_end.search(inner) and len(inner) > 4:
                # “琼港青年创新创业交流会”: a gathering by its name
                self.add(Candidate(m.start(), m.end(), "meeting", (strip_quotes(inner),), priority=2))
                continue
            hm = head_re.match(text, m.end())
            after = text[m.end():m.end() + 2]
            if hm and any(c in hm.group("pre") for c in object_cues()):
                hm = None  # “优化营商环境”开展专题调研: a verb stands between the quote and the head
            if hm and not re.match(r"(精神|要求|目标|理念|思想|标准|重要|的)", after):
                end = hm.end()
                if hm.group("second") in BARE_HEADS:
                    end -= len(hm.group("second"))  # “赛罕议事厅”协商平台|建设: building the platform
                head = text[m.end():end]
                # “智慧政协”建设 and “第一议题”制度 are the programmes 智慧政协, 第一议题 by another word
                label = strip_quotes(inner) + ("" if head in BARE_HEADS else head)
                start = self.quoted_modifier_start(m.start())
                label = strip_quotes(text[start:m.start()]) + label
                self.add(Candidate(start, end, "initiative", (label,), priority=2,
                                   surface_form=strip_quotes(inner) if start == m.start() else "",
                                   owners=self.brand_owner(start, label)))
                continue
            if any(inner.startswith(w) or inner.endswith(w) for w in slogans):
                continue
            if re.match(r"(精神|要求|目标|理念|思想|标准|重要|的|主题|为|是)", after):
                continue
            brand = r"(政协|之家|讲堂|讲坛|驿站|工作室|工作站|服务站|联络站|议事厅|议事室|会客厅|课堂|论坛|家园|书屋|书院|直通车)$"
            if "、" in inner and not any(inner.endswith(h) for h in heads):
                parts = inner.split("、")
                if all(re.search(brand, x) and len(x) >= 3 for x in parts):
                    pos = m.start() + 1
                    for x in parts:  # “智慧政协、网上政协”: two programmes
                        self.add(Candidate(pos, pos + len(x), "initiative", (x,), priority=2))
                        pos += len(x) + 1
                continue  # a list of slogans
            if re.match(r"[\d一二三四五六七八九十两百千]+[大项个]", inner):
                continue
            nxt = text[m.end():m.end() + 1]
            if "\u4e00" <= nxt <= "\u9fff" and nxt not in "等和、与及在中上":
                continue  # “责任委员”队伍: the quote qualifies another noun
            before = text[max(0, m.start() - 4):m.start()]
            named_by_head = any(inner.endswith(h) for h in heads) or re.search(brand, inner)
            listed = text[m.start() - 1:m.start()] in ("、", "”") and last_end[0] >= m.start() - 1
            clause = text[clause_start(text, m.start(), 20):m.start()]
            listed = listed or bool(re.search(CUE_VERBS + r"[^的“”]*、$", clause))
            owned = self.brand_owner(m.start(), inner)
            cued = listed or re.search(CUE_VERBS + "$", before) or owned
            if not (named_by_head or cued):
                continue
            last_end[0] = m.end()
            label = named.get(strip_quotes(inner), strip_quotes(inner))
            self.add(Candidate(m.start(), m.end(), "initiative", (label,), priority=2,
                               owners=self.brand_owner(m.start(), label)))

    def brand_owner(self, start: int, label: str) -> tuple[tuple[str, str], ...]:
        """海珠区政协“委员议事厅”, 经济委员会“企业服务直通车”: a body named right before a quoted
        programme is the one that runs it."""
        owner = self.owner_before(start)
        if owner is None or len(owner.labels) != 1:
            return ()
        return ((owner.labels[0], strip_quotes(label)),)

    def quoted_modifier_start(self, quote_start: int) -> int:
        """Where a programme's name begins when words stand before its quoted part: 开展|大黑河流域
        生态保护“联动监督”活动 (the object of a cue verb, with no other verb inside)."""
        held = cue_object_start(self.text, quote_start, object_cues(), limit=20)
        if held is None or held >= quote_start or re.search(r"[“”]", self.text[held:quote_start]):
            return quote_start
        stops = sorted(np_stopwords(), key=len, reverse=True)
        start = held
        while start < quote_start:  # 深入开展|好… : adverbs and particles open no name
            count = re.match(r"[\d一二三四五六七八九十两百千万]+[项件期个次批场届名]?", self.text[start:quote_start])
            word = count.group(0) if count else next((w for w in stops if self.text.startswith(w, start)), "")
            if not word:
                break
            start += len(word)
        words = strip_quotes(self.text[start:quote_start])
        if len(words) < 2 or words in generic_modifiers() or any(w in words for w in cue_words()) or \
                words.endswith(("暨", "和", "与", "及")) or any(
                    c.type == "organization" and start < c.end and c.start < quote_start for c in self.out):
            return quote_start  # a body's name before the quote is who runs it, not its name
        return start

    def named_initiatives(self) -> None:
        rows = named_initiatives()
        table = dict(rows)
        pat = re.compile(_alt(table))
        # the heads of named inquiries and oversight (民主监督, 专题调研), which only follow a name
        heads = re.compile(_alt(h for h, low in initiative_heads() if low == 0 and len(h) >= 4))
        for m in pat.finditer(self.text):
            self.add(Candidate(m.start(), m.end(), "initiative", (table[m.group(0)],), priority=1))
            head = heads.match(self.text, m.end())
            if head:  # 脱贫攻坚民主监督, 乡村振兴专项行动: a programme of its own within the campaign
                name = strip_quotes(self.text[m.start():head.end()])
                self.add(Candidate(m.start(), head.end(), "initiative", (name,), priority=1))

    def headed_initiatives(self) -> None:
        """Unquoted names ending in a head word: 政协大讲堂活动, 老旧小区改造工程."""
        text = self.text
        heads = dict(initiative_heads())
        pat = re.compile(_alt(heads))
        generic = generic_modifiers()
        named = dict(named_initiatives())
        for m in pat.finditer(text):
            low = heads[m.group(0)]
            if low == 0 or text[m.start() - 1:m.start()] == "”":
                continue  # only after a quoted name, handled by quoted()
            start = self.name_start(m.start(), max_chars=30, over_quotes=False)
            np = strip_quotes(text[start:m.start()])
            if len(np) < low or np.endswith(("的", "和")) or "“" in text[start:m.start()]:
                continue  # “X”活动 is quoted()'s
            if np in named:
                self.add(Candidate(start, m.end(), "initiative", (named[np],), priority=1))
                continue
            rest = np
            for g in sorted(generic, key=len, reverse=True):
                rest = rest.replace(g, "")
            if np in generic or (low >= 3 and len(rest) < 2):
                continue
            label = strip_quotes(text[start:m.end()])
            self.add(Candidate(start, m.end(), "initiative", (label,), priority=0))


def find_candidates(text: str, ctx: Context) -> list[Candidate]:
    """Every candidate mention in ``text`` (already with page chrome blanked), in finder order."""
    f = _Finders(text, ctx)
    f.reporter_names()
    f.local_bodies()
    f.democratic_parties()
    f.national()
    f.reporter_parts()
    f.special_committees()
    f.institutions()
    f.township_bodies()
    f.congresses()
    f.plenums()
    f.party_congresses()
    f.sessions()
    f.officials_meetings()
    f.series()
    f.named_meetings()
    f.quoted()
    f.named_initiatives()
    f.headed_initiatives()
    return _inside_titles(text, f.out)


