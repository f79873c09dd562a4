"""Unlabelled text cut at its title lines (:mod:`.told`): a titled run told in the first person, or terse notes of
what was done under a story's name, is a story of its own; a titled run that is not is reported under its title.
Text told under a page's "About Me" label answers "Tell me about yourself."; the titled runs after it are read
the same way. In plain text, when two titled runs or more are stories, a sibling run in the teller's own voice
that tells no past (``come together (strength):`` over ``- I really enjoy ...``) is one too: a group of the
same bank, answered in the present; so is a sibling run titled by a question without its mark (``why rivian:``
over the teller's reasons): a question of the bank, the run its answer. A plain-text run whose title numbers it in
a series with a story's title (``Project that went well #2`` after ``Project that went well #1`` told as a story) is
a story of that series however tersely its notes are written."""

from __future__ import annotations

import re

from .aboutinterview import guide_essay
from .blocks import Block, PARAGRAPH, ITEM
from .jobsearch import tells_the_search
from .labels import normalise
from .text import is_question
from .told import is_noted, is_told, names, runs, title_text
from .unit import UNASKED, Loose, Piece, Unit
from .voice import first_person, to_you, unquoted
from ..lazyre import lazy_re

# a page's label for its teller ("About Me", "About myself"): what follows, told, answers the usual opening question
_ABOUT_TELLER = lazy_re(r"^about (?:me|myself)$")
_YOURSELF = "Tell me about yourself."
# a question word and more, no question mark: "why rivian", "what I want next", "por qué acme"
_UNMARKED = lazy_re(r"^(?:why|what|how|when|where|which|who|por qu[eé]|qué|cómo|cuándo|dónde|cuál)"
                    r"\s+\w[^?？]*$", re.IGNORECASE)
_SIBLINGS = 2  # titled runs told as stories that make a plain-text bank of the teller's groups
# "Tech project that went well #2", "Outage story 3", "Failure #1 - delegation": a title numbered in a series
_NUMBERED = lazy_re(r"^(?P<series>\D*?\S)\s*(?:#|no\.?\s*)?\d{1,2}\b", re.IGNORECASE)


def tell(pieces: list[Piece], head: tuple[int, str] | None, hints: list[str],
         meta: list[Piece]) -> tuple[list[Unit], list[Piece], list[Loose]]:
    """Unlabelled text cut at its title lines: each titled run told in the first person is a story of its own
    (:mod:`.told`), a run that is not is reported under its title. ``head`` names the text before any title
    line (a section that holds nothing else): ``(line, title)``. The stories, the pieces left, and the runs
    reported."""
    stories: list[Unit] = []
    held: list[Unit] = []  # plain-text groups in the first person that tell no past: stories when siblings are
    numbered: list[Unit] = []  # plain-text groups titled as one of a numbered series: stories when a story is one
    left: list[Piece] = []
    loose: list[Loose] = []
    last: Unit | None = None  # the story told by the piece before, closed by the reflections after it
    for index, piece in enumerate(pieces):
        about = piece.slot == "noise" and _ABOUT_TELLER.match(normalise(piece.label)) and not piece.rest
        if last is not None and piece.slot == "learning" and not piece.empty:
            last.pieces.append(piece)  # "*Lesson:* ..." or "**What could have gone better:** ..." after the story
            continue
        last = None
        if piece.slot is not None and not about or piece.empty:
            left.append(piece)
            continue
        closed = _closed_by_reflection(pieces[index + 1:])
        piece_runs = runs(piece.blocks)
        for position, run in enumerate(piece_runs):
            if about and run.title is None and is_told(run.blocks):  # "About Me" over what the teller did
                stories.append(Unit(piece.line, question=_YOURSELF, title=piece.label.strip(" :"), hints=list(hints),
                                    meta=list(meta), pieces=[Piece(None, run.blocks[0].line, blocks=run.blocks)]))
                continue
            name = run.name or (head[1] if head else "")
            least = 1 if run.title is not None and run.title.plain else 2  # plain text: "Experiences" names a story
            closes = closed and position == len(piece_runs) - 1  # the piece's last run, a reflection right after it
            if name and not guide_essay(name, run.blocks) and not tells_the_search([b.text for b in run.blocks]) \
                    and (names(name, least=least) and is_told(run.blocks, closes) or is_noted(name, run.blocks)):
                line = run.title.line if run.title is not None else head[0]
                head = head if run.title is not None else None  # it names one run, the first
                stories.append(Unit(line, title=name, hints=list(hints), meta=list(meta),
                                    pieces=[Piece(None, run.blocks[0].line, blocks=run.blocks)]))
                last = stories[-1] if closes else None
            elif run.title is None:
                left.append(Piece(None, run.blocks[0].line, blocks=run.blocks))
            elif run.blocks and run.title.plain and names(name, least=1) and speaks_as_teller(run.blocks):
                held.append(Unit(run.title.line, title=name, hints=list(hints), meta=list(meta),
                                 pieces=[Piece(None, run.blocks[0].line, blocks=run.blocks)]))
            elif run.blocks and run.title.plain and unmarked_ask(name, run.blocks):  # "why rivian:" over my reasons
                held.append(Unit(run.title.line, question=name, hints=list(hints), meta=list(meta),
                                 pieces=[Piece(None, run.blocks[0].line, blocks=run.blocks)]))
            elif run.blocks and run.title.plain and names(name, least=1) and series(name):
                numbered.append(Unit(run.title.line, title=name, hints=list(hints), meta=list(meta),
                                     pieces=[Piece(None, run.blocks[0].line, blocks=run.blocks)]))
            elif run.blocks:
                loose.append(Loose(run.title.line, f"text under '{title_text(run.title)}'",
                                        UNASKED))
    told_series = {series(story.title) for story in stories if story.title} - {""}
    stories.extend(unit for unit in numbered if series(unit.title) in told_series)  # "... #2" after "... #1" told
    loose.extend(Loose(unit.line, f"text under '{unit.title}'", UNASKED) for unit in numbered
                 if series(unit.title) not in told_series)
    if sum(1 for story in stories if story.title) >= _SIBLINGS:  # the teller's bank: its groups in the first person
        stories = sorted([*stories, *held], key=lambda unit: unit.line)
    else:
        loose = sorted([*loose, *(Loose(unit.line, f"text under '{unit.title or unit.question}'", UNASKED)
                                     for unit in held)],
                       key=lambda item: item.line)
    return stories, left, loose


def series(title: str) -> str:
    """The series a title numbers itself in (``Tech project that went well #2``: ``tech project that went well``);
    ``""`` for a title with no number after its words."""
    found = _NUMBERED.match(title.strip())
    return " ".join(found["series"].casefold().split()) if found else ""


def _closed_by_reflection(after: list[Piece]) -> bool:
    """Whether the pieces right after a run of told text open with a reflection of the teller's own (a learning
    label over its text: ``*What could have gone better:* ...``), which closes a story rather than heading text."""
    return bool(after) and after[0].slot == "learning" and not after[0].empty


def speaks_as_teller(blocks: list[Block]) -> bool:
    """Whether a titled run speaks in the teller's own voice, whatever its tense: a third of its lines or
    paragraphs or more say "I", "my" or "we" outside quotes, none of them labelled."""
    texts = [b.text for b in blocks if b.kind in (PARAGRAPH, ITEM) and b.text.strip()]
    if not texts or any(b.lead for b in blocks):
        return False
    return sum(1 for text in texts if first_person(unquoted(text))) * 3 >= len(texts)


def unmarked_ask(title: str, blocks: list[Block]) -> bool:
    """Whether a titled run is a question asked without its mark (``why rivian:``, ``what excites me``: a
    question word and more) over the teller's notes answering it: lines or paragraphs, none labelled, none
    asking, fewer than half speaking to the reader."""
    texts = [b.text for b in blocks if b.kind in (PARAGRAPH, ITEM) and b.text.strip()]
    if not _UNMARKED.match(title.strip()) or not texts or any(b.lead for b in blocks):
        return False
    return not any(is_question(text.split("\n")[0]) for text in texts) \
        and sum(1 for text in texts if to_you(unquoted(text))) * 2 < len(texts)
