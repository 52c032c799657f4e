"""Relations between the entities of one document, each with the sentence that states it.

Three sources: what names say (区委统战部 is part of 区委; 区政协六届一次会议 is organised by
区政协), cue verbs in a clause (召开 organizes, 参加 participatesIn, 联合 collaboratesWith) whose
subject is the clause's leading organization or, in a subjectless clause, the reporting body, and
the 在…领导下 frame (ledBy), where subjects joined by 及其/和 share the relation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Relation, Span
from .lexicon import relation_cues, relation_frames
from .text import split_sentences

__all__ = ["Hit", "NameFacts", "find_relations"]

ORG = "organization"
CLAUSE = re.compile(r"[，,；;：:。！？!?\n]")
JOINERS = re.compile(r"^\s*(及其|及|和|与|、|以及)\s*$")
# 市政府分管领导和市教育局负责同志到会: bodies joined through the people who stand for them
PEOPLE_JOINED = re.compile(r"^(?:主要|分管|有关)?(?:领导|负责同志|负责人|同志|专家(?:学者)?)(?:和|与|、|及)$")
# between a cue and its object these mean the object is studied, not held (学习党的二十大精神)
BLOCKERS = ("学习", "贯彻", "收看", "收听", "传达", "落实", "宣传", "领会", "宣讲", "研读")
VERBS_ENDING_LIKE_PREPOSITIONS = ("参与", "给与", "面对", "针对", "核对", "连同", "认同", "协同")
# what may stand before a sentence's subject: numbering, spaces, a time (（二）, 一是, 2022年，, 一年来，)
SENTENCE_OPENER = re.compile(r"(?:[\s\d（）()一二三四五六七八九十两、.．是年,，]|来|以来|过去的?|今年|近年)*")
# 按照市委部署，开展X: the body whose plan it is organizes X, the reporter joins it
PLAN = re.compile(r"(?:按照|根据|遵照|落实)([^，。；,]{2,30}?)(?:的)?(?:统一)?(?:安排部署|部署要求|安排|部署|要求)")
# verbs of attendance, which take no object: they may refer to the gathering of the sentence before
ATTEND = ("到会", "出席", "列席", "参加")
# meetings a committee never holds itself: the Party's congresses and plenums, the national sessions
OTHERS_MEETING = re.compile(r"中国共产党|中共|中国人民政治协商会议第|.*第.{1,3}届人民代表大会|第.{1,3}届全国人民代表大会")
PARTNER_BEFORE = re.compile(r"(联合|会同|携手|协同)\s*$")
# 与县政府共同召开X, 与区工商联联合举办X: the body after 与 holds X together with the subject
PARTNER_WITH = re.compile(r"(与|同|和)\s*$")
TOGETHER = re.compile(r"^[、和及与\s]*(共同|联合|一起|一道|携手)\s*$")
# 配合县扶贫办开展X: the body helped runs X, the helper takes part
HELPING = re.compile(r"(配合|协助)\s*$")
NOT_SUBJECT_BEFORE = ("按照", "根据", "遵照", "在", "与", "同", "向", "联合", "会同", "协助", "配合", "对", "为", "经", "受")


@dataclass(frozen=True, order=True)
class Hit:
    """One mention of one entity: a coordinated mention gives one Hit per entity."""

    start: int
    end: int
    type: str
    label: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.type, self.label)


@dataclass
class NameFacts:
    """What names say by themselves, as label pairs: 区委统战部 is part of 区委 (``parents``: child,
    parent), 区政协六届一次会议 is held by 区政协 (``owners``: body, meeting), 县长与委员座谈会 is
    attended by the 县人民政府 (``attendees``: body, meeting)."""

    parents: set[tuple[str, str]] = field(default_factory=set)
    owners: set[tuple[str, str]] = field(default_factory=set)
    attendees: set[tuple[str, str]] = field(default_factory=set)


def _sentence_of(sentences: list[Span], pos: int) -> Span:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if pos < s.start:
            hi = mid - 1
        elif pos >= s.end:
            lo = mid + 1
        else:
            return s
    return Span(pos, pos + 1)


def _chain_before(text: str, orgs: list[Hit], pos: int, floor: int) -> list[Hit]:
    """Organizations ending just before ``pos`` (only spaces, adverbs between) and those joined to
    them by 及其/和/、 — the subjects of a verb at ``pos``."""
    cands = [h for h in orgs if floor <= h.start and h.end <= pos]
    if not cands:
        return []
    cands.sort(key=lambda h: (h.end, h.start))
    last = cands[-1]
    group = [h for h in cands if (h.start, h.end) == (last.start, last.end)]
    first = last
    for h in reversed(cands):
        if h.end <= first.start and (JOINERS.match(text[h.end:first.start]) or
                                     PEOPLE_JOINED.match(text[h.end:first.start])):
            group.extend(x for x in cands if (x.start, x.end) == (h.start, h.end))
            first = h
    # 在…下 / 与… are not subjects
    if text[max(floor, first.start - 2):first.start] not in VERBS_ENDING_LIKE_PREPOSITIONS and any(
            text[max(floor, first.start - len(w)):first.start] == w for w in NOT_SUBJECT_BEFORE):
        return []
    return group


def _partners(text: str, orgs: list[Hit], begin: int, pos: int, opener: re.Pattern = PARTNER_BEFORE) -> list[Hit]:
    """Bodies named between ``begin`` and the cue at ``pos`` that hold its object with the subject:
    after 联合/会同 (or ``opener``), or after 与 when 共同/联合 follows them (与县政府共同召开), and
    the bodies joined to those by 、/和 (会同区委统战部、区民宗局举办)."""
    before = sorted(h for h in orgs if begin <= h.start and h.end <= pos)
    found: list[Hit] = []
    for h in before:
        lead = text[begin:h.start]
        if opener.search(lead) or found and found[-1].end <= h.start and \
                JOINERS.match(text[found[-1].end:h.start]) and text[found[-1].end:h.start].strip() != "及其":
            found.append(h)
        elif opener is PARTNER_BEFORE and PARTNER_WITH.search(lead):
            rest = text[h.end:pos]
            for o in before:  # other bodies joined to it stand between it and the cue
                if h.end <= o.start:
                    rest = rest.replace(text[o.start:o.end], "")
            if TOGETHER.match(rest):
                found.append(h)
    return found


def _roles_at_gathering(text: str, sent: Span, shits: list[Hit], orgs: list[Hit], prev_meeting: Hit | None):
    """Bodies a sentence shows at work in the gathering it has just named, with a verb of the
    ``attending`` frame and no object of its own: 召开双月协商座谈会，区商务局负责同志现场回应;
    举办培训班，邀请区委党校专家授课. A sentence that names no gathering and opens with them refers
    to the one the sentence before ended on (``prev_meeting``). Gives (verb position, meeting, bodies)."""
    words = relation_frames().get("attending", ())
    if not words:
        return
    verb_re = re.compile("|".join(re.escape(w) for w in words))
    for v in verb_re.finditer(text, sent.start, sent.end):
        if any(h.start <= v.start() < h.end for h in shits):
            continue
        begin = max([sent.start] + [c.end() for c in CLAUSE.finditer(text, sent.start, v.start())])
        end_m = CLAUSE.search(text, v.end(), sent.end)
        end = end_m.start() if end_m else sent.end
        if any(h.type != ORG and v.end() <= h.start < end for h in shits):
            continue  # 出席X会议: the verb has its object; the cues read it
        # the gathering the sentence has just named, else its programme of events (“委员讲堂”6期)
        earlier = [h for h in shits if h.type == "meeting" and h.end <= begin] or \
            [h for h in shits if h.type == "initiative" and h.end <= begin]
        if not earlier and prev_meeting is not None and begin == sent.start and v.group(0) in ATTEND and \
                not any(h.type == "meeting" for h in shits):
            earlier = [prev_meeting]  # 区委领导到会…: attendance needs no object; 听取汇报 has one
        invited = _caused(text, orgs, begin, v.start())
        subjects = invited or _chain_before(text, orgs, v.start(), begin)
        if earlier and subjects:
            yield v.start(), max(earlier, key=lambda h: h.end), subjects


def _between_orgs(text: str, orgs: list[Hit], start: int, end: int) -> str:
    """The text between ``start`` and ``end`` with the organizations' names taken out."""
    chars = list(text[start:end])
    for o in orgs:
        for i in range(max(o.start, start), min(o.end, end)):
            chars[i - start] = ""
    return "".join(chars)


def _joined_from(text: str, orgs: list[Hit], first: Hit) -> list[Hit]:
    """``first`` and the bodies joined after it by 及其/和/、 (区政协及其常委会): the hits of every
    such name, a coordinated name giving several."""
    group = [h for h in orgs if (h.start, h.end) == (first.start, first.end)]
    end = first.end
    for h in sorted(orgs):
        if h.start >= end and JOINERS.match(text[end:h.start]):
            group.extend(x for x in orgs if (x.start, x.end) == (h.start, h.end))
            end = h.end
    return group


def _sentence_subjects(text: str, orgs: list[Hit], sent: Span) -> list[Hit]:
    """The bodies that open a sentence, and those joined to them (区政协及其常委会坚持…)."""
    first = [h for h in orgs if SENTENCE_OPENER.fullmatch(text[sent.start:h.start])]
    return _joined_from(text, orgs, first[0]) if first else []


def _studied(text: str, cue_end: int, h: Hit) -> bool:
    """Whether what a cue names is studied rather than held or joined (学习党的二十大精神)."""
    return any(b in text[cue_end:h.start] for b in BLOCKERS) or text[h.end:h.end + 2] == "精神"


def _joined_campaign(label: str, national: frozenset[str]) -> bool:
    """A nation-wide campaign a local body joins rather than runs; campaigns of study (党史学习教育)
    it carries out itself."""
    return label in national and not label.endswith("教育")


def _lead_frame() -> re.Pattern:
    """向X请示, 坚持X的领导: group 1 or 2 holds the leading bodies (words from relation_frames.tsv)."""
    frames = relation_frames()

    def alt(name):
        return "|".join(re.escape(w) for w in frames.get(name, ())) or "(?!)"
    return re.compile(rf"(?:{alt('lead_ask')})([^，。；;！？\n]{{2,40}}?)(?:{alt('lead_ask_close')})"
                      rf"|(?:{alt('lead_accept')})([^，。；;！？\n]{{2,40}}?)(?:的)?(?:集中统一|坚强|正确)?"
                      rf"(?:{alt('lead_accept_close')})")


def _caused(text: str, orgs: list[Hit], begin: int, pos: int) -> list[Hit]:
    """Organizations between a causative verb (引导, 动员, 组织) and the cue at ``pos``: the ones
    made to take part."""
    frame = relation_frames().get("causative", ())
    best = -1
    for w in frame:
        i = text.rfind(w, begin, pos)
        if i >= 0 and i + len(w) > best:
            best = i + len(w)
    if best < 0:
        return []
    return [h for h in orgs if best <= h.start and h.end <= pos]


def _joined_meetings(text: str, sent: Span, shits: list[Hit], cue_re: re.Pattern) -> list[tuple[int, Hit]]:
    """Meetings a sentence says its subject took part in without a cue verb: 在X会议上作发言 (a
    speech frame) and 利用X会议、Y例会等平台 (a platform frame). Gives (frame start, frame end,
    meeting); speakers may be named between the meeting and the frame's end."""
    frames = relation_frames()
    speech = "|".join(re.escape(w) for w in frames.get("speech", ()))
    platform = "|".join(re.escape(w) for w in frames.get("platform", ()))
    nouns = "|".join(re.escape(w) for w in frames.get("platform_noun", ()))
    found = []
    spans = []
    if speech:
        for m in re.finditer(rf"在([^，。；;在]{{2,80}}?)上[，,]?\s*(?:[^，。；;的]{{0,24}}?)(?:{speech})",
                             text[sent.start:sent.end]):
            spans.append((sent.start + m.start(), sent.start + m.start(1), sent.start + m.end(1), sent.start + m.end()))
    if platform and nouns:
        for m in re.finditer(rf"(?:{platform})([^，。；;]{{2,80}}?)等?(?:{nouns})", text[sent.start:sent.end]):
            spans.append((sent.start + m.start(), sent.start + m.start(1), sent.start + m.end(1), sent.start + m.start()))
    for pos, a, b, frame_end in spans:
        if cue_re.search(text, a, b):
            continue  # 通过召开X等平台: the cue says what it is
        begin = max([sent.start] + [c.end() for c in CLAUSE.finditer(text, sent.start, pos)])
        if any(w in text[begin:pos] for w in BLOCKERS):
            continue  # 学习在X大会上发表的重要讲话: a speech studied, not given
        found.extend((pos, frame_end, h) for h in shits if h.type == "meeting" and a <= h.start and h.end <= b)
    return found


def find_relations(text: str, hits: list[Hit], reporter: tuple[str, str] | None, facts: NameFacts,
                   national: frozenset[str] = frozenset()) -> list[Relation]:
    """All relations of a document. ``facts`` holds what names imply; ``reporter`` is the key of the
    reporting body when it is an entity; ``national`` holds the labels of nation-wide campaigns
    (joined, not run, by a local body)."""
    parents, owners = facts.parents, facts.owners
    sentences = split_sentences(text)
    keys = {h.key for h in hits}
    first_hit: dict[tuple[str, str], Hit] = {}
    for h in sorted(hits):
        first_hit.setdefault(h.key, h)
    rels: set[Relation] = set()

    def add(head, rtype, tail, pos):
        if head != tail and head in keys and tail in keys:
            rels.add(Relation(head, rtype, tail, _sentence_of(sentences, pos)))

    for child, parent in parents:
        ck, pk = (ORG, child), (ORG, parent)
        if ck in keys and pk in keys:
            add(ck, "subOrganizationOf", pk, first_hit[ck].start)
    for org, meeting in owners:
        for t in ("meeting", "initiative"):
            if (t, meeting) in keys:
                add((ORG, org), "organizes", (t, meeting), first_hit[(t, meeting)].start)

    for org, meeting in facts.attendees:
        if ("meeting", meeting) in keys:
            add((ORG, org), "participatesIn", ("meeting", meeting), first_hit[("meeting", meeting)].start)

    owned = {meeting: (ORG, org) for org, meeting in sorted(owners)}
    cues = relation_cues()
    cue_re = re.compile("|".join(re.escape(c) for c, _ in cues))
    cue_type = dict(cues)
    # 在 X 的领导下 … 下: a frame of leadership, with whatever support it also names (在州委的正确领导和
    # 州政府的大力支持下); only the bodies followed by 领导 or 指导 lead
    led_re = re.compile(r"在([^。；;！？\n，,]{1,80}?)(?:的)?[^，。]{0,6}?(?:领导|指导)"
                        r"(?:[和与、]?[^。；;！？\n，,]{0,24}?(?:帮助|支持|关心|指导))?下[，,\s]*")
    by_sentence: dict[Span, list[Hit]] = {}
    for h in hits:
        by_sentence.setdefault(_sentence_of(sentences, h.start), []).append(h)
    index = {span: i for i, span in enumerate(sentences)}
    for sent, shits in sorted(by_sentence.items()):
        shits.sort()
        # the gathering the sentence before ended on (召开X座谈会。区政府领导到会听取意见。)
        prev_hits = by_sentence.get(sentences[index[sent] - 1], []) if index.get(sent, 0) > 0 else []
        prev_meeting = max((h for h in prev_hits if h.type == "meeting"), key=lambda h: h.end, default=None)
        # an organization named inside a meeting's name (全国政协 in 全国政协十三届二次会议) is no
        # subject or object of the clause
        inner = [(h.start, h.end) for h in shits if h.type != ORG]
        orgs = [h for h in shits if h.type == ORG and not any(s <= h.start and h.end <= e for s, e in inner)]
        # ledBy: 在 X(和 Y)的领导下, S …; frames in a row (在县委领导下，在市政协指导下，S) share S
        groups: list[list[re.Match]] = []
        for m in led_re.finditer(text, sent.start, sent.end):
            if groups and not text[groups[-1][-1].end():m.start()].strip(" ，,和及"):
                groups[-1].append(m)
            else:
                groups.append([m])
        for group in groups:
            first, last = group[0], group[-1]
            subjects = []
            after = [h for h in orgs if h.start >= last.end()]
            if after and after[0].start - last.end() <= 1:
                subjects = _joined_from(text, after, after[0])
            else:
                # 市政协常委会在市委的领导下: the subject stands before the frame in its clause, or
                # opens the sentence (市政协及其常委会坚持…，在市委的领导下，…)
                begin = max([sent.start] + [c.end() for c in CLAUSE.finditer(text, sent.start, first.start())])
                subjects = _chain_before(text, orgs, first.start(), begin)
                if not subjects:
                    subjects = _sentence_subjects(text, orgs, sent)
            if not subjects and reporter:
                subjects = [Hit(last.end(), last.end(), ORG, reporter[1])]
            for m in group:
                inside = sorted(h for h in orgs if m.start() < h.start and h.end < m.end())
                # a leader is a body whose words, up to the next body, say 领导 or 指导, or that is
                # joined to a leader (在自治区政协、市政协的指导下)
                spans = sorted({(h.start, h.end) for h in inside})  # a coordinated name is one span
                leading, leads = set(), False
                for i in range(len(spans) - 1, -1, -1):
                    stretch = text[spans[i][1]:spans[i + 1][0] if i + 1 < len(spans) else m.end()]
                    leads = bool(re.search("领导|指导", stretch)) or (leads and JOINERS.match(stretch) is not None)
                    if leads:
                        leading.add(spans[i])
                leaders = [h for h in inside if (h.start, h.end) in leading]
                for sub in subjects:
                    for lead in leaders:
                        add(sub.key, "ledBy", lead.key, m.start())
        # 向市政协请示汇报, 坚持区委的领导: the named body leads the clause's subject
        for m in _lead_frame().finditer(text, sent.start, sent.end):
            g = 1 if m.group(1) is not None else 2
            leaders = [h for h in orgs if m.start(g) <= h.start and h.end <= m.end(g)]
            if not leaders or text[m.start(g):leaders[0].start].strip() or \
                    JOINERS.sub("", text[leaders[-1].end:m.end(g)]).strip("的 "):
                continue  # only bodies, no other words, between the frame's words
            begin = max([sent.start] + [c.end() for c in CLAUSE.finditer(text, sent.start, m.start())])
            subjects = _chain_before(text, orgs, m.start(), begin)
            for sk in {x.key for x in subjects} or ({reporter} if reporter else set()):
                for lead in leaders:
                    add(sk, "ledBy", lead.key, m.start())
        # 按照 X 部署: X runs what the sentence goes on to name, the reporter takes part
        planned: set[tuple[str, str]] = set()
        for m in PLAN.finditer(text, sent.start, sent.end):
            planners = [h for h in orgs if m.start(1) <= h.start and h.end <= m.end(1)]
            if not planners:
                continue
            # what the plan covers: the next clause (…部署，认真落实X机制)
            c = CLAUSE.search(text, m.end() + 1, sent.end)
            reach = c.start() if c else sent.end
            conduct = relation_frames().get("conduct", ())
            for h in shits:
                if h.type != ORG and m.end() <= h.start < reach:
                    if any(w in text[m.end():h.start] for w in conduct):
                        continue  # 根据市委安排，开展X: the body that holds X runs it
                    planned.add(h.key)
                    for p in planners:
                        if h.label not in national:
                            add(p.key, "organizes", h.key, m.start())
                    if reporter and reporter not in {p.key for p in planners}:
                        add(reporter, "participatesIn", h.key, m.start())
        for pos, frame_end, h in _joined_meetings(text, sent, shits, cue_re):
            owner = owned.get(h.label)
            own = owner is not None and (owner == reporter or (reporter and (owner[1], reporter[1]) in parents))
            clause_begin = sent.start
            for cm in CLAUSE.finditer(text, sent.start, pos):
                clause_begin = cm.end()
            # 在X会议上，民盟、民建分别作大会发言: the speakers named after the meeting, else the
            # clause's subject before 在
            after = sorted(o for o in orgs if h.end < o.start and o.end <= frame_end
                           and not text[h.end:o.start].strip("上，, "))
            subjects = [x for x in orgs if after and after[0].start <= x.start and x.end <= frame_end
                        and not re.search(r"[^、和及与\s]", _between_orgs(text, orgs, after[0].start, x.start))]
            subjects = subjects or _chain_before(text, orgs, pos, clause_begin)
            for s in {x.key for x in subjects} or ({reporter} if reporter and not own else set()):
                if s != owner:  # its own meeting (在区政协常委会会议上发言): it runs it, not joins it
                    add(s, "participatesIn", h.key, pos)
        # 召开X座谈会，区发改局负责同志到会回应: a role at the gathering just named
        for pos, meeting, subjects in _roles_at_gathering(text, sent, shits, orgs, prev_meeting):
            for sub in subjects:
                if owned.get(meeting.label) != sub.key:
                    add(sub.key, "participatesIn", meeting.key, pos)
        # cue verbs
        for m in cue_re.finditer(text, sent.start, sent.end):
            rtype = cue_type[m.group(0)]
            if any(h.start < m.start() < h.end or h.start == m.start() and rtype != "collaboratesWith"
                   for h in shits):
                continue  # the cue is inside a name (组织部); a name may open with one (联合调研)
            clause_end = sent.end
            c = CLAUSE.search(text, m.end(), sent.end)
            if c:
                clause_end = c.start()
            clause_begin = sent.start
            for cm in CLAUSE.finditer(text, sent.start, m.start()):
                clause_begin = cm.end()
            subjects = _chain_before(text, orgs, m.start(), clause_begin)
            caused = _caused(text, orgs, clause_begin, m.start()) if rtype == "participatesIn" else []
            if caused:
                subjects = caused  # 引导各民主党派、工商联投身X: they join, the reporter guides
            if not subjects:
                lead = [h for h in orgs if SENTENCE_OPENER.fullmatch(text[sent.start:h.start])]
                subjects = _chain_before(text, orgs, lead[-1].end, sent.start) if lead else []
            if not subjects and text[m.end():m.end() + 1] == "的":
                continue  # 在哈尔滨召开的X: a relative clause without its actor says nothing of the reporter
            voice = not subjects  # the reporter, by default
            subject_keys = {s.key for s in subjects} or ({reporter} if reporter else set())
            joining: set[tuple[str, str]] = set()
            if rtype == "organizes":
                # 联合管委会举办X / 与县政府共同召开X: the partner runs X too
                subject_keys |= {h.key for h in _partners(text, orgs, clause_begin, m.start())}
                helped = _partners(text, orgs, clause_begin, m.start(), HELPING)
                if helped:
                    # 配合县扶贫办开展X: the body helped runs X, the helper (the subject) joins it
                    # and works with it
                    joining = subject_keys - {h.key for h in helped}
                    subject_keys = {h.key for h in helped}
                    for a in joining:
                        for b in subject_keys:
                            if not (b[1].startswith("中共") and b[1].endswith("委员会")):
                                add(a, "collaboratesWith", b, m.start())  # 配合市委: it follows its leader
            if rtype == "collaboratesWith":
                # partners: named after 与/同/和 before the cue, or right after it; the subject is
                # an organization before the cue that is not such a partner, else the reporter
                in_clause = [h for h in orgs if clause_begin <= h.start < clause_end]
                partners = [h for h in in_clause if (h.start >= m.end() or (h.end <= m.start() and re.search(
                    r"(与|同|和|会同|联合)\s*$", text[clause_begin:h.start]))) and text[h.start - 1:h.start] != "在"]
                for h in sorted(in_clause):  # 与市人大常委会、市政府联合: partners joined by 、/和
                    if h not in partners and any(p.end <= h.start and JOINERS.match(text[p.end:h.start])
                                                 and text[p.end:h.start].strip() != "及其" for p in partners):
                        partners.append(h)
                own = [h for h in in_clause if h.end <= m.start() and h not in partners]
                # the clause's own body, else the sentence's subject (农业和农村委员会围绕X，与市农委
                # 开展对口协商), else the reporter
                heads = {h.key for h in own} or {h.key for h in subjects if h not in partners} or (
                    {reporter} if reporter else set())
                if not partners:
                    # 市委办、市政府办、市政协办联合出台X: the bodies joined before the cue work together
                    chain = sorted({h.key for h in _chain_before(text, orgs, m.start(), clause_begin)})
                    for i, a in enumerate(chain):
                        for b in chain[i + 1:]:
                            add(a, "collaboratesWith", b, m.start())
                for p in partners:
                    for s in heads:
                        if s != p.key and (s[1], p.label) not in parents and (p.label, s[1]) not in parents:
                            add(s, "collaboratesWith", p.key, m.start())  # a body's own parts are no partners
                # 与街道办事处共建“委员之家”: what the partners build together, they both run
                before = {p.key for p in partners if p.start < m.start()}
                for h in shits:
                    if not before or h.type == ORG or not (m.end() <= h.start < clause_end) or \
                            cue_re.search(text, m.end(), h.start) or h.label in national or \
                            OTHERS_MEETING.match(h.label) or _studied(text, m.end(), h):
                        continue
                    for s in heads | before:
                        add(s, "organizes", h.key, m.start())
                continue
            nxt = None
            for m2 in cue_re.finditer(text, m.end(), clause_end):
                if text[m2.end():m2.end() + 1] == "的":
                    continue  # 参与县政府组织的X: a relative clause, X is still the object
                nxt = m2.start()
                break
            stop = nxt if nxt is not None else clause_end
            for h in shits:
                if h.type == ORG or h.start < m.end() or h.start >= stop:
                    continue
                if _studied(text, m.end(), h):
                    continue
                if voice and rtype == "organizes" and (h.key in planned or owned.get(h.label, reporter) != reporter
                                                       or h.type == "meeting" and OTHERS_MEETING.match(h.label)):
                    continue  # someone else's plan or meeting (召开市委X会议, 党的二十大): not the reporter's
                # a nation-wide campaign (推进创城, 打好污染防治攻坚战) a local body joins, whatever the verb
                kind = "participatesIn" if rtype == "organizes" and _joined_campaign(h.label, national) else rtype
                for s in subject_keys:
                    add(s, kind, h.key, m.start())
                for s in joining:
                    add(s, "participatesIn", h.key, m.start())
    # report voice: a programme nobody is said to run or join, named in a clause without another
    # actor, is the reporter's; a nation-wide campaign named so is a topic (joined only by a verb)
    if reporter:
        done = {r.tail for r in rels if r.type in ("organizes", "participatesIn")}
        for h in sorted(hits):
            if h.type != "initiative" or h.key in done:
                continue
            begin = h.start
            while begin > 0 and not CLAUSE.match(text[begin - 1]):
                begin -= 1
            if any(o.type == ORG and begin <= o.start < h.start for o in hits):
                continue
            if text[h.end:h.end + 2] in ("精神", "要求", "目标"):
                continue
            if _joined_campaign(h.label, national):
                continue  # a nation-wide campaign named without a verb is a topic, not an act
            add(reporter, "organizes", h.key, h.start)
            done.add(h.key)
    # a body that holds a meeting or programme is not also said to take part in it
    held = {(r.head, r.tail) for r in rels if r.type == "organizes"}
    rels = {r for r in rels if not (r.type == "participatesIn" and (r.head, r.tail) in held)}
    return sorted(rels, key=lambda r: (r.evidence, r.type, r.head, r.tail))
