"""A request put to the one interviewed, in Spanish: ``Cuéntame sobre ti``, ``Háblanos de un fracaso``,
``Descríbeme tu peor semana``, ``Dime una vez que ...``, ``Dame un ejemplo de ...``.

A Spanish bank writes these prompts without ``¿...?``. Like the English "Tell me" / "Walk us through", they are
imperatives that name the asker with a pronoun joined to the verb (``-me``, ``-nos``, formal ``-me``/``-nos`` after
``-e``: ``Cuénteme``, ``Descríbanos``); advice to the reader uses the bare imperative (``Describe tu rol``), never
"me" or "us", so it does not read as a request.

Portuguese prompts ask the same way (``Conte-me sobre ...``), and often with the bare imperative (``Descreva um
momento em que você ...``, ``Conte sobre uma vez em que ...``): a Portuguese request asks when it is put to the one
asked, with "me"/"us", a "você", or an episode (``uma vez``, ``um momento``, ``uma situação``, ``um exemplo``).
A bare imperative whose object opens with the definite article (``Descreva a pessoa como alguém que ... você ...``,
``Conte o resultado ...``) speaks of what the question already named: advice on how to answer it, not a request,
unless it names an episode; "o que" (``Explique o que você aprendeu``) and a possessive (``Descreva o seu maior
desafio``) are no such article.
"""

from __future__ import annotations

import re

from .spanishlabels import unaccented
from ..lazyre import lazy_re

# the verb stems, unaccented: contar, hablar, describir, explicar, compartir, relatar, platicar, narrar, decir, dar
_REQUEST = lazy_re(r"^(?:por favor,? )?(?:(?:cuent|habl|describ|explic|compart|relat|platic|narr)[aei](?:n)?"
                   r"|di|dig[a]n?|da|de|den)(?:me|nos)\b", re.IGNORECASE)

# Portuguese: contar, falar, explicar, compartilhar, relatar, narrar (imperative in -e), descrever (in -a)
_PT_REQUEST = lazy_re(r"^(?:por favor,? )?(?:(?:cont|fal|expliqu|compartilh|relat|narr)e|descreva)"
                      r"(?P<to>-?(?:me|nos))?\b", re.IGNORECASE)
_PT_PUT = lazy_re(r"\b(?:voces?|uma vez|um momento|uma situacao|uma ocasiao|um exemplo|uma experiencia)\b",
                  re.IGNORECASE)

# the definite article opening the object of a bare imperative: "a pessoa", "o resultado", not "o que", "o seu"
_PT_NAMED = lazy_re(r"^\s+(?:o|a|os|as)\s+(?!(?:que|qual|quais|seus?|suas?|teus?|tuas?)\b)\w", re.IGNORECASE)
_PT_EPISODE = lazy_re(r"\b(?:uma vez|um momento|uma situacao|uma ocasiao|um exemplo|uma experiencia)\b",
                      re.IGNORECASE)

_OPENING = 40  # characters: "por favor, " and the longest verb with its pronoun, then the boundary after it


def asks_in_spanish(sentence: str) -> bool:
    """``sentence`` opens with a Spanish or Portuguese request to the one asked (see the module docstring)."""
    # the request opens the sentence: only its first words need their accents taken off
    if _REQUEST.match(unaccented(sentence.lstrip("¡ ")[:_OPENING])):
        return True
    stripped = sentence.lstrip()
    portuguese = _PT_REQUEST.match(stripped)
    if portuguese is None:
        return False
    if portuguese["to"]:
        return True
    plain = unaccented(sentence)
    if _PT_NAMED.match(stripped[portuguese.end():]):  # "Descreva a pessoa ...": advice on the answer
        return bool(_PT_EPISODE.search(plain))
    return bool(_PT_PUT.search(plain))
