"""A question posed after a scene set in a sentence or two ("Our team ships monthly. How would you speed that
up?"): a line of a bank of questions that ends asking the reader, though it does not open asking.

Such a line after an answer starts the next question when it stands as a paragraph of its own and the question
before it did too. So does a line under a question that has no answer yet, when its scene is a sentence or two and
all that follows asks or prompts ("Roadmaps change often. Tell me about a time you replanned."): in a list of
questions, one a line, it is the next question, not the answer of the line above. Answers keep their own questions: a question in the middle of a paragraph, one the teller asks
themselves ("Why did I wait?", also on a line of its own right under the answer's line), or one that asks nobody
("Would the team trust it?") ends nothing.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH
from .labels import STAR_SLOTS
from .questions import question_of
from .text import (ends_asking, is_coaching, is_criterion, only_questions, plain_words, requests_telling,
                   sentence_split, unquote)
from .unit import Unit
from .voice import as_i, as_me, to_you
from ..lazyre import lazy_re

_CAST = lazy_re(r"^(?:you|your)\b", re.IGNORECASE)  # a scene that casts the reader in it
_MAX_SENTENCES = 4
_MAX_WORDS = 60


def poses_question(text: str) -> bool:
    """Whether ``text`` (one line) sets a scene in statements and ends with a question put to the reader."""
    flat = " ".join(plain_words(unquote(text)).split())
    sentences = [s for s in sentence_split(flat) if s.strip()]
    if not 2 <= len(sentences) <= _MAX_SENTENCES or len(flat.split()) > _MAX_WORDS:
        return False
    *scene, asked = sentences
    # "You inherit a team. What is the first step?": the scene casts the reader; "You know it. Why?" asks nothing new
    addressed = to_you(asked) or bool(_CAST.match(scene[0])) and len(asked.split()) >= 4
    return ends_asking(asked, "\"”’)") and addressed and not as_me(flat) \
        and not any(ends_asking(s, "\"”’)") for s in scene) and not is_criterion(asked) \
        and not is_coaching(flat)


def _next_question(block: Block, unit: Unit | None, before: Block | None, after: Block | None) -> bool:
    """Whether ``block``, read in the answer of ``unit``, is the next question of a bank whose questions are
    paragraphs: a line (a paragraph in Markdown) standing alone, blank lines around it (or only before it, in a
    bank whose answers start right under their questions), that poses a question."""
    if unit is None or not unit.question or unit.from_item or unit.labelled or unit.slots() & set(STAR_SLOTS) \
            or block.kind is not PARAGRAPH or block.quoted or block.lead \
            or block.plain and "\n" in block.text.strip() or block.indent != unit.indent \
            or not any(not p.empty for p in unit.pieces):
        return False
    if block.plain and (before is not None and before.end >= block.line - 1
                        or after is not None and after.line <= block.end + 1 and not _answered_below(unit)):
        return False
    return poses_question(block.text)


def _scene_then_asked(block: Block, unit: Unit | None) -> bool:
    """Whether ``block``, a line right after ``unit``'s question with no answer read yet, sets a scene and then asks:
    the next question of a list of them."""
    if unit is None or not unit.question or any(not p.empty for p in unit.pieces) \
            or block.kind is not PARAGRAPH or block.quoted or block.lead or block.indent != unit.indent \
            or "\n" in block.text.strip() or not _TWO_SENTENCES.search(block.text):
        return False
    return scene_led(block.text)


_TWO_SENTENCES = lazy_re(r"[.!][\"”’)]?\s+\S")  # a scene is a sentence that ends before the ask: else none
_MAX_SCENE = 2  # sentences
_MAX_SCENE_WORDS = 40


def scene_led(text: str) -> bool:
    """Whether ``text`` (one line) opens with a scene of a sentence or two, told by no "I" and asking nothing,
    and all that follows asks or prompts ("Tell me about ...", "What did you do?")."""
    flat = " ".join(plain_words(unquote(text)).split())
    sentences = [s for s in sentence_split(flat) if s.strip()]
    if not 2 <= len(sentences) <= _MAX_SCENE + 3 or len(flat.split()) > _MAX_WORDS:
        return False
    for cut in range(1, min(_MAX_SCENE, len(sentences) - 1) + 1):
        scene = " ".join(sentences[:cut])
        if ends_asking(sentences[cut - 1], "\"”’)") or as_i(scene) or len(scene.split()) > _MAX_SCENE_WORDS:
            return False
        if only_questions(" ".join(sentences[cut:])):
            return not is_coaching(flat)
    return False


def _answered_below(unit: Unit) -> bool:
    """Plain text: ``unit``'s answer starts on the line right under its question, as a bank that puts each answer
    under its question and a blank line between them does: a posed question may have its answer right under it."""
    first = min((p.line for p in unit.pieces if not p.empty), default=0)
    return first == unit.line + 1


def _tellers_question(block: Block, unit: Unit | None, before: Block | None) -> bool:
    """Plain text: a line asking in the teller's first person ("Why did I wait so long?"), to no "you", right under
    a line of the answer being read, or standing alone after the teller's own paragraph of that answer when the
    question answered is not asked as "I" itself: a question of the answer's own, not the next one."""
    if not (block.plain and block.kind is PARAGRAPH and unit is not None and bool(unit.question)
            and any(not p.empty for p in unit.pieces) and before is not None and before.kind is PARAGRAPH
            and as_me(block.text) and not to_you(block.text)) or requests_telling(block.text):
        return False  # "tell me about a project that slipped": the next prompt, its "me" the one answering
    if before.end == block.line - 1:
        return True
    last = next((p for p in reversed(unit.pieces) if not p.empty), None)
    return "\n" not in block.text.strip() and last is not None and last.slot is None and bool(last.blocks) \
        and last.blocks[-1] is before and as_me(before.text) and not as_i(unit.question)


def asked_next(block: Block, unit: Unit | None, before: Block | None, after: Block | None) -> tuple[str, str] | None:
    """``(question, answer on the same block)`` when ``block``, read after ``unit`` began, asks the next question:
    a question standing on its own (not one the teller asks themselves in the answer's run of lines), or a scene
    and the question it poses, after an answer."""
    if (found := question_of(block)) is not None:
        return None if _tellers_question(block, unit, before) else found
    return (" ".join(block.text.split()), "") \
        if _next_question(block, unit, before, after) or _scene_then_asked(block, unit) else None
