"""The report stays readable on a large bank: drafts for one reason and parts skipped alike are one line each
when there are many, and a one-line chip under a question ("Difficulty: Medium") does not take its answer."""

from __future__ import annotations

from importing import imported, messages


def bank(count: int, answered: bool) -> str:
    text = "# Bank\n\n"
    for n in range(1, count + 1):
        text += f"## How would you handle escalation number {n}?\n\n**Difficulty**: Medium\n\n"
        text += f"I would call the owner of escalation {n} first.\n\n" if answered else ""
    return text


def test_a_one_line_chip_under_a_question_leaves_its_answer_alone(taxonomy):
    report = imported(bank(2, answered=True), taxonomy, "bank.md")
    assert [n.body.answer for n in report.notes] == ["I would call the owner of escalation 1 first.",
                                                    "I would call the owner of escalation 2 first."]


def test_many_drafts_for_one_reason_are_one_line(taxonomy):
    report = imported(bank(12, answered=False), taxonomy, "bank.md")
    drafts = [m for m in messages(report) if "draft" in m]
    assert drafts == ["line 3: 12 notes are drafts: no answer (lines 3, 7, 11, 15, 19, 23, 27, 31, ...); fill them "
                      "in, or delete the ones you do not want"]
    assert sum(1 for n in report.notes if n.draft) == 12


def test_a_few_drafts_are_named_one_by_one(taxonomy):
    report = imported(bank(3, answered=False), taxonomy, "bank.md")
    assert [m for m in messages(report) if "draft" in m] == [
        f"line {3 + 4 * i}: 'How would you handle escalation number {i + 1}?' is a draft: no answer" for i in range(3)]


def test_many_parts_skipped_alike_are_one_printed_line_and_all_kept_in_the_report(taxonomy):
    report = imported(bank(12, answered=True), taxonomy, "bank.md")
    assert len(report.skipped) == 12
    printed = [line for line in report.lines() if line.startswith("  skipped")]
    assert printed == ["  skipped lines 5, 11, 17, 23, 29, 35, 41, 47, ... (12 in all): 'Difficulty' "
                       "(not interview content)"]
