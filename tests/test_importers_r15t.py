"""Round 15 (t): a topic the note's own question, its listed competencies and its interviewer's signals disagree on
is flagged weak, and the flag says which evidence contests it, without a percentage; a question whose own words
name its topic surely is not flagged by its signals."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _topic_lines(report) -> dict[int, str]:
    return {a.line: a.message for a in report.attention if "topic guessed" in a.message}


CATEGORISED = """# My stories

## Story: Production outage I caused
**Categories:** Failure, Learning, Accountability

### Situation
I pushed a schema change to the billing database without trying it on a full copy of the data.

### Task
The change had to go out before the invoices ran.

### Action
The migration locked the table and billing stopped; I rolled it back and wrote the runbook we lacked.

### Result
No migration has stopped billing since, and the runbook is used by every team.
"""


def test_a_sure_guess_its_listed_competencies_contest_is_flagged_weak(taxonomy):
    report = _import(CATEGORISED, taxonomy)
    note = report.notes[0]
    assert note.topic.name == "Crisis & Incidents"  # the question names an outage: its words decide
    line = _topic_lines(report)[3]
    assert "the question points at it, but the competencies it lists point at Failure & Growth" in line
    assert "%" not in line


PEAK = """# Stories

## Story: Scaling the invoice service for the holiday peak
**Competencies:** Deliver Results, Dive Deep, Ownership

- **Situation:** Our invoice service fell over every holiday peak when orders tripled.
- **Task:** Keep it up through the next peak.
- **Action:** I load tested the service, scaled out the workers, split the reorg of the queue owners into two teams and
  grew the team that ran it.
- **Result:** The service stayed up through the peak.
"""


def test_a_guess_only_the_story_makes_sure_is_flagged_when_its_competencies_point_elsewhere(taxonomy):
    report = _import(PEAK, taxonomy)
    assert report.notes[0].topic.name == "Org Design & Scaling"  # the story's words, not its question, say so
    line = _topic_lines(report)[3]
    assert "(weak: its story points at it, but the competencies it lists point at Delivery & Prioritization, " \
        "Culture)" in line


STORY_LEANS = """# Story bank

## 1. How did you prioritize the payments backlog against product velocity?

| Stage | Content |
|--------|---------|
| **Situation** | The product team wanted the new product page live; the product owner and the product designers had a product launch party booked; product analytics were not ready. |
| **Action** | I ranked the product work with the product manager and cut the product tour from the product launch. |
| **Result** | The product page went live and the product tour came a month later. |
"""


def test_a_story_whose_words_lean_away_from_its_surely_named_question_is_flagged_weak(taxonomy):
    report = _import(STORY_LEANS, taxonomy)
    line = _topic_lines(report)[3]
    assert f"the question alone points at {'Delivery & Prioritization'}" in line
    assert "%" not in line


SIGNALLED = """# Questions for staff engineers

### Tell me about a significant architecture decision you made.
**What interviewers look for:** the trade-offs weighed, the strategy behind the bet, the long-term vision and the
strategic risks taken.

### What is your strategy for the first quarter?
**What interviewers look for:** the customers and executives met, stakeholders kept informed with regular status
updates, communication with the board.

### Tell me about a time you had to innovate with limited resources.
**What interviewers look for:** a prototype built to test a new technology, an experiment run, curiosity and
creative research beyond the status quo.
"""


def test_signals_do_not_flag_a_topic_the_question_names_surely(taxonomy):
    report = _import(SIGNALLED, taxonomy)
    first, second, third = report.notes
    lines = _topic_lines(report)
    assert first.topic.name == "Architecture Decisions" and 3 not in lines
    assert second.topic.name == "Strategy & Trade-offs"  # a question the signals contest: flagged, no percent
    assert "(weak: the question points at it, but what the interviewer looks for points at Stakeholder Management)" \
        in lines[7]
    # the question names its topic's keywords, but the other topic's too ("innovate"): the signals still contest it
    assert third.topic.name == "Delivery & Prioritization"
    assert "what the interviewer looks for points at Innovation" in lines[11]
