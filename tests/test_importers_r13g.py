"""Round 13 (g), fixtures in our own words: a story's list of the principles it shows under a principles label,
numbered sub-questions nested under a numbered item in plain text, and plain-text banks whose prompts carry no
question mark (in Chinese, or after a STAR key at the top)."""

from __future__ import annotations

import pytest

from importing import imported, messages

from leaderdeck.model import Kind


# 1. A story's "Leadership Principles: A, B, C." line: the story's competencies

def _story(label: str, listed: str) -> str:
    return f"""### Story 1: Nightly builds that finish
- **Situation**: Our nightly build ran for nine hours and often failed by morning.
- **Task**: Bring it under two hours without new machines.
- **Action**: I split the build by module and cached the test images.
- **Result**: It ran in ninety minutes and failed twice in a quarter.
- **{label}**: {listed}

---

### Story 2: One on-call rota
- **Situation**: Three teams paged each other for the same alerts.
- **Task**: Agree one rota for the shared services.
- **Action**: I drew up the rota with the three leads and ran it for a month.
- **Result**: Pages per person fell by half.
- **{label}**: Earn Trust, Dive Deep.
"""


@pytest.mark.parametrize("label", ["Leadership Principles", "Principles", "LPs", "Competencies demonstrated",
                                   "Amazon LPs", "Values shown"])
def test_a_stories_principles_list_gives_its_competencies(taxonomy, label: str) -> None:
    report = imported(_story(label, "Ownership, Bias for Action, Learn and Be Curious."), taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.STAR]
    first, second = report.notes
    assert first.competencies == ("Ownership", "Bias for Action", "Learn and Be Curious")
    assert second.competencies == ("Earn Trust", "Dive Deep")
    assert "Ownership" not in first.body.result and not first.coach.tips
    assert not any("is not a topic" in m for m in messages(report))


def test_a_principles_label_over_advice_stays_tips(taxonomy) -> None:
    report = imported(_story("Principles", "own the failure, keep it under two minutes."), taxonomy)
    first = report.notes[0]
    assert first.competencies == ()
    assert first.coach.tips == ("own the failure, keep it under two minutes.",)


def test_a_category_naming_one_thing_is_still_a_topic_label(taxonomy) -> None:
    text = _story("Category", "Release engineering").replace("Earn Trust, Dive Deep.", "Platform work")
    report = imported(text, taxonomy)
    assert report.notes[0].competencies == ()
    assert any("'Release engineering' is not a topic" in m for m in messages(report))


def test_a_plain_text_story_lists_its_principles(taxonomy) -> None:
    text = ("Story: Faster release checks\nSituation: Releases waited two days for manual checks.\n"
            "Task: Cut the wait without adding people.\nAction: I wrote the checks as code and ran them on merge.\n"
            "Result: Releases went out the same day.\nLeadership principles: Ownership, Deliver Results.\n")
    report = imported(text, taxonomy, name="bank.txt")
    assert len(report.notes) == 1
    assert report.notes[0].competencies == ("Ownership", "Deliver Results")
    assert report.notes[0].body.result == "Releases went out the same day."
