"""Round 9 of real documents, small fixes: a story's "Behavioral focus" line is its competencies."""

from __future__ import annotations

from leaderdeck.importers import import_text

STORY = """## Story: The Flaky Deploys

**Behavioral focus**: Ownership, Bias for Action, Dive Deep

- **Situation:** Our deploys failed one time in five and nobody owned the pipeline.
- **Task:** I took on getting the failure rate under one in fifty.
- **Action:** I tracked every failure for two weeks, fixed the three top causes and added a retry budget.
- **Result:** Failures dropped to one in eighty within a month.
"""


def test_a_behavioral_focus_line_lists_the_story_s_competencies(taxonomy):
    report = import_text(STORY, taxonomy, display="bank.md", source="bank.md")
    (note,) = report.notes
    assert note.competencies == ("Ownership", "Bias for Action", "Dive Deep")
    assert not [s for s in report.skipped if s.line == 3]


def test_principles_demonstrated_is_a_competency_label_too(taxonomy):
    text = STORY.replace("**Behavioral focus**", "**Principles demonstrated**")
    (note,) = import_text(text, taxonomy, display="bank.md", source="bank.md").notes
    assert note.competencies == ("Ownership", "Bias for Action", "Dive Deep")
