"""A stock question quoted on its own, then a sample reply that a short line introduces.

An essay of advice quotes a question the reader may be asked and shows a reply::

    > "Tell me about the last time you handled a missed deadline."

    A good response could be:

    > "I have not run a formal plan before, but I would first ..."

The quoted question (a quote block that is only a question) is a note's question and the quoted reply its
answer, when the line between them is short, closes with a colon and speaks of a response, reply or answer. The
advice around them stays text. A question quoted inside such a line, over a reply in quotes, is read by
:mod:`.replyquote`.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH
from .replyquote import INTRODUCES, Reply, quoted_reply
from .text import is_question, unquote

_MAX_INTRO_WORDS = 10


def quoted_sample(blocks: list[Block] | tuple[Block, ...], index: int) -> Reply | None:
    """The question, its sample reply and the blocks read with it (the introducing line and the reply) when
    ``blocks[index]`` is a quoted question over a sample reply so introduced (see the module docstring), or a line
    quoting a question over a quoted reply (:func:`.replyquote.quoted_reply`); ``None`` otherwise."""
    block = blocks[index]
    if not block.quoted:
        return quoted_reply(blocks, index)
    if block.kind is not PARAGRAPH or index + 2 >= len(blocks) \
            or "\n" in block.text.strip():
        return None
    intro, reply = blocks[index + 1], blocks[index + 2]
    text = intro.text.strip()
    if intro.quoted or intro.kind is not PARAGRAPH or not text.endswith(":") \
            or len(text.split()) > _MAX_INTRO_WORDS or not INTRODUCES.search(text) \
            or not reply.quoted or reply.kind is not PARAGRAPH:
        return None
    asked = unquote(block.text.strip())
    if asked == block.text.strip() or not is_question(asked):
        return None
    return Reply(asked, unquote(reply.text.strip()), (intro, reply), "")
