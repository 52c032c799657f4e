"""extract: Document → Extraction (a first, pattern-based extractor; see kg/data/ for its lexicons)."""

from __future__ import annotations

import re

from .model import Context, Document, Entity, Extraction, Mention, Relation, Span

__all__ = ["infer_context", "extract"]

PLACE = r"[\u4e00-\u9fff]{1,6}?"
REPORTER = re.compile(rf"(?:政协|中国人民政治协商会议)(?:第[一二三四五六七八九十]+届)?({PLACE}(?:省|市|区|县))")
LEVELS = {"省": "province", "市": "city", "区": "district", "县": "district"}
SHORT_ORGS = {
    "全国政协": "中国人民政治协商会议全国委员会",
    "国务院": "中华人民共和国国务院",
    "中共中央": "中国共产党中央委员会",
}
LOCAL_ORGS = re.compile(r"(区|市|省|县)(政协常委会|政协党组|政协|委统战部|委|政府)")
MEETINGS = re.compile(r"(?:党的)?[一二三四五六七八九十]+大|(?:主席会议|常委会会议|双月协商座谈会)")
SENTENCE_END = re.compile(r"[。！？!?\n]")


def infer_context(doc: Document) -> Context:
    m = REPORTER.search(doc.match_text[:2000])
    if not m:
        return Context()
    place = m.group(1)
    level = LEVELS[place[-1]]
    city, district = (place, "") if level != "district" else ("", place)
    return Context(reporter=f"{place}政协", level=level, city=city, district=district)


def canonical_local(level_char: str, body: str, ctx: Context) -> str:
    place = ctx.district if level_char in "区县" else ctx.city if level_char == "市" else ctx.province
    place = place or level_char
    return {"政协": f"{place}政协", "委": f"中共{place}委员会", "政府": f"{place}人民政府",
            "政协常委会": f"{place}政协常务委员会", "政协党组": f"{place}政协党组",
            "委统战部": f"中共{place}委员会统一战线工作部"}[body]


def extract(doc: Document) -> Extraction:
    ctx = infer_context(doc)
    found: dict[tuple[str, str], Entity] = {}

    def add(type_: str, label: str, start: int, end: int) -> None:
        ent = found.setdefault((type_, label), Entity(type_, label))
        ent.mentions.append(Mention(start, end, doc.text[start:end]))

    text = doc.match_text
    for short, label in SHORT_ORGS.items():
        for m in re.finditer(short, text):
            add("organization", label, m.start(), m.end())
    for m in LOCAL_ORGS.finditer(text):
        add("organization", canonical_local(m.group(1), m.group(2), ctx), m.start(), m.end())
    for m in MEETINGS.finditer(text):
        add("meeting", m.group(0), m.start(), m.end())
    relations = []
    if ctx.reporter and ("organization", ctx.reporter) in found:
        for sentence in split_sentences(text):
            for key, ent in found.items():
                if key[0] == "meeting" and any(sentence.start <= x.start < sentence.end for x in ent.mentions):
                    relations.append(Relation(("organization", ctx.reporter), "participatesIn", key, sentence))
    entities = sorted(found.values(), key=lambda e: (e.type, e.label))
    for e in entities:
        e.mentions.sort()
    return Extraction(doc, ctx, entities, sorted(set(relations), key=lambda r: (r.evidence, r.type, r.head, r.tail)))


def split_sentences(text: str) -> list[Span]:
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.end() - start > 1:
            spans.append(Span(start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return spans
