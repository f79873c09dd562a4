"""Round 15 fixes (b): question banks, scenario documents, spreadsheets and plain-text notes written by others. A
take-home case asked with an imperative ("Prepare ... that covers:") and questions for the interview after its ask;
a story sheet's row begun in one part; plain-text scenarios each named by a line; questions listed under a
scenario's own lead-in; a follow-ups label that says who asks; closing words after a bank's last rule, after a list
of nested answers and after one-line answers; a variants label that asks nothing."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


# (a) a take-home case whose ask is an imperative, with questions for the interview after it -------------------

TAKE_HOME = """# Take-Home: Platform Manager, Billing

## About the company
Ferrylane sells ferry tickets in nine countries and its billing service settles about twelve thousand payouts a week.

## Stakeholders
- **Finance director:** wants payouts reconciled daily instead of weekly
- **Ops lead:** worried about the night batch failing silently

## Your task
Write a one-page proposal that covers:
1. Which problem you would tackle first
2. How you would staff it

## Questions for the panel
- Would you pause feature work to do this?
- How would you explain the delay to finance?

Thanks, and enjoy the exercise.
"""


def test_an_imperative_ask_over_a_list_makes_a_take_home_one_scenario(taxonomy) -> None:
    report = _import(TAKE_HOME, taxonomy, "take-home.md")
    assert [note.kind for note in report.notes] == ["scenario"]
    case = report.notes[0]
    assert case.body.question.startswith("Write a one-page proposal")
    assert [point.heading for point in case.body.discussion] == [
        "Which problem you would tackle first", "How you would staff it"]
    assert "**Stakeholders**" in case.body.situation  # a heading naming more than the scene stays over its list
    assert "Ferrylane sells ferry tickets" in case.body.situation
    assert "Follow-up: Would you pause feature work to do this?" in case.coach.tips
    assert "Follow-up: How would you explain the delay to finance?" in case.coach.tips
    assert "Thanks, and enjoy the exercise." in case.coach.tips


def test_an_answer_nested_under_a_question_after_the_ask_is_kept_with_the_case(taxonomy) -> None:
    answered = TAKE_HOME.replace("- Would you pause feature work to do this?",
                                 "- Would you pause feature work to do this?\n  - Yes, for two sprints at most.")
    report = _import(answered, taxonomy, "take-home.md")
    assert [note.kind for note in report.notes] == ["scenario"]
    assert any("Yes, for two sprints at most." in tip for tip in report.notes[0].coach.tips)


# (b) a row of a sheet of stories with one part filled in ------------------------------------------------------

STORY_SHEET = ("Story,Situation,Task,Action,Result,Level\n"
               'Rescuing the data pipeline,"Nightly loads failed twice a week.","Make them reliable by quarter end.",'
               '"Added retries and an owner rota.","Two failures in three months.",Manager\n'
               'Onboarding the new hires,"Five engineers joined in one month.",,,,Manager\n'
               "Cutting cloud spend,,,,,Director\n")


def test_a_story_sheets_row_with_one_part_is_a_draft_story_not_an_answered_question(taxonomy) -> None:
    report = _import(STORY_SHEET, taxonomy, "stories.csv")
    assert [note.kind for note in report.notes] == ["star", "star"]
    full, begun = report.notes
    assert not full.draft
    assert begun.draft and begun.body.question == "Onboarding the new hires"
    assert begun.body.situation == "Five engineers joined in one month."
    assert [(s.line, s.what) for s in report.skipped] == [(4, "a row")]  # a name only: reported, as before


def test_a_qa_sheet_with_a_lone_result_column_keeps_its_answer(taxonomy) -> None:
    sheet = "Question,Answer,Result\nHow do you run retros?,Short and blameless.,Fewer repeat incidents\n"
    note = _import(sheet, taxonomy, "bank.csv").notes[0]
    assert note.kind == "qa" and not note.draft
    assert note.body.answer.startswith("Short and blameless.")


# (c) plain-text scenarios, each named by a line of its own; a question closing a list of challenges -------------

SCENARIOS_TXT = """CASE 1 - The quiet launch
Level: Manager
Situation: Marketing announced a feature your team has not finished, and customers are already asking for it.
Challenges:
\t- the date was never agreed with engineering
\t- two engineers are on holiday next week
How do you respond to the marketing lead?

CASE 2 - Borrowed engineer
Level: Director
Situation: A peer director asks to borrow your strongest engineer for a quarter.
Discussion:
\t- what do you ask before agreeing?
\t- how do you tell the engineer?
"""


def test_plain_text_scenarios_each_named_by_a_line_are_one_note_each(taxonomy) -> None:
    report = _import(SCENARIOS_TXT, taxonomy, "cases.txt")
    assert [note.kind for note in report.notes] == ["scenario", "scenario"]
    launch, borrowed = report.notes
    assert launch.body.title == "The quiet launch" and borrowed.body.title == "Borrowed engineer"
    assert launch.body.situation.startswith("Marketing announced a feature")
    assert launch.body.challenges == ("the date was never agreed with engineering",
                                      "two engineers are on holiday next week")
    assert launch.body.question == "How do you respond to the marketing lead?"
    assert borrowed.body.situation == "A peer director asks to borrow your strongest engineer for a quarter."
    assert [point.heading for point in borrowed.body.discussion] == [
        "what do you ask before agreeing?", "how do you tell the engineer?"]
    assert (launch.level.value, borrowed.level.value) == ("manager", "director")


def test_a_markdown_scenarios_question_after_its_challenges_is_its_question(taxonomy) -> None:
    text = ("## Scenario: Pager fatigue\n\n**Situation:** Your team was paged nine nights out of ten last month.\n\n"
            "**Challenges:**\n- the alerts belong to another team\n- the on-call pay ends in June\n\n"
            "What do you change first?\n")
    note = _import(text, taxonomy, "pager.md").notes[0]
    assert note.kind == "scenario"
    assert note.body.challenges == ("the alerts belong to another team", "the on-call pay ends in June")
    assert note.body.question == "What do you change first?"


# (d) questions listed under a lead-in of a scenario's own, after its situation -----------------------------------

LISTED = """# Practice scenarios

## Scenario 1: Budget cut

**Situation:** Finance asks you to cut a fifth of your contractor budget by next month.

**Things to consider:**
- Which contracts do you end first?
- How do you tell the teams that rely on them?

## Scenario 2: New VP

**Situation:** A new VP wants weekly status decks from every team.

**Challenges:**
- the teams already write weekly notes
"""


def test_questions_listed_under_a_scenarios_own_lead_in_are_its_discussion_points(taxonomy) -> None:
    report = _import(LISTED, taxonomy, "scenarios.md")
    assert [note.kind for note in report.notes] == ["scenario", "scenario"]
    budget = report.notes[0]
    assert budget.body.situation == "Finance asks you to cut a fifth of your contractor budget by next month."
    assert [point.heading for point in budget.body.discussion] == [
        "Which contracts do you end first?", "How do you tell the teams that rely on them?"]
    assert not report.drafts


def test_answered_questions_after_a_scene_are_not_taken_for_its_points(taxonomy) -> None:
    text = ("## Warm-up\n\n**Situation:** I joined a team of six in March.\n\n**Questions I was asked:**\n"
            "- Why did you join?\n  - The mission and the people.\n- What surprised you?\n  - How fast it shipped.\n")
    report = _import(text, taxonomy, "warmup.md")
    assert not any(note.kind == "scenario" and note.body.discussion for note in report.notes)


# (e) a follow-ups label that says who asks them --------------------------------------------------------------

def test_follow_ups_they_might_ask_under_an_answer_are_its_follow_ups_not_drafts(taxonomy) -> None:
    text = ("**1. How do you say no to your VP?**\n\nWith the cost written down and an option they can say yes to.\n\n"
            "Follow-ups the panel may ask:\n- What if the VP insists?\n- When did you last say yes instead?\n\n"
            "**2. Why this role?**\n\nIt is the team I would have built myself.\n")
    report = _import(text, taxonomy, "bank.md")
    assert [note.body.question for note in report.notes] == ["How do you say no to your VP?", "Why this role?"]
    assert not report.drafts
    assert "Follow-up: What if the VP insists?" in report.notes[0].coach.tips


# (f) a bank's closing words after its last rule ------------------------------------------------------------------

FOOTED = """# Questions I practise

Q1. What did you change in your first month?
A: The on-call handover, which had no checklist.

Q2. How do you pick a tech lead?
A:

---
Kept by me; last pass in May.
"""


def test_words_after_a_banks_last_rule_are_reported_not_the_last_answer(taxonomy) -> None:
    report = _import(FOOTED, taxonomy, "bank.md")
    first, second = report.notes
    assert first.body.answer == "The on-call handover, which had no checklist."
    assert second.draft and not second.body.answer
    assert any(s.line == 10 for s in report.skipped)


def test_a_rule_between_a_banks_questions_and_answers_keeps_the_answer_after_it(taxonomy) -> None:
    text = ("Q1. How do you plan?\n\n---\n\nWith the teams, quarterly.\n\n"
            "Q2. How do you hire?\n\n---\n\nStructured loops only.\n")
    report = _import(text, taxonomy, "bank.md")
    assert [note.body.answer for note in report.notes] == ["With the teams, quarterly.", "Structured loops only."]


NESTED = """## Loop prep

1. **Why leave now?**
   - the team is stable and I want a wider remit
2. **What do you do first in a new team?**
   - one-on-ones with everyone
3. **How do you handle a noisy stakeholder?**

Still to prepare: references and notice period.
"""


def test_a_closing_paragraph_after_a_list_of_nested_answers_is_no_answer(taxonomy) -> None:
    report = _import(NESTED, taxonomy, "prep.md")
    assert len(report.notes) == 3
    last = report.notes[-1]
    assert last.body.question == "How do you handle a noisy stakeholder?"
    assert last.draft and not last.body.answer
    assert [s.line for s in report.skipped if s.line == 9] == [9]


def test_questions_answered_at_the_margin_keep_their_answers(taxonomy) -> None:
    text = ("1. Why leave now?\n\nThe team is stable.\n\n2. What do you do first?\n\nOne-on-ones.\n\n"
            "3. How do you handle a noisy stakeholder?\n\nI meet them weekly.\n")
    report = _import(text, taxonomy, "prep.md")
    assert report.notes[-1].body.answer == "I meet them weekly."


# (g) a variants label over text that asks nothing -------------------------------------------------------------

def test_related_questions_that_only_point_elsewhere_are_reported_not_dropped(taxonomy) -> None:
    text = ("### **How do you set goals for a new team?**\n\n**Answer:** Three outcomes a quarter, written with the "
            "team.\n\n**Related questions:** see [Planning](planning.md).\n")
    report = _import(text, taxonomy, "bank.md")
    note = report.notes[0]
    assert note.body.answer == "Three outcomes a quarter, written with the team."
    assert not note.variants
    assert [(s.line, s.what) for s in report.skipped] == [(5, "'Related questions'")]


def test_related_questions_that_ask_are_still_variants(taxonomy) -> None:
    text = ("### How do you set goals?\n\nThree outcomes a quarter.\n\n**Related questions:**\n"
            "- How do you plan a quarter?\n")
    note = _import(text, taxonomy, "bank.md").notes[0]
    assert note.variants == ("How do you plan a quarter?",)


# (h) a closing note after a bank of one-line answers ----------------------------------------------------------

ONE_LINERS = ("PREP\r\n\r\nQ: Why this team?\r\nA: The problems are the ones I like.\r\n\r\n"
              "Q: What do you delegate first?\r\nA: Status reports.\r\n\r\n"
              "Q: How do you spot burnout?\r\nA: Late replies and quiet standups.\r\n\r\n"
              "Note to self: print this out.\r\n")


def test_a_note_after_a_blank_line_under_the_last_one_line_answer_is_reported(taxonomy) -> None:
    report = _import(ONE_LINERS, taxonomy, "prep.txt")
    assert len(report.notes) == 3
    assert report.notes[-1].body.answer == "Late replies and quiet standups."
    assert any(s.line == 12 for s in report.skipped)


def test_an_answer_going_on_past_its_line_keeps_the_last_answers_lines(taxonomy) -> None:
    text = ONE_LINERS.replace("A: Status reports.\r\n", "A: Status reports.\r\n\r\nThen the hiring loop.\r\n")
    report = _import(text, taxonomy, "prep.txt")
    assert "print this out" in report.notes[-1].body.answer
