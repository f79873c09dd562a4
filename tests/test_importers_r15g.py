"""Round 15 (g), fixtures in our own words: STAR labels in italics alone on their line over their text, a story's
closing reflection lines, and a link back to an anchor of the same page under each story's heading."""

from __future__ import annotations

import pytest

from importing import imported, messages, skipped

from leaderdeck.importers.boldlead import italic_lead
from leaderdeck.model import Kind


# 1. "*Situation*" alone on its line, its text on the next line of the same paragraph

ITALIC_STORY_MD = """# Practice stories

## Which rollout went worst for you?

*Situation*
Our search index rebuild ran for nine hours and blocked every deploy behind it.

*Task*
I owned the deploy pipeline and had to get releases moving again within the sprint.

*Action*
I split the rebuild into shards that ran in parallel and let deploys pass between shards.

*Result*
The rebuild took ninety minutes and no deploy waited more than ten.
"""


def test_italic_labels_alone_on_their_line_are_the_parts_of_a_story(taxonomy) -> None:
    report = imported(ITALIC_STORY_MD, taxonomy)
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.kind is Kind.STAR
    assert note.body.question == "Which rollout went worst for you?"
    assert note.body.situation == "Our search index rebuild ran for nine hours and blocked every deploy behind it."
    assert note.body.task.startswith("I owned the deploy pipeline")
    assert note.body.action.startswith("I split the rebuild into shards")
    assert note.body.result == "The rebuild took ninety minutes and no deploy waited more than ten."


UNDERSCORE_STORY_MD = """## The pager rotation

_Situation_
Two engineers carried every page for our payments team.

_Action_
I wrote runbooks for the ten loudest alerts and opened the rotation to four more people.

_Result_
Nobody took more than one week of pages a month after that.
"""


def test_labels_in_underscores_are_read_the_same_way(taxonomy) -> None:
    report = imported(UNDERSCORE_STORY_MD, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR]
    body = report.notes[0].body
    assert body.situation == "Two engineers carried every page for our payments team."
    assert body.action.startswith("I wrote runbooks")
    assert body.result.startswith("Nobody took more than one week")


SPACED_ITALIC_MD = """## What was your worst handover?

*Situation*

The team that built our billing exporter left in one week.

*Action*

I read every alert they had set up and wrote a page per alert.

- Deleted the alerts nobody had acted on
- Paired with finance for the month-end run

*Result*

The first month-end close ran without a page.
"""


def test_an_italic_label_in_a_paragraph_of_its_own_heads_the_paragraphs_after_it(taxonomy) -> None:
    report = imported(SPACED_ITALIC_MD, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR]
    body = report.notes[0].body
    assert body.situation == "The team that built our billing exporter left in one week."
    assert body.action.startswith("I read every alert")
    assert "- Paired with finance for the month-end run" in body.action
    assert body.result == "The first month-end close ran without a page."


@pytest.mark.parametrize("text, expected", [
    ("*Situation*\nThe queue backed up.", ("Situation", "The queue backed up.")),
    ("_Result_\nWe shipped.\nOn time.", ("Result", "We shipped.\nOn time.")),
    ("*Lessons learned*\nAsk earlier.", ("Lessons learned", "Ask earlier.")),
    ("*The billing move*\nWe moved billing in March.", ("", "")),  # an italic title names no part
    ("*Note*\nShe had left by then.", ("", "")),  # an aside, not a story's part
    ("*Situation*", ("Situation", "")),  # alone in its paragraph: its text in the paragraphs after it
    ("*The billing move*", ("", "")),
    ("*Situation* was tense.\nWe waited.", ("", "")),  # italics inside a sentence
    ("**Situation**\nThe queue backed up.", ("", "")),  # bold: read by bold_lead
])
def test_only_an_italic_line_naming_a_part_leads_its_paragraph(text, expected) -> None:
    assert italic_lead(text) == expected


ITALIC_TITLE_MD = """## How do you plan a quarter?

*The short version*
I pick three outcomes with product and let the teams size the work under them.
"""


def test_an_italic_line_that_names_no_part_stays_in_the_answer(taxonomy) -> None:
    report = imported(ITALIC_TITLE_MD, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.QA]
    assert report.notes[0].body.answer.startswith("*The short version*\nI pick three outcomes")


# 2. Reflections closing a story: learning labels of their own, kept apart when there are several

REFLECTED_STORY_MD = """# My stories

## Owning the on-call rotation (STAR)

*Situation*
Pages woke the same two people every night for a month.

*Task*
I was asked to spread the load before the next quarter.

*Action*
I wrote runbooks and paired each new person with a veteran for one week.

*Result*
Pages per person fell by two thirds.

*What worked well:* Pairing made new people confident within days.

*What didn't work well:* The runbooks went stale after a month.
"""


def test_reflection_lines_after_the_result_are_the_learning_each_under_its_label(taxonomy) -> None:
    report = imported(REFLECTED_STORY_MD, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR]
    body = report.notes[0].body
    assert body.result == "Pages per person fell by two thirds."
    assert body.learning == ("**What worked well:**\nPairing made new people confident within days.\n\n"
                             "**What didn't work well:**\nThe runbooks went stale after a month.")


@pytest.mark.parametrize("label", ["What could have gone better", "What you learned", "In hindsight",
                                   "Looking back", "What I would have done differently"])
def test_a_single_reflection_label_is_the_learning(taxonomy, label) -> None:
    text = ("## The flaky test purge\n\n**Situation:** A third of our builds failed at random.\n\n"
            "**Action:** I quarantined the worst twenty tests and gave each an owner.\n\n"
            "**Result:** Red builds meant a real failure again.\n\n"
            f"*{label}:* I would have asked the owners before moving their tests.\n")
    report = imported(text, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR]
    assert report.notes[0].body.result == "Red builds meant a real failure again."
    assert report.notes[0].body.learning == "I would have asked the owners before moving their tests."


TOLD_THEN_LESSON_MD = """## Replacing the build server

Our build server was a single machine under a desk, and I moved every job to hosted runners over a month.

*Lesson:* I should have warned the mobile team that their signing keys would move.
"""


def test_a_told_paragraph_closed_by_a_lesson_is_one_story_not_nothing(taxonomy) -> None:
    report = imported(TOLD_THEN_LESSON_MD, taxonomy)
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.body.question == "Replacing the build server"
    assert note.body.answer.startswith("Our build server was a single machine")
    assert "signing keys would move" in note.body.answer
    assert any("no question for story 'Replacing the build server'" in line for line in messages(report))


def test_a_lesson_under_advice_still_makes_no_story(taxonomy) -> None:
    text = ("# Notes\n\n## Build servers\n\nKeep build machines out of offices and label every job.\n\n"
            "*Lesson:* Warn other teams before you move shared keys.\n\n"
            "## How did you move your builds?\n\nI moved every job to hosted runners over a month.\n")
    report = imported(text, taxonomy)
    assert [note.body.question for note in report.notes] == ["How did you move your builds?"]
    assert any("line 5" in line for line in skipped(report))


# 3. A link back to a place on the same page under a story's heading

BACKLINKED_MD = """# Interview prep

- [Migration](#the-migration): billing cluster
- [Hiring](#hiring-a-lead): first lead hire

## The migration
[Back to the list](#interview-prep)

Which migration are you proudest of?

*Situation*
The billing cluster ran a database that lost support.

*Action*
I moved readers one team at a time behind a flag.

*Result*
We finished in three weeks with no customer errors.

## How did you hire your first lead?
[Back to the list](#interview-prep)

I promoted from within after a month of trial projects.

[Prev](#the-migration) | [Top](#interview-prep)
"""


def test_a_paragraph_of_links_within_the_page_is_dropped_and_reported(taxonomy) -> None:
    report = imported(BACKLINKED_MD, taxonomy)
    qa = next(note for note in report.notes if note.kind is Kind.QA)
    assert qa.body.answer == "I promoted from within after a month of trial projects."
    star = next(note for note in report.notes if note.kind is Kind.STAR)
    assert "](#" not in star.body.situation
    assert star.body.question == "Which migration are you proudest of?"
    assert any(line.startswith("line 7: ") for line in skipped(report))  # above the question: reported as before
    assert "line 21: a link (a link within the page, not the answer)" in skipped(report)
    assert "line 25: a link (a link within the page, not the answer)" in skipped(report)


@pytest.mark.parametrize("text, expected", [
    ("[Back to top](#top)", True),
    ("[⬆ Contents](#table-of-contents)", True),
    ("[Prev](#a) · [Next](#b)", True),
    ("See [the timeline](#timeline) for dates.", False),  # a sentence that links
    ("[The post](https://example.com/post#part)", False),  # a link to the web: read as before
    ("[Notes](./notes.md#today)", False),  # one of the writer's own notes
])
def test_only_links_to_anchors_of_the_page_are_links_within_it(text, expected) -> None:
    from leaderdeck.importers.references import is_page_link
    assert is_page_link(text) is expected


# 4. A story bank copying its form: the name's "(STAR)" tag and the prompt paragraph above the parts

PROMPTED_BANK_MD = """# Loop prep

## Hard Calls (STAR)

Think about the hardest calls you've made as a lead. Write about one: what you weighed and who disagreed.

*Situation*
Two teams wanted the only staging cluster for the same release week.

*Action*
I gave it to the team with the customer deadline and set up a second cluster for the other by Wednesday.

*Result*
Both releases shipped that week.

## Quiet Wins (SAR format)

Keep this one under two minutes and end on the numbers.

*Situation*
Our nightly export failed about once a week.

*Action*
I added retries with backoff and a page for the third failure.

*Result*
It has not failed in four months.
"""


def test_a_prompt_about_the_readers_past_above_the_parts_is_the_storys_question(taxonomy) -> None:
    report = imported(PROMPTED_BANK_MD, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR, Kind.STAR]
    first, second = report.notes
    assert first.body.question == ("Think about the hardest calls you've made as a lead. Write about one: what you "
                                   "weighed and who disagreed.")
    assert first.body.title == "Hard Calls"
    assert first.body.situation == "Two teams wanted the only staging cluster for the same release week."
    # advice above the parts speaks of no past of the reader's: no question; it is the story's tip (round 33)
    assert second.body.question == "Quiet Wins"
    assert second.coach.tips == ("Keep this one under two minutes and end on the numbers.",)
    assert not any("outside the STAR parts" in line for line in skipped(report))
    assert any("no question for story 'Quiet Wins'" in line for line in messages(report))


def test_the_method_a_story_is_told_in_is_no_part_of_its_name_nor_a_topic(taxonomy) -> None:
    report = imported(PROMPTED_BANK_MD, taxonomy)
    assert not any("is not a topic" in line or "(STAR)" in line for line in messages(report))
    assert [note.body.title or note.body.question for note in report.notes] == ["Hard Calls", "Quiet Wins"]
    assert all(not any("STAR" in c or "SAR" in c for c in note.competencies) for note in report.notes)


@pytest.mark.parametrize("title, name", [
    ("Career Moves (STAR)", "Career Moves"),
    ("The Outage (SAR format)", "The Outage"),
    ("Staffing [STAR+L]", "Staffing"),
    ("The Outage (Incidents)", "The Outage (Incidents)"),  # a theme: kept, read as before
    ("Road Trip (Star)", "Road Trip (Star)"),  # a word, not the method's acronym
])
def test_only_a_method_tag_leaves_a_storys_name(title, name) -> None:
    from leaderdeck.importers.facts import story_name
    assert story_name(title)[0] == name


def test_a_prompt_heading_put_to_you_stays_a_question_of_the_bank(taxonomy) -> None:
    text = ("# My answers\n\n## Why are you leaving?\n\nI want to work on larger systems.\n\n"
            "## Conflicts\n\n- I argued with a tester about flaky suites and we agreed on a quarantine.\n\n"
            "## What You'd Do Differently\n\n- I would have asked for help with the build pipeline much sooner.\n")
    report = imported(text, taxonomy)
    assert "What You'd Do Differently" in [note.body.question for note in report.notes]
