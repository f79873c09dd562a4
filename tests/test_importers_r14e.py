"""Round 14 of real documents (e): HTML an exporter leaves in Markdown (raw ``<ul>``/``<li>`` lists and headings,
character references) and a question quoted in a lead-in sentence over a quoted sample reply."""

from __future__ import annotations

from leaderdeck.htmlmd import page_to_markdown
from leaderdeck.importers import import_text
from leaderdeck.importers.inlinehtml import decoded


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


EXPORTED_POST = """---
title: 'Platform lead interviews'
---
Platform lead interviews go deep on how you run the roadmap.

## Planning {.wp-block-heading}

Interviewers want to see how you trade off work:

<ul class="wp-block-list">
  <li>
    Balancing feature work and upkeep
  </li>
  <li>
    Saying no to a partner team
  </li>
</ul>

## In the room {.wp-block-heading}

Be ready for these common questions:

<ul class="wp-block-list">
  <li>
    What&#8217;s the roadmap bet you regret most?
  </li>
  <li>
    How would your peers describe your planning?
  </li>
</ul>
"""


def test_a_raw_html_list_of_questions_gives_one_draft_per_item(taxonomy):
    report = _import(EXPORTED_POST, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "What’s the roadmap bet you regret most?", "How would your peers describe your planning?"]
    assert all(note.draft for note in report.notes)


def test_the_items_of_a_raw_html_list_keep_the_lines_of_their_text(taxonomy):
    report = _import(EXPORTED_POST, taxonomy)
    drafts = [item for item in report.attention if "is a draft" in item.message]
    assert [item.line for item in drafts] == [25, 28]


def test_a_raw_html_list_that_asks_nothing_stays_text(taxonomy):
    report = _import(EXPORTED_POST, taxonomy)
    assert not any("Balancing" in note.body.question or "Saying no" in note.body.question for note in report.notes)
    assert any(item.line == 8 and "Planning" in item.what for item in report.skipped)


def test_typographic_character_references_are_read_as_characters():
    assert decoded("Here&#8217;s &#8220;why?&#8221; &mdash; &rsquo;") == "Here’s “why?” — ’"
    assert decoded("a &amp; b &lt;tag&gt;") == "a &amp; b &lt;tag&gt;"  # markup stays escaped
    assert decoded("one&nbsp;two &#160;") == "one&nbsp;two &#160;"  # spaces too
    assert decoded("`&#8217;` and &#8217;") == "`&#8217;` and ’"  # a code span is code
    assert decoded("&notanentity ; &;") == "&notanentity ; &;"


def test_a_question_with_references_in_a_bank_reads_clean(taxonomy):
    report = _import("## Team\n\n- What&#8217;s a call you got wrong?\n- Who did you grow the most&#63;\n", taxonomy)
    assert [note.body.question for note in report.notes] == ["What’s a call you got wrong?",
                                                            "Who did you grow the most?"]


REPLY_PAGE = """## Hiring

Big companies have hiring processes already. Here&#8217;s a strong reply to &#8220;How do you work with \
recruiters?&#8221;:

&#8220;_I meet our recruiter every week and we go through each rejected profile together. For a rare storage \
role we rewrote the post side by side._

_We hired in five weeks, and I learned to bring recruiters in before the role is open._&#8220;

## Other advice

Keep your answers under two minutes.
"""


def test_a_question_quoted_in_a_lead_in_over_a_quoted_reply_is_a_note(taxonomy):
    report = _import(REPLY_PAGE, taxonomy)
    assert [note.body.question for note in report.notes] == ["How do you work with recruiters?"]
    note = report.notes[0]
    assert note.body.answer == ("I meet our recruiter every week and we go through each rejected profile together. "
                                "For a rare storage role we rewrote the post side by side.\n\nWe hired in five "
                                "weeks, and I learned to bring recruiters in before the role is open.")
    assert note.coach.tips == ("Big companies have hiring processes already.",)
    assert not note.draft


def test_a_lead_in_with_plain_quotes_over_one_italic_paragraph(taxonomy):
    text = ('## Feedback\n\nA good answer to "How do you give hard feedback?":\n\n'
            '"*I say it the same week, in private, with one example and what I need to see next.*"\n')
    report = _import(text, taxonomy)
    assert [(note.body.question, note.body.answer) for note in report.notes] == [
        ("How do you give hard feedback?", "I say it the same week, in private, with one example and what I need "
                                           "to see next.")]


def test_a_reply_whose_quote_never_closes_is_not_taken(taxonomy):
    text = ('## Feedback\n\nA strong reply to "How do you give hard feedback?":\n\n'
            '"I say it the same week, in private.\n\nI keep one example ready.\n\n## Planning\n\n'
            '### How do you plan a quarter?\n\nI start from the outcomes we promised.\n')
    report = _import(text, taxonomy)
    answers = {note.body.question: note.body.answer for note in report.notes}
    assert answers.get("How do you give hard feedback?", "") != "I say it the same week, in private."
    assert answers["How do you plan a quarter?"] == "I start from the outcomes we promised."


def test_a_lead_in_that_does_not_name_a_reply_quotes_no_note(taxonomy):
    text = ('## Feedback\n\nInterviewers often open the round with "How do you give hard feedback?" and then '
            'ask for more:\n\n"I say it the same week, in private, with one example."\n\n## Planning\n\n'
            '### How do you plan a quarter?\n\nI start from the outcomes we promised.\n')
    report = _import(text, taxonomy)
    assert [note.body.question for note in report.notes] == ["How do you plan a quarter?"]


def test_a_heading_permalink_is_no_part_of_a_page_heading():
    markdown = page_to_markdown('<html><body><h2 id="hiring">Hiring<a class="permalink" href="#hiring">#</a></h2>'
                                '<p>See <a href="#hiring">hiring</a>.</p></body></html>')
    assert markdown.startswith("## Hiring\n")
    assert "[hiring](#hiring)" in markdown


def test_a_raw_html_heading_in_markdown_is_a_heading(taxonomy):
    text = ('Intro line of my page.\n\n<h3 id="plan" class="anchor">How do you plan a quarter?'
            '<a class="permalink" href="#plan">¶</a></h3>\n\nI start from the outcomes we promised.\n')
    report = _import(text, taxonomy)
    assert [(note.body.question, note.body.answer) for note in report.notes] == [
        ("How do you plan a quarter?", "I start from the outcomes we promised.")]
    assert report.notes[0].id == "qa-plan-quarter"
