"""Round 8 (fixtures in our own words): answer frameworks that read as stories (an analogy explaining STAR, a
scoring rubric of the STAR parts); a closing instruction after a case's discussion questions; label-word headings
over lists of questions; a self-check list that ends where numbered questions begin."""

from __future__ import annotations

from importing import imported, kinds, messages, skipped


# 1a. An analogy that explains STAR, told to the reader, in no first person

ANALOGY_MD = """# Answering with STAR

## 1. The "Bedtime Story" Picture

Imagine you are telling a fairy tale to a child:
- **S**ituation: "Once upon a time, a miller lived by the river..."
- **T**ask: "His daughter had to spin straw into gold by morning..."
- **A**ction: "A strange little man offered to help her for a price..."
- **R**esult: "She kept her child and the little man vanished."

**That is the STAR shape.** Four parts that keep an answer in order.

---

## 2. A worked answer

**Example:**
- **Situation:** "Our CI failed one run in five."
- **Task:** "I owned the build that quarter."
- **Action:** "I quarantined the flaky tests and fixed the two worst."
- **Result:** "Failures dropped to one in a hundred."
"""


def test_an_analogy_explaining_star_is_skipped_once_as_a_framework(taxonomy):
    report = imported(ANALOGY_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.question == "A worked answer"
    assert note.body.action == "I quarantined the flaky tests and fixed the two worst."  # each part quoted
    said = skipped(report)
    assert "line 5: answer framework (an illustration of the STAR method, not a story)" in said
    assert not any("line 11" in s for s in said)
    assert not any("fairy tale" in m for m in messages(report))


# 1a. The same with no lead to the reader: the text after the parts says they are STAR; a terse story stays

NAMED_AFTER_MD = """# Interview notes

## A kitchen picture

Think of a cook saving a dinner service:
- **Situation:** The oven died an hour before the guests arrived.
- **Task:** Dinner still had to reach the tables.
- **Action:** The cook moved the roast to the grill and sliced it thinner.
- **Result:** Every table was served, ten minutes late.

That is STAR: four parts, in that order.

## The quiet export

- **Situation:** The nightly export to finance stalled twice a week.
- **Task:** Keep the file on time through the quarter close.
- **Action:** Split the export by region. Added a retry with a smaller batch.
- **Result:** No late file for the rest of the year.
"""


def test_parts_the_text_calls_star_are_a_framework_and_terse_notes_stay_a_story(taxonomy):
    report = imported(NAMED_AFTER_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.question == "The quiet export"
    assert note.body.action == "Split the export by region. Added a retry with a smaller batch."
    assert "line 3: answer framework (an illustration of the STAR method, not a story)" in skipped(report)
    assert not any("kitchen" in m for m in messages(report))


ANALOGY_TXT = """STAR explained

Imagine you are telling a fairy tale to a child:
Situation: "Once upon a time, a miller lived by the river..."
Task: "His daughter had to spin straw into gold by morning..."
Action: "A strange little man offered to help her for a price..."
Result: "She kept her child and the little man vanished."

Q: Tell me about a time you fixed a flaky build.
A: I quarantined the flaky tests and fixed the two worst; failures dropped to one in a hundred.
"""


def test_plain_text_an_analogy_explaining_star_is_skipped_once(taxonomy):
    report = imported(ANALOGY_TXT, taxonomy, name="notes.txt")
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.question == "Tell me about a time you fixed a flaky build."
    assert "line 3: answer framework (an illustration of the STAR method, not a story)" in skipped(report)

# 1b. A scoring rubric: each STAR part a heading over score bullets

RUBRIC_MD = """# Story review

## Tell me about a time you calmed an angry customer.

- **Situation:** A customer's invoices had doubled overnight.
- **Task:** I was the engineer on the escalation.
- **Action:** I found the duplicate job and refunded the extra charges that day.
- **Result:** The customer renewed for two more years.

## Scoring each part (1-4)

#### Situation (a quarter of the score)
- **4**: The scene is vivid and short
- **3**: The scene is clear
- **1**: No scene at all

#### Action (half of the score)
- 4 = Steps in order with reasons
- 2 = Steps without reasons
- 1 = Only what the team did

#### Result (a quarter of the score)
- **4 points**: Measured outcome and a lesson
- **1 point**: No outcome
"""


def test_a_scoring_rubric_of_the_star_parts_is_skipped_once(taxonomy):
    report = imported(RUBRIC_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.question == "Tell me about a time you calmed an angry customer."
    said = skipped(report)
    assert "line 10: answer framework (a scoring rubric for the STAR parts, not a story)" in said
    assert not any("line 12" in s or "line 17" in s or "line 22" in s for s in said)
    assert not any("Scoring each part" in m for m in messages(report))


# 1. Parts told as "we", in a page about STAR, stay a story

WE_TOLD_MD = """# The STAR method

## The cache story

Imagine you are asked about a hard bug:
- **Situation:** We served stale prices for a day.
- **Task:** Our team had to find the cause before the sale.
- **Action:** We traced it to a cache key missing the region.
- **Result:** Prices were right by the evening. That is STAR.
"""


def test_a_story_told_as_we_under_a_lead_to_the_reader_stays_a_story(taxonomy):
    report = imported(WE_TOLD_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.action == "We traced it to a cache key missing the region."
    assert not any("answer framework" in s for s in skipped(report))


# 2. A line to the reader after a case's discussion list (and a rule) is no question of the last point

CASE_MD = """# The release that slipped

## Background

Priya leads a team of five building a new billing service. Marco, the program manager, reports dates to the board.

Marco told the board the service would ship in March anyway.

---

## Discussion questions

* Why did Marco promise a date?
* What should Priya have said to the board?
* How would you handle this in Marco's place?

---

Once you have talked these through, you can look up how other companies share uncertain estimates
"""


def test_a_closing_line_to_the_reader_after_the_discussion_list_is_reported(taxonomy):
    report = imported(CASE_MD, taxonomy)
    assert kinds(report) == {"scenario": 1}
    points = report.notes[0].body.discussion
    assert [p.heading for p in points] == ["Why did Marco promise a date?", "What should Priya have said to the board?",
                                           "How would you handle this in Marco's place?"]
    assert all(p.questions == () for p in points)
    assert "line 19: text after the discussion points (words to the reader, not a question to discuss)" \
        in skipped(report)


CASE_ASKS_MD = CASE_MD.replace("Once you have talked these through, you can look up how other companies share "
                               "uncertain estimates", "Which of these would the board care about most?")


def test_a_question_after_the_discussion_list_and_a_rule_stays_a_question(taxonomy):
    report = imported(CASE_ASKS_MD, taxonomy)
    points = report.notes[0].body.discussion
    assert points[-1].questions == ("Which of these would the board care about most?",)
    assert not any("text after the discussion points" in s for s in skipped(report))


CASE_TXT = """The release that slipped

Background: Priya leads a team of five building a new billing service. Marco reports dates to the board.
Marco told the board the service would ship in March anyway.

Discussion questions:
- Why did Marco promise a date?
- How would you handle this in Marco's place?

You can then read how other teams share uncertain estimates.
"""


def test_plain_text_a_closing_line_to_the_reader_is_reported(taxonomy):
    report = imported(CASE_TXT, taxonomy, name="case.txt")
    assert kinds(report) == {"scenario": 1}
    points = report.notes[0].body.discussion
    assert [p.questions for p in points] == [(), ()]
    assert "line 10: text after the discussion points (words to the reader, not a question to discuss)" \
        in skipped(report)


# 3c. A self-check list ends where its bullets turn into numbered questions

REHEARSE_MD = """# Story prep

Before the interview, rehearse each story:
- Can you tell it in two minutes?
- Can you name the number it moved?

1. Tell me about your best hire.

   I hired a support engineer who now leads our tooling team.
"""


def test_a_self_check_list_ends_where_numbered_questions_begin(taxonomy):
    report = imported(REHEARSE_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.question == "Tell me about your best hire."
    assert note.body.answer == "I hired a support engineer who now leads our tooling team."
    assert not note.draft
    assert skipped(report) == ["line 3: 'Before the interview, rehearse each story' (questions for your own "
                               "preparation)"]


REHEARSE_NESTED_MD = """# Story prep

Before the interview, rehearse each story:
- Can you tell it in two minutes?
  1. Did you time it out loud?
- Can you name the number it moved?

## Tell me about your best hire.

I hired a support engineer who now leads our tooling team.
"""


def test_numbers_nested_in_a_self_check_list_do_not_end_it(taxonomy):
    report = imported(REHEARSE_NESTED_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.question == "Tell me about your best hire."
    assert skipped(report) == ["line 3: 'Before the interview, rehearse each story' (questions for your own "
                               "preparation)"]


# 3a. A STAR part's word heading a list of questions is the group's name

GROWTH_MD = """# Manager loop

## Growth

Questions:

- What did you get better at last year?
- How do you ask your manager for feedback?

## Delivery

Questions:

- Tell me about a project you shipped late.
"""


def test_a_star_word_heading_a_list_of_questions_names_their_group(taxonomy):
    report = imported(GROWTH_MD, taxonomy)
    assert kinds(report) == {"qa": 3}
    assert [n.body.question for n in report.notes] == ["What did you get better at last year?",
                                                       "How do you ask your manager for feedback?",
                                                       "Tell me about a project you shipped late."]
    assert all(n.draft for n in report.notes)
    assert not any("Growth" in s for s in skipped(report))


REFLECTION_MD = """# The billing outage

## Situation

Our invoices doubled overnight for a large customer.

## Action

I traced a duplicate job and refunded the charges.

## Learning

- What would I check first next time?
- Who should I have told sooner?
"""


def test_the_tellers_own_questions_under_a_learning_heading_stay_the_learning(taxonomy):
    report = imported(REFLECTION_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.learning == "- What would I check first next time?\n- Who should I have told sooner?"


# 3b. A document titled by a label word keeps its question sections as questions

ANSWERS_MD = """# Answers

My prepared answers for the platform loop.

## Leadership

### Tell me about a time you disagreed with your lead.

I pushed back on a rewrite and we agreed to migrate one service first.

### Why do you want to leave your job?

I want to run a team of my own.
"""


def test_a_document_titled_answers_keeps_its_question_sections(taxonomy):
    report = imported(ANSWERS_MD, taxonomy)
    assert kinds(report) == {"qa": 2}
    first, second = report.notes
    assert first.body.question == "Tell me about a time you disagreed with your lead."
    assert first.body.answer == "I pushed back on a rewrite and we agreed to migrate one service first."
    assert second.body.question == "Why do you want to leave your job?"
    assert second.body.answer == "I want to run a team of my own."
    assert skipped(report) == ["line 3: text under 'Answers' (not part of a question)"]


RESULTS_MD = """# Results

## What was your biggest win last year?

We cut the release cycle from a month to a week.

## What would your team say about you?

That I unblock them fast.
"""


def test_a_document_titled_results_keeps_its_question_sections(taxonomy):
    report = imported(RESULTS_MD, taxonomy)
    assert kinds(report) == {"qa": 2}
    assert [n.body.answer for n in report.notes] == ["We cut the release cycle from a month to a week.",
                                                     "That I unblock them fast."]
    assert not any(n.draft for n in report.notes)
