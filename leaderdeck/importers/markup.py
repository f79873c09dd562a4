"""Small readers for the Markdown and plain-text conventions documents use."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections.abc import Iterable

_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+(.*))?$")
_BOLD_LABEL = re.compile(
    r"^(?:\*\*|__)(?P<label>[^*_:]{1,60}?)\s*(?::\s*(?:\*\*|__):?|(?:\*\*|__)\s*:)\s*(?P<rest>.*)$"
)
_PLAIN_LABEL = re.compile(r"^(?P<label>[A-Z\"“][\w'&/()\"“”’ -]{0,40}?)\s*:\s+(?P<rest>\S.*)$")
_BULLET = re.compile(r"^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_KEYCAP = re.compile(r"^((?:[0-9]\ufe0f?\u20e3)+|\U0001f51f)\s*")
_NUMBER = re.compile(r"^(?:Q(?:uestion)?\s*)?\(?(\d{1,4})(?:\s*[.):]|\s+[-–—])\s+")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_PLACEHOLDER_WORDS = frozenset({"tbd", "tba", "todo", "n/a", "na", "xxx", "..."})
_BRACKETS = {"[": "]", "<": ">", "{": "}"}
_INSTRUCTION = re.compile(r"(?:describe|explain|add|write|insert|fill|list|summari[sz]e|include|what|how)\b",
                          re.IGNORECASE)
_QUOTES = {"\"": "\"", "“": "”", "‘": "’", "'": "'", "«": "»", "„": "“"}
QUESTION_STARTERS = frozenset(
    "can could would will how what why when where which who whose is are do does did have has should "
    "tell describe explain walk give share talk discuss outline detail imagine suppose".split()
)


def heading(text: str) -> tuple[int, str] | None:
    """``(level, text)`` of a Markdown ATX heading."""
    match = _HEADING.match(text)
    if not match:
        return None
    title = (match.group(2) or "").strip()
    closed = title.rstrip("#")
    if closed != title and (not closed or closed[-1] in " \t"):  # "## Title ##"
        title = closed.strip()
    return len(match.group(1)), title


def bold_label(text: str) -> tuple[str, str] | None:
    """``**Label:** rest`` or ``**Label**: rest`` -> ``(Label, rest)``."""
    match = _BOLD_LABEL.match(text.strip())
    return (match.group("label").strip(), match.group("rest").strip()) if match else None


def plain_label(text: str) -> tuple[str, str] | None:
    """``Label: rest`` with a short, title-like label -> ``(Label, rest)``."""
    match = _PLAIN_LABEL.match(text.strip())
    if not match or not _title_like(match.group("label")):
        return None
    return match.group("label").strip(), match.group("rest").strip()


def _title_like(label: str) -> bool:
    words = label.split()
    small = {"of", "the", "and", "for", "to", "in", "on", "a", "an", "&", "vs", "vs.", "with", "or", "under", "at"}
    return 0 < len(words) <= 6 and all(w[0].isupper() or w[0] in "\"“'(" or w.casefold() in small for w in words)


def bullet(text: str) -> tuple[int, str] | None:
    """``(indent, text)`` of a list item (``-``, ``*``, ``+``, ``•`` or ``1.``)."""
    match = _BULLET.match(text)
    return (len(match.group(1).expandtabs(4)), match.group(2)) if match else None


def is_rule(text: str) -> bool:
    return bool(_RULE.match(text))


def split_number(text: str) -> tuple[int | None, str]:
    """A leading item number (``3.``, ``Q3:``, ``3️⃣``, ``🔟``) and the rest."""
    text = text.strip()
    if match := _KEYCAP.match(text):
        digits = "".join(ch for ch in match.group(1) if ch.isdigit()) or "10"
        return int(digits), text[match.end():].strip()
    if match := _NUMBER.match(text):
        return int(match.group(1)), text[match.end():].strip()
    return None, text


def clean_title(text: str) -> str:
    """Heading text without emoji, numbering, emphasis or enclosing quotes."""
    text = strip_symbols(text)
    _, text = split_number(text)
    return unquote(strip_emphasis(strip_symbols(text)))


def strip_symbols(text: str) -> str:
    """Drop emoji and other symbols at both ends."""
    start, end = 0, len(text)
    while start < end and _decorative(text[start]):
        start += 1
    while end > start and _decorative(text[end - 1]):
        end -= 1
    return text[start:end]


def _decorative(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in {"So", "Sk", "Mn", "Me", "Cf", "Co", "Cn"}


def strip_emphasis(text: str) -> str:
    text = text.strip()
    for mark in ("**", "__", "*", "_"):
        if len(text) > 2 * len(mark) and text.startswith(mark) and text.endswith(mark):
            return text[len(mark):-len(mark)].strip()
    return text


def unquote(text: str) -> str:
    text = text.strip()
    if len(text) > 2 and _QUOTES.get(text[0]) == text[-1] and text[0] not in text[1:-1]:
        return text[1:-1].strip()
    return text


def is_placeholder(text: str) -> bool:
    """Template text that is not an answer: ``_[Describe ...]_``, ``TBD``, ``-``, nothing."""
    text = " ".join(text.split())
    core = text.strip("_* ")
    if not core.strip("-_.…: ") or core.casefold().rstrip(".") in _PLACEHOLDER_WORDS:
        return True
    closing = _BRACKETS.get(core[0])
    if closing and core.endswith(closing) and closing not in core[1:-1]:
        return True
    emphasised = len(text) > 2 and text[0] in "_*" and text[-1] in "_*"
    return emphasised and bool(_INSTRUCTION.match(core))


def is_question(text: str) -> bool:
    """A line that asks something: ends with '?' or starts like a question."""
    text = unquote(strip_emphasis(text))
    first = re.split(r"[^\w']+", text.casefold(), maxsplit=1)[0] if text else ""
    return text.endswith("?") or first in QUESTION_STARTERS


def words(text: str) -> int:
    return len(text.split())


def prose(lines: Iterable[str], *, plain: bool = False) -> str:
    """Lines -> Markdown text: dedented, runs of blank lines collapsed, trimmed.

    ``plain``: the lines come from plain text, where each line is a paragraph
    (consecutive list items stay together).
    """
    text = textwrap.dedent("\n".join(lines))
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            if out and out[-1]:
                out.append("")
            continue
        if plain and out and out[-1] and not (bullet(line) and bullet(out[-1])):
            out.append("")
        out.append(line)
    return "\n".join(out).strip()
