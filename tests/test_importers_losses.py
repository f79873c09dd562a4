"""Shapes from real documents whose questions or text used to vanish without a word (fixtures in our own words).

A heading that reads like a label but groups questions ("Common questions"), a question heading that numbers
itself but does not end in '?', a question whose mark sits inside a placeholder, labelled text of a group's own:
each is imported, or reported, never dropped in silence.
"""

from __future__ import annotations

from importing import kinds
from leaderdeck.importers import ImportReport, import_text


def imported(text: str, taxonomy) -> ImportReport:
    return import_text(text, taxonomy, display="doc.md", source="doc.md")


def questions(report: ImportReport) -> list[str]:
    return [note.body.question for note in report.notes]


def test_a_common_questions_heading_groups_the_questions_under_it(taxonomy):
    text = ("# Prep for the manager loop\n\n## Common questions\n\n### How do you grow senior engineers?\n\n"
            "A stretch project each, reviewed every month.\n\n### How do you handle a missed deadline?\n\n"
            "Cut scope with product the same day.\n")
    report = imported(text, taxonomy)
    assert questions(report) == ["How do you grow senior engineers?", "How do you handle a missed deadline?"]
    assert report.notes[1].body.answer == "Cut scope with product the same day."


def test_a_common_questions_heading_over_star_answers_on_a_coaching_page(taxonomy):
    text = ("# Owning mistakes\n\n## Most common questions\n\n### Q1: Tell me about a time you broke something.\n\n"
            "**Situation:** A migration ran against the wrong database.\n\n**Task:** Restore service.\n\n"
            "**Action:** I rolled back and wrote the postmortem.\n\n**Result:** Back within the hour.\n")
    report = imported(text, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.action == "I rolled back and wrote the postmortem."


def test_a_question_heading_that_numbers_itself_is_a_question_however_it_ends(taxonomy):
    text = ("# Manager bank\n\n### Q1. How do you run a retro?\n**Answer:**\n- Data first, then one change.\n\n"
            "### Q2. Your strongest engineer wants to change teams.\n**Answer:**\n- Find out what pulls them.\n\n"
            "### Question 3: Scenario: two teams claim one service.\n**Answer:**\n- One owner: whoever is on call.\n")
    report = imported(text, taxonomy)
    assert questions(report) == ["How do you run a retro?", "Your strongest engineer wants to change teams.",
                                 "Scenario: two teams claim one service."]
    assert report.notes[1].body.answer == "- Find out what pulls them."


def test_a_question_mark_inside_a_placeholder_still_asks(taxonomy):
    text = "# Asked\n\n## What drew you to apply at <company?>\n## How do you handle on-call fatigue?\n"
    report = imported(text, taxonomy)
    assert questions(report) == ["What drew you to apply at <company?>", "How do you handle on-call fatigue?"]
    assert all(note.draft for note in report.notes)


def test_labelled_text_of_a_group_reaches_its_few_questions(taxonomy):
    text = ("# Conflict\n\n**Tips:** Name the disagreement before the people.\n\n### How do you settle a design dispute?\n\n"
            "I write both options down and pick with the team.\n")
    note = imported(text, taxonomy).notes[0]
    assert note.coach.tips == ("Name the disagreement before the people.",)


def test_labelled_text_of_a_group_of_many_questions_is_reported_not_dropped(taxonomy):
    asked = "".join(f"### How do you handle case {n}?\n\nCase {n} gets a short written plan.\n\n" for n in range(1, 6))
    report = imported(f"# Bank\n\n**Tips:** Keep every answer under two minutes.\n\n{asked}", taxonomy)
    assert len(report.notes) == 5
    assert [(s.line, s.why) for s in report.skipped] == [(3, "coaching for many questions, not one")]


def test_a_story_named_under_the_question_it_answers_is_that_question_s_story(taxonomy):
    text = ("# Stories\n\n## Tell me about a time you took on work nobody owned\n\n**What they look for:** initiative\n\n"
            "### 1. The orphaned cron job\n\n- **Situation:** A nightly job had no owner.\n- **Task:** I took it on.\n"
            "- **Action:** I added alerts and a runbook.\n- **Result:** No failed run went unseen again.\n\n"
            "### 2. The flaky dashboard\n\n- **Situation:** Nobody trusted the dashboard.\n- **Action:** I rebuilt it.\n"
            "- **Result:** It became the team's morning check.\n\n"
            "## How do you pick what to fix first?\n\n<details>\n<summary>Story: The slow checkout</summary>\n\n"
            "- **Situation:** Checkout took nine seconds.\n- **Action:** I profiled it first.\n"
            "- **Result:** It took two.\n\n</details>\n")
    report = imported(text, taxonomy)
    assert kinds(report) == {"star": 3}
    assert [(n.body.title, n.body.question) for n in report.notes] == [
        ("The orphaned cron job", "Tell me about a time you took on work nobody owned"),
        ("The flaky dashboard", "Tell me about a time you took on work nobody owned"),
        ("The slow checkout", "How do you pick what to fix first?")]
    assert report.notes[0].coach.signals == ("initiative",)


def test_a_part_given_under_two_labels_is_one_part_of_one_story(taxonomy):
    text = ("### Tell me about a time you broke production\n\n**Situation:** A migration hit the wrong database.\n\n"
            "**Task:** Restore service.\n\n**Action (first hour):**\n- Rolled back\n- Posted a status note\n\n"
            "**Action (next week):**\n- Wrote the postmortem\n\n**Result:** Back in 40 minutes; it never recurred.\n")
    report = imported(text, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.action == ("**First hour:**\n\n- Rolled back\n- Posted a status note\n\n"
                                           "**Next week:**\n\n- Wrote the postmortem")
    assert not report.notes[0].draft


def test_a_result_line_given_twice_in_an_answer_stays_in_that_answer(taxonomy):
    text = ("### How do you manage delivery risk?\n\nA short risk list per project, read weekly.\n\n"
            "Result: no launch slipped more than a week.\n\nResult: status decks stopped.\n\n"
            "### How do you run one-to-ones?\n\nWeekly, and the report owns the agenda.\n")
    report = imported(text, taxonomy)
    assert questions(report) == ["How do you manage delivery risk?", "How do you run one-to-ones?"]


def test_a_prompt_heading_worded_as_a_time_you_is_the_question_of_its_story(taxonomy):
    text = ("## A time you missed a deadline\n\n### The late export\n\n- **Situation:** The export slipped a week.\n"
            "- **Action:** I cut scope and told finance early.\n- **Result:** The core report shipped on the new date.\n")
    note = imported(text, taxonomy).notes[0]
    assert (note.body.question, note.body.title) == ("A time you missed a deadline", "The late export")


def test_numbered_steps_under_an_answer_label_are_the_answer_not_questions(taxonomy):
    text = ("### 1. \"How do you run quarterly planning?\"\n\n**Solution approach:**\n\n1. Gather goals from product\n"
            "2. Explain how the work is sized\n3. Describe what happens to what does not fit\n\n"
            "**Best practices:**\n\n- Leave slack for surprises\n")
    report = imported(text, taxonomy)
    assert questions(report) == ["How do you run quarterly planning?"]
    assert report.notes[0].body.answer == ("1. Gather goals from product\n2. Explain how the work is sized\n"
                                           "3. Describe what happens to what does not fit")


def test_a_star_label_alone_on_its_line_heads_the_text_below_it(taxonomy):
    text = ("### Tell me about a time you cut scope.\n\n**SITUATION**\nThe date could not move.\n\n**TASK**\n"
            "I owned the plan.\n\n**ACTION**\nI dropped two features.\n\n**RESULT**\nWe launched on time.\n")
    note = imported(text, taxonomy).notes[0]
    assert (note.body.situation, note.body.result) == ("The date could not move.", "We launched on time.")


def test_bullet_characters_make_list_items(taxonomy):
    text = ("# Values\n\n## Bias for action\n\n• Tell me about a time you acted without approval.\n\n"
            "• If your manager asked you to skip tests, what would you do?\nI would name the risk and offer a smaller release.\n")
    report = imported(text, taxonomy)
    assert questions(report) == ["Tell me about a time you acted without approval.",
                                 "If your manager asked you to skip tests, what would you do?"]
    assert report.notes[1].body.answer == "I would name the risk and offer a smaller release."


def test_a_page_widget_s_words_are_not_part_of_a_story_s_name(taxonomy):
    text = ("## How do you pick what to fix first?\n\n<details>\n<summary>Story #2: The slow checkout (Click to expand)"
            "</summary>\n\n- **Situation:** Checkout took nine seconds.\n- **Action:** I profiled it first.\n"
            "- **Result:** It took two.\n\n</details>\n")
    report = imported(text, taxonomy)
    assert [(n.body.title, n.body.question) for n in report.notes] == [
        ("The slow checkout", "How do you pick what to fix first?")]
    assert not any("not a topic" in str(item) for item in report.attention)


def test_a_markdown_table_of_questions_reports_repeats_and_rows_that_do_not_ask(taxonomy):
    text = ("# Bank\n\n| Question | Answer |\n|---|---|\n| How do you hire? | Slowly |\n| How do you hire? | Carefully |\n"
            "| We begin now. | |\n")
    report = imported(text, taxonomy)
    assert len(report.notes) == 3
    said = [str(item) for item in report.attention]
    assert "line 5: 'How do you hire?' is on 2 rows (lines 5, 6): each is kept as a note of its own; delete the ones " \
           "you do not want" in said
    assert "line 7: 'We begin now.' does not read as a question: kept; edit or delete what is not one" in said


def test_a_page_titled_common_questions_over_groups_of_questions_imports_them(taxonomy):
    text = ("# Common interview questions - my prepared answers\n\n## Leadership\n\n### \"How do you build a team?\"\n\n"
            "> Hire for range, then give each person an area to own.\n\n## Delivery\n\n"
            "### \"How do you handle risk?\"\n\n> A short risk list, read every week.\n")
    report = imported(text, taxonomy)
    assert questions(report) == ["How do you build a team?", "How do you handle risk?"]


def test_labels_in_the_list_of_an_answer_are_its_words_unless_the_list_tells_a_story(taxonomy):
    text = ("### Q1. How do you give hard feedback?\n**Answer:**\n- **Timely:** Within two days.\n- **Shape:**\n"
            "    - **Situation:** \"In Monday's planning...\"\n    - **Impact:** \"She stopped estimating.\"\n"
            "- **Action:** Ask for their view.\n\n### Q2. Tell me about a time you changed a plan.\n**Answer:**\n"
            "- **Situation:** The launch slipped.\n- **Task:** Save the date.\n- **Action:** I cut two features.\n"
            "- **Result:** We launched on time.\n")
    report = imported(text, taxonomy)
    assert kinds(report) == {"qa": 1, "star": 1}
    assert report.notes[0].body.answer == ("- **Timely:** Within two days.\n- **Shape:**\n"
                                           "    - **Situation:** \"In Monday's planning...\"\n"
                                           "    - **Impact:** \"She stopped estimating.\"\n- **Action:** Ask for their view.")
    assert report.notes[1].body.result == "We launched on time."


def test_tags_listed_under_a_keywords_heading_or_as_hashtags_are_one_tag_each(taxonomy):
    text = ("# Question\n\nHow do you learn from a failure?\n\n# Answer\n\nI write down what I would change and do it.\n\n"
            "# Keywords\n\n- Learning\n- Humility\n")
    assert imported(text, taxonomy).notes[0].tags == ("Learning", "Humility")
    tagged = "### How do you hire?\n\nSlowly and with a rubric.\n\n**Tags:** #hiring #growth\n"
    assert imported(tagged, taxonomy).notes[0].tags == ("hiring", "growth")


def test_a_paragraph_about_what_an_interviewer_wants_is_a_signal_not_the_answer(taxonomy):
    text = ("# Tell me about a time you failed.\n\n## Question\n\nFailing is fine; an interviewer wants to hear what "
            "changed after.\n\nI shipped a migration without a rollback and we lost an hour. Now every migration "
            "ships with one.\n")
    note = imported(text, taxonomy).notes[0]
    assert note.coach.signals == ("Failing is fine; an interviewer wants to hear what changed after.",)
    assert note.body.answer.startswith("I shipped a migration")


def test_a_framework_s_questions_are_not_interview_questions(taxonomy):
    text = ("# Stories\n\n### Tell me about a time you fixed a flaky suite.\n\nI quarantined the worst tests first.\n\n"
            "## Frameworks for talking about failure\n\n### Post-mortem structure\n1. What happened?\n"
            "2. What was the root cause?\n\n### How do you pick a framework?\n\nBy the decision it has to serve.\n")
    report = imported(text, taxonomy)
    assert questions(report) == ["Tell me about a time you fixed a flaky suite.", "How do you pick a framework?"]
    assert [(s.line, s.what, s.why) for s in report.skipped] == [
        (9, "section 'Post-mortem structure'", "a template, not an answer")]


def test_a_time_section_gives_the_time_not_its_last_paragraph(taxonomy):
    text = ("# Exercise\n\n## Scenario\nYou lead engineering. Two launches collide next week.\n\n## Your Task\n"
            "Say which launch goes first and why.\n\n## Time\nSpend about 20 minutes on this.\n\n"
            "There is no single right answer.\n")
    note = imported(text, taxonomy).notes[0]
    assert note.body.duration == "Spend about 20 minutes on this."
