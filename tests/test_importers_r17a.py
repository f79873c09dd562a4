"""Round 17 fixes (a): documents exported from note-taking tools. Notion's toggles (a bullet folding a story, a
heading inside a bullet), its page properties, and the marks other exporters leave."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


def _kinds(report) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for note in report.notes:
        kinds[note.kind] = kinds.get(note.kind, 0) + 1
    return kinds


# (a) Notion toggles ----------------------------------------------------------------------------------------------

TOGGLED_STORIES = """# Stories

- Rewriting the search indexer
    
    **Questions it answers:** Tell me about a time you rebuilt something under load.
    
    **Situation:** The indexer fell a day behind every Monday.
    
    **Task:** I had to make it keep up without a freeze.
    
    **Action:** I moved it to batches and added a backlog alarm.
    
    **Result:** It stayed within ten minutes for a year.
    
- Onboarding a new hire remotely
    
    **Questions it answers:** How do you onboard someone you never meet?
    
    **Situation:** Our first hire abroad started in lockdown.
    
    **Result:** She shipped in week two.
    
"""


def test_a_notion_toggle_over_labelled_parts_is_a_story_not_text_of_the_one_above(taxonomy) -> None:
    report = _import(TOGGLED_STORIES, taxonomy, "stories.md")
    assert _kinds(report) == {"star": 2}
    first, second = report.notes
    assert first.body.title == "Rewriting the search indexer"
    assert first.body.question == "Tell me about a time you rebuilt something under load."
    assert first.body.result.strip() == "It stayed within ten minutes for a year."
    assert second.body.title == "Onboarding a new hire remotely"
    assert second.body.question == "How do you onboard someone you never meet?"
    assert "Onboarding" not in first.body.result


TOGGLED_HEADINGS = """# Coaching page

- ### How do you pick between two vendors?
    
    **What the interviewer wants:** a comparison with numbers.
    
    **Tips**
    
    - Name the cost of switching later
    
    **Sample answer**
    
    I scored both on price and support, and we chose the cheaper one with a break clause.
    
- ### How do you run a design review?
    
    **Red flags**
    
    - Decides alone
    
"""


def test_a_heading_inside_a_notion_toggle_heads_its_content_and_labels_keep_their_slots(taxonomy) -> None:
    report = _import(TOGGLED_HEADINGS, taxonomy, "page.md")
    assert _kinds(report) == {"qa": 2}
    first, second = report.notes
    assert first.body.question == "How do you pick between two vendors?"
    assert first.coach.tips == ("Name the cost of switching later",)
    assert not any("**" in signal for signal in first.coach.signals)
    assert first.body.answer.startswith("I scored both on price")
    assert second.draft
    assert "Red flag: Decides alone" in second.coach.tips


def test_a_bullet_over_nested_answer_text_stays_a_list_item(taxonomy) -> None:
    text = "# Bank\n\n- Why this team?\n\n    I like the problems it works on.\n\n- Why now?\n"
    report = _import(text, taxonomy, "bank.md")
    assert [note.body.question for note in report.notes] == ["Why this team?", "Why now?"]
    assert report.notes[0].body.answer.strip() == "I like the problems it works on."


# (b) a page's properties, one a line ----------------------------------------------------------------------------

PROPERTIES = """# Prep page

Tags: Hiring, Onboarding
Created: June 2, 2025 8:00 AM
Status: Draft

## How do you onboard a senior hire?

A written plan for the first month and a buddy outside the team.
"""


def test_a_property_line_after_the_tags_line_is_not_part_of_the_tags(taxonomy) -> None:
    report = _import(PROPERTIES, taxonomy, "page.md")
    note = report.notes[0]
    assert note.tags == ("Hiring", "Onboarding")
    assert not any("Created" in tag or "Status" in tag for tag in note.tags)
    messages = _messages(report)
    assert "line 4" in messages and "line 5" in messages


# (c) bullets nested by their glyph alone ------------------------------------------------------------------------

GLYPHS = """Prep list
• Why are you looking to move?
◦ I have outgrown the scope of my role.
• What would your last manager say about you?
• Tell me about a hire you got wrong.
◦ I hired for speed over judgement.
◦ Now I run a work sample first.
"""


def test_a_hollow_bullet_under_a_round_one_is_its_answer(taxonomy) -> None:
    report = _import(GLYPHS, taxonomy, "prep.txt")
    assert [note.body.question for note in report.notes] == [
        "Why are you looking to move?", "What would your last manager say about you?",
        "Tell me about a hire you got wrong."]
    first, second, third = report.notes
    assert "outgrown the scope" in first.body.answer and not first.draft
    assert second.draft
    assert "hired for speed" in third.body.answer and "work sample first" in third.body.answer


# (d) Google Docs: a soft return as <br>, a heading typed as Markdown and escaped ----------------------------------

DOCS_EXPORT = """# Questions \\(panel\\)

1. Tell me about a risk you took.<br>I shipped a rewrite behind a flag and rolled it out over a month.
2. What do you do in your first week?

\\#\\# Working with others

1. How do you handle a noisy stakeholder?<br/>I meet them weekly and write down what we agreed.
"""


def test_a_br_in_a_list_item_splits_the_question_from_its_answer(taxonomy) -> None:
    report = _import(DOCS_EXPORT, taxonomy, "export.md")
    questions = [note.body.question for note in report.notes]
    assert questions == ["Tell me about a risk you took.", "What do you do in your first week?",
                         "How do you handle a noisy stakeholder?"]
    first, second, third = report.notes
    assert first.body.answer.strip() == "I shipped a rewrite behind a flag and rolled it out over a month."
    assert second.draft
    assert third.body.answer.strip() == "I meet them weekly and write down what we agreed."
    assert "<br" not in "".join(note.body.question + note.body.answer for note in report.notes)


# (e) Pandoc: bracketed spans, grid tables --------------------------------------------------------------------------

PANDOC = """# Manager questions

## People

**Q1. How do you coach a new lead?**

[Pair them with a peer lead for a quarter.]{.mark} We review one decision a week.

## Delivery

+-------------------------------+--------------------------------+
| Question                      | Answer                         |
+===============================+================================+
| How do you size a roadmap     | In weeks of two people, never  |
| item?                         | in points.                     |
+-------------------------------+--------------------------------+
| How do you cut scope?         |                                |
+-------------------------------+--------------------------------+

## After the table

**Q4. Why this role?**

I want to run a team of teams.
"""


def test_a_bracketed_span_keeps_only_its_text(taxonomy) -> None:
    report = _import(PANDOC, taxonomy, "pandoc.md")
    coach = report.notes[0]
    assert coach.body.answer.startswith("Pair them with a peer lead for a quarter. We review")


def test_a_grid_table_is_read_as_a_table_of_questions(taxonomy) -> None:
    report = _import(PANDOC, taxonomy, "pandoc.md")
    notes = {note.body.question: note for note in report.notes}
    assert set(notes) == {"How do you coach a new lead?", "How do you size a roadmap item?",
                          "How do you cut scope?", "Why this role?"}
    assert notes["How do you size a roadmap item?"].body.answer.strip() == "In weeks of two people, never in points."
    assert notes["How do you cut scope?"].draft
    assert notes["Why this role?"].origin.line == 22  # the lines after the table keep their numbers


def test_an_obsidian_comment_is_no_part_of_the_coaching(taxonomy) -> None:
    text = ("# Why do you want this job?\n\n> [!warning] Red flags\n> - Only talks about money\n\n"
            "%% rewrite this %%\n\n%%\nlonger note\nto self\n%%\n\n## Answer\n\nI want to build the team I wish I had.\n")
    (note,) = _import(text, taxonomy, "note.md").notes
    assert note.coach.tips == ("Red flag: Only talks about money",)
    assert note.body.answer.strip() == "I want to build the team I wish I had."


# (f) Obsidian: a question callout titled by a label, tags closing a heading ----------------------------------------

OBSIDIAN_STORY = """# Stories

## Story: Halving the build time #speed #devex

> [!question] Answers
> Tell me about a time you made your team faster.

> [!note]- Situation
> Builds took forty minutes and people batched their changes.

> [!note]- Action
> I cached the dependencies and split the test suite.

> [!note]- Result
> Builds took eighteen minutes within a month.

## C# and .NET #2

Plain notes about the stack.
"""


def test_a_question_callout_titled_by_a_label_gives_the_storys_question(taxonomy) -> None:
    report = _import(OBSIDIAN_STORY, taxonomy, "stories.md")
    story = report.notes[0]
    assert story.body.question == "Tell me about a time you made your team faster."
    assert story.body.title == "Halving the build time"
    assert story.tags == ("speed", "devex")
    assert "eighteen minutes" in story.body.result


def test_a_hash_that_is_no_tag_stays_in_the_heading() -> None:
    from leaderdeck.importers.headtags import heading_tags

    assert heading_tags("C# and .NET #2") == ("C# and .NET #2", ())
    assert heading_tags("#solo") == ("#solo", ())
    assert heading_tags("Growth #career/ladder") == ("Growth", ("career/ladder",))


# (g) a heading that only labels the question under it ---------------------------------------------------------------

KIT = """# Interview kit: Ownership

## Question

Tell me about a time you fixed something nobody owned.

## What we look for

- Acted without being asked

## Red flags

- Waits for permission

## Sample answer

Our flaky deploy script had no owner, so I rewrote it and put my name on the runbook.
"""

PAIRS = """# Practice

## Question

Why do you want to leave?

## Answer

I want a larger scope.

## Question

How do you handle a missed deadline?

## Answer

I say so early and re-plan with the team.
"""


def test_a_question_heading_over_its_question_gives_one_note_with_its_coaching(taxonomy) -> None:
    report = _import(KIT, taxonomy, "kit.md")
    (note,) = report.notes
    assert note.body.question == "Tell me about a time you fixed something nobody owned."
    assert note.coach.signals == ("Acted without being asked",)
    assert "Red flag: Waits for permission" in note.coach.tips
    assert note.body.answer.strip().startswith("Our flaky deploy script")


def test_question_and_answer_headings_in_turn_pair_each_question_with_its_answer(taxonomy) -> None:
    report = _import(PAIRS, taxonomy, "pairs.md")
    assert [(note.body.question, note.body.answer.strip()) for note in report.notes] == [
        ("Why do you want to leave?", "I want a larger scope."),
        ("How do you handle a missed deadline?", "I say so early and re-plan with the team.")]


# (h) a plain-text bank written with no blank lines: a title line right under the last story's Result ---------------

NO_BLANKS = """Stories
Story A - The failed launch
Q: Tell me about a launch that went wrong.
S: The mobile release crashed on older phones.
T: I led the rollback.
A: I paused the rollout and shipped a fix in a day.
R: Crash rate was back to normal by the weekend.
Story B - Saying no to sales
Q: Tell me about a time you said no to a customer request.
S: Sales promised a custom export two days before a freeze.
T: I owned the release.
A: I offered a date after the freeze and a workaround.
R: The customer took the workaround.
"""


def test_a_title_line_right_under_a_finished_result_names_the_next_story(taxonomy) -> None:
    report = _import(NO_BLANKS, taxonomy, "bank.txt")
    assert _kinds(report) == {"star": 2}
    first, second = report.notes
    assert first.body.result.strip() == "Crash rate was back to normal by the weekend."
    assert first.body.title == "The failed launch"  # its letter goes as "Story 1 -" does (round 30a)
    assert second.body.title == "Saying no to sales"
    assert second.body.question == "Tell me about a time you said no to a customer request."


# (i) Obsidian: Dataview fields, wikilinks, tags closing a question ---------------------------------------------------

OBSIDIAN_BANK = """# Bank

## Leadership

- [x] How do you earn a new team's trust? #leadership #trust
\t- Answer:: Small promises kept, every week.
- [ ] How do you handle a quiet engineer? #people
- [x] Tell me about a bet that failed. [[Story - Cache rewrite]]
\t- Answer:: See [[Story - Cache rewrite|the cache story]]: we rolled it back after a quarter.
"""


def test_dataview_fields_wikilinks_and_closing_tags_read_as_obsidian_shows_them(taxonomy) -> None:
    report = _import(OBSIDIAN_BANK, taxonomy, "bank.md")
    notes = {note.body.question: note for note in report.notes}
    assert set(notes) == {"How do you earn a new team's trust?", "How do you handle a quiet engineer?",
                          "Tell me about a bet that failed."}
    trust = notes["How do you earn a new team's trust?"]
    assert trust.tags == ("leadership", "trust")
    assert trust.body.answer.strip() == "Small promises kept, every week."
    assert notes["How do you handle a quiet engineer?"].draft
    bet = notes["Tell me about a bet that failed."]
    assert "the cache story" in bet.body.answer
    assert not bet.body.answer.startswith(":")


def test_a_dataview_field_is_a_label_and_code_keeps_its_colons() -> None:
    from leaderdeck.importers.obsidianmarks import obsidian_read

    assert obsidian_read(["std::vector and Foo::bar"]) == ["std::vector and Foo::bar"]
    assert obsidian_read(["- Status:: done", "- [x] Answer:: yes"]) == ["- Status: done", "- [x] Answer: yes"]
    assert obsidian_read(["We shipped on time. ^d3f9a1", "grew 2 ^10"]) == ["We shipped on time.", "grew 2 ^10"]


def test_an_escaped_dash_opening_a_line_is_a_list_item(taxonomy) -> None:
    text = ("# Tell me about a time you failed\n\n**Sample answer:**\n\nI set a date before the load test and we "
            "rolled back.\n\n**Follow-up questions:**\n\n\\- What would you change?  \n\\- Who did you tell first?\n")
    (note,) = _import(text, taxonomy, "failed.md").notes
    assert "Follow-up: What would you change?" in note.coach.tips
    assert "Follow-up: Who did you tell first?" in note.coach.tips


# (j) a Notion coaching page: label toggles, a warning callout, Pandoc's backslash breaks, escaped blanks ------------

NOTION_PAGE = """# Why do you want to join us?

Category: Behavioral

<aside>
⚠️ Do not say it is only for the salary.

</aside>

- What they look for
    - You know what the company makes
- Sample answer
    
    I have used your maps at two jobs and I want to work on the routing team.
    
- Tips
    - Name one feature you use
"""


def test_label_toggles_and_a_warning_callout_fill_the_coaching_of_the_pages_question(taxonomy) -> None:
    (note,) = _import(NOTION_PAGE, taxonomy, "page.md").notes
    assert note.body.question == "Why do you want to join us?"
    assert note.coach.signals == ("You know what the company makes",)
    assert "Red flag: Do not say it is only for the salary." in note.coach.tips
    assert "Name one feature you use" in note.coach.tips
    assert note.body.answer.strip() == "I have used your maps at two jobs and I want to work on the routing team."


def test_a_label_bullet_under_a_question_bullet_is_left_to_that_question(taxonomy) -> None:
    from leaderdeck.importers.reader import read_document_text

    text = "# Bank\n\n- Why us?\n- Tips\n    - Be specific\n"
    blocks = read_document_text(text, "bank.md").blocks
    assert [block.kind.value for block in blocks] == ["heading", "item", "item", "item"]


def test_pandoc_backslash_breaks_and_escaped_blanks_leave_no_backslash(taxonomy) -> None:
    text = ("## Story: The late move\n\n**Question:** Tell me about a deadline you nearly missed.\n\n"
            "**Situation:** The vendor contract was ending.\\\n**Task:** I led the move.\\\n"
            "**Action:** I cut scope.\\\n**Result:** We moved with days to spare.\n\n"
            "## Story: Another\n\n**Question:** Tell me about a hard hire.\n\n**Situation:** \\<add\\>\n\n"
            "**Task:**\n\n**Action:**\n\n**Result:**\n")
    first, second = _import(text, taxonomy, "stories.md").notes
    assert first.body.situation.strip() == "The vendor contract was ending."
    assert first.body.action.strip() == "I cut scope."
    assert second.draft and not second.body.situation.strip()


def test_a_question_callout_of_follow_ups_stays_the_follow_ups_of_the_question_above(taxonomy) -> None:
    text = ("## How do you win over a sceptical peer?\n\n> [!example]- Sample answer\n> I showed her the support "
            "numbers and offered help for a sprint.\n\n> [!question]- Follow-ups\n> - What if she had said no?\n")
    (note,) = _import(text, taxonomy, "peer.md").notes
    assert note.coach.tips == ("Follow-up: What if she had said no?",)


# (k) a Notion page's id closing its file name -----------------------------------------------------------------------

def test_a_notion_page_id_is_no_part_of_the_output_name_or_the_level_evidence(taxonomy) -> None:
    from pathlib import Path

    from leaderdeck.importers.pipeline import output_name

    assert output_name(Path("Manager Prep 3f9c2a1b7d4e4c0f9a8b6d5e4c3b2a19.md")) == "manager-prep.yaml"
    assert output_name(Path("3f9c2a1b7d4e4c0f9a8b6d5e4c3b2a19.md")) == "3f9c2a1b7d4e4c0f9a8b6d5e4c3b2a19.yaml"
    report = _import("# Questions\n\n- Why do you manage?\n- How do you hire?\n", taxonomy,
                     "Manager Prep 3f9c2a1b7d4e4c0f9a8b6d5e4c3b2a19.md")
    assert "3f9c2a1b" not in _messages(report)


# (l) a table exported from Confluence: a follow-ups column, several signals in one cell --------------------------

CONFLUENCE_TABLE = """# Question bank

| **Question** | **What to listen for** | **Follow-ups** |
|---|---|---|
| Tell me about a time you pushed back on a deadline. | Gave options<br>Used data | What did you give up? |
| How do you pick what to do first? |  |  |
"""


def test_a_follow_ups_column_gives_follow_up_tips_and_a_cell_gives_a_signal_a_line(taxonomy) -> None:
    report = _import(CONFLUENCE_TABLE, taxonomy, "bank.md")
    first, second = report.notes
    assert first.coach.signals == ("Gave options", "Used data")
    assert first.coach.tips == ("Follow-up: What did you give up?",)
    assert "Follow-ups" not in _messages(report)
    assert second.draft and not second.coach.tips


def test_a_line_of_tags_under_the_title_gives_the_notes_tags(taxonomy) -> None:
    text = ("# Questions\n#interview #prep/behavioral\n\n## Why do you want to lead?\n"
            "I like growing people.\n\n## Why this team?\nIts problems are the ones I know.\n")
    report = _import(text, taxonomy, "bear.md")
    assert [note.tags for note in report.notes] == [("interview", "prep/behavioral")] * 2
    assert "line 2" not in _messages(report)


NESTED_PARTS = """# Stories

- Payments outage
    - **Question:** Tell me about a crisis you handled.
    - **Situation:** Card payments failed on our busiest day.
    - **Action:** I froze deploys and rolled back the config.
    - **Result:** Recovered in forty minutes.
- Mentoring a new lead
    - **Question:** Tell me about someone you helped grow.
    - **Situation:** A new lead struggled to delegate.
    - **Result:** She now delegates half her tickets.
"""


def test_a_bullet_naming_a_story_over_nested_part_items_is_the_storys_title(taxonomy) -> None:
    first, second = _import(NESTED_PARTS, taxonomy, "stories.md").notes
    assert first.body.title == "Payments outage" and second.body.title == "Mentoring a new lead"
    assert first.body.result.strip() == "Recovered in forty minutes."


def test_a_question_bullet_over_nested_part_items_keeps_its_question(taxonomy) -> None:
    text = ("# Stories\n\n- Tell me about a crisis you handled.\n    - **Situation:** Payments failed.\n"
            "    - **Action:** I rolled back.\n    - **Result:** Back in forty minutes.\n")
    (note,) = _import(text, taxonomy, "stories.md").notes
    assert note.body.question == "Tell me about a crisis you handled."
    assert note.body.result.strip() == "Back in forty minutes."


def test_a_story_table_with_parts_left_to_write_is_a_draft_story_not_an_answer(taxonomy) -> None:
    text = ("## Story: Hiring in a hurry\n\n**Questions:** How do you hire quickly without lowering the bar?\n\n"
            "| Situation | We had to hire five engineers in a quarter. |\n| :---- | :---- |\n| **Task** |  |\n"
            "| **Action** |  |\n| **Result** |  |\n")
    (note,) = _import(text, taxonomy, "bank.md").notes
    assert note.kind == "star" and note.draft
    assert note.body.situation.strip() == "We had to hire five engineers in a quarter."


# (m) a table of contents of paragraphs, as Google Docs exports one -------------------------------------------------

TOC = """# Prep

[Why do you want to leave?](#heading=h.30j0zll)

[What is your biggest failure?](#heading=h.1fob9te)

# Why do you want to leave? {#why-do-you-want-to-leave?}

I want to run a bigger team.

# What is your biggest failure?
"""


def test_a_table_of_contents_of_paragraphs_is_no_question_of_its_own(taxonomy) -> None:
    report = _import(TOC, taxonomy, "prep.md")
    assert [note.body.question for note in report.notes] == ["Why do you want to leave?",
                                                             "What is your biggest failure?"]
    assert "table of contents" in _messages(report)


def test_toggles_named_by_a_storys_parts_are_its_parts(taxonomy) -> None:
    text = ("# Cutting the release cycle\n\nQuestion: Tell me about a process you improved.\n\n- Situation\n    \n"
            "    Releases took three weeks of manual testing.\n    \n- Action\n    - Automated the smoke tests\n"
            "    - Added a release captain rota\n- Result\n    \n    Weekly releases within two months.\n")
    (note,) = _import(text, taxonomy, "story.md").notes
    assert note.kind == "star"
    assert note.body.situation.strip() == "Releases took three weeks of manual testing."
    assert "Automated the smoke tests" in note.body.action
    assert note.body.result.strip() == "Weekly releases within two months."


def test_a_cell_holding_only_a_link_to_a_story_page_is_no_blank(taxonomy) -> None:
    text = ("# Questions\n\n| Question | Story |\n| --- | --- |\n"
            "| Tell me about a crisis you handled. | [Payments outage](Stories/Payments%20outage%201a2b.md) |\n")
    (note,) = _import(text, taxonomy, "db.md").notes
    assert any("Payments outage" in tip for tip in note.coach.tips)
