"""A practice script's numbered prompt titles, each over the question the interviewer asks:
``**1. Scope (8 min)**`` over ``> "Walk me through ..."``.
(a) The run's last title has only its quoted question under it, then the next heading: before, only quotes with an
answer under them were read as questions, and the last prompt was lost as text under its title. On a page that quotes
its questions so, a quote that asks standing alone under a title of its own is a question too (a draft: no answer).
(b) A title of the run worded like a story's part ("Growth", read as what was learned) was taken for that label and
its question lost. In a numbered run of prompt titles, most of them no label, a label-worded title over a question is
a title like its siblings.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, skipped

SCRIPT = """# Practice loop

## Round two

### Prompts

**1. Bigger bets (8 min)**

> "Walk me through a launch where you argued for a bigger scope than planned."

Follow-ups:
- "Who pushed back?"
- "What shipped in the end?"

**2. Shared credit (8 min)**

> "Describe a partner whose working style clashed with yours. What did you do?"

Follow-ups:
- "What did you adopt from them?"

**3. On call (8 min)**

> "Tell me about an outage you were part of. What went wrong?"

**4. Growth (4 min)**

> "What habit did you drop this year, and why?"

**5. Wrap-up (4 min)**

> "Is there anything you would like to ask about the group or the roadmap?"

### Scoring

Score each answer from one to three.
"""


def test_every_prompt_of_a_numbered_script_is_a_question(taxonomy) -> None:
    report = imported(SCRIPT, taxonomy, "script.md")
    assert [note.prompt for note in report.notes] == [
        "Walk me through a launch where you argued for a bigger scope than planned.",
        "Describe a partner whose working style clashed with yours. What did you do?",
        "Tell me about an outage you were part of. What went wrong?",
        "What habit did you drop this year, and why?",
        "Is there anything you would like to ask about the group or the roadmap?",
    ]
    assert all(note.draft for note in report.notes)
    assert not any("Growth" in line or "Wrap-up" in line for line in skipped(report))


def test_a_label_worded_prompt_title_gives_no_story_part(taxonomy) -> None:
    report = imported(SCRIPT, taxonomy, "script.md")
    assert not any(note.body.answer for note in report.notes)  # the "Growth" prompt is no one's answer or lesson


def test_a_lone_titled_quote_on_a_page_of_no_quoted_questions_stays_a_quote(taxonomy) -> None:
    text = ("## How do you run one-on-ones?\n\nWeekly, with an agenda the report owns.\n\n"
            "**A line I keep**\n\n> What would you want to hear if you were them?\n\n## Next\n\nMore later.\n")
    report = imported(text, taxonomy, "ones.md")
    assert [note.prompt for note in report.notes] == ["How do you run one-on-ones?"]


def test_a_label_worded_title_over_text_stays_a_label(taxonomy) -> None:
    text = SCRIPT.replace('> "What habit did you drop this year, and why?"', "I dropped daily status meetings.")
    report = imported(text, taxonomy, "script.md")
    assert "What habit did you drop this year, and why?" not in [note.prompt for note in report.notes]
    assert len(report.notes) == 4
