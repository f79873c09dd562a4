"""A theme tag in square brackets opening a story's name (``[Reliability] Paging storm on the billing queue``,
``[RAG / LLMOps] Self-correcting retrieval``): what the story shows, its competencies (a lone company's name,
``[Initech]``, where it happened), not words of its name."""

from __future__ import annotations

import re

from .headprompts import named_company
from .unit import Piece
from ..lazyre import lazy_re

# "[Research/Technical] Name": a tag of capitalised words (acronyms too) before the name, never a link
# ("[Name](url)"), a blank before another ("[Theme] [Story Title]") or a checkbox ("[x] ...")
_LED = lazy_re(r"^\[(?P<tag>[A-Z][^\[\]\n]{1,60})\]\s+(?P<name>[^\[\s(].*)$")
_WORD = lazy_re(r"^[A-Z][\w'’+.-]*$|^(?:and|of|or|the|in|for|with|to)$")
# a tag that says where the story stands, or a template's blank ("[Your Theme]", "[Category]"), not what it shows
_NOT_THEME = frozenset("draft todo wip new old done updated example sample optional placeholder template tbd your my "
                       "theme title name story category competency topic company insert".split())
_MAX_WORDS = 4


def theme_tagged(name: str, line: int) -> tuple[str, str, list[Piece]]:
    """The name without a leading theme tag, the tag (the story's stated theme) and the facts it gives at ``line``:
    its themes as competencies, split at ``/``, ``&`` and commas (``"[Research/Technical] Bias study"`` ->
    ``"Bias study"``, ``"Research/Technical"``, competencies Research and Technical), or a company's name. The name
    as it is, ``""`` and no facts when it opens with no such tag (``[Draft]``, ``[Your Theme]``, ``[Round 2]``)."""
    match = _LED.match(name.strip())
    if match is None or not any(c.islower() for c in match.group("tag")):
        return name, "", []  # "[COMPANY] ...": a slot in capitals, a blank to fill in
    tag = match.group("tag").strip()
    themes = [t.strip() for t in re.split(r"\s*[/&,]\s*", tag)]
    for theme in themes:
        said = theme.split()
        if not said or len(said) > _MAX_WORDS or not all(_WORD.match(w) for w in said) \
                or _NOT_THEME.intersection(w.casefold() for w in said):
            return name, "", []
    rest = match.group("name").strip()
    if named_company(f"{rest} ({tag})") == tag:  # "[Initech] Moving billing to queues": where, not what
        return rest, "", [Piece("company", line, "Company", tag)]
    return rest, tag, [Piece("competencies", line, "Competency", t) for t in themes]
