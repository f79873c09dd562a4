"""Round 39 fixes (c): leadership scenarios and plain-text notes, by other hands.
(a) A bank of scenarios, each a heading over its scene (a quote or a paragraph that asks) and a bare ``Discuss:``
line over the points to take up, gives one scenario per heading, its points its discussion. Before, ``Discuss:``
was no label: each scene was a question and ``Discuss:`` with its list its answer. Read as a label, the points
made each heading a scenario, and the last ``Discuss:`` list was then taken for the ask of one take-home brief
filling the page; a list already read as one scenario's own points is never that ask.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, kinds


# (a) "Discuss:" over a scene's talking points ------------------------------------------------------------------

SCENES = """# Practice scenes

## Scenario 1 — Pager fatigue

> Your on-call rotation is paged thirty times a night after a vendor change. How would you steady the team?

Discuss:

- Alert hygiene
- Rotation size
- Escalating to the vendor

## Scenario 2 — Frozen roles

Finance freezes both open roles halfway through the quarter. What happens to the roadmap?

Discuss:

- Scope to cut
- Who hears first
"""


def test_discuss_lists_make_each_scene_a_scenario(taxonomy) -> None:
    report = imported(SCENES, taxonomy, "scenes.md")
    assert kinds(report) == {"scenario": 2}
    first, second = report.notes
    assert first.body.title == "Pager fatigue" and "thirty times a night" in first.body.situation
    assert [p.heading for p in first.body.discussion] == ["Alert hygiene", "Rotation size", "Escalating to the vendor"]
    assert second.body.title == "Frozen roles" and "Finance freezes" in second.body.situation
    assert [p.heading for p in second.body.discussion] == ["Scope to cut", "Who hears first"]


BRIEF = """# Platform migration exercise

You have joined as the engineering manager of a team of seven that owns the billing platform. The platform runs on
hardware the company wants to retire within nine months, and two senior engineers have just handed in notice.

## What we ask

Your response should include:

- A plan for the first month
- How you would keep the two leavers' knowledge
- What you would tell the finance team
"""


def test_a_brief_with_one_ask_stays_one_case(taxonomy) -> None:
    report = imported(BRIEF, taxonomy, "brief.md")
    assert kinds(report) == {"scenario": 1}
    note = report.notes[0]
    assert "billing platform" in note.body.situation
    assert len(note.body.discussion) == 3
