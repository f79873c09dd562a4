"""A section of a prep file holding the writer's own business, not interview content.

A person's one big prep file keeps, beside its stories and questions, sections of their own: the interview's
logistics (``## Salary & logistics``, ``LOGISTICS``), what they found out about the company (``## Company
research``) and reminders to themselves (``## Notes to self``, ``#### Things to remember for staff rounds``).
What such a section holds is never a question to learn, even a line that asks (``Remote 2 days a week ok?`` is a
question for the recruiter; ``Talk about scope`` a reminder): the section is reported, never read as notes. A
section so headed that answers a question of its own in it (``Why this company?`` over the writer's answer) is a
group of questions and stays one.
"""

from __future__ import annotations

from functools import lru_cache

from .labels import normalise
from .outline import Node
from ..lazyre import lazy_re

WHY = "the writer's own notes (logistics, research, reminders), not interview content"

# the heading's words, normalised (lower case, "&" read as "and"); the first letters name the ones tried
_OWN = lazy_re(
    r"^(?:my |the |our )?(?:"
    r"(?:(?:interview|onsite|travel|practical|day of|loop) )?logistics\b.*"
    r"|(?:salary|comp|compensation|pay|offer|money|negotiation)s?(?: (?:and|/|\+) [a-z /]+)"
    r"|[a-z ]+ (?:and|/|\+) (?:salary|comp|compensation|logistics)"
    r"|(?:company|employer|team|org|organisation|organization) (?:research|notes|background|intel|info)\b.*"
    r"|research(?: notes)?(?: (?:on|about|into) .+)?"
    r"|(?:notes?|reminders?) (?:to|for) (?:self|myself|me)\b.*|notes? to self.*|reminders?(?: to self)?"
    r"|things to (?:remember|keep in mind)\b.*|(?:do not|don'?t) forget\b.*"
    r")$")
_FIRST = frozenset("mtolisptcpmnerdf")


@lru_cache(maxsize=2048)
def own_matter(head: str) -> bool:
    """Whether the heading ``head`` names a section of the writer's own business (see the module's docstring)."""
    text = normalise(head)
    return bool(text) and text[0] in _FIRST and len(text) <= 60 and bool(_OWN.match(text))


def own_title(line: str) -> bool:
    """A line wholly in bold that names the writer's own section (``**LOGISTICS**`` over its lines, no blank line
    between): a title of its own, not a label of the lines under it."""
    text = line.strip()
    if len(text) < 5 or text[:2] not in ("**", "__") or text[-2:] != text[:2] or text[:2] in text[2:-2]:
        return False
    return own_matter(text[2:-2].strip().rstrip(":"))


def own_section(node: Node) -> bool:
    """Whether ``node``'s heading names the writer's own business and nothing in its own text is a question with
    an answer."""
    if node.head is None or not own_matter(node.head.text):
        return False
    # imported here: the Markdown reader imports this module for :func:`own_title`, and a child reading a document
    # ahead (:mod:`.readahead`) would otherwise import the section scanner and its rules before it starts to parse
    from .scan import Scanner

    return not any(unit.question and any(not p.empty and p.slot in (None, "answer") for p in unit.pieces)
                   for unit in Scanner([]).scan(node.body).units)
