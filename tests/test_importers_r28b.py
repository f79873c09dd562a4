"""Round 28 fixes (b): question banks and Q&A lists, second round. (a) An answer that sets out its points as items
each opened by a short name and a colon (``1. Growth: ...``, ``2. Impact: ...``, ``3. Culture: ...``), one or two of
the names a story part's word by chance, keeps the list whole under its lead-in line, in a fenced sample answer as
well as in plain text, instead of cutting it into parts, dropping the lead-in and the names; a story told in items
(``- Situation: ...``, ``- Action: ...``) is read as before. (b) Labels several question banks share: ``Related
scenarios`` lists other phrasings of the question, ``Deep dive considerations`` its follow-ups, ``Scenario prompt:``
gives the question and ``STAR breakdown`` stands over the story's parts (the story keeps its heading's name); a
``Deep dive:`` told inside a story stays the story's. (c) A heading worded as every question's opening, with no text
of its own, over topic headings each over a list of questions (``## Tell me about a time when...`` over ``###
Learning & Growth`` and ``### Results & Impact``) is a category: each listed question is a draft of its own, instead
of one story whose Learning and Result are those lists; a group so worded never makes the list before it the
questions one story answers, while a question over its story's sub-sections and a list of the questions a story
answers are read as before. (d) Follow-ups named with a qualifier (``Advanced follow-up questions``, ``Additional
follow-ups``) are follow-ups, under a question or for a page's questions, not questions of their own. (e) GitBook's
``{% hint style=... %}`` boxes and titled ``{% tab %}`` tabs are labels (a warning's red flags, an info box's tips,
a tab's title), the text after ``{% endhint %}`` is outside the box, and the other tags go, instead of the tags
being kept in the answer; template tags inside a code fence stay. (f) A fenced JSON or log excerpt (a fence whose
info string names a format, or with a line of code) under a tip's or a red flag's label is one entry, joined to the
line that introduces it, instead of a tip per line; a fence of prose tips still gives a tip a line. (g) A question
to put to the interviewer laid out as ``Why it is valuable:``, ``Follow-up angles:``, ``Good answers sound like:``
and ``Concerning answers sound like:`` gives its signal, follow-ups, answer and red flag, instead of its follow-ups
becoming questions of their own and the first label's text its answer. (h) A bare fence right under a question or a
bold scenario line that holds only labelled outlines (``Approach:`` over numbered steps, ``Key Points:`` over items)
is advice: a tip per outline and a draft, instead of an answer of code marks; a fence of config stays code.
Fixtures are written here in our own words; each
fix has a near miss it leaves alone.
"""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "bank.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) an answer's own named points, one name a story part's word --------------------------------------------------

NAMED_POINTS = """# Manager prep

### How do you keep strong engineers on the team?

I lean on three things:
1. Growth: a path they can see and a budget to learn
2. Impact: work tied to results the business notices
3. Culture: room to disagree and real credit for wins

### How do you plan a quarter?

My plan rests on a few points:

- Result: one outcome the team can name
- Scope: what we will not do this quarter
- Owners: one name per goal
"""


def test_named_points_stay_one_list_under_their_lead_in(taxonomy) -> None:
    report = _import(NAMED_POINTS, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA, Kind.QA]
    keep, plan = report.notes
    assert keep.body.answer == ("I lean on three things:\n\n1. Growth: a path they can see and a budget to learn\n"
                                "2. Impact: work tied to results the business notices\n"
                                "3. Culture: room to disagree and real credit for wins")
    assert plan.body.answer.startswith("My plan rests on a few points:\n\n- Result: one outcome the team can name\n")
    assert plan.body.answer.endswith("- Owners: one name per goal")
    assert "a label with no text after it" not in _report(report)
    assert not report.drafts


FENCED_POINTS = """# People leadership

**Q: How do you keep strong engineers on the team?**
```
Key Strategies:
- Fair pay reviewed every year
- Visible paths to the next level

Example Answer:
"I lean on three things:
1. Growth: a path they can see and a budget to learn
2. Impact: work tied to results the business notices
3. Culture: room to disagree and real credit for wins"
```
"""


def test_named_points_in_a_fenced_sample_answer_are_kept_whole(taxonomy) -> None:
    note, = _import(FENCED_POINTS, taxonomy).notes
    assert note.body.answer.startswith("I lean on three things:\n\n1. Growth: a path they can see")
    assert "2. Impact: work tied to results the business notices" in note.body.answer
    assert "3. Culture: room to disagree" in note.body.answer
    assert note.coach.tips == ("Key Strategies: Fair pay reviewed every year; Visible paths to the next level",)


ITEM_STORY = """# Stories

### Tell me about a time you cut a release's cost.

- Situation: our nightly build took four hours of paid runners
- Action: I split the suite and cached the heavy images
- Impact: the build fell to forty minutes and the bill by half
- Stack: our own runners on spot machines
"""


def test_a_story_told_in_items_keeps_its_parts(taxonomy) -> None:
    note, = _import(ITEM_STORY, taxonomy).notes
    assert note.kind is Kind.STAR
    assert note.body.situation.startswith("our nightly build took four hours")
    assert note.body.action.startswith("I split the suite")


# (b) coaching labels shared by question banks ---------------------------------------------------------------------

FOLDED_QUESTION = """# Motivation

<details>

  <summary><b> Why do you want to lead this platform group? </b></summary>

- <b>Why this matters:</b> The panel wants to see that your reasons fit the work the group does.

In your answer, name the two or three parts of the job you would miss least if they were gone.

Related Scenarios:

- Why this team and not another one? <br>
- What would make you leave in a year?<br>

</details>
"""


def test_related_scenarios_are_other_phrasings_of_the_question(taxonomy) -> None:
    note, = _import(FOLDED_QUESTION, taxonomy).notes
    assert note.body.question == "Why do you want to lead this platform group?"
    assert note.variants == ("Why this team and not another one?", "What would make you leave in a year?")
    assert "Why this team" not in note.body.answer
    assert note.coach.signals[0] == "The panel wants to see that your reasons fit the work the group does."


BROKEN_DOWN = """# Incident stories

## Story 1 — Paging storm

**Scenario Prompt:**

> Tell me about a time you cut noise for the on-call team.

**STAR Breakdown**

- **Situation:** Our alerts woke the on-call engineer nine times a night.
- **Task:** Cut the pages without hiding real outages.
- **Action:** I grouped alerts by service and deleted the ones nobody acted on.
- **Result:** Pages fell to one a night within a month.

**Deep Dive Considerations**

- How did you decide which alerts were safe to delete?
- Who signed off on the change?

## Story 2 — Slow deploys

**STAR Breakdown**

- **Situation:** A deploy took most of an afternoon.
- **Action:** I moved the slow checks to run after the rollout behind a flag.
- **Result:** Deploys took twenty minutes.
"""


def test_a_broken_down_story_keeps_its_prompt_name_and_follow_ups(taxonomy) -> None:
    report = _import(BROKEN_DOWN, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.STAR]
    storm, deploys = report.notes
    assert storm.body.question == "Tell me about a time you cut noise for the on-call team."
    assert storm.body.title == "Paging storm"
    assert storm.body.situation == "Our alerts woke the on-call engineer nine times a night."
    assert storm.coach.tips == ("Follow-up: How did you decide which alerts were safe to delete?",
                                "Follow-up: Who signed off on the change?")
    assert deploys.body.question == "Slow deploys"
    assert deploys.body.result == "Deploys took twenty minutes."
    assert "outside the STAR parts" not in _report(report)


DEEP_DIVE_STORY = """# Stories

### Tell me about a migration you led.

**Situation:** Our billing ran on a database nobody could upgrade.

**Action:** I moved one table a week behind a dual write.

**Deep dive:** the dual write ran for three months before we trusted it.

**Result:** We switched over with no lost invoices.
"""


def test_a_deep_dive_told_inside_a_story_is_not_follow_ups(taxonomy) -> None:
    note, = _import(DEEP_DIVE_STORY, taxonomy).notes
    assert note.kind is Kind.STAR
    assert "dual write ran for three months" in note.body.action
    assert not any(tip.startswith("Follow-up") for tip in note.coach.tips)


# (c) a heading worded as every question's opening, over topic groups of questions ---------------------------------

STEM_OVER_GROUPS = """# Practice list

Questions I keep getting, grouped by theme.

## 🧭 Tell me about a time when...

### Ownership
- Tell me about a time you fixed something nobody had asked you to fix
- Describe a situation where you owned a mistake in front of the team

### Time & Priorities
- Tell me about a time you had two deadlines in the same week
- Describe a situation where you had to drop a promised feature
- Tell me about a time you pushed back on a date

### Learning & Growth
- Tell me about a time you had to pick up a new stack in days
- Describe a situation where feedback changed how you work

### Working Together
- Tell me about a time you helped a peer who was struggling
- Describe a situation where two of your engineers would not talk

### Results & Impact
- Tell me about the launch you are proudest of
- Describe a situation where your numbers missed the goal

---

*Answer each with one of your stories.*
"""


def test_a_question_stem_over_topic_groups_gives_each_question_a_draft(taxonomy) -> None:
    report = _import(STEM_OVER_GROUPS, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA] * 11
    assert all(n.draft for n in report.notes)
    assert not any(n.variants for n in report.notes)
    questions = [n.body.question for n in report.notes]
    assert questions[0] == "Tell me about a time you fixed something nobody had asked you to fix"
    assert "Tell me about a time you had to pick up a new stack in days" in questions
    assert "Describe a situation where you had to drop a promised feature" in questions
    assert "Tell me about a time you helped a peer who was struggling" in questions
    assert questions[-1] == "Describe a situation where your numbers missed the goal"
    assert "Tell me about a time when" not in " ".join(questions)


STEM_OVER_STORY = """# My stories

## Tell me about a time you turned a failing project around.

### Situation
The search rewrite was three months late and the team had stopped believing the date.

### Action
I cut the scope to the two queries that mattered and shipped them behind a flag.

### Result
The rewrite went live six weeks later and the old index was switched off.
"""


def test_a_question_over_its_story_in_sub_sections_stays_a_story(taxonomy) -> None:
    note, = _import(STEM_OVER_STORY, taxonomy).notes
    assert note.kind is Kind.STAR
    assert note.body.question == "Tell me about a time you turned a failing project around."
    assert note.body.result == "The rewrite went live six weeks later and the old index was switched off."


LISTED_FOR_STORY = """# Story bank

## The billing migration

### Questions it answers
- Tell me about the hardest project you led.
- Describe a time you took a big technical risk.

### Situation
Billing ran on a database nobody could upgrade.

### Action
I moved one table a week behind a dual write.

### Result
We switched over with no lost invoices.
"""


def test_a_list_of_questions_over_a_story_still_names_what_it_answers(taxonomy) -> None:
    note, = _import(LISTED_FOR_STORY, taxonomy).notes
    assert note.kind is Kind.STAR
    assert note.body.question == "Tell me about the hardest project you led."
    assert note.variants == ("Describe a time you took a big technical risk.",)


PART_WORDED_GROUP = """# Questions by theme

## Planning
- Tell me about a time you had two deadlines in the same week
- Describe a situation where you had to drop a promised feature

## Growth
- Tell me about a time you had to pick up a new stack in days
- Describe a situation where feedback changed how you work
"""


def test_a_group_worded_like_a_story_part_does_not_make_the_list_before_it_one_story(taxonomy) -> None:
    report = _import(PART_WORDED_GROUP, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA] * 4
    assert not any(n.variants for n in report.notes)
    assert report.notes[1].body.question == "Describe a situation where you had to drop a promised feature"


# (d) follow-ups named with a qualifier of their own ------------------------------------------------------------------

QUALIFIED_FOLLOW_UPS = """# Behavioral

## Typical Interview Questions

1. Tell me about a conflict you settled between two engineers.
2. Describe a time a plan of yours fell apart.

## Advanced Follow-up Questions

1. What would you try first if it happened again?
2. How would the answer change with a team twice the size?
"""


def test_page_follow_ups_named_with_a_qualifier_are_each_questions_follow_ups(taxonomy) -> None:
    report = _import(QUALIFIED_FOLLOW_UPS, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a conflict you settled between two engineers.",
                                                       "Describe a time a plan of yours fell apart."]
    assert all(n.draft for n in report.notes)
    assert all(n.coach.tips == ("Follow-up: What would you try first if it happened again?",
                                "Follow-up: How would the answer change with a team twice the size?")
               for n in report.notes)


PROBED_QUESTION = """# Behavioral

### Why did you leave your last team?

I wanted to own a product end to end, and the team was moving to a support role.

**Additional follow-ups:**
- Would you go back?
- What did your manager say?
"""


def test_additional_follow_ups_under_a_question_are_its_follow_ups(taxonomy) -> None:
    note, = _import(PROBED_QUESTION, taxonomy).notes
    assert note.body.answer == "I wanted to own a product end to end, and the team was moving to a support role."
    assert note.coach.tips == ("Follow-up: Would you go back?", "Follow-up: What did your manager say?")


# (e) GitBook's template tags -----------------------------------------------------------------------------------------

GITBOOK_PAGE = """# Leadership questions

## Tell me about a time you pushed back on a deadline.

{% hint style="info" %}
They want the numbers you used to push back, not the argument.
{% endhint %}

{% tabs %}
{% tab title="Sample answer" %}
Our director asked for the rewrite in six weeks. I showed her three risks, and we agreed on eight.
{% endtab %}

{% tab title="Red flags" %}
Saying no without a date you can keep.
{% endtab %}
{% endtabs %}

## How do you run a one-on-one?

I let the report set the agenda.

{% hint style="warning" %}
Do not turn it into a status meeting.
{% endhint %}

I keep notes that we both can read.
"""


def test_gitbook_hints_and_tabs_are_labels_and_their_tags_go(taxonomy) -> None:
    report = _import(GITBOOK_PAGE, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA, Kind.QA]
    pushed, one_on_one = report.notes
    assert pushed.body.answer == ("Our director asked for the rewrite in six weeks. I showed her three risks, and we "
                                  "agreed on eight.")
    assert pushed.coach.tips == ("They want the numbers you used to push back, not the argument.",
                                 "Red flag: Saying no without a date you can keep.")
    assert one_on_one.body.answer == "I let the report set the agenda.\n\nI keep notes that we both can read."
    assert one_on_one.coach.tips == ("Red flag: Do not turn it into a status meeting.",)
    assert "{%" not in " ".join([n.body.answer + " ".join(n.coach.tips) for n in report.notes])


TEMPLATE_IN_CODE = """# Tooling questions

## How do you keep deploy configs readable?

I keep one template per service and render it in CI:

```
{% for region in regions %}
deploy {{ service }} to {{ region }}
{% endfor %}
```
"""


def test_template_tags_inside_a_code_fence_stay(taxonomy) -> None:
    note, = _import(TEMPLATE_IN_CODE, taxonomy).notes
    assert "{% for region in regions %}" in note.body.answer
    assert "{% endfor %}" in note.body.answer


# (f) a fenced excerpt in a tip ----------------------------------------------------------------------------------------

FENCED_EXCERPT = """# Incident questions

## How do you debug a flaky pipeline?

I start from the failing run's log and compare it with a green run.

**Tip:** quote the line that gave it away:

```json
{"stage": "test", "status": "failed", "retries": 3}
{"stage": "deploy", "status": "skipped"}
```

**Red flags:**

```log
rerun until green
```
"""


def test_a_fenced_excerpt_in_a_tip_stays_one_block(taxonomy) -> None:
    note, = _import(FENCED_EXCERPT, taxonomy).notes
    assert note.body.answer == "I start from the failing run's log and compare it with a green run."
    assert note.coach.tips == ('quote the line that gave it away:\n```json\n'
                               '{"stage": "test", "status": "failed", "retries": 3}\n'
                               '{"stage": "deploy", "status": "skipped"}\n```',
                               "Red flag:\n```log\nrerun until green\n```")


FENCED_PROSE_TIPS = """# Manager questions

## How do you handle a missed deadline?

I tell the stakeholders the day I know, with a new date.

**Tips:**

```
- Say the new date before anyone asks
- Name what the date depends on
```
"""


def test_a_fence_of_prose_tips_still_gives_a_tip_a_line(taxonomy) -> None:
    note, = _import(FENCED_PROSE_TIPS, taxonomy).notes
    assert note.coach.tips == ("Say the new date before anyone asks", "Name what the date depends on")


# (g) a question to ask, with what its answers sound like ------------------------------------------------------------

ANSWERS_SOUND_LIKE = """# Questions to put to your interviewer

### "How does the team handle on-call?"

**Why it is valuable:** The rota tells you how much the company spends on reliability.

**Follow-up angles:**
- How often is one person paged?
- Who fixes the noisy alerts?

**Good answers sound like:** "Six of us share it, a week each, and we fix any alert that fires twice."

**Concerning answers sound like:** "Everyone is always on call." (No rota at all.)

### "What would you change about the team?"

**Why it matters:** It shows what the manager already sees.

**Weak answers:** "Nothing, it is perfect."
"""


def test_what_answers_sound_like_are_the_answer_and_its_red_flags(taxonomy) -> None:
    report = _import(ANSWERS_SOUND_LIKE, taxonomy)
    assert [n.body.question for n in report.notes] == ["How does the team handle on-call?",
                                                       "What would you change about the team?"]
    on_call, change = report.notes
    assert on_call.body.answer == "Six of us share it, a week each, and we fix any alert that fires twice."
    assert on_call.coach.signals == ("The rota tells you how much the company spends on reliability.",)
    assert on_call.coach.tips == ("Follow-up: How often is one person paged?", "Follow-up: Who fixes the noisy alerts?",
                                  'Red flag: "Everyone is always on call." (No rota at all.)')
    assert change.draft
    assert change.coach.signals == ("It shows what the manager already sees.",)
    assert change.coach.tips == ('Red flag: "Nothing, it is perfect."',)


# (h) advice pasted into a bare code fence ----------------------------------------------------------------------------

FENCED_ADVICE = """# People leadership

#### Common Scenarios:

**Scenario: A strong engineer wants to lead but will not delegate**
```
Key Points:
- Not everyone has to manage
- Praise the first handover

Tips:
- Ask what they want from the move
```

**Q: How would you split a team of forty?**
```
Suggested Shape:
- Four squads of eight to ten
- One lead per squad
```
"""


def test_coaching_outlines_in_a_bare_fence_are_tips_not_an_answer_of_code(taxonomy) -> None:
    report = _import(FENCED_ADVICE, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA, Kind.QA]
    lead, split = report.notes
    assert lead.body.question == "A strong engineer wants to lead but will not delegate"
    assert lead.draft and not lead.body.answer
    assert "Key Points: Not everyone has to manage; Praise the first handover" in (*lead.coach.tips,
                                                                                    *lead.coach.signals)
    assert "Tips: Ask what they want from the move" in lead.coach.tips


def test_an_outline_under_a_label_of_the_answers_own_in_a_fence_stays_the_answer(taxonomy) -> None:
    split = _import(FENCED_ADVICE, taxonomy).notes[1]
    assert split.body.question == "How would you split a team of forty?"
    assert not split.draft
    assert "Four squads of eight to ten" in split.body.answer and "One lead per squad" in split.body.answer
    assert not split.coach.tips


FENCED_CONFIG = """# Platform questions

**Q: How do you keep a service up during a deploy?**
```
strategy:
  rollingUpdate:
    maxUnavailable: 0
```
"""


def test_a_fence_of_config_under_a_question_stays_code(taxonomy) -> None:
    note, = _import(FENCED_CONFIG, taxonomy).notes
    assert note.body.answer.startswith("```\nstrategy:\n  rollingUpdate:")
    assert not note.coach.tips


FENCED_OWN_PLAN = """# Manager round

**Scenario: Two leads want the same engineer**
```
What I would do:
1. Ask each lead what waiting costs them
2. Let them decide together by Friday
```
"""


def test_an_outline_told_as_i_in_a_fence_stays_the_answer(taxonomy) -> None:
    note, = _import(FENCED_OWN_PLAN, taxonomy).notes
    assert note.body.answer.startswith("```\nWhat I would do:\n1. Ask each lead")
    assert not note.coach.tips
