"""A heading that names a question without asking it, over the question itself in a quote and then its answer:

    ## Slow teammate

    > Picture a colleague who keeps missing deadlines.
    > How would you deal with it?

    First ask what is really going on ...

The heading is the question's title and the quote is the question put to the candidate. Read apart, the heading
asks nothing, so the quote and the answer under it are text under a heading and are reported and lost (or the
heading's words become the question and the quote the start of its answer). The heading is given the quoted
question instead, as ``**Slow teammate** - Picture a colleague ... How would you deal with it?``: a title and its
question, the title naming the note (or the question alone, when the title would not be read as a name before
it: ``Work split - How would you ...? If you have led one, describe it.``).

Only when the quote is the first block under the heading, is one paragraph that asks (its wrapped lines joined),
and is followed by at least one block of text before the next heading or rule (the answer); the heading must ask
nothing and be no label of a story's part or of coaching (``### Situation`` over ``> What was the context?`` is a
template's prompt), and the text after the quote must not open on a label of ours (``**S:** ...``: a story named
by the heading and asked by the quote, read as such elsewhere). A heading over a quote alone, with nothing under
it, is left as it is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH, RULE
from .labels import slot
from .text import is_question, strip_emphasis, unquote
from .voice import as_i

_MOST_TITLE_WORDS = 8
_MOST_QUESTION_WORDS = 80


def quoted_asks(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each titled heading over a quoted question and its answer made that question (see the
    module docstring); ``blocks`` itself when there is none."""
    found = {index for index in range(len(blocks) - 2) if _titles_quote(blocks, index)}
    if not found:
        return blocks
    out: list[Block] = []
    for index, block in enumerate(blocks):
        if index - 1 in found:
            continue  # the quote: now the heading's question
        if index in found:
            quote = blocks[index + 1]
            title = strip_emphasis(block.text).strip()
            question = unquote(" ".join(quote.text.split()))
            titled = f"**{title}** - {question}"
            text = titled if is_question(titled) else question  # a title read as no name ("Work split"): the question
            block = dataclasses.replace(block, text=text, end=quote.end)
        out.append(block)
    return out


def _titles_quote(blocks: Sequence[Block], index: int) -> bool:
    """Whether ``blocks[index]`` is a heading naming, not asking, the question quoted right under it, with an
    answer after the quote."""
    heading = blocks[index]
    if heading.kind is not HEADING or heading.quoted:
        return False
    quote, after = blocks[index + 1], blocks[index + 2]
    if quote.kind is not PARAGRAPH or not quote.quoted or quote.lead or quote.bold \
            or after.kind in (HEADING, RULE) or after.lead and slot(after.lead) is not None:  # "**S:** ...": a story
        return False
    title = strip_emphasis(heading.text).strip()
    if not title or len(title.split()) > _MOST_TITLE_WORDS or "**" in title or title.endswith(":") \
            or is_question(title) or slot(title) is not None:
        return False
    question = unquote(" ".join(quote.text.split()))
    told = as_i(question) and not question.endswith("?")  # "I led the rewrite.": a quoted answer
    return len(question.split()) <= _MOST_QUESTION_WORDS and not told and is_question(question)
