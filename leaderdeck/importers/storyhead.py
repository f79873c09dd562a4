"""A story named by a heading of its own under a question: the story told for that question.

A question (a heading, or the ``<summary>`` of a ``<details>`` section) often holds its answer under a
heading that names the story rather than labels a part::

    <details>
      <summary>Tell me about a time you took on work outside your role.</summary>

    ## Taking over the docs

    We had no docs team, so I took the backlog on.

    I ran a docs sprint that closed a hundred issues.
    </details>

The heading's level says nothing here (authors write ``##`` inside a section whatever its level), nor does its
punctuation (a name may end in a full stop). What counts is the text under it: told by the teller in the first
person, it is the story told for the question, the heading its name.
"""

from __future__ import annotations


from .blocks import Block
from .labels import slot
from .outline import Node
from .quoting import quoted_whole
from .text import clean_title, is_question
from .told import is_told, names
from .unit import Piece, Unit
from ..lazyre import lazy_re


def heading_story(node: Node, unit: Unit, hints: list[str], meta: list[Piece]) -> Unit | None:
    """The story the one sub-section of the question section ``node`` (asking ``unit``'s question, with no answer
    of its own) tells under a heading that names it, neither asking nor labelling a part: its text told in the
    first person is the story, the heading its title. ``None`` for any other section: several sub-sections under
    a question are the parts of one answer ("### 1. Ownership", "### 2. Growth")."""
    if len(node.children) != 1 or any(p.slot in (None, "answer") and not p.empty for p in unit.pieces):
        return None
    child = node.children[0]
    if child.head is None or child.children:
        return None
    name = clean_title(child.head.text).strip()
    if not name or slot(name) is not None or is_question(name) or not is_told(child.body):
        return None
    return Unit(child.line, title=name.rstrip(". "), hints=list(hints), meta=list(meta), story=True,
                pieces=[Piece(None, child.body[0].line, blocks=list(child.body))])


def folded_name(heading: Block, title: str) -> bool:
    """Whether ``heading`` (its text ``title``) may name the story its section tells: a title of a few words at
    the document's top levels, or any heading inside a ``<details>`` section, where a name may close on a full
    stop ("## The week we nearly dropped the rewrite.")."""
    if heading.folded:
        return names(title.rstrip(". "))
    return heading.level <= 2 and names(title)


_SENTENCE = lazy_re(r"[.!?](?:\s|$)")


def told_after_label(rest: str) -> str | None:
    """The story itself written after a ``Story:`` label, rather than its name: a quotation, or two sentences or
    more ('**Story**: "We had two weeks. I cut the scope."'), without the quotes around it; ``None`` for a name
    ("Story: The quiet outage")."""
    text = rest.strip()
    quoted = quoted_whole(text, plain=True)
    body = quoted.strip() if quoted else text
    if quoted and len(body.split()) >= 6 or len(_SENTENCE.findall(body)) >= 2:
        return body
    return None
