"""Round 22 (I1): where a MkDocs admonition ends, a practice box for the reader, the writer's verdict on a sample in
Portuguese (fixtures in our own words)."""

from __future__ import annotations

import importing
from importing import skipped
from leaderdeck.importers.document import clean


# 1. Where a MkDocs box ends

_BOXED = (
    "# Hard questions\n\n"
    "#### \"Why are you leaving your team?\"\n\n"
    "!!! warning \"Careful\"\n"
    "    This one is a trap.\n\n"
    "Keep it about what you want next, not about what went wrong.\n\n"
    "Name the kind of work you are looking for.\n\n"
    "!!! note \"Sample answer\"\n"
    "    *\"I spent three years keeping the billing queue alive.*\n\n"
    "    *I now want to design the next one from the start.\"*\n\n"
    "This answer is short and looks ahead, which is what a panel wants.\n\n"
    "#### \"What do your peers rely on you for?\"\n\n"
    "!!! note \"Sample answer\"\n"
    "    *\"They bring me the outages nobody can explain; I wrote our tracing guide.\"*\n\n"
    "!!! exercise\n"
    "    Write your own answers to both questions above.\n\n"
    "    Say them aloud and time them.\n"
)


def test_text_back_at_the_margin_after_a_box_is_no_more_of_the_box(taxonomy):
    report = importing.imported(_BOXED, taxonomy)
    first = report.notes[0]
    assert first.body.question == "Why are you leaving your team?"
    assert first.body.answer == ("*\"I spent three years keeping the billing queue alive.*\n\n"
                                 "*I now want to design the next one from the start.\"*")
    tips = first.coach.tips
    assert "Red flag: This one is a trap." in tips
    assert "Keep it about what you want next, not about what went wrong." in tips
    assert "Name the kind of work you are looking for." in tips
    assert not any(t.startswith("Red flag: Keep") or t.startswith("Red flag: Name") for t in tips)


def test_a_verdict_on_the_sample_after_its_box_is_a_tip(taxonomy):
    report = importing.imported(_BOXED, taxonomy)
    first = report.notes[0]
    assert "This answer is short" not in first.body.answer
    assert "This answer is short and looks ahead, which is what a panel wants." in first.coach.tips


def test_a_practice_box_after_the_last_answer_is_reported_not_answer(taxonomy):
    report = importing.imported(_BOXED, taxonomy)
    last = report.notes[-1]
    assert last.body.question == "What do your peers rely on you for?"
    assert last.body.answer == "*\"They bring me the outages nobody can explain; I wrote our tracing guide.\"*"
    assert not any("Write your own" in t for t in last.coach.tips)
    assert any("line 24: 'Exercise for the reader'" in line for line in skipped(report))


def test_clean_keeps_the_first_line_after_each_box():
    cleaned = clean("!!! tip \"Tip\"\n    Keep it short.\n\n    Two results at most.\n\nBack at the margin.\n"
                    "\n!!! note\n    The last box.\n")
    assert cleaned.after_boxes == (6,)
    assert cleaned.lines[0] == "**Tip:**"
    assert cleaned.lines[3] == "Two results at most."


def test_a_nested_line_indented_under_the_box_stays_in_it(taxonomy):
    report = importing.imported(
        "#### \"How do you plan a quarter?\"\n\n"
        "!!! note \"Sample answer\"\n"
        "    *\"We rank the bets by cost and reach.*\n\n"
        "    *Then I cut the list in half.\"*\n", taxonomy)
    assert report.notes[0].body.answer == "*\"We rank the bets by cost and reach.*\n\n*Then I cut the list in half.\"*"


def test_portuguese_verdict_on_the_sample_is_a_tip(taxonomy):
    report = importing.imported(
        "#### \"Por que você quer sair?\"\n\n"
        "!!! note \"Exemplo de Resposta\"\n"
        "    *\"Quero liderar um time de plataforma e aqui esse papel não existe.\"*\n\n"
        "Repare como esta resposta fala do futuro e não culpa ninguém.\n", taxonomy)
    note = report.notes[0]
    assert note.body.answer == "*\"Quero liderar um time de plataforma e aqui esse papel não existe.\"*"
    assert note.coach.tips == ("Repare como esta resposta fala do futuro e não culpa ninguém.",)


# 2. A dialogue's answer closed by a remark on it

_DIALOGUE = (
    "# **A lead who stopped reviewing code** :\n\n"
    "**Interviewer:** \"What would you do if a tech lead stopped reviewing the team's changes?\"\n\n"
    "**Candidate:** \"I would ask them what is taking their time, and look at the review queue with them.\n\n"
    "Then I would share the reviews out across the seniors for a month.\"\n\n"
    "{verdict}\n"
)


def test_a_remark_on_the_answer_in_the_third_person_is_a_tip_and_the_quotes_go(taxonomy):
    verdict = "This approach demonstrates curiosity before judgement and a plan that spreads the load."
    report = importing.imported(_DIALOGUE.format(verdict=verdict), taxonomy)
    note = report.notes[0]
    assert note.body.question == "What would you do if a tech lead stopped reviewing the team's changes?"
    assert note.body.answer == ("I would ask them what is taking their time, and look at the review queue with them."
                                "\n\nThen I would share the reviews out across the seniors for a month.")
    assert note.coach.tips == (verdict,)


def test_such_a_remark_told_by_the_teller_stays_in_the_answer(taxonomy):
    told = "This approach shows them I trust them, and I would say so to them."
    report = importing.imported(_DIALOGUE.format(verdict=told), taxonomy)
    note = report.notes[0]
    assert note.body.answer.endswith(told)
    assert note.coach.tips == ()
