"""Mentions of organizations, meetings and initiatives, found by patterns over doc.match_text.

Each finder yields Candidates: a span, a type, the canonical label(s) it stands for (a coordinated
form such as 省、市政协 stands for two), and what the name itself says about structure (the parent
of 区委统战部 is 区委) and ownership (区政协六届一次会议 is organised by 区政协). ``resolve`` keeps
the longest of overlapping candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Context
from .canon import NUM, cn_to_int, congress, int_to_cn, plenum, strip_quotes, term_for_year
from .context import qualify_level, resolve_place
from .lexicon import (body_suffixes, generic_modifiers, initiative_heads, institution_heads,
                      meeting_heads, meeting_series, named_initiatives, national_bodies,
                      not_initiatives, party_prefixes, reporter_parts)
from .places import find_places, short_name
from .text import clause_start, grow_left

__all__ = ["Candidate", "find_candidates", "resolve"]

CJK = r"\u4e00-\u9fff"
# verbs that, right before a quoted phrase, make it a programme someone runs or joins
CUE_VERBS = (r"(抓实|抓好|开展|打造|实施|推进|参与|加强|深化|建设|创建|建立|推出|启动|开通|组织|举办|推行|投身|"
             r"参加|探索|擦亮|叫响|助力|持续|深入)")
BARE_HEADS = ("建设", "制度", "品牌")  # “X”建设 is named X: the head adds nothing to which programme it is
LEVEL_CHARS = "省市区县"
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
    priority: int = 0  # among candidates of the same length, the higher wins
    nested: bool = False  # kept even inside a longer candidate (区政协 in 区政协六届一次会议)
    surface_form: str = ""  # for quoted initiatives: the name without its head (书香政协)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _ok_before_level(text: str, i: int) -> bool:
    if i == 0:
        return True
    ch = text[i - 1]
    return ch not in PRE_LEVEL_BAD.get(text[i], ()) and ch not in "各兄两"


def short_in(name: str, reporter: str) -> bool:
    """Whether a place name (or its short form) is part of the reporter's name."""
    return bool(name) and short_name(name) in reporter


def _party_short(label: str) -> str:
    """中共兰州市委员会 → 中共兰州市委 (the stem meetings of the committee are named from)."""
    return label[:-3] + "委" if label.startswith("中共") and label.endswith("委员会") else label


class Finder:
    """All the pattern finders of one document, sharing its text and context."""

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

    # ---------------------------------------------------------------- organizations
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

    def local_bodies(self) -> None:
        """区政协, 省、市政协, 市委统战部, 中共宝安区委, 贵州省政协, 南和政协 …"""
        text = self.text
        suffixes = body_suffixes()
        suffix_re = re.compile(_alt(s for s, _, _ in suffixes))
        table = {s: (c, p) for s, c, p in suffixes}

        def suffix_at(pos: int) -> str | None:
            if not suffix_re.match(text, pos):
                return None
            for s, _, _ in suffixes:  # longest first
                if not text.startswith(s, pos):
                    continue
                nxt = text[pos + len(s):pos + len(s) + 1]
                if s.endswith("委") and nxt == "员" or s.endswith("会") and nxt == "议":
                    continue  # 市委员 is 市 + 委员; 区委常委会议 is 区委 + 常委会议
                return s
            return None

        for m in re.finditer(rf"(中共)?([{LEVEL_CHARS}](?:[、和]?[{LEVEL_CHARS}])*)", text):
            if not m.group(1) and not _ok_before_level(text, m.start()):
                continue
            s = suffix_at(m.end())
            if not s:
                continue
            chars = [c for c in m.group(2) if c in LEVEL_CHARS]
            start = m.start()
            if chars == ["区"] and text[m.start() - 2:m.start()] == "自治":
                chars, start = ["自治区"], m.start() - 2  # 自治区政协: the region's committee
            places = [qualify_level(c, self.ctx) for c in chars]
            if not all(places):
                continue  # 市县政协 in a district's report: some of them are not one body
            canon, parent = table[s]
            self.body(start, m.end(), places, s, canon, parent)
        hits = find_places(text)
        i = 0
        while i < len(hits):
            j = i
            while j + 1 < len(hits) and hits[j + 1][0] == hits[j][1]:
                j += 1  # a chain 兰州市城关区
            start, end = hits[i][0], hits[j][1]
            names = [w for _, _, w in hits[i:j + 1]]
            s = suffix_at(end)
            if s and not (s in ("委员会",) and text[end + 3:end + 5] == "常务"):
                place = resolve_place(names, prefer=self.ctx)
                if place is not None:
                    q = place.qualified
                    if place.level == "district" and names[-1] != place.name and \
                            names[-1][-1] in "区县旗" and len(names[-1]) > 1:
                        q = place.city + names[-1]
                    if place.level == "district" and self.ctx.district and place.city == self.ctx.city \
                            and short_name(place.name) == short_name(self.ctx.district):
                        q = self.ctx.city + self.ctx.district
                    pre = start - 2 if text[start - 2:start] == "中共" else start
                    for short, _full in party_prefixes():
                        if text[start - len(short):start] == short and s == "委":
                            self.add(Candidate(start - len(short), end + 1, "organization",
                                               (f"{short}{q}委",), priority=2))
                            break
                    else:
                        canon, parent = table[s]
                        self.body(pre, end, [q], s, canon, parent, priority=1)
            i = j + 1

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
            self.add(Candidate(m.start(), m.end(), "organization", (canon,),
                               parents=((canon, parent),) if parent else (), priority=1))

    def reporter_parts(self) -> None:
        if not self.r:
            return
        rows = reporter_parts()
        pat = re.compile(_alt(s for s, _, _ in rows))
        table = {s: (c, p) for s, c, p in rows}
        for m in pat.finditer(self.text):
            s = m.group(0)
            nxt = self.text[m.end():m.end() + 1]
            if s.endswith("党组") and nxt in "织成":
                continue
            canon, parent = table[s]
            label = canon.replace("{r}", self.r)
            self.add(Candidate(m.start(), m.end(), "organization", (label,),
                               parents=((label, parent.replace("{r}", self.r)),) if parent else ()))

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
            label = strip_quotes(name)
            if label.startswith(("全市", "全区", "全县", "全省")):
                q = qualify_level(label[1], self.ctx)
                if q:
                    label = q + label[2:]
            self.add(Candidate(start, m.end(), "organization", (label,)))

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
            t = int_to_cn(cn_to_int(m.group(1)))
            self.add(Candidate(m.start(), m.end(), "meeting", (f"中国共产党第{t}届中央委员会历次全体会议",),
                               series=True, priority=2))
        for m in re.finditer(rf"({NUM}+)届中央政治局第({NUM}+)次集体学习", text):
            t, n = (int_to_cn(cn_to_int(g)) for g in m.groups())
            label = f"中国共产党第{t}届中央委员会政治局第{n}次集体学习"
            self.add(Candidate(m.start(), m.end(), "meeting", (label,), priority=2,
                               owners=(("中国共产党中央委员会政治局", label),)))

    def owner_before(self, pos: int) -> Candidate | None:
        cands = [c for c in self.orgs_by_end.get(pos, []) if len(c.labels) == 1]
        return max(cands, key=lambda c: (c.end - c.start, c.priority)) if cands else None

    def owner_relative(self, pos: int) -> Candidate | None:
        """The body of a relative clause just before ``pos``: 市政协举办的(专题协商会)."""
        m = re.search(r"(?:召开|举办|主办|组织|承办|举行)的\s*[“\"]?$", self.text[max(0, pos - 6):pos])
        return self.owner_before(pos - len(m.group(0))) if m else None

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
        for m in re.finditer(rf"(?:第)?({NUM}+)届(?:第)?({NUM}+)次(全会|全体会议|会议)", text):
            owner = self.owner_before(m.start())
            start = owner.start if owner else m.start()
            a, b = int_to_cn(cn_to_int(m.group(1))), int_to_cn(cn_to_int(m.group(2)))
            if owner:
                org = owner.labels[0]
            elif m.group(3) == "会议" and self.r:
                org = self.r
            else:
                continue
            label = f"{org}{a}届{b}次{m.group(3)}"
            self.add(Candidate(start, m.end(), "meeting", (label,), owners=((org, label),), priority=2))
            if owner:
                owner.nested = True
        pat = re.compile(rf"政协\s*(?:第({NUM}+)届)?\s*([{CJK}]{{2,14}}?)\s*(?:第({NUM}+)届)?\s*委员会\s*"
                         rf"第({NUM}+)次(?:全体)?会议")
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
            elif owner_kind == "place":
                q = self.ctx.jurisdiction or ""
                if s.startswith("市长") and self.ctx.city:
                    q = self.ctx.city
                org, label = "", q + tail
            else:
                org, label = "", tail
            self.add(Candidate(start, m.end(), "meeting", (label,), series=True, priority=3,
                               owners=((org, label),) if org else ()))

    def named_meetings(self) -> None:
        """Gatherings named by a noun phrase ending in a head word: 港澳委员座谈会."""
        text = self.text
        pat = re.compile(_alt(meeting_heads()))
        for m in pat.finditer(text):
            start = grow_left(text, m.start(), max_chars=30)
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
            elif re.match(r"(庆祝|纪念|全国|中央|省部级|地方|[\u4e00-\u9fff]{2}省|中国)", name) or not self.r:
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

    def coordinated_owners(self, start: int, end: int, rest: str, label: str, org: str) -> None:
        """省委、市委政协工作会议 / 全国政协和全省政协系统座谈会: one gathering per body named before
        the last one, all sharing the rest of the name; the mention covers the whole phrase."""
        labels, owners = [label], [(org, label)] if org else []
        pos = start
        while pos > 1 and self.text[pos - 1] in "、和":
            before = self.owner_before(pos - 1)
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
        head_re = re.compile(rf"[^\W\d_等和与及、两一二三四五六七八九十]{{0,6}}?(?:{_alt(heads)})(?:{_alt(heads)})?")
        named = dict(named_initiatives())
        slogans = not_initiatives()
        last_end = [-1]
        for m in re.finditer(r"“([^“”\n]{1,40})”", text):
            inner = m.group(1)
            if re.fullmatch(r"[\d\s]+", inner):
                continue
            hm = head_re.match(text, m.end())
            after = text[m.end():m.end() + 2]
            if hm and not re.match(r"(精神|要求|目标|理念|思想|标准|重要|的)", after):
                head = hm.group(0)
                # “智慧政协”建设 and “第一议题”制度 are the programmes 智慧政协, 第一议题 by another word
                label = strip_quotes(inner) + ("" if head in BARE_HEADS else head)
                self.add(Candidate(m.start(), hm.end(), "initiative", (label,), priority=2,
                                   surface_form=strip_quotes(inner)))
                continue
            if any(inner.startswith(w) or inner.endswith(w) for w in slogans):
                continue
            if re.match(r"(精神|要求|目标|理念|思想|标准|重要|的|主题|为|是)", after):
                continue
            brand = r"(政协|之家|讲堂|驿站|工作室|工作站|课堂|论坛|家园|书屋|直通车)$"
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
            cued = listed or re.search(CUE_VERBS + "$", before)
            if not (named_by_head or cued):
                continue
            last_end[0] = m.end()
            label = named.get(strip_quotes(inner), strip_quotes(inner))
            self.add(Candidate(m.start(), m.end(), "initiative", (label,), priority=2))

    def named_initiatives(self) -> None:
        rows = named_initiatives()
        table = dict(rows)
        pat = re.compile(_alt(table))
        for m in pat.finditer(self.text):
            self.add(Candidate(m.start(), m.end(), "initiative", (table[m.group(0)],), priority=1))

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
            start = grow_left(text, m.start(), max_chars=20)
            np = strip_quotes(text[start:m.start()])
            if len(np) < low or np.endswith(("的", "和")) or "“" in text[start:m.start()]:
                continue
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
    f = Finder(text, ctx)
    f.reporter_names()
    f.local_bodies()
    f.national()
    f.reporter_parts()
    f.institutions()
    f.congresses()
    f.plenums()
    f.party_congresses()
    f.sessions()
    f.series()
    f.named_meetings()
    f.quoted()
    f.named_initiatives()
    f.headed_initiatives()
    return f.out


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
