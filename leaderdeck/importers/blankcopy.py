"""A blank copy of a story's parts left for the reader to fill in, beside a worked version of the same story:
``## Story A: Support bot`` over ``### Worked example`` (its parts told: ``**S:** Our bot solved ...``) and
``### Your version`` (the same labels with nothing after them: ``**S:**`` / ``**T:**`` / ``**A:**`` / ``**R:**``).

A page that walks its reader through rewriting each story gives the story twice: the author's version, and an
empty copy of its labels for the reader's own. Read as they stand, each sub-section is a note named by its
sub-heading ("Worked example", "Your version"), the empty one a draft with nothing in it, and the story's own name is
lost. Under a heading that asks nothing, when one sub-section tells the story (a STAR part with text after its
label) and every other sub-section holds nothing but two or more STAR labels with no text after them (and no
sub-sections of its own), those empty copies are reported as templates, and the told sub-section's text moves up
under the heading, which names the story. A heading with no empty copy under it is left as it is.
"""

from __future__ import annotations

from .base import Skipped
from .blocks import Block
from .labels import STAR_SLOTS, star_slot
from .outline import Node
from .text import clean_title, is_question
from ..lazyre import lazy_re

BLANK_COPY = "a blank copy of the story's parts, to fill in"
# "**S:**", "- **Situation：**", "T:": a label alone on its line, nothing after its colon
_BARE_LABEL = lazy_re(r"^(?:[-*+]\s+)?(?:\*\*|__)?(?P<label>[^*_:：\n]{1,24}?)\s*(?:[:：]\s*(?:\*\*|__)?|(?:\*\*|__)\s*[:：])"
                      r"\s*(?:\\)?$")
_MIN_LABELS = 2


def blank_copies(node: Node) -> list[Skipped]:
    """Take each blank copy of a story's parts out of ``node``'s tree (see the module docstring), moving the told
    version's text up under its heading (the tree is changed in place); what was taken out, as skipped lines."""
    skipped: list[Skipped] = []
    for child in node.children:
        skipped.extend(blank_copies(child))
    if node.head is None or len(node.children) < 2 or is_question(node.head.text):
        return skipped
    blanks = [child for child in node.children if _blank(child)]
    told = [child for child in node.children if child not in blanks]
    if not blanks or len(told) != 1 or told[0].children or not _tells(told[0].body):
        return skipped
    node.body = [*node.body, *told[0].body]
    node.children = []
    skipped.extend(Skipped(blank.line, f"section '{clean_title(blank.head.text)}'", BLANK_COPY)
                   for blank in blanks if blank.head is not None)
    return skipped


def _blank(node: Node) -> bool:
    """Whether ``node`` holds nothing but two or more STAR labels with no text after them."""
    if node.head is None or node.children:
        return False
    count = 0
    for block in node.body:  # line by line, up to the first that is more than a label: most sections' first
        for line in block.text.splitlines():
            if line.strip():
                match = _BARE_LABEL.match(line.strip())
                if match is None or star_slot(match.group("label").strip()) not in STAR_SLOTS:
                    return False
                count += 1
    return count >= _MIN_LABELS and not any(block.rows for block in node.body)  # no table: looked for last


def _tells(body: list[Block]) -> bool:
    """Whether ``body`` tells a story: a STAR part's label with text after it."""
    return any(block.lead and block.rest.strip() and star_slot(block.lead) in STAR_SLOTS for block in body)
