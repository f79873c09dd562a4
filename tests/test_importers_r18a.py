"""Round 18 fixes (a): a person's one big prep file and banks sectioned by level. The writer's own sections
(logistics, company research, reminders to self) are reported, never notes."""

from __future__ import annotations

from tests.importing import imported, kinds, skipped


def _questions(report) -> list[str]:
    return [note.body.question for note in report.notes]


# (a) the writer's own sections: logistics, research, reminders ---------------------------------------------------

OWN_SECTIONS = """# Prep for the Northwind loop

## Questions

1. How do you run a retro that people actually like?
   - I rotate the facilitator and we always leave with one owner per action.
2. What is your hiring bar?
   - Someone I'd happily hand my hardest project to within a year.

## Interview logistics & pay

- Panel on Wednesday, three rounds back to back
- Is parking included?
- Target base 190k

## Company research

- Sells routing software to couriers; about 600 staff.
- Why did the last CTO leave?

### Reminders to self

- Describe the team size before the story.
- Breathe.
"""


def test_logistics_research_and_reminders_sections_are_reported_not_notes(taxonomy):
    report = imported(OWN_SECTIONS, taxonomy, "northwind.md")
    assert _questions(report) == ["How do you run a retro that people actually like?", "What is your hiring bar?"]
    assert kinds(report) == {"qa": 2}
    lines = skipped(report)
    for name in ("Interview logistics & pay", "Company research", "Reminders to self"):
        assert any(f"section '{name}'" in line and "own notes" in line for line in lines), (name, lines)


def test_a_research_heading_over_my_answered_question_stays_a_group(taxonomy):
    text = """# Onsite prep

## Company research

### Why do you want to work here?
I have used their courier app for years and I want to work on the routing problems behind it.
"""
    report = imported(text, taxonomy, "onsite.md")
    assert _questions(report) == ["Why do you want to work here?"]
    assert report.notes[0].body.answer.startswith("I have used their courier app")


# (b) a question list pointing at answers with arrows; an answer that only says one is needed --------------------

ARROWS = """# Director prep

## Questions I expect

- **How do you decide how many managers you need?** → about one for every seven engineers, more for new managers
- **How do you handle a manager who is struggling?** → _need an example_
- **What is your hiring bar?** → Interviewers want to hear a bar you can explain.
"""


def test_the_text_after_an_arrow_is_the_answer_and_a_note_that_one_is_needed_a_draft(taxonomy):
    report = imported(ARROWS, taxonomy, "prep.md")
    managers, struggling, bar = report.notes
    assert managers.body.answer.strip() == "about one for every seven engineers, more for new managers"
    assert not managers.draft and not managers.coach.signals
    assert struggling.draft and not struggling.body.answer
    assert bar.coach.signals and bar.draft  # coaching after the arrow stays what interviewers look for


# (c) a scenario of the writer's own: named by its heading, a scene, and the points to cover -----------------------

OWN_SCENARIO = """# Loop prep

## Questions

1. Why this team?
   - I want to work on the routing problems.

## Scenario: two teams, one on-call

Two teams share one pager. One of them causes most of the pages and the other is burning out.

Points to make:
- Data first: pages per team per week
- Split the rota once the noisy team owns its alerts
"""


def test_a_scenario_heading_over_a_scene_and_a_labelled_list_is_a_scenario(taxonomy):
    report = imported(OWN_SCENARIO, taxonomy, "loop.md")
    assert kinds(report) == {"qa": 1, "scenario": 1}
    scenario = report.notes[1]
    assert scenario.body.title == "two teams, one on-call"
    assert scenario.body.situation.startswith("Two teams share one pager.")
    assert "Split the rota" not in scenario.body.situation
    told = str(scenario.body.discussion)
    assert "pages per team per week" in told and "Split the rota once the noisy team owns its alerts" in told


# (d) a story's name closed by a dash and its themes; questions pointing at stories by name ------------------------

POINTED = """# Manager loop prep

## Stories

### The Billing outage — incidents, communication

**Situation:** A migration double-charged some customers over a weekend.
**Task:** I owned the fix and the message to customers.
**Action:** I froze deploys and wrote the refund script with finance.
**Result:** Every customer was refunded within two days.

### **Splitting the platform team** — org design, scaling

**Situation:** One manager had fourteen reports.
**Task:** Split the team without losing anyone.
**Action:** I mapped ownership by service and asked each engineer what they wanted.
**Result:** Two teams, both hit their goals, nobody left.

## Likely questions

1. Tell me about the worst incident you handled.
   - Use the Billing outage story.
2. How have you grown a team?
   - See "Splitting the platform team".
3. Why do you want to leave?
   - The company is moving away from payments.
"""


def test_a_dash_after_a_story_name_gives_its_themes_and_pointers_ask_the_story(taxonomy):
    report = imported(POINTED, taxonomy, "loop.md")
    assert kinds(report) == {"star": 2, "qa": 1}
    outage, split, leave = report.notes
    assert outage.body.title == "The Billing outage"
    assert outage.body.question == "Tell me about the worst incident you handled."
    assert outage.competencies == ("incidents", "communication")
    assert not outage.coach.tips and not outage.draft
    assert split.body.title == "Splitting the platform team"
    assert split.body.question == "How have you grown a team?"
    assert split.competencies == ("org design", "scaling")
    assert leave.body.answer.strip() == "- The company is moving away from payments."


def test_a_dash_before_words_that_tell_is_part_of_the_name(taxonomy):
    text = """# Stories

### Payments outage – how I ran the war room

**Situation:** Checkout failed for an hour.
**Action:** I split the responders into two groups.
**Result:** Back in 50 minutes.
"""
    report = imported(text, taxonomy, "stories.md")
    assert report.notes[0].body.question == "Payments outage – how I ran the war room"
    assert not report.notes[0].competencies


# (e) a level line right under a question, the answer on the next line ---------------------------------------------

LEVEL_LINES = """# Exec loop

**Q1. Walk me through a budget cut you had to make.**
Level: Director+
We cut a tenth of our spend by ending two contracts: nobody lost their job.

**Q2. How do you hire your direct reports?**
Level: VP
Topic: Hiring
I hire slowly and write the scorecard before the first interview.
"""


def test_a_level_line_keeps_only_its_line_and_the_answer_under_it_stays_the_answer(taxonomy):
    report = imported(LEVEL_LINES, taxonomy, "exec.md")
    cut, hire = report.notes
    assert cut.level.value == "director" and not cut.draft
    assert cut.body.answer.strip() == "We cut a tenth of our spend by ending two contracts: nobody lost their job."
    assert hire.level.value == "executive" and hire.topic.name == "Hiring"
    assert hire.body.answer.strip() == "I hire slowly and write the scorecard before the first interview."


# (f) plain text: level sections headed between equals signs --------------------------------------------------------

WIKI_LEVELS = ("Question bank by level\r\n\r\n== Senior ==\r\n\r\n1) How do you keep a test suite fast?\r\n"
               "Parallel shards and a weekly look at the slowest ten.\r\n\r\n== Staff ==\r\n\r\n"
               "1) How do you set direction for several teams?\r\nA short written strategy, reviewed each quarter.\r\n\r\n"
               "=== Manager track ===\r\n\r\n1) How do you run calibration?\r\n"
               "Written evidence against the ladder, for everyone.\r\n")


def test_plain_text_headings_between_equals_signs_are_level_sections(taxonomy):
    report = imported(WIKI_LEVELS, taxonomy, "bank.txt")
    assert [n.level.value for n in report.notes] == ["senior", "staff", "manager"]
    assert report.notes[0].body.answer.strip() == "Parallel shards and a weekly look at the slowest ten."
    assert "==" not in "".join(n.body.answer for n in report.notes)


# (g) a title setting the IC track beside the manager's names no level for the IC questions -----------------------

TRACKS = """# Loop questions: IC track vs Manager track

## IC track

**Q: Walk me through a service you designed.**
A: A queue per channel and idempotency keys; it carries twenty million messages a day.

## Manager track

**Q: How do you give hard feedback?**
A: Soon, in private, about what happened, with a next step we agree on.
"""


def test_a_title_naming_the_ic_and_manager_tracks_gives_no_level_to_the_ic_section(taxonomy):
    report = imported(TRACKS, taxonomy, "loop.md")
    ic, manager = report.notes
    assert ic.level.value == "senior"  # nothing names its band: the default, reported
    assert manager.level.value == "manager"
    assert any("no level stated" in line for line in map(str, report.attention))


# (h) a bold title of the writer's own section with its lines right under it ---------------------------------------

BOLD_OWN = """# Prep

**Why this company?** I have used the product for years.

**LOGISTICS**
Panel: Thursday, 2pm, video call
Is parking free?

**What motivates you?** Shipping things people use every day.
"""


def test_a_bold_logistics_title_over_its_lines_is_reported_not_glued_to_the_answer_above(taxonomy):
    report = imported(BOLD_OWN, taxonomy, "prep.md")
    assert _questions(report) == ["Why this company?", "What motivates you?"]
    assert report.notes[0].body.answer.strip() == "I have used the product for years."
    assert any("'LOGISTICS'" in line and "line 6" in line for line in skipped(report))  # its lines, reported


# (i) "Story — name" headings; a page's property line naming the role; names in italics ----------------------------

NOTION_PAGE = """# Interview prep 🚀

Role: Senior Engineering Manager
Status: In progress

## Story bank

### Story — Quieter on-call

- S: The team took forty pages a week and two people were close to burning out.
- T: Cut the noise and keep the real alerts.
- A: I ran an alert review every Friday and deleted alerts nobody acted on.
- R: Pages fell to eight a week within two months.

Good for: *reliability*, *people care*

### Story — The promotion case

- S: A quiet engineer had done staff-level work for a year.
- T: Get it recognised.
- A: I collected evidence from three teams and wrote the case.
- R: Promoted that cycle.
"""


def test_story_dash_headings_are_stories_of_their_own_and_the_page_role_is_the_level(taxonomy):
    report = imported(NOTION_PAGE, taxonomy, "prep.md")
    assert kinds(report) == {"star": 2}
    quiet, promotion = report.notes
    assert quiet.body.question == "Quieter on-call" and promotion.body.question == "The promotion case"
    assert quiet.body.result.strip() == "Pages fell to eight a week within two months."
    assert promotion.body.situation.strip() == "A quiet engineer had done staff-level work for a year."
    assert quiet.competencies == ("reliability", "people care")
    assert {n.level.value for n in report.notes} == {"manager"}
    assert any("Role: Senior Engineering Manager" in line for line in map(str, report.attention))


# (j) a title line over the page's own date, before a section titled in bold ---------------------------------------

DATED_TITLE = """EM Interview Master Doc
Last updated: 3 Oct

**STORY BANK**

**Story: Payments migration**
- Situation: twelve services had to leave a payment provider in five months.
- Task: I owned the plan across four teams.
- Action: a weekly review and one shared tracker.
- Result: done two weeks early with no failed payments.
"""


def test_a_title_line_over_its_date_names_the_level_for_the_stories_below(taxonomy):
    report = imported(DATED_TITLE, taxonomy, "master.md")
    assert kinds(report) == {"star": 1}
    assert report.notes[0].level.value == "manager"
    assert any("EM Interview Master Doc" in line for line in map(str, report.attention))


# (k) a scenario's ask over the writer's own list: its discussion points -------------------------------------------

ASKED_SCENE = """# Prep

## Questions

1. Why this team?
   - I want to work on routing.

## Scenario: the promised feature

Sales promised a feature to our biggest customer. The team thinks it is a bad idea. What do you do?

- Talk to the customer directly
- Find the need behind the request
"""


def test_a_list_under_a_scenarios_ask_is_its_discussion_not_its_situation(taxonomy):
    report = imported(ASKED_SCENE, taxonomy, "prep.md")
    scenario = next(n for n in report.notes if n.kind.value == "scenario")
    assert scenario.body.question == "What do you do?"
    assert "Talk to the customer" not in scenario.body.situation
    assert [p.heading for p in scenario.body.discussion] == ["Talk to the customer directly",
                                                              "Find the need behind the request"]


# (l) "Questions it answers:" naming kinds of question in fragments ------------------------------------------------

FRAGMENTS = """**Story: The intern who left**
Questions it answers: a time you failed, people management
- Situation: an intern on my team left after four weeks.
- Task: find out what went wrong.
- Action: I asked the team and learned nobody had been their buddy.
- Result: every intern now has a buddy before day one.

**Tell me about a time you failed.** → The intern who left
"""


def test_a_fragment_list_of_what_a_story_answers_is_no_question_and_the_pointer_asks_it(taxonomy):
    report = imported(FRAGMENTS, taxonomy, "bank.md")
    assert kinds(report) == {"star": 1}
    story = report.notes[0]
    assert story.body.title == "The intern who left"
    assert story.body.question == "Tell me about a time you failed."
    assert story.competencies == ("a time you failed", "people management")


# (m) more ways of heading the writer's questions for the interviewers ----------------------------------------------

def test_reverse_interview_and_questions_i_want_to_ask_are_the_writers_questions_for_them(taxonomy):
    for head in ("Reverse interview", "Reverse Q&A", "Questions I want to ask", "To ask the hiring manager"):
        text = f"""# Prep

## Questions

1. Why this team?
   - I want to work on the routing problems.

## {head}

- What does success look like after six months?
- How is on-call shared between the teams?
"""
        report = imported(text, taxonomy, "prep.md")
        assert _questions(report) == ["Why this team?"], head
        assert any(f"section '{head}'" in line and "to ask the interviewer" in line for line in skipped(report)), head


# (n) a band before the question and a dash: the note's level ------------------------------------------------------

LEADING_BANDS = """# Leadership bank (Staff+)

<details>
<summary>🎯 Senior Manager — How do you plan headcount?</summary>

From the roadmap and the on-call load, plus some room for people leaving.
</details>

- Director: How do you build a leadership team?
  - I hire for the gaps in the team, not for people like me.
- Hiring managers — what do I ask them first?
  - What they need in the first ninety days.
"""


def test_a_band_before_a_question_and_a_dash_is_the_notes_level_not_its_words(taxonomy):
    report = imported(LEADING_BANDS, taxonomy, "bank.md")
    headcount, leaders, hiring = report.notes
    assert headcount.body.question == "How do you plan headcount?" and headcount.level.value == "manager"
    assert leaders.body.question == "How do you build a leadership team?" and leaders.level.value == "director"
    assert hiring.body.question.startswith("Hiring managers — ")  # whom it is about, no band of the note


# (o) "Answers:" by a story, naming in fragments what it answers ---------------------------------------------------

ANSWERS_LINE = """# Bank

### The billing outage
*Answers: biggest incident, working under pressure*

**Situation:** A migration charged some customers twice.
**Task:** I owned the fix.
**Action:** I froze deploys and wrote the refund script.
**Result:** Everyone was refunded within two days.

## Questions

**Why now?**
Answers: a new role, more scope
"""


def test_an_answers_line_by_a_story_names_what_it_shows_and_under_a_question_stays_the_answer(taxonomy):
    report = imported(ANSWERS_LINE, taxonomy, "bank.md")
    story, now = report.notes
    assert story.competencies == ("biggest incident", "working under pressure")
    assert not story.coach.cheat_code
    assert now.body.answer.strip() == "a new role, more scope"
