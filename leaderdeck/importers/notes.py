"""A unit -> one note, its kind decided by what it holds.

A star when it has STAR parts (two or more, one of them an Action, Result or
Learning), a scenario when it has a situation with challenges, discussion or a
task, otherwise a Q&A note. A problem statement with nothing else (a coding
round) is a question, its remaining text the answer. What the document gave
next to the answer becomes coach signals, tips, variants, clarifying
questions and assumptions; what has no place in the note is reported.
"""

from __future__ import annotations

import re

from ..model import DiscussionPoint, Kind, QaBody, ScenarioBody, StarBody
from .base import Parsed, Skipped
from .blocks import BlockKind
from .content import entries, piece_text, section_text
from .coaching import coach_of
from .labels import COACH_SLOTS, STAR_SLOTS, joined_slots
from .text import (clean_title, is_coaching, is_instruction, is_placeholder, is_question, is_unfinished,
                   sentence_split, unquote, words)
from .unit import Piece, Unit

_SCENARIO_TEXT = frozenset({"scenario", "situation", "impact"})
_PREFIX = re.compile(r"^(?:(?:scenario|case study|case|exercise|round|interview|story|problem|example)\s*#?\d*\s*"
                     r"[:.–—-]|title:)"
                     r"\s*", re.IGNORECASE)
_DURATION = re.compile(r"\s*\((\d+\s*(?:min(?:ute)?s?|hours?|hrs?|h))\)\s*$", re.IGNORECASE)
_THEME = re.compile(r"\(([A-Za-z][A-Za-z &/-]{2,30})\)\s*$")  # "The Midnight Rollback (Incidents)"
_GLUED = re.compile(r"^([A-Z][a-z]{3,})([A-Z][a-z].*)$")  # "BehavioralStrategic ..." from a page's pills
_CATEGORY = re.compile(r"^(?P<category>[^:]{2,40}):\s+(?P<title>\S.*)$")


def unit_note(unit: Unit, *, plain: bool, forced: Kind | None = None) -> tuple[Parsed | None, list[Skipped]]:
    pieces = sorted(unit.pieces, key=lambda p: p.line)
    skipped = [Skipped(p.line, f"'{p.label}'", "not interview content") for p in pieces
               if p.slot == "noise" and not p.empty]
    pieces = [p for p in pieces if p.slot != "noise"]
    kind = forced or _kind({p.slot for p in pieces if p.slot}, pieces)
    if kind is Kind.QA and not forced and unit.story and unit.title and unit.question \
            and not any(piece_text(p) for p in pieces if p.slot in (None, "answer")):
        kind = Kind.STAR  # a question answered only by the name of a story: that story, its parts to write
    name, duration = _name(unit.title or _named_scene(pieces))
    if name and not unit.title:  # "SCENARIO: The Split Team" named it: that line is not its situation
        pieces = [p for p in pieces if not (p.slot == "scenario" and p.rest and _bare(p))]
    if duration:
        unit.meta.append(Piece("duration", unit.line, "Duration", duration))
    question = _question(unit.question)
    if kind is Kind.QA and not question and "scenario" in {p.slot for p in pieces}:
        question, pieces = _problem(pieces)
    if not question and not name:
        what = "STAR parts" if kind is Kind.STAR else "text"
        return None, [*skipped, Skipped(unit.line, what, "no question or title above it")]
    facts: dict = {"level": "", "topic": [], "competencies": [], "tags": []}
    if kind is not Kind.QA:
        pieces = _facts(unit, pieces, facts)
    builder = {Kind.STAR: _star, Kind.SCENARIO: _scenario, Kind.QA: _qa}[kind]
    body, extra, reasons = builder(unit, question, name, pieces, plain)
    skipped.extend(extra)
    if body is None:
        return None, skipped
    pieces = sorted(unit.pieces, key=lambda p: p.line) if kind is Kind.QA else pieces
    coach, clarify, assumptions, variants = coach_of(unit, pieces, question)
    if kind is Kind.QA and not getattr(body, "answer", "") and coach.signals and not reasons:
        reasons.append("no answer, only what interviewers look for")
    meta = _meta(unit, pieces)
    meta["level"] = meta["level"] or facts["level"]
    meta["topic"][:0] = facts["topic"]
    meta["competencies"].extend(facts["competencies"])
    meta["tags"].extend(facts["tags"])
    category, _ = _split_category(name)
    theme = _THEME.search(name)
    return Parsed(
        kind=kind, body=body, line=unit.line, name=name or (facts["topic"] or [question])[0],
        level_label=meta["level"],
        topic_labels=tuple(t for t in (*meta["topic"], category, theme.group(1) if theme else "",
                                       *meta["competencies"]) if t),
        topic_hint=" ".join(unit.hints), competencies=tuple(meta["competencies"]), tags=tuple(meta["tags"]),
        clarifying_questions=clarify, assumptions=assumptions, coach=coach, variants=variants,
        reasons=tuple(reasons), untitled=kind is not Kind.SCENARIO and not question and bool(name),
    ), skipped


def _named_scene(pieces: list[Piece]) -> str:
    """The name a first ``Scenario: The Split Team`` line (nothing under it) gives a scenario with no title."""
    first = next((p for p in pieces if p.slot), None)
    if first is None or first.slot != "scenario" or not first.rest or not _bare(first):
        return ""
    text = first.rest.strip()
    if len(text.split()) > 12 or text.endswith((".", "?", "!", ";", ",")):
        return ""
    return text.title() if text.isupper() else text


def _bare(piece: Piece) -> bool:
    return not any(b.text.strip() or b.rows for b in piece.blocks)


def _name(title: str) -> tuple[str, str]:
    """A story's or scenario's name without "Scenario 3:" or "Title:", and a "(40 minutes)" it states."""
    if not title:
        return "", ""
    name = clean_title(title)
    duration = _DURATION.search(name)
    name = _DURATION.sub("", name)
    name = _PREFIX.sub("", name).strip() or name
    return name, duration.group(1) if duration else ""


def _facts(unit: Unit, pieces: list[Piece], facts: dict) -> list[Piece]:
    """Short lines around a story's question, before its parts: a category above it ("Behavioral"), a level
    and competency chips below it, as web pages show them. The pieces that remain."""
    first = next((p.line for p in pieces if p.slot is not None and p.slot not in ("question", "container")),
                 None)
    out = []
    for piece in pieces:
        if piece.slot is not None or first is None or piece.line > first:
            out.append(piece)
            continue
        lines = [b.text for b in piece.blocks if b.text]
        if not all(_chip(line) for line in lines):
            out.append(piece)
            continue
        for line in lines:
            if piece.line < unit.line:
                glued = _GLUED.match(line)
                facts["tags"].extend([glued.group(1).casefold()] if glued else [])
                facts["topic"].append(glued.group(2) if glued else line)
            elif "level" in line.casefold().split() and not facts["level"]:
                facts["level"] = line
            else:
                facts["competencies"].append(line)
    return out


def _chip(line: str) -> bool:
    return 0 < words(line) <= 6 and not line.rstrip().endswith((".", "?", "!", ","))


def _kind(slots: set[str], pieces: list[Piece]) -> Kind:
    star = slots & set(STAR_SLOTS)
    answer_as_action = any(p.slot == "answer" and p.label.strip(" *:").casefold() == "a" for p in pieces)
    if answer_as_action and star:
        star |= {"action"}
    scenario = bool(slots & {"scenario"}) or ("situation" in slots and not star & {"action", "result", "learning"})
    if scenario and slots & {"challenges", "requirements", "discussion", "task"} and not {"action", "result"} <= star:
        return Kind.SCENARIO
    if len(star) >= 2 and star & {"action", "result", "learning", "task"}:
        return Kind.STAR
    return Kind.QA


# "Round 2 - What would you ...?": where in the loop a question is asked, not part of it
_STAGE = re.compile(r"^(?:round|part|day|stage|step|section|interview|loop)\s*\d{1,3}\s*[:.)–—-]\s+", re.IGNORECASE)


_QUESTION_PREFIX = re.compile(r"^(?:q(?:uestion)?\s*\d*\s*[:.)-]\s*)", re.IGNORECASE)  # "Q3:", "Question -"
_LIST_SEPARATOR = re.compile(r"[,;|]")


def _question(text: str) -> str:
    text = clean_title(text) if text else ""
    text = _QUESTION_PREFIX.sub("", text)
    text = _STAGE.sub("", text) if _STAGE.match(text) and is_question(_STAGE.sub("", text)) else text
    return unquote(text)


def _problem(pieces: list[Piece]) -> tuple[str, list[Piece]]:
    """A problem statement as the question; the rest stays as the answer."""
    problem = next(p for p in pieces if p.slot == "scenario")
    text = piece_text(problem) if not problem.rest else problem.rest
    remaining = [Piece(None, problem.line + 1, blocks=problem.blocks)] if problem.rest else []
    return text.split("\n\n")[0], [*remaining, *(p for p in pieces if p is not problem)]


def _text(pieces: list[Piece], slots: set[str], plain: bool) -> str:
    return "\n\n".join(t for p in pieces if p.slot in slots and (t := piece_text(p, label_items=plain)))


def _star(unit: Unit, question: str, name: str, pieces: list[Piece], plain: bool):
    parts: dict[str, list[str]] = {}
    skipped: list[Skipped] = []
    reasons: list[str] = []
    setting: list[tuple[Piece, str]] = []  # "Challenge:", "Problem:", "Context:" (CAR, PAR, SOAR stories)
    qualifiers: dict[str, list[str]] = {}  # "Action (follow-up):": "follow-up"
    for piece in pieces:
        part = "result" if piece.slot == "impact" else ("action" if piece.slot == "answer"
                                                        and piece.label.strip(" *:").casefold() == "a"
                                                        else piece.slot)
        text = piece_text(piece, label_items=plain)
        if part in STAR_SLOTS:
            if text and not is_placeholder(text) and not is_unfinished(text):
                if len(joined := joined_slots(piece.label)) > 1:  # "Situation/Task:"
                    reasons.extend(_joined(parts, joined, text, piece.label))
                else:
                    parts.setdefault(part, []).append(text)
                    qualifiers.setdefault(part, []).append(_qualifier(piece.label))
        elif part in _SETTING and text:
            setting.append((piece, text))
        elif part in (None, "answer", "question") and text and not _label_only(piece):
            skipped.append(Skipped(piece.line, "text outside the STAR parts", "not part of the story"))
    skipped.extend(Skipped(node.line, f"section '{clean_title(node.head.text)}'", "not part of the story")
                   for node in unit.sections if node.head is not None and section_text(node).strip())
    for piece, text in setting:  # the scene a story without a Situation sets, then the problem it faced
        part = next((p for p in ("situation", "task") if p not in parts), None)
        if part is None:
            skipped.append(Skipped(piece.line, f"'{piece.label or piece.slot}'", "a story's Situation and Task "
                                                                              "are given already"))
        else:
            parts[part] = [text]
    if parts and all(is_instruction(t) for texts in parts.values() for t in texts):
        return None, [Skipped(unit.line, "STAR template", "instructions for an answer, not an answer")], []
    body = StarBody(question=question or name, title=name if question else "",
                    **{part: _parts_text(texts, qualifiers.get(part, [])) for part, texts in parts.items()})
    return body, skipped, reasons


_SETTING = frozenset({"scenario", "challenges"})
_TIMED = re.compile(r"\d\s*(?:min|hour|hr|h\b)", re.IGNORECASE)
_QUALIFIER = re.compile(r"\(([^()]{2,40})\)")


def _qualifier(label: str) -> str:
    """The qualifier of a part's label ("Action (immediate response)": "immediate response"), or ``""``."""
    found = _QUALIFIER.search(label)
    return found.group(1).strip() if found else ""


def _parts_text(texts: list[str], qualifiers: list[str]) -> str:
    """One part given under several labels, each text under its qualifier ("**Immediate response:**") when
    there are several and they say what each is."""
    if len(texts) > 1 and len(qualifiers) == len(texts) and all(qualifiers):
        texts = [f"**{q[0].upper()}{q[1:]}:**\n{text}" for q, text in zip(qualifiers, texts)]
    return "\n\n".join(texts)
_MYSELF = re.compile(r"\b(?:I|I'm|I've|I'd|I was|my|me)\b")


def _joined(parts: dict[str, list[str]], joined: tuple[str, ...], text: str, label: str) -> list[str]:
    """Parts given under one label: a Situation and Task split where the text turns to the teller
    ("... I was asked to ..."); otherwise all of it is the first part, and the note a draft."""
    if joined[:2] == ("situation", "task") and len(joined) == 2:
        sentences = [s for s in sentence_split(text) if s.strip()]
        turn = next((i for i, sentence in enumerate(sentences) if i and _MYSELF.search(sentence)), None)
        if turn is not None:
            parts.setdefault("situation", []).append(" ".join(sentences[:turn]))
            parts.setdefault("task", []).append(" ".join(sentences[turn:]))
            return []
    parts.setdefault(joined[0], []).append(text)
    others = " and ".join(part.capitalize() for part in joined[1:])
    return [f"'{clean_title(label).rstrip(':')}' gives the {joined[0].capitalize()} and {others} in one text; "
            "split it"]


def _label_only(piece: Piece) -> bool:
    return piece.slot in ("answer", "question") and not piece.rest and all(
        b.kind is BlockKind.HEADING for b in piece.blocks)


def _scenario(unit: Unit, question: str, name: str, pieces: list[Piece], plain: bool):
    situation = "\n\n".join(t for p in pieces if (p.slot in _SCENARIO_TEXT or p.slot is None)
                            and (t := piece_text(p, label_items=plain)))
    challenges = [e for p in pieces if p.slot == "challenges" or (p.slot == "requirements" and not _sectioned(p))
                  for e in entries(p) if not (e.startswith("**") and e.endswith("**"))]
    prompt = _text(pieces, {"task"}, plain)
    points = [point for p in pieces if p.slot == "discussion" or (p.slot == "requirements" and _sectioned(p))
              for point in _points(p)]
    for node in unit.sections:  # a sub-section without a label: read by the label before it
        before = max((p for p in pieces if p.slot and p.line < node.line), key=lambda p: p.line, default=None)
        if before is not None and before.slot in ("discussion", "requirements", "task"):
            points.append(_section_point(node))
        elif before is not None and before.slot == "challenges":
            challenges.extend(b.text for b in node.blocks() if b.kind is BlockKind.ITEM)
        else:
            situation = "\n\n".join(filter(None, (situation, section_text(node))))
    meta: dict[str, str] = {}
    for piece in [*unit.meta, *pieces]:
        text = piece.rest or piece_text(piece)
        if piece.slot == "company" and text or piece.slot == "duration" and text and (
                _TIMED.search(text) or not _TIMED.search(meta.get("duration", ""))):
            meta[piece.slot] = text  # the last, the nearest the note; a duration that gives no time gives way
    body = ScenarioBody(title=name or question, situation=situation, question=prompt or (question if name else ""),
                        challenges=tuple(challenges), discussion=tuple(p for p in points if p.heading),
                        duration=meta.get("duration", ""), company=meta.get("company", ""))
    return body, [], []


def _sectioned(piece: Piece) -> bool:
    return any(b.kind is BlockKind.HEADING for b in piece.blocks)


def _points(piece: Piece) -> list[DiscussionPoint]:
    """Discussion points of a piece: each heading or top-level item, with what is nested under it as questions."""
    points: list[tuple[str, list[str]]] = []
    base = min((b.indent for b in piece.blocks if b.kind is BlockKind.ITEM), default=0)
    headed = _sectioned(piece)
    for block in piece.blocks:
        if block.kind is BlockKind.HEADING or (block.kind is BlockKind.ITEM and block.indent == base and not headed):
            heading = block.lead or clean_title(block.text)
            points.append((heading.rstrip(":"), [block.rest] if block.lead and block.rest else []))
        elif block.kind is BlockKind.ITEM and points:
            points[-1][1].append(block.text)
        elif block.text.strip() and points:
            points[-1][1].append(block.text)
        elif block.text.strip():
            points.append((block.text, []))
    if piece.rest and not points:
        points.append((piece.rest, []))
    return [DiscussionPoint(h.strip(), tuple(q.strip() for q in qs if q.strip())) for h, qs in points]


def _section_point(node) -> DiscussionPoint:
    questions = [b.text for b in node.blocks() if b.kind is BlockKind.ITEM]
    return DiscussionPoint(clean_title(node.head.text).rstrip(":"), tuple(questions))


def _qa(unit: Unit, question: str, name: str, pieces: list[Piece], plain: bool):
    content = [p for p in pieces if p.slot not in COACH_SLOTS and p.slot not in ("level", "duration", "company",
                                                                                  "topic", "competencies", "tags")]
    texts = [_labelled(p, plain) for p in content]
    texts += [section_text(node) for node in unit.sections]
    paragraphs = [p for t in texts if t for p in t.split("\n\n")]
    reasons: list[str] = []
    while len(paragraphs) > 1 and is_coaching(paragraphs[0]):  # "Discussing this can show your ..." first
        unit.pieces.append(Piece("signals", unit.line, rest=paragraphs.pop(0)))
    answer = "\n\n".join(paragraphs)
    if answer and (is_placeholder(answer) or is_unfinished(answer)):
        reasons.append("a placeholder, not an answer")
        answer = ""
    return QaBody(question=question or name, answer=answer), [], reasons


def _labelled(piece: Piece, plain: bool) -> str:
    text = piece_text(piece, label_items=plain)
    if piece.slot in STAR_SLOTS and piece.label and text:
        return f"**{piece.label.strip(' *:')}:** {text}"
    return text


def _meta(unit: Unit, pieces: list[Piece]) -> dict:
    meta: dict = {"level": "", "topic": [], "competencies": [], "tags": []}
    for piece in [*unit.meta, *pieces]:
        value = (piece.rest or piece_text(piece)).strip()
        if piece.slot == "level" and value:
            meta["level"] = value
        elif piece.slot == "topic" and value:
            meta["topic"].append(value)
        elif piece.slot in ("competencies", "tags") and value:
            listed = [piece.rest] if piece.rest.strip() else entries(piece)  # a list's items, without their marks
            meta[piece.slot].extend(word for item in listed for v in _LIST_SEPARATOR.split(item)
                                    for word in _hashtags(v.strip()) if word)
    return meta


def _hashtags(value: str) -> list[str]:
    """``#leadership #hiring`` -> ``["leadership", "hiring"]``; any other value as it is."""
    words = value.split()
    if len(words) > 0 and all(w.startswith("#") and len(w) > 1 for w in words):
        return [w.lstrip("#") for w in words]
    return [value]


def _split_category(name: str) -> tuple[str, str]:
    match = _CATEGORY.match(name)
    if match and words(match.group("category")) <= 4:
        return match.group("category").strip(), match.group("title").strip()
    return "", name
