"""Round 6 (fixtures in our own words): the writer's own questions for the people they meet are not questions to
answer; "Share ..." asks like "Tell me ..."; an interviewer's role in a title names no level."""

from __future__ import annotations

from leaderdeck.model import Kind, QaBody
from importing import imported, kinds, skipped


# 1. Questions to ask the interviewer

ASK_SUBSECTIONS_MD = """# Platform engineer prep

## Behavioral questions

- Tell me about a time you cut the cost of a service.
- How do you settle a design dispute with a peer?

## Questions to Ask Interviewers

### About the Team
- How many people are on the rota?
- Who owns the build pipeline?

### About Delivery
- How often do you release?
- What happens after an outage?

## Wrap up

Sleep well the night before.
"""


def test_sub_sections_of_questions_to_ask_are_skipped_once(taxonomy) -> None:
    report = imported(ASK_SUBSECTIONS_MD, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions == ["Tell me about a time you cut the cost of a service.",
                         "How do you settle a design dispute with a peer?"]
    lines = [s for s in skipped(report) if "questions to ask the interviewer" in s]
    assert len(lines) == 1 and "Questions to Ask Interviewers" in lines[0]


ASK_LABEL_LINES_MD = """# Meeting the platform leadership

## 1. Practise your stories

Use STAR to answer questions like:
* **"Tell me about a time you moved a team off a legacy queue."**
* **"How do you decide when to pay down debt?"**

## 2. Bring Good Questions of Your Own

Pick questions that show you think about the whole system:

To the **Director of Platform**:
* "Which part of the platform worries you most this year?"
* "How do you split time between new work and upkeep?"

For the hiring manager:
* "What would a great first quarter look like?"
* "How is on-call shared across the team?"

## 3. Follow up

Send a short thank-you note.
"""


def test_a_to_label_over_questions_under_a_questions_heading_is_skipped(taxonomy) -> None:
    report = imported(ASK_LABEL_LINES_MD, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert not any("platform worries" in q or "first quarter" in q or "on-call shared" in q
                   or "upkeep" in q for q in questions)
    assert "Tell me about a time you moved a team off a legacy queue." in questions
    assert len([s for s in skipped(report) if "questions to ask the interviewer" in s]) == 2


ASK_IN_ANSWER_MD = """# My answers

## Why this company?

- I have used your product for years and like how it is built.

## Do you have any questions for me?

- Yes, I read about the new regions you opened this spring.
- I still wonder how the team is organised, so:

1. What does a usual week look like in this role?
2. How do you run planning, in sprints or in cycles?
3. Where do you see this team in two years?

## Closing

- Thank you for your time today.
"""


def test_questions_listed_in_the_answer_to_any_questions_for_me_stay_in_it(taxonomy) -> None:
    report = imported(ASK_IN_ANSWER_MD, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions == ["Why this company?", "Do you have any questions for me?"]
    answer = report.notes[1].body.answer
    assert "What does a usual week look like in this role?" in answer
    assert "Where do you see this team in two years?" in answer


# 2. "Share ..." asks, like "Tell me ..."

SHARE_ROWS_CSV = """Id,Question,Competency
1,Tell me about a time you changed a team's mind.,Influence
2,Share how you kept a launch on track when a vendor slipped.,Delivery
3,Share what you did when two teams wanted the same engineer.,Conflict
4,Share your proudest moment as a mentor.,Mentorship
"""


def test_share_how_you_rows_read_as_questions(taxonomy) -> None:
    from leaderdeck.importers.text import is_question

    report = imported(SHARE_ROWS_CSV, taxonomy, "bank.csv")
    assert kinds(report) == {"qa": 4}
    assert not any("do not read as questions" in line for line in map(str, report.attention))
    assert is_question("Share how you kept a launch on track when a vendor slipped.")
    assert is_question("Share your most difficult migration.")
    assert not is_question("Share your screen early.")
    assert not is_question("Share credit with the team.")


SHARE_NESTED_MD = """# Engineering loop

## Senior engineer

1. **Technical depth**
   - "Walk me through the hardest outage you ran."
   - "Share your most painful rollback"
   - "How do you pick between two databases?"
2. **People**
   - "How do you coach a new lead?"
"""


def test_a_quoted_share_item_among_questions_is_a_question(taxonomy) -> None:
    report = imported(SHARE_NESTED_MD, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert "Share your most painful rollback" in questions
    assert len(questions) == 4


# 3. Whom the interview is with names who asks, not the candidate's band

INTERVIEW_WITH_MD = """# Interview with a Director of Engineering and a CTO

How to get ready for the final round.

## Sample answers to questions you may meet in an interview with the **CTO**, told with STAR

### 1. "Tell me about a time you retired a legacy service."

I moved billing off the old monolith in two quarters, with no lost invoices.

### 2. "How do you decide what to build yourself?"

I compare the cost of owning it for three years with the price of buying it.
"""


def test_whom_the_interview_is_with_names_no_level(taxonomy) -> None:
    from leaderdeck.importers.bands import band
    from leaderdeck.model import Level

    report = imported(INTERVIEW_WITH_MD, taxonomy)
    assert len(report.notes) == 2
    assert [n.level for n in report.notes] == [Level.SENIOR, Level.SENIOR]
    assert any("no level stated for 2 notes; set to senior" in str(m) for m in report.attention)
    assert band("Interview with a VP of Engineering", taxonomy) is None
    assert band("Interviewing with the CTO as a staff engineer", taxonomy) is Level.STAFF
    assert band("VP of Engineering interview questions", taxonomy) is not None


# 4. What ends in "?" but asks nothing of its own

FRAGMENTS_MD = """# Manager loop

#### How do you run a one-on-one [Round 2]

- With a new hire?
- With your own manager?

#### How do you keep a service healthy

- What do you page on?
- Four 9s?
"""


def test_verbless_fragments_under_a_question_heading_are_its_follow_ups(taxonomy) -> None:
    report = imported(FRAGMENTS_MD, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions == ["How do you run a one-on-one", "How do you keep a service healthy"]
    tips = report.notes[0].coach.tips
    assert "Follow-up: With a new hire?" in tips and "Follow-up: With your own manager?" in tips
    # the heading has no answer and every item under it asks: all of them are its follow-ups (round 8, E1)
    assert report.notes[1].coach.tips == ("Follow-up: What do you page on?", "Follow-up: Four 9s?")


REPLIES_MD = """# My take-home write-up

## How would you answer the three messages?

### Reply 1: The stuck engineer

**To Priya:**
- "Of course - shall we meet Thursday at 3 or Friday at 11?"
- "Bring a list of the work you enjoyed most this quarter."

**Why**: Answer fast and give her a concrete next step.

### Reply 2: The late vendor

**To the vendor:**
- "Can you confirm the new date in writing by Monday?"
"""


def test_quoted_replies_under_an_addressee_label_are_answer_text(taxonomy) -> None:
    report = imported(REPLIES_MD, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions == ["How would you answer the three messages?"]
    assert "Thursday at 3" in report.notes[0].body.answer
    assert "confirm the new date" in report.notes[0].body.answer


POINTS_MD = """# Story bank

### What the panel expects
- **Concrete examples** with numbers attached
- **Ownership** - say "I", not "we"
- **User impact** - how did your work help the people using it?
- **Growth** - what you changed after a mistake

### Tell me about a time you shipped under a hard deadline.

I cut the scope of the billing export to one format and shipped it two days early.
"""


def test_a_bold_led_point_ending_in_a_question_mark_stays_in_its_list(taxonomy) -> None:
    report = imported(POINTS_MD, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions == ["Tell me about a time you shipped under a hard deadline."]


LEVEL_LABELS_MD = """# Practice questions

## Questions by level

For senior engineers:
- How do you choose what to automate first?
- Tell me about a design you later regretted.

For example:
- What did you learn from your last outage?
"""


def test_a_for_label_naming_a_level_or_an_example_keeps_its_questions(taxonomy) -> None:
    report = imported(LEVEL_LABELS_MD, taxonomy)
    assert len(report.notes) == 3
    assert not any("questions to ask the interviewer" in s for s in skipped(report))
