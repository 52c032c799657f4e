"""ingest of .txt reports: every encoding and script yields what the UTF-8 original yields; bad files
are skipped with a reason; page chrome is marked, never rewritten; the order of inputs does not matter.

Every fixture is made here, in tmp_path, from the seed reports or from sentences written for the test.
"""

from __future__ import annotations

import random
import zipfile

import pytest

from kg.data import DataError
from kg.cli import main
from kg.extract import extract
from kg.ingest import find_files, iter_documents, read_document
from kg.ingest.chrome import load_chrome, parse_rules
from kg.ingest.script import to_simplified
from kg.model import Document, Skipped

from .conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
SEED_IDS = [p.name[:3] for p in SEED_FILES]


def seed_text(path) -> str:
    with open(path, encoding="utf-8") as f:  # universal newlines, as the scorer reads texts
        return f.read()


def encodable(text: str, encoding: str) -> str:
    """``text`` with each character the encoding lacks replaced by a space (what a converter would do)."""
    return "".join(c if _fits(c, encoding) else " " for c in text)


def _fits(c: str, encoding: str) -> bool:
    try:
        c.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


def entity_set(doc: Document) -> set[tuple[str, str]]:
    ex = extract(doc)
    for e in ex.entities:
        for m in e.mentions:
            assert 0 <= m.start <= m.end <= len(doc.text)
            assert doc.text[m.start:m.end] == m.surface
    return {e.key for e in ex.entities}


def read_ok(path) -> Document:
    doc = read_document(path)
    assert isinstance(doc, Document), doc
    assert len(doc.match_text) == len(doc.text)
    return doc


def utf8_original(tmp_path, text: str) -> Document:
    p = tmp_path / "original" / "report.txt"
    p.parent.mkdir(exist_ok=True)
    p.write_bytes(text.encode("utf-8"))
    return read_ok(p)


# --- encodings -----------------------------------------------------------------------------------

SIMPLIFIED_ENCODINGS = {
    "gb18030": lambda t: t.encode("gb18030"),
    "gbk": lambda t: t.encode("gbk"),
    "utf-16-le-bom": lambda t: b"\xff\xfe" + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "utf-16-le": lambda t: t.encode("utf-16-le"),
    "utf-16-be": lambda t: t.encode("utf-16-be"),
    "utf-8-crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "gb18030-crlf": lambda t: t.replace("\n", "\r\n").encode("gb18030"),
}


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
@pytest.mark.parametrize("kind", sorted(SIMPLIFIED_ENCODINGS))
def test_simplified_encodings_read_as_the_utf8_original(tmp_path, seed, kind):
    text = encodable(seed_text(seed), "gbk" if kind == "gbk" else "gb18030")
    original = utf8_original(tmp_path, text)
    p = tmp_path / "report.txt"
    p.write_bytes(SIMPLIFIED_ENCODINGS[kind](text))
    doc = read_ok(p)
    assert doc.text == text
    assert doc.ignored == original.ignored
    assert doc.title == original.title and doc.source == original.source
    assert entity_set(doc) == entity_set(original)


def test_encoding_is_detected_not_assumed(tmp_path):
    text = seed_text(SEED_FILES[1])
    for name, data, expected in [
        ("gbk.txt", encodable(text, "gbk").encode("gbk"), {"gb18030", "gbk", "gb2312"}),
        ("u16.txt", text.encode("utf-16-le"), {"utf_16_le", "utf-16-le"}),
        ("sig.txt", text.encode("utf-8-sig"), {"utf-8-sig"}),
        ("plain.txt", text.encode("utf-8"), {"utf-8"}),
    ]:
        (tmp_path / name).write_bytes(data)
        assert read_ok(tmp_path / name).encoding in expected, name


def test_utf8_bom_stays_at_offset_zero_like_python_reads_it(tmp_path):
    text = seed_text(SEED_FILES[0])
    p = tmp_path / "bom.txt"
    p.write_bytes(text.encode("utf-8-sig"))
    doc = read_ok(p)
    assert doc.text == p.read_text(encoding="utf-8") == "\ufeff" + text
    assert doc.ignored[0].start == 0
    assert doc.title == read_ok(SEED_FILES[0]).title
    assert entity_set(doc) == entity_set(read_ok(SEED_FILES[0]))


def test_lone_carriage_returns_become_newlines(tmp_path):
    p = tmp_path / "mac.txt"
    p.write_bytes("第一行\r第二行\r\n第三行\n".encode("gb18030"))
    doc = read_ok(p)
    with open(p, encoding="gb18030") as f:
        assert doc.text == f.read() == "第一行\n第二行\n第三行\n"


# --- traditional characters ------------------------------------------------------------------------

def traditional(text: str, config: str) -> str:
    import opencc

    out = opencc.OpenCC(config).convert(text)
    assert len(out) == len(text)  # the fixtures rely on it to line the two up
    return out


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
def test_big5_traditional_yields_the_simplified_entities(tmp_path, seed):
    text = seed_text(seed)
    trad = traditional(text, "s2tw")
    keep = [_fits(c, "big5") for c in trad]
    trad = "".join(c if k else " " for c, k in zip(trad, keep))
    text = "".join(c if k else " " for c, k in zip(text, keep))
    p = tmp_path / "big5.txt"
    p.write_bytes(trad.encode("big5"))
    doc = read_ok(p)
    assert doc.encoding in {"big5", "cp950", "big5hkscs"}
    assert doc.text == trad  # offsets stay into the traditional text ...
    assert doc.text != doc.match_text  # ... matching reads simplified characters
    assert entity_set(doc) == entity_set(utf8_original(tmp_path, text))


@pytest.mark.parametrize("config", ["s2t", "s2hk"])
def test_traditional_utf8_yields_the_simplified_entities(tmp_path, config):
    text = seed_text(SEED_FILES[3])
    p = tmp_path / "trad.txt"
    p.write_text(traditional(text, config), encoding="utf-8")
    doc = read_ok(p)
    for e in extract(doc).entities:
        for m in e.mentions:
            assert doc.text[m.start:m.end] == m.surface
    assert entity_set(doc) == entity_set(read_ok(SEED_FILES[3]))


def test_match_text_maps_one_character_for_one():
    trad = "臺灣區政協委員會於會議上審議報告，乾隆年間的檔案"
    simple = to_simplified(trad)
    assert len(simple) == len(trad)
    assert simple == "台湾区政协委员会于会议上审议报告，乾隆年间的档案"
    assert to_simplified("区政协召开常委会会议") == "区政协召开常委会会议"


# --- page chrome --------------------------------------------------------------------------------

PAGE = """某某新闻网
当前位置：首页 > 政协动态 > 正文
县政协召开常委会会议
2023-05-06 10:12  来源：某某日报  作者：王明
　　5月5日，县政协召开常委会会议，学习贯彻全国政协有关精神。（李华）
本报记者 张三 摄
浏览量：${art_info.hits_amount}  {{ article.comments }}
分享到：微信 微博
【打印本页】【关闭窗口】
上一篇：市政协主席会议审议提案办理情况
下一篇：双月协商座谈会在京召开
相关阅读
市委统战部召开座谈会
发表评论
网友评论
暂无评论
"""


def chrome_of(doc: Document) -> str:
    return "".join(doc.text[s.start:s.end] for s in doc.ignored)


def test_chrome_is_marked_not_removed(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    doc = read_ok(p)
    assert doc.text == PAGE
    chrome = chrome_of(doc)
    for piece in ("当前位置：首页 > 政协动态 > 正文", "来源：某某日报", "（李华）", "本报记者 张三 摄",
                  "${art_info.hits_amount}", "{{ article.comments }}", "分享到：微信 微博", "【打印本页】",
                  "上一篇：市政协主席会议", "下一篇：双月协商座谈会", "市委统战部召开座谈会", "暂无评论"):
        assert piece in chrome, piece
    body = "5月5日，县政协召开常委会会议，学习贯彻全国政协有关精神。"
    start = PAGE.index(body)
    assert not any(s.start < start + len(body) and start < s.end for s in doc.ignored)
    assert doc.title == "县政协召开常委会会议"
    assert doc.source == "某某日报"
    for s in doc.ignored:  # chrome is blanked for matching, newlines kept
        assert set(doc.match_text[s.start:s.end]) <= {" ", "\n"}


def test_chrome_is_not_extracted(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    doc = read_ok(p)
    for e in extract(doc).entities:
        for m in e.mentions:
            assert not any(s.start <= m.start < s.end for s in doc.ignored), m
    bare = tmp_path / "bare.txt"  # the chrome alone, in the body of a report, is read
    bare.write_text("市政协主席会议审议提案办理情况。双月协商座谈会在京召开。\n" * 3, encoding="utf-8")
    assert read_ok(bare).ignored == ()


def test_tail_markers_only_count_after_the_report(tmp_path):
    text = "上一篇\n" + "区政协召开主席会议，研究年度协商计划。\n" * 20
    p = tmp_path / "early.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_ok(p)
    assert doc.ignored == (type(doc.ignored[0])(0, 3),)  # the marker line only, not all that follows


def test_download_site_chrome_and_file_name_line(tmp_path):
    text = ("政协工作总结.docx\n\n免费试读\n\n政协工作总结\n\n区政协召开全体会议。\n\n"
            "此文章为免费素材，电子版0.01元购买即可下载\n\n点赞：${art_info.praise_amount}\n")
    p = tmp_path / "dl.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_ok(p)
    assert doc.title == "政协工作总结"
    chrome = chrome_of(doc)
    assert "政协工作总结.docx" in chrome and "免费试读" in chrome and "购买即可下载" in chrome
    assert "区政协召开全体会议" not in chrome


GOV_PAGE = """【字体：大 中 小】
信息来源：某县政协办公室  发布时间：2023-03-02 09:30  浏览次数：{dede:field.click/}
原标题：县政协十届二次会议胜利闭幕
县政协十届二次会议闭幕
3月1日，县政协十届二次会议闭幕。会议审议通过了常委会工作报告和提案工作情况报告。
（责任编辑：赵六）
打印本页 关闭窗口
- 2 -
第1页/共3页
相关链接
县委统战部召开民主党派负责人座谈会
主办：某县政协办公室　承办：某县信息中心
某ICP备12345678号-1　公网安备 12345678901234号
"""


def test_government_site_chrome(tmp_path):
    p = tmp_path / "gov.txt"
    p.write_text(GOV_PAGE, encoding="utf-8")
    doc = read_ok(p)
    chrome = chrome_of(doc)
    lines = GOV_PAGE.splitlines()
    body = {"县政协十届二次会议闭幕",
            "3月1日，县政协十届二次会议闭幕。会议审议通过了常委会工作报告和提案工作情况报告。"}
    for line in lines:
        assert (line in chrome) != (line in body), line
    assert doc.source == "某县政协办公室" and doc.title == "县政协十届二次会议闭幕"


REPORT_LINES = [  # cue words of chrome inside sentences of a report: all of it must be read
    "一年来，区政协拓宽资金来源，评论员文章引发热议。",
    "承办全省政协提案工作会议，分享基层协商经验。",
    "区政协作为主办单位，举办了首届协商论坛。",
    "关闭落后产能企业12家，打印服务外包。",
    "上一篇章已经翻过，下一篇章正在书写。",
    "时间：3月5日上午9:00 地点：区政协三楼会议室",
    "（一）坚持党的领导。",
    "2023年是全面贯彻党的二十大精神的开局之年。",
    "区政协主席会议审议通过《2023年协商计划》（草案）。",
]


def test_report_sentences_with_chrome_words_are_not_chrome(tmp_path):
    text = "\n".join(REPORT_LINES * 3) + "\n"
    p = tmp_path / "report.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_ok(p)
    assert doc.ignored == (), [doc.text[s.start:s.end] for s in doc.ignored]
    assert doc.match_text == doc.text


def test_chrome_rules_load_and_bad_lines_name_file_and_line():
    rules = load_chrome()
    assert len(rules) > 20 and all(r.kind in ("line", "top", "span", "head", "tail") for r in rules)
    with pytest.raises(DataError, match=r"^chrome-test\.txt:3: bad regular expression"):
        parse_rules(["# comment", "line  上一篇.*", "span  (unclosed"], "chrome-test.txt")
    with pytest.raises(DataError, match=r"^chrome-test\.txt:1: expected KIND PATTERN"):
        parse_rules(["lines 上一篇"], "chrome-test.txt")


# --- files that cannot be read ------------------------------------------------------------------

def skipped(path) -> Skipped:
    item = read_document(path)
    assert isinstance(item, Skipped), item
    assert item.path == str(path)
    return item


def test_empty_and_blank_files_are_skipped(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \r\n\t\n")
    (tmp_path / "blank16.txt").write_bytes("  \n ".encode("utf-16"))
    assert skipped(tmp_path / "empty.txt").reason == "empty file"
    assert skipped(tmp_path / "blank.txt").reason.startswith("empty file")
    assert skipped(tmp_path / "blank16.txt").reason.startswith("empty file")


def test_random_bytes_are_not_text(tmp_path):
    p = tmp_path / "noise.txt"
    p.write_bytes(random.Random(4).randbytes(4096))
    assert skipped(p).reason.startswith("not text")
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(5).randbytes(2000))
    assert skipped(png).reason.startswith("not text")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5", "utf-16-le"])
def test_a_file_cut_in_the_middle_of_a_character_is_truncated(tmp_path, encoding):
    text = encodable(traditional(seed_text(SEED_FILES[2]), "s2tw") if encoding == "big5"
                     else seed_text(SEED_FILES[2]), encoding)
    data = (b"\xff\xfe" if encoding == "utf-16-le" else b"") + text.rstrip().encode(encoding)
    p = tmp_path / "cut.txt"
    p.write_bytes(data[:-1])
    assert skipped(p).reason.startswith("truncated"), skipped(p).reason


def test_unsupported_and_misnamed_files(tmp_path):
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert "unsupported file type .doc" in skipped(tmp_path / "old.doc").reason
    junk = tmp_path / "junk.docx"
    with zipfile.ZipFile(junk, "w") as z:
        z.writestr("junk.bin", random.Random(1).randbytes(500))
    assert skipped(junk).reason.startswith("corrupt .docx")
    (tmp_path / "text.docx").write_text("区政协召开会议", encoding="utf-8")
    assert skipped(tmp_path / "text.docx").reason.startswith("corrupt .docx")
    (tmp_path / "fake.pdf").write_text("区政协召开会议", encoding="utf-8")
    assert skipped(tmp_path / "fake.pdf").reason.startswith("corrupt .pdf")
    assert skipped(tmp_path / "missing.txt").reason == "no such file"


# --- folders and order --------------------------------------------------------------------------

def make_corpus(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    (a / "deep" / "deeper").mkdir(parents=True)
    b.mkdir()
    (a / "deep" / "deeper" / SEED_FILES[0].name).write_bytes(
        encodable(seed_text(SEED_FILES[0]), "gbk").encode("gbk"))
    (a / SEED_FILES[1].name).write_bytes(seed_text(SEED_FILES[1]).encode("utf-16"))
    (a / ".hidden.txt").write_text("区政协召开会议", encoding="utf-8")
    (a / ".cache").mkdir()
    (a / ".cache" / "x.txt").write_text("区政协召开会议", encoding="utf-8")
    (b / SEED_FILES[2].name).write_bytes(traditional(seed_text(SEED_FILES[2]), "s2tw").encode("big5", "replace"))
    (b / "empty.txt").write_bytes(b"")
    (b / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    return a, b


def test_folders_are_walked_recursively_sorted_without_hidden_files(tmp_path):
    a, b = make_corpus(tmp_path)
    found = list(find_files([a]))
    assert [p.relative_to(a).as_posix() for p in found] == [
        SEED_FILES[1].name, f"deep/deeper/{SEED_FILES[0].name}"]
    docs = list(iter_documents([b, a, a / SEED_FILES[1].name]))  # a file listed twice is read once
    names = [d.name for d in docs if isinstance(d, Document)]
    assert names == sorted(p.name for p in SEED_FILES[:3])
    assert sorted(s.path for s in docs if isinstance(s, Skipped)) == [str(b / "empty.txt"), str(b / "notes.doc")]


def test_what_a_browser_and_word_leave_beside_a_report_is_not_a_report(tmp_path):
    (tmp_path / "page.html").write_text("<p>区政协召开常委会会议。</p>", encoding="utf-8")
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "app.js").write_text("var a = 1;", encoding="utf-8")
    (tmp_path / "page_files" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "other_files").mkdir()  # no other.html beside it: an ordinary folder
    (tmp_path / "other_files" / "r.txt").write_text("县政协召开主席会议。", encoding="utf-8")
    (tmp_path / "~$report.docx").write_bytes(b"\x05owner")
    (tmp_path / "Thumbs.db").write_bytes(b"\x00" * 10)
    found = list(find_files([tmp_path]))
    assert found == [tmp_path / "other_files" / "r.txt", tmp_path / "page.html"]


def test_build_skips_bad_files_names_them_and_exits_3(runner, tmp_path):
    a, b = make_corpus(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(a), str(b), "--out", str(out)])
    assert result.exit_code == 3, result.output
    assert f"skipped {b / 'empty.txt'}: empty file" in result.stderr
    assert f"skipped {b / 'notes.doc'}: unsupported file type .doc" in result.stderr
    assert result.stdout.splitlines()[0].startswith("3 reports read, 2 skipped; ")
    assert (out / "graph.trig").stat().st_size > 0


def test_build_output_does_not_depend_on_the_order_of_paths(runner, tmp_path):
    a, b = make_corpus(tmp_path)
    for name, order in (("ab", [a, b]), ("ba", [b, a])):
        result = runner.invoke(main, ["build", *map(str, order), "--out", str(tmp_path / name)])
        assert result.exit_code == 3, result.output
    for f in ("graph.trig", "graph.ttl", "extraction.jsonl", "graph.html"):
        assert (tmp_path / "ab" / f).read_bytes() == (tmp_path / "ba" / f).read_bytes(), f


def test_two_reports_with_one_name_are_not_merged(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "r.txt").write_text(f"{folder}区政协召开会议。", encoding="utf-8")
    items = list(iter_documents([tmp_path / "y", tmp_path / "x"]))
    assert isinstance(items[0], Document) and items[0].path == str(tmp_path / "x" / "r.txt")
    assert isinstance(items[1], Skipped) and "same name" in items[1].reason


@pytest.mark.parametrize("command", ["build", "extract"])
def test_strict_stops_at_the_first_unreadable_file(runner, tmp_path, command):
    a, b = make_corpus(tmp_path)
    out = tmp_path / "out"
    args = [command, str(a), str(b), "--strict"] + (["--out", str(out)] if command == "build" else [])
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: cannot read {b / 'empty.txt'}: empty file"
    assert not out.exists()
    ok = runner.invoke(main, [command, str(SEED_FILES[0]), "--strict"]
                       + (["--out", str(out)] if command == "build" else []))
    assert ok.exit_code == 0, ok.output
