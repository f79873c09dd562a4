"""A question line that goes on with its answer's points after a dash: ``Q. How do you review code? What do
you check? - the tests pass - the names are clear``.

The points (two or more, each after a hyphen set apart by spaces) start at the first `` - `` right after a
question mark; what comes before is the question, every question in it kept together (one prompt answered by
one set of points, not a question and its variants), and the points are the answer, one list item each.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re
from .text import ASK

_POINTS = lazy_re(rf"^(?P<asked>[^\n]*?[{ASK}][\"”’)]*)[ \t]+-[ \t]+(?P<points>\S.*)$", re.DOTALL)
_BREAK = lazy_re(r"[ \t]+-[ \t]+")
_LEAST = 2  # one text after a dash may be a remark on the question; two points or more are a list


def asked_with_points(text: str) -> tuple[str, str] | None:
    """``(question, answer)`` of a question line that goes on with dash-separated points, the answer a list of
    them (``- point`` lines); ``None`` for a line with fewer than two such points."""
    match = _POINTS.match(text.strip())
    if match is None:
        return None
    points = [point.strip() for point in _BREAK.split(match["points"]) if point.strip()]
    if len(points) < _LEAST:
        return None
    return match["asked"].strip(), "\n".join(f"- {point}" for point in points)
