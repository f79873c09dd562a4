"""Round 19, fixer C3 (fixtures in our own words): story banks written from the career-ops template and notes
exported from a notes app.

A ``**Best for questions about:**`` line closing a story lists its competencies; a ``[Theme]`` tag opening a
story's name is its theme, never words of its name or id.
"""

from __future__ import annotations

from leaderdeck.model import Kind
from importing import imported, messages


THEMED_BANK_MD = """# My stories

## Stories

### [Reliability] Paging storm on the billing queue
**S (Situation):** Our billing queue paged the on-call engineer forty times a night.
**T (Task):** Cut the pages without hiding real failures.
**A (Action):** I grouped alerts by cause, deleted six duplicate rules and added a retry budget.
**R (Result):** Pages fell to three a week and no incident was missed that quarter.
**Reflection:** Alert hygiene is a product; I now review rules every sprint.
**Best for questions about:** on-call ownership, reliability, prioritization

---

### [Mentoring / Team Growth] Growing a tech lead
**S (Situation):** Our search team had no tech lead after a reorg.
**T (Task):** Grow one from the team within two quarters.
**A (Action):** I paired a senior engineer with me on every design review and handed her the planning meetings.
**R (Result):** She ran the team's roadmap alone by the end of the second quarter.
**Reflection:** Handing over the meetings taught more than any review did.
**Best for questions about:** mentoring, delegation

---

### [Initech] Moving billing to queues
**S (Situation):** Billing ran as one nightly batch that failed twice a month.
**T (Task):** Make it run continuously.
**A (Action):** I split the batch into queue consumers and added idempotency keys.
**R (Result):** No failed runs for a year.
"""


def _stories(taxonomy) -> dict:
    report = imported(THEMED_BANK_MD, taxonomy)
    assert len(report.notes) == 3 and all(n.kind is Kind.STAR for n in report.notes)
    return {n.body.question: n for n in report.notes}


def test_best_for_questions_about_lists_the_storys_competencies(taxonomy) -> None:
    notes = _stories(taxonomy)
    paging = notes["Paging storm on the billing queue"]
    assert paging.body.learning == "Alert hygiene is a product; I now review rules every sprint."
    assert paging.competencies == ("Reliability", "on-call ownership", "prioritization")
    growing = notes["Growing a tech lead"]
    assert growing.body.learning == "Handing over the meetings taught more than any review did."
    assert "Best for" not in growing.body.learning
    assert growing.competencies == ("Mentoring", "Team Growth", "delegation")  # "mentoring" once


def test_a_theme_tag_opening_a_storys_name_is_its_theme_not_its_name(taxonomy) -> None:
    notes = _stories(taxonomy)
    assert set(notes) == {"Paging storm on the billing queue", "Growing a tech lead", "Moving billing to queues"}
    assert notes["Paging storm on the billing queue"].id == "star-paging-storm-billing-queue"
    assert notes["Paging storm on the billing queue"].topic.name == "Quality & Reliability"
    assert notes["Moving billing to queues"].tags == ("Initech",)  # a company's name: where it happened
    assert notes["Moving billing to queues"].competencies == ()
    report = imported(THEMED_BANK_MD, taxonomy)
    assert not any("[" in line for line in messages(report))


TEMPLATE_TAGS_MD = """## Stories

### [Draft] Hiring my first engineer
**Situation:** We had no backend engineer.
**Task:** I had to hire one in a month.
**Action:** I wrote the loop and ran twelve interviews.
**Result:** We hired a strong engineer who still leads the team.

### [Your Theme] Story title
**Situation:** [Describe the context]
**Task:** [Your task]
**Action:** [What you did]
**Result:** [Outcome]
"""


def test_a_status_or_a_templates_blank_in_brackets_is_no_theme(taxonomy) -> None:
    report = imported(TEMPLATE_TAGS_MD, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions == ["[Draft] Hiring my first engineer", "[Your Theme] Story title"]
    assert all(n.competencies == () for n in report.notes)
