"""A page of the writer's own prompts: each section a short heading naming a question (``## Biggest achievement``,
``## Why this company``) over the writer's answer to it, told as I.

People start their prep with such a page, in their own words, often before writing a single question mark.
Where most of the page's innermost sections (those whose heading does not ask) are prompt headings over a short
answer told as I, the page is read that way whether or not it asks anything elsewhere: each such section is a
note, its heading the question (a top heading too, when the page has several: none of them is its title). There an answer told as I may speak to the interviewer as "you" ("Your product is
the one my team used every day") and still be the writer's answer, and a section that only points to the writer's
own notes (``[the launch story](./stories.md#launch)``) is a prompt answered there (a draft; the pointers its
tips). A post told as I in long sections, a page whose sections mostly advise the reader, a page of links alone
(an index) and a page of stories named by their headings (``## The billing migration``, ``## Payments outage``:
the writer's stories, asked nowhere) are no such page. What tells a prompt from a story's name is what it names:
a prompt names what interviews ask about the writer (a superlative, ``Biggest achievement``; a why, ``Why this
company``; a theme of the behavioral round, ``Weaknesses``, ``Conflict with a peer``, ``Tight deadline``), a
story's name names an event: half the sections told as I, at least, must be headed by a prompt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, HEADING, PARAGRAPH, ITEM
from .outline import Node
from .prompted import answers_prompt, points_only
from .text import clean_title, is_question
from ..lazyre import lazy_re

_MAX_WORDS = 250  # an answer jotted on a prep page; a longer section is a post's part, not a note's answer
# a heading naming what interviews ask about the writer: a superlative ("Biggest achievement"), a why ("Why this
# company"), or a theme of the behavioral round ("Weaknesses", "Conflict with a peer", "Tight deadline"); a story's
# name ("Payments outage", "The billing migration") names an event, no prompt
_THEME = lazy_re(r"\b(?:(?:most|biggest|hardest|toughest|worst|proudest|best|greatest|favou?rite)\s+\w"
                 r"|why\b|strengths?|weakness(?:es)?|yourself|about me|introduc\w*|intro|pitch|goals?|motivat\w*"
                 r"|style|values|achievements?|accomplishments?|failures?|failed|mistakes?|conflicts?|disagree\w*"
                 r"|feedback|challeng\w*|regrets?|salary|expectations|five years|5 years|career|leaving"
                 r"|deadlines?|pressure|ambiguity|ownership|influenc\w*|leadership|teamwork|initiative|priorit\w*"
                 r"|time (?:you|when)|example of|questions for"
                 r"|介绍|能力|优点|缺点|优势|劣势|为什么|挑战|失败|冲突|成就|目标|职业|动机|压力|领导)", re.IGNORECASE)


def several_tops(root: Node) -> bool:
    """Whether the page has two outermost headings or more (``# Biggest achievement``, ``# Weaknesses``): then
    none of them is the page's title, and each may be a prompt."""
    return sum(1 for child in root.children if child.head is not None and child.rank == 1) > 1


def _leaves(node: Node, tops: bool) -> Iterator[Node]:
    """The innermost sections under ``node`` headed by a Markdown heading, each once: below the page's title, or
    at the top too when there are ``tops`` (:func:`several_tops`)."""
    for child in node.children:
        if child.children:
            yield from _leaves(child, tops)
        elif child.head is not None and child.head.kind is HEADING and (child.rank > 1 or tops):
            yield child  # a heading the writer typed, not a bold line read as one


def prompt_page(root: Node) -> bool:
    """Whether most of the innermost sections of ``root`` with text, their headings not asking, are prompt
    headings over a short answer told as I (see the module)."""
    leaves = []
    for leaf in _leaves(root, several_tops(root)):
        texts: list[Block] = [b for b in leaf.body if b.kind in (PARAGRAPH, ITEM) and b.text.strip()]
        head = clean_title(leaf.head.text)
        if texts and not is_question(head):
            leaves.append((leaf, head, texts))
    sections, told, themed = len(leaves), 0, 0
    for seen, (leaf, head, texts) in enumerate(leaves):
        if (told + sections - seen) * 2 <= sections:
            return False  # too few sections left for most of them to be prompts
        if any(b.lead and not b.plain for b in leaf.body):
            continue  # labelled parts ("**Situation:** ..."): a story or a case, no prompt answered in prose
        if sum(len(b.text.split()) for b in texts) <= _MAX_WORDS and not points_only([b.text for b in texts]) \
                and answers_prompt(head, leaf.body, told=True):  # links alone tell nothing: an index's, maybe
            told += 1
            themed += bool(_THEME.search(head))
    # most sections told as I, and most of those under a heading naming a prompt, not an event
    return told * 2 > sections and themed * 2 >= told > 0
