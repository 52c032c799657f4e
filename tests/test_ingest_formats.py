"""ingest of saved web pages, .docx and text-layer .pdf: the same report in another format yields the
same entities as its UTF-8 .txt original, and what frames the report (scripts, navigation, running
headers) never becomes text. Fixtures are written here with python-docx and fpdf2.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest

from kg.ingest import read_document
from kg.model import Document, Skipped

from .conftest import SEEDS
from .test_ingest import SEED_FILES, SEED_IDS, entity_set, read_ok, seed_text, traditional

CJK = re.compile(r"[\u4e00-\u9fff]")
LEAK = "全国政协主席会议"  # written only into the page's frame: it must never be read


def wrap_cjk(line: str, width: int = 23) -> str:
    """Break a line in the HTML source between two Chinese characters, as page editors do."""
    out, run = [], 0
    for i, c in enumerate(line):
        out.append(c)
        run += 1
        if run >= width and CJK.match(c) and i + 1 < len(line) and CJK.match(line[i + 1]):
            out.append("\n      ")
            run = 0
    return "".join(out)


def page_of(text: str, title: str, charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"    <p>{html.escape(wrap_cjk(line))}</p>" for line in text.split("\n") if line.strip())
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{html.escape(title)}_某某政协网</title>
<style>body {{ font-family: "{LEAK}"; }} .x:before {{ content: "区政协常委会"; }}</style>
<script>var crumbs = "{LEAK}"; document.write("<p>{LEAK}</p>");</script></head>
<body>
<header class="site-header"><a href="/">首页</a> {LEAK}</header>
<nav><ul><li><a href="/news">{LEAK}</a></li><li>政协动态</li></ul></nav>
<div class="breadcrumb">当前位置：首页 &gt; {LEAK}</div>
<div id="main"><article>
    <h1>{html.escape(title)}</h1>
{paragraphs}
</article>
<aside>{LEAK}</aside>
<div class="comment-box">发表评论 {LEAK}</div></div>
<footer>版权所有 {LEAK}</footer>
<noscript>{LEAK}</noscript>
<script type="text/javascript">console.log("{LEAK}")</script>
</body></html>
"""


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
def test_html_page_yields_the_txt_entities_and_no_frame(tmp_path, seed):
    text = seed_text(seed)
    original = read_ok(seed)
    p = tmp_path / "page.html"
    p.write_text(page_of(text, original.title), encoding="utf-8")
    doc = read_ok(p)
    assert doc.format == "html"
    assert LEAK not in doc.text and "区政协常委会\"" not in doc.text and "console.log" not in doc.text
    assert doc.title == original.title
    assert doc.source == "某某政协网"
    body = [line.strip() for line in text.split("\n") if line.strip()]
    got = [line.strip() for line in doc.text.split("\n")]
    assert got[0] == original.title and got[1:] == body  # one line a block, wrapped sentences whole
    assert entity_set(doc) == entity_set(original)


def test_html_in_gb18030_and_big5_is_decoded(tmp_path):
    text = seed_text(SEED_FILES[1])
    original = read_ok(SEED_FILES[1])
    gb = tmp_path / "gb.htm"
    gb.write_bytes(page_of(text, original.title, "gb2312").encode("gb18030"))
    assert entity_set(read_ok(gb)) == entity_set(original)
    trad = traditional(text, "s2tw")
    b5 = tmp_path / "b5.html"
    b5.write_bytes(page_of(trad, "積極建言資政", "big5").encode("big5", "replace"))
    doc = read_ok(b5)
    assert "宝安" in doc.match_text and "寶安" in doc.text
    assert entity_set(doc) == entity_set(original)


def test_a_page_saved_as_txt_is_read_as_a_page(tmp_path):
    text = seed_text(SEED_FILES[0])
    p = tmp_path / "saved.txt"
    p.write_text(page_of(text, "城关区委员会常务委员会工作报告"), encoding="utf-8")
    doc = read_ok(p)
    assert doc.format == "html" and LEAK not in doc.text
    assert entity_set(doc) == entity_set(read_ok(SEED_FILES[0]))


def test_html_without_body_text_is_skipped(tmp_path):
    p = tmp_path / "blank.html"
    p.write_text("<html><head><title>标题</title><script>var a = '区政协';</script></head><body> </body></html>",
                 encoding="utf-8")
    item = read_document(p)
    assert isinstance(item, Skipped) and item.reason == "no text in the html file"


# --- .docx ------------------------------------------------------------------------------------------

def write_docx(path: Path, text: str, title: str = "") -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = title
    d.sections[0].header.paragraphs[0].text = LEAK  # running header: chrome of a Word file
    d.sections[0].footer.paragraphs[0].text = f"第1页 {LEAK}"
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.save(str(path))


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
def test_docx_yields_the_txt_entities(tmp_path, seed):
    text = seed_text(seed)
    p = tmp_path / "report.docx"
    write_docx(p, text, title="文档属性里的标题")
    doc = read_ok(p)
    assert doc.format == "docx"
    assert doc.text == text  # one paragraph a line, as the report was written
    assert LEAK not in doc.text
    assert doc.title == "文档属性里的标题"
    assert entity_set(doc) == entity_set(read_ok(seed))


def test_docx_tables_are_read_in_place(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("县政协2023年协商计划")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "议题"
    table.cell(0, 1).text = "承办单位"
    table.cell(1, 0).text = "乡村振兴"
    table.cell(1, 1).text = "县政协农业委员会"
    merged = d.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "合并单元格只读一次"
    d.add_paragraph("以上计划经主席会议审议通过。")
    p = tmp_path / "plan.docx"
    d.save(str(p))
    doc = read_ok(p)
    assert doc.text.split("\n") == ["县政协2023年协商计划", "议题", "承办单位", "乡村振兴", "县政协农业委员会",
                                    "合并单元格只读一次", "以上计划经主席会议审议通过。"]
    assert doc.title == "县政协2023年协商计划"


def test_truncated_docx_is_corrupt(tmp_path):
    p = tmp_path / "cut.docx"
    write_docx(p, seed_text(SEED_FILES[0]))
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    item = read_document(p)
    assert isinstance(item, Skipped) and item.reason.startswith("corrupt .docx")


# --- .pdf ---------------------------------------------------------------------------------------------

def cjk_font_file() -> Path | None:
    for root in ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts")):
        for pattern in ("**/NotoSansCJK-Regular.ttc", "**/NotoSerifCJK-Regular.ttc", "**/NotoSansCJK*.otf",
                        "**/NotoSansSC*.otf", "**/wqy*.ttc"):
            found = sorted(Path(root).glob(pattern))
            if found:
                return found[0]
    return None


@pytest.fixture(scope="module")
def cjk_ttf(tmp_path_factory) -> Path:
    """A TrueType subset of Noto Sans CJK covering the seed reports (simplified and traditional).

    fpdf2 embeds Noto's CFF outlines in a way pdfminer cannot read back as text, so the fixture turns
    the subset's cubic outlines into TrueType quadratic ones (fontTools cu2qu) before fpdf2 embeds it.
    """
    source = cjk_font_file()
    if source is None:
        message = "no CJK font found (apt install fonts-noto-cjk)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    text = "".join(seed_text(p) for p in SEED_FILES)
    chars = set(text) | set(traditional(text, "s2tw")) | set("0123456789abcdefghijklmnopqrstuvwxyz第页")
    font = TTFont(str(source), fontNumber=2 if source.suffix == ".ttc" else -1)  # 2: the SC face of Noto
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(c for c in chars if c.isprintable())))
    subsetter.subset(font)
    if "CFF " in font:
        glyph_set, order = font.getGlyphSet(), font.getGlyphOrder()
        glyf = newTable("glyf")
        glyf.glyphOrder, glyf.glyphs = order, {}
        for name in order:
            pen = TTGlyphPen(glyph_set)
            glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
            glyf.glyphs[name] = pen.glyph()
        font["glyf"], font["loca"] = glyf, newTable("loca")
        del font["CFF "]
        if "VORG" in font:
            del font["VORG"]
        maxp = newTable("maxp")
        maxp.tableVersion, maxp.numGlyphs = 0x00010000, len(order)
        for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                     "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
            setattr(maxp, attr, 1 if attr == "maxZones" else 0)
        font["maxp"] = maxp
        font["head"].glyphDataFormat = 0
        post = font["post"]
        post.formatType, post.extraNames, post.mapping = 2.0, [], {}
        font.sfntVersion = "\x00\x01\x00\x00"
    out = tmp_path_factory.mktemp("font") / "cjk.ttf"
    font.save(str(out))
    return out


def write_pdf(path: Path, text: str, font: Path, title: str = "", furniture: bool = False) -> None:
    from fpdf import FPDF

    class Printed(FPDF):
        """A page as offices print reports: a running header and a page number at the foot."""

        def header(self) -> None:
            if furniture:
                self.set_font("cjk", size=9)
                self.cell(0, 8, LEAK + "文件", align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if furniture:
                self.set_y(-15)
                self.set_font("cjk", size=9)
                self.cell(0, 10, f"- {self.page_no()} -", align="C")

    pdf = Printed()
    pdf.set_title(title)
    pdf.add_font("cjk", "", str(font))
    pdf.set_font("cjk", size=11)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.split("\n"):
        if line.strip():
            pdf.multi_cell(0, 5.5, line.strip(), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.output(str(path))


def pdf_paragraphs(text: str) -> list[str]:
    return [re.sub(r"\s", "", line) for line in text.split("\n") if line.strip() and not line.strip().isdigit()]


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
def test_pdf_text_layer_yields_the_txt_entities(tmp_path, seed, cjk_ttf):
    text = seed_text(seed)
    p = tmp_path / "report.pdf"
    write_pdf(p, text, cjk_ttf, title="PDF 属性里的标题")
    doc = read_ok(p)
    assert doc.format == "pdf" and doc.title == "PDF 属性里的标题"
    # wrapped lines joined back into paragraphs (white space aside: a PDF does not store it as text;
    # a line that is a bare number may fall at the foot of a page, where it reads as a page number)
    assert pdf_paragraphs(doc.text) == pdf_paragraphs(text)
    assert entity_set(doc) == entity_set(read_ok(seed))


def test_pdf_running_headers_and_page_numbers_are_left_out(tmp_path, cjk_ttf):
    text = seed_text(SEED_FILES[3])
    p = tmp_path / "printed.pdf"
    write_pdf(p, text, cjk_ttf, furniture=True)
    doc = read_ok(p)
    assert LEAK not in doc.text and "- 2 -" not in doc.text
    assert pdf_paragraphs(doc.text) == pdf_paragraphs(text)  # joined across pages
    assert entity_set(doc) == entity_set(read_ok(SEED_FILES[3]))


def test_traditional_pdf_yields_the_simplified_entities(tmp_path, cjk_ttf):
    text = seed_text(SEED_FILES[4])
    p = tmp_path / "trad.pdf"
    write_pdf(p, traditional(text, "s2tw"), cjk_ttf)
    doc = read_ok(p)
    assert entity_set(doc) == entity_set(read_ok(SEED_FILES[4]))


def test_pdf_without_text_layer_and_truncated_pdf_are_skipped(tmp_path, cjk_ttf):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a scanned page is pictures, no text
    scan = tmp_path / "scan.pdf"
    pdf.output(str(scan))
    item = read_document(scan)
    assert isinstance(item, Skipped) and "no text layer" in item.reason
    cut = tmp_path / "cut.pdf"
    write_pdf(cut, seed_text(SEED_FILES[1]), cjk_ttf)
    cut.write_bytes(cut.read_bytes()[:900])
    item = read_document(cut)
    assert isinstance(item, Skipped), item
    assert item.reason.startswith(("corrupt .pdf", "the .pdf has no text layer"))


def test_the_same_report_in_every_format_in_one_build(runner, tmp_path, cjk_ttf):
    from kg.cli import main

    text = seed_text(SEEDS / SEED_FILES[3].name)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "r.txt").write_bytes(text.encode("gb18030"))
    (folder / "r.html").write_text(page_of(text, "标题"), encoding="utf-8")
    write_docx(folder / "r.docx", text)
    write_pdf(folder / "r.pdf", text, cjk_ttf)
    result = runner.invoke(main, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("4 reports read, 0 skipped; ")
    docs = [read_document(folder / f"r.{ext}") for ext in ("txt", "html", "docx", "pdf")]
    assert all(isinstance(d, Document) for d in docs)
    sets = [entity_set(d) for d in docs]
    assert all(s == sets[0] for s in sets)
