"""A title naming questions typed right over them in Markdown: ``Behavioral Questions`` / ``What's the most
interesting project you have done``.

Lines typed without blank lines between them run into one Markdown paragraph, so the title and the questions under
it would be read as one line of text. When the first line of a paragraph is a short title that names questions (it
ends with ``Questions``, ``问题``) and every line under it asks, each line is a paragraph of its own, as in plain
text: the title, then each question, whatever ends it. A title naming the follow-ups of the question above
(``Follow-up Questions``) keeps its lines with it.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH
from .boldlead import bold_lead
from .labels import slot
from .text import is_question, words
from .textreader import label_of
from ..lazyre import lazy_re

_NAMES_QUESTIONS = lazy_re(r"(?:\bquestions|问题|問題|質問|질문)\W*$", re.IGNORECASE)
_MAX_TITLE_WORDS = 6
_OWN_QUESTIONS = (None, "container", "question")  # the slots of a title over questions that are notes of their own


def titled_questions(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each Markdown paragraph of a title over questions cut into its lines (see the module)."""
    out: list[Block] = []
    for block in blocks:
        if block.kind is not PARAGRAPH or block.plain or block.quoted or block.lead \
                or "\n" not in block.text:  # a block of one line, or none of these: its text is not split
            out.append(block)
            continue
        lines = block.text.split("\n")
        if not _names_questions(lines[0]) or not all(is_question(line) for line in lines[1:]):
            out.append(block)
            continue
        out.extend(paragraph(line.strip(), block, block.line + offset) for offset, line in enumerate(lines))
    return out


def _names_questions(line: str) -> bool:
    """A short title naming questions of their own: ``Behavioral Questions``, ``行为问题:``; not the follow-ups or
    other wordings of the question above (``Follow-up Questions``, ``Probing questions``)."""
    return 0 < words(line) <= _MAX_TITLE_WORDS and bool(_NAMES_QUESTIONS.search(line.strip())) \
        and slot(line.strip(" *_:：")) in _OWN_QUESTIONS


def paragraph(text: str, block: Block, line: int) -> Block:
    """The Markdown paragraph ``text`` would be on its own at ``line``, cut out of ``block``: its bold lead-in or
    ``Label:`` read as the reader reads one."""
    lead, rest, bold = bold_lead(text)
    if not lead and not bold:
        first, _, more = text.partition("\n")
        lead, rest = label_of(first)
        rest = "\n".join(filter(None, (rest, more.strip())))
    return Block(PARAGRAPH, line, max(line, block.end) if "\n" in text else line, text, indent=block.indent,
                 lead=lead, rest=rest, bold=bold, folded=block.folded)
