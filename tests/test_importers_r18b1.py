"""Round 18 (b1): a two-word question item with its own nested advice (``- Why `X`?``) is a question of its own,
not a follow-up of the heading above; a framework's label over steps already written out is the answer, not a
template; a ``**Trap**:`` label is a red flag.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, skipped

SHORT_ITEM = """# Behavioural prep

## How do these rounds usually open?

> Most rounds start with:
>
> - Walk me through a time when...,

- Why `Y`?
\t- Say what pulled you to the team.
\t- Read their engineering blog first.
- How do you recover from a missed launch?
\t- Pick a launch where the date slipped.
"""

FRAGMENT = """### How did you split the migration?

- With the platform team?
- Why not?

I cut it into three stages and let each team own one.
"""


def test_a_two_word_question_item_over_its_own_items_is_a_question(taxonomy) -> None:
    report = imported(SHORT_ITEM, taxonomy)
    questions = [note.body.question for note in report.notes]
    assert questions[-2:] == ["Why `Y`?", "How do you recover from a missed launch?"]
    why = next(note for note in report.notes if note.body.question == "Why `Y`?")
    assert "Read their engineering blog first." in why.body.answer
    assert not any("Why `Y`?" in tip for note in report.notes for tip in note.coach.tips)
    assert all("Read their engineering blog" not in note.body.answer
               for note in report.notes if note.body.question != "Why `Y`?")


def test_short_fragments_with_nothing_under_them_stay_follow_ups(taxonomy) -> None:
    report = imported(FRAGMENT, taxonomy)
    assert len(report.notes) == 1
    assert report.notes[0].coach.tips == ("Follow-up: With the platform team?", "Follow-up: Why not?")


FRAMEWORK = """## Leadership questions

### Q1: "Your biggest customer wants a feature that breaks the roadmap. What do you do?"

**The Framework**:
1.  **Hear them out**: I meet the customer and learn the problem behind the request.
2.  **Show the cost**: We put the trade-off in front of sales with the dates it would move.
3.  **Decide once**: The product lead and I make the call and tell everyone the same day.
"""

TEMPLATE = """### Q1: "Tell me about a time you missed a deadline."

**The Framework**:
1.  **Situation**: Set the scene in two lines.
2.  **Action**: What you did, step by step.
3.  **Result**: [the outcome, with a number]
"""


def test_a_framework_label_over_written_steps_is_the_answer(taxonomy) -> None:
    report = imported(FRAMEWORK, taxonomy)
    assert len(report.notes) == 1
    note = report.notes[0]
    assert not note.draft
    assert note.body.answer.startswith("1. **Hear them out**: I meet the customer")
    assert "3. **Decide once**" in note.body.answer
    assert not any("template" in line for line in skipped(report))


def test_a_framework_label_over_star_keys_stays_a_template(taxonomy) -> None:
    report = imported(TEMPLATE, taxonomy)
    assert all("Set the scene" not in (getattr(note.body, "answer", "") or "") for note in report.notes)


TRAP = """### "How do you judge whether a team is healthy?"

**Trap**: Never count tickets closed per person.

**Answer**: I look at how often we ship and how fast we recover from a bad release.
"""


def test_a_trap_label_is_a_red_flag(taxonomy) -> None:
    report = imported(TRAP, taxonomy)
    note = report.notes[0]
    assert note.coach.tips == ("Red flag: Never count tickets closed per person.",)
    assert note.body.answer.strip() == "I look at how often we ship and how fast we recover from a bad release."


GUIDE = """# Behavioural rounds

## Why?

> What someone did before says most about what they will do next.

**Clarity**: Could you follow the story?

* `Weak`: wandered
* `Strong`: short and concrete

## What?

> Rounds usually open with:
> - Walk me through a time when...,

- Why `this team`?
\t- Say what pulled you to the team.
- How do you recover from a missed launch?
\t- Pick a launch where the date slipped.
\t- Say what you changed afterwards.
- Wins
\t- List the launches of the last two years.

## How?

- Answer with STAR and keep the focus on your own part.
\t* **Situation**: Describe where you were, with enough detail for the interviewer.
\t* **Task**: What goal were you working toward?
\t* **Action**: Describe the steps you took, and keep the focus on what you did yourself.
\t* **Result**: Describe the outcome. What happened? What did you learn?
"""


def test_headings_of_one_asking_word_are_a_guides_parts_not_questions(taxonomy) -> None:
    report = imported(GUIDE, taxonomy)
    questions = [note.body.question for note in report.notes]
    assert questions == ["Why `this team`?", "How do you recover from a missed launch?"]
    lines = skipped(report)
    assert "line 5: text under 'Why?' (not part of a question)" in lines
    assert "line 14: text under 'What?' (not part of a question)" in lines
    assert all(note.kind.value == "qa" for note in report.notes)


def test_an_asking_items_text_ends_at_the_next_sibling_item(taxonomy) -> None:
    report = imported(GUIDE, taxonomy)
    missed = report.notes[1]
    text = "\n".join([getattr(missed.body, "answer", "") or "", *missed.coach.tips])
    assert "Say what you changed afterwards." in text
    assert "Wins" not in text and "last two years" not in text
    assert "line 22: text under 'What?' (not part of a question)" in skipped(report)


INTRO = """# Chapter 3: Running platform teams

For **staff and principal** roles, the talk moves from "How do I ship this service?" to "How do we keep every service healthy?"

## Interview questions

### "How do you pick which platform work to fund?"

I rank requests by how many teams each one unblocks and fund the top three each quarter.
"""

ASKED_TWICE = """## Scenarios

Your director asks "Why did the launch slip?" and "What will you cut now?"

I say the slip came from a late vendor, and I offer to drop the export feature to hold the new date.
"""


def test_a_statement_quoting_two_questions_is_no_question(taxonomy) -> None:
    report = imported(INTRO, taxonomy)
    assert [note.body.question for note in report.notes] == ["How do you pick which platform work to fund?"]
    assert "line 3: text under 'Chapter 3: Running platform teams' (not part of a question)" in skipped(report)


def test_quoted_questions_someone_asks_stay_a_question(taxonomy) -> None:
    report = imported(ASKED_TWICE, taxonomy)
    assert len(report.notes) == 1
    assert report.notes[0].body.question.startswith("Your director asks")
