"""Round 26 fixes (b): coaching pages and question banks. (a) A guide's summing-up after its last rule ("---" then
"This guide walks through ...", "The questions are ordered ...") is the page's closing words, reported, not more of
the last question's answer or of its last list (its anti-patterns read as red flags). (b) A line of coaching and a
bare label typed on the next line with no blank line between them ("What They're Assessing: ..." over "STAR
Focus:") are two labels: the list under the second is its own, not a story told in the first's paragraph. (c) A
bare label of the guide's own words ("**Approach**:", "**Guidelines**:") over a list whose items each open with
advice ("- **Be specific**: ...") is how to answer the question: its tips, the note a draft. (d) A worksheet's STAR
parts and labels left in blanks ("**Situation:** [YOUR STORY - ...]") beside a labelled sample ("### Example Answer
(for reference):") give that sample as the question's answer, the blanks reported, instead of an empty draft story
that drops the sample. (e) A group's numbered questions pasted into a bare fence ("1.<TAB>Tell me about ...")
are questions, not code reported as text under the group's title. (f) A line bold as a whole that holds a link
with a long address ("**Part 2: ... [see the thread](https://...)**") is a group's title, not the answer of the
question above it. Each fix has a near miss it leaves alone."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) a guide's summing-up after its last rule ----------------------------------------------------------------------

RULED_SUMMARY = """# Questions for new managers

## Team health

### 1. "How do you keep a team motivated through a long migration?"

**Why it matters:** Long projects wear people down and attrition follows.

**Solution approach:**

1. Split the work into milestones people can finish
2. Celebrate each milestone in the team channel

**Anti-patterns:**

- Promising an end date nobody believes
- Letting the same two people carry every incident

### 2. "How do you handle a missed deadline?"

**Why it matters:** Slips happen; the interviewer wants to see your judgement.

**Solution approach:**

1. Warn the stakeholders as soon as the slip is known
2. Agree with product what to cut

**Anti-patterns:**

- Keeping the slip quiet until the last day
- Blaming individual engineers in public

---

This guide walks through the people skills that come up most often in a first-time manager loop. Work through each question with a story of your own and the approaches above.

The questions are ordered from running one team to shaping a whole department, so you can show how your scope grew.
"""


def test_summing_up_after_the_last_rule_is_not_the_last_questions_red_flags(taxonomy) -> None:
    report = _import(RULED_SUMMARY, taxonomy, "managers.md")
    assert [note.body.question for note in report.notes] == [
        "How do you keep a team motivated through a long migration?",
        "How do you handle a missed deadline?",
    ]
    last = report.notes[1]
    assert last.coach.tips == ("Red flag: Keeping the slip quiet until the last day",
                               "Red flag: Blaming individual engineers in public")
    assert "This guide" not in last.body.answer and "ordered" not in last.body.answer
    text = _report(report)
    assert "'This guide walks through the people skills" in text
    assert "'The questions are ordered from running one team" in text
    assert "closing words" in text


def test_summing_up_after_the_last_rule_is_not_the_last_prose_answer(taxonomy) -> None:
    page = """# Common manager questions

## Why do you want to manage people?

I like helping engineers do their best work, and I want a wider reach than my own code gives me.

## How do you handle a missed deadline?

I tell the stakeholders the day I know, agree on what to cut, and run a short review with the team afterwards.

---

In this post I collected the questions I was asked most often in my own manager interviews last spring.
"""
    report = _import(page, taxonomy, "common.md")
    assert len(report.notes) == 2
    assert report.notes[1].body.answer.strip() == ("I tell the stakeholders the day I know, agree on what to cut, "
                                                   "and run a short review with the team afterwards.")
    assert "'In this post I collected the questions" in _report(report)


def test_text_after_the_last_rule_that_names_no_page_stays_the_answer(taxonomy) -> None:
    page = """# Common manager questions

## How do you handle a missed deadline?

I tell the stakeholders the day I know and agree on what to cut.

---

The post-mortem afterwards found two estimates nobody had checked, and we now review them in planning.
"""
    report = _import(page, taxonomy, "common.md")
    assert len(report.notes) == 1
    assert "two estimates nobody had checked" in report.notes[0].body.answer
    assert "closing words" not in _report(report)


# (b) a coaching line and a bare label in one paragraph ------------------------------------------------------------

ASSESSING_THEN_FOCUS = """# Behavioral guide

## Common questions

### Ownership

**"Tell me about a time you fixed something nobody owned."**

What They're Assessing: Initiative, follow-through
STAR Focus:
- Situation: What was broken and why nobody owned it
- Task: Why you decided it was yours
- Action: How you got it fixed (who you pulled in)
- Result: What changed afterwards and how you know

**"Describe a time you missed a commitment."**

What They're Assessing: Accountability, honesty
STAR Focus:
- Situation: What you had promised
- Task: What was at stake
- Action: How you told people and recovered
- Result: What you learned and changed
"""


def test_bare_label_under_a_coaching_line_heads_its_own_list(taxonomy) -> None:
    report = _import(ASSESSING_THEN_FOCUS, taxonomy, "guide.md")
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you fixed something nobody owned.",
        "Describe a time you missed a commitment.",
    ]
    for note, signal in zip(report.notes, ("Initiative, follow-through", "Accountability, honesty")):
        assert note.kind.value == "qa" and note.draft  # the guide's prompts are no story told
        assert note.coach.signals == (signal,)  # the label under it is not part of the signal
    assert "'STAR Focus' (a template, not an answer)" in _report(report)


def test_line_without_a_label_over_a_bare_label_stays_one_paragraph(taxonomy) -> None:
    page = """# Stories

## Tell me about a time you fixed something nobody owned.

Our alerts had no owner for a year and I took them on
Steps:
- I listed every alert and who had last touched it
- I deleted the ones nobody could explain
"""
    report = _import(page, taxonomy, "stories.md")
    assert len(report.notes) == 1
    answer = report.notes[0].body.answer
    assert "Our alerts had no owner for a year and I took them on\nSteps:" in answer
    assert "I deleted the ones nobody could explain" in answer


# (c) a bare label over a list of named advice -------------------------------------------------------------------

NAMED_ADVICE = """# Classic questions

### What Are Your Weaknesses?

**Approach**:
- **Be specific**: Name one weakness you really have
- **Show the work**: Say what you changed
- **End on progress**: Say where it stands now

### Why Are You Leaving Your Current Job?

**Guidelines**:
- **Stay positive**: Never run down the people you work with
- **Talk about growth**: What you want to learn next
- **Keep it true**: Tactful, but true
"""


def test_bare_label_over_named_advice_is_the_questions_tips(taxonomy) -> None:
    report = _import(NAMED_ADVICE, taxonomy, "classic.md")
    weakness, leaving = report.notes
    assert weakness.body.question == "What Are Your Weaknesses?"
    assert weakness.kind.value == "qa" and weakness.draft and not weakness.body.answer
    assert weakness.coach.tips == ("**Be specific**: Name one weakness you really have",
                                   "**Show the work**: Say what you changed",
                                   "**End on progress**: Say where it stands now")
    assert leaving.draft and not leaving.body.answer
    assert leaving.coach.tips[0] == "**Stay positive**: Never run down the people you work with"
    assert len(leaving.coach.tips) == 3


def test_named_advice_under_the_writers_own_label_stays_the_answer(taxonomy) -> None:
    page = NAMED_ADVICE.replace("**Approach**:", "**My approach**:")
    weakness = _import(page, taxonomy, "classic.md").notes[0]
    assert not weakness.draft
    assert "**Be specific**: Name one weakness you really have" in weakness.body.answer


def test_list_whose_lead_ins_name_things_is_not_advice(taxonomy) -> None:
    page = """# Classic questions

### What did your last team ship?

**Highlights**:
- **Billing**: We moved invoices to the new ledger in March
- **Search**: We cut the index build from six hours to forty minutes
"""
    note = _import(page, taxonomy, "classic.md").notes[0]
    assert not note.draft
    assert "new ledger in March" in note.body.answer
    assert not note.coach.tips


# (d) a worksheet's blanks beside a sample answer ------------------------------------------------------------------

WORKSHEET = """# Interview worksheet

## Q2: Describe a hard bug you tracked down

### Your Answer:

**Situation:** [YOUR STORY - Which product? Which team?]

**Task:** [YOUR STORY - What was broken?]

**Action:**
- [YOUR STORY - Step 1: ...]
- [YOUR STORY - Step 2: ...]

**Result:** [YOUR STORY - What got better?]

### Example Answer (for reference):

Our booking page hung for some users every evening and nobody could make it happen on purpose.

I put timers around each call, found a lock held by a nightly export, and moved that export to a replica.

The hangs stopped that week and complaints about booking fell by half.

---

## Q3: What are you proudest of?

### Your Answer:

**The Work:** [YOUR STORY - What did you build?]

**Why It Matters To You:** [YOUR STORY - Why this one?]

### Example Answer (for reference):

Probably the scheduling tool for our clinics: I designed its data model and it still runs every appointment.
"""


def test_blank_star_parts_beside_a_sample_answer_give_the_sample(taxonomy) -> None:
    report = _import(WORKSHEET, taxonomy, "worksheet.md")
    bug, proud = report.notes
    assert bug.body.question == "Describe a hard bug you tracked down"
    assert bug.kind.value == "qa" and not bug.draft
    assert bug.body.answer.startswith("Our booking page hung for some users every evening")
    assert "complaints about booking fell by half" in bug.body.answer
    assert "YOUR STORY" not in bug.body.answer
    assert proud.kind.value == "qa" and not proud.draft
    assert proud.body.answer.strip() == ("Probably the scheduling tool for our clinics: I designed its data model "
                                         "and it still runs every appointment.")
    text = _report(report)
    assert "'Situation' (left blank to fill in beside the sample answer" in text
    assert "'Your Answer' (left blank to fill in beside the sample answer" in text
    assert "text outside the STAR parts" not in text


def test_blank_star_parts_without_a_sample_stay_a_draft_story(taxonomy) -> None:
    page = WORKSHEET.split("### Example Answer (for reference):")[0]
    note = _import(page, taxonomy, "worksheet.md").notes[0]
    assert note.kind.value == "star" and note.draft


def test_written_star_parts_beside_a_sample_stay_the_story(taxonomy) -> None:
    page = WORKSHEET.split("---")[0].replace("[YOUR STORY - Which product? Which team?]",
                                             "Our booking page hung every evening.") \
        .replace("[YOUR STORY - What was broken?]", "I owned the booking service.") \
        .replace("- [YOUR STORY - Step 1: ...]\n- [YOUR STORY - Step 2: ...]",
                 "- I timed every call\n- I moved the export to a replica") \
        .replace("[YOUR STORY - What got better?]", "The hangs stopped within a week.")
    note = _import(page, taxonomy, "worksheet.md").notes[0]
    assert note.kind.value == "star"
    assert note.body.situation.strip() == "Our booking page hung every evening."


# (e) a group's numbered questions pasted into a bare fence ----------------------------------------------------------

FENCED_GROUPS = """# Values round questions

**Working with others**
```
1.\tTell me about a time you had to win over a sceptical peer.
2.\tHow do you share credit when a launch goes well?
3.\tDescribe a time you changed your mind after a code review.
```

**Handling ambiguity**
```
1.\tTell me about a project whose goal kept moving.
2.\tHow do you decide what to build when nobody agrees?
```
"""


def test_numbered_questions_in_a_bare_fence_are_questions(taxonomy) -> None:
    report = _import(FENCED_GROUPS, taxonomy, "values.md")
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you had to win over a sceptical peer.",
        "How do you share credit when a launch goes well?",
        "Describe a time you changed your mind after a code review.",
        "Tell me about a project whose goal kept moving.",
        "How do you decide what to build when nobody agrees?",
    ]
    assert all(note.kind.value == "qa" and note.draft for note in report.notes)
    assert "text under" not in _report(report)


def test_numbered_steps_in_a_bare_fence_stay_code(taxonomy) -> None:
    page = """# Setup before the mock interview

## How do you rehearse a story?

I record myself and cut it to two minutes.

```
1. Open the recorder
2. Tell the story once without notes
3. Cut what runs past two minutes
```
"""
    note = _import(page, taxonomy, "setup.md").notes[0]
    assert note.body.question == "How do you rehearse a story?"
    assert "Open the recorder" in note.body.answer  # kept as the answer's code, never questions of their own
    assert len(_import(page, taxonomy, "setup.md").notes) == 1


# (f) a bold group title holding a long link ------------------------------------------------------------------------

LINKED_TITLE = """### Values questions

**Part 1**
- How do you help a new teammate ramp up?
- How do you handle a decision you disagree with?

**Part 2: Questions gathered from a long forum thread [see the thread](https://forum.example.com/discuss/post/1234567/values-round-questions-collected-by-many-readers/)**

**Working with others**
- Tell me about a time you won over a sceptical peer.
- How do you share credit?
"""


def test_bold_title_with_a_long_link_is_a_title_not_an_answer(taxonomy) -> None:
    report = _import(LINKED_TITLE, taxonomy, "values.md")
    assert [note.body.question for note in report.notes] == [
        "How do you help a new teammate ramp up?",
        "How do you handle a decision you disagree with?",
        "Tell me about a time you won over a sceptical peer.",
        "How do you share credit?",
    ]
    assert all(note.draft and not note.body.answer for note in report.notes)


def test_bold_lead_with_a_link_and_text_after_it_stays_a_label(taxonomy) -> None:
    page = """### How do you share credit?

**Read first [the team's write-up](https://wiki.example.com/pages/engineering/retrospectives/launch-of-the-new-billing-flow):** I name each person who carried a piece of the launch in the release note.
"""
    note = _import(page, taxonomy, "credit.md").notes[0]
    assert "I name each person who carried a piece of the launch" in note.body.answer
