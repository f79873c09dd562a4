"""A sample answer whose paragraphs each close on the STAR part they tell, in brackets.

    > "The nightly build failed one run in five. (Situation)
    >
    > I was asked to make it dependable before the audit. (Task)
    >
    > I pinned the flaky services and retried only the network steps. (Action)
    >
    > It has failed twice in a quarter since. (Result)"

Coaching pages label the parts of a worked example this way, after the text instead of before it. Three paragraphs
or more of an answer, each closed by a different part's name in brackets, in the method's order, are that story's
parts: the note is a story, each paragraph its part without the bracketed name, the quotes around the whole
sample dropped. The first paragraph names its part; one after it with no such name goes with the part before it.
A single bracketed word at the end of an answer ("... (Result)" once) changes nothing.
"""

from __future__ import annotations

from .blocks import PARAGRAPH
from .labels import STAR_SLOTS, star_slot
from ..lazyre import lazy_re
from .unit import Piece

# "... (Situation)", '... (Result)"': a part's name in brackets closing the paragraph, a closing quote after it
_TAG = lazy_re(r"\s*[(\[](?P<name>[A-Za-z][A-Za-z ]{0,20})[)\]](?P<quote>[\"”]?)\s*$")
_LEAST = 3  # paragraphs so tagged, at the least
_ORDER = ("situation", "task", "action", "result", "learning")


def tagged_parts(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with an answer told in paragraphs closed by their parts' names read as those parts (see the
    module docstring); ``pieces`` unchanged otherwise."""
    answers = [p for p in pieces if p.slot in (None, "answer") and not p.empty]
    if len(answers) != 1 or any(p.slot in STAR_SLOTS for p in pieces):
        return pieces
    answer = answers[0]
    paragraphs = [b for b in answer.blocks if b.text.strip()]
    if len(paragraphs) < _LEAST or any(b.kind is not PARAGRAPH for b in paragraphs) or answer.rest.strip():
        return pieces
    tags = [_tag(b.text) for b in paragraphs]
    named = [t for t in tags if t]
    if len(named) < _LEAST or not tags[0] or len(set(named)) != len(named) \
            or [_ORDER.index(t) for t in named] != sorted(_ORDER.index(t) for t in named):
        return pieces
    parts: list[Piece] = []
    for block, tag in zip(paragraphs, tags):
        text = _TAG.sub("", block.text.strip()) if tag else block.text.strip()
        if tag:
            parts.append(Piece(tag, block.line, tag.capitalize(), rest=text, indent=answer.indent))
        else:
            parts[-1].rest += "\n\n" + text
    parts[0].rest = parts[0].rest.lstrip("\"“ ")
    parts[-1].rest = parts[-1].rest.rstrip("\"” ")
    return [p for p in pieces if p is not answer] + parts


def _tag(text: str) -> str:
    """The STAR part named in brackets at the end of ``text`` (``"situation"``), or ``""``."""
    found = _TAG.search(text.strip())
    if found is None:
        return ""
    part = star_slot(found["name"])
    return part if part in _ORDER else ""
