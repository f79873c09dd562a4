"""Round 17 fixes (c): scenarios whose scene has no label of its own, set each in a quote of their own, or asked by a
bold question over the questions to discuss; a page's reading time and its links to related pages; coaching pages
and story banks copied from a browser as plain text (templates of blanks, page chips, lists that lost their nesting,
tables pasted with tabs, cases named by numbered lines); a large sheet read in two processes."""

from __future__ import annotations

import os

import pytest

from leaderdeck.importers.base import DocumentError
from leaderdeck.importers.blocks import PARAGRAPH, Block
from leaderdeck.importers.questions import question_of

from importing import imported, kinds, skipped

UNLABELLED_SCENE = """# Practice cases

### Scenario: The quiet retro

Retros on your team have shrunk to ten minutes and the same two people speak.
Action items from the last four were never done.

**Challenges:**
- The team lead thinks retros are a waste
- Two people are new and shy

**Discussion:**
- How would you find out why people stopped talking?
- What would you change first?
"""


def test_text_above_a_scenarios_labelled_challenges_is_its_situation(taxonomy):
    report = imported(UNLABELLED_SCENE, taxonomy)
    assert kinds(report) == {"scenario": 1}
    body = report.notes[0].body
    assert body.title == "The quiet retro"
    assert body.situation.startswith("Retros on your team have shrunk")
    assert "never done" in body.situation
    assert body.challenges == ("The team lead thinks retros are a waste", "Two people are new and shy")
    assert [p.heading for p in body.discussion] == ["How would you find out why people stopped talking?",
                                                    "What would you change first?"]
    assert skipped(report) == []


def test_a_story_told_as_i_above_its_challenges_is_no_scene(taxonomy):
    # the writer's own past, then what was hard about it: no case set for the reader
    text = """# Projects

## The billing rewrite

I led the rewrite of our billing service over two quarters with four engineers.

**Challenges:**
- Legacy data in three formats
- A hard freeze in December
"""
    with pytest.raises(DocumentError):  # no question, no scene: nothing to make a card of
        imported(text, taxonomy)


QUOTED_CASES = """# Cases for the loop

> **Scenario: The flaky pipeline**
>
> Your main branch is red a third of the time and nobody owns the tests.
>
> **Challenges:**
> - Four teams share the pipeline
>
> **Discussion:**
> - Who should own a shared test?
> - How do you get the branch green this week?

> **Case 2 - The hiring freeze**
>
> **Situation:** Two offers you made are frozen the day before they are signed.
>
> **Discussion:**
> - What do you tell the candidates?
"""


def test_each_quoted_scenario_under_its_bold_name_is_a_note_of_its_own(taxonomy):
    report = imported(QUOTED_CASES, taxonomy)
    assert kinds(report) == {"scenario": 2}
    first, second = (n.body for n in report.notes)
    assert first.title == "The flaky pipeline"
    assert first.situation == "Your main branch is red a third of the time and nobody owns the tests."
    assert first.challenges == ("Four teams share the pipeline",)
    assert [p.heading for p in first.discussion] == ["Who should own a shared test?",
                                                     "How do you get the branch green this week?"]
    assert second.title == "The hiring freeze"
    assert second.situation.startswith("Two offers you made are frozen")
    assert [p.heading for p in second.discussion] == ["What do you tell the candidates?"]


def test_a_quoted_bold_line_that_names_no_case_stays_in_its_quote(taxonomy):
    text = """# Stories

## Tell me about a time you cut costs.

> **The cloud bill**
>
> **Situation:** Our cloud bill doubled in a year.
>
> **Task:** I had to bring it back down.
>
> **Action:** I tagged every resource by team and sent each team its bill.
>
> **Result:** The bill fell by a third in two months.
"""
    report = imported(text, taxonomy)
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.question == "Tell me about a time you cut costs."
    assert note.body.result == "The bill fell by a third in two months."


BOLD_PROMPT = """# Manager cases

## 1. The slipped date

**Context:** Your team will miss a date that sales has promised to two customers.

**Constraints:**
- The new date must hold
- No extra people this half

**What would you do?**

- Who do you talk to first?
- How do you win back the trust of sales?
"""


def test_questions_listed_under_a_scenarios_bold_prompt_are_its_discussion_points(taxonomy):
    report = imported(BOLD_PROMPT, taxonomy)
    assert kinds(report) == {"scenario": 1}
    body = report.notes[0].body
    assert body.question == "What would you do?"
    assert body.challenges == ("The new date must hold", "No extra people this half")
    assert [p.heading for p in body.discussion] == ["Who do you talk to first?",
                                                    "How do you win back the trust of sales?"]
    assert skipped(report) == []


def test_a_list_that_answers_under_a_scenarios_prompt_is_kept_as_the_writer_s_answer(taxonomy):
    text = BOLD_PROMPT.replace("- Who do you talk to first?\n- How do you win back the trust of sales?\n",
                               "- Call both customers myself\n- Publish a new plan by Friday\n")
    report = imported(text, taxonomy)
    assert kinds(report) == {"scenario": 1}
    assert report.notes[0].body.discussion == ()
    assert any(tip.startswith("**Answer:**") and "- Publish a new plan by Friday" in tip
               for tip in report.notes[0].coach.tips)


COACHING_PAGE = """# How do you decide when to pay down tech debt?

*4 min read*

## What interviewers want

A repeatable way to weigh debt against features, and proof you have used it.

## Sample answer

I keep a short list of debt items, each with the slow-downs it caused last quarter, and bring the costliest one
to planning with that number attached.

## Related questions

- [How do you say no to a product manager?](/questions/say-no)
- [How do you plan a migration?](./migration.md "Planning a migration")
"""


def test_a_pages_reading_time_and_links_to_related_pages_are_reported_not_kept(taxonomy):
    report = imported(COACHING_PAGE, taxonomy)
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.answer.startswith("I keep a short list of debt items")
    assert note.variants == ()
    lines = skipped(report)
    assert any("'4 min read'" in line and "reading time" in line for line in lines)
    assert any("'Related questions'" in line and "links to other pages" in line for line in lines)


def test_a_storys_reading_time_is_no_competency_and_an_update_date_no_answer(taxonomy):
    text = """# Tell me about a time you disagreed with your manager

_6 minute read_

**Situation:** My manager wanted a rewrite before our busiest week.

**Task:** I owned the service's uptime.

**Action:** I brought load-test numbers and a cheaper plan to our one-to-one.

**Result:** We moved the rewrite a quarter later and the week passed with no incident.

Last updated: March 2, 2025
"""
    report = imported(text, taxonomy)
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.competencies == ()
    assert note.body.result == "We moved the rewrite a quarter later and the week passed with no incident."
    assert sum("reading time or date" in line for line in skipped(report)) == 2


def test_related_questions_that_are_written_out_are_still_variants(taxonomy):
    text = COACHING_PAGE.replace(
        "- [How do you say no to a product manager?](/questions/say-no)\n"
        "- [How do you plan a migration?](./migration.md \"Planning a migration\")\n",
        "- When do you stop building features to fix old code?\n- How do you justify a refactor to your boss?\n")
    report = imported(text, taxonomy)
    assert report.notes[0].variants == ("When do you stop building features to fix old code?",
                                        "How do you justify a refactor to your boss?")


def test_a_sentence_that_mentions_an_update_and_a_year_is_kept(taxonomy):
    text = COACHING_PAGE.replace("*4 min read*", "Updated the plan in 2023 after the outage, see below.")
    report = imported(text, taxonomy)
    assert not any("reading time or date" in line for line in skipped(report))


# A coaching page and a story bank copied from a browser as plain text

COPIED_COACHING = """How do you handle a teammate who keeps missing deadlines?

Why interviewers ask this

They want to see that you look for causes before blame, and that you follow up.

Answer template

Situation

[Set the scene: the team, the project, what slipped]

Task

[What was your role in fixing it?]

Action

[Which steps did you take, in order? Be specific]

Result

[What changed? Give a number if you can.]

Tips

• Keep the teammate anonymous

Sample answer

Situation: A backend engineer on my team missed three sprint goals in a row.

Task: As the lead I had to get the work back on track without losing him.

Action: I asked him what was in the way and paired him with our queue expert for a week.

Result: He met the next four sprint goals.
"""


def test_a_template_of_blank_parts_then_the_sample_answer_is_one_story(taxonomy):
    report = imported(COPIED_COACHING, taxonomy, name="page.txt")
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.question == "How do you handle a teammate who keeps missing deadlines?"
    assert note.body.situation == "A backend engineer on my team missed three sprint goals in a row."
    assert note.body.result == "He met the next four sprint goals."
    assert not note.draft
    assert note.coach.tips == ("Keep the teammate anonymous",)
    assert any("'STAR answer template'" in line and "template" in line for line in skipped(report))


def test_a_bracketed_blank_that_asks_starts_no_question(taxonomy):
    for text in ("[Which steps did you take? Be detailed about YOUR actions]", "_[What did you own? Be brief.]_"):
        assert question_of(Block(PARAGRAPH, 1, 1, text, plain=True)) is None
    asked = question_of(Block(PARAGRAPH, 1, 1, "[Q2] How do you plan a quarter?", plain=True))
    assert asked is not None and "How do you plan a quarter?" in asked[0]
    text = COPIED_COACHING.split("Tips")[0]  # the template alone: the question's story is still to write
    report = imported(text, taxonomy, name="page.txt")
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.question == "How do you handle a teammate who keeps missing deadlines?"
    assert report.notes[0].draft


COPIED_BANK = """My best stories

1. Cutting the build time in half ⭐⭐⭐⭐

Category: Delivery

Timing: 2 minutes

Situation (30s)

Our monorepo build took 40 minutes and blocked every merge.

Task (20s)

I was asked to bring it under 20 minutes without new hardware.

Action (60s)

• Split the slowest suite across four workers

Result (30s)

• Builds dropped to 18 minutes

2. Calming a heated design review ⭐⭐⭐

Category: Conflict

Timing: 90 seconds

Situation (30s)

Two senior engineers argued for an hour over a queue or polling.

Task (20s)

As the reviewer I had to get a decision that day.

Action (60s)

• Ran both designs against a load test that afternoon

Result (30s)

• We picked the queue the same day
"""


def test_a_page_chip_between_a_story_title_and_its_parts_keeps_the_title(taxonomy):
    report = imported(COPIED_BANK, taxonomy, name="bank.txt")
    assert kinds(report) == {"star": 2}
    first, second = report.notes
    assert first.body.question == "Cutting the build time in half"  # no question: the title stands in
    assert second.body.question == "Calming a heated design review"
    assert first.body.result == "- Builds dropped to 18 minutes"
    assert not first.draft and not second.draft
    assert sum("'Timing'" in line for line in skipped(report)) == 2


COPIED_QUESTIONS = """Teamwork questions

Tell me about a time you helped a struggling teammate.

What they look for: that you noticed early and helped without taking over.

Common pitfalls:

• Taking over the work yourself
• Telling the manager first

Other ways to ask this:

• Describe a time you supported a colleague.

How do you handle a teammate who disagrees with everything?

What they look for: patience, and turning objections into input.

Common pitfalls:

• Going around them

Have you ever shared credit for a win?

What they look for: honesty about your own part.
"""


def test_each_question_of_a_copied_coaching_page_after_a_labelled_list_is_its_own(taxonomy):
    report = imported(COPIED_QUESTIONS, taxonomy, name="page.txt")
    assert kinds(report) == {"qa": 3}
    first, second, third = report.notes
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you helped a struggling teammate.",
        "How do you handle a teammate who disagrees with everything?",
        "Have you ever shared credit for a win?"]
    assert first.variants == ("Describe a time you supported a colleague.",)
    assert first.coach.tips == ("Red flag: Taking over the work yourself", "Red flag: Telling the manager first")
    assert second.coach.tips == ("Red flag: Going around them",)
    assert third.coach.signals == ("honesty about your own part.",)
    assert all(n.draft for n in report.notes)


def test_a_line_under_a_labelled_list_with_no_blank_line_between_stays_in_the_list(taxonomy):
    text = COPIED_QUESTIONS.replace("• Going around them\n\nHave you", "• Going around them\nHave you")
    report = imported(text, taxonomy, name="page.txt")
    assert kinds(report) == {"qa": 2}


FLAT_BANK = """Values prep sheet

1. Ship early

• Tell me about a time you shipped something small to learn fast.

• The pricing page test

• R: A week of real data beat a month of debate.

• Tell me about a time you cut scope to hit a date.

• Dropped the admin screens from the first release

• Tell me about a time you had to act without all the facts.

• The region failover at 2am

• drained traffic first, asked questions after

• Tell me about a time you changed your mind.

2. Build trust

• Tell me about a time you admitted a mistake to your team.
"""


def test_a_flat_plain_text_list_gives_each_question_the_items_under_it(taxonomy):
    report = imported(FLAT_BANK, taxonomy, name="values.txt")
    assert kinds(report) == {"qa": 5}
    notes = {n.body.question: n for n in report.notes}
    small = notes["Tell me about a time you shipped something small to learn fast."]
    assert small.body.answer.startswith("- The pricing page test")
    assert "A week of real data beat a month of debate." in small.body.answer
    facts = notes["Tell me about a time you had to act without all the facts."]
    assert facts.body.answer == "- The region failover at 2am\n- drained traffic first, asked questions after"
    changed = notes["Tell me about a time you changed your mind."]
    assert changed.draft and "Build trust" not in changed.body.answer  # the next group's name ends the list
    assert notes["Tell me about a time you admitted a mistake to your team."].draft


def test_a_plain_text_list_of_questions_with_a_note_or_two_stays_a_list_of_questions(taxonomy):
    text = """Questions to prepare

• Tell me about a time you disagreed with a peer.
• Tell me about a time you missed a deadline.
• Tell me about a time you hired someone great.
• remember the hiring story from 2021
• Tell me about a time you gave hard feedback.
"""
    report = imported(text, taxonomy, name="list.txt")
    hired = next(n for n in report.notes if n.body.question == "Tell me about a time you hired someone great.")
    assert hired.draft and not hired.body.answer  # one note among questions: not that question's answer


PLAIN_CASES = """Manager case practice

1. The slipped date

Context: Your team will miss a date that sales promised to two customers.

Constraints:
• The new date must hold
• No extra people this half

What would you do?
• Who do you talk to first?
• How do you win back the trust of sales?

2. The night owl

Context: One engineer fixes every outage at night and is close to burning out.

Constraints:
• What she knows is written down nowhere

Questions to discuss:
1. How do you spread what she knows?
2. What do you say to her?
"""


def test_plain_text_cases_named_by_numbered_lines_are_a_note_each(taxonomy):
    report = imported(PLAIN_CASES, taxonomy, name="cases.txt")
    assert kinds(report) == {"scenario": 2}
    first, second = (n.body for n in report.notes)
    assert (first.title, second.title) == ("The slipped date", "The night owl")
    assert first.situation == "Your team will miss a date that sales promised to two customers."
    assert first.challenges == ("The new date must hold", "No extra people this half")
    assert first.question == "What would you do?"
    assert [p.heading for p in first.discussion] == ["Who do you talk to first?",
                                                     "How do you win back the trust of sales?"]
    assert second.challenges == ("What she knows is written down nowhere",)
    assert [p.heading for p in second.discussion] == ["How do you spread what she knows?", "What do you say to her?"]


def test_numbered_story_titles_in_plain_text_are_not_taken_for_cases(taxonomy):
    # numbered names over a story's parts: the stories' own titles (no case's challenges or points anywhere)
    report = imported(COPIED_BANK, taxonomy, name="bank.txt")
    assert kinds(report) == {"star": 2}


def test_a_table_pasted_into_plain_text_with_tabs_gives_a_note_a_row(taxonomy):
    text = ("My stories\n\nStory\tSituation\tTask\tAction\tResult\n"
            "Flaky CI\tCI failed a third of runs\tGet main green\tQuarantined flaky tests\tGreen 98% of runs\n"
            "Vendor exit\tPrices rose by 40%\tDecide to stay or go\tCosted both paths\tMigrated in 7 weeks\n")
    report = imported(text, taxonomy, name="stories.txt")
    assert kinds(report) == {"star": 2}
    first, second = (n.body for n in report.notes)
    assert (first.situation, first.result) == ("CI failed a third of runs", "Green 98% of runs")
    assert second.action == "Costed both paths"


def test_tabs_between_words_that_name_no_columns_are_no_table():
    from leaderdeck.importers.textreader import read_text_lines
    from leaderdeck.importers.blocks import TABLE

    lines = ("Names\tDates", "Ana\t2021", "Bo\t2022", "", "Question\tAnswer", "Why us?\tThe team.")
    blocks = read_text_lines(lines)
    tables = [b for b in blocks if b.kind is TABLE]
    assert [t.rows for t in tables] == [(("Question", "Answer"), ("Why us?", "The team."))]
    assert tables[0].line == 5 and tables[0].end == 6


@pytest.mark.skipif(not __import__("leaderdeck.importers.forked", fromlist=["can_fork"]).can_fork(),
                    reason="no safe fork here: rows read in one process")
def test_a_large_sheet_read_in_two_processes_imports_as_in_one(monkeypatch, taxonomy):
    from leaderdeck.importers import forked

    rows = ["Question,Answer,Category"]
    for n in range(1, 601):
        if n % 150 == 0:
            rows.append("LEADERSHIP,,")  # a group row: the category of the rows under it
        answer = "" if n % 7 == 0 else f"I planned release {n} with the team and shipped it."
        rows.append(f'"How would you plan release {n}?","{answer}",{"" if n % 3 else "Delivery"}')
    text = "\n".join(rows) + "\n"
    forks = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or fork())
    together = imported(text, taxonomy, name="sheet.csv")
    assert forks  # the rows (and what follows) were shared with a second process
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    alone = imported(text, taxonomy, name="sheet.csv")
    assert together == alone
    assert len(together.notes) == 600 and sum(n.draft for n in together.notes) == 85
