"""Documents that repeat themselves: one question asked many times, one note of many labelled lines.

Each repeated question's id counts on from the last number given to it (skipping ids already taken by other
files), and a note of hundreds of labelled lines keeps every line in order. ``bench/import_scaling.py`` times the
same shapes at two sizes: before, each repeat counted through every number given so far, and each labelled line
looked again at every piece of the note, so such a document took four times as long for each doubling.
"""

from __future__ import annotations

from importing import imported

SAME = "".join(f"Q: How do you handle a hard case?\nA: I call owner {i}.\n\n" for i in range(5))


def test_a_question_asked_again_and_again_takes_the_next_free_number(taxonomy) -> None:
    taken = {"qa-handle-hard-case-2", "qa-handle-hard-case-4"}
    report = imported(SAME, taxonomy, "log.txt", taken=taken)
    assert [note.id for note in report.notes] == ["qa-handle-hard-case", "qa-handle-hard-case-3",
                                                  "qa-handle-hard-case-5", "qa-handle-hard-case-6",
                                                  "qa-handle-hard-case-7"]
    assert [note.body.answer for note in report.notes] == [f"I call owner {i}." for i in range(5)]
    assert {"qa-handle-hard-case-2", "qa-handle-hard-case-7"} <= taken


def test_hundreds_of_labelled_lines_under_one_question_stay_in_order(taxonomy) -> None:
    text = "Why do you lead?\n" + "".join(f"Action: I called owner {i}.\n" for i in range(300))
    report = imported(text, taxonomy, "log.txt")
    assert len(report.notes) == 1
    told = report.notes[0].body
    lines = (told.action if hasattr(told, "action") else told.answer).splitlines()
    assert [line for line in lines if line.strip()][-1].endswith("I called owner 299.")
    assert sum("I called owner" in line for line in lines) == 300
