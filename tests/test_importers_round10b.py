"""Round 10 of real documents (b): no line of the user's text vanishes without a report line; a question about the
teller's past over numbered Problem / Cause / Solution items is a Q&A."""

from __future__ import annotations

import re

from leaderdeck.importers import import_text
from leaderdeck.importers.writer import dump_notes
from leaderdeck.model import Kind

_WORD = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+")
_LABEL = re.compile(r"^\s*[\w ]{1,30}:\s+")  # "Problem: ...": the label may become a field's name


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def unplaced(text: str, report) -> list[int]:
    """The lines of ``text`` whose words are in no note and that no report line names: text lost silently (a
    heading only groups what is under it)."""
    written = _words(dump_notes(report.notes))
    named = {item.line for item in (*report.skipped, *report.attention)}
    return [number for number, line in enumerate(text.split("\n"), start=1)
            if line.strip() and not line.startswith("#") and number not in named and _words(_LABEL.sub("", _NUMBER.sub("", line))) not in written]


CHALLENGES = """Which problems did you run into while moving the reports to the new warehouse ?
1. Late Nightly Loads (Lock Waits)
Problem: The nightly load overran into office hours twice a week.
Cause: Long table locks, One huge transaction
Solution: Split the load into hourly batches , Dropped the table lock

2. Wrong Totals After Cutover
Problem: Finance saw totals that differed from the old system.
Cause: Time zones, Rounding in views
Solution: Moved every timestamp to UTC
Checked: each view against last year's ledger

3. Dashboards Timing Out
Problem: The busiest dashboard took a minute to open.
Solution: Added summary tables, Cached the filters
"""


def test_no_line_of_a_problem_solution_answer_is_lost_silently(taxonomy):
    report = import_text(CHALLENGES, taxonomy, display="notes.txt", source="notes.txt")
    assert unplaced(CHALLENGES, report) == []


SCENARIO = """# Case: The Split Release

Scenario: Two teams ship into one release train and keep blocking each other.

Discussion: Who owns the release calendar
- What would you change first?
- How would you measure it?
"""


def test_a_discussion_label_s_own_text_over_a_list_is_a_point_not_dropped(taxonomy):
    report = import_text(SCENARIO, taxonomy, display="case.md", source="case.md")
    (note,) = report.notes
    assert note.kind is Kind.SCENARIO
    assert [p.heading for p in note.body.discussion][0] == "Who owns the release calendar"
    assert unplaced(SCENARIO, report) == []


def test_a_question_about_the_teller_s_past_over_problem_solution_items_is_a_qa_with_the_items_in_order(taxonomy):
    report = import_text(CHALLENGES, taxonomy, display="notes.txt", source="notes.txt")
    (note,) = report.notes
    assert note.kind is Kind.QA
    answer = note.body.answer
    order = ["1. Late Nightly Loads", "**Problem:** The nightly load overran", "**Cause:** Long table locks",
             "**Solution:** Split the load into hourly batches", "2. Wrong Totals", "**Solution:** Moved every",
             "**Checked:** each view", "3. Dashboards Timing Out", "**Solution:** Added summary tables"]
    assert [answer.find(part) for part in order] == sorted(answer.find(part) for part in order)
    assert all(part in answer for part in order)
    assert "\n\n2. Wrong Totals" in answer and "\n\n3. Dashboards" in answer  # a list of its own, not more text


SUPPOSED = """How would you steady a release train that keeps slipping?

Problem: Three teams share one release train and each slip delays the others.

Solution: A weekly cut-off owned by one person
- Who should own the cut-off?
- What happens to work that misses it?
"""


def test_a_question_about_what_the_reader_would_do_over_problem_and_solution_stays_a_scenario(taxonomy):
    report = import_text(SUPPOSED, taxonomy, display="case.txt", source="case.txt")
    (note,) = report.notes
    assert note.kind is Kind.SCENARIO
    assert unplaced(SUPPOSED, report) == []


SETTING = """## Scenarios

**Scenario A**: Shared On-Call Fatigue
*"Your team shares an on-call rota with two other teams and you have asked twice for a split. Nobody acted on it. How do you move it forward?"*

**Scenario B**: Hiring Freeze
*"A freeze stops the two hires you planned. What do you cut?"*
"""


def test_a_setting_told_in_the_past_before_a_present_question_stays_a_scenario(taxonomy):
    notes = import_text(SETTING, taxonomy, display="bank.md", source="bank.md").notes
    assert [n.kind for n in notes] == [Kind.SCENARIO, Kind.SCENARIO]


FACETS = """# Motivation questions

### 1. Why are you leaving your current team?
- Category\t- Motivation & Honesty
- Testing   - Self-awareness, tact about the old employer
- Approach  - Pull towards the new role, not push from the old one
- Red Flags - Blaming the old manager

### 2. How do you pick which project to join?
- C  - Judgement
- T - Knowing what you are good at and what the team needs
- A - Name one project you picked and what you weighed; keep it short
- R - Picking only by title or by who else is on it

✅ Example: "I joined the billing rewrite because it needed someone who had run a migration before."
"""


def test_a_facet_list_under_a_question_is_its_coaching_not_its_answer(taxonomy):
    report = import_text(FACETS, taxonomy, display="prep.md", source="prep.md")
    first = report.notes[0]
    assert first.kind is Kind.QA and first.draft and not first.body.answer
    assert first.competencies == ("Motivation & Honesty",)
    assert first.coach.signals == ("Self-awareness, tact about the old employer",)
    assert first.coach.tips[0] == "Pull towards the new role, not push from the old one"
    assert any("Blaming the old manager" in tip for tip in first.coach.tips)


def test_the_initials_of_a_facet_list_are_that_coaching_not_star_parts_and_an_example_is_the_answer(taxonomy):
    second = import_text(FACETS, taxonomy, display="prep.md", source="prep.md").notes[1]
    assert second.kind is Kind.QA
    assert second.competencies == ("Judgement",)
    assert second.coach.signals == ("Knowing what you are good at and what the team needs",)
    assert second.coach.tips[0].startswith("Name one project you picked")
    assert "billing rewrite" in second.body.answer and "Example" not in second.body.answer


LETTERS = """### What draws you to our mission?
- C - Mission fit
- T - Knowing what the company does and for whom
- A - Read the mission page and tie one line of it to your own work
- R - Praise with nothing behind it, not knowing the product
"""


def test_letters_c_t_a_r_are_no_star_parts(taxonomy):
    (note,) = import_text(LETTERS, taxonomy, display="prep.md", source="prep.md").notes
    assert note.kind is Kind.QA


STORY_LETTERS = """### Tell me about a time you cut a release's scope.
- S - Our quarterly release was three weeks late with half the features unfinished.
- T - I had to decide what would ship and tell the sales team.
- A - I ranked every feature by customer requests, cut four of them and met sales the same day.
- R - We shipped on the new date and two of the cut features followed a month later.
"""


def test_letters_s_t_a_r_still_tell_a_story(taxonomy):
    (note,) = import_text(STORY_LETTERS, taxonomy, display="prep.md", source="prep.md").notes
    assert note.kind is Kind.STAR
    assert note.body.action.startswith("I ranked every feature")



PREP_STEPS = """# Panel prep

## Questions

### Tell me about a time you changed a team's mind with data.
- Pick the roadmap fight from last spring.

### Why should we hire you over the other finalists?
- Two migrations led end to end.

## Preparation steps

Paste the posting into the chat first.

Which of my past projects should I lead with for this posting?

Next.

Ask the assistant - Given everything above, what gaps do you see in my background?

Next.

Finally, what stories from my resume fit a platform role best?
"""


def test_questions_the_writer_asks_an_assistant_or_themselves_are_reported_not_notes(taxonomy):
    report = import_text(PREP_STEPS, taxonomy, display="prep.md", source="prep.md")
    assert [n.prompt for n in report.notes] == ["Tell me about a time you changed a team's mind with data.",
                                                "Why should we hire you over the other finalists?"]
    helped = [s for s in report.skipped if s.why.startswith("a question the writer asks")]
    assert [s.line for s in helped if s.what.startswith("question")] == [15, 19, 23]
    assert unplaced(PREP_STEPS, report) == []


def test_why_should_i_hire_you_is_still_an_interview_question(taxonomy):
    text = "### Why should I hire you and not someone from inside?\n- I have run this migration twice.\n"
    (note,) = import_text(text, taxonomy, display="q.md", source="q.md").notes
    assert note.prompt == "Why should I hire you and not someone from inside?"


WHY_IT_FITS = """### Q1. Describe a time you cut cloud spend.
**S:** Our cloud bill doubled in one year while traffic stayed flat.  
**T:** I had to bring it down without slowing any team.  
**A:**  
- Tagged every resource with an owning team.  
- Moved the nightly batch jobs to spot capacity.  
**R:** Spend fell by a third within two months.  
**Why it maps to JD:** The role owns the platform budget.
"""


def test_a_why_it_maps_line_after_the_result_is_a_tip_not_more_result(taxonomy):
    (note,) = import_text(WHY_IT_FITS, taxonomy, display="pack.md", source="pack.md").notes
    assert note.body.result == "Spend fell by a third within two months."
    assert note.coach.tips == ("The role owns the platform budget.",)


QUOTED_PARTS = """# Stories

### Story 1: Splitting the Billing Job (Initech)

**Situation**: "Billing ran as one nightly job that failed every week."

**Task**: "I had to move it onto queues without a code freeze."

**Action**: "I split the job per customer and ran the old and new paths side by side for a month."

**Result**: "Failures stopped for a whole quarter."
"""


def test_each_part_s_own_quotes_go_and_a_company_in_brackets_is_a_tag_not_a_competency(taxonomy):
    (note,) = import_text(QUOTED_PARTS, taxonomy, display="stories.md", source="stories.md").notes
    assert note.body.situation == "Billing ran as one nightly job that failed every week."
    assert note.body.result == "Failures stopped for a whole quarter."
    assert "Initech" not in note.competencies
    assert "Initech" in note.tags


def test_a_competency_in_brackets_stays_a_competency(taxonomy):
    text = QUOTED_PARTS.replace("(Initech)", "(Adaptability)")
    (note,) = import_text(text, taxonomy, display="stories.md", source="stories.md").notes
    assert "Adaptability" in note.competencies


def test_one_quoted_part_alone_keeps_its_quotes(taxonomy):
    text = QUOTED_PARTS.replace('"Billing ran as one nightly job that failed every week."',
                                "Billing ran as one nightly job.").replace('"I had to move it onto queues without a code freeze."',
                                                                         "I had to move it onto queues.").replace(
        '"I split the job per customer and ran the old and new paths side by side for a month."', "I split the job.")
    (note,) = import_text(text, taxonomy, display="stories.md", source="stories.md").notes
    assert note.body.result == '"Failures stopped for a whole quarter."'


BACKSLASHES = """# Tell me about yourself

I build data platforms.\\
\\
I started in payments eight years ago.\\
Then I moved to search.\\
\\
Now I lead a team of five.
"""


def test_lines_holding_only_a_hard_break_are_blank_lines_without_spaces(taxonomy):
    (note,) = import_text(BACKSLASHES, taxonomy, display="me.md", source="me.md").notes
    assert note.body.answer == ("I build data platforms.\n\nI started in payments eight years ago.  \n"
                                "Then I moved to search.\n\nNow I lead a team of five.")


TREE = """# STAR notes

### Why did you leave your last team?
- The team was folded into another group.

### Pacing in the room

```
Two minutes in all
├── Situation: 15 seconds
├── Task: 10 seconds
├── Action: 60 seconds
└── Result: 20 seconds
```
"""


def test_a_tree_s_box_drawing_before_star_labels_does_not_make_them_a_story(taxonomy):
    report = import_text(TREE, taxonomy, display="notes.md", source="notes.md")
    assert [n.kind for n in report.notes] == [Kind.QA]


UNLABELLED = FACETS + """
### 3. What is the hardest feedback you have had?
- Self-awareness
- Taking criticism without a fight
- A real case, then what you changed
- Arguing with the person who gave it

✅ Example: "A peer said my reviews read as orders, so I now ask a question before each suggestion."
"""


def test_a_later_list_repeating_the_facets_without_labels_is_read_by_place(taxonomy):
    third = import_text(UNLABELLED, taxonomy, display="prep.md", source="prep.md").notes[2]
    assert third.competencies == ("Self-awareness",)
    assert third.coach.signals == ("Taking criticism without a fight",)
    assert third.coach.tips[0] == "A real case, then what you changed"
    assert "A peer said my reviews read as orders" in third.body.answer


ANSWER_LIST = FACETS + """
### 3. How did you onboard your last hire?
- I wrote a one-page map of our services
- I paired with her on the first two tickets
- I asked her to run the third release herself
- I checked in every Friday for a month
"""


def test_a_four_item_answer_told_as_i_is_not_read_as_facets(taxonomy):
    third = import_text(ANSWER_LIST, taxonomy, display="prep.md", source="prep.md").notes[2]
    assert third.body.answer.startswith("- I wrote a one-page map")
    assert not third.coach.signals


FOOTER = """# Panel questions

## Questions

### Why this team?
- The team owns its platform end to end.

## About this page

**Category**: Platform interviews
"""


def test_a_fact_under_a_section_with_no_question_is_reported_not_dropped(taxonomy):
    report = import_text(FOOTER, taxonomy, display="page.md", source="page.md")
    assert [(s.line, s.why) for s in report.skipped if s.line == 10] == [(10, "a fact with no question under it")]
    assert unplaced(FOOTER, report) == []
