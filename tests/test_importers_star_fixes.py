"""STAR stories as real story banks write them (fixtures in our own words): a lead-in above the first part, a
bold label alone on its line with its text on the next, a story with no Result, sub-labels nested inside a part,
numbered steps whose first word is a coaching label, and filled stories under a heading that names STAR."""

from __future__ import annotations

from importing import imported, kinds, messages, skipped


# 1. A lead-in above the first STAR part: the teller's own words, never dropped

LEAD_IN = """\
# Story bank

## Rescuing the billing migration

We moved billing off the old mainframe in six weeks after it had stalled for a year.

**Situation:** The billing migration had been stuck for twelve months and two teams blamed each other.

**Task:** I was asked to get it shipped before the contract renewal.

**Action:** I set up a joint weekly review and split the work into four slices.

**Result:** We cut over in six weeks with no billing errors.

## Growing the platform team

TL;DR - grew the platform team from three to nine in one quarter without lowering the bar.

### Situation
We had three engineers and a roadmap for ten.

### Task
I owned the hiring plan.

### Action
I rewrote the loop and trained six interviewers.

### Result
We hired six people in twelve weeks.

## Tell me about a time you disagreed with your manager.

Interviewers want to see that you can push back with respect.

My manager wanted to cut the on-call rotation; I pushed back and we found a middle ground.

- **Situation:** The team was burning out on a weekly rotation.
- **Task:** I had to keep coverage while cutting load.
- **Action:** I proposed a follow-the-sun split with the Dublin office.
- **Result:** Pages per person fell by half.

## Story 4: Winning over a skeptical VP

In short: a two-week pilot turned a VP who doubted our platform into its sponsor.

Questions this answers:
- Tell me about a time you influenced without authority.

**Situation:** A VP doubted our platform plan.

**Task:** I had to win his budget.

**Action:** I ran a two-week pilot with his team.

**Result:** He funded the platform for a year.
"""


def test_a_lead_in_opens_the_situation_and_a_summary_is_the_cheat_code(taxonomy):
    report = imported(LEAD_IN, taxonomy)

    assert kinds(report) == {"star": 4}
    billing, hiring, manager, vp = report.notes
    assert billing.body.situation == (
        "We moved billing off the old mainframe in six weeks after it had stalled for a year.\n\n"
        "The billing migration had been stuck for twelve months and two teams blamed each other.")
    assert hiring.body.situation == "We had three engineers and a roadmap for ten."
    assert hiring.coach.cheat_code == ("Grew the platform team from three to nine in one quarter without lowering "
                                       "the bar.")
    assert manager.body.situation == (
        "My manager wanted to cut the on-call rotation; I pushed back and we found a middle ground.\n\n"
        "The team was burning out on a weekly rotation.")
    assert "push back with respect" not in manager.body.situation  # words to the reader: not the story
    assert vp.body.question == "Tell me about a time you influenced without authority."
    assert vp.coach.cheat_code == "A two-week pilot turned a VP who doubted our platform into its sponsor."
    assert vp.body.situation == "A VP doubted our platform plan."
    assert not [s for s in skipped(report) if "text outside" in s or "text under" in s]
    # the words to the reader say what interviewers look for: the story's signal
    assert manager.coach.signals == ("Interviewers want to see that you can push back with respect.",)


# 2. A bold label alone on its line, its text on the next line of the same paragraph (a soft or hard break)

LABEL_ABOVE_TEXT = (
    "# Stories\n\n"
    "## Tell me about a time you settled a design dispute.\n\n"
    "**Context**\nTwo senior engineers had argued over the queue design for weeks.\n\n"
    "**Situation**\nThe sprint that needed the queue was starting.\n\n"
    "**Task**  \nI had to get a decision made before the sprint ended.\n\n"
    "**Action**\\\nI ran a short design review with both of them and a neutral reviewer.\n\n"
    "**Result**\nWe picked one design and shipped the queue two weeks later.\n\n"
    "## Tell me about a time you cut scope.\n\n"
    "**Background**\nA partner had fixed the launch date.\n\n"
    "**Problem**\nWe had twice the work the date allowed.\n\n"
    "**Action**\nI ranked the features with the partner.\n\n"
    "**Result**\nWe launched on time with the top five.\n")


def test_a_bold_label_over_its_text_on_the_next_line_is_read_as_that_label(taxonomy):
    report = imported(LABEL_ABOVE_TEXT, taxonomy)

    assert kinds(report) == {"star": 2}
    assert not report.drafts and not skipped(report)
    dispute, scope = report.notes
    assert dispute.body.situation == ("Two senior engineers had argued over the queue design for weeks.\n\n"
                                      "The sprint that needed the queue was starting.")  # Context joins Situation
    assert dispute.body.task == "I had to get a decision made before the sprint ended."
    assert dispute.body.action == "I ran a short design review with both of them and a neutral reviewer."
    assert dispute.body.result == "We picked one design and shipped the queue two weeks later."
    assert (scope.body.situation, scope.body.task) == ("A partner had fixed the launch date.",
                                                       "We had twice the work the date allowed.")


# 3. A story told up to its Action, its Result still to write: a draft story, never a Q&A or a scenario

NO_RESULT = """\
# Stories

## Tell me about a time you handled an outage.

**Context:** Our payments API went down on a Friday night before a sale.

**Task:** I was the incident commander.

**Action:** I rolled back the release and paged the database team.

## Tell me about a time you kept a launch on track.

**Problem:** The partner changed their API two weeks before our launch.

**Action:** I moved two engineers onto an adapter and told the partner what we needed from them.

## The flaky test purge

**Context:** Half our CI runs failed on flaky tests.

**Action:** I quarantined the flaky tests and set up a fix-it rotation.
"""


def test_a_story_with_no_result_is_a_draft_story(taxonomy):
    report = imported(NO_RESULT, taxonomy)

    assert kinds(report) == {"star": 3}
    outage, launch, purge = report.notes
    assert (outage.body.situation, outage.body.task, outage.body.action) == (
        "Our payments API went down on a Friday night before a sale.", "I was the incident commander.",
        "I rolled back the release and paged the database team.")
    assert launch.body.situation == "The partner changed their API two weeks before our launch."
    assert "**Action:**" not in launch.body.action and launch.body.action.startswith("I moved two engineers")
    assert purge.body.question == "The flaky test purge"
    assert purge.body.situation == "Half our CI runs failed on flaky tests."
    assert all(note.draft for note in report.notes)
    found = messages(report)
    assert "line 3: 'Tell me about a time you handled an outage.' is a draft: no Result" in found
    assert "line 11: 'Tell me about a time you kept a launch on track.' is a draft: no Result" in found
    assert "line 17: 'The flaky test purge' is a draft: no Result" in found
    assert not skipped(report)


def test_a_case_that_asks_what_you_would_do_stays_a_scenario(taxonomy):
    text = ("## Scenario: The split team\n\n**Context:** Two teams share one on-call rotation and blame each other."
            "\n\n**Your task:** Decide how you would restructure the rotation.\n\n"
            "**Action:** What would you change first, and why?\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"scenario": 1}


# 4. Sub-labels listed inside a part are points of that part, their bold kept

SUB_LABELS = """\
# Stories

## Tell me about a time you delivered under pressure.

**Situation:**
- **Role:** tech lead for the payments squad
- **Constraints:** a fixed launch date and a frozen budget
- **Team:** six engineers, two of them new

**Task:** I owned the delivery plan.

**Action:** I cut the scope and paired people up.

**Result:**
- **Impact:** we shipped two days early
- **Revenue:** the partner banks signed for two more years

## Tell me about a time you inherited a struggling team.

**Situation:** I took over a team halfway through a migration.
- **Team:** four engineers and a contractor
- **Deadline:** the end of the quarter

**Task:** I had to land the migration.

**Action:** I froze new features for two sprints.

**Result:** The migration landed a week early.

## Tell me about a time you hired fast.

### Situation
We had to double the team in a quarter.

- **Goal:** from five engineers to ten
- **Stakeholders:** finance and the recruiting lead

### Task
I owned the hiring plan.

### Action
I rewrote the interview loop.

### Result
We hired five people.
"""


def test_sub_labels_inside_a_part_stay_in_that_part(taxonomy):
    report = imported(SUB_LABELS, taxonomy)

    assert kinds(report) == {"star": 3}
    assert not report.drafts and not skipped(report)
    pressure, struggling, hiring = report.notes
    assert pressure.body.situation == ("- **Role:** tech lead for the payments squad\n"
                                       "- **Constraints:** a fixed launch date and a frozen budget\n"
                                       "- **Team:** six engineers, two of them new")
    assert pressure.body.task == "I owned the delivery plan."
    assert pressure.body.result == ("- **Impact:** we shipped two days early\n"
                                    "- **Revenue:** the partner banks signed for two more years")
    assert struggling.body.situation == ("I took over a team halfway through a migration.\n\n"
                                         "- **Team:** four engineers and a contractor\n"
                                         "- **Deadline:** the end of the quarter")
    assert hiring.body.situation.endswith("- **Goal:** from five engineers to ten\n"
                                          "- **Stakeholders:** finance and the recruiting lead")
    assert hiring.body.task == "I owned the hiring plan."


def test_a_list_of_parts_still_gives_each_part(taxonomy):
    text = ("## Tell me about a time you led a rewrite.\n\n- **Situation:** The billing code had no tests.\n"
            "- **Task:** I had to make it safe to change.\n- **Action:** I wrote tests around each module first.\n"
            "- **Result:** We shipped the rewrite with no incident.\n")
    report = imported(text, taxonomy)

    body = report.notes[0].body
    assert (body.situation, body.task, body.result) == ("The billing code had no tests.",
                                                        "I had to make it safe to change.",
                                                        "We shipped the rewrite with no incident.")


# 5. A numbered step whose first word is a coaching label stays a step of its part

STEPS = """\
# Stories

## Tell me about a time you turned a project around.

**Situation:** The data platform was six months late.

**Task:** I was asked to land it by the end of the year.

**Action:**
1. I cut the scope to the two pipelines finance needed.
2. I paired each new engineer with someone who knew the old system.
3. Follow-up: I met each lead weekly to check the burn-down.
4. Tips: I shared a one-page status every Friday so nobody had to ask.

**Result:** We landed both pipelines in November.

**Follow-ups:**
- How did you pick the two pipelines?
"""


def test_a_numbered_step_starting_with_a_coaching_word_stays_in_the_action(taxonomy):
    report = imported(STEPS, taxonomy)

    note = report.notes[0]
    assert note.body.action == (
        "1. I cut the scope to the two pipelines finance needed.\n"
        "2. I paired each new engineer with someone who knew the old system.\n"
        "3. Follow-up: I met each lead weekly to check the burn-down.\n"
        "4. Tips: I shared a one-page status every Friday so nobody had to ask.")
    assert note.coach.tips == ("Follow-up: How did you pick the two pipelines?",)  # the real follow-ups label


# 6. A filled story under a heading that names STAR or a framework is the answer; a real template stays skipped

FRAMEWORK_HEADINGS = """\
# Behavioral questions

## Tell me about a time you disagreed with your manager.

### Answer Framework (STAR)

**Situation:** In 2022 my manager wanted to move our team onto a new message queue in one sprint.

**Task:** I was responsible for the services that would have to change.

**Action:** I wrote up the three risks I saw and proposed a two-step move, starting with the least critical service.

**Result:** We moved in two sprints with no outage, and my manager used the same plan for the next migration.

## Tell me about a time you missed a deadline.

### STAR format

Our mobile release slipped by two weeks in the spring because I had not planned for the app store review.

I told the product lead as soon as I knew, and we moved the marketing launch with her.

Since then I have added review time to every release plan I write.

## Tell me about a time you led without authority.

### Answer framework (STAR)

- **Situation:** Describe the context and what was at stake.
- **Task:** Explain what you were responsible for.
- **Action:** Walk through the steps you took.
- **Result:** Share the outcome, with numbers if you can.

## Tell me about a time you coached someone.

### Story template

**Situation:** [Team, size, what was at stake]

**Task:** [Your role]

**Action:** [Three steps you took]

**Result:** [The numbers]
"""


def test_a_filled_story_under_a_framework_heading_is_the_answer(taxonomy):
    report = imported(FRAMEWORK_HEADINGS, taxonomy)

    notes = {n.body.question: n for n in report.notes}
    manager = notes["Tell me about a time you disagreed with your manager."]
    assert manager.kind.value == "star" and not manager.draft
    assert manager.body.situation.startswith("In 2022 my manager wanted")
    assert manager.body.result.startswith("We moved in two sprints")
    deadline = notes["Tell me about a time you missed a deadline."]
    assert deadline.kind.value == "qa" and not deadline.draft
    assert deadline.body.answer.startswith("Our mobile release slipped by two weeks")
    assert deadline.body.answer.endswith("to every release plan I write.")
    assert notes["Tell me about a time you led without authority."].draft
    assert notes["Tell me about a time you coached someone."].draft
    found = skipped(report)
    assert "line 27: section 'Answer framework (STAR)' (a template, not an answer)" in found
    assert "line 36: section 'Story template' (a template, not an answer)" in found
    assert not any("Answer Framework (STAR)" in s or "STAR format" in s for s in found)


# 7. A template's label over the question's real answer; a scenario's name said again as its first line

LABELLED_FRAMEWORK = """\
# Questions

## Tell me about a time you missed a deadline.

**Answer framework (STAR):**

Our mobile release slipped by two weeks because I had not planned for the app store review.

I told the product lead as soon as I knew, and we moved the marketing launch with her.

## Tell me about a time you led without authority.

**STAR framework**

- **Situation:** Describe the context and what was at stake.
- **Task:** Explain what you were responsible for.
- **Action:** Walk through the steps you took.
- **Result:** Share the outcome, with numbers if you can.
"""


def test_a_framework_label_over_a_told_answer_keeps_the_answer(taxonomy):
    report = imported(LABELLED_FRAMEWORK, taxonomy)

    missed, led = report.notes
    assert missed.kind.value == "qa" and not missed.draft
    assert missed.body.answer == (
        "Our mobile release slipped by two weeks because I had not planned for the app store review.\n\n"
        "I told the product lead as soon as I knew, and we moved the marketing launch with her.")
    assert led.draft  # instructions to the reader: a template, skipped
    assert skipped(report) == ["line 13: section 'STAR framework' (a template, not an answer)"]


REPEATED_NAME = """\
# Leadership cases

## Scenario: The split on-call rotation

**Situation:** The split on-call rotation. Two teams share one on-call rotation and blame each other for noisy alerts.

**Challenges:**
- Alerts doubled in a quarter
- One team works from another time zone

**Your task:** Decide how you would restructure the rotation.

## Practice cases

Scenario: The frozen hiring plan

The frozen hiring plan
Finance froze hiring a month after you promised your team two new engineers.

**Challenges:**
- The team is already stretched

**Your task:** Decide what you tell the team this week.
"""


def test_a_scenario_name_said_again_as_the_situation_opens_is_said_once(taxonomy):
    report = imported(REPEATED_NAME, taxonomy)

    assert kinds(report) == {"scenario": 2}
    split, frozen = report.notes
    assert split.body.title == "The split on-call rotation"
    assert split.body.situation == "Two teams share one on-call rotation and blame each other for noisy alerts."
    assert frozen.body.situation == ("The frozen hiring plan\n\nFinance froze hiring a month after you promised "
                                     "your team two new engineers.")


def test_a_short_answer_above_the_story_is_its_one_liner(taxonomy):
    text = ("## Tell me about a time you failed.\n\n"
            "**Short answer:** I shipped a search page without a load test and it fell over.\n\n"
            "**Situation:** I owned the launch of our new search page.\n\n"
            "**Action:** I skipped the load test to make the date.\n\n"
            "**Result:** We rolled back within the hour and I added load tests to our checklist.\n")
    report = imported(text, taxonomy)

    note = report.notes[0]
    assert note.coach.cheat_code == "I shipped a search page without a load test and it fell over."
    assert note.body.situation == "I owned the launch of our new search page."
    assert not skipped(report)


PLAIN_LEAD_IN = """\
STORY BANK

Cutting cloud spend
In short: halved our cloud bill in one quarter.
Situation: Our cloud bill had doubled in a year.
Task: I owned the budget.
Action: I moved the batch jobs to spot instances.
Result: The bill fell by half.

Hiring in a hurry
We grew the team from three to nine in one quarter.
Situation: We had three engineers and a roadmap for ten.
Task: I owned the hiring plan.
Action: I rewrote the interview loop.
Result: We hired six people.
"""


def test_plain_text_a_line_between_the_title_and_the_first_part_is_the_lead_in(taxonomy):
    report = imported(PLAIN_LEAD_IN, taxonomy, name="bank.txt")

    assert kinds(report) == {"star": 2}
    cloud, hiring = report.notes
    assert (cloud.body.question, hiring.body.question) == ("Cutting cloud spend", "Hiring in a hurry")
    assert cloud.coach.cheat_code == "Halved our cloud bill in one quarter."
    assert cloud.body.result == "The bill fell by half."
    assert hiring.body.situation == ("We grew the team from three to nine in one quarter.\n\n"
                                     "We had three engineers and a roadmap for ten.")


def test_a_page_titled_star_over_its_questions_keeps_them(taxonomy):
    text = ("# STAR method\n\nI used the STAR method in my interviews last year and it helped me a lot.\n\n"
            "I wrote every story down first.\n\n## Tell me about a time you failed.\n\n"
            "I shipped a page without a load test and it fell over; I added load tests after.\n")
    report = imported(text, taxonomy)

    assert [n.body.question for n in report.notes] == ["Tell me about a time you failed."]
    assert report.notes[0].body.answer.startswith("I shipped a page without a load test")
    assert skipped(report) == ["line 1: text under 'STAR method' (a template, not an answer)"]


def test_words_about_the_question_above_a_story_stay_out_of_it(taxonomy):
    text = ("## Tell me about a time you cut costs.\n\nStrong answers named the numbers and the trade-offs.\n\n"
            "**Situation:** Our cloud bill had doubled in a year.\n\n**Action:** I moved batch jobs to spot instances."
            "\n\n**Result:** The bill fell by half.\n")
    report = imported(text, taxonomy)

    assert report.notes[0].body.situation == "Our cloud bill had doubled in a year."
    assert report.notes[0].coach.signals == ("Strong answers named the numbers and the trade-offs.",)  # coaching
    assert not skipped(report)


def test_a_labelled_item_that_asks_after_a_part_is_not_a_point_of_it(taxonomy):
    text = ("## Tell me about a time you shipped early.\n\n**Situation:** We had one quarter to ship.\n\n"
            "**Action:** I cut the scope.\n\n**Result:** We shipped two days early.\n"
            "- **Ownership:** Tell me about a time you took over a failing project.\n")
    report = imported(text, taxonomy)

    assert report.notes[0].body.result == "We shipped two days early."


def test_a_learning_named_in_its_usual_words_after_a_result_is_the_learning(taxonomy):
    text = ("## Tell me about a time you shipped early.\n\n**Situation:** We had one quarter to ship.\n\n"
            "**Action:** I cut the scope.\n\n**Result:** We shipped two days early.\n"
            "- **Growth:** revenue from the partner rose by a fifth\n- **Key takeaway:** I cut scope early now.\n")
    report = imported(text, taxonomy)

    body = report.notes[0].body
    assert body.result == "We shipped two days early.\n\n- **Growth:** revenue from the partner rose by a fifth"
    assert body.learning == "I cut scope early now."
