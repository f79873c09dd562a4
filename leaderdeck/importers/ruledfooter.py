"""A page's footer after the rule that closes its last section (``---`` then ``**Last Reviewed**: ...``).

A section set aside whole ("Related Topics", a list of links) is reported by its heading; when it is the page's last
section, text after a ``---`` rule at the end of its body, with no sub-section after it, belongs to the page, not to
that section: a footer of
labelled lines ("**Last Reviewed**: ...", "**Confidence Level**: ...") or a closing line. Each of its paragraphs is
reported on a line of its own, named by its label when it opens with one.
"""

from __future__ import annotations

from .blocks import RULE
from .outline import Node
from .sections import NOT_CONTENT
from .unit import Loose


def footer_after_rule(node: Node, root: Node | None) -> list[Loose]:
    """What follows the last rule of ``node``'s own text when ``node`` ends the document ``root`` and no
    sub-section comes after it, one line per paragraph (see the module docstring)."""
    if node.children or not node.body or root is None or root.last() is not node.body[-1]:
        return []
    rule = next((i for i in range(len(node.body) - 1, -1, -1) if node.body[i].kind is RULE), None)
    if rule is None:
        return []
    return [Loose(b.line, f"'{b.lead}'" if b.lead else "text after the rule", NOT_CONTENT)
            for b in node.body[rule + 1:] if b.text.strip() or b.rows]
