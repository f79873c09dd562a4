"""Round 19 (C2): a table of contents of links within the page under any heading (``### questions`` over
``- [Why platform?](#why-platform)``) is skipped, not read as questions; a "Back to Top" link in bold, with an
arrow, closing a quoted answer or indented into a code block, is dropped from the answer; a STAR key whose lines
each carry a list of prompts (``**S**ituation: Set the scene (2-3 sentences)`` over ``- Which team were you on?``)
is a template, not questions.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, kinds, skipped

from leaderdeck.importers.references import is_page_link

TOC = """### prep list

- [Why the data team?](#Why-the-data-team#)
- [A release you slipped?](#a-release-you-slipped)
- [Strengths and weaknesses](#Strengths-And-Weaknesses)

### Why the data team?

> I like turning messy event logs into numbers product managers trust.

### A release you slipped?

> Our export job missed its date by a week; I warned the sales team early and cut the PDF option.

### Strengths and weaknesses

> I write clear runbooks; I used to merge too fast, so now I wait for a second review.
"""


def test_a_list_of_links_to_the_documents_own_headings_is_a_table_of_contents(taxonomy) -> None:
    report = imported(TOC, taxonomy)
    questions = [note.body.question for note in report.notes]
    assert not any("](#" in q for q in questions)
    assert questions[:2] == ["Why the data team?", "A release you slipped?"]
    assert all(not note.draft for note in report.notes)
    assert "line 3: a table of contents (links within the page, lines 3-5)" in skipped(report)
    assert not any("text under 'prep list'" in line for line in skipped(report))


def test_links_to_anchors_that_are_no_heading_of_the_document_are_no_table_of_contents(taxonomy) -> None:
    text = TOC.replace("(#Why-the-data-team#)", "(#note-1)").replace("(#a-release-you-slipped)", "(#note-2)")
    report = imported(text, taxonomy)
    assert not any("table of contents" in line for line in skipped(report))


def test_a_table_of_contents_under_a_heading_naming_it_is_reported_as_that_section(taxonomy) -> None:
    report = imported(TOC.replace("### prep list", "## Contents"), taxonomy)
    assert "line 1: text under 'Contents' (not interview content)" in skipped(report)
    assert not any("table of contents" in line for line in skipped(report))
    assert not any("](#" in note.body.question for note in report.notes)


def test_a_line_of_links_that_asks_is_no_contents_without_a_heading_it_points_at(taxonomy) -> None:
    text = "## Questions\n\n- [Why did the cache fail?](#cache)\n- [Who owned the fix?](#owner)\n"
    report = imported(text, taxonomy)
    assert not any("table of contents" in line for line in skipped(report))


BACK = """### contents

- [Why the data team?](#why-the-data-team)
- [A release you slipped?](#a-release-you-slipped)

### Why the data team?

> I like turning messy event logs into numbers product managers trust.
> **[⬆ Back to Top](#contents)**

### A release you slipped?

1. Warned the sales team the same afternoon
2. Cut the PDF option from the release
   > **[⬆ Back to Top](#contents)**

### Why leave your team?

1. I have shipped what I came to ship on the billing team
2. I want to own a platform other teams build on
   <!-- 3. a note to myself -->
       > **[⬆ Back to Top](#contents)**
"""


def test_a_back_to_top_link_in_bold_closing_a_quoted_answer_is_dropped(taxonomy) -> None:
    report = imported(BACK, taxonomy)
    answers = {note.body.question: note.body.answer for note in report.notes}
    assert answers["Why the data team?"] == "I like turning messy event logs into numbers product managers trust."
    assert "line 9: a link (a link within the page, not the answer)" in skipped(report)


def test_a_back_to_top_link_under_a_list_item_or_indented_into_code_is_dropped(taxonomy) -> None:
    report = imported(BACK, taxonomy)
    answers = {note.body.question: note.body.answer for note in report.notes}
    assert answers["A release you slipped?"].endswith("2. Cut the PDF option from the release")
    assert "Back to Top" not in answers["Why leave your team?"]
    assert "```" not in answers["Why leave your team?"]
    assert answers["Why leave your team?"].endswith("I want to own a platform other teams build on")
    lines = skipped(report)
    assert "line 15: a link (a link within the page, not the answer)" in lines
    assert "line 22: a link (a link within the page, not the answer)" in lines


def test_a_closing_link_to_another_page_stays_in_the_answer(taxonomy) -> None:
    text = BACK.replace("**[⬆ Back to Top](#contents)**", "[the runbook](https://example.com/runbook)", 1)
    report = imported(text, taxonomy)
    answers = {note.body.question: note.body.answer for note in report.notes}
    assert "[the runbook](https://example.com/runbook)" in answers["Why the data team?"]


def test_emphasis_and_arrows_round_a_link_within_the_page_keep_it_a_link_within_the_page() -> None:
    assert is_page_link("**[⬆ Back to Top](#question)**")
    assert is_page_link("⬆️ [Top](#top)")
    assert not is_page_link("**See [the intro](#intro) first**")


KEY = """# Behavioral round prep

### 1. Ownership
**Question**: "Tell me about a time you fixed something nobody owned."

**STAR Answer**:
- **Situation**:
- **Task**:
- **Action**:
- **Result**:

---

## STAR reminder

**S**ituation: Set the scene (2-3 sentences)
- Which team were you on?
- What was going wrong?

**T**ask: What did you own? (1 sentence)
- What was your goal?

**A**ction: What did you do yourself? (3-5 sentences)
- Say "I", not "we"

**R**esult: What changed? (2 sentences)
- Give a number
- What did you learn?
"""


def test_a_star_key_whose_lines_carry_prompts_is_a_template(taxonomy) -> None:
    report = imported(KEY, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.question == "Tell me about a time you fixed something nobody owned."
    assert "line 16: 'STAR key' (a template, not an answer)" in skipped(report)


def test_a_star_key_as_list_items_with_nested_prompts_is_a_template(taxonomy) -> None:
    text = KEY.split("## STAR reminder")[0] + """## STAR reminder

- **Situation**: Where were you? (2 sentences)
  - Which service?
  - Who was paged?
- **Task**: What was yours to fix?
  - What was the deadline?
- **Action**: What did you do?
  - Describe your steps
- **Result**: What came of it?
  - Give a number
"""
    report = imported(text, taxonomy)
    assert kinds(report) == {"star": 1}
    assert "line 16: 'STAR key' (a template, not an answer)" in skipped(report)


def test_a_story_told_in_bullets_under_its_part_labels_stays_a_story(taxonomy) -> None:
    text = """### Tell me about a time you fixed something nobody owned.

**Situation**: Our nightly export failed twice a week.
- I was the newest engineer on the data team
- Nobody had touched the job in a year

**Task**: I offered to own it for a quarter.
- We agreed on a goal of zero failures

**Action**: I added retries and an alert.
- I wrote a runbook for the on-call

**Result**: It has not failed since March.
- The team adopted the runbook format
"""
    report = imported(text, taxonomy)
    assert kinds(report) == {"star": 1}
    star = report.notes[0].body
    assert "nightly export" in star.situation and "newest engineer" in star.situation
    assert "retries" in star.action
    assert not any("STAR key" in line for line in skipped(report))
