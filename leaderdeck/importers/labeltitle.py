"""A document titled by a label word ("# Answers", "# Results", "# Learnings") over sections headed by questions:
the title of the bank, not a label whose text the questions would become.

A label heading holds the text of that part. When the heading is the document's only title and its sub-sections
are headed by questions, it names what the page holds; each question keeps its own section as its answer.
"""

from __future__ import annotations

from .outline import Node
from .sections import heads_questions

# slots whose headings are read by rules of their own ("Questions" over questions, a case's title, noise)
_READ_ELSEWHERE = frozenset({"topic", "container", "noise", "question", "variants", "scenario"})


def titles_bank(node: Node, name: str | None, tops: list[Node], questions: int) -> bool:
    """Whether ``node``, headed by the label ``name``, is the document's only title over question sections:
    ``tops`` the document's outermost sections, ``questions`` how many question sections ``node`` is inside."""
    return name is not None and name not in _READ_ELSEWHERE and not questions and tops == [node] \
        and node.head is not None and heads_questions(node)
