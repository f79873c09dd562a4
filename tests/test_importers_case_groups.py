"""Cases grouped under a heading worded like a label ("Requirements:", "Exercises:")."""

from __future__ import annotations

from leaderdeck.importers import ImportReport, import_text
from leaderdeck.model import ScenarioBody

BRIEF = """# Take-home

## Requirements:

### Exercise 1: Team Restructure (45 minutes)

#### Scenario: The Merged Teams

Two teams with different release habits now report to you after a merger, and both leads want the other to change.

#### Deliverables:

- **Plan:** how you would run the first month
- **Risks:** what could go wrong and how you would notice

### Exercise 2: Missed Launch (30 minutes)

#### Scenario: The Slipping Date

The launch you promised the sales team will miss its date by three weeks.

#### Deliverables:

- **Message:** what you tell sales this week
- **Recovery:** how you would get the date back
"""


def imported(text: str, taxonomy) -> ImportReport:
    return import_text(text, taxonomy, display="brief.md", source="brief.md")


def test_a_label_heading_over_scenarios_is_their_group(taxonomy):
    report = imported(BRIEF, taxonomy)

    assert [n.kind.value for n in report.notes] == ["scenario", "scenario"]
    merged, slipping = (n.body for n in report.notes)
    assert isinstance(merged, ScenarioBody) and merged.title == "The Merged Teams"
    assert "both leads want the other to change" in merged.situation
    assert [p.heading for p in merged.discussion] == ["Plan", "Risks"]
    assert slipping.title == "The Slipping Date"
    assert [p.heading for p in slipping.discussion] == ["Message", "Recovery"]


def test_a_label_heading_over_plain_text_is_still_one_part(taxonomy):
    text = ("# The leaderless data team\n\n**Situation:** The data team lost its lead in March.\n\n## Challenges:\n\n"
            "### Hiring\n\nNobody on the team wants to lead.\n\n### Morale\n\nTwo people are interviewing elsewhere.\n")
    report = imported(text, taxonomy)

    assert [n.kind.value for n in report.notes] == ["scenario"]
    assert any("Nobody on the team wants to lead" in c for c in report.notes[0].body.challenges)
