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


# E4. An interviewer's look-for points that ask about the candidate


GUIDE = """# Platform Lead Interview Guide

### 2.1 Release gates (15 min)

**Question**: You are taking over a deploy pipeline with no gates. Walk me through your first month.

**What to Look For**:
- **Gates**: Unit, contract, canary (<5% traffic)?
- **Ownership**: Who approves a hotfix?

---

**Question**: Tell me about a time you made a pipeline safer. How did you know it worked?

**What to Look For**:
- **What changed**: Did they add canaries? Rollback drills?
- **Solutions**: Feature flags, staged rollouts
- **Fit**:
  - "I love building the guard rails"
  - Focus: platform ownership
- **Measurement**: How do they track failed deploys?

**Red Flags**:
- Blames the developers
"""


def test_look_for_points_that_ask_are_signals_and_the_scene_and_request_is_the_question(taxonomy):
    report = imported(GUIDE, taxonomy)
    first, second = report.notes
    assert first.body.question == ("You are taking over a deploy pipeline with no gates. Walk me through your "
                                   "first month.")
    assert first.coach.signals == ("**Gates**: Unit, contract, canary (<5% traffic)?",
                                   "**Ownership**: Who approves a hotfix?")
    assert (first.body.answer, first.draft) == ("", True)
    assert second.body.question == "Tell me about a time you made a pipeline safer. How did you know it worked?"
    assert second.coach.signals[:2] == ("**What changed**: Did they add canaries? Rollback drills?",
                                        "**Solutions**: Feature flags, staged rollouts")
    assert second.coach.signals[2].startswith("**Fit**:") and "Focus: platform ownership" in second.coach.signals[2]
    assert second.coach.signals[3] == "**Measurement**: How do they track failed deploys?"
    assert second.coach.tips == ("Red flag: Blames the developers",)
    assert (second.body.answer, second.draft) == ("", True)
    assert not skipped(report)


def test_a_story_told_in_parts_under_a_good_answer_label_stays_the_answer(taxonomy):
    text = ("### Tell me about a time you cut a release's scope.\n\n**What a good answer looks like:**\n"
            "- **Situation:** The launch was two weeks out and the search rewrite was late.\n"
            "- **Action:** I moved the rewrite behind a flag and shipped the rest.\n"
            "- **Result:** We launched on the day and turned search on a week later.\n")
    note = imported(text, taxonomy).notes[0]
    assert note.kind.value == "star" and "behind a flag" in note.body.action


def test_a_question_label_over_a_scene_told_as_we_is_not_read_as_the_question(taxonomy):
    from leaderdeck.importers.lookfors import asked_after_scene
    assert asked_after_scene("Your team ships monthly. Walk me through how you would speed it up.")
    assert not asked_after_scene("We shipped monthly. Walk me through it.")
    assert not asked_after_scene("Walk me through your approach.")  # one sentence: the label's own rule


# E5. The interviewer's criteria as headings; a senior interviewer's title names no level


ROUND = """# VP Round Guide

# The VP Is Likely Evaluating

Skills were checked in earlier rounds.

### Can this person grow a team of leads?

### Is this someone peers will trust?

# Question: "How do you set goals with a new team?"

> I start from the business outcome and ask each lead for two bets.

# Question: "How do you handle a lead who misses dates?"

> I ask what they need first, then agree one date we both own.
"""


def test_headings_asking_about_this_person_are_no_questions_and_the_vp_round_names_no_level(taxonomy):
    report = imported(ROUND, taxonomy, "acme-vp-round-guide.md")
    assert [n.body.question for n in report.notes] == ["How do you set goals with a new team?",
                                                       "How do you handle a lead who misses dates?"]
    assert {n.level.value for n in report.notes} == {"senior"}
    assert any(m.endswith("no level stated for 2 notes; set to senior (pass --level)") for m in messages(report))
    assert not any("executive" in m for m in messages(report))
    lines = skipped(report)
    assert "line 7: section 'what the interviewer looks for' (coaching for many questions, not one)" in lines
    assert "line 9: section 'what the interviewer looks for' (coaching for many questions, not one)" in lines


def test_criteria_headings_beside_a_few_questions_are_their_signals(taxonomy):
    text = ("# Panel Guide\n\n## Does the candidate take ownership?\n\n## What Drives You?\n\n"
            "I like shipping things that customers use.\n")
    (note,) = imported(text, taxonomy).notes
    assert note.body.question == "What Drives You?"
    assert note.coach.signals == ("Does the candidate take ownership?",)


def test_the_level_follows_the_role_hired_not_the_cto_who_runs_the_round(taxonomy):
    text = "# CTO Conversation Guide\n\n## Why this company?\n\nI want to build the platform team here.\n"
    report = imported(text, taxonomy, "someone__platform-engineering-manager-prep__05-cto-conversation-guide.md")
    assert report.notes[0].level.value == "manager"
    assert any("level manager" in m and "from the file name" in m for m in messages(report))


def test_an_interview_named_by_a_band_is_still_that_band_s(taxonomy):
    text = "# VP Interview Questions\n\n## How do you build a leadership team?\n\nI hire for the gaps I have.\n"
    assert imported(text, taxonomy).notes[0].level.value == "executive"


def test_a_senior_title_as_the_one_who_evaluates_is_set_aside():
    from leaderdeck.importers.interviewers import interviewer_aside
    assert "CTO" not in interviewer_aside("The CTO Is Likely Evaluating")
    assert "CTO" not in interviewer_aside("Final CTO round preparation")
    assert interviewer_aside("Questions for a CTO") == "Questions for a CTO"


def test_a_strategy_label_over_a_list_told_as_i_stays_the_answer(taxonomy):
    text = ("### How did you move the billing system to the cloud?\n\n**Strategy:**\n"
            "- I split the migration into three phases.\n- We kept the old path alive for a month.\n\n"
            "**Result:**\nNo customer saw downtime.\n")
    note = imported(text, taxonomy).notes[0]
    assert note.body.answer.startswith("**Strategy:**\n\n- I split the migration into three phases.")
    assert not note.coach.tips and not note.draft


def test_quoted_samples_after_a_strategy_list_leave_it_tips(taxonomy):
    text = ('### 12. "Describe your biggest weakness."\n**Strategy:**\n- Pick one you are working on now\n'
            '- Show what you changed\n\n**Good examples:**\n- "I used to avoid hard feedback, so I practised it weekly..."\n')
    note = imported(text, taxonomy).notes[0]
    assert note.coach.tips[:2] == ("Pick one you are working on now", "Show what you changed")
    assert (note.body.answer, note.draft) == ("", True)


def test_a_heading_naming_the_candidate_that_asks_nothing_is_no_criterion(taxonomy):
    text = ("# Scorecard\n\n## Candidate Information\n\nName and date.\n\n## Does the candidate take ownership?\n\n"
            "## Tell me about a time you took over a failing project.\n\nI reset the plan with the team.\n")
    report = imported(text, taxonomy)
    assert "line 5: text under 'Candidate Information' (not part of a question)" in skipped(report)
    assert [n.body.question for n in report.notes] == ["Tell me about a time you took over a failing project."]
