"""Where an answer ends, and lines that are not questions (fixtures in our own words, shaped like personal prep
notes): headings written without their space, an empty answer label, a bare link after a question, a STAR
framework written as bullets, plain-text questions numbered without a dot, self-check lists and questions to ask
the interviewer, and a coaching page's sample answers."""

from __future__ import annotations

from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.headings import spaced_headings
from leaderdeck.importers.mdreader import read_markdown
from leaderdeck.importers.blocks import BlockKind


def imported(name: str, taxonomy, text: str) -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def questions(report: ImportReport) -> list[str]:
    return [note.body.question for note in report.notes]


def answer(report: ImportReport, index: int = 0) -> str:
    return report.notes[index].body.answer


def skipped(report: ImportReport) -> list[str]:
    return [str(item) for item in report.skipped]


# Headings written without the space after the marks

def headings(text: str) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in read_markdown(tuple(text.split("\n"))) if b.kind is BlockKind.HEADING]


def test_marks_glued_to_a_word_at_the_start_of_a_line_are_a_heading():
    assert headings("# Notes\n\n###Delivery\n\nSome text.\n##Hiring plans\n") == [
        (1, "Notes"), (3, "Delivery"), (2, "Hiring plans")]


def test_a_line_of_several_hashtags_stays_text():
    assert headings("# Notes\n\n#leadership #hiring\n\n##ops #oncall\n") == [(1, "Notes")]


def test_one_mark_and_one_word_is_a_hashtag_but_two_marks_are_a_heading():
    assert headings("#leadership\n\n##Leadership\n") == [(2, "Leadership")]
    assert headings("#Team rituals\n") == [(1, "Team rituals")]


def test_glued_marks_inside_fenced_code_or_indented_or_before_a_digit_stay_as_written():
    text = "```\n##comment\n```\n\n    ##indented\n\n#1 priority\n~~~~\n#include thing\n~~~~\n"
    assert spaced_headings(tuple(text.split("\n"))) == tuple(text.split("\n"))


def test_an_empty_answer_label_over_glued_headings_leaves_the_question_a_draft(taxonomy):
    text = ("# Prep\n\n###Problems\n\n**Question:** How do you break down a vague problem?\n**Answer:**\n\n"
            "###Teams\n###Failures\n")
    report = imported("prep.md", taxonomy, text)
    assert questions(report) == ["How do you break down a vague problem?"]
    assert report.notes[0].draft and not answer(report)


def test_a_template_section_keeps_the_questions_its_labels_ask_and_drops_the_framework(taxonomy):
    text = ("# Prep\n\n- How do you handle a missed deadline?\n\n##STAR\n"
            "* Situation. Set the scene in a sentence or two.\n\n"
            "* Task. What was expected of you, and by whom?\n\n"
            "* Action. What you did, in the first person.\n\n* Result. What changed, with a number.\n\n"
            "Q&A:\n\n**Q**:Why are you leaving your current role?\n**A**: \n")
    report = imported("prep.md", taxonomy, text)
    assert questions(report) == ["How do you handle a missed deadline?", "Why are you leaving your current role?"]
    assert all(note.draft for note in report.notes)
    assert "section 'STAR' (a template, not an answer)" in " ".join(skipped(report))
