"""Passes over a document's blocks that put a costly test off until it can matter give what they gave with every
test in its place: toggles read as sections (leaderdeck.importers.toggles.untoggled, which reads the bullets at the
margin for a question only under a bullet shaped like a label), and the text inside a STAR part under way
(leaderdeck.importers.inpart.part_spans, which passes over a part whose label has a heading, a rule or the story's
next part right under it).

The plain ways are written out here as they were. Documents are drawn by hypothesis from lines of every kind these
passes read (headings, bullets at the margin and nested, questions, label bullets, labelled parts, bold lines,
rules), read as the importer reads them.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import inpart, toggles
from leaderdeck.importers.blocks import HEADING, ITEM, Block
from leaderdeck.importers.mdreader import read_markdown
from leaderdeck.importers.prepare import prepared
from leaderdeck.importers.text import is_question

_LINES = ["# Bank", "## Stories", "### Why us?", "- Why do you want this job?", "- Tell me about a conflict.",
          "- Migration of the billing service", "- What they look for", "- Sample answer", "- Tips", "- Situation",
          "- Red flags", "1. **The billing outage**", "2. What was hard?", "  - **Situation:** It broke.",
          "  - **Task:** Fix it.", "  - *S:* It broke.", "  - **Action:** I rolled back:", "  - A point",
          "  - Why did it break?", "    - deeper", "  **Result:** It held.", "- ### How do you plan?",
          "**Situation:** The build broke.", "**Task:** I owned it:", "**Phase 1: Listen**", "**Action:** I fixed it.",
          "**Result:** It held.", "**Learning:** Test first.", "**Impact**: fewer pages", '"I said:', "---", "",
          "Some text.", "> **Situation:** quoted", "- **Action:** listed", "**Action**"]


def _blocks(lines: list[str]) -> list[Block]:
    return list(read_markdown(prepared("\n".join(lines), "drawn.md").lines))


_DOCUMENTS = st.lists(st.sampled_from(_LINES), max_size=40).map(_blocks)


def _plain_untoggled(blocks: list[Block]) -> list[Block]:
    if not any(block.indent for block in blocks):
        return blocks
    out: list[Block] = []
    open_: list[tuple[int, int]] = []
    level = 1
    asked = False
    for index, block in enumerate(blocks):
        if open_ and block.kind is ITEM and not block.text and block.line == open_[-1][1]:
            open_.pop()
            continue
        while open_ and block.indent < open_[-1][0]:
            open_.pop()
        shift = len(open_)
        if block.kind is HEADING and block.indent > shift:
            open_.append((block.indent, block.line))
            out.append(replace(block, indent=0))
            level = block.level
            continue
        if block.kind is ITEM and not block.indent and block.text and is_question(block.first_line):
            asked = True
        if block.kind is ITEM and (toggles._folds(blocks, index) or block.number is None and not asked
                                   and toggles._label_shaped(blocks, index)
                                   and toggles.slot(block.text.strip()) in toggles._LABEL_SLOTS):
            out.append(replace(block, kind=HEADING, level=min(level + 1 + shift, 6), indent=0))
            open_.append((block.indent + 1, -1))
            continue
        if block.kind is HEADING and not block.indent:
            level, asked = block.level, False
        out.append(replace(block, indent=block.indent - shift) if shift else block)
    return out


def _plain_part_spans(blocks: list[Block]) -> frozenset[int]:
    held: set[int] = set()
    ranks = {index: rank for index, block in enumerate(blocks)
             if (block.lead or block.bold) and (rank := inpart._rank(block)) is not None}
    for index, rank in ranks.items():
        block = blocks[index]
        if block.lead and not block.quoted and inpart.names_part(block.lead):
            held.update(inpart._span(blocks, ranks, index, rank))
    return frozenset(held)


@settings(max_examples=1500, deadline=None)
@given(_DOCUMENTS)
def test_toggles_are_read_as_with_every_bullet_read_for_a_question(blocks: list[Block]) -> None:
    assert toggles.untoggled(blocks) == _plain_untoggled(blocks)


@settings(max_examples=1500, deadline=None)
@given(_DOCUMENTS)
def test_the_text_inside_parts_is_that_of_every_part_read_to_its_end(blocks: list[Block]) -> None:
    assert inpart.part_spans(blocks) == _plain_part_spans(blocks)


def test_the_drawn_lines_reach_what_each_pass_finds() -> None:
    """A label bullet after a question and one with none above it, and a part with text of its own inside it."""
    asked = _blocks(["# Bank", "", "- Why us?", "- Tips", "  - Be brief"])
    unasked = _blocks(["# Bank", "", "- Tips", "  - Be brief"])
    assert [b.kind for b in toggles.untoggled(asked)] == [HEADING, ITEM, ITEM, ITEM]
    assert [b.kind for b in toggles.untoggled(unasked)] == [HEADING, HEADING, ITEM]
    assert inpart.part_spans(_blocks(["**Action:** I took it in steps:", "", "**Phase 1: Listen**", "",
                                      "**Result:** It held."]))
