"""Round 23 fixes (a): story banks and coaching pages by other authors. A story's part named in bold with no colon
(``**Situation** Our rota ...``), a question named before a dash (``**Earn Trust** — Tell me about ...``,
``## Dive Deep - How ...?``), and a story numbered by a label line (``Story 2: Cutting costs``) after the one
before it."""

from __future__ import annotations

from tests.importing import imported, kinds, messages, skipped


# (a) a bold part label with no colon, its text on the same line -------------------------------------------------

BARE_BOLD = """# Stories

<details>
<summary>Tell me about a time you fixed something nobody owned.</summary>

**Situation** The deploy scripts had no owner after a team was merged.

**Task** Releases kept failing on Fridays and nobody looked.

**Action** I rewrote the scripts, added a smoke test and named an owner per service.

**Result** Failed releases fell from six a month to one.

</details>
"""


def test_a_bold_part_label_without_a_colon_names_the_part(taxonomy):
    report = imported(BARE_BOLD, taxonomy, "bank.md")
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.situation.strip() == "The deploy scripts had no owner after a team was merged."
    assert note.body.action.strip().startswith("I rewrote the scripts")
    assert note.body.result.strip() == "Failed releases fell from six a month to one."


BOLD_PHRASE = """## Why do you want this role?

**Result** of three years on payments: I want to own a product line now.
"""


def test_a_bold_part_word_running_on_in_lower_case_stays_text(taxonomy):
    report = imported(BOLD_PHRASE, taxonomy, "bank.md")
    assert kinds(report) == {"qa": 1}
    assert "of three years on payments" in report.notes[0].body.answer


# (b) a question named before a dash or colon ----------------------------------------------------------------------

NAMED_ASKS = """# Principles bank

## Ownership — Tell me about a time you took on work outside your remit.

I picked up the billing alerts nobody owned and cut them from ninety to twenty.

## **Earn Trust**: Tell me about a time you had to share bad news early.

I told the client about the slip a month before the date, with a new plan.

<details>
<summary><b>Bias for Action</b> — Describe a call you made with half the data.</summary>

**Situation:** Our queue vendor went down during a sale.
**Task:** Decide whether to fail over.
**Action:** I moved a tenth of traffic first, then the rest.
**Result:** We lost twenty minutes of orders, not the day.

</details>

## Dive Deep - How do you find the cause of a bug that keeps coming back?

I write down what I expect the logs to show before I read them.
"""


def test_a_name_before_a_dash_and_a_request_is_a_question_with_its_answer(taxonomy):
    report = imported(NAMED_ASKS, taxonomy, "bank.md")
    assert kinds(report) == {"qa": 3, "star": 1}
    questions = [n.body.question for n in report.notes]
    assert questions == ["Tell me about a time you took on work outside your remit.",
                         "Tell me about a time you had to share bad news early.",
                         "Describe a call you made with half the data.",
                         "How do you find the cause of a bug that keeps coming back?"]
    assert not any(n.draft for n in report.notes)
    assert report.notes[0].body.answer.startswith("I picked up the billing alerts")
    assert report.notes[2].body.result.strip() == "We lost twenty minutes of orders, not the day."
    assert not skipped(report)


LABEL_BEFORE_ASK = """## Tips: Tell the story in two minutes.

Keep the situation short.
"""


def test_a_label_of_ours_before_a_dash_names_no_question(taxonomy):
    report = imported(LABEL_BEFORE_ASK + "\n## What is your biggest weakness?\n\nI over-prepare.\n", taxonomy,
                      "page.md")
    assert [n.body.question for n in report.notes] == ["What is your biggest weakness?"]


# (c) "Story 2: name" label lines in a plain-text bank -------------------------------------------------------------

NUMBERED_STORIES = """Story 1: Leaving the old data center
Competencies: Delivery, Ownership
Situation: The lease ended in nine months.
Task: Move forty services with six people.
Action: Moved the simple ones first and held a weekly go/no-go.
Result: Done in seven months with no outage.

Story 2: A missed deadline turned around
Competencies: Coaching
Situation: A senior engineer kept missing dates.
Task: Find out why.
Action: (to do)
Result: (to do)
"""


def test_story_n_label_lines_start_stories_of_their_own(taxonomy):
    for name, text in (("bank.txt", NUMBERED_STORIES), ("bank-crlf.txt", NUMBERED_STORIES.replace("\n", "\r\n"))):
        report = imported(text, taxonomy, name)
        assert kinds(report) == {"star": 2}
        first, second = report.notes
        assert first.body.question == "Leaving the old data center"
        assert second.body.question == "A missed deadline turned around"
        assert first.body.result.strip() == "Done in seven months with no outage."
        assert "Story 2" not in first.body.result
        assert "Coaching" not in first.competencies and "Coaching" in second.competencies
        assert second.draft and not first.draft


def test_story_n_bold_label_lines_in_markdown_are_stories_too(taxonomy):
    text = "\n".join(f"**{line.replace(': ', ':** ', 1)}" if line else "" for line in NUMBERED_STORIES.splitlines())
    report = imported(text, taxonomy, "bank.md")
    assert kinds(report) == {"star": 2}
    assert [n.body.question for n in report.notes] == ["Leaving the old data center",
                                                        "A missed deadline turned around"]


def test_a_story_named_by_a_label_line_starts_at_that_line(taxonomy):
    report = imported(NUMBERED_STORIES, taxonomy, "bank.txt")
    assert [n.origin.line for n in report.notes] == [1, 8]


# (d) a social post: byline, picture caption, "Follow-ups you might get", counts closing the page --------------------

POST = """Tell Me About a Time You Missed a Deadline
==========================================

*By Noor Haddad · 4 min read · Jan 9, 2025*

![A calendar on a desk](https://img.example.com/cal.png)
*Image: a wall calendar*

Sample answer
-------------
"I promised a migration by March and delivered in May. I told my director in January, split the work and kept weekly notes."

Follow-ups you might get
------------------------
- Who did you tell first?
- What would you plan differently?

Enjoyed this? Follow me for more posts on leading teams.
31 comments · 7 reposts
"""


def test_a_social_posts_byline_caption_and_counts_are_set_aside(taxonomy):
    report = imported(POST, taxonomy, "post.md")
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.answer.startswith('I promised a migration by March')
    for chrome in ("Noor Haddad", "calendar", "Follow me", "comments"):
        assert chrome not in note.body.answer and not any(chrome in tip for tip in note.coach.tips)
    assert [t for t in note.coach.tips if t.startswith("Follow-up")] == ["Follow-up: Who did you tell first?",
                                                                         "Follow-up: What would you plan differently?"]
    reported = "\n".join(skipped(report))
    assert "byline" in reported and "note to its readers" in reported


def test_a_sentence_opening_with_by_stays_in_the_answer(taxonomy):
    text = "## How do you plan a quarter?\n\nBy March 2025 I had moved planning to a single page per team.\n"
    report = imported(text, taxonomy, "bank.md")
    assert report.notes[0].body.answer.startswith("By March 2025 I had moved")


def test_a_closing_line_about_feedback_with_no_counts_and_no_rule_stays(taxonomy):
    text = ("## Tell me about a hard conversation.\n\nI gave a lead feedback on his reviews.\n\n"
            "He thanked me later for the feedback.\n")
    report = imported(text, taxonomy, "bank.md")
    assert report.notes[0].body.answer.endswith("He thanked me later for the feedback.")


# (e) a story's name as its heading, its question in italics under it, its parts as sub-headings ---------------------

NAMED_OVER_ASK = """# Story bank

## Queue cut-over
*Tell me about the riskiest change you shipped.*
*Also for: Tell me about a time you reduced risk for customers.*

### Situation
Orders went through a queue nobody could upgrade.

### Action
I ran both queues side by side for a month and moved one region a week.

### Result
No lost orders; the old queue was switched off in June.

## The quiet hire
*Tell me about a hire you are proud of.*

### Situation
A candidate interviewed badly but had shipped two open-source tools.

### Result
She leads the tooling team now.
"""


def test_a_heading_over_an_italic_question_and_part_headings_names_the_story(taxonomy):
    report = imported(NAMED_OVER_ASK, taxonomy, "bank.md")
    assert kinds(report) == {"star": 2}
    queue, hire = report.notes
    assert queue.body.title == "Queue cut-over" and hire.body.title == "The quiet hire"
    assert queue.body.question == "Tell me about the riskiest change you shipped."
    assert queue.variants == ("Tell me about a time you reduced risk for customers.",)
    assert queue.body.result.strip() == "No lost orders; the old queue was switched off in June."
    assert not skipped(report)


def test_a_heading_over_one_part_heading_keeps_its_question_alone(taxonomy):
    text = "## Hiring\n*Tell me about a hire you regret.*\n\n### Result\nI let him go after six months.\n"
    report = imported(text, taxonomy, "bank.md")
    assert report.notes[0].body.question == "Tell me about a hire you regret."


# (f) an index table of values and questions over the stories it names; "Answers:" lines by each story ------------

MATRIX = """# My stories

| Value or question | Story |
|---|---|
| Deliver Results | Payroll cut-over |
| Have Backbone | Frozen roadmap |
| Tell me about a decision you regret | Frozen roadmap |
| Develop the Best | Coaching Ana |

## Payroll cut-over

**Answers:** Deliver Results, Insist on Quality

| Part | Notes |
|---|---|
| Situation | Payroll ran on a script only one person understood. |
| Task | Move it to the new system before year end. |
| Action | Ran both for two months and compared every payslip. |
| Result | Cut over in December with no wrong payslip. |

## Frozen roadmap

**Answers:** Have Backbone, Tell me about a decision you regret

**Situation:** Our VP froze the roadmap for a quarter.
**Task:** Keep two customer promises.
**Action:** I argued for one exception, lost, and told the customers myself.
**Result:** One customer left; the other stayed.

## Coaching Ana

**Answers:** Develop the Best

**Situation:** TBD
**Task:** TBD
"""


def test_a_matrix_of_values_and_questions_joins_the_stories_it_names(taxonomy):
    report = imported(MATRIX, taxonomy, "bank.md")
    assert kinds(report) == {"star": 3}
    payroll, roadmap, ana = report.notes
    assert payroll.body.question == "Payroll cut-over" and payroll.competencies == ("Deliver Results",
                                                                                   "Insist on Quality")
    assert not payroll.coach.cheat_code
    assert roadmap.body.title == "Frozen roadmap"
    assert roadmap.body.question == "Tell me about a decision you regret"
    assert roadmap.competencies == ("Have Backbone",) and not roadmap.variants
    assert ana.body.question == "Coaching Ana" and ana.draft
    assert ana.competencies == ("Develop the Best",) and not ana.coach.cheat_code
    assert not any("do not read as questions" in line for line in messages(report))  # joined, no rows left


def test_an_answers_line_of_a_question_alone_stays_the_storys_question(taxonomy):
    text = ("## Late launch\n\n**Answers:** Tell me about a time you missed a deadline.\n\n"
            "**Situation:** The launch slipped.\n**Action:** I cut scope.\n**Result:** We shipped a week late.\n")
    report = imported(text, taxonomy, "bank.md")
    assert report.notes[0].body.question == "Tell me about a time you missed a deadline."
    assert not report.notes[0].competencies


# (g) a coaching page's opening words, then coaching sections, then its sample answer --------------------------------

OPENED_PAGE = """# Why Should We Hire You as a Director?

I have sat on a lot of director panels, and most people waste this one.

## What the panel wants
A reason tied to their org, not a list of your virtues.

## Sample answer
"You are merging two platform groups this year. I did exactly that at my last company and kept both on-call rotas calm."

## Red flags
- Reading out your CV.
"""


def test_a_pages_opening_words_before_its_coaching_are_a_tip_not_the_answer(taxonomy):
    report = imported(OPENED_PAGE, taxonomy, "page.md")
    note = report.notes[0]
    assert note.body.answer.startswith("You are merging two platform groups")
    assert "director panels" not in note.body.answer
    assert any("director panels" in tip for tip in note.coach.tips)


def test_text_right_above_the_answer_section_stays_the_answer(taxonomy):
    text = ("# Why this team?\n\nI have followed your storage work for years.\n\n## Sample answer\n"
            "I want to work on the storage engine because I built one at my last job.\n")
    report = imported(text, taxonomy, "page.md")
    assert "followed your storage work" in report.notes[0].body.answer


# (h) a sheet's question cell holding two questions -----------------------------------------------------------------

SHEET = """Story,Questions,Situation,Task,Action,Result
Checkout outage,"Tell me about a crisis you handled; Describe a time you worked under pressure",Checkout failed on launch day.,Restore it.,"Rolled back, paged payments.",Back in 40 minutes.
Price change,"How do you decide; what to drop?",Prices rose.,Pick the plan.,Cut two tiers.,Churn held.
"""


def test_a_question_cell_of_two_questions_gives_a_question_and_a_variant(taxonomy):
    report = imported(SHEET, taxonomy, "stories.csv")
    assert kinds(report) == {"star": 2}
    outage, price = report.notes
    assert outage.body.question == "Tell me about a crisis you handled"
    assert outage.variants == ("Describe a time you worked under pressure",)
    assert price.body.question == "How do you decide; what to drop?" and not price.variants
