"""Round 15 (i): a question closed by a request for an example; a saved web page of question cards (labels as
plain lines, key/value rows of spans, subtitles, badges and toggles in the card's header); self-check lists."""

from __future__ import annotations

import pytest
from importing import imported, messages

from leaderdeck.importers.examplerequest import asks_for_example
from leaderdeck.importers.text import only_questions

PARAGRAPH_BANK = """Tell me about a time you moved a deadline.

I asked the client for one more week and shipped the importer with its tests.

Which on-call duties would you hand to a new hire first? Give a concrete example.

I start them on the dashboard rota, paired with me for the first two weeks.

What makes a code review useful? Be specific.

Reviews that name the risk they found and suggest a smaller change.
"""


def test_a_question_closed_by_a_request_for_an_example_starts_a_note_after_an_answer(taxonomy):
    report = imported(PARAGRAPH_BANK, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you moved a deadline.",
        "Which on-call duties would you hand to a new hire first? Give a concrete example.",
        "What makes a code review useful? Be specific."]
    assert report.notes[0].body.answer == ("I asked the client for one more week and shipped the importer with "
                                           "its tests.")
    assert report.notes[1].body.answer.startswith("I start them on the dashboard rota")


@pytest.mark.parametrize("sentence", ["Give a specific example.", "Be specific.", "Provide details!",
                                      "Share a real story.", "Use numbers."])
def test_short_orders_for_something_concrete_ask_for_an_example(sentence):
    assert asks_for_example(sentence)


@pytest.mark.parametrize("sentence", ["Give it time.", "Be kind to yourself.", "I gave a specific example.",
                                      "Give an example of a rollout that went wrong and what you changed after it.",
                                      "Ship the example."])
def test_other_sentences_do_not_ask_for_an_example(sentence):
    assert not asks_for_example(sentence)


def test_a_statement_before_the_order_is_no_question():
    assert not only_questions("We rewrote the scheduler. Give a specific example.")
    assert only_questions("How do you pick which debt to pay down? Give a specific example.")


HEADED_LABELS = """## Tell me about a time you stopped a risky migration.

What the interviewer is really testing

Can you say no to a senior person calmly? Do you bring another plan?

Story to build on

I asked for a dry run on a copy of the ledger and the cut-over moved by a week.

## Tell me about a time you hired against the grain.

I hired a support engineer into the platform team and she led our tooling within a year.
"""


def test_a_plain_coaching_label_over_questions_under_a_question_heading_is_a_label(taxonomy):
    report = imported(HEADED_LABELS, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you stopped a risky migration.", "Tell me about a time you hired against the grain."]
    first = report.notes[0].body
    assert report.notes[0].coach.signals == ("Can you say no to a senior person calmly? Do you bring another plan?",)
    assert first.answer.endswith("I asked for a dry run on a copy of the ledger and the cut-over moved by a week.")
    assert "Story to build on" in first.answer


def test_a_plain_line_over_questions_that_names_no_coaching_changes_nothing(taxonomy):
    text = HEADED_LABELS.replace("What the interviewer is really testing", "Migration weekend")
    report = imported(text, taxonomy)
    assert "Can you say no to a senior person calmly? Do you bring another plan?" in [
        note.body.question for note in report.notes]


CARDS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Loop prep</title></head>
<body><div class="wrap">
<div class="qcard">
  <div class="qcard-top">
    <div><div class="qtext">Tell me about a time you rescued a late project.</div>
    <div class="sub">Delivery · Stakeholder updates</div></div>
    <span class="pill">Delivery</span><span class="arrow">▶</span>
  </div>
  <div class="qcard-body">
    <div class="lbl">What they look for</div>
    <p>Do you cut scope early? Do you tell people before the date slips?</p>
    <div class="lbl">Outline</div>
    <div class="kv"><span class="k">S</span><span>The billing rewrite was six weeks late.</span></div>
    <div class="kv"><span class="k">T</span><span>Who owned the date: you or your manager?</span></div>
    <div class="kv"><span class="k">A</span><span>Split the rewrite in two and shipped invoices first.</span></div>
    <div class="kv"><span class="k">R</span><span>Invoices went out on time; the rest followed.</span></div>
  </div>
</div>
<div class="qcard">
  <div class="qcard-top">
    <div><div class="qtext">How do you choose what to automate first? Give a specific example.</div>
    <div class="sub">Tooling · Judgement</div></div>
    <span class="pill">Tooling</span><span class="arrow">▶</span>
  </div>
  <div class="qcard-body"><p>I count the hours each manual step costs a month and start with the largest.</p></div>
</div>
</div></body></html>
"""


def test_a_page_of_question_cards_gives_one_note_per_card(taxonomy):
    report = imported(CARDS_PAGE, taxonomy, "prep.html")
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you rescued a late project.",
        "How do you choose what to automate first? Give a specific example."]


def test_a_card_header_subtitle_becomes_competencies_and_its_badge_and_toggle_go(taxonomy):
    report = imported(CARDS_PAGE, taxonomy, "prep.html")
    first, second = report.notes
    assert first.competencies == ("Delivery", "Stakeholder updates")
    assert second.competencies == ("Tooling", "Judgement")
    assert second.body.answer == "I count the hours each manual step costs a month and start with the largest."
    assert not any("▶" in str(note.body) or "Tooling\n" in str(note.body) for note in report.notes)


def test_key_and_text_spans_of_a_card_row_are_its_star_parts(taxonomy):
    report = imported(CARDS_PAGE, taxonomy, "prep.html")
    story = report.notes[0].body
    assert story.situation == "The billing rewrite was six weeks late."
    assert story.task == "Who owned the date: you or your manager?"
    assert story.result == "Invoices went out on time; the rest followed."
    assert report.notes[0].coach.signals[0] == "Do you cut scope early? Do you tell people before the date slips?"


def test_glued_key_spans_are_labelled_in_the_page_markdown():
    from leaderdeck.htmlmd import page_to_markdown

    markdown = page_to_markdown(CARDS_PAGE)
    assert "**S:** The billing rewrite was six weeks late." in markdown
    assert "SThe billing" not in markdown
    assert "### Tell me about a time you rescued a late project." in markdown
    assert "**Competencies:** Delivery, Stakeholder updates" in markdown


def test_spans_with_space_between_or_a_long_first_span_stay_as_written():
    from leaderdeck.htmlmd import page_to_markdown

    markdown = page_to_markdown('<html><body><p><span>We shipped</span><span> on Friday after all.</span></p>'
                                '<div><span>The whole team agreed</span><span>to stay late that week.</span></div>'
                                '</body></html>')
    assert "**" not in markdown


READINESS = """## Tell me about a time you cut scope to keep a date.

I dropped the export feature and shipped the rest of the release on the planned day.

## Before the loop — can you answer these cold?

- Outage story — can you tell it in three minutes with the fix included?
- Hiring story — do you have the numbers of the funnel ready?
- Leaving story — can you say it without blaming anyone?
"""


def test_a_readiness_checklist_under_its_own_heading_gives_no_note(taxonomy):
    report = imported(READINESS, taxonomy)
    assert [note.body.question for note in report.notes] == ["Tell me about a time you cut scope to keep a date."]
    assert "line 5: section 'Before the loop — can you answer these cold?' (questions for your own " \
           "preparation)" in [str(item) for item in report.skipped]


def test_a_readiness_checklist_under_a_paragraph_line_is_set_aside_with_it(taxonomy):
    text = READINESS.replace("## Before the loop — can you answer these cold?",
                             "Before the loop — can you answer these cold?\n\nAll")
    report = imported(text, taxonomy)
    assert [note.body.question for note in report.notes] == ["Tell me about a time you cut scope to keep a date."]
    assert not any(note.draft for note in report.notes)


def test_a_list_of_interview_questions_after_names_is_still_read(taxonomy):
    text = ("## Questions\n\n- Outage — how did you find the cause?\n- Hiring — why did you pick that person?\n"
            "- Leaving — what would make you stay?\n")
    report = imported(text, taxonomy)
    assert len(report.notes) == 3


def test_a_wrapper_around_short_cards_is_no_card_whose_header_is_the_first_card():
    from leaderdeck.htmlmd import page_to_markdown

    card = ('<div class="c"><div class="q">Why did you leave team {n}?</div>'
            '<div class="r"><span>S</span><span>Team {n} was merged.</span></div></div>')
    page = f'<html><body><div class="all">{card.format(n=1)}{card.format(n=2)}</div></body></html>'
    markdown = page_to_markdown(page)
    assert markdown.count("### Why did you leave team") == 2
    assert "**S:** Team 1 was merged." in markdown


def test_a_plain_coaching_label_over_a_paragraph_bounded_by_the_next_label_is_a_label(taxonomy):
    text = ("## Tell me about a time you grew an engineer.\n\nWhat they're actually testing\n\n"
            "Leads multiply their team. They want proof that someone changed how they work.\n\nOutline\n\n"
            "**S:** A new hire could not estimate her tickets.\n\n**A:** We sized each ticket together for a month.\n\n"
            "**R:** She now runs our planning sessions.\n")
    report = imported(text, taxonomy)
    note = report.notes[0]
    assert note.coach.signals[0] == ("Leads multiply their team. They want proof that someone changed how they "
                                     "work.")
    assert note.body.result == "She now runs our planning sessions."
    assert not report.skipped


def test_a_plain_coaching_label_over_an_unbounded_paragraph_stays_text(taxonomy):
    text = ("## Tell me about a time you grew an engineer.\n\nWhat they're actually testing\n\n"
            "Leads multiply their team.\n\nI paired with a new hire on estimates for a month.\n")
    report = imported(text, taxonomy)
    assert report.notes[0].coach.signals == ()
    assert "What they're actually testing" in report.notes[0].body.answer
