"""Round 9 (fixtures in our own words): questions styled with inline HTML; prose answers in fences under a bold
question; bold questions heading an interviewer's commentary; STAR explainers and templates; plain-text stories;
a fenced bad answer."""

from __future__ import annotations

from importing import imported, kinds, messages, skipped
from leaderdeck.importers.base import DocumentError


# E3. Inline HTML that only styles text

STYLED_MD = """---
title: My crib notes
---

<br/>

<span style="color:teal">How do you **grow your team**?</span>  
- I pair people on <span style="color:red">**hard work**</span> and review it with them.
- I give each one a <font color="green">stretch goal</font> every half.

<br/>

&nbsp;

<span style="color:teal">What do you look for in a <b>hire</b></span>  
I look for people who <mark>ask</mark> good questions before they write code.
"""


def test_a_question_wrapped_in_a_styling_span_is_read_with_its_answer(taxonomy) -> None:
    report = imported(STYLED_MD, taxonomy)
    assert kinds(report) == {"qa": 2}
    first, second = report.notes
    assert first.body.question == "How do you **grow your team**?"
    assert first.body.answer == ("- I pair people on **hard work** and review it with them.\n"
                                 "- I give each one a stretch goal every half.")
    assert second.body.question == "What do you look for in a **hire**"
    assert second.body.answer == "I look for people who ask good questions before they write code."
    assert not skipped(report)


CODE_SPAN_MD = """# How do you review front-end changes?

I check that nobody writes `<span style="x">` by hand and that we use the theme.
"""


def test_a_tag_inside_a_code_span_stays_code(taxonomy) -> None:
    report = imported(CODE_SPAN_MD, taxonomy)
    assert report.notes[0].body.answer == "I check that nobody writes `<span style=\"x\">` by hand and that we use the theme."


# E12. A fence of prose holding an outline and a sample answer

FENCED_ANSWERS_MD = """# Leading platform teams

### Onboarding

**Q: How do you bring a new engineer up to speed?**
```
Framework:
1. Pair them with a buddy
2. Give them a starter bug

Example Answer:
"I pair each new engineer with a buddy for a month and hand them a
small bug on day two, so they ship something in the first week:
- day one: laptop and access
- day two: the starter bug

By week three they pick their own tickets."
```

### Incidents

**Scenario: The on-call rota keeps breaking down**
```
Approach:
1. Count the pages per person
2. Share the load

Example Response:
"I would count last quarter's pages per person and move the noisy alerts to the owning team."
```

**Q: How do you write the timeline of an outage?**
```python
answer = "not prose"  # Example Answer: a string in code stays code
```
"""


def test_a_prose_fence_gives_its_example_answer_as_the_answer_and_its_outline_as_a_tip(taxonomy) -> None:
    report = imported(FENCED_ANSWERS_MD, taxonomy)
    first = report.notes[0]
    assert first.body.question == "How do you bring a new engineer up to speed?"
    assert first.body.answer == (
        "I pair each new engineer with a buddy for a month and hand them a small bug on day two, so they ship "
        "something in the first week:\n\n- day one: laptop and access\n- day two: the starter bug\n\n"
        "By week three they pick their own tickets.")
    assert first.coach.tips == ("Framework: Pair them with a buddy; Give them a starter bug",)
    assert "```" not in first.body.answer


def test_a_bold_scenario_prompt_over_a_fenced_response_is_named_by_the_prompt(taxonomy) -> None:
    report = imported(FENCED_ANSWERS_MD, taxonomy)
    scenario = report.notes[1]
    assert scenario.body.question == "The on-call rota keeps breaking down"
    assert scenario.body.answer == ("I would count last quarter's pages per person and move the noisy alerts to "
                                    "the owning team.")
    assert scenario.coach.tips == ("Approach: Count the pages per person; Share the load",)


def test_a_fence_of_code_stays_code(taxonomy) -> None:
    report = imported(FENCED_ANSWERS_MD, taxonomy)
    assert report.notes[2].body.answer.startswith("```python\n")


# E6. A bold question at the head of an interviewer's commentary

COMMENTARY_MD = """# Questions for engineering managers

### Delivery

**Tell me about a migration that ran late**.  Dates slip. You want to hear how they reset the plan and who they told.
- How does the candidate share bad news?
- Did they change how they estimate?

### Trust

- **How do you show leadership what your team is doing?** Sooner or later your director will ask what your engineers are up to. How do you make that visible?
- **Tell me about a reorg you explained to your team.** Good managers hear the news early and calm the room.
- **How do you run quarterly planning?** Look for trade-offs they made and why.
"""


def test_a_bold_request_whose_stop_is_outside_the_bold_is_the_question_and_its_commentary_signals(taxonomy) -> None:
    report = imported(COMMENTARY_MD, taxonomy)
    first = report.notes[0]
    assert first.body.question == "Tell me about a migration that ran late."
    assert first.coach.signals[0] == "Dates slip. You want to hear how they reset the plan and who they told."
    assert "How does the candidate share bad news?" in first.coach.signals
    assert not first.body.answer and first.draft


def test_bold_questions_in_a_list_keep_their_own_commentary_as_signals(taxonomy) -> None:
    report = imported(COMMENTARY_MD, taxonomy)
    assert [n.body.question for n in report.notes[1:]] == [
        "How do you show leadership what your team is doing?", "Tell me about a reorg you explained to your team.",
        "How do you run quarterly planning?"]
    assert [n.coach.signals for n in report.notes[1:]] == [
        ("Sooner or later your director will ask what your engineers are up to. How do you make that visible?",),
        ("Good managers hear the news early and calm the room.",), ("Look for trade-offs they made and why.",)]
    assert all(not n.body.answer and "**" not in n.body.question for n in report.notes)


TOLD_AFTER_BOLD_MD = """# Prep

- **Tell me about a launch you rescued.** I moved two engineers onto the payment bug and we shipped on Friday.
- **Describe the setting** of the outage, then what you did.
"""


def test_a_bold_request_followed_by_a_told_answer_keeps_the_answer(taxonomy) -> None:
    report = imported(TOLD_AFTER_BOLD_MD, taxonomy)
    first = report.notes[0]
    assert first.body.question == "Tell me about a launch you rescued."
    assert first.body.answer == "I moved two engineers onto the payment bug and we shipped on Friday."
    assert not first.coach.signals


# E5. STAR explainers and STAR-shaped templates

EXPLAINER_MD = """# Getting ready

### How the method works
**Situation:**
- Paint the backdrop
- Keep it short

**Task:**
- What were you on the hook for?
- What had to be delivered?

**Action:**
- Which steps did you take yourself?

**Result:**
- Give a number

## Questions
- How do you handle a slipping roadmap?
- Tell me about a hire you regret.
"""


def test_questions_under_star_labels_that_explain_the_method_are_no_notes(taxonomy) -> None:
    report = imported(EXPLAINER_MD, taxonomy)
    assert [n.body.question for n in report.notes] == ["How do you handle a slipping roadmap?",
                                                       "Tell me about a hire you regret."]
    assert "line 3: STAR template (instructions for an answer, not an answer)" in skipped(report)


STORY_WITH_ASKING_ITEMS_MD = """# Tell me about a rollout you paused.

**Situation:**
- We were halfway through moving billing to the new cluster.

**Task:**
- I had to decide: keep going or stop?

**Action:**
- I paused the rollout and called the owners.

**Result:**
- We lost a day and kept every invoice.
"""


def test_an_item_that_asks_inside_a_story_under_its_question_stays_part_of_the_story(taxonomy) -> None:
    report = imported(STORY_WITH_ASKING_ITEMS_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.task == "- I had to decide: keep going or stop?"


FENCED_TEMPLATES_MD = """# Delivering stories

### The STAR template to copy

```
SITUATION (20-40 seconds):
  "At [Company], [the team and the product].
   [The problem in one sentence]."

TASK (10-20 seconds):
  "I owned [what you owned]."

ACTION (1-2 minutes):
  "First, I [step one]. Then I [step two]."

RESULT (30 seconds):
  "As a result, [the number that moved]."
```

### Pacing

```
Situation:  20-40 seconds
Task:       10-20 seconds
Action:     1-2 minutes (most of the time)
Result:     30 seconds (with the numbers)
```

Practise with a timer until it feels natural.

### Tell me about a launch you saved.

**Situation:** Our checkout release broke card payments an hour before launch.
**Action:** I rolled back the payment service and paired with the owner on a fix.
**Result:** We launched two hours late with no lost orders.
"""


def test_fenced_star_templates_of_blanks_or_timings_are_skipped_as_templates(taxonomy) -> None:
    report = imported(FENCED_TEMPLATES_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.question == "Tell me about a launch you saved."
    said = skipped(report)
    assert "line 3: 'The STAR template to copy' (a STAR template: its parts are blanks to fill in)" in said
    assert "line 20: 'Pacing' (how long to spend on each STAR part, not a story)" in said


# E7. Plain-text stories under a generic title, or told in one paragraph

PLAIN_STORIES_TXT = """About me

I am a platform engineer and I moved into management two years ago.

Before that I spent four years on the payments team, where I led the move to a new ledger.

Projects

I rebuilt our flaky deploy script last spring. It failed every third run and I rewrote it in a week.

Projects

We had no on-call rota when I joined. I drew one up with the team and we kept it for a year.

Cutting the build time

I profiled the build and found two steps that ran twice. I removed them and the build took half as long.
"""


def test_plain_text_stories_under_generic_or_repeated_titles_and_one_paragraph_stories_are_read(taxonomy) -> None:
    report = imported(PLAIN_STORIES_TXT, taxonomy, name="stories.txt")
    assert kinds(report) == {"qa": 4}
    about, first, second, build = report.notes
    assert about.body.question == "Tell me about yourself."
    assert about.body.answer.startswith("I am a platform engineer")
    assert "led the move to a new ledger" in about.body.answer
    assert [n.body.question for n in (first, second, build)] == ["Projects", "Projects", "Cutting the build time"]
    assert build.body.answer == ("I profiled the build and found two steps that ran twice. I removed them and the "
                                 "build took half as long.")
    said = messages(report)
    assert not any("is asked" in line for line in said)  # stories named alike are not one question asked again
    assert any("no question for 3 stories" in line for line in said)


ADVICE_TXT = """Tips

Keep each answer under two minutes.

Notes

Practise with a friend.
"""


def test_plain_text_titles_over_advice_stay_text(taxonomy) -> None:
    try:
        report = imported(ADVICE_TXT, taxonomy, name="tips.txt")
    except DocumentError:
        return
    assert not report.notes


# E11. A fenced bad answer under a red-flag label

BAD_ANSWER_MD = """# Practice

**Question:** *"Tell me about a time you missed a deadline."*

**BAD ANSWER:**
```text
"I never miss deadlines. Once a vendor shipped late to us
but that was their fault, so it did not really count."

Problems:
- Blames others
- Shows no learning
```

**Situation:** Our billing export was due on the first of the month.
**Action:** I cut the reconciliation report and told finance the same day.
**Result:** We shipped the export on time and the report a week later.

**Tips:**
```
kubectl get pods
kubectl logs billing
```
"""


def test_a_fenced_bad_answer_is_one_red_flag_and_each_problem_another(taxonomy) -> None:
    report = imported(BAD_ANSWER_MD, taxonomy)
    note = report.notes[0]
    flags = [tip for tip in note.coach.tips if tip.startswith("Red flag")]
    assert flags == ['Red flag: "I never miss deadlines. Once a vendor shipped late to us but that was their fault, '
                     'so it did not really count."', "Red flag: Blames others", "Red flag: Shows no learning"]
    assert "kubectl get pods" in note.coach.tips and "kubectl logs billing" in note.coach.tips


# E8. Practice self-checks, conditional advice and a form's choices are not questions

PRACTICE_MD = """# Interview guide

## Questions

- How do you plan a quarter?
- Tell me about a deadline you missed: did you see it coming? Did you warn anyone?

## Numbers

If you have no exact figures, estimate honestly: "about a third" beats "a lot."

## Practice

- Time two stories out loud.
- Record one answer and play it back: Did you linger on the setting? Did you name a number?

## Level check

Based on this round, is L5 the right level?

- ☐ **Yes** — ready now
- ☐ **Not yet** — needs a year
"""


def test_self_checks_conditional_advice_and_form_choices_are_no_questions(taxonomy) -> None:
    report = imported(PRACTICE_MD, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "How do you plan a quarter?",
        "Tell me about a deadline you missed: did you see it coming? Did you warn anyone?"]
    assert ("line 19: 'Based on this round, is L5 the right level?' (a choice to tick on a "
            "form, not a question)") in skipped(report)


QUOTED_SAMPLE_MD = """# Becoming a manager

### Experience

Most questions ask about your past. If you lack an example, say so.

For example, consider this common question:

> “Tell me about the last time you coached an engineer who was struggling.”

A good response could be:

> “I have not run a formal plan before. I would first find the cause in a one-on-one, then agree on goals.”

This shows you know the ideas even without the experience.

> “Why would anyone pick that tool?” a colleague once asked me.
"""


def test_a_quoted_stock_question_over_an_introduced_quoted_reply_is_a_note(taxonomy) -> None:
    report = imported(QUOTED_SAMPLE_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.question == "Tell me about the last time you coached an engineer who was struggling."
    assert note.body.answer == ("I have not run a formal plan before. I would first find the cause in a one-on-one, "
                                "then agree on goals.")
    assert "line 15: text under 'Experience' (not part of a question)" in skipped(report)


OWN_SECTION_ADVICE_MD = """# Interviewing as a manager

### Tell me about a reorg you led.

I split the platform team in two and moved the on-call rota with it.

### Design rounds

You will be judged on how you explain more than on depth.

Remember: draw the boxes before you talk about queues.

### Tips

Tip: keep every answer under two minutes.
"""


def test_coaching_inside_a_section_of_advice_stays_with_that_section(taxonomy) -> None:
    report = imported(OWN_SECTION_ADVICE_MD, taxonomy)
    note = report.notes[0]
    assert note.body.question == "Tell me about a reorg you led."
    assert "draw the boxes before you talk about queues." not in " ".join(note.coach.tips)
    assert "keep every answer under two minutes." in note.coach.tips
    assert "line 11: section 'Remember' (coaching for many questions, not one)" in skipped(report)
