"""Round 22 (G1): highlighted items and invisible characters, quoted questions opening a paragraph, principle
headings over their definition, two quoted questions joined by a word (fixtures in our own words)."""

from __future__ import annotations

import importing
from importing import skipped
from leaderdeck.importers.highlight import unhighlighted
from leaderdeck.importers.invisible import visible


# 1. Highlight marks and invisible characters


def test_a_highlighted_item_is_a_question_and_its_highlighted_answer_loses_the_marks(taxonomy):
    report = importing.imported(
        "## Ownership\n\nOwners look past their own team.\n\n"
        "- Tell me about a time you covered for a missing owner\n\n"
        "- ==Tell me about a time you repaired a noisy alert==\n\n"
        "  \u200b\t==I merged the three alert rules into one and the pages halved.==\n\n"
        "- Tell me about a time you turned down a request\n\n"
        "  \u200b\t==The export was a nice-to-have; I showed its support cost and we shelved it.==\n", taxonomy)
    questions = [note.body.question for note in report.notes]
    assert questions == ["Tell me about a time you covered for a missing owner",
                         "Tell me about a time you repaired a noisy alert",
                         "Tell me about a time you turned down a request"]
    assert report.notes[1].body.answer == "I merged the three alert rules into one and the pages halved."
    assert report.notes[2].body.answer.startswith("The export was a nice-to-have")
    assert not any("line 7" in line for line in skipped(report))


def test_a_highlighted_heading_is_read_without_its_marks(taxonomy):
    report = importing.imported("## ==How do you plan a quarter?==\n\nWe rank the bets by cost and reach.\n",
                                taxonomy)
    assert [note.body.question for note in report.notes] == ["How do you plan a quarter?"]


def test_only_marks_that_hug_their_words_are_highlight():
    assert unhighlighted("a ==bold== move") == "a bold move"
    assert unhighlighted("if a == b and c == d") == "if a == b and c == d"
    assert unhighlighted("keep `==x==` as code, drop ==this==") == "keep `==x==` as code, drop this"
    assert unhighlighted("=====") == "====="


def test_invisible_characters_go_but_a_joiner_inside_an_emoji_stays():
    assert visible("Why\u200b do you want to leave?") == "Why do you want to leave?"
    assert visible("跨团队\u200d\u200c\u200d\u200c冲突") == "跨团队冲突"
    assert visible("\u2060Lead\ufeffing") == "Leading"
    family = "\U0001f468\u200d\U0001f469"
    assert visible(family) == family


def test_a_watermarked_question_is_imported_without_its_invisible_characters(taxonomy):
    report = importing.imported("## How do you\u200c\u200d handle a\u200b missed deadline?\n\n"
                                "I reset the scope with the client the same day.\n", taxonomy)
    assert [note.body.question for note in report.notes] == ["How do you handle a missed deadline?"]


# 2. A quoted question opening a paragraph, then a dash and coaching


_COACHING_PAGE = """# Staff loop notes

## Kinds of questions

### Ownership

"Tell me about a time you took over a service nobody maintained" — show how far your scope went and how you
made the fix stick.

Example: the billing export broke every Monday and no team claimed it. I traced it to a stale credential, moved
it to the secret store and wrote the runbook. It has not broken since.

### Disagreement

"Describe an argument with a peer about a design" — interviewers look for whether you understood their side.

Red Flags: blaming the peer, no reflection.
"""


def test_a_quoted_question_opening_a_paragraph_is_a_question_its_coaching_not_the_answer(taxonomy):
    report = importing.imported(_COACHING_PAGE, taxonomy)
    first, second = report.notes
    assert first.body.question == "Tell me about a time you took over a service nobody maintained"
    coaching = (*first.coach.signals, *first.coach.tips)
    assert coaching == ("show how far your scope went and how you made the fix stick.",)
    assert first.body.answer.startswith("the billing export broke every Monday")
    assert second.body.question == "Describe an argument with a peer about a design"
    assert second.coach.signals == ("interviewers look for whether you understood their side.",)
    assert second.draft


def test_a_quoted_remark_before_a_dash_is_no_question(taxonomy):
    report = importing.imported("## Habits\n\n\"I'll just rewrite it myself\" — the hero move that sinks teams.\n\n"
                                "## How do you review code?\n\nI read the tests first.\n", taxonomy)
    assert [note.body.question for note in report.notes] == ["How do you review code?"]


# 3. A heading naming a principle over its definition and a list of questions


def test_a_heading_over_a_definition_told_as_we_and_questions_gives_no_note_of_its_own(taxonomy):
    report = importing.imported(
        "## Grow the Best Teams\n\nLeaders hire people who raise the bar and coach them. We build programs so "
        "that every engineer keeps learning.\n\n- Tell me about a time you hired someone stronger than you\n"
        "- Tell me about a time you coached a peer\n", taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you hired someone stronger than you", "Tell me about a time you coached a peer"]
    assert "line 3: text under 'Grow the Best Teams' (not part of a question)" in skipped(report)


def test_a_prompt_heading_over_my_own_answer_still_answers_it(taxonomy):
    report = importing.imported(
        "## Why do you want to move?\n\nThe scope has narrowed.\n\n## Best project\n\n"
        "I rebuilt our deploy pipeline and cut release time from a day to an hour.\n", taxonomy)
    assert [note.body.question for note in report.notes] == ["Why do you want to move?", "Best project"]


# 4. Two quoted questions in one heading joined by "or"


def test_two_quoted_questions_joined_by_or_are_the_question_and_its_variant(taxonomy):
    report = importing.imported('#### "Quem é você?" ou "Fale sobre você"\n\nSou engenheiro de dados.\n\n'
                                '#### "Why this team?" or "Walk me through your last role"\n\nI like platform work.\n',
                                taxonomy)
    first, second = report.notes
    assert (first.body.question, first.variants) == ("Quem é você?", ("Fale sobre você",))
    assert (second.body.question, second.variants) == ("Why this team?", ("Walk me through your last role",))


def test_a_heading_quoting_a_remark_or_a_remark_asks_nothing_new(taxonomy):
    report = importing.imported('## "Ship it" or "Fix it"\n\nWe shipped and fixed it after.\n\n'
                                '## How do you review code?\n\nI read the tests first.\n', taxonomy)
    assert [(note.body.question, note.variants) for note in report.notes] == [("How do you review code?", ())]
