"""Round 14 fixes (b): answers that were not answers. An interviewer's probe after an ``Example`` label, a closing
postscript of advice, advice and a lead-in before a labelled answer, a contrary tip after red flags, an answer begun
on a plain-text question's own line, and a bold label in an answer's own list."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) an interviewer's probe after an answer's label ------------------------------------------------------------

GUIDE = """# Platform Lead Interview Guide

**Question**: A customer's rollout stalls behind their firewall. What do you ask first, and what could break?

**What to Look For**:
- **Network**: Proxies? Private registries? Pinned certificates?
- **Ownership**: Who on their side can change the firewall?

**Example**: The shipping company ran everything through one proxy. How did that change your plan?

**Red Flags**:
- Assumes every site is the same

---

**Question**: Tell me about the last outage you led. What did you change afterwards?

**What to Look For**:
- A written review with owners

**Example**: I led the payments outage in March; we added a canary and the pager rota was rebalanced.
"""


def test_a_labelled_probe_in_an_interviewers_guide_is_a_follow_up_not_the_answer(taxonomy) -> None:
    report = _import(GUIDE, taxonomy, "guide.md")
    first = report.notes[0]
    assert first.draft
    assert not first.body.answer
    assert "Follow-up: The shipping company ran everything through one proxy. How did that change your plan?" \
        in first.coach.tips
    assert "Red flag: Assumes every site is the same" in first.coach.tips


def test_a_told_example_under_a_guides_question_stays_its_answer(taxonomy) -> None:
    report = _import(GUIDE, taxonomy, "guide.md")
    second = report.notes[1]
    assert not second.draft
    assert second.body.answer.startswith("I led the payments outage in March")
    assert not any(tip.startswith("Follow-up:") for tip in second.coach.tips)


def test_an_example_that_asks_with_no_look_fors_above_it_is_left_as_it_was(taxonomy) -> None:
    text = "**Question**: Why did the pager rota change?\n\n**Example**: It was unfair. Why would that matter to you?\n"
    note = _import(text, taxonomy).notes[0]
    assert note.body.answer == "It was unfair. Why would that matter to you?"
    assert not note.draft


# (b) a closing postscript of advice ----------------------------------------------------------------------------

QUIZ = """# Practice set

1. *Tell me about a time you changed a team's on-call rota.*

I split the rota by service and paired new engineers with veterans; pages per person fell by half.

2. *Have you ever used metrics to win an argument*


**PS:** Remember that panels like numbers. When you answer, keep each story short and give one figure for the
result whenever you can.
"""


def test_a_closing_postscript_of_advice_is_a_tip_and_the_last_question_a_draft(taxonomy) -> None:
    report = _import(QUIZ, taxonomy, "quiz.md")
    last = report.notes[-1]
    assert last.body.question == "Have you ever used metrics to win an argument"
    assert last.draft
    assert not last.body.answer
    assert len(last.coach.tips) == 1 and last.coach.tips[0].startswith("Remember that panels like numbers.")
    assert report.notes[0].body.answer.startswith("I split the rota by service")


def test_a_postscript_told_as_i_stays_in_the_answer(taxonomy) -> None:
    text = ("### Why did you leave the data team?\n\nThe work had become maintenance only.\n\n"
            "**P.S.** I still review their designs once a month.\n")
    note = _import(text, taxonomy).notes[0]
    assert "I still review their designs once a month." in note.body.answer
    assert not note.coach.tips


# (c) advice and a lead-in before a labelled answer; the tip after red flags ------------------------------------

CTO_PAGE = """# Meeting the CTO

## Tell me about yourself.

Avoid:

> First I joined a bank...
>
> Then I moved to a startup...

Instead, open with the team you built and why.

---

# Question: "What Are You Most Proud Of?"

Don't stop at the launch itself.

A better answer:

> I am proudest of the two engineers who grew into leads on that team.
>
> Watching them run the next launch without me mattered more than the launch.

---

# Question: "Why This Company?"

> Your support tooling is where I have spent the last six years, and I want to build it at your scale.
"""


def test_advice_before_a_labelled_answer_is_a_tip_and_the_lead_in_goes(taxonomy) -> None:
    report = _import(CTO_PAGE, taxonomy, "cto.md")
    proud = next(n for n in report.notes if n.body.question == "What Are You Most Proud Of?")
    assert proud.body.answer.startswith("I am proudest of the two engineers")
    assert "A better answer" not in proud.body.answer
    assert "Don't stop at the launch" not in proud.body.answer
    assert proud.coach.tips == ("Don't stop at the launch itself.",)


def test_the_advice_after_examples_to_avoid_is_a_tip_not_a_red_flag(taxonomy) -> None:
    report = _import(CTO_PAGE, taxonomy, "cto.md")
    tips = [tip for note in report.notes for tip in note.coach.tips]
    assert "Instead, open with the team you built and why." in tips
    assert "Red flag: Instead, open with the team you built and why." not in tips
    assert "Red flag: First I joined a bank..." in tips
    yourself = report.notes[0]
    assert yourself.body.question == "Tell me about yourself."
    assert yourself.coach.tips == ("Red flag: First I joined a bank...", "Red flag: Then I moved to a startup...",
                                   "Instead, open with the team you built and why.")


def test_a_told_paragraph_before_a_labelled_answer_stays_in_the_answer(taxonomy) -> None:
    text = ("### What are you most proud of?\n\nI have led four teams.\n\nA better answer:\n\n"
            "> The leads I grew.\n")
    note = _import(text, taxonomy).notes[0]
    assert note.body.answer.startswith("I have led four teams.")
    assert not note.coach.tips


# (d) an answer begun on a plain-text question's own line ------------------------------------------------------

PLAIN_BANK = """Onsite notes

1) why this team? the platform group ships to every product and i like that reach
   plus the on-call load is shared fairly
2) what was your hardest bug?
   a cache that served stale prices for a day
3) why leave now? If you have an offer, say so.
"""


def test_an_answer_begun_on_the_question_line_is_the_answer(taxonomy) -> None:
    report = _import(PLAIN_BANK, taxonomy, "onsite.txt")
    notes = {note.body.question: note for note in report.notes}
    assert "why this team?" in notes
    answer = notes["why this team?"].body.answer
    assert answer == "the platform group ships to every product and i like that reach plus the on-call load is " \
        "shared fairly"
    assert [note.body.question for note in report.notes] == ["why this team?", "what was your hardest bug?",
                                                             "why leave now? If you have an offer, say so."]
    assert notes["what was your hardest bug?"].body.answer.endswith("a cache that served stale prices for a day")


def test_a_sentence_after_the_mark_told_by_no_one_stays_in_the_question(taxonomy) -> None:
    report = _import(PLAIN_BANK, taxonomy, "onsite.txt")
    assert report.notes[-1].body.question.startswith("why leave now?")
    assert "If you have an offer, say so." in report.notes[-1].body.question


# (e) a bold label in an answer's own list ----------------------------------------------------------------------

FEEDBACK = """### Q: How do you run a hard feedback conversation?
**A**: I keep to four points:
- **Observation**: "Your last two estimates slipped by a week."
- **Impact**: "The release notes went out late both times."
- **Expectation**: "Flag a slip as soon as you see it."
- **Support**: "I can pair on the next estimate."

It works the same for praise.
"""


def test_a_bold_point_of_an_answers_list_keeps_its_label(taxonomy) -> None:
    report = _import(FEEDBACK, taxonomy, "feedback.md")
    assert len(report.notes) == 1
    answer = report.notes[0].body.answer
    assert '- **Impact**: "The release notes went out late both times."' in answer
    assert answer.index("**Observation**") < answer.index("**Impact**") < answer.index("**Expectation**")
    assert answer.startswith("I keep to four points:")
    assert answer.endswith("It works the same for praise.")
