"""Meeting finders: the Party's congresses and plenums, sessions (区政协六届一次会议, 十三届全国人大一次
会议), party congresses, recurring series (常委会会议, 主席会议), officials' meetings with members and
gatherings named by a head word (港澳委员座谈会). Each says who holds the meeting where its name, or the
body named right before it, tells.
"""

from __future__ import annotations

import re

from .candidates import CJK, LEVEL_CHARS, Candidate, Finder, _alt, object_cues
from .canon import NUM, NUM_CHARS, cn_to_int, congress, int_to_cn, plenum, strip_quotes, term_for_year
from .context import qualify_level, resolve_place
from .lexicon import (generic_modifiers, meeting_heads, meeting_series, np_stopwords, officials,
                      relation_frames, spell_out)
from .places import find_places
from .text import cue_object_start, grow_left, trim_left

__all__ = ["find_congresses", "find_plenums", "find_party_congresses", "find_sessions", "find_officials_meetings",
           "find_series", "find_named_meetings", "name_start"]

# a head word of a meeting or programme followed by a conjunction: where a listed name ends
_HEAD_AND = re.compile(r"(?:会议|会|班|论坛|活动|行动|工程|教育)[和与及、]")
# sessions of the national congresses, by their official names
NATIONAL_SESSIONS = {"中国人民政治协商会议全国委员会": "中国人民政治协商会议第{a}届全国委员会第{b}次会议",
                     "全国人民代表大会": "第{a}届全国人民代表大会第{b}次会议"}
# how reports name them, with the term and the session as groups 1 and 2: (pattern, body, priority)
NATIONAL_SESSION_NAMES = (
    (rf"第?({NUM}+)届(?:全国人大|全国人民代表大会)第?({NUM}+)次会议", "全国人民代表大会", 3),
    (rf"第?({NUM}+)届全国政协第?({NUM}+)次会议", "中国人民政治协商会议全国委员会", 3),
    (rf"(?:中国人民政治协商会议|政协)第({NUM}+)届全国委员会第({NUM}+)次(?:全体)?会议", "中国人民政治协商会议全国委员会", 4),
)


def _party_short(label: str) -> str:
    """中共兰州市委员会 → 中共兰州市委 (the stem meetings of the committee are named from)."""
    return label[:-3] + "委" if label.startswith("中共") and label.endswith("委员会") else label


def find_congresses(f: Finder) -> None:
    text = f.text
    for m in re.finditer(rf"(党的|中共|中国共产党)?第?({NUM}{{1,3}})(?:次全国代表)?大(?![会学厦队街道])", text):
        n = cn_to_int(m.group(2))
        if n < 8 or n > 40 or (n < 11 and not m.group(1)):
            continue
        if m.start() > 0 and text[m.start() - 1] in "一二三四五六七八九十百第":
            continue
        if not m.group(1) and (text[m.end():m.end() + 1] in "产项类行工板片" or
                               re.search(r"(团|青年|妇女|工会|学联|侨联|科协|全国)$", text[max(0, m.start() - 4):m.start()])):
            continue  # 十五大产业, 共青团十九大: not the Party's congress
        f.add(Candidate(m.start(), m.end(), "meeting", (congress(m.group(2)),), priority=2))
    for m in re.finditer(rf"(?:中国共产党)?第({NUM}+)次全国代表大会", text):
        if not text.startswith("中国共产党", m.start()) and re.search(
                r"(团|青年|妇女联合会|妇女|工会|学联|联合会|协会)$", text[max(0, m.start() - 6):m.start()]):
            continue  # 共青团第十九次全国代表大会: another body's congress
        f.add(Candidate(m.start(), m.end(), "meeting", (congress(m.group(1)),), priority=2))


def find_plenums(f: Finder) -> None:
    text = f.text
    pat = re.compile(rf"(党的|中共)?(?:({NUM}+)?届)?((?:{NUM}+中[、和]?)+)全会")
    for m in pat.finditer(text):
        before = text[max(0, m.start() - 3):m.start()]
        if re.search(r"[省市区县]委$|委员会$", before):
            continue  # a local committee's plenum, handled with its owner
        numbers = re.findall(rf"({NUM}+)中", m.group(3))
        term = m.group(2) or term_for_year(f.ctx.year, cn_to_int(numbers[0]))
        if not term:
            continue
        labels = tuple(plenum(term, n) for n in numbers)
        cc = "中国共产党中央委员会"
        f.add(Candidate(m.start(), m.end(), "meeting", labels, priority=2,
                        owners=tuple((cc, lb) for lb in labels)))
    for m in re.finditer(rf"({NUM}+)届历次全会", text):
        if re.search(r"[省市区县]委$|委员会$", text[max(0, m.start() - 3):m.start()]):
            continue  # 市委十四届历次全会: a local committee's plenums
        t = int_to_cn(cn_to_int(m.group(1)))
        f.add(Candidate(m.start(), m.end(), "meeting", (f"中国共产党第{t}届中央委员会历次全体会议",),
                        series=True, priority=2))
    for m in re.finditer(rf"({NUM}+)届中央政治局第({NUM}+)次集体学习", text):
        t, n = (int_to_cn(cn_to_int(g)) for g in m.groups())
        label = f"中国共产党第{t}届中央委员会政治局第{n}次集体学习"
        f.add(Candidate(m.start(), m.end(), "meeting", (label,), priority=2,
                        owners=(("中国共产党中央委员会政治局", label),)))


def _owner_convening(f: Finder, pos: int) -> Candidate | None:
    """The body that convenes the meeting just after ``pos``: 县委专门召开(常委会议)."""
    m = re.search(r"(?:专门|先后|多次|随即|及时|立即|再次|首次)?(?:主持召开|召开|举行)\s*$", f.text[max(0, pos - 6):pos])
    return f.owner_before(pos - len(m.group(0))) if m else None


def _owner_overlapping(f: Finder, pos: int, series: str) -> Candidate | None:
    """A body whose name ends inside a series name that starts at ``pos`` with the same
    characters (区委常委会 + 常委会会议)."""
    for k in range(len(series) - 1, 0, -1):
        cands = [c for c in f.orgs_by_end.get(pos + k, []) if len(c.labels) == 1
                 and c.start < pos and f.text[pos:pos + k] == series[:k]
                 and "政协" not in c.labels[0] and c.labels[0].endswith(("常务委员会", "常委会"))]
        if cands:
            return max(cands, key=lambda c: (c.end - c.start, c.priority))
    return None


def find_sessions(f: Finder) -> None:
    """区政协六届一次会议, 区委七届二次全会, 十届一次会议 (the reporter's own)."""
    text = f.text
    kinds = "常务委员会会议|常委会会议|常委会议|全体会议|全会|会议"
    for m in re.finditer(rf"(?:第)?({NUM}+)届(?:第)?({NUM}+)次({kinds})(暨[^，。；、\s]{{2,12}}?会议)?", text):
        owner = f.owner_before(m.start())
        start = owner.start if owner else m.start()
        if owner is None and text[start - 2:start] == "政协":
            start -= 2  # 政协四届四次会议: the committee named bare, the reporter's
        a, b = int_to_cn(cn_to_int(m.group(1))), int_to_cn(cn_to_int(m.group(2)))
        kind = m.group(3)
        if owner:
            org = owner.labels[0]
        elif kind != "全会" and f.r:
            org = f.r
        else:
            continue
        if org in NATIONAL_SESSIONS and kind == "会议":
            label = NATIONAL_SESSIONS[org].format(a=a, b=b)
        else:
            label = f"{org}{a}届{b}次{spell_out(kind) if '常' in kind else kind}{m.group(4) or ''}"
        f.add(Candidate(start, m.end(), "meeting", (label,), owners=((org, label),), priority=2))
        if owner:
            owner.nested = True
    # 十三届全国人大一次会议, 中国人民政治协商会议第十四届全国委员会第二次会议: the national sessions,
    # the body named inside
    for pattern, org, priority in NATIONAL_SESSION_NAMES:
        for m in re.finditer(pattern, text):
            a, b = int_to_cn(cn_to_int(m.group(1))), int_to_cn(cn_to_int(m.group(2)))
            label = NATIONAL_SESSIONS[org].format(a=a, b=b)
            f.add(Candidate(m.start(), m.end(), "meeting", (label,), owners=((org, label),), priority=priority))
    # 县第十七届人民代表大会第四次会议, 市十六届人大一次会议: a local people's congress in session
    for m in re.finditer(rf"([{LEVEL_CHARS}])第?({NUM}+)届(?:人民代表大会|人大)第?({NUM}+)次(?:全体)?会议", text):
        q = qualify_level(m.group(1), f.ctx)
        a, b = int_to_cn(cn_to_int(m.group(2))), int_to_cn(cn_to_int(m.group(3)))
        if not q:
            # some county's congress in a city's report: a meeting, but whose is not said
            label = text[m.start():m.end()]
            f.add(Candidate(m.start(), m.end(), "meeting", (label,), priority=3))
            continue
        label, org = f"{q}第{a}届人民代表大会第{b}次会议", q + "人大"
        f.add(Candidate(m.start(), m.end(), "meeting", (label,), owners=((org, label),), priority=3))
    pat = re.compile(rf"(?:中国人民政治协商会议|政协)\s*(?:第({NUM}+)届)?\s*([{CJK}]{{2,14}}?)\s*"
                     rf"(?:第({NUM}+)届)?\s*委员会\s*第({NUM}+)次(?:全体)?会议")
    for m in pat.finditer(text):
        if not (m.group(1) or m.group(3)):
            continue
        names = [w for _, _, w in find_places(m.group(2))]
        place = resolve_place(names, prefer=f.ctx) if names else None
        if place is None:
            continue
        org = place.qualified + "政协"
        a, b = int_to_cn(cn_to_int(m.group(1) or m.group(3))), int_to_cn(cn_to_int(m.group(4)))
        label = f"{org}{a}届{b}次会议"
        f.add(Candidate(m.start(), m.end(), "meeting", (label,), owners=((org, label),), priority=4))


def find_party_congresses(f: Finder) -> None:
    text = f.text
    for m in re.finditer(rf"(自治区|[{LEVEL_CHARS}](?:[、和]?[{LEVEL_CHARS}])*)(?:第({NUM}+)次)?党代会", text):
        if not m.group(2):
            continue
        n = int_to_cn(cn_to_int(m.group(2)))
        levels = ["自治区"] if m.group(1) == "自治区" else [c for c in m.group(1) if c in LEVEL_CHARS]
        labels = tuple(f"中共{q}第{n}次代表大会" for c in levels for q in [qualify_level(c, f.ctx)] if q)
        if labels:
            f.add(Candidate(m.start(), m.end(), "meeting", labels, priority=2))


def find_series(f: Finder) -> None:
    text = f.text
    rows = meeting_series()
    table = {s: (t, o) for s, t, o in rows}
    pat = re.compile(_alt(table))
    for m in pat.finditer(text):
        s = m.group(0)
        tail, owner_kind = table[s]
        topic = re.search(r"“([^“”\n]{2,40})”$", text[max(0, m.start() - 42):m.start()])
        if topic and owner_kind == "cppcc":
            # 召开“推动X”专题议政性常委会议: one meeting of the format, on that topic
            qstart = m.start() - len(topic.group(0))
            owner = f.owner_before(qstart)
            org = owner.labels[0] if owner is not None and owner.labels[0].endswith("政协") else f.r
            if org:
                label = org + strip_quotes(topic.group(1)) + tail
                f.add(Candidate(qstart, m.end(), "meeting", (label,), priority=4, owners=((org, label),)))
                continue
        owner = f.owner_before(m.start())
        start = m.start()
        relative = None if owner else f.owner_relative(m.start())
        if relative is not None:
            # 参加市政协举办的专题协商会: the body of the relative clause holds it
            org = relative.labels[0]
            label = org + tail if org.endswith("政协") else org + s
            f.add(Candidate(m.start(), m.end(), "meeting", (label,), series=True, priority=3,
                            owners=((org, label),)))
            continue
        convener = None if owner else _owner_convening(f, m.start())
        if convener is not None and convener.labels[0] != f.r:
            # 县委专门召开常委会议: the body that convenes it holds it, not the reporter
            org = convener.labels[0]
            label = _party_short(org) + s if org.startswith("中共") and org.endswith("委员会") else \
                org + (tail if org.endswith("政协") else s)
            f.add(Candidate(m.start(), m.end(), "meeting", (label,), series=True, priority=3,
                            owners=((org, label),)))
            continue
        overlap = None if owner else _owner_overlapping(f, m.start(), s)
        if overlap is not None:
            # 区委常委会会议, 区人大常委会会议: the body's name already took the 常委会 of the series
            org = overlap.labels[0]
            if org.startswith("中共") and org.endswith("委员会常务委员会"):
                org = org[:-5]
                label = _party_short(org) + s
            else:
                label = org + s[overlap.end - m.start():]
            overlap.nested = True
            f.add(Candidate(overlap.start, m.end(), "meeting", (label,), series=True, priority=3,
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
        elif s in ("全会", "主席会", "党组会") or s == "全体会议" and not (
                re.match(rf"[\d{NUM_CHARS}]+次", text[m.end():m.end() + 4])
                or re.search(r"(?:召开|举行|开好)$", text[max(0, m.start() - 2):m.start()])):
            continue  # 全会 alone may be anyone's; 召开全体会议1次 is the reporter's
        elif owner_kind == "cppcc" and f.r:
            org, label = f.r, f.r + tail
            if text[start - 2:start] == "政协":
                start -= 2  # 政协党组理论中心组学习会: the committee named bare
        elif owner_kind == "place":
            org, label = "", (f.ctx.jurisdiction or "") + tail
        else:
            org, label = "", tail
        f.add(Candidate(start, m.end(), "meeting", (label,), series=True, priority=3,
                        owners=((org, label),) if org else ()))


def find_officials_meetings(f: Finder) -> None:
    """市长与委员座谈会, “区长与委员面对面”协商会, 副县长与委员专题协商: the committee's format
    for meeting a head of government, named after the place; the committee holds it and the
    government takes part."""
    text = f.text
    titles = dict(officials())
    heads = "协商座谈会|座谈会|协商会|恳谈会|见面会|专题协商会|专题协商"
    pat = re.compile(rf"(?:[{LEVEL_CHARS}])?“?(副)?({_alt(titles)})(?:与|和|同)(?:[{LEVEL_CHARS}])?"
                     rf"(?:政协)?委员[^，。；、\s“”]{{0,6}}?”?(?:{heads})")
    for m in pat.finditer(text):
        level = titles[m.group(2)]
        place = qualify_level(level, f.ctx)
        if not place:
            continue
        label = place + strip_quotes(text[m.start(1) if m.group(1) else m.start(2):m.end()])
        government = place + "人民政府"
        f.add(Candidate(m.start(), m.end(), "meeting", (label,), series=True, priority=4,
                        owners=((f.r, label),) if f.r else (),
                        attendees=((government, label),)))


def find_named_meetings(f: Finder) -> None:
    """Gatherings named by a noun phrase ending in a head word: 港澳委员座谈会."""
    text = f.text
    pat = re.compile(_alt(meeting_heads()))
    for m in pat.finditer(text):
        if m.group(0).endswith("会") and text[m.end():m.end() + 1] == "议":
            continue  # 政治协商会议: 会 goes on into 会议
        head_start = m.start()
        if text[head_start - 2:head_start] in ("学习", "研讨", "交流"):
            head_start -= 2  # 习近平新时代中国特色社会主义思想学习座谈会: the study is part of the name
        start = name_start(f, head_start, max_chars=30, joined=True)
        np = text[start:m.start()]
        convened = _owner_convening(f, start)
        if start == m.start() or len(strip_quotes(np)) < 2 or \
                strip_quotes(np) in generic_modifiers() and convened is None:
            continue  # a name too general to tell which, unless a body convenes it (中共中央召开政协工作会议)
        name = strip_quotes(text[start:m.end()])
        owner = f.owner_before(start)
        inside = [c for c in f.out if c.type == "organization" and c.start == start
                  and c.end <= m.start() and len(c.labels) == 1]
        if owner is not None and len(owner.labels) == 1:
            label, org = owner.labels[0] + name, owner.labels[0]
            start = owner.start

        elif re.match(r"全[省市区县]政协", name) and qualify_level(name[1], f.ctx):
            label, org = qualify_level(name[1], f.ctx) + name[2:], ""
            _coordinated_owners(f, start, m.end(), name[2:], label, org)
            continue
        elif re.match(r"全[省市区县]", name) and qualify_level(name[1], f.ctx):
            label, org = qualify_level(name[1], f.ctx) + name[2:], ""
        elif re.match(r"[省市区县](政协|委)", name) and qualify_level(name[0], f.ctx):
            q = qualify_level(name[0], f.ctx)
            org = f"中共{q}委员会" if name[1] == "委" else q + "政协"
            label = org + name[len(name[0] + re.match(r"[省市区县](政协|委)", name).group(1)):]
            _coordinated_owners(f, start, m.end(), name[2 if name[1] == "委" else 1:], label, org)
            continue
        elif re.match(rf"(庆祝|纪念|全国|中央|省部级|地方|[\u4e00-\u9fff]{{2}}省|中国|第[\d{NUM_CHARS}]+届|(?:19|20)\d\d)", name) \
                or not f.r:
            label, org = name, ""
        elif (relative := f.owner_relative(start) or convened) is not None:
            # 市政协举办的X座谈会, 中共中央首次召开政协工作会议: the body that holds it; the Party
            # centre's gatherings are named 中央X会议
            org = relative.labels[0]
            label = ("中央" + name if not name.startswith("中央") else name) if org == "中国共产党中央委员会" \
                else org + name
        elif inside and "周年" not in name:
            # 区政府常务会议: the body that opens the name holds the gathering
            body = max(inside, key=lambda c: (c.end - c.start, c.priority))
            org = body.labels[0]
            label = org + strip_quotes(text[body.end:m.end()])
            body.nested = True
        else:
            # the reporter's own gathering by default, but who held it is left to the cues
            label, org = f.r + name, ""
        f.add(Candidate(start, m.end(), "meeting", (label,), priority=1,
                        owners=((org, label),) if org else ()))


def name_start(f: Finder, head_start: int, max_chars: int, over_quotes: bool = True, joined: bool = False) -> int:
    """Where the name ending in a head word at ``head_start`` begins: the object of a cue verb
    when one holds it (举办|党外代表人士学习贯彻十九大精神专题培训班), else the noun phrase grown
    leftwards over jieba tokens; leading numbers and adverbs trimmed either way. Without
    ``over_quotes`` a held name may only open with a quoted part (开展|“八五”普法宣传进企业活动)."""
    grown = grow_left(f.text, head_start, max_chars=max_chars)
    held = cue_object_start(f.text, head_start, object_cues(), limit=max_chars,
                            viewing=relation_frames().get("viewing", ()), joined=joined)
    if held is None or held >= grown or not over_quotes and re.search("[“”]", f.text[held + 1:head_start]):
        start = grown
    else:
        start = trim_left(f.text, held, head_start, np_stopwords())
    # 专题议政性常委会议和重点协商活动: a name ends at another one's head and a conjunction (jieba
    # may read 议和 as one word)
    after_head = None
    for after_head in _HEAD_AND.finditer(f.text, start, head_start):
        pass
    return after_head.end() if after_head is not None else start


def _coordinated_owners(f: Finder, start: int, end: int, rest: str, label: str, org: str) -> None:
    """省委、市委政协工作会议 / 全国政协和全省政协系统座谈会: one gathering per body named before
    the last one, all sharing the rest of the name; the mention covers the whole phrase."""
    labels, owners = [label], [(org, label)] if org else []
    pos = start
    while pos > 1 and f.text[pos - 1] in "、和":
        before = f.owner_before(pos - 1)
        if f.text[pos - 3:pos - 1] == "中央" and (before is None or before.start == pos - 3):
            # 中央、省委、市委政协工作会议: the Party centre's conference opens the list (its 中央 is
            # already a body when a Party committee follows it; else it is made one here)
            center = before
            if center is None:
                center = Candidate(pos - 3, pos - 1, "organization", ("中国共产党中央委员会",))
                f.add(center)
            center.nested = True
            labels.insert(0, "中央" + rest)
            owners.append(("中国共产党中央委员会", "中央" + rest))
            pos = center.start
            break
        if before is None:
            break
        o = before.labels[0]
        surface = f.text[before.start:before.end]
        if o.startswith("中共") and o.endswith("委员会") or not rest.startswith("政协"):
            lb = o + rest
        else:
            lb = surface + rest[2:] if surface.endswith("政协") else o + rest
        labels.insert(0, lb)
        owners.append((o, lb))
        pos = before.start
    f.add(Candidate(pos, end, "meeting", tuple(labels), priority=1, owners=tuple(owners)))
    names = {o for o, _ in owners}
    for c in f.out:  # the bodies stay entities of their own inside the gathering's name
        if c.type == "organization" and pos <= c.start and c.end <= end and set(c.labels) & names:
            c.nested = True
