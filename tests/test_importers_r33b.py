"""Round 33 fixes (b): story banks and question lists by other hands.
(a) An Emacs Org outline saved as Markdown (``* Questions`` over ``** Tell me about a time ...`` lines) is read as
headings, one per star: before, the ``**`` lines were one paragraph of text and no question was found. A page
with only a stray ``** note`` line or two keeps its lines as they are, and a ``* item`` list stays a list.
(b) An ``Interview line:`` label (alone over a quoted line, or with its text after the colon) under a story gives
the story's cheat code: before, the line ran on into the Result.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, kinds, skipped


# (a) an Org outline saved as Markdown ----------------------------------------------------------------------------

ORG = """
* Prompts
** Describe a time you had to win over a sceptical peer.
** Tell me about a launch you would run differently now.
** How do you decide what to drop when the quarter is full?
** Give me an example of a call you made with half the data.

* Links
- https://example.com/prep
"""


def test_an_org_outline_saved_as_markdown_gives_its_questions(taxonomy) -> None:
    report = imported(ORG, taxonomy, "org.md")
    assert kinds(report) == {"qa": 4}
    assert report.notes[0].body.question == "Describe a time you had to win over a sceptical peer."
    assert report.notes[3].body.question == "Give me an example of a call you made with half the data."
    assert any("Links" in line for line in skipped(report))


ORG_ANSWERED = """* Stories
** Tell me about a time you pushed back on a deadline.
I showed the burn-down to my director and we cut two features.
** What is the hardest hire you made?
Our first data engineer; it took five months.
*** Follow-up thoughts
I would start the search earlier.
"""


def test_an_org_outlines_body_lines_answer_their_heading(taxonomy) -> None:
    report = imported(ORG_ANSWERED, taxonomy, "org.md")
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you pushed back on a deadline.", "What is the hardest hire you made?"]
    assert "burn-down" in report.notes[0].body.answer
    assert "five months" in report.notes[1].body.answer


STRAY_STARS = """# Questions

* Tell me about a time you disagreed with your lead.
* How do you onboard a new report?

** note to self: add answers
"""


def test_a_stray_double_star_line_keeps_a_markdown_list_as_it_is(taxonomy) -> None:
    report = imported(STRAY_STARS, taxonomy, "bank.md")
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you disagreed with your lead.", "How do you onboard a new report?"]


ORG_IN_FENCE = """# Emacs notes

### How do you keep your task list?
I keep it in Org:

```
** TODO Ship the export
** TODO Review the budget
** DONE Plan the offsite
```
"""


def test_star_lines_inside_a_fence_are_no_outline(taxonomy) -> None:
    report = imported(ORG_IN_FENCE, taxonomy, "notes.md")
    assert kinds(report) == {"qa": 1}
    assert "** TODO Ship the export" in report.notes[0].body.answer


# (b) an interview line under a story -----------------------------------------------------------------------------

INTERVIEW_LINE = """# Stories

## Story 1: Checkout retries

**Situation:** Shoppers were charged twice when the card service timed out.

**Task:** Stop the double charges before the holiday sale.

**Action:** I added an idempotency key to every charge and replayed a week of logs against it.

**Result:** Double charges fell to zero during the sale.

Interview line:

> "I treat every payment call as something that will be retried."

## Story 2: Slow reports

**Situation:** Monthly reports took six hours to build.

**Task:** Get them under one hour.

**Action:** I moved the joins into a nightly rollup.

**Result:** Reports built in forty minutes.

Interview line: "Move the work to when nobody is waiting."
"""


def test_an_interview_line_under_a_story_is_its_cheat_code(taxonomy) -> None:
    report = imported(INTERVIEW_LINE, taxonomy, "stories.md")
    assert kinds(report) == {"star": 2}
    first, second = report.notes
    assert first.body.result == "Double charges fell to zero during the sale."
    assert "retried" in first.coach.cheat_code
    assert second.body.result == "Reports built in forty minutes."
    assert "nobody is waiting" in second.coach.cheat_code


LINE_IN_TEXT = """# Stories

## Story 1: Phone screens

**Situation:** Our phone screens ran long.

**Task:** Shorten them without losing signal.

**Action:** I wrote a shared interview line-up of five questions.

**Result:** Screens took thirty minutes instead of fifty.
"""


def test_interview_line_inside_a_sentence_is_no_label(taxonomy) -> None:
    report = imported(LINE_IN_TEXT, taxonomy, "stories.md")
    note = report.notes[0]
    assert "line-up" in note.body.action
    assert not note.coach.cheat_code
