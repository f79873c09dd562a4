"""Lines that look like one thing and are another: a quoted remark in a list (``- "Why would anyone build it
this way?"`` among quotes that do not ask: what a person says, listed as an example of how they talk) is a
remark, not a question to answer; a ``**Scenario:** The late migration`` line over labelled parts is the name
of a scenario, not its text, and a heading in the plural over it (``# Scenarios``) is their group; a
``### STAR breakdown`` sub-heading under a question names the answer's format, not the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block, ITEM
from .parts import label_of
from .qnumbers import numbers_question
from .quoting import quoted_whole
from .scenes import scene_title
from .text import ASK, is_question
from .unit import Unit
from ..lazyre import lazy_re

_ENDS = f".!{ASK}"  # a mark that may follow a quotation that is the whole line
_QUOTE_AFTER_LABEL = lazy_re(r'^[^"“”]{1,60}:\s*["“](?P<said>[^"“”]+)["”]')  # 'Comments like: "..."'


def _said(block: Block) -> str | None:
    """What an item quotes when it is a quotation (wholly, or after a short label); ``None`` otherwise."""
    first = block.text.split("\n", 1)[0].strip()
    if said := quoted_whole(first, _ENDS, plain=True):
        return said.strip()
    match = _QUOTE_AFTER_LABEL.match(first)
    return match["said"].strip() if match else None


def quoted_remark(blocks: Sequence[Block], index: int, block: Block) -> bool:
    """Whether ``block``, the item at ``index``, is wholly a quotation in a list where another item quotes a remark that
    does not ask: a list of things someone says, not of questions (a bank of quoted questions asks in each)."""
    if index >= len(blocks) or blocks[index] is not block:
        return False
    if block.kind is not ITEM or not quoted_whole(block.text.split("\n", 1)[0].strip(), _ENDS, plain=True):
        return False
    return any((said := _said(other)) is not None and not is_question(said)
               for other in _siblings(blocks, index) if other is not block)


def _siblings(blocks: Sequence[Block], index: int) -> list[Block]:
    """The items of the list the item at ``index`` is in, at its own depth."""
    indent = blocks[index].indent
    start = index
    while start > 0 and blocks[start - 1].kind is ITEM and blocks[start - 1].indent >= indent:
        start -= 1
    end = index
    while end + 1 < len(blocks) and blocks[end + 1].kind is ITEM and blocks[end + 1].indent >= indent:
        end += 1
    return [b for b in blocks[start:end + 1] if b.indent == indent]


def scene_name(rest: str, following: Block | None) -> str:
    """The name the text after a ``Scenario:`` label gives (a few words, no sentence's end; in capitals, in
    Title Case) when the scenario's labelled parts follow (``**Context:** ...`` on the next line); else ""."""
    name = scene_title(rest)
    return name if name and following is not None and label_of(following) is not None else ""


_GROUP = lazy_re(r"\b(?:scenarios|cases|case studies|exercises|situations|dilemmas)\b", re.IGNORECASE)
# a heading saying only that what follows is a specimen ("Example Story Bank Entry", "A sample entry",
# "Template responses"): such words and nothing else
_SPECIMEN = frozenset("example examples sample samples entry entries template templates specimen".split())
_SPECIMEN_WORDS = _SPECIMEN | frozenset("a an the my our one story stories bank answer answers response responses "
                                        "model filled completed worked full star".split())


def is_specimen(head: str) -> bool:
    """Whether a heading only says that what follows is an example of the material, naming nothing."""
    words = set(re.findall(r"[a-z]+", head.casefold()))
    return bool(words & _SPECIMEN) and words <= _SPECIMEN_WORDS


def own_name(head: str, units: Sequence[Unit]) -> str:
    """The name of the one story or scenario a section holds: the section's heading, unless that heading is a
    group's (``Scenarios``, ``Leadership case studies``) or a specimen's (``Example entry``) and the story or
    scenario names itself (``**Scenario:** The rota``, ``Story: "The quiet outage"``)."""
    named = [unit.title for unit in units if unit.title]
    return named[0] if len(units) == 1 and named and (not head or _GROUP.search(head) or is_specimen(head)) \
        else head


_FORMAT = lazy_re(r"^(?:how to (?:structure|frame|tell|give|deliver) (?:your|the|an?|this) (?:answer|response|story)\s+)?"
                  r"(?:(?:using|use|with|in|the|an?|my|sample|example|model|full)\s+)*(?:star|starl|soar|car|par|sar)(?:\s+l)?"
                  r"(?:\s+(?:method|framework|format|structure|breakdown|response|answer|example|story|version"
                  r"|approach|outline|walkthrough|model))*$", re.IGNORECASE)

_PUNCTUATION = lazy_re(r"[^\w\s]")  # a mark between the words of a title: read as a space


def story_title(unit: Unit) -> str:
    """A unit's title, unless it only names the answer's format (``STAR breakdown``, ``Using the STAR method``)
    or only numbers a question (``Question 3``) under a question of the unit's own: then the story has no name."""
    if not unit.question or not unit.title:
        return unit.title  # no question of its own, or no title: nothing to judge
    words = " ".join(_PUNCTUATION.sub(" ", unit.title).split())
    return "" if _FORMAT.match(words) or numbers_question(unit.title, only=True) else unit.title
