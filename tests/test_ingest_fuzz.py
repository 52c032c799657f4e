"""Whatever bytes or text arrive, reading and extraction never raise and every offset stays in the text."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.ingest import Unreadable, read_bytes, read_document
from kg.model import Document, Skipped

# Characters that make the extractor and the chrome rules work: report vocabulary, punctuation,
# traditional forms, placeholders, and line breaks of every kind.
REPORT_CHARS = list("政协委员会常务区市县省中共党组全国第一二三四五六七八九十届次会议召开主席双月协商座谈"
                    "臺灣區會議於報告轉載來源上一篇下一篇当前位置首页免费试读发表评论记者摄") + list(
    "，。！？：、（）《》“”() >:${}_.0123456789abc \u3000\xa0\ufeff\t\n\r\u2028\x0b\x0c\x1c\x85")
CHARS = st.characters(exclude_categories=["Cs"])  # lone surrogates cannot be stored in a file
REPORTISH = st.text(alphabet=st.sampled_from(REPORT_CHARS) | CHARS, max_size=400)
ANY_TEXT = st.one_of(st.text(alphabet=CHARS, max_size=300), REPORTISH)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_document(doc: Document) -> None:
    n = len(doc.text)
    assert len(doc.match_text) == n
    last = 0
    for span in doc.ignored:
        assert last <= span.start < span.end <= n
        last = span.end
    ex = extract(doc)
    for entity in ex.entities:
        for m in entity.mentions:
            assert 0 <= m.start <= m.end <= n
            assert doc.text[m.start:m.end] == m.surface
    keys = {e.key for e in ex.entities}
    for r in ex.relations:
        assert 0 <= r.evidence.start <= r.evidence.end <= n
        assert r.head in keys and r.tail in keys


def read_or_refuse(data: bytes, fmt: str) -> Document | None:
    try:
        doc = read_bytes(data, f"fuzz.{fmt}", fmt)
    except Unreadable as err:
        assert str(err)  # a reason a person can read
        return None
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    return doc


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["txt", "html"]))
def test_arbitrary_bytes_are_read_or_refused_with_a_reason(data, fmt):
    doc = read_or_refuse(data, fmt)
    if doc is not None:
        check_document(doc)


@SETTINGS
@given(ANY_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]), st.booleans())
def test_arbitrary_text_in_any_encoding(text, encoding, html):
    doc = read_or_refuse(text.encode(encoding), "html" if html else "txt")
    if doc is not None:
        check_document(doc)


@SETTINGS
@given(ANY_TEXT)
def test_arbitrary_text_straight_to_the_extractor(text):
    from kg.ingest.script import to_simplified

    simple = to_simplified(text)
    assert len(simple) == len(text)
    check_document(Document(name="x.txt", path="x.txt", text=text, match_text=simple))
    check_document(Document(name="x.txt", path="x.txt", text=text))


@settings(max_examples=40, deadline=None)
@given(data=st.binary(min_size=1, max_size=3000), suffix=st.sampled_from([".txt", ".html", ".docx", ".pdf", ""]))
def test_arbitrary_files_of_every_type(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"report{suffix}"
    path.write_bytes(data)
    item = read_document(path)
    if isinstance(item, Skipped):
        assert item.path == str(path) and item.reason
    else:
        check_document(item)
