"""A list of coaching facets under a question: ``Category - Motivation``, ``Testing - Ambition``, ``Approach - Tie
the goal to the team``, ``Red Flags - Vague goals``, each label set off by a dash or a tab, not a colon.

Among three or more items of one list so written, where two or more labels name coaching or a fact about the note
(Category, Red Flags, Tips, Signals), every label is read as coaching: what is tested is a signal, the approach a
tip (not a story's Action), the category the note's topic. A list of single letters in the same places
(``C - ...``, ``T - ...``, ``A - ...``, ``R - ...``) reads as the initials of such a list of the same document; its
letters are a story's parts only when they spell one in order (S, T, A, R or C, A, R), never ``C`` then ``T``.
Once a document has written such a list, a list right under a later heading with as many terse items, no labels and
no first person (``- Motivation``, ``- Ambition, realism``, ...) is the same facets without their labels.
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Block, HEADING, ITEM
from .labels import COACH_SLOTS, slot
from .voice import first_person, unquoted
from ..lazyre import lazy_re

# "Category<TAB>- Motivation", "Testing   - Ambition", "Red Flags – vague": a short label, then a dash or a tab
_FACET = lazy_re(r"^(?P<label>[A-Za-z][A-Za-z /&']{0,24}?)(?:\s*\t[\s-]*|\s+[-–—]\s+)(?P<rest>\S.*)$", re.DOTALL)
_SETS_OFF = lazy_re(r"[\t\-–—]")  # what sets a facet's label off: a line with none is tried no further
_LETTER = lazy_re(r"^(?P<label>[A-Z])\s+[-–—]\s+(?P<rest>\S.*)$", re.DOTALL)
# what a facet list calls its coaching beyond our own labels ("Testing", "What it tests", "Approach")
_WORDS = {"testing": "signals", "tests": "signals", "tested": "signals", "what it tests": "signals",
          "what is tested": "signals", "assesses": "signals", "evaluates": "signals", "approach": "tips",
          "how to approach": "tips", "strategy": "tips"}
_NAMES = {"topic": "Competencies", "competencies": "Competencies", "signals": "Signals", "tips": "Tips",
          "redflags": "Red flags"}  # the label each facet is given: one our labels read as that coaching
_FACTS = frozenset({"topic", "competencies"})
_STORIES = ("STARL", "CARL", "PARL")  # letters that spell a story's parts, in order
_PLACES = "#"  # the key under which the last facet list's slots are kept, for its unlabelled repeats


def facet_lists(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the items of each facet list labelled as the coaching they are (see the module)."""
    out = list(blocks)
    initials: dict[str, str] = {}  # a facet list's initials -> its slots, in order ("CTAR" -> topic, signals, ...)
    start = 0
    while start < len(out):
        if out[start].kind is not ITEM:
            start += 1  # no list item, no run of them
            continue
        end = start + 1
        while end < len(out) and _sibling(out[end - 1], out[end]):
            end += 1
        if end - start >= 3:
            _label_run(out, start, end, initials)
        start = end
    return out


def _sibling(before: Block, block: Block) -> bool:
    return block.kind is before.kind is ITEM and block.indent == before.indent \
        and block.quoted == before.quoted and block.line <= before.end + 1


def _facet(label: str) -> str | None:
    key = " ".join(label.casefold().split())
    found = slot(key)
    return found if found in COACH_SLOTS or found in _FACTS else _WORDS.get(key)


def _label_run(blocks: list[Block], start: int, end: int, initials: dict[str, str]) -> None:
    """Label the items of ``blocks[start:end]`` when they are a facet list, or the initials of one."""
    firsts = [b.text.partition("\n")[0].strip() for b in blocks[start:end]]
    matches = [_FACET.match(first) if _SETS_OFF.search(first) else None for first in firsts]
    labelled = sum(1 for match in matches if match)
    if labelled >= 3 and _labelled(blocks, start, matches, initials):
        return  # three labels at least, the fewest a facet list has
    if not labelled or not all(_LETTER.match(first) for first in firsts):  # a line "C - ..." has a label too
        _by_place(blocks, start, end, initials.get(_PLACES, ""))
        return
    letters = [_LETTER.match(first) for first in firsts]
    spelt = "".join(m.group("label") for m in letters if m)
    if any(_in_order(spelt, story) for story in _STORIES):
        return  # "S - ...", "T - ...", "A - ...", "R - ...": a story told by its initials
    slots = initials[spelt].split("|") if spelt in initials else []
    for index, match in enumerate(letters, start=start):
        if match and slots:
            _relabel(blocks, index, _NAMES.get(slots[index - start], slots[index - start]), match.group("rest"))
        elif blocks[index].lead:
            blocks[index] = dataclasses.replace(blocks[index], lead="", rest="")  # no story's part: its own text


def _labelled(blocks: list[Block], start: int, matches: list[re.Match[str] | None],
              initials: dict[str, str]) -> bool:
    """Label the items from ``start`` (``matches``: their first lines read as ``Label - text``) as the coaching
    their labels name, when they are a facet list; whether they are."""
    labels = [m.group("label").strip() if m else "" for m in matches]
    names = [_facet(label) if label else None for label in labels]
    ours = [label for label, name in zip(labels, names) if name and (slot(label) in COACH_SLOTS or slot(label) in _FACTS)]
    read = [name for name in names if name]
    if len(ours) < 2 or len(read) < 3 or len(set(read)) != len(read):
        return False
    initials["".join(label[0].upper() for label, name in zip(labels, names) if name)] = "|".join(read)
    initials[_PLACES] = "|".join(read) if len(read) == len(matches) else ""
    for index, (match, label, name) in enumerate(zip(matches, labels, names), start=start):
        if match and name:
            _relabel(blocks, index, label if slot(label) == name != "topic" else _NAMES[name], match.group("rest"))
    return True


def _by_place(blocks: list[Block], start: int, end: int, places: str) -> None:
    """Label the items of ``blocks[start:end]`` by their place in the document's facet list (``places``, its
    slots) when they repeat it without labels: right under a heading, as many items, each terse and told by no I."""
    if not places:
        return  # no facet list yet to repeat
    slots = places.split("|")
    run = blocks[start:end]
    if len(slots) != len(run) or start == 0 or blocks[start - 1].kind is not HEADING \
            or any(b.lead or "\n" in b.text or b.text.rstrip().endswith(".") or first_person(unquoted(b.text))
                   for b in run):
        return
    for index, name in enumerate(slots, start=start):
        _relabel(blocks, index, _NAMES.get(name, name), blocks[index].text)


def _relabel(blocks: list[Block], index: int, label: str, rest: str) -> None:
    block = blocks[index]
    more = block.text.partition("\n")[2].strip()
    blocks[index] = dataclasses.replace(block, lead=label, rest="\n".join(filter(None, (rest.strip(), more))))


def _in_order(letters: str, story: str) -> bool:
    """Whether ``letters`` are some of ``story``'s, each once and in its order."""
    at = 0
    for letter in letters:
        at = story.find(letter, at) + 1
        if not at:
            return False
    return len(set(letters)) == len(letters)
