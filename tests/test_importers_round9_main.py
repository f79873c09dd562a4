"""Round 9 of real documents, small fixes: a story's "Behavioral focus" line is its competencies."""

from __future__ import annotations

from leaderdeck.importers import import_text

STORY = """## Story: The Flaky Deploys

**Behavioral focus**: Ownership, Bias for Action, Dive Deep

- **Situation:** Our deploys failed one time in five and nobody owned the pipeline.
- **Task:** I took on getting the failure rate under one in fifty.
- **Action:** I tracked every failure for two weeks, fixed the three top causes and added a retry budget.
- **Result:** Failures dropped to one in eighty within a month.
"""


def test_a_behavioral_focus_line_lists_the_story_s_competencies(taxonomy):
    report = import_text(STORY, taxonomy, display="bank.md", source="bank.md")
    (note,) = report.notes
    assert note.competencies == ("Ownership", "Bias for Action", "Dive Deep")
    assert not [s for s in report.skipped if s.line == 3]


def test_principles_demonstrated_is_a_competency_label_too(taxonomy):
    text = STORY.replace("**Behavioral focus**", "**Principles demonstrated**")
    (note,) = import_text(text, taxonomy, display="bank.md", source="bank.md").notes
    assert note.competencies == ("Ownership", "Bias for Action", "Dive Deep")


FENCED = """# Behavioral prep

### A sample entry

```markdown
## Story: "The Quiet Outage"

Situation:
Our billing jobs stopped at night and nobody noticed for a week.

Task:
I had to find why and make sure we would notice next time.

Action:
I read a week of scheduler logs and added an alert on missing runs.

Result:
The next stall paged us within ten minutes.
```
"""


def test_a_story_in_a_markdown_fence_is_named_by_its_own_heading_not_the_specimen_heading_above(taxonomy):
    (note,) = import_text(FENCED, taxonomy, display="prep.md", source="prep.md").notes
    assert note.id == "star-quiet-outage"
    assert note.prompt == "The Quiet Outage"
    assert note.body.situation.startswith("Our billing jobs stopped")


def test_a_specimen_heading_over_a_fenced_question_and_story_is_not_the_story_s_title(taxonomy):
    text = FENCED.replace("### A sample entry", "### Template responses").replace(
        '## Story: "The Quiet Outage"', '## Question: "Tell me about a time you caught a silent failure."')
    (note,) = import_text(text, taxonomy, display="prep.md", source="prep.md").notes
    assert note.prompt == "Tell me about a time you caught a silent failure."
    assert note.body.title == ""


def test_a_heading_that_names_the_story_still_titles_it(taxonomy):
    text = FENCED.replace("### A sample entry", "### The billing stall").replace(
        '## Story: "The Quiet Outage"', '## Question: "Tell me about a time you caught a silent failure."')
    (note,) = import_text(text, taxonomy, display="prep.md", source="prep.md").notes
    assert note.body.title == "The billing stall"


STEPS = """## How do you hire for a new team?

### Answer

**1. Define Requirements:**
- Write down the skills the team lacks

**2. Sourcing:**
- Referrals first, then a recruiter

**3. Evaluation:**
- A structured loop with a written rubric
"""


def test_numbered_step_labels_of_an_answer_stay_in_the_answer_with_their_names(taxonomy):
    (note,) = import_text(STEPS, taxonomy, display="hire.md", source="hire.md").notes
    answer = note.body.answer
    for step in ("**1. Define Requirements:**", "**2. Sourcing:**", "**3. Evaluation:**"):
        assert step in answer
    assert "A structured loop with a written rubric" in answer
    assert note.coach.signals == ()


def test_numbered_star_labels_still_tell_a_story(taxonomy):
    text = ("## Tell me about a time you fixed a flaky build.\n\n**1. Situation:** Builds failed twice a day.\n\n"
            "**2. Task:** I had to make them pass.\n\n**3. Action:** I quarantined the flaky tests and fixed them.\n\n"
            "**4. Result:** The build stayed green for a month.\n")
    (note,) = import_text(text, taxonomy, display="b.md", source="b.md").notes
    assert note.body.task == "I had to make them pass."
    assert note.body.result == "The build stayed green for a month."


def test_numbered_coaching_labels_keep_their_roles_when_every_name_is_a_label(taxonomy):
    text = ("## How do you hire for a new team?\n\n**1. What interviewers look for:**\n- A written rubric\n\n"
            "**2. Red flags:**\n- Hiring on gut feeling\n\n**3. Sample answer:**\nI start from the gaps in the team.\n")
    (note,) = import_text(text, taxonomy, display="h.md", source="h.md").notes
    assert note.coach.signals == ("A written rubric",)
    assert note.body.answer.strip() == "I start from the gaps in the team."


def test_an_empty_fence_after_a_question_is_no_answer(taxonomy):
    text = ("#### Planning\n\n1. How do you size a quarter?\n2. How do you split a large epic?\n```text\n\n```\n\n"
            "#### Conflict\n\n1. What do you do when two seniors disagree?\n````text\n\n````\n")
    notes = import_text(text, taxonomy, display="p.md", source="p.md").notes
    assert [n.prompt for n in notes] == ["How do you size a quarter?", "How do you split a large epic?",
                                         "What do you do when two seniors disagree?"]
    assert all(n.draft and not n.body.answer for n in notes)


PAIRED = """# Question 1

## When did a change in how you work pay off?

# Improved Version

## Situation

My calendar filled with status meetings after I took over two more teams.

## Task

I had to keep design time without dropping the teams.

## Action

I moved status to a written weekly note and kept two mornings free.

## Result

Design reviews went from late to on time within a quarter.
"""


def test_a_story_in_the_section_after_an_unanswered_question_answers_it(taxonomy):
    (note,) = import_text(PAIRED, taxonomy, display="q.md", source="q.md").notes
    assert note.kind.value == "star"
    assert note.prompt == "When did a change in how you work pay off?"
    assert note.body.title == ""  # "Improved Version" names nothing
    assert note.body.result.startswith("Design reviews went")


def test_a_story_with_a_name_of_its_own_after_the_question_stays_its_own(taxonomy):
    notes = import_text(PAIRED.replace("# Improved Version", "# The Quiet Mornings"), taxonomy,
                        display="q.md", source="q.md").notes
    assert sorted(n.prompt for n in notes) == ["The Quiet Mornings", "When did a change in how you work pay off?"]


def test_questions_then_stories_are_not_paired(taxonomy):
    story = PAIRED.split("# Improved Version")[1]
    text = ("# Question 1\n\n## When did a change in how you work pay off?\n\n"
            "# Question 2\n\n## How have you raised the bar for your team?\n\n"
            f"# The Quiet Mornings{story}\n# The Review Checklist{story}")
    notes = import_text(text, taxonomy, display="q.md", source="q.md").notes
    assert sorted(n.prompt for n in notes if n.kind.value == "qa") == [
        "How have you raised the bar for your team?", "When did a change in how you work pay off?"]
    # each story stays its own, named, its question still to write
    assert sorted(n.prompt for n in notes if n.kind.value == "star") == ["The Quiet Mornings", "The Review Checklist"]


GUIDE = """# Platform Lead Interview Questions

### How do you keep a migration on schedule?
The platform lead should know which teams are blocked and why. They must be able to cut scope without drama.

### What would you change in your on-call next year?
A strong lead can name one alert to delete.

Follow up: Which alert did you delete last?
"""


def test_guidance_about_the_role_in_the_third_person_is_signals_and_a_follow_up_paragraph_is_a_follow_up(taxonomy):
    notes = import_text(GUIDE, taxonomy, display="g.md", source="g.md").notes
    assert [n.prompt for n in notes] == ["How do you keep a migration on schedule?",
                                         "What would you change in your on-call next year?"]
    first, second = notes
    assert first.draft and not first.body.answer
    assert first.coach.signals[0].startswith("The platform lead should know")
    assert second.draft and second.coach.signals == ("A strong lead can name one alert to delete.",)
    assert "Which alert did you delete last?" in " ".join(second.coach.tips)


def test_an_answer_that_speaks_as_i_about_a_lead_stays_the_answer(taxonomy):
    text = ("### How do you keep a migration on schedule?\n"
            "I tell each team lead they must flag a blocked ticket within a day, and I cut scope early.\n")
    (note,) = import_text(text, taxonomy, display="g.md", source="g.md").notes
    assert note.body.answer.startswith("I tell each team lead")
    assert not note.draft


def test_criteria_after_stories_without_questions_are_not_theirs():
    """What interviewers evaluate, written over a theme's questions, is no closing criteria of the titled template
    sections above it (they ask nothing, and are dropped later: the criteria went with them, unreported)."""
    from leaderdeck.importers.closing import spread
    from leaderdeck.importers.unit import Piece, Unit

    templates = [Unit(26, title="The STAR template"), Unit(87, title="Timing your answer"), Unit(195)]
    asked = [Unit(223 + n, question=f"Question {n}?") for n in range(4)]
    criteria = Piece("signals", 220, "What interviewers evaluate", "Calm under disagreement.")
    left = spread([*templates, *asked], [criteria], 3)
    assert left == [criteria]  # left to attach or report with its section
    assert all(criteria not in unit.pieces for unit in [*templates, *asked])


def test_common_follow_up_questions_in_a_story_bank_are_no_bank_of_questions(taxonomy):
    story = ("## Story {n}: The {name}\n\n**Question:** Tell me about a time you {verb}.\n\n"
             "**Situation:** Our {name} kept failing.\n\n**Task:** I owned the fix.\n\n"
             "**Action:** I traced it and rewrote the worst part.\n\n**Result:** It stopped failing.\n\n")
    text = "# Story bank\n\n" + "".join(story.format(n=n, name=name, verb=verb) for n, (name, verb) in enumerate(
        [("nightly export", "fixed a flaky job"), ("billing retry", "cleaned up a mess"),
         ("search index", "owned an outage"), ("deploy script", "simplified a process")], 1)) + (
        "## Tips\n\n### Common Follow-up Questions\n- \"What would you do differently?\"\n"
        "- \"How did you measure success?\"\n")
    report = import_text(text, taxonomy, display="bank.md", source="bank.md")
    assert len(report.notes) == 4 and all(n.kind.value == "star" for n in report.notes)
    assert not any(n.prompt == "What would you do differently?" for n in report.notes)


def test_empty_brackets_after_a_question_mark_neither_crash_nor_stay(taxonomy):
    from leaderdeck.importers.headprompts import heading_question

    assert heading_question("Why did you leave? ( )", 1)[0] == "Why did you leave?"
    (note,) = import_text("## Why did you leave? ( )\n\nI wanted a smaller team.\n", taxonomy,
                          display="q.md", source="q.md").notes
    assert note.prompt == "Why did you leave?"
