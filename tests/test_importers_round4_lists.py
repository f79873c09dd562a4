"""Plain-text follow-ups, prompts in question banks, practice checklists, quoted advice, three-part stories,
quoted answers and ids (fixtures in our own words).

In plain text a question indented right under a question line is that question's follow-up, and a question at
the margin after a blank line starts a question of its own.
"""

from __future__ import annotations

from leaderdeck.importers import ImportReport, import_text
from leaderdeck.model import QaBody


def imported(name: str, taxonomy, text: str) -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def messages(report: ImportReport) -> list[str]:
    return [str(item) for item in report.attention]


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
