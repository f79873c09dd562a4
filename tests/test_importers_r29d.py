"""Round 29 fixes (d): leadership scenarios and take-home cases by other authors, second round. (a) Under a heading
naming a scenario (``## Scenario 2: Release freeze``), a sub-section headed as the scene (``### The Situation``) beside
one handing the reader a task (``### Your Task``, ``### Your assignment``) is one scenario: its situation the scene,
its task the question, whatever the task lists (numbered asks, questions or not), instead of the section being
refused or each listed question becoming a draft of its own with the scene set aside. A story's own ``### Task``
beside its ``### Situation`` and ``### Action`` stays a story, and ``### Your Task`` with no scene beside it still
heads a list of questions. (b) ``### Expected Approach`` under a scenario is its sample approach, kept as a coach tip
under its label instead of a discussion point; a scenario's answer (``### Sample Answer``) that is a list keeps its
label on a line of its own over the list, instead of running into the first item. (c) Under a question, an
``**Answer Framework**:`` label over an outline written out for it (``1. **First talk**`` over ``- **Ask first**:
...`` points, two or more such steps, each with two or more named points) is the answer, instead of being set aside
as a template and the question left a draft; a framework whose points are bare instructions stays a template. (d) A case filling the page under ``## Context``
with ``## Ambiguities`` listing what is still unclear about it (then ``## Clarifying Questions`` and the author's
analysis) is one scenario, the ambiguities its discussion points, instead of each ambiguity becoming a question
carrying copies of the case; ``## Open questions`` over a list is read as before.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from leaderdeck.model import Kind

from importing import imported, kinds


# (a) a scene and a task handed to the reader, each under its own sub-heading ------------------------------------------

SET_TASKS = """# Practice cases

## Scenario 1: Pager storm

### The Situation
Alerts fire every few minutes overnight. Two engineers have asked to leave the rota.

### Your Task
1. How would you cut the noise this week?
2. Who would you bring into the fix?
3. How would you tell the team what changes?

### Expected Approach
- Count alerts by source first
- Delete the ones nobody acts on

## Scenario 2: Vendor sunset

### The Situation
A payments vendor retires its old API in ninety days. Nobody owns the client code.

### Your Task
1. Name an owner
2. Plan the cut-over

### Key Considerations
- Contract penalties
- Test accounts
"""


def test_a_scene_and_your_task_under_a_scenario_heading_make_one_scenario_each(taxonomy) -> None:
    report = imported(SET_TASKS, taxonomy, "cases.md")
    assert kinds(report) == {"scenario": 2}
    storm, vendor = report.notes
    assert storm.kind is Kind.SCENARIO and storm.body.title == "Pager storm"
    assert storm.body.situation.startswith("Alerts fire every few minutes overnight.")
    assert "1. How would you cut the noise this week?" in storm.body.question
    assert "3. How would you tell the team what changes?" in storm.body.question
    assert not storm.draft
    assert vendor.body.title == "Vendor sunset"
    assert vendor.body.question == "1. Name an owner\n2. Plan the cut-over"
    assert vendor.body.situation.startswith("A payments vendor retires its old API")
    assert not any("The Situation" in str(line) for line in report.skipped)


def test_your_assignment_heading_is_a_task_handed_to_the_reader_too(taxonomy) -> None:
    text = ("## Scenario: Split team\n\n### Situation\nHalf the team moved to another city last month.\n\n"
            "### Your assignment\n- What would you change about the stand-up?\n- How would you keep reviews fast?\n")
    report = imported(text, taxonomy, "cases.md")
    assert kinds(report) == {"scenario": 1}
    (note,) = report.notes
    assert note.body.situation.startswith("Half the team moved")
    assert "How would you keep reviews fast?" in note.body.question


def test_a_story_with_its_own_task_beside_its_action_stays_a_story(taxonomy) -> None:
    # near miss: the teller's Task, then what was done, is a story, not a case set for the reader
    text = ("## The billing outage\n\n### Situation\nInvoices stopped going out on a Monday.\n\n"
            "### Task\nI had to get them out by Wednesday.\n\n### Action\nI rolled back the batch job and "
            "re-ran it by hand.\n\n### Result\nEvery invoice left on Tuesday.\n")
    report = imported(text, taxonomy, "cases.md")
    assert kinds(report) == {"star": 1}


def test_your_task_with_no_scene_beside_it_still_heads_questions(taxonomy) -> None:
    # near miss: a heading handing a list of questions with no scene heading beside it is their group
    text = ("# Warm-up\n\n## Your task\n\n1. How do you run a retrospective?\n2. How do you plan a quarter?\n\n"
            "## Notes\n\nKeep each answer short.\n")
    report = imported(text, taxonomy, "cases.md")
    assert kinds(report) == {"qa": 2}


# (b) a scenario's expected approach and a listed sample answer ---------------------------------------------------------

def test_expected_approach_is_a_tip_with_its_label_over_the_list(taxonomy) -> None:
    report = imported(SET_TASKS, taxonomy, "cases.md")
    storm = report.notes[0]
    assert storm.coach.tips == ("**Expected Approach:**\n\n- Count alerts by source first\n"
                                "- Delete the ones nobody acts on",)
    assert not any(point.heading == "Expected Approach" for point in storm.body.discussion)


def test_a_sample_answer_list_keeps_its_label_on_its_own_line(taxonomy) -> None:
    text = ("## Scenario 4: Hiring freeze\n\n### Context\nTwo signed offers are frozen the week before start.\n\n"
            "### Your Task\nHow would you handle the two candidates?\n\n### Sample Answer\n- Call both the same day\n"
            "- Offer a date to hear back by\n")
    report = imported(text, taxonomy, "cases.md")
    (note,) = report.notes
    assert note.kind is Kind.SCENARIO
    assert note.coach.tips == ("**Sample Answer:**\n\n- Call both the same day\n- Offer a date to hear back by",)


# (c) an answer framework written out as a named outline ----------------------------------------------------------------

OUTLINED = """### Scenario: Slipping tech lead
**Question**: Your tech lead has missed three sprint goals and reviews now wait for days. What do you do?

**Answer Framework**:
1. **Groundwork**
   - **Recent work**: Read the last month of reviews and tickets
   - **Peer view**: Hear from two peers before the talk
   - **Records**: Note dates and examples, not impressions
   - **Life outside work**: Allow for something happening at home
2. **Private talk**
   - **Facts first**: Bring the dates, not labels
   - **Their side**: Let them explain before proposing anything
   - **Support**: Offer pairing or a lighter load for a while
   - **Tone**: Stay calm and specific
3. **Plan**
   - **Goals**: Two measurable goals for the next sprint
   - **Check-ins**: A short weekly review of progress
   - **Time box**: Six weeks before deciding anything more
   - **Paper trail**: A written summary after each talk
"""


def test_an_answer_framework_written_as_a_named_outline_is_the_answer(taxonomy) -> None:
    report = imported(OUTLINED, taxonomy, "cases.md")
    (note,) = report.notes
    assert note.kind is Kind.QA and not note.draft
    assert note.body.question.startswith("Your tech lead has missed three sprint goals")
    assert note.body.answer.startswith("1. **Groundwork**")
    assert "**Paper trail**: A written summary after each talk" in note.body.answer
    assert not any("template" in line.why for line in report.skipped)


def test_an_answer_framework_of_unnamed_instructions_stays_a_template(taxonomy) -> None:
    # near miss: steps whose points are bare instructions to the reader are the shape to fill, not an answer
    text = ("### How do you handle a missed deadline?\n\n**Answer Framework**:\n1. **Opening**\n"
            "   - Describe where you were\n   - Say what was at stake\n2. **Middle**\n"
            "   - Explain your first step\n   - Name who helped\n")
    report = imported(text, taxonomy, "cases.md")
    (note,) = report.notes
    assert note.draft
    assert any(line.why == "a template, not an answer" for line in report.skipped)


# (d) a case whose open points are headed "Ambiguities" -----------------------------------------------------------------

AMBIGUOUS_CASE = """# Shared database

## Context

Three teams write to one database and each blames the others for slow releases.

## Ambiguities

- Which team owns the schema today?
- Are the slow releases caused by the database at all?

## Clarifying Questions

- How often does a migration block a release?
- Is there a budget for a second database?

## Trade-offs Analysis

- Splitting the data costs a quarter of work.
"""


def test_ambiguities_under_a_case_are_its_discussion_points(taxonomy) -> None:
    report = imported(AMBIGUOUS_CASE, taxonomy, "cases.md")
    assert kinds(report) == {"scenario": 1}
    (note,) = report.notes
    assert note.body.title == "Shared database"
    assert note.body.situation.startswith("Three teams write to one database")
    points = [point.heading for point in note.body.discussion]
    assert points == ["Which team owns the schema today?", "Are the slow releases caused by the database at all?"]
    assert note.clarifying_questions == ("How often does a migration block a release?",
                                         "Is there a budget for a second database?")
    assert "Splitting the data costs a quarter of work." in note.body.situation


def test_open_questions_heading_still_heads_questions(taxonomy) -> None:
    # near miss: "Open questions" over a list is the writer's questions, not a case's ambiguities
    text = "# Team notes\n\n## Open questions\n\n- How do we split the on-call rota?\n- Who approves a schema change?\n"
    report = imported(text, taxonomy, "cases.md")
    assert kinds(report) == {"qa": 2}
