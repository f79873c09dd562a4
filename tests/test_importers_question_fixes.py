"""Question banks written by others (fixtures in our own words): a question posed after a scene, a bold question
with its commentary in one paragraph, hard-wrapped numbered questions, self-prep question lists, numbered sample
answers and a case under a bare generic title."""

from __future__ import annotations

from importing import skipped
from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.posed import poses_question


def imported(name: str, taxonomy, text: str) -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def questions(report: ImportReport) -> list[str]:
    return [note.body.question for note in report.notes]


def answers(report: ImportReport) -> list[str]:
    return [note.body.answer for note in report.notes]


# 1. A question posed after a scene, standing alone after an answer

POSED = """Questions for a platform lead

How do you run a weekly one-on-one?

I keep a shared doc. We start with their topics, then mine. Why do I do it that way? Because their agenda matters more.

Our team deploys only once a month. How would you get it to deploy every day?

I would start by measuring where the time goes. Then I would automate the release checklist. Would the team trust it \
at first? Probably not, so I would run both paths for a month.

You take over a group whose morale is low. What do you do first?

I listen before changing anything. I held skip-levels with all twelve people in two weeks.
The rollout slipped twice. What would the team think of me?
"""


def test_a_scene_and_the_question_it_poses_after_an_answer_starts_the_next_question(taxonomy):
    report = imported("bank.txt", taxonomy, POSED)
    assert questions(report) == [
        "How do you run a weekly one-on-one?",
        "Our team deploys only once a month. How would you get it to deploy every day?",
        "You take over a group whose morale is low. What do you do first?"]
    assert answers(report)[0].startswith("I keep a shared doc.") and "Why do I do it" in answers(report)[0]
    assert "Would the team trust it" in answers(report)[1]
    assert answers(report)[2].endswith("What would the team think of me?")


def test_lines_that_only_end_asking_are_not_posed_questions():
    assert poses_question("Our team ships weekly. How would you speed that up?")
    assert not poses_question("I shipped it weekly. Why did I do that?")
    assert not poses_question("The rollout slipped. Would the team trust it?")
    assert not poses_question("How would you speed that up? We ship weekly.")
    assert not poses_question("Interviewers want ownership here. What would you say?")
    assert not poses_question("How would you speed that up?")
    assert poses_question("You inherit a team of eight with low morale. What is the first step?")
    assert not poses_question("You have to earn trust first. Why?")


def test_a_posed_question_inside_a_run_of_lines_stays_in_the_answer(taxonomy):
    text = ("How do you plan a quarter?\n\nI start from the goals.\nOur team had six of them. How would you pick "
            "three?\nWe voted.\n")
    report = imported("plan.txt", taxonomy, text)
    assert questions(report) == ["How do you plan a quarter?"]
    assert "How would you pick three?" in answers(report)[0]


def test_a_question_the_teller_asks_themselves_under_an_answer_line_stays_in_the_answer(taxonomy):
    text = ("How do you plan a quarter?\nI start from the goals.\nWhy do I do that?\nBecause focus beats "
            "coverage.\n\nHow do you hire?\nI look for range first.\n")
    report = imported("plan.txt", taxonomy, text)
    assert questions(report) == ["How do you plan a quarter?", "How do you hire?"]
    assert "Why do I do that?" in answers(report)[0] and answers(report)[0].endswith("Because focus beats coverage.")


def test_a_scene_on_the_line_right_above_its_question_goes_with_it(taxonomy):
    text = ("How do you hire?\nI look for range first.\n\nOur team deploys once a month. Releases take a day.\n"
            "How would you get it to deploy every day?\n\nI would measure first.\n")
    report = imported("bank.txt", taxonomy, text)
    assert questions(report) == ["How do you hire?", "Our team deploys once a month. Releases take a day. How would "
                                                     "you get it to deploy every day?"]
    assert answers(report) == ["I look for range first.", "I would measure first."]


def test_a_markdown_paragraph_that_sets_a_scene_and_asks_is_the_next_question(taxonomy):
    text = ("# Bank\n\nHow do you run a one-on-one?\n\nI keep a shared doc.\n\nOur team deploys once a month.\n"
            "How would you get it to deploy daily?\n\nI would measure first.\n")
    report = imported("bank.md", taxonomy, text)
    assert questions(report) == ["How do you run a one-on-one?",
                                 "Our team deploys once a month. How would you get it to deploy daily?"]
    assert answers(report) == ["I keep a shared doc.", "I would measure first."]

def test_a_posed_question_with_its_answer_right_under_it_in_a_bank_laid_out_so_starts_the_next_question(taxonomy):
    text = ("How do you run a one-on-one?\nI keep a shared doc and start with their topics.\n\n"
            "Our team deploys only once a month. How would you get it to deploy every day?\n"
            "I would measure where the time goes first.\n\n"
            "You take over a group whose morale is low. What do you do first?\nI listen before changing anything.\n")
    report = imported("bank.txt", taxonomy, text)
    assert questions(report) == [
        "How do you run a one-on-one?",
        "Our team deploys only once a month. How would you get it to deploy every day?",
        "You take over a group whose morale is low. What do you do first?"]
    assert answers(report) == ["I keep a shared doc and start with their topics.",
                               "I would measure where the time goes first.", "I listen before changing anything."]


def test_a_posed_line_right_above_more_answer_stays_when_answers_do_not_start_under_their_questions(taxonomy):
    text = ("How do you plan a quarter?\n\nI start from the goals.\n\nOur team had six goals. How would you pick "
            "three?\nWe voted on them as a team.\n")
    report = imported("plan.txt", taxonomy, text)
    assert questions(report) == ["How do you plan a quarter?"]

# 2. A bold question with its commentary in the same paragraph

BOLD = """# Delivery questions

**How do you handle a missed deadline?** Interviewers want to hear ownership, not blame. Show what you changed \
afterwards.

I told the director the date would slip a week before it did. We cut two features and shipped the rest on time.

**How do you say no to a stakeholder?** I start from what they need, then show what the team already carries.

Last spring I traded a dashboard for a fix they cared about more.

**What do you do when two teams block each other?**

I get both leads in a room and write the dependency down.
"""


def test_a_bold_question_then_commentary_in_one_paragraph_is_the_question_and_its_coaching(taxonomy):
    report = imported("delivery.md", taxonomy, BOLD)
    assert questions(report) == ["How do you handle a missed deadline?", "How do you say no to a stakeholder?",
                                 "What do you do when two teams block each other?"]
    first = report.notes[0].body
    assert first.answer.startswith("I told the director") and "Interviewers" not in first.answer
    assert any("Interviewers want to hear ownership" in s for s in report.notes[0].coach.signals)
    assert answers(report)[1].startswith("I start from what they need")
    assert answers(report)[1].endswith("they cared about more.")
    assert not [s for s in skipped(report) if "line 3" in s]


def test_a_bold_question_in_a_list_item_with_coaching_after_it_is_a_draft_with_its_signal(taxonomy):
    text = ("# Bank\n\n- **How do you handle a missed deadline?** Interviewers want ownership, not blame.\n"
            "- **How do you grow a senior engineer?** I give them a project one size too big.\n")
    report = imported("bank.md", taxonomy, text)
    assert questions(report) == ["How do you handle a missed deadline?", "How do you grow a senior engineer?"]
    assert report.notes[0].draft and list(report.notes[0].coach.signals) == ["Interviewers want ownership, not blame."]
    assert answers(report)[1] == "I give them a project one size too big."


def test_a_dash_between_the_bold_question_and_its_commentary_goes(taxonomy):
    text = ("# Bank\n\n**How do you say no to a stakeholder?** — I start from what they need.\n\n"
            "**How do you handle a missed deadline?** - Interviewers want ownership.\n\nI told the director early.\n")
    report = imported("bank.md", taxonomy, text)
    assert questions(report) == ["How do you say no to a stakeholder?", "How do you handle a missed deadline?"]
    assert answers(report) == ["I start from what they need.", "I told the director early."]
    assert list(report.notes[1].coach.signals) == ["Interviewers want ownership."]


def test_a_bold_label_worded_as_a_question_stays_a_label(taxonomy):
    text = ("# Stories\n\n## How did you fix the flaky pipeline?\n\n**What went wrong?** The cache was shared "
            "between jobs.\n\nI split it per job and the failures stopped.\n")
    report = imported("stories.md", taxonomy, text)
    assert questions(report) == ["How did you fix the flaky pipeline?"]


# 3. Hard-wrapped numbered questions in plain text

WRAPPED = """Behavioural questions

11. Tell me about a time you shipped something you were not proud of.
We cut the tests to hit a launch. I wrote down the debt and we paid it back in the next sprint.

12. Tell me about a time you had to push back on a product
manager's deadline and what happened next?
I showed the plan with and without the extra scope. We agreed to ship the core first.

13. How do you decide which incidents deserve a written review and which
ones are fine with a note in the channel and
nothing more?
Anything that touched customers or took more than an hour gets one.

14. Describe a hiring decision you regret
I hired for speed over fit. Three months later we parted ways.

15. Walk me through how you would split a team that grew past a
VP's patience?
By the services they own, not by the people in them.
"""


def test_a_numbered_question_wrapped_onto_unindented_lines_is_one_question(taxonomy):
    report = imported("wrapped.txt", taxonomy, WRAPPED)
    assert questions(report) == [
        "Tell me about a time you shipped something you were not proud of.",
        "Tell me about a time you had to push back on a product manager's deadline and what happened next?",
        "How do you decide which incidents deserve a written review and which ones are fine with a note in the "
        "channel and nothing more?",
        "Describe a hiring decision you regret",
        "Walk me through how you would split a team that grew past a VP's patience?"]
    assert answers(report)[1] == "I showed the plan with and without the extra scope. We agreed to ship the core first."
    assert answers(report)[2] == "Anything that touched customers or took more than an hour gets one."
    assert answers(report)[3].startswith("I hired for speed over fit.")


def test_a_line_that_asks_again_under_a_wrapped_item_is_not_joined(taxonomy):
    text = ("1. Tell me about the hardest feedback you gave\nWhy was it hard?\n\n"
            "2. How do you grow a senior engineer\nI give them a project one size too big.\n")
    report = imported("feedback.txt", taxonomy, text)
    assert questions(report)[0] == "Tell me about the hardest feedback you gave"
    assert "Why was it hard?" not in questions(report)[0]


def test_a_marked_question_or_an_item_wrapped_with_a_hanging_indent_is_one_question(taxonomy):
    marked = ("Questions\n\nQ12. Tell me about a time you had to push back on a product\nmanager's deadline?\n"
              "I showed the plan with and without the extra scope.\n\nQ13. How do you hire?\nCarefully.\n")
    hanging = ("Questions\n\n14. How do you decide which incidents deserve a written review and\n    which do not?\n"
               "Anything that touched customers gets one.\n\n15. How do you hire?\nCarefully.\n")
    labelled = ("Q: How do you grow a senior engineer into\nthe staff role?\nA: I give them a project one size too "
                "big.\n\nQ: How do you hire?\nA: Carefully.\n")
    for text, asked, answer in (
            (marked, "Tell me about a time you had to push back on a product manager's deadline?",
             "I showed the plan with and without the extra scope."),
            (hanging, "How do you decide which incidents deserve a written review and which do not?",
             "Anything that touched customers gets one."),
            (labelled, "How do you grow a senior engineer into the staff role?",
             "I give them a project one size too big.")):
        report = imported("wrapped.txt", taxonomy, text)
        assert questions(report) == [asked, "How do you hire?"]
        assert answers(report) == [answer, "Carefully."]

def test_notes_typed_in_lower_case_keep_their_answer_under_the_question(taxonomy):
    text = "- tell me about yourself\nstarted as a developer in 2015 and moved to management after four years.\n"
    report = imported("notes.txt", taxonomy, text)
    assert questions(report) == ["tell me about yourself"]
    assert answers(report) == ["started as a developer in 2015 and moved to management after four years."]

# 4. The writer's questions to themselves about their own preparation

PREP_MD = """# Staff engineer loop

## How do you pick which tech debt to pay down?

I rank debt by how often it slows a change and pay down the top item each sprint.

## Questions I should prepare

- What are my three strongest stories?
- Which metrics can I quote from the billing migration?
- Do I have a story about failing?

## Tell me about a time you changed a team's mind.

We moved from nightly builds to trunk-based work after I ran a two-week trial.
"""

PREP_TXT = """Platform lead prep

1. How do you run an incident review?
I keep it blameless and write down three actions with owners.

Things to research before the interview
- Who are their biggest customers?
- What did I ship that matches their roadmap?
- How does my last team compare with their size?

2. How do you plan a quarter?
I start from the goals and cut to three.
"""


def test_a_section_of_first_person_questions_about_preparing_is_skipped_with_its_reason(taxonomy):
    report = imported("loop.md", taxonomy, PREP_MD)
    assert questions(report) == ["How do you pick which tech debt to pay down?",
                                 "Tell me about a time you changed a team's mind."]
    assert "line 7: section 'Questions I should prepare' (questions for your own preparation)" in \
        "\n".join(skipped(report))


def test_a_plain_text_research_list_under_its_lead_in_is_skipped_and_the_bank_goes_on(taxonomy):
    report = imported("prep.txt", taxonomy, PREP_TXT)
    assert questions(report) == ["How do you run an incident review?", "How do you plan a quarter?"]
    assert answers(report)[0] == "I keep it blameless and write down three actions with owners."
    assert any("line 6: 'Things to research before the interview' (questions for your own preparation)" in s
               for s in skipped(report))


def test_questions_to_prepare_that_ask_you_are_still_questions(taxonomy):
    text = ("# Loop\n\n## Questions to prepare\n\n- Why do you want to work here?\n- What is your biggest "
            "weakness?\n\n## Questions to reflect on\n\n- What would I do differently on the migration?\n"
            "- Which of my stories shows conflict best?\n")
    report = imported("loop.md", taxonomy, text)
    assert questions(report) == ["Why do you want to work here?", "What is your biggest weakness?"]
    assert any("'Questions to reflect on' (questions for your own preparation)" in s for s in skipped(report))


def test_a_self_prep_list_opening_a_plain_text_section_is_skipped_and_the_section_goes_on(taxonomy):
    text = ("How do you plan a quarter?\nI start from the goals.\n\nQuestions I should prepare\n"
            "--------------------------\n- What are my three strongest stories?\n- Which metrics can I quote?\n\n"
            "How do you hire?\nI look for range.\n")
    report = imported("prep.txt", taxonomy, text)
    assert questions(report) == ["How do you plan a quarter?", "How do you hire?"]
    assert answers(report) == ["I start from the goals.", "I look for range."]
    assert any("'Questions I should prepare' (questions for your own preparation)" in s for s in skipped(report))

# 5. Numbered sample answers of one question

SAMPLES = """# Handling conflict

## How do you resolve a disagreement between two senior engineers?

Interviewers look for fairness and a decision that sticks.

### Example 1

I asked both engineers to write a one-page proposal and we reviewed them together with the team.

### Example 2

I set a deadline for the decision and made the call myself when they could not agree.

### Example 3

We ran both designs as a spike for a week and let the numbers decide.
"""


def test_sample_answers_of_one_question_are_not_reported_as_repeats_and_take_the_question_s_id(taxonomy):
    report = imported("conflict.md", taxonomy, SAMPLES)
    assert len(report.notes) == 3
    assert {n.body.question for n in report.notes} == {
        "How do you resolve a disagreement between two senior engineers?"}
    assert [n.id for n in report.notes] == ["qa-resolve-disagreement-between-two-senior-engineers",
                                            "qa-resolve-disagreement-between-two-senior-engineers-2",
                                            "qa-resolve-disagreement-between-two-senior-engineers-3"]
    assert not [a for a in report.attention if "times" in str(a)]


def test_the_same_question_asked_again_elsewhere_is_still_reported(taxonomy):
    text = SAMPLES + "\n## How do you resolve a disagreement between two senior engineers?\n\nI listen first.\n"
    report = imported("conflict.md", taxonomy, text)
    repeats = [str(a) for a in report.attention if "times" in str(a)]
    assert len(repeats) == 1 and "is asked 2 times (lines 3, 19)" in repeats[0]


# 6. A case under a bare generic title

CASE = """# {title}

## Background

You lead a platform group of four teams. Releases have slipped three quarters in a row and two senior engineers \
have resigned.

## Constraints

- No new headcount this year
- The payments migration must finish by June

## Your task

Lay out your plan for the first ninety days and how you would report progress to the VP.
"""


def test_a_case_under_a_bare_case_title_is_one_scenario(taxonomy):
    for title in ("Case", "Case Study", "Take-home"):
        report = imported("case.md", taxonomy, CASE.format(title=title))
        assert [n.kind.value for n in report.notes] == ["scenario"], title
        body = report.notes[0].body
        assert body.title == title
        assert body.question.startswith("Lay out your plan for the first ninety days")
        assert body.situation.startswith("You lead a platform group of four teams.")
        assert body.challenges == ("No new headcount this year", "The payments migration must finish by June")


def test_text_under_a_bare_case_title_sets_the_scene_for_its_task_and_questions(taxonomy):
    text = ("# Case Study\n\nYou join a team whose on-call rota burns people out: eleven pages a week each.\n\n"
            "## Your task\n\nDescribe how you would cut the pages in half within a quarter.\n\n"
            "## Discussion points\n\n- Which alerts would you delete first?\n- How would you measure progress?\n")
    report = imported("oncall.md", taxonomy, text)
    assert len(report.notes) == 1 and report.notes[0].kind.value == "scenario"
    body = report.notes[0].body
    assert body.situation == "You join a team whose on-call rota burns people out: eleven pages a week each."
    assert body.question == "Describe how you would cut the pages in half within a quarter."
    assert [p.heading for p in body.discussion] == ["Which alerts would you delete first?",
                                                    "How would you measure progress?"]


def test_a_plain_text_case_with_bare_label_lines_under_its_title_is_one_scenario(taxonomy):
    text = ("Case\n====\n\nBackground\nYou lead four teams. Releases have slipped.\n\nConstraints\n"
            "- No new headcount this year\n\nYour task\nLay out your plan for the first ninety days.\n")
    report = imported("case.txt", taxonomy, text)
    assert len(report.notes) == 1 and report.notes[0].kind.value == "scenario"
    assert report.notes[0].body.question == "Lay out your plan for the first ninety days."


def test_questions_under_a_bare_case_title_are_what_the_case_asks_to_discuss(taxonomy):
    text = ("# Case\n\n## Background\n\nYou lead four teams. Releases slip every quarter and two seniors resigned.\n\n"
            "## Questions\n\n- How would you stabilise delivery?\n- What would you tell the VP in week one?\n")
    report = imported("case.md", taxonomy, text)
    assert len(report.notes) == 1 and report.notes[0].kind.value == "scenario"
    body = report.notes[0].body
    assert body.situation.startswith("You lead four teams.")
    assert [p.heading for p in body.discussion] == ["How would you stabilise delivery?",
                                                    "What would you tell the VP in week one?"]


def test_questions_under_a_named_title_over_a_background_stay_questions(taxonomy):
    text = ("# The slipping platform\n\n## Background\n\nYou lead four teams. Releases slip every quarter.\n\n"
            "## Questions\n\n- How would you stabilise delivery?\n- What would you tell the VP in week one?\n")
    report = imported("case.md", taxonomy, text)
    assert [n.kind.value for n in report.notes] == ["qa", "qa"]
