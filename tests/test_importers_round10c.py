"""Round 10 of real documents (c), fixtures in our own words: shapes of interview-prep pages the importer had not
been tried on."""

from __future__ import annotations

from leaderdeck.model import QaBody, StarBody
from importing import imported, kinds, skipped


# A story bank whose stories sit under a "Structure:" label as one-letter parts; the first part is told without an
# "I" ("The ... was ..."), like the second story's.
TOLD_WITHOUT_I = """# Stories

### Q1. Tell me about a time you stepped in for your lead.
**Structure:**
- **S:** Our lead was away during a launch week.
- **T:** I had to keep the release on track.
- **A:** I ran a short daily sync and split the open tickets.
- **R:** We launched on the planned day.

### Q2. Tell me about a time you won people over to a new tool.
**Structure:**
- **S:** The build was done by hand.
- **T:** I wanted a one-command build.
- **A:** I wrote a small script over two evenings and showed it in standup.
- **R:** The team switched that sprint and got back six hours a week.
"""


def test_a_story_part_told_without_i_under_a_structure_label_is_a_part_not_an_outline(taxonomy) -> None:
    report = imported(TOLD_WITHOUT_I, taxonomy)
    assert kinds(report) == {"star": 2}
    second = report.notes[1]
    assert isinstance(second.body, StarBody) and not second.draft
    assert second.body.situation == "The build was done by hand."
    assert second.body.task == "I wanted a one-command build."
    assert second.body.action.startswith("I wrote a small script")
    assert not second.coach.tips and not second.coach.cheat_code


# A page of values, each a heading over its gloss and the questions that probe it; one value has no question, and its
# gloss says "we" once. Its heading ends on a superlative ("... the Best"), the way a motto does.
VALUES = """# Our values

## Ship Small

Teams that ship small pieces learn faster than teams that wait for a perfect release.

- Tell me about a time you shipped something before it was polished.

## Grow the Best

Leaders raise the bar with each hire and coach the people around them. We fund a mentoring budget for every team.

## Own the Outcome

Owners do not stop at their own task; they look after what happens next.

- Tell me about a time you fixed something outside your area.
"""


def test_a_value_heading_ending_on_a_superlative_is_no_story_title_over_its_gloss(taxonomy) -> None:
    report = imported(VALUES, taxonomy)
    assert kinds(report) == {"qa": 2}
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you shipped something before it was polished.",
        "Tell me about a time you fixed something outside your area."]
    assert all(n.draft for n in report.notes)
    assert any("Grow the Best" in s for s in skipped(report))


def test_a_superlative_before_a_noun_still_names_the_writers_story(taxonomy) -> None:
    text = VALUES.replace("## Grow the Best\n\nLeaders raise the bar with each hire and coach the people around them. "
                          "We fund a mentoring budget for every team.",
                          "## Best hire\n\nWe found her through a meetup talk. We offered her the lead role within a "
                          "year.")
    report = imported(text, taxonomy)
    assert kinds(report) == {"qa": 3}
    hired = report.notes[1]
    assert hired.body.question == "Best hire" and hired.body.answer.startswith("We found her")


# A guide that pairs each question with what a good story holds and a sketch of one, then maps questions to the
# stories to reuse for them.
ELEMENTS = """# Stories every candidate needs

### 1. Onboarding story
**Question:** "Tell me about a time you brought a new hire up to speed."

**Key Elements to Include:**
- How you learned what they already knew
- The plan you made for their first weeks
- How you knew it worked

**Example Outline:**
- **Situation:** New hire, unfamiliar stack
- **Task:** Make them productive within a month
- **Action:** Paired daily, picked starter tickets, weekly check-ins
- **Result:** First feature shipped in week three

---

## Which story for which question

### Teamwork
- "Tell me about a time you helped a struggling teammate"
- "Tell me about a time you shared credit"

**Stories to Use:** Onboarding story, Launch story
"""


def test_key_elements_to_include_are_signals_not_the_answer(taxonomy) -> None:
    report = imported(ELEMENTS, taxonomy)
    first = report.notes[0]
    assert first.body.question == "Tell me about a time you brought a new hire up to speed."
    assert first.coach.signals == ("How you learned what they already knew", "The plan you made for their first weeks",
                                   "How you knew it worked")
    assert isinstance(first.body, QaBody) and not first.body.answer and first.draft


def test_stories_to_use_under_a_list_of_questions_is_a_tip_not_an_answer(taxonomy) -> None:
    report = imported(ELEMENTS, taxonomy)
    assert kinds(report) == {"qa": 3}
    last = report.notes[-1]
    assert last.body.question == "Tell me about a time you shared credit"
    assert not last.body.answer and last.draft
    assert last.coach.tips == ("Onboarding story, Launch story",)


# A guide explaining each STAR part in a section of its own: an instruction, pointers, then a quoted sample of the
# part under "**Example:**". The samples tell; the sections still explain the method.
EXPLAINED = """# Behavioral prep

## How STAR works

### **S - Situation**
Set the scene. Where were you and what was going on?

**Pointers:**
- Name the team and your role
- Two sentences at most

**Example:**
> "I was on a four-person payments team, and our checkout errors had doubled in a month."

### **T - Task**
What was yours to do?

**Example:**
> "I was asked to find the cause before the holiday freeze."

### **A - Action**
What did you do? Spend most of your time here.

**Example:**
> "I traced the errors to a retry storm and added a backoff."

### **R - Result**
How did it end? Give a number.

**Example:**
> "Errors fell by ninety percent within a week."

## Questions

### Tell me about a time you fixed a production problem.

I found a leaking connection pool and capped it; pages stopped that night.
"""


def test_a_star_explainer_with_a_quoted_sample_per_part_is_no_story(taxonomy) -> None:
    report = imported(EXPLAINED, taxonomy)
    assert kinds(report) == {"qa": 1}
    (note,) = report.notes
    assert note.body.question == "Tell me about a time you fixed a production problem."
    assert any("STAR template" in s for s in skipped(report))


# A coaching page on reading the interviewer, with a quoted line for the candidate to say when running long, and a
# list of questions at the end.
ROOM = """# Reading the room

### How to adjust

**If you are running long:**
- "I'm aware of the time — should I keep going, or would you like another question?"
- Jump to the result

**If they look lost:**
- Ask: "Would it help if I drew the system first?"

## Questions

- "Tell me about a time you missed a deadline."
- "What should I know about how you run a retro?"
"""


def test_a_quoted_offer_to_the_interviewer_is_no_question_of_the_page(taxonomy) -> None:
    report = imported(ROOM, taxonomy)
    assert kinds(report) == {"qa": 2}
    assert [n.body.question for n in report.notes] == ["Tell me about a time you missed a deadline.",
                                                       "What should I know about how you run a retro?"]
    assert any("questions to ask" in s for s in skipped(report))


# A coaching page that gives, under a question, a weak sample and then a strong one, each labelled on its line.
SAMPLES = """## Tell me about a time you rescued a late project.

**Bad example:** "We had a late project and worked hard as a team until it was done."

**Good example:** "I inherited a migration a month late, cut it to the two services that mattered, and landed it in
five weeks."

## How do you run a retro?

**Weak example:** "We just talk about what went wrong."

**Strong example:** "I ask each person for one thing to keep and one to drop, then we pick a single change."
"""


def test_a_bad_example_is_a_red_flag_and_a_good_example_the_answer(taxonomy) -> None:
    report = imported(SAMPLES, taxonomy)
    assert kinds(report) == {"qa": 2}
    first, second = report.notes
    assert first.coach.tips == ('Red flag: "We had a late project and worked hard as a team until it was done."',)
    assert first.body.answer.startswith("I inherited a migration") and "example" not in first.body.answer.casefold()
    assert second.coach.tips == ('Red flag: "We just talk about what went wrong."',)
    assert second.body.answer.startswith("I ask each person") and not second.draft


# A guide that breaks a story into components, each with an instruction, "**Elements:**" over the questions the part
# should answer, and a quoted sample.
COMPONENTS = """# Telling a failure story

## The framework

### Part 1: What broke

Be plain about what failed.

**Elements:**
- What was planned?
- What happened instead?
- Who was affected?

**Example:**
> "Our nightly export was meant to finish by six; it ran until noon and the finance team closed the month late."

## Practice

### Tell me about a time you failed.

I promised a report migration in a week and took three; I now split such work into steps I can show every two days.
"""


def test_elements_over_questions_are_what_a_part_holds_not_questions(taxonomy) -> None:
    report = imported(COMPONENTS, taxonomy)
    assert kinds(report) == {"qa": 1}
    (note,) = report.notes
    assert note.body.question == "Tell me about a time you failed."
    assert note.body.answer.startswith("I promised a report migration") and not note.draft


# A page on answering well: under each question, a verdict over a quoted sample of what not to say, then one over
# what to say. A verdict over plain words in an answer's own list stays a point of that answer.
VERDICTS = """## How do you take the blame for a miss?

**Bad:** "The spec kept changing, so the date slipped."

**Good:** "I saw the risk in week two and did not raise it; now I flag any slip the day I see it."

## What did the cache change?

I put a read-through cache in front of the catalogue:

- **Good:** page loads dropped under a second
- **Bad:** a price change took a minute to show
"""


def test_a_verdict_over_a_quoted_sample_is_a_red_flag_or_the_answer(taxonomy) -> None:
    report = imported(VERDICTS, taxonomy)
    assert kinds(report) == {"qa": 2}
    first, second = report.notes
    assert first.coach.tips == ('Red flag: "The spec kept changing, so the date slipped."',)
    assert first.body.answer.startswith("I saw the risk in week two") and not first.draft
    assert "**Bad:** a price change took a minute to show" in second.body.answer and not second.coach.tips


# A guide with its questions, then a run of numbered anti-patterns, each a heading "Anti-Pattern N: name" over
# labelled lines, one of them "**Problem**:".
NUMBERED = """# Handling disagreement

## Questions

### Tell me about a time you disagreed with your lead.

I asked for a one-hour spike to compare both designs, shared the numbers, and we went with hers.

### How do you settle a design argument between two engineers?

I ask each to write the case for the other's design, then we pick with both pages in front of us.

## Patterns that hurt

### Anti-Pattern 1: The Silent One

**Behavior**: Never objects in the meeting, complains afterwards.

**Problem**: Weak plans go ahead unchallenged.

### Anti-Pattern 2: The Steamroller

**Behavior**: Argues until others give up.

**Problem**: People stop offering ideas.
"""


def test_numbered_anti_patterns_are_coaching_not_notes(taxonomy) -> None:
    report = imported(NUMBERED, taxonomy)
    assert kinds(report) == {"qa": 2}
    assert [n.body.question for n in report.notes] == ["Tell me about a time you disagreed with your lead.",
                                                       "How do you settle a design argument between two engineers?"]
    assert all("Red flag: **Problem**: People stop offering ideas." in n.coach.tips for n in report.notes)


# A values guide: a question with its answer, then a section telling the reader what they can ask the interviewers,
# a sentence ending in a colon over quoted questions.
ASK_LEAD_IN = """# Values in the loop

## Questions

### Tell me about a time you put a customer first.

I delayed a launch by a week to fix an export bug two large customers had reported.

### In your questions

You can ask interviewers about the values:

- "Which value matters most on this team?"
- "How does the team show ownership in reviews?"
"""


def test_a_sentence_leading_into_questions_for_the_interviewer_sets_them_aside(taxonomy) -> None:
    report = imported(ASK_LEAD_IN, taxonomy)
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.question == "Tell me about a time you put a customer first."
    assert any("questions to ask the interviewer" in s for s in skipped(report))


# A page of model answers: each question heading over "### Model Answer", "### Why This Works" over what the
# answer shows, a shorter version and what to stress.
MODEL_ANSWERS = """# Model answers

## 1. "Tell Me About a Time You Failed"

### Model Answer

"I shipped a schema change on a Friday that broke the nightly billing run. I rolled it back within the hour and
wrote the postmortem myself. Now every schema change gets a dry run against a copy of production."

### Why This Works

- **Ownership:** "I shipped", not "a change was shipped"
- **Change:** the dry run is still in place

### Shorter version (30 seconds):

I broke billing with a Friday schema change, rolled it back fast, and added dry runs.

### Key lesson to emphasize:

Say what you do differently now.

## 2. "Why Do You Want This Role?"

### Model Answer

"Your team runs the platform I have spent four years building on, and I want to work on it from the inside."
"""


def test_what_sits_beside_a_model_answer_is_coaching(taxonomy) -> None:
    report = imported(MODEL_ANSWERS, taxonomy)
    assert kinds(report) == {"qa": 2}
    first = report.notes[0]
    assert first.body.answer.startswith("I shipped a schema change on a Friday")
    assert first.body.answer.rstrip().endswith("against a copy of production.")
    assert first.coach.signals == ('**Ownership:** "I shipped", not "a change was shipped"',
                                   "**Change:** the dry run is still in place")
    assert first.coach.cheat_code == "I broke billing with a Friday schema change, rolled it back fast, and added dry runs."
    assert "Say what you do differently now." in first.coach.tips


def test_a_quoted_remark_above_a_labelled_answer_is_a_tip(taxonomy) -> None:
    text = MODEL_ANSWERS.replace('## 1. "Tell Me About a Time You Failed"\n',
                                 '## 1. "Tell Me About a Time You Failed"\n\n> They look for ownership and what changed.\n')
    report = imported(text, taxonomy)
    first = report.notes[0]
    assert first.body.answer.startswith("I shipped a schema change on a Friday")
    assert first.coach.tips[0] == "They look for ownership and what changed."
