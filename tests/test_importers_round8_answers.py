"""Round 8 answers (fixtures in our own words): answers that were split off, dropped, glued or polluted.

A ``<details>`` section whose summary asks a question answers it with the story inside, a ``##`` heading
there being the story's name, however many paragraphs it tells.
"""

from __future__ import annotations

from leaderdeck.model import StarBody
from importing import imported, kinds, messages, skipped


# 1. A story under a heading of its own inside a <details> section answers the summary's question

DETAILS_MD = """# Questions about my work

<details>
  <summary>Tell me about a time you picked up work nobody owned.</summary>

## Adopting the orphaned test rig

Nobody had maintained our device test rig for a year, so I took it over.

I rewrote its flaky scheduler and wrote a runbook for the on-call engineers.

Test runs went from failing daily to failing once a month.
</details>

<details>
  <summary>How did you handle a launch with half the hardware you needed?</summary>

  ## Sharing boards across teams.

  We had six boards for three teams, so I set up a booking queue.

  I moved the slow suites to emulators and kept the boards for the final checks.
</details>

<details>
  <summary>Things I am proud of</summary>

  ## The month we nearly shelved the rewrite.

  The rewrite was three months late and I was asked to stop it.

  I cut its scope to the one service that paged us most and shipped that in four weeks.
</details>
"""


def test_a_details_story_with_several_paragraphs_answers_its_summary_question(taxonomy) -> None:
    report = imported(DETAILS_MD, taxonomy)
    assert kinds(report) == {"qa": 3}
    first, second, third = report.notes
    assert first.body.question == "Tell me about a time you picked up work nobody owned."
    assert first.id == "qa-adopting-orphaned-test-rig"
    assert first.body.answer.startswith("Nobody had maintained our device test rig")
    assert first.body.answer.endswith("failing once a month.")
    assert "I rewrote its flaky scheduler" in first.body.answer
    assert not first.draft
    assert second.body.question == "How did you handle a launch with half the hardware you needed?"
    assert second.id == "qa-sharing-boards-across-teams"
    assert second.body.answer.startswith("We had six boards for three teams")
    assert "emulators" in second.body.answer
    assert not second.draft
    assert not any("is a draft" in line for line in messages(report))
    assert [line for line in messages(report) if "no question for" in line] == [
        "line 28: no question for story 'The month we nearly shelved the rewrite': its title is used; write the question"]
    assert not any("text under" in line for line in skipped(report))


def test_a_details_story_under_a_summary_that_asks_nothing_is_kept_named_by_its_heading(taxonomy) -> None:
    report = imported(DETAILS_MD, taxonomy)
    third = report.notes[2]
    assert third.body.question == "The month we nearly shelved the rewrite"
    assert third.body.answer.startswith("The rewrite was three months late")
    assert third.body.answer.endswith("shipped that in four weeks.")


def test_a_named_story_under_a_top_level_question_heading_answers_it(taxonomy) -> None:
    text = ("# Tell me about a time you took on work outside your role.\n\n## Taking over the docs\n\n"
            "We had no docs team, so I took ownership of the backlog.\n\n"
            "I ran a docs sprint that closed a hundred issues.\n")
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert note.body.question == "Tell me about a time you took on work outside your role."
    assert note.id == "qa-taking-docs"
    assert note.body.answer == ("We had no docs team, so I took ownership of the backlog.\n\n"
                                "I ran a docs sprint that closed a hundred issues.")
    assert not note.draft


def test_a_labelled_star_story_inside_details_answers_its_summary_question(taxonomy) -> None:
    text = ("# Work\n\n<details>\n  <summary>Describe a time you shipped under a hard deadline.</summary>\n\n"
            "  ## The payments cutover\n\n**Situation**  \nOur payment provider was shutting down in a month.\n\n"
            "**Task**  \nI had to move every merchant before then.\n\n**Action**  \nI migrated merchants in "
            "batches of fifty and wrote a rollback script.\n\n**Result**  \nWe finished a week early with no "
            "failed payments.\n</details>\n")
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert isinstance(note.body, StarBody)
    assert note.body.question == "Describe a time you shipped under a hard deadline."
    assert note.body.title == "The payments cutover"
    assert note.body.result == "We finished a week early with no failed payments."
    assert not note.draft


def test_numbered_sections_under_an_answered_question_stay_parts_of_its_one_answer(taxonomy) -> None:
    text = ("# Why should we hire you?\n\nI have run platform teams for six years.\n\n### 1. Ownership\n\n"
            "I owned our deploy pipeline end to end.\n\nI cut its failures by half.\n\n### 2. Growth\n\n"
            "I learned Go in a month when we needed it.\n\nI mentored two engineers into leads.\n")
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert note.body.question == "Why should we hire you?"
    assert note.body.answer.startswith("I have run platform teams for six years.")
    assert "**1. Ownership**" in note.body.answer
    assert "I mentored two engineers into leads." in note.body.answer


# 2. Answer labels "Ans:", "Answer -", "Response:"; a part's label heads the list under it

LABELS_TXT = """Behavioural questions
- Tell me about a hard deadline?
Ans: I split the release into two drops and shipped the first on time.

- A time you disagreed with your lead?
Answer - I wrote up both designs and we picked mine after a spike.

- How do you handle a noisy pager?
Response: I tuned the alerts and cut the pages by half.
"""


def test_ans_answer_dash_and_response_labels_open_the_answer_in_plain_text(taxonomy) -> None:
    report = imported(LABELS_TXT, taxonomy, name="prep.txt")
    assert kinds(report) == {"qa": 3}
    first, second, third = report.notes
    assert first.body.answer == "I split the release into two drops and shipped the first on time."
    assert second.body.answer == "I wrote up both designs and we picked mine after a spike."
    assert third.body.answer == "I tuned the alerts and cut the pages by half."
    assert not any(note.draft for note in report.notes)


def test_an_answer_label_on_the_line_after_a_listed_question_opens_its_answer(taxonomy) -> None:
    text = ("- Tell me about a hard deadline?\nAns: I split the release into two drops.\n\n"
            "- How do you handle a noisy pager?\nResponse: I tuned the alerts and cut the pages by half.\n")
    report = imported(text, taxonomy)
    first, second = report.notes
    assert first.body.question == "Tell me about a hard deadline?"
    assert first.body.answer == "I split the release into two drops."
    assert second.body.answer == "I tuned the alerts and cut the pages by half."


def test_response_after_a_story_s_action_is_its_result(taxonomy) -> None:
    text = ("- Tell me about a time a teammate disagreed with you.\n  ```\n"
            "  Situation: A lower layer kept failing our nightly tests.\n"
            "  Task: My manager asked us to fix it although another team owned that layer.\n"
            "  Action: I set up a call with that team's engineer and our manager.\n"
            "  Response: The other team took the bug into their sprint and fixed it in two weeks.\n  ```\n")
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert isinstance(note.body, StarBody)
    assert note.body.action == "I set up a call with that team's engineer and our manager."
    assert note.body.result == "The other team took the bug into their sprint and fixed it in two weeks."
    assert not note.draft
    assert not any("no Result" in line for line in messages(report))


def test_an_approach_heading_stands_on_its_own_line_over_its_numbered_list(taxonomy) -> None:
    text = ("# How do you take criticism of your code?\n\nI treat it as a way to get better.\n\n"
            "### My Approach:\n\n1. **Listen**: I ask what the concern is.\n"
            "2. **Act**: I change the code when the point holds.\n")
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert note.body.answer == ("I treat it as a way to get better.\n\n**My Approach:**\n\n"
                                "1. **Listen**: I ask what the concern is.\n"
                                "2. **Act**: I change the code when the point holds.")


# 3. A document's closing section reported as skipped gives nothing to the notes

SUMMARY_MD = """# Answers for an engineering manager loop

## Question 1: How do you run your one-on-ones?

### Answer

I hold them weekly and let the report set the agenda.

## Question 2: How do you handle a missed deadline?

### Answer

I tell the stakeholders early and cut scope with them.

## Question 3: How do you hire?

### Answer

I write the role's outcomes before the job post.

## Question 4: How do you grow senior engineers?

### Answer

I give them problems with no owner yet.

## Summary

This part covers:
- **One-on-ones**: weekly, owned by the report
- **Hiring**: outcomes first

Key themes:
- Trust the team
- Say things early
"""


def test_a_skipped_summary_section_gives_its_key_themes_to_no_note(taxonomy) -> None:
    report = imported(SUMMARY_MD, taxonomy)
    assert kinds(report) == {"qa": 4}
    for note in report.notes:
        assert note.coach.signals == ()
    assert "line 27: section 'Summary' (coaching for many questions, not one)" in skipped(report)
    assert not any("Key themes" in line for line in skipped(report))


# 4. Coaching filed as the answer: advice bullets under a question, a "Focus:" label beside the story

ADVICE_MD = """# Behavioural questions

### Tell me about a time you took a risk that failed.
* Say early what failing meant for the team
* Don't spend long on the setting; get to what you did
* Close with what you learned and how you use it now

### Tell me about a time you missed a deadline.
* I told the product lead two weeks ahead
* We cut the export feature and shipped the rest
"""


def test_advice_bullets_under_a_question_are_its_tips_and_it_stays_a_draft(taxonomy) -> None:
    report = imported(ADVICE_MD, taxonomy)
    assert kinds(report) == {"qa": 2}
    advised, answered = report.notes
    assert advised.body.answer == ""
    assert advised.coach.tips == ("Say early what failing meant for the team",
                                  "Don't spend long on the setting; get to what you did",
                                  "Close with what you learned and how you use it now")
    assert advised.draft
    assert "line 3: 'Tell me about a time you took a risk that failed.' is a draft: no answer" in messages(report)
    assert answered.body.answer == ("- I told the product lead two weeks ahead\n"
                                    "- We cut the export feature and shipped the rest")
    assert not answered.draft


FOCUS_MD = """## Behavioural questions

### Q1: Tell me about a time you pushed back on a design.
**Answer:**
*   **Focus**: Evidence over opinion.
*   **Story**: "My lead wanted a new queue. I load-tested the old one. It held ten times our peak. We kept it."
"""


def test_a_focus_label_is_a_tip_and_a_told_story_label_is_the_answer(taxonomy) -> None:
    report = imported(FOCUS_MD, taxonomy)
    (note,) = report.notes
    assert note.body.question == "Tell me about a time you pushed back on a design."
    assert note.coach.tips == ("Evidence over opinion.",)
    assert note.body.answer == ("My lead wanted a new queue. I load-tested the old one. It held ten times our peak. "
                                "We kept it.")
    assert not note.draft


def test_a_story_label_over_a_name_is_no_told_story() -> None:
    from leaderdeck.importers.storyhead import told_after_label

    assert told_after_label("The billing cutover") is None
    assert told_after_label('"The billing cutover"') is None
    assert told_after_label('"We had two weeks left, so I cut the scope."') == "We had two weeks left, so I cut the scope."
    assert told_after_label("We had two weeks. I cut the scope.") == "We had two weeks. I cut the scope."


# 5. An answer that leaves letters for its names is kept with its blanks reported, unless the letters are most of it

def test_an_answer_with_letter_blanks_in_its_own_sentences_is_kept_and_reported(taxonomy) -> None:
    text = ("### Why do you want to join us?\n**Answer:**\n"
            "*   **Story**: \"I use your app X every week. I read your post about Y. I want to work on Z next.\"\n")
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert note.body.answer == "I use your app X every week. I read your post about Y. I want to work on Z next."
    assert note.draft
    assert "line 1: 'Why do you want to join us?' is a draft: its answer has blanks to fill in (X, Y, Z)" \
        in messages(report)


def test_an_answer_made_mostly_of_letter_blanks_stays_a_placeholder(taxonomy) -> None:
    report = imported("### Why do you want to join us?\n\nI did X for Y.\n", taxonomy)
    (note,) = report.notes
    assert note.body.answer == ""
    assert note.draft
    assert "line 1: 'Why do you want to join us?' is a draft: a placeholder, not an answer" in messages(report)
