"""A large Markdown document read in two processes gives the blocks, and the notes, of one reading.

Every document here is cut at every line :mod:`leaderdeck.importers.halves` may cut at, and each
cut read as two halves must give the blocks of the whole; the documents are the fixtures, the shared
samples and seeds (../shared, when present), small documents of the shapes a cut must respect, and
documents drawn by hypothesis from lines that open, close or only look like fences. Then whole
imports run with the size threshold lowered, so that every sample is really read by a forked child.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from leaderdeck.importers import blocks, forked, halves, import_text
from leaderdeck.importers.document import clean
from leaderdeck.importers.blocks import Block
from leaderdeck.importers.mdreader import read_markdown

SHARED = Path(__file__).resolve().parents[2] / "shared"
DOCUMENTS = sorted([*(FIXTURES / "import").glob("*.md"), *(SHARED / "seeds").glob("*.txt"),
                    *(p for p in (SHARED / "samples").glob("*.md") if p.name != "INDEX.md")])
SHAPES = {
    "lists and quotes before": "# Bank\n\n1. Why?\n   - nested\n\n     more\n\n> quoted\n> - item\n\n"
                               "## Next\n\n- **Situation:** s\n- **Task:** t\n\n### Deeper\n\ntext\n",
    "a table and a setext heading": "Title\n=====\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## After\n\nPara\n"
                                    "---\n\n# Last\n\n    indented code\n\n## End\n",
    "a fence in a list item": "# A\n\n- item\n\n  ```\n  code\n\n  # not a heading\n  ```\n\n# B\n\ntext\n",
    "a fence at the top level": "# A\n\n```\n\n# inside the fence\n\n```\n\n# B\n\ntext\n",
    "HTML before": "# A\n\n<div>\n\n# in the div?\n\n</div>\n\n# B\n\n<details><summary>More</summary>\n\n"
                   "Answer.\n\n</details>\n",
    "numbered questions": "# Q\n\n1. One?\nAnswer.\n\n## Two\n\n2. Two?\n\n   Answer.\n\n#\n\n# Three\n",
    "closed fences": "# A\n\n```py\n\n# in\n\n```\n\n# B\n\n~~~~\n\n# in\n~~~\n```\n\n# in\n   ~~~~~  \n\n# C\n",
    "unclosed fences": "# A\n\n````\n\n# in\n\n```\n\n# in\n\n~~~\n\n# in\n\n"
                       "    ````\n\n# in\n\n\t````\n\n# in\n",
    "a fence in a list, closed at the first column": "# A\n\n- item\n\n   ```\n   code\n```\n\n# in\n\n```\n\n# B\n",
    "a fence in a quote, then one at the top level": "# A\n\n> ```\n> code\n```\n\n# in\n\n```\n\n# B\n",
    "a fence after a paragraph and a table": "# A\n\ntext\n```\n\n# in\n```\n\n"
                                             "| a | b |\n|---|---|\n```\n\n# in\n```\n\n# B\n",
    "lines a fence holds": "# A\n\n```\n```py\n~~~\n    ```\n\n# in\n\n````\n\n# B\n\n"
                           "````\n```\n\n# in\n\n````\n\n# C\n",
    "backticks that open no fence": "# A\n\n```a`b\n\n# B\n\n```\n\n# C\n",
}


def lines_of(text: str) -> tuple[str, ...]:
    return clean(text).lines


@pytest.mark.parametrize("text", [*SHAPES.values(), *(p.read_text(encoding="utf-8") for p in DOCUMENTS)],
                         ids=[*SHAPES, *(p.name[:40] for p in DOCUMENTS)])
def test_every_cut_reads_as_the_whole(text):
    assert_every_cut_reads_as_the_whole(lines_of(text))


def assert_every_cut_reads_as_the_whole(lines: tuple[str, ...]) -> None:
    whole = read_markdown(lines)
    for at in halves.cuts(lines):
        second = [halves.moved(block, at) for block in read_markdown(lines[at:])]
        halves_read = [*read_markdown(halves.head(lines, at)), *second]
        assert halves_read == whole, f"cut before line {at + 1}"
    assert_pieces_read_as_the_whole(lines, whole)


def assert_pieces_read_as_the_whole(lines: tuple[str, ...], whole: list[Block]) -> None:
    """Read in pieces (:mod:`.readahead`), as few as two and as many as there are cuts, the blocks are the whole's."""
    every = halves.cuts(lines)
    for count in (2, 3, 7, len(every) + 1):
        starts = halves.piece_starts(lines, count)
        assert starts[0] == 0 and set(starts[1:]) <= set(every) and list(starts) == sorted(set(starts))
        assert len(starts) <= count
        read = [Block(*row) for number in range(len(starts)) for row in halves.piece_rows(lines, starts, number)]
        assert read == whole, f"pieces starting at {starts}"


# Lines that open, close, or only look like fences, and what a fence could swallow or end.
FENCY_LINES = ["```", "````", "```py", "``` x `", "~~~", "~~~~", "~~~ `x`", "  ```", "   ~~~", "    ```", "\t```",
               " \t```", "```  ", "~~~\t", "> ```", "- ```", "  - ```", "1. ~~~", "", "", "", "# H", "## H",
               "#", "text", "- item", "  text", "    code", "> quote", "| a | b |", "|---|---|", "<div>", "Title",
               "===", "[a]: /u", "***"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(FENCY_LINES), max_size=24))
def test_every_cut_of_fenced_shapes_reads_as_the_whole(lines):
    assert_every_cut_reads_as_the_whole(("# Top", "", *lines, "", "# Last", "", "text"))


# Lines that open, close or hold HTML blocks of each kind CommonMark knows, <details> sections the reader carries
# from block to block, and headings and text they may hold or end before.
HTML_LINES = ["<details>", "</details>", "<details><summary>Why?</summary>", "<summary>Q?</summary>",
              "<!-- note", "-->", "<!-- all -->", "<pre>", "</pre>", "<script>", "</script>", "<?php", "?>",
              "<!DOCTYPE html>", "<![CDATA[", "]]>", "<div>", "</div>", "<aside>", "<span>x</span>", "<b>", "<3 this",
              "", "", "", "# H", "## H", "text", "- item", "  <div>", "> quote", "```", "    code"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(HTML_LINES), max_size=24))
def test_every_cut_of_html_shapes_reads_as_the_whole(lines):
    assert_every_cut_reads_as_the_whole(("# Top", "", *lines, "", "# Last", "", "text"))


def test_the_cut_is_the_cutting_line_nearest_the_middle_by_lines_that_are_not_blank():
    lines = lines_of("# A\n\ntext\n\n# B\n\ntext\n\n# C\n\ntext\n\n# D\n\ntext\n")
    assert halves.cuts(lines) == [4, 8, 12]
    assert halves.cut(lines) == 8  # the middle is line 8 of 16
    before = lines_of("# A\n\nx\n\n# B\n\nx\nx\nx\nx\n\n# C\n\nx\n")  # 14 lines, cuts at 4 and 11
    assert halves.cut(before) == 4  # 2 of 9 filled lines before it, 7 before "# C": as near the middle, the earlier
    long_lines = lines_of("# A\n\n" + "x" * 1000 + "\n\n# B\n\nx\n\n# C\n\nx\n\n# D\n\nx\n")
    assert halves.cut(long_lines) == 8  # "# C", by lines; by characters it would be "# B"
    assert halves.cut(lines_of("# A\n\nx\n\n# B\n" + "\nx\n" * 10)) == 4  # the only one, far from the middle
    spaced = lines_of("# A\n" + "\n" * 12 + "x\n\n# B\n\nx\nx\n\n# C\n\nx\nx\nx\nx\n")
    assert halves.cut(spaced) == 20  # "# C", 5 of 10 filled lines before it; by all lines it would be "# B"


def test_pieces_start_at_the_cuts_nearest_each_share_of_the_lines_that_are_not_blank():
    lines = lines_of("# A\n\ntext\n\n# B\n\ntext\n\n# C\n\ntext\n\n# D\n\ntext\n")  # 8 filled lines
    assert halves.piece_starts(lines, 4) == (0, 4, 8, 12)
    assert halves.piece_starts(lines, 2) == (0, 8)
    assert halves.piece_starts(lines, 100) == (0, 4, 8, 12)  # no more pieces than cuts allow
    assert halves.piece_starts(lines, 1) == (0,)
    before = lines_of("# A\n\nx\n\n# B\n\nx\nx\nx\nx\n\n# C\n\nx\n")  # cuts at 4 and 11
    assert halves.piece_starts(before, 2) == (0, 4)  # as near the middle as "# C": the earlier
    assert halves.piece_starts(lines_of(SHAPES["a fence at the top level"]), 3) == (0, 8)  # the only cut


def test_the_largest_piece_is_claimed_first():
    lines = lines_of("# A\n\nx\n\n# B\n\n" + "a longer line\n" * 5 + "\n# C\n\nxy\n")
    starts = halves.piece_starts(lines, 100)
    assert len(starts) == 3
    assert halves.piece_order(lines, starts) == (1, 2, 0)
    assert halves.piece_order(lines, (0,)) == (0,)


def test_no_cut_inside_or_after_an_unclosed_fence_or_html():
    assert halves.cuts(lines_of(SHAPES["a fence at the top level"])) == [8]  # "# B", after the closed fence
    assert halves.cuts(lines_of(SHAPES["closed fences"])) == [8, 19]
    assert halves.cuts(lines_of(SHAPES["unclosed fences"])) == []
    assert halves.cuts(lines_of(SHAPES["a fence in a list, closed at the first column"])) == []
    assert halves.cuts(lines_of(SHAPES["a fence in a quote, then one at the top level"])) == [10]
    assert halves.cuts(lines_of(SHAPES["a fence after a paragraph and a table"])) == [15]
    assert halves.cuts(lines_of(SHAPES["lines a fence holds"])) == [11, 20]  # a longer fence closes a shorter
    assert halves.cuts(lines_of(SHAPES["backticks that open no fence"])) == []
    # a <div> at the first column ends at the blank line under it: "# in the div?" is a heading of the document
    assert halves.cuts(lines_of(SHAPES["HTML before"])) == [4, 8]
    assert halves.cuts(lines_of("# A\n\n<details><summary>Q</summary>\n\n## inside\n\n</details>\n\n# B\n")) == [8]
    assert halves.cuts(lines_of("# A\n\n<!-- a note\n\n# commented out\n\n-->\n\n# B\n")) == [8]
    assert halves.cuts(lines_of("# A\n\n<pre>\n\n# kept as written\n</pre>\n\n# B\n")) == [7]
    assert halves.cuts(lines_of("# A\n\n  <div>\n\n# B\n")) == []  # indented: nested somewhere, not known
    assert halves.cut(lines_of("# A\n\nno other heading\n")) is None


needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="no safe fork here: read in one piece")


@needs_fork
@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name[:40] for p in DOCUMENTS])
def test_a_document_imports_alike_read_in_two_processes(monkeypatch, taxonomy, path):
    text = path.read_text(encoding="utf-8")
    alone = import_text(text, taxonomy, display=path.name, source=path.name)
    forks = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or fork())
    monkeypatch.setattr(halves, "MIN_CHARS", 0)
    forked = import_text(text, taxonomy, display=path.name, source=path.name)
    assert forked == alone
    assert len(forks) == (halves.cut(lines_of(text)) is not None)


def test_most_fixtures_are_cut():
    fixtures = sorted((FIXTURES / "import").glob("*.md"))
    assert sum(halves.cut(lines_of(p.read_text(encoding="utf-8"))) is not None for p in fixtures) >= 5


@needs_fork
def test_a_failed_child_leaves_its_half_to_this_process(monkeypatch):
    lines = lines_of(SHAPES["lists and quotes before"] * 3)
    whole = read_markdown(lines)
    monkeypatch.setattr(halves, "MIN_CHARS", 0)
    parent, values = os.getpid(), blocks._values
    # the child fails before sending anything; this process reads its half
    monkeypatch.setattr(blocks, "_values", lambda block, at: values(block, at) if os.getpid() == parent else 1 / 0)
    assert halves.cut(lines) is not None
    assert halves.read_large_markdown(lines) == whole


@pytest.mark.parametrize("share", [0.1, 0.25, 0.5, 0.75])
def test_the_cut_is_the_line_nearest_the_share_asked(share):
    for path in DOCUMENTS:
        lines = lines_of(path.read_text(encoding="utf-8"))
        filled = [sum(1 for line in lines[:at] if line.strip()) for at in range(len(lines) + 1)]
        every = halves.cuts(lines)
        nearest = min(every, key=lambda at: abs(filled[at] - filled[-1] * share), default=None)
        assert halves.cut(lines, share) == nearest, path.name
    assert halves.cut(lines_of(SHAPES["numbered questions"])) == halves.cut(lines_of(SHAPES["numbered questions"]), 0.5)
