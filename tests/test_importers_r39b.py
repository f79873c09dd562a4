"""Round 39 fixes (b): leadership question banks for managers, directors, VPs and CTOs.
(a) A bulleted note right under a numbered question (``7) Which call do you regret?`` then ``* Staying vs.
leaving``) is that question's answer. Before, a note that compared two things (``X vs. Y``) was read as a prompt
of the bank, because the item above it asks: it became a draft question of its own and the question above lost
its answer. A numbered list and a bulleted list are two lists; a prompt among items of its own list still asks.
(b) Theme headings under a heading naming questions (``# Behavioral questions`` over ``### ii. Adaptation``),
each over numbered questions with bulleted notes under them, are groups of questions. Before, such a heading was
read as a prompt named without asking (its notes the answer), so every theme became a draft question. A short
heading over only a list of the writer's notes is still a prompt there.
(c) A page about one question that gives a key to its answer (``- **Feedback:** Say what you were told.``,
``- **Action:** Describe the habit you changed.``) and then the answer written out under its own label
(``**Example Answer Outline:**`` over ``- **(Action):** "I started ..."``) has that sample as its answer and the
key as tips. Before, the sample went into the tips with the key and the note was a draft; or, when a key line gave
an example in brackets (``Name the source (e.g., "my manager")``), the key was read as the story told and the
sample was set aside. An example given in brackets no longer makes a line tell what happened.
(d) A question naming whom the feedback came from (``from your peer/manager``, ``your mentor or manager``) names
no level: the manager is theirs, not the role interviewed for. Before, a page titled by such a question was set to
the manager level. A title naming the role (``Questions for an Engineering Manager``) still sets it.
(e) A question quoted in bold at the head of an item or paragraph, then advice on it with no dash
(``- **"Tell me about a launch that slipped."** Pick one with real stakes.``), is that question and the advice its
tips. Before, a quoted request ending in a full stop was not read as asking, so a list of them was set aside, or
the advice became the answer of a quoted question that ends in a question mark. After such an item, the next
item quoted in bold is a prompt of the same list even when its words do not ask (``**"Hiring for a new team."**``),
unless told as I. A quoted remark set in bold that asks nothing, with no quoted question above it
(``**"I'll just rewrite it."** The hero move.``), stays text.
(f) A section headed ``Questions in the end`` or ``Questions at the end of the interview`` holds the questions the
candidate asks when the loop closes: set aside and reported as questions to ask the interviewer, as ``Questions to
ask`` already was. Before, each became a draft note to answer. A heading naming a topic's questions (``Questions on
endings and handovers``) is still a bank.
(g) An item labelled ``Follow up on the above:`` (``Follow-up to that:``, ``Follow up on the previous question:``)
that asks is a follow-up of the question above it, as ``Follow-up:`` already was. Before, it became a question of
its own, its label in its words.
(h) A heading ``What's actually being tested`` (``What's really being evaluated``) names what the interviewer
scores, as ``What is being tested`` did: coaching, never a question whose rubric items become questions.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, kinds, messages, skipped

from leaderdeck.importers.bands import bands_named
from leaderdeck.importers.labels import slot
from leaderdeck.importers.untold import tells


# (a) bulleted notes under numbered questions ------------------------------------------------------------------------

NOTES_UNDER_NUMBERS = """# Loop prep

1) Tell me about a hard call you made on a roadmap.
* Rebuild vs. patch the billing job
2) Which decision do you regret most?
* Hiring fast vs. hiring well
3) Describe a time you picked between two vendors.
* Hosted queue vs. our own brokers
"""


def test_a_comparison_under_a_numbered_question_is_its_answer(taxonomy) -> None:
    report = imported(NOTES_UNDER_NUMBERS, taxonomy)
    assert kinds(report) == {"qa": 3}
    prompts = [note.prompt for note in report.notes]
    assert not any("vs." in prompt for prompt in prompts)
    regret = next(note for note in report.notes if note.prompt.startswith("Which decision"))
    assert "Hiring fast vs. hiring well" in regret.body.answer


PROMPTS_IN_ONE_LIST = """# Systems round

- How would you shard a ledger?
- Queues vs. logs for audit trails
- What breaks first when traffic doubles?
"""


def test_a_comparison_among_bullets_that_ask_is_still_a_prompt(taxonomy) -> None:
    report = imported(PROMPTS_IN_ONE_LIST, taxonomy)
    assert kinds(report) == {"qa": 3}
    assert any(note.prompt.startswith("Queues vs. logs") for note in report.notes)


# (b) theme headings over numbered questions -------------------------------------------------------------------------

THEMES = """# Leadership questions

### i. People
1) Tell me about a report you helped grow into a lead.
* Coached Priya through her first design review
2) How do you handle a high performer nobody wants to work with?
* Set clear norms, then a written plan

### ii. Delivery
3) Tell me about a project that slipped by a quarter.
* The search rewrite; we cut scope twice

### iii. Strategy
4) How do you decide what your org stops doing?
* Quarterly review of the long tail
"""


def test_theme_headings_over_numbered_questions_are_groups(taxonomy) -> None:
    report = imported(THEMES, taxonomy)
    assert kinds(report) == {"qa": 4}
    prompts = [note.prompt for note in report.notes]
    assert not any(prompt.startswith(("i.", "ii.", "iii.")) for prompt in prompts)
    slipped = next(note for note in report.notes if "slipped" in note.prompt)
    assert "cut scope twice" in slipped.body.answer


OWN_OUTLINE = """# General interview questions

### Greatest weakness
- I take on too many reviews
- now I batch them twice a day

### Toughest bug
- A clock skew between two regions
- found it with a replay of the logs

### Proudest launch
- The offline mode for the field app
"""


def test_short_headings_over_the_writers_notes_stay_prompts(taxonomy) -> None:
    report = imported(OWN_OUTLINE, taxonomy)
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["Greatest weakness", "Toughest bug", "Proudest launch"]


# (c) a key to the answer, then the answer written out ----------------------------------------------------------------

KEY_THEN_SAMPLE = """---
title: "How did you act on hard feedback from a colleague?"
---

This question checks whether you can hear criticism and change a habit.

### What the interviewer looks for

- **Self-awareness:** You know where you fall short.
- **Follow-through:** You changed a habit, not just a slide.

### How to Structure Your Answer: A Short Feedback Story

- **Feedback:** Say what you were told, and name who said it (e.g., "a staff engineer", "my lead").
- **Reflection:** Say how you took it in.
- **Action:** Describe the habit you changed.
- **Result:** Describe what changed for the team.

**Example Answer Outline:**

- **(Feedback):** "A colleague told me my design reviews ran long and buried the decision."

- **(Reflection):** "I timed the next three and she was right: forty minutes each."

- **(Action):** "I started sending a one-page summary a day ahead and capped reviews at twenty minutes."

- **(Result):** "Reviews now end with a recorded decision, and two other teams copied the format."
"""


def test_a_sample_under_its_label_after_a_key_is_the_answer(taxonomy) -> None:
    report = imported(KEY_THEN_SAMPLE, taxonomy)
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.prompt == "How did you act on hard feedback from a colleague?"
    assert "capped reviews at twenty minutes" in note.body.answer
    assert "Describe the habit you changed" not in note.body.answer
    assert any("Describe the habit you changed" in tip for tip in note.coach.tips)
    assert not note.draft
    assert not any("capped reviews" in line for line in skipped(report))


KEY_ONLY = """## Shipping under a hard date

Describe a launch you landed on a date you could not move.

- **Context:** Where you were, and why the date was fixed (e.g., "a partner's launch").
- **Actions:** What you personally cut, moved or asked for.
- **Result:** What shipped, ideally with a number.

## Why this team?

I want to work closer to the people who use the tools.
"""


def test_a_key_with_no_sample_still_makes_a_draft(taxonomy) -> None:
    report = imported(KEY_ONLY, taxonomy)
    launch = next(note for note in report.notes if note.prompt.startswith("Describe a launch"))
    assert launch.draft
    assert not launch.body.answer
    assert any("Where you were" in tip for tip in launch.coach.tips)


def test_an_example_in_brackets_tells_nothing_but_a_story_still_does() -> None:
    assert not tells('Name who gave it (e.g., "my lead told me")')
    assert tells("I moved the export to Sunday (e.g., the billing one)")
    assert tells("I paged the team.")


# (d) whose manager it is --------------------------------------------------------------------------------------------

FROM_PEER_OR_MANAGER = """---
title: "What feedback have you had from your peer/manager, and what did you do with it?"
---

### What they look for

- You take criticism without getting defensive.

### My answer

My lead said my updates hid the risks, so I now open each update with the top risk.
"""


def test_a_question_naming_whose_manager_sets_no_level(taxonomy) -> None:
    report = imported(FROM_PEER_OR_MANAGER, taxonomy)
    assert [note.level for note in report.notes] != ["manager"]
    assert not any("from the front matter title" in line for line in messages(report))


FOR_MANAGERS = """---
title: "Interview questions for an engineering manager"
---

## How do you run your one-on-ones?

Weekly, thirty minutes, their agenda first.
"""


def test_a_title_naming_the_role_still_sets_the_level(taxonomy) -> None:
    report = imported(FOR_MANAGERS, taxonomy)
    assert [note.level for note in report.notes] == ["manager"]


def test_whose_pair_of_people_is_set_aside_in_a_label(taxonomy) -> None:
    assert not bands_named("Feedback from your mentor or manager", taxonomy)
    assert bands_named("Questions for an engineering manager", taxonomy)


# (e) a quoted question in bold, then advice -------------------------------------------------------------------------

BOLD_QUOTED = """# Leadership loop notes

## The tricky ones

- **"Tell me about a launch that slipped."** Pick one with real stakes; own your part
  and spend most of the time on what you changed.
- **"A time you overruled your team."** Show you listened first, then say why the call was yours.
- **"How do you handle a report who stops improving?"** Show the plan you wrote together.
- **"Hiring for a new team."** Say who you hired first and why that order.
"""


def test_a_bold_quoted_question_then_advice_is_a_question_with_tips(taxonomy) -> None:
    report = imported(BOLD_QUOTED, taxonomy)
    assert kinds(report) == {"qa": 4}
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["Tell me about a launch that slipped.", "A time you overruled your team.",
                       "How do you handle a report who stops improving?", "Hiring for a new team."]
    slipped = report.notes[0]
    assert slipped.draft and not slipped.body.answer
    assert any("own your part and spend most of the time" in tip for tip in slipped.coach.tips)
    improving = report.notes[2]
    assert not improving.body.answer
    assert any("plan you wrote together" in tip for tip in improving.coach.tips)
    hiring = report.notes[3]
    assert any("who you hired first" in tip for tip in hiring.coach.tips)


BOLD_REMARKS = """# Anti-patterns in a design review

## Lines to avoid

- **"I'll just rewrite it myself."** The hero move; it teaches nobody anything.
- **"We always did it this way."** Shuts down the newest person in the room.

## How do you run a design review?

I send the doc two days ahead and open with the decision we need.
"""


def test_a_bold_quoted_remark_that_asks_nothing_stays_text(taxonomy) -> None:
    report = imported(BOLD_REMARKS, taxonomy)
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["How do you run a design review?"]


LINE_NOT_TO_SAY = """# Exit questions

- **"Why are you leaving your current role?"** Keep it about what you want next.
- **"My manager never listened to me."** Never say this, however true.
"""


def test_a_line_told_as_i_after_a_quoted_question_is_no_prompt(taxonomy) -> None:
    report = imported(LINE_NOT_TO_SAY, taxonomy)
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["Why are you leaving your current role?"]


# (f) the questions asked at the end ---------------------------------------------------------------------------------

AT_THE_END = """# Director loop

## Leading leaders
1. How do you coach a new manager through a first reorg?
2. Tell me about a manager you had to move out of the role.

## Questions at the end of the interview
1. What would you want this person to have changed after a year?
2. Where does the org disagree with its own roadmap today?
"""


def test_questions_for_the_end_are_set_aside(taxonomy) -> None:
    report = imported(AT_THE_END, taxonomy)
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["How do you coach a new manager through a first reorg?",
                       "Tell me about a manager you had to move out of the role."]
    assert any("questions to ask the interviewer" in line for line in skipped(report))


ABOUT_ENDINGS = """# Director loop

## Questions on endings and handovers
1. How do you wind down a product your team loved?
2. Tell me about a handover that went badly.
"""


def test_a_heading_naming_a_topics_questions_is_still_a_bank(taxonomy) -> None:
    report = imported(ABOUT_ENDINGS, taxonomy)
    assert kinds(report) == {"qa": 2}


# (g) "Follow up on the above:" --------------------------------------------------------------------------------------

FOLLOW_ON_ABOVE = """# Round notes

- How would you ramp up on a stack you have never used?
- Follow up on the above: what if there are no docs at all?
- How do you keep a new hire unblocked?
- Follow-up to that: how do you know they are stuck?
"""


def test_a_follow_up_on_the_above_belongs_to_the_question_above(taxonomy) -> None:
    report = imported(FOLLOW_ON_ABOVE, taxonomy)
    assert [note.prompt for note in report.notes] == ["How would you ramp up on a stack you have never used?",
                                                      "How do you keep a new hire unblocked?"]
    assert "no docs at all" in repr(report.notes[0])
    assert "know they are stuck" in repr(report.notes[1])


FOLLOW_ADVICE = """# Habits

- How do you run a weekly sync?
- Follow up on the action items by Friday.
"""


def test_a_follow_up_that_asks_nothing_is_no_follow_up(taxonomy) -> None:
    report = imported(FOLLOW_ADVICE, taxonomy)
    assert [note.prompt for note in report.notes] == ["How do you run a weekly sync?"]
    assert "Follow-up: Follow up" not in repr(report.notes[0])


# (h) "What's actually being tested" ---------------------------------------------------------------------------------

def test_whats_actually_being_tested_is_coaching() -> None:
    assert slot("What's actually being tested") == "signals"
    assert slot("What's really being evaluated") == "signals"
    assert slot("What is being tested") == "signals"


TESTED = """# Leadership rounds

## What's actually being tested

- **Ownership** — did you drive it, or were you carried along?
- **Scope** — team, org, or company?

## Tell me about a launch you owned end to end.

I ran the billing migration from the first design to the last cut-over.
"""


def test_a_rubric_under_what_is_being_tested_asks_nothing(taxonomy) -> None:
    report = imported(TESTED, taxonomy)
    assert [note.prompt for note in report.notes] == ["Tell me about a launch you owned end to end."]

