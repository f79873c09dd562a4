"""A document titled by a label word ("# Answers", "# Results", "# Learnings") over sections headed by questions:
the title of the bank, not a label whose text the questions would become.

A label heading holds the text of that part. When the heading is the document's only title and its sub-sections
are headed by questions, it names what the page holds; each question keeps its own section as its answer.

A heading that names in the plural what the sections under it hold ("# Answers", "## My answers", "# Stories",
"# Sample responses"), over sections titled by names of their own (competencies, story names), is their
container wherever it stands outside a question: each section is read as if the heading were not there.
"""

from __future__ import annotations

import re

from .labels import slot
from .outline import Node
from .sections import heads_questions
from .text import clean_title
from ..lazyre import lazy_re

# slots whose headings are read by rules of their own ("Questions" over questions, a case's title, noise)
_READ_ELSEWHERE = frozenset({"topic", "container", "noise", "question", "variants", "scenario"})


def titles_bank(node: Node, name: str | None, tops: list[Node], questions: int) -> bool:
    """Whether ``node``, headed by the label ``name``, is the document's only title over question sections:
    ``tops`` the document's outermost sections, ``questions`` how many question sections ``node`` is inside."""
    return name is not None and name not in _READ_ELSEWHERE and not questions and tops == [node] \
        and node.head is not None and heads_questions(node)


# "Answers", "My answers", "Sample STAR stories", "Our responses": a plural naming what the sections under it hold
_HOLDINGS = lazy_re(r"^(?:(?:my|our|the|your|sample|example|model|star|interview|behaviou?ral|prepared|written)\s+)*"
                    r"(?:answers|stories|responses|star answers|star stories)$", re.IGNORECASE)


def names_holdings(node: Node, questions: int) -> bool:
    """Whether ``node``'s heading names in the plural what its sub-sections hold ("# Answers") and those are titled
    by names of their own, outside any question (``questions`` how many question sections ``node`` is inside)."""
    if questions or node.head is None or not node.children:
        return False
    head = clean_title(node.head.text).strip().rstrip(":：").strip()
    return bool(_HOLDINGS.match(head)) and any(slot(child.head.text) is None for child in node.children
                                               if child.head is not None)
