"""Shapes of a guide to unusual questions (fixtures in our own words): a label of the guide's own (``**Approach:**``)
with advice to the reader on its line is how to answer, the note a draft with that tip; "a peer or manager" names
two people, not a manager's band."""

from __future__ import annotations

from leaderdeck.importers.bands import bands_named
from leaderdeck.model import QaBody
from importing import imported

CURVEBALLS = """# Unusual questions

## Kinds

**Hypothetical:**
> "If you ran the platform team tomorrow, what would you change first?"

**Approach:** Treat it as a plan. Name your two priorities and say why each one comes first.

**Self-knowledge:**
> "What would your last lead say you should work on?"

**Approach:** Be honest. Pick a real gap and say what you are doing about it.
"""


def test_advice_to_the_reader_under_an_approach_label_is_a_tip(taxonomy) -> None:
    report = imported(CURVEBALLS, taxonomy)
    first, second = report.notes
    assert isinstance(first.body, QaBody) and isinstance(second.body, QaBody)
    assert first.body.question == "If you ran the platform team tomorrow, what would you change first?"
    assert first.body.answer == "" and first.draft
    assert first.coach.tips == ("**Approach:** Treat it as a plan. Name your two priorities and say why each one "
                                "comes first.",)
    assert second.body.answer == "" and second.draft
    assert second.coach.tips == ("**Approach:** Be honest. Pick a real gap and say what you are doing about it.",)


def test_orders_that_answer_or_the_writers_own_approach_stay_the_answer(taxonomy) -> None:
    steps = """### How would you calm a tense planning meeting?

**Approach:** Stop the meeting for five minutes. Ask each lead for one goal. Write the goals on the board.
"""
    (note,) = imported(steps, taxonomy).notes
    assert note.body.answer.startswith("**Approach:** Stop the meeting") and not note.draft
    own = """### How would you calm a tense planning meeting?

**My approach:** Keep it short. Ask each of you for one goal and write the goals down.
"""
    (note,) = imported(own, taxonomy).notes
    assert "Keep it short" in note.body.answer and not note.coach.tips
    one = """### How would you calm a tense planning meeting?

**Approach:** Give each lead the floor in turn, then write your shared goal on the board.
"""
    (note,) = imported(one, taxonomy).notes  # one sentence: read as before
    assert note.body.answer.startswith("**Approach:** Give each lead")


def test_a_peer_or_manager_names_no_managers_band(taxonomy) -> None:
    text = """# Feedback stories

## Tell me about a time a peer or manager gave you hard feedback.

I was told my design reviews ran long. I started sending the doc a day ahead and the reviews halved.
"""
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert note.level.name == "SENIOR"
    assert not any("peer or manager" in str(item) for item in report.attention)
    assert not bands_named("Questions for a peer or manager", taxonomy)
    assert not bands_named("Stories about peers and managers", taxonomy)
    assert {level.name for level in bands_named("Engineering Manager interview questions", taxonomy)} == {"MANAGER"}


def test_a_peer_named_by_a_title_still_gives_its_band(taxonomy) -> None:
    text = """# My loop

The panel is the hiring manager and one peer manager.

## Tell me about a time you changed a team's plan.

I moved our launch by a week to fix the paging load first, and the on-call pages halved.
"""
    (note,) = imported(text, taxonomy).notes
    assert note.level.name == "MANAGER"


MOCK = """# Mock screen

### Questions (in order)

**1. "Walk me through your last role." (2-3 min)**

Scoring notes:
- [ ] Names the team and its goal
- [ ] Under two minutes

**2. "Why this team? Why now?" (2 min)**

Scoring notes:
- [ ] Names the product

**3. "Tell me about a hard project you shipped lately." (3 min)**

Scoring notes:
- [ ] Clear problem
- [ ] Own part named
"""


def test_a_mock_interviewers_prompts_and_scoring_notes(taxonomy) -> None:
    report = imported(MOCK, taxonomy)
    questions = [note.body.question for note in report.notes]
    assert questions == ["Walk me through your last role.", "Why this team? Why now?",
                         "Tell me about a hard project you shipped lately."]
    assert all(note.draft and not note.body.answer for note in report.notes)
    assert report.notes[0].coach.signals == ("Names the team and its goal", "Under two minutes")
    assert report.notes[2].coach.signals == ("Clear problem", "Own part named")
    assert report.notes[2].coach.tips == ("3 min",)


def test_a_time_closing_a_statement_asks_nothing_and_a_score_is_no_label() -> None:
    from leaderdeck.importers.labels import slot
    from leaderdeck.importers.text import is_question

    assert is_question('"Tell me about a hard project you shipped lately." (3 min)')
    assert is_question('"Why this team?" [~30 seconds]')
    assert not is_question("Coffee with the hiring manager (30 minutes)")
    assert not is_question('"We cut the scope." (3 min)')
    assert slot("Scoring notes") == "signals" and slot("Grading guide") == "signals"
    assert slot("Scoring") is None and slot("Scores") is None


def test_a_story_tables_number_column_names_no_story(taxonomy) -> None:
    text = """## My stories

| **Story #** | **Story Title** | **Situation** | **Task** | **Action** | **Result** |
|---|---|---|---|---|---|
| 1 | Queue Rewrite | Billing jobs piled up every month end. | I owned the fix. | I split the queue by tenant and added back-pressure. | Month end closed a day sooner. |
| 2 | Paging Diet | On-call got forty pages a night. | I had to cut the noise. | I deleted alerts nobody acted on and merged the rest. | Pages fell to five a night. |
"""
    report = imported(text, taxonomy)
    # each story's name stands in for its question, as for a story titled with none
    assert [note.body.question for note in report.notes] == ["Queue Rewrite", "Paging Diet"]
    assert all(note.body.situation for note in report.notes)
    assert any("no question for 2 stories" in str(item) for item in report.attention)


def test_a_number_column_beside_no_other_name_is_still_not_the_question() -> None:
    from leaderdeck.importers.headers import header_mapping

    mapping, _ = header_mapping(["Story No.", "Question", "Answer"])
    assert mapping == {1: "question", 2: "answer"}
    mapping, _ = header_mapping(["Story", "Situation", "Result"])
    assert mapping[0] == "title"  # a column of the stories' names, as before
