"""What a document gives next to an answer: coach signals, tips, red flags, a cheat code, clarifying
questions, assumptions, other phrasings of the question and follow-ups."""

from __future__ import annotations

import re

from ..model import Coach
from .blocks import Block, ITEM, TABLE
from .labels import COACH_SLOTS, slot
from .content import entries, piece_text
from .flagsturn import turned_apart
from .followanswers import answered_follow_ups
from .text import ASK, clean_title, is_question, unquote
from .unit import Piece, Unit
from .unvaried import linked_elsewhere
from .ticklists import unticked


_SPACE_OR_LINE = (" ", "\n")  # what follows "Red flag:": a space, or a line break before a fence


def coach_of(unit: Unit, pieces: list[Piece], question: str):
    signals, tips, cheat, clarify, variants, assumptions = [], [], [], [], [], []
    # only coaching adds to it (an answer's or a story part's piece passes through and adds nothing): each coaching
    # table read by column, a red flag's contrary advice set apart
    pieces = [part for piece in pieces if piece.slot in COACH_SLOTS for column in _by_column(piece)
              for part in turned_apart(column)]
    for piece in pieces:
        found = entries(piece) if piece.slot in _LISTED_SLOTS else []
        if piece.slot in ("tips", "redflags"):
            found = [unticked(e) for e in found]  # "✗ Blaming the team": the cross says what the slot says
        match piece.slot:
            case "signals":
                signals.extend(found)
            case "tips":
                tips.extend(_merged(found))
            case "redflags":
                tips.extend(f"Red flag:{_SPACE_OR_LINE[e.startswith('`')]}{e}"
                            if not e.casefold().startswith(("avoid", "red flag")) else e
                            for e in found)  # a fenced excerpt starts a line of its own
            case "cheat":
                cheat.append(piece_text(piece))
            case "clarify":
                clarify.extend(unquote(e) for e in found)
            case "assumptions":
                assumptions.append(piece_text(piece))
            case "variants":  # what asks: a page's "Want more? Subscribe!" after the list is not a phrasing
                if found and all(linked_elsewhere(e) for e in found):
                    continue  # "## Related questions" over links to other pages: reported (:mod:`.unvaried`)
                phrasings = (unquote(clean_title(re.sub(r"\s+[—–-]{1,2}\s+.*$", "", e))) for e in found)
                variants.extend(v for v in phrasings if is_question(v))
            case "followups":
                answered = answered_follow_ups(piece)  # "### Q: ...?" over what to say: one follow-up each
                tips.extend(f"Follow-up: {e}" for e in (answered if answered is not None else _merged(found)))
    tips.extend(unit.asides)
    tips.extend(f"Follow-up: {q}" for q in unit.follow_ups)
    variants[:0] = unit.variants
    asked = question.casefold().rstrip(ASK + ".")
    variants = [v for v in dict.fromkeys(variants) if v and v.casefold().rstrip(ASK + ".") != asked]
    coach = Coach(signals=tuple(signals), cheat_code="\n\n".join(c for c in cheat if c), tips=tuple(tips))
    return coach, tuple(c for c in clarify if c), "\n\n".join(a for a in assumptions if a), tuple(variants)


_COLUMN_SLOTS = frozenset({"signals", "redflags", "tips"})
# the slots whose entries :func:`coach_of` keeps (an answer's or a story part's are never read)
_LISTED_SLOTS = frozenset({"signals", "tips", "redflags", "clarify", "variants", "followups"})


def _by_column(piece: Piece) -> list[Piece]:
    """A coaching table whose columns are coaching labels ("Strong signal | Weak signal", "Green flags | Red flags"):
    each column's cells under its own label, not rows read across. Other pieces stay as they are."""
    if piece.slot not in COACH_SLOTS:
        return [piece]
    tables = [b for b in piece.blocks if b.kind is TABLE and len(b.rows) > 1 and len(b.rows[0]) > 1
              and all(slot(h) in _COLUMN_SLOTS for h in b.rows[0] if h.strip())]
    if not tables:
        return [piece]
    rest = Piece(piece.slot, piece.line, piece.label, piece.rest, [b for b in piece.blocks if b not in tables],
                 piece.heading, piece.indent)
    columns = [Piece(slot(header), table.line, header,
                     blocks=[Block(ITEM, line, line, row[index].strip())
                             for row, line in zip(table.rows[1:], table.row_lines[1:] or (table.line,) * len(table.rows))
                             if index < len(row) and row[index].strip()])
               for table in tables for index, header in enumerate(table.rows[0]) if header.strip()]
    return [rest, *columns]


def _merged(found: list[str]) -> list[str]:
    """A bold heading entry ("**What would you do differently?**") joined with the paragraph after it."""
    out: list[str] = []
    for entry in found:
        if out and out[-1].startswith("**") and out[-1].endswith("**") and not entry.startswith("**"):
            out[-1] = f"{out[-1]} {entry}"
        else:
            out.append(entry)
    return out
