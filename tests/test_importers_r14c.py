"""Round 14 (c): a topic that only a note's listed competencies or its interviewer's signals support is flagged
weak; a list of principle names is not split inside a name; principle headings over practice questions give
them their competency; a table column saying what the interviewer probes holds signals; a story's Proof row is
its Result."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.importers.listnames import list_names


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _topic_lines(report) -> dict[int, str]:
    return {a.line: a.message for a in report.attention if "topic guessed" in a.message}


LISTED_STORIES = """# Story bank

### Story 1: The quiet release train
- **Situation**: Our mobile team shipped once a quarter and every release slipped by two weeks.
- **Task**: Get releases out every fortnight.
- **Action**: I split the release checklist into stages and paired with each owner until the stages ran alone.
- **Result**: We shipped every two weeks for a year.
- **Leadership Principles**: Customer Obsession, Ownership, Bias for Action.

### Story 2: Paging fewer people at night
- **Situation**: The on-call rota woke four engineers for every outage, and incident reviews blamed whoever was paged.
- **Task**: Cut the pages and make incident reviews blameless.
- **Action**: I rewrote the alert rules with the on-call engineers and ran the first postmortems myself.
- **Result**: Pages fell by half and the incident reviews stopped naming people.
- **Leadership Principles**: Ownership, Earn Trust, Dive Deep.

### Story 3: Hiring a second platform team
- **Situation**: We had one platform team and a year of requests waiting.
- **Task**: Hire five engineers in a quarter.
- **Action**: I wrote the hiring rubric and sat on every loop.
- **Result**: Five hires joined, and the rubric is used across the org.
- **Leadership Principles**: Customer Obsession, Hire and Develop the Best.
"""


def test_a_topic_only_a_listed_competency_gives_is_flagged_weak(taxonomy):
    report = _import(LISTED_STORIES, taxonomy)
    topics = {note.body.title or note.body.question: note.topic.name for note in report.notes}
    lines = _topic_lines(report)
    # story 1's words say nothing sure; its list points at customers and ownership: one of them, flagged weak
    assert topics["The quiet release train"] in ("Stakeholder Management", "Culture")
    assert "from the competencies it lists" in lines[3]
    # story 2's own words name outages surely: they decide, not "Ownership" listed first
    assert topics["Paging fewer people at night"] == "Crisis & Incidents"
    assert "from the competencies it lists" not in lines.get(10, "")
    # story 3's words are about hiring: no competency listed ahead of them states another topic
    assert topics["Hiring a second platform team"] == "Hiring"


def test_a_single_stated_competency_still_states_the_topic(taxonomy):
    text = """### Tell me about a launch you led.
**Competency:** Ownership

I ran the launch checklist and answered for every slip.
"""
    report = _import(text, taxonomy)
    assert report.notes[0].topic.name == "Culture"
    assert not _topic_lines(report)


SIGNALLED = """# Questions for managers

### What is your strategy for the first quarter?
**What interviewers look for:** the customers and executives met, stakeholders kept informed with regular status
updates, communication with the board.

### How do you prioritize the backlog when a deadline is close?
**What interviewers look for:** how the backlog is prioritized and the deadline protected when scope grows.
"""


def test_a_drafts_signals_pointing_elsewhere_flag_its_guess_weak(taxonomy):
    report = _import(SIGNALLED, taxonomy)
    first, second = report.notes
    assert first.draft and first.topic.name == "Strategy & Trade-offs"  # the topic stays the question's
    lines = _topic_lines(report)
    assert "what the interviewer looks for points at Stakeholder Management" in lines[3]
    assert second.topic.name == "Delivery & Prioritization" and 7 not in lines  # signals agree: no line


def test_a_list_is_not_split_inside_a_principle_name():
    assert [n.strip() for n in list_names("Be Right, A Lot, Hire the Best, Think Big")] == [
        "Be Right, A Lot", "Hire the Best", "Think Big"]
    assert [n.strip() for n in list_names("Ownership, Speak Up; Then Commit, Frugality")] == [
        "Ownership", "Speak Up; Then Commit", "Frugality"]
    assert [n.strip() for n in list_names("Ownership; Dive Deep; Grit, Resilience")] == [
        "Ownership", "Dive Deep", "Grit, Resilience"]
    assert [n.strip() for n in list_names('"Calm, Clear Calls", Frugality | Grit')] == [
        '"Calm, Clear Calls"', "Frugality", "Grit"]


def test_a_storys_principle_list_keeps_whole_names(taxonomy):
    text = """### Story: Moving the billing jobs
- **Situation**: Billing ran on a server nobody owned.
- **Task**: Move it before the lease ended.
- **Action**: I planned the cut-over and ran it on a Sunday.
- **Result**: Billing moved with no missed invoice.
- **Leadership Principles**: Be Right, A Lot, Speak Up; Then Commit, Frugality.
"""
    note = _import(text, taxonomy).notes[0]
    assert note.competencies == ("Be Right, A Lot", "Speak Up; Then Commit", "Frugality")


def test_a_category_that_is_also_a_listed_competency_still_states_the_topic(taxonomy):
    text = """## Crisis Management: The frozen payment queue (Acme)
**Competency:** Crisis Management, Calm Communication

- **Situation:** The payment queue stopped on a Friday night.
- **Task:** Get payments flowing before Monday.
- **Action:** I drained the queue by hand and wrote the fix.
- **Result:** Payments resumed by Saturday noon.
"""
    report = _import(text, taxonomy)
    assert report.notes[0].topic.name == "Crisis & Incidents"
    assert not any("is not a topic" in a.message or "topic guessed" in a.message for a in report.attention)


PRACTICE_BANK = """# Prep

## Stories

### Story 1: The shared pager
- **Situation**: Two teams shared one pager and blamed each other for every alert.
- **Task**: Split the alerts by owner.
- **Action**: I mapped every alert to a service and a team, then moved them one by one.
- **Result**: Each team now answers only its own alerts.
- **Principles**: Ownership, Earn Trust, Speak Up; Then Commit.

### Story 2: The slow nightly build
- **Situation**: The nightly build took six hours.
- **Task**: Bring it under one hour.
- **Action**: I cached the dependency layer and split the test suite.
- **Result**: It runs in forty minutes.
- **Principles**: Frugality, Dive Deep.

## Practice

#### Ownership
*   **Question:** "Tell me about a problem outside your remit that you fixed anyway."
    *   **Primary:** `The shared pager`

#### Speak Up; Then Commit (hard one)
*   **Question:** "Tell me about a time you disagreed with your manager and still backed the decision."
    *   **Primary:** `The shared pager`

#### Warm-up
*   **Question:** "Tell me about yourself."
"""


def test_headings_naming_listed_principles_give_their_questions_that_competency(taxonomy):
    report = _import(PRACTICE_BANK, taxonomy)
    by_question = {note.body.question: note.competencies for note in report.notes if note.kind.value == "qa"}
    assert by_question["Tell me about a problem outside your remit that you fixed anyway."] == ("Ownership",)
    assert by_question["Tell me about a time you disagreed with your manager and still backed the decision."] == (
        "Speak Up; Then Commit",)
    assert by_question["Tell me about yourself."] == ()  # "Warm-up" names no principle the document lists


def test_one_heading_matching_a_listed_principle_by_chance_gives_nothing(taxonomy):
    text = PRACTICE_BANK.replace("#### Speak Up; Then Commit (hard one)", "#### Pushback")
    report = _import(text, taxonomy)
    assert all(note.competencies == () for note in report.notes if note.kind.value == "qa")


def test_a_column_saying_what_the_interviewer_probes_holds_the_rows_signals(taxonomy):
    text = """## Questions and what is behind them

| Question | What they're really probing |
| --- | --- |
| Tell me about a release you delayed. | Judgment under pressure; whether you weigh risk against the date. |
| How do you onboard a new manager? | Patience, structure, letting go of control. |
"""
    report = _import(text, taxonomy)
    assert [note.coach.signals for note in report.notes] == [
        ("Judgment under pressure; whether you weigh risk against the date.",),
        ("Patience, structure, letting go of control.",)]
    assert all(note.draft for note in report.notes)
    assert not any("not read" in s.why for s in report.skipped)


def test_a_label_saying_what_the_panel_is_testing_for_holds_signals(taxonomy):
    text = """### How do you settle a dispute between two of your leads?
**What the panel is testing for:** fairness, and whether you let them own the outcome.
"""
    note = _import(text, taxonomy).notes[0]
    assert note.coach.signals == ("fairness, and whether you let them own the outcome.",)
    assert note.draft


PROOF_TABLE = """## 1. Cutting build times — "The forty-minute build"

| Stage | Content |
|--------|---------|
| **Situation** | Every merge waited six hours for the nightly build. |
| **Bet** | Cache the dependency layer before touching the tests. |
| **Mechanism** | A shared cache per branch; the slowest suites split across runners. |
| **Proof** | **[YOUR METRICS]** e.g., build time before and after; merges per day; flaky reruns from X to Y a week. |
"""


def test_a_proof_row_is_the_result_and_its_capital_slot_makes_a_draft(taxonomy):
    report = _import(PROOF_TABLE, taxonomy)
    note = report.notes[0]
    assert note.body.result.startswith("**[YOUR METRICS]** e.g., build time before and after")
    assert "Proof" not in note.body.action
    assert note.draft
    assert any("its Result has blanks to fill in ([YOUR METRICS])" in a.message for a in report.attention)


def test_a_written_proof_is_a_plain_result(taxonomy):
    report = _import(PROOF_TABLE.replace(
        "**[YOUR METRICS]** e.g., build time before and after; merges per day; flaky reruns from X to Y a week.",
        "Builds took forty minutes and merges doubled."), taxonomy)
    note = report.notes[0]
    assert note.body.result == "Builds took forty minutes and merges doubled."
    assert not any("blanks" in a.message or "no Result" in a.message for a in report.attention)


def test_a_bare_capital_slot_is_still_an_unwritten_part(taxonomy):
    report = _import(PROOF_TABLE.replace(
        "**[YOUR METRICS]** e.g., build time before and after; merges per day; flaky reruns from X to Y a week.",
        "[YOUR METRICS]"), taxonomy)
    assert report.notes[0].body.result == ""
    assert report.notes[0].draft


def test_a_spreadsheets_topic_column_still_states_the_topic_beside_its_competencies(taxonomy):
    text = """Topic,Question,Competencies
Conflict Resolution,Explain how you settled a quarrel between the design and platform leads.,Conflict Resolution;Empathy;Product Sense
"""
    report = _import(text, taxonomy, "bank.csv")
    assert report.notes[0].topic.name == "Conflict & Influence"
    assert not _topic_lines(report)


def test_signals_that_name_the_guessed_topic_among_others_flag_nothing(taxonomy):
    text = """### How do you prioritize the backlog when a deadline is close?
**What interviewers look for:** candour with customers and executives about the deadline, and a clear order of work.
"""
    report = _import(text, taxonomy)
    assert report.notes[0].topic.name == "Delivery & Prioritization"
    assert not _topic_lines(report)
