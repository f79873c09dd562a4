"""Who speaks in a piece of text: its teller (the first person, telling what happened) or someone speaking to the
reader ("you"). Stories, lead-ins, sample answers and filled templates are told; advice and templates speak to
the reader."""

from __future__ import annotations

import re
from ..lazyre import lazy_re

# each pattern of pronouns opens on a look at the first letter they can start with: a position where none starts is
# passed over at once, before the word boundary is tested (the same matches, found sooner)
_FIRST_PERSON = lazy_re(r"(?=[IMmWwOoUu])\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e|[Mm]yself|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur"
                        r"|[Uu]s)\b")
_PAST = lazy_re(r"\b(?:[a-z]{2,}ed|was|were|had|did|took|made|led|told|went|got|saw|gave|found|built|ran|wrote"
                r"|said|felt|knew|thought|brought|began|became|chose|drove|left|lost|won|met|sent|spent|kept"
                r"|held|fought|taught|caught|sought|bought|grew|rose|fell|stood|understood|realised|cut"
                r"|shipped|moved)\b")
_TO_YOU = lazy_re(r"(?=y)\byou(?:r|rs|rself|rselves|'re|'ve|'d|'ll)?\b", re.IGNORECASE)
_AS_I = lazy_re(r"(?=[Im])\b(?:I|I'm|I've|I'd|I'll|my|mine|myself)\b")
_AS_ME = lazy_re(r"(?=[Im])\b(?:I|I'm|I've|I'd|I'll|me|my|myself)\b")
_QUOTED = lazy_re(r"[\"“][^\"“”]*[\"”]")


def first_person(text: str) -> bool:
    """``text`` speaks as I or we ("I asked", "our team")."""
    return bool(_FIRST_PERSON.search(text))


def as_i(text: str) -> bool:
    """``text`` speaks as I alone ("Why do I ...?", "my stories"), not as we."""
    return bool(_AS_I.search(text))


def as_me(text: str) -> bool:
    """``text`` speaks as I, "me" among its words ("I chose", "they asked me"): the teller of an answer, not a
    scene set for the reader; unlike :func:`as_i`, "mine" alone does not count."""
    return bool(_AS_ME.search(text))


def in_past(text: str) -> bool:
    """``text`` tells what happened (a verb in the past: "shipped", "took", "was")."""
    return bool(_PAST.search(text))


def to_you(text: str) -> bool:
    """``text`` speaks to the reader ("you", "your answer")."""
    return bool(_TO_YOU.search(text))


def unquoted(text: str) -> str:
    """``text`` with its quotations blanked: what someone else said is not the teller speaking."""
    if "\"" not in text and "“" not in text:
        return text  # no quotation mark, no quotation: most texts
    return _QUOTED.sub(" ", text)
