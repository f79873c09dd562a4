"""Round 15 (h): Spanish documents read with the same vocabulary as English ones (labels of STAR parts, answers,
samples and coaching), quoted Spanish requests as questions, and quoted options a candidate may say."""

from __future__ import annotations

import pytest
from importing import imported, skipped

from leaderdeck.importers.labels import slot, star_slot
from leaderdeck.model import Kind

SPANISH_BANK = """## **Pregunta:**
¿Puede hablarnos de una vez que redujo los costes de la nube de su equipo?
- **Situación:** La factura de almacenamiento se había duplicado en seis meses.
- **Tarea**: Recortarla sin perder copias de seguridad.
- **Acción:** Moví los registros antiguos a un nivel frío y borré instantáneas huérfanas.
- **Resultado:** La factura bajó un cuarenta por ciento en dos meses.

## **Pregunta:**
¿Cuándo tuvo que cambiar de prioridades a mitad de un sprint?
- **Situación:** Un cliente grande pidió una exportación urgente.
- **Tarea:** Entregarla sin romper el plan del trimestre.
- **Acción:** Pausé la tarea menos urgente y hablé con el producto.

## **Pregunta:**
¿Cómo organiza las revisiones de código?
- **Respuesta:** Pido cambios pequeños y reviso en menos de un día.
"""


def test_spanish_star_labels_make_stories(taxonomy):
    report = imported(SPANISH_BANK, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR, Kind.STAR, Kind.QA]
    first, second, third = report.notes
    assert first.body.situation == "La factura de almacenamiento se había duplicado en seis meses."
    assert first.body.task == "Recortarla sin perder copias de seguridad."  # the colon outside the bold
    assert first.body.result == "La factura bajó un cuarenta por ciento en dos meses."
    assert second.draft and not second.body.result  # told up to its Action only
    assert third.body.answer == "Pido cambios pequeños y reviso en menos de un día."


SPANISH_SAMPLES = """### 1. ¿Cómo reaccionaste ante una caída en producción?
Esta pregunta mide tu calma cuando todo falla. Cuenta lo que hiciste tú.

**Ejemplo:**  
*Coordiné la vuelta atrás del despliegue y escribí el informe al día siguiente.*

### 2. ¿Qué te motiva de este puesto?
Los reclutadores quieren ver que conoces el producto.

**Ejemplo:**  
*Quiero llevar un equipo de datos que ya tiene usuarios exigentes.*
"""


def test_a_spanish_sample_label_gives_the_answer_and_the_coaching_leaves_it(taxonomy):
    report = imported(SPANISH_SAMPLES, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.QA, Kind.QA]
    assert [note.body.answer for note in report.notes] == [
        "*Coordiné la vuelta atrás del despliegue y escribí el informe al día siguiente.*",
        "*Quiero llevar un equipo de datos que ya tiene usuarios exigentes.*"]
    coached = [note.coach.signals + note.coach.tips for note in report.notes]
    assert coached[0] == ("Esta pregunta mide tu calma cuando todo falla. Cuenta lo que hiciste tú.",)
    assert coached[1] == ("Los reclutadores quieren ver que conoces el producto.",)


GOOD_AND_BAD = """## "¿Por qué quieres cambiar de equipo?"

### Qué buscan

- Motivos propios, no huida

### Ejemplo MALO

"Porque mi jefe no me escucha."

### Ejemplo BUENO

"Quiero acercarme al cliente final y en este equipo hablaría con usuarios cada semana."

### Qué NO decir

- Quejas sobre personas concretas
"""


def test_spanish_good_and_bad_samples_split_into_answer_signals_and_red_flags(taxonomy):
    (note,) = imported(GOOD_AND_BAD, taxonomy).notes
    assert note.body.answer == ("Quiero acercarme al cliente final y en este equipo hablaría con usuarios cada"
                                " semana.")
    assert note.coach.signals == ("Motivos propios, no huida",)
    assert any("mi jefe no me escucha" in tip for tip in note.coach.tips)
    assert any("Quejas sobre personas concretas" in tip for tip in note.coach.tips)


@pytest.mark.parametrize("label, expected", [
    ("Situación", "situation"), ("ACCIÓN", "action"), ("Acciones tomadas", "action"), ("Resultados", "result"),
    ("Tarea", "task"), ("Lecciones aprendidas", "learning"), ("Aprendizaje", "learning"),
    ("Respuesta", "answer"), ("Ejemplo BUENO", "answer"), ("Otro ejemplo bueno", "answer"),
    ("Ejemplo para un rol de datos", "answer"), ("Ejemplo malo", "redflags"), ("Qué NO decir", "redflags"),
    ("Qué buscan", "signals"), ("Estructura recomendada", "tips"), ("Consejos", "tips"),
    ("Pregunta", "question"), ("Conclusión", "noise"),
    # English words that look like Spanish ones keep their English reading
    ("Meta", None), ("Area", None), ("Result", "result"), ("Version", "noise"),
])
def test_spanish_labels_are_words_of_the_vocabulary(label, expected):
    assert slot(label) == expected


def test_a_bare_letter_keeps_its_star_reading_in_spanish_stories():
    assert star_slot("A") == "action"
    assert star_slot("Respuesta") == "answer"


REQUESTS = """# Preguntas de la entrevista

## "Háblame de un proyecto que rescataste"

Quieren ver que sabes priorizar cuando todo arde.

### Ejemplo

"Heredé una migración parada; corté el alcance a la mitad y la terminamos en cinco semanas."

## "Descríbenos tu peor despliegue"

### Ejemplo

"Publiqué un cambio de esquema sin plan de vuelta atrás y tardamos una hora en recuperar el servicio."

## "¿Por qué te interesa este equipo?"

"Me gusta trabajar cerca de los usuarios internos."
"""


def test_a_quoted_spanish_request_heading_is_a_question(taxonomy):
    report = imported(REQUESTS, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Háblame de un proyecto que rescataste", "Descríbenos tu peor despliegue", "¿Por qué te interesa este equipo?"]
    first, second, _ = report.notes
    assert first.body.answer == ("Heredé una migración parada; corté el alcance a la mitad y la terminamos en cinco"
                                 " semanas.")
    assert first.coach.signals + first.coach.tips == ("Quieren ver que sabes priorizar cuando todo arde.",)
    assert second.body.answer.startswith("Publiqué un cambio de esquema")
    assert not any("text under" in line for line in skipped(report))


@pytest.mark.parametrize("text, expected", [
    ("Cuéntame sobre ti", True), ("Cuéntenos de una vez que falló", True), ("Dime una decisión difícil", True),
    ("Dame un ejemplo de liderazgo", True), ("Explícanos tu arquitectura actual", True),
    ("Describe tu rol con verbos de acción", False),  # advice to the reader names no "me" or "us"
    ("Cuenta lo que hiciste tú", False), ("Dimensiones del equipo", False),
])
def test_spanish_requests_name_the_asker(text, expected):
    from leaderdeck.importers.spanishasks import asks_in_spanish
    assert asks_in_spanish(text) is expected


OPTIONS = """## "How would you answer a question about notice period?"

Keep it short and honest.

### Option 1: Ask first

"Before I commit to a date, I'd like to know when you need someone to start. When is that?"

### Option 2: Give the date

"My notice is six weeks, and I can shorten it by two if the team needs me earlier."

### Option 3: Defer

"I'd rather agree the offer first and then settle the date with my manager. Does that suit you?"

## "¿Cuánto tardas en incorporarte?"

### Estrategia 1: Preguntar antes

"Depende de vuestra fecha ideal. ¿Cuándo necesitáis a alguien?"
"""


def test_quoted_replies_under_numbered_options_stay_in_the_answer(taxonomy):
    report = imported(OPTIONS, taxonomy)
    assert len(report.notes) == 2
    english, spanish = report.notes
    assert not english.draft and not spanish.draft
    assert "**Option 1: Ask first**" in english.body.answer
    assert "When is that?" in english.body.answer and "Does that suit you?" in english.body.answer
    assert english.body.answer.index("Option 1") < english.body.answer.index("Option 2") \
        < english.body.answer.index("Option 3")
    assert "¿Cuándo necesitáis a alguien?" in spanish.body.answer


ANSWERED_PART = """## Tell me about a service nobody owned.

I took the billing exporter in my second month and wrote its runbook.

### Part 2: Handover

"How did you hand it over when you left the team?"

I paired with the new owner for two weeks.
"""


def test_a_quoted_question_answered_under_a_numbered_sub_heading_stays_a_question(taxonomy):
    report = imported(ANSWERED_PART, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Tell me about a service nobody owned.", "How did you hand it over when you left the team?"]
    assert report.notes[1].body.answer == "I paired with the new owner for two weeks."


def test_a_numbered_question_sub_heading_is_no_option(taxonomy):
    text = OPTIONS.replace("### Option 1: Ask first", "### Question 1: Start date")
    first = imported(text, taxonomy).notes[0]
    assert "Start date" not in first.body.answer and "When is that?" not in first.body.answer
    assert "**Option 2: Give the date**" in first.body.answer
