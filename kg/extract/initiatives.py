"""Initiative finders: quoted programmes (“书香政协”建设, “智慧政协、网上政协”, and a quoted gathering's
name as a meeting), the campaigns of named_initiatives.tsv (脱贫攻坚) and unquoted names ending in a head
word (政协大讲堂活动). They run last, so the bodies are already found: the one named right before a
programme runs it, and a body's name is never taken for the start of a programme's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .candidates import Candidate, Finder, _alt, cue_words, object_cues
from .canon import strip_quotes
from .lexicon import (campaign_in, generic_modifiers, initiative_heads, meeting_heads, named_initiatives,
                      not_initiatives, np_stopwords, quoted_name_words)
from .meetings import name_start
from .text import clause_start, cue_object_start, jieba_words

__all__ = ["find_quoted", "find_named_initiatives", "find_headed_initiatives"]

def _words(kind: str) -> tuple[str, ...]:
    return quoted_name_words()[kind]


@dataclass(frozen=True)
class _HeadMatch:
    """What follows a quoted name up to its head word: ``pre`` (up to ten characters), the ``head``
    and perhaps a ``second`` head (协商议事|活动, 协商平台|建设), ending at ``end``."""

    pre: str
    head: str
    second: str
    end: int


class _LongestHead:
    """Matches, right after a quoted name, the longest stretch that ends in a head word: of
    “有事好商量”协商议事活动 the head is 活动 (not 协商, which ends an earlier, shorter stretch)."""

    PRE = re.compile(r"[^\W\d_等和与及、两一二三四五六七八九十]{0,10}")

    def __init__(self, heads: list[str]):
        self.heads = sorted(set(heads), key=lambda h: (-len(h), h))

    def match(self, text: str, pos: int) -> _HeadMatch | None:
        room = self.PRE.match(text, pos).end() - pos
        # the name ends at its first head: “两学一做”学习教育|常态化制度 is not one name
        first_head = min((text.find(h, pos, pos + room + len(h)) for h in self.heads
                          if 0 <= text.find(h, pos, pos + room + len(h))), default=-1)
        if first_head >= 0:
            room = min(room, first_head - pos)
        best = None
        for k in range(room, -1, -1):
            for first in self.heads:
                if text.startswith(first, pos + k):
                    after = pos + k + len(first)
                    second = next((h for h in self.heads if text.startswith(h, after)), "")
                    found = _HeadMatch(text[pos:pos + k], first, second, after + len(second))
                    if best is None or found.end >= best.end:
                        best = found  # the farthest end; of equal ones, the earliest head
                    break
        return best


def find_quoted(f: Finder) -> None:
    """Quoted names: a programme when a head word follows (“书香政协”建设, “有事好商量”协商议事活动),
    when it ends in a brand word (“委员之家”), when a cue verb or a body stands right before it, or
    when it is listed with such names; a gathering when it ends in a meeting's head."""
    text = f.text
    heads = [h for h, _ in initiative_heads()]
    head_re = _LongestHead(heads)
    named = dict(named_initiatives())
    slogans = not_initiatives()
    cue = _alt(_words("cue"))
    brand = re.compile(rf"(?:{_alt(_words('brand'))})$")
    topic = re.compile(_alt(_words("topic")))
    topic_or_tail = re.compile(_alt(_words("topic") + _words("tail")))
    meeting_end = re.compile(rf"(?:{_alt(meeting_heads())})$")
    last_end = -1  # where the last quoted programme ended: the next may be listed with it
    for m in re.finditer(r"“([^“”\n]{1,40})”", text):
        inner = m.group(1)
        if re.fullmatch(r"[\d\s]+", inner):
            continue
        hm = head_re.match(text, m.end())
        if meeting_end.search(inner) and len(inner) > 4 and not hm:
            # “琼港青年创新创业交流会”: a gathering by its name
            f.add(Candidate(m.start(), m.end(), "meeting", (strip_quotes(inner),), priority=2))
            continue
        if hm and meeting_end.search(strip_quotes(inner) + hm.pre):
            continue  # “市长与委员面对面”协商会制度: the gathering's finder names it
        if hm and (any(c in hm.pre for c in object_cues()) or hm.pre in _words("vague")):
            hm = None  # “优化营商环境”开展专题调研, “X博览会”相关活动: a verb or a vague word stands between
        if hm and not topic.match(text, m.end()):
            end = hm.end
            if hm.second in _words("bare"):
                end -= len(hm.second)  # “吴中议事厅”协商平台|建设: building the platform
            head = text[m.end():end]
            # “智慧政协”建设 and “第一议题”制度 are the programmes 智慧政协, 第一议题 by another word
            label = strip_quotes(inner) + ("" if head in _words("bare") else head)
            start = _quoted_modifier_start(f, m.start())
            label = strip_quotes(text[start:m.start()]) + label
            f.add(Candidate(start, end, "initiative", (label,), priority=2,
                            surface_form=strip_quotes(inner) if start == m.start() else "",
                            owners=_brand_owner(f, start, label)))
            continue
        held = re.search(rf"(?:{cue})$", text[max(0, m.start() - 4):m.start()]) is not None
        counted_programme = held and any(inner.endswith(h) for h in heads if len(h) >= 2)
        if not counted_programme and (any(inner.startswith(w) or inner.endswith(w) for w in slogans)
                                      or topic_or_tail.match(text, m.end())):
            continue  # “四个意识”: a slogan; 实施“三个工程”: a programme, counted
        if "、" in inner and not any(inner.endswith(h) for h in heads):
            parts = inner.split("、")
            if all(brand.search(x) and len(x) >= 3 for x in parts):
                pos = m.start() + 1
                for x in parts:  # “智慧政协、网上政协”: two programmes
                    f.add(Candidate(pos, pos + len(x), "initiative", (x,), priority=2))
                    pos += len(x) + 1
            continue  # a list of slogans
        if re.match(r"[\d一二三四五六七八九十两百千]+[大项个]", inner) and not counted_programme:
            continue
        nxt = text[m.end():m.end() + 1]
        if "\u4e00" <= nxt <= "\u9fff" and nxt not in "等和、与及在中上":
            continue  # “责任委员”队伍: the quote qualifies another noun
        named_by_head = any(inner.endswith(h) for h in heads) or brand.search(inner)
        listed = text[m.start() - 1:m.start()] in ("、", "”") and last_end >= m.start() - 1
        clause = text[clause_start(text, m.start(), 20):m.start()]
        listed = listed or bool(re.search(rf"(?:{cue})[^的“”]*、$", clause))
        label = named.get(strip_quotes(inner), strip_quotes(inner))
        owners = _brand_owner(f, m.start(), label)
        # a committee's quoted phrase is its programme (区政协“委员议事厅”); a Party committee's or a
        # government's may be a slogan or a question it poses (市委“二十年之问”)
        by_committee = any("政协" in o for o, _ in owners)
        cued = listed or held or by_committee
        if not (named_by_head or cued):
            continue
        last_end = m.end()
        f.add(Candidate(m.start(), m.end(), "initiative", (label,), priority=2, owners=owners))


def _brand_owner(f: Finder, start: int, label: str) -> tuple[tuple[str, str], ...]:
    """越溪街道“委员议事厅”, 经济委员会“企业服务直通车”: a body named right before a quoted
    programme is the one that runs it."""
    owner = f.owner_before(start)
    if owner is None or len(owner.labels) != 1:
        return ()
    return ((owner.labels[0], strip_quotes(label)),)


@lru_cache(maxsize=1)
def _stops_longest_first() -> tuple[str, ...]:
    return tuple(sorted(np_stopwords(), key=len, reverse=True))


def _quoted_modifier_start(f: Finder, quote_start: int) -> int:
    """Where a programme's name begins when words stand before its quoted part: 开展|太湖流域
    生态保护“联动监督”活动 (the object of a cue verb, with no other verb inside)."""
    held = cue_object_start(f.text, quote_start, object_cues(), limit=20)
    if held is None or held >= quote_start or re.search(r"[“”]", f.text[held:quote_start]):
        return quote_start
    stops = _stops_longest_first()
    start = held
    while start < quote_start:  # 深入开展|好… : adverbs and particles open no name
        count = re.match(r"[\d一二三四五六七八九十两百千万]+[项件期个次批场届名]?", f.text[start:quote_start])
        word = count.group(0) if count else next((w for w in stops if f.text.startswith(w, start)), "")
        if not word:
            break
        start += len(word)
    words = strip_quotes(f.text[start:quote_start])
    if len(words) < 2 or words in generic_modifiers() or any(w in words for w in cue_words()) or \
            words.endswith(("暨", "和", "与", "及")) or any(
                c.type == "organization" and start < c.end and c.start < quote_start for c in f.out):
        return quote_start  # a body's name before the quote is who runs it, not its name
    return start


def find_named_initiatives(f: Finder) -> None:
    rows = named_initiatives()
    table = dict(rows)
    pat = re.compile(_alt(table))
    # the heads of named inquiries and oversight (民主监督, 专题调研), which only follow a name
    heads = re.compile(_alt(h for h, low in initiative_heads() if low == 0 and len(h) >= 4))
    for m in pat.finditer(f.text):
        label = campaign_in(m.group(0), table[m.group(0)], f.ctx.year)  # 主题教育 in 2019 or in 2023
        f.add(Candidate(m.start(), m.end(), "initiative", (label,), priority=1))
        head = heads.match(f.text, m.end())
        if head:  # 脱贫攻坚民主监督, 乡村振兴专项行动: a programme of its own within the campaign
            name = strip_quotes(f.text[m.start():head.end()])
            f.add(Candidate(m.start(), head.end(), "initiative", (name,), priority=1))


def find_headed_initiatives(f: Finder) -> None:
    """Unquoted names ending in a head word: 政协大讲堂活动, 老旧小区改造工程."""
    text = f.text
    heads = dict(initiative_heads())
    pat = re.compile(_alt(heads))
    generic = generic_modifiers()
    named = dict(named_initiatives())
    words = jieba_words()
    for m in pat.finditer(text):
        low = heads[m.group(0)]
        if low == 0 or text[m.start() - 1:m.start()] == "”":
            continue  # only after a quoted name, handled by find_quoted()
        if any(text[m.start():m.end() + k] in words for k in (1, 2)):
            continue  # 行动指南, 活动中心, 工程师: the head word goes on into another word
        start = name_start(f, m.start(), max_chars=30, over_quotes=False)
        np = strip_quotes(text[start:m.start()])
        quoted = text.find("”", start, m.start())
        if len(np) < low or np.endswith(("的", "和")) or "“" in text[start + 1:m.start()] or \
                "“" in text[start:m.start()] and quoted == m.start() - 1:
            continue  # “X”活动 is find_quoted()'s; “八五”普法宣传进企业活动, held by a verb, is this one's
        if quoted >= 0 and text[quoted + 1:m.start()] in _words("vague"):
            continue  # “X博览会”相关活动: about the quoted thing, not named by it
        if np in named:
            f.add(Candidate(start, m.end(), "initiative", (named[np],), priority=1))
            continue
        rest = np
        for g in sorted(generic, key=len, reverse=True):
            rest = rest.replace(g, "")
        if np in generic or (low >= 3 and len(rest) < 2):
            continue
        label = strip_quotes(text[start:m.end()])
        f.add(Candidate(start, m.end(), "initiative", (label,), priority=0))
