"""Which kind of note a unit makes, from the parts it holds: a STAR story when it holds STAR parts (two or more,
one of them an Action, Result, Learning or Task; or a first-person Action after a Context or Problem, a CAR or PAR
story with its Result still to write), a scenario when it holds a situation with challenges, discussion points or a
task, otherwise a Q&A note. A question put to the reader about their own past ("What problems did you hit ...?")
is answered, never a case to discuss, whatever its answer's labels ("Problem:", "Solution:")."""

from __future__ import annotations

import re

from ..model import Kind
from .content import piece_text
from .labels import STAR_SLOTS
from .samples import told_by_me
from .text import ends_asking, is_question, sentence_split
from .unit import Piece
from .voice import in_past
from ..lazyre import lazy_re

_SUPPOSED = lazy_re(r"\b(?:would|will|could|should|might|if)\b", re.IGNORECASE)  # "What would you do if ...?"
_DID_YOU = lazy_re(r"\b(?:did|have|had)\s+you\b", re.IGNORECASE)  # "What did you ...?", "Have you ever ...?"
# "problems you faced", not "what do you cut" (asked in the present, whatever the verb's form)
_YOU_THEN = lazy_re(r"(?<!\bdo\s)(?<!\bdoes\s)(?<!\bcan\s)\byou(?:'ve|\s+have|\s+had)?\s+([a-z]+)\b", re.IGNORECASE)


def note_kind(slots: set[str], pieces: list[Piece], question: str = "") -> Kind:
    """The kind of note a unit whose pieces fill ``slots`` makes, under ``question`` (if any)."""
    star = slots & set(STAR_SLOTS)
    answer_as_action = _letter_a_acts(pieces)
    if answer_as_action and star:
        star |= {"action"}
    scenario = bool(slots & {"scenario"}) or ("situation" in slots and not star & {"action", "result", "learning"})
    if scenario and slots & {"challenges", "requirements", "discussion", "task"} and not {"action", "result"} <= star \
            and not _told(slots, star, pieces) and not recalled(question):
        return Kind.SCENARIO
    if len(star) >= 2 and star & {"action", "result", "learning", "task"} \
            or slots & {"scenario", "challenges"} and _told(slots, star, pieces):
        return Kind.STAR
    return Kind.QA


def _letter_a_acts(pieces: list[Piece]) -> bool:
    """Whether an ``A:`` piece is a story's Action (``S: ...`` / ``T: ...`` / ``A: ...``), not the answer of a
    ``Q:`` / ``A:`` bank: the story has a Situation or Task, or no Result or Learning follows the ``A:``
    (``A: the answer`` right under its question, then only ``Result: ...``, is the answer and what it reached)."""
    for index, piece in enumerate(pieces):
        if piece.slot == "answer" and piece.label.strip(" *:").casefold() == "a":
            return any(p.slot in ("situation", "task") for p in pieces) \
                or not any(p.slot in ("result", "learning") for p in pieces[index + 1:])
    return False


def _told(slots: set[str], star: set[str], pieces: list[Piece]) -> bool:
    """Whether the Action is told as I (``"Context:"`` / ``"Problem:"`` then ``"Action: I ..."``): a story (CAR,
    PAR) told so far, its Result still to write. Asked only where it decides the kind (it renders the Action)."""
    return "action" in star and not slots & {"requirements", "discussion"} \
        and any(told_by_me(piece_text(p)) for p in pieces if p.slot == "action")


def recalled(question: str) -> bool:
    """``question`` asks the reader about what they lived through ("What challenges did you face ...?", "problems
    you hit"), not what they would do, nor a setting told before it ("You have raised it twice. How do you
    proceed?"): its answer tells the teller's own past."""
    if not question or not is_question(question):
        return False
    sentences = sentence_split(question)
    asked = next((s for s in reversed(sentences) if ends_asking(s)), sentences[-1])
    return not _SUPPOSED.search(asked) and bool(_DID_YOU.search(asked) or any(
        in_past(verb) for verb in _YOU_THEN.findall(asked)))
