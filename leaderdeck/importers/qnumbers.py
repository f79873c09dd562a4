"""A question given a number of its own before a colon, full stop or dash: ``**Q1**: "Tell me about ..."``,
``**Q1:** ...``, ``**Q1.** ...``, ``**Q2** - ...``, ``Q1: ...``, a dotted number in bold ``**1.1**: "..."`` (plain
text or Markdown, quoted or not).

The number labels the line as one question of a bank: the line is that question when what follows the colon asks
or is a quoted prompt. A quarter (``**Q3**: Shipped the billing rewrite``) asks nothing and stays text.
"""

from __future__ import annotations

import re

from .arrowpair import arrow_paired
from .blocks import Block, PARAGRAPH, ITEM
from .quoting import quoted_whole
from .unit import Unit
from .text import is_question, marked_question, strip_emphasis, unquote
from ..lazyre import lazy_re

# "**Q1**: ...", "**Q1:** ...", "Q1: ...", "**Q1.** ...", "**Q2** - ...", "Question 4: ...": a question's number, bold
# or not, then a colon, full stop, bracket or dash (inside the bold or after it) before the question; the number may
# be dotted (a question numbered within its section: "**Q1.1**: ...", "Q2.3: ..."), and in bold it needs no "Q"
# ("**1.1**: ...", "**3**: ...", "**2.3.** ...")
_DIGITS = r"\d{1,4}(?:\.\d{1,3})*"
_NUMBER = rf"(?:q|question)\s*#?\s*{_DIGITS}"
_BOLD_NUMBER = rf"(?:(?:q|question)\s*#?\s*)?{_DIGITS}"
_APART = r"(?:\s*[.:)]|\s+[-–—])"
_NUMBERED = lazy_re(rf"^(?:(?P<mark>\*\*|__){_BOLD_NUMBER}(?P<inner>{_APART})?(?P=mark)|{_NUMBER}(?P<bare>{_APART})?)"
                    rf"(?P<outer>{_APART})?\s+(?P<rest>\S.*)$", re.IGNORECASE)
# a line bold as a whole that opens with a plain number and a full stop or bracket: "**3. Describe ...**"
_BOLD_WHOLE = lazy_re(r"^(?P<mark>\*\*|__)\s*\d{1,3}[.)]\s+(?P<rest>\S.*?)\s*(?P=mark)$")
_NUMBER_OPENS = lazy_re(rf"^{_NUMBER}(?P<apart>{_APART}|\s*$)", re.IGNORECASE)


def numbers_question(title: str, only: bool = False) -> bool:
    """A title that opens with a question's number (``Question 3: Missed launch``; ``only``: that is all it says,
    ``Question 3``, ``Q3``, ``Question #3``): a section of a bank, never a label over the questions a story answers;
    a number alone is no story's name either."""
    found = _NUMBER_OPENS.match(strip_emphasis(title).strip())
    return found is not None and (not only or not found.string[found.end():].strip())


def numbered_question(block: Block) -> tuple[str, str] | None:
    """``(question, text on the block's next lines)`` when ``block`` opens with a question's number set apart by a
    colon, full stop or dash (``**Q1**: "..."``, ``**Q2** - ...``) and the rest of its first line asks or quotes a
    prompt; ``None`` otherwise."""
    if block.quoted or block.kind not in (PARAGRAPH, ITEM):
        return None
    first, _, more = block.text.strip().partition("\n")
    match = _NUMBERED.match(strip_emphasis(first))  # "**Q1: Tell me ...?**" bold as a whole, too
    if match is None or not (match["inner"] or match["bare"] or match["outer"]):
        whole = _BOLD_WHOLE.match(first.strip())  # "**3. Describe a project where ...**": numbered, bold as a whole
        if whole is None:
            return None
        asked = strip_emphasis(whole["rest"].strip())
        return (unquote(asked), more.strip()) if is_question(asked) else None
    asked = strip_emphasis(match["rest"].strip())
    if not (is_question(asked) or quoted_whole(asked, ".?!")):
        return None
    return unquote(asked), more.strip()


def marks_question(block: Block) -> bool:
    """Whether ``block`` is a numbered question line (:func:`numbered_question`, or ``Q3: How do you ...?`` read
    with no lead; or ``Q: How do you ...?`` at the margin, as plain text writes each question of a page): a new question whatever label was being read (a list of follow-ups, criteria), as the next
    number of a bank."""
    if numbered_question(block) is not None or arrow_paired(block):
        return True  # "3. How ...?", or "How did you roll it out? => ...": its answer paired on the line
    first = block.text.partition("\n")[0]
    if block.kind is PARAGRAPH and not block.lead and not block.quoted and not block.indent \
            and (labelled := _Q_LABEL.match(first)):  # "Q: What's your approach ...?" at the margin: asked anew
        return is_question(first[labelled.end():])
    return block.kind is PARAGRAPH and not block.lead and not block.quoted and marked_question(first) \
        and is_question(first)


_Q_LABEL = lazy_re(r"^(?:Q|Question)\s*:\s*(?=\S)")


def outlines_question(unit: Unit | None, block: Block) -> bool:
    """Whether a framework named by the bold label ``block`` (``**Answer Framework**:`` over ``- Situation: What
    was the context?``) comes right under ``unit``'s question, before any answer: an outline of how to answer
    that question, set aside while the question stays open for the labels under it (``**Key signals**:``)."""
    return unit is not None and bool(unit.question) and not unit.pieces and bool(block.lead) \
        and not block.rest.strip()
