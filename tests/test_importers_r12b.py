"""Round 12 (b): a guide's explainers worded as questions, principles glossed in brackets over their questions, a
numbered line over questions for the interviewer, and principles with no story (fixtures in our own words)."""

from __future__ import annotations

import importing
from importing import skipped


def questions(report) -> list[str]:
    return [note.body.question for note in report.notes]


# 1. A guide's explainers worded as questions


_GUIDE = """# Preparing for the platform loop

Loops at large companies mix coding rounds with conversations about how you work.

## Getting oriented

### Why panel interviews are different

Each panel member scores one area, and the debrief weighs the scores together. A quiet round is not a failed round.

### What is a shadow interviewer?

- A trainee who sits in and takes notes
- Never scores the candidate
- Joins the debrief only to listen

### Reading the schedule

The recruiter sends the schedule two days ahead.

## Sample questions

### Tell me about a time you rebuilt a failing pipeline.

I took over the nightly export when it failed three nights in a row, and I split it into small jobs.

### What is your greatest weakness?

I say yes to too many reviews, so I now keep a weekly budget for them.
"""


def test_explainer_headings_of_a_guide_are_reported_not_notes(taxonomy):
    report = importing.imported(_GUIDE, taxonomy)
    assert questions(report) == ["Tell me about a time you rebuilt a failing pipeline.",
                                 "What is your greatest weakness?"]
    lines = skipped(report)
    assert any(line.startswith("line 7: section 'Why panel interviews are different' (a guide's explainer")
               for line in lines)
    assert any(line.startswith("line 11: section 'What is a shadow interviewer?' (a guide's explainer")
               for line in lines)


def test_a_bank_of_concept_questions_keeps_them(taxonomy):
    text = ("## Interviewing\n\n### What is a structured interview?\n\nThe same questions for every candidate, "
            "scored against one rubric.\n\n### What is a bar raiser?\n\nA trained interviewer from another team.\n\n"
            "### How do you calibrate new interviewers?\n\nI pair them with a senior interviewer for three loops.\n")
    report = importing.imported(text, taxonomy)
    assert questions(report) == ["What is a structured interview?", "What is a bar raiser?",
                                 "How do you calibrate new interviewers?"]


def test_a_question_about_the_interview_with_no_answer_stays_a_draft(taxonomy):
    report = importing.imported("# Notes\n\n## Getting oriented\n\n### What happens in a hiring committee?\n\n"
                                "## Reading the schedule\n\nThe recruiter writes first.\n", taxonomy)
    assert questions(report) == ["What happens in a hiring committee?"]
    assert report.notes[0].draft


def test_real_questions_of_a_guide_stay_questions(taxonomy):
    text = ("# Interview guide\n\n## Why do you want to leave?\n\nMy team was folded into another group and the "
            "work I came for ended.\n\n## Why interviews feel different\n\nEvery round scores a different area.\n")
    report = importing.imported(text, taxonomy)
    assert questions(report) == ["Why do you want to leave?"]


def test_a_question_about_the_readers_draft_is_reported(taxonomy):
    text = ("# Question 1\n\n## Tell me about a time you raised the bar for your team.\n\n**Situation:** Reviews "
            "took a week.\n\n**Action:** I set up a review rota.\n\n**Result:** Reviews took a day.\n\n"
            "# What changed from your first draft?\n\nWe moved the focus:\n\n| Draft | Revised |\n|---|---|\n"
            "| A personal habit | A team practice |\n")
    report = importing.imported(text, taxonomy)
    assert questions(report) == ["Tell me about a time you raised the bar for your team."]
    assert any("'What changed from your first draft?' (a guide's explainer" in line for line in skipped(report))


def test_a_how_to_paragraph_about_the_interview_is_reported(taxonomy):
    text = ("# Notes\n\n### Tell me about a time you helped a new hire.\n\n### Be kind\n\n"
            "Interviewers notice how you treat everyone you meet.\n\nHow to show it in the interview?\n\n"
            "**Manner** - greet the coordinator, thank the panel, listen to the whole question.\n")
    report = importing.imported(text, taxonomy)
    assert questions(report) == ["Tell me about a time you helped a new hire."]
    assert any(line.startswith("line 9: 'How to show it in the interview?' and the text under it")
               for line in skipped(report))


def test_a_heading_explaining_the_star_method_is_reported(taxonomy):
    text = ("# Behavioral prep\n\n## Basics\n\n### What is the STAR method?\n\nA way to tell a story in four parts, "
            "so the listener can follow what happened.\n\n### Pacing\n\nKeep each story near two minutes.\n\n"
            "## Questions\n\n### Tell me about a time you disagreed with a decision.\n\nI wrote up the risks and we "
            "agreed on a trial.\n")
    report = importing.imported(text, taxonomy)
    assert questions(report) == ["Tell me about a time you disagreed with a decision."]
    assert "line 5: section 'What is the STAR method?' (a guide's explainer, not an interview question)" \
        in skipped(report)


_ESSAY = """# Navigating the manager loop

Manager loops weigh communication above code.

## Being brief - the interview trap

Panels often only want to tick a box first. The more I managed, the longer my answers grew.

I used to tell every story I knew. So keep your first answer short and let them ask for more.

## Bonus: Negotiating an offer

Once the offer arrives, the leverage is yours. Research what the role pays before you reply.

I once asked for two more weeks before starting and nobody minded. Ask politely and you lose nothing.

## Tell me about a time you handled an underperformer.

I met the engineer weekly, agreed on two goals and we reviewed them together.
"""


def test_a_guides_essay_under_an_interview_heading_is_no_prompt_or_story(taxonomy):
    report = importing.imported(_ESSAY, taxonomy)
    assert questions(report) == ["Tell me about a time you handled an underperformer."]
    lines = skipped(report)
    assert any(line.startswith("line 7: text under 'Being brief - the interview trap'") for line in lines)
    assert any(line.startswith("line 13: text under 'Bonus: Negotiating an offer'") for line in lines)


def test_a_prompt_heading_over_the_writers_answer_is_still_a_question(taxonomy):
    text = ("# My answers\n\n## Why this company?\n\nI want to work on payments.\n\n## Weaknesses\n\n"
            "I rush the details when a deadline is close, so I now keep a checklist.\n")
    report = importing.imported(text, taxonomy)
    assert questions(report) == ["Why this company?", "Weaknesses"]


_PREPARE = """# Loop notes

## Sample questions

- Tell me about a time you shipped under pressure.
- Describe a time you changed your mind.

## Getting ready

1. **Expect a deeper second pass**
   - Probing follow-up questions
   - "Walk me through the rollback"
   - "What would you cut next time?"

2. **Keep eight stories ready**
   - Each tied to two principles
"""


def test_follow_ups_named_in_advice_are_reported_not_drafts(taxonomy):
    report = importing.imported(_PREPARE, taxonomy)
    assert questions(report) == ["Tell me about a time you shipped under pressure.",
                                 "Describe a time you changed your mind."]
    assert any(line.startswith("line 11: 'Probing follow-up questions' and the 2 items after it (follow-ups an "
                               "interviewer may ask") for line in skipped(report))


def test_questions_listed_without_a_follow_up_name_stay_drafts(taxonomy):
    text = _PREPARE.replace("   - Probing follow-up questions\n", "   - Harder probing\n")
    report = importing.imported(text, taxonomy)
    assert "What would you cut next time?" in questions(report)


# 2. Principles glossed in brackets over their questions; a numbered line over questions for the interviewer


_GLOSSED = """My loop prep

1.delivery focus (ship what matters first)
examples:
Tell me about a time you cut scope to hit a date.
Describe a release you had to delay.

2.Plain Speaking(say the hard thing kindly)
examples:
Tell me about a time you gave difficult feedback.

3. Deep Curiosity (dig until it makes sense)
Tell me about a bug that took you a week to find.
What did you learn from your last outage?

4.Team First(for leads)

High-frequency questions
1 introduce yourself
    I build data pipelines and I have led a team of four for two years.

5. Questions to ask interviewers (pick two)
What does a good first quarter look like?
How does the team decide what to build next?
6. Closing
Thank you for your time today.
"""


def test_glossed_principles_close_answers_and_name_their_questions(taxonomy):
    report = importing.imported(_GLOSSED, taxonomy, "bank.txt")
    by_question = {note.body.question: note for note in report.notes}
    assert list(by_question) == ["Tell me about a time you cut scope to hit a date.",
                                 "Describe a release you had to delay.",
                                 "Tell me about a time you gave difficult feedback.",
                                 "Tell me about a bug that took you a week to find.",
                                 "What did you learn from your last outage?"]
    assert by_question["Describe a release you had to delay."].competencies == ("delivery focus",)
    assert by_question["Describe a release you had to delay."].draft
    assert by_question["Tell me about a time you gave difficult feedback."].competencies == ("Plain Speaking",)
    assert by_question["What did you learn from your last outage?"].competencies == ("Deep Curiosity",)
    assert by_question["What did you learn from your last outage?"].draft  # the text after the run is no answer
    lines = skipped(report)
    assert any(line.startswith("line 8: principle '2. Plain Speaking' (a principle naming the questions under it")
               for line in lines)
    assert any(line.startswith("line 22: 'Questions to ask interviewers (pick two)' (questions to ask the interviewer)")
               for line in lines)


def test_numbered_lines_with_a_bracket_that_are_not_a_run_stay_answers(taxonomy):
    text = ("Tell me about a time you fixed a slow build.\n"
            "1. Profiled it (two days)\n2. Cached the artifacts (a week)\n"
            "I cut the build from forty minutes to nine.\n")
    report = importing.imported(text, taxonomy, "notes.txt")
    assert [note.body.question for note in report.notes] == ["Tell me about a time you fixed a slow build."]
    assert report.notes[0].competencies == ()
    assert "Profiled it" in report.notes[0].body.answer


def test_a_title_line_naming_questions_names_no_story(taxonomy):
    text = ("Tell me about a time you missed a deadline.\n\n----\n\nFrequent questions\n"
            "I moved our billing jobs to a new queue last spring. I ran the cutover over one weekend.\n")
    report = importing.imported(text, taxonomy, "prep.txt")
    assert [note.body.question or note.body.title for note in report.notes] == [
        "Tell me about a time you missed a deadline."]


# 3. A principle with a question and no story, among principles with stories


_PRINCIPLES = """# Story bank

## Principle stories

### 1. Ownership

**Example Question**: "Tell me about a time you owned a problem outside your team."

<details>
<summary>Story: The orphaned cron job</summary>

- **Situation**: A nightly job had no owner and failed twice a week.
- **Task**: I had to keep the export running.
- **Action**: I wrote a runbook and moved the job to our scheduler.
- **Result**: It has not failed since.

</details>

### 2. Dive Deep

**Example Question**: "Tell me about a time you found a root cause others missed."

### 3. Frugality

**Example Question**: "Tell me about a time you did more with less."

<details>
<summary>Story: The shared test rig</summary>

- **Situation**: Three teams each wanted their own device lab.
- **Task**: I had to cut the hardware budget in half.
- **Action**: I built one shared rig with a booking page.
- **Result**: All three teams used it and we bought a third of the devices.

</details>
"""


def test_a_principle_with_only_an_example_question_gives_it_the_competency(taxonomy):
    report = importing.imported(_PRINCIPLES, taxonomy, "bank.md")
    by_question = {note.body.question: note for note in report.notes}
    draft = by_question["Tell me about a time you found a root cause others missed."]
    assert draft.draft and draft.competencies == ("Dive Deep",)
    assert by_question["Tell me about a time you did more with less."].competencies == ("Frugality",)
    assert by_question["Tell me about a time you owned a problem outside your team."].competencies == ("Ownership",)
