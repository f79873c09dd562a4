"""Round 28 fixes (a): STAR story banks, second round. (a) A page that explains how to answer, one section per part
of a story in turn (``## S – Situation``, ``## A – Action``, ``## R – Result``), lists what to say in each part,
often as questions ("What was the outcome?"): those are the part's prompts, never interview questions made into
drafts, and never glued (as advice, "Set the scene") into the parts of a story the page tells elsewhere. (b)
Criteria closing a section's own list of questions (``### 1. Teamwork``, ``**Common questions:**`` over its list,
``**Key points to show:**``) are that list's, never given as well to a story told in an earlier section of the
page. (c) Double quotes round a story's whole name (``### Story 1: "The muted alerts"``) only mark it as a name:
the title loses them. (d) A heading over stories that says where and when they happened (a year or a span to the
present, ``Acme (2019–2021)``, ``At Initech``, ``Hooli Inc.``) is no competency of theirs. (e) Feedback on how a
mock answer went, written under it (``### Key feedback:``, ``**Mock feedback:**``), is the question's tips, never more
of its answer. (f) A page's title over sections that already name their stories' competency (``# Globex`` over
``## Ownership``) is the page's subject, not one more competency of each story. Each fix has a near miss it leaves
alone."""

from __future__ import annotations

import pytest

from leaderdeck.importers import DocumentError, import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "bank.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _by_question(report) -> dict:
    return {note.body.question: note for note in report.notes}


# (a) a method's parts, each a heading over the prompts for that part ------------------------------------------------

PARTS = """# How I lay out an answer (STAR)

Fill these in for each story you keep.

## S – Situation

- Where were you, and when?
- What made it hard?

## T – Task

- What did you own?

## A – Action

- Which steps did you take yourself?
- Why those steps and not others?
- Name the people you pulled in

## R – Result

- How did it end?
- Put a number on it if you can
- What would you change next time?
"""

EXAMPLE = """
## Worked example

### Tell me about a time you rescued a late project.

**Situation:** Our mobile release was three weeks behind.

**Task:** I had to ship it before the holiday freeze.

**Action:** I cut two features and paired with the slowest team daily.

**Result:** We shipped four days early.
"""


def test_prompts_under_a_run_of_part_headings_are_no_questions(taxonomy) -> None:
    report = _import(PARTS + EXAMPLE, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR]
    (story,) = report.notes
    assert story.body.question == "Tell me about a time you rescued a late project."
    assert not story.draft
    assert story.body.action == "I cut two features and paired with the slowest team daily."
    asked = {note.body.question for note in report.notes}
    assert not asked & {"Which steps did you take yourself?", "How did it end?", "What would you change next time?"}


def test_advice_under_part_headings_never_joins_the_worked_story(taxonomy) -> None:
    advice = """# Answering with STAR

## Situation

- Set the scene in two lines
- Say when it happened

## Task

- State what you owned

## Action

- Walk through your own steps
- Keep the focus on you

## Result

- Share the outcome
- Quantify it
"""
    report = _import(advice + EXAMPLE, taxonomy)
    (story,) = report.notes
    assert story.body.situation == "Our mobile release was three weeks behind."
    assert story.body.task == "I had to ship it before the holiday freeze."
    assert story.body.result == "We shipped four days early."
    assert any(s.why == "a STAR part's prompts for the reader, not an answer" for s in report.skipped)


def test_a_page_of_part_prompts_alone_holds_no_note(taxonomy) -> None:
    with pytest.raises(DocumentError) as caught:
        _import(PARTS, taxonomy)
    assert "nothing recognisable as a note" in str(caught.value.problems[0])


def test_near_miss_part_words_heading_question_lists_of_a_bank_stay_questions(taxonomy) -> None:
    # "Growth" and "Results" name no Situation or Action: groups of a bank's questions, as before
    text = """# Questions by value

## Growth

- What is the hardest feedback you have taken?
- When did you teach yourself something fast?

## Results

- Tell me about a goal you missed.
- Which launch are you proudest of?
"""
    report = _import(text, taxonomy)
    assert len(report.notes) == 4
    assert all(note.kind is Kind.QA and note.draft for note in report.notes)


def test_near_miss_a_story_told_in_part_sections_under_its_question_is_still_a_story(taxonomy) -> None:
    text = """# Tell me about a time you changed a team's mind.

## Situation

The team wanted to rewrite the search service from scratch.

## Action

I ran a one-week spike on fixing the slow queries instead. Would a rewrite have been faster? The spike said no.
Did anyone object? Two people did, and I paired with them.

## Result

We kept the service and cut latency by half.
"""
    report = _import(text, taxonomy)
    (story,) = report.notes
    assert story.kind is Kind.STAR and not story.draft
    assert story.body.question == "Tell me about a time you changed a team's mind."
    assert "one-week spike" in story.body.action
    assert story.body.result == "We kept the service and cut latency by half."


# (b) a section's own question list and its closing criteria, after a story told above ------------------------------

GUIDE = """# Behavioral rounds, a field guide

## The STAR method

### A full answer

**Question:** *"Tell me about a time you had too much to do."*

```text
SITUATION:
"Two launches landed in the same week."

TASK:
"I owned both checklists."

ACTION:
"I moved one launch by a week after asking the owners."

RESULT:
"Both went out clean."
```

---

## Question groups

### 1. Working with others

**Common questions:**
- Tell me about a time you helped a new teammate
- Describe a clash with a colleague
- Give an example of sharing the credit
- Tell me about joining a team mid-project

**Key points to show:**
- Listening first
- Crediting others

---

### 2. Leading

**Common questions:**
- Tell me about a time you led without the title
- Describe a plan you changed midway
- Give an example of coaching a peer
- Tell me about an unpopular call you made

**Key points to show:**
- Taking the first step
- Clear decisions

## Sample answers

### Tell me about a time you sped up a slow page.

**Situation:** Search results took eight seconds.

**Task:** I owned the search page that quarter.

**Action:** I added a cache in front of the ranking call.

**Result:** Results came back in under a second.

### Tell me about a time you trimmed a budget.

**Situation:** Cloud spend doubled in a quarter.

**Task:** Finance asked me to bring it back down.

**Action:** I moved batch jobs to spot machines.

**Result:** Spend fell by a third.

### Tell me about a time you fixed a flaky test suite.

**Situation:** One build in four failed for no reason.

**Task:** I volunteered to find the causes.

**Action:** I quarantined the worst tests and fixed their shared clock.

**Result:** Failed builds dropped to one in fifty.
"""


def test_key_points_after_a_sections_question_list_stay_with_that_list(taxonomy) -> None:
    report = _import(GUIDE, taxonomy)
    notes = _by_question(report)
    full = notes["Tell me about a time you had too much to do."]
    assert full.kind is Kind.STAR and not full.draft
    assert full.coach.signals == ()
    assert notes["Describe a clash with a colleague"].draft
    assert notes["Describe a clash with a colleague"].coach.signals == ("Listening first", "Crediting others")
    assert notes["Describe a plan you changed midway"].coach.signals == ("Taking the first step", "Clear decisions")
    assert notes["Tell me about a time you sped up a slow page."].coach.signals == ()
    assert len([note for note in report.notes if note.kind is Kind.QA]) == 8


def test_near_miss_criteria_in_a_section_of_their_own_still_close_the_questions_above(taxonomy) -> None:
    text = """# Conflict questions

## Tell me about a time you disagreed with your lead.

**Answer:** I wrote up both options and we picked one together.

## Tell me about a time a peer missed a handoff.

**Answer:** I asked what got in the way and we moved the handoff earlier.

## Tell me about a time you pushed back on a deadline.

**Answer:** I showed what would slip and we cut scope instead.

## Tell me about a time you settled a dispute between two teams.

**Answer:** I got both leads in a room with the data.

## Across all four

**What they look for:**
- Calm tone
- A shared outcome
"""
    report = _import(text, taxonomy)
    assert len(report.notes) == 4
    assert all(note.coach.signals == ("Calm tone", "A shared outcome") for note in report.notes)


# (c) a story's name in double quotes after its number --------------------------------------------------------------

QUOTED = """# Stories for the platform loop

### Story 1: "The muted alerts"

**Question:** Tell me about a time you caught a silent failure.

**Situation:** Our paging rules had been muted for a month.

**Task:** I had to find out what we had missed.

**Action:** I replayed the logs against the old rules.

**Result:** We found two outages nobody had seen and fixed the rules.

### Story 2: “Halving the build”

**Situation:** Each build took fifty minutes.

**Task:** The team asked me to make it faster.

**Action:** I cached the dependencies and split the test stage.

**Result:** Builds now take twenty minutes.
"""


def test_double_quotes_round_a_storys_whole_name_are_dropped(taxonomy) -> None:
    report = _import(QUOTED, taxonomy)
    first, second = report.notes
    assert first.kind is Kind.STAR and first.body.title == "The muted alerts"
    assert first.body.question == "Tell me about a time you caught a silent failure."
    assert second.body.question == "Halving the build"


def test_near_miss_quotes_inside_a_name_stay(taxonomy) -> None:
    text = QUOTED.replace('### Story 1: "The muted alerts"', '### Story 1: The "muted" alerts')
    first, _ = _import(text, taxonomy).notes
    assert first.body.title == 'The "muted" alerts'


# (d) a heading saying where and when the stories happened is no competency -----------------------------------------

def _bank(first: str, second: str) -> str:
    return f"""# My stories

## {first}

### Moving the nightly jobs

**Situation:** The nightly billing jobs finished after the morning reports.

**Task:** I had to make them finish by six.

**Action:** I split the queue by region.

**Result:** They now finish by four.

## {second}

### Quieting the pager

**Situation:** On-call got forty pages a week.

**Task:** I owned the alert rules.

**Action:** I removed the rules nobody acted on.

**Result:** Pages fell to six a week.
"""


@pytest.mark.parametrize(("first", "second"), [
    ("Acme (2019–2021)", "Globex, Jan 2022 - Present"),
    ("At Initech", "Hooli Inc."),
])
def test_a_heading_naming_an_employer_or_a_period_is_no_competency(taxonomy, first, second) -> None:
    report = _import(_bank(first, second), taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR, Kind.STAR]
    assert all(note.competencies == () for note in report.notes)
    assert [note.body.question for note in report.notes] == ["Moving the nightly jobs", "Quieting the pager"]


def test_near_miss_a_competency_heading_still_names_its_story(taxonomy) -> None:
    report = _import(_bank("Attention to detail", "Ownership"), taxonomy)
    assert [note.competencies for note in report.notes] == [("Attention to detail",), ("Ownership",)]



# (e) the feedback a mock answer got, written under it --------------------------------------------------------------

MOCKED = """# My answers

## Tell me about yourself.

I'm a backend engineer who moved from physics into software. I like building small tools end to end.

### Key feedback:
- Opened well, no pauses.
- The skills part sounded like a list.
- End on why this team.

### Useful feedback from others to use:
- Tell it more like a story
- Mention what you do outside work

## Why do you want to leave?

I want a team that ships every week.

**Mock feedback:** Say what you learned where you are now first.
"""


def test_feedback_written_under_an_answer_is_its_tips(taxonomy) -> None:
    report = _import(MOCKED, taxonomy)
    notes = _by_question(report)
    about = notes["Tell me about yourself."]
    assert about.body.answer.strip() == ("I'm a backend engineer who moved from physics into software. I like building "
                                         "small tools end to end.")
    assert "The skills part sounded like a list." in about.coach.tips
    assert "Mention what you do outside work" in about.coach.tips
    leave = notes["Why do you want to leave?"]
    assert leave.body.answer.strip() == "I want a team that ships every week."
    assert leave.coach.tips == ("Say what you learned where you are now first.",)


def test_near_miss_a_feedback_heading_over_questions_stays_their_group(taxonomy) -> None:
    text = """# Questions by theme

## Feedback

- Tell me about a time you got hard feedback.
- How do you give feedback to a peer?

## Conflict

- Tell me about a disagreement with your lead.
- How do you settle a dispute between two teams?
"""
    report = _import(text, taxonomy)
    assert len(report.notes) == 4 and all(note.draft for note in report.notes)
    assert "Tell me about a time you got hard feedback." in _by_question(report)


# (f) a page's title over sections that already name their stories' competency -------------------------------------

NESTED = """# Globex

## Customer Obsession

### The refund backlog

**Situation:** Refunds took two weeks to reach customers.

**Task:** I owned the refund service.

**Action:** I automated the three most common refund cases.

**Result:** Most refunds now land within a day.

## Ownership

### The orphaned pipeline

**Situation:** Nobody owned the nightly export pipeline.

**Task:** I took it on without being asked.

**Action:** I added alerts and wrote a runbook.

**Result:** The export has not missed a night since.
"""


def test_a_title_over_competency_sections_is_no_competency_of_their_stories(taxonomy) -> None:
    report = _import(NESTED, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR, Kind.STAR]
    assert [note.competencies for note in report.notes] == [("Customer Obsession",), ("Ownership",)]


def test_near_miss_a_title_right_over_the_stories_still_names_them(taxonomy) -> None:
    text = NESTED.replace("## Customer Obsession\n\n", "").replace("## Ownership\n\n", "")
    text = text.replace("# Globex", "# Ownership")
    report = _import(text, taxonomy)
    assert [note.competencies for note in report.notes] == [("Ownership",), ("Ownership",)]
