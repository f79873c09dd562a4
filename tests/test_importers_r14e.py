"""Round 14 of real documents (e): HTML an exporter leaves in Markdown (raw ``<ul>``/``<li>`` lists, character
references, ``{.class}`` after headings), a question quoted in a lead-in sentence over a quoted sample reply, and a
saved web page whose questions and answers are marked by their class."""

from __future__ import annotations

from leaderdeck.htmlmd import page_to_markdown
from leaderdeck.importers import import_text
from leaderdeck.importers.headings import heading_text
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


def test_a_heading_attribute_list_is_not_part_of_the_heading(taxonomy):
    report = _import(EXPORTED_POST, taxonomy)
    assert not any("wp-block-heading" in str(item) for item in (*report.skipped, *report.attention))
    assert not any("{" in note.id or "wp" in note.id.split("-") for note in report.notes)


def test_heading_attribute_lists_in_their_usual_forms():
    assert heading_text("Recruiting {.wp-block-heading}") == "Recruiting"
    assert heading_text("Hiring {#hiring .large data-x=\"a b\"}") == "Hiring"
    assert heading_text("Preface {-}") == "Preface"
    assert heading_text("Notes {: .aside}") == "Notes"
    assert heading_text("Use {braces} in templates") == "Use {braces} in templates"
    assert heading_text("Config {x=1}") == "Config {x=1}"  # no id, class or "-": words of the heading
    assert heading_text("{.only}") == "{.only}"


def test_a_heading_named_by_its_attribute_list_is_a_question_without_it(taxonomy):
    report = _import("## How do you plan a quarter? {#planning}\n\nI start from the outcomes we promised.\n",
                     taxonomy)
    assert [note.body.question for note in report.notes] == ["How do you plan a quarter?"]
    assert report.notes[0].id == "qa-plan-quarter"


def test_a_raw_html_list_longer_than_a_card_field_is_still_read(taxonomy):
    items = "\n".join(f"  <li>\n    What did release train {number} teach your team?\n  </li>" for number in range(600))
    report = _import(f"# Release bank\n\n<ul class=\"wp-block-list\">\n{items}\n</ul>\n", taxonomy)
    assert len(report.notes) == 600 and all(note.draft for note in report.notes)
    assert report.notes[599].body.question == "What did release train 599 teach your team?"


def test_typographic_character_references_are_read_as_characters():
    assert decoded("Here&#8217;s &#8220;why?&#8221; &mdash; &rsquo;") == "Here’s “why?” — ’"
    assert decoded("a &amp; b &lt;tag&gt;") == "a &amp; b &lt;tag&gt;"  # markup stays escaped
    assert decoded("one&nbsp;two &#160;") == "one\u00a0two \u00a0"  # a non-breaking space, as CommonMark reads it
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


MARKED_PAGE = """<!DOCTYPE html>
<html><head><title>my answers</title></head>
<body>
<p class="question">Why are you leaving your current team?</p>
<p class="answer">The migration I led is finished and the team runs it without me; I want a wider scope.</p>
<p class="question">Expected compensation</p>
<p class="answer">I would first like to hear the budgeted range.<br>Based on my research I expect a fair band.</p>
<p class="question">When could you start?</p>
<p class="answer">Six weeks after signing; I will hand over my on-call first.</p>
</body></html>
"""


def test_a_page_marking_questions_by_class_keeps_one_that_does_not_ask(taxonomy):
    report = _import(MARKED_PAGE, taxonomy, "answers.html")
    assert [note.body.question for note in report.notes] == [
        "Why are you leaving your current team?", "Expected compensation", "When could you start?"]
    assert report.notes[0].body.answer == ("The migration I led is finished and the team runs it without me; I want "
                                           "a wider scope.")
    assert report.notes[1].body.answer.startswith("I would first like to hear the budgeted range.")
    assert "Expected compensation" not in report.notes[0].body.answer


def test_compound_classes_and_answer_containers_are_marked():
    page = """<html><body><main>
<div class="faq-item"><h3 class="faq-question">Hardest hire you made</h3>
<div class="faq-answer"><p>A staff engineer for storage, after four months.</p><ul><li>I rewrote the post</li></ul>
</div></div>
</main></body></html>"""
    markdown = page_to_markdown(page)
    assert "Q: Hardest hire you made" in markdown
    assert markdown.index("A:") < markdown.index("A staff engineer")
    assert "faq-item" not in markdown


def test_a_page_marking_only_questions_is_left_as_it_is():
    page = "<html><body><p class=\"question\">Hardest hire you made</p><p>A staff engineer.</p></body></html>"
    assert "Q:" not in page_to_markdown(page)


def test_a_q_line_that_does_not_ask_over_an_a_line_is_a_question(taxonomy):
    text = ("Q: Why this company?\n\nA: Your platform is the one I use every day.\n\n"
            "Q: Notice period\n\nA: Two months, and I can shorten it by a few weeks.\n\n"
            "Q: When could you start?\n\nA: Six weeks after signing.\n")
    report = _import(text, taxonomy)
    assert [(note.body.question, note.body.answer) for note in report.notes] == [
        ("Why this company?", "Your platform is the one I use every day."),
        ("Notice period", "Two months, and I can shorten it by a few weeks."),
        ("When could you start?", "Six weeks after signing.")]


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
