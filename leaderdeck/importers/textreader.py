"""Plain text -> the same blocks as Markdown.

Plain text copied from a web page or typed in an editor has no markup: every
line is its own paragraph. A line underlined with ``====`` or ``----`` is a
heading; ``-``/``*``/``•`` and ``1.`` lines are list items, nested by their
indentation (a tab or four spaces a level); an indented line without a marker
is an item of the line above, except a question indented right under a question line: that is its follow-up,
read as ``(Follow-ups: ...)`` is. ``Label: text`` and ``Label => text`` lines get
their label as the block's lead-in, as do STAR parts written ``Situation — text``
(an em or en dash, or `` - ``). Whether a bare line ("Clarifying
Questions") is a heading is for the roles to say, from its words. Lines of cells separated by tabs, as a table
copied from a sheet or document gives them, are a table (:mod:`.tabbedrows`).
"""

from __future__ import annotations

import dataclasses
import os
import re
from itertools import islice

from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .chatlog import CLOCK
from .clausecolon import reads_as_clause
from .capsgroup import capitals_group
from .titlegroup import title_group
from .dashparts import dashed_runs
from .indentedanswers import indented_answers
from .indentedprose import prose_runs
from .inlineparts import inline_parts
from .linkmarks import link_marks_dropped
from .labels import slot, star_lead, star_slot
from .quoting import inside_quotes
from .subruns import sub_runs
from .tabbedrows import tabbed_tables
from .text import ASK, QUESTION_MARKS, ends_asking, is_question
from .toldonline import answer_on_line
from ..lazyre import lazy_re

_UNDERLINE = lazy_re(r"^\s*(=+|-+)\s*$")
# a rule typed in dashes an editor or keyboard turned into em or en dashes, or drawn with box lines ("————")
_DASH_RULE = lazy_re(r"^\s*[—–―─━]{3,}\s*$")
# "3. Why ...?", and "5.为什么？" / "5、为什么？": a number's mark needs no space before a CJK character
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# "1 - Why ...?": a number and a dash, then words, as a phone keyboard types it
# "12.what is ..." / "13.difference between ...": a quick typist's list, the dot glued to the item's first word (a
# letter: "2.5 days" is a number)
_NUMBERED = lazy_re(rf"^(?P<pad>\s*)(?P<number>\d{{1,6}})(?:[.)](?:\s+|\t)|[.)、．]\s*(?=[{_CJK}])|\.(?=[^\W\d_]{{2}})"
                    r"|\s[-–—]\s+(?=[^\W\d_]))(?P<text>\S.*)$")
# "✓ You act on ..." / "✗ Blaming ...": ticks and crosses mark a list's items as a bullet does
# "   o Tell me ..." / "o<TAB>The data ...": a text browser's bullets a level in, indented, before a capital (never a
# word: "o projeto" is Portuguese), and a word processor's second and third levels ("o", "§") saved as plain text,
# a tab after the mark, at the margin
_BULLET = lazy_re(r"^(?P<pad>\s*)(?:[-*•+·▪◦‣✓✔✗✘]|(?<=\s)[o§](?=\s+[A-Z\"“(])|[o§](?=\t\S))(?:\s+)(?P<text>\S.*)$")
_SUB_LEVELS = {"o": 1, "§": 2}  # the level a word processor's bullet mark stands for, typed at the margin
_BULLETS = frozenset("-*•+·▪◦‣✓✔✗✘o§")  # what :data:`_BULLET` opens with, after its indent
_LABEL = lazy_re(r"^(?P<label>[^\s:=>][^:=>]{0,60}?)\s*(?::|=>)\s*(?P<rest>.*)$")
_DASH_LABEL = lazy_re(r"^(?P<label>[*_]{0,2}[^\s*_—–-][^—–:]{0,30}?[*_]{0,2})(?:\s*[—–]\s*|\s+-\s+)"
                      r"(?P<rest>\S.*)$", re.DOTALL)
# "-------- search rebuild --------": a separator with a name inside it (three marks or more on each side)
_BANNER = lazy_re(r"^\s*(?:-{3,}|={3,}|~{3,})\s*(?P<text>[^-=~\s](?:.*[^-=~\s])?)\s*(?:-{3,}|={3,}|~{3,})\s*$")
_NAMED_FOR = lazy_re(r"^(?:for|about)\s+(?=\S)", re.IGNORECASE)
_BARE_NUMBER = lazy_re(r"^(?P<pad>\s*)(?P<number>\d{1,6})[.)]\s*$")
_DOTLESS = lazy_re(r"^(?P<number>\d{1,3})[ \t]+(?P<text>[^\d\s\-–—].*)$")  # "3 - Why ...": a dash, read as a mark
# "Q. How ...?" / "A) I ...", and an answer numbered as its question is ("Q3. Why ...?" then "A3. Because ...")
# the letters that label nothing but a STAR part ("A:" also labels an answer): "S: ...?" names the part however it asks
_PART_LETTERS = frozenset("STRL")
_QA_LINE = lazy_re(r"^([QA])(?:[.)]|(?<=A)\d{1,3}[.):])\s+(\S.*)$", re.DOTALL)
# "A):-no we can't", "A)Here are ...", "A)" alone over its lines: an answer's mark typed in haste (glued to its text,
# a colon or dash after it, or nothing at all)
_HASTY_ANSWER = lazy_re(r"^A\)(?::?-+>?|:|(?=[^\W\d_]))?\s*(.*)$", re.DOTALL)
# "A) Learner & Observer: ...": a lettered item naming its point (Title Case, then a colon), not an answer marked
_NAMED_ITEM = lazy_re(r"^[A-Z][\w'/-]*(?:\s+(?:&|and|of|the|for|[A-Z][\w'/-]*)){0,4}\s*:\s")
# "situation: ..." typed in lower case on a plain-text line: a STAR part all the same (the method's words only)
_LOWER_PART = lazy_re(r"^(?P<label>situation|task|action|result)\s*:\s*(?P<rest>.*)$")
# "SQL & RDBMS -" / "Project Related - ": a section's name over its list, a dash where others type a colon
_DASH_NAME = lazy_re(r"^(?P<label>[A-Z][\w&/+#.'()]*(?:[ \t]+[\w&/+#.'()]+){0,4})[ \t]+[-–—][ \t]*$")
# "Q - why us" / "A - short one" / "A -": a bank's question and answer marked with a dash
_DASH_QA = lazy_re(r"^(?:(?P<mark>[QA])\s*[-–—]|(?P<lower>[qa])\s*:)(?:\s+(?P<rest>\S.*))?\s*$", re.DOTALL)
# the writer's notes to self beside an answer: a to-do ("TODO add numbers", "todo: dates", "FIXME - ..."), a
# reminder to rehearse ("practice this one!!", "needs work"), a dated entry of their log ("2024-03-01 mock: ...")
_NOTE_TO_SELF = lazy_re(r"^(?:TODO|FIXME|(?i:todo|fixme)\s*[:!-])\s*\S"
                        r"|^(?i:(?:practi[cs]e|rehearse|review|memori[sz]e|work on|redo|rewrite|shorten) "
                        r"(?:this|it|that)(?: one| again| more| answer| story)?|needs? (?:more )?work"
                        r"|(?:too long|too short)(?: still)?)\s*[!.]*(?:\s*\(.{0,40}\))?\s*$"
                        r"|^\d{4}-\d{2}-\d{2}\b(?:\s*[-–—:]\s*|\s+)\S|^\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*[-–—:]\s*\S")
_NOTE_OPENERS = frozenset("TFtfPpRrMmWwNn")
# "Q1) ...", "Q 2. ...", "Q3: ...": a question marked and numbered as quick typists do
_QUESTION_MARK = lazy_re(r"^Q\s?\d{1,4}\s?[.):-]\s")
_URL = lazy_re(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# an emoji or dingbat before a label ("✅ Example:", "🔥 Tip:"); not a tree's box-drawing marks ("├── Task:")
_EMOJI_MARK = lazy_re(r"^[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d\s]+")  # ⏱ ✅ ⭐ 🎯


def read_text_lines(lines: tuple[str, ...]) -> list[Block]:
    """Blocks of a plain-text document; line numbers are positions in ``lines`` (1-based)."""
    lines, margin = link_marks_dropped(lines)  # "[4]Blog": a text browser's link numbers; its margin for paragraphs
    lines, labels = sub_runs(_unwrapped(_dedented(lines)))
    tables = tabbed_tables(lines) if "\t" in "".join(lines) else {}  # most texts hold no tab at all
    blocks: list[Block] = []
    skip = -1
    last: int | None = None  # the number of the last top-level numbered item
    bodies: dict[int, int] = {}  # the lines of an item's text under it (:func:`_body_of_item`): their indent
    text_pad = 0  # the pad of the text under the last question item at the margin, until a line at the margin
    dashed = False  # whether a question was marked "Q - ...": then "A - ..." marks its answer, however short
    dashed_parts = dashed_runs(lines)
    prose = prose_runs(lines, _marked, lambda text: bool(label_of(text)[0]), margin)
    # "1) worst outage" / "      The queue stalled ...": a numbered prompt's answer, indented under it
    answered = indented_answers(lines, _NUMBERED.match, _marked, lambda text: bool(label_of(text)[0]))
    for index, line in enumerate(lines):
        if index <= skip or not line.strip():
            continue
        if not line[:1].isspace():
            text_pad = 0  # back at the margin: no item's text goes on
        if index in tables:  # "Story<TAB>Situation<TAB>...": a table pasted as text
            blocks.append(tables[index])
            skip = tables[index].end - 1
            continue
        if blocks and blocks[-1].kind is ITEM and blocks[-1].number is not None and blocks[-1].indent == 0:
            last = blocks[-1].number
        if (dotless := _next_without_dot(line, index + 1, last, lines)) is not None:
            blocks.append(dotless)
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        ruled = _ruled(line)
        if line[:1] == "=" and (fenced := _FENCED_HEADING.match(line)) is not None:
            # "== Senior ==", "=== Staff ===": a heading between equals signs, as wikis write them
            blocks.append(Block(HEADING, index + 1, index + 1, fenced["title"], level=len(fenced["marks"]),
                                plain=True))
        elif _heading_with_underline(line, following) \
                and (index == 0 or not lines[index - 1].strip() or _overline(lines[index - 1], following)):
            # a line over "---" right under other text ends a run of lines: the "---" separates, heads nothing
            if index and lines[index - 1].strip() and blocks and blocks[-1].kind is RULE and blocks[-1].line == index:
                blocks.pop()  # "=====" / "Ownership" / "=====": the line above is the heading's overline
            level = 1 if following.strip()[0] == "=" else 2
            blocks.append(Block(HEADING, index + 1, index + 2, line.strip(), level=level, plain=True))
            skip = index + 1
        elif ruled and (_UNDERLINE.match(line) and len(line.strip()) >= 3 or _DASH_RULE.match(line)):
            blocks.append(Block(RULE, index + 1, index + 1, plain=True))
        elif ruled and (banner := _banner(line)):
            blocks.append(_line_block(banner, index + 1))
        elif index in dashed_parts:  # "S - a customer churned" / "T - ..." / "A - ..." / "R - ...": a story's parts
            label, rest = dashed_parts[index]
            blocks.append(Block(PARAGRAPH, index + 1, index + 1, line.strip(), lead=label, rest=rest, plain=True))
        elif index in prose and not (text_pad and _indent(line[:len(line) - len(line.lstrip())]) > text_pad):
            # "   Last spring one of my ..." / "   the rest of the team ...": an indented paragraph (not the lines
            # of an outline deeper than the text under a question item: each one a point of it)
            skip = prose[index]
            blocks.append(_prose(lines[index:skip + 1], index + 1))
        elif blocks and _continues(blocks[-1], line, index + 1):
            blocks[-1] = _joined(blocks[-1], line, index + 1)
        else:
            block = _line_block(line, index + 1)
            if block.kind is PARAGRAPH and block.text[:1] in "QAqa":
                block, dashed = _dash_marked(block, dashed)  # "Q - why us" / "A - short": the markers of a bank
                block = _marked_prompt(block)  # "Q2) biggest failure": a question by its mark, however terse
            if block.kind is PARAGRAPH and index and capitals_group(block) and blocks \
                    and (not lines[index - 1].strip() or is_question(following.strip())) \
                    and not (blocks[-1].kind is PARAGRAPH and is_question(blocks[-1].text)):  # "SHIP IT": an answer
                block = Block(HEADING, index + 1, index + 1, block.text, level=2, plain=True)  # "EXECUTION"
            elif block.kind is PARAGRAPH and index and blocks and block.text[:1].isupper() \
                    and not following.strip() and title_group(block, lines, index) \
                    and not (blocks[-1].kind is PARAGRAPH and is_question(blocks[-1].text)):
                block = Block(HEADING, index + 1, index + 1, block.text, level=2, plain=True)  # "Failure Stories"
            if block.kind is not ITEM or block.number is not None and not block.indent or not blocks:
                pass  # most lines: neither an item's text under it nor a list in that text (checked cheaply first)
            elif _body_of_item(blocks[-1], block, line, bodies, lines[blocks[-1].line - 1]) \
                    or text_pad and _back_at_pad(block, line, text_pad) \
                    or answered and blocks[-1].line - 1 in answered and _first_under(blocks[-1], block, line):
                if answered and blocks[-1].line - 1 in answered and not is_question(blocks[-1].text):
                    blocks[-1] = _prompted(blocks[-1])  # "1) worst outage": a prompt, however terse
                bodies[index + 1] = text_pad = block.indent + 1  # its pad (an unmarked line's item is one level less)
                block = _paragraph(line, index + 1)  # "1. How do you ...?" / "   First I ...": the item's text
            elif (under := _listed_in_body(blocks[-1], block, bodies)) is not None \
                    or text_pad and block.indent >= text_pad and (under := text_pad):
                block = dataclasses.replace(block, indent=block.indent - under)  # its list, at the text's margin
                bodies[index + 1] = -1 - under  # the lines of that list carry on at the same margin
            if asked := _follow_ups_under(block, line, lines, index + 1):
                skip = index + len(asked)
                block = dataclasses.replace(block, end=block.line + len(asked),
                                            text=f"{block.text} (Follow-ups: {' '.join(asked)})")
            blocks.extend(parts_inline(block))
            if block.line in labels:  # "2. Onsite: 1) ...": the item's label, a line of its own over its run
                blocks.insert(-1, Block(HEADING, block.line, block.line, labels[block.line], level=2,
                                        plain=True))
    return blocks


_WRAP_WIDTH = 40  # a line shorter than this ended where its writer stopped, not where an editor wrapped it
_SENTENCE_END = lazy_re(rf"[.!:;。！；{ASK}][\"”’')\]]*$")  # "。": a CJK sentence ends too


def _continues(previous: Block, line: str, number: int) -> bool:
    """A numbered or bulleted line, or a line that asks, wrapped in mid-sentence onto the line right under it
    ("12. Tell me about a time you pushed back on a product" / "manager's deadline?", the item's next line
    unindented or indented under it): the next line carries on in lower case, or, under a line that asks, closes
    the question without asking again. A long ``Label: text`` line's text goes on in lower case on an indented
    line under it (a hanging indent)."""
    if previous.end != number - 1 or not previous.text or _SENTENCE_END.search(previous.text) \
            or _NUMBERED.match(line) or _BULLET.match(line) or _BARE_NUMBER.match(line) or label_of(line.strip())[0]:
        return False
    pad = line[: len(line) - len(line.lstrip())]
    if previous.kind is ITEM:
        if pad and _indent(pad) < previous.indent:
            return False
    elif previous.kind is not PARAGRAPH or not previous.plain:
        return False
    elif pad:  # "Action: built a platform team, wrote a playbook, moved" / "  services one by one ...": a hanging indent
        return bool(previous.lead) and len(previous.text) >= _WRAP_WIDTH and line.lstrip()[:1].islower()
    elif not is_question(previous.text):
        return False
    text = line.strip()
    if text[:1].islower():  # "tell me about yourself" / "started as a developer": notes typed in lower case
        return not re.match(r"^i\b", text) and (ends_asking(text) or len(previous.text) >= _WRAP_WIDTH
                                                 and (previous.text[:1].isupper() or _told_on(previous, text)))
    opens_asking = is_question(text.rstrip(ASK + "\"”’) "))  # "Why was it hard?": a question of its own
    return is_question(previous.text) and ends_asking(text) and not opens_asking \
        and not any(mark in previous.text for mark in QUESTION_MARKS)


def _told_on(previous: Block, text: str) -> bool:
    """An item that asks and then begins its answer on its own line ("13) why this team? i like the reach"), and a
    line under it that asks nothing: the answer, wrapped, goes on."""
    return previous.kind is ITEM and answer_on_line(previous.text) is not None and not is_question(text)


def _joined(previous: Block, line: str, number: int) -> Block:
    """``previous`` with the line that carries on its sentence."""
    text = f"{previous.text} {line.strip()}"
    if previous.kind is ITEM:
        return dataclasses.replace(_item(text, previous.line, previous.indent, previous.number), end=number)
    lead, rest = label_of(text)
    return dataclasses.replace(previous, end=number, text=text, lead=lead, rest=rest)


def _dedented(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` without the indent every one of them shares (a file indented as a whole, each line opening with a
    tab): the margin is where its least indented lines start, so its labels and lines stand at it and its items
    keep their depth under them."""
    if any(line.strip() and not line[:1].isspace() for line in lines):  # a line at the margin: none shared
        return lines
    pads = [line[: len(line) - len(line.lstrip())] for line in lines if line.strip()]
    common = os.path.commonprefix(pads) if pads else ""
    return tuple(line[len(common):] if line.strip() else line for line in lines) if common else lines


def _unwrapped(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` without the one pair of double quotes around a run of labelled lines (a quote opening before
    "Situation: ..." and closing after the last line of the run, no other double quote in it): both go."""
    out = list(lines)
    after = 0  # the lines before it are read
    for start, line in enumerate(lines):
        if start < after or not line.lstrip().startswith(("\"", "“")) or not label_of(line.strip())[0]:
            continue
        end = start
        while end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        if end > start and inside_quotes("\n".join(lines[start:end + 1])):
            out[start] = line.replace(line.lstrip()[0], "", 1)
            out[end] = lines[end].rstrip()[:-1]
        after = end + 1  # the run is read: a quote opening further in it closes where this one would
    return tuple(out)


def _follow_ups_under(block: Block, line: str, lines: tuple[str, ...], after: int) -> list[str]:
    """The questions indented right under a question line at the margin ("Why?" under "Favourite language?"),
    without a list marker and with no blank line between: that question's follow-ups."""
    if block.kind is not PARAGRAPH or block.lead or line[:1].isspace() or not ends_asking(line.rstrip()) \
            or not is_question(line):
        return []
    asked: list[str] = []
    for following in lines[after:]:
        text = following.strip()
        if not following[:1].isspace() or not ends_asking(text) or _BULLET.match(following) \
                or _NUMBERED.match(following) or not is_question(text):
            break
        asked.append(text)
    return asked


def _next_without_dot(line: str, number: int, last: int | None, lines: tuple[str, ...]) -> Block | None:
    """``4 why this team?`` after questions numbered up to 3 (``last``), or ``1 introduce yourself`` opening a run
    whose next number at the margin (in the ``lines`` after line ``number``) is 2: that question, its number
    written without the dot. A line that only starts with a number ("3 teams shipped it.") is text; so is a number
    the run does not reach next."""
    match = _DOTLESS.match(line) if line[:1].isdigit() else None
    if match is None or not is_question(match.group("text")):
        return None
    ordinal = int(match.group("number"))
    if not (last is not None and ordinal == last + 1 or ordinal == 1 and _next_number(lines, number) == 2):
        return None
    return _item(match.group("text"), number, 0, ordinal)


def _next_number(lines: tuple[str, ...], start: int) -> int | None:
    """The number of the first numbered line at the margin among ``lines`` from index ``start`` on, if any."""
    for line in islice(lines, start, None):
        match = _NUMBERED.match(line) or _DOTLESS.match(line)
        if match and not line[:1].isspace():
            return int(match.group("number"))
    return None


def _ruled(line: str) -> bool:
    """Whether ``line`` opens (after its indent) with a mark a rule, an underline or a banner opens with: no other
    line is one, and no pattern of theirs is tried on it."""
    return line.lstrip()[:1] in _RULE_MARKS


_RULE_MARKS = frozenset("=-~—–―─━")


def _overline(line: str, underline: str) -> bool:
    """Whether ``line`` is a rule of the same mark as ``underline``: the two box the line between them."""
    return _ruled(line) and bool(_UNDERLINE.match(line)) and line.strip()[:1] == underline.strip()[:1]


_FENCED_HEADING = lazy_re(r"^(?P<marks>={1,6})[ \t]*(?P<title>[^=\s](?:[^=]*[^=\s])?)[ \t]*(?P=marks)[ \t]*$")


def _heading_with_underline(line: str, following: str) -> bool:
    match = _UNDERLINE.match(following) if _ruled(following) else None
    return bool(match and len(following.strip()) >= 3 and not line[:1].isspace() and not _BULLET.match(line)
                and not _NUMBERED.match(line) and len(line.split()) <= 10)


def _banner(line: str) -> str:
    """The words written inside a separator line (``------ search rebuild ------``), the name of what follows
    it, without a ``for`` or ``about`` leading them (``---- for the todo app ----``); ``""`` for any other line."""
    match = _BANNER.match(line)
    return _NAMED_FOR.sub("", match.group("text")) if match else ""


def _line_block(line: str, number: int) -> Block:
    text = line.lstrip()
    if text[:1].isdigit():  # the patterns of a numbered line tried only on a line opening with a digit
        if match := _BARE_NUMBER.match(line):  # "4." alone: an entry begun and left without its text
            return _item("", number, _indent(match.group("pad")), int(match.group("number")))
        if match := _NUMBERED.match(line):
            return _item(match.group("text"), number, _indent(match.group("pad")), int(match.group("number")))
    if text[:1] in _BULLETS and (match := _BULLET.match(line)):
        pad = match.group("pad")
        return _item(match.group("text"), number, _indent(pad) if pad else _SUB_LEVELS.get(text[:1], 0), None)
    pad = line[: len(line) - len(text)]
    if pad and _indent(pad):
        return _item(line.strip(), number, _indent(pad) - 1, None)
    lead, rest = _line_label(line.strip())
    return Block(PARAGRAPH, number, number, line.strip(), lead=lead, rest=rest, plain=True)


def _body_of_item(previous: Block, block: Block, line: str, bodies: dict[int, int], above: str) -> bool:
    """An indented line with no mark of its own right under a numbered or bulleted item at the margin that asks, or under such a
    line at its indent: the item's text, as in Markdown (the answer under its question), not an item of an
    unmarked list. ``bodies``: the level of the pad of each line already read so, by line; ``above``: the line of
    ``previous``."""
    if block.kind is not ITEM or block.number is not None or block.text != line.strip() \
            or previous.end != block.line - 1:  # a bullet's mark taken off, or not the next line
        return False
    if previous.kind is PARAGRAPH:  # "Q1) How do you ...?" / "    I ask ...": a marked question's answer, indented
        # (the mark makes it a question however terse: "Q2) biggest failure")
        return bodies.get(previous.line) == block.indent + 1 \
            or previous.line not in bodies and block.indent == 0 \
            and (previous.prompt or _QUESTION_MARK.match(previous.text) is not None)
    # one level in (a line indented deeper, as under "1) ..." of a run inside "2. Team X:", keeps its own reading)
    # a numbered or bulleted question at the margin ("1. Why ...?" / "- Why ...?"), its answer indented under it;
    # not under an unmarked indented line (a run of tab-indented questions lists them)
    return previous.kind is ITEM and previous.indent == 0 and block.indent == 0 \
        and (previous.number is not None or _marked(above)) and is_question(previous.text)


def _marked_prompt(block: Block) -> Block:
    """``block``, or the line ``Q2) biggest failure`` (or ``Q2. ...``) read as a ``Q:`` line when its text does not
    ask: the mark makes it a question (one that asks is read as a question already). ``Q3: ...`` or ``Q3 - ...``
    may be a quarter's news and is left as it is."""
    if block.lead or block.text[:1] != "Q" or (mark := _QUESTION_MARK.match(block.text)) is None \
            or block.text[mark.end() - 2] not in ".)":  # "Q3: shipped the export": a quarter, told
        return block
    rest = block.text[mark.end():].strip()
    if not rest or is_question(rest):
        return block
    return dataclasses.replace(block, text=f"Q: {rest}", lead="Q", rest=rest, prompt=True)


def _first_under(previous: Block, block: Block, line: str) -> bool:
    """An indented line with no mark of its own right under the numbered item ``previous`` (any depth in)."""
    return previous.kind is ITEM and block.kind is ITEM and block.number is None and block.text == line.strip() \
        and previous.end == block.line - 1


def _prompted(item: Block) -> Block:
    """The numbered ``item`` read as a ``Q:`` line: a prompt whose answer is indented under it."""
    return Block(PARAGRAPH, item.line, item.end, f"Q: {item.text}", lead="Q", rest=item.text, plain=True,
                 prompt=True)


def _back_at_pad(block: Block, line: str, pad: int) -> bool:
    """An indented line with no mark of its own at ``pad``, the pad of the text under a question item (``1. What
    are ...?`` / ``    false positives`` / ``        predicted true ...`` / ``    false negatives``): after the
    deeper lines of an outline, that text again, however deep those lines went, until a line at the margin."""
    return block.kind is ITEM and block.number is None and block.text == line.strip() and block.indent + 1 == pad


def _listed_in_body(previous: Block, block: Block, bodies: dict[int, int]) -> int | None:
    """For an item right under an item's text (:func:`_body_of_item`) at its pad or deeper, or under such an item:
    the level of that text's pad, which the list's items drop (they are the text's list, not nested in a list of their
    own); else ``None``. In ``bodies``, such an item's line holds ``-1 - indent``."""
    if block.kind is not ITEM or block.number is not None and block.indent == 0 or previous.end != block.line - 1:
        return None
    held = bodies.get(previous.line)
    if held is None:
        return None
    margin = held if previous.kind is PARAGRAPH else -1 - held
    return margin if margin >= 0 and block.indent >= margin else None


def parts_inline(block: Block) -> list[Block]:
    """``block``, or the blocks of the STAR parts it names inline (``S: ... T: ... A: ... R: ...``), one a part,
    all on its line (a Markdown paragraph so typed is cut the same way: :mod:`.mdreader`)."""
    if not block.lead or not block.rest or (parts := inline_parts(block.lead, block.rest)) is None:
        return [block]
    return [dataclasses.replace(block, text=f"{label}: {text}", lead=label, rest=text) for label, text in parts]


def _dash_marked(block: Block, dashed: bool) -> tuple[Block, bool]:
    """``block`` with an answer's dash marker read as its label (``A - pairing weekly``, ``A -`` alone: nothing
    written yet) once a question was marked ``Q - ...`` (``dashed``; or typed in lower case, ``q: ...`` over
    ``a: ...``); and whether one now was."""
    if (marked := _DASH_QA.match(block.text)) is None:
        return block, dashed
    if (marked.group("mark") or marked.group("lower").upper()) == "Q":  # "Q - why us": the question, read as after "Q:"
        rest = (marked.group("rest") or "").strip()
        return (dataclasses.replace(block, lead="Q", rest=rest) if rest else block), True
    if not dashed:
        return block, dashed
    rest = marked.group("rest") or ""
    return dataclasses.replace(block, lead="A", rest=rest.strip()), dashed


def _marked(line: str) -> bool:
    """Whether ``line`` opens, after its indent, with a list item's mark (``-``, ``*``, ``1.``, ``4.`` alone)."""
    text = line.lstrip()
    if text[:1].isdigit():
        return bool(_NUMBERED.match(line) or _BARE_NUMBER.match(line))
    return text[:1] in _BULLETS and bool(_BULLET.match(line))


def _prose(lines: tuple[str, ...], number: int) -> Block:
    """One paragraph of the indented lines of a wrapped paragraph (:mod:`.indentedprose`), from line ``number``."""
    text = " ".join(line.strip() for line in lines)
    lead, rest = _line_label(text)
    if lead and slot(lead) is None and star_slot(lead) is None:
        lead, rest = "", ""  # "Keep it short: say what you do now, ...": a sentence's colon, no label we read
    return Block(PARAGRAPH, number, number + len(lines) - 1, text, lead=lead, rest=rest, plain=True)


def _paragraph(line: str, number: int) -> Block:
    lead, rest = _line_label(line.strip())
    return Block(PARAGRAPH, number, number, line.strip(), lead=lead, rest=rest, plain=True)


def _line_label(text: str) -> tuple[str, str]:
    """:func:`label_of` a plain-text line or item, a STAR part's label typed in lower case (``situation: ...``)
    read too."""
    lead, rest = label_of(text)
    if not lead and text[-1:] in "-–—" and (named := _DASH_NAME.match(text)) and named["label"] not in "QA":
        return named.group("label"), ""  # "Hive -": read as "Hive:" is, the name of what follows
    if not lead and (part := _LOWER_PART.match(text)):
        return part.group("label"), part.group("rest").strip()
    if (text[:1] in _NOTE_OPENERS or text[:1].isdigit()) and _NOTE_TO_SELF.match(text):
        return "Note", text  # "TODO add numbers", "practice this one", "2024-03-01 mock: too long": a tip
    return _story_marked(lead, rest)


def _story_marked(lead: str, rest: str) -> tuple[str, str]:
    """An answer's marker over a story's first part (``A) S: The pager fired all night.``, ``A - Situation: ...``):
    the part's label, the marker dropped (the answer is the story); any other label as it was."""
    if not rest or lead not in ("A", "Answer", "Ans") \
            or ":" not in rest[:14] and not any(dash in rest[:16] for dash in (" - ", " – ", " — ")):
        return lead, rest
    inner, told = label_of(rest)
    return (inner, told) if inner and star_slot(inner) in ("situation", "task") else (lead, rest)


def _item(text: str, number: int, indent: int, ordinal: int | None) -> Block:
    lead, rest = _story_marked(*label_of(text.strip()))
    return Block(ITEM, number, number, text.strip(), indent=indent, number=ordinal, lead=lead,
                 rest=rest, plain=True)


def _indent(pad: str) -> int:
    """Nesting of a line from its leading whitespace: a tab, or two to four spaces, a level."""
    width = len(pad.replace("\t", "    "))
    return (width + 2) // 4 if width >= 2 else 0


_BOLD_START = lazy_re(r"^\*\*[^*\s][^*]*\*\*")


def _enumerated(rest: str) -> bool:
    """``A) Learner & Observer: ...``: after a letter, a Title Case name of a point that is no label we read
    (``A) Situation: ...`` is an answer that opens with its Situation)."""
    named = _NAMED_ITEM.match(rest)
    return bool(named) and slot(rest[:named.end()]) is None


def _unclosed(label: str, rest: str) -> str:
    """``rest`` without the bold marks that close a bold run its label opened (``**Situation - text**``)."""
    marks = label[:len(label) - len(label.lstrip("*_"))]
    return rest[:-len(marks)].rstrip() if marks and not label.rstrip().endswith(marks) and rest.endswith(marks) \
        else rest


def label_of(text: str) -> tuple[str, str]:
    """``("Label", "rest")`` of a ``Label: rest`` line with a short label; ``("", "")`` otherwise."""
    colon = ":" in text  # most lines have none: no address, time or "Label:" to look for
    # an address (only a text holding "://" may open with one), or "12:16 PM" alone on its line: a time of day, no label
    if colon and ("://" in text and _URL.match(text) or CLOCK.match(text)):
        return "", ""
    if text[:1] in "QA" and (marked := _QA_LINE.match(text)) and not _enumerated(marked.group(2)):  # "Q. How ...?"
        return marked.group(1), marked.group(2).strip()
    if text[:2] == "A)" and not (text[2:3].isspace() and text[3:].strip()) and (hasty := _HASTY_ANSWER.match(text)):
        return "A", hasty.group(1).strip()  # "A):-no ...", "A)Here ...", "A)": its answer, marked
    if text[1:2] == ":" and text[:1] in _PART_LETTERS and text[2:3].isspace():
        return text[:1], text[2:].strip()  # "T: Aim higher - what if we ...?": a story's Task, though it asks
    if ends_asking(text):  # "Why did you: ...?" asks; "Use for: How do you ...?" lists what a story answers
        match = _labelled(text, colon)
        if match and ((found := slot(label := match.group("label").strip())) == "covers"
                      or found == "question" and label.rstrip(" *_").casefold().endswith("questions")):
            return label, match.group("rest").strip()  # "Questions: Tell me ... / How ...?": the questions listed
        return "", ""
    if (dashed := _dashed(text)) and star_lead(dashed.group("label"), dashed.group("rest")):
        return dashed.group("label").strip(" *_"), _unclosed(dashed.group("label"), dashed.group("rest").strip())
    match = _labelled(text, colon)
    if not match:
        return "", ""
    raw = match.group("label").strip()
    if "](" in raw:
        return "", ""  # "Read more → [my write-up](https://...)": the colon is a link's, no label's
    if raw[-1:].isdigit() and text[match.end("label"):match.end("label") + 2][1:].isdigit():
        return "", ""  # "With junior engineers, 1:1s are ...", "at 10:30": a ratio's or a time's colon, no label's
    label = _closed_quote(_unmarked(raw.strip("\"“”*_")).strip("\"“”*_"))  # "✅ Example: ...": the emoji marks it
    if not label or len(label.split()) > 7 or ends_asking(label) or not (label[0].isupper() or label[0].isdigit()
                                                                          or label[:2] == "+R"):
        return "", ""
    if " " in label and match.group("rest").strip() and reads_as_clause(label) and slot(label) is None \
            and star_slot(label) is None:
        return "", ""  # "I sort them into three bins: ...": a clause of the answer ends in the colon, no label
        # ("They may ask:" alone over its list stays the list's label)
    bare = _unmarked(raw).lstrip()  # "💡 *Tip: ...*": the emphasis opens after the emoji
    opener = bare[:len(bare) - len(bare.lstrip("*_"))]
    rest = match.group("rest").strip()
    # "Q: **Team Clash** - ...": a bold run of the rest's own stays whole (only a rest opening with ** holds one)
    if opener or not (rest.startswith("**") and _BOLD_START.match(rest)):
        rest = rest.lstrip("*").strip()
    if opener and rest.endswith(opener[::-1]):  # "*Question: Tell me about ...*": the emphasis spans the line
        rest = rest[:-len(opener)].rstrip()
    return label, rest


def _closed_quote(label: str) -> str:
    """``label`` with the closing quotation mark its stripping took off when the label opened the quotation inside
    itself (``Negotiation of the "Middle Path"``); a label wholly in quotes lost both marks and stays so."""
    if label.count('"') % 2:
        return f'{label}"'
    return f"{label}”" if label.count("“") > label.count("”") else label


def _unmarked(label: str) -> str:
    """``label`` without the emoji or dingbats before it; one opening with a character of ASCII that is no space
    has none, and no pattern is tried on it."""
    return label if label[:1].isascii() and not label[:1].isspace() else _EMOJI_MARK.sub("", label)


def _labelled(text: str, colon: bool) -> re.Match[str] | None:
    """``_LABEL.match(text)``, ``None`` at once for a line with neither a colon (``colon``) nor ``=>``."""
    return _LABEL.match(text) if colon or "=>" in text else None


def _dashed(text: str) -> re.Match[str] | None:
    """``_DASH_LABEL.match(text)``, ``None`` at once for a line without a hyphen or a dash."""
    return _DASH_LABEL.match(text) if "-" in text or "—" in text or "–" in text else None
