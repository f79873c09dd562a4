"""A request put to the one interviewed, in Spanish: ``Cuéntame sobre ti``, ``Háblanos de un fracaso``,
``Descríbeme tu peor semana``, ``Dime una vez que ...``, ``Dame un ejemplo de ...``.

A Spanish bank writes these prompts without ``¿...?``. Like the English "Tell me" / "Walk us through", they are
imperatives that name the asker with a pronoun joined to the verb (``-me``, ``-nos``, formal ``-me``/``-nos`` after
``-e``: ``Cuénteme``, ``Descríbanos``); advice to the reader uses the bare imperative (``Describe tu rol``), never
"me" or "us", so it does not read as a request.
"""

from __future__ import annotations

import re

from .spanishlabels import unaccented
from ..lazyre import lazy_re

# the verb stems, unaccented: contar, hablar, describir, explicar, compartir, relatar, platicar, narrar, decir, dar
_REQUEST = lazy_re(r"^(?:por favor,? )?(?:(?:cuent|habl|describ|explic|compart|relat|platic|narr)[aei](?:n)?"
                   r"|di|dig[a]n?|da|de|den)(?:me|nos)\b", re.IGNORECASE)

_OPENING = 40  # characters: "por favor, " and the longest verb with its pronoun, then the boundary after it


def asks_in_spanish(sentence: str) -> bool:
    """``sentence`` opens with a Spanish request to the one asked (see the module docstring)."""
    # the request opens the sentence: only its first words need their accents taken off
    return bool(_REQUEST.match(unaccented(sentence.lstrip("¡ ")[:_OPENING])))
