"""Round 36 fixes (a): scenarios and case write-ups by other hands: (a) a take-home brief whose ask names the work
ordered just above it (``Please prepare a launch memo ...`` then ``It should include:`` over a list).
(a) A take-home brief asks for the reader's work in a line of its own (``Please prepare a launch memo for ...``) and
then lists what that work holds under a line that names it by a pronoun or its noun (``It should include:``, ``The
memo must cover:``). That pair is the case's ask: the document is one scenario, the ordering line in its prompt,
each listed part a discussion point (the questions nested under a part its questions), what follows the list its
tips. A section above it that says what the exercise is judged on (``## What we want to assess``) gives the
scenario's coach signals, not its situation or notes of its own. Before, the questions nested in the list (and
the judging section's questions) were each a note with nothing to answer them, and the brief was reported as text
under its heading. "It should include:" with no order above it (advice on what an answer holds) is left alone.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, kinds


# (a) a take-home ask naming the work ordered above it -------------------------------------------------------------

MEMO_BRIEF = """# Support Lead - launch memo exercise

## What we want to assess

- Can the candidate explain a plan to people who were not in the room?
- Does the memo weigh risks against the date honestly?

## The exercise

After the first call we send this brief by email, and we ask for it back within three working days.

Please prepare a launch memo for moving our help centre to a new ticketing tool before the spring sale.

It should include:

- A summary of the change for the support agents
- A rollout plan with the checkpoints you would use
- A risks section that answers these questions:
  - What happens if the import of old tickets fails?
  - Who decides to roll back?

Keep it under two pages; bullet points are fine.
"""


def test_it_should_include_under_an_order_is_the_case_ask(taxonomy) -> None:
    report = imported(MEMO_BRIEF, taxonomy, "brief.md")
    assert kinds(report) == {"scenario": 1}
    (note,) = report.notes
    assert note.body.title == "Support Lead - launch memo exercise"
    assert "Please prepare a launch memo" in note.body.question
    assert note.body.question.endswith("It should include:")
    headings = [point.heading for point in note.body.discussion]
    assert headings[0] == "A summary of the change for the support agents"
    assert len(headings) == 3
    assert "Who decides to roll back?" in note.body.discussion[2].questions
    assert any("Does the memo weigh risks" in signal for signal in note.coach.signals)
    assert any("under two pages" in tip for tip in note.coach.tips)


def test_what_we_want_to_assess_is_what_interviewers_look_for(taxonomy) -> None:
    from leaderdeck.importers.labels import slot
    assert slot("What we want to measure") == "signals"
    assert slot("What interviewers are trying to gauge") == "signals"
    assert slot("What we want to build") is None


ADVICE = """# Writing a status update

## The shape

Good updates are short and lead with the decision needed.

It should include:

- What changed since last week
- What is blocked, and who can unblock it

## Questions to practise

- How would you report a slipped date to a director?
- What would you leave out of a weekly update?
"""


def test_it_should_include_without_an_order_above_is_no_case(taxonomy) -> None:
    report = imported(ADVICE, taxonomy, "advice.md")
    assert "scenario" not in kinds(report)
    prompts = [note.prompt for note in report.notes]
    assert "How would you report a slipped date to a director?" in prompts
    assert "What would you leave out of a weekly update?" in prompts
