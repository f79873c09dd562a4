"""Follow-up questions set out one to a sub-heading, each over the answer to give.

A coaching page often closes a story with the follow-ups to expect, each a heading of its own over what to say:

    ## Common Follow-up Questions
    ### Q: "Why not go over your manager's head?"
    **What to say:**
    - It would have cost the trust I was building
    - I kept notes in case it came to that

Read item by item, each line became a follow-up of its own ("Follow-up: **Q: ...**", "Follow-up: It would have
cost ...") and the card listed a dozen follow-ups where the page has one. Here each asking sub-heading is one
follow-up: its question, without its ``Q:`` label, quotes or emphasis, then after a dash what the page says to
answer, its lines joined with semicolons (a line that leads into the next with a colon, by a space). Text above
the first such heading is read as before.
"""

from __future__ import annotations

from .blocks import HEADING
from .content import entries
from .questions import without_question_label
from .text import clean_title, is_question
from .unit import Piece


def answered_follow_ups(piece: Piece) -> list[str] | None:
    """The follow-ups of ``piece`` (a follow-ups piece) when asking sub-headings set them out, one entry each, its
    answer after it; ``None`` when no sub-heading asks (the piece is read item by item)."""
    starts = [i for i, b in enumerate(piece.blocks) if b.kind is HEADING and is_question(b.text)]
    if not starts:
        return None
    out = entries(Piece(piece.slot, piece.line, rest=piece.rest, blocks=piece.blocks[:starts[0]]))
    for at, end in zip(starts, [*starts[1:], len(piece.blocks)]):
        asked = clean_title(without_question_label(clean_title(piece.blocks[at].text)))
        body = entries(Piece(piece.slot, piece.blocks[at].line, blocks=piece.blocks[at + 1:end]))
        said = _joined([" ".join(line.split()) for entry in body for line in entry.split("\n") if line.strip()])
        out.append(f"{asked} — {said}" if said else asked)
    return out


def _joined(lines: list[str]) -> str:
    """Lines on one line: semicolons between them, a space after a line that leads into the next (``...:``)."""
    out = ""
    for line in lines:
        out += (" " if out.rstrip("*_").endswith(":") else "; ") + line if out else line
    return out
