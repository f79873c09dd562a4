"""Round 17 fixes (b): spreadsheets and plain-text banks typed quickly. A title row above a sheet's header, the
header repeated further down, group rows naming the rows under them, and more of the shapes quick typists use."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.txt"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


def _kinds(report) -> dict[Kind, int]:
    return report.counts


# a sheet's title row, a header repeated, group rows ---------------------------------------------------------------

TITLED = """Onsite prep (v3),,,,
,,,,
No.,Question,Answer,Category,Owner
,TEAMS,,,
1,How do you split a team that grew too big?,By the product areas it serves; each half gets a lead.,,Sam
2,Why did your last reorg work?,We asked the engineers first.,Org,Sam
,Hiring & Growth,,,
3,How do you close a candidate?,,,
"""


def test_a_title_row_above_the_header_is_reported_and_the_header_found_below(taxonomy):
    report = _import(TITLED, taxonomy, "prep.csv")
    assert _kinds(report) == {Kind.QA: 3}
    questions = [n.body.question for n in report.notes]
    assert questions == ["How do you split a team that grew too big?", "Why did your last reorg work?",
                         "How do you close a candidate?"]
    messages = _messages(report)
    assert "line 1: 'Onsite prep (v3)'" in messages and "above the header" in messages
    assert "group row 'Teams'" in messages and "group row 'Hiring & Growth'" in messages
    assert "'TEAMS'" not in "\n".join(n.body.question for n in report.notes)
    first, second, third = report.notes
    assert "Teams" in first.tags and "Org" in second.tags and "Hiring & Growth" in third.tags
    assert third.draft and not first.draft


def test_a_title_row_without_separators_still_lets_the_separator_be_found(taxonomy):
    text = "My questions\n\nQuestion;Answer;Status\nWhy this team?;The on-call load is fair, and I know the lead.;ok\n"
    report = _import(text, taxonomy, "sheet.csv")
    assert [n.body.question for n in report.notes] == ["Why this team?"]
    assert report.notes[0].body.answer.startswith("The on-call load is fair, and I")


def test_the_header_repeated_mid_sheet_is_no_note(taxonomy):
    text = ("Question;Situation;Task;Action;Result\r\n"
            "A launch you saved?;Launch slipping;Own it;Cut scope;Shipped on time\r\n"
            "Question;Situation;Task;Action;Result\r\n"
            "A hire you regret?;Rushed hiring;Fill the role;Let them go;Two months lost\r\n")
    report = _import(text, taxonomy, "stories.csv")
    assert _kinds(report) == {Kind.STAR: 2}
    assert "Question" not in [n.body.question for n in report.notes]
    assert "line 3: the header row again" in _messages(report)


def test_a_row_that_asks_or_says_a_sentence_is_no_group(taxonomy):
    text = "Question,Answer\nWe will now begin\nTell Me About Yourself\nWhy us?,Because.\n"
    report = _import(text, taxonomy, "sheet.csv")
    assert [n.body.question for n in report.notes] == ["We will now begin", "Tell Me About Yourself", "Why us?"]


# a story typed on one line: S: ... T: ... A: ... R: ... -------------------------------------------------------

def test_an_answer_marker_over_a_story_typed_on_one_line_gives_its_parts(taxonomy):
    text = ("Q) Tell me about a time you changed a team's process.\n"
            "A) S: Reviews took four days. T: Get them under one. A: Split reviewers by area, added a rota. "
            "R: Median review time fell to six hours.\n"
            "---\n"
            "Q) How do you say no to your manager?\n"
            "A) With numbers and an option we can both accept.\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.STAR: 1, Kind.QA: 1}
    story = report.notes[0].body
    assert story.situation.strip() == "Reviews took four days."
    assert story.task.strip() == "Get them under one."
    assert story.action.strip() == "Split reviewers by area, added a rota."
    assert story.result.strip() == "Median review time fell to six hours."
    assert report.notes[1].body.answer.strip() == "With numbers and an option we can both accept."


def test_an_answer_marker_over_a_story_one_part_a_line(taxonomy):
    text = ("Q) Tell me about a time you fixed on-call.\n"
            "A) S: Forty pages a week.\nT: Halve them.\nA: Deleted alerts nobody acted on.\nR: Nine pages a week.\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.STAR: 1}
    story = report.notes[0].body
    assert story.situation.strip() == "Forty pages a week." and story.result.strip() == "Nine pages a week."
    assert not report.notes[0].draft and not report.notes[0].coach.cheat_code


def test_an_indented_story_on_one_line_under_a_numbered_question(taxonomy):
    text = ("1. Describe a hard conversation with your team.\n"
            "   S: budget cut, two contractors had to go. T: tell the team. A: told them in one meeting, then 1:1s. "
            "R: nobody else left that year.\n"
            "2. How do you run planning?\n"
            "   Two weeks ahead, with the team sizing its own work.\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.STAR: 1, Kind.QA: 1}
    story = report.notes[0].body
    assert story.task.strip() == "tell the team." and story.action.strip().startswith("told them in one meeting")


def test_a_sheet_cell_holding_a_story_on_one_line(taxonomy):
    text = ('Question,Answer\n'
            '"Tell me about a failed launch.","S: A dashboard nobody opened. T: I owned it. A: Asked users why. '
            'R: Replaced it with an export. L: Ask before building."\n')
    report = _import(text, taxonomy, "sheet.csv")
    assert _kinds(report) == {Kind.STAR: 1}
    assert report.notes[0].body.learning.strip() == "Ask before building."


def test_a_line_with_labels_out_of_order_or_too_few_stays_whole(taxonomy):
    text = ("Q) Which plan did you pick?\n"
            "A) Situation: we had Plan A: ship now, and Plan B: wait a month. We picked B.\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.QA: 1}
    assert "Plan A: ship now" in report.notes[0].body.answer


# plain text: group lines in capitals, "A -" markers however short ----------------------------------------------

PHONE = """my loop notes

Q - why this company
A -

PEOPLE STUFF

Q - how do you coach a new lead?
A - weekly 1:1, one stretch goal

Q - hardest feedback you gave?
A - told a senior engineer his reviews were blocking everyone, with three examples.

DELIVERY
Q - how do you plan a quarter?
A - rough sizes, 20% slack
"""


def test_a_group_line_in_capitals_after_an_empty_answer_is_no_answer(taxonomy):
    report = _import(PHONE, taxonomy)
    assert _kinds(report) == {Kind.QA: 4}
    company, coach, feedback, plan = report.notes
    assert company.draft and not company.body.answer
    assert "PEOPLE" not in feedback.body.answer and "DELIVERY" not in feedback.body.answer


def test_a_dash_marked_answer_loses_its_marker_however_short(taxonomy):
    coach, plan = _import(PHONE, taxonomy).notes[1::2]
    assert coach.body.answer.strip() == "weekly 1:1, one stretch goal"
    assert plan.body.answer.strip() == "rough sizes, 20% slack"


# plain text with no blank lines: a "tell me about" prompt after an answer line ------------------------------------

def test_a_tell_me_prompt_right_under_an_answer_line_starts_the_next_question(taxonomy):
    text = ("how do you run a retro?\n"
            "keep it short, one owner per action\n"
            "tell me about a release you rolled back\n"
            "S: a schema change locked the orders table\n"
            "T: I was on call\n"
            "A: rolled back and split the change in two\n"
            "R: no data lost, shipped a day later\n"
            "what do you look for in a hire?\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.QA: 2, Kind.STAR: 1}
    retro, release, hire = report.notes
    assert retro.body.answer.strip() == "keep it short, one owner per action"
    assert release.body.question == "tell me about a release you rolled back"
    assert release.body.situation.strip() == "a schema change locked the orders table"
    assert hire.draft
    assert "outside the STAR parts" not in _messages(report)


# plain text: questions marked with an emoji -----------------------------------------------------------------------

def test_a_prompt_marked_with_an_emoji_and_no_question_mark_starts_its_question(taxonomy):
    text = ("🎯 How do you pick a vendor?\n"
            "➡️ total cost over three years and who maintains it\n\n"
            "🎯 Describe a time you stopped a project\n"
            "➡️ we killed the mobile rewrite after two sprints; the web app already covered the need\n\n"
            "🎯 How do you onboard a director?\n"
            "➡️ a written map of the org and one quick win\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.QA: 3}
    vendor, stopped, director = report.notes
    assert stopped.body.question.endswith("Describe a time you stopped a project")
    assert "mobile rewrite" in stopped.body.answer and "mobile rewrite" not in vendor.body.answer
    assert "one quick win" in director.body.answer


# plain text: S - / T - / A - / R - lines, however short -----------------------------------------------------------

def test_short_dashed_part_lines_in_order_are_a_story(taxonomy):
    text = ("Tell me about a time you rescued a project.\n"
            "S - vendor went bust mid build\n"
            "T - keep the launch date\n"
            "A - moved two people, cut scope\n"
            "R - launched a week late\n\n"
            "Why do you want this role?\n"
            "A - bigger scope and a team I respect.\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.STAR: 1, Kind.QA: 1}
    story = report.notes[0].body
    assert story.task.strip() == "keep the launch date" and story.result.strip() == "launched a week late"
    assert not report.notes[0].draft


def test_lettered_sections_with_dashes_out_of_order_are_no_story(taxonomy):
    text = "How do you plan?\nA - Strategy\nB - Planning\nC - Review\n"
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.QA: 1}


# plain text: the writer's to-do lines, and "Q - " questions after coaching ----------------------------------------

def test_a_todo_line_under_an_answer_is_its_tip_and_the_next_dash_question_stays_a_question(taxonomy):
    text = ("Q - hardest outage?\n"
            "A - queue backed up for an hour, I paused the consumers and drained it.\n"
            "TODO add the cost\n\n"
            "Q - why leave now?\n"
            "A - the team I built runs itself.\n"
            "todo: shorter\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.QA: 2}
    outage, leave = report.notes
    assert "TODO" not in outage.body.answer and outage.coach.tips == ("TODO add the cost",)
    assert leave.body.question == "why leave now?" and leave.body.answer.strip() == "the team I built runs itself."
    assert leave.coach.tips == ("todo: shorter",)


def test_a_word_opening_with_todo_is_no_todo(taxonomy):
    text = "Q: what is on your list?\nA: Todos and plans, mostly written on paper.\n"
    report = _import(text, taxonomy)
    assert report.notes[0].body.answer.startswith("Todos and plans") and not report.notes[0].coach.tips


# sheets: a question column named by its kind, S/T/A/R letter columns ---------------------------------------------

def test_a_question_column_named_by_its_kind_and_star_letter_columns(taxonomy):
    text = ("Prio;Behavioral question;S;T;A;R\r\n"
            "High;Tell me about a rollback you led;Bad deploy at peak;I was on call;\"Rolled back.\r\nPaged the owner.\""
            ";Ten minutes of errors\r\n"
            "Low;Describe a time you coached a peer;;;;\r\n")
    report = _import(text, taxonomy, "stories.csv")
    assert _kinds(report) == {Kind.STAR: 2}
    rollback, coached = report.notes
    assert rollback.body.question == "Tell me about a rollback you led"
    assert rollback.body.action.strip() == "Rolled back.\nPaged the owner."
    assert coached.draft
    assert "column 'Prio'" in _messages(report)


def test_two_kinds_of_question_side_by_side_are_no_question_column(taxonomy):
    text = ("# Prep\n\n## Why this team?\n\nThe on-call load is fair.\n\n## Two kinds\n\n"
            "| Failure Question | Weakness Question |\n|---|---|\n"
            "| Tell me about a time you failed | What is your weakness? |\n| A past event | A trait |\n")
    report = _import(text, taxonomy, "kinds.md")
    assert all("A past event" not in n.body.question for n in report.notes)
    assert "column 'Weakness Question'" not in _messages(report)


# plain text: "A:" answers followed by a lone Result; "??" left as the answer --------------------------------------

def test_an_answer_marker_then_a_lone_result_is_an_answer_with_its_result(taxonomy):
    text = ("Q) tell me about a time you led through ambiguity\n"
            "A) new market, no spec. I wrote a one-page bet and met sales weekly.\n"
            "result: two pilot customers\n\n"
            "Q) what's your leadership style\n"
            "A) ??\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.QA: 2}
    led, style = report.notes
    assert led.body.answer.startswith("new market, no spec.") and "two pilot customers" in led.body.answer
    assert not led.coach.cheat_code and not led.draft
    assert style.draft and not style.body.answer


def test_letters_s_t_a_r_still_tell_a_story(taxonomy):
    text = "Q: a time you cut costs?\nS: cloud bill doubled\nT: halve it\nA: shut idle clusters\nR: bill down 40%\n"
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.STAR: 1}
    assert report.notes[0].body.action.strip() == "shut idle clusters"


# plain text: "Q1)" questions with answers indented under them ----------------------------------------------------

def test_indented_answer_lines_under_a_q_numbered_question_stay_its_text_not_a_list(taxonomy):
    text = ("Q1) How do you settle a design dispute?\n"
            "    Each side writes its trade-offs down.\n"
            "    If it stays stuck, the lead decides.\n\n"
            "Q2) What do you do in week one?\n"
            "    Meet everyone one to one.\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.QA: 2}
    dispute, week = report.notes
    assert dispute.body.answer.strip() == "Each side writes its trade-offs down.\n\nIf it stays stuck, the lead decides."
    assert week.body.answer.strip() == "Meet everyone one to one."


# sheets: a Follow-ups column, a story's parts after dashes in one cell --------------------------------------------

def test_a_follow_ups_column_is_kept_as_follow_up_tips(taxonomy):
    text = ('Question ,Answer  ,Follow-ups,,\n'
            'Why this role?,Bigger scope.,What would make you leave?,,\n')
    report = _import(text, taxonomy, "sheet.csv")
    note = report.notes[0]
    assert note.coach.tips == ("Follow-up: What would make you leave?",)  # as a document's follow-ups read
    assert "Follow-ups" not in _messages(report)


def test_a_cell_holding_a_story_after_dashes_gives_its_parts(taxonomy):
    text = ('Q,A\n"Tell me about a launch you saved","Situation - a vendor quit\n'
            'Task - keep the date\nAction - moved two people over\nResult - on time"\n')
    report = _import(text, taxonomy, "sheet.csv")
    assert _kinds(report) == {Kind.STAR: 1}
    story = report.notes[0].body
    assert story.situation.strip() == "a vendor quit" and story.task.strip() == "keep the date"


# plain text: "1 - " numbering, the writer's reminders and dated log lines -----------------------------------------

DASH_NUMBERED = """1 - Why are you leaving?
I have built the team twice over there.
practice this one
---
2 - How do you handle a brilliant jerk?
---
3 - What's your approach to 1:1s?
Weekly, their agenda first.
2024-03-01 mock: said this was too long
"""


def test_questions_numbered_with_a_dash_lose_the_dash(taxonomy):
    report = _import(DASH_NUMBERED, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Why are you leaving?", "How do you handle a brilliant jerk?", "What's your approach to 1:1s?"]
    assert report.notes[1].draft


def test_a_reminder_to_practise_and_a_dated_log_line_are_tips_not_answer(taxonomy):
    leaving, _, ones = _import(DASH_NUMBERED, taxonomy).notes
    assert leaving.body.answer.strip() == "I have built the team twice over there."
    assert leaving.coach.tips == ("practice this one",)
    assert ones.body.answer.strip() == "Weekly, their agenda first."
    assert ones.coach.tips == ("2024-03-01 mock: said this was too long",)


def test_a_sentence_opening_with_a_fraction_or_a_year_stays_in_the_answer(taxonomy):
    text = "Q: How did the reorg go?\nA: Hard at first.\n1/2 of the team moved.\n2019 - I took over the group.\n"
    answer = _import(text, taxonomy).notes[0].body.answer
    assert "1/2 of the team moved." in answer and "2019" in answer


def test_rows_drawn_as_separators_are_no_notes(taxonomy):
    text = "Question,Answer\n-----,-----\nWhy us?,The team.\n=====,\n"
    report = _import(text, taxonomy, "sheet.csv")
    assert [n.body.question for n in report.notes] == ["Why us?"]
    assert "line 2: a separator row" in _messages(report) and "line 4: a separator row" in _messages(report)


def test_a_title_row_with_a_comma_above_a_semicolon_header(taxonomy):
    text = "Prep, spring 2024\n\nQuestion;Answer;Score\nWhy us?;The team, the product.;3,5\n"
    report = _import(text, taxonomy, "sheet.csv")
    assert [n.body.question for n in report.notes] == ["Why us?"]
    assert report.notes[0].body.answer.strip() == "The team, the product."


def test_a_group_line_in_capitals_right_over_a_question_with_no_blank_line(taxonomy):
    text = ("PEOPLE\nhow do you give feedback?\nsame week, in private\nhow do you onboard?\nbuddy and a starter bug\n"
            "EXECUTION\nhow do you plan a quarter?\nrough sizes, 20% slack\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.QA: 3}
    assert report.notes[1].body.answer.strip() == "buddy and a starter bug"


def test_an_answer_in_capitals_right_under_its_question_stays_its_answer(taxonomy):
    text = "Q: what is your motto?\nSHIP IT\nQ: why us?\nA: the team\n"
    motto, _ = _import(text, taxonomy).notes
    assert motto.body.answer.strip() == "SHIP IT" and not motto.draft


def test_a_question_cell_numbered_by_its_writer_loses_the_number(taxonomy):
    text = 'Question,Answer\nQ1. Tell me about yourself,Engineer turned manager.\n"2) Why us?",The product.\n' \
           'Q3: What motivates you?,Shipping.\n5 whys or fishbone?,Five whys.\n'
    report = _import(text, taxonomy, "sheet.csv")
    assert [n.body.question for n in report.notes] == [
        "Tell me about yourself", "Why us?", "What motivates you?", "5 whys or fishbone?"]


def test_markers_and_parts_typed_in_lower_case_on_a_phone(taxonomy):
    text = ("q: tell me about a conflict\ns: two leads wanted the same hire\nt: decide fairly\n"
            "a: wrote criteria with both\nr: both agreed\n\nq: why us\na: the mission\n")
    report = _import(text, taxonomy)
    assert _kinds(report) == {Kind.STAR: 1, Kind.QA: 1}
    story, why = report.notes
    assert story.body.action.strip() == "wrote criteria with both"
    assert why.body.question == "why us" and why.body.answer.strip() == "the mission"


def test_a_sheet_cell_with_lower_case_parts(taxonomy):
    text = 'Question,Answer\n"A time you cut scope?","s: launch at risk\nt: keep the date\na: cut two features\nr: on time"\n'
    report = _import(text, taxonomy, "sheet.csv")
    assert _kinds(report) == {Kind.STAR: 1}
    assert report.notes[0].body.result.strip() == "on time"


def test_a_column_numbering_the_questions_is_not_the_question_column(taxonomy):
    text = "Q#,Question,Answer\n1,Why this team?,The people.\n2,What is your biggest risk?,\n"
    report = _import(text, taxonomy, "sheet.csv")
    assert [n.body.question for n in report.notes] == ["Why this team?", "What is your biggest risk?"]
    assert report.notes[0].body.answer.strip() == "The people." and report.notes[1].draft
