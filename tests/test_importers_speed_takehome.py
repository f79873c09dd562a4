"""The take-home check's asks (importers/takehome.py) are those of the plain loop: the paragraphs picked out first as
ending in a colon are those the plain loop went on to read, and a list of orders is found as before. Generated
bodies of items and paragraphs, compared with the plain way."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from leaderdeck.importers import takehome
from leaderdeck.importers.blocks import ITEM, PARAGRAPH, Block

_TEXTS = st.sampled_from(["Draft a **plan** for the launch", "**Suggest** two metrics", "Briefly explain a trade-off",
                          "Why this team?", "A note", "", "  ", "Your deliverables:", "How would you start:",
                          "It should include:", "Please write a PR-FAQ for the feature.", "Outline the risks:"])
_BLOCKS = st.builds(lambda kind, text, indent, quoted: Block(kind, 1, 1, text, indent=indent, quoted=quoted),
                    st.sampled_from([ITEM, ITEM, PARAGRAPH]), _TEXTS, st.sampled_from([0, 0, 1]), st.booleans())


def _plain_ordered(body: list[Block]) -> int:
    end = 0
    while end < len(body) and body[end].kind is ITEM:
        end += 1
    items = [b for b in body[:end] if not b.indent]
    if len(items) < 2 or end < len(body) and body[end].text.strip():
        return 0
    return end if all(takehome._ORDERS.match(b.text.replace("*", "").strip()) for b in items) else 0


@settings(max_examples=1000)
@given(st.lists(_BLOCKS, max_size=8))
def test_a_list_of_orders_is_found_as_the_plain_way_finds_it(body: list[Block]) -> None:
    assert takehome._ordered(body) == _plain_ordered(body)


def _plain_leads(body: list[Block]) -> list[int]:
    return [index for index, block in enumerate(body)
            if not (block.kind is not PARAGRAPH or block.quoted or block.indent
                    or not block.text.rstrip(" *_").endswith((":", "：")))]


@settings(max_examples=300)
@given(st.lists(_BLOCKS, max_size=8))
def test_the_asks_found_are_those_of_the_plain_loop(body: list[Block]) -> None:
    node = takehome.Node(None, 1, body)
    plain = []
    for index in _plain_leads(body):  # the plain loop's reading of each paragraph it did not skip
        block = body[index]
        last = takehome._SENTENCE_END.split(block.text.strip(" *_"))[-1]
        if not (takehome._ASKING.search(last) or takehome._IT_ASKS.match(last)
                and takehome._ordered_above(body, index)):
            continue
        end = index + 1
        while end < len(body) and body[end].kind is ITEM:
            end += 1
        if end == index + 1:
            continue
        items = [b for b in body[index + 1:end] if b.indent == body[index + 1].indent]
        if len(items) >= takehome._MIN_ITEMS and not all(takehome._asks_marked(b.text) for b in items):
            plain.append((index, end))
    assert [(ask.index, ask.end) for ask in takehome._asks(node) if ask.index >= 0] == plain
