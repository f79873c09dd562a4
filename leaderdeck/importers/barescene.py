"""A scene told to the reader in prose, then put to them in a short question that only points at it: one scenario.

A case typed without labels is a paragraph or two that set a scene for "you", and a closing line that asks what
you would do about it::

    The late dependency                   <- its title (a heading, a bold line, a line standing alone, or
                                             "Scenario: The late dependency"), if any
    Your team is three weeks from launch and you learn that
    a service another team owns will not be ready in time.

    What would you do?                    <- its question: "What would you do?", "How would you handle this?"

Read line by line, the scene would be an introduction set aside and the question a draft of its own, naming
nothing. The prompt is short and points back (the words after "you" or "your" are few: :data:`_POINTING`); the
scene (three paragraphs at most) asks nothing, speaks to "you" and not as I or we (an answer told is no scene); it
stands at the document's or a section's start, speaks neither of the interviewer nor of the page (an
introduction), and nothing but questions listed under the prompt (its discussion
points) comes between the prompt and the next heading, rule or the document's end. A prompt with text under it is
a question with its answer: its scene, when short, is the start of that question (as typed on one line,
``Your biggest client threatens to leave ... What would you do?``), never an introduction set aside.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, HEADING, ITEM, PARAGRAPH, RULE
from .labels import slot
from .letteredscene import Exercise
from .text import clean_title, is_coaching, is_question
from .unit import Piece, Unit
from .voice import first_person, to_you
from ..lazyre import lazy_re

# "What would you do?", "How do you handle this?", "What are your next steps?", "So what do you do first?"
_PROMPT = lazy_re(r"^(?:(?:so|now|then|ok|okay),?\s+)?(?:what|how)\s+(?:(?:would|will|do|should|could|can|might)"
                  r"\s+you|are\s+your|is\s+your)\b(?P<rest>[^?]*)\?", re.IGNORECASE)
# a page speaking of itself or its questions: "these questions", "the questions below", "in this guide"
_ABOUT_PAGE = lazy_re(r"\b(?:these|the following|such) questions\b|\bbelow\b|\bthis (?:guide|page|post|article|list)\b",
                      re.IGNORECASE)
_POINTING = 4  # words after "you": "do first", "handle this situation", "respond to him"
_MAX_PROMPT = 30  # words of the prompt's line: a second question may follow the first ("How do you tell them?")
_MAX_SCENE = 3  # paragraphs of the scene
_MAX_LINES = 40  # blocks of the scene (a plain text's lines each one): a longer run above a prompt is no scene
_MIN_SCENE = 12  # words: a scene, not a remark
_MAX_FOLDED = 40  # words of a scene made one question with its prompt when the prompt is answered
_TITLE_WORDS = 8
_NAME_WORDS = 6  # words of a name typed right over its scene's first line
_SCENE_LABELS = frozenset({"situation", "scenario", "context", "background"})


def bare_scenes(blocks: list[Block]) -> tuple[list[Block], list[Exercise]]:
    """``blocks`` without the bare scenes in them (see the module), and those scenes as scenarios."""
    posed: list[tuple[int, int, int]] = []  # (first block, title or -1, prompt) of each scene put to the reader
    for index, block in enumerate(blocks):
        if block.kind is PARAGRAPH and block.text[-1:] in "?*_" and _prompt(block):
            scene = _scene(blocks, index)
            if scene is not None:
                posed.append((*scene, index))
    found: list[Exercise] = []
    folded: dict[int, Block] = {}  # an answered prompt, by its index: the question with its scene before it
    scenes: set[int] = set()  # the indexes of the blocks of those scenes
    for number, (start, title, prompt) in enumerate(posed):
        following = posed[number + 1] if number + 1 < len(posed) else None
        after = -1 if following is None else following[1] if following[1] >= 0 else following[0]
        if (exercise := _exercise(blocks, (start, title), prompt, after)) is not None:
            found.append(exercise)
        elif (asked := _folded(blocks, start, prompt)) is not None:
            folded[prompt] = asked
            scenes.update(range(start, prompt))
    if not found and not folded:
        return blocks, []
    taken = {index for exercise in found for index in exercise.taken}
    taken |= scenes
    return [folded.get(i, b) for i, b in enumerate(blocks) if i not in taken], found


def _folded(blocks: list[Block], start: int, prompt: int) -> Block | None:
    """The prompt at ``prompt`` with its scene before it (``Your biggest client threatens to leave ... What would you
    do?``), when the scene is short (:data:`_MAX_FOLDED` words) and the prompt is answered under it: one question
    and its answer, as the same words typed on one line are; ``None`` for a longer scene."""
    scene = " ".join((b.rest if b.lead else b.text).strip() for b in blocks[start:prompt])
    if len(scene.split()) > _MAX_FOLDED:
        return None
    asked = blocks[prompt]
    text = f"{scene} {clean_title(asked.text.strip())}"
    return replace(asked, line=blocks[start].line, text=text, lead="", rest="", bold=False)


def _prompt(block: Block) -> bool:
    """A one-line paragraph whose first question is a short one to "you" pointing at what was told above."""
    text = clean_title(block.text.strip())
    if "\n" in text or block.quoted or block.lead or len(text.split()) > _MAX_PROMPT:
        return False
    match = _PROMPT.match(text)
    return match is not None and len(match.group("rest").split()) <= _POINTING


def _scene(blocks: list[Block], prompt: int) -> tuple[int, int] | None:
    """``(start, title)`` for the scene above the prompt at ``prompt``: the index of its first block and of its
    title (``-1``: none); ``None`` when the prose above is no scene standing at a section's start."""
    start = prompt
    groups = 0
    while start > 0 and prompt - start < _MAX_LINES and _prose(blocks[start - 1]) \
            and not first_person(blocks[start - 1].text):  # "I would call the client ...": the answer above
        if start == prompt or blocks[start].line > blocks[start - 1].end + 1:
            groups += 1  # a plain text's lines, each a paragraph, run on until a blank line
        if groups > _MAX_SCENE:
            return None
        start -= 1
    if start == prompt:
        return None
    while prompt - start > 1 and _names_scene(blocks[start], blocks[start + 1]):
        start += 1  # "The late dependency" standing alone over the scene (or the page's title): no line of it
    text = " ".join(b.rest if b.lead else b.text for b in blocks[start:prompt])
    if len(text.split()) < _MIN_SCENE or first_person(text) or not to_you(text) or is_coaching(text) \
            or _ABOUT_PAGE.search(text):
        return None  # "Interviewers ask these to see how you think ...": the page's introduction, no scene
    title = start - 1 if start and _names_scene(blocks[start - 1], blocks[start]) else -1
    above = title if title >= 0 else start
    if above and blocks[above - 1].kind not in (HEADING, RULE) \
            and not (blocks[above].plain and blocks[above].line > blocks[above - 1].end + 1
                     and (title >= 0 or not is_question(blocks[above - 1].text))):
        return None  # in plain text, a blank line ends what is above; under a question, the text would answer it
    return start, title


def _names_scene(block: Block, following: Block) -> bool:
    """Whether ``block`` is a title over ``following``: standing alone (:func:`_title`), or typed right over it."""
    return _title(block, following) or _named_over(block, following)


def _named_over(block: Block, following: Block) -> bool:
    """A plain-text line of a few words with no sentence's end right over the scene's first line (``Scenario 2``
    over ``Two of your engineers ...``): the scene's name, its text starting on the line under it."""
    text = block.text.strip()
    return block.plain and not block.lead and following.line == block.end + 1 and 0 < len(text.split()) <= _NAME_WORDS \
        and not text.endswith((".", ",", ";", ":", "!", "?")) and following.text.lstrip()[:1].isupper()


def _prose(block: Block) -> bool:
    """A paragraph of prose that asks nothing: a scene's (a ``Situation:`` label may open it)."""
    if block.kind is not PARAGRAPH or block.quoted or block.bold or is_question(block.text):
        return False
    return not block.lead or (slot(block.lead) in _SCENE_LABELS and len(block.rest.split()) > _TITLE_WORDS)


def _title(block: Block, scene: Block) -> bool:
    """Whether ``block`` names the scene under it: a heading, a bold line, ``Scenario: name``, or a few words on a
    line standing alone."""
    if block.kind is HEADING or block.kind is PARAGRAPH and block.bold:
        return True
    if block.kind is not PARAGRAPH or block.quoted or scene.line <= block.end + 1 and not block.lead:
        return False
    text = (block.rest if block.lead else block.text).strip()
    if block.lead and slot(block.lead) not in _SCENE_LABELS:
        return False
    return 0 < len(text.split()) <= _TITLE_WORDS and "\n" not in text and not text.endswith((".", ";", "!", "?"))


def _exercise(blocks: list[Block], scene: tuple[int, int], prompt: int, after: int) -> Exercise | None:
    """The scenario of the scene and prompt, with the questions listed under it as its points; ``None`` when
    anything else comes before the next heading, rule, scene (its first block at ``after``) or the end (the prompt
    is answered, or leads on)."""
    start, title = scene
    end = prompt + 1
    while end < len(blocks) and blocks[end].kind is ITEM and is_question(blocks[end].text):
        end += 1
    if end < len(blocks) and blocks[end].kind not in (HEADING, RULE) and end != after:
        return None
    if title >= 0 and blocks[title].kind is HEADING and end < len(blocks) and blocks[end].kind is HEADING \
            and blocks[end].level > blocks[title].level:
        title = -1  # a heading over sections of its own: it stays theirs
    named = blocks[title] if title >= 0 else None
    asked = clean_title(blocks[prompt].text.strip())
    pieces = [Piece("scenario", blocks[start].line, blocks=[_unlabelled(b) for b in blocks[start:prompt]]),
              Piece("task", blocks[prompt].line, asked, asked)]  # the prompt: what the reader is to do
    if end > prompt + 1:
        pieces.append(Piece("discussion", blocks[prompt + 1].line, blocks=blocks[prompt + 1:end]))
    name = "" if named is None else clean_title((named.rest if named.lead else named.text).strip())
    unit = Unit(line=(named or blocks[start]).line, question=asked, title=name, pieces=pieces)
    taken = set(range(start, end)) | ({title} if title >= 0 else set())
    return Exercise(unit, frozenset(taken), ())


def _unlabelled(block: Block) -> Block:
    """``block`` without its ``Situation:`` label (the scene's text is what follows it)."""
    if not block.lead:
        return block
    return replace(block, text=block.rest, lead="", rest="")
