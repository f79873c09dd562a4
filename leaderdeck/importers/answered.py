"""A table of questions answered once, below it:

    ### Value 1: Ownership
    | Question | Your Story |
    | "Tell me about a project you owned" | The billing ledger |
    | "Tell me about taking initiative" | The flaky tests |
    **Answer:**
    > "When our billing job was retired, I ..."

The rows ask one question in several words, and the ``Answer:`` under the table answers it: one note, the
first row's question its question, the other rows its variants, the text under the label its answer, the
story each row names a coach tip.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..model import Coach, Kind, QaBody
from .base import Parsed
from .blocks import Block, HEADING, TABLE, RULE
from .content import blocks_text
from .headers import header_mapping
from .parts import label_of
from .text import unquote

_ENDS = frozenset({HEADING, RULE, TABLE})


def answer_below(blocks: Sequence[Block], index: int) -> tuple[int, str]:
    """``(blocks used, answer)`` of an ``Answer:`` label right after the table at ``index`` and the text under
    it, up to the next heading, rule, table or label; ``(0, "")`` when no answer label follows the table."""
    if index + 1 >= len(blocks) or (found := label_of(blocks[index + 1])) is None or found[0] != "answer":
        return 0, ""
    texts = [found[2].strip()] if found[2].strip() else []
    end = index + 2
    while end < len(blocks) and blocks[end].kind not in _ENDS and label_of(blocks[end]) is None:
        end += 1
    texts.append(blocks_text(list(blocks[index + 2:end])))
    return end - index - 1, "\n\n".join(t for t in texts if t.strip())


def answered_once(table: Block, notes: Sequence[Parsed], answer: str) -> Parsed | None:
    """The table's rows (``notes``, none answered) as one note answered by ``answer``; ``None`` when a row has
    an answer of its own or tells a story (each row is then its own note)."""
    if not answer or not notes or any(n.kind is not Kind.QA or n.body.answer for n in notes):
        return None
    first, *others = notes
    question = unquote(first.body.question)
    mapping, _ = header_mapping([cell.strip() for cell in table.rows[0]])
    column = {field: index for index, field in sorted(mapping.items(), reverse=True)}  # each field's first column
    asked, story = column["question"], column.get("title")
    tips = tuple(f"Story for \"{unquote(row[asked])}\": {row[story].strip()}" for row in table.rows[1:]
                 if story is not None and max(asked, story) < len(row) and row[story].strip())
    named = f"**{table.rows[0][story].strip().strip(' :')}:**" if story is not None else None
    own = tuple(tip for tip in first.coach.tips if named is None or not tip.startswith(named))  # its row's story
    return dataclasses.replace(
        first, body=QaBody(question=question, answer=answer), name=question, reasons=(),
        variants=(*first.variants, *(unquote(n.body.question) for n in others)),
        coach=Coach(first.coach.signals, first.coach.cheat_code, (*own, *tips)))

