"""A callout box that says everything in its title: ``> [!tip] Name the change you made.`` with no quoted line
under it. Obsidian shows such a box with its title alone, so the title is the tip (or the red flag, for a warning)
of the question it sits under. Before, the title was made a bold label with a colon added and glued onto the
answer (``**Name the change you made.:**``). A box with lines under it keeps its title as their label.
Fixtures are written here in our own words; the fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported

TITLED = """# Practice

## Tell me about a time you missed a deadline.
We promised the billing export for June and shipped it in August. I now give ranges, not dates.

> [!tip] Name the change you made, not only what slipped.

> [!warning] Never blame the team that was late.

## How do you set priorities?
By cost of delay first, then by how many customers it touches.
"""


def test_a_callout_with_only_a_title_is_a_tip_of_its_question(taxonomy) -> None:
    report = imported(TITLED, taxonomy, "practice.md")
    assert [note.prompt for note in report.notes] == ["Tell me about a time you missed a deadline.",
                                                       "How do you set priorities?"]
    first = report.notes[0]
    assert first.body.answer == "We promised the billing export for June and shipped it in August. I now give " \
                                "ranges, not dates."
    assert first.coach.tips == ("Name the change you made, not only what slipped.",
                                "Red flag: Never blame the team that was late.")
    assert "**" not in first.body.answer


def test_a_callout_with_lines_under_it_keeps_its_title_as_their_label(taxonomy) -> None:
    text = TITLED.replace("> [!tip] Name the change you made, not only what slipped.",
                          "> [!note] What they look for\n> That you changed how you estimate.")
    report = imported(text, taxonomy, "practice.md")
    first = report.notes[0]
    assert first.coach.signals == ("That you changed how you estimate.",)
    assert first.coach.tips == ("Red flag: Never blame the team that was late.",)
