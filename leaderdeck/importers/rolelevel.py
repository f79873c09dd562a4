"""The level a spreadsheet's Role cell gives a row: only an engineering job's, and said how sure it is.

A Role column holds a job title per row ("Engineering Manager", "Senior Backend Engineer", "HR Executive"). A
title that is exactly a band or one of its aliases states that level. A title that names a band among other words
is a guess at it, reported as one, when those words say what is engineered ("Senior Backend Engineer",
"Director, Platform"). When they name another field ("HR Executive", "Sales Director", "VP of Marketing") the
title is another profession's job: it gives no level, and the report says so (a manager of another field,
"Product Manager", names no band at all, as everywhere: a tag, no report line).
"""

from __future__ import annotations

from ..model import Level
from ..taxonomy import Taxonomy
from .bands import band
from ..lazyre import lazy_re

_WORD = lazy_re(r"[a-z0-9][a-z0-9+#]*")
_GRADE = lazy_re(r"^(?:[ivx]{1,4}|\d{1,2}|[a-z]\d{1,2})$")  # "Engineer II", "Level 3", "L5": a grade, no field
_LINKS = frozenset("of the a an and & for in at to with".split())
# words that say a job is an engineer's: the field, what is built or run
_ENGINEERING = frozenset("""
engineering engineer engineers software technical tech technology development developer developers dev devs
platform platforms infrastructure infra sre devops backend frontend back-end front-end fullstack full-stack mobile
web security data ml ai cloud systems system reliability network networks qa quality test testing site product
architecture architect embedded firmware hardware it r&d research applied machine learning""".split())


def role_level(role: str, taxonomy: Taxonomy) -> tuple[Level | None, str]:
    """``(level, how)`` a Role cell gives: ``how`` is "stated" (exactly a band or an alias), "guessed" (a band
    among words of an engineering job), "other" (another profession's job: no level) or "" (no band named)."""
    level = band(role, taxonomy)
    if level is None:  # "Data Scientist"; "Product Manager", set aside as another profession's by its word
        return None, ""
    if taxonomy.level(role) is not None:
        return level, "stated"
    band_words = {w for alias, _ in taxonomy.aliases for w in _WORD.findall(alias.casefold())}
    band_words |= {lv.value for lv in Level}
    rest = [w for w in _WORD.findall(role.casefold())
            if w not in band_words and w not in _LINKS and not _GRADE.match(w)]
    if rest and not any(w in _ENGINEERING for w in rest):
        return None, "other"
    return level, "guessed"
