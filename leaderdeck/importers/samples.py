"""Sample answers given as numbered sub-sections of a question ("### Example 1", "### Example 2"), maybe under a
heading that holds only them ("## Sample Answers"): several answers to one question, not one.

The first is the question's answer (the page's own words above the samples, in no first person, say what the
question looks for); each other one is a note of its own for the same question, as several
stories told for one question are. Sample answers headed by the band each is written for ("### Sample answer (Senior
level)", "### Sample answer (Director level)", each another band, or "### For Senior engineers" beside "### For Staff
engineers") are such samples too, each note at its band
(:mod:`.answerlevel`). A closing paragraph of the last sample that speaks to the reader about
answering, in no first person, is advice: a tip, not part of the sample.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .answerlevel import answer_band, audience_band
from .blocks import Block, PARAGRAPH, RULE
from .labels import COACH_SLOTS, slot
from .outline import Node
from .text import clean_title, is_question
from .unit import Loose, Piece, Unit
from .voice import first_person, unquoted
from ..lazyre import lazy_re

# "Example 1", "Sample Answer B", "Response #2": a word for a sample answer and its number ("Month 1" is not one)
_NUMBERED = lazy_re(r"^(?P<name>(?:(?:sample|example|model|strong|good|alternative)\s+)?"
                    r"(?:example|sample|answer|response|version))\s*#?(?P<number>\d{1,2}|[A-D])\s*[:.]?$",
                    re.IGNORECASE)
_ABOUT_ANSWERING = lazy_re(r"\b(?:answer\w*|respon(?:d|se)\w*|interview\w*|question\w*)\b", re.IGNORECASE)
# "Here's the breakdown.", "Let's break it down:": a line that only announces what the page sets out below it
_ANNOUNCES = lazy_re(r"^(?:here(?:'s|’s| is| are)|let(?:'s|’s| us))\b[^.!?:;\n]{0,50}[.:]$", re.IGNORECASE)


# "Example 1: Growth move", "Sample 2 — After a layoff", "Example 3 (for a new manager)": a number, then the
# sample's short name, which asks nothing
_NAMED_SAMPLE = lazy_re(r"^(?P<name>(?:(?:sample|example|model|strong|good|alternative)\s+)?"
                        r"(?:example|sample|answer|response|version))\s*#?(?:\d{1,2}|[A-D])"
                        r"(?:\s*[:.–—-]\s+|\s+(?=\())(?P<label>[^?\n]{2,80})$", re.IGNORECASE)


def numbered_sample(title: str) -> bool:
    """A title that only numbers a sample answer ("Example 1", "Sample Answer B"), maybe with the sample's short
    name after it ("Example 1: Growth move"): never a question of its own."""
    return bool(_NUMBERED.match(clean_title(title)) or _named_sample(title))


def _named_sample(title: str) -> re.Match[str] | None:
    """``title`` as a numbered sample's head and its short name ("Example 2: After a layoff"); ``None`` when the
    name asks ("Example 1: Tell me about a time you failed" is a question given as an example) or when ``title``
    is no numbered sample."""
    text = clean_title(title)
    if not text[:1].isalpha() or (m := _NAMED_SAMPLE.match(text)) is None:
        return None
    return None if is_question(m.group("label")) else m


def _sample_name(title: str) -> str:
    """The word naming the sample in ``title`` ("example" of "Example 1: Growth move"), ``""`` when there is none."""
    if (m := _NUMBERED.match(clean_title(title))) is not None:
        return m.group("name")
    if (m := _named_sample(title)) is not None:
        return m.group("name")
    return ""


def unasked_sample(line: int, head: str) -> Loose | None:
    """What the report says of a section headed ``head`` at ``line`` that numbers a sample answer ("### Example 1")
    with no question above it to answer; ``None`` for any other section."""
    if not head or not numbered_sample(head):
        return None
    return Loose(line, f"sample answer '{head}'", "no question above it; write the question it answers")


def samples_of(children: list[Node]) -> tuple[list[Node], list[Node]]:
    """``(the samples, the sub-sections they replace)``: two or more sub-sections named alike but for a number,
    among ``children`` or as the only sub-sections of one of them with no text of its own; ``([], [])`` when
    there are none."""
    if len(found := _alike(children)) >= 2 or len(found := _by_band(children)) >= 2:
        return found, found
    for child in children:
        if not any(b.text.strip() or b.rows for b in child.body) and len(found := _alike(child.children)) >= 2 \
                and len(found) == len(child.children) and slot(child.head.text) in (None, "answer"):
            return found, [child]
    return [], []


def _alike(children: list[Node]) -> list[Node]:
    named = [(child, _sample_name(child.head.text).strip().casefold()) for child in children if child.head is not None]
    names = [name for _, name in named if name]
    common = Counter(names).most_common(1)[0][0] if names else ""  # a tie: the name written first
    return [child for child, name in named if name and name == common]


def _by_band(children: list[Node]) -> list[Node]:
    """The sub-sections among ``children`` headed as a sample answer for a band (or by the band alone over an answer
    told as I), when two or more are and no two name the same band (two samples for one band are no choice)."""
    named = [(child, answer_band(child.head.text) or _told_for(child)) for child in children if child.head is not None]
    found = [(child, band) for child, band in named if band]
    bands = {band.casefold().rstrip("s+") for _, band in found}
    return [child for child, _ in found] if len(bands) == len(found) else []


def _told_for(child: Node) -> str:
    """The band a sub-heading names as all it says (``### For Staff engineers``) over an answer told as I or we;
    ``""`` over what tells nothing (what is expected at that band is no sample)."""
    band = audience_band(child.head.text) if child.head is not None else ""
    return band if band and any(told_by_me(b.text) for b in child.blocks()) else ""


def _band_meta(sample: Node) -> list[Piece]:
    """The level a sample's heading states, as a fact of its note; none for a sample numbered, not levelled."""
    band = answer_band(sample.head.text) or audience_band(sample.head.text) if sample.head is not None else ""
    return [Piece("level", sample.line, sample.head.text, band)] if band and sample.head is not None else []


def closing_advice(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """``(the sample, the advice closing it)``: the last paragraphs that speak about answering with no first
    person, when the sample before them has some."""
    cut = len(blocks)
    while cut > 1 and advice(blocks[cut - 1]):
        cut -= 1
    told = any(first_person(b.text) for b in blocks[:cut])
    return (blocks[:cut], blocks[cut:]) if told else (blocks, [])


def told_by_me(text: str) -> bool:
    """Text in the first person: an answer told, not advice about one."""
    return first_person(text)


def _own_words(text: str) -> bool:
    """Text above the samples told as I: an answer of the writer's own, unless its first person is only in what it
    quotes (``You can't say "I'm a perfectionist"``: the page's words about the question)."""
    return first_person(unquoted(text)) or text.lstrip()[:1] in "\"“"


def only_advice(blocks: list[Block]) -> bool:
    """Text that only speaks about answering, in no first person, between rules: the page's words, no answer."""
    return any(b.kind is not RULE for b in blocks) \
        and all(b.kind is RULE or advice(b) for b in blocks)


def advice(block: Block) -> bool:
    """A paragraph that speaks about answering in no first person ("Here is how to structure a strong response."),
    or only announces what follows it ("Here's the breakdown.")."""
    return block.kind is PARAGRAPH and not block.lead and bool(_ABOUT_ANSWERING.search(block.text)
                                                               or _ANNOUNCES.match(block.text.strip())) \
        and not first_person(block.text)


def _remarks(blocks: list[Block]) -> tuple[list[Block], Piece | None]:
    """``(the sample, the coaching closing it)``: a coaching label after the sample's text (``**Why it works:**``
    over a list) and all below it say what the sample shows, never words of the answer; ``None`` when there is
    no such label."""
    for i, block in enumerate(blocks):
        if i and block.kind is PARAGRAPH and block.lead and not block.quoted \
                and (label := slot(block.lead)) in COACH_SLOTS:
            kept = [*([replace(block, text=block.rest, lead="", rest="")] if block.rest.strip() else []),
                    *blocks[i + 1:]]
            return blocks[:i], Piece(label, block.line, label=block.lead, blocks=kept)
    return blocks, None


def sample_units(unit: Unit, samples: list[Node], hints: list[str], meta: list[Piece]) -> list[Unit]:
    """Numbered sample answers of ``unit``'s question: the first its answer, each other one a note for the
    same question; advice closing the last, a tip; a coaching label closing a sample (``**Why it works:**``),
    that sample's coaching."""
    texts, remarks = [], []
    for sample in samples:  # each sample without its heading
        text, remark = _remarks(sample.blocks())
        texts.append(text)
        remarks.append([remark] if remark is not None else [])
    texts[-1], advice = closing_advice(texts[-1])
    for piece in unit.pieces:
        if piece.slot is None and not any(_own_words(b.text) for b in piece.blocks):
            piece.slot = "signals"  # the page's own words above its samples: what the question looks for
    unit.pieces.append(Piece(None, samples[0].line, blocks=texts[0]))
    unit.pieces.extend(remarks[0])
    unit.meta = [*unit.meta, *_band_meta(samples[0])]  # "### Sample answer (Senior level)": the note's level
    if advice:
        unit.pieces.append(Piece("tips", advice[0].line, blocks=advice))
    return [Unit(sample.line, question=unit.question, sample_of=unit.line, hints=list(hints),
                 meta=[*meta, *_band_meta(sample)], pieces=[Piece(None, sample.line, blocks=text), *remark])
            for sample, text, remark in zip(samples[1:], texts[1:], remarks[1:])]
