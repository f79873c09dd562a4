"""A paragraph's further lines indented deeper than its first (``* Result:`` over lines indented three spaces): in
CommonMark they lose their leading whitespace. The reader keeps a paragraph's text as written, so before, each
further line kept the extra spaces and the note's text showed them (`` Shipped it ...``). Now they go; a code block,
a fence read as an answer, and a hard line break keep their meaning.
Fixtures are written here in our own words.
"""

from __future__ import annotations

from importing import imported

STORY = """## Tell me about a time you cut a build in half.

* Situation:
   Our nightly build took two hours
   and blocked every morning release.
* Action:
   I split the test suite by owner.
* Result:
   The build ran in fifty minutes.
   Two teams copied the split within a month.
"""


def test_further_lines_of_an_indented_paragraph_lose_their_indent(taxonomy) -> None:
    (note,) = imported(STORY, taxonomy, "build.md").notes
    assert note.body.situation.strip() == "Our nightly build took two hours\nand blocked every morning release."
    assert note.body.result.strip() == "The build ran in fifty minutes.\nTwo teams copied the split within a month."


def test_a_hard_break_keeps_its_line(taxonomy) -> None:
    text = STORY.replace("The build ran in fifty minutes.", "The build ran in fifty minutes.  ")
    (note,) = imported(text, taxonomy, "build.md").notes
    assert note.body.result.split("\n")[1].startswith("Two teams")


def test_a_fenced_answer_keeps_its_indent(taxonomy) -> None:
    text = ("### What do you expect from a senior engineer?\n**Goal**: See what standard they hold.\n**Answer**:\n"
            "```text\nA senior engineer leads as much as they build. Three things, mainly:\n"
            "    - Owning a feature end to end.\n    - Reviewing with care.\n\nAnd knowing when to step back.\n```\n")
    (note,) = imported(text, taxonomy, "senior.md").notes
    assert "\n    - Owning a feature" in note.body.answer
