"""A bank of the writer's own answers: sections titled by a topic, each holding the writer's answer to it.

A job-seeker's notes list the topics an interviewer may raise (``## Ability to work in a team.``,
``## Improvement needed:``, ``## First weeks in this job``) and answer each under its heading, in STAR parts or
in their own words, often terse notes that drop the pronoun ("Delegate the small tasks. Reviewed every plan.").
When most sections of a group hold such an answer (STAR parts, or text speaking as "I"), several of them in
prose, and almost none ask a question or speak to the reader, in a document that asks questions somewhere, the
group is such a bank: a section whose unlabelled text nothing else read is the answer to its heading (its closing
colon dropped), a place or period sub-heading inside it (``### At the plant``) is a part of that answer, not a
question of its own, and a story begun in STAR parts and named nowhere else is a draft story titled by it. A bank
of STAR stories alone is a story bank: its other sections (a checklist, a pitch) stay what they were.
"""

from __future__ import annotations

from collections.abc import Iterator

from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .labels import STAR_SLOTS, slot, star_slot
from .outline import Node
from .samples import numbered_sample
from .text import clean_title, is_question, words
from .unit import Piece, Unit
from .voice import as_i, to_you, unquoted

_MIN_SECTIONS = 5  # fewer sections are a page, not a bank
_MAX_HEAD_WORDS = 12
_TEXT = (PARAGRAPH, ITEM)
_ASKING = (*_TEXT, HEADING)  # what may ask
_ANSWERING = (*_TEXT, HEADING, RULE)  # what an unlabelled answer may hold


def _texts(blocks: list[Block]) -> list[str]:
    """The unquoted text of the paragraphs and items of ``blocks``."""
    return list(_each_text(blocks))


def _each_text(blocks: list[Block]) -> Iterator[str]:
    """:func:`_texts`, one at a time."""
    return (unquoted(b.text) for b in blocks if b.kind in _TEXT and b.text.strip())


def _starred(blocks: list[Block]) -> bool:
    """Whether ``blocks`` tell STAR parts (``**S:**``, ``Action:``)."""
    return any(b.lead and star_slot(b.lead) in STAR_SLOTS for b in blocks)


def _asks(blocks: list[Block]) -> bool:
    """Whether a paragraph, item or sub-heading of ``blocks`` asks a question."""
    return any(is_question(clean_title(b.text.split("\n")[0])) for b in blocks
               if b.kind in _ASKING and b.text.strip())


def _to_reader(blocks: list[Block]) -> bool:
    """Whether at least half the text of ``blocks`` speaks to the reader (advice, not an answer)."""
    texts = _texts(blocks)
    return bool(texts) and sum(1 for text in texts if to_you(text)) * 2 >= len(texts)


def own_bank(node: Node) -> list[Node]:
    """The sub-sections of ``node`` when they are a bank of the writer's own answers (see the module); ``[]``
    otherwise. Half of them must tell STAR parts or speak as "I", a sixth (two at least) in prose with no STAR
    part (a bank of STAR stories alone is a story bank: its other sections are the writer's prep), at most one in
    ten ask or speak to the reader."""
    headed = [c for c in node.children if c.head is not None]
    if len(headed) < _MIN_SECTIONS or sum(1 for c in headed if not _starred(c.blocks())) < 2:
        return []  # cheap first: fewer than two sections told without STAR parts, whichever of them are labels
    sections = [c for c in headed if slot(c.head.text) is None]
    if len(sections) < _MIN_SECTIONS or len(sections) < len(node.children) * 0.8:
        return []
    held = [c.blocks() for c in sections]
    if not _told_enough(held):
        return []
    odd = 0
    for blocks in sorted(held, key=len):  # the count decides, not the order: the shortest sections are read first
        if _asks(blocks) or _to_reader(blocks):
            odd += 1
            if odd * 10 > len(sections):
                return []  # more than one in ten: no need to read the rest
    return sections


def _told_enough(held: list[list[Block]]) -> bool:
    """Whether half of ``held`` (each section's blocks) tell STAR parts or speak as "I", and a sixth (two at least)
    speak as "I" with no STAR part. A section telling STAR parts counts whatever its voice, so only the others are
    read for an "I", and only until the count is reached or can no longer be; the count decides, not the order,
    so the shortest are read first."""
    plain = sorted((blocks for blocks in held if not _starred(blocks)), key=len)
    need = max(2, len(held) / 6, len(held) / 2 - (len(held) - len(plain)))  # sections told as I with no STAR part
    told = 0
    for read, blocks in enumerate(plain):
        if told >= need:
            return True
        if told + len(plain) - read < need:
            return False  # too few sections left to reach it
        told += any(as_i(t) for t in _each_text(blocks))
    return told >= need


def bank_heading(head: str) -> bool:
    """A heading that can name one of the bank's topics: a few words, no label of ours, no sample's number."""
    text = clean_title(head).strip()
    return 1 <= words(text) <= _MAX_HEAD_WORDS and slot(text) is None and not numbered_sample(text)


def plain_answer(blocks: list[Block]) -> bool:
    """Whether ``blocks`` are the writer's unlabelled answer: some text, no table or code, no STAR part or label
    of ours, nothing asking, most of it not speaking to the reader."""
    return bool(_texts(blocks)) and all(b.kind in _ANSWERING for b in blocks) \
        and not any(b.lead and slot(b.lead) is not None for b in blocks) and not _asks(blocks) \
        and not _to_reader(blocks)


def whole_answer(node: Node, hints: list[str], meta: list[Piece]) -> Unit | None:
    """The note of a bank section with sub-sections (``## Best impression`` over ``### At the plant``), when all of
    it is the writer's unlabelled answer: the heading its question, the sub-sections parts of the answer."""
    head = clean_title(node.head.text) if node.head is not None else ""
    if not head or not node.children or not bank_heading(head) or not plain_answer(node.blocks()) \
            or any(child.head is None or slot(child.head.text) is not None for child in node.children):
        return None
    unit = Unit(node.line, question=head.rstrip(" :"), hints=list(hints), meta=list(meta))
    if node.body:
        unit.pieces.append(Piece(None, node.body[0].line, blocks=list(node.body)))
    unit.sections.extend(node.children)
    return unit


def bank_answered(pieces: list[Piece], line: int, head: str, hints: list[str],
                  meta: list[Piece]) -> tuple[list[Unit], list[Piece]]:
    """``([the note], the pieces left)`` when the unlabelled text of ``pieces`` (a bank section's text that
    nothing else read) answers its heading ``head`` at ``line``; ``([], pieces)`` otherwise."""
    text = [p for p in pieces if p.slot is None and not p.empty]
    if not text or not bank_heading(head) or not plain_answer([b for p in text for b in p.blocks]):
        return [], pieces
    unit = Unit(line, question=clean_title(head).rstrip(" :"), hints=list(hints), meta=list(meta), pieces=text)
    return [unit], [p for p in pieces if p not in text]


def lone_story(units: list[Unit]) -> Unit | None:
    """The one story a bank section begins in STAR parts and names nowhere else (``**S:**`` over what I did,
    no Task, Action or Result written): a story titled by the heading, a draft; ``None`` when ``units`` are
    anything else."""
    if len(units) != 1 or units[0].title or units[0].question:
        return None
    slots = units[0].slots()
    return units[0] if slots and slots <= set(STAR_SLOTS) else None
