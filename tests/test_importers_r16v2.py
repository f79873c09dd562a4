"""Round 16 (v2), fixtures in our own words: a coaching paragraph right under a question before its sample answer,
a bracketed aside that tells the reader what not to say, and a prompt paragraph under a story's name."""

from __future__ import annotations

from importing import imported, skipped

from leaderdeck.importers.leadcoaching import coaching_lead, coaching_slot
from leaderdeck.importers.blocks import Block, BlockKind
from leaderdeck.importers.storyask import prompts_reader
from leaderdeck.importers.telling import unmarked_ask
from leaderdeck.model import Kind


# 1. a coaching paragraph under the question, before the sample answer under its own label

COACHED_EN_MD = """# Sample answers

## "Walk me through your background"

This is not your life story. Keep it to two minutes and end on why this role.

### Structure

1. Now: what you do today
2. Before: what got you here

### Example answer

"I lead the build tooling group at a freight startup, where we cut CI time from forty minutes to nine. Before
that I spent three years on an on-call rotation for a payments API."

## "What do you expect to earn?"

It's worth researching the going rate for the role before the call.

### Sample answer

"I am looking at a range of ninety to a hundred and ten, depending on the whole package."

## "Why are you leaving your team?"

Never speak badly of the people you worked with, even when it was rough.

### Sample answer

"I have grown a lot on the storage team, and the next step I want is a larger system than we run."

(Don't say: "my lead was hopeless" or "the team was a mess")

## "Tell me about a time you failed"

Everyone fails. The question is how you handle it.

### Sample answer

"Last spring I shipped a schema change without a rollback plan and we lost an afternoon of orders."
"""


def test_coaching_paragraph_before_a_labelled_sample_is_coaching_not_answer(taxonomy) -> None:
    report = imported(COACHED_EN_MD, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA] * 4
    first, salary, leaving, failed = report.notes
    assert first.body.answer.startswith("I lead the build tooling group")
    assert "This is not your life story" not in first.body.answer
    assert first.coach.tips[0] == "This is not your life story. Keep it to two minutes and end on why this role."
    assert salary.body.answer.startswith("I am looking at a range")
    assert salary.coach.tips == ("It's worth researching the going rate for the role before the call.",)
    assert leaving.coach.tips[0] == "Never speak badly of the people you worked with, even when it was rough."
    assert leaving.coach.signals == ()
    assert failed.coach.signals == ("Everyone fails. The question is how you handle it.",)
    assert failed.body.answer.startswith("Last spring I shipped")


def test_bracketed_aside_of_what_not_to_say_is_a_red_flag(taxonomy) -> None:
    leaving = imported(COACHED_EN_MD, taxonomy).notes[2]
    assert "Don't say" not in leaving.body.answer
    assert "hopeless" not in leaving.body.answer
    assert 'Red flag: "my lead was hopeless" or "the team was a mess"' in leaving.coach.tips


COACHED_ES_MD = """# Respuestas de ejemplo

## "Háblame de tu último proyecto"

Esta NO es una lista de tareas. Cuenta qué cambió gracias a ti.

### Ejemplo para un rol de backend

"Migré la cola de pedidos a un sistema con reintentos y bajamos los pedidos perdidos a cero en dos meses."

(No digas: "hice lo que me pidieron")

## "¿Cuánto esperas ganar?"

Es recomendable investigar la banda del puesto antes de la llamada. Demuestra que conoces tu valor.

**Ejemplo:**
*Busco algo entre sesenta y setenta mil, según el paquete completo y las responsabilidades del puesto.*
"""


def test_spanish_coaching_paragraph_and_aside_are_coaching(taxonomy) -> None:
    report = imported(COACHED_ES_MD, taxonomy)
    assert len(report.notes) == 2
    project, salary = report.notes
    assert project.body.answer.startswith("Migré la cola de pedidos")
    assert "Esta NO es" not in project.body.answer and "No digas" not in project.body.answer
    assert project.coach.tips[0] == "Esta NO es una lista de tareas. Cuenta qué cambió gracias a ti."
    assert 'Red flag: "hice lo que me pidieron"' in project.coach.tips
    assert salary.body.answer.strip("*").startswith("Busco algo entre sesenta")
    assert salary.coach.tips[0].startswith("Es recomendable investigar la banda")


def test_lead_paragraph_without_an_answer_after_it_stays_the_answer(taxonomy) -> None:
    text = """# Notes

## Why do you want this job?

Keep it short: the team, the product, the growth.
"""
    note = imported(text, taxonomy).notes[0]
    assert note.body.answer == "Keep it short: the team, the product, the growth."


def test_context_told_without_i_before_the_answer_is_not_coaching() -> None:
    assert not coaching_lead("The billing service was six months late when the new quarter began.")
    assert not coaching_lead("I took over the billing service when it was six months late.")
    assert not coaching_lead("Me tocó llevar el servicio de facturación cuando iba con retraso.")
    assert coaching_lead("No digas que eres perfeccionista.")


def test_what_the_question_looks_for_is_a_signal_advice_a_tip() -> None:
    assert coaching_slot("This question looks at how you handle pressure.") == "signals"
    assert coaching_slot("No quieren un plan de vida. Quieren saber si vas a quedarte.") == "signals"
    assert coaching_slot("Nunca hables mal de tu empleador anterior.") == "tips"
    assert coaching_slot("Show that you read about the company first.") == "tips"


# 3. a story's name over a prompt paragraph, then the writer's answer

PROMPTED_MD = """# Practice cases

## Career Moves

Think about the moves you've made so far. Write about the most recent one.

*Situation*
I moved from the mobile team to the data platform team after our app was frozen.

*Action*
I paired with the platform lead for a month and took the ingestion on-call.

*Result*
Within a quarter I owned the ingestion service.

## Hard Projects

Consider the projects you've led. Write about the hardest one.

*Situation*
I inherited a billing export that failed every month end.

*Action*
I rewrote the export as small daily batches and added a check that compared totals.

*Result*
The month end close ran without a failure for a year.

## Taking the Lead

Write about a time you've taken the initiative. Where did you go beyond what was asked?

*Situation*
Our release notes were written by hand and were always late.

*Action*
I wrote a script that built them from the merged pull requests.

*Result*
Notes went out with every release, and two other teams adopted the script.

## Working with Peers

Write about the coworkers you've learned the most from.

*Situation*
Two senior engineers on my team disagreed on every design review.

*Action*
I set up a written proposal format so each could argue on paper first.

*Result*
Reviews got shorter and both of them signed off the next three designs.

## Growth at Acme

Write about what a year on the Acme platform team would help you become.

I see myself running the reliability work for a product of my own.
"""


def test_prompt_paragraph_under_a_story_name_is_the_question(taxonomy) -> None:
    report = imported(PROMPTED_MD, taxonomy)
    assert len(report.notes) == 5
    growth = report.notes[4]
    assert growth.kind is Kind.QA
    assert growth.body.question == "Write about what a year on the Acme platform team would help you become."
    assert growth.body.answer == "I see myself running the reliability work for a product of my own."
    assert growth.id == "qa-growth-acme"


def test_heading_that_asks_keeps_its_question_over_a_prompt(taxonomy) -> None:
    text = """# Practice

## Why Acme?

Write about what draws you to the team.

I want to work on the routing engine because I rebuilt one at my last job.
"""
    note = imported(text, taxonomy).notes[0]
    assert note.body.question == "Why Acme?"



def test_a_prompt_to_the_reader_in_english_or_spanish() -> None:
    assert prompts_reader("Write about what a year on the platform team would help you become.")
    assert prompts_reader("Escribe sobre lo que un año en el equipo de plataforma te ayudaría a ser.")
    assert not prompts_reader("Write about the outage in the postmortem.")  # speaks to no reader
    assert not prompts_reader("Describe what I changed in my first month.")  # told as I


# 4. in plain text, a group titled by a question without its mark among the teller's groups

GROUPS_TXT = """me:
    - fourth year in computer engineering, with a minor in economics
    - I started with circuits and found I enjoy writing firmware more
    - I want a role where I can do both

why acme:
    - they build delivery robots that run on their own firmware
    - most of their software is written in house
    - hands on work with motor controllers

team player (strength):
    - I like pairing with people who know a part of the system better than me
    - I learn faster when someone reviews my drafts early

ask why:
    - look for the root cause of a failure, not the quick patch

ship early:
    - I shipped the first version of the test rig two weeks before the demo
    - I wrote the setup notes so the lab could run it without me
"""


def test_a_group_titled_by_an_unmarked_question_is_a_note(taxonomy) -> None:
    report = imported(GROUPS_TXT, taxonomy, name="prep.txt")
    questions = [note.body.question for note in report.notes]
    assert "why acme" in questions
    why = next(note for note in report.notes if note.body.question == "why acme")
    assert why.body.answer.startswith("- they build delivery robots")
    assert why.body.answer.count("\n- ") == 2
    assert not any("why acme" in line for line in skipped(report))
    assert any("text under 'ask why'" in line for line in skipped(report))  # asks nothing: still reported


def test_unmarked_questions_in_english_and_spanish() -> None:
    answer = [Block(BlockKind.ITEM, 2, 2, "construyen robots de reparto con firmware propio"),
              Block(BlockKind.ITEM, 3, 3, "casi todo su software se escribe en casa")]
    assert unmarked_ask("por qué acme", answer)
    assert unmarked_ask("why acme", answer)
    assert not unmarked_ask("ask why", answer)
    assert not unmarked_ask("why acme", [Block(BlockKind.ITEM, 2, 2, "what would you build first?")])


def test_an_unmarked_question_alone_is_reported_by_its_title(taxonomy) -> None:
    text = GROUPS_TXT.split("team player")[0]  # "me" and "why acme" only: no bank of the teller's groups
    report = imported(text, taxonomy, name="prep.txt")
    assert "why acme" not in [note.body.question for note in report.notes]
    assert any("text under 'why acme'" in line for line in skipped(report))
