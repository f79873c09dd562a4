"""Round 19, fixer C3 (fixtures in our own words): story banks written from the career-ops template and notes
exported from a notes app.

A ``**Best for questions about:**`` line closing a story lists its competencies; a ``[Theme]`` tag opening a
story's name is its theme, never words of its name or id.
"""

from __future__ import annotations

from leaderdeck.model import Kind
from importing import imported, kinds, messages, skipped


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


# A "Tips for ..." sub-heading under a question gives its items as tips; "My response" labels the answer

TIPS_PAGE_MD = """# Interview notes

## Experience

### Describe your current role

#### Tips for describing the role.

* Describe the outcomes you own and the people you work with.
* Focus on the parts of the job the new team cares about.
* How did you go beyond the brief?
* Define any internal jargon.

#### My response

I lead the payments platform team of six engineers and own our on-call rota and the quarterly roadmap.

### Why did you choose this career?

#### Backend Response

* I like turning messy operations into tools people trust.

### How did you handle the night the queue fell over?

#### Incident response

I paged the database owner, froze deploys and wrote the timeline while we waited for the failover.
"""


def test_a_tips_sub_heading_under_a_question_gives_its_items_as_tips(taxonomy) -> None:
    report = imported(TIPS_PAGE_MD, taxonomy)
    assert kinds(report) == {"qa": 3}
    notes = {n.body.question: n for n in report.notes}
    role = notes["Describe your current role"]
    assert role.coach.tips == (
        "Describe the outcomes you own and the people you work with.",
        "Focus on the parts of the job the new team cares about.",
        "How did you go beyond the brief?",
        "Define any internal jargon.")
    assert not any("Tips for" in line for line in skipped(report))


def test_a_response_sub_heading_labels_the_answer_and_goes(taxonomy) -> None:
    report = imported(TIPS_PAGE_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    assert notes["Describe your current role"].body.answer == (
        "I lead the payments platform team of six engineers and own our on-call rota and the quarterly roadmap.")
    assert notes["Why did you choose this career?"].body.answer == (
        "- I like turning messy operations into tools people trust.")
    # "Incident response" names what happened, not the answer's label: it stays
    assert notes["How did you handle the night the queue fell over?"].body.answer.startswith("**Incident response**")


# Sub-headings under a question with nothing written under them (or only labels) are no answer

OUTLINE_MD = """# Prep page

## Experience

### What are your most relevant qualifications for this role?

#### Engineer

#### Business

* Systems skills:
* Hiring:
* Leadership:

### Why this team?

#### Platform

I want to work on the build platform that every product team depends on.

#### Mentoring

I ran the platform guild for a year and want to keep teaching.
"""


def test_sub_headings_with_nothing_under_them_leave_the_question_a_draft(taxonomy) -> None:
    report = imported(OUTLINE_MD, taxonomy)
    assert kinds(report) == {"qa": 2} and report.drafts == 1
    notes = {n.body.question: n for n in report.notes}
    outline = notes["What are your most relevant qualifications for this role?"]
    assert outline.draft and outline.body.answer == ""
    assert "line 7: 'Engineer' (a sub-heading with nothing written under it)" in skipped(report)
    assert "line 9: 'Business' (a sub-heading with nothing written under it)" in skipped(report)
    written = notes["Why this team?"]  # written sub-sections stay parts of the answer, headings in bold
    assert not written.draft
    assert written.body.answer.startswith("**Platform**\n\nI want to work on the build platform")
    assert written.body.answer.endswith("**Mentoring**\n\nI ran the platform guild for a year and want to keep teaching.")


ADVICE_GROUP_MD = """# Notes

## Advice on hiring engineers

### How do you run your first one-on-one?

I ask what they want from me and write it down.

### How do you handle a missed deadline?

I tell the stakeholders the same day and cut scope.

## Rounds

### Why do you want this role?

I want to own a platform end to end.
"""


def test_an_advice_heading_over_questions_is_their_group_not_tips(taxonomy) -> None:
    report = imported(ADVICE_GROUP_MD, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "How do you run your first one-on-one?", "How do you handle a missed deadline?", "Why do you want this role?"]
    assert all(n.body.answer and n.coach.tips == () for n in report.notes)


TWO_TRACKS_MD = """## Motivation

### Why this company?

#### Engineering Response

I want to work on the build platform every product team depends on.

#### Business Response

Your market is growing and the platform is what lets it scale.

### Why now?

#### Platform answer

My current team is being folded into another group.
"""


def test_answers_for_two_tracks_keep_their_headings_a_lone_one_goes(taxonomy) -> None:
    report = imported(TWO_TRACKS_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    assert notes["Why this company?"].body.answer == (
        "**Engineering Response**\n\nI want to work on the build platform every product team depends on.\n\n"
        "**Business Response**\n\nYour market is growing and the platform is what lets it scale.")
    assert notes["Why now?"].body.answer == "My current team is being folded into another group."
