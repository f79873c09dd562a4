"""Round 26 fixes (a): STAR story banks and answer pages in Markdown. (a) A theme heading over a label naming how
interviewers put it ("**Interviewers ask:**", "How it's asked:") and a list of questions,
then one example story: the first listed question is the story's question and the others its variants, the heading
its title, instead of the heading standing in for the question and the questions becoming follow-up tips; with no
story under them, the listed questions are drafts of their own, where the page used to be refused. (b) A story
whose parts are each written in quotes, one of them a list opened by the quote (`"- Load time: 4s → 1s` over
`- Errors: ...`), keeps that first item in its list instead of a paragraph of its own over the others. (c) "What
you did" / "What did you do" (a guide speaking to its reader) names a story's Action, as "What I did" does: in a
table of stories such a column was dropped and every story left a draft with no Action. (d) A table of stories
whose STAR columns are all still empty (`| Production incident | | | | | 5, 11 |`) names stories to write: each
row is a draft, where the page was refused; a guide's blank form (`| Story 1 | | | |`) stays no note. (e) An
answer's numbered steps labelled in the writer's own words (`1. **Profile:** ...`) keep a step whose label is also a
coaching word (`3. **Measure:** ...`) instead of moving it to what interviewers look for. (f) "Expected answer:"
labels a question's answer, not a line of it. (g) A table mapping each story to the kinds of question it fits
(`| Story | Applicable Questions |` over "leadership, pressure, delivery") is no bank of questions: its rows are not
made into draft questions. (h) A list of questions under any label ("**Questions:**", "Typical questions:") with
one story told after it at the list's depth answers the whole list: the first question is the story's, the others
its variants, instead of the story going to the last question and the others left drafts; a story nested under the
last item stays that item's. (i) Under a heading naming a framework (`## Prioritization Framework`), a list of
three bold terms or more each putting a question (`1. **Impact** - Who is hurt if this waits?`) is the framework's
criteria, set aside, not draft questions (a table after it no longer becomes the last one's answer); a bank's bold
themes over questions under any other heading stay questions. (j) A sample answer whose paragraphs each close on the
part they tell in brackets (`... (Situation)`, `... (Task)`, `... (Action)`, `... (Result)"`) is a story: each
paragraph its part without the bracketed name, instead of one answer carrying the names. (k) A `**Goal**:` line
right under a question and right over the `- **S**:` its story opens on says what the answer should show (a
signal), not the story's Task: the story keeps its own `**T**:` and is one note, not split in two. Each fix has a
near miss it leaves alone."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) "Interviewers ask:" over the ways one theme is asked, then its example story ----------------------------------

THEME_ASKED = """# Behavioral themes

### Theme 1: Driving things nobody owned

**Interviewers ask:**
- "Tell me about a time you fixed something that was not your job."
- "Describe a problem you spotted before anyone else did."

**What they're actually looking for:**

Whether you wait to be told, or see a gap and close it.

**Example answer (STAR):**

> **S:** Our nightly report job failed twice a week and the on-call person restarted it by hand.
>
> **T:** No team owned it, so I offered to take it on at planning.
>
> **A:** I traced the failures to a lock held by a backup script and moved the backup an hour later.
>
> **R:** The job has not failed since, and on-call lost a recurring chore.

**Red flags to avoid:**
- Telling it as what the team decided

### Theme 2: Pushing back on a plan

**Interviewers ask:**
- "Tell me about a time you disagreed with your lead."

**Example answer (STAR):**

> **S:** My lead wanted to ship the new billing flow without a migration rehearsal.
>
> **T:** I had run the last migration and knew where it broke.
>
> **A:** I wrote up the three failures from last time and asked for one dry run on a copy.
>
> **R:** The dry run caught a currency bug and the real migration went through clean.
"""


def test_interviewers_ask_list_gives_the_story_its_question_and_variants(taxonomy) -> None:
    report = _import(THEME_ASKED, taxonomy, "themes.md")
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.STAR]
    first, second = report.notes
    assert first.body.question == "Tell me about a time you fixed something that was not your job."
    assert first.variants == ("Describe a problem you spotted before anyone else did.",)
    assert first.body.title == "Theme 1: Driving things nobody owned"
    assert not any("Follow-up" in tip for tip in first.coach.tips)
    assert first.body.situation.startswith("Our nightly report job failed")
    assert first.body.result.startswith("The job has not failed since")
    assert second.body.question == "Tell me about a time you disagreed with your lead."
    assert not second.variants
    assert not any(n.draft for n in report.notes)
    assert "no question for" not in _report(report)


def test_how_it_is_asked_reads_the_same(taxonomy) -> None:
    page = THEME_ASKED.replace("**Interviewers ask:**", "**How it's asked:**", 1)
    first = _import(page, taxonomy, "themes.md").notes[0]
    assert first.body.question == "Tell me about a time you fixed something that was not your job."
    assert first.variants == ("Describe a problem you spotted before anyone else did.",)


ASKED_WITHOUT_STORIES = """# Behavioral questions by theme

## Conflict

**Interviewers ask:**
- Tell me about a time you disagreed with a peer.
- How do you handle a teammate who keeps skipping reviews?

## Ownership

**Interviewers ask:**
- Describe a project you drove end to end.
"""


def test_interviewers_ask_lists_with_no_story_are_drafts_not_a_refusal(taxonomy) -> None:
    report = _import(ASKED_WITHOUT_STORIES, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you disagreed with a peer.",
        "How do you handle a teammate who keeps skipping reviews?",
        "Describe a project you drove end to end.",
    ]
    assert all(n.kind is Kind.QA and n.draft for n in report.notes)


def test_questions_interviewers_ask_next_stay_follow_ups(taxonomy) -> None:
    page = """### Tell me about a time you cut a feature to ship on time.

**Answer:**

I dropped the export screen, shipped the core flow on the date, and added export two weeks later.

**Questions interviewers ask next:**
- How did the customer take it?
"""
    note = _import(page, taxonomy, "one.md").notes[0]
    assert note.body.question == "Tell me about a time you cut a feature to ship on time."
    assert not note.variants
    assert any("How did the customer take it?" in tip for tip in note.coach.tips)


# (b) a quoted part that is a list: the opening quote sits before its first item ------------------------------------

QUOTED_PARTS = """## Question 3: Tell me about a time you made a slow page fast.

**Situation:**
"Our search page took six seconds to load and people gave up before the results came."

**Task:**
"I was asked to get it under two seconds before the spring sale."

**Action:**
"I profiled the page, cached the facet counts and moved the thumbnails to lazy loading."

**Result:**
"- Load time: 6s → 1.4s
- Searches finished: up by a third
- The cache pattern was reused on two other pages"
"""


def test_quoted_list_part_keeps_its_first_item_in_the_list(taxonomy) -> None:
    note = _import(QUOTED_PARTS, taxonomy, "answers.md").notes[0]
    assert note.kind is Kind.STAR
    assert note.body.situation.startswith("Our search page took six seconds")
    assert note.body.result.rstrip() == ("- Load time: 6s → 1.4s\n- Searches finished: up by a third\n"
                                         "- The cache pattern was reused on two other pages")


def test_quoted_part_opening_on_a_paragraph_keeps_its_paragraph(taxonomy) -> None:
    page = QUOTED_PARTS.replace('"- Load time: 6s → 1.4s', '"The page got much faster.\n\n- Load time: 6s → 1.4s')
    note = _import(page, taxonomy, "answers.md").notes[0]
    assert note.body.result.startswith("The page got much faster.\n\n- Load time: 6s → 1.4s\n- Searches")


# (c) "What you did": a story's Action, in a table's header or as a label --------------------------------------------

STORY_TABLE = """## Stories to have ready

| Story | Situation | What you did | Result |
|-------|-----------|--------------|--------|
| Late launch | The billing launch slipped two weeks | Cut the export screen and moved it to a fast follow | Shipped the core flow on the new date |
| Noisy pager | On-call got forty pages a night | Deleted alerts nobody acted on and grouped the rest | Pages fell to five a night |
"""


def test_what_you_did_column_is_the_action(taxonomy) -> None:
    report = _import(STORY_TABLE, taxonomy, "table.md")
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.STAR]
    late, pager = report.notes
    assert late.body.action.strip() == "Cut the export screen and moved it to a fast follow"
    assert pager.body.action.strip() == "Deleted alerts nobody acted on and grouped the rest"
    assert not any(n.draft for n in report.notes)
    assert "What you did" not in _report(report)


def test_what_did_you_do_label_is_the_action(taxonomy) -> None:
    page = """### Tell me about a time you calmed a noisy pager.

**Situation:** On-call got forty pages a night.

**What did you do:** I deleted alerts nobody acted on and grouped the rest by service.

**Result:** Pages fell to five a night.
"""
    note = _import(page, taxonomy, "one.md").notes[0]
    assert note.kind is Kind.STAR and not note.draft
    assert note.body.action.strip() == "I deleted alerts nobody acted on and grouped the rest by service."


# (d) a table of stories still to write ------------------------------------------------------------------------------

TO_WRITE = """## STAR story bank (fill in by Friday)

| Story | Situation | Task | Action | Result | Bullets it backs |
|---|---|---|---|---|---|
| Payments outage | | | | | 2, 7 |
| Slow search page | | | | | 3 |
| Pushback on the roadmap | | | | | 5 |
"""


def test_story_table_with_empty_parts_gives_drafts(taxonomy) -> None:
    report = _import(TO_WRITE, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == ["Payments outage", "Slow search page",
                                                       "Pushback on the roadmap"]
    assert all(n.kind is Kind.STAR and n.draft for n in report.notes)
    assert not any(n.body.situation or n.body.action for n in report.notes)


def test_name_only_rows_of_a_story_table_are_drafts_not_groups(taxonomy) -> None:
    page = TO_WRITE.replace(" 2, 7 |", " |").replace(" 3 |", " |").replace(" 5 |", " |")
    report = _import(page, taxonomy, "bank.md")
    assert len(report.notes) == 3 and all(n.draft for n in report.notes)
    assert "group row" not in _report(report)


def test_blank_story_form_of_a_guide_stays_no_note(taxonomy) -> None:
    page = """## Story bank template

| Story | Situation | Task | Action | Result |
|---|---|---|---|---|
| Story 1 | | | | |
| Story 2 | | | | |

### Tell me about a time you missed a deadline.

I told my lead a week early and we cut the export screen.
"""
    report = _import(page, taxonomy, "guide.md")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you missed a deadline."]


def test_group_rows_in_a_told_story_table_stay_groups(taxonomy) -> None:
    page = """| Story | Situation | Task | Action | Result |
|---|---|---|---|---|
| Leadership | | | | |
| Payments outage | Checkout failed for an hour | Lead the fix | Rolled back and added a canary | No repeat in a year |
"""
    report = _import(page, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == ["Payments outage"]
    assert not report.notes[0].draft


# (e) a numbered step of an answer whose label is also a coaching word ----------------------------------------------

STEPS = """### Q7: A page is slow. How do you find out why?

**Answer:**

1. **Trace:** record a profile of the slow load
2. **Narrow down:**
   - big bundles → split them
   - repeated renders → memoise
3. **Measure:** compare load times before and after
"""


def test_numbered_step_labelled_measure_stays_in_the_answer(taxonomy) -> None:
    note = _import(STEPS, taxonomy, "qa.md").notes[0]
    assert note.body.answer.rstrip().endswith("3. **Measure:** compare load times before and after")
    assert not note.coach.signals


def test_coaching_label_on_a_plain_item_under_an_answer_keeps_its_role(taxonomy) -> None:
    page = STEPS.replace("3. **Measure:** compare", "- **Measure:** compare")
    note = _import(page, taxonomy, "qa.md").notes[0]
    assert "Measure" not in note.body.answer


# (f) "Expected answer:" ---------------------------------------------------------------------------------------------

def test_expected_answer_label_is_the_answer_label(taxonomy) -> None:
    page = """### Q15: How do you keep up with changes in your framework?

**Expected Answer:**
- Read the release notes of each version
- Try new features in a side project
"""
    note = _import(page, taxonomy, "qa.md").notes[0]
    assert note.body.answer.rstrip() == "- Read the release notes of each version\n- Try new features in a side project"
    assert not note.draft


# (g) a story's "Applicable Questions" beside its name ---------------------------------------------------------------

STORY_MAP = """### Tell me about a time you led a risky migration.

I moved billing to the new ledger in three steps and kept the old one running until the totals matched.

### Which story fits which question

| Story | Applicable Questions |
|-------|---------------------|
| Ledger move | Technical leadership, hard decision, delivery under pressure |
| Review dispute | Disagreement, feedback, influence |
"""


def test_story_to_question_kinds_table_makes_no_drafts(taxonomy) -> None:
    report = _import(STORY_MAP, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you led a risky migration."]
    assert not any(n.draft for n in report.notes)


def test_interview_questions_column_still_asks(taxonomy) -> None:
    page = STORY_MAP.replace("Applicable Questions", "Interview Questions") \
        .replace("Technical leadership, hard decision, delivery under pressure", "How do you plan a risky migration?") \
        .replace("Disagreement, feedback, influence", "How do you settle a review dispute?")
    report = _import(page, taxonomy, "bank.md")
    assert "How do you plan a risky migration?" in [n.body.question for n in report.notes]


# (h) one story told after the list of questions it answers ---------------------------------------------------------

LISTED = """### Driving things nobody owned

**Questions:**
- "Tell me about a time you fixed something that was not your job."
- "Describe a problem you spotted before anyone else did."

**Situation:** Our nightly report job failed twice a week.

**Task:** No team owned it, so I took it on.

**Action:** I moved the backup that held the lock an hour later.

**Result:** The job has not failed since.
"""


def test_story_after_a_list_of_questions_answers_the_list(taxonomy) -> None:
    report = _import(LISTED, taxonomy, "bank.md")
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.kind is Kind.STAR and not note.draft
    assert note.body.question == "Tell me about a time you fixed something that was not your job."
    assert note.variants == ("Describe a problem you spotted before anyone else did.",)
    assert note.body.result.strip() == "The job has not failed since."


def test_story_after_a_typical_questions_list_too(taxonomy) -> None:
    report = _import(LISTED.replace("**Questions:**", "Typical questions:"), taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you fixed something that was not your job."]


def test_story_nested_under_the_last_question_stays_its_own(taxonomy) -> None:
    page = """### Ownership

- Tell me about a time you fixed something that was not your job.
- Describe a problem you spotted before anyone else did.
    - **Situation:** Our nightly report job failed twice a week.
    - **Action:** I moved the backup that held the lock an hour later.
    - **Result:** The job has not failed since.
"""
    report = _import(page, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you fixed something that was not your job.",
        "Describe a problem you spotted before anyone else did."]
    assert report.notes[0].draft and not report.notes[1].draft


# (i) a framework's criteria, each a bold term and a question --------------------------------------------------------

CRITERIA = """### Tell me about a time you juggled two deadlines.

I shipped the smaller release first and told both leads the new dates on the same day.

## Triage Framework

When you are asked how you triage, show the order you think in:

1. **Impact** - Who is hurt if this waits a week?
2. **Deadline** - Is the date fixed by someone outside the team?
3. **Unblocking** - Does someone else wait on this?

| | Urgent | Can wait |
|---|---|---|
| **Matters** | Now | Plan it |
"""


def test_framework_criteria_are_not_questions(taxonomy) -> None:
    report = _import(CRITERIA, taxonomy, "guide.md")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you juggled two deadlines."]
    assert "framework's criteria" in _report(report)


def test_bold_themes_over_questions_in_a_bank_stay_questions(taxonomy) -> None:
    page = CRITERIA.replace("## Triage Framework", "## More questions to practise")
    report = _import(page, taxonomy, "guide.md")
    assert "Who is hurt if this waits a week?" in [n.body.question for n in report.notes]


# (j) a worked example whose paragraphs close on their parts' names --------------------------------------------------

TAGGED = """## Complete example

**Question:** "Tell me about a time you sped up a slow release."

> "Our release took a full day and blocked two teams every Friday. (Situation)
>
> I was asked to get it under an hour before the next quarter. (Task)
>
> I split the test suite across four runners and cached the build images. (Action)
>
> Releases now take forty minutes and nobody waits on Fridays. (Result)"
"""


def test_paragraphs_closed_by_part_names_are_the_story_parts(taxonomy) -> None:
    note = _import(TAGGED, taxonomy, "guide.md").notes[0]
    assert note.kind is Kind.STAR and not note.draft
    assert note.body.question == "Tell me about a time you sped up a slow release."
    assert note.body.situation.strip() == "Our release took a full day and blocked two teams every Friday."
    assert note.body.task.strip() == "I was asked to get it under an hour before the next quarter."
    assert note.body.result.strip() == "Releases now take forty minutes and nobody waits on Fridays."


def test_one_bracketed_part_name_changes_nothing(taxonomy) -> None:
    page = TAGGED.replace(" (Situation)", "").replace(" (Task)", "").replace(" (Action)", "")
    note = _import(page, taxonomy, "guide.md").notes[0]
    assert note.kind is Kind.QA
    assert "(Result)" in note.body.answer


# (k) a goal over the story's first part ----------------------------------------------------------------------------

GOAL_OVER_STORY = """### 1. Tell me about a time you broke production.
**Goal**: Show ownership and what you changed after.
- **S**: "I pushed a schema change that locked the orders table."
- **T**: "I had to bring checkout back and stop it happening again."
- **A**: "I rolled back, then added a lock-timeout check to the deploy script."
- **R**: "Checkout was back in nine minutes and the check has caught two changes since."
"""


def test_goal_over_the_story_is_a_signal_not_its_task(taxonomy) -> None:
    report = _import(GOAL_OVER_STORY, taxonomy, "bank.md")
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.kind is Kind.STAR and not note.draft
    assert note.coach.signals == ("Show ownership and what you changed after.",)
    assert note.body.task.strip() == "I had to bring checkout back and stop it happening again."


def test_goal_among_the_parts_stays_the_task(taxonomy) -> None:
    page = GOAL_OVER_STORY.replace("**Goal**: Show ownership and what you changed after.\n", "") \
        .replace('- **T**: "I had to', '- **Goal**: "I had to')
    note = _import(page, taxonomy, "bank.md").notes[0]
    assert note.body.task.strip() == "I had to bring checkout back and stop it happening again."
    assert not note.coach.signals
