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
