"""A note's facts beside its text: a story's name and stated duration, level, topic, competencies, tags and
company, from labels, chips around the question and group headings."""

from __future__ import annotations

import re

from .content import entries, piece_text
from .leadin import outlined
from .listnames import list_names
from .pointers import reminded_name
from .text import QUESTION_MARKS, clean_title, words
from .unit import Piece, Unit
from .worked import worked_title
from ..lazyre import lazy_re

_PREFIX = lazy_re(r"^(?:(?:[a-z][\w-]*\s+){0,2}?(?:scenario|case study|case|exercise|round|interview|story|problem"
                  r"|example|accomplishment|achievement|win)"  # "Accomplishment: ...": the name of a win logged
                  r"\s*#?(?:\d*|[A-Z](?=\s*[:.·–—-]))\s*"  # "Story 2:", "Story B:", "Story A · name"
                  r"(?:[:.·]|[–—-]{1,2}(?=\s))|title:"  # "Problem-Solving" is a name, "Problem - X" a prefix
                  r"|stars?\s*#?\d{1,2}\s*(?:[:.·]|[–—-]{1,2}(?=\s)))"  # "STARS #1: ...", "STAR 3 – ...": numbered
                  r"\s*", re.IGNORECASE)
_DURATION = lazy_re(r"\s*\((\d+\s*(?:min(?:ute)?s?|hours?|hrs?|h))\)\s*$", re.IGNORECASE)
# "Career Moves (STAR)", "The Outage (SAR format)": the method the story is told in, no theme of it
_METHOD = lazy_re(r"\s*[(\[](?:STAR|SAR|CAR|PAR|SOAR|STARL|STAR\s?\+\s?[LR])(?:\s+(?i:method|format|story|answer))?"
                  r"[)\]]\s*$")
# "**The billing outage** (Ownership)": a name set in bold before what follows it; the bold is no part of the name
_BOLD_SPAN = lazy_re(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_GLUED = lazy_re(r"^([A-Z][a-z]{3,})([A-Z][a-z].*)$")  # "BehavioralStrategic ..." from a page's pills
# 'Story 1: "The quiet outage"': a name set in one pair of double quotes, which only mark it as a name
_QUOTED_NAME = lazy_re(r"^[\"“](?P<name>[^\"“”]+)[\"”]$")
_CATEGORY = lazy_re(r"^(?P<category>[^:]{2,40}):\s+(?P<title>\S.*)$")
# an entry of a "a, b; c" list: a comma inside quotes is the name's own
_LIST_ENTRY = lazy_re(r"(?:\"[^\"]*\"|“[^”]*”|[^,;|\"“]|[\"“])+")


def story_name(title: str) -> tuple[str, str]:
    """A story's or scenario's name without "Scenario 3:", "Title:", the method it is told in ("(STAR)") or the
    double quotes round all of it ('Story 1: "The quiet outage"'), and a "(40 minutes)" it states."""
    if not title:
        return "", ""
    name = clean_title(title)
    if "**" in name or "__" in name:
        name = _BOLD_SPAN.sub(r"\2", name)
    bracketed = name.rstrip().endswith((")", "]"))  # what both patterns below need: most names close no bracket
    duration = _DURATION.search(name) if bracketed else None
    name = _DURATION.sub("", name) if duration else name
    name = (_METHOD.sub("", name) or name) if bracketed else name
    name = worked_title(_PREFIX.sub("", name).strip() or name)  # "[Title - e.g., "Name"]": the name given
    name = reminded_name(name) if name[:1] in "[(UuTtSsRr" else name  # "[Use the rota story]": the rota
    if name[:1] in "\"“" and (quoted := _QUOTED_NAME.match(name)):
        name = quoted.group("name").strip() or name  # 'Story 1: "The quiet outage"': The quiet outage
    return name, duration.group(1) if duration else ""


def chip_facts(unit: Unit, pieces: list[Piece], facts: dict) -> list[Piece]:
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
        if not all(_chip(line) for line in lines) or any(b.lead for b in piece.blocks) \
                or outlined(piece.blocks):  # a field, or the story in brief (:func:`.leadin.outlined`): no chips
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
    return 0 < words(line) <= 6 and not line.rstrip().endswith((".", "!", ",", *QUESTION_MARKS))


GROUPED = "Group competency"  # the label :mod:`.grouphead` gives a competency a heading gives several notes
_FACT_SLOTS = frozenset({"level", "company", "topic", "competencies", "tags"})  # the slots :func:`meta_of` reads


def meta_of(unit: Unit, pieces: list[Piece]) -> dict:
    meta: dict = {"level": "", "topic": [], "competencies": [], "tags": [], "company": [], "grouped": [], "stated": []}
    for piece in [*unit.meta, *pieces]:
        if piece.slot not in _FACT_SLOTS:  # an answer or a story's part: no fact (and no text to render)
            continue
        value = (piece.rest or piece_text(piece)).strip()
        if piece.slot == "level" and value:
            meta["level"] = value
        elif piece.slot == "company" and value and words(value) <= 4:
            meta["company"].append(value)
        elif piece.slot == "topic" and value:
            meta["topic"].append(value)
            if piece.rest.strip() and not piece.heading:
                meta["stated"].append(value)  # "**Category:** Platform & Reliability": the note's own, kept
        elif piece.slot == "competencies" and piece.heading and piece.rest.strip():
            meta["competencies"].append(piece.rest.strip())  # a heading's name is one name: "Are Right, A Lot"
            if piece.label == GROUPED:  # a principle heading over several notes: no topic any of them states
                meta["grouped"].append(piece.rest.strip())
        elif piece.slot in ("competencies", "tags") and value:
            listed = [piece.rest] if piece.rest.strip() else entries(piece)  # a list's items, without their marks
            split = list_names if piece.slot == "competencies" else _LIST_ENTRY.findall
            meta[piece.slot].extend(word for item in listed for v in split(_spans_listed(item))
                                    for word in _hashtags(_quoted_name(_unstopped(v.strip(" `*_")))) if word)
            # "*reliability*, *people care*": each name in italics (or bold), read without its marks
    return meta


# "`org-design` `hiring`": each code span a name (the last mark may have gone with the line's end)
_SPANS = lazy_re(r"^\s*(?:`[^`\n]+`\s*)+`[^`\n]+`?\s*$")


def _spans_listed(value: str) -> str:
    """A list written as code spans side by side ("`org-design` `hiring`"), as a comma list."""
    return ", ".join(span.strip() for span in value.strip().split("`")[1::2]) if _SPANS.match(value) else value


def _unstopped(value: str) -> str:
    """A list's last name without the full stop that closes the list ("Ownership, Deliver Results.")."""
    return value[:-1].rstrip() if value.endswith(".") and value.count(".") == 1 else value


# 'Amazon's "Deliver Results"', '"Ownership"': the name in quotation marks, whoever's it is
_QUOTED_NAME = lazy_re(r"^(?:[A-Z][\w.&-]*(?:'s|’s)?\s+){0,2}[\"“](?P<name>[^\"“”]{2,60})[\"”]$")


def _quoted_name(value: str) -> str:
    """A competency or tag named in quotation marks (``Amazon's "Deliver Results"``): the name alone."""
    found = _QUOTED_NAME.match(value.strip())
    return found.group("name").strip() if found else value


def _hashtags(value: str) -> list[str]:
    """``#leadership #hiring`` -> ``["leadership", "hiring"]``; any other value as it is."""
    words = value.split()
    if len(words) > 0 and all(w.startswith("#") and len(w) > 1 for w in words):
        return [w.lstrip("#") for w in words]
    return [value]


_SNAKE = lazy_re(r"[a-z]{3,}(?:_[a-z]+)*")  # all lower case: a key, not a title


def keyed(hints: list[str]) -> list[str]:
    """Group headings written as a category key (``conflict_resolution``, ``ambiguity``): the category they name,
    in words."""
    return [hint.replace("_", " ") for hint in hints if _SNAKE.fullmatch(hint.strip())]


def split_category(name: str) -> tuple[str, str]:
    match = _CATEGORY.match(name)
    if match and words(match.group("category")) <= 4:
        return match.group("category").strip(), match.group("title").strip()
    return "", name
