"""Follow-ups listed one per item under a question, each labelled or each asking.

    **Tell me about a time you shipped late.**
    - Follow-up: What did you tell the customer?
    - Follow-up: What would you change?

An item (or a paragraph) that opens with a follow-up label (``Follow-up:``, ``Follow up:``, ``Probe:``, bold or
not, also ``Follow up on the above:``) and asks is a follow-up of the question above it, whatever came between: never a question of its own, and the
question after it is never its answer. Under a question's heading with no answer of its own, a short list whose every item asks
(``### Tell me about a mistake.`` over ``* How did you handle it?``) is that question's follow-ups too, and so are
items that all ask nested under an item of its text that does not ask (``- Conflict comes with the job.`` over
``  - How do you notice one?``), unless that item opens them as its own list (``I ask them:``) or is a
labelled part (``Example: ...``). So is the one item that asks when it is all the heading's text but for a note
nested under it (``- Do you stick to what works?`` over ``  - offsites, pairing``): the note stays the answer.

A guide sets the probes an interviewer adds in italics right under the question's heading, before its advice::

    ### 2. Tell me about a time you juggled several projects.

    _How did you keep track? What did you drop?_

That paragraph, wholly in italics (single markers, not bold), told by no "I" or "we" and ending with a question
mark, is the heading's follow-ups (a sentence leading into them stays with the one it leads into), never a
question of its own that takes the advice under it as its answer.
"""

from __future__ import annotations

import re

from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .questions import split_questions
from .text import clean_title, ends_asking, is_question, unquote
from .voice import first_person
from ..lazyre import lazy_re

_LABELLED = lazy_re(r"^(?:\*\*|__)?(?:follow[- ]?up(?: question)?|probe|probing question)"
                    r"(?: (?:on|to) (?:the )?(?:above|that|this|it|(?:previous|last)(?: one| question)?))?"  # "... on the above"
                    r"\s*(?:[:：]|\s[-–—])"
                    r"\s*(?:\*\*|__)?\s*(?P<asked>\S.*)$", re.IGNORECASE | re.DOTALL)
# a short label opening an item ("Example: ...", "**Tip**: ..."): the item is a labelled part, its nested items its own
_LABEL = lazy_re(r"^[^\s:：]+(?:\s+[^\s:：]+){0,2}\s*[:：]\s")
# "*...*" or "_..._" around a whole paragraph, single markers only (bold, "**...**", is a label or a question)
_ITALIC = lazy_re(r"^(?P<mark>[*_])(?![*_\s])(?P<inner>[^*_]+?)(?<![\s*_])(?P=mark)$", re.DOTALL)
_MAX_LISTED = 4  # a longer list of questions under a question is more likely a bank of its own


def labelled_follow_up(block: Block) -> str:
    """The question of an item labelled as a follow-up (``- Follow-up: What did you change?``), without the label
    and its emphasis; ``""`` for any other block."""
    if block.kind not in (ITEM, PARAGRAPH) or block.quoted:
        return ""  # "- Follow-up: ...?", or a paragraph of its own: "Follow up: Which habit did you drop?"
    if block.text.lstrip().lstrip("*_")[:3].lower() not in ("fol", "pro"):
        return ""  # no "Follow up" nor "Probe" opens it: most blocks, before their lines are joined
    match = _LABELLED.match(" ".join(block.text.split()))
    if match is None:
        return ""
    asked = unquote(match["asked"].lstrip("*_ ").strip())
    return asked if is_question(asked) or ends_asking(asked) else ""


def heading_follow_ups(question: str, body: list[Block]) -> tuple[list[Block], tuple[str, ...]]:
    """``body`` (what stands under a question's heading) without its follow-ups, and those follow-ups: the items
    labelled as follow-ups before any other question, or, when ``body`` is only a short list whose items all ask
    and the heading asks nothing about questions, every item; a first paragraph in italics that asks, too."""
    if body and (probes := _italic_probes(question, body[0])):
        rest, more = heading_follow_ups(question, body[1:])
        return rest, (*probes, *more)
    labelled: list[tuple[Block, str]] = []
    for block in body:
        if (asked := labelled_follow_up(block)) and block.indent == 0:
            labelled.append((block, asked))
        elif block.kind in (HEADING, RULE) or is_question(block.text.partition("\n")[0]):
            break
    if labelled:
        taken = {id(block) for block, _ in labelled}
        return [b for b in body if id(b) not in taken], tuple(asked for _, asked in labelled)
    if 0 < len(body) <= _MAX_LISTED and "question" not in question.casefold() \
            and all(_asks(block) for block in body):
        return [], tuple(unquote(clean_title(block.text)).strip() for block in body)
    if "question" not in question.casefold() and (asked := _one_asking_item(body)):
        return body[1:], (asked,)
    return _nested_follow_ups(body)


def _italic_probes(question: str, block: Block) -> tuple[str, ...]:
    """The follow-ups in ``block`` when it is a paragraph wholly in italics right under a heading that asks, told by
    no "I" or "we" and ending with a question mark: ``()`` for any other block."""
    if block.kind is not PARAGRAPH or block.quoted or block.lead or not is_question(question):
        return ()
    match = _ITALIC.match(block.text.strip())
    if match is None:
        return ()
    inner = " ".join(match["inner"].split())
    if not ends_asking(inner, "\"”’)") or first_person(inner):
        return ()
    return tuple(split_questions(inner))


def _one_asking_item(body: list[Block]) -> str:
    """The question of ``body``'s first block when it is the one outermost item, and it asks, over items nested
    under it that ask nothing (a note on it); else ``""``."""
    filled = [b for b in body if b.text.strip() or b.rows]
    if len(filled) < 2 or filled[0] is not body[0] or not _asks(filled[0]):
        return ""
    rest = filled[1:]
    if any(b.kind is not ITEM or b.indent == 0 or b.quoted or ends_asking(b.text.strip(), "\"”’)")
           for b in rest):
        return ""
    return unquote(clean_title(filled[0].text)).strip()


def _nested_follow_ups(body: list[Block]) -> tuple[list[Block], tuple[str, ...]]:
    """``body`` without the runs of nested items that all ask under an outermost item of the question's text that
    neither asks nor opens them as its own list (it ends in a colon, opens on a label, "Example: ...", or tells as I
    or we: "I ask them:"), and those items: follow-ups of the heading's question."""
    taken: list[Block] = []
    for index, block in enumerate(body):
        if block.kind is not ITEM or block.indent or block.quoted or is_question(block.text) \
                or block.text.rstrip().endswith((":", "：")) or _LABEL.match(block.text) or first_person(block.text) \
                or block.lead and not block.rest.strip():  # "- **Agenda:**" over the questions asked: a label
            continue
        end = index + 1
        while end < len(body) and body[end].indent > 0 and body[end].kind is not HEADING:
            end += 1
        run = body[index + 1:end]
        if run and all(_asks(b, nested=True) for b in run):
            taken.extend(run)
    if not taken:
        return body, ()
    return [b for b in body if b not in taken], tuple(unquote(clean_title(b.text)).strip() for b in taken)


def _asks(block: Block, nested: bool = False) -> bool:
    """An outermost item (or, ``nested``, an item nested one level or more) of one line that only asks."""
    text = block.text.strip()
    return block.kind is ITEM and (block.indent > 0 if nested else block.indent == 0) and not block.quoted \
        and not block.lead \
        and "\n" not in text and is_question(text) and ends_asking(text, "\"”’)")
