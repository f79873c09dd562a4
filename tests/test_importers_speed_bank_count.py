"""The check for a bank of the writer's own answers (leaderdeck.importers.ownbank.own_bank) counts its sections
shortest first, and gives what it gave reading them in the document's order: the counts decide, not the order.

The plain way is written out here as it was. Documents are drawn by hypothesis: a title over sections of lines of
every kind the check reads (told as I, as we, to the reader, asking, STAR parts, labels), read as the importer
reads them.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import ownbank
from leaderdeck.importers.blocks import Block
from leaderdeck.importers.labels import slot
from leaderdeck.importers.mdreader import read_markdown
from leaderdeck.importers.outline import Node, outline
from leaderdeck.importers.prepare import prepared
from leaderdeck.importers.voice import as_i

_LINES = ["I led the migration.", "I reviewed every plan.", "Delegate the small tasks.", "We shipped it on time.",
          "You should prepare a story.", "Your answer needs numbers.", "Why did it fail?", "Tell me about a conflict.",
          "**Situation:** The build broke.", "**Action:** I fixed it.", "- I wrote the tests.", "- Reviewed the plan",
          "My team grew.", "Shipped in March.", "> I said no."]
_HEADS = ["Teamwork", "Improvement needed:", "First weeks in this job", "Tips", "Ability to lead", "Conflict",
          "Sample answer", "Growth"]


def _root(sections: list[tuple[str, list[str]]]) -> Node:
    lines = ["# My answers", ""]
    for head, body in sections:
        lines.extend([f"## {head}", "", *(line for text in body for line in (text, "")), ""])
    return outline(list(read_markdown(prepared("\n".join(lines), "drawn.md").lines))).children[0]


_SECTIONS = st.lists(st.tuples(st.sampled_from(_HEADS), st.lists(st.sampled_from(_LINES), min_size=1, max_size=6)),
                     min_size=4, max_size=14)


def _plain_told_enough(held: list[list[Block]]) -> bool:
    plain = [blocks for blocks in held if not ownbank._starred(blocks)]
    need = max(2, len(held) / 6, len(held) / 2 - (len(held) - len(plain)))
    told = 0
    for read, blocks in enumerate(plain):
        if told >= need:
            return True
        if told + len(plain) - read < need:
            return False
        told += any(as_i(t) for t in ownbank._each_text(blocks))
    return told >= need


def _plain_own_bank(node: Node) -> list[Node]:
    headed = [c for c in node.children if c.head is not None]
    if len(headed) < 5 or sum(1 for c in headed if not ownbank._starred(c.blocks())) < 2:
        return []
    sections = [c for c in headed if slot(c.head.text) is None]
    if len(sections) < 5 or len(sections) < len(node.children) * 0.8:
        return []
    held = [c.blocks() for c in sections]
    if not _plain_told_enough(held):
        return []
    odd = sum(1 for blocks in held if ownbank._asks(blocks) or ownbank._to_reader(blocks))
    return [] if odd * 10 > len(sections) else sections


@settings(max_examples=300, deadline=None)
@given(_SECTIONS)
def test_a_bank_is_found_as_reading_its_sections_in_order(sections: list[tuple[str, list[str]]]) -> None:
    node = _root(sections)
    assert ownbank.own_bank(node) == _plain_own_bank(node)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_LINES), min_size=1, max_size=6), min_size=1, max_size=14))
def test_enough_sections_are_told_as_reading_them_in_order(bodies: list[list[str]]) -> None:
    held = [c.blocks() for c in _root([(f"Topic {n}", body) for n, body in enumerate(bodies)]).children]
    assert ownbank._told_enough(held) == _plain_told_enough(held)


def test_the_drawn_sections_reach_both_answers() -> None:
    told = [["I led the migration."], ["I reviewed every plan.", "Shipped in March."], ["My team grew."],
            ["I wrote the tests.", "We shipped it on time."], ["Delegate the small tasks."], ["I said yes."]]
    bank = _root([(f"Topic {n}", body) for n, body in enumerate(told)])
    assert ownbank.own_bank(bank) == _plain_own_bank(bank) == bank.children
    asking = _root([(f"Topic {n}", [*body, "Why did it fail?"] if n < 2 else body) for n, body in enumerate(told)])
    assert ownbank.own_bank(asking) == _plain_own_bank(asking) == []
