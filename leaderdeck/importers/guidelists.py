"""A guide's part written as one list of labelled items, each over a nested list:

    * **Sample questions:**
      * "How did you choose your last team?"
      * "What would your lead say about you?"
    * **What the interviewer looks for:**
      * Whether you can tell a clear story.
      * Do you own your choices?
    * **Tips:**
      * Keep it under two minutes.

The questions are the part's; what the interviewer looks for and the tips are coaching for every one of them. Read
as nested items, the coaching items that end in "?" were taken for more questions and the rest was text under the
part. Where a list holds two or more such labels side by side at its margin, each alone on its item with a nested
list under it, one of them over items that ask and one naming coaching (what the interviewer looks for, intends or
assesses; tips), the coaching labels become label lines over their lists, brought up one level, and go above the
questions: a group's coaching stated before its questions is given to each of them, and a coaching list's items
stay coaching whatever they end with (a tip's own bold lead, ``**Structure:** ...``, starts no section of its own).
Each item under the other label that asks or quotes what is put to the candidate is an example question however it
ends (``**Technical:** "..."`` gives the quoted question); the label itself, which only said so, goes.
"""

from __future__ import annotations

import dataclasses

from .blocks import Block, ITEM, PARAGRAPH
from .labels import slot
from .text import is_question, unquote

_COACHING = frozenset({"signals", "tips", "redflags"})
_MOST = 40  # items nested under one label, at most
_OPENING = "\"“"
_CLOSING = "\"”"


def guide_lists(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each list of labelled coaching and question items rewritten as label lines, the coaching
    first (see the module docstring); ``blocks`` itself when there is none."""
    starts = [index for index, block in enumerate(blocks) if block.kind is ITEM and block.lead and not block.rest
              and not block.indent and (not index or blocks[index - 1].kind is not ITEM)]  # a list opening on a label
    groups = [group for index in starts if (group := _group(blocks, index)) is not None]
    if not groups:
        return blocks
    out = list(blocks[:groups[0][0][0][0]])
    for number, (labels, end) in enumerate(groups):
        coaching = [span for span in labels if _coaches(blocks[span[0]])]
        for start, stop in coaching:  # "**Structure:** ..." in a list of tips: a tip, its label no new section
            out.append(dataclasses.replace(blocks[start], kind=PARAGRAPH, indent=0))
            out.extend(dataclasses.replace(b, indent=b.indent - 1, lead="", rest="") for b in blocks[start + 1:stop])
        for start, stop in (span for span in labels if span not in coaching):
            if _asks(blocks[start + 1:stop]):  # each item an example question, however it ends; the label said so
                out.extend(dataclasses.replace(b, indent=b.indent - 1, **_asked(b)) for b in blocks[start + 1:stop])
            else:  # another label over its list: a label line over it
                out.append(dataclasses.replace(blocks[start], kind=PARAGRAPH, indent=0))
                out.extend(dataclasses.replace(b, indent=b.indent - 1) for b in blocks[start + 1:stop])
        out.extend(blocks[end:groups[number + 1][0][0][0] if number + 1 < len(groups) else len(blocks)])
    return out


def _group(blocks: list[Block], index: int) -> tuple[list[tuple[int, int]], int] | None:
    """The labelled items of the list opening at ``index`` on a label (each as its span of blocks) and where the
    list ends, when it is such a group (see the module docstring)."""
    labels: list[tuple[int, int]] = []
    at = index
    while at < len(blocks) and blocks[at].kind is ITEM and blocks[at].indent == 0 and blocks[at].lead \
            and not blocks[at].rest:
        stop = at + 1
        while stop < len(blocks) and blocks[stop].kind is ITEM and blocks[stop].indent > 0 and stop - at <= _MOST:
            stop += 1
        if stop == at + 1 or stop - at > _MOST:
            return None  # a label with nothing nested under it, or over a long outline: no guide's short list
        labels.append((at, stop))
        at = stop
    if len(labels) < 2 or at < len(blocks) and blocks[at].kind is ITEM and blocks[at].indent == 0:
        return None  # one label, or a list going on with items of another kind
    if not any(_coaches(blocks[start]) for start, _ in labels):
        return None
    asking = any(not _coaches(blocks[start]) and _asks(blocks[start + 1:stop]) for start, stop in labels)
    return (labels, at) if asking else None


def _coaches(label: Block) -> bool:
    """Whether a label item names coaching: what the interviewer looks for or intends, tips, red flags."""
    return slot(label.lead) in _COACHING


def _asks(items: list[Block]) -> bool:
    """Whether the items right under a label ask or quote what is put to the candidate, half of them at least."""
    own = [item for item in items if item.indent == 1]
    asked = sum(1 for item in own if put_to_candidate(item.rest or item.text))
    return bool(own) and 2 * asked >= len(own)


def put_to_candidate(text: str) -> bool:
    """Whether ``text`` asks, or is wholly a quote (the interviewer's words)."""
    text = text.strip()
    return is_question(unquote(text)) or len(text) > 2 and text[0] in _OPENING and text[-1] in _CLOSING


def _asked(item: Block) -> dict[str, object]:
    """What to change of an item right under the questions' label: one put to the candidate (asking, or quoting
    the interviewer's words, ``**Technical:** "..."`` too) is a prompt, its kind's word and quotes dropped."""
    text = item.rest if item.lead and put_to_candidate(item.rest) else item.text
    if item.indent != 1 or not put_to_candidate(text):
        return {}
    asked = unquote(" ".join(text.split()))
    return {"text": f"Q: {asked}", "lead": "Q", "rest": asked, "prompt": True}  # "I'd love to hear ...": asked too
