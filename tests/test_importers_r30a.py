"""Round 30 fixes (a): STAR story banks, single stories and coaching pages by other authors, third round.
(a) A bold line naming a numbered story and closing on a colon (``**STAR 1:**``, ``**Story #2:**``), alone on its
line over the story's ``Situation:`` / ``Task:`` lines (plain or in a code fence), is that story's title line, as
``**STAR 1**`` already was: each story is a note of its own, instead of the line being skipped as a label with no
text and every story's parts running into one note. A bold ``**Question 1:**`` over its question is left alone.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "stories.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _kinds(report) -> dict[str, int]:
    counts: dict[str, int] = {}
    for note in report.notes:
        counts[note.kind.value] = counts.get(note.kind.value, 0) + 1
    return counts


# (a) "**STAR 1:**" over a story's parts: its title line ---------------------------------------------------------------

NUMBERED_FENCED = """# Interview notes

**STAR 1:**
```
Situation:
- Our nightly export failed twice a week
Task:
- Make it reliable before the audit
Action:
- I added retries and a checksum step
- I paged the owner on the second failure only
Result:
- No failed export in the next quarter
```

**STAR 2:**
```
Situation:
- Support and sales tracked the same customer in two tools
Task:
- Give both one record
Action:
- I mapped the fields and ran a weekend merge
Result
- Duplicate tickets dropped by half
```
"""

NUMBERED_PLAIN = """# Interview notes

**Story #1:**

Situation: Our nightly export failed twice a week.
Task: Make it reliable before the audit.
Action: I added retries and a checksum step.
Result: No failed export in the next quarter.

**Story #2:**

Situation: Support and sales tracked the same customer in two tools.
Task: Give both one record.
Action: I mapped the fields and ran a weekend merge.
Result: Duplicate tickets dropped by half.
"""


def test_numbered_story_lines_closing_on_a_colon_title_one_story_each_in_fences(taxonomy) -> None:
    report = _import(NUMBERED_FENCED, taxonomy)
    assert _kinds(report) == {"star": 2}
    first, second = report.notes
    assert first.body.question == "STAR 1" and second.body.question == "STAR 2"
    assert first.body.situation == "- Our nightly export failed twice a week"
    assert first.body.action == "- I added retries and a checksum step\n- I paged the owner on the second failure only"
    assert first.body.result == "- No failed export in the next quarter"
    assert "STAR 2" not in first.body.result
    assert second.body.situation == "- Support and sales tracked the same customer in two tools"
    assert second.body.result == "- Duplicate tickets dropped by half"
    assert not any("a label with no text" in line.why for line in report.skipped)


def test_numbered_story_lines_closing_on_a_colon_title_one_story_each_in_plain_lines(taxonomy) -> None:
    report = _import(NUMBERED_PLAIN, taxonomy)
    assert _kinds(report) == {"star": 2}
    first, second = report.notes
    assert first.body.question == "Story #1" and second.body.question == "Story #2"
    assert first.body.task == "Make it reliable before the audit."
    assert second.body.task == "Give both one record."
    assert not first.draft and not second.draft


NUMBERED_QUESTIONS = """# Practice

**Question 1:**

Tell me about a time you missed a deadline.

**Question 2:**

How do you decide what to cut from a release?
"""


def test_a_numbered_question_label_over_its_question_is_not_a_title_line(taxonomy) -> None:
    before = _import(NUMBERED_QUESTIONS, taxonomy)
    questions = [note.body.question for note in before.notes]
    assert "Question 1" not in questions and "Question 2" not in questions
