"""Plain-text follow-ups, prompts in question banks, practice checklists, quoted advice, three-part stories,
quoted answers and ids (fixtures in our own words).

In plain text a question indented right under a question line is that question's follow-up, and a question at
the margin after a blank line starts a question of its own. In a question bank an item worded as a prompt next to
an item that asks is a question too, and an item ending in ":" among them heads nested prompts. A practice
checklist of closed questions is skipped; advice quoting a question is no question; a line ending in ":" over a
scenario's list is its label. Stories told without a Task throughout a document are not drafts for it. One pair of
quotes around a labelled answer goes at both ends, and a "Context:" line in an answer does not name the note.
"""

from __future__ import annotations

import pytest

from importing import messages, skipped
from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.text import is_question
from leaderdeck.model import QaBody


def imported(name: str, taxonomy, text: str) -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def questions(report: ImportReport) -> list[str]:
    return [note.body.question for note in report.notes]


# D6. Plain text: an indented follow-up under a question

FOLLOW_UPS_TXT = """Warm-up questions

Which launch are you proudest of?
  What part of it was yours?

Kubernetes experience?

Preferred query language?
\tWhy that one?
\tWhat would make you switch?

How do you run a blameless review?
"""


def test_plain_text_indented_follow_ups_stay_with_their_question(taxonomy):
    report = imported("warmup.txt", taxonomy, FOLLOW_UPS_TXT)
    assert questions(report) == ["Which launch are you proudest of?", "Kubernetes experience?",
                                 "Preferred query language?", "How do you run a blameless review?"]
    assert report.notes[0].coach.tips == ("Follow-up: What part of it was yours?",)
    assert report.notes[2].coach.tips == ("Follow-up: Why that one?", "Follow-up: What would make you switch?")
    assert all(note.draft for note in report.notes)
    assert not any(isinstance(n.body, QaBody) and n.body.answer for n in report.notes)


ANSWER_THEN_QUESTION_TXT = """How did you grow the platform team?
  I hired two leads and split the on-call.
  What was hardest?

Why do you want this role?

How do you handle a missed deadline?
\tI tell the stakeholders the same day and bring a new date.
"""


def test_plain_text_question_at_the_margin_after_a_blank_line_is_not_an_answer(taxonomy):
    report = imported("grow.txt", taxonomy, ANSWER_THEN_QUESTION_TXT)
    assert "Why do you want this role?" in questions(report)
    answers = {n.body.question: n.body.answer for n in report.notes}
    assert answers["How did you grow the platform team?"] == "- I hired two leads and split the on-call."
    assert answers["How do you handle a missed deadline?"] == (
        "- I tell the stakeholders the same day and bring a new date.")
    assert not any("role" in (a or "") for a in answers.values())


# D10. Prompts among the questions of a bank

PROMPT_BANK = """# Platform Lead Questions

## Delivery
- Differences between a hotfix and a patch release.
- How do you plan a migration with no downtime?
- Trunk-based vs GitFlow: when would you pick each? Main risks.
- How do you decide what goes into a sprint?
- Compare canary and blue-green deploys.

## System Design
- How would you shard a growing orders table?
- Whiteboard exercises:
  - Ride-sharing dispatch service
  - Photo storage for a small team
- What makes an API easy to change later?
"""


def test_prompts_among_questions_are_asked_too(taxonomy):
    report = imported("bank.md", taxonomy, PROMPT_BANK)
    assert questions(report) == [
        "Differences between a hotfix and a patch release.", "How do you plan a migration with no downtime?",
        "Trunk-based vs GitFlow: when would you pick each? Main risks.", "How do you decide what goes into a sprint?",
        "Compare canary and blue-green deploys.", "How would you shard a growing orders table?",
        "Ride-sharing dispatch service", "Photo storage for a small team",
        "What makes an API easy to change later?"]
    assert all(note.draft for note in report.notes)
    assert not any(m.startswith("skipped") for m in messages(report))


ADVICE_LISTS = """# Getting ready

## Before the loop
- Compare the offers you hold vs what you want next.
- Differences between teams matter more than titles.
- Keep your notes short.

## How do you pick a datastore?

- Compare the read and write loads first.
- Postgres vs a key-value store depends on the access patterns.
- Load tests settle the rest.
"""


def test_advice_and_answer_lists_with_prompt_words_stay_what_they_are(taxonomy):
    report = imported("ready.md", taxonomy, ADVICE_LISTS)
    assert questions(report) == ["How do you pick a datastore?"]
    assert report.notes[0].body.answer.startswith("- Compare the read and write loads first.\n")
    assert report.notes[0].body.answer.endswith("- Load tests settle the rest.")


# D9. A practice checklist, advice quoting a question, the label line over discussion points

PRACTICE_CHECKLIST = """# My stories

## Tell me about a time you fixed a silent outage.

**Situation:** Our nightly billing job failed without an alert for a week.
**Task:** I had to find the cause and stop it from happening again.
**Action:** I added a heartbeat check and traced the failure to an expired token.
**Result:** No silent failures in the six months since.

## Rehearsal

Before the onsite, rehearse every story:

- [ ] **Silent Outage** - Can you tell it in two minutes?
- [ ] **Hiring Push** - Do you make your own part clear?
- [ ] **Vendor Exit** - Does it end with a number?

## Story practice checklist

- [ ] **Silent Outage** - Is the result stated first?
- [ ] **Hiring Push** - Did you cut the jargon?
"""


def test_a_practice_checklist_of_closed_questions_is_skipped_and_reported(taxonomy):
    report = imported("stories.md", taxonomy, PRACTICE_CHECKLIST)
    assert questions(report) == ["Tell me about a time you fixed a silent outage."]
    assert "line 12: 'Before the onsite, rehearse every story' (questions for your own preparation)" in skipped(report)
    assert "line 20: 'Story practice checklist' (not interview content)" in skipped(report)


def test_closed_questions_under_a_practice_questions_heading_stay_questions(taxonomy):
    text = "# Bank\n\n## Practice questions\n\n- Have you ever had to let someone go?\n- Did you ever miss a launch?\n"
    report = imported("bank.md", taxonomy, text)
    assert questions(report) == ["Have you ever had to let someone go?", "Did you ever miss a launch?"]


ADVICE_WITH_QUOTES = """# Interview day

## How do you keep a roadmap honest?

I review it with the team every month and cut what no longer fits.

## During the call

- Keep answers under three minutes.
- When they dig into the details, hand them a choice: "I can go deeper on the rollout or on the rollback; which helps more?"
- Bring one question of your own.
"""


def test_advice_that_quotes_a_question_after_a_colon_is_not_a_question(taxonomy):
    report = imported("day.md", taxonomy, ADVICE_WITH_QUOTES)
    assert questions(report) == ["How do you keep a roadmap honest?"]
    assert skipped(report) == ["line 9: text under 'During the call' (not part of a question)"]


@pytest.mark.parametrize(("text", "asks"), [
    ('When they dig into the details, hand them a choice: "The rollout or the rollback, which helps more?"', False),
    ('Close every answer the same way: "Does that answer your question?"', False),
    ('The panel will often ask: "What would you do differently next time?"', True),
    ('If They Push: "Why are you leaving so soon?"', True),
    ('Leadership Principle Two - Ownership: "When did you own a problem nobody else would?"', True),
    ('Tell me about a time you had to say: "Why not?"', True),
])
def test_a_question_only_quoted_after_a_colon_of_advice_does_not_make_the_line_ask(text, asks):
    assert is_question(text) is asks


CASE_WITH_TALKING_POINTS = """# Case: The Stalled Migration

## Situation

Your team is halfway through moving billing to a new database and the old one is out of support in two months.

## Challenges

What stands in the way:
- The two senior engineers disagree on the cut-over plan.
- Finance wants the hosting bill down this quarter.

## Discussion

Be ready to talk through:
- Would you pause new features until the move is done?
- Who decides the cut-over date?
"""


def test_a_line_ending_in_a_colon_over_discussion_points_is_their_label(taxonomy):
    report = imported("case.md", taxonomy, CASE_WITH_TALKING_POINTS)
    assert [n.kind.value for n in report.notes] == ["scenario"]
    body = report.notes[0].body
    assert [p.heading for p in body.discussion] == ["Would you pause new features until the move is done?",
                                                   "Who decides the cut-over date?"]
    assert body.challenges == ("The two senior engineers disagree on the cut-over plan.",
                               "Finance wants the hosting bill down this quarter.")


# D11. Stories told without a Task throughout a document

SAR_STORIES = """# Behavioural answers

### 1. Tell me about a time you disagreed with your manager.

**Situation**: My manager wanted to ship the search rewrite before the holiday freeze.
**Action**: I showed him the error rates from the canary and proposed a two-week slip.
**Result**: We shipped in January with no incidents.

### 2. Describe a time you took ownership of a failing project.

**The Challenge**: The mobile release had slipped three times and nobody owned the plan.
**My Approach**: I wrote one plan, named an owner per risk and ran a daily check-in.
**The Result**: The release went out four weeks later and held its date.
"""


def test_stories_told_without_a_task_throughout_are_not_drafts_and_are_reported_once(taxonomy):
    report = imported("sar.md", taxonomy, SAR_STORIES)
    assert [n.kind.value for n in report.notes] == ["star", "star"]
    assert [n.draft for n in report.notes] == [False, False]
    assert "line 3: stories told without a Task (SAR/CAR): 2; add a Task or leave it" in messages(report)
    assert not any("no Task" in m for m in messages(report))


def test_a_story_without_a_task_among_stories_with_one_stays_a_draft(taxonomy):
    text = SAR_STORIES.replace("**Action**: I showed", "**Task**: I had to protect the launch.\n**Action**: I showed")
    report = imported("mixed.md", taxonomy, text)
    assert [n.draft for n in report.notes] == [False, True]
    # told from its Challenge (CAR): a draft among stories with a Task, saying so rather than "no Task"
    assert "line 10: 'Describe a time you took ownership of a failing project.' is a draft: told without a " \
        "separate Task (CAR)" in messages(report)
    assert not any("without a Task" in m for m in messages(report))


# D16. One pair of quotes around a whole labelled answer

QUOTED_STORY_MD = """# Behavioural prep

### Tell me about a time you pushed back on a deadline.
"**Situation**: Sales promised a customer the export feature in two weeks.
**Task**: I had to tell them what was possible.
**Action**: I offered a smaller export in two weeks and the full one in six.
**Result**: The customer took the smaller export and renewed."

### What is your biggest weakness?
"I say yes to too many reviews.
**How I handle it**: I now cap my reviews at three a day."
"""


def test_quotes_around_a_whole_labelled_answer_go_at_both_ends(taxonomy):
    report = imported("quoted.md", taxonomy, QUOTED_STORY_MD)
    story, weakness = (note.body for note in report.notes)
    assert story.situation == "Sales promised a customer the export feature in two weeks."
    assert story.result == "The customer took the smaller export and renewed."
    assert weakness.answer == "I say yes to too many reviews.\n\n**How I handle it**: I now cap my reviews at three a day."


def test_quotes_around_a_plain_text_story_go_at_both_ends(taxonomy):
    text = ("Tell me about a time you pushed back on a deadline.\n"
            "\"Situation: Sales promised a customer the export feature in two weeks.\n"
            "Task: I had to tell them what was possible.\n"
            "Action: I offered a smaller export in two weeks and the full one in six.\n"
            "Result: The customer took the smaller export and renewed.\"\n")
    report = imported("quoted.txt", taxonomy, text)
    body = report.notes[0].body
    assert body.situation == "Sales promised a customer the export feature in two weeks."
    assert body.result == "The customer took the smaller export and renewed."


# D15. A "Context:" line inside an answer names nothing

CONTEXT_IN_ANSWER = """# Leadership answers

### How do you choose between two vendors?

I write a short decision record for each choice.

One example was the queue for our order events.

Context: We needed a queue that could replay a week of events

I compared three options on cost, risk and what the team already knew, and picked the managed one.
"""


def test_a_context_line_inside_an_answer_neither_names_the_note_nor_is_lost(taxonomy):
    report = imported("vendors.md", taxonomy, CONTEXT_IN_ANSWER)
    assert [note.id for note in report.notes] == ["qa-choose-between-two-vendors"]
    answer = report.notes[0].body.answer
    assert "**Context:** We needed a queue that could replay a week of events" in answer
    assert answer.startswith("I write a short decision record for each choice.")


def test_a_prompt_opening_the_answer_of_a_question_heading_stays_its_answer(taxonomy):
    text = ("# Prep\n\n## How do you pick a datastore?\n\n- Compare the read and write loads first.\n"
            "- Which team will run it?\n")
    report = imported("pick.md", taxonomy, text)
    assert questions(report)[0] == "How do you pick a datastore?"
    assert report.notes[0].body.answer == "- Compare the read and write loads first."
    assert "Compare the read and write loads first." not in questions(report)


def test_a_prompt_after_an_answered_question_of_its_list_is_asked(taxonomy):
    text = ("# Bank\n\n## Delivery\n\n- How do you plan a migration?\n\n  I start from the rollback plan.\n\n"
            "- Trunk-based vs GitFlow: when would you pick each? Main risks.\n")
    report = imported("nested.md", taxonomy, text)
    assert questions(report) == ["How do you plan a migration?",
                                 "Trunk-based vs GitFlow: when would you pick each? Main risks."]
    assert report.notes[0].body.answer == "I start from the rollback plan."
