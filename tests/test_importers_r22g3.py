"""Round 22 (fixtures in our own words): MkDocs admonitions.

A ``!!! note "Sample answer"`` / ``??? tip`` box over an indented body is read as a labelled box: its title (or its
type) names what it is, its indented paragraphs are its text, never a code block.
"""

from __future__ import annotations

from importing import imported, kinds

BOXES_MD = """#### "Why did you move to the platform team?"

This question checks whether you chose your moves or drifted.

!!! info "Tip"
    Keep it under a minute.

!!! warning
    Blaming your old manager.

!!! note "Sample answer"
    *"I wanted to own the build system that slowed every team down.*

    *Within a quarter we halved the queue time."*
"""


def test_a_sample_answer_box_is_the_answer_unindented_with_all_its_paragraphs(taxonomy) -> None:
    report = imported(BOXES_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.answer == ('*"I wanted to own the build system that slowed every team down.*\n\n'
                                '*Within a quarter we halved the queue time."*')
    assert "!!!" not in note.body.answer and "```" not in note.body.answer


def test_a_tip_box_tips_and_an_untitled_warning_box_warns(taxonomy) -> None:
    note = imported(BOXES_MD, taxonomy).notes[0]
    assert "Keep it under a minute." in note.coach.tips
    assert "Red flag: Blaming your old manager." in note.coach.tips
    assert note.coach.signals == ("This question checks whether you chose your moves or drifted.",)


COLLAPSIBLE_MD = """## Tell me about a release you rolled back.

??? example "Example answer"
    I rolled back the search release when error rates doubled, then found the bad index migration.

    We shipped the fix two days later with a canary.
"""


def test_a_collapsible_box_is_read_like_an_open_one(taxonomy) -> None:
    note = imported(COLLAPSIBLE_MD, taxonomy).notes[0]
    assert note.body.answer.startswith("I rolled back the search release")
    assert note.body.answer.endswith("We shipped the fix two days later with a canary.")
    assert "???" not in note.body.answer


def test_a_prose_line_opening_with_question_marks_is_no_box(taxonomy) -> None:
    text = "## Tell me about a risk you took?\n\n??? not sure yet\n\nI shipped the cache early and it paid off.\n"
    note = imported(text, taxonomy).notes[0]
    assert note.body.answer == "??? not sure yet\n\nI shipped the cache early and it paid off."

