"""What assembly produces: units (one per future note) made of labelled pieces."""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Block


@dataclass(slots=True, eq=False)
class Piece:
    """A run of blocks under one label (``slot``), or unlabelled content (``slot`` None)."""

    slot: str | None
    line: int
    label: str = ""  # the label as the document wrote it
    rest: str = ""  # text on the label's own line, after it
    blocks: list[Block] = field(default_factory=list)
    heading: bool = False  # the label was a heading: its sub-sections' titles are in ``blocks``
    end: int = 0  # a heading's: the last line of its section (0: not known)
    indent: int = 0
    template: bool = False  # a part a template section gives a story to write: its text is blanks, not kept
    opener: Block | None = None  # the label's own line, when a label line of the text opened the piece
    page: bool = False  # coaching for the whole page (:mod:`.pagewide`): no closing criteria of the questions above
    section: int = 0  # the heading line of the section whose own text holds it (0: not known)

    @property
    def empty(self) -> bool:
        if self.rest.strip():
            return False
        for block in self.blocks:  # a loop, not any() over a generator: asked of every piece many times
            if block.text.strip() or block.rows:
                return False
        return True

    @property
    def place(self) -> str:
        """How a report names the piece: its section by its label (or its part), else "text"."""
        name = self.label or self.slot
        return f"section '{name}'" if name else "text"


@dataclass(slots=True, eq=False)
class Unit:
    """The parts of a document that make one note."""

    line: int
    question: str = ""
    title: str = ""
    pieces: list[Piece] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)  # headings and group labels above it
    meta: list[Piece] = field(default_factory=list)  # level, duration, company... stated above it
    follow_ups: tuple[str, ...] = ()
    asides: tuple[str, ...] = ()  # a note to self in brackets after the question's mark: tips
    variants: list[str] = field(default_factory=list)  # more questions given with the question
    indent: int = 0
    from_item: bool = False  # started by a list item: its answer is what is nested under it
    nested: bool = False  # something nested under that item was seen
    number: int | None = None  # the number of the item that asked
    labelled: bool = False  # the question came after a "Question:" label
    sections: list = field(default_factory=list)  # sub-sections (outline nodes) without a label
    story: bool = False  # a "Story: name" line named the story that answers the question
    sample_of: int = 0  # a numbered sample answer ("### Example 2"): the line of the question it answers
    starred: bool = False  # a story begun in STAR parts under a bank's heading: a story, however few are written
    own_answers: bool = False  # in a bank of the writer's own answers: terse imperatives answer (:mod:`.ownnotes`)
    phrased: bool = False  # asked by the first of its listed phrasings, its heading its name (:mod:`.variantsection`)

    def slots(self) -> set[str]:
        return {p.slot for p in self.pieces if p.slot}

    def has_slot(self, name: str) -> bool:
        """``name in self.slots()``, looked for from the last piece back: a part just told is found at once, so a
        unit of thousands of labelled lines is not read again for each of them."""
        return any(piece.slot == name for piece in reversed(self.pieces))


UNASKED = "not part of a question"  # why text that belongs to no note is reported


@dataclass(frozen=True, slots=True)
class Loose:
    """Content that belongs to no note, reported with its first line."""

    line: int
    what: str
    why: str
