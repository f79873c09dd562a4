"""Round 29 fixes (b): question banks and Q&A lists, third round. (a) A page titled as the writer's questions for
the interviewer (``# Reverse interview``, ``# Questions to ask the interviewer``) over groups of them (``##
Engineering``, ``## Culture``) is refused as such, instead of being read again with its title as a plain name and
every listed question becoming a draft; a heading naming its group before ``reverse`` (``# Tech reverse interview
questions``, ``# Culture reverse questions``) is such a section too, while a heading that only ends in the verb
(``## How to reverse``) still heads questions. (b) A MkDocs box at the margin of any type (``!!! danger``, ``!!!
warning``) whose quoted title asks and whose body opens with boxes of its own (``??? tip "Short Answer"``) is a
question over those answers, as a ``question`` box is, instead of a red flag holding them; ``Long Answer``,
``Detailed answer`` and ``Full answer`` name the answer as ``Short Answer`` does, instead of being tips. A warning
box that asks over plain advice stays a red flag of the answer above it. (c) Chinese labels written in traditional
characters (``任務目標``, ``行動``, ``結果``) name a story's parts as their simplified forms do, instead of their
sections being set aside as not part of the story; a longer title holding such a word stays text. (d) A label of
the answer alone closing a story part's section (``**Long Answer:**`` after a ``**Result**``, over the longer
telling's parts) is no text of that Result; an answer label with text of its own is read as before. (e) A part whose
every paragraph is the printers' filler (``Lorem ipsum dolor sit amet, ...``) is a blank: the story is a draft; a
sentence that only mentions the words is text. (f) Under a heading that only labels the answer (``### Answer``), the
teller's own opening line above ``**The Situation:**`` opens the Situation instead of being set aside as text outside
the parts; advice there stays out of it. A label naming the teller's approach (``**My Leadership Approach:**``) is
the Action and ``**Key Leadership Lessons:**`` the Learning. (g) A numbered list of named points, or one whose names
are mostly the writer's own, keeps an item named by a word we set aside (``3. **Confidence**: ...``) or one naming
what a question tests (``- **Purpose**: ...``) in the list, instead of dropping it or opening the signals there;
bulleted facts so named (``- **Status**: ...``) are still set aside; so is a ``- Time: ...`` point among an
option's ``- Pros:`` and ``- Cost:`` points, kept in the story instead of vanishing as a scenario's length. (h) Bold written with doubled markers
(``- ****Find the gaps:**** ...``, ``| ****Question**** |``), as some exporters write it, is read as bold: such a
label labels its advice instead of the advice becoming questions; inside a code fence the markers stay. (i) A
principle named in sentence case after a question heading (``... the status quo. (Invent and simplify)``), also in
bold (``**(Invent and simplify)**``), is the note's competency, instead of staying in the question or becoming a
tip; a remark in brackets (``(Keep it short)``) is still a tip. (j) Under a question, a Markdown list item that opens
like a question but has no mark (``- What actions you took``, ``3. What you would do in the role``), below items of
its own list that do not ask (``- The situation``), is a point of that list, instead of a new question taking the
list's last items and the answer below away from its question; a bank's list of unmarked questions is read as before.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers.base import DocumentError
from leaderdeck.model import Kind

from importing import imported


def _refusal(text: str, taxonomy) -> str:
    with pytest.raises(DocumentError) as raised:
        imported(text, taxonomy, "asks.md")
    return str(raised.value.problems[0])


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) a page of questions for the interviewer, grouped --------------------------------------------------------------

GROUPED_REVERSE = """---
title: Reverse interview
---

# Reverse interview

## Engineering

1. Which parts of the stack are you retiring this year?
2. Who signs off on a change to the data model?

## Team life

1. How many people joined or left the team last year?
2. Is there an on-call rota? How often is each person on it?
"""


def test_a_grouped_reverse_interview_page_is_refused_as_questions_to_ask(taxonomy) -> None:
    message = _refusal(GROUPED_REVERSE, taxonomy)
    assert "only questions to ask the interviewer: section 'Reverse interview' at line 5" in message


def test_a_page_titled_questions_to_ask_the_interviewer_over_groups_is_refused(taxonomy) -> None:
    message = _refusal("# Questions to ask the interviewer\n\n## Product\n\n- Who owns the roadmap?\n"
                       "- How is a deadline set?\n\n## Growth\n\n- What does a promotion case look like?\n", taxonomy)
    assert "only questions to ask the interviewer: section 'Questions to ask the interviewer' at line 1" in message


NAMED_REVERSE_GROUPS = """# Reverse interview

### Who will I report to?
A vague answer here is worth probing.

# Tech reverse interview questions

### How is testing done before a release?
No automated tests at all is a warning sign.

# Culture reverse questions

### How many hours a week go to meetings?
"""


def test_sections_naming_their_group_before_reverse_are_questions_to_ask(taxonomy) -> None:
    message = _refusal(NAMED_REVERSE_GROUPS, taxonomy)
    assert "section 'Tech reverse interview questions' at line 6" in message
    assert "section 'Culture reverse questions' at line 11" in message


HOW_TO_REVERSE = """# Linked lists

## How to reverse

1. How would you reverse a singly linked list in place?
2. Why does the two-pointer walk need a spare pointer?

## Reverse interview

- What does the team ship each week?
"""


def test_a_heading_ending_in_the_verb_reverse_still_heads_questions(taxonomy) -> None:
    report = imported(HOW_TO_REVERSE, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == ["How would you reverse a singly linked list in place?",
                                                 "Why does the two-pointer walk need a spare pointer?"]
    assert all(n.kind is Kind.QA and n.draft for n in report.notes)
    assert "section 'Reverse interview' (questions to ask the interviewer)" in _report(report)


# (b) MkDocs boxes marking questions by colour, each holding its answers --------------------------------------------

COLOURED_BOXES = """# Behavioural bank

## Motivation

!!! question "Which project are you proudest of, and why?"

    ??? tip "Short Answer"

        I rebuilt our billing export so finance stopped fixing numbers by hand.

!!! danger "Tell me about a time you had to decide fast and live with it."

    ??? tip "Short Answer"

        I rolled back a release during a sale and took the lost features on the chin.

    ??? tip "Long Answer"

        I called the rollback within ten minutes, then wrote up what we lost and why.

## Conflict

!!! warning "Tell me about a time you disagreed with a peer. How did you settle it?"

    ??? tip "Short Answer"

        I asked for a one-week trial of both designs and we kept the one that measured better.
"""


def test_boxes_of_any_colour_whose_title_asks_over_answer_boxes_are_questions(taxonomy) -> None:
    report = imported(COLOURED_BOXES, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == [
        "Which project are you proudest of, and why?",
        "Tell me about a time you had to decide fast and live with it.",
        "Tell me about a time you disagreed with a peer. How did you settle it?"]
    assert all(n.kind is Kind.QA and not n.draft for n in report.notes)
    proud, fast, peer = report.notes
    assert fast.body.answer.startswith("I rolled back a release during a sale")
    assert "I called the rollback within ten minutes" in fast.body.answer
    assert peer.body.answer.startswith("I asked for a one-week trial")
    assert not any("Red flags" in str(line) for line in report.skipped)


WARNING_BOX_IN_AN_ANSWER = """# Bank

### Why do you want to leave your team?

I have grown as far as the team's scope allows.

!!! warning "Would you say that to your manager?"

    Keep it about growth, never about the people you leave.
"""


def test_a_warning_box_that_asks_over_plain_text_stays_coaching(taxonomy) -> None:
    note, = imported(WARNING_BOX_IN_AN_ANSWER, taxonomy, "bank.md").notes
    assert note.body.question == "Why do you want to leave your team?"
    assert note.body.answer == "I have grown as far as the team's scope allows."
    flag, = note.coach.tips  # the box warns: a red flag of the answer above it, never a question of its own
    assert flag.startswith("Red flag") and "Keep it about growth" in flag


# (c) a story labelled in traditional Chinese -----------------------------------------------------------------------

TRADITIONAL_LABELS = """# 行為面試

### 說說你做過最有成就感的專案？

**情境**

我們的夜間匯出常常遺失資料。

**任務目標**

我要在一個月內讓匯出穩定下來。

**行動**

我重寫了匯出流程，並加上自動檢查。

**結果**

之後半年沒有再遺失過資料。
"""


def test_a_story_labelled_in_traditional_chinese_keeps_every_part(taxonomy) -> None:
    report = imported(TRADITIONAL_LABELS, taxonomy, "bank.md")
    note, = report.notes
    assert note.kind is Kind.STAR and not note.draft
    assert note.body.situation == "我們的夜間匯出常常遺失資料。"
    assert note.body.task == "我要在一個月內讓匯出穩定下來。"
    assert note.body.action == "我重寫了匯出流程，並加上自動檢查。"
    assert note.body.result == "之後半年沒有再遺失過資料。"
    assert "not part of the story" not in _report(report)


def test_a_longer_title_holding_a_traditional_label_word_is_no_label(taxonomy) -> None:
    report = imported("# 面試準備\n\n### 你如何處理衝突？\n\n**行動計畫總覽**\n\n我會先聽雙方的說法。\n", taxonomy, "bank.md")
    note, = report.notes
    assert note.kind is Kind.QA
    assert "我會先聽雙方的說法。" in note.body.answer


# (d) a short and a long telling under one question, each under its own answer label -------------------------------

TWO_TELLINGS = """# Bank

### Which project are you proudest of?

**Short Answer:**

**Situation**

Our nightly export lost rows.

**Action**

I rebuilt the export.

**Result**

No rows lost since.

**Long Answer:**

**Situation**

Every night the export dropped rows and finance patched the numbers by hand.

**Action**

I rebuilt the export with checks on every batch.

**Result**

Six months without a lost row, and finance got two days a month back.
"""


def test_the_label_over_a_longer_telling_is_no_text_of_the_result_above_it(taxonomy) -> None:
    note, = imported(TWO_TELLINGS, taxonomy, "bank.md").notes
    assert note.kind is Kind.STAR
    assert "Long Answer" not in note.body.result
    assert note.body.result == ("No rows lost since.\n\n"
                                "Six months without a lost row, and finance got two days a month back.")


RESULT_THEN_ANSWER_TEXT = """# Bank

### Which project are you proudest of?

**Situation**

Our nightly export lost rows.

**Result**

No rows lost since.

**Answer:** I would tell it in that order, shortest first.
"""


def test_an_answer_label_with_its_own_text_after_a_result_is_read_as_before(taxonomy) -> None:
    note, = imported(RESULT_THEN_ANSWER_TEXT, taxonomy, "bank.md").notes
    assert "I would tell it in that order" in note.body.result


# (e) parts left as the printers' filler ------------------------------------------------------------------------------

FILLER_PARTS = """# Bank

!!! question "Tell me about a time you missed a deadline."

    ??? tip "Short Answer"

        **Situation**

        Lorem ipsum dolor sit amet, consectetur adipiscing elit.

        **Action**

        Lorem ipsum dolor sit amet, consectetur adipiscing elit.

        Lorem ipsum dolor sit amet, sed do eiusmod tempor.

        **Result**

        Lorem ipsum dolor sit amet, consectetur adipiscing elit.

!!! question "Tell me about a time you changed a team's process."

    ??? tip "Short Answer"

        **Situation**

        Reviews sat for days before anyone looked.

        **Action**

        I set a one-day review rota and posted the queue each morning.

        **Result**

        Reviews now close within a day; lorem ipsum was the old placeholder in our docs.
"""


def test_parts_left_as_filler_text_make_a_draft(taxonomy) -> None:
    report = imported(FILLER_PARTS, taxonomy, "bank.md")
    missed, changed = report.notes
    assert missed.kind is Kind.STAR and missed.draft
    assert "Lorem" not in (missed.body.situation + missed.body.action + missed.body.result)
    assert not changed.draft
    assert changed.body.result.endswith("lorem ipsum was the old placeholder in our docs.")


# (f) a story under an "### Answer" heading: its opening line, its named approach, its lessons ----------------------

ANSWER_HEADED_STORY = """# Interview answers

## Question 3: Tell me about a time you led a team through a hard project.

### Answer

The hardest project I led was moving our billing onto a new ledger while the old one kept failing.

**The Situation:**
- Billing failed twice a week
- Six engineers, four months

**My Migration Approach:**
- I split the move into three phases
- I paired on the riskiest parts

**The Results:**
- No failed runs since the move

**Key Leadership Lessons:**
- Phases beat a big bang
"""


def test_the_tellers_opening_line_under_an_answer_heading_opens_the_situation(taxonomy) -> None:
    report = imported(ANSWER_HEADED_STORY, taxonomy, "bank.md")
    note, = report.notes
    assert note.kind is Kind.STAR and not note.draft
    assert note.body.situation == ("The hardest project I led was moving our billing onto a new ledger while the old "
                                   "one kept failing.\n\n- Billing failed twice a week\n- Six engineers, four months")
    assert note.body.action == "- I split the move into three phases\n- I paired on the riskiest parts"
    assert note.body.learning == "- Phases beat a big bang"
    assert "text outside the STAR parts" not in _report(report)


ANSWER_HEADING_OVER_ADVICE = """# Interview answers

## Question 4: Tell me about a time you missed a deadline.

### Answer

Interviewers want to see that you own the slip and say what changed.

**Situation:** Our launch slipped by two weeks.

**Action:** I told the customer early and cut the scope.

**Result:** We shipped the core on the new date.
"""


def test_advice_under_an_answer_heading_above_the_parts_opens_no_situation(taxonomy) -> None:
    note, = imported(ANSWER_HEADING_OVER_ADVICE, taxonomy, "bank.md").notes
    assert note.body.situation == "Our launch slipped by two weeks."


def test_an_approach_named_by_the_teller_is_the_action_and_a_plain_recommended_one_is_not(taxonomy) -> None:
    from leaderdeck.importers.labels import slot
    assert slot("My Leadership Approach") == "action"
    assert slot("Our rollout approach") == "action"
    assert slot("Key leadership lessons") == "learning"
    assert slot("My overall approach to hiring") is None


# (g) a list's own named points that share a word we set aside ---------------------------------------------------

NAMED_POINTS_WITH_SET_ASIDE_WORDS = """# Bank

### How do you keep a team motivated?

People want different things, so I ask each of them:

- **Mastery**: hard problems to chew on
- **Impact**: seeing the work reach customers
- **Recognition**: credit said out loud
- **Purpose**: knowing why the work matters
- **Career growth**: a path to the next level

### Why does pairing help new hires?

It pays off in four ways:

1. **Knowledge transfer**: they learn the system fast
2. **Code quality**: review happens as they type
3. **Confidence**: they ship something in week one
4. **Culture**: asking for help becomes normal
"""


def test_named_points_keep_names_that_are_words_we_set_aside(taxonomy) -> None:
    motivated, pairing = imported(NAMED_POINTS_WITH_SET_ASIDE_WORDS, taxonomy, "bank.md").notes
    assert "- **Purpose**: knowing why the work matters" in motivated.body.answer
    assert motivated.body.answer.endswith("- **Career growth**: a path to the next level")
    assert not motivated.coach.signals
    assert "3. **Confidence**: they ship something in week one" in pairing.body.answer
    assert pairing.body.answer.endswith("4. **Culture**: asking for help becomes normal")


FACT_BULLETS = """# Bank

### Tell me about a time you cut a build's cost.

- **Status**: told twice in mocks
- **Difficulty**: medium

I split the suite and cached the heavy images; the bill halved.
"""


def test_bulleted_facts_named_by_words_we_set_aside_stay_set_aside(taxonomy) -> None:
    report = imported(FACT_BULLETS, taxonomy, "bank.md")
    note, = report.notes
    assert "Status" not in note.body.answer and "Difficulty" not in note.body.answer
    assert note.body.answer == "I split the suite and cached the heavy images; the bill halved."


# (h) bold written with doubled markers -----------------------------------------------------------------------------

DOUBLED_BOLD = """# Building a question bank

## Using the list

- ****Check coverage:**** Can each of your stories answer a question from every group?
- ****Find the gaps:**** Where a group is hard, write one more story.
- ****Rehearse:**** Pick a question at random and tell the closest story.

## Conflict questions

| ****Nr**** | ****Question**** |
|:-:|:-:|
| 1 | Tell me about a time you disagreed with a peer. |
| 2 | How do you settle a disagreement inside your team? |
"""


def test_labels_with_doubled_bold_markers_are_labels(taxonomy) -> None:
    report = imported(DOUBLED_BOLD, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you disagreed with a peer.",
                                                      "How do you settle a disagreement inside your team?"]
    assert all(n.draft for n in report.notes)
    assert "Using the list" in _report(report)


DOUBLED_BOLD_IN_CODE = """# Bank

### How do you review a risky change?

I read the diff twice and run it locally first.

```
grep '****' build.log
```
"""


def test_doubled_markers_inside_a_code_fence_are_left_alone(taxonomy) -> None:
    from leaderdeck.importers.doubledbold import single_bold
    assert single_bold(["```", "a ****b**** c", "```", "****x****", "****", "*********"]) == \
        ["```", "a ****b**** c", "```", "**x**", "****", "*********"]
    note, = imported(DOUBLED_BOLD_IN_CODE, taxonomy, "bank.md").notes
    assert note.body.answer.startswith("I read the diff twice")


# (i) a principle tagged after the question, in sentence case or in bold ------------------------------------------

PRINCIPLE_TAGS = """# Leadership principle questions

#### Tell me about a time you changed how the team works. **(Invent and simplify)**

I replaced our release checklist with one script.

#### When did you decide without all the data? (Bias for action)

I shipped the fix behind a flag before the report was done.

#### Why do you want to leave your team? (Keep it short)
"""


def test_a_principle_after_the_question_is_its_competency_even_in_bold(taxonomy) -> None:
    changed, decided, leave = imported(PRINCIPLE_TAGS, taxonomy, "bank.md").notes
    assert changed.body.question == "Tell me about a time you changed how the team works."
    assert changed.competencies == ("Invent and simplify",)
    assert decided.body.question == "When did you decide without all the data?"
    assert decided.competencies == ("Bias for action",)
    assert leave.body.question == "Why do you want to leave your team?"
    assert not leave.competencies
    assert leave.coach.tips == ("Keep it short",)


OPTIONS_WITH_A_TIME = """# Bank

### Tell me about a hard call you made.

**Situation**: We could build the feature now or after the audit.

Option A:
- Pros: faster to market
- Cost: little
- Time: two months to launch

**Action**: I chose option A and wrote down why.

**Result**: We launched in two months.
"""


def test_a_time_named_among_an_options_points_stays_in_the_story(taxonomy) -> None:
    note, = imported(OPTIONS_WITH_A_TIME, taxonomy, "bank.md").notes
    assert note.kind is Kind.STAR
    assert note.body.situation.endswith("- Pros: faster to market\n- Cost: little\n- Time: two months to launch")


def test_a_list_of_facts_mostly_named_by_labels_keeps_them_as_labels(taxonomy) -> None:
    from leaderdeck.importers.blocks import ITEM, Block
    from leaderdeck.importers.namedpoints import named_points
    facts = [Block(ITEM, line, line, f"{lead}: {rest}", lead=lead, rest=rest)
             for line, (lead, rest) in enumerate([("Role", "tech lead"), ("Company", "Acme"), ("Time", "six months")], 1)]
    assert named_points(facts) == frozenset()
    options = [Block(ITEM, line, line, f"{lead}: {rest}", lead=lead, rest=rest)
               for line, (lead, rest) in enumerate([("Pros", "fast"), ("Cost", "little"), ("Time", "two months")], 1)]
    assert named_points(options) == frozenset({2})


# (j) an answer's list item that opens like a question but asks nothing ---------------------------------------------

WHAT_TO_COVER = """# Behavioural questions

#### Describe a hard data problem you have faced.

Questions like this check how you handle adversity. Your answer should cover:

- The situation
- Specific tactics you proposed
- What actions you took
- The results you got

#### Describe a stressful week at work and how you handled it?
"""


def test_an_unasked_point_opening_with_a_question_word_stays_in_the_list(taxonomy) -> None:
    report = imported(WHAT_TO_COVER, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == ["Describe a hard data problem you have faced.",
                                                      "Describe a stressful week at work and how you handled it?"]
    problem = report.notes[0]
    assert "- What actions you took" in "\n".join((problem.body.answer if problem.kind is Kind.QA else "",
                                                   *problem.coach.signals, *problem.coach.tips))
    assert "- The results you got" in "\n".join((problem.body.answer if problem.kind is Kind.QA else "",
                                                 *problem.coach.signals, *problem.coach.tips))


KEY_POINTS = """# Examples

**Q1) Tell me about yourself?**

Three key points –

1. Skills and qualities
2. Relevant experience
3. What you would do in the role if you succeed

I am a careful engineer who ships on time and keeps the team informed.

**Q2) Why this company?**

Its safety record matches what I care about.
"""


def test_a_numbered_point_opening_with_what_keeps_the_answer_below_with_its_question(taxonomy) -> None:
    report = imported(KEY_POINTS, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == ["Tell me about yourself?", "Why this company?"]
    yourself = report.notes[0]
    assert "3. What you would do in the role if you succeed" in yourself.body.answer
    assert yourself.body.answer.endswith("I am a careful engineer who ships on time and keeps the team informed.")


UNMARKED_QUESTION_LIST = """# Bank

## Common questions

- Tell me about a conflict with a peer
- What you learned from a failure
- Describe a time you led without authority
"""


def test_a_bank_list_of_unmarked_questions_still_gives_a_question_each(taxonomy) -> None:
    report = imported(UNMARKED_QUESTION_LIST, taxonomy, "bank.md")
    assert [n.body.question for n in report.notes] == ["Tell me about a conflict with a peer",
                                                      "What you learned from a failure",
                                                      "Describe a time you led without authority"]
