"""A section headed like a template ("Answer Framework (STAR)", "STAR format") that holds a filled story.

The heading's words alone do not make a template: a template is instructions and blanks addressed to the reader
("Describe the context", "[Your result here]", "What did you do?"); a story told in the first person and the past
tense with real details ("In 2022 my manager wanted ...", "I wrote up the risks ...") is the answer, whatever the
heading calls it. The content decides.
"""

from __future__ import annotations


from .blocks import Block, PARAGRAPH, ITEM
from .content import piece_text
from .labels import STAR_SLOTS, slot
from .outline import Node
from .scan import Scanner
from .sections import TEMPLATE, is_story, why_noise
from .placeholders import is_fill_in, is_placeholder
from .starkey import describes
from .text import ends_asking, is_coaching, is_instruction, words
from .unit import Piece
from .voice import first_person, in_past, to_you
from ..lazyre import lazy_re

_KEY_WORDS = 10
_STEPS = 2  # a key's line is short: "what I did", "what came of it"
_BLANK = lazy_re(r"\[[^\[\]\n]{1,60}\](?!\()|_{3,}|<[^<>\n]{1,40}>|\{[A-Za-z][^{}\n]{0,40}\}")


def section_slot(node: Node) -> str | None:
    """The slot a section's heading names; a template's heading over a filled story (a section of its own, no
    sub-sections: not a page titled "STAR" over its questions) names its answer."""
    name = slot(node.head.text)
    if name == "noise" and not node.children and why_noise(node.head.text) == TEMPLATE and filled_story(node.body):
        return "answer"
    return name


def filled_story(blocks: list[Block]) -> bool:
    """Whether ``blocks`` (a template-headed section's own text) tell a story rather than instruct: STAR parts
    (or, with no parts, paragraphs) told in the first person and the past, none addressed to "you", no blanks."""
    scan = Scanner([]).scan(blocks)
    pieces = [p for unit in scan.units for p in unit.pieces]
    pieces += [p for p in scan.before if p.slot in STAR_SLOTS]
    parts = [p for p in pieces if p.slot in STAR_SLOTS]
    if parts:
        texts = [piece_text(p) for p in parts]
        return is_story({p.slot for p in parts}) and all(filled_text(text) for text in texts) \
            and sum(1 for text in texts if first_person(text)) * 2 >= len(texts) \
            and any(in_past(text) for text in texts)
    prose = [b.text for b in blocks if b.kind in (PARAGRAPH, ITEM) and b.text.strip()]
    told = sum(1 for text in prose if first_person(text) and in_past(text))
    return bool(prose) and told * 2 >= len(prose) and all(filled_text(text) for text in prose)


def filled_piece(piece: Piece) -> bool:
    """A template's label over a filled story ("**Answer framework (STAR):**" then "Our release slipped ..."): the
    story is the answer, not a template."""
    if piece.slot != "noise" or why_noise(piece.label) != TEMPLATE:
        return False
    blocks = list(piece.blocks)
    if piece.rest.strip():
        blocks.insert(0, Block(PARAGRAPH, piece.line, piece.line, piece.rest.strip()))
    return bool(blocks) and (filled_story(blocks) or filled_steps(blocks) or named_outline(blocks))


def filled_steps(blocks: list[Block]) -> bool:
    """Whether ``blocks`` (under a template's label: "**The Framework**:") are steps already written out: two or
    more outermost items, each a bold name that is no STAR part and a filled sentence after it ("**Cut scope**: We
    keep the date and drop two features.") or under it (its nested items), nothing else beside them. A template's
    steps are blanks, STAR keys or instructions on telling the story; steps worded as orders ("Identify the
    domains") are written out too when one of them tells what the teller did and none leaves a blank."""
    top = min((b.indent for b in blocks), default=0)
    at = [index for index, block in enumerate(blocks) if block.indent == top]
    if len(at) < _STEPS or any(blocks[i].kind is not ITEM or not blocks[i].lead or slot(blocks[i].lead) is not None
                               for i in at):
        return False
    texts = ["\n".join(text for text in (blocks[start].rest.strip(), *(b.text.strip() for b in blocks[start + 1:end]))
                       if text) for start, end in zip(at, [*at[1:], len(blocks)])]
    if any(not text or is_coaching(text) for text in texts):
        return False
    return all(filled_text(text) for text in texts) or not any(map(_blank, texts)) and any(map(_told, texts))


_BOLD_NAME = lazy_re(r"^(?:\*\*|__)(?P<name>[^*_\n]{2,60}?)(?:\*\*|__)\s*:?\s*$")
_POINTS = 2  # a named step holds two named points at least


def named_outline(blocks: list[Block]) -> bool:
    """Whether ``blocks`` (under a template's label: "**Answer Framework**:") are an outline written out for the
    question: two or more outermost items, each only a bold name that is no STAR part ("1. **Initial Assessment**"),
    each over two or more nested items naming a point and saying it ("- **Gather facts**: Read the last reviews"),
    nothing else and no blank among them. A template's steps are the STAR parts or blanks; an outline whose every
    step names its own points is the author's answer, however it is worded."""
    if not blocks or any(b.kind is not ITEM for b in blocks):
        return False
    top = min(b.indent for b in blocks)
    steps = points = 0
    for block in blocks:
        if block.indent == top:
            if steps and points < _POINTS:
                return False
            named = _BOLD_NAME.match(block.text.strip())
            if named is None or slot(named["name"]) in STAR_SLOTS:
                return False
            steps, points = steps + 1, 0
        elif block.lead and slot(block.lead) not in STAR_SLOTS and block.rest.strip() and not _blank(block.rest):
            points += 1
        else:
            return False
    return steps >= _STEPS and points >= _POINTS


def _blank(text: str) -> bool:
    """Text holding a blank to fill in (``[your result]``, ``____``) or only a placeholder."""
    return bool(_BLANK.search(text)) or is_placeholder(text) or is_fill_in(text)


def _told(text: str) -> bool:
    """A step that tells what the teller did, as I or we, in the past ("When we moved ... we cut the time by 40%")."""
    return first_person(text) and in_past(text)


def filled_text(text: str) -> bool:
    """A part's text that is written, not left to write: no blank, no instruction, nothing asked of "you", and more
    than a key saying what the part holds ("what I did")."""
    text = text.strip()
    return bool(text) and not _blank(text) and not to_you(text) and not ends_asking(text) \
        and not is_instruction(text) and not (words(text) <= _KEY_WORDS and describes(text))
