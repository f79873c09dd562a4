"""Advice to the reader nested under a question that a list item asks: that question's tips, the note a draft.

A guide lists what to prepare as items, some of them questions, and nests its advice under each::

    - Why this team?
        - This is no formality for us: we want to know what drew you here.
        - Read up on the team before the call.
    - How do you handle a project that failed?
        - Be ready with a case where the results fell short.
        - What did you change afterwards?

What is nested under such a question speaks to the reader: every item at its outer level gives advice (it opens
with an imperative) or speaks to "you", and may ask the reader ("What did you change afterwards?", a prompt),
while at least one item is plain advice rather than a question. Nothing in it is told as "I" (an interviewer's
"we" may explain what they look for; quotations aside), nothing is quoted or labelled. Such a list is the
question's tips, not its answer, even where the stricter rule for a heading's advice (:mod:`.advice`: no "we", no
question in the list) would not take it.

So is a lone paragraph under any question whose every sentence, two or more, advises the reader (an imperative or
words to "you") and none asks or tells as "I" or "we" (``Don't run the others down. Tie your record to what the
team needs.``): :func:`advice_paragraph`. A coaching page often writes that paragraph last, after paragraphs on
what the question tests (``Interviewers ask this to see ...``, read as coaching on their own): with nothing else
under the question, those paragraphs are its coaching and the advice its tips, the note a draft, rather than the
advice standing as the answer: :func:`coached_advice`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .advice import ADVICE_START
from .blocks import Block, PARAGRAPH, ITEM
from .labels import slot
from .leadcoaching import coaching_lead, coaching_slot
from .text import ends_asking, is_instruction, is_question, plain_words, sentence_split
from .unit import Piece, Unit
from .voice import as_me, first_person, to_you, unquoted
from ..lazyre import lazy_re


def item_advice(unit: Unit, content: Sequence[Piece]) -> bool:
    """Whether ``content`` (a note's unlabelled text) is advice nested under the list item that asks ``unit``'s
    question (see the module docstring)."""
    if not unit.from_item or unit.sections or not content \
            or any(p.slot is not None or p.rest.strip() for p in content):
        return False
    filled = [b for p in content for b in p.blocks if b.text.strip() or b.rows]
    if not filled or any(b.kind is not ITEM or b.quoted or b.rows for b in filled):
        return False
    if any(as_me(unquoted(plain_words(b.text))) for b in filled):
        return False  # "I moved the team ...": told, an answer
    outer = min(b.indent for b in filled)
    tops = [b for b in filled if b.indent == outer]
    if any(b.lead and slot(b.lead) for b in tops):
        return False  # "- **Situation:** ...": a labelled part
    return all(_speaks_to_reader(b) for b in tops) and any(not is_question(_flat(b)) for b in tops)


def _flat(block: Block) -> str:
    """The words of ``block`` on one line, without Markdown marks."""
    return " ".join(plain_words(block.text).split())


def _speaks_to_reader(block: Block) -> bool:
    """An item of advice (an imperative) or words to "you" (a prompt to the reader among them)."""
    text = _flat(block)
    if not text:
        return False
    if ends_asking(text, "\"”’)"):
        return to_you(unquoted(text))  # "What did you learn?": a prompt to the reader
    return bool(ADVICE_START.match(text) and not _NAMES.match(text) or is_instruction(text)
                or to_you(unquoted(text)))


# "Go and Postgres at work", "Rust, Go and Postgres": a word that could be an imperative, joined to a name after
# it, names a thing among others (a language, a tool); "Go and ask your lead" stays advice
_NAMES = lazy_re(r"^\w+\s*(?:,|&|/|\band\b|\bor\b)\s*[A-Z]")


def coached_advice(unit: Unit, content: Sequence[Piece]) -> list[Piece] | None:
    """The coaching pieces of ``content`` (a note's unlabelled text) when it is two or more paragraphs, under a
    question with nothing else, each but the last coaching on its own and the last advice (:func:`_advises`, its
    first sentence and most of the others): the
    first ones its coaching, the last its tips; ``None`` otherwise."""
    if unit.sections or not content or any(p.slot is not None or p.rest.strip() for p in content):
        return None
    filled = [b for p in content for b in p.blocks if b.text.strip() or b.rows]
    if len(filled) < 2 or any(b.kind is not PARAGRAPH or b.quoted or b.lead for b in filled):
        return None
    if not all(coaching_lead(b.text) for b in filled[:-1]) or not _advises(filled[-1], most=True):
        return None
    return [*(Piece(coaching_slot(b.text), b.line, rest=_flat(b)) for b in filled[:-1]),
            Piece("tips", filled[-1].line, blocks=[filled[-1]])]


def advice_paragraph(unit: Unit, content: Sequence[Piece]) -> bool:
    """Whether ``content`` (a note's unlabelled text) is one paragraph, under a question with nothing else, every
    sentence of which advises the reader (an imperative, or words to "you"), told by no "I" and asking nothing."""
    if unit.sections or not content or any(p.slot is not None or p.rest.strip() for p in content):
        return False
    filled = [b for p in content for b in p.blocks if b.text.strip() or b.rows]
    if len(filled) != 1 or filled[0].kind is not PARAGRAPH or filled[0].quoted or filled[0].lead:
        return False
    return _advises(filled[0])


def _advises(block: Block, most: bool = False) -> bool:
    """Whether every sentence of ``block``, two or more, advises the reader (an imperative, or words to "you"),
    told by no "I" and asking nothing; with ``most``, its first sentence and most of the others do (``The "Result"
    must be positive.`` among the orders)."""
    advising = _advising(_flat(block))
    return bool(advising) and (all(advising) or most and advising[0] and 2 * sum(advising) > len(advising))


def advises_you(text: str) -> bool:
    """Whether every sentence of ``text``, two or more, advises the reader and one speaks to "you" at least
    (``Be honest. Pick a real gap and say what you are doing about it.``), told by no "I" and asking nothing: how
    to answer, never steps of an answer given as orders (``Listen first. Agree on the goal.``)."""
    flat = " ".join(plain_words(text).split())
    return all(_advising(flat) or [False]) and to_you(unquoted(flat))


def _advising(text: str) -> list[bool]:
    """For each sentence of ``text`` (words on one line), whether it advises the reader; ``[]`` when ``text`` is
    told as I, asks, or is one sentence."""
    if first_person(unquoted(text)) or ends_asking(text, "\"”’)"):
        return []
    sentences = [s for s in sentence_split(text) if s.strip()]
    if len(sentences) < 2 or any(ends_asking(s, "\"”’)") for s in sentences):
        return []
    return [bool(ADVICE_START.match(s) or is_instruction(s) or to_you(unquoted(s))) for s in sentences]
