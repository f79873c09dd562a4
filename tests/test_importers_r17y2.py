"""Round 17 (Y2): a story bank whose stories are named by headings and asked by a list of variants: the first
variant is the question, the others its variants, the heading its title; a Result written as bold sub-heads over
bullets is the Result; a ``Result:`` line inside one step of the Action is that step's outcome; the reflections
after the Result are the story's learning."""

from __future__ import annotations

from importing import imported, skipped

from leaderdeck.importers.blocks import Block, BlockKind
from leaderdeck.importers.partheads import part_subheads

VARIANTS = """# Story bank

## STORY 1: THE FLAKY TEST PURGE

**Question Variants:**
- "Tell me about a time you improved engineering quality"
- "Describe a time you fixed a problem nobody owned"
- "Tell me about a time you changed a team habit"

**Situation:**
Half our CI runs failed on tests that passed on a retry.

**Task:**
I volunteered to own test health for the web group.

**Action:**
I tagged every flaky test, quarantined the worst forty and paired with each owner on a fix.

**Result:**

📉 **Fewer red builds**
- Retries fell from thirty a day to two
- Release trains left on time again

🙂 **Trust in CI**
- Engineers stopped merging over red checks

**Lessons Learned:**
A quarantine list with names on it gets fixed; an anonymous one grows.

**What I'd Do Differently:**
Publish the flake rate from the first week so the teams can see it move.
"""

STEPS = """# Stories

## Story: Splitting the release

**Situation:**
One release window carried every team's changes and slipped each month.

**Task:**
As the release lead I had to unblock the teams that were ready.

**Action:**

1. **Mapped the coupling (week 1):**
   - Listed which services shipped together and why
   - Result: only two of nine pairs truly depended on each other

2. **Cut the train (weeks 2-3):**
   - Gave each team its own pipeline
   - Kept one shared window for the two coupled pairs

**Result:**
Seven teams shipped weekly by the end of the quarter.
"""


def test_the_first_variant_asks_the_story_and_the_heading_titles_it(taxonomy) -> None:
    report = imported(VARIANTS, taxonomy, name="bank.md")
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.body.question == "Tell me about a time you improved engineering quality"
    assert note.body.title == "THE FLAKY TEST PURGE"
    assert note.variants == ("Describe a time you fixed a problem nobody owned",
                             "Tell me about a time you changed a team habit")
    assert not note.draft
    assert not any("no question for" in str(line) for line in report.attention)


def test_bold_sub_heads_under_a_bare_result_label_are_the_result(taxonomy) -> None:
    note = imported(VARIANTS, taxonomy, name="bank.md").notes[0]
    result = note.body.result
    assert result.startswith("📉 **Fewer red builds**")
    assert "- Retries fell from thirty a day to two" in result
    assert "🙂 **Trust in CI**" in result and "- Engineers stopped merging over red checks" in result
    assert "Lessons" not in result


def test_reflections_after_the_result_are_the_story_learning(taxonomy) -> None:
    report = imported(VARIANTS, taxonomy, name="bank.md")
    learning = report.notes[0].body.learning
    assert "A quarantine list with names on it gets fixed" in learning
    assert "Publish the flake rate from the first week" in learning
    assert not any("Lessons Learned" in line or "Fewer red builds" in line for line in skipped(report))


def test_a_result_line_inside_a_step_stays_in_the_action(taxonomy) -> None:
    report = imported(STEPS, taxonomy, name="stories.md")
    assert len(report.notes) == 1
    star = report.notes[0].body
    assert "- Result: only two of nine pairs truly depended on each other" in star.action
    assert "2. **Cut the train (weeks 2-3):**" in star.action
    assert "- Kept one shared window for the two coupled pairs" in star.action
    assert star.result == "Seven teams shipped weekly by the end of the quarter."


def test_a_nested_result_line_is_the_result_when_the_story_has_no_result_of_its_own(taxonomy) -> None:
    text = STEPS.rsplit("**Result:**", 1)[0]
    star = imported(text, taxonomy, name="stories.md").notes[0].body
    assert star.result.startswith("only two of nine pairs truly depended on each other")


def test_a_bold_line_after_a_result_with_text_is_not_a_sub_head() -> None:
    def para(line: int, text: str, **values) -> Block:
        return Block(BlockKind.PARAGRAPH, line, line, text, **values)

    blocks = [para(1, "**Result:**", lead="Result"), para(2, "**Faster merges**", bold=True),
              Block(BlockKind.ITEM, 3, 3, "Builds took nine minutes"),
              para(4, "**Result:**", lead="Result"), para(5, "Merges doubled."), para(6, "**Story 2**", bold=True),
              Block(BlockKind.ITEM, 7, 7, "a point")]
    assert part_subheads(blocks) == frozenset({1})


TAGGED = """# Stories

## HOW TO USE THESE

### The STAR key

**S**ituation - where the team stood (1-2 sentences)
**T**ask - what you owned (one line)
**A**ction - the steps you took (3-5 bullet points)
**R**esult - the numbers after (2-3 bullets)

## STORY 1: THE QUIET MIGRATION

### Tags: Migration, Planning, Ownership

**Question Variants:**
- "Tell me about a large migration you led"

**Situation:**
Our billing jobs still ran on a cron box nobody wanted to touch.

**Task:**
I offered to move them to the shared scheduler before the box was retired.

**Action:**
I moved one job a week and kept the cron copy dark for a week after each move.

**Result:**
All fourteen jobs moved with no missed invoice.
"""


def test_a_tags_heading_right_under_a_story_heading_is_a_line_of_that_story(taxonomy) -> None:
    report = imported(TAGGED, taxonomy, name="stories.md")
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.body.title == "THE QUIET MIGRATION"
    assert note.body.question == "Tell me about a large migration you led"
    assert note.tags == ("Migration", "Planning", "Ownership")
    assert not any("is not a topic" in str(line) for line in report.attention)


def test_a_star_key_whose_parts_say_how_much_to_write_is_no_story(taxonomy) -> None:
    report = imported(TAGGED, taxonomy, name="stories.md")
    assert "line 5: STAR template (instructions for an answer, not an answer)" in skipped(report)
    assert all(note.body.question != "The STAR key" for note in report.notes)


def test_a_story_with_one_part_ending_in_a_count_in_brackets_is_kept(taxonomy) -> None:
    text = """## Two release trains

**Situation:**
Our app shipped twice a year (two releases).

**Task:**
I owned the release train for the mobile team.

**Action:**
I split the train into monthly drops (three lines of work).

**Result:**
We shipped nine times that year.
"""
    report = imported(text, taxonomy, name="stories.md")
    assert len(report.notes) == 1
    assert report.notes[0].body.situation == "Our app shipped twice a year (two releases)."
    assert report.notes[0].body.result == "We shipped nine times that year."


def test_a_bold_title_over_a_list_of_labelled_parts_after_a_bare_result_is_the_next_story(taxonomy) -> None:
    text = """## Stories

**Situation:**
Our on-call rota had two people on it.

**Task:**
I had to widen it.

**Action:**
I wrote runbooks and paired new people with veterans.

**Result:**

**The slow search page**
- **Situation:** Search took eight seconds at peak.
- **Task:** I owned the search service.
- **Action:** I added an index and cached the top queries.
- **Result:** Search answers in under a second.
"""
    report = imported(text, taxonomy, name="stories.md")
    assert any(note.body.question == "The slow search page" for note in report.notes)
    assert all("The slow search page" not in note.body.result for note in report.notes)
