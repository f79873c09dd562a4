"""Round 16 fixes (x2): a plain-text question without its mark set off by a wide gap from the notes that answer it
on its own line; a question naming a topic only through a word of another word family does not name it surely."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.importers.classify import classifier_for, named_terms
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


# (2) a keyword word of another word family names no topic ------------------------------------------------------

BEYOND = """## Going Beyond (STAR)

Write about a time you went beyond what was expected of you.

*Situation*
Our client portal team kept exporting customer reports by hand every Friday, and the vendor tool they paid for kept
timing out on large exports.

*Task*
No one asked me to, but I wanted the customers to get their reports on time without the paid tool.

*Action*
- Wrote a small exporter over a weekend and showed it to the client success lead
- Sent a status update to the account managers each week while it ran beside the old tool
- Shared it with two other teams who asked for it

*Result*
The team dropped the vendor tool, customers got their reports by Friday noon, and two teams reused the exporter.
"""


def test_expected_in_the_question_does_not_name_expectations_so_the_story_guess_is_flagged(taxonomy) -> None:
    report = _import(BEYOND, taxonomy, "stories.md")
    assert report.notes[0].topic.name == "Stakeholder Management"
    lines = [str(line) for line in report.attention if "topic guessed" in str(line)]
    assert len(lines) == 1
    assert "Stakeholder Management (weak: the answer points at it" in lines[0]
    assert "the question does not" in lines[0]


def test_a_noun_in_ation_is_named_by_itself_or_its_ing_noun_not_by_its_verb(taxonomy) -> None:
    classifier = classifier_for(taxonomy)
    stakeholders = next(topic for topic in taxonomy.topics if topic.name == "Stakeholder Management")
    delivery = next(topic for topic in taxonomy.topics if topic.name == "Delivery & Prioritization")
    assert classifier.mentions(delivery, "How do you go about prioritizing the work?")  # the -ing noun
    assert classifier.names(delivery, "Walk me through your prioritization")
    assert not classifier.mentions(stakeholders, "Where did you go beyond what was expected?")
    assert not classifier.mentions(stakeholders, "What do you expect from the rollout?")
    assert classifier.mentions(stakeholders, "How do you manage expectations?")
    assert classifier.mentions(stakeholders, "How did you handle an expectation you could not meet?")
    assert classifier.mentions(stakeholders, "Tell me about your hardest customers")
    assert named_terms("expectations", "expected", "customers") == ["expectation", "expect", "custom",
                                                                     "expectation expect", "expect custom"]
