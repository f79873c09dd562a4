"""A chat pasted into a prep file: ``me: how did you describe it?`` / ``Sam: I talked about ...`` lines, with clock
times (``12:16 PM``) alone on lines between them.

Lines that open with one of a few speakers' names and a colon, the speakers taking turns, are a conversation: the
questions in it are what the speakers asked each other, not interview questions, and a name is nobody's label. A run
of such lines (six turns or more, two to four speakers, at least two of them speaking twice, the speaker changing at
most turns) that asks at least twice or is stamped with clock times is set aside with the lines between its turns (a
message's further lines, the times), and reported once. A name that is a label of the vocabulary (``Situation``,
``Q``, ``Tip``) or names a role of the interview (``Interviewer``, ``Candidate``) is no speaker: a mock interview
written as ``Interviewer:`` / ``Candidate:`` lines is read as questions and answers, and so is one whose interviewer
is named (``Dana: Tell me about a time you ...``): a turn that opens with an interview's prompt keeps the run.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .base import Skipped
from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .labels import slot
from .text import ends_asking
from ..lazyre import lazy_re

# "Kai: ...", "me：...", "Anna K: ...", "**Kai:** ...": a name of up to three words of letters (in bold or not), then
# a colon and the message; a time stamped before it ("[09:15] Kai: ...", "3/4/24, 09:15 - Kai: ...") goes with it
_STAMP = r"(?:\[?[^\]\n]{0,16}?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?)?"
_SPOKEN = (r"(?:\*\*|__)?(?P<name>[^\W\d_][^\W\d_'’.-]*(?:[ .'’-][^\W\d_]+){0,2})(?:\*\*|__)?\s?[:：]"
           r"(?:\*\*|__)?\s*(?P<said>\S.*)$")
_TURN = lazy_re(f"^{_STAMP}{_SPOKEN}")
# a line with no digit in its first characters has no time stamp (its first digit comes after a "[" and at most
# 16 other characters): the turn is read without trying one, which most lines of most documents cost
_UNSTAMPED_TURN = lazy_re(f"^{_SPOKEN}")
_STAMP_REACH = 18
_DIGIT = lazy_re(r"\d")
# "12:16 PM", "[09:05]", "12:16:05", "下午 3:05": a line that is only a time of day
CLOCK = lazy_re(r"^[\[(]?(?:(?:上午|下午|午前|午後)\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?[\])]?$")
_ROLE = lazy_re(r"\b(?:interview\w*|candidate|recruiter|hiring|panel\w*|hr|question|answer|q|a|you)\b",
                re.IGNORECASE)
# "Tell me about a time ...", "Walk us through ...", "Describe a situation ...": a turn of a mock interview
_PROMPT = lazy_re(r"^(?:so,? |ok(?:ay)?,? |now,? |please,? )?(?:tell (?:me|us) about|walk (?:me|us) through"
                  r"|describe (?:a|an|the) (?:time|situation|moment|project|occasion)|give (?:me|us) an example"
                  r"|(?:can|could) you (?:tell (?:me|us) about|walk (?:me|us) through|describe|give (?:me|us) an example)"
                  r"|(?:tell (?:me|us) about )?a time (?:when|where|that) you)\b", re.IGNORECASE)
_MIN_TURNS = 6
_MAX_SPEAKERS = 4
_MIN_ASKED = 2
CHAT = "a pasted conversation: its questions are the speakers' to each other, not interview questions"
CHATS = "pasted conversations: their questions are the speakers' to each other, not interview questions"
# what :func:`_named` writes: "a chat between 'me' and 'Kai', lines 6-58"
_NAMED = lazy_re(r"^a chat between (?P<who>.+), lines (?P<lines>\d+-\d+)$")
_NAME = lazy_re(r"'(.+?)'(?=, '| and '|$)")


def chat_runs(blocks: Sequence[Block]) -> tuple[Sequence[Block], list[Skipped]]:
    """``blocks`` without the runs of a pasted conversation, and a report line for each (see the module
    docstring); ``blocks`` itself when there is none."""
    runs = [_closed(blocks, run) for run in _runs(blocks) if _conversation(blocks, run)]
    if not runs:
        return blocks, []
    dropped = {index for start, end in runs for index in range(start, end + 1)}
    skipped = [Skipped(blocks[start].line, _named(blocks, start, end), CHAT) for start, end in runs]
    return [block for index, block in enumerate(blocks) if index not in dropped], skipped


def _runs(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(first, last) indexes of each stretch of text that opens on a speaker's turn and runs on, with at most
    one blank line between its lines, to the last line before a heading, a rule, a table, code or a wider gap."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for index, block in enumerate(blocks):
        prose = block.kind is PARAGRAPH or block.kind is ITEM  # (two "is" tests: cheaper than a tuple's "in")
        if start is not None and (not prose or block.line - blocks[index - 1].end > 2):
            runs.append((start, index - 1))
            start = None
        if start is None and prose and (":" in block.text or "：" in block.text) \
                and _speaker(block.first_line.strip()):  # no colon anywhere: no turn (a quick look spares the rest)
            start = index
    if start is not None:
        runs.append((start, len(blocks) - 1))
    return runs


def _closed(blocks: Sequence[Block], run: tuple[int, int]) -> tuple[int, int]:
    """``run`` with the line right under its last one when the chat sits after a ``====`` rule (only text between
    them) and that line is underlined by the rule closing it: plain text reads the chat's last message over the
    closing rule as a heading, but it is one more message."""
    start, end = run
    after = end + 1
    before = next((block for block in reversed(blocks[:start])
                   if block.kind not in (PARAGRAPH, ITEM)), None)
    if after < len(blocks) and blocks[after].kind is HEADING and blocks[after].plain \
            and blocks[after].level == 1 and blocks[after].line - blocks[end].end <= 2 \
            and before is not None and before.kind is RULE:
        return start, after
    return run


def _speaker(line: str) -> str:
    """The name opening ``line`` as a speaker's turn, casefolded; ``""`` when the line is no turn (see
    :func:`_turn`)."""
    return _turn(line)[0].casefold()


def _turn(line: str) -> tuple[str, str]:
    """``(name, said)`` of a speaker's turn, the name as written; ``("", "")`` when ``line`` is no turn or its
    name is a label of ours or an interview's role."""
    if ":" not in line and "：" not in line:  # most lines: no colon, no turn (a quick look spares the pattern)
        return "", ""
    match = (_TURN if _DIGIT.search(line, 0, _STAMP_REACH) else _UNSTAMPED_TURN).match(line)
    if match is None or slot(match.group("name")) is not None or _ROLE.search(match.group("name")):
        return "", ""
    return match.group("name"), match.group("said")


def _conversation(blocks: Sequence[Block], run: tuple[int, int]) -> bool:
    """The run's lines take turns between a few speakers, and ask, or carry the times of a chat."""
    lines = [line.strip() for block in blocks[run[0]:run[1] + 1] for line in block.text.split("\n") if line.strip()]
    if len(lines) < _MIN_TURNS:  # too few lines for enough turns: no need to read them
        return False
    turns = [(name.casefold(), said) for name, said in map(_turn, lines) if name]
    if any(_PROMPT.match(said) for _, said in turns):
        return False  # "Dana: Tell me about a time ...": an interview written as a dialogue
    counts = Counter(name for name, _ in turns)
    changes = sum(1 for (one, _), (other, _) in zip(turns, turns[1:]) if one != other)
    if len(turns) < _MIN_TURNS or not 2 <= len(counts) <= _MAX_SPEAKERS \
            or sum(1 for count in counts.values() if count >= 2) < 2 or 2 * changes < len(turns) - 1:
        return False
    asked = sum(1 for line in lines if ends_asking(line))
    return asked >= _MIN_ASKED or any(CLOCK.match(line) for line in lines)


def _named(blocks: Sequence[Block], start: int, end: int) -> str:
    """``a chat between 'me' and 'Kai', lines 6-58``: the speakers as first written, in order of their first turn."""
    names: dict[str, str] = {}
    for block in blocks[start:end + 1]:
        for line in block.text.split("\n"):
            if (name := _turn(line.strip())[0]) and name.casefold() not in names:
                names[name.casefold()] = name
    last = blocks[end].line if blocks[end].kind is HEADING else blocks[end].end  # not its underline
    return f"a chat between {_who(list(names.values()))}, lines {blocks[start].line}-{last}"


def _who(names: Sequence[str]) -> str:
    """``'me' and 'Kai'``; ``'Ann', 'Bo' and 'me'``."""
    shown = [f"'{name}'" for name in names]
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


def chats_named(whats: Sequence[str]) -> str:
    """Several chats, each named by :func:`_named`, in a few words: ``chats between 'me' and 'Kai', lines 6-58
    and 66-118`` (the speakers of them all, each as first written, then each chat's lines)."""
    names: dict[str, str] = {}
    spans: list[str] = []
    for what in whats:
        match = _NAMED.match(what)
        if match is None:
            return "; ".join(whats)
        for name in _NAME.findall(match.group("who")):
            names.setdefault(name.casefold(), name)
        spans.append(match.group("lines"))
    return f"chats between {_who(list(names.values()))}, lines {', '.join(spans[:-1])} and {spans[-1]}"
