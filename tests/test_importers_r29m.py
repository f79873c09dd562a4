"""Import round r29m: shapes from real STAR story banks written by others (fixtures in our own words).

- A question asked inside a story's part (``A:`` over ``- Would a replay charge twice?``, then ``R:``) is the
  story's own telling, never the next note: in a code fence, in plain text and in Markdown.
- A STAR letter (``T:``) labels its part however the part's text asks (``T: Aim higher - what if ...?``).
- A page's tips named with words around them (``## Pro Tips for the Loop``, ``Final tips``,
  ``Amazon-specific tips``) are tips, never a bank of questions: reported as coaching for many questions on a
  long page, each note's on a page of three notes or fewer.
- A plain-text ``Tips`` line after the page's last story is the page's coaching, never silently dropped.
- ``Q: Tell me about ...?`` after an answer is the next question (its "me" is the one asking).
- A method explainer whose part sections also say how long to spend (``- **Time:** 10-15% of answer``) is still
  the method's outline: its prompts make no drafts.
- ``**Example Question:** "Tell me about a time you failed" → Maps to **Ownership**``: the quoted words are the
  question, the remark after the arrow its tip.
- A question heading with no answer of its own over one titled sub-section of plain text
  (``**Framework: Name it → Fix it → Show progress**`` over the sample answer): that text is its answer, the title
  its first line, never a note of its own.
- Boxes to tick under a checklist heading (``- [ ] Prepared "Why this company?" (1 min)``) are no questions.
- Pointers to the writer's other pages under a question (``- _Cross-ref: [Caching](/guides/caching.md)_``,
  ``**Example Structure**: See [the example](/star.md#conflict)``, ``**Related Stories**: ...``) are tips, never
  its answer: the question stays a draft.
- ``**Amazon LP**: Ownership`` with ``**Google**: Humility`` on the line under it: both lines are competencies,
  never the answer.
- ``## Question 1: Checkout outage`` over ``### The Question`` (a quote), ``### Key Points to Cover``,
  ``### STAR Answer Framework`` (bracketed blanks), ``### Example Answer`` and ``### Communication Tactics``: one note,
  the quote its question, the points its signals, the sample its answer, the tactics its tips, the framework
  reported as a template.
- A fence closed with a quote typed after its marks (```` ```" ````) closes there: the headings after it are read.
- A heading that asks over ``### The Question`` asking it again is one note; worded otherwise, the heading is its
  variant. ``### Questions to Avoid`` (bad questions for the interviewer) is reported, never drafts.
- ``- "Tell me about a technical challenge" → Focus on the technical solution``: what to stress is a tip, the
  question a draft; a top-level ``## Overview`` explaining the STAR method is the page's introduction, never each
  note's context.
"""

from __future__ import annotations

from leaderdeck.model import Kind
from leaderdeck.importers.labels import slot

from importing import imported, kinds, messages, skipped

FENCED_BANK = """# Story bank

### 1. Ownership

**Example Questions:**
- "Tell me about a time you fixed something that was not yours"

**Good Story:**
```
S: The billing queue stalled on a Friday night
T: Get it moving before the Monday invoices
A:
- Read the consumer logs and found a poison message
- Moved it aside and replayed the rest
- Checked: would replaying cause double charges?
R:
Invoices went out on time
Learning: A dead-letter queue pays for itself
```

---

### 2. Think Big

**Example Questions:**
- "Tell me about a time you proposed something bold"

**Good Story:**
```
S: We shipped small features one at a time
T: Aim higher - what if we rebuilt the pricing engine?
A:
- Wrote a six-month plan in steps
- Won the budget with a cost model
R:
Shipped a month early; pricing changes went from weeks to hours
```
"""


def test_a_question_inside_a_fenced_part_is_the_storys_own(taxonomy) -> None:
    report = imported(FENCED_BANK, taxonomy, name="bank.md")
    assert kinds(report) == {"star": 2}
    first = report.notes[0]
    assert first.body.question == "Tell me about a time you fixed something that was not yours"
    assert "- Checked: would replaying cause double charges?" in first.body.action
    assert first.body.result.strip() == "Invoices went out on time"
    assert first.body.learning.strip() == "A dead-letter queue pays for itself"
    assert not first.draft


def test_a_star_letter_labels_its_part_though_it_asks(taxonomy) -> None:
    report = imported(FENCED_BANK, taxonomy, name="bank.md")
    bold = report.notes[1]
    assert bold.body.situation.strip() == "We shipped small features one at a time"
    assert bold.body.task.strip() == "Aim higher - what if we rebuilt the pricing engine?"
    assert not bold.draft


def test_a_question_inside_a_lettered_part_in_plain_text_and_markdown(taxonomy) -> None:
    text = ("Story: Billing queue\nS: The billing queue stalled\nA:\n- Moved the bad message aside\n"
            "- Would replaying cause double charges?\nR: Invoices went out\n")
    report = imported(text, taxonomy, name="stories.txt")
    assert kinds(report) == {"star": 1}
    assert "Would replaying cause double charges?" in report.notes[0].body.action
    assert report.notes[0].body.result.strip() == "Invoices went out"
    markdown = ("## Billing queue\n\n**Question:** Tell me about a time you fixed a queue.\n\n"
                "**Situation:** The billing queue stalled.\n\n**Action:**\n- Moved the bad message aside\n"
                "- Would replaying cause double charges?\n\n**Result:** Invoices went out.\n")
    report = imported(markdown, taxonomy, name="stories.md")
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.question == "Tell me about a time you fixed a queue."
    assert "Would replaying cause double charges?" in report.notes[0].body.action


def test_a_question_after_the_last_part_or_before_the_next_story_still_asks(taxonomy) -> None:
    # near misses: after a story's Result (no later part follows) and before the next story's Situation
    text = ("Q: Tell me about a stalled queue?\nS: The queue stalled\nA: I drained it\nR: Invoices went out\n\n"
            "Q: How do you pick what to fix first?\nI rank by customer harm, then by effort.\n\n"
            "Q: Tell me about a slow search?\nS: Search took five seconds\nA: I rebuilt the index\n"
            "R: It took half a second\n")
    report = imported(text, taxonomy, name="bank.txt")
    assert [n.body.question for n in report.notes] == [
        "Tell me about a stalled queue?", "How do you pick what to fix first?", "Tell me about a slow search?"]
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.QA, Kind.STAR]


def test_a_full_part_label_over_a_question_stays_as_it_was(taxonomy) -> None:
    # near miss: only a letter labels a part however it asks; "Situation: ... ?" on a scenario line is unchanged
    text = "Scenario: The quiet team\nSituation: Your team stopped talking in retros. What would you do first?\n"
    report = imported(text, taxonomy, name="scenes.txt")
    assert kinds(report) == {"scenario": 1}
    assert (report.notes[0].body.title, report.notes[0].body.question) == ("The quiet team", "What would you do first?")
    assert report.notes[0].body.situation.strip() == "Your team stopped talking in retros."  # its label is no text


TIPS_PAGE = """# Loop prep

## Ownership

**Question:** Tell me about a time you owned an outage.

**Situation:** The queue stalled.

**Action:** I drained it and added an alert.

**Result:** Invoices went out on time.

## Delivery

**Question:** Tell me about a time you shipped under pressure.

**Situation:** The launch date moved up a month.

**Action:** I cut the scope to the two flows customers used most.

**Result:** We launched on the new date.

## Hiring

**Question:** Tell me about a hire you got wrong.

**Situation:** I hired for speed over judgement.

**Action:** I coached him for a quarter, then moved him to a role that fit.

**Result:** He stayed and did well there.

## Conflict

**Question:** Tell me about a disagreement with a peer.

**Situation:** A peer wanted to rewrite the service we shared.

**Action:** I asked for a week to measure where the time went.

**Result:** We fixed two queries instead of rewriting.

---

## Pro Tips for the Loop

1. **Learn the principles by heart** - Interviewers will ask: "Which principle does this show?"

2. **Use their words** - Say "This shows ownership because..."

3. **Twelve stories at least** - Each story should fit two or three principles
"""


def test_a_tips_heading_with_words_around_it_is_tips_not_a_bank(taxonomy) -> None:
    report = imported(TIPS_PAGE, taxonomy, name="loop.md")
    assert kinds(report) == {"star": 4}
    assert any("section 'Pro Tips for the Loop' (coaching for many questions, not one)" in line
               for line in skipped(report))
    assert not any("principles by heart" in line for line in messages(report))


def test_tips_named_with_words_around_them(taxonomy) -> None:
    for heading in ("Pro Tips for the Loop", "Final tips", "Amazon-specific tips", "Interview Tips",
                    "Tips for the interview", "Tips and tricks", "Top 5 tips"):
        assert slot(heading) == "tips", heading
    for heading in ("What tips would you give a new lead?", "Tipping point", "Tell me about your tips"):
        assert slot(heading) != "tips", heading


def test_a_tips_heading_over_questions_that_ask_keeps_them_apart(taxonomy) -> None:
    # near miss: a heading that asks about tips is a question, its answer below
    text = "## What tips would you give a new lead?\n\nListen first, then change one thing at a time.\n"
    report = imported(text, taxonomy, name="q.md")
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.question == "What tips would you give a new lead?"


STORIES_THEN_TIPS = """Cache stampede story

Our cache emptied at midnight and the database fell over.
I added jittered expiry and a warm-up job.

Lessons: spread expiry times and warm before traffic

Pager fatigue (a people story really):
The on-call rota paged twice a night.
I cut the noisy alerts by half in a month.

Tips
Say the number first.
Keep each story short.
"""


def test_a_tips_line_after_the_last_story_is_never_lost(taxonomy) -> None:
    report = imported(STORIES_THEN_TIPS, taxonomy, name="stories.txt")
    assert len(report.notes) == 2
    # a page of two notes: its tips are each one's coaching
    assert all(note.coach.tips == ("Say the number first.", "Keep each story short.") for note in report.notes)


def test_a_marked_request_after_an_answer_is_the_next_question(taxonomy) -> None:
    # "Q: Tell me about ...?" says "me" as the one asking it: the next question, not the teller's own
    text = ("Q: How do you pick what to fix first?\nI rank by customer harm, then by effort.\n\n"
            "Q: Tell me about a time search was slow?\nSearch took five seconds. I rebuilt the index.\n")
    report = imported(text, taxonomy, name="bank.txt")
    assert [n.body.question for n in report.notes] == ["How do you pick what to fix first?",
                                                       "Tell me about a time search was slow?"]
    assert report.notes[1].body.answer.strip() == "Search took five seconds. I rebuilt the index."


def test_a_tellers_own_question_in_the_answer_stays_there(taxonomy) -> None:
    # near miss: a question in the teller's first person right under their answer's line is the answer's own
    text = "Q: Tell me about a missed launch.\nWe slipped two weeks.\nWhy did I wait so long to say so?\n"
    report = imported(text, taxonomy, name="bank.txt")
    assert len(report.notes) == 1
    assert "Why did I wait so long to say so?" in report.notes[0].body.answer


EXPLAINER = """# Answering with STAR

## The method

### **S - Situation (Context)**
- Set the scene
- Who was in the room?
- **Time:** 10-15% of answer

### **T - Task (Challenge)**
- What was yours to fix?
- **Time:** 10-15% of answer

### **A - Action (What YOU did)**
- What did you do, step by step?
- Say "I", not "we"
- **Time:** 50-60% of answer (the bulk)

### **R - Result (Outcome)**
- What changed, in numbers?
- What would you keep?
- **Time:** 20% of answer

## A worked question

**Question:** "Tell me about a time you repaired a broken handover."

**Situation:** Two teams passed tickets back and forth for a month.

**Action:** I wrote one owner per ticket type into the runbook.

**Result:** Tickets closed in two days instead of nine.
"""


def test_a_method_explainer_with_timings_makes_no_drafts(taxonomy) -> None:
    report = imported(EXPLAINER, taxonomy, name="guide.md")
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.question == "Tell me about a time you repaired a broken handover."
    assert not any("Who was in the room" in line for line in messages(report))


PRINCIPLES = """## Our principles

Every question maps to one or two of them.

1. **Own it** - Act for the whole company
2. **Go deep** - Know the details

**Example Question:** "Tell me about a time you missed a target" → Maps to **Own it**
"""


def test_a_quoted_question_then_an_arrow_is_the_question_its_remark_a_tip(taxonomy) -> None:
    report = imported(PRINCIPLES, taxonomy, name="principles.md")
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.question == "Tell me about a time you missed a target"
    assert note.coach.tips == ("Maps to **Own it**",)
    assert note.draft


def test_a_question_on_the_line_before_an_arrow_is_not_a_remark(taxonomy) -> None:
    # near miss: an unquoted question before an arrow is a question and its answer on one line
    text = "**Question:** Why do you want to lead? → To grow the people around me.\n"
    report = imported(text, taxonomy, name="q.md")
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].coach.tips == ()


TITLED = """### For "What is your biggest weakness?"

**Framework: Name it → Fix it → Show progress**

```
✅ Good answer:
"I used to say yes to every request, and a launch slipped because of it. Since then I have learned to:
1. Agree my load with my manager each week
2. Rank new asks by impact

Last quarter I turned down two projects and shipped the one that mattered."

❌ Bad answers:
- "I care too much" (a boast)
- "I have none" (not believable)
```

### For "Why this team?"

Because it owns the pipeline I want to rebuild.
"""


def test_a_titled_answer_under_a_question_is_its_answer(taxonomy) -> None:
    report = imported(TITLED, taxonomy, name="answers.md")
    assert kinds(report) == {"qa": 2}
    weakness = report.notes[0]
    assert weakness.body.question == "What is your biggest weakness?"
    assert weakness.body.answer.startswith("**Framework: Name it → Fix it → Show progress**")
    assert "1. Agree my load with my manager each week" in weakness.body.answer
    assert not weakness.draft
    assert not any(n.body.question.startswith("Framework") for n in report.notes)


def test_a_sub_section_that_asks_stays_a_question_of_its_own(taxonomy) -> None:
    # near miss: under a question with no answer, a sub-section asking its own question is that question
    text = ("## Leading through change\n\n### How do you announce a reorg?\n\nIn person, then in writing.\n")
    report = imported(text, taxonomy, name="q.md")
    assert [n.body.question for n in report.notes] == ["How do you announce a reorg?"]


CHECKLIST = """## Tell me about a launch you led?

I led the checkout launch across three teams and shipped it a week early.

## Success Checklist

- [ ] Prepared ten stories
- [ ] Each story has a number in it
- [ ] Prepared "Tell me about yourself" (2 min)
- [ ] Prepared "Why this company?" (1 min)
"""


def test_boxes_to_tick_under_a_checklist_heading_are_no_questions(taxonomy) -> None:
    report = imported(CHECKLIST, taxonomy, name="prep.md")
    assert [n.body.question for n in report.notes] == ["Tell me about a launch you led?"]


MAPPED = """### Q1: Tell me about a time you led without authority

**What They're Looking For**:
- Influence through trust
- Results through others

**Related Stories**: Use a leadership story from your [story bank](/prep/stories.md)

**Amazon LP**: Ownership, Earn Trust  
**Google**: Leadership, Collaboration  
**Netflix**: Context not control

**Example Structure**: See [the worked example](/prep/star.md#leading)

---

### Q2: When did you make a database design decision?

- _Cross-ref: [Data modelling notes](/prep/data-modelling.md)_

---

### Q3: How do you keep a team honest about estimates?

I ask for ranges, not dates, and track how often we land inside them.

**Amazon LP**: Dive Deep  
**Google**: Data over opinions
"""


def test_pointers_to_other_pages_are_tips_never_the_answer(taxonomy) -> None:
    report = imported(MAPPED, taxonomy, name="bank.md")
    first, second, third = report.notes
    assert first.draft and second.draft and not third.draft
    assert "Use a leadership story from your [story bank](/prep/stories.md)" in first.coach.tips
    assert "See: the worked example (/prep/star.md#leading)" in first.coach.tips
    assert second.coach.tips == ("See: Data modelling notes (/prep/data-modelling.md)",)
    assert third.body.answer.strip() == "I ask for ranges, not dates, and track how often we land inside them."


def test_a_run_of_company_lines_under_a_fact_is_that_fact(taxonomy) -> None:
    report = imported(MAPPED, taxonomy, name="bank.md")
    first, _, third = report.notes
    assert first.competencies == ("Ownership", "Earn Trust", "Leadership", "Collaboration", "Context not control")
    assert third.competencies == ("Dive Deep", "Data over opinions")


def test_a_labelled_sentence_after_a_fact_is_no_fact(taxonomy) -> None:
    # near miss: a label over a sentence (it ends with a full stop) after the fact line is not a value of it
    text = ("### How do you plan a quarter?\n\n**Amazon LP**: Think Big  \n**My answer**: I start from the three "
            "outcomes we owe customers.\n")
    report = imported(text, taxonomy, name="q.md")
    assert report.notes[0].competencies == ("Think Big",)
    assert "I start from the three outcomes we owe customers." in report.notes[0].body.answer


GUIDE = """# Behavioural questions

## Question 1: Checkout outage

### The Question
> "Tell me about an outage you led the response to."

### Key Points to Cover
- A calm first hour
- Clear updates to the business

### STAR Answer Framework

**Situation:**
"At [Company], our [service] failed during [peak event]."

**Action:**
"I [first step], then I [second step]."

### Example Answer

> "During a sale, checkout failed for forty minutes. I split the team into fixers and a scribe, rolled back the
> cache change and posted updates every ten minutes. We lost a tenth of the hour's orders and wrote the runbook
> that week."

### Communication Tactics

- **Lead with impact**: Say what the customer saw first
- **Avoid**: Blaming the team that shipped the change

---

## Question 2: Estimation misses

### The Question
> "How do you handle a team that keeps missing its estimates?"

### Key Points to Cover
- Ranges instead of dates

### STAR Answer Framework

**Action:**
"I [what I changed]."

```
Root causes I found:
1. [a cause]
```"

### Communication Tactics

- **Be concrete**: Name the number you tracked

---

## Question 3: Hiring under pressure

### The Question
> "Tell me about a time you had to hire quickly."

### Example Answer

> "We needed four engineers in a quarter. I ran two loops a week and hired five."
"""


def test_a_numbered_question_over_labelled_sub_sections_is_one_note(taxonomy) -> None:
    report = imported(GUIDE, taxonomy, name="guide.md")
    assert [n.body.question for n in report.notes] == [
        "Tell me about an outage you led the response to.",
        "How do you handle a team that keeps missing its estimates?",
        "Tell me about a time you had to hire quickly."]
    outage, estimates, hiring = report.notes
    assert outage.coach.signals == ("A calm first hour", "Clear updates to the business")
    assert outage.body.answer.startswith("During a sale, checkout failed for forty minutes.")
    assert "**Lead with impact**: Say what the customer saw first" in outage.coach.tips
    assert not outage.draft
    assert estimates.draft  # only a framework of blanks: reported as a template
    assert hiring.body.answer.strip().startswith("We needed four engineers in a quarter.")
    assert sum("section 'STAR Answer Framework' (a template, not an answer)" in line
               for line in skipped(report)) == 2


def test_a_fence_closed_with_a_quote_after_it_ends_there(taxonomy) -> None:
    # "```"" ends the fence: question 3 after it is read, not swallowed as code
    report = imported(GUIDE, taxonomy, name="guide.md")
    assert len(report.notes) == 3


def test_a_fence_mark_with_words_after_it_is_no_close(taxonomy) -> None:
    # near miss: "```text" inside an open fence is code (an info string opens, never closes), as CommonMark reads it
    text = "## How do you review code?\n\n```\nfirst line\n```text\nstill code\n```\n\nI read the tests first.\n"
    report = imported(text, taxonomy, name="q.md")
    assert "still code" in report.notes[0].body.answer
    assert "I read the tests first." in report.notes[0].body.answer


HR_PAGE = """# Screening questions

## Question 1: Tell Me About Yourself

### The Question
> "Tell me about yourself."

### Key Principles
- Two minutes at most

### Your Answer
I build payment systems and want to lead a platform team next.

---

## Question 2: Why This Company?

### The Question
> "Why do you want to work for us in particular?"

### Your Answer
Your ledger team solves the problem I spent four years on.

### Questions to Avoid
- "What does your company do?"
- "How many holidays do I get?"
"""


def test_an_asking_heading_over_the_question_section_is_one_note(taxonomy) -> None:
    report = imported(HR_PAGE, taxonomy, name="hr.md")
    assert [n.body.question for n in report.notes] == ["Tell me about yourself.",
                                                       "Why do you want to work for us in particular?"]
    yourself, company = report.notes
    assert yourself.variants == ()  # the heading asks the same question
    assert company.variants == ("Why This Company?",)
    assert company.body.answer.strip() == "Your ledger team solves the problem I spent four years on."
    assert not yourself.draft and not company.draft


def test_questions_to_avoid_are_reported_not_drafts(taxonomy) -> None:
    report = imported(HR_PAGE, taxonomy, name="hr.md")
    assert not any("holidays" in n.body.question for n in report.notes)
    assert any("section 'Questions to Avoid'" in line for line in skipped(report))


ADAPTING = """# Answering with STAR

## Overview

STAR is a way to shape an answer: the scene, your part, your steps, the outcome.

## A worked example

**Question:** "Tell me about a time you sped up a release."

**Situation:** Releases took a whole day of manual checks.

**Action:** I scripted the checks and ran them on every merge.

**Result:** A release now takes twenty minutes.

## One story, many questions

- "Tell me about a technical challenge" → Focus on the scripts you wrote
- "Tell me about working with other teams" → Emphasise how QA agreed to the change
"""


def test_what_to_stress_after_a_quoted_questions_arrow_is_a_tip(taxonomy) -> None:
    report = imported(ADAPTING, taxonomy, name="star.md")
    assert kinds(report) == {"star": 1, "qa": 2}
    technical, teams = report.notes[1:]
    assert technical.body.question == "Tell me about a technical challenge" and technical.draft
    assert technical.coach.tips == ("Focus on the scripts you wrote",)
    assert teams.coach.tips == ("Emphasise how QA agreed to the change",)


def test_an_overview_explaining_star_is_the_pages_introduction(taxonomy) -> None:
    report = imported(ADAPTING, taxonomy, name="star.md")
    assert any("section 'Overview' (the page's introduction" in line for line in skipped(report))
    assert not any(tip.startswith("Context:") for n in report.notes for tip in n.coach.tips)


def test_an_unquoted_question_before_an_arrow_keeps_its_answer(taxonomy) -> None:
    # near miss: the writer's own short answer after an arrow stays the answer
    text = "## Bank\n\n- How do you pick what to fix? → Focus on customer harm first\n"
    report = imported(text, taxonomy, name="bank.md")
    assert report.notes[0].body.answer.strip() == "Focus on customer harm first"


BANK_UNDER_OVERVIEW = """# Leadership round: advanced questions

## Overview
Advanced behavioural questions test judgement and how you lead through change. These are director-level questions.

---

## Q1: How would you build a data team from nothing?

### Director-level answer:

I start from the problems the business needs solved, hire two senior people first, then grow around them.

## Q2: How do you handle a manager who keeps missing commitments?

### Director-level answer:

Early and in private, with the facts, then a written plan we both check weekly.
"""


def test_an_overview_saying_what_the_questions_test_leaves_every_question(taxonomy) -> None:
    # the overview speaks of the page's questions: its introduction; the two questions beside it are a bank, neither
    # one the prompt of a scene
    report = imported(BANK_UNDER_OVERVIEW, taxonomy, name="round.md")
    assert [n.body.question for n in report.notes] == ["How would you build a data team from nothing?",
                                                       "How do you handle a manager who keeps missing commitments?"]
    assert report.notes[0].body.answer.startswith("I start from the problems")
    assert any("section 'Overview' (the page's introduction" in line for line in skipped(report))


def test_one_question_beside_a_scene_is_still_its_prompt(taxonomy) -> None:
    # near miss: a scene headed as such with one question heading beside it is one scenario
    text = ("# Case: the quiet team\n\n## Situation\n\nYour new team stopped speaking up in planning.\n\n"
            "## What would you do in your first month?\n\nTalk to each person alone first.\n")
    report = imported(text, taxonomy, name="case.md")
    assert kinds(report) == {"scenario": 1}
