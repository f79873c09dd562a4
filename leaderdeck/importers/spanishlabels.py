"""The Spanish words for the parts of a prep document: the same slots as the English vocabulary of
:mod:`leaderdeck.importers.labels`, read when no English label matched.

A label here is a whole label, normalised like an English one (case, marks, a trailing colon, a timing in
brackets gone) and without its accents, so "Acción", "ACCION" and "accion" are one word. Words that are also
English words ("meta", "tips", "nota" in "nota bene") are left out or already English, so an English heading never
reads as Spanish. The Portuguese STAR parts that differ from the Spanish ones ("Situação", "Tarefa", "Ação") are
read too, and the Portuguese names of a sample answer ("Exemplo de Resposta", "Resposta sugerida"), a tip ("Dica",
"Dica importante") and what to avoid ("Cuidado", "Evite respostas prontas", "O que evitar").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .cachesize import LABEL_CACHE
from .vocabulary import Vocabulary, vocabulary_patterns

# what may follow a STAR part's name and keep it one: "Situación y tarea", "Resultado / impacto"
_TAIL = r"|( y| e| o| \+|,) [a-z /,]+"
_GOOD = r"(buen[oa]s?|mejor(es)?|correct[oa]s?|fuertes?|ideal(es)?|sugerid[oa]s?|recomendad[oa]s?|modelo)"
_BAD = r"(mal[oa]s?|debil(es)?|pobres?|incorrect[oa]s?|vag[oa]s?)"

# (slot, pattern over the normalised label without accents), first match wins
_VOCABULARY: tuple[tuple[str, str], ...] = (
    ("noise", r"(tabla de )?contenidos?|indice|recursos|referencias|enlaces|lecturas?( recomendadas)?|ver tambien"
              r"|conclusion(es)?|en resumen|para terminar|reflexiones finales|sobre (mi|el autor|nosotros)"
              r"|autor|fecha|ultima actualizacion|actualizado|(metodo|formato)( de (respuesta|resposta))? star"
              r"|plantilla( .*)?"),
    ("question", r"(la )?preguntas?|(la )?pregunta (de (la )?entrevista|tipica|comun|frecuente)"
                 r"|(ejemplo|modelo) de pregunta"),
    ("redflags", rf"(ejemplos?|respuestas?|versi(on|ones)) {_BAD}|{_BAD} (ejemplos?|respuestas?)"
                 r"|(que|lo que) no (decir|hacer|debes (decir|hacer))|no (digas|hagas)|evitar|que evitar|errores( comunes)?"
                 r"|errores a evitar|senales de alerta|banderas rojas|senales (negativas|debiles)"
                 # Portuguese: "Cuidado", "Evite respostas prontas", "O que evitar", "Erros comuns"
                 r"|cuidado|atencao|evite( [a-z ]{1,40})?|o que (evitar|nao (dizer|fazer))|erros( comuns| a evitar)?"
                 r"|armadilhas?|sinais de alerta"),
    ("answer", rf"(la |mi |tu )?respuestas?|(la |una )?respuesta {_GOOD}|(otr[oa]s? )?(ejemplos?|respuestas?)"
               rf"( {_GOOD})?|{_GOOD} (ejemplo|respuesta)s?|(ejemplo|modelo) de respuesta|respuesta de ejemplo"
               r"|(otr[oa] )?ejemplos? (para|si|de|en|con|cuando) .{1,60}|como (lo )?responderia"
               # Portuguese: "Exemplo de Resposta", "Resposta de exemplo", "Resposta sugerida", "Minha resposta"
               r"|(um )?exemplos?( de respostas?)?|(a |minha |sua )?respostas?( (de exemplo|modelo|sugeridas?|ideal))?"
               r"|modelo de resposta"),
    ("situation", rf"(la |a )?situaci?(on|ao)( inicial| actual{_TAIL})?"),
    ("task", r"(la |mi )?tareas?|(a )?tarefas?|mi (rol|responsabilidad|papel)|responsabilidad|objetivos?"
             r"|(el |mi )?reto"),
    ("action", rf"(a |as )?a(cao|coes)|(la |las |mis )?acci(on|ones)( tomadas?| realizadas?{_TAIL})?|lo que hice"
               r"|que hice|(mi )?enfoque"),
    ("result", rf"(el |los )?resultados?( (final|obtenidos?|alcanzados?)|{_TAIL})?|logros?|que cambio"),
    ("learning", rf"(el |mis |los )?aprendizajes?({_TAIL})?|lecci(on|ones)( aprendidas?)?|lo que aprendi|que aprendi"
                 r"|(mi |mis )?reflexi(on|ones)|que haria (diferente|distinto)"),
    ("impact", r"(el )?impacto( (en el )?negocio)?"),
    ("signals", r"(que|lo que) (buscan|busca|evaluan|evalua|quieren (ver|saber|escuchar)|miden|mide)( (el|los)"
                r" (entrevistador(es)?|reclutador(es)?))?|por que (lo )?preguntan|por que (se hace )?esta pregunta"
                r"|que (se )?evalua|senales( positivas)?|criterios( de evaluacion)?|puntos clave( a cubrir)?"),
    ("tips", r"consejos?|recomendaci(on|ones)|(la )?estructura( (recomendada|sugerida|de (la )?respuesta))?"
             r"|como responder( esta pregunta)?|(que|lo que) (decir|mencionar|incluir)|notas?|recuerda|importante"
             r"|claves?|buenas practicas"
             # Portuguese: "Dica", "Dicas importantes", "Conselho"
             r"|dicas?( importantes?| extras?)?|conselhos?"),
    ("variants", r"variantes|variaciones|otras formas de preguntar(lo)?|preguntas (similares|relacionadas)"),
    ("followups", r"preguntas de seguimiento|(posibles )?repreguntas|seguimiento"),
    ("scenario", r"(el )?contexto|antecedentes|(el )?escenario|(el )?problema|caso( de estudio)?"),
    ("challenges", r"(los )?(desafios|retos|restricciones|riesgos)|(el )?desafio"),
    ("level", r"nivel|nivel del (rol|puesto)"),
    ("topic", r"categoria|tema|competencia (principal|clave)"),
    ("competencies", r"competencias|habilidades( evaluadas)?|valores|principios de liderazgo"),
    ("tags", r"etiquetas?|palabras clave"),
)
_PATTERNS = vocabulary_patterns(_VOCABULARY)  # each alone
_WORDS = Vocabulary(_VOCABULARY)  # the first that matches, by one pattern


def unaccented(text: str) -> str:
    """``text`` without its accents and tildes ("acción" -> "accion", "señales" -> "senales")."""
    if text.isascii():
        return text  # nothing to take off: most text
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


@lru_cache(maxsize=LABEL_CACHE)
def spanish_slot(normalised: str) -> str | None:
    """The slot a normalised label names in Spanish, or ``None``."""
    text = unaccented(normalised)
    return _WORDS.first_slot(text)
