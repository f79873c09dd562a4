"""Round 16 fixes (x2): a plain-text question without its mark set off by a wide gap from the notes that answer it
on its own line."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.importers.toldonline import answer_on_line


def _import(text: str, taxonomy, name: str = "notes.txt"):
    return import_text(text, taxonomy, display=name, source=name)


# (1) a question, a wide gap, then notes on the same line ---------------------------------------------------------

GAPPED = """Loop prep

1) what was your hardest migration
   moved billing off the old queue in two weeks
2) what are your strengths and weaknesses  ships on time, mentoring, public speaking,
   saying no to extra scope, writing long docs
3) what would you change about your last team  we skipped retros when busy
4) describe your on-call rota
   weekly, two people, a follow-the-sun handover
"""


def test_notes_after_a_wide_gap_open_the_answer_and_the_next_line_carries_them_on(taxonomy) -> None:
    report = _import(GAPPED, taxonomy)
    questions = [note.body.question for note in report.notes]
    assert questions == ["what was your hardest migration", "what are your strengths and weaknesses",
                         "what would you change about your last team", "describe your on-call rota"]
    answer = report.notes[1].body.answer
    assert answer == "ships on time, mentoring, public speaking, saying no to extra scope, writing long docs"
    assert report.notes[2].body.answer == "we skipped retros when busy"
    assert not report.notes[1].draft


def test_a_gap_is_no_split_unless_a_question_stands_before_it_and_notes_after_it() -> None:
    assert answer_on_line("what are your strengths  ships on time, mentoring,") == \
        ("what are your strengths", "ships on time, mentoring,")
    assert answer_on_line("what are your strengths and weaknesses ships on time, mentoring,") is None  # no gap
    assert answer_on_line("Deploy notes  canary, rollback, paging,") is None  # nothing asked before the gap
    assert answer_on_line("what are your strengths  how do you grow them") is None  # asks again after it
    assert answer_on_line("what are your strengths  the team shipped the ledger rewrite on time") is None  # a phrase
    assert answer_on_line("what, if anything, would you change  retros, hiring,") is None  # a comma in the question
    assert answer_on_line("what went wrong  (the pager, the rollback, the status page)") is None  # an aside
    assert answer_on_line("what did you learn  we cut the scope early and said so") == \
        ("what did you learn", "we cut the scope early and said so")  # told as we

