"""Round 35 fixes (a): the user's own notes: (a) a page of the writer's own prompt headings over answers told as I;
(b) a Docusaurus admonition with a title of its own, of a neutral type, or followed by more of the answer; (c) a
story's or scenario's facts on label lines (``- **Status**: draft``, ``- **Owner**: me``); (d) a prompt of the
writer's own answered only by a pointer to their other notes.
(a) A page whose innermost sections are mostly short prompt headings (``## Biggest achievement``, ``## Why this
company``) over a short answer told as I is read as the writer's own answers whether or not the page asks anything
elsewhere: each such section is a note, its heading the question (headings at the top of the page too, when there
are several). There an answer told as I may speak to the interviewer as "you" ("Your product is ...") and still be
the answer. Before, a page of such sections alone gave
"nothing recognisable", and an answer speaking to "you" was reported as text under its heading. A post told as I
in long sections, a page of advice to the reader, and a lone word naming a group are left as they were.
(b) A Docusaurus box titled by its writer (``:::note My aside``, ``:::tip[Pacing]``) or of a neutral type
(``:::info``) reads as its type says: a note or tip (a warning, red flags), never more of the answer above it, and
the text after its closing ``:::`` is back in the answer. Before, its title became an unknown label glued onto the
answer with the box's text, and the text after the box was taken for more of the box. A box titled by a label of
ours (``:::danger Red flag``) keeps that label.
(c) A chip of no interest with its value (``- **Status**: first draft``, three words at most) opening a labelled
part's section (``## Situation``) holds only that value: it is reported, and the part's text after it is the
part's. Before, the whole Situation went with the chip, silently, and the scenario was a draft. A label line of
the writer's own whose value is a few words (``- **Owner**: me and Dana``) above a story's parts is a fact kept
with its label at the head of the Situation; before, when it was the only such line, its label was dropped and
"me and Dana" opened the Situation. A headline under a label of the writer's own (``- **Nugget**: I shipped
...``), a sentence, still opens the Situation without its label.
(d) On a page of the writer's own prompts, a prompt heading over nothing but pointers to the writer's other notes
(``[The launch story](./stories.md#launch)``) is a draft note whose tips are those pointers (``See: ...``). Before,
the section was reported as text under its heading. A page of such links alone (an index) is no page of prompts.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers import DocumentError

from importing import imported, kinds, skipped


# (a) a page of the writer's own prompts ---------------------------------------------------------------------------

ONE_PROMPT = """# My answers

## Biggest achievement

I moved our invoicing off a retiring vendor in one quarter, and no customer noticed the switch.
"""

OWN_PROMPTS = """# Prep, round two

## Biggest achievement

I moved our invoicing off a retiring vendor in one quarter, and no customer noticed the switch.

## Weaknesses

I take on too many small favours, so I now keep a list each week and say no sooner.

## Why this company

Your maps app is the one my old team opened every morning, and I want to help build it.

## Conflict with a peer

I argued with a senior colleague over an index change; we tried both on a copy of the data and I took her version.
"""


def test_a_lone_prompt_heading_over_my_answer_is_a_note(taxonomy) -> None:
    report = imported(ONE_PROMPT, taxonomy, "mine.md")
    assert kinds(report) == {"qa": 1}
    (note,) = report.notes
    assert note.prompt == "Biggest achievement"
    assert note.body.answer.startswith("I moved our invoicing")


def test_a_page_of_my_prompts_gives_a_note_each(taxonomy) -> None:
    report = imported(OWN_PROMPTS, taxonomy, "mine.md")
    assert [note.prompt for note in report.notes] == ["Biggest achievement", "Weaknesses", "Why this company",
                                                       "Conflict with a peer"]
    assert report.notes[2].body.answer.startswith("Your maps app is the one my old team opened")
    assert skipped(report) == []


def test_an_answer_to_you_among_asked_questions_is_the_answer(taxonomy) -> None:
    text = OWN_PROMPTS.replace("## Weaknesses", "## What is your weakness?")
    report = imported(text, taxonomy, "mine.md")
    assert len(report.notes) == 4
    assert any(note.prompt == "Why this company" for note in report.notes)


def test_my_prompts_as_top_headings_give_a_note_each(taxonomy) -> None:
    text = OWN_PROMPTS.replace("# Prep, round two\n\n", "").replace("## ", "# ")
    report = imported(text, taxonomy, "mine.md")
    assert [note.prompt for note in report.notes] == ["Biggest achievement", "Weaknesses", "Why this company",
                                                       "Conflict with a peer"]


LONG_POST = """# Moving on

## The old job

{long}

## The search

{long}
""".format(long=" ".join(["I spent my days on the warehouse tools and I liked most of it."] * 25))


def test_a_post_told_as_i_in_long_sections_is_no_page_of_prompts(taxonomy) -> None:
    with pytest.raises(DocumentError):
        imported(LONG_POST, taxonomy, "post.md")


ADVICE_PAGE = """# Answering well

## Weaknesses

Pick a real one and say how you are working on it.

## Why this company

Name something your interviewer's team built that you have used.
"""


def test_a_page_of_advice_to_the_reader_gives_no_note(taxonomy) -> None:
    with pytest.raises(DocumentError):
        imported(ADVICE_PAGE, taxonomy, "advice.md")


def test_a_lone_word_over_words_to_you_stays_reported(taxonomy) -> None:
    text = OWN_PROMPTS + "\n## General\n\nThank you for your time; I have one more thing to add.\n"
    report = imported(text, taxonomy, "mine.md")
    assert "General" not in [note.prompt for note in report.notes]
    assert any("text under 'General'" in line for line in skipped(report))


# (b) Docusaurus boxes ---------------------------------------------------------------------------------------------

BOXES = """## Tell me about a time you missed a deadline

I missed the date for the export feature and told my lead two weeks ahead.

:::note My aside
Say it in under two minutes.
:::

Since then I size work with the team before promising a date.

:::tip[Pacing]
Pause after the miss.
:::

:::info
Mention the second release.
:::

## Describe a project you led

**Situation:** There was no on-call rota.
**Action:** I wrote one with a runbook.
**Result:** Night pages halved.

:::warning Careful
Do not blame the vendor.
:::
"""


def test_a_titled_or_neutral_box_is_coaching_not_answer(taxonomy) -> None:
    report = imported(BOXES, taxonomy, "boxes.md")
    first, second = report.notes
    assert first.body.answer == ("I missed the date for the export feature and told my lead two weeks ahead.\n\n"
                                 "Since then I size work with the team before promising a date.")
    assert first.coach.tips == ("Say it in under two minutes.", "Pause after the miss.",
                                "Mention the second release.")
    assert second.body.result == "Night pages halved."
    assert second.coach.tips == ("Red flag: Do not blame the vendor.",)


def test_a_box_titled_by_a_label_keeps_the_label(taxonomy) -> None:
    text = """## Why do you want to join?

:::tip Sample answer
I have used your editor for years and want to work on it.
:::
"""
    report = imported(text, taxonomy, "boxes.md")
    (note,) = report.notes
    assert note.body.answer == "I have used your editor for years and want to work on it."


# (c) a story's facts: a chip of no interest and a fact labelled by the writer ------------------------------------

SCENE_WITH_CHIPS = """# Scenario: the vendor walks away

## Situation

- **Status**: first draft
- **Owner**: me

Our search vendor stops support in ninety days.

## Challenges

- There is no budget for a new contract.
- Two teams rely on the vendor.

## Discussion

- What do you do first?
"""


def test_a_chip_opening_a_part_holds_only_its_value(taxonomy) -> None:
    report = imported(SCENE_WITH_CHIPS, taxonomy, "vendor.md")
    (note,) = report.notes
    assert not note.draft
    assert note.body.situation == "- **Owner**: me\n\nOur search vendor stops support in ninety days."
    assert skipped(report) == ["line 5: 'Status' (not interview content)"]


def test_a_chip_over_a_long_value_is_left_as_it_was(taxonomy) -> None:
    text = SCENE_WITH_CHIPS.replace("first draft", "first draft, to rework after the mock with Sam")
    report = imported(text, taxonomy, "vendor.md")
    (note,) = report.notes
    assert "Our search vendor" not in (note.body.situation or "")


STORY_WITH_FACTS = """## Tell me about a time you shipped under pressure

- **Status**: polished
- **Owner**: me and Dana

**Situation:** A partner moved their launch up by a week.
**Action:** I split the work into two releases.
**Result:** The first release landed on the new date.
"""


def test_a_fact_above_a_story_keeps_its_label(taxonomy) -> None:
    report = imported(STORY_WITH_FACTS, taxonomy, "story.md")
    (note,) = report.notes
    assert note.body.situation == "- **Owner**: me and Dana\n\nA partner moved their launch up by a week."
    assert skipped(report) == ["line 3: 'Status' (not interview content)"]


def test_a_headline_under_a_label_of_my_own_still_opens_the_situation(taxonomy) -> None:
    text = STORY_WITH_FACTS.replace("- **Owner**: me and Dana", "- **Nugget**: I shipped half the feature on time.")
    report = imported(text, taxonomy, "story.md")
    (note,) = report.notes
    assert note.body.situation.startswith("I shipped half the feature on time.")


# (d) a prompt of my own answered in my other notes ----------------------------------------------------------------

POINTED_PROMPTS = """# Prep

## Biggest achievement

I moved our invoicing off a retiring vendor in one quarter.

## Weaknesses

I say yes to too much; now I keep a list each week.

## Tight deadline

[The launch story](./stories.md#launch)
"""


def test_a_prompt_answered_in_my_other_notes_is_a_draft_with_the_pointer(taxonomy) -> None:
    report = imported(POINTED_PROMPTS, taxonomy, "prep.md")
    assert [note.prompt for note in report.notes] == ["Biggest achievement", "Weaknesses", "Tight deadline"]
    pointed = report.notes[2]
    assert pointed.draft and pointed.coach.tips == ("See: The launch story (./stories.md#launch)",)


INDEX_PAGE = """# Notes index

## Sorting

[Quick sort](./sorting.md#quick)

## Graphs

[Shortest paths](./graphs.md#paths)
"""


def test_a_page_of_links_alone_is_no_page_of_prompts(taxonomy) -> None:
    with pytest.raises(DocumentError):
        imported(INDEX_PAGE, taxonomy, "index.md")


EVENT_NAMES = """# Stories

## Payments outage

I was on call when the payments queue stalled on a Friday night, and I rolled the release back.

## Hiring sprint

I had four roles to fill in one quarter; I rewrote the posts and we closed all four.

## Mentoring a new lead

I paired with our newest lead for three months, and she ran the next planning on her own.
"""


def test_stories_named_by_their_events_are_no_page_of_prompts(taxonomy) -> None:
    # the names of events, with or without an article, are the writer's stories: asked nowhere, no notes
    with pytest.raises(DocumentError) as error:
        imported(EVENT_NAMES, taxonomy, "stories.md")
    assert "text under 'Payments outage'" in str(error.value.problems[0])
