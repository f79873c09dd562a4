"""Round 24 fixes (b): coaching pages and question banks in Markdown written for a level. (a) A sample answer whose
label names the band it is for sets its note's level, with the label as the report's evidence; samples for several
bands under one question make a note per band, each with the question's coaching. (b) Questions for the panel, or a
closing `My questions` list, after a bank's answers are reported, never pasted into answers or made drafts. (c) A
question answered only by a one-paragraph Situation told as I or we is a draft story. (d) A note to self in square
brackets beside an answer is a tip. (e) Sub-headings naming only a band over answers told as I split by band. (f) A
table listing a bank's questions above them gives no copies when some below are drafts. (g) Terse imperative answers
in a bank of one's own told answers stay answers. (h) Bold labels of answers for two bands opening paragraphs split
by band. Each fix has a near miss it leaves alone."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) a sample answer labelled with the band it is written for --------------------------------------------------

TWO_BANDS = """# Tell me about a time you changed where a team was heading

## What the interviewer looks for

- Moving people without formal authority
- Weighing evidence over opinion

## Red flags

- Blaming whoever led before you

## Sample answer (Senior level)

I saw my team polishing an export screen nobody used. I brought the usage numbers to planning and we moved to the
search backlog instead; searches grew by a third.

## Sample answer (Director level)

Two of my groups were building the same ledger service. I sat both leads down, named one owner and moved four
engineers across; we shipped a quarter early with one on-call rota.
"""


def test_samples_for_two_bands_make_a_note_per_band_each_with_the_coaching(taxonomy) -> None:
    report = _import(TWO_BANDS, taxonomy, "direction.md")
    assert [note.kind.value for note in report.notes] == ["qa", "qa"]
    senior, director = report.notes
    assert senior.body.question == director.body.question == "Tell me about a time you changed where a team was heading"
    assert (senior.level.value, director.level.value) == ("senior", "director")
    assert senior.body.answer.startswith("I saw my team polishing") and "ledger" not in senior.body.answer
    assert director.body.answer.startswith("Two of my groups") and "export screen" not in director.body.answer
    for note in report.notes:
        assert not note.draft
        assert "Moving people without formal authority" in note.coach.signals
        assert any("Blaming whoever led before you" in tip for tip in note.coach.tips)
    text = _report(report)
    assert "level director for 1 note, from the answer's label 'Sample answer (Director level)'" in text
    assert "level senior for 1 note, from the answer's label 'Sample answer (Senior level)'" in text


def test_one_sample_for_a_band_sets_the_level_of_its_question(taxonomy) -> None:
    page = """# How do you deal with an engineer who keeps missing commitments?

Interviewers want to see that you act early and stay fair.

## Answer — VP edition

At that size I rarely coach the engineer myself. I make sure my directors share one expectation framework, I
review their plans each month, and I step in when one stalls past two months.
"""
    report = _import(page, taxonomy, "commitments.md")
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.level.value == "executive"
    assert note.body.answer.startswith("At that size I rarely coach")
    assert "from the answer's label 'Answer — VP edition'" in _report(report)


def test_a_bold_answer_label_naming_a_band_sets_the_level(taxonomy) -> None:
    page = """# Staff prep

### How do you pick which technical debt to pay down?

**Sample answer (Director level):** I ask each group for its three worst costs, price them in engineer weeks and
fund the top two every quarter.
"""
    report = _import(page, taxonomy, "debt.md")
    assert len(report.notes) == 1
    assert report.notes[0].level.value == "director"
    assert report.notes[0].body.answer.startswith("I ask each group")


def test_numbered_samples_and_plain_answer_labels_name_no_band(taxonomy) -> None:
    """Near misses: numbered samples stay as they were (no level from them), and a strong answer names no band."""
    numbered = TWO_BANDS.replace("Sample answer (Senior level)", "Example 1").replace(
        "Sample answer (Director level)", "Example 2")
    report = _import(numbered, taxonomy, "direction.md")
    assert len(report.notes) == 2
    assert {note.level.value for note in report.notes} == {"senior"}
    assert "answer's label" not in _report(report)
    assert not report.notes[1].coach.signals  # a numbered second sample keeps its own (no) coaching, as before
    strong = TWO_BANDS.replace("Sample answer (Senior level)", "Strong answer").replace(
        "## Sample answer (Director level)\n", "")
    report = _import(strong, taxonomy, "direction.md")
    assert len(report.notes) == 1 and "answer's label" not in _report(report)


def test_samples_for_one_band_twice_are_no_choice_of_level(taxonomy) -> None:
    twice = TWO_BANDS.replace("Sample answer (Senior level)", "Sample answer (Director level)")
    report = _import(twice, taxonomy, "direction.md")
    assert len(report.notes) == 1  # one answer of two paragraphs, as any two answer sections are
    assert "export screen" in report.notes[0].body.answer and "ledger" in report.notes[0].body.answer


# (b) the candidate's own questions closing a bank ---------------------------------------------------------------

PANEL_BANK = """# Director loop notes

### Q: How do you build a roadmap with your product partner?
A: I start from the company's goals, draft bets with my product partner and review them each quarter.

### Q: How do you grow new managers?
A: Monthly coaching, a reading group, and real ownership of their hiring.

### Questions for the panel
- What worries the CTO most this year?
- How is engineering's output measured here?
"""


def test_questions_for_the_panel_closing_a_bank_go_into_no_answer(taxonomy) -> None:
    report = _import(PANEL_BANK, taxonomy, "loop.md")
    assert [note.body.question for note in report.notes] == [
        "How do you build a roadmap with your product partner?", "How do you grow new managers?"]
    assert report.notes[0].body.answer.startswith("I start from the company's goals")
    for note in report.notes:
        assert "CTO" not in note.body.answer and "panel" not in note.body.answer
    assert "section 'Questions for the panel' (questions to ask the interviewer)" in _report(report)


def test_questions_for_the_panel_under_a_case_stay_its_discussion_points(taxonomy) -> None:
    """Near miss: on a take-home case the same heading is the case's points to discuss, as before."""
    case = """# Take-home: Payments lead

## Context
Our payouts service settles nine thousand transfers a day and fails silently about once a week.

## Challenges
- The night batch has no owner
- Finance wants daily reconciliation

## Questions for the panel
- What would you fix first?
- How would you staff it?
"""
    report = _import(case, taxonomy, "case.md")
    assert [note.kind.value for note in report.notes] == ["scenario"]
    assert "questions to ask the interviewer" not in _report(report)


MY_QUESTIONS = """# Prep for the platform manager loop

## 1. Tell me about yourself.

I have led two teams over six years, most recently the payments platform group.

## 2. Describe a conflict with a peer.

Our design lead and I disagreed on the checkout flow. I proposed a quick test, we ran it, and her version won.

## 3. What is your biggest weakness?

## My questions

- How does the team choose what to build next quarter?
- What does success look like after ninety days?
- How is on-call shared?
"""


def test_my_questions_closing_a_bank_of_told_answers_are_reported_not_drafts(taxonomy) -> None:
    report = _import(MY_QUESTIONS, taxonomy, "loop.md")
    assert [note.body.question for note in report.notes] == [
        "Tell me about yourself.", "Describe a conflict with a peer.", "What is your biggest weakness?"]
    assert [note.draft for note in report.notes] == [False, False, True]
    assert "section 'My questions' (questions to ask the interviewer)" in _report(report)


def test_my_questions_heading_a_bank_or_answered_stays_questions(taxonomy) -> None:
    """Near misses: "My questions" heading the page's own bank, or with answers nested under its items."""
    first = """# Interview prep

## My questions

- What is your biggest weakness?
- Why do you want to leave your job?
"""
    report = _import(first, taxonomy, "prep.md")
    assert [note.body.question for note in report.notes] == [
        "What is your biggest weakness?", "Why do you want to leave your job?"]
    answered = MY_QUESTIONS.replace("- How is on-call shared?",
                                    "- How is on-call shared?\n  - I would ask for the rota first.")
    report = _import(answered, taxonomy, "loop.md")
    assert "How is on-call shared?" in [note.body.question for note in report.notes]


# (c) a question answered only by a story's Situation ------------------------------------------------------------

BEGUN = """# My bank

## Tell me about a time you failed.

### Situation

We shipped a pricing page without trying it on phones, and sign-ups fell for a week.

## Why do you want to join us?

Because your product fixes a problem I fought with in my last job.
"""


def test_a_question_over_a_lone_situation_told_as_we_is_a_draft_story(taxonomy) -> None:
    report = _import(BEGUN, taxonomy, "bank.md")
    assert [note.kind.value for note in report.notes] == ["star", "qa"]
    story, answered = report.notes
    assert story.draft and story.body.question == "Tell me about a time you failed."
    assert story.body.situation.startswith("We shipped a pricing page")
    assert not story.body.action and not story.body.result
    text = _report(report)
    for part in ("Task", "Action", "Result"):
        assert f"'Tell me about a time you failed.' is a draft: no {part}" in text
    assert "without a Task (SAR/CAR)" not in text
    assert not answered.draft and answered.body.answer.startswith("Because your product")


def test_a_bold_situation_label_alone_under_a_question_is_begun_too(taxonomy) -> None:
    bold = BEGUN.replace("### Situation\n\nWe shipped", "**Situation:** We shipped")
    report = _import(bold, taxonomy, "bank.md")
    assert report.notes[0].kind.value == "star" and report.notes[0].draft


def test_a_scene_for_the_reader_or_a_situation_beside_an_answer_is_no_begun_story(taxonomy) -> None:
    """Near misses: a present-tense scene set for the reader, a Situation label inside a written answer, and a
    whole telling of several paragraphs put under the label."""
    scene = """# Practice

## How would you handle this?

### Situation

Your team of six misses every sprint goal and the product lead is losing patience.
"""
    report = _import(scene, taxonomy, "practice.md")
    assert all(note.kind.value != "star" for note in report.notes)
    told = BEGUN.replace("### Situation\n", "I rolled the page back and added a phone check to our release list.\n\n"
                                           "### Situation\n")
    report = _import(told, taxonomy, "bank.md")
    assert report.notes[0].kind.value == "qa"
    assert "I rolled the page back" in report.notes[0].body.answer
    whole = BEGUN.replace("sign-ups fell for a week.\n", "sign-ups fell for a week.\n\nI rolled the page back and "
                                                        "added a phone check to our release list.\n")
    report = _import(whole, taxonomy, "bank.md")  # the whole telling under the label: an answer, as before
    assert report.notes[0].kind.value == "qa" and not report.notes[0].draft
    assert "I rolled the page back" in report.notes[0].body.answer


# (d) a note to self in square brackets beside the answer --------------------------------------------------------

REMINDERS = """# Manager bank

## How do you give hard feedback?

[add the numbers later]

I tell the person soon, in private, with one concrete example and what I expect next time.

## How do you hire?

I look for people who can explain their trade-offs plainly.

*[need a stronger story here]*

## How do you handle attrition?

[fill in the Lisbon story]
"""


def test_a_bracketed_note_beside_the_answer_is_a_tip_not_part_of_it(taxonomy) -> None:
    report = _import(REMINDERS, taxonomy, "bank.md")
    feedback, hiring, attrition = report.notes
    assert feedback.body.answer.strip() == (
        "I tell the person soon, in private, with one concrete example and what I expect next time.")
    assert "add the numbers later" in feedback.coach.tips
    assert hiring.body.answer.strip() == "I look for people who can explain their trade-offs plainly."
    assert "need a stronger story here" in hiring.coach.tips
    assert not feedback.draft and not hiring.draft
    assert attrition.draft and not attrition.body.answer  # a bracketed note alone: a placeholder, as before


def test_one_word_and_linked_brackets_stay_in_the_answer(taxonomy) -> None:
    """Near misses: a one-word bracket and a bracket holding a link are no notes to self."""
    page = """# Bank

## How do you onboard a new engineer?

I pair them with a buddy for the first month and give them a small fix to ship in week one.

[Diagram]

[see the [checklist](https://example.com/checklist) too]
"""
    report = _import(page, taxonomy, "bank.md")
    note = report.notes[0]
    assert "[see the [checklist](https://example.com/checklist) too]" in note.body.answer
    assert "[Diagram]" in note.body.answer
    assert not note.coach.tips


# (e) sub-headings naming only the band each answer is for -------------------------------------------------------

FOR_BANDS = """## How do you handle a production incident you caused?

### For Senior engineers

I own the rollback, write the timeline the same day, and stay with whoever is on call until things settle.

### For Staff engineers

I make sure the review finds the gap in how we ship, then I drive the fix across every team with the same habit.
"""


def test_band_sub_headings_under_a_question_make_a_note_per_band(taxonomy) -> None:
    report = _import(FOR_BANDS, taxonomy, "incident.md")
    assert [note.level.value for note in report.notes] == ["senior", "staff"]
    senior, staff = report.notes
    assert senior.body.answer.startswith("I own the rollback") and "For Staff" not in senior.body.answer
    assert staff.body.answer.startswith("I make sure the review")
    assert "from the answer's label 'For Staff engineers'" in _report(report)


def test_band_sub_headings_over_expectations_stay_one_answer(taxonomy) -> None:
    """Near miss: sub-headings by band over what is expected at each (told by no I) are no samples to split."""
    expected = """## How do you handle a production incident you caused?

### For Senior engineers

Owning the rollback and the timeline is expected.

### For Staff engineers

Finding the systemic gap and fixing it across teams is expected.
"""
    report = _import(expected, taxonomy, "incident.md")
    assert len(report.notes) == 1
    assert "answer's label" not in _report(report)


# (f) a table listing a bank's questions above them, some still drafts below ------------------------------------

TABLE_AHEAD = """# Engineering Manager interview questions

| # | Question | Asked at |
|---|----------|----------|
| 1 | How do you handle low performers? | Acme |
| 2 | How do you prioritise tech debt? | Globex |

## People

**1. How do you handle low performers?**

I set expectations in writing, agree a thirty-day plan, and check in every week.

## Execution

**2. How do you prioritise tech debt?**

*TODO*
"""


def test_a_table_of_the_questions_asked_below_gives_no_copies_even_with_drafts_below(taxonomy) -> None:
    report = _import(TABLE_AHEAD, taxonomy, "bank.md")
    assert [note.body.question for note in report.notes] == [
        "How do you handle low performers?", "How do you prioritise tech debt?"]
    answered, draft = report.notes
    assert answered.body.answer.startswith("I set expectations in writing") and not answered.draft
    assert draft.draft
    assert "a list of the questions answered below" in _report(report)


def test_questions_asked_twice_with_no_answer_anywhere_stay(taxonomy) -> None:
    """Near miss: with none of the later copies answered, the repeated questions are left as they were."""
    unanswered = TABLE_AHEAD.replace("I set expectations in writing, agree a thirty-day plan, and check in every week.",
                                     "*TODO*")
    report = _import(unanswered, taxonomy, "bank.md")
    assert len(report.notes) == 4


# (g) terse imperative answers in a bank of one's own answers ----------------------------------------------------

OWN_TERSE = """# Staff engineer questions

1. How do you set technical direction?
   Lead with data. Name the trade-off. Write it down.
2. How do you handle disagreement with a principal engineer?
   I ask for their reasoning first, then I show mine and we agree a test that settles it.
3. Tell me about a migration you led.
   I moved our monolith's login code into a service over two quarters, with no downtime.
"""


def test_terse_imperatives_in_a_bank_of_told_answers_are_the_answer(taxonomy) -> None:
    report = _import(OWN_TERSE, taxonomy, "staff.md")
    assert len(report.notes) == 3
    terse = report.notes[0]
    assert terse.body.answer.strip() == "Lead with data. Name the trade-off. Write it down."
    assert not terse.draft and not terse.coach.tips
    assert all(not note.draft for note in report.notes)


def test_terse_imperatives_on_a_page_with_coaching_labels_stay_tips(taxonomy) -> None:
    """Near miss: where the page labels coaching, imperatives under a question are advice to the reader."""
    coached = OWN_TERSE.replace("   I moved our monolith's login code into a service over two quarters, with no downtime.\n",
                                "   I moved our monolith's login code into a service over two quarters.\n"
                                "   **Tip:** name the numbers.\n")
    report = _import(coached, taxonomy, "staff.md")
    terse = report.notes[0]
    assert terse.draft and not terse.body.answer
    assert "Lead with data. Name the trade-off. Write it down." in terse.coach.tips


# (h) bold labels of answers for two bands opening the paragraphs under one question -----------------------------

BOLD_BANDS = """# Coaching: "How do you handle a missed deadline?"

**What they're looking for:** ownership, early warning, and a plan.

**Senior answer:** I flagged the slip two weeks early, cut scope with the product manager, and shipped the core flow
on time.

**Staff answer:** I saw three teams slipping on one shared dependency, set up a weekly sync, and moved the common
date once instead of three times.

**Red flag:** blaming another team.
"""


def test_bold_answer_labels_for_two_bands_make_a_note_per_band(taxonomy) -> None:
    report = _import(BOLD_BANDS, taxonomy, "deadline.md")
    assert [note.level.value for note in report.notes] == ["senior", "staff"]
    senior, staff = report.notes
    assert senior.body.question == staff.body.question == "How do you handle a missed deadline?"
    assert senior.body.answer.startswith("I flagged the slip") and "Staff answer" not in senior.body.answer
    assert staff.body.answer.startswith("I saw three teams slipping")
    for note in report.notes:
        assert note.coach.signals == ("ownership, early warning, and a plan.",)
        assert any("blaming another team" in tip for tip in note.coach.tips)
    assert "from the answer's label 'Staff answer'" in _report(report)


def test_bold_labels_grading_answers_are_no_bands(taxonomy) -> None:
    """Near miss: a strong and a weak answer grade the same answer; no level, one note, as before."""
    graded = BOLD_BANDS.replace("**Senior answer:**", "**Strong answer:**").replace("**Staff answer:**",
                                                                                  "**Better answer:**")
    report = _import(graded, taxonomy, "deadline.md")
    assert len(report.notes) == 1
    assert "answer's label" not in _report(report)
