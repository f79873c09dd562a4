"""Round 29 fixes (c): spreadsheets and plain text by other authors, second round. (a) A plain-text list typed in a
hurry, each number's dot glued to the item's first word (``12.what is a thread pool``, ``13.difference between
a lock and a latch``), is a numbered list as ``12. what ...`` is: every item is a question of its own, instead of
the items that do not ask being glued onto the question above as its answer; a number with a decimal part
(``2.5 days ...``) is still a number. (b) A short name followed by a dash alone on its line (``Databases -``,
``Project Related - ``) names the list under it as ``Databases:`` does, instead of being glued with the list's
first items onto the last question above as its answer; a sentence that ends in a dash stays text. Fixtures are
written here in our own words, in the shapes of the documents met; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from leaderdeck.model import Kind

from importing import imported


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) numbered items with the dot glued to the first word ----------------------------------------------------------

GLUED_NUMBERS = """1.what is a message queue
2.why would you pick a queue over a direct call
3.difference between at-least-once and exactly-once delivery
4.how do you retry a failed consumer safely
5.idempotency keys
6.explain back pressure
7.dead letter queues and when to use them
"""


def test_numbers_glued_to_the_first_word_are_items_of_their_own(taxonomy) -> None:
    report = imported(GLUED_NUMBERS, taxonomy, "notes.txt")
    assert [n.body.question for n in report.notes] == [
        "what is a message queue",
        "why would you pick a queue over a direct call",
        "difference between at-least-once and exactly-once delivery",
        "how do you retry a failed consumer safely",
        "idempotency keys",
        "explain back pressure",
        "dead letter queues and when to use them"]
    assert all(n.kind is Kind.QA and n.draft for n in report.notes)
    assert not any(n.body.answer for n in report.notes)


def test_a_glued_number_under_a_spaced_one_keeps_the_list_whole(taxonomy) -> None:
    report = imported("1. What is a rate limiter?\n2.token bucket versus leaky bucket\n3. Where would you put it?\n",
                     taxonomy, "notes.txt")
    assert [n.body.question for n in report.notes] == [
        "What is a rate limiter?", "token bucket versus leaky bucket", "Where would you put it?"]
    assert all(n.draft for n in report.notes)


def test_a_decimal_number_opening_an_answer_line_stays_in_the_answer(taxonomy) -> None:
    report = imported("Q: How long did the migration take?\nA: About two weeks.\n"
                     "2.5 days of that went on the cut-over rehearsal.\n", taxonomy, "notes.txt")
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.body.question == "How long did the migration take?"
    assert "2.5 days of that went on the cut-over rehearsal." in note.body.answer
    assert not note.draft


# (b) a name and a dash over a list -------------------------------------------------------------------------------

DASH_NAMED = """Interview Questions:


Caching -
1. What is a cache stampede?
2. How do you pick a time to live for a key?
3. When would you write through instead of writing back?


Storage -
1. Explain the difference between a row store and a column store.
2. How does a write-ahead log help after a crash?


Project Related - 
1. What was the largest table you owned?
2. How did you back fill a new column without downtime?
"""


def test_a_name_and_a_dash_over_a_list_heads_it(taxonomy) -> None:
    report = imported(DASH_NAMED, taxonomy, "notes.txt")
    assert [n.body.question for n in report.notes] == [
        "What is a cache stampede?",
        "How do you pick a time to live for a key?",
        "When would you write through instead of writing back?",
        "Explain the difference between a row store and a column store.",
        "How does a write-ahead log help after a crash?",
        "What was the largest table you owned?",
        "How did you back fill a new column without downtime?"]
    assert all(n.kind is Kind.QA and n.draft for n in report.notes)
    assert not any(n.body.answer for n in report.notes)


def test_a_sentence_ending_in_a_dash_is_no_name(taxonomy) -> None:
    report = imported("Q: What went wrong in the launch?\n"
                     "A: We shipped on a Friday and the pager went off all weekend, and then -\n", taxonomy, "notes.txt")
    assert len(report.notes) == 1
    assert report.notes[0].body.answer.startswith("We shipped on a Friday")
    assert "and then -" in report.notes[0].body.answer
