"""Round 12 (fixtures in our own words): coaching lists under a question, an interviewer's look-fors that ask about
the candidate, the interviewer's criteria as headings, and the level of a round run by a senior interviewer.
"""

from __future__ import annotations

import importing
from importing import messages, skipped
from leaderdeck.importers import ImportReport


def imported(text: str, taxonomy, name: str = "guide.md") -> ImportReport:
    return importing.imported(text, taxonomy, name)


# E8. Coaching lists: an outline, a strategy, what to mention, advice run on into a list, follow-ups


OUTLINE = """# Platform Interview Questions

### 1. "Tell me about a time you moved a team off a legacy build system."
**Focus on:** Planning, migration risk

**Example structure:**
- Which build system was in place
- Who owned the cut-over
- How you measured the move

### 2. "Describe your biggest weakness."
**Strategy:**
- Pick one you are working on now
- Show what you changed

### 3. "Tell me about a time you balanced two roadmaps."
**Prioritization methods to mention:**
- Cost of delay
- Weighted scoring

### 4. "Tell me about a time you missed a launch."
**Critical elements:**
- Owning the slip
- What you changed after

**Example:**
"I missed the March launch because I skipped the load test. Since then I run it first."
"""


def test_an_outline_a_strategy_and_what_to_mention_are_tips_and_leave_the_question_a_draft(taxonomy):
    report = imported(OUTLINE, taxonomy)
    notes = report.notes
    assert [n.body.question for n in notes] == [
        "Tell me about a time you moved a team off a legacy build system.", "Describe your biggest weakness.",
        "Tell me about a time you balanced two roadmaps.", "Tell me about a time you missed a launch."]
    first, weakness, roadmaps, launch = notes
    assert first.coach.tips == ("Which build system was in place", "Who owned the cut-over",
                                "How you measured the move")
    assert (first.body.answer, first.draft) == ("", True)
    assert weakness.coach.tips == ("Pick one you are working on now", "Show what you changed")
    assert (weakness.body.answer, weakness.draft) == ("", True)
    assert roadmaps.coach.tips == ("Cost of delay", "Weighted scoring")
    assert (roadmaps.body.answer, roadmaps.draft) == ("", True)
    assert launch.coach.signals == ("Owning the slip", "What you changed after")  # what the answer must hold
    assert "I missed the March launch" in launch.body.answer and not launch.draft


def test_an_answer_s_own_list_labelled_strategy_stays_the_answer(taxonomy):
    text = ("### How do you plan a quarter?\n\nWe plan in two passes.\n\n- **Strategy:** the leads agree the bets\n"
            "- **Capacity:** each team books its on-call first\n")
    note = imported(text, taxonomy).notes[0]
    assert "the leads agree the bets" in note.body.answer and not note.coach.tips


def test_a_strategy_heading_over_questions_stays_their_group(taxonomy):
    text = ("# Bank\n\n## Strategy\n\n### How do you pick a bet for the year?\n\nI rank them by cost of delay.\n\n"
            "## Hiring\n\n### How do you close a candidate?\n\nI call them the same day.\n")
    notes = imported(text, taxonomy).notes
    assert [(n.body.question, n.body.answer) for n in notes] == [
        ("How do you pick a bet for the year?", "I rank them by cost of delay."),
        ("How do you close a candidate?", "I call them the same day.")]


def test_interviewer_might_ask_over_generic_follow_ups_makes_no_questions(taxonomy):
    questions = "".join(f'### {i}. "Tell me about a time you {what}."\n**Focus on:** Ownership\n\n'
                        for i, what in enumerate(["shipped late", "hired badly", "split a team", "cut scope",
                                                  "lost a vote", "won a budget"], start=1))
    text = (f"# Behavioural Bank\n\n## Questions\n\n{questions}## After Every Answer\n\nInterviewer might ask:\n"
            '- "What would you change?"\n- "Who pushed back?"\n\nBe ready to go deeper.\n')
    report = imported(text, taxonomy)
    assert len(report.notes) == 6 and all(n.draft for n in report.notes)
    assert "line 25: section 'Interviewer might ask' (coaching for many questions, not one)" in skipped(report)


def test_follow_ups_in_their_own_section_are_not_held_by_an_earlier_coaching_section(taxonomy):
    questions = "".join(f'### {i}. "Tell me about a time you {what}."\n**Focus on:** Ownership\n\n'
                        for i, what in enumerate(["shipped late", "hired badly", "split a team", "cut scope",
                                                  "lost a vote", "won a budget"], start=1))
    text = (f"# Behavioural Bank\n\n{questions}## Red Flags\n\n- Blaming others\n- Vague stories\n\n"
            "## Day Of\n\n1. **Listen** to the whole question\n2. **Pause** before you answer\n\n"
            "## After Every Answer\n\nThey may ask:\n"
            '- "What would you change?"\n- "Who pushed back?"\n')
    lines = skipped(imported(text, taxonomy))
    assert "line 21: section 'Red Flags' (coaching for many questions, not one)" in lines
    assert "line 33: section 'They may ask' (coaching for many questions, not one)" in lines


def test_advice_run_on_into_a_numbered_list_is_tips_and_the_question_a_draft(taxonomy):
    text = ("# Tell me about a time you broke production.\n\n## Question\n"
            "Breaking things happens. The interviewer wants to see that you fixed the process.\n\n"
            "Bring a real incident that shows that\n\n1.  you told people fast\n2.  you added a guard after it\n")
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert note.body.answer == "" and note.draft
    assert note.coach.signals == ("Breaking things happens. The interviewer wants to see that you fixed the "
                                  "process.",)
    assert note.coach.tips == ("Bring a real incident that shows that", "you told people fast",
                               "you added a guard after it")
    assert any("is a draft: no answer" in m for m in messages(report))


def test_a_told_answer_with_a_list_after_a_lead_in_stays_the_answer(taxonomy):
    text = ("### How did you cut the build time?\n\nI started with the slowest steps:\n\n"
            "- the integration suite\n- the image build\n")
    note = imported(text, taxonomy).notes[0]
    assert "the integration suite" in note.body.answer and not note.coach.tips and not note.draft
