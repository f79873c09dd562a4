"""Accuracy fixes found by probing story banks and coaching pages (branch acc-h1). Fixtures are our own words."""

from __future__ import annotations

from importing import imported, kinds, skipped

ALSO_WORKS_FOR_MD = """# Stories

### 1. Night shift rota

**Q: Tell me about a time you changed a process people disliked.**
**Also works for:** "Describe a time you listened to complaints and acted on them."

S: Our support rota put the same three people on nights every week.
T: Spread the load without hiring.
A: I built a rotating schedule with the team and traded two weekend shifts for a day off.
R: Night shifts per person fell by half and nobody left that year.
"""


def test_an_also_label_under_a_story_question_adds_variants_not_a_new_story(taxonomy) -> None:
    report = imported(ALSO_WORKS_FOR_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    (rota,) = report.notes
    assert rota.body.question == "Tell me about a time you changed a process people disliked."
    assert rota.variants == ("Describe a time you listened to complaints and acted on them.",)
    assert rota.body.situation == "Our support rota put the same three people on nights every week."
    assert not rota.draft


GOAL_MD = """# Questions

## 1. How do you run a retrospective after a bad release?

**Interviewer's goal:** See whether you look for causes rather than culprits.

**Answer:** I start from the timeline, ask what made each step look reasonable at the time, and leave with two owners.
"""


def test_the_interviewers_goal_is_a_signal(taxonomy) -> None:
    (note,) = imported(GOAL_MD, taxonomy).notes
    assert note.coach.signals == ("See whether you look for causes rather than culprits.",)
    assert note.body.answer.startswith("I start from the timeline")


NOT_YET_MD = """# My answers

## What does good engineering culture look like to you?

*No answer yet, still thinking about this one.*

## How do you say no to a senior stakeholder?

I show the cost of yes in their own goals, and offer the smaller thing we can do now.
"""


def test_a_remark_that_the_answer_is_not_written_yet_makes_a_draft(taxonomy) -> None:
    culture, saying_no = imported(NOT_YET_MD, taxonomy).notes
    assert culture.draft and culture.body.answer == ""
    assert not saying_no.draft and saying_no.body.answer.startswith("I show the cost")


TITLED_BANK_TXT = """STORY 1 - Pager fatigue
Q: Tell me about a time you improved on-call.
Situation: Each engineer was paged about ten times a night.
Task: Halve the pages in a quarter.
Action: I sorted the alerts by noise and deleted the ones nobody acted on.
Result: Pages fell by seventy percent.

STORY #2 -- A HARD HIRE
Q: Tell me about a hiring decision you regret.
Situation: We needed a lead fast.
Task: Fill the role within a month.
Action: I skipped the reference calls to save a week.
Result: The hire left after three months.
Lesson: The week saved cost a quarter.

STORY 3 -- Vendor switch
Questions this answers: Describe a time you negotiated with a vendor.
Situation: Our log vendor doubled the price.
Task: Keep the bill flat.
Action: I ran a trial of two others and took the numbers back to the first.
Result: They matched the old price for two more years.
"""


def test_a_title_line_over_the_next_storys_question_names_it_and_leaves_the_last_part(taxonomy) -> None:
    report = imported(TITLED_BANK_TXT, taxonomy, name="bank.txt")
    assert kinds(report) == {"star": 3}
    pager, hire, vendor = report.notes
    assert pager.body.result == "Pages fell by seventy percent."
    assert hire.body.title == "A HARD HIRE"
    assert hire.body.question == "Tell me about a hiring decision you regret."
    assert hire.body.learning == "The week saved cost a quarter."
    assert vendor.body.title == "Vendor switch"
    assert vendor.body.question == "Describe a time you negotiated with a vendor."


ANSWERS_LINE_MD = """# Story bank

### Story: Release train
*Answers: "How have you made delivery more predictable?" and "Tell me about changing how a team ships."*

#### Situation (30s)
Releases went out whenever someone remembered, about once a month.
#### Task (15s)
Make releases boring.
#### Action (60s)
I set a fortnightly train, wrote the cut-off rules, and ran the first six trains myself.
#### Result (30s)
We shipped every two weeks for a year with two hotfixes in total.

Competencies: Delivery · Process · Ownership
"""


def test_an_answers_line_of_quoted_questions_gives_the_story_its_question_and_variants(taxonomy) -> None:
    (train,) = imported(ANSWERS_LINE_MD, taxonomy).notes
    assert train.body.title == "Release train"
    assert train.body.question == "How have you made delivery more predictable?"
    assert train.variants == ("Tell me about changing how a team ships.",)
    assert train.body.action.startswith("I set a fortnightly train")
    assert train.competencies == ("Delivery", "Process", "Ownership")


VP_STORY_MD = """# Stories for a staff loop

### Story: Pushing back on a VP
*Answers: "Tell me about a time you said no to leadership."*

#### Situation
A VP wanted a one-off report for a single prospect during a launch week.
#### Task
Keep the launch safe.
#### Action
I showed the cost in a table and offered a manual export instead.
#### Result
The launch held and the prospect signed.
"""


def test_a_role_in_a_storys_name_over_its_part_headings_is_no_level(taxonomy) -> None:
    report = imported(VP_STORY_MD, taxonomy)
    (story,) = report.notes
    assert story.body.title == "Pushing back on a VP"
    assert story.level.value == "staff"


FRAMEWORK_MD = """# Questions

## What is your biggest professional failure?

**Framework:** Own it, then the impact, then what changed

**Example:**
I promised a date before the team sized the work, and we slipped by five weeks.
"""


def test_a_framework_line_under_a_question_is_a_tip(taxonomy) -> None:
    (note,) = imported(FRAMEWORK_MD, taxonomy).notes
    assert note.coach.tips == ("Framework: Own it, then the impact, then what changed",)
    assert note.body.answer.startswith("I promised a date")


TIPS_THEN_ANSWER_MD = """## Letting someone go

**The question:** Have you ever had to let someone go?

**Tips**
- Show that it was not a surprise
- Show respect in how it was done

**Your answer:**
Yes, after two improvement plans I let a developer go, and I helped him find his next role.
"""


def test_an_answer_label_after_a_bold_tips_line_ends_the_tips(taxonomy) -> None:
    (note,) = imported(TIPS_THEN_ANSWER_MD, taxonomy).notes
    assert note.coach.tips == ("Show that it was not a surprise", "Show respect in how it was done")
    assert note.body.answer.startswith("Yes, after two improvement plans")
    assert not note.draft


REFLECTION_PROMPTS_MD = """# Stories

### Tell me about a time you stood in for your manager

**Situation:** My manager went on leave for a month during planning.
**Task:** Run planning for the team.
**Action:** I gathered estimates, held the review, and sent the plan to our director.
**Result:** The plan went out on time and was accepted unchanged.

**Reflection prompts**
- What would you do differently?
- What did the team think of it?
"""


def test_reflection_prompts_after_a_story_are_follow_ups_not_its_result(taxonomy) -> None:
    (story,) = imported(REFLECTION_PROMPTS_MD, taxonomy).notes
    assert story.body.result == "The plan went out on time and was accepted unchanged."
    assert story.coach.tips == ("Follow-up: What would you do differently?",
                                "Follow-up: What did the team think of it?")


TODO_DASH_MD = """# Stories

### Tell me about a time you missed a deadline

> **TODO** — write this one after the retro notes are back.

### Tell me about a time you changed your mind

I argued for a rewrite, then read the incident history and backed a refactor instead.
"""


def test_a_todo_with_a_dash_is_a_placeholder(taxonomy) -> None:
    missed, changed = imported(TODO_DASH_MD, taxonomy).notes
    assert missed.draft and missed.body.answer == ""
    assert not changed.draft


DO_AND_SAMPLES_MD = """# How to answer: "Why do you want to join us?"

⏱️ Reading time: 3 min

## Why interviewers ask this
They want to see that you chose them on purpose.

## ✔️ Do
- Name something specific about the product

## ❌ Don't
- Talk only about pay

## Sample answers

### Sample answer for a new graduate
"I have used your maps app every day for a year and want to work on its offline mode."
"""


def test_do_is_a_tip_sample_answers_are_the_answer_and_an_emoji_label_is_read(taxonomy) -> None:
    report = imported(DO_AND_SAMPLES_MD, taxonomy)
    (note,) = report.notes
    assert note.coach.tips == ("Name something specific about the product", "Red flag: Talk only about pay")
    assert note.body.answer == "I have used your maps app every day for a year and want to work on its offline mode."
    assert any("Reading time" in line for line in skipped(report))


FULL_STOP_LABELS_MD = """# STAR stories

## 1) Splitting the platform group

**Questions**
1. Tell me about a time you restructured a team.
2. How have you handled a reorg people resisted?

**Situation.** Three teams shared ownership and paged each other all night.

**Task.** Propose a new structure within a month.

**Action.** I mapped services to owners and split the group by customer.

**Result.** Cross-team pages fell by half.

**Tags:** `org-design` `change`
"""


def test_full_stop_labels_and_a_bare_questions_list_over_a_story(taxonomy) -> None:
    report = imported(FULL_STOP_LABELS_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    (story,) = report.notes
    assert story.body.question == "Tell me about a time you restructured a team."
    assert story.variants == ("How have you handled a reorg people resisted?",)
    assert story.body.situation == "Three teams shared ownership and paged each other all night."
    assert story.body.result == "Cross-team pages fell by half."
    assert story.tags == ("org-design", "change")


TWO_QUESTIONS_TXT = """QUESTION GUIDE

Q: Tell me about a time you gave a customer bad news.

Red flags:
- Hiding behind email

Follow-ups:
- How did the customer respond?
- What changed afterwards?


Q: What's your approach to code reviews?

Sample answer: I review within a day and keep must-fix apart from nits.
"""


def test_a_q_line_at_the_margin_after_a_follow_up_list_asks_a_new_question(taxonomy) -> None:
    report = imported(TWO_QUESTIONS_TXT, taxonomy, name="guide.txt")
    news, reviews = report.notes
    assert news.coach.tips == ("Red flag: Hiding behind email", "Follow-up: How did the customer respond?",
                               "Follow-up: What changed afterwards?")
    assert reviews.body.question == "What's your approach to code reviews?"
    assert reviews.body.answer == "I review within a day and keep must-fix apart from nits."


EMPTY_FRAME_MD = """## Stories

### On-call load

> **Prompt:** "Tell me about a time you protected your team."

**S** —
**T** —
**A** —
**R** —
"""


def test_a_frame_of_empty_part_names_is_no_answer(taxonomy) -> None:
    (note,) = imported(EMPTY_FRAME_MD, taxonomy).notes
    assert note.draft and note.body.answer == ""
    assert note.body.question == "Tell me about a time you protected your team."


DETAILS_UNDER_QUESTIONS_MD = """## Tell me about a time you failed.

**What they're looking for:** Honesty and a change in behaviour.

<details>
<summary>💬 Sample answer</summary>

I shipped a migration without a rollback script and locked a table for half an hour. I wrote our migration checklist.

</details>

<details>
<summary>🚩 Red flags</summary>

- No lesson

</details>

## Describe your leadership style.

<details>
<summary>Sample answer</summary>

I coach first and decide when the team is stuck.

</details>
"""


def test_folded_sections_after_a_question_headings_text_stay_that_questions(taxonomy) -> None:
    failed, style = imported(DETAILS_UNDER_QUESTIONS_MD, taxonomy).notes
    assert failed.body.answer.startswith("I shipped a migration")
    assert failed.coach.tips == ("Red flag: No lesson",)
    assert style.body.answer == "I coach first and decide when the team is stuck."
    assert style.coach.tips == ()


NUMBERED_BANK_TXT = """My stories

1. Winning back sales
   Question: Tell me about a time you repaired a relationship.
   S - Sales had stopped inviting us to deals after two missed promises.
   T - Win back their trust in a quarter.
   A - I joined their pipeline call and committed only to dates my team had checked.
   R - Two months later they invited us to scoping calls again.

2. Cutting cloud costs
   Question: Give an example of saving money for the business.
   S - The cloud bill grew four times faster than traffic.
   T - Bring spend back in line.
   A - I tagged resources by team and shut idle clusters at night.
   R - Spend fell by a quarter.
"""


def test_a_numbered_title_line_over_the_next_storys_fields_names_it(taxonomy) -> None:
    report = imported(NUMBERED_BANK_TXT, taxonomy, name="stories.txt")
    assert kinds(report) == {"star": 2}
    sales, cloud = report.notes
    assert sales.body.result == "Two months later they invited us to scoping calls again."
    assert cloud.body.title == "Cutting cloud costs"
    assert cloud.body.question == "Give an example of saving money for the business."
