"""Round 10 of real documents (b): no line of the user's text vanishes without a report line; a question about the
teller's past over numbered Problem / Cause / Solution items is a Q&A."""

from __future__ import annotations

import re

from leaderdeck.importers import import_text
from leaderdeck.importers.writer import dump_notes
from leaderdeck.model import Kind

_WORD = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+")
_LABEL = re.compile(r"^\s*[\w ]{1,30}:\s+")  # "Problem: ...": the label may become a field's name


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def unplaced(text: str, report) -> list[int]:
    """The lines of ``text`` whose words are in no note and that no report line names: text lost silently."""
    written = _words(dump_notes(report.notes))
    named = {item.line for item in (*report.skipped, *report.attention)}
    return [number for number, line in enumerate(text.split("\n"), start=1)
            if line.strip() and number not in named and _words(_LABEL.sub("", _NUMBER.sub("", line))) not in written]


CHALLENGES = """Which problems did you run into while moving the reports to the new warehouse ?
1. Late Nightly Loads (Lock Waits)
Problem: The nightly load overran into office hours twice a week.
Cause: Long table locks, One huge transaction
Solution: Split the load into hourly batches , Dropped the table lock

2. Wrong Totals After Cutover
Problem: Finance saw totals that differed from the old system.
Cause: Time zones, Rounding in views
Solution: Moved every timestamp to UTC
Checked: each view against last year's ledger

3. Dashboards Timing Out
Problem: The busiest dashboard took a minute to open.
Solution: Added summary tables, Cached the filters
"""


def test_no_line_of_a_problem_solution_answer_is_lost_silently(taxonomy):
    report = import_text(CHALLENGES, taxonomy, display="notes.txt", source="notes.txt")
    assert unplaced(CHALLENGES, report) == []


SCENARIO = """# Case: The Split Release

Scenario: Two teams ship into one release train and keep blocking each other.

Discussion: Who owns the release calendar
- What would you change first?
- How would you measure it?
"""


def test_a_discussion_label_s_own_text_over_a_list_is_a_point_not_dropped(taxonomy):
    report = import_text(SCENARIO, taxonomy, display="case.md", source="case.md")
    (note,) = report.notes
    assert note.kind is Kind.SCENARIO
    assert [p.heading for p in note.body.discussion][0] == "Who owns the release calendar"
    assert unplaced(SCENARIO, report) == []


def test_a_question_about_the_teller_s_past_over_problem_solution_items_is_a_qa_with_the_items_in_order(taxonomy):
    report = import_text(CHALLENGES, taxonomy, display="notes.txt", source="notes.txt")
    (note,) = report.notes
    assert note.kind is Kind.QA
    answer = note.body.answer
    order = ["1. Late Nightly Loads", "**Problem:** The nightly load overran", "**Cause:** Long table locks",
             "**Solution:** Split the load into hourly batches", "2. Wrong Totals", "**Solution:** Moved every",
             "**Checked:** each view", "3. Dashboards Timing Out", "**Solution:** Added summary tables"]
    assert [answer.find(part) for part in order] == sorted(answer.find(part) for part in order)
    assert all(part in answer for part in order)
    assert "\n\n2. Wrong Totals" in answer and "\n\n3. Dashboards" in answer  # a list of its own, not more text


SUPPOSED = """How would you steady a release train that keeps slipping?

Problem: Three teams share one release train and each slip delays the others.

Solution: A weekly cut-off owned by one person
- Who should own the cut-off?
- What happens to work that misses it?
"""


def test_a_question_about_what_the_reader_would_do_over_problem_and_solution_stays_a_scenario(taxonomy):
    report = import_text(SUPPOSED, taxonomy, display="case.txt", source="case.txt")
    (note,) = report.notes
    assert note.kind is Kind.SCENARIO
    assert unplaced(SUPPOSED, report) == []


SETTING = """## Scenarios

**Scenario A**: Shared On-Call Fatigue
*"Your team shares an on-call rota with two other teams and you have asked twice for a split. Nobody acted on it. How do you move it forward?"*

**Scenario B**: Hiring Freeze
*"A freeze stops the two hires you planned. What do you cut?"*
"""


def test_a_setting_told_in_the_past_before_a_present_question_stays_a_scenario(taxonomy):
    notes = import_text(SETTING, taxonomy, display="bank.md", source="bank.md").notes
    assert [n.kind for n in notes] == [Kind.SCENARIO, Kind.SCENARIO]
