"""Round 26 (m): a document holding only the writer's questions for the people they will meet (a reverse-interview
list) is refused with a message that says so, not with the hint to write its questions as headings above answers.
A story's name written as a reminder to tell it (``[Use the scheduler move story]``) is the name it points at. A ``Q:``
line wrapped onto a line in lower case that ends with a full stop is one question, its ``A:`` line the answer. A question
written wholly as a link to the web (an item, or a heading: the writer's answer posted elsewhere) is its words, the
link reported as a reference. A page asked in its front matter (one file per question) takes the front matter's tags and
competencies, written as a flow or a block list, and its category as the topic. In plain text, a group titled as one of a numbered series
(``... #2``) whose series holds a told story is a story too, however tersely noted."""

from __future__ import annotations

import pytest

from leaderdeck.importers.base import DocumentError
from leaderdeck.importers import import_text


def _refusal(text: str, taxonomy) -> str:
    with pytest.raises(DocumentError) as raised:
        import_text(text, taxonomy, display="asks.md", source="asks.md")
    return str(raised.value.problems[0])


def test_a_document_of_questions_to_ask_the_interviewer_is_refused_as_such(taxonomy) -> None:
    message = _refusal("# Questions I want to ask\n\n- Who decides what the team works on next quarter?\n"
                       "- How often does the on-call rota page someone at night?\n"
                       "- What did the last person in this role find hardest?\n", taxonomy)
    assert "only questions to ask the interviewer: section 'Questions I want to ask' at line 1" in message
    assert message.endswith("leaderdeck imports the questions you answer, not the ones you ask")
    assert "write the question as a heading" not in message


def test_questions_to_ask_beside_other_unreadable_text_keep_the_general_hint(taxonomy) -> None:
    message = _refusal("# Prep\n\nBook the train and print the CV.\n\n## Questions to ask them\n\n"
                       "- Who decides what the team works on next quarter?\n", taxonomy)
    assert "only questions to ask" not in message
    assert message.endswith("write the question as a heading or a 'Q:' line above its answer")


def _pointed(title: str) -> str:
    return (f"# Answers\n\n**Tell me about a time you learned a new tool fast.**\n\n**{title}**\n\n"
            "**Situation:** The nightly reports ran on a laptop under a desk.\n\n"
            "**Task:** Move them to the shared scheduler before the office move.\n\n"
            "**Action:** I read the scheduler's guide over a weekend and moved one report a day.\n\n"
            "**Result:** Every report ran from the scheduler a week before the move.\n")


def test_a_story_named_by_a_reminder_to_tell_it_is_titled_by_the_story_it_points_at(taxonomy) -> None:
    report = import_text(_pointed("[Use the scheduler move story]"), taxonomy, display="a.md", source="a.md")
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.kind.value == "star"
    assert note.body.title == "Scheduler move"
    assert note.body.question == "Tell me about a time you learned a new tool fast."
    assert note.body.situation.startswith("The nightly reports")


def test_a_story_name_opening_with_use_but_no_reminder_keeps_its_words(taxonomy) -> None:
    report = import_text(_pointed("Use the laptop scheduler"), taxonomy, display="a.md", source="a.md")
    assert report.notes[0].body.title == "Use the laptop scheduler"


def test_a_q_line_wrapped_onto_a_line_in_lower_case_ending_with_a_full_stop_is_one_question(taxonomy) -> None:
    page = ("# Drills\n\nQ: Tell me about a time you had to turn down a request from a\n"
            "partner team that outranked yours.\nA: I offered two dates and a smaller version; they took the smaller.\n\n"
            "Q: Describe your first week in a new team.\nA: Listening tours, then one small fix shipped by Friday.\n")
    report = import_text(page, taxonomy, display="drills.md", source="drills.md")
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you had to turn down a request from a partner team that outranked yours.",
        "Describe your first week in a new team.",
    ]
    first = report.notes[0]
    assert first.body.answer.strip() == "I offered two dates and a smaller version; they took the smaller."
    assert not first.variants and not first.draft


def test_a_q_line_over_an_answer_line_opening_in_capitals_is_no_wrap(taxonomy) -> None:
    page = ("# Drills\n\nQ: Tell me about the hardest call you made as a lead\n"
            "Delaying the launch by a month, with the sales team against it.\n")
    report = import_text(page, taxonomy, display="drills.md", source="drills.md")
    assert [n.body.question for n in report.notes] == ["Tell me about the hardest call you made as a lead"]
    assert report.notes[0].body.answer.strip() == "Delaying the launch by a month, with the sales team against it."


def test_questions_written_as_links_to_answers_on_the_web_are_their_words(taxonomy) -> None:
    page = ("# Practice questions\n\n"
            "* [Tell me about a time you bet on the wrong design](https://notes.example/wrong-design.html)\n"
            "* What is a piece of work you are proud of, and why?\n"
            "* **[What keeps a team shipping every week?](https://notes.example/weekly.html)**\n"
            "* If you join, what would you change first?\n")
    report = import_text(page, taxonomy, display="links.md", source="links.md")
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you bet on the wrong design",
        "What is a piece of work you are proud of, and why?",
        "What keeps a team shipping every week?",
        "If you join, what would you change first?",
    ]
    assert all(n.draft for n in report.notes)
    assert [n.id for n in report.notes][0] == "qa-time-bet-wrong-design"
    assert [(s.line, s.what) for s in report.skipped] == [(3, "a link"), (5, "a link")]  # the bold one too
    assert "no answer" in " ".join(a.message for a in report.attention if a.line == 5)


def test_a_question_heading_written_as_a_link_to_the_web_is_its_words_over_its_answer(taxonomy) -> None:
    page = ("# Prep\n\n## [Tell me about a time you missed a target](https://notes.example/missed.html)\n\n"
            "I promised a launch for March and shipped in May; I now give ranges, not dates.\n\n"
            "## [Five habits of calm leads](https://notes.example/habits.html)\n\n"
            "Short daily notes, one priority a week, and no meeting without an agenda.\n")
    report = import_text(page, taxonomy, display="links.md", source="links.md")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you missed a target"]
    assert report.notes[0].body.answer.strip().startswith("I promised a launch for March")
    assert (3, "a link") in [(s.line, s.what) for s in report.skipped]


def test_a_page_asked_in_its_front_matter_takes_the_front_matter_s_tags(taxonomy) -> None:
    page = ("---\nid: q-12\nquestion: \"Describe a time you changed a plan after new facts came in.\"\n"
            "difficulty: medium\ntags: [planning, 'data']\ncompetencies:\n  - Adaptability\n  - Judgement\n---\n\n"
            "We had planned a quarter around a new billing system. A week in, the usage numbers showed most customers "
            "never used the feature it was for, so I moved the team to the checkout fixes instead.\n")
    report = import_text(page, taxonomy, display="q-12.md", source="q-12.md")
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.body.question == "Describe a time you changed a plan after new facts came in."
    assert note.tags == ("planning", "data")
    assert note.competencies == ("Adaptability", "Judgement")
    assert note.body.answer.startswith("We had planned a quarter")
    assert "Tags" not in note.body.answer


def test_front_matter_tags_of_a_page_that_asks_its_own_questions_stay_out_of_its_notes(taxonomy) -> None:
    page = ("---\ntitle: My prep notes\ntags: [interviews, career]\n---\n\n"
            "## Why do you want to leave?\n\nI want to own a product end to end.\n\n"
            "## What is your biggest weakness?\n\nI take on too much; I now say no in writing.\n")
    report = import_text(page, taxonomy, display="prep.md", source="prep.md")
    assert len(report.notes) == 2
    assert all(not note.tags for note in report.notes)


def test_a_page_asked_in_its_front_matter_takes_its_category_as_the_topic_when_the_taxonomy_has_it(taxonomy) -> None:
    page = ("---\nquestion: \"Tell me about a time you disagreed with your manager.\"\ncategory: Hiring\n---\n\n"
            "We disagreed about a candidate's bar; I asked for one more interview and we agreed on the outcome.\n")
    report = import_text(page, taxonomy, display="q.md", source="q.md")
    assert report.notes[0].topic.name == "Hiring"
    other = import_text(page.replace("category: Hiring", "category: behavioral"), taxonomy, display="q.md",
                        source="q.md")
    assert other.notes[0].topic.name != "Hiring"
    assert any("'behavioral' is not a topic" in item.message for item in other.attention)


_SERIES = """Launch that went well #1

- I took over the pricing page rewrite two weeks before the sale.
- I split it into three releases and shipped the first in four days.
- Conversion went up and we hit the sale date.

Launch that went well #2

- Billing team
- Old invoices rendered on the server, slow and fragile
- Moved rendering to a queue, one worker per region
- Page errors dropped to almost none within a month
"""


def test_a_plain_text_group_numbered_in_a_series_with_a_told_story_is_a_story_too(taxonomy) -> None:
    report = import_text(_SERIES, taxonomy, display="stories.txt", source="stories.txt")
    assert [n.body.question for n in report.notes] == ["Launch that went well #1", "Launch that went well #2"]
    assert "Moved rendering to a queue" in report.notes[1].body.answer
    assert not report.skipped


def test_a_numbered_group_with_no_told_story_in_its_series_stays_reported(taxonomy) -> None:
    text = _SERIES.replace("Launch that went well #1", "Pricing rewrite")
    report = import_text(text, taxonomy, display="stories.txt", source="stories.txt")
    assert [n.body.question for n in report.notes] == ["Pricing rewrite"]
    assert [(s.line, s.what) for s in report.skipped] == [(7, "text under 'Launch that went well #2'")]
