"""A question's one sub-section headed as the answer for a track or a role (``#### CompSci Response``,
``#### Engineering answer``): its heading only says "here is my answer", so it is dropped; its text is the answer."""

from __future__ import annotations

import re

from .outline import Node
from .text import clean_title
from ..lazyre import lazy_re

# one word before "response" or "answer"; not a thing of the world ("Incident response", "Immediate response") nor
# an answer to avoid ("Vague answer", "Typical response")
_HEADED = lazy_re(r"^(?!(?:incident|crisis|emergency|immediate|initial|first|error|http|api|server|stress|immune"
                  r"|customer|user|market|team|company|public|media|security|disaster|outage|weak|bad|poor|vague"
                  r"|wrong|common|typical|generic|negative|worst|interviewer|follow-up)\b)[\w-]+ (?:response|answer)$",
                  re.IGNORECASE)


def answer_headed(sections: list[Node]) -> list[Node]:
    """``sections`` with the heading of a lone sub-section headed as an answer left out (``#### CompSci Response``
    over the writer's answer); as they are when there are several (the headings then tell the answers apart)."""
    if len(sections) != 1 or sections[0].head is None \
            or not _HEADED.match(clean_title(sections[0].head.text).rstrip(" :")):
        return sections
    node = sections[0]
    return [Node(None, node.rank, node.body, node.children)]
