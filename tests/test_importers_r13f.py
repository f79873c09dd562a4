"""Round 13 of real documents (f): a scraper's text glued onto a spreadsheet's questions."""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.importers.gluedtext import unglued
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


SCRAPED = """Role,Question
Tram Driver,"Punctuality: A driver keeps every stop on time, in all weather.”How do you plan a shift with roadworks?"
Tram Driver,Read the guide. Question 1 of 24What would you say to a rude passenger?
Tram Driver,Safety matters most in this job. How do you check the brakes before a run?
Tram Driver,"Which tools.Any?"
Tram Driver,Have you worked with ASP.Net Core and what did you build?
"""


def test_glued_sentence_and_counter_are_cut_from_the_question(taxonomy):
    report = _import(SCRAPED, taxonomy, "rows.csv")
    questions = [note.body.question for note in report.notes]
    assert questions[:2] == ["How do you plan a shift with roadworks?", "What would you say to a rude passenger?"]
    cuts = [item for item in report.skipped if "glued" in item.why]
    assert [item.line for item in cuts] == [2, 3]
    assert cuts[0].what.startswith("'Punctuality: A driver keeps every stop")
    assert cuts[1].what == "'Read the guide. Question 1 of 24' before the question"


def test_context_after_a_space_and_words_with_inner_stops_stay_whole(taxonomy):
    report = _import(SCRAPED, taxonomy, "rows.csv")
    questions = [note.body.question for note in report.notes]
    assert questions[2:] == ["Safety matters most in this job. How do you check the brakes before a run?",
                             "Which tools.Any?", "Have you worked with ASP.Net Core and what did you build?"]
    assert len(report.notes) == 5 and all(note.kind is Kind.QA for note in report.notes)


@pytest.mark.parametrize("cell", [
    "How did you fix it?What did you learn from it?",  # two questions: neither is a scraper's text
    "We shipped in 2021.Then?",  # too short to be a question of its own
    "Tell me about the last outage you led.",  # no question after the joint
])
def test_no_cut_where_nothing_glued_reads_as_a_question(cell):
    assert unglued(cell) == (cell, "")


NAMED_SCENARIOS = """# Leading teams

## Team troubles

**Scenario: On-call rota keeps burning people out**
```
Diagnosis Steps:
1. Count the pages per week
2. Cut the noisy alerts

Example Response:
"I'd measure the pages first, then remove the alerts
nobody acts on."
```

**Scenario: Two seniors refuse to review each other's code**
```
Resolution Plan:
1. Meet each one alone
2. Agree on review rules

Example Response:
"I'd talk to each of them, then agree written review rules."
```
"""


def _messages(report) -> list[str]:
    return [f"line {item.line}: {item.message}" for item in report.attention]


def test_scenario_name_over_fenced_approach_is_a_question_reported_as_not_asking(taxonomy):
    report = _import(NAMED_SCENARIOS, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.QA, Kind.QA]
    first = report.notes[0]
    assert first.body.question == "On-call rota keeps burning people out"  # no words added to the name
    assert first.body.answer.strip() == "I'd measure the pages first, then remove the alerts nobody acts on."
    assert any("Count the pages per week" in tip for tip in first.coach.tips)
    assert "line 5: 2 questions name a scenario but do not ask (lines 5, 16), such as 'On-call rota keeps " \
           "burning people out': kept as their questions; reword them to ask" in _messages(report)


def test_one_scenario_name_gets_its_own_report_line(taxonomy):
    report = _import(NAMED_SCENARIOS.split("**Scenario: Two")[0], taxonomy)
    assert "line 5: 'On-call rota keeps burning people out' names a scenario but does not ask: kept as the " \
           "question; reword it to ask" in _messages(report)


@pytest.mark.parametrize("stop", [".", ""])
def test_a_problem_is_not_reported_as_a_scenario_name(stop, taxonomy):
    text = (f"# Coding round\n\n**Problem**: Implement a queue that survives a restart of its host{stop}\n\n"
            "I would write each item to disk before acknowledging it.\n")
    report = _import(text, taxonomy)
    assert report.notes and not any("name a scenario" in message or "names a scenario" in message
                                    for message in _messages(report))


SAMPLES_QUOTED = """### 1. Why do you want to join a platform team?
- Category - Motivation & Fit
- Testing - Care for other engineers, long-term view
- Approach - Name a tool you built for others
- Red Flags - Vague answers ("I like tools"), no research

 ✅ Example: “I like building tools that other teams rely on. I want my work
to make every deploy at the company a little safer.” |

### 2. What part of our engineering values speaks to you?
- Values & Culture
- Knows the company, has read its writing
- Pick one value and tie it to your work
- Reciting the values page word for word

✅ Example:
- Choose one or two values that match how you work.
- “ What speaks to me most is the habit of writing things down.
- I keep design notes for every change I ship.
- Your public postmortems show the same care.”
"""


def test_sample_answer_loses_its_quotes_and_a_stray_table_pipe(taxonomy):
    report = _import(SAMPLES_QUOTED, taxonomy)
    first = report.notes[0]
    assert first.body.answer.strip() == ("I like building tools that other teams rely on. I want my work\n"
                                         "to make every deploy at the company a little safer.")


def test_advice_before_a_quotation_over_list_items_is_a_tip(taxonomy):
    report = _import(SAMPLES_QUOTED, taxonomy)
    second = report.notes[1]
    assert second.body.answer.strip() == ("- What speaks to me most is the habit of writing things down.\n"
                                          "- I keep design notes for every change I ship.\n"
                                          "- Your public postmortems show the same care.")
    assert "Choose one or two values that match how you work." in second.coach.tips


@pytest.mark.parametrize("answer", [
    "| Area | Owner |\n|---|---|\n| Billing | me |",  # a table: its pipes stay
    "- Context: the billing move\n- “I split the work in two.”",  # no advice before the quotation: kept as written
    "I said “no” twice and “yes” once.",  # quotes inside the answer, not around it
])
def test_answers_that_are_not_wrapped_stay_as_written(answer):
    from leaderdeck.importers.answerquotes import unwrapped

    assert unwrapped(answer) == (answer, [])


PLAIN_BANK = """1. ownership (think long term)
Tell me about a time you kept a service alive nobody owned.
When the pager is quiet for months, it's easy to forget the runbook. So how do you keep it current?
Tell the story of the last time you had to hand back a project.

--*: top questions
1 introduce yourself
    I build payment services and I like owning them from design to on-call.

2. Tell me a time when you missed a deadline
I split the work too late and we slipped a week; now I cut scope on day one.
"""


def test_a_story_request_after_a_question_is_a_question_of_its_own(taxonomy):
    report = _import(PLAIN_BANK, taxonomy, "bank.txt")
    questions = [note.body.question for note in report.notes]
    assert "Tell the story of the last time you had to hand back a project." in questions
    kept = next(n for n in report.notes if n.body.question.startswith("When the pager is quiet"))
    assert not kept.body.answer


def test_a_first_question_numbered_without_a_dot_opens_its_run(taxonomy):
    report = _import(PLAIN_BANK, taxonomy, "bank.txt")
    intro = next(n for n in report.notes if n.body.question == "introduce yourself")
    assert "I build payment services" in intro.body.answer
    assert len(report.notes) == 5


@pytest.mark.parametrize("text", ["1 team shipped it on time\n\n2. Tell me about a time you failed.\n",
                                  "1 introduce yourself\n\n3. Tell me about a time you failed.\n"])
def test_a_dotless_number_that_opens_no_run_of_questions_is_no_question(text, taxonomy):
    report = _import(text, taxonomy, "bank.txt")
    assert [note.body.question for note in report.notes] == ["Tell me about a time you failed."]
    assert [item.line for item in report.skipped] == [1]


PRINCIPLE_NOTES = """## Behavior Questions - Principles
1. Ownership
Leaders own outcomes. They act for the whole company, beyond their own team.
------
Give me an example of when you took a risk and it failed?

2. Earn Trust
Leaders listen closely and speak candidly.
----
Tell me a time when you earned the trust of a new team.
How's
I admitted what I did not know and asked for help early. Within a month they gave me the on-call lead.

3. Dive Deep
Leaders stay close to the details.
---
Tell me about a time you dug into the data.
I traced the slow report to a missing index.
"""


def test_a_word_left_alone_under_a_question_does_not_hide_its_answer(taxonomy):
    report = _import(PRINCIPLE_NOTES, taxonomy)
    trust = next(n for n in report.notes if n.body.question == "Tell me a time when you earned the trust of a new team.")
    assert "I admitted what I did not know" in trust.body.answer
    assert not [item for item in report.skipped if item.line == 10]
