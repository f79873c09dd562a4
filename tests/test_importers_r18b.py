"""Round 18 fixes (b): question collections published as repository READMEs and blog articles. A topic heading
worded like one of our labels (``## Stakeholders``, ``## Growth``) among a bank's topic headings."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


def _kinds(report) -> dict[str, int]:
    counts: dict[str, int] = {}
    for note in report.notes:
        counts[note.kind] = counts.get(note.kind, 0) + 1
    return counts


# (a) a topic heading worded like a label, beside other topic headings ----------------------------------------

TOPICS = """# Questions I was asked

{head}
------------

1. How do you push back on a director's deadline?
   - I show the trade-off in writing and offer a smaller first release.
2. How do you keep a partner team informed of a slip?

Hiring
------

1. How do you keep a hiring bar steady across interviewers?
   - A rubric per stage and a calibration session each quarter.
"""


def test_a_topic_heading_worded_like_a_scenario_label_keeps_its_questions(taxonomy) -> None:
    for head in ("Stakeholders", "Overview", "Growth", "Impact"):
        report = _import(TOPICS.format(head=head), taxonomy, "bank.md")
        questions = [note.body.question for note in report.notes]
        assert questions == ["How do you push back on a director's deadline?",
                             "How do you keep a partner team informed of a slip?",
                             "How do you keep a hiring bar steady across interviewers?"], head
        assert report.notes[0].body.answer.startswith("- I show the trade-off in writing")
        assert report.notes[1].draft
        assert not any(tip.startswith(("Context", head)) for note in report.notes for tip in note.coach.tips)


def test_a_label_heading_alone_over_a_story_part_stays_a_part(taxonomy) -> None:
    text = """# Billing rewrite

## Situation

Invoices were built by a cron job nobody owned.

## Action

I split the job into three steps and gave each an owner.

## Result

Late invoices went from forty a month to two.

## Growth

I now ask who owns a job before I ask how it works.
"""
    report = _import(text, taxonomy, "story.md")
    assert _kinds(report) == {"star": 1}
    assert "who owns a job" in report.notes[0].body.learning
