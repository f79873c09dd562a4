"""reading._answer_block lists Block's fields by hand (dataclasses.replace costs twice as much): it must keep every
field it does not replace, including any field added to Block later."""

from __future__ import annotations

import dataclasses

from leaderdeck.importers.blocks import Block, ITEM, PARAGRAPH
from leaderdeck.importers.reading import _answer_block


def _unusual(field: dataclasses.Field):
    """A value unlike the field's default, of its type."""
    kind = str(field.type)
    if "BlockKind" in kind:
        return ITEM
    if "tuple[int" in kind:
        return (7, 9)
    if "tuple" in kind:
        return (("a", "b"),)
    if "bool" in kind:
        return True
    if "int" in kind:
        return 5
    return f"{field.name} text"


def test_an_answer_on_its_question_line_keeps_every_other_field_of_the_question_block():
    block = Block(**{field.name: _unusual(field) for field in dataclasses.fields(Block)})
    assert _answer_block(block, "I did it.") == dataclasses.replace(
        block, kind=PARAGRAPH, text="I did it.", lead="", rest="", number=None, indent=block.indent + 1)
