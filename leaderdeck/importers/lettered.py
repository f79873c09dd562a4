"""Questions lettered ``a.``, ``b.`` (or ``A.``, ``a)``, ``(a)``) instead of numbered.

Markdown makes a list only of numbers, so ``a. How did you handle ...?`` stays a paragraph that opens with a letter.
When a document letters two paragraphs or more in order from the first letter (``a.`` then ``b.``, the same case and
mark), the letters number a bank: each lettered paragraph whose text asks is that question, its letter dropped. The
text asks as any question does, or, in CJK, when one of its sentences puts a question to "you" (``你应该怎么做。``,
the scene around it kept with it); lines wrapped in the middle of a CJK word are one line. The lines under the
question in the same paragraph are its answer, a paragraph of their own. A paragraph whose lines are lettered in
order and each ask (``a) Tell me about ...`` over ``b) Tell me about ...``, as a list lettered in Word is pasted) is
first cut into a paragraph a line. Lettered lines that do not ask (the options
of an answer) are left as they are, their letters kept, and so are the lines of one paragraph lettered in order
(``A: managing up`` / ``B: ...``): a run's ``A`` is no answer's label. A lone ``A.`` is an answer's mark in a Q/A
bank. The last question's answer ends where the writer turns to notes of their own (:mod:`.bankend`).
"""

from __future__ import annotations

import dataclasses

from .bankend import close_last_answer
from .blocks import Block, PARAGRAPH
from .cjkasks import asks_in_cjk
from .cjkwrap import CJK, join_wrapped, wrapped_run
from .text import is_question
from .titledlines import paragraph
from ..lazyre import lazy_re

_LETTER = lazy_re(rf"^(?:\((?P<paren>[A-Za-z])\)|(?P<letter>[A-Za-z])(?P<mark>[.)．]))(?:[ \t]+|(?=[{CJK}]))"
                  r"(?P<rest>\S.*)$")
_MARKS = ".)．"  # what follows a letter that letters a paragraph (the letter in parentheses aside)
_LINE_LETTER = lazy_re(r"^(?P<letter>[A-Za-z])[:.)]\s+\S")  # "A: managing up", one line of a lettered list
_SENTENCES = lazy_re(r"(?<=[。！；])")
_MIN_RUN = 2


def lettered_questions(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the questions of a lettered bank read as questions, their letters dropped (see the module)."""
    blocks = _lines_apart(blocks)
    banked = _banked(blocks)
    if not banked:
        return blocks
    out: list[Block] = []
    last = -1  # where the last question read is in ``out``
    index = 0
    while index < len(blocks):
        if index not in banked:
            out.append(_lines_lettered(blocks[index]))
            index += 1
            continue
        read, taken = _question(blocks, index)
        if read[0] is not blocks[index]:
            last = len(out)
        out.extend(read)
        index += taken
    return close_last_answer(out, last) if last >= 0 else out


def _lines_apart(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each paragraph of questions lettered line by line (``a) Tell me about ...`` over ``b) How
    do you ...?``, one line each, as a list lettered in Word is pasted) cut into a paragraph a line, so that the
    run reads as lettered paragraphs do. A paragraph whose lettered lines do not all ask stays whole: options."""
    out: list[Block] | None = None
    for index, block in enumerate(blocks):
        apart = _asked_lines(block) if block.kind is PARAGRAPH and "\n" in block.text else None
        if apart is not None:
            out = out if out is not None else blocks[:index]
            out.extend(paragraph(line, block, block.line + offset) for offset, line in apart)
        elif out is not None:
            out.append(block)
    return blocks if out is None else out


def _asked_lines(block: Block) -> list[tuple[int, str]] | None:
    """``(offset, line)`` of each line of ``block`` when they are two or more, lettered in order with one mark
    (``a)``, ``b)``, ...) and each asks; whether they make a bank is then decided as for lettered paragraphs."""
    if block.quoted or block.plain or not (block.text[1:2] in _MARKS or block.text[:1] == "("):
        return None  # a quick look: the first line is lettered only if its second character is a mark
    lines = block.text.split("\n")
    found = [_LETTER.match(line.strip()) for line in lines]
    if any(match is None for match in found):
        return None
    styles = {(match["paren"] or match["letter"]).isupper() for match in found} \
        | {"()" if match["paren"] else match["mark"] for match in found}  # type: ignore[index]
    letters = [(match["paren"] or match["letter"]).lower() for match in found]  # type: ignore[index]
    if len(styles) != 2 or letters != [chr(ord(letters[0]) + n) for n in range(len(letters))] \
            or not all(is_question(match["rest"].strip()) for match in found):  # type: ignore[index]
        return None
    return [(offset, line.strip()) for offset, line in enumerate(lines)]


def _banked(blocks: list[Block]) -> set[int]:
    """The indexes of the paragraphs lettered in order from the first letter, two or more with one mark."""
    banked: set[int] = set()
    runs: dict[str, list[int]] = {}  # the mark ("a.", "A)", "(a)") -> the indexes of its current run
    for index, block in enumerate(blocks):
        found = letter_style(block)
        if found is None:
            continue
        letter, style = found
        run = runs.get(style, [])
        expected = chr(ord(_letter(blocks[run[-1]])) + 1) if run else ""
        if letter.lower() == "a":
            run = [index]
        elif letter == expected:
            run = [*run, index]
        else:
            continue
        runs[style] = run
        if len(run) >= _MIN_RUN:
            banked.update(run)
    return banked


def letter_style(block: Block) -> tuple[str, str] | None:
    """``(letter, style)`` of a paragraph opening with a letter and its mark (``a.``, ``B)``, ``(c)``)."""
    if block.kind is not PARAGRAPH or block.quoted:
        return None
    text = block.text  # its first line, stripped, is lettered only if the text opens so or with a space
    found = _LETTER.match(block.first_line.strip()) \
        if text[1:2] in _MARKS or text[:1] == "(" or text[:1].isspace() else None
    if found is None:
        return None
    letter = found["paren"] or found["letter"]
    mark = "()" if found["paren"] else found["mark"]
    return letter, f"{'upper' if letter.isupper() else 'lower'}{mark}"


def _letter(block: Block) -> str:
    """The letter a lettered paragraph opens with (``""``: none)."""
    found = letter_style(block)
    return found[0] if found else ""


def _question(blocks: list[Block], index: int) -> tuple[list[Block], int]:
    """The blocks read from the lettered paragraph at ``index`` and how many of ``blocks`` they replace."""
    block = blocks[index]
    rest = _LETTER.match(block.first_line.strip())["rest"]  # type: ignore[index]
    if block.plain:  # plain text: each line a paragraph; a wrapped question goes on in the ones right under it
        run = [block]
        for below in blocks[index + 1:index + 4]:
            if below.kind is not PARAGRAPH or below.line != run[-1].end + 1 or below.lead:
                break
            run.append(below)
        lines = [rest, *(b.text for b in run[1:])]
        count = wrapped_run(lines)
        asked = _asked(join_wrapped(lines, count))
        if asked is None:
            return [_option(block)], 1
        return [dataclasses.replace(asked, line=block.line, end=run[count - 1].end, indent=block.indent,
                                    plain=True)], count
    lines = [rest, *block.text.split("\n")[1:]]
    count = wrapped_run(lines)
    asked = _asked(join_wrapped(lines, count))
    if asked is None:
        return [_option(block)], 1
    read = [dataclasses.replace(asked, line=block.line, end=block.line + count - 1, indent=block.indent,
                                folded=block.folded)]
    if answer := "\n".join(lines[count:]).strip():
        read.append(paragraph(answer, block, block.line + count))
    return read, 1


def _lines_lettered(block: Block) -> Block:
    """A paragraph whose lines are lettered in order from ``A`` (``A: managing up`` / ``B: keeping promises``): a
    list of options, its first letter kept as text, never read as an ``A:`` answer's label."""
    if not block.lead or block.lead.strip(" *_").lower() != "a" or not line_letters(block.text):
        return block
    return dataclasses.replace(block, lead="", rest="")


def line_letters(text: str) -> list[str]:
    """The letters of a paragraph whose lines, two or more, are lettered in order (``A: managing up`` / ``B:
    ...``), else ``[]``."""
    lines = text.split("\n")
    letters = [found["letter"] if (found := _LINE_LETTER.match(line.strip())) else "" for line in lines]
    if len(lines) < _MIN_RUN or not letters[0] or letters != [chr(ord(letters[0]) + n) for n in range(len(letters))]:
        return []
    return letters


def _option(block: Block) -> Block:
    """A lettered paragraph of a run that does not ask: an option, its letter kept as text, never read as a label
    (``A. Answer the director`` is no ``A:`` answer)."""
    if block.lead and block.lead.strip(" *_").lower() == _letter(block).lower():
        return dataclasses.replace(block, lead="", rest="")
    return block


def _asked(question: str) -> Block | None:
    """The block of a lettered ``question`` when it asks (a ``Q:`` prompt when only one CJK sentence in it does),
    else ``None``. Its lines are set by the caller."""
    if is_question(question):
        return Block(PARAGRAPH, 0, 0, question)
    sentences = [s for s in _SENTENCES.split(question) if s.strip()]
    if len(sentences) > 1 and any(asks_in_cjk(s.strip()) for s in sentences):
        return Block(PARAGRAPH, 0, 0, f"Q: {question}", lead="Q", rest=question, prompt=True)
    return None
