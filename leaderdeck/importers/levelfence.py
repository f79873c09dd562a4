"""A fence of prose holding questions grouped by level, read as Markdown.

An interviewer's guide may keep each competency's questions in one plain fence::

    EM LEVEL:
    "Tell me about someone you grew from
    junior to senior. What did you do?"

    DIRECTOR+ LEVEL:
    "How have you built your bench of managers?"

    WHAT TO LISTEN FOR:
    ✓ Specific examples with outcomes

    RED FLAGS:
    ✗ Vague answers

Each label alone on its line, in capitals and ending in a colon, heads a group: it becomes a heading one level
below the section the fence is in, so a label naming a level (``EM LEVEL:``, ``DIRECTOR+ LEVEL:``) sets the level
of the questions under it as any such heading does, and a coaching label (``WHAT TO LISTEN FOR:``, ``RED FLAGS:``)
after the questions closes them as their signals or red flags. Each quoted paragraph, joined over its hard wraps, is
one question (a list item); each ``✓`` / ``✗`` / ``•`` line one entry of its list. The fence is read so only when a
label in it names a level (the word ``LEVEL`` or a band with ``+``) and that label's group holds a quoted question:
a script of questions for someone else (a reference call's ``OPENING:`` / ``PERFORMANCE:``) stays text. The Markdown
has as many lines as the fence: its blocks stay on the fence's lines.
"""

from __future__ import annotations


from .fencedanswer import PROSE_INFOS
from .text import is_question, unquote
from .hardwrap import joined
from .wholefence import is_code
from ..lazyre import lazy_re

# a label alone on its line: capitals (and digits, "+", "/", "&", "-", brackets), up to six words, then a colon
_LABEL = lazy_re(r"^(?P<label>[A-Z][A-Z0-9+/&()'’-]*(?:[ \t]+[A-Z0-9+/&()'’-]+){0,5})[ \t]*[:：][ \t]*$")
_LEVEL_WORD = lazy_re(r"\bLEVELS?\b|[A-Z]\+")  # "EM LEVEL", "LEVEL 2", "STAFF+", "DIRECTOR+ LEVEL"
_ENTRY = lazy_re(r"^(?:[✓✔✗✘✕×•·▪◦*+-]|\d{1,2}[.)])[ \t]+(?P<text>\S.*)$")
_OPEN_QUOTES = "\"“«„"


def level_groups(content: str, info: str, level: int) -> str | None:
    """Markdown for a fence of questions grouped under level labels (see the module docstring), its group headings
    one level below ``level`` (the heading the fence is under); None for any other fence."""
    if info.casefold() not in PROSE_INFOS or "LEVEL" not in content and "+" not in content:
        return None  # cheap: no label could name a level
    lines = content.rstrip("\n").split("\n")
    if not any(_level_label(line) for line in lines) or any(is_code(line) for line in lines):
        return None
    marks = "#" * min(level + 1, 6)
    group, asked = "", set()  # the current group's label; the level labels whose group holds a quoted question

    def opens(line: str) -> tuple[str, bool] | None:
        text = line.strip()
        if label := _LABEL.match(text):
            return f"{marks} {label.group('label')}", False  # a group's label stands alone
        return (f"- {entry.group('text')}", True) if (entry := _ENTRY.match(text)) else None

    out = joined(lines, opens, lambda text: f"- {text}" if text[0] in _OPEN_QUOTES else text)
    for text in out:
        if text.startswith("#"):
            group = text.lstrip("# ")
        elif text.startswith("- ") and text[2:3] in _OPEN_QUOTES and _LEVEL_WORD.search(group) \
                and is_question(unquote(text[2:])):
            asked.add(group)
    return "\n".join(out) if asked else None


def _level_label(line: str) -> bool:
    """Whether ``line`` is a label in capitals that names a level ("EM LEVEL:", "STAFF+:")."""
    match = _LABEL.match(line.strip())
    return match is not None and _LEVEL_WORD.search(match.group("label")) is not None
