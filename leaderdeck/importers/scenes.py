"""A scenario named by a lettered or numbered label over the scene it sets: ``**Scenario A**: Rewrite vs Ship``
then, on the next line (or as the next paragraph), ``*"Your team wants ... How do you decide what ships first?"*``.

The label's words are the scenario's name; the scene is told to "you" and ends asking. Its statements are the
scenario's situation and its closing question the prompt; a scene that only asks is the question of a note named
by the label. ``Scenario A:``, ``Scenario 2:``, ``Scenario B -`` and a bare ``Scenario:`` read alike, and so does a
section headed ``### Scenario A: name`` that opens with its scene.

A heading may number a scene without naming it, and group it under a word of its own: ``## Scenario 3`` or
``## Honesty: Scenario 2`` over a scene (a paragraph, or a quote) told to "you" that ends asking. The heading is
then the scenario's title; its sub-sections (``### Answer``, ``### Rationale``) are what the author says of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Block, PARAGRAPH, ITEM
from .labels import slot, star_slot
from .text import QUESTION_MARKS, ends_asking, is_question, plain_words, sentence_split, strip_emphasis, unquote
from .voice import as_me, to_you
from .unit import Piece, Unit
from ..lazyre import lazy_re

_NAMED = lazy_re(r"^scenario(?:\s*#?\s*(?:[a-z]|\d{1,3}))?\s*(?::|\s[-–—])\s*(?P<name>\S.*)$", re.IGNORECASE)
# "Scenario 3", "Honesty: Scenario 2", "Scenario #B": a heading that numbers a scene without naming it
_NUMBERED_HEADING = lazy_re(r"^(?:[a-z][\w'&/ -]{0,30}:\s*)?scenario\s*#?\s*(?:[a-z]|\d{1,3})$", re.IGNORECASE)
_MAX_NAME_WORDS = 12
_ACRONYM = 5  # letters at most of a single word in capitals that names by its initials ("SSR", "GDPR")
_SENTENCE_ENDS = (".", "!", ";", ",", *QUESTION_MARKS)
_MAX_SCENE_WORDS = 150
_MAX_LABEL_WORDS = 3
_SCENE_LABELS = frozenset({"scenario", "situation"})  # "Situation:", "Context:", "Background:" over the scene
_STORY_OPENS = frozenset({"situation", "task"})  # a story's first part, labelled: the teller's, not a scene's


@dataclass(frozen=True, slots=True)
class Scene:
    """A named scene: its name, its statements (the situation) and the question it ends with."""

    name: str
    situation: str
    prompt: str
    next_block: bool  # the scene is the paragraph after the label's line, not the label's own block


def named_scene(block: Block, following: Block | None) -> Scene | None:
    """The scene ``block`` names (``**Scenario A**: name`` over a scene told to "you" that ends asking, in the same
    paragraph or the next one, a quote too), or ``None``."""
    if block.kind not in (PARAGRAPH, ITEM) or block.quoted:
        return None
    first, _, below = block.text.partition("\n")
    if "scenario" not in first.casefold():
        return None  # no "Scenario ..." line: most blocks
    name = _name(first.replace("__", " "))
    if not name:
        return None
    after = below.strip()
    if not after and following is not None and following.kind is block.kind and not following.lead \
            and (following.indent > block.indent or following.kind is PARAGRAPH):
        return _scene(name, following.text, next_block=True)
    return _scene(name, after, next_block=False) if after else None


def headed_scene(heading: str, block: Block, following: Block | None = None) -> Scene | None:
    """The scene a section headed ``Scenario A: name`` (or only numbered, ``Honesty: Scenario 2``) opens with
    (``block``, its first paragraph, quoted or not), or ``None``. When the block ``following`` it opens a told
    story (``**SITUATION:** I was on call ...``), the paragraph is the question that story answers, not a scene
    set for the reader: ``None``."""
    if block.kind is not PARAGRAPH or block.lead or "cenario" not in heading.casefold():
        return None  # most sections open otherwise, or are no scenario's (both patterns name "scenario")
    if following is not None and following.lead and star_slot(following.lead) in _STORY_OPENS:
        return None  # "### Scenario 3: Learning fast" / "Describe a time you ...?" / "**SITUATION:** ..."
    name = _name(heading) or numbered_heading(heading)
    if not name:
        return None
    return _scene(name, block.text, next_block=False)


def numbered_heading(heading: str) -> str:
    """``heading`` as a scene's title when it numbers a scene without naming it (``Scenario 3``, ``Honesty:
    Scenario 2``), else ``""``."""
    flat = " ".join(heading.replace("*", " ").replace("_", " ").split())
    return flat if _NUMBERED_HEADING.match(flat) else ""


def opens_on_scene(heading: str, body: list[Block]) -> bool:
    """Whether a section under ``heading`` (a scene's number or name) opens on the scene it sets: then its
    sub-sections (``### Answer``) speak of that scene, and the heading asks nothing itself."""
    return bool(body) and headed_scene(heading, body[0], body[1] if len(body) > 1 else None) is not None


def _name(line: str) -> str:
    """The name a ``Scenario A: name`` line gives (a few words, no sentence), or ``""``."""
    match = _NAMED.match(" ".join(line.replace("*", " ").split()))
    return scene_title(match["name"].strip(" _"), refuse_questions=True) if match else ""


def scene_title(text: str, *, colon_ends: bool = True, refuse_questions: bool = False) -> str:
    """The name ``text`` gives a scene: a few words that end no sentence (no closing '.', '!', ';', ',' or question
    mark, nor ':' when ``colon_ends``; with ``refuse_questions``, nothing that asks however it ends), in Title Case
    when written in capitals (one short word in capitals, ``SSR`` or ``GDPR``, is an acronym and stays as it is);
    ``""`` when it is no name."""
    name = text.strip()
    stops = _SENTENCE_ENDS + ((":",) if colon_ends else ())
    if not name or len(name.split()) > _MAX_NAME_WORDS or name.endswith(stops) \
            or refuse_questions and is_question(name):
        return ""
    return name.title() if name.isupper() and (" " in name or len(name) > _ACRONYM) else name


def _scene(name: str, text: str, next_block: bool) -> Scene | None:
    """The scene ``text`` sets for ``name``: statements then a question put to "you" (or a last sentence that
    prompts, "Walk me through your plan."); ``None`` when it is no such scene (an answer told in the first person,
    a scene that asks nothing)."""
    flat = " ".join(unquote(strip_emphasis(unquote(text.strip()))).split())
    label, colon, told = flat.partition(":")
    if colon and len(label.split()) <= _MAX_LABEL_WORDS and slot(label) in _SCENE_LABELS:
        flat = told.strip()  # "Situation: Your team ... What would you do?": the scene, its label no words of it
    words = plain_words(flat)
    if not flat or len(words.split()) > _MAX_SCENE_WORDS or not to_you(words):
        return None
    sentences = [s.strip() for s in sentence_split(flat) if s.strip()]
    split = len(sentences)
    while split > 0 and ends_asking(sentences[split - 1], "\"”’)"):
        split -= 1
    if split == len(sentences) and split > 1 and is_question(sentences[-1]):
        split -= 1  # "... Walk me through your first week.": a prompt however it ends
    if split == len(sentences) or as_me(plain_words(" ".join(sentences[:split]))):
        return None  # the scene asks nothing, or it is an answer told ("I had to choose ..."): no prompt
    return Scene(name, " ".join(sentences[:split]), " ".join(sentences[split:]), next_block)


def scene_unit(block: Block, scene: Scene, hints: list[str]) -> Unit:
    """The note ``scene`` makes: a scenario named ``scene.name`` whose situation is its statements and whose prompt
    is its question; a scene that only asks is the question of a Q&A note of that name."""
    # asked by the scene: a section's heading neither names it nor takes it in
    unit = Unit(block.line, question=scene.prompt, title=scene.name, hints=list(hints), indent=block.indent)
    if scene.situation:
        unit.pieces.append(Piece("scenario", block.line, "Scenario", scene.situation, indent=block.indent))
        unit.pieces.append(Piece("task", block.line, "Question", scene.prompt, indent=block.indent))
    return unit


def open_scene(block: Block, following: Block | None, heading: str, first: bool,
               hints: list[str]) -> tuple[Unit, Block | None] | None:
    """The note of a scenario named at ``block`` (:func:`named_scene`; or, when ``block`` is the ``first`` of a
    section headed ``Scenario A: name``, :func:`headed_scene`) and the block after it that is its scene, read with
    it; ``None`` when ``block`` names no scene."""
    found = named_scene(block, following) or (headed_scene(heading, block, following) if first else None)
    if found is None:
        return None
    return scene_unit(block, found, hints), following if found.next_block else None
