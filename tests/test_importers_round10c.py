"""Round 10 of real documents (c), fixtures in our own words: shapes of interview-prep pages the importer had not
been tried on."""

from __future__ import annotations

from leaderdeck.model import QaBody, StarBody
from importing import imported, kinds


# A story bank whose stories sit under a "Structure:" label as one-letter parts; the first part is told without an
# "I" ("The ... was ..."), like the second story's.
TOLD_WITHOUT_I = """# Stories

### Q1. Tell me about a time you stepped in for your lead.
**Structure:**
- **S:** Our lead was away during a launch week.
- **T:** I had to keep the release on track.
- **A:** I ran a short daily sync and split the open tickets.
- **R:** We launched on the planned day.

### Q2. Tell me about a time you won people over to a new tool.
**Structure:**
- **S:** The build was done by hand.
- **T:** I wanted a one-command build.
- **A:** I wrote a small script over two evenings and showed it in standup.
- **R:** The team switched that sprint and got back six hours a week.
"""


def test_a_story_part_told_without_i_under_a_structure_label_is_a_part_not_an_outline(taxonomy) -> None:
    report = imported(TOLD_WITHOUT_I, taxonomy)
    assert kinds(report) == {"star": 2}
    second = report.notes[1]
    assert isinstance(second.body, StarBody) and not second.draft
    assert second.body.situation == "The build was done by hand."
    assert second.body.task == "I wanted a one-command build."
    assert second.body.action.startswith("I wrote a small script")
    assert not second.coach.tips and not second.coach.cheat_code
