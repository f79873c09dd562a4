"""A note written as a template: its answer or STAR parts leave ``{blanks}`` to fill in.

"I cut latency of {service} by {X}%" is a draft to finish, whether a spreadsheet's row or a Markdown or plain-text
note says it; braces in code (`{id}`, a fenced block) or empty ``{}`` are no blanks.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Body, QaBody, StarBody
from .labels import STAR_SLOTS
from .text import fill_slots



def blank_reasons(parts: Mapping[str, str]) -> tuple[str, ...]:
    """Why text is a template: the parts (``{"answer": ...}`` or STAR parts) that hold blanks, and the blanks;
    empty when none does."""
    found = {part: slots for part, text in parts.items() if (slots := fill_slots(text))}
    if not found:
        return ()
    names = ", ".join(part.capitalize() if part in STAR_SLOTS else part for part in found)
    slots = ", ".join(dict.fromkeys(slot for slots in found.values() for slot in slots))
    return (f"{'its ' + names} {'has' if len(found) == 1 else 'have'} blanks to fill in ({slots})",)


def body_blanks(body: Body) -> tuple[str, ...]:
    """:func:`blank_reasons` for a note's answer or STAR parts (a scenario's text is the case, not an answer)."""
    if isinstance(body, StarBody):
        return blank_reasons({part: getattr(body, part) for part in STAR_SLOTS})
    if isinstance(body, QaBody):
        return blank_reasons({"answer": body.answer})
    return ()
