"""The bold label a Markdown paragraph or item opens with: ``**Situation:** text``, ``**S**ituation: text``,
``**Q.** How ...?``, ``**Situation** — text``, ``**Situation.** text`` (or ``**Action.**`` alone over its text), or
a ``**Context**`` line over its text; or a line that is bold as a whole (a title, not a label). An italic
``*Situation*`` line over its text labels it the same way.
"""

from __future__ import annotations

import re

from .labels import STAR_SLOTS, slot, star_lead, star_slot
from .placeholders import is_placeholder
from .text import COLONS, strip_symbols
from ..lazyre import lazy_re

_BOLD_LEAD = lazy_re(r"^(?:\*\*|__)(?P<label>[^*_\n]{1,80}?)(?P<inner>\s*[:：]\s*)?(?:\*\*|__)"
                     r"(?P<after>(?:\s*\([^)\n]{0,40}\))?(?:[ \t]*\\(?=\n))?\s*[:：]?)[ \t]*(?P<rest>.*)$",
                     re.DOTALL)  # a backslash before the line break is a hard break, not text
_QA_MARK = lazy_re(r"^[QA][.)]$")
_DASH = lazy_re(r"^(?:[—–]|-(?=\s))\s*(\S.*)$", re.DOTALL)
_DASH_END = lazy_re(r"^(.*?)\s*[—–-]$")
_ITALIC_LINE = lazy_re(r"^(?:\*(?P<star>[^*_\n]{1,40}?)\*|_(?P<under>[^*_\n]{1,40}?)_)[ \t]*(?:\n(?P<rest>\S.*))?$",
                       re.DOTALL)  # "*Situation*" alone on its line, its text on the next line or paragraph
# "*Follow-ups:* What ...?", "_Tip_: ...": an italic label ending at a colon, its text on the same line
_ITALIC_COLON = lazy_re(r"^(?:\*(?P<star>[^*_\n]{1,40}?)\s*(?:[:：]\*|\*\s*[:：])|_(?P<under>[^*_\n]{1,40}?)\s*(?:[:：]_|_\s*[:：]))"
                        r"[ \t]*(?P<rest>.*)$", re.DOTALL)
# "**STAR 1:**", "**Story #2:**" alone on a line: a numbered story's name ending at a colon, a title not a label
_NUMBERED_STORY = lazy_re(r"^(?:star\s+)?(?:story|star)\s*#?\s*\d{1,3}$", re.IGNORECASE)
_LETTER_LEAD = lazy_re(r"^(?:\*\*|__)(?P<letter>[A-Z])(?:\*\*|__)(?P<word>[a-z]+)\s*:\s*(?P<rest>.*)$", re.DOTALL)


def _heads_below(label: str) -> bool:
    """A bold label alone on its line heads the text under it when it names a part we read (a STAR part, a
    story's Context or Problem, a tip), not a title or noise."""
    return star_slot(label) in STAR_SLOTS or slot(label) not in (None, "noise", "container", "title")


def _bare_star(label: str, after: str, rest: str) -> bool:
    """``**Situation** Our rota had no owner.``: a story's part named in bold with no colon or dash, its text
    going on the same line in a sentence of its own (capitalised), not the label's own words (``**Result** of it``)."""
    return len(label) > 1 and "\n" not in after and rest[:1].isupper() and star_slot(label) in STAR_SLOTS \
        and star_lead(label, rest)


def _blank_part(label: str, rest: str) -> bool:
    """``**RESULT** — `[?]```, ``**Result** — TBD``: a story's part named, its text on the same line a blank still to
    fill (a draft's part, not more of the part above it); a frame of part names alone (``**S** —`` over ``**T** —``)
    is no part."""
    return len(rest) <= 60 and "\n" not in rest and star_slot(label) in STAR_SLOTS and is_placeholder(rest)


def bold_lead(text: str) -> tuple[str, str, bool]:
    """``(label, rest, whole_bold)`` of an inline text starting with a bold run."""
    if "**" not in text and "__" not in text:  # most text holds no bold run at all: no need to look closer
        return "", "", False
    text = strip_symbols(text.strip())
    if match := _LETTER_LEAD.match(text):  # **S**ituation: ...
        return match.group("letter") + match.group("word"), match.group("rest").strip(), False
    match = _BOLD_LEAD.match(text)
    if not match:
        return "", "", _bold_with_links(text)
    rest = match.group("rest").strip()
    colon = bool(match.group("inner") or match.group("after").strip().endswith(COLONS))
    label = match.group("label").strip()
    if not colon and rest and _QA_MARK.match(label):  # **Q.** How ...? / **A.** I ...
        return label[0], rest, False
    if not colon and (dashed := _DASH.match(rest)) and (star_lead(label, dashed.group(1))  # **Situation** — text
                                                          or _blank_part(label, dashed.group(1))):
        return label, dashed.group(1).strip(), False
    if not colon and (dashed := _DASH_END.match(label)) and star_lead(dashed.group(1), rest):  # **Situation —** text
        return dashed.group(1).strip(), rest, False
    if not colon and rest and label.endswith(".") and len(label) > 2 and star_lead(label[:-1], rest):
        return label[:-1].strip(), rest, False  # **Situation.** text: the full stop ends the label, as a colon
    if not colon and rest.startswith(". ") and star_lead(label, rest[2:]):  # **Situation**. text
        return label, rest[2:].strip(), False
    if not colon and _bare_star(label, match.group("after"), rest):  # **Situation** Our rota had no owner.
        return label, rest, False
    if not colon and rest and "\n" in match.group("after") and _heads_below(label):
        return label, rest, False  # "**SITUATION**" or "**Context**" on a line of its own, its text below it
    if not rest and not colon and label.endswith(".") and "\n" not in text \
            and star_slot(label[:-1].strip()) in STAR_SLOTS:
        return label[:-1].strip(), "", False  # "**Action.**" alone over its list: the part, as "**Action:**" is
    if not rest:
        if colon and "\n" not in text and _NUMBERED_STORY.match(label):
            return "", "", True  # "**STAR 2:**" over its parts: the story's title line, as "**STAR 2**" is
        whole = "\n" not in text and not colon
        return ("" if whole else match.group("label").strip()), "", whole
    return (match.group("label").strip(), rest, False) if colon else ("", "", False)


# "[Click here](https://...)": a link's address, which a reader never sees and which makes no line longer to them
_LINK_TARGET = lazy_re(r"\]\([^)\s]{1,2000}\)")


def _bold_with_links(text: str) -> bool:
    """A line bold as a whole once its links' addresses are left out (``**Part 3: Compiled questions [Click
    Here](https://...)**``): a title, however long the address; the addresses alone made it too long to read as
    one."""
    if "](" not in text:
        return False
    bare = _LINK_TARGET.sub("]", text)
    match = _BOLD_LEAD.match(bare)
    return match is not None and not match.group("rest").strip() and "\n" not in bare \
        and not (match.group("inner") or match.group("after").strip().endswith(COLONS))


def italic_lead(text: str) -> tuple[str, str]:
    """``(label, rest)`` of a paragraph whose first line is only an italic label naming a story's part
    (``*Situation*``, ``_Task_``, ``*Lessons learned*``) or a scenario's (``*Challenges*``, ``*Red flags*``), its text on the lines below (``rest``) or in the
    paragraphs after it (``rest`` empty, as after ``**Situation:**``); or an italic label ending at a colon before
    its text, when it names a part or coaching we read (``*Follow-ups:* What ...?``); ``("", "")`` otherwise: an
    italic line over text is more often a title or an aside (``*The short version*``, ``*Note*``) than a label."""
    if "*" not in text and "_" not in text:  # no emphasis at all: no need to look closer
        return "", ""
    match = _ITALIC_LINE.match(strip_symbols(text.strip()))
    if not match:
        colon = _ITALIC_COLON.match(strip_symbols(text.strip()))  # "*Follow-ups:* ...": a label we read, with a colon
        label = (colon.group("star") or colon.group("under")).strip() if colon else ""
        return (label, colon.group("rest").strip()) if label and _heads_below(label) else ("", "")
    label = (match.group("star") or match.group("under")).strip()
    return (label, (match.group("rest") or "").strip()) if label and (star_slot(label) in STAR_SLOTS
                                                                        or slot(label) in _ITALIC_PARTS) else ("", "")


# a scenario's parts and an interviewer's notes, which an italic line names as it names a story's part
_ITALIC_PARTS = frozenset({"scenario", "challenges", "requirements", "discussion", "redflags", "followups", "signals"})
