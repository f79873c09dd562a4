"""A scenario named by its heading, told in a paragraph, with the points the writer means to cover.

A prep file keeps a scenario or two of its own: ``## Scenario: inherited team in trouble``, a paragraph setting
the scene (``You join as the new manager of a team that ...``) and a labelled list of what to bring up
(``Things to cover:`` over ``- First 30 days: listen ...``, or the list alone). That is a scenario, not a question
and answer: the name its title, the paragraphs its situation and the list's items its discussion points. Only that
shape counts: a short name after the word, no question, paragraphs and then one list closing the section.
"""

from __future__ import annotations

from itertools import takewhile

from .blocks import ITEM, PARAGRAPH
from .unit import Piece
from .unasked import names_scenario

_NAME_WORDS = 12  # a scenario's name: a few words


def named_scene(pieces: list[Piece]) -> list[Piece] | None:
    """``pieces`` as a scenario's (see the module's docstring), or ``None`` when they do not have that shape."""
    if len(pieces) < 2 or pieces[0].slot != "scenario" or not names_scenario(pieces) or pieces[0].blocks:
        return None
    name = pieces[0].rest.strip()
    if not name or len(name.split()) > _NAME_WORDS or name.endswith((".", "?", "!", ":")):
        return None
    blocks = [b for p in pieces[1:] for b in p.blocks]
    labelled = [p for p in pieces[1:] if p.slot is not None or p.label]
    if len(labelled) > 1 or labelled and (labelled[0] is not pieces[-1] or labelled[0].slot not in ("tips", None)
                                          or labelled[0].rest.strip()) \
            or any(p.slot is None and not p.label and not p.blocks for p in pieces[1:]):
        return None  # one label at most, over the closing list, and nothing but text under it
    scene = list(takewhile(lambda b: b.kind is PARAGRAPH and not b.text.rstrip().endswith(":"), blocks))
    rest = blocks[len(scene):]
    label = labelled[0].label if labelled else ""
    if rest and rest[0].kind is PARAGRAPH and not label and rest[0].lead and rest[0].text.rstrip().endswith(":"):
        label, rest = rest[0].lead, rest[1:]  # "Points to make:" over the list: its heading
    if not scene or not rest or not all(b.kind is ITEM for b in rest):
        return None
    return [pieces[0], Piece("scenario", scene[0].line, blocks=scene),
            Piece("discussion", rest[0].line, label, blocks=rest)]


def points_after_ask(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with a list of the writer's own after the scenario's ask (``What do you do?`` over ``- Talk to the
    customer``), unlabelled and nothing but plain items at one depth, read as its discussion points, not more of
    its situation."""
    asked = next((p.line for p in pieces if p.slot == "task"), None)
    if asked is None:
        return pieces
    return [Piece("discussion", p.line, blocks=p.blocks, indent=p.indent)
            if p.slot is None and not p.label and p.line > asked and _flat_points(p.blocks) else p for p in pieces]


def _flat_points(blocks: list) -> bool:
    """A flat list of plain items: no item set in bold as a label over a list of its own (``- **Case File
    Assets:**`` over the case's materials, which are its scene)."""
    return bool(blocks) and all(b.kind is ITEM and b.indent == blocks[0].indent
                                and not b.text.lstrip().startswith(("**", "__")) for b in blocks)
