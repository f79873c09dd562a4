"""Round 15 fixes (a): STAR story banks and coaching pages. A story named in a bank and left to write, ..."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) a story of a bank named and left to write ----------------------------------------------------------------

UNWRITTEN = """# Stories for the onsite

## 1. Moving the warehouse system

**Situation:** The stock system ran on one server in a closet and went down weekly.
**Task:** I had to move it to managed hosting before peak season.
**Action:** I set up replication, rehearsed the switch twice, and moved it on a quiet Sunday.
**Result:** No outage in the next nine months, and peak season ran without a page.

## 2. Saying no to the sales VP

_Still to be written._

## 3. The payroll bug

*(not written yet: the one where the tax table was a year old)*
"""


def test_a_story_left_to_write_beside_told_stories_is_a_draft_under_its_name(taxonomy) -> None:
    report = _import(UNWRITTEN, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR] * 3
    told, empty, noted = report.notes
    assert not told.draft and empty.draft and noted.draft
    assert empty.body.question == "Saying no to the sales VP"
    assert noted.body.question == "The payroll bug"
    assert any("tax table was a year old" in tip for tip in noted.coach.tips)
    assert "not part of a question" not in _messages(report)


def test_a_placeholder_section_with_no_story_beside_it_stays_reported(taxonomy) -> None:
    report = _import("# Notes\n\n## Why this company?\n\nI have used the product for years.\n\n## Ideas\n\nTBD\n",
                     taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA]
    assert "Ideas" in _messages(report)


# (b) the questions a story answers, listed on its label's line and set apart by slashes ------------------------

SLASHED = """# Prep for the platform loop

### The freight tracker rewrite
*Answers:* Tell me about a risky project you led. / Describe a time you changed a plan midway.

**Situation:** The tracker dropped one shipment update in fifty.
**Task:** I owned fixing it before the holiday rush.
**Action:** I moved updates onto a queue with retries and replayed a week of traffic against it.
**Result:** Lost updates went from 2% to none over the rush.
"""


def test_an_answers_label_listing_unquoted_questions_by_slashes_gives_question_and_variants(taxonomy) -> None:
    report = _import(SLASHED, taxonomy)
    [note] = report.notes
    assert note.kind is Kind.STAR and not note.draft
    assert note.body.title == "The freight tracker rewrite"
    assert note.body.question == "Tell me about a risky project you led."
    assert list(note.variants) == ["Describe a time you changed a plan midway."]
    assert not note.coach.cheat_code


PLAIN_QUESTIONS = """Story: Winning back the support team
Questions: Tell me about a strained partnership. / How do you repair trust with another team?

Situation:
  Support had stopped filing bugs with us after months of silence.
Task:
  Get the bug queue trusted again.
Action:
  I answered every open ticket within a week and joined their standup.
Result:
  Filed bugs doubled in a month.
"""


def test_a_plain_text_questions_label_over_slashed_questions_keeps_no_label(taxonomy) -> None:
    report = _import(PLAIN_QUESTIONS, taxonomy, "bank.txt")
    [note] = report.notes
    assert note.body.question == "Tell me about a strained partnership."
    assert list(note.variants) == ["How do you repair trust with another team?"]
    assert note.body.title == "Winning back the support team"


# (c) a named story's own facts, given between its name line and its parts -------------------------------------

FACTS = """Story: The quiet migration
Competencies: planning, risk
Questions: Tell me about a migration you led.

Situation:
  Our queue ran on hardware leaving support in a year.
Task:
  Move every producer without downtime.
Action:
  I dual-wrote for a month and moved consumers one at a time.
Result:
  Zero downtime and the old cluster was gone in ten weeks.

Story: The hiring rubric
Competencies: hiring, fairness
Questions: How do you keep the hiring bar consistent?

Situation:
  Each interviewer scored candidates their own way.
Task:
  Make our loop fair and repeatable.
Action:
  I wrote a rubric with examples and ran calibration sessions every month.
Result:
  Offer decisions split by interviewer fell from a third of loops to one in ten.
"""


def test_competencies_under_a_story_name_line_are_that_storys_only(taxonomy) -> None:
    report = _import(FACTS, taxonomy, "stories.txt")
    first, second = report.notes
    assert first.body.title == "The quiet migration" and second.body.title == "The hiring rubric"
    assert list(first.competencies) == ["planning", "risk"]
    assert list(second.competencies) == ["hiring", "fairness"]


# (d) a story's question written bold with its "Q:" label inside the bold ---------------------------------------

BOLD_Q = """# Stories

## 🧭 Story 1 — The vendor switch

**Q: Tell me about a hard call you made with little data.**

**Situation**
Our payment vendor raised prices by half with a month's notice.

**Task**
I had to choose whether to switch vendors before the renewal.

**Action**
I ran a two-week trial with a second vendor on a slice of traffic and compared failures.

**Result**
We switched and saved 18% with no rise in failed payments.
"""


def test_a_bold_question_with_its_label_inside_keeps_the_section_name_as_title(taxonomy) -> None:
    report = _import(BOLD_Q, taxonomy)
    [note] = report.notes
    assert note.body.question == "Tell me about a hard call you made with little data."
    assert note.body.title == "The vendor switch"


# (e) coaching labels worded as real pages word them -----------------------------------------------------------

COACHING = """# Career moves

**Why do you want to leave your current role?**

### What the interviewer wants to hear
1. You are moving toward a goal.
2. You stay respectful about your employer.

### Pitfalls to avoid
- Listing grievances

### Sample answer
> I have led the same platform for three years and I want to run a group of teams, which my company cannot offer soon.

### Other ways this is asked
- What would make you stay where you are?
- Why now?
"""


def test_coaching_sections_named_in_the_singular_or_as_pitfalls_and_other_ways_are_read_as_coaching(taxonomy) -> None:
    report = _import(COACHING, taxonomy)
    [note] = report.notes
    assert note.kind is Kind.QA and not note.draft
    assert list(note.coach.signals) == ["You are moving toward a goal.", "You stay respectful about your employer."]
    assert "Red flag: Listing grievances" in note.coach.tips
    assert list(note.variants) == ["What would make you stay where you are?", "Why now?"]
    assert note.body.answer.startswith("I have led the same platform")


# (f) stories told as an outline: a bold item per story, an item per part, the part's text nested under it ------

OUTLINE = """# My stories

* **Story: Cutting the release train to weekly**
  * Tags: delivery, process
  * Situation
    * Releases went out once a month and each one slipped.
  * Task
    * Ship weekly without more incidents.
  * Action
    * I automated the release checklist and made the smoke tests block the train.
  * Result
    * We shipped weekly for two quarters with fewer rollbacks than before.

* **Retiring the old admin tool**
  * Situation
    * Support staff used a tool nobody maintained.
  * Action
    * I moved its five most used screens into the main app and switched it off.
  * Result
    * The tool was gone in six weeks and support tickets about it stopped.
"""


def test_stories_told_as_nested_items_are_each_a_story_named_by_its_bold_item(taxonomy) -> None:
    report = _import(OUTLINE, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.STAR]
    first, second = report.notes
    assert first.body.question == "Cutting the release train to weekly"
    assert second.body.question == "Retiring the old admin tool"
    assert "made the smoke tests block the train" in first.body.action
    assert "switched it off" in second.body.action
    assert "Releases went out once a month" in first.body.situation
    assert list(first.tags) == ["delivery", "process"] and not second.tags


def test_a_flat_list_of_the_parts_names_tells_no_story(taxonomy) -> None:
    report = _import("# Method\n\n## How do you structure a story?\n\n- Situation\n- Task\n- Action\n- Result\n",
                     taxonomy)
    [note] = report.notes
    assert note.kind is Kind.QA


# (g) plain-text banks: the first story's title line, and a named story left to write ---------------------------

PLAIN_BANK = """INTERVIEW STORIES

1) Rescuing the data export
Q: Tell me about a time you saved a failing project.
S: The nightly export to our biggest client failed three nights in a row.
T: I had to make it reliable within a week.
A: I split the export into batches and added a retry with alerts.
R: No failed export in the next six months.

2) Pairing with a new hire
Q: Tell me about a time you helped someone ramp up.
S: A new engineer joined in the middle of a migration.
T: Get her productive without slowing the team.
A: I paired with her for two weeks on small, real tickets.
R: She shipped her first change on day four.
"""


def test_the_first_story_of_a_plain_bank_keeps_its_title_line(taxonomy) -> None:
    report = _import(PLAIN_BANK, taxonomy, "bank.txt")
    first, second = report.notes
    assert first.body.title == "Rescuing the data export"
    assert second.body.title == "Pairing with a new hire"
    assert "Rescuing the data export" not in _messages(report)


NAMED_LATER = """Story: Shrinking the build
Questions: Tell me about a time you made your team faster.

Situation:
  Builds took forty minutes.
Task:
  Bring them under ten.
Action:
  I cached dependencies and split the test suite across four machines.
Result:
  Builds took eight minutes.

Story: The contract we lost
Questions: Tell me about a failure.
(to write)
"""


def test_a_named_story_with_a_question_and_only_a_placeholder_is_a_draft_story(taxonomy) -> None:
    report = _import(NAMED_LATER, taxonomy, "stories.txt")
    told, later = report.notes
    assert told.kind is Kind.STAR and later.kind is Kind.STAR
    assert later.draft and later.body.title == "The contract we lost"
    assert later.body.question == "Tell me about a failure."


# (h) a spreadsheet with a column per STAR part: a row whose parts are empty ------------------------------------

SHEET = """Title,Question,Situation,Task,Action,Result
Tooling budget,How did you win funding for your team?,Our CI bill doubled in a year.,Cut it or justify it.,I showed cost per merged change falling.,The budget was approved for two more years.
Team split,Tell me about a reorg.,,,,
"""


def test_a_row_with_its_story_parts_empty_in_a_star_sheet_is_a_draft_story(taxonomy) -> None:
    report = _import(SHEET, taxonomy, "stories.csv")
    told, empty = report.notes
    assert told.kind is Kind.STAR and not told.draft
    assert empty.kind is Kind.STAR and empty.draft
    assert empty.body.title == "Team split" and empty.body.question == "Tell me about a reorg."


def test_a_name_column_beside_a_question_column_names_the_story(taxonomy) -> None:
    report = _import(SHEET.replace("Title,Question", "Name,Question", 1), taxonomy, "stories.csv")
    told, _ = report.notes
    assert told.body.title == "Tooling budget"
    assert told.body.question == "How did you win funding for your team?"
    assert "column 'Question'" not in _messages(report)


def test_a_table_row_with_one_part_begun_is_a_draft_story_not_a_skipped_row(taxonomy) -> None:
    text = ("# Stories\n\n| Story | Situation | Task | Action | Result |\n|---|---|---|---|---|\n"
            "| Night shift | Deploys ran at 2am. | Move them to daytime. | I added canaries. | Daytime deploys only. |\n"
            "| The audit | An auditor found shared admin accounts. | | | |\n")
    report = _import(text, taxonomy)
    told, begun = report.notes
    assert begun.kind is Kind.STAR and begun.draft
    assert begun.body.situation == "An auditor found shared admin accounts."
    assert "a row" not in _messages(report)


# (i) a coaching page's closing line after a rule, and a callout about the interviewer above a story's parts -----

FOOTER = """# Two questions for team leads

## 1. How do you run a retrospective?

**How to answer:** Describe a format and one change it led to.

**Good answer:** "I rotate the facilitator and we leave with one owner per action. Last month that gave us a flaky-test rotation."

## 2. Tell me about a time you changed a team ritual.

**Why they ask:** To see whether you adapt process to the team.

---

*Part three of this series covers hiring loops.*
"""


def test_an_italic_line_after_the_last_rule_is_the_pages_not_a_tip(taxonomy) -> None:
    report = _import(FOOTER, taxonomy)
    last = report.notes[-1]
    assert not any("Part three" in tip for tip in last.coach.tips)
    assert "text after the closing rule" in _messages(report)


CALLOUT = """# Ownership

### Tell me about a time you fixed something that was not your job.

> [!NOTE]
> Interviewers use this to check whether you act like an owner.

**Situation:** Our release notes were always late and nobody owned them.
**Task:** I was on the platform team, but I took them on.
**Action:** I generated a draft from merged pull requests and asked each lead for one line.
**Result:** Notes went out on release day for the next eight releases.
"""


def test_a_remark_on_what_interviewers_check_above_a_storys_parts_is_a_signal(taxonomy) -> None:
    report = _import(CALLOUT, taxonomy)
    [note] = report.notes
    assert note.kind is Kind.STAR
    assert list(note.coach.signals) == ["Interviewers use this to check whether you act like an owner."]
    assert "text outside the STAR parts" not in _messages(report)


# (j) a notes app's properties over a story: "Tags:" then "Question:" in one paragraph --------------------------

PROPERTIES = """# Interview bank (Notion export)

## Replacing the search cluster
Tags: search, migration
Question: Tell me about a migration with no downtime.

### S
Our search cluster was three major versions behind.

### T
Upgrade it without a maintenance window.

### A
I built a second cluster, mirrored writes to both, and moved reads over shard by shard.

### R
We switched with zero downtime and cut query latency by a fifth.

## Calming a noisy pager
Tags: on-call
Question: Tell me about a time you improved on-call.

### S
The pager went off eleven times a night.

### A
I deleted alerts nobody acted on and added runbooks to the rest.

### R
Night pages fell to one a week.
"""


def test_a_question_line_under_a_tags_line_is_the_question_not_a_tag(taxonomy) -> None:
    report = _import(PROPERTIES, taxonomy)
    first, second = report.notes
    assert first.body.question == "Tell me about a migration with no downtime."
    assert first.body.title == "Replacing the search cluster"
    assert list(first.tags) == ["search", "migration"]
    assert second.body.question == "Tell me about a time you improved on-call."


# (k) a sample answer typed in a bare fence under its label -----------------------------------------------------

FENCED = """## Question: "Why should we hire you?"

**What they're testing:** whether you know what the role needs.

**Strong answer**

```
I have run two platform teams through the kind of growth you are planning, and I still review code every week. In my last role I cut our release time from a day to an hour.
```
"""


def test_a_fenced_sample_under_an_answer_label_is_prose(taxonomy) -> None:
    report = _import(FENCED, taxonomy)
    [note] = report.notes
    assert note.body.answer.startswith("I have run two platform teams")
    assert "```" not in note.body.answer


def test_a_resources_section_of_links_after_the_stories_is_no_story_to_write(taxonomy) -> None:
    report = _import(UNWRITTEN + "\n## Resources\n\n- [Writing stories](https://example.com/stories)\n", taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Moving the warehouse system", "Saying no to the sales VP", "The payroll bug"]


def test_an_answers_label_over_one_unquoted_question_gives_the_storys_question(taxonomy) -> None:
    report = _import(SLASHED.replace(" / Describe a time you changed a plan midway.", ""), taxonomy)
    [note] = report.notes
    assert note.body.question == "Tell me about a risky project you led."
    assert note.body.title == "The freight tracker rewrite"
    assert not note.coach.cheat_code
