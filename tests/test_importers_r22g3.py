"""Round 22 (fixtures in our own words): MkDocs admonitions, Portuguese coaching, headings named in report lines.

A ``!!! note "Sample answer"`` / ``??? tip`` box over an indented body is read as a labelled box: its title (or its
type) names what it is, its indented paragraphs are its text, never a code block. Portuguese coaching under a
question ("Esta pergunta avalia ...", "O entrevistador ...", "Evite ...") is the note's coaching, and advice that
names what the question asked about with the definite article ("Descreva a pessoa como ... você ...") is a tip,
not a question of its own. Report lines name a link heading by its words and a bold heading without its marks, and
a page's footer after the rule closing its last section is reported.
"""

from __future__ import annotations

from importing import imported, kinds, messages, skipped

BOXES_MD = """#### "Why did you move to the platform team?"

This question checks whether you chose your moves or drifted.

!!! info "Tip"
    Keep it under a minute.

!!! warning
    Blaming your old manager.

!!! note "Sample answer"
    *"I wanted to own the build system that slowed every team down.*

    *Within a quarter we halved the queue time."*
"""


def test_a_sample_answer_box_is_the_answer_unindented_with_all_its_paragraphs(taxonomy) -> None:
    report = imported(BOXES_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.answer == ('*"I wanted to own the build system that slowed every team down.*\n\n'
                                '*Within a quarter we halved the queue time."*')
    assert "!!!" not in note.body.answer and "```" not in note.body.answer


def test_a_tip_box_tips_and_an_untitled_warning_box_warns(taxonomy) -> None:
    note = imported(BOXES_MD, taxonomy).notes[0]
    assert "Keep it under a minute." in note.coach.tips
    assert "Red flag: Blaming your old manager." in note.coach.tips
    assert note.coach.signals == ("This question checks whether you chose your moves or drifted.",)


COLLAPSIBLE_MD = """## Tell me about a release you rolled back.

??? example "Example answer"
    I rolled back the search release when error rates doubled, then found the bad index migration.

    We shipped the fix two days later with a canary.
"""


def test_a_collapsible_box_is_read_like_an_open_one(taxonomy) -> None:
    note = imported(COLLAPSIBLE_MD, taxonomy).notes[0]
    assert note.body.answer.startswith("I rolled back the search release")
    assert note.body.answer.endswith("We shipped the fix two days later with a canary.")
    assert "???" not in note.body.answer


def test_a_prose_line_opening_with_question_marks_is_no_box(taxonomy) -> None:
    text = "## Tell me about a risk you took?\n\n??? not sure yet\n\nI shipped the cache early and it paid off.\n"
    note = imported(text, taxonomy).notes[0]
    assert note.body.answer == "??? not sure yet\n\nI shipped the cache early and it paid off."


PT_MD = """#### "Qual foi o projeto mais difícil que você liderou?"

Esta pergunta avalia como você lida com pressão. O entrevistador quer ver se você assume responsabilidade.

Evite culpar outras equipes pelo atraso.

Descreva o projeto como um desafio que ensinou algo a você, e explique o que mudou no seu jeito de trabalhar.

!!! note "Exemplo de Resposta"
    *"Eu liderei a troca do nosso banco de dados em seis semanas.*

    *Dividi a migração em etapas e mantive a equipe de suporte informada."*
"""


def test_portuguese_coaching_is_signals_and_tips_not_answer(taxonomy) -> None:
    report = imported(PT_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.question == "Qual foi o projeto mais difícil que você liderou?"
    assert note.coach.signals == ("Esta pergunta avalia como você lida com pressão. O entrevistador quer ver se você "
                                  "assume responsabilidade.",)
    assert note.coach.tips[0] == "Evite culpar outras equipes pelo atraso."
    assert note.coach.tips[1].startswith("Descreva o projeto como um desafio")
    assert note.body.answer.startswith('*"Eu liderei a troca')
    assert "Esta pergunta" not in note.body.answer and "Evite" not in note.body.answer


def test_a_portuguese_request_for_an_episode_still_asks(taxonomy) -> None:
    text = ("## Descreva uma situação em que você discordou do seu gestor.\n\n"
            "Eu discordei da data de lançamento e propus cortar o escopo.\n")
    note = imported(text, taxonomy).notes[0]
    assert note.body.question == "Descreva uma situação em que você discordou do seu gestor."
    assert note.body.answer == "Eu discordei da data de lançamento e propus cortar o escopo."


LINK_HEADING_MD = """### [Staff Engineer Interview Questions](https://example.com/staff-questions)

1 - How do you pick which team to help first?

2 - When do you say no to a director?
"""


def test_a_link_heading_is_named_by_its_words_in_the_level_line(taxonomy) -> None:
    lines = messages(imported(LINK_HEADING_MD, taxonomy))
    assert any("from the heading 'Staff Engineer Interview Questions'" in line for line in lines), lines
    assert not any("https://" in line for line in lines)


BOLD_HEADING_MD = """# **A new hire keeps missing standup** :

We talked it over once and nothing changed.

## Tell me about a time you helped a struggling teammate.

I paired with our new hire for a week and wrote down what blocked him.
"""


def test_a_bold_heading_is_named_without_its_marks_or_a_colon_set_apart(taxonomy) -> None:
    lines = skipped(imported(BOLD_HEADING_MD, taxonomy))
    assert any("text under 'A new hire keeps missing standup'" in line for line in lines), lines
    assert not any("**" in line for line in lines)


FOOTER_MD = """# Lead notes

## Tell me about a time you changed a team's on-call rota.

I moved us to a follow-the-sun rota and pages at night dropped by half.

---

## Related Topics
- [Mentoring](../mentoring.md)
- [Estimates](../estimates.md)

---

**Last Reviewed**: March 3, 2025
**Owner**: the platform guild
"""


def test_a_footer_after_the_last_rule_of_a_noise_section_is_reported(taxonomy) -> None:
    report = imported(FOOTER_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    lines = skipped(report)
    assert any("line 9: section 'Related Topics'" in line for line in lines), lines
    assert any("line 15: 'Last Reviewed' (not interview content)" in line for line in lines), lines
    assert any("line 16: 'Owner' (not interview content)" in line for line in lines), lines
