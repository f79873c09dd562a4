"""A page that coaches the question its title quotes, with no answer of its own.

A blog post or guide titled after the question it coaches (front matter ``title: "The 'Tell me about yourself'
interview question"``, ``How to Answer "Why Should We Hire You?"``) and giving no sample answer holds the writer's
advice about answering, written to the reader ("Read the job description first; your answer should ..."): the
note's coaching, never its answer. Its text is advice when none of it is told as I or we outside quotations, or when
more of its paragraphs speak to "you" than as I or we; a paragraph opening on a quotation of a dozen words or more
(a sample answer written out) keeps the text an answer, while a listed phrase quoted (``- "I'm a team player"``,
what not to say) does not. The note is then a draft: a question the reader has still to answer.
"""

from __future__ import annotations

from .blocks import Block, CODE, HEADING, PARAGRAPH, RULE
from .outline import Node
from .unit import Piece, Unit
from .voice import first_person, to_you, unquoted

_QUOTES = "\"“"
_SAMPLE_WORDS = 12  # a quoted paragraph this long is a sample answer, not a phrase quoted


def coach_page(unit: Unit) -> None:
    """Make ``unit``'s unlabelled text (its pieces with no label and its plain sub-sections) tips, when it reads as
    the page's advice about answering (see the module)."""
    plain = [piece for piece in unit.pieces if piece.slot is None]
    blocks = [b for piece in plain for b in piece.blocks] + [b for node in unit.sections for b in node.blocks()]
    told = said = 0
    for block in blocks:
        if block.kind is HEADING or block.kind is RULE or block.kind is CODE or not block.text.strip():
            continue
        if block.kind is PARAGRAPH and block.text.lstrip()[:1] in _QUOTES and len(block.text.split()) >= _SAMPLE_WORDS:
            return  # '"I lead a team of six ..."': a sample answer written out (a quoted phrase listed is none)
        text = unquoted(block.text)
        told += first_person(text)
        said += to_you(text)
    if not blocks or told and said <= told:
        return
    for piece in plain:
        piece.slot = "tips"
    unit.pieces.extend(Piece("tips", node.line, label=node.head.text, blocks=_section(node))
                       for node in unit.sections if node.head is not None)
    unit.sections = []


def _section(node: Node) -> list[Block]:
    """A sub-section's blocks, its heading first: the words it gives a tip under."""
    return [block for block in (node.head, *node.blocks()) if block is not None]
