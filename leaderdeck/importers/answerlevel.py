"""A sample answer whose label names the level it is written for: ``## Sample answer (Director level)``,
``**Answer — VP edition**``, ``### Model answer for a staff engineer``; or, under a question, sub-headings naming
only the band each answer is for (``### For Senior engineers`` beside ``### For Staff engineers``).

A coaching page often gives its sample answer for one band, or one sample per band under the same question. The
band the label names is the level of the note that answer makes (the report says which label stated it): one
labelled sample sets its question's level; several, each naming another band, make a note per band for the same
question (:mod:`.samples`; bold labels opening paragraphs, ``**Senior answer:** ...`` then ``**Staff answer:**
...``, :func:`band_paragraphs`), each with the page's coaching of that question (:func:`share_coaching`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .base import Parsed
from .blocks import Block, PARAGRAPH
from .unit import Piece, Unit
from .labels import slot
from .text import clean_title
from ..lazyre import lazy_re

# the band's words: "Director", "VP", "Staff+", "Senior Manager", "engineering managers", "Head of Engineering"
_BAND = (r"(?:(?:senior|sr\.?|staff|principal|engineering|eng|people|first[- ]time)\s+)?"
         r"(?:managers?|EMs?|directors?|VPs?|staff\+?|principals?|seniors?|executives?|CTOs?|tech\s+leads?"
         r"|heads?\s+of\s+engineering)")
# what may follow the band: "level", "edition", "engineer(s)", "version", "track", "candidate(s)"
_AFTER = r"(?:[\s-]+(?:level|edition|version|track|engineers?|candidates?|ics?|roles?))?\+?"
# "Sample answer (Director level)", "Answer — VP edition", "Model answer for a staff engineer", "Answer: EM",
# "Sample answer at senior level": the answer's words, then the band in brackets, after a dash or colon, or "for"
_AFTER_ANSWER = lazy_re(rf"\b(?:answers?|responses?|examples?|versions?)\s*(?:\(\s*(?:for\s+)?(?:an?\s+|the\s+)?"
                        rf"(?P<bracketed>{_BAND}){_AFTER}\s*\)|(?:—|–|:|-|\bfor\b|\bat\b)\s*(?:an?\s+|the\s+)?"
                        rf"(?P<named>{_BAND}){_AFTER})\s*[:.]?$", re.IGNORECASE)
# "Director-level answer", "VP version of the answer", "Staff+ sample answer": the band first
_BEFORE_ANSWER = lazy_re(rf"^(?P<band>{_BAND}){_AFTER}\s+(?:(?:sample|example|model)\s+)?(?:answer|response)s?\s*:?$",
                         re.IGNORECASE)
# "For Staff engineers", "As a director", "Senior", "Staff+ level": a heading naming only whom the text under it
# is for; under a question, beside another naming another band, that band's answer
_AUDIENCE = lazy_re(rf"^(?:(?:for|as)\s+(?:an?\s+|the\s+)?)?(?P<band>{_BAND}){_AFTER}\s*:?$", re.IGNORECASE)
_OTHER_ROLE = lazy_re(r"\b(?:hiring|product|program|project|account|your|my|the)\s+managers?\b", re.IGNORECASE)


def answer_band(label: str) -> str:
    """The band an answer's label names (``"Sample answer (Director level)"`` -> ``"Director"``), or ``""`` when
    the label names no band or is no answer's label (``"Strong answer"``, ``"Questions for directors"``)."""
    if not label or len(label) > 80:
        return ""
    title = clean_title(label).strip(" *_:")
    if _OTHER_ROLE.search(title):  # "Answer for the hiring manager": whom it is said to, not a band
        return ""
    match = _AFTER_ANSWER.search(title) or _BEFORE_ANSWER.match(title)
    if match is None:
        return ""
    band = next(value for value in match.groupdict().values() if value)
    if _BEFORE_ANSWER.match(title) is None and slot(title) != "answer":
        return ""  # "Questions (for directors)": the band of something other than an answer
    return _singular(band)


def audience_band(title: str) -> str:
    """The band a heading names as all it says (``"For Staff engineers"`` -> ``"Staff"``, ``"Director level"``), or
    ``""``; read only of the sub-headings of a question, where it says for whom the answer under it is."""
    title = clean_title(title).strip(" *_:")
    if len(title) > 60 or _OTHER_ROLE.search(title):
        return ""
    match = _AUDIENCE.match(title)
    return _singular(match.group("band")) if match else ""


def _singular(band: str) -> str:
    """The band's words on one line, its last word without a plural's s (``"Engineering Managers"`` -> ``"Engineering
    Manager"``, ``"VPs"`` -> ``"VP"``) as the taxonomy names one."""
    band = " ".join(band.split())
    return band[:-1] if len(band) >= 3 and band[-1] in "sS" and band[-2] not in "sS" else band


def labelled_by(label: str) -> tuple[tuple[str, str], ...]:
    """The note's evidence for a level an answer's label states: what the report names."""
    return (("level", f"the answer's label '{clean_title(label).strip(' *_:')}'"),)


LABELLED = "the answer's label "  # how evidence from an answer's label opens


def share_coaching(notes: list[Parsed]) -> list[Parsed]:
    """Each further sample of a question written for another band (its note's ``sample_of`` the question's line,
    its level from its label) with the coaching the question's first note was given, when it has none of its own:
    what the interviewer looks for does not change with the band the sample is for."""
    first = {note.line: note for note in notes if not note.sample_of}
    out = []
    for note in notes:
        asked = first.get(note.sample_of) if note.sample_of else None
        if asked is not None and any(where.startswith(LABELLED) for _, where in note.evidence) \
                and not (note.coach.signals or note.coach.tips or note.coach.cheat_code):
            note = replace(note, coach=asked.coach)
        out.append(note)
    return out


def band_paragraphs(units: list[Unit]) -> list[Unit]:
    """``units`` with each question whose unlabelled text is paragraphs opened by bold labels of answers for two
    bands or more (``**Senior answer:** ...``, ``**Staff answer:** ...``, each band once, the first of them opening
    the text) split into a unit per band: the first keeps the question's coaching, each other one answers the same
    question (``sample_of``), the text after each label up to the next its answer, the band its level."""
    out: list[Unit] = []
    for unit in units:
        out.append(unit)
        if unit.question.strip() and not unit.sample_of:
            out.extend(_split(unit))
    return out


def _split(unit: Unit) -> list[Unit]:
    """The further units of ``unit``'s answers by band (see :func:`band_paragraphs`); ``[]`` when it has none."""
    loose = [p for p in unit.pieces if p.slot is None]
    blocks = [b for p in loose for b in p.blocks if b.text.strip() or b.rows]
    if len(blocks) < 2 or any(p.rest.strip() for p in loose):
        return []
    led = [(index, band) for index, block in enumerate(blocks)
           if block.kind is PARAGRAPH and block.lead and (band := answer_band(block.lead))]
    bands = {band.casefold() for _, band in led}
    if len(led) < 2 or len(bands) != len(led) or led[0][0] != 0:
        return []
    groups = [(blocks[at].lead, band, blocks[at:nxt])
              for (at, band), nxt in zip(led, [*(i for i, _ in led[1:]), len(blocks)])]
    unit.pieces = [p for p in unit.pieces if p.slot is not None]
    (label, band, first), rest = groups[0], groups[1:]
    unit.pieces.append(Piece(None, first[0].line, blocks=_unlabelled(first)))
    unit.meta = [*unit.meta, Piece("level", first[0].line, label, band)]
    return [Unit(text[0].line, question=unit.question, sample_of=unit.line, hints=list(unit.hints),
                 meta=[*unit.meta[:-1], Piece("level", text[0].line, lead, level)],
                 pieces=[Piece(None, text[0].line, blocks=_unlabelled(text))])
            for lead, level, text in rest]


def _unlabelled(blocks: list[Block]) -> list[Block]:
    """A sample's paragraphs, its first without the bold label that named its band."""
    head = blocks[0]
    return [replace(head, text=head.rest, lead="", rest=""), *blocks[1:]]
