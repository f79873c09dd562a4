"""A unit's STAR parts -> a story's body: each part's text, a Situation set by a Challenge or Context, parts given
under one label split where the text turns to the teller, and what is not part of the story reported.

Parts that only instruct, pace ("Action: 60-90 seconds") or explain the method are no story: the unit is skipped;
so is a unit with no question named as a template ("The STAR Template") whose every part has blanks to fill in.
"""

from __future__ import annotations

import re

from ..model import StarBody
from .base import Skipped
from .blocks import HEADING
from .closinglesson import lesson_from_result
from .commentary import interviewer_remark
from .content import piece_text, section_text
from .explained import explains_method
from .keyedparts import KEYED, keyed_parts
from .labels import STAR_SLOTS, joined_slots, normalise, star_slot
from .leadin import LEAD
from .listing import short
from .placeholders import BLANK, is_placeholder, is_unfinished
from .blanks import shown_template
from .sections import TEMPLATE, why_noise
from .text import clean_title, is_instruction, is_question, sentence_split
from .unit import Piece, Unit
from .untold import instructs, paced, sized_guide
from .worked import has_worked, worked_text
from .voice import as_me
from ..lazyre import lazy_re


def star_body(unit: Unit, question: str, name: str, pieces: list[Piece], plain: bool):
    """``(the story's body, what was skipped, why it is a draft)`` of a unit that tells a story; ``(None, skipped,
    [])`` for STAR parts that instruct, pace or explain the method instead of telling what happened."""
    parts: dict[str, list[str]] = {}
    skipped: list[Skipped] = []
    reasons: list[str] = []
    setting: list[tuple[Piece, str]] = []  # "Challenge:", "Problem:", "Context:" (CAR, PAR, SOAR stories)
    qualifiers: dict[str, list[str]] = {}  # "Action (follow-up):": "follow-up"
    labels: dict[str, list[str]] = {}  # each part's labels, as written
    blanks: list[int] = []  # the lines of parts given only as blanks to fill ("[Describe the context]")
    first_situation = 1 << 30
    leads: list[str] = []  # the teller's lead-in above the first part: it opens the Situation
    if paced(pieces):  # "Action: 60-90 seconds" and no question: how to pace an answer
        return None, [Skipped(unit.line, f"'{name}'", "how long to spend on each STAR part, not a story")], []
    last = ""  # the part read last: a labelled step of the teller's own after it is more of it
    texts = [piece_text(p, label_items=plain) for p in pieces]  # each piece rendered once
    worked = has_worked([piece_text(p) if plain else text for p, text in zip(pieces, texts)
                         if p.slot in STAR_SLOTS])  # "[Example: ...]": sample text
    for piece, text in zip(pieces, texts):
        part = "result" if piece.slot == "impact" else (star_slot(piece.label) if piece.slot == "answer"
                                                        and piece.label else piece.slot)
        text = worked_text(text, worked)
        if part in STAR_SLOTS:
            if part == "situation":
                first_situation = min(first_situation, piece.line)
            if text and (not is_placeholder(text) or shown_template(text)) and not is_unfinished(text):
                if len(joined := joined_slots(piece.label)) > 1:  # "Situation/Task:"
                    reasons.extend(_joined(parts, joined, text, piece.label))
                else:
                    parts.setdefault(part, []).append(text)
                    qualifiers.setdefault(part, []).append(_qualifier(piece.label))
                    labels.setdefault(part, []).append(piece.label)
                    last = part
            elif piece.template or text and is_placeholder(text):
                blanks.append(piece.line)
        elif part in _SETTING and text and is_placeholder(text):
            blanks.append(piece.line)  # "Context: [Team], [Quarter].": a blank, like a part's
        elif part in _SETTING and text and last == "action":  # "**Complication:**" after the Actions: a turn in them
            label = piece.label.strip(" *_:")
            parts[last][-1] += f"\n\n**{label}:**\n{text}" if label else f"\n\n{text}"
        elif part in _SETTING and text:
            setting.append((piece, text))
        elif part == LEAD and text:
            leads.append(text)
        elif part is None and not last and setting and text and piece.blocks and piece.blocks[0].lead \
                and not is_question(piece.blocks[0].rest):  # "**The Conflict:**" after "**The Context:**": more of it
            setting[-1] = (setting[-1][0], f"{setting[-1][1]}\n\n{text}")
        elif part is None and last and text and piece.blocks and piece.blocks[0].lead \
                and not is_question(piece.blocks[0].rest):
            if last in ("result", "learning") and _COMMENTARY.match(piece.blocks[0].rest):
                piece.slot = "tips"  # "**Principle link:** This shows ...": why the story fits, a tip
            else:
                parts[last][-1] += f"\n\n{text}"  # "**Investigation:** ..." after the Situation: more of that part
        elif part is None and not last and text and not piece.label and interviewer_remark(text):
            piece.slot = "signals"  # "Interviewers use this to check whether ..." above the parts: what they look for
        elif (part in (None, "answer", "question") or part == "title" and piece.blocks) and text \
                and not label_only(piece):  # "### The story" over a line of text: reported too
            skipped.append(_outside(piece, pieces))
    skipped.extend(Skipped(node.line, f"section '{clean_title(node.head.text)}'", "not part of the story")
                   for node in unit.sections if node.head is not None and section_text(node).strip())
    for piece, text in setting:  # the scene a story without a Situation sets, then the problem it faced
        part = next((p for p in ("situation", "task") if p not in parts), None)
        if "situation" in parts and _SCENE.match(normalise(piece.label)):  # "Context:" beside a Situation
            parts["situation"].insert(0 if piece.line < first_situation else len(parts["situation"]), text)
        elif part is None:
            skipped.append(Skipped(piece.line, f"'{piece.label or piece.slot}'", "a story's Situation and Task "
                                                                              "are given already"))
        else:
            parts[part] = [text]
    _named_reflections(parts, qualifiers, labels)
    lesson_from_result(parts, qualifiers)  # "... no incident since. Lesson: ...": the story's Learning
    if leads:
        parts.setdefault("situation", [])[:0] = leads
        qualifiers.setdefault("situation", [])[:0] = [""] * len(leads)
    told = [t for texts in parts.values() for t in texts]
    if keyed_parts(question, told):  # "Describe a launch ..." over "- **Context:** Where you were ...": a draft
        return None, [Skipped(unit.line, "STAR parts", KEYED)], []
    if parts and all(is_instruction(t) for t in told) or not question and (instructs(told) or sized_guide(told)):
        return None, [Skipped(unit.line, "STAR template", "instructions for an answer, not an answer")], []
    if why := explains_method(question, pieces, parts):  # "Imagine you're pitching a movie:", "- **5**: ..."
        return None, [Skipped(unit.line, "answer framework", why)], []
    if (blanks or parts) and not question and all(BLANK.search(t) for texts in parts.values() for t in texts) \
            and why_noise(name) == TEMPLATE:  # "### The STAR Template" over "At [Company], ...": no story
        return None, [Skipped(unit.line, f"'{name}'", "a STAR template: its parts are blanks to fill in")], []
    if blanks and not parts:
        reasons.append(f"its STAR parts are blanks to fill in (line {blanks[0]})")
    _unquoted_parts(parts)
    body = StarBody(question=question or name, title=name if question else "",
                    **{part: _parts_text(texts, qualifiers.get(part, [])) for part, texts in parts.items()})
    return body, skipped, reasons


_WHOLLY_QUOTED = lazy_re(r"^[\"“][^\"“”]+[\"”]$")  # '"I split the job ..."': one pair of quotes round it all


def _unquoted_parts(parts: dict[str, list[str]]) -> None:
    """Each part of a story written in quotes of its own (``**Situation**: "..."``, ``**Task**: "..."``) without
    them: the teller's way of writing the parts, not a quotation (one quoted part alone may be a quotation)."""
    quoted = [(part, index) for part, texts in parts.items() for index, text in enumerate(texts)
              if _WHOLLY_QUOTED.match(text)]
    if len(quoted) >= 2:
        for part, index in quoted:
            parts[part][index] = _first_item_joined(parts[part][index][1:-1].strip())


# '"- Load time: 4s → 1s' over '- Errors: ...': the quote hid the first item's marker, so it stood as a paragraph
_LONE_ITEM = lazy_re(r"^(?P<mark>[-*+])[ \t]+\S[^\n]*\n\n(?P=mark)[ \t]")


def _first_item_joined(text: str) -> str:
    """A part's text whose opening quote stood before a list's first item (``"- Load time: 4s → 1s`` then ``- Errors
    down 80%``): that item back in its list, not a paragraph of its own over the others."""
    found = _LONE_ITEM.match(text)
    if found is None:
        return text
    first = text.index("\n\n")
    return text[:first] + text[first + 1:]


_SETTING = frozenset({"scenario", "challenges"})
# "This shows ownership by ...", "Demonstrates ...": words about the story told, after its end
_COMMENTARY = lazy_re(r"^(?:this|it|which)?\s*(?:story\s+)?(?:shows|demonstrates|highlights|proves|illustrates)\b",
                      re.IGNORECASE)
_SCENE = lazy_re(r"^(?:the )?(?:context|background|setting)$")  # labels of the scene itself, not of a problem
_QUALIFIER = lazy_re(r"\(([^()]{2,40})\)")
# "Action — what went wrong:": a subtitle after a dash (an em or en dash, or a hyphen with spaces round it)
_DASHED_QUALIFIER = lazy_re(r"^[^–—]+?\s+[–—-]\s+([^–—]{2,40}?)[\s:：*_]*$")


def _qualifier(label: str) -> str:
    """The qualifier of a part's label ("Action (immediate response)": "immediate response"; "Action — what went
    wrong": "what went wrong"), or ``""``."""
    found = "(" in label and _QUALIFIER.search(label) \
        or ("-" in label or "–" in label or "—" in label) and _DASHED_QUALIFIER.match(label.strip(" *_"))
    return found.group(1).strip() if found else ""  # most labels hold neither a bracket nor a dash: no search


def _named_reflections(parts: dict[str, list[str]], qualifiers: dict[str, list[str]],
                       labels: dict[str, list[str]]) -> None:
    """A story closed by reflections under labels of their own ("What worked well:", "What didn't work well:"):
    each text keeps its label in the Learning, which would otherwise run them together."""
    names = [clean_title(label).strip(" :*_") for label in labels.get("learning", [])]
    if len(parts.get("learning", [])) > 1 and not all(qualifiers.get("learning", [])) and all(names) \
            and len({normalise(name) for name in names}) == len(names):
        qualifiers["learning"] = names


# a text opening with a list, quote, fence or table: a block of its own under its qualifier, after a blank line
_OWN_BLOCK = lazy_re(r"^(?:[-*+]\s|\d+[.)]\s|>|```|~~~|\|)")


def _parts_text(texts: list[str], qualifiers: list[str]) -> str:
    """One part given under several labels, each text under its qualifier ("**Immediate response:**") when
    there are several and they say what each is."""
    if len(texts) > 1 and len(qualifiers) == len(texts) and all(qualifiers) \
            or len(texts) == 1 and len(qualifiers) == 1 and _qualifies(qualifiers[0]):
        texts = [f"**{q[0].upper()}{q[1:]}:**" + ("\n\n" if _OWN_BLOCK.match(text) else "\n") + text
                 for q, text in zip(qualifiers, texts)]
    return "\n\n".join(texts)


# what opens a gloss, a piece of advice or a note on how to write the part, never a kind of part
_NOT_A_KIND = frozenset("the a an my our your what how why who with in for of to about i we you e.g. eg optional "
                        "if one two three brief short concise specific key main quantified measurable".split())


def _qualifies(qualifier: str) -> bool:
    """Whether a lone part's qualifier says what kind of part it is ("self-imposed", "stretch goal"): a few
    lower-case words, not a timing or length ("30 seconds", "1-2 sentences"), a gloss ("The Issue", "My
    Solution"), a method's name ("SAR/CAR") or advice ("with metrics", "what you did")."""
    words = qualifier.split()
    return (0 < len(words) <= 3 and qualifier[0].islower() and not any(c.isdigit() or c in "/:;,." for c in qualifier)
            and words[0].casefold() not in _NOT_A_KIND)


def _joined(parts: dict[str, list[str]], joined: tuple[str, ...], text: str, label: str) -> list[str]:
    """Parts given under one label: a Situation and Task split where the text turns to the teller
    ("... I was asked to ..."); otherwise all of it is the first part, and the note a draft."""
    if joined[:2] == ("situation", "task") and len(joined) == 2:
        sentences = [s for s in sentence_split(text) if s.strip()]
        turn = next((i for i, sentence in enumerate(sentences) if i and as_me(sentence)), None)
        if turn is not None:
            parts.setdefault("situation", []).append(" ".join(sentences[:turn]))
            parts.setdefault("task", []).append(" ".join(sentences[turn:]))
            return []
    parts.setdefault(joined[0], []).append(text)
    others = " and ".join(part.capitalize() for part in joined[1:])
    return [f"'{clean_title(label).rstrip(':')}' gives the {joined[0].capitalize()} and {others} in one text; "
            "split it"]


def _outside(piece: Piece, pieces: list[Piece]) -> Skipped:
    """What a piece outside the story's parts is: a numbered item above them (``1. The cache rework`` over
    ``2. Situation: ...``) is another story listed for the question, not told in parts; else text of no part."""
    first = min((p.line for p in pieces if p.slot in STAR_SLOTS), default=0)
    if piece.blocks and piece.blocks[0].number is not None and piece.line < first:
        return Skipped(piece.line, f"'{short(clean_title(piece.blocks[0].first_line))}'",
                       "another story listed for this question, not told in its parts")
    return Skipped(piece.line, "text outside the STAR parts", "not part of the story")


def told_from_setting(pieces: list[Piece]) -> bool:
    """A story told from its Context, Challenge or Problem (CAR, PAR) with no Situation or Task label: complete in
    its own method when it has an Action and a Result, so no draft for want of a separate Task."""
    parts = {star_slot(p.label) if p.slot == "answer" and p.label else p.slot for p in pieces}
    return bool(parts & _SETTING) and not parts & {"situation", "task"}


def label_only(piece: Piece) -> bool:
    return piece.slot in ("answer", "question") and not piece.rest and all(
        b.kind is HEADING for b in piece.blocks)
