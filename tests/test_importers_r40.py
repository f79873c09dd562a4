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
