"""A saved web page → the text of its body, one line per block, plus the title and site it states.

Scripts, styles, forms, navigation, banners, sidebars and footers never become text: a browser's
reader view keeps the article, not the page around it. Inline white space is collapsed as a browser
does, and a line break between two Chinese characters vanishes (CSS Text 3, segment breaks between
East Asian wide characters), so a sentence wrapped in the HTML source stays one sentence.
"""

from __future__ import annotations

import re

__all__ = ["html_text"]

DROP = frozenset("""script style noscript template head title meta link nav aside form iframe frame frameset
object embed svg canvas math button select option textarea input label dialog menu map audio video
source track picture""".split())
BLOCK = frozenset("""address article blockquote body center dd details div dl dt fieldset figcaption figure
footer h1 h2 h3 h4 h5 h6 header hr html li main ol p pre section summary table tbody td tfoot th thead tr
ul caption""".split())
PAGE_PARTS = frozenset({"header", "footer"})  # dropped when they frame the page, kept inside an article
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu",
                          "menubar", "toolbar", "dialog", "alert"})
CHROME_WORDS = re.compile(  # class or id words of page parts, anywhere
    r"(?:^|[-_\s])(?:breadcrumbs?|crumbs?|comments?|share|sharing|social|related|recommend|advert|ads?|"
    r"pagination|pager|toolbar|copyright|login)(?:$|[-_\s])",
    re.IGNORECASE,
)
FRAME_WORDS = re.compile(  # ... and of the frame around the article, only outside <article>/<main>
    r"(?:^|[-_\s])(?:nav|navbar|menu|sidebar|footer|foot|header|topbar|banner|search)(?:$|[-_\s])",
    re.IGNORECASE,
)
WIDE = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]"
SEGMENT_BREAK = re.compile(rf"(?<={WIDE})[ \t\f]*\n[ \t\n\f]*(?={WIDE})")
SPACES = re.compile(r"[ \t\n\r\f]+")


def html_text(markup: str) -> tuple[str, str, str]:
    """(text, title, source) of a page; text has one line per block element, no empty lines."""
    import warnings

    from bs4 import BeautifulSoup, FeatureNotFound, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():  # a page whose whole text looks like a URL is still a page
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        try:
            soup = BeautifulSoup(markup, "lxml")
        except FeatureNotFound:  # lxml missing: the standard library's parser is slower but enough
            soup = BeautifulSoup(markup, "html.parser")
    title, source = _meta(soup)
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            chunk = SEGMENT_BREAK.sub("", "".join(buf))
            line = SPACES.sub(" ", chunk).strip(" ")
            if line:
                lines.append(line)
            buf.clear()

    def walk(node, in_article: bool) -> None:
        from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

        for child in node.children:
            if isinstance(child, Tag):
                name = child.name.lower()
                if name in DROP or _is_chrome(child, name, in_article):
                    continue
                if name == "br":
                    flush()
                    continue
                block = name in BLOCK
                if block:
                    flush()
                walk(child, in_article or name in ("article", "main"))
                if block:
                    flush()
            elif isinstance(child, NavigableString) and not isinstance(
                child, (Comment, Declaration, Doctype, ProcessingInstruction)
            ):
                buf.append(str(child))

    root = soup.body or soup
    walk(root, False)
    flush()
    text = "\n".join(lines)
    return text, title or _heading(soup), source


def _heading(soup) -> str:
    """The article's own heading: the first h1/h2 inside <article> or <main>, else the first h1."""
    for container in soup.find_all(["article", "main"]):
        h = container.find(["h1", "h2"])
        if h and h.get_text(strip=True):
            return SPACES.sub(" ", h.get_text(" ")).strip()
    h1 = soup.find("h1")
    return SPACES.sub(" ", h1.get_text(" ")).strip() if h1 else ""


def _is_chrome(tag, name: str, in_article: bool) -> bool:
    if name in PAGE_PARTS and not in_article:
        return True
    attrs = tag.attrs or {}
    if str(attrs.get("role", "")).lower() in CHROME_ROLES:
        return True
    if attrs.get("hidden") is not None or attrs.get("aria-hidden") == "true":
        return True
    words = " ".join(
        v if isinstance(v, str) else " ".join(v) for v in (attrs.get("id", ""), attrs.get("class", ""))
    )
    if re.search(r"display\s*:\s*none", str(attrs.get("style", "")), re.IGNORECASE):
        return True
    if not words or name in ("body", "html", "main", "article"):
        return False
    return bool(CHROME_WORDS.search(words) or (not in_article and FRAME_WORDS.search(words)))


def _meta(soup) -> tuple[str, str]:
    """Title and site name from <meta> and <title> ('标题_站点' / '标题 - 站点' split at the last mark)."""

    def meta(*keys: str) -> str:
        for key in keys:
            for attr in ("property", "name"):
                tag = soup.find("meta", attrs={attr: key})
                if tag and str(tag.get("content", "")).strip():
                    return SPACES.sub(" ", str(tag["content"])).strip()
        return ""

    title = meta("og:title", "ArticleTitle", "title")
    source = meta("og:site_name", "ContentSource", "source", "SiteName", "sitename", "publisher")
    page_title = SPACES.sub(" ", soup.title.get_text(" ")).strip() if soup.title else ""
    if page_title:
        head, sep, tail = _split_title(page_title)
        if sep:  # "标题_站点": a page title that names the article; a bare one is often the site's name
            title = title or head
            source = source or tail
    return title, source


def _split_title(page_title: str) -> tuple[str, str, str]:
    for sep in ("_", " - ", " | ", "｜", " — ", "－", "--"):
        if sep in page_title:
            head, _, tail = page_title.rpartition(sep)
            if head.strip() and tail.strip():
                return head.strip(), sep, tail.strip()
    return page_title, "", ""
