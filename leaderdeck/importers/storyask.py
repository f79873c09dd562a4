"""The prompt a story answers, written as a paragraph of its own between the story's name and its first part.

A personal story bank often copies the form it prepares for: ``## Career Moves`` over ``Think about the moves
you've made so far. Write about recent ones.`` over ``*Situation*`` ... . That paragraph is not the teller's story
but what it answers: it speaks to the reader about the reader's own past ("you've made", "you have led") and
prompts (``Write about ...``, ``Think about ...``, ``Consider ...``, ``Describe ...``) or asks. It becomes the
story's question; the heading stays the story's name. Advice above the parts ("Keep it under two minutes") speaks
of no past of the reader's and stays as it was read. A question set apart as a quotation there (``> *"Describe a
time you had to disappoint your team."*``) is the question too, however it is worded, when it asks and tells
nothing as I: a bank that quotes the interviewer's words over the story told for them.

An answer with no STAR parts is read alike: ``## Growth at Acme`` over ``Write about what a year here would help
you become.`` over the writer's answer told as I. The prompt (it opens with ``Write about``, ``Describe``,
``Tell me about``, ``Escribe sobre`` ... and speaks to the reader), whatever ends it, is the question; the heading,
which asks nothing, names the note.
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import PARAGRAPH
from .content import piece_text
from .labels import STORY_SLOTS
from .leadcoaching import to_you_es, told_by_me
from .text import QUESTION_MARKS, is_question, plain_words, strip_emphasis, unquote, words
from .unit import Piece
from .voice import first_person, to_you
from ..lazyre import lazy_re

# "Write about ...", "Think about ...", "Consider ...", "Describe ...", "Tell us about ...", "Reflect on ..."
_PROMPTS = lazy_re(r"^(?:please\s+)?(?:write|think|reflect|consider|describe|tell\s+(?:us|me)|share|recall"
                   r"|talk)\b", re.IGNORECASE)
# the same in Spanish: "Escribe sobre ...", "Piensa en ...", "Cuéntanos ...", "Describe ..."
_PROMPTS_ES = lazy_re(r"^(?:por favor,?\s+)?(?:escribe|piensa|reflexiona|considera|describe|cu[eé]nta(?:nos|me)"
                      r"|comparte|recuerda|habla)\b", re.IGNORECASE)
# the reader's own past: "you've made", "you have led", "you’ve encountered", "a time you led", "you worked"
_YOUR_PAST = lazy_re(r"\byou(?:'ve|’ve|\s+have|\s+had|\s+\w+ed)\b|\b(?:times?|moments?|occasions?)\s+(?:when\s+|that\s+)?"
                     r"you\b", re.IGNORECASE)
_MAX_WORDS = 80
# "Tell me about ...", "Walk us through ...", "Describe a time ...": the interviewer's request (its "me" is no
# teller speaking as I)
_REQUESTED = lazy_re(r"\b(?:(?:tell|give|walk|show|talk|take)\s+(?:me|us)\b|describe\s+(?:a|an|one)\s)",
                     re.IGNORECASE)


def asked_above(pieces: list[Piece]) -> tuple[str, list[Piece]]:
    """``(question, pieces)``: the one unlabelled paragraph above a story's first part that prompts the reader
    about their own past, as the story's question, and the pieces without it; ``("", pieces)`` when there is
    none."""
    first = min((p.line for p in pieces if p.slot in STORY_SLOTS and not p.empty), default=None)
    above = [p for p in pieces if first is not None and p.line < first and not p.empty]
    if len(above) != 1 or above[0].rest.strip() or above[0].slot is not None and not _quotation(above[0]):
        return "", pieces
    texts = [b for b in above[0].blocks if b.text.strip()]
    if len(texts) != 1 or texts[0].kind is not PARAGRAPH or texts[0].lead:
        return "", pieces
    text = " ".join(texts[0].text.split())
    if texts[0].quoted:  # '> *"Describe a time you ...?"*': the interviewer's words, quoted over the story
        asked = unquote(strip_emphasis(unquote(text)))
        return (asked, [p for p in pieces if p is not above[0]]) \
            if words(asked) <= _MAX_WORDS and is_question(asked) and not first_person(asked) else ("", pieces)
    flat = plain_words(text)
    asks = text.rstrip().endswith(QUESTION_MARKS)
    if words(flat) > _MAX_WORDS or first_person(_REQUESTED.sub("", flat)) \
            or not (_YOUR_PAST.search(text) and (_PROMPTS.match(flat.strip()) or asks)
                    or asks and _REQUESTED.search(flat)):  # "As an SRE, you ... Tell me about ... How did you ...?"
        return "", pieces
    return text, [p for p in pieces if p is not above[0]]


def _quotation(piece: Piece) -> bool:
    """Whether ``piece`` is a quotation with no label, read as a tip until it is seen to ask."""
    return piece.slot == "tips" and not piece.label and all(b.quoted for b in piece.blocks if b.text.strip())


def asked_under_name(head: str, pieces: list[Piece]) -> tuple[str, list[Piece]]:
    """``(question, pieces)``: under a heading that names an answer without asking (``Growth at Acme``), the
    first paragraph when it prompts the reader (``Write about what ... would help you become.``, ``Describe ...``,
    ``Tell me about ...``), whatever ends it, and the writer's answer told as I follows it: the prompt is the
    question, the heading the answer's name; ``("", pieces)`` otherwise."""
    if not head or is_question(head) or _PROMPTS.match(plain_words(head).strip()):
        return "", pieces
    texts = [p for p in pieces if p.slot in (None, "answer") and not p.empty]
    if not texts or texts[0].slot is not None or texts[0].rest.strip() or texts[0].label:
        return "", pieces
    blocks = [b for b in texts[0].blocks if b.text.strip() or b.rows]
    prompt = blocks[0] if blocks else None
    if prompt is None or prompt.kind is not PARAGRAPH or prompt.quoted or prompt.lead:
        return "", pieces
    text = " ".join(prompt.text.split())
    if not prompts_reader(text):
        return "", pieces
    after = [b.text for b in blocks[1:]] + [piece_text(p) for p in texts[1:]]
    if not any(told_by_me(t) for t in after):
        return "", pieces
    rest = dataclasses.replace(texts[0], blocks=[b for b in texts[0].blocks if b is not prompt])
    return text, [rest if p is texts[0] else p for p in pieces]


def prompts_reader(text: str) -> bool:
    """Whether ``text`` (a paragraph) prompts the reader to answer (``Write about what ... would help you
    become.``, ``Describe ...``, ``Escribe sobre ...``): it opens with a prompt, speaks to "you" ("tú") and tells
    nothing as I."""
    flat = " ".join(plain_words(text).split())
    if words(flat) > _MAX_WORDS or told_by_me(flat):
        return False
    return bool(to_you(flat) and _PROMPTS.match(flat) or to_you_es(flat) and _PROMPTS_ES.match(flat))
