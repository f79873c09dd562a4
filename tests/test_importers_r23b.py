"""Round 23 fixes (b): scenario write-ups, spreadsheets and plain-text banks. An answer column named by its kind
("My STAR answer"), a totals row, a bulleted question's indented answer, italic scenario labels, quarter columns
in a case's table, prose after a case's deliverables, a folded sample answer, a page's buttons and cookie notice,
a bold item or a sub-heading that poses a scene's question, numbered "A3." answers, a scene part's label, and a
sheet of scenarios with a Context column and a header that asks."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) an answer column named by its kind ------------------------------------------------------------------------

ANSWER_KIND = ('Name,Tags,My STAR answer\n'
               '"Worst hire I made","Hiring","Situation: We needed a lead fast.\nTask: Fill the seat in a month.\n'
               'Action: I skipped the reference calls.\nResult: He left after ten weeks."\n'
               'Why this company?,Motivation,"The product is one I use every day."\n')


def test_an_answer_column_named_by_its_kind_is_read(taxonomy) -> None:
    report = _import(ANSWER_KIND, taxonomy, "bank.csv")
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.QA]
    story = report.notes[0]
    assert story.body.action.startswith("I skipped the reference calls")
    assert not story.draft
    assert report.notes[1].body.answer.startswith("The product is one I use every day")
    assert "My STAR answer" not in _messages(report)


def test_a_bad_answer_column_is_not_read_as_the_answer(taxonomy) -> None:
    text = "Question,Bad answer\nHow do you plan a quarter?,I just wing it.\n"
    report = _import(text, taxonomy, "bank.csv")
    assert not report.notes[0].body.answer.startswith("I just wing it")


# (b) a spreadsheet's totals row -------------------------------------------------------------------------------

TOTALS = ("Question;Answer;Confidence\r\n"
          "How do you run a retro?;Blameless, timed, with owners for each action.;4\r\n"
          ";;\r\n"
          "Total;;4\r\n")


def test_a_totals_row_is_reported_not_a_note(taxonomy) -> None:
    report = _import(TOTALS, taxonomy, "bank.csv")
    assert len(report.notes) == 1
    assert "a totals row" in _messages(report)


def test_a_question_that_starts_with_a_summing_word_stays(taxonomy) -> None:
    text = "Question,Answer\nTotal cost of ownership: how do you weigh it?,Three-year view with staff time.\n"
    report = _import(text, taxonomy, "bank.csv")
    assert len(report.notes) == 1


# (c) a bulleted question with its answer indented under it, in plain text -------------------------------------

BULLETED = """HIRING
------

- How do you keep a hiring bar across teams?
  One rubric, trained interviewers, and a debrief where the written scores come first.

- Tell me about a hire you got wrong.
  S: We hired a lead who interviewed well.
  A: I set a 30-day plan with clear goals.
  R: He moved to an IC role and thrived.

- How do you close a candidate?
"""


def test_a_bulleted_questions_indented_answer_is_its_answer(taxonomy) -> None:
    report = _import(BULLETED, taxonomy, "bank.txt")
    assert [n.kind for n in report.notes] == [Kind.QA, Kind.STAR, Kind.QA]
    first = report.notes[0]
    assert first.body.answer.startswith("One rubric, trained interviewers")
    assert not first.draft
    assert report.notes[1].body.action.startswith("I set a 30-day plan")
    assert report.notes[2].draft
    assert "not part of a question" not in _messages(report)


def test_an_indented_line_under_a_bullet_that_does_not_ask_is_not_an_answer(taxonomy) -> None:
    text = "Questions\n\n- Why do you want this role?\n\n- Remember these points\n  keep it short\n"
    report = _import(text, taxonomy, "bank.txt")
    assert all(not n.body.answer.startswith("keep it short") for n in report.notes if n.kind is Kind.QA)


# (d) a take-home case: a table of quarterly figures, and a section of prose after its asks ---------------------

CASE = """# Take-home: Harbor Analytics

## Company background
Harbor Analytics sells reporting software to hospitals. Engineering has forty people in four teams, and the
company has grown fast since its last funding round two years ago.

## Metrics
| Measure | Q3 | Q4 |
|---------|----|----|
| Releases per month | 12 | 4 |
| Open escalations | 3 | 17 |

## Problem statement
Customers complain about slow fixes and the sales team is losing renewals.

## Deliverables
1. A one-page diagnosis
2. A plan for the next quarter

## Format
Send a document before the panel. Expect forty minutes of questions on it.

## Questions to address
- Where would you look first?
- What would you stop doing?
"""


def test_a_table_of_quarters_stays_in_the_cases_situation(taxonomy) -> None:
    report = _import(CASE, taxonomy, "case.md")
    assert [n.kind for n in report.notes] == [Kind.SCENARIO]
    scene = report.notes[0].body
    assert "| Releases per month | 12 | 4 |" in scene.situation
    assert [p.heading for p in scene.discussion][-2:] == ["Where would you look first?", "What would you stop doing?"]


def test_prose_under_a_heading_after_the_deliverables_is_kept_as_the_case(taxonomy) -> None:
    scene = _import(CASE, taxonomy, "case.md").notes[0].body
    assert "Send a document before the panel." in scene.situation
    assert "Format" not in [p.heading for p in scene.discussion]


def test_a_quarter_column_beside_an_answer_is_not_the_question() -> None:
    from leaderdeck.importers.headers import header_mapping
    assert header_mapping(["Metric", "Q1", "Q2"])[0] == {}
    assert header_mapping(["Q", "A"])[0] == {0: "question", 1: "answer"}


# (e) a scenario's parts named by italic lines ------------------------------------------------------------------

ITALIC = """# Scenario drills

### 1) The noisy pager

*Situation*
Your team is paged thirty times a week and most pages need no action.

*Challenges*
1. Product wants features first.
2. The alerts belong to other teams.

*Discussion*
- How do you make the case for fixing it?
- Who should own each alert?

### 2) The frozen budget

*Context*
Finance freezes your tooling budget in the middle of the year.

*Discussion*
- What do you cut first?

*Red flags*
- Cutting the on-call tooling first
"""


def test_italic_lines_name_a_scenarios_parts(taxonomy) -> None:
    report = _import(ITALIC, taxonomy, "drills.md")
    assert [n.kind for n in report.notes] == [Kind.SCENARIO, Kind.SCENARIO]
    first = report.notes[0].body
    assert first.situation.startswith("Your team is paged thirty times")
    assert first.challenges == ("Product wants features first.", "The alerts belong to other teams.")
    assert [p.heading for p in first.discussion] == ["How do you make the case for fixing it?",
                                                      "Who should own each alert?"]
    second = report.notes[1]
    assert second.body.situation.startswith("Finance freezes")
    assert "Red flag: Cutting the on-call tooling first" in second.coach.tips


def test_an_italic_aside_over_text_is_not_a_label(taxonomy) -> None:
    text = "## Why do you want to lead?\n\n*The short version*\nI like helping people grow.\n"
    note = _import(text, taxonomy).notes[0]
    assert "I like helping people grow." in note.body.answer


# (f) a folded sample answer after a scenario's text ------------------------------------------------------------

FOLDED = """# Scenario bank

### 1) The slipping launch

**Situation:** The launch date is in two weeks and the load tests fail.

**Discussion:**
- Who do you tell first?

<details>
<summary>Sample answer</summary>

Tell the sponsor the same day, with two options and a date for each.

</details>

### 2) The loud customer

**Situation:** One large customer asks for a custom build every quarter.

**Discussion:**
- Do you say yes?

<details>
<summary>Sample answer</summary>

Not without a price that pays for the upkeep.

</details>
"""


def test_a_folded_sample_answer_stays_with_its_scenario(taxonomy) -> None:
    report = _import(FOLDED, taxonomy, "bank.md")
    assert [n.kind for n in report.notes] == [Kind.SCENARIO, Kind.SCENARIO]
    assert [n.body.title for n in report.notes] == ["The slipping launch", "The loud customer"]
    first, second = report.notes
    assert "**Sample answer:** Tell the sponsor the same day, with two options and a date for each." in first.coach.tips
    assert "**Sample answer:** Not without a price that pays for the upkeep." in second.coach.tips
    assert "Sample answer" not in _messages(report)


def test_a_folded_section_with_its_own_title_stays_a_sibling(taxonomy) -> None:
    text = ("## Why do you manage?\n\nI like growing people.\n\n<details>\n<summary>Why do you want this job?</summary>"
            "\n\nThe product is one I use.\n\n</details>\n")
    report = _import(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["Why do you manage?", "Why do you want this job?"]


# (g) a web page's buttons and cookie notice copied with a plain-text bank -------------------------------------

PAGE = """Team Lead Interview Questions
=============================

Share    Sign in

This site uses cookies to measure traffic. Accept all cookies

1. How do you onboard a new engineer?
\tA buddy, a small first change in week one, and a written list of people to meet.

2. How do you handle a missed sprint goal?
\tTalk about it in the retro, find the cause, and change one thing.
"""


def test_a_pages_buttons_and_cookie_notice_are_reported_not_read(taxonomy) -> None:
    report = _import(PAGE, taxonomy, "page.txt")
    assert [n.body.question for n in report.notes] == ["How do you onboard a new engineer?",
                                                        "How do you handle a missed sprint goal?"]
    assert report.notes[0].id == "qa-onboard-new-engineer"
    messages = _messages(report)
    assert "line 4: 'Share Sign in'" in messages
    assert "line 6: 'This site uses cookies" in messages


def test_an_answer_about_cookies_stays_an_answer(taxonomy) -> None:
    text = "Q: How do you keep sessions safe?\nA: Use HttpOnly cookies and rotate them; accept no token in a URL.\n"
    note = _import(text, taxonomy, "bank.txt").notes[0]
    assert note.body.answer.startswith("Use HttpOnly cookies")


# (h) a scenario's prompt as a bold item among its labelled items ----------------------------------------------

BULLET_PROMPT = """# Leadership scenarios

## 4. The gatekeeper

- **Context**: One staff engineer reviews every design. Teams wait a week for her and she is tired.
- **What would you do?**
- **Things to consider**: a single point of failure; how to recognise her work
"""


def test_a_bold_item_that_asks_is_the_scenarios_prompt(taxonomy) -> None:
    [note] = _import(BULLET_PROMPT, taxonomy, "cases.md").notes
    assert note.kind is Kind.SCENARIO
    assert note.body.question == "What would you do?"
    assert "What would you do?" not in note.body.situation
    assert note.body.situation.startswith("One staff engineer reviews every design.")


# (i) answers numbered as their questions are, and an answer's marker over a story's first part with a dash ------

NUMBERED_QA = """Prep notes
----------

Q1. Why are you leaving?
A1. I want to build a team from the start, which my company no longer needs.

Q2. Tell me about a failure.
A2. Situation – a migration I led lost a day of orders.
Task – bring the data back.
Action – ran the restore myself and added dry runs.
Result – nothing like it since.

Q3. How do you measure success?
A3.
"""


def test_an_answer_numbered_as_its_question_loses_its_marker(taxonomy) -> None:
    report = _import(NUMBERED_QA, taxonomy, "prep.txt")
    assert [n.kind for n in report.notes] == [Kind.QA, Kind.STAR, Kind.QA]
    assert report.notes[0].body.answer.startswith("I want to build a team")
    story = report.notes[1]
    assert story.body.situation.startswith("a migration I led lost a day of orders")
    assert not story.coach.cheat_code
    assert not story.draft
    assert report.notes[2].draft


def test_a_paper_size_answer_is_not_a_marker(taxonomy) -> None:
    text = "Q: What paper do you print on?\nA: A4. Always A4 for reports.\n"
    note = _import(text, taxonomy, "bank.txt").notes[0]
    assert note.body.answer.startswith("A4. Always A4")


# (j) a scene's labelled part that says what it tells keeps its label in the situation ---------------------------

LABELLED_SCENE = """## Scenario 2: The split office

**Context:** Half the team moves to a new city and the other half stays.

**Stakeholders:** the CFO, two team leads, the office manager

**What would you do?**
"""


def test_a_scenes_stakeholders_keep_their_label(taxonomy) -> None:
    [note] = _import(LABELLED_SCENE, taxonomy, "cases.md").notes
    assert note.kind is Kind.SCENARIO
    assert note.body.situation.startswith("Half the team moves to a new city")
    assert "**Stakeholders:** the CFO, two team leads, the office manager" in note.body.situation
    assert "Context:" not in note.body.situation


# (k) a sheet of scenarios: a Context column, a header that asks, a strong answer column ------------------------

SCENES = ("Scenario\tContext\tConstraints\tWhat would you do?\tStrong answer\tRed flags\n"
          "The split codebase\tThree teams edit one repository and block each other.\tNo new people\t"
          "Split by domain.\tGive each team a domain and publish who owns what.\tA reorg by decree\n"
          "Vendor down\tThe payments vendor is down for six hours on the busiest day.\t\t\t"
          "Post updates every half hour and switch to the backup provider.\tBlaming the vendor in public\n")


def test_a_sheet_of_scenarios_reads_its_context_and_the_question_its_header_asks(taxonomy) -> None:
    report = _import(SCENES, taxonomy, "scenes.tsv")
    assert [n.kind for n in report.notes] == [Kind.SCENARIO, Kind.SCENARIO]
    first, second = report.notes
    assert first.body.situation == "Three teams edit one repository and block each other."
    assert first.body.question == "What would you do?"
    assert first.body.challenges == ("No new people",)
    assert "**What would you do?:** Split by domain." in first.coach.tips
    assert "**Strong answer:** Give each team a domain and publish who owns what." in first.coach.tips
    assert second.body.question == "What would you do?"
    assert "Red flag: Blaming the vendor in public" in second.coach.tips
    assert "no question" not in _messages(report)


def test_a_context_column_of_a_story_sheet_is_its_situation(taxonomy) -> None:
    text = "Question,Context,Action,Result\nTell me about a rescue.,A launch was failing.,I cut scope.,We shipped.\n"
    [note] = _import(text, taxonomy, "stories.csv").notes
    assert note.kind is Kind.STAR
    assert note.body.situation == "A launch was failing."


# (l) a scene's prompt as a sub-heading beside its labelled sub-sections -----------------------------------------

HEADED = """# Case questions

## Scenario 1: Build or fix

### Situation
The platform group wants a quarter for a new deploy system. Product wants three features first.

### What would you do?
_Write your answer here_

### Strong answer
Treat it as a business call, price the slow deploys, and split the quarter with checkpoints.

### Follow-ups
- What if the CEO sides with product?

## Scenario 2: The quiet reviewer

### Situation
A senior engineer never speaks in design reviews, but her written comments are the best on the team.

### What would you do?

### Red flags
- Calling her low-impact
"""


def test_a_sub_heading_that_asks_beside_the_situation_is_the_scenes_prompt(taxonomy) -> None:
    report = _import(HEADED, taxonomy, "cases.md")
    assert [n.kind for n in report.notes] == [Kind.SCENARIO, Kind.SCENARIO]
    first, second = report.notes
    assert first.body.title == "Build or fix"
    assert first.body.question == "What would you do?"
    assert first.body.situation.startswith("The platform group wants a quarter")
    assert "Follow-up: What if the CEO sides with product?" in first.coach.tips
    assert second.body.question == "What would you do?"
    assert second.body.situation.startswith("A senior engineer never speaks")
    assert "Red flag: Calling her low-impact" in second.coach.tips
    assert any(tip.startswith("**Strong answer:** Treat it as a business call") for tip in first.coach.tips)
    messages = _messages(report)
    assert "not part of the scenario" not in messages
    assert "above the question" not in messages


def test_a_sub_heading_that_asks_beside_a_told_story_stays_a_question(taxonomy) -> None:
    text = ("## The outage\n\n### Situation\nThe database fell over at night.\n\n### Action\nI led the restore.\n\n"
            "### What would you do differently?\nPage the vendor sooner.\n")
    report = _import(text, taxonomy)
    assert all(n.kind is not Kind.SCENARIO for n in report.notes)


# (m) a plain-text scene's question on its own line under a challenge stated on its label's line -----------------

PLAIN_SCENE = """SCENARIO DRILLS

Scenario 1: The Acquisition
Context: We bought a 30-person startup that has no on-call and no code review.
Constraints: Keep at least 80% of their engineers for a year.
What would you do?
Things to consider:
  - Which practices to align first
  - Who their informal leaders are

Scenario 2: The Missed Quarter
Context: Engineering missed four of five commitments and the CEO has lost patience.
Constraints: No change of people before the board meeting.
How would you handle it?
"""


def test_a_question_under_a_one_line_constraint_is_the_scenes_prompt(taxonomy) -> None:
    note, second = _import(PLAIN_SCENE, taxonomy, "scenes.txt").notes
    assert note.kind is Kind.SCENARIO
    assert second.kind is Kind.SCENARIO and second.body.question == "How would you handle it?"
    assert note.body.question == "What would you do?"
    assert note.body.challenges == ("Keep at least 80% of their engineers for a year.",)
    assert [p.heading for p in note.body.discussion] == ["Which practices to align first",
                                                         "Who their informal leaders are"]
