"""Round 32 fixes (m): question labels as headings, the questions a story "can answer", and a page's note on itself.
(a) A heading that only numbers a question (``## Q24``, ``### Question 7:``) over one to four short single-line
paragraphs, up to the next heading or rule, is that question: the scene and the ask under it (or the scene alone,
or one paragraph that sets a scene and then asks) are the question's words, instead of the scene being reported as
text under the heading and only a bare ``What do you do?`` kept (or nothing at all). A numbered heading over an
answer told as I, or over a lone question (read as before), is left alone.
(b) A story's list headed ``Questions This Story Can Answer`` (``could answer``, ``helps answer``) gives its
question and variants, as ``Questions this story answers`` did, and ``Categories Covered`` its competencies,
instead of both being reported as not part of the story.
(c) A heading that asks about the document itself (``Why This Guide Is The Place To Start``: "this file", "this guide",
"this page") over text told by no one in particular is the page's explainer, reported, even where it lists example
questions ("Tell me about a failure."): their "me" is the interviewer's, not the writer's. A question about the
reader's own past stays a question.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, kinds, skipped


# (a) "## Q24" over the scene and the ask ---------------------------------------------------------------------------

NUMBERED = """# Team lead practice

## Q1

How do you run your first week with a new team?

---

## Q2

Your two best engineers refuse to review each other's code.

What do you do?

---

## Question 3:

A director asks you to cut the testing budget in half.

---

## Q4

You inherit a service with no tests and a launch in a month. Which risks do you take first?
"""


def test_a_heading_numbering_a_question_takes_the_scene_under_it_as_its_words(taxonomy) -> None:
    report = imported(NUMBERED, taxonomy, "practice.md")
    assert kinds(report) == {"qa": 4}
    questions = [note.body.question for note in report.notes]
    assert questions == [
        "How do you run your first week with a new team?",
        "Your two best engineers refuse to review each other's code. What do you do?",
        "A director asks you to cut the testing budget in half.",
        "You inherit a service with no tests and a launch in a month. Which risks do you take first?",
    ]
    assert all(note.draft for note in report.notes)
    assert not [line for line in skipped(report) if "text under" in line]


ANSWERED = """# Team lead practice

## Q1

How do you run your first week with a new team?

I meet every engineer alone, read the last three incident reviews and ship one small fix myself.

## Q2

Your on-call rota has burned out two people this quarter.

**Answer:** I would cap pages per shift and move the noisiest alerts to business hours.
"""


def test_a_numbered_heading_over_an_answer_is_read_as_before(taxonomy) -> None:
    report = imported(ANSWERED, taxonomy, "practice.md")
    first = report.notes[0]
    assert first.body.question == "How do you run your first week with a new team?"
    assert "incident reviews" in first.body.answer
    assert not first.draft
    # a labelled answer under the scene: the rule leaves the section to the rest of the importer
    assert all("cap pages" not in note.body.question for note in report.notes)


# (b) "Questions This Story Can Answer" and "Categories Covered" ----------------------------------------------------

STORY = """# My stories

# Story 1 — The billing cut-over

## Categories Covered

* Delivery
* Stakeholder Management

## Situation

Billing moved to a new ledger while the old one still took payments.

## Task

I owned the cut-over plan for the three teams involved.

## Action

I ran both ledgers side by side for two weeks and compared every night's totals.

## Result

We switched with no missed invoice and retired the old ledger a month early.

## Questions This Story Can Answer

* Tell me about a risky launch.
* Tell me about working across teams.
* Tell me about a plan you owned end to end.
"""


def test_the_questions_a_story_can_answer_are_its_question_and_variants(taxonomy) -> None:
    report = imported(STORY, taxonomy, "stories.md")
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.title == "The billing cut-over"
    assert note.body.question == "Tell me about a risky launch."
    assert note.variants == ("Tell me about working across teams.", "Tell me about a plan you owned end to end.")
    assert set(note.competencies) >= {"Delivery", "Stakeholder Management"}
    assert "side by side" in note.body.action
    assert not [line for line in skipped(report) if "Questions This Story" in line or "Categories" in line]


# (c) a heading about the page itself -------------------------------------------------------------------------------

ABOUT_PAGE = """# Story notes

# Why This Guide Is The Place To Start

Panels rarely test theory.

They test evidence from your own work.

Examples:

* Tell me about a failure.
* Tell me about a hard trade-off.

One good story can serve many of these.

# Story 1 — The flaky deploys

## Situation

Deploys failed one time in five.

## Task

I had to make them boring again.

## Action

I bisected the pipeline and pinned the two tools that drifted.

## Result

Failures fell to one in two hundred.

## Questions This Story Can Answer

* Tell me about a problem you fixed at its root.
"""


def test_a_heading_about_the_page_itself_is_its_explainer_not_a_question(taxonomy) -> None:
    report = imported(ABOUT_PAGE, taxonomy, "stories.md")
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.question == "Tell me about a problem you fixed at its root."
    assert any("Why This Guide Is The Place To Start" in line and "explainer" in line for line in skipped(report))


OWN_PAST = """# Practice

# Why did you leave your last team?

I wanted to work closer to customers, and the team I joined talks to them every week.

# Why do you want this role?

I have run the on-call rota for two years and want to shape it for the whole group.
"""


def test_a_why_question_about_the_reader_stays_a_question(taxonomy) -> None:
    report = imported(OWN_PAST, taxonomy, "practice.md")
    assert kinds(report) == {"qa": 2}
    assert report.notes[0].body.question == "Why did you leave your last team?"
