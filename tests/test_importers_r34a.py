"""Round 34 fixes (a): a scene posed under a plain title, ...
(a) A page whose plain title (no "Case study:" word) is over ``## Context`` first, then a section of what is
unclear (``## Ambiguities``, ``## Constraints``) and sections that answer it (``## Trade-offs Analysis`` with its
options, ``## Structured Reasoning``), is one scenario: the context its situation, what is unclear its challenges,
each option and each labelled part of the reasoning a discussion point, clarifying questions kept as such and the
closing questions to reflect on its follow-ups. Before, the options were reported as text under their names and
the page's questions were taken for points. A page told as a story in the past, and one whose sections ask
questions of their own, are read as before.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, kinds, skipped


# (a) a scene posed under a plain title --------------------------------------------------------------------------

SCENE_PAGE = """# Splitting the Billing Database

**Tags**: `architect`
**Difficulty**: Hard
**Time**: 40 minutes

## Context

Your company runs one shared database for billing, orders and reporting. Nightly reports now slow down
checkout, and you are asked how to split the data without a long freeze.

## Ambiguities

- How stale may the reports be?
- Who owns the shared tables today?

## Clarifying Questions

- Is there a date by which checkout must be fast again?
- Can the reporting team change their queries?

## Trade-offs Analysis

**Option 1: Read replica for reports**
- Quick to set up
- Cons: the schema stays shared

**Option 2: Separate billing service**
- Clear ownership
- Cons: months of migration work

## Structured Reasoning

**Recommended Approach:**

1. Move the reports to a replica first.
2. Carve billing out behind an interface next.

**Example Response:**
> "I would buy time with a replica, then move billing out one table at a time."

## Reflections

- What would change if reports had to be real time?
- How would you know the split worked?
"""


def test_a_scene_posed_under_a_plain_title_is_one_scenario(taxonomy) -> None:
    report = imported(SCENE_PAGE, taxonomy, "billing.md")
    assert kinds(report) == {"scenario": 1}
    (note,) = report.notes
    body = note.body
    assert body.title == "Splitting the Billing Database"
    assert body.situation.startswith("Your company runs one shared database")
    assert body.challenges == ("How stale may the reports be?", "Who owns the shared tables today?")
    headings = [point.heading for point in body.discussion]
    assert headings == ["Option 1: Read replica for reports", "Option 2: Separate billing service",
                        "Recommended Approach", "Example Response"]
    assert body.discussion[0].questions == ("Quick to set up", "Cons: the schema stays shared")
    assert body.discussion[2].questions == ("Move the reports to a replica first.",
                                            "Carve billing out behind an interface next.")
    assert note.clarifying_questions == ("Is there a date by which checkout must be fast again?",
                                         "Can the reporting team change their queries?")
    assert any("What would change if reports had to be real time?" in tip for tip in note.coach.tips)
    assert body.duration == "40 minutes"
    assert note.tags == ("architect",)
    assert skipped(report) == ["line 4: line 'Difficulty' (not part of the scenario)"]


TOLD_PAGE = """# Splitting the Billing Database

## Context

We ran one shared database for billing, orders and reporting, and I was asked to fix slow checkouts last spring.

## Challenges

- Nobody owned the shared tables.
- Reports ran for hours.

## Approach

I moved the reports to a replica and then carved billing out behind an interface.

## Impact

Checkout got twice as fast within a month.
"""


def test_a_page_told_as_a_story_in_the_past_is_no_scene_posed(taxonomy) -> None:
    report = imported(TOLD_PAGE, taxonomy, "billing.md")
    assert kinds(report) == {"star": 1}


ASKING_PAGE = """# Splitting the Billing Database

## Context

Your company runs one shared database for billing, orders and reporting.

## Constraints

- No downtime is allowed.

## How would you split the data?

Start with a replica for reports, then move billing out.

## What would you tell the finance team?

That reports may lag by an hour for a while.
"""


def test_a_page_whose_sections_ask_is_read_as_before(taxonomy) -> None:
    report = imported(ASKING_PAGE, taxonomy, "billing.md")
    assert kinds(report) == {"scenario": 2}
    assert [note.body.title for note in report.notes] == ["How would you split the data?",
                                                          "What would you tell the finance team?"]
