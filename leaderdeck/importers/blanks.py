"""A note written as a template: its answer or STAR parts leave ``{blanks}`` to fill in.

"I cut latency of {service} by {X}%" is a draft to finish, whether a spreadsheet's row or a Markdown or plain-text
note says it; braces in code (`{id}`, a fenced block) or empty ``{}`` are no blanks. So is a sample answer that
leaves capital letters for its numbers and names: all of X, Y and Z ("Root cause was X. I implemented Y. Traffic
recovered in Z minutes."), or two of them, one a sum or a share ("saved $Y, X% faster"); "plan X over Y" names plans,
and a remark quoted on one line ("We know X and Y, we're still learning Z.") says what someone said.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import Body, QaBody, StarBody
from .labels import STAR_SLOTS
from .placeholders import BLANK, fill_slots
from .text import CODE_SPAN, plain_words
from ..lazyre import lazy_re

# "X", "$Y", "Z%", "Z minutes": a letter standing alone for a value to write in; not "X-ray", "Y's", "10X", "X.509"
_LETTER = lazy_re(r"(?<![\w$'’.-])(\$?)([XYZ])(%?)(?![\w'’-]|\.\w)")
_WORDS = lazy_re(r"[A-Za-z][A-Za-z'’-]*")
_ASIDE = lazy_re(CODE_SPAN + r"|[\"“][^\"“”\n]{1,120}[\"”]", re.DOTALL)  # code, a remark quoted


def letter_blanks(text: str) -> tuple[str, ...]:
    """The X, Y and Z a sample answer leaves to fill in: all three, or two with a sum or share among them."""
    if ("X" in text) + ("Y" in text) + ("Z" in text) < 2:
        return ()  # two of the letters at least: most texts hold none
    found = _LETTER.findall(_ASIDE.sub(" ", text))
    letters = tuple(sorted({letter for _, letter, _ in found}))
    valued = any(dollar or percent for dollar, _, percent in found)
    return letters if len(letters) == 3 or len(letters) == 2 and valued else ()


# "[YOUR METRICS]", "[COMPANY NAME]": a slot named in capitals for words to write; not "[X]" (a ticked box), "[1]"
# (a note's number) nor "[PDF](...)" (a link)
_CAPITAL_SLOT = lazy_re(r"\[([A-Z][A-Z'’]+(?:[ /_-][A-Z][A-Z'’]*){0,3})\](?!\()")


def capital_blanks(text: str) -> tuple[str, ...]:
    """The ``[SLOTS]`` in capitals a template leaves to fill in, outside code."""
    if "[" not in text:
        return ()  # no bracket, no slot: most texts
    return tuple(f"[{m}]" for m in dict.fromkeys(_CAPITAL_SLOT.findall(_ASIDE.sub(" ", text))))


def blank_reasons(parts: Mapping[str, str]) -> tuple[str, ...]:
    """Why text is a template: the parts (``{"answer": ...}`` or STAR parts) that hold blanks, and the blanks;
    empty when none does."""
    found = {part: slots for part, text in parts.items()
             if (slots := fill_slots(text) or capital_blanks(text) or letter_blanks(text))}
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


_OWN_WORDS = 8  # words of its own beside its blanks: an example of what to write, not a bare blank


def shown_template(text: str) -> bool:
    """A part written as a template with an example (``[YOUR METRICS] e.g., time to containment; repeat incidents
    down``): a slot named in capitals and words of its own beside the blanks. It is kept as the part, the note a
    draft for its blanks (:func:`body_blanks`), where a bare blank (``[Describe the result]``) leaves the part
    unwritten."""
    if not capital_blanks(text):
        return False
    return len(_WORDS.findall(BLANK.sub(" ", plain_words(text)))) >= _OWN_WORDS
