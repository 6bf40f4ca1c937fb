"""Data passed between the steps of the text core.

The steps are ``decode -> layout -> sections -> numbers -> facts``.  Every
character offset (``start``/``end``) refers to ``DecodedText.text``, the decoded
original text with line ends folded to ``\\n``; ``DecodedText.norm`` is a
same-length normalised copy (half-width digits and punctuation, simplified
script) that the parsers read, so an offset found in ``norm`` is also an offset
into the original and evidence is always quoted from the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class DecodedText:
    """A raw file's text, as written and normalised for parsing."""

    text: str
    norm: str
    encoding: str
    script: str = "simplified"  # 'simplified' | 'traditional'
    truncated: bool = False  # the bytes ended inside a character; the tail was dropped


@dataclass(frozen=True)
class Block:
    """A line of text as it stands in the file."""

    index: int
    start: int
    end: int
    text: str  # normalised text of the pieces read
    read: tuple[tuple[int, int], ...] = ()  # spans read, when not all of start..end is
    skipped: tuple[tuple[int, int, str], ...] = ()  # spans set apart, with their reason

    @property
    def pieces(self) -> tuple[tuple[int, int], ...]:
        """The spans of the original text this block reads, in order."""
        return self.read or ((self.start, self.end),)


@dataclass(frozen=True)
class TextPiece:
    """Where a stretch of the original text went: every character lands in one piece."""

    start: int
    end: int
    role: str  # 'title' | 'subtitle' | 'lead' | 'headline' | 'speaker' | 'paragraph' | 'skipped'
    section_no: int | None = None
    reason: str | None = None  # why a skipped piece is not read (page furniture, pinyin gloss)


@dataclass
class Paragraph:
    """A paragraph in reading order, possibly glued from several blocks."""

    pieces: list[tuple[int, int]]  # (start, end) spans of the original text, in reading order
    text: str  # normalised text of the pieces joined
    original_position: int  # index of the first block it came from

    @property
    def start(self) -> int:
        """Offset of the paragraph's first character in the original text."""
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        """Offset just past the paragraph's last character in the original text."""
        return self.pieces[-1][1]

    def to_original(self, offset: int) -> int:
        """Map an offset inside ``text`` to an offset in the original text."""
        for start, end in self.pieces:
            width = end - start
            if offset < width:
                return start + offset
            offset -= width
        return self.pieces[-1][1]


@dataclass
class Segment:
    """A heading (a speaker line, a place label, or none) and the body blocks that stand
    under it on the page, with what the heading says of the section."""

    heading: int | None  # index of the heading block
    region_names: tuple[str, ...] = ()  # the place's names, by which a displaced tail points to it
    blocks: list[int] = field(default_factory=list)
    headline: str | None = None
    speaker_title: str | None = None
    speaker_name: str | None = None
    speaker_org: str | None = None
    region_code: str | None = None
    region_name: str | None = None


@dataclass(frozen=True)
class LayoutDecision:
    """One repair the layout step made (or declined), with its evidence."""

    kind: str  # 'join' (right block continues left) | 'move' (block relocated) | 'reject' (kept apart)
    left_block: int
    right_block: int
    evidence: str
    confidence: float
    flagged: bool  # below the confidence the report asks a reviewer to check


@dataclass
class Section:
    """A speaker's part of a transcript (or the whole body of a speakerless document)."""

    section_no: int
    headline: str | None
    speaker_title: str | None
    speaker_name: str | None
    speaker_org: str | None
    region_code: str | None  # code of the region the org speaks for (GB/T 2260 or zone code)
    region_name: str | None  # its canonical full name
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The section's normalised body text, paragraphs joined without separators."""
        return "".join(p.text for p in self.paragraphs)


@dataclass
class DocumentStructure:
    """Title block, lead and sections of one transcript after layout repair."""

    title: str | None
    subtitle: str | None
    lead: str | None
    sections: list[Section]
    decisions: list[LayoutDecision] = field(default_factory=list)
    pieces: list[TextPiece] = field(default_factory=list)  # where every character went

    def accounted_share(self, text: str) -> float:
        """Share of the text's non-blank characters that landed in a piece (1.0 when all did)."""
        merged: list[list[int]] = []
        for start, end in sorted((p.start, p.end) for p in self.pieces):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        total = len("".join(text.split()))
        seen = sum(len("".join(text[a:b].split())) for a, b in merged)
        return seen / total if total else 1.0


@dataclass(frozen=True)
class DocumentMeta:
    """What the optional ``NAME.meta.json`` says (every key optional)."""

    published: date | None = None
    source: str | None = None
    title: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class DocumentDates:
    """When a document was published and which period its figures cover."""

    published: date | None
    date_source: str | None  # 'meta' | 'filename' | 'text' | 'text_year' (a year, no date) | None
    meeting_date: date | None
    period_code: str | None  # default reporting period of the document, e.g. '2025-H1'
    year: int | None = None  # the year relative periods count from (the date's, else the text's)
    month: int = 12  # the month of the date (12 without one)
    dated: bool = True  # False: ``year`` is the year the text writes out, not a date's


@dataclass(frozen=True)
class Fact:
    """One indicator value stated in the text."""

    section_no: int
    start: int  # offsets of the evidence clause in the original text
    end: int
    indicator_text: str
    indicator_code: str | None  # canonical indicator from the dictionary, None when not in it
    measure: str  # growth_pct | growth_multiple | pp_change | share_pct | level | count
    value: float
    unit: str | None
    qualifier: str | None
    region_code: str | None  # region the value belongs to
    region_name: str | None
    region_source: str  # 'clause' | 'sentence' | 'scope' | 'section' | 'meta' | 'title' | … | 'document'
    period_code: str | None
    evidence: str  # the clause, quoted from the original text
    period_source: str | None = (
        None  # 'clause' | 'sentence' | 'paragraph' | 'section' | 'document' | 'baseline'
    )
    value_start: int | None = None  # offsets of the value itself (numeral and unit) in the original text
    value_end: int | None = None
    confidence: float | None = None  # 0–1, how sure the extraction is (``confidence``)


@dataclass(frozen=True)
class NumberMention:
    """A number in the text and what it was taken to be."""

    section_no: int
    start: int
    end: int
    number_text: str
    kind: str  # 'fact', 'date', 'ordinal', 'ranking', 'name', 'duration', 'threshold', ..., 'unexplained'
    sentence: str


@dataclass
class ParsedDocument:
    """Everything the text core read from one file."""

    source_file: str
    document_id: str  # sha256 of the raw bytes
    text_hash: str  # sha256 of the normalised text: the same text in another encoding has the same hash
    decoded: DecodedText
    meta: DocumentMeta
    dates: DocumentDates
    structure: DocumentStructure
    region_code: str | None  # region the document as a whole speaks for (全区 in a speakerless text)
    region_name: str | None
    region_source: str | None  # 'meta' | 'source' | 'title' | 'text' | None
    facts: list[Fact]
    numbers: list[NumberMention]
    flags: list[str]  # e.g. 'truncated', 'year_unknown', 'region_unknown', 'no_structure', 'meta_invalid'


class RejectedDocument(Exception):
    """A file the text core cannot read as a transcript; the message names the reason."""
