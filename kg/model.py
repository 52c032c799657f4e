"""The records passed between the stages of the flow.

files ─ingest─▶ Document ─extract─▶ Extraction ─link─▶ Extraction (with IRIs) ─graph─▶ rdflib Dataset

Every offset is a code-point index into ``Document.text``, the text as decoded from the file, so a
mention can always be cut out of the report exactly as it stands there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "Span",
    "Document",
    "Skipped",
    "blank",
    "Context",
    "Mention",
    "Entity",
    "Relation",
    "Extraction",
]

ENTITY_TYPES = ("organization", "meeting", "initiative")
RELATION_TYPES = ("organizes", "participatesIn", "subOrganizationOf", "collaboratesWith", "ledBy")


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range [start, end) of code points in a document's text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Document:
    """One report as read from a file.

    ``text`` is the decoded text, unchanged: offsets point into it. ``match_text`` has the same length
    and is what patterns are matched against (traditional characters mapped to simplified, one
    character for one). ``ignored`` marks page chrome (navigation, 转载 notices, template placeholders)
    that extraction must not read: it is blanked out of ``match_text`` here, whoever made the
    Document, while the text itself is never rewritten.
    """

    name: str  # file name, the document's key in extraction records and gold files
    path: str  # the path it was read from
    text: str
    match_text: str = ""
    ignored: tuple[Span, ...] = ()
    title: str = ""
    source: str = ""  # site or publication the report was copied from, if the page says
    encoding: str = "utf-8"
    format: str = "txt"
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.match_text:
            object.__setattr__(self, "match_text", self.text)
        if len(self.match_text) != len(self.text):
            raise ValueError("match_text must have the same length as text")
        if self.ignored:
            object.__setattr__(self, "match_text", blank(self.match_text, self.ignored))

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0]


def blank(text: str, spans: tuple[Span, ...]) -> str:
    """``text`` with the characters of ``spans`` turned to spaces (newlines kept): same length, so
    every offset still holds, but no pattern can match across or inside them."""
    chars = list(text)
    for span in spans:
        for i in range(max(0, span.start), min(len(chars), span.end)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


@dataclass(frozen=True)
class Skipped:
    """A file that could not be read, and why, in words for the person who gave it."""

    path: str
    reason: str


@dataclass(frozen=True)
class Context:
    """What a report says about itself: who reports, for which place, which session and year."""

    reporter: str = ""  # canonical name of the reporting body, e.g. 深圳市宝安区政协
    level: str = ""  # national | province | city | district
    province: str = ""  # 广东省
    city: str = ""  # 深圳市
    district: str = ""  # 宝安区 (or a county)
    session: str = ""  # 届次 of the reporting committee, e.g. 六
    year: int | None = None

    @property
    def jurisdiction(self) -> str:
        """The full place name of the reporting body, e.g. 深圳市宝安区."""
        return (self.province if self.level == "province" else "") + self.city + self.district


@dataclass(frozen=True, order=True)
class Mention:
    start: int
    end: int
    surface: str  # the text at [start, end), exactly


@dataclass
class Entity:
    """One organization, meeting or initiative of one document, with all its mentions there.

    ``label`` is the canonical name (jurisdiction-qualified, full form); it decides identity across
    documents. ``iri`` is filled in by the link stage.
    """

    type: str
    label: str
    mentions: list[Mention] = field(default_factory=list)
    series: bool = False  # a meeting format that recurs (主席会议, 双月协商座谈会)
    iri: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.type, self.label)

    @property
    def surfaces(self) -> list[str]:
        return sorted({m.surface for m in self.mentions})


@dataclass(frozen=True)
class Relation:
    """head —type→ tail, between entity keys of the same document, with the sentence that says so."""

    head: tuple[str, str]
    type: str
    tail: tuple[str, str]
    evidence: Span


@dataclass
class Extraction:
    """What one document yields: its context, its entities and the relations between them."""

    document: Document
    context: Context
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def entity(self, key: tuple[str, str]) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
