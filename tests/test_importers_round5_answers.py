"""Round 5 answers (fixtures in our own words): an example closing a prose answer, glossed sections of an answer,
a question asked in a ``<details>`` body, named cases in plain text and the teller's own question in an answer.

A prose answer that closes with a small example told with ``Scenario:`` / ``My approach:`` / ``Result:`` lines
under an ``**Example: ...**`` sub-label stays a Q&A note, the example in its answer as written; a bold label
glossed in brackets over a list is a section of an answer that is no story, not its Learning.
"""

from __future__ import annotations

from leaderdeck.model import Kind, QaBody, StarBody
from importing import imported, kinds, skipped


# 1. An example closing a prose answer

PROSE_WITH_EXAMPLE_MD = """# Leadership questions

## How do you grow a platform team?

> "I lean on three habits: Focus, Ownership, and Learning.
>
> **Focus** (everyone can say what matters this quarter):
> - One page of goals with numbers attached
> - A short weekly review of the dashboards
> - A written list of what we will not do
>
> **Ownership** (people decide inside clear lines):
> - Each service has a named owner
> - Design notes explain the trade-offs we chose
> - Linters and checks enforce the boring rules
>
> **Growth** (help each person reach the next level):
> - Pairing on the hardest tickets
> - Rotating the on-call lead
> - Promotions follow impact, not years served
>
> **Example: Settling a disagreement**
>
> Scenario: A senior engineer wanted to replace our queue with a different broker
>
> My approach:
> 1. Asked for a one-page design note with the costs
> 2. Read it together with the team
> 3. Changed course when the numbers held up
>
> Result: The team now argues with data instead of volume
>
> **The point**: I build habits that keep working when I am on holiday."

## What is your management style?

I coach more than I direct, and I write things down.
"""


def test_an_example_closing_a_prose_answer_stays_in_the_answer(taxonomy) -> None:
    report = imported(PROSE_WITH_EXAMPLE_MD, taxonomy)
    assert kinds(report) == {"qa": 2}
    note = report.notes[0]
    assert note.kind is Kind.QA and isinstance(note.body, QaBody)
    answer = note.body.answer
    assert answer.startswith('I lean on three habits')  # the quotes around it all go
    for written in ("**Focus** (everyone can say what matters this quarter):", "- Each service has a named owner",
                    "**Growth** (help each person reach the next level):\n\n- Pairing on the hardest tickets",
                    "**Example: Settling a disagreement**",
                    "Scenario: A senior engineer wanted to replace our queue",
                    "My approach:\n\n1. Asked for a one-page design note", "Result: The team now argues with data",
                    "**The point**: I build habits"):
        assert written in answer
    assert answer.index("**Growth**") < answer.index("Scenario:") < answer.index("Result:")
    assert not any("outside the STAR parts" in line for line in skipped(report))


STORY_UNDER_EXAMPLE_MD = """## How do you handle a missed deadline?

I own it early.

**Example: The late migration**

**Situation:** Our team had promised to move the billing database before the holiday freeze, and the copy ran
three times slower than we had measured.

**Task:** I led the move and had to tell finance whether we would make the freeze.

**Action:** I split the copy by customer, ran it over two weekends and sent a status note every evening.

**Result:** We moved the last customer two days after the freeze began, with the freeze board's approval.
"""


def test_a_story_told_under_an_example_label_after_a_short_lead_stays_a_story(taxonomy) -> None:
    report = imported(STORY_UNDER_EXAMPLE_MD, taxonomy)
    stories = [n for n in report.notes if n.kind is Kind.STAR]
    assert len(stories) == 1 and isinstance(stories[0].body, StarBody)
    assert stories[0].body.action.startswith("I split the copy by customer")


GLOSSED_SECTIONS_MD = """## How do you run your team?

I keep the team small and the goals written down, and we review them every week.

**Clarity** (what done means):
- A short list of goals with numbers
- A weekly review of the dashboard

**Growth** (help each person move up):
- Pairing on hard tickets
- Rotating who leads incidents
"""


def test_a_glossed_label_over_a_list_is_a_section_of_an_answer(taxonomy) -> None:
    report = imported(GLOSSED_SECTIONS_MD, taxonomy)
    note = report.notes[0]
    assert note.kind is Kind.QA
    assert "**Growth** (help each person move up):\n\n- Pairing on hard tickets\n- Rotating who leads incidents" \
        in note.body.answer
    assert "**Growth:**" not in note.body.answer


EXAMPLE_UNQUOTED_MD = """## How do you keep a team focused?

**Answer:** I keep the goals few and written down, and I say no to work that does not serve them. We review them
every Monday, and I make the trade-offs visible so people can push back on them before a quarter starts.

**Example: A request from sales**

Situation: Sales asked for a custom export for one client.

Action: I showed the cost against our goals.

Result: We built a smaller version later.
"""


def test_an_example_under_a_bold_line_after_a_labelled_answer_stays_in_it(taxonomy) -> None:
    report = imported(EXAMPLE_UNQUOTED_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    answer = report.notes[0].body.answer
    assert answer.startswith("I keep the goals few")
    assert "**Example: A request from sales**\n\nSituation: Sales asked" in answer
    assert answer.endswith("Result: We built a smaller version later.")


COACHING_THEN_EXAMPLE_MD = """## Tell me about a conflict

Interviewers want to see how you handle tension. Keep it short, show that you listened before you acted, and say
what changed afterwards for the team and for you.

**Example:**

**Situation:** Two leads disagreed on the release plan.

**Action:** I set up a short meeting with data from both sides.

**Result:** We shipped the safer plan a week later.
"""


def test_a_story_under_an_example_label_after_coaching_stays_a_story(taxonomy) -> None:
    report = imported(COACHING_THEN_EXAMPLE_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.result == "We shipped the safer plan a week later."


# 2. A question asked in the body of a <details> section whose summary asks

DETAILS_MD = """# Practice round

<details>
\t<summary>1) What is your biggest strength?</summary>
\tI stay calm during incidents and write things down as I go.
</details>

<details>
\t<summary>2) What questions do you have for me?</summary>
\tHow does your team decide what to build next quarter?
</details>

<details>
<summary>3) What would you ask your first week?</summary>

Who depends on this team the most?

Which alert wakes people up most often?

</details>

<details>
\t<summary>4) Why do you want this job?</summary>
\tI want to build the platform team I wish I had joined.
</details>
"""


def test_a_question_in_a_details_body_answers_its_summary(taxonomy) -> None:
    report = imported(DETAILS_MD, taxonomy)
    assert kinds(report) == {"qa": 4}
    assert not report.drafts
    by_question = {note.body.question: note.body.answer for note in report.notes}
    assert by_question["What questions do you have for me?"] == "How does your team decide what to build next quarter?"
    assert by_question["What would you ask your first week?"] == (
        "Who depends on this team the most?\n\nWhich alert wakes people up most often?")
    assert by_question["Why do you want this job?"].startswith("I want to build")


QUESTIONS_UNDER_A_HEADING_MD = """## Warm-up

What is your biggest strength?

I stay calm during incidents.

What questions do you have for me?

Why do you want this job?
"""


def test_questions_under_a_plain_heading_are_still_questions(taxonomy) -> None:
    report = imported(QUESTIONS_UNDER_A_HEADING_MD, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "What is your biggest strength?", "What questions do you have for me?", "Why do you want this job?"]


# 3. A named case in plain text: a title line over the case's label lines

NAMED_CASE_TXT = """The Quiet Data Team

Background: You have just joined as engineering manager of a data platform team of seven. Two senior engineers
left last quarter and the nightly jobs fail twice a week.

Constraints: No new headcount until next year. The finance close depends on the nightly jobs.

Your task: Present a ninety-day plan to your director.

Questions:
- What do you fix first, and why?
- How do you keep the remaining seniors from burning out?
- What would you report to finance each week?
"""


def test_a_title_line_over_case_label_lines_is_one_named_scenario(taxonomy) -> None:
    report = imported(NAMED_CASE_TXT, taxonomy, "case.txt")
    assert kinds(report) == {"scenario": 1}
    body = report.notes[0].body
    assert body.title == "The Quiet Data Team"
    assert body.question == "Present a ninety-day plan to your director."
    assert body.situation.startswith("You have just joined as engineering manager")
    assert body.challenges == ("No new headcount until next year. The finance close depends on the nightly jobs.",)
    assert [p.heading for p in body.discussion] == [
        "What do you fix first, and why?", "How do you keep the remaining seniors from burning out?",
        "What would you report to finance each week?"]
    assert not skipped(report)


def test_a_bare_case_line_and_a_markdown_title_over_label_lines_are_one_scenario(taxonomy) -> None:
    bare = imported(NAMED_CASE_TXT.replace("The Quiet Data Team", "Case", 1), taxonomy, "case.txt")
    assert kinds(bare) == {"scenario": 1} and bare.notes[0].body.title == "Case"
    titled = imported("# " + NAMED_CASE_TXT, taxonomy, "case.md")
    assert kinds(titled) == {"scenario": 1} and titled.notes[0].body.title == "The Quiet Data Team"
    assert [p.heading for p in titled.notes[0].body.discussion] == [
        "What do you fix first, and why?", "How do you keep the remaining seniors from burning out?",
        "What would you report to finance each week?"]


def test_case_label_lines_without_a_title_keep_their_questions(taxonomy) -> None:
    untitled = NAMED_CASE_TXT.split("\n", 2)[2]
    report = imported(untitled, taxonomy, "case.txt")
    assert kinds(report) == {"qa": 3}


# 4. Plain text: the teller's own question, standing alone after their answer

TELLERS_QUESTION_TXT = """Behavioral questions

Tell me about a time you delayed a hard conversation.

I let a struggling engineer drift for two months before I told him plainly that his reviews were blocking the
team. When I finally did, he was relieved and asked why nobody had said it sooner.

Looking back, why did I wait so long?

What is your approach to code reviews?

I ask for small changes and I review within a day.

What would your manager say about you?

That I write too many documents.
"""


def test_a_first_person_question_after_the_tellers_answer_stays_in_it(taxonomy) -> None:
    report = imported(TELLERS_QUESTION_TXT, taxonomy, "bank.txt")
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you delayed a hard conversation.", "What is your approach to code reviews?",
        "What would your manager say about you?"]
    assert report.notes[0].body.answer.endswith("sooner.\n\nLooking back, why did I wait so long?")
    assert not report.drafts


SELF_PREP_TXT = """My prep

Why do I want this job?

I want to lead a team that owns its platform end to end.

What are my weak spots?

I plan too much before I ship.
"""


def test_questions_asked_as_i_in_a_bank_of_such_questions_stay_questions(taxonomy) -> None:
    report = imported(SELF_PREP_TXT, taxonomy, "prep.txt")
    assert [note.body.question for note in report.notes] == ["Why do I want this job?", "What are my weak spots?"]
