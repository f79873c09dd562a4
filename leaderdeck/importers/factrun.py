"""Label lines that carry on a fact's run: ``**Amazon LP**: Ownership, Deliver Results`` and, on the lines right
under it, ``**Google**: Leadership, Collaboration`` and ``**Microsoft**: One Microsoft``.

A question's facts are often mapped company by company, a line each. The first line's label names the fact
(competencies, tags); the lines after it are labelled by where their values hold, words of no label of ours, and
list short names. Such lines, running on with no blank line between, are more of the same fact: their values
join it, never the question's answer. A line after them that says something (a sentence, a question) ends the run.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH
from .labels import slot
from .principlelists import listed_names
from .text import QUESTION_MARKS
from .unit import Piece

_FACTS = frozenset({"competencies", "tags"})


def fact_runs(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with the label lines that carry on a fact's run (see the module) read as that fact."""
    out: list[Piece] = []
    for piece in pieces:
        fact = out[-1] if out else None
        if fact is None or fact.slot not in _FACTS or piece.slot is not None or not piece.blocks:
            out.append(piece)
            continue
        last = max(fact.line, *(b.end for b in fact.blocks)) if fact.blocks else fact.line
        run: list[Block] = []
        for block in piece.blocks:
            if block.line != last + 1 or not _listed(block):
                break
            run.append(block)
            last = block.end
        out.extend(Piece(fact.slot, block.line, block.lead, block.rest, indent=block.indent) for block in run)
        if rest := piece.blocks[len(run):]:
            out.append(Piece(piece.slot, rest[0].line, piece.label, "" if run else piece.rest, rest,
                             indent=piece.indent) if run else piece)
    return out


def _listed(block: Block) -> bool:
    """A line labelled by a name of no label of ours, over a short list of names (a sentence ends the run)."""
    if block.kind is not PARAGRAPH or not block.lead or slot(block.lead) is not None:
        return False
    rest = block.rest.strip()
    return not rest.endswith((".", "!", *QUESTION_MARKS)) and bool(listed_names(rest))
