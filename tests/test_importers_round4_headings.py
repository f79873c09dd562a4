"""Headings and nesting as real documents write them (fixtures in our own words): answers indented inside
``<details>`` sections, label prefixes and suffixes around a question, prompts over an answer-label
sub-heading, trigger-question lists under a story heading, ``+Learning`` parts and question/story tables."""

from __future__ import annotations

from importing import imported, kinds
from leaderdeck.importers import ImportReport


def messages(report: ImportReport) -> list[str]:
    return [str(item) for item in report.attention] + [str(item) for item in report.skipped]


# D5. Answers indented inside <details>: the indentation is the HTML's, the answer is prose

TAB_DETAILS = """\
# Interview prep

<details>
\t<summary>1) Why did you move to the payments team?</summary>
\tI wanted to work closer to our users.
\tThe move also let me run the incident rota.
</details>

<details>
    <summary>2) How do you review a large change?</summary>

    I read the tests first, then the change itself.
</details>

<details>
<summary>3) How would you retry a flaky call?</summary>

```python
for attempt in range(3):
    call_the_service()
```
</details>
"""


def test_an_answer_indented_inside_details_is_prose_and_a_fence_stays_code(taxonomy):
    report = imported(TAB_DETAILS, taxonomy)
    assert kinds(report) == {"qa": 3}
    moved, review, retry = (n.body for n in report.notes)
    assert moved.question == "Why did you move to the payments team?"
    assert moved.answer == ("I wanted to work closer to our users.\n"
                            "The move also let me run the incident rota.")
    assert review.answer == "I read the tests first, then the change itself."
    assert "```" not in moved.answer + review.answer
    assert retry.answer.startswith("```python\nfor attempt in range(3):\n    call_the_service()")


def test_a_block_indented_under_a_summary_at_the_margin_stays_code(taxonomy):
    text = ("<details>\n<summary>How do you print a greeting?</summary>\n\n    print('hello')\n\n</details>\n")
    report = imported(text, taxonomy)
    assert report.notes[0].body.answer.startswith("```")
    assert "print('hello')" in report.notes[0].body.answer


# D13. Labels before a question heading and a competency after it

LABELLED_HEADINGS = """\
# Manager questions

### Q1. Scenario: You inherit a team that ships late every sprint. What do you change first?

I start by measuring where the work waits.

### Q2. Scenario: Two of your leads stop talking to each other.

I meet each of them, then the two together.

## Gap 1: "Why are you leaving your current team?"

### Your Answer:

I want to own a platform end to end, and my current role keeps me on one feature.

### If They Press: "What is wrong with your current team?"

Nothing is wrong; the scope is narrower than I want.

### Follow-up: "Would you stay for a promotion?"

Only if the scope grew with it.

### 3. Tell me about a time you disagreed with a peer. (Conflict Resolution)

I asked for a written design review and we let the data decide.
"""


def test_a_label_before_a_heading_question_goes_and_a_trailing_competency_is_kept(taxonomy):
    report = imported(LABELLED_HEADINGS, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions == [
        "You inherit a team that ships late every sprint. What do you change first?",
        "Two of your leads stop talking to each other.",
        "Why are you leaving your current team?",
        "What is wrong with your current team?",
        "Would you stay for a promotion?",
        "Tell me about a time you disagreed with a peer.",
    ]
    gap = report.notes[2]
    assert gap.body.answer == "I want to own a platform end to end, and my current role keeps me on one feature."
    assert report.notes[5].competencies == ("Conflict Resolution",)
    assert all(not n.competencies for n in report.notes[:5])


def test_a_label_over_a_question_is_kept_when_it_is_not_a_short_label(taxonomy):
    text = ("## Scrum vs Kanban: when would you use each?\n\nKanban for support work, Scrum for planned work.\n\n"
            "## Situation: what would you do if the build broke?\n\nI would roll back first.\n\n"
            "## Tell me about a failure. (even if small)\n\nI once shipped a migration without a rollback.\n")
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Scrum vs Kanban: when would you use each?",
        "Situation: what would you do if the build broke?",
        "Tell me about a failure. (even if small)",
    ]
    assert all(not n.competencies for n in report.notes)


# D1. A label over a quoted prompt, or a heading over an answer-label sub-heading, is a question; story
# sub-headings under it are stories told for it

PROMPT_HEADINGS = """\
# Gaps to prepare

## Gap 4: "Things you would change about your work"

### Your Answer:

I would shorten our release train from two weeks to two days.

## Onboarding plan

### My answer

I spend the first month pairing with each engineer.

## Gap 5: "Mentoring you have done"

### Story 1: Pairing on the flaky tests

**Situation:** A new engineer kept fighting our flaky test suite.
**Task:** Help him fix the suite without doing it for him.
**Action:** I paired with him for an afternoon and let him drive.
**Result:** He fixed the three worst tests that week.

### Story 2: Reviews as lessons

> "I used code reviews to teach. I wrote why a change mattered, not only what to change, and I linked the
> design notes we had kept."

### Story: Being mentored

> "A staff engineer questioned my cache design. I measured it, found she was right and rewrote it."
"""


def test_a_quoted_prompt_and_a_heading_over_an_answer_label_are_questions_with_their_stories(taxonomy):
    report = imported(PROMPT_HEADINGS, taxonomy)
    assert kinds(report) == {"star": 1, "qa": 4}
    by_line = list(report.notes)
    assert [(n.kind.value, n.body.question) for n in by_line] == [
        ("qa", "Things you would change about your work"),
        ("qa", "Onboarding plan"),
        ("star", "Mentoring you have done"),
        ("qa", "Mentoring you have done"),
        ("qa", "Mentoring you have done"),
    ]
    change, plan, pairing, reviews, mentored = by_line
    assert change.body.answer == "I would shorten our release train from two weeks to two days."
    assert plan.body.answer == "I spend the first month pairing with each engineer."
    assert pairing.body.title == "Pairing on the flaky tests"
    assert pairing.body.result == "He fixed the three worst tests that week."
    assert reviews.body.answer.startswith("I used code reviews to teach.")  # its one pair of quotes goes
    assert mentored.body.answer.startswith("A staff engineer questioned my cache design.")
    assert not report.skipped
    assert not [m for m in messages(report) if "asked 2 times" in m or "asked 3 times" in m]


# D3 and D4. A list of questions under a heading of its own wording, between a story's heading and its parts;
# "+LEARNING" is the Learning part and another "+Label (if asked ...)" a tip

TRIGGERED_STORIES = """\
# My stories

## STORY 1: THE QUIET EXPORT (Debugging)

### When It Fits
- "Tell me about a time you fixed a hard production bug"
- "Describe a hard technical problem you solved"
- "Tell me about a time you worked under pressure"

### THE STORY

**SITUATION** (30 seconds)
> "Our nightly export stopped writing files and nobody noticed for a week."

**TASK** (15 seconds)
> "As its owner I had to find the cause and win back the lost days."

**ACTION** (90 seconds)
> "I replayed one day at a time and found a config change that dropped rows silently."

**RESULT** (30 seconds)
> "We recovered every file and added an alert on empty exports."

**+TECHNICAL** (if asked to go deeper)
> "The writer swallowed its errors; we made it fail loudly."

**+LEARNING** (if asked what you'd do differently)
> "I would add the alert before launch, not after."

## STORY 2: SHARED TOOLING (Collaboration/Influence)

### Triggers
- "Tell me about a time you influenced a team you did not manage"
- "Describe something you built that other teams adopted"

**Situation:** Three teams each kept their own deploy scripts.
**Task:** Get them onto one tool without a mandate.
**Action:** I wrote the tool with them and moved their hardest service first.
**Result:** All three teams used it within a month.


**+Learning**
A tool people help build is a tool people keep.
"""


def test_a_trigger_list_gives_one_story_its_question_and_variants_and_the_heading_its_title(taxonomy):
    report = imported(TRIGGERED_STORIES, taxonomy)
    assert kinds(report) == {"star": 2}
    export, tooling = report.notes
    assert export.body.question == "Tell me about a time you fixed a hard production bug"
    assert export.variants == ("Describe a hard technical problem you solved",
                               "Tell me about a time you worked under pressure")
    assert export.body.title == "THE QUIET EXPORT (Debugging)"
    assert export.competencies == ("Debugging",)
    assert tooling.body.question == "Tell me about a time you influenced a team you did not manage"
    assert tooling.variants == ("Describe something you built that other teams adopted",)
    assert tooling.body.title == "SHARED TOOLING (Collaboration/Influence)"
    assert tooling.competencies == ("Collaboration", "Influence")


def test_plus_learning_is_the_learning_part_and_plus_technical_a_tip(taxonomy):
    report = imported(TRIGGERED_STORIES, taxonomy)
    export, tooling = report.notes
    assert export.body.result == "We recovered every file and added an alert on empty exports."  # each part quoted
    assert export.body.learning == "I would add the alert before launch, not after."
    assert "swallowed" not in export.body.result
    assert any("The writer swallowed its errors" in tip for tip in export.coach.tips)
    assert tooling.body.learning == "A tool people help build is a tool people keep."
    assert tooling.body.result == "All three teams used it within a month."
    assert not export.draft and not tooling.draft


def test_a_name_with_a_parenthetical_that_is_not_a_competency_keeps_it(taxonomy):
    text = ("## Being Mentored (Without Authority)\n\n**Situation:** A staff engineer questioned my cache.\n"
            "**Task:** Decide whether she was right.\n**Action:** I measured it.\n**Result:** I rewrote it.\n")
    report = imported(text, taxonomy)
    assert report.notes[0].body.question == "Being Mentored (Without Authority)"
    assert report.notes[0].competencies == ()


# D8. A table of questions with the story for each, answered once under it

VALUE_TABLES = """\
## Values and my stories

### Value 1: OWNERSHIP

| Question | Your Story |
|----------|-----------|
| "Tell me about a project you owned from start to finish" | Billing ledger: design to launch in four months |
| "Tell me about taking initiative" | Flaky tests: the cleanup nobody asked for |

**Answer:**
> "When our old billing job was retired, nobody owned its replacement. I wrote the design and shipped the
> new ledger in four months."

### Value 2: SPEED

| Question | My story |
|----------|-----------|
| "Tell me about a trade-off between speed and quality" | Search index: the simple version first |

**Answer:** I shipped a simple search index in a week and listed what it could not do yet.
"""


def test_a_table_of_questions_answered_once_below_it_is_one_note(taxonomy):
    report = imported(VALUE_TABLES, taxonomy)
    assert kinds(report) == {"qa": 2} and report.drafts == 0
    owned, speed = report.notes
    assert owned.body.question == "Tell me about a project you owned from start to finish"
    assert owned.variants == ("Tell me about taking initiative",)
    assert owned.body.answer.startswith("\"When our old billing job was retired")
    assert owned.coach.tips == (
        'Story for "Tell me about a project you owned from start to finish": Billing ledger: design to launch in '
        'four months',
        'Story for "Tell me about taking initiative": Flaky tests: the cleanup nobody asked for')
    assert speed.body.answer == "I shipped a simple search index in a week and listed what it could not do yet."
    assert speed.coach.tips == ('Story for "Tell me about a trade-off between speed and quality": Search index: '
                                'the simple version first',)
    assert not [s for s in report.skipped if "column" in s.what or "Answer" in s.what]


def test_a_table_whose_rows_are_answered_keeps_a_note_per_row(taxonomy):
    text = ("## Quick answers\n\n| Question | Answer |\n|---|---|\n| Why this team? | The platform work. |\n"
            "| Why now? | My project just shipped. |\n\n**Answer:** Keep each answer under a minute.\n")
    report = imported(text, taxonomy)
    assert [(n.body.question, n.body.answer) for n in report.notes] == [
        ("Why this team?", "The platform work."), ("Why now?", "My project just shipped.")]


def test_a_story_sub_section_told_plainly_under_an_answered_question_is_told_for_it(taxonomy):
    text = ("## How do you split work across a team?\n\nI split by ownership, not by task.\n\n"
            "### Story: The Search Index\n\n> \"I wrote the indexer and two teammates wrote the query layer. "
            "We met daily.\"\n\n## Sample answers\n\n### Answer framework\n\n- Name the owners first.\n")
    report = imported(text, taxonomy)
    assert [(n.body.question, n.body.answer) for n in report.notes] == [
        ("How do you split work across a team?", "I split by ownership, not by task."),
        ("How do you split work across a team?",
         "I wrote the indexer and two teammates wrote the query layer. We met daily."),  # its quotes go
    ]
    assert not [m for m in messages(report) if "asked 2 times" in m]
