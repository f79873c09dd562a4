"""Bold written with doubled markers: ``****Question****``, ``- ****Test your coverage:**** Can your stories ...?``.

Some converters (a rich-text document run twice through a Markdown exporter) double every bold marker. Markdown
reads ``****x****`` as bold inside bold, but our labels are written ``**Label:**``: with its markers doubled a
label is no label, so a guide's advice (``- ****Find gaps:**** If a cluster is hard, ...``) would read as a list of
questions and a table's header cell (``| ****Question**** |``) as text. Such a run of four markers around text on one
line is read as the usual two, outside code fences; a line of stars alone (``****``, a rule) is left as it is.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_DOUBLED = lazy_re(r"\*{4}(?=[^\s*])([^\n]*?[^\s*])\*{4}(?!\*)")
_DOUBLED_MARK = "****"


def has_doubled_bold(text: str) -> bool:
    """Whether ``text`` holds four bold markers in a row anywhere (a cheap look before reading its lines)."""
    return _DOUBLED_MARK in text


def single_bold(lines: list[str]) -> list[str]:
    """``lines`` with each ``****text****`` outside a code fence written ``**text**``."""
    out: list[str] = []
    fence = ""
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            fence = "" if fence and stripped.startswith(fence) else (fence or stripped[:3])
        elif not fence and _DOUBLED_MARK in line:
            line = _DOUBLED.sub(r"**\1**", line)
        out.append(line)
    return out
