"""Round 24 fixes (b): coaching pages and question banks in Markdown written for a level. A sample answer whose
label names the band it is for sets its note's level, with the label as the report's evidence; sample answers for
several bands under one question make a note per band, each with the question's coaching; a closing section of
questions for the panel on a page of questions and answers is reported, never pasted into each answer."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) a sample answer labelled with the band it is written for --------------------------------------------------

TWO_BANDS = """# Tell me about a time you changed where a team was heading

## What the interviewer looks for

- Moving people without formal authority
- Weighing evidence over opinion

## Red flags

- Blaming whoever led before you

## Sample answer (Senior level)

I saw my team polishing an export screen nobody used. I brought the usage numbers to planning and we moved to the
search backlog instead; searches grew by a third.

## Sample answer (Director level)

Two of my groups were building the same ledger service. I sat both leads down, named one owner and moved four
engineers across; we shipped a quarter early with one on-call rota.
"""


def test_samples_for_two_bands_make_a_note_per_band_each_with_the_coaching(taxonomy) -> None:
    report = _import(TWO_BANDS, taxonomy, "direction.md")
    assert [note.kind.value for note in report.notes] == ["qa", "qa"]
    senior, director = report.notes
    assert senior.body.question == director.body.question == "Tell me about a time you changed where a team was heading"
    assert (senior.level.value, director.level.value) == ("senior", "director")
    assert senior.body.answer.startswith("I saw my team polishing") and "ledger" not in senior.body.answer
    assert director.body.answer.startswith("Two of my groups") and "export screen" not in director.body.answer
    for note in report.notes:
        assert not note.draft
        assert "Moving people without formal authority" in note.coach.signals
        assert any("Blaming whoever led before you" in tip for tip in note.coach.tips)
    text = _report(report)
    assert "level director for 1 note, from the answer's label 'Sample answer (Director level)'" in text
    assert "level senior for 1 note, from the answer's label 'Sample answer (Senior level)'" in text


def test_one_sample_for_a_band_sets_the_level_of_its_question(taxonomy) -> None:
    page = """# How do you deal with an engineer who keeps missing commitments?

Interviewers want to see that you act early and stay fair.

## Answer — VP edition

At that size I rarely coach the engineer myself. I make sure my directors share one expectation framework, I
review their plans each month, and I step in when one stalls past two months.
"""
    report = _import(page, taxonomy, "commitments.md")
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.level.value == "executive"
    assert note.body.answer.startswith("At that size I rarely coach")
    assert "from the answer's label 'Answer — VP edition'" in _report(report)


def test_a_bold_answer_label_naming_a_band_sets_the_level(taxonomy) -> None:
    page = """# Staff prep

### How do you pick which technical debt to pay down?

**Sample answer (Director level):** I ask each group for its three worst costs, price them in engineer weeks and
fund the top two every quarter.
"""
    report = _import(page, taxonomy, "debt.md")
    assert len(report.notes) == 1
    assert report.notes[0].level.value == "director"
    assert report.notes[0].body.answer.startswith("I ask each group")


def test_numbered_samples_and_plain_answer_labels_name_no_band(taxonomy) -> None:
    """Near misses: numbered samples stay as they were (no level from them), and a strong answer names no band."""
    numbered = TWO_BANDS.replace("Sample answer (Senior level)", "Example 1").replace(
        "Sample answer (Director level)", "Example 2")
    report = _import(numbered, taxonomy, "direction.md")
    assert len(report.notes) == 2
    assert {note.level.value for note in report.notes} == {"senior"}
    assert "answer's label" not in _report(report)
    assert not report.notes[1].coach.signals  # a numbered second sample keeps its own (no) coaching, as before
    strong = TWO_BANDS.replace("Sample answer (Senior level)", "Strong answer").replace(
        "## Sample answer (Director level)\n", "")
    report = _import(strong, taxonomy, "direction.md")
    assert len(report.notes) == 1 and "answer's label" not in _report(report)


def test_samples_for_one_band_twice_are_no_choice_of_level(taxonomy) -> None:
    twice = TWO_BANDS.replace("Sample answer (Senior level)", "Sample answer (Director level)")
    report = _import(twice, taxonomy, "direction.md")
    assert len(report.notes) == 1  # one answer of two paragraphs, as any two answer sections are
    assert "export screen" in report.notes[0].body.answer and "ledger" in report.notes[0].body.answer
