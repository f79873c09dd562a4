"""The reading of an order among a list's answered questions as a prompt (leaderdeck.importers.siblingorders.
sibling_orders) ends a deeper list only under a block less indented than the one above it, and reads an item's
wording only once text follows it, and gives what it gave ending lists and reading every item in turn.

The plain way is written out here as it was. Documents are drawn by hypothesis from lines of every kind the pass
reads (items that ask, items that order work, told as I, labels, nested items and text, headings), read as the
importer reads them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import siblingorders
from leaderdeck.importers.blocks import HEADING, ITEM, Block
from leaderdeck.importers.mdreader import read_markdown
from leaderdeck.importers.prepare import prepared
from leaderdeck.importers.text import is_question

_LINES = ["## Prompts", "- How would you assess the team's testing today?", "- Draft a 30-day plan for the team",
          "- Create a list of the risks you see", "- I would draft a plan first", "- Outline:", "- Why now?",
          "  - How would you measure it?", "  - Propose a budget for the next year", "    - Sketch the first week",
          "I would read the incidents first.", "  Week one is listening to the team.", "    Deeper text here.",
          "1. What would you change?", "2. Design a rollout for the new service", "", "---", "> - Draft a plan now"]


def _blocks(lines: list[str]) -> list[Block]:
    return list(read_markdown(prepared("\n".join(lines), "drawn.md").lines))


_DOCUMENTS = st.lists(st.sampled_from(_LINES), max_size=40).map(_blocks)


def _plain_sibling_orders(blocks: Sequence[Block]) -> Sequence[Block]:
    if not any(b.kind is ITEM and b.text[:1] in siblingorders._INITIALS for b in blocks):
        return blocks
    out = list(blocks)
    last: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if block.kind is HEADING:
            last.clear()
            continue
        for deeper in [k for k in last if k > block.indent]:
            del last[deeper]
        if block.kind is not ITEM:
            continue
        before = last.get(block.indent)
        last[block.indent] = index
        if before is not None and siblingorders._order(block) and siblingorders._answered(blocks, index) \
                and siblingorders._answered(blocks, before) and is_question(blocks[before].text):
            out[index] = dataclasses.replace(block, text=f"Q: {block.text}", lead="Q", rest=block.text, prompt=True)
    return out


@settings(max_examples=400, deadline=None)
@given(_DOCUMENTS)
def test_orders_are_read_as_prompts_as_with_every_list_ended_and_item_read(blocks: list[Block]) -> None:
    assert siblingorders.sibling_orders(blocks) == _plain_sibling_orders(blocks)


def test_the_drawn_lines_reach_a_prompt_in_a_nested_list() -> None:
    blocks = _blocks(["- Why now?", "", "  - How would you measure it?", "", "    Deeper text here.", "",
                      "  - Propose a budget for the next year", "", "    Deeper text here.", "",
                      "- Draft a 30-day plan for the team", "", "  Week one is listening to the team."])
    read = siblingorders.sibling_orders(blocks)
    assert read == _plain_sibling_orders(blocks)
    assert [b.text for b in read if b.prompt] == ["Q: Propose a budget for the next year"]


def test_a_list_ended_one_level_up_leaves_no_question_for_the_next_list() -> None:
    blocks = _blocks(["- Why now?", "", "  - How would you measure it?", "", "    Deeper text here.", "",
                      "  Week one is listening to the team.", "", "- Draft a 30-day plan for the team", "",
                      "  Week one is listening to the team.", "", "  - Propose a budget for the next year", "",
                      "    Deeper text here."])
    read = siblingorders.sibling_orders(blocks)
    assert read == _plain_sibling_orders(blocks)
    assert not any(b.prompt for b in read)  # "How would you measure it?" is in the list that ended
