"""Round 7 (fixtures in our own words): what an interviewer's guide holds besides its questions. Behaviour
indicators finishing a "do you…" line, third-person probes under a "Measure:" label, the interviewer's own
coaching under a question, empty STAR skeletons and the level a round's title, a section or a "(Manager)" tag
gives."""

from __future__ import annotations

from importing import imported, kinds, messages, skipped

from leaderdeck.model import Kind, Level


# 1. Behaviour indicators under an open "do you…" line

INDICATORS_MD = """# Moving fast

Speed matters when a choice can be undone.
What this looks like day to day
As a team lead do you… As an engineer do you…
· Unblock your reports the same day?
· Decide without waiting for perfect data? · Ask for help early?
· Follow through on what you promised?

1. Tell me about a time you made a call with half the facts. What happened?
2. Describe a risk you took because speed mattered.

# Raising the bar

How it shows:
- Do you review designs before they are built?
- How do you coach someone whose code keeps failing review?

1. Give me an example of a standard you refused to lower.
"""


def test_items_finishing_an_open_do_you_line_are_skipped_once(taxonomy) -> None:
    report = imported(INDICATORS_MD, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you made a call with half the facts. What happened?",
        "Describe a risk you took because speed mattered.",
        "Do you review designs before they are built?",
        "How do you coach someone whose code keeps failing review?",
        "Give me an example of a standard you refused to lower.",
    ]
    assert [s for s in skipped(report) if "indicators" in s] == [
        "line 6: 'As a team lead do you… As an engineer do you…' "
        "(behaviour indicators to assess yourself against, not questions)"]
    assert not any("Unblock" in m or "Follow through" in m for m in messages(report))


INDICATORS_TXT = """Moving fast

As a team lead, do you:
· Unblock your reports the same day?
· Say no to work that can wait?

1. Tell me about a time you made a call with half the facts.
"""


def test_indicators_in_plain_text_are_skipped_too(taxonomy) -> None:
    report = imported(INDICATORS_TXT, taxonomy, name="doc.txt")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you made a call with half the facts."]
    assert [s for s in skipped(report) if "indicators" in s] == [
        "line 4: 'As a team lead, do you:' (behaviour indicators to assess yourself against, not questions)"]

OPEN_STEM_MD = """# Handling people

How would you:
- Handle an engineer who keeps missing reviews?
- Push back on a peer whose design will not scale?
"""


def test_items_finishing_a_how_would_you_stem_stay_questions(taxonomy) -> None:
    report = imported(OPEN_STEM_MD, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Handle an engineer who keeps missing reviews?", "Push back on a peer whose design will not scale?"]
    assert not any("indicators" in s for s in skipped(report))



# 2. Probes about "this person" under a "Measure:" label

MEASURE_MD = """# Team lead loop

This round is run by two managers.

## Running teams

Measure:

- Does this person know what a healthy team looks like?
- Are their answers concrete rather than rambling?

Questions:

- How do you know your team is healthy?
- What did you change in your last team's rituals?
- How do you run a retrospective that people value?
- Tell me about a time you split a team in two.

## Planning

Look for:

- What is this person's way of cutting scope?
- How does this person say no to a stakeholder?

Questions:

- How do you plan a quarter?
"""


def test_measured_probes_are_signals_of_the_sections_questions(taxonomy) -> None:
    report = imported(MEASURE_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    assert list(notes) == [
        "How do you know your team is healthy?",
        "What did you change in your last team's rituals?",
        "How do you run a retrospective that people value?",
        "Tell me about a time you split a team in two.",
        "How do you plan a quarter?",
    ]
    running = ("Does this person know what a healthy team looks like?",
               "Are their answers concrete rather than rambling?")
    for question in list(notes)[:4]:
        assert notes[question].coach.signals == running
        assert notes[question].draft
    assert notes["How do you plan a quarter?"].coach.signals == (
        "What is this person's way of cutting scope?", "How does this person say no to a stakeholder?")
    assert not any("coaching for many questions" in s for s in skipped(report))
    assert sum("only what interviewers look for" in m for m in messages(report)) == 5


# 3. The interviewer's guidance under a question is what they look for, not the answer

GUIDE_MD = """# Questions for a head of platform

## Delivery

### 1. How Have You Shipped A First Version Before?

You want to gauge whether your prospective head of platform has taken a product from nothing to its first users. Ask how long
it took and who did the work.

**What to look for:** A first release with dates and a named team.

**What to avoid:** Someone who has only joined products that already ran.

### 2. Which Tools Would You Bring?

This question lets you see whether the candidate picks tools for the team or for themselves.

### 3. How Did You Handle A Failed Launch?

When our launch failed, I rolled it back within the hour and wrote to every customer myself. You want to own
the message before support does, so I drafted it with the support lead.
"""


def test_interviewer_guidance_is_signals_and_the_note_a_draft(taxonomy) -> None:
    report = imported(GUIDE_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    first = notes["How Have You Shipped A First Version Before?"]
    assert first.draft and first.body.answer == ""
    assert first.coach.signals == (
        "You want to gauge whether your prospective head of platform has taken a product from nothing to its first "
        "users. Ask how long\nit took and who did the work.",
        "A first release with dates and a named team.")
    assert first.coach.tips == ("Red flag: Someone who has only joined products that already ran.",)
    second = notes["Which Tools Would You Bring?"]
    assert second.draft and second.body.answer == ""
    assert second.coach.signals == (
        "This question lets you see whether the candidate picks tools for the team or for themselves.",)
    told = notes["How Did You Handle A Failed Launch?"]
    assert not told.draft and told.body.answer.startswith("When our launch failed, I rolled it back")
    assert told.coach.signals == ()
    assert sum("only what interviewers look for" in m for m in messages(report)) == 2

TOLD_AS_WE_MD = """# Platform questions

## 1. How did you work with leadership on the migration?

We met the CTO every week and agreed the order of the moves with the platform team.

## 2. What do you look for in a platform lead?

This question lets you see whether the candidate has hired for the role before, and we weigh it heavily.
"""


def test_an_answer_told_as_we_stays_the_answer(taxonomy) -> None:
    report = imported(TOLD_AS_WE_MD, taxonomy)
    told, guide = report.notes
    assert not told.draft and told.body.answer.startswith("We met the CTO every week")
    assert guide.draft and guide.body.answer == "" and guide.coach.signals == (
        "This question lets you see whether the candidate has hired for the role before, and we weigh it heavily.",)



# 4. An empty STAR skeleton is no answer; a story named by blanks with empty parts is a template

SKELETON_MD = """# My interview notes

## 1. Tell me about a time you missed a deadline
  - Situation - 
  - Task - 
  - Action -
  - Result  -

## 2. Tell me about a time you changed a team's process
  - Situation - Our releases went out once a month.
  - Task - I was asked to make them weekly.
  - Action - I split the pipeline in two.
  - Result - We have shipped four releases a month since.
"""


def test_an_empty_star_skeleton_is_no_answer(taxonomy) -> None:
    report = imported(SKELETON_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    missed = notes["Tell me about a time you missed a deadline"]
    assert missed.kind is Kind.QA and missed.draft and missed.body.answer == ""
    assert "line 3: 'Tell me about a time you missed a deadline' is a draft: no answer" in messages(report)
    changed = notes["Tell me about a time you changed a team's process"]
    assert changed.kind is Kind.STAR and not changed.draft
    assert changed.body.action == "I split the pipeline in two."


TEMPLATE_STORIES_MD = """# Story bank

## Story #1: [Title - e.g., "Moved the billing jobs off the old scheduler"]

### Situation
Our billing jobs ran on a scheduler nobody maintained.

### Task
I had to move them without a missed invoice.

### Action
1. Ran both schedulers side by side for a week

### Result
- **Impact:** No invoice was late.

## Story #2: [Your Hiring Story Here]

**Categories:**  

### Situation


### Task


### Action
1. 
2. 

### Result
- **Impact:** 
- **Learning:** 

## Story #3: The reorg I would run again

### Situation


### Task


### Action


### Result

"""


def test_a_story_named_by_blanks_with_empty_parts_is_a_skipped_template(taxonomy) -> None:
    report = imported(TEMPLATE_STORIES_MD, taxonomy)
    assert [n.body.title or n.body.question for n in report.notes] == [
        "Moved the billing jobs off the old scheduler", "The reorg I would run again"]  # the e.g. names it
    assert [s for s in skipped(report) if "template" in s] == [
        "line 17: '[Your Hiring Story Here]' (a template, not an answer)"]
    assert all(n.draft for n in report.notes[1:])
    assert kinds(report) == {"star": 2}


# 5. Level evidence: a managerial round, a counterpart, a section below notes, a "(Manager)" tag

MANAGERIAL_MD = """# Managerial Round Interview Prep

Notes for the round with the hiring manager.

## Questions to prepare

- Tell me about a project you led from start to finish.
- How do you handle an engineer who misses commitments?
"""


def test_a_managerial_round_in_the_title_names_the_manager_band(taxonomy) -> None:
    report = imported(MANAGERIAL_MD, taxonomy)
    assert [n.level for n in report.notes] == [Level.MANAGER, Level.MANAGER]
    assert "line 7: level manager for 2 notes, from the heading 'Managerial Round Interview Prep'" in messages(report)


COUNTERPART_MD = """# Conflict with senior management

## 1. Tell me about a time you pushed back on a rewrite.
I showed the cost of the rewrite in lost weeks and we kept the old queue.
"""


def test_a_counterpart_in_a_title_names_no_level(taxonomy) -> None:
    report = imported(COUNTERPART_MD, taxonomy)
    assert [n.level for n in report.notes] == [Level.SENIOR]
    assert "line 3: no level stated for 1 note; set to senior (pass --level)" in messages(report)
    assert not any("from the heading" in m for m in messages(report))


BELOW_MD = """# My stories

## 1. Tell me about a time you missed a deadline.
We shipped the export two weeks late. I told the customer early and cut scope.

## Staff engineer questions

### 2. How do you set technical direction across teams?
I write a short strategy and review it with every tech lead.
"""


def test_a_level_heading_governs_only_the_notes_under_it(taxonomy) -> None:
    report = imported(BELOW_MD, taxonomy)
    assert [(n.body.question, n.level) for n in report.notes] == [
        ("Tell me about a time you missed a deadline.", Level.SENIOR),
        ("How do you set technical direction across teams?", Level.STAFF)]


TAGGED_MD = """# Speed

1. Tell me about a time you decided with half the data. What happened?
2. Tell me about a time your team was too slow to act. What did you do? (Manager)
3. Describe a blocker you removed for your team. (for managers)
"""


def test_a_trailing_level_tag_is_the_notes_level_not_its_words(taxonomy) -> None:
    report = imported(TAGGED_MD, taxonomy)
    assert [(n.body.question, n.level) for n in report.notes] == [
        ("Tell me about a time you decided with half the data. What happened?", Level.SENIOR),
        ("Tell me about a time your team was too slow to act. What did you do?", Level.MANAGER),
        ("Describe a blocker you removed for your team.", Level.MANAGER),
    ]


TAGGED_HEADINGS_MD = """# Speed

### 1. Tell me about a time your team was too slow to act. (Manager)
We skipped the design review and shipped in a week.

### 2. Tell me about a time you disagreed with a peer. (Conflict Resolution)
I asked for a trial of both designs.
"""


def test_a_level_tag_closing_a_question_heading_is_its_level_not_its_competency(taxonomy) -> None:
    report = imported(TAGGED_HEADINGS_MD, taxonomy)
    tagged, themed = report.notes
    assert tagged.body.question == "Tell me about a time your team was too slow to act."
    assert tagged.level is Level.MANAGER and tagged.competencies == ()
    assert themed.body.question == "Tell me about a time you disagreed with a peer."
    assert themed.competencies == ("Conflict Resolution",) and themed.level is Level.SENIOR

