"""Short prompts in a list of questions: ``- hardest migration``, ``- 优点缺点`` ("strengths and weaknesses"),
``- deal with 不配合的同事`` among ``- Why do you want to join us?`` and ``- 怎么带团队``.

A bank's author often jots a prompt as the topic or experience to speak about, with no verb that asks. Such an
item of two words or more is a question (a draft until answered, what is nested under it its answer) when at
least half of the other items of its list ask, two of them at least: the list is a list of questions. An item
there that holds a CJK interrogative inside a clause (``跟老板如何处理冲突``) is a prompt too. What is no prompt
stays text: a sentence (a full stop or ``。`` inside), a group's name ending in ``:``, a labelled line, a link, a
line told in the first person, a long line, a single word (``- Jira``: a name). A list of advice or notes, where
few items ask, keeps its short items as they are.
"""

from __future__ import annotations


from .blocks import Block, ITEM
from .cjkasks import holds_interrogative
from .questions import question_of
from .storyprompts import list_span
from .text import is_bare_link, plain_words
from .voice import first_person
from ..lazyre import lazy_re

_MAX_WORDS = 8  # "simple solution to solve a problem": a topic, not an answer
_MAX_CHARS = 40
_SENTENCE = lazy_re(r"[。！!；;：:]|\.(?:\s|$)")
_SLIPS = "，、, \t"
_CJK = lazy_re(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, ideographs, hangul


def short_prompt(text: str) -> bool:
    """Whether ``text`` (an item's first line) could be a jotted prompt: short, no sentence, no label, no link, not
    told as I; or a line holding a CJK interrogative word."""
    core = " ".join(plain_words(text).split()).rstrip(_SLIPS)
    if len(core) > _MAX_CHARS and core.isascii():
        return False  # too long to be jotted, and no CJK word to ask with: most lines, before their words are read
    if not core or is_bare_link(core) or first_person(core) or "我" in core:
        return False
    if holds_interrogative(core):
        return True
    several = len(core.split()) >= 2 or len(_CJK.findall(core)) >= 2  # "Jira" alone names a tool, not a prompt
    return several and len(core.split()) <= _MAX_WORDS and len(core) <= _MAX_CHARS and not _SENTENCE.search(core) \
        and not core.endswith(("?", "？"))


class BarePrompts:
    """Finds short prompts in the lists of one run of blocks, reading each list's questions once."""

    def __init__(self) -> None:
        self._blocks: list[Block] | None = None  # the blocks whose lists are known
        self._lists: dict[tuple[int, bool], tuple[int, int, int, tuple[int, ...]]] = {}  # per depth and
        # marker (numbered or not), the last list read there

    def at(self, blocks: list[Block], index: int, after_only: bool) -> bool:
        """Whether the item at ``index`` is a short prompt in a list of questions: half the other items of its list
        ask or more, two at least (one before it when ``after_only``: under a question, the first items may be its
        answer)."""
        block = blocks[index]
        if block.kind is not ITEM or block.quoted or block.lead or block.bold \
                or not short_prompt(block.text.partition("\n")[0]):
            return False  # a whole-bold item ("10. **Owning outcomes**") names the group of the questions below it
        count, lines = self._asking(blocks, index)
        asking = [line for line in lines if line != block.line]
        if after_only and not any(line < block.line for line in asking):
            return False
        return len(asking) >= 2 and 2 * len(asking) >= count - 1

    def _asking(self, blocks: list[Block], index: int) -> tuple[int, tuple[int, ...]]:
        """``(items, lines of the items that ask)`` of the list holding ``blocks[index]``, read once per list."""
        if blocks is not self._blocks:
            self._blocks, self._lists = blocks, {}
        indent, numbered = blocks[index].indent, blocks[index].number is not None
        known = self._lists.get((indent, numbered))
        if known is not None and known[0] <= index <= known[1]:
            return known[2], known[3]
        start, end = list_span(blocks, index)
        # bullets between numbered questions ("3) How do you ...?" / "- Offer a smaller version" / "4) ...") are
        # a list of their own, the answer of the number above them: only items marked alike are counted
        items = [b for b in blocks[start:end + 1] if b.indent == indent and b.kind is ITEM
                 and (b.number is not None) == numbered]
        lines = tuple(item.line for item in items if question_of(item) is not None)
        self._lists[(indent, numbered)] = (start, end, len(items), lines)
        return len(items), lines
