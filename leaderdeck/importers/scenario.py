"""A unit's pieces -> a scenario's body: its situation, challenges, prompt and discussion points, and the company
and duration it states."""

from __future__ import annotations

import dataclasses
import re

from ..model import DiscussionPoint, ScenarioBody
from .base import Skipped
from .blocks import HEADING, PARAGRAPH, ITEM
from .content import entries, piece_text, section_text, titled_entries, over_list
from .inbox import numbered_items
from .labels import COACH_SLOTS, META_SLOTS
from .pointsend import after_points
from .challengeask import closing_ask
from .namedscene import points_after_ask
from .exercisename import unnumbered
from .text import clean_title, is_question
from .unit import Piece, Unit
from ..lazyre import lazy_re

_SCENARIO_TEXT = frozenset({"scenario", "situation", "impact"})
_TIMED = lazy_re(r"\d\s*(?:min|hour|hr|h\b)", re.IGNORECASE)


def scenario_body(unit: Unit, question: str, name: str, pieces: list[Piece], plain: bool):
    pieces, closing = after_points(pieces)  # "---" then "Once you are done, you can ...": no point's question
    pieces, ask = closing_ask(pieces)  # "Challenges:" over its items, then "What would you say to them?"
    pieces = points_after_ask(pieces)  # "What do you do?" over "- Talk to the customer": points, not the scene
    situation = "\n\n".join(t for p in pieces if (p.slot in _SCENARIO_TEXT or p.slot is None)
                            and (t := _scene_text(p, plain)))
    challenges = [e for p in pieces if p.slot == "challenges" or (p.slot == "requirements" and not _sectioned(p))
                  for e in (titled_entries(p) if _sectioned(p) else entries(_without_lead_ins(p)))
                  if not (e.startswith("**") and e.endswith("**"))]
    told = [b for p in pieces if p.slot in _SCENARIO_TEXT or p.slot is None for b in p.blocks]
    grouped = [p for p in pieces if p.slot == "task" and _grouped_asks(p)]
    prompt = _text([p for p in pieces if p not in grouped], {"task"}, plain) or ask
    points = [point for p in pieces if p.slot == "discussion" or (p.slot == "requirements" and _sectioned(p))
              or asked_list(p) for point in _points(p)]
    points.extend(point for p in grouped for point in _group_points(p))
    for node in unit.sections:  # a sub-section without a label: read by the label before it
        before = max((p for p in pieces if p.slot and p.line < node.line), key=lambda p: p.line, default=None)
        if before is not None and before.slot in ("discussion", "requirements", "task") and _pointed(node):
            points.append(_section_point(node))
        elif before is not None and before.slot == "challenges":
            challenges.extend(b.text for b in node.blocks() if b.kind is ITEM)
        else:
            situation = "\n\n".join(filter(None, (situation, section_text(node))))
            told.extend([node.head, *node.blocks()] if node.head is not None else node.blocks())
    challenges.extend(numbered_items(told))  # "**1. Outage** (pager)" over the message it quotes
    meta: dict[str, str] = {}
    for piece in [*unit.meta, *pieces]:
        text = piece.rest or piece_text(piece)
        if piece.slot == "company" and text or piece.slot == "duration" and text and (
                _TIMED.search(text) or not _TIMED.search(meta.get("duration", ""))):
            meta[piece.slot] = text  # the last, the nearest the note; a duration that gives no time gives way
    situation = unrepeated(situation, name)
    body = ScenarioBody(title=unnumbered(name) if name else question, situation=situation, question=prompt or (question if name else ""),
                        challenges=tuple(challenges), discussion=tuple(p for p in points if p.heading),
                        duration=meta.get("duration", ""), company=meta.get("company", ""))
    return body, [*closing, *_unread(pieces), *_untimed(pieces, body.duration)], []


def _untimed(pieces: list[Piece], duration: str) -> list[Skipped]:
    """The paragraphs of a brief's timing section other than the one kept as its duration (``## Time`` over
    ``About 20 minutes.`` and ``There are no perfect answers.``): each a piece of its own, reported, never dropped."""
    return [Skipped(p.line, "text under the brief's timing", "not part of the scenario") for p in pieces
            if p.slot == "duration" and (text := (p.rest or piece_text(p)).strip()) and text != duration.strip()]


# what a scenario reads of its pieces (coaching and facts are read beside the body)
_READ = _SCENARIO_TEXT | COACH_SLOTS | META_SLOTS | {None, "challenges", "requirements", "task", "discussion",
                                                      "noise", "question", "container", "covers"}


def _unread(pieces: list[Piece]) -> list[Skipped]:
    """The labelled sections with text that a scenario has no field for (a story's Result, say): reported, never
    dropped silently."""
    return [Skipped(p.line, f"section '{clean_title(p.label)}'" if p.heading else f"'{p.label or p.slot}'",
                    "not part of the scenario")
            for p in pieces if (p.slot not in _READ or p.slot == "title" and p.heading) and (p.blocks or p.rest)
            and piece_text(p).strip() and not asked_list(p)]


def answers_kept(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with a scenario's own answer (``**My notes:** ...``, ``### Sample answer`` over text), which no field
    of a scenario holds, made one coach tip under its label, as a sheet's answer column is; a list of questions
    under the prompt stays its discussion points (:func:`asked_list`)."""
    out = []
    for piece in pieces:
        if piece.slot == "answer" and not asked_list(piece) and (text := piece_text(piece).strip()):
            label = clean_title(piece.label).rstrip(": ")
            if not text.startswith(("**", "__")):  # "**My notes:** ..." says what it is already
                named = label if label and label != piece.slot and not is_question(label) else "Answer"
                text = over_list(f"**{named}:**", text)  # "**Expected Approach:**" on its own line over its list
            out.append(Piece("tips", piece.line, piece.label, text))
        else:
            out.append(piece)
    return out


def asked_list(piece: Piece) -> bool:
    """An answer that is a list of questions and nothing else: under the scenario's prompt (``**What would you
    do?**`` over ``- Who do you talk to first?``), the points to discuss, never a model answer."""
    if piece.slot != "answer" or piece.rest.strip():
        return False
    filled = [b for b in piece.blocks if b.text.strip()]
    if not filled or any(b.kind is not ITEM for b in filled):
        return False
    base = min(b.indent for b in filled)
    return all(is_question(b.text) for b in filled if b.indent == base)


_MARKUP = lazy_re(r"[*_`\"“”‘’]+")


def _key(text: str) -> str:
    return " ".join(_MARKUP.sub("", text).casefold().strip(" .:;!-–—").split())


def unrepeated(situation: str, name: str) -> str:
    """A scenario's situation without the name it repeats: "Scenario: The split rotation" then "The split
    rotation" as the situation's first line (or first sentence) says the name twice; the note's name, or the first
    of the two lines, keeps it."""
    lines = situation.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) >= 2 and _key(lines[filled[0]]) and _key(lines[filled[0]]) == _key(lines[filled[1]]):
        del lines[filled[1]]  # the name twice, one line under the other: once
    text = "\n".join(lines).strip()
    if not name or not _key(name):
        return text
    first, _, rest = text.partition("\n")
    if _key(first) == _key(name) and rest.strip():
        return rest.strip()
    sentence = re.match(r"^(.{1,120}?)[.:]\s+(?=\S)", first)
    if sentence and _key(sentence.group(1)) == _key(name):
        return text[sentence.end():].strip()
    return text


def _sectioned(piece: Piece) -> bool:
    return any(b.kind is HEADING for b in piece.blocks)


def _points(piece: Piece) -> list[DiscussionPoint]:
    """Discussion points of a piece: each heading or top-level item, with what is nested under it as questions; a
    line ending in ":" over a list is the list's label."""
    points: list[tuple[str, list[str]]] = []
    base = min((b.indent for b in piece.blocks if b.kind is ITEM), default=0)
    headed = _sectioned(piece)
    piece = _without_lead_ins(piece)
    for block in piece.blocks:
        if block.kind is HEADING or (block.kind is ITEM and block.indent == base and not headed):
            heading = block.lead or clean_title(block.text)
            points.append((heading.rstrip(":"), [block.rest] if block.lead and block.rest else []))
        elif block.kind is ITEM and points:
            points[-1][1].append(block.text)
        elif block.text.strip() and points:
            points[-1][1].append(block.text)
        elif block.text.strip():
            points.append((block.text, []))
    if piece.rest.strip():  # "Solution: Masked the tokens" over more lines: the label's own text is a point too
        points.insert(0, (piece.rest.strip().rstrip(":"), []))
    return [DiscussionPoint(h.strip(), tuple(q.strip() for q in qs if q.strip())) for h, qs in points]


def _without_lead_ins(piece: Piece) -> Piece:
    """``piece`` without the lines that only introduce the list right under them ("Be ready to talk through:"):
    the list's label, no challenge or point of its own."""
    blocks = [b for b, after in zip(piece.blocks, [*piece.blocks[1:], None])
              if not (b.kind is PARAGRAPH and b.text.rstrip().endswith(":") and after is not None
                      and after.kind is ITEM and after.indent >= b.indent)]
    return piece if len(blocks) == len(piece.blocks) else dataclasses.replace(piece, blocks=blocks)


# a label that only says "here is the scene" ("Context:", "Situation:"), unlike "Stakeholders:" or "Team:"
_SCENE_LABEL = lazy_re(r"^(?:the\s+)?(?:scenario|situation|context|background|setting|overview|brief|scene|case"
                       r"|problem|dilemma|prompt)\W*$", re.IGNORECASE)


def _scene_text(piece: Piece, plain: bool) -> str:
    """A piece of a scenario's situation, its label kept before it when the label names what it tells
    (``**Stakeholders:** CEO, CPO``): the situation runs its pieces together, and the label says what each is. So
    does the label of the scene's impact (``### Business Impact`` over its list, kept in bold over it, as a
    sub-section's title is): the situation tells it beside the rest, and only the label says what it is."""
    text = piece_text(piece, label_items=plain)
    label = piece.label.strip(" *_:")
    if text and piece.slot == "impact" and label and len(label.split()) <= _LABEL_WORDS:
        return f"**{label}**\n\n{text}" if piece.heading else f"**{label}:** {text}"  # a part of the scene's
    if not text or piece.slot != "scenario" or piece.heading or not label or _SCENE_LABEL.match(label) \
            or len(label.split()) > _LABEL_WORDS:
        return text
    return f"**{label}:** {text}"


_LABEL_WORDS = 4


def _grouped_asks(piece: Piece) -> bool:
    """A brief's ask made of groups only (``## What you need to deliver`` over ``**1. Action plan**`` and its list,
    ``**2. Delegation**`` and its list, ...), with no sentence of its own: each group one point to cover, never the
    whole as the note's question."""
    filled = [b for b in piece.blocks if b.text.strip()]
    titles = [b for b in filled if b.kind is PARAGRAPH and b.bold]
    return not piece.rest.strip() and len(titles) >= 2 and filled[0] in titles \
        and all(b in titles or b.kind is ITEM for b in filled)


def _group_points(piece: Piece) -> list[DiscussionPoint]:
    """The points of a grouped ask: each bold title (its number dropped) over the items under it."""
    points: list[tuple[str, list[str]]] = []
    for block in piece.blocks:
        if block.kind is PARAGRAPH and block.bold:
            points.append((_GROUP_NUMBER.sub("", clean_title(block.text)).rstrip(":"), []))
        elif block.kind is ITEM and block.text.strip():
            points[-1][1].append(block.text.strip())
    return [DiscussionPoint(heading, tuple(items)) for heading, items in points if heading]


_GROUP_NUMBER = lazy_re(r"^\d{1,2}[.)]\s+")


def _pointed(node) -> bool:
    """Whether a sub-section after a scenario's points is one more point: its heading asks, or it lists what to
    cover, or it holds nothing; prose alone under a heading that asks nothing ("## Timeline" over "You have 72
    hours ...") tells more of the case."""
    blocks = node.blocks()
    return is_question(clean_title(node.head.text)) or not blocks or any(b.kind is ITEM for b in blocks)


def _section_point(node) -> DiscussionPoint:
    questions = [b.text for b in node.blocks() if b.kind in (ITEM, PARAGRAPH) and b.text.strip()]
    return DiscussionPoint(clean_title(node.head.text).rstrip(":"), tuple(questions))


def _text(pieces: list[Piece], slots: set[str], plain: bool) -> str:
    return "\n\n".join(t for p in pieces if p.slot in slots and (t := piece_text(p, label_items=plain)))
