"""A line standing alone over the questions the writer will ask the interviewer: ``Ask interviewer``, ``Ask the
interviewer``, ``To ask``, a numbered ``4. Question to ask interviewers (pick two)``, then ``Q What does a good first
quarter look like?`` lines; a sentence leading into them does the same (``You can ask interviewers about the
values:``). Those questions are the writer's to ask, not questions to answer: set aside with the
line, reported once. So are two questions or more, none put to "you" (``How does the team plan its quarter?``),
after an order to ask some that names no one (``Ask questions that show alignment:``); put to "you" (``How did you
choose?``), they are questions to answer."""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM
from .text import is_question
from .voice import as_me, to_you
from ..lazyre import lazy_re

# "Ask interviewer", "Ask the interviewers", "To ask", "Things to ask them", "Ask them"
# (the interviewers however spelt: "Question to Ask Interviwers")
_ASK_THEM = lazy_re(r"^(?:(?:things |questions? |qs |what )?to ask(?: (?:them|(?:the |your |my )?interv\w*ers?"
                    r"|the panel|the team|at the end))?|ask (?:the |your |my )?(?:interv\w*ers?|panel|them))$",
                    re.IGNORECASE)
# "You can ask interviewers about the values:", "Ask your interviewer questions like:": a sentence leading into them
# (its colon dropped where a report names it)
_LEAD_IN = lazy_re(r"^(?:you (?:can|could|should|might|may) (?:also )?|feel free to |be ready to |remember to |also )?"
                   r"ask (?:the |your |my )?(?:interv\w*ers?|panel|hiring managers?)(?: (?:about [\w ,'&/-]{1,40}"
                   r"|questions like|things like|something like|(?:some )?questions(?: such as| like)?))?\s*:?$",
                   re.IGNORECASE)
# "Ask questions that show alignment:", "Ask a few questions about the roadmap:": an order to ask, naming no one
_ASK_SOME = lazy_re(r"^ask (?:a few |some |two |three |good |smart |thoughtful |sharp )*questions? (?:that|which|about"
                    r"|to|on|showing)\b[^:?]{0,60}:$", re.IGNORECASE)
_LEAST = 2
# "(pick a few)" after the line: the writer's remark; " 类型" ("kind"), a CJK word naming the section's kind
_REMARK = lazy_re(r"(?:\s*[(（][^()（）]*[)）]|\s+[\u3400-\u4dbf\u4e00-\u9fff]{1,4})$")


def asks_them(label: str) -> bool:
    """``label`` (a title line's words, any ``:`` after them aside) is a line over questions for the interviewer."""
    label = label.replace("*", "")
    if "ask" not in label.casefold():
        return False  # no "ask" in it: most lines
    words = " ".join(label.strip(" \t:_#").split())
    if _LEAD_IN.match(words):
        return True  # "You can ask interviewers about the values:" over them
    opening = words.lstrip(" :")[:len("questions to ask")].casefold()
    if not opening.startswith("ask") and "to ask" not in opening:
        return False  # "Task: ...", "I asked ...": such a line opens with "Ask" or "... to ask"
    return bool(_ASK_THEM.match(_REMARK.sub("", words).strip(" :")))


def their_questions_at(blocks: list[Block], index: int) -> int:
    """How many blocks after ``blocks[index]`` are the writer's questions for the interviewer, when that block is a
    line of its own asking nothing that says so (``Ask interviewer``) and a question follows it; ``0`` otherwise."""
    return _asking(blocks, index) if _alone(blocks[index]) and asks_them(blocks[index].text) else 0


def asked_about_them(blocks: list[Block], index: int) -> int:
    """How many blocks after ``blocks[index]`` are questions about the team or the company, the reader's to ask:
    that block orders the reader to ask some, naming no one (``Ask questions that show you care:``), and none of
    the questions after it, two or more, is put to "you"; ``0`` otherwise."""
    line = blocks[index]
    if line.kind is not PARAGRAPH or "ask" not in line.text[:4].casefold() or not _alone(line) \
            or not _ASK_SOME.match(line.text.replace("*", "").strip()):
        return 0  # cheap first: most lines do not open with "Ask"
    count = _asking(blocks, index)
    asked = blocks[index + 1:index + 1 + count]
    return count if count >= _LEAST and not any(to_you(block.text) for block in asked) else 0


def _alone(line: Block) -> bool:
    """A paragraph or list item of one line, outside a quote."""
    return line.kind in (PARAGRAPH, ITEM) and not line.quoted and "\n" not in line.text.strip()


def _asking(blocks: list[Block], index: int) -> int:
    """How many blocks right after ``blocks[index]`` ask, each line of them, none less indented than it."""
    line = blocks[index]
    count = 0
    for block in blocks[index + 1:]:
        if block.kind not in (PARAGRAPH, ITEM) or block.indent < line.indent \
                or not all(is_question(text) for text in block.text.split("\n") if text.strip()):
            break
        count += 1
    return count


# "questions:", "My questions", "Qs": a line that names what follows as questions and nothing more
_BARE = lazy_re(r"^(?:my |some |other )?(?:questions?|qs)$", re.IGNORECASE)


def closing_questions_at(blocks: list[Block], index: int) -> int:
    """The questions under a bare ``questions:`` line closing a plain-text page whose own notes answer in the first
    person and never ask nor speak to "you" (``me:`` or ``over deliver:`` over the writer's bullets): the page's
    only questions, none answered, with at most a line of text after them, are the writer's for the interviewer.
    ``0`` for any other line or page."""
    if not blocks[index].plain or "q" not in blocks[index].text.casefold() or not _alone(blocks[index]):
        return 0  # a line that names no questions (no "q" in it, as "questions" and "qs" have): most lines
    words = " ".join(blocks[index].text.replace("*", "").strip(" \t:_#").split())
    if not _BARE.match(words):
        return 0
    count = _asking(blocks, index)
    after = blocks[index + 1 + count:]
    if not count or len(after) > 1 or any(b.kind is not PARAGRAPH or is_question(b.text) for b in after):
        return 0
    before = [b for b in blocks[:index] if b.kind in (PARAGRAPH, ITEM)]
    told = any(as_me(b.text) for b in before) and not any(to_you(b.text) for b in before)  # not a case for "you"
    if not told or any(is_question(text) for b in before for text in b.text.split("\n") if text.strip()):
        return 0
    return count
