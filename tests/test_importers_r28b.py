"""Round 28 fixes (b): question banks and Q&A lists, second round. (a) An answer that sets out its points as items
each opened by a short name and a colon (``1. Growth: ...``, ``2. Impact: ...``, ``3. Culture: ...``), one or two of
the names a story part's word by chance, keeps the list whole under its lead-in line, in a fenced sample answer as
well as in plain text, instead of cutting it into parts, dropping the lead-in and the names; a story told in items
(``- Situation: ...``, ``- Action: ...``) and a list of coaching labels are read as before. (b) Coaching labels
several question banks share: ``Best practice approach`` is a tip, ``Related scenarios`` lists other phrasings of
the question and ``Deep dive considerations`` its follow-ups. (c) A heading that only opens a group of topic
headings each over a list of questions (``## Tell me about a time when...`` over ``### Learning & Growth`` and
``### Results & Impact``) is a category: each listed question is a draft of its own, instead of one story whose
Learning and Result are those lists. Fixtures are written here in our own words; each fix has a near miss it leaves
alone.
"""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "bank.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) an answer's own named points, one name a story part's word --------------------------------------------------

NAMED_POINTS = """# Manager prep

### How do you keep strong engineers on the team?

I lean on three things:
1. Growth: a path they can see and a budget to learn
2. Impact: work tied to results the business notices
3. Culture: room to disagree and real credit for wins

### How do you plan a quarter?

My plan rests on a few points:

- Result: one outcome the team can name
- Scope: what we will not do this quarter
- Owners: one name per goal
"""


def test_named_points_stay_one_list_under_their_lead_in(taxonomy) -> None:
    report = _import(NAMED_POINTS, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA, Kind.QA]
    keep, plan = report.notes
    assert keep.body.answer == ("I lean on three things:\n\n1. Growth: a path they can see and a budget to learn\n"
                                "2. Impact: work tied to results the business notices\n"
                                "3. Culture: room to disagree and real credit for wins")
    assert plan.body.answer.startswith("My plan rests on a few points:\n\n- Result: one outcome the team can name\n")
    assert plan.body.answer.endswith("- Owners: one name per goal")
    assert "a label with no text after it" not in _report(report)
    assert not report.drafts


FENCED_POINTS = """# People leadership

**Q: How do you keep strong engineers on the team?**
```
Key Strategies:
- Fair pay reviewed every year
- Visible paths to the next level

Example Answer:
"I lean on three things:
1. Growth: a path they can see and a budget to learn
2. Impact: work tied to results the business notices
3. Culture: room to disagree and real credit for wins"
```
"""


def test_named_points_in_a_fenced_sample_answer_are_kept_whole(taxonomy) -> None:
    note, = _import(FENCED_POINTS, taxonomy).notes
    assert note.body.answer.startswith("I lean on three things:\n\n1. Growth: a path they can see")
    assert "2. Impact: work tied to results the business notices" in note.body.answer
    assert "3. Culture: room to disagree" in note.body.answer
    assert note.coach.tips == ("Key Strategies: Fair pay reviewed every year; Visible paths to the next level",)


ITEM_STORY = """# Stories

### Tell me about a time you cut a release's cost.

- Situation: our nightly build took four hours of paid runners
- Action: I split the suite and cached the heavy images
- Impact: the build fell to forty minutes and the bill by half
- Stack: our own runners on spot machines
"""


def test_a_story_told_in_items_keeps_its_parts(taxonomy) -> None:
    note, = _import(ITEM_STORY, taxonomy).notes
    assert note.kind is Kind.STAR
    assert note.body.situation.startswith("our nightly build took four hours")
    assert note.body.action.startswith("I split the suite")
