"""A document's title and the subtitle under it, as evidence of the level the document is written for.

A page's title is its opening heading, or a line standing alone that opens it instead of a heading (plain text, a
bold line, a saved web page's hero title); an icon before it (a paragraph of emoji alone, ``🎙️``) is decoration.
The short line right under the title says whom the page is for as the title does (``Behavioral Round`` /
``Staff-level scenarios · Influence · Incidents``): one line, a few words, closed by no stop, asking nothing,
labelling nothing. A heading or title line naming a story ("Hiring my first manager") is no title of the page.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .blocks import Block, Document, HEADING, PARAGRAPH
from .headingname import heading_name
from .labels import CASE_PARTS, STORY_SLOTS, slot
from .text import clean_title, is_question
from .textreader import label_of as line_label

_TITLE_WORDS = 12
_TITLE_DEPTH = 2  # "# Title" or "## Title" opening the document


def title_candidates(doc: Document, skip: Collection[int]) -> list[tuple[str, str]]:
    """``(where, text)`` of the title line and of the subtitle under the title, in that order (see the module);
    ``skip`` are lines that name no level for the whole document."""
    index = next((i for i, b in enumerate(doc.blocks) if not _icon(b)), None)
    if index is None:
        return []
    first = doc.blocks[index]
    if first.line in skip or heads_a_story(doc.blocks, index):
        return []
    if first.kind is HEADING:
        if first.level > _TITLE_DEPTH or is_question(clean_title(first.text)):
            return []
        found = [(f"the heading '{heading_name(first.text)}'", first.text)]
    elif _short_line(first, "."):
        found = [(f"the title line '{clean_title(first.text)}'", clean_title(first.text))]
    elif (titled := _over_page_facts(first)) is not None:  # "EM prep doc" / "Last updated: 3 Oct"
        return [(f"the title line '{titled}'", titled)]
    else:
        return []
    below = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    if below is not None and below.line not in skip and _short_line(below, ".:"):
        found.append((f"the subtitle '{clean_title(below.text)}'", clean_title(below.text)))
    return found


def _short_line(block: Block, closers: str) -> bool:
    """A paragraph of one short line, asking nothing, closed by none of ``closers``, with no label of ours before
    it."""
    if block.kind is not PARAGRAPH or block.indent or block.quoted or "\n" in block.text.strip() \
            or block.lead and slot(block.lead) is not None:
        return False
    title = clean_title(block.text)
    return bool(title) and len(title.split()) <= _TITLE_WORDS and not title.endswith(tuple(closers)) \
        and not is_question(title)


def _over_page_facts(block: Block) -> str | None:
    """The first line of a paragraph whose other lines are the page's own facts (``Last updated: 3 Oct``,
    ``Author: me``: labels that are no interview content), when that line is a short title; ``None`` otherwise."""
    if block.kind is not PARAGRAPH or block.indent or block.quoted or "\n" not in block.text.strip():
        return None
    head, *rest = block.text.strip().split("\n")
    if not all((label := line_label(line.strip())[0]) and slot(label) == "noise" for line in rest):
        return None
    title = clean_title(head)
    if not title or len(title.split()) > _TITLE_WORDS or title.endswith(".") or is_question(title) \
            or (lead := line_label(head.strip())[0]) and slot(lead) is not None:
        return None
    return title


def _icon(block: Block) -> bool:
    """A paragraph of symbols alone (an emoji standing for the page's subject): no words."""
    return block.kind is PARAGRAPH and bool(block.text.strip()) \
        and not any(char.isalnum() for char in block.text)


def _another_part(blocks: Sequence[Block], index: int) -> bool:
    """Whether a heading beside the one at ``index`` (at its level, up to the end of the section above it) names
    another part of a story or case."""
    level = blocks[index].level
    for block in blocks[index + 1:]:
        if block.kind is HEADING and block.level < level:
            return False
        if block.kind is HEADING and block.level == level and slot(clean_title(block.text)) in CASE_PARTS:
            return True
    return False


def heads_a_story(blocks: Sequence[Block], index: int) -> bool:
    """Whether the heading at ``index`` is a story's or scenario's name (its section opens with their parts, as
    labels or as headings below it, before any section titled in bold):
    "Hiring my first manager" names a story, not the level the document is written for."""
    for at, block in enumerate(blocks[index + 1:index + 12], start=index + 1):
        if block.kind is HEADING:  # "#### Situation (30s)": the story's first part under a heading of its own
            part = slot(clean_title(block.text))
            if block.level <= blocks[index].level or part not in STORY_SLOTS:
                return False
            # "## Overview" opens a case only when another part of one follows ("## Challenges"); over "## Strategy"
            # and its questions it introduces a guide, whose title may name its level
            return part != "scenario" or _another_part(blocks, at)
        if block.lead and slot(block.lead) in STORY_SLOTS:
            return True
        if block.bold and block.kind is PARAGRAPH and slot(clean_title(block.text)) is None:
            return False  # "**STORY BANK**": a section of its own begins, the title above it names no story
    return False
