"""Round 7 (fixtures in our own words): questions numbered before a colon (``**Q1**: "..."``) with their follow-up
prompts and evaluation criteria; named scenarios (``**Scenario A**: name`` over a quoted scene); a heading that asks
over an interviewer's label lines; questions nested under a question item are its follow-ups."""

from __future__ import annotations

from leaderdeck.model import Kind
from importing import imported, kinds, messages, skipped


# 1. "**Q1**: ..." question lines, their follow-up prompts and evaluation criteria

NUMBERED_BANK_MD = """# Platform team question bank

## Ownership

### Core ownership questions

**Q1**: "Tell me about a time you fixed a build pipeline nobody owned."

*Follow-up prompts:*
- Who did you have to convince?
- How did you keep it fixed?

**Evaluation Criteria:**
- [ ] Acts without being asked
- [ ] Measures the result

---

**Q2:** "Describe a time you shipped a migration with a small crew."

**Follow-ups:**
- What did you cut?
- What did you keep?

**Evaluation Criteria:**
- [ ] Says what was left out and why

Q3: How do you decide what your team stops doing?

Probing questions:
- Who disagreed?

What good looks like:
- [ ] Names a cost of stopping
"""


def test_numbered_question_lines_are_questions(taxonomy) -> None:
    report = imported(NUMBERED_BANK_MD, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you fixed a build pipeline nobody owned.",
        "Describe a time you shipped a migration with a small crew.",
        "How do you decide what your team stops doing?",
    ]
    assert kinds(report) == {"qa": 3}
    assert all(n.draft for n in report.notes)
    assert [n.origin.line for n in report.notes] == [7, 19, 28]


def test_follow_up_prompts_and_criteria_belong_to_their_question(taxonomy) -> None:
    first, second, third = imported(NUMBERED_BANK_MD, taxonomy).notes
    assert first.coach.tips == ("Follow-up: Who did you have to convince?", "Follow-up: How did you keep it fixed?")
    assert first.coach.signals == ("Acts without being asked", "Measures the result")
    assert second.coach.tips == ("Follow-up: What did you cut?", "Follow-up: What did you keep?")
    assert second.coach.signals == ("Says what was left out and why",)
    assert third.coach.tips == ("Follow-up: Who disagreed?",)
    assert third.coach.signals == ("Names a cost of stopping",)


def test_numbered_bank_report_has_no_repeats_and_no_stray_labels(taxonomy) -> None:
    report = imported(NUMBERED_BANK_MD, taxonomy)
    lines = messages(report)
    assert not any("asked" in line and "times" in line for line in lines)
    assert "line 7: 'Tell me about a time you fixed a build pipeline nobody owne…' is a draft: no answer, " \
           "only what interviewers look for" in lines
    assert not any("label with no text" in line for line in skipped(report))
    assert not any("line 7:" in line or "line 10:" in line for line in skipped(report))


PLAIN_NUMBERED_TXT = """Q1: "Tell me about a time you retired a service."

Follow-up prompts:
- Who still used it?

Q2: How do you pick the next hire for your team?
"""


def test_plain_text_numbered_questions_keep_their_follow_ups(taxonomy) -> None:
    report = imported(PLAIN_NUMBERED_TXT, taxonomy, name="bank.txt")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you retired a service.",
                                                       "How do you pick the next hire for your team?"]
    assert report.notes[0].coach.tips == ("Follow-up: Who still used it?",)
    assert report.notes[1].coach.tips == ()


QUARTERS_MD = """# Year in review

## What are you proudest of from last year?

**Q1**: Moved the payments team onto the new queue.

**Q3**: Shipped the billing rewrite two weeks early.
"""


def test_a_quarter_before_a_colon_is_no_question(taxonomy) -> None:
    report = imported(QUARTERS_MD, taxonomy)
    assert [n.body.question for n in report.notes] == ["What are you proudest of from last year?"]
    assert report.notes[0].body.answer == "**Q1**: Moved the payments team onto the new queue.\n\n" \
                                          "**Q3**: Shipped the billing rewrite two weeks early."
    assert not report.notes[0].draft


MORE_NUMBERED_FORMS_MD = """# Review bank

## Conflict

**Q1.** "Tell me about a time you disagreed with a peer."

**Follow-up Questions:**
- What did you concede?

**Q2** - "Describe a time you changed your mind."

_Follow-ups:_
- Who changed it?

**Q3: How do you settle a dispute between two of your leads?**

- **Q4**: "How do you handle a review that has stalled for a week?"
  - *Probing questions:*
    - Who did you ask first?
"""


def test_other_numbered_forms_and_follow_ups_nested_under_an_item(taxonomy) -> None:
    report = imported(MORE_NUMBERED_FORMS_MD, taxonomy)
    assert [(n.body.question, n.coach.tips) for n in report.notes] == [
        ("Tell me about a time you disagreed with a peer.", ("Follow-up: What did you concede?",)),
        ("Describe a time you changed your mind.", ("Follow-up: Who changed it?",)),
        ("How do you settle a dispute between two of your leads?", ()),
        ("How do you handle a review that has stalled for a week?", ("Follow-up: Who did you ask first?",)),
    ]
    assert all(n.draft and n.body.answer == "" for n in report.notes)


# 2. "**Scenario A**: name" over a quoted scene that asks

NAMED_SCENES_MD = """# Delivery bank

### Delivery Scenario Practice

**Scenario A**: Rewrite vs Ship
*"Your team wants to rewrite the billing service, but sales has promised three features this quarter. Your director asks for a plan by Friday. How do you decide what ships first?"*

**Scenario B** - Pager Fatigue
*"Two of your engineers say they will quit if the on-call load does not drop. What do you do in your first week?"*

Scenario 3: Frozen Headcount

"Your hiring is frozen mid-quarter and a senior engineer just resigned. How do you replan the roadmap?"

**Scenario D**: Quiet Retro
*"How would you get a silent team to speak up in retrospectives?"*
"""


def test_named_scenes_are_scenarios_with_their_prompt(taxonomy) -> None:
    report = imported(NAMED_SCENES_MD, taxonomy)
    assert kinds(report) == {"scenario": 3, "qa": 1}
    scenes = [n for n in report.notes if n.kind is Kind.SCENARIO]
    assert [(n.body.title, n.body.question) for n in scenes] == [
        ("Rewrite vs Ship", "How do you decide what ships first?"),
        ("Pager Fatigue", "What do you do in your first week?"),
        ("Frozen Headcount", "How do you replan the roadmap?"),
    ]
    assert scenes[0].body.situation == "Your team wants to rewrite the billing service, but sales has promised " \
                                       "three features this quarter. Your director asks for a plan by Friday."
    assert scenes[2].body.situation == "Your hiring is frozen mid-quarter and a senior engineer just resigned."
    assert [n.origin.line for n in report.notes] == [5, 8, 11, 15]
    assert not skipped(report)


def test_a_named_scene_that_only_asks_is_a_draft_question(taxonomy) -> None:
    last = imported(NAMED_SCENES_MD, taxonomy).notes[-1]
    assert last.kind is Kind.QA
    assert last.body.question == "How would you get a silent team to speak up in retrospectives?"
    assert last.draft


NAMED_SCENES_TXT = """Scenario A: Split Rota
Your on-call rota covers two time zones and one zone carries most pages. How do you rebalance it?

Scenario B: Missed Review
A peer keeps approving risky changes without reading them. What would you say to them?
"""


def test_plain_text_named_scenes(taxonomy) -> None:
    report = imported(NAMED_SCENES_TXT, taxonomy, name="scenes.txt")
    assert [(n.kind, n.body.title, n.body.question) for n in report.notes] == [
        (Kind.SCENARIO, "Split Rota", "How do you rebalance it?"),
        (Kind.SCENARIO, "Missed Review", "What would you say to them?"),
    ]
    assert report.notes[1].body.situation == "A peer keeps approving risky changes without reading them."


TOLD_SCENE_MD = """# Stories

## Tell me about a hard trade-off.

**Scenario A**: The late audit
I had to choose between the audit and the launch. Did you ever face that too?
"""


def test_a_scene_told_in_the_first_person_is_no_named_scenario(taxonomy) -> None:
    report = imported(TOLD_SCENE_MD, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA]
    assert report.notes[0].body.question == "Tell me about a hard trade-off."
    assert "I had to choose between the audit and the launch." in report.notes[0].body.answer


HEADED_SCENES_MD = """# Practice scenarios

### Scenario A: Late Vendor
*"Your vendor slips a delivery by a month. How do you tell your customers?"*

### Scenario B: Budget Cut

"Your budget is cut by a third mid-year. What do you drop first?"

## Hiring

### Hiring scenario practice

**Scenario 1**: Frozen Headcount
*"Your headcount is frozen for two quarters. How do you replan the roadmap?"*
"""


def test_a_section_headed_by_a_named_scenario_over_its_scene(taxonomy) -> None:
    report = imported(HEADED_SCENES_MD, taxonomy)
    assert [(n.kind, n.body.title, n.body.situation, n.body.question) for n in report.notes] == [
        (Kind.SCENARIO, "Late Vendor", "Your vendor slips a delivery by a month.", "How do you tell your customers?"),
        (Kind.SCENARIO, "Budget Cut", "Your budget is cut by a third mid-year.", "What do you drop first?"),
        (Kind.SCENARIO, "Frozen Headcount", "Your headcount is frozen for two quarters.",
         "How do you replan the roadmap?"),
    ]
    assert not skipped(report)


QUOTED_SCENES_MD = """# Drills

### Incident drills

**Scenario A**: Silent Pager
> "Your pager stayed silent through a two-hour outage last night. Walk me through your first morning."

**Scenario B**: Noisy Alerts
> Your team gets two hundred alerts a week. Which do you cut first?
"""


def test_a_scene_quoted_under_its_name_and_a_scene_closing_with_a_prompt(taxonomy) -> None:
    report = imported(QUOTED_SCENES_MD, taxonomy)
    assert [(n.kind, n.body.title, n.body.situation, n.body.question) for n in report.notes] == [
        (Kind.SCENARIO, "Silent Pager", "Your pager stayed silent through a two-hour outage last night.",
         "Walk me through your first morning."),
        (Kind.SCENARIO, "Noisy Alerts", "Your team gets two hundred alerts a week.", "Which do you cut first?"),
    ]
    assert not skipped(report)


# 3. A heading that asks, over an interviewer's label lines

INTERVIEWER_LINES_MD = """# Peer interview guide

## What’s the hardest outage you helped end? Be specific about how you found the cause.

Lead vs helper: Many candidates say they led the response; ask what the candidate did with their own hands.
Fast vs lasting: Check whether the candidate fixed the cause or only the symptom.

## What’s a habit you dropped this year?

I stopped reviewing every pull request myself.
"""


def test_a_heading_that_asks_over_interviewer_lines_is_a_draft_with_signals(taxonomy) -> None:
    report = imported(INTERVIEWER_LINES_MD, taxonomy)
    first, second = report.notes
    assert first.body.question == "What’s the hardest outage you helped end? Be specific about how you found the cause."
    assert first.body.answer == ""
    assert first.coach.signals == (
        "**Lead vs helper:** Many candidates say they led the response; ask what the candidate did with their own "
        "hands.",
        "**Fast vs lasting:** Check whether the candidate fixed the cause or only the symptom.",
    )
    assert first.draft
    assert "line 3: 'What’s the hardest outage you helped end? Be specific about…' is a draft: no answer, only what " \
           "interviewers look for" in messages(report)
    assert second.body.question == "What’s a habit you dropped this year?"
    assert second.body.answer == "I stopped reviewing every pull request myself."
    assert not second.draft
    assert not skipped(report)


OWN_LABEL_LINES_MD = """# My prep notes

## What’s your approach to a missed deadline?

Same day: I tell my manager and the product lead.
Next morning: I cut scope with the team.
"""


def test_label_lines_of_an_answer_stay_its_answer(taxonomy) -> None:
    note, = imported(OWN_LABEL_LINES_MD, taxonomy).notes
    assert note.coach.signals == ()
    assert note.body.answer.startswith("Same day: I tell my manager and the product lead.")
    assert not note.draft


TOLD_LABEL_LINES_MD = """# My prep notes

## What’s the best hire you made?

Hiring: I met forty candidates before I found our first site reliability lead.
"""


def test_label_lines_told_in_the_first_person_stay_the_answer(taxonomy) -> None:
    note, = imported(TOLD_LABEL_LINES_MD, taxonomy).notes
    assert note.body.answer == "Hiring: I met forty candidates before I found our first site reliability lead."
    assert note.coach.signals == ()
    assert not note.draft


# 4. Questions nested under a question item: its follow-ups

NESTED_FOLLOW_UPS_MD = """# Team lead loop

## Mentoring

Questions:

- What did you learn in your last role?
  - What got easier?
  - What still feels hard?
- How do you spend your first week with a new report?

## Delivery

- How do you know a project is late?
  - Who tells you first?
- Describe how you plan a quarter.
- How do you run a retro?
  - I ask everyone to write first.
  - Why? Quiet people speak up more.
"""


def test_nested_questions_are_follow_ups_of_the_question_item(taxonomy) -> None:
    report = imported(NESTED_FOLLOW_UPS_MD, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "What did you learn in your last role?",
        "How do you spend your first week with a new report?",
        "How do you know a project is late?",
        "Describe how you plan a quarter.",
        "How do you run a retro?",
    ]
    learn, first_week, late, plan, retro = report.notes
    assert learn.coach.tips == ("Follow-up: What got easier?", "Follow-up: What still feels hard?")
    assert late.coach.tips == ("Follow-up: Who tells you first?",)
    assert (learn.body.answer, late.body.answer) == ("", "")
    assert learn.draft and late.draft and first_week.draft and plan.draft
    assert first_week.coach.tips == ()


def test_an_answer_nested_under_a_question_item_that_asks_along_the_way_stays_its_answer(taxonomy) -> None:
    retro = imported(NESTED_FOLLOW_UPS_MD, taxonomy).notes[-1]
    assert retro.body.answer == "- I ask everyone to write first.\n- Why? Quiet people speak up more."
    assert retro.coach.tips == ()
    assert not retro.draft
