"""Which blocks ask: a question standing on its own, the question a page's title quotes, the question after a
``Question:`` label, and a line of several questions split into each."""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM
from .commentary import interviewer_remark
from .dashednote import dashed_note
from .labels import slot
from .qnumbers import numbered_question
from .selfcheck import self_check
from .references import link_text, references, trailing_references, web_linked
from .toldonline import answer_on_line
from .situationask import situation_question
from .quotedlead import quoted_lead
from .text import ASK, ends_asking, is_question, only_questions, quoted_question, split_number, unquote
from .spanishasks import asks_in_spanish
from .voice import as_i
from .wrapped import wrapped_question
from ..lazyre import lazy_re


def question_of(block: Block) -> tuple[str, str] | None:
    """``(question, answer on the same block)`` when ``block`` asks on its own."""
    if (block.lead or block.text.startswith(("**", "__"))) \
            and ((numbered := numbered_question(block)) is not None or block.lead):
        return numbered  # "**Q1**: "Tell me about ..."", "**Q2.** ...": the number labels the question
    if block.quoted or block.kind not in (PARAGRAPH, ITEM):
        return None
    first, _, rest = block.text.partition("\n")
    if self_check(first):
        return None  # "Play it back: Did you linger on the setting? Did you give a number?": practice, not asked
    if _bracketed(first):
        return None  # "[What steps did you take? Be specific]": a template's blank to fill in, not asked
    if not rest and _trails_off(first):
        return None  # '"What would you do if..."' alone: a kind of question named, none asked
    more = rest  # the lines under the first, before any reference the first closes with goes to them
    asked, links = trailing_references(first)  # "Why now？[[why-now|more]]": the question, then where it is answered
    if not links and references(first) and is_question(link_text(first)):
        asked, links = link_text(first), first  # "1. [Tell me about yourself](./yourself.md)": a question
    elif not links and (linked := web_linked(first)) and is_question(linked[0]):
        asked, links = linked[0], first.strip().strip("*_")  # "- [Tell me about ...](https://...)", bold or not:
        # its words ask, the link is noted
    if links:
        first, rest = asked, "\n".join(filter(None, (links, rest.strip())))
    if (arrow := arrow_at(first)) is not None:  # "Why now? => ...", "Tell me about ... → **Event bus rewrite**"
        asked, answer = first[:arrow.start()], first[arrow.end():]
        if only_questions(asked):
            return asked.strip(), "\n".join(filter(None, (answer.strip(), rest.strip())))
    if said := bold_question(first, block.kind is ITEM and block.number is not None) or quoted_lead(first):
        return said[0], "\n".join(filter(None, (said[1], rest.strip())))  # '"Tell me ..." — show ...' too
    if block.plain and (told := answer_on_line(first)):  # "1) why this team? i want ...": the answer begun
        return told[0], "\n".join(filter(None, (told[1], rest.strip())))
    if block.kind is ITEM and not links and not block.plain and (noted := dashed_note(first)) is not None:
        return noted[0], "\n".join(filter(None, (noted[1], rest.strip())))  # "- Why us? — mission + scale"
    if block.kind is ITEM:
        if not links and not block.plain and (wrapped := wrapped_question(block.text)) is not None:
            return wrapped  # "- Have you ever disagreed with a colleague" / "  on a technical decision?"
        return (first.strip(), rest.strip()) if is_question(first) else None
    if only_questions(first) and (not more or not is_question(more) or _abandoned(more.split("\n", 1)[0])):
        return first.strip(), rest.strip()  # "How's" left alone on the next line: no question after it
    if block.kind is PARAGRAPH and not rest and (asked := situation_question(first)):
        return asked, ""  # "Two projects and capacity for one. What do you do?"
    if block.kind is PARAGRAPH and not rest and (asked := _titled_question(first)):
        return asked, ""
    return None


_FRAGMENT_WORDS = 2
_ARROW = lazy_re(r"\s*=>\s*|\s(?:->|→|⟶|⇒|➡\ufe0f?)\s")


def arrow_at(line: str) -> re.Match | None:
    """The arrow in ``line`` that leads from a question to its answer on the same line (``=>``, ``->``, ``→``); an
    arrow inside brackets (``What changed? (Sheets -> Boards)``) is part of a remark on the question, none."""
    arrowed = ">" in line or "→" in line or "⟶" in line or "⇒" in line or "➡" in line  # each arrow holds one
    if not arrowed:
        return None
    for match in _ARROW.finditer(line):
        if "(" not in line or line.count("(", 0, match.start()) <= line.count(")", 0, match.start()):
            return match
    return None


def _bracketed(line: str) -> bool:
    """A line wholly in square brackets (emphasis around them allowed), no link: a blank of a template."""
    core = line.strip().strip("*_ ")
    return core.startswith("[") and core.endswith("]") and "](" not in core and "[" not in core[1:-1]


def _trails_off(line: str) -> bool:
    """A line that only quotes a question's opening, trailing off (``"What would you do if..."``), as a guide names
    the kind of question it covers (:func:`.text.quoted_question` reads a title so)."""
    core = line.strip().strip("*_ ")
    inner = unquote(core)
    return inner != core and inner.rstrip().endswith(("…", "..."))


def _abandoned(line: str) -> bool:
    """A line begun and left (``How's``, ``Why did``): a word or two that end no sentence, not another question."""
    text = line.strip()
    return 0 < len(text.split()) <= _FRAGMENT_WORDS and not re.search(rf"[{ASK}.!:;,)\]\"”]$", text)


_BOLD_ASKING = lazy_re(rf"^(\*\*|__)(?P<asked>[^*_\n]{{3,300}}?[{ASK}.!]?[\"”’)]*)\1(?P<stop>[{ASK}.!]?)[ \t]+"
                       r"(?P<said>\S.*)$")


def bold_question(line: str, numbered: bool = False) -> tuple[str, str] | None:
    """``(question, text after it)`` of a line opening with a bold question and going on in plain words
    ("**How do you handle a missed deadline?** Interviewers want ..."); a bold request that does not end asking
    ("**Tell me about a launch that slipped**. You want to hear ...", its stop inside the bold or after it) only
    when what follows is an interviewer's commentary (:func:`interviewer_remark`) or, for a request put to "me"
    or for "a time", an answer told as I; in a ``numbered`` list item, a bold request put to "you" or "me"
    ("2. **Describe your approach to technical debt.** See ..."), whatever follows. ``None`` otherwise, and for a
    label worded as a question ("**What went wrong?** ...": a story's action)."""
    line = line.strip()
    if not line.startswith(("**", "__")):
        return None  # no bold opening it: most lines
    match = _BOLD_ASKING.match(line)
    said = match["said"].lstrip("-–—: \t") if match else ""  # "**...?** — Interviewers want ...": the dash goes
    if not said:
        return None
    asked = match["asked"].strip() + match["stop"]
    if not is_question(asked) or only_questions(said) or slot(match["asked"]) \
            or not ends_asking(asked, "\"”’)") and not interviewer_remark(said) and not _told_for(asked, said) \
            and not (numbered and (_PUT_TO.search(asked) or asks_in_spanish(asked))):
        return None
    return unquote(asked), said.strip()


_PUT_TO = lazy_re(r"\b(?:me|us|you|your|yourself)\b|\ba (?:time|situation|moment)\b", re.IGNORECASE)
_ASKS_ME = lazy_re(r"\b(?:me|us)\b|\ba (?:time|situation|moment)\b", re.IGNORECASE)


def _told_for(asked: str, said: str) -> bool:
    """A bold request put to the one asked ("**Tell me about a launch you rescued.**") with the teller's answer
    after it, told as I from its first sentence."""
    return bool(_ASKS_ME.search(asked)) and as_i(said.split(".", 1)[0])


_ABOUT_ANSWERING = lazy_re(r"\b(?:answer\w*|respond\w*|question|tackl\w*|handl\w*|ace|nail)\b", re.IGNORECASE)


def _titled_question(line: str) -> str:
    """The question a page's title line quotes ('How to Answer "Describe a Conflict"'), when the rest of the
    line is only about answering it."""
    asked = quoted_question(line)
    if not asked:
        return ""
    around = re.sub(r"[\"“”]" + re.escape(asked) + r"[\"“”]", " ", line)
    return asked if len(around.split()) <= 6 and (not around.strip(" :—–-") or _ABOUT_ANSWERING.search(around)) else ""


# "Why? What changed?": a break after a question only where the next sentence asks too; "... the team? If you have
# led one, describe what you did." goes on with the same question (an instruction after it, no other wording)
_QUESTION_BREAK = lazy_re(rf"\s+/\s+|\n+|(?<=[{ASK}])\s+(?=[A-Z\"“][^.!{ASK}\n]*(?:\.\S[^.!{ASK}\n]*)*[{ASK}])")


def split_questions(text: str) -> list[str]:
    """``"Q1? / Q2?"``, or questions on lines of their own: each question."""
    parts = _QUESTION_BREAK.split(text.strip())
    return [unquote(p.strip()) for p in parts if p.strip()] or [unquote(text)]


def apart(previous: Block | None, block: Block) -> bool:
    """Plain text: a question standing at the margin after a blank line, which starts a question of its own even
    when an indented line or an item asked just before it (``previous``)."""
    return block.plain and block.kind is PARAGRAPH and ends_asking(block.text.rstrip()) \
        and previous is not None and previous.end < block.line - 1


def numbered_ask(block: Block) -> bool:
    """A paragraph whose first line numbers itself and asks ("5.为什么？", "5\\. Why now?", which Markdown reads as
    no list item): a question of its own, never the answer of the list item above it."""
    first = block.text.split("\n", 1)[0]
    return block.kind is PARAGRAPH and not block.lead and split_number(first)[0] is not None \
        and only_questions(first)


def asked_line(block: Block) -> tuple[str, str] | None:
    """After a ``Question:`` label, the first line of a block that asks (plain pages put it on its own line)."""
    if block.kind in (PARAGRAPH, ITEM) and is_question(block.text.split("\n")[0]):
        first, _, rest = block.text.partition("\n")
        return unquote(first.strip()), rest.strip()
    return None


_COLON_AFTER_MARK = lazy_re(rf"(?<=[{ASK}])\s*[:：]+\s*$")


def closed_question(text: str) -> str:
    """``text`` without a colon left after its question mark ("What are the phases? :"): the label's colon the
    author typed after the question, no part of it."""
    return _COLON_AFTER_MARK.sub("", text) if text.rstrip().endswith((":", "：")) else text  # most end on no colon


_BOLD_MARKED = lazy_re(r"^[*_]{1,3}\s*(?:q|question)\s*[:：]\s*(?![*_])\S", re.IGNORECASE)


def bold_marked(text: str) -> bool:
    """A question whose label is inside the bold that holds the question too (``**Q: Tell me ...**``): a question
    given by a label, as ``**Q:** Tell me ...`` is."""
    return bool(_BOLD_MARKED.match(text))


# "Q3:", "Question -", "STAR Question 2 :", "Q What ...?"
_QUESTION_PREFIX = lazy_re(r"^(?:(?:(?:[a-z][\w-]*\s+)?q(?:uestion)?\s*#?\d+|q(?:uestion)?)\s*[:.)-]|(?-i:Q)(?=\s+(?-i:[A-Z])))"
                           r"\s*", re.IGNORECASE)


def without_question_label(text: str) -> str:
    """``text`` without the label numbering or marking it as a question (``Q3:``, ``Question -``, ``Q What ...?``)."""
    return _QUESTION_PREFIX.sub("", text)
