"""A large section's sub-sections assembled in two processes give the notes, and the report, of one reading.

Every document (the import fixtures, the shared samples and seeds when ../shared is present, and small
documents of the shapes the split must respect) is imported with the thresholds of
:mod:`leaderdeck.importers.forkedsections` lowered, so that the first section with two sub-sections or more is
split, and again with every such section split (each forked child splitting its own sections again): each
import must equal the import in one process. Then the cases where the child's reading cannot be joined: it
gives up, or this process finds it cannot use it; either way this process reads those sections itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import FIXTURES
from leaderdeck.importers import assemble, forked, forkedsections, import_text
from leaderdeck.importers.blocks import Block, BlockKind
from leaderdeck.importers.outline import Node

SHARED = Path(__file__).resolve().parents[2] / "shared"
DOCUMENTS = sorted([*(FIXTURES / "import").glob("*.md"), *(FIXTURES / "import").glob("*.txt"),
                    *(SHARED / "seeds").glob("*.txt"),
                    *(p for p in (SHARED / "samples").glob("*.md") if p.name != "INDEX.md"),
                    *(SHARED / "samples").glob("*.txt")])
# A bank whose later section lists questions no single note can hold: the bank's own questions, read again
# as a group by the document's title once all its sections are read.
LISTED_LATE = """# Platform lead questions

## Why did you move into management?

I liked growing people more than growing code, and my team asked me to.

## How do you run a planning week?

We write the bets first, then cut them to what the team can carry.

## How do you handle a missed deadline?

I say so early, give a new date and the reason, and fix the estimate that misled us.

## What do you look for in a tech lead?

Someone who makes the team faster, not only their own tickets.

## Common questions

- How do you give hard feedback?
- How do you hire for a new team?
- What do you do when two seniors disagree?
"""
SHAPES = {
    "a list of questions in a later section": LISTED_LATE,
    "stories under a title": "# My stories\n\n" + "".join(
        f"## Story {n}: the {word} migration\n\n**Situation:** The {word} service was slow.\n\n"
        f"**Task:** I owned its move.\n\n**Action:** I moved it in slices.\n\n**Result:** Latency halved.\n\n"
        for n, word in enumerate(("billing", "search", "login", "upload", "export"), start=1)),
    "questions and coaching in parts": "# Part one\n\n## What is your biggest weakness?\n\nI over-plan; I now "
                                       "time-box plans.\n\n## Tips\n\n- Be honest\n\n# Part two\n\n"
                                       "## Why this company?\n\nYour product is what I use daily.\n\n"
                                       "## Red flags\n\n- Talking about salary first\n",
}
needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="no safe fork here: read in one process")


CASES = [*((f"{name}.md", text) for name, text in SHAPES.items()),
         *((p.name, p.read_text(encoding="utf-8")) for p in DOCUMENTS)]  # (file name, text)
IDS = [name[:40] for name, _ in CASES]


@pytest.fixture
def splits(monkeypatch):
    """Split from the first section with two sub-sections; the record of each split this process made: whether
    the child's reading was used, and how many lists of questions it sent back."""
    monkeypatch.setattr(forkedsections, "MIN_WEIGHT", 0)
    monkeypatch.setattr(forkedsections, "LEAST_SHARE", 0)
    made: list[tuple[bool, int]] = []
    in_two, join, here = forkedsections.in_two, forkedsections._join, os.getpid()

    def recorded(first, second, **kwargs):
        ours, theirs = in_two(first, second, **kwargs)
        if os.getpid() == here and theirs.pid == here:
            made.append((False, 0))  # the child gave up
        return ours, theirs

    def joined(assembler, sent, before, span):
        done = join(assembler, sent, before, span)
        if os.getpid() == here:
            made.append((done, len(sent.held) if done else 0))
        return done

    monkeypatch.setattr(forkedsections, "in_two", recorded)
    monkeypatch.setattr(forkedsections, "_join", joined)
    return made


@needs_fork
@pytest.mark.parametrize(("name", "text"), CASES, ids=IDS)
def test_a_document_imports_alike_with_one_section_split(taxonomy, splits, name, text):
    assert _import(taxonomy, name, text) == _alone(taxonomy, name, text)


@needs_fork
@pytest.mark.parametrize(("name", "text"), CASES, ids=IDS)
def test_a_document_imports_alike_with_every_section_split(monkeypatch, taxonomy, splits, name, text):
    alone = _alone(taxonomy, name, text)
    read_children = forkedsections.read_children

    def every_time(assembler, kids, read, meta):
        assembler.split = False
        return read_children(assembler, kids, read, meta)

    monkeypatch.setattr(assemble, "read_children", every_time)
    assert _import(taxonomy, name, text) == alone


@needs_fork
def test_splits_happen_and_their_readings_are_used(taxonomy, splits):
    for name, text in CASES:
        _import(taxonomy, name, text)
    used = [sent for sent in splits if sent[0]]
    assert len(splits) >= len(SHAPES) and len(used) >= 0.8 * len(splits)
    assert any(held for _, held in used)  # a list of questions remembered by the child, banked here


@needs_fork
def test_a_list_of_questions_in_a_later_section_is_banked_after_a_split(taxonomy, splits):
    alone = _alone(taxonomy, "bank.md", LISTED_LATE)
    assert [n.prompt for n in alone.notes][-3:] == ["How do you give hard feedback?", "How do you hire for a new team?",
                                                     "What do you do when two seniors disagree?"]
    assert _import(taxonomy, "bank.md", LISTED_LATE) == alone
    assert splits == [(True, 1)]


@needs_fork
def test_a_child_that_gives_up_leaves_its_sections_to_this_process(monkeypatch, taxonomy, splits):
    alone = _alone(taxonomy, "bank.md", LISTED_LATE)
    here, kept_whole = os.getpid(), forkedsections._kept_whole
    monkeypatch.setattr(forkedsections, "_kept_whole",
                        lambda loose, before: kept_whole(loose, before) and os.getpid() == here)
    assert _import(taxonomy, "bank.md", LISTED_LATE) == alone
    assert splits == [(False, 0)]


@needs_fork
def test_what_this_process_reported_inside_the_later_sections_makes_it_read_them_itself(monkeypatch, taxonomy,
                                                                                          splits):
    alone = _alone(taxonomy, "bank.md", LISTED_LATE)
    here, kept_whole = os.getpid(), forkedsections._kept_whole
    # this process finds its own reading took a report made before the split off: the child's reading is unused
    monkeypatch.setattr(forkedsections, "_kept_whole",
                        lambda loose, before: kept_whole(loose, before) and os.getpid() != here)
    assert _import(taxonomy, "bank.md", LISTED_LATE) == alone
    assert splits == [(False, 0)]


def test_the_cut_is_nearest_the_middle_by_weight_and_leaves_each_part_a_share(monkeypatch):
    def section(*sizes: int, children: tuple[Node, ...] = ()) -> Node:
        """A section headed by a block of 5 characters over blocks of ``sizes`` characters."""
        return Node(Block(BlockKind.HEADING, 1, 1, "x" * 5, level=2), 2,
                    body=[Block(BlockKind.PARAGRAPH, 2, 2, "x" * size) for size in sizes], children=list(children))

    monkeypatch.setattr(forkedsections, "BLOCK_WEIGHT", 5)
    monkeypatch.setattr(forkedsections, "MIN_WEIGHT", 100)
    assert forkedsections.weight(section(10, 20)) == 10 + 15 + 25  # the heading and each block, 5 more each
    assert forkedsections.weight(section(0, children=(section(10),))) == 10 + 5 + 25  # its sub-sections' too
    assert forkedsections.cut([section(100)]) is None  # one sub-section: nothing to share
    assert forkedsections.cut([section(20), section(20)]) is None  # 70 in all: too little to share
    assert forkedsections.cut([section(30), section(30), section(30), section(30)]) == 2
    assert forkedsections.cut([section(10), section(200)]) is None  # 25 of 240 before: too small a share
    assert forkedsections.cut([section(100), section(20), section(20), section(100)]) == 2  # 150 of 300 before
    # by weight: 70 + 70 of 355 before the third (by blocks, 11 of 24, the cut would come after the first)
    assert forkedsections.cut([section(*[1] * 10), section(*[1] * 10), section(200)]) == 2


def _import(taxonomy, name: str, text: str):
    return import_text(text, taxonomy, display=name, source=name)


def _alone(taxonomy, name: str, text: str):
    """The import with every section read in this process."""
    can_fork = forked.can_fork
    try:
        forkedsections.can_fork = lambda: False
        return _import(taxonomy, name, text)
    finally:
        forkedsections.can_fork = can_fork
