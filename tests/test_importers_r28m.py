"""Round 28 (m): a page of questions written up after interviews (``## Question 2: How do you ...?`` over
``**The Question:**`` quoting what was asked, ``**My Answer:**``, then ``### A Better Answer``). The quoted question
under a heading that asks is that heading's question asked again: one note in the quoted words, the heading its
variant when worded otherwise. A heading praising the answer in a run of words (``A Better, More Complete Answer``)
labels the answer, and the numbered steps under it that ask (``#### 1. Which stage is slowest?``) are more of that
answer, not questions of their own. A practised story written up after a mock interview (``## Scenario 1 — The
flaky deploys`` over ``**Scenario Prompt**`` quoting the question, the STAR parts, ``**To Strengthen**`` and ``**Deep
Dive Considerations**``) is one story: the quoted prompt its question, the heading its title, what to strengthen its
tips and the deep-dive questions its follow-ups. On a page of folded cards (``<details><summary>``), ``Best practice
approach`` labels tips and ``Related scenarios`` the ways a question is asked; a card titled by a topic that holds
only coaching is reported under its title, never handed to the questions of the cards around it."""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.importers.base import DocumentError

_PAGE = """# Interview questions I fumbled

## Question 1: How Do You Run a Retro?

**The Question:**
> "How do you run a retro?"

**My Answer:**
I said we go round the table and list what went well.

### A Better Answer

Start from the goal the sprint had, look at the numbers, then pick one change and give it an owner.

## Question 2: What Makes a Good On-Call Rota?

**The Question:**
> "How would you set up on-call for a new team?"

**My Answer:**
Weekly shifts, a second person behind the first, and a handover note.

## Question 3: Slow Builds

**The Question:**
> "Our builds take forty minutes. Where would you start?"

**My Answer:**
I said I would buy bigger machines.

---

### A Better, More Complete Answer

**Measure before you change anything:**

#### 1. Which stage takes the time?
Time every stage for a week and sort them by total minutes.

#### 2. Is the cache doing its job?
Check the hit rate of the dependency cache on the main branch.

**The point:** fix the slowest stage first, then measure again.
"""


def _notes(text: str, taxonomy):
    return import_text(text, taxonomy, display="fumbled.md", source="fumbled.md")


def test_a_question_heading_over_the_question_quoted_again_is_one_note(taxonomy) -> None:
    report = _notes(_PAGE, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "How do you run a retro?", "How would you set up on-call for a new team?",
        "Our builds take forty minutes. Where would you start?"]
    retro = report.notes[0]
    assert retro.variants == ()  # the same words: nothing more to show
    assert "go round the table" in retro.body.answer
    assert "pick one change and give it an owner" in retro.body.answer
    assert not any("asked 2 times" in a.message for a in report.attention)


def test_a_question_heading_worded_otherwise_is_the_quoted_questions_variant(taxonomy) -> None:
    rota = _notes(_PAGE, taxonomy).notes[1]
    assert rota.variants == ("What Makes a Good On-Call Rota?",)
    assert rota.body.answer.strip() == "Weekly shifts, a second person behind the first, and a handover note."


def test_steps_that_ask_under_a_better_answer_are_that_answer(taxonomy) -> None:
    report = _notes(_PAGE, taxonomy)
    builds = report.notes[2]
    answer = builds.body.answer
    assert "buy bigger machines" in answer
    assert "Measure before you change anything" in answer
    assert "Which stage takes the time?" in answer and "sort them by total minutes" in answer
    assert "Is the cache doing its job?" in answer and "hit rate" in answer
    assert "fix the slowest stage first" in answer
    assert not builds.draft
    assert not any(s.why.startswith("left blank") for s in report.skipped)


def test_a_heading_over_several_labelled_questions_stays_their_group(taxonomy) -> None:
    report = _notes("# Round two\n\n## What would you do as the new lead?\n\n"
                    "**Question 1:** How would you spend your first week?\n\n"
                    "**Answer:** Meet each person on the team one to one.\n\n"
                    "**Question 2:** What would you change first?\n\n"
                    "**Answer:** Nothing until I have watched a full sprint.\n", taxonomy)
    questions = [n.body.question for n in report.notes]
    assert "How would you spend your first week?" in questions
    assert "What would you change first?" in questions
    assert all(n.variants == () for n in report.notes if n.body.question != "What would you do as the new lead?")


def test_steps_that_ask_under_a_plain_answer_label_stay_in_it(taxonomy) -> None:
    report = _notes("# Prep\n\n## How do you plan a migration?\n\n### Answer\n\n#### What must not break?\n"
                    "List the callers and agree a freeze window with each.\n\n#### Who signs off?\n"
                    "The owner of each caller, in writing.\n", taxonomy)
    assert len(report.notes) == 1
    answer = report.notes[0].body.answer
    assert "What must not break?" in answer and "freeze window" in answer
    assert "Who signs off?" in answer and "in writing" in answer


def test_praise_words_in_a_run_label_an_answer_but_a_bare_adjective_does_not() -> None:
    from leaderdeck.importers.labels import slot
    assert slot("A Better, More Complete Answer") == "answer"
    assert slot("A fuller answer") == "answer"
    assert slot("A better and shorter answer") == "answer"
    assert slot("Better") is None
    assert slot("A complete guide") is None


_MOCK = """# Mock interview notes

## Scenario 1 — The Flaky Deploys

**Scenario Prompt**

> Tell me about a time you fixed a process nobody owned.

**STAR Answer**

- **Situation:** Deploys failed about one day in five and nobody owned the pipeline.
- **Task:** I offered to own it for a quarter.
- **Action:**
  - Logged every failure with its cause.
  - Fixed the three most common causes first.
- **Result:** Failed deploys fell to one a month.

**To Strengthen**

- Say how you kept the fix owned after the quarter.

**Deep Dive Considerations**

- Who owns the pipeline now?
- What would you do if the failures came back?
"""


def test_a_story_under_a_prompt_label_takes_the_quoted_prompt_as_its_question(taxonomy) -> None:
    report = _notes(_MOCK, taxonomy)
    assert len(report.notes) == 1
    story = report.notes[0]
    assert story.kind.value == "star"
    assert story.body.question == "Tell me about a time you fixed a process nobody owned."
    assert story.body.title == "The Flaky Deploys"
    assert story.body.situation.startswith("Deploys failed about one day in five")
    assert story.body.result.startswith("Failed deploys fell")
    assert "Say how you kept the fix owned after the quarter." in story.coach.tips
    assert "Follow-up: Who owns the pipeline now?" in story.coach.tips
    assert "Follow-up: What would you do if the failures came back?" in story.coach.tips
    assert not any(s.why == "not part of the story" and s.line == 5 for s in report.skipped)


def test_a_prompt_label_under_a_story_heading_that_asks_keeps_the_heading(taxonomy) -> None:
    text = _MOCK.replace("## Scenario 1 — The Flaky Deploys", "## How did you fix the flaky deploys?")
    story = _notes(text, taxonomy).notes[0]
    assert story.body.question == "How did you fix the flaky deploys?"


def test_prompt_words_label_a_question_only_after_a_kind_of_prompt() -> None:
    from leaderdeck.importers.labels import slot
    assert slot("Scenario Prompt") == "question"
    assert slot("Interview prompt") == "question"
    assert slot("Prompt engineering") is None
    assert slot("To Strengthen") == "tips"
    assert slot("Areas to improve") == "tips"
    assert slot("Deep Dive Considerations") == "followups"
    assert slot("Deep Dive") is None


def _card(summary: str, body: str) -> str:
    return f"<details>\n<summary><b>{summary}</b></summary>\n\n{body}\n</details>\n\n"


_CARDS = "# Behavioural cards\n\n" + _card(
    "Why do you want to leave your current job?",
    "<b>Why this matters:</b> They want to know you are moving towards something.\n\n"
    "<b>Best practice approach:</b> Name what you want next and tie it to this role.\n\n"
    "Related Scenarios:\n\n- What would make you stay where you are?\n- Why are you looking at this kind of company now?\n") + _card(
    "Working with the hiring team",
    "<b>Why this matters:</b> Good questions show you have read about the company.\n\n"
    "<b>Best practice approach:</b> Bring two questions about how the team plans its work.\n") + _card(
    "How do you pick what to learn next?",
    "<b>Why this matters:</b> It shows whether you grow on purpose.\n")


def test_folded_cards_give_their_own_question_its_variants_signals_and_tips(taxonomy) -> None:
    report = _notes(_CARDS, taxonomy)
    assert [n.body.question for n in report.notes] == ["Why do you want to leave your current job?",
                                                      "How do you pick what to learn next?"]
    leave = report.notes[0]
    assert leave.variants == ("What would make you stay where you are?",
                              "Why are you looking at this kind of company now?")
    assert leave.coach.signals == ("They want to know you are moving towards something.",)
    assert leave.coach.tips == ("Name what you want next and tie it to this role.",)
    assert leave.draft


def test_a_card_titled_by_a_topic_holding_only_coaching_is_reported_not_given_to_other_cards(taxonomy) -> None:
    report = _notes(_CARDS, taxonomy)
    for note in report.notes:
        assert not any("hiring team" in text or "two questions" in text
                       for text in (*note.coach.signals, *note.coach.tips))
    assert [s.what for s in report.skipped if "Working with the hiring team" in s.what]


def test_a_folded_card_telling_a_story_under_a_question_keeps_it(taxonomy) -> None:
    report = _notes("# Stories\n\n## Tell me about a time you changed a team's mind.\n\n" + _card(
        "Show my answer",
        "**Situation:** The team wanted to rewrite the billing service.\n\n"
        "**Action:** I costed the rewrite against fixing the three worst parts.\n\n"
        "**Result:** We fixed the three parts and shipped a month early.\n"), taxonomy)
    assert len(report.notes) == 1
    assert report.notes[0].kind.value == "star"
    assert report.notes[0].body.result.startswith("We fixed the three parts")


def test_a_principle_told_as_we_over_a_link_is_no_story(taxonomy) -> None:
    text = ("# How our team works\n\n## Customers first\n\nWe start every plan from what the customer asked for.\n\n"
            "## Argue then commit\n\nWe have not always agreed on the plan, and we argued it out in the open before "
            "we started.\n\n[A talk on committing after a disagreement](https://example.com/talk)\n")
    with pytest.raises(DocumentError) as raised:
        _notes(text, taxonomy)
    assert "nothing recognisable as a note" in str(raised.value.problems[0])


def test_a_story_told_in_two_paragraphs_keeps_its_link(taxonomy) -> None:
    text = ("# My stories\n\n## The slow checkout\n\nI found the checkout page took nine seconds to load.\n\n"
            "I cached the tax tables and we cut it to two seconds.\n\n[The write-up](https://example.com/post)\n")
    report = _notes(text, taxonomy)
    assert len(report.notes) == 1
    assert "nine seconds" in report.notes[0].body.answer


_PILLARS = ("# EM prep\n\n**Q: How do you keep your best engineers?**\n\nI focus on three pillars:\n"
            "1. Growth: Clear paths, a learning budget, stretch projects\n"
            "2. Impact: Tie the work to outcomes the business tracks\n"
            "3. Culture: Safety to disagree and credit given in public\n\n"
            "**Q: How do you run planning?**\n\nI start from the goals.\n")


def test_a_list_led_into_by_the_teller_is_the_answer_as_written(taxonomy) -> None:
    report = _notes(_PILLARS, taxonomy)
    answer = report.notes[0].body.answer
    assert answer.startswith("I focus on three pillars:")
    assert "1. Growth: Clear paths" in answer
    assert "2. Impact: Tie the work" in answer
    assert "3. Culture: Safety to disagree" in answer
    assert not any("label with no text" in s.why for s in report.skipped)


def test_star_parts_listed_under_a_lead_in_stay_a_story(taxonomy) -> None:
    report = _notes("# Stories\n\n**Q: Tell me about a time you cut a release's scope.**\n\n"
                    "Here is what I did:\n- Situation: The release was two weeks late.\n"
                    "- Task: I had to ship on the agreed date.\n- Action: I cut two features with the product lead.\n"
                    "- Result: We shipped on the date and added the features a month later.\n", taxonomy)
    story = report.notes[0]
    assert story.kind.value == "star"
    assert story.body.situation.startswith("The release was two weeks late")


def _framework(example: str) -> str:
    return ("# Architecture leadership\n\n**Q: How do you split a monolith into services?**\n\n```\nFramework:\n"
            "1. **Find the seams:**\n   - Identify the domains the business already names\n"
            "   - Define who owns each table\n\n2. **Move in slices:**\n   - Start with the domain that changes most\n"
            "   - Keep one release train until the split is done\n\n" + example + "```\n")


def test_framework_steps_with_a_told_example_are_the_answer(taxonomy) -> None:
    report = _notes(_framework("3. **From my own work:**\n   \"When we split the billing system:\n"
                               "   - We moved invoices out first\n   - Deploys went from monthly to weekly\"\n"),
                    taxonomy)
    note = report.notes[0]
    assert not note.draft
    assert "Find the seams" in note.body.answer and "Identify the domains" in note.body.answer
    assert "We moved invoices out first" in note.body.answer
    assert not any(s.why == "a template, not an answer" for s in report.skipped)


def test_framework_steps_with_only_orders_stay_a_template(taxonomy) -> None:
    text = _framework("3. **Your example:**\n   - Describe what you changed\n   - Give the result in numbers\n")
    report = _notes(text.replace("```\n", "").replace("Framework:", "**Framework:**"), taxonomy)
    assert report.notes[0].draft
    assert any(s.why == "a template, not an answer" for s in report.skipped)


def test_a_guide_titled_for_a_level_over_an_overview_names_that_level(taxonomy) -> None:
    report = _notes("# Leadership prep for directors\n\n## Overview\n\nLeading at this level means trading depth "
                    "for reach.\n\n## Strategy\n\n**Q: How do you set a technical strategy?**\n\n"
                    "I start from where the business is going.\n", taxonomy)
    assert [n.level.value for n in report.notes] == ["director"]


def test_a_case_titled_for_a_level_with_its_parts_keeps_its_title_as_the_name(taxonomy) -> None:
    report = _notes("# Becoming a director\n\n## Overview\n\nTwo teams merged and their leads both wanted the new "
                    "role.\n\n## Challenges\n\n- Both leads are strong\n- The teams distrust each other\n\n"
                    "## Discussion\n\n- Who do you pick and how do you tell the other?\n", taxonomy)
    assert all(n.level.value == "senior" for n in report.notes)


_GUIDE = ("# Leadership prep for directors\n\n## Overview\n\nLeading at this level means trading depth for reach. "
          "This guide is written for leaders of several teams.\n\n## Strategy\n\n"
          "**Q: How do you set a technical strategy?**\n\nI start from where the business is going.\n\n"
          "**Q: How do you retire a platform?**\n\nI publish the end date a year ahead.\n")


def test_a_guides_overview_speaking_of_the_page_is_its_introduction(taxonomy) -> None:
    report = _notes(_GUIDE, taxonomy)
    assert len(report.notes) == 2
    assert all(not any("trading depth" in tip for tip in n.coach.tips) for n in report.notes)
    assert [s.why for s in report.skipped if s.line == 3] == ["the page's introduction, not part of a question"]


def test_an_overview_setting_a_scene_stays_the_questions_context(taxonomy) -> None:
    text = _GUIDE.replace("This guide is written for leaders of several teams.", "Two of your teams share one pager.")
    report = _notes(text, taxonomy)
    assert not any(s.line == 3 for s in report.skipped)


def test_a_case_whose_overview_speaks_of_the_document_is_still_one_case(taxonomy) -> None:
    report = _notes("# Take-home: the merged teams\n\n## Overview\n\nThis document describes the exercise. Two "
                    "teams merged last month and both leads want the new role.\n\n## Challenges\n\n"
                    "- Both leads are strong\n- The teams distrust each other\n\n## Your task\n\n"
                    "- Say who you would pick and how you would tell the other lead\n", taxonomy)
    assert [n.kind.value for n in report.notes] == ["scenario"]
    assert "both leads want the new role" in report.notes[0].body.situation
