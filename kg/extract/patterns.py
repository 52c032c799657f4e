"""Mentions of organizations, meetings and initiatives, found by patterns over doc.match_text.

Each finder yields Candidates: a span, a type, the canonical label(s) it stands for (a coordinated
form such as 省、市政协 stands for two), and what the name itself says about structure (the parent
of 区委统战部 is 区委) and ownership (区政协六届一次会议 is organised by 区政协). ``resolve`` keeps
the longest of overlapping candidates.
"""

from __future__ import annotations

import re

from ..model import Context
from .candidates import Candidate, Finder, _alt, _inside_titles, cue_words, object_cues, resolve
from .canon import strip_quotes
from .lexicon import (generic_modifiers, initiative_heads, meeting_heads, named_initiatives, not_initiatives,
                      np_stopwords)
from .meetings import (find_congresses, find_named_meetings, find_officials_meetings, find_party_congresses,
                       find_plenums, find_series, find_sessions, name_start)
from .organizations import (find_democratic_parties, find_institutions, find_local_bodies, find_national_bodies,
                            find_reporter_names, find_reporter_parts, find_special_committees,
                            find_township_bodies)
from .text import clause_start, cue_object_start

__all__ = ["Candidate", "find_candidates", "resolve"]

# verbs that, right before a quoted phrase, make it a programme someone runs or joins
CUE_VERBS = (r"(抓实|抓好|开展|打造|实施|推进|参与|加强|深化|建设|创建|建立|推出|启动|开通|组织|举办|推行|投身|"
             r"参加|探索|擦亮|叫响|助力|持续|深入)")
BARE_HEADS = ("建设", "制度", "品牌")  # “X”建设 is named X: the head adds nothing to which programme it is


class _Finders(Finder):
    """The pattern finders not yet moved to modules of their own."""

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
            start = name_start(self, m.start(), max_chars=30, over_quotes=False)
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
    find_congresses(f)
    find_plenums(f)
    find_party_congresses(f)
    find_sessions(f)
    find_officials_meetings(f)
    find_series(f)
    find_named_meetings(f)
    f.quoted()
    f.named_initiatives()
    f.headed_initiatives()
    return _inside_titles(text, f.out)


