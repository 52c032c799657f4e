"""Mentions of organizations, meetings and initiatives, found by patterns over doc.match_text.

Each finder yields Candidates: a span, a type, the canonical label(s) it stands for (a coordinated
form such as 省、市政协 stands for two), and what the name itself says about structure (the parent
of 区委统战部 is 区委) and ownership (区政协六届一次会议 is organised by 区政协). ``resolve`` keeps
the longest of overlapping candidates.
"""

from __future__ import annotations

import re

from ..model import Context
from .candidates import CJK, LEVEL_CHARS, Candidate, Finder, _alt, _inside_titles, cue_words, object_cues, resolve
from .canon import NUM, cn_to_int, congress, int_to_cn, plenum, strip_quotes, term_for_year
from .context import qualify_level, resolve_place
from .lexicon import (generic_modifiers, officials, initiative_heads, meeting_heads, meeting_series,
                      named_initiatives, not_initiatives, np_stopwords, relation_frames, spell_out)
from .organizations import (find_democratic_parties, find_institutions, find_local_bodies, find_national_bodies,
                            find_reporter_names, find_reporter_parts, find_special_committees,
                            find_township_bodies)
from .places import find_places
from .text import clause_start, cue_object_start, grow_left, trim_left

__all__ = ["Candidate", "find_candidates", "resolve"]

# verbs that, right before a quoted phrase, make it a programme someone runs or joins
CUE_VERBS = (r"(抓实|抓好|开展|打造|实施|推进|参与|加强|深化|建设|创建|建立|推出|启动|开通|组织|举办|推行|投身|"
             r"参加|探索|擦亮|叫响|助力|持续|深入)")
BARE_HEADS = ("建设", "制度", "品牌")  # “X”建设 is named X: the head adds nothing to which programme it is
# sessions of the national congresses, by their official names
NATIONAL_SESSIONS = {"中国人民政治协商会议全国委员会": "中国人民政治协商会议第{a}届全国委员会第{b}次会议",
                     "全国人民代表大会": "第{a}届全国人民代表大会第{b}次会议"}


def _party_short(label: str) -> str:
    """中共兰州市委员会 → 中共兰州市委 (the stem meetings of the committee are named from)."""
    return label[:-3] + "委" if label.startswith("中共") and label.endswith("委员会") else label


class _Finders(Finder):
    """The pattern finders not yet moved to modules of their own."""

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
    find_reporter_names(f)
    find_local_bodies(f)
    find_democratic_parties(f)
    find_national_bodies(f)
    find_reporter_parts(f)
    find_special_committees(f)
    find_institutions(f)
    find_township_bodies(f)
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


