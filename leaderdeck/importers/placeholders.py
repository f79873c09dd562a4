"""Text left to write: a template's placeholders (``TBD``, ``_[Describe ...]_``, ``I did X for Y``, the filler
text ``Lorem ipsum dolor sit amet, ...`` a page theme's demo leaves in every paragraph), a name or question made of
blanks (``[Title]``), an answer of a word or two (``As``) and the ``{slots}`` a template leaves.
"""

from __future__ import annotations

import re
import unicodedata

from .text import CODE_SPAN, plain_words
from ..lazyre import lazy_re

_PLACEHOLDER_WORDS = frozenset({"tbd", "tba", "todo", "n/a", "na", "xxx", "...", "…", "wip", "coming soon",
                                "fill in", "to do", "to be done", "pending", "none", "-"})
_FILL = lazy_re(r"^(?:\[\s*(?:fill|todo|tbd|insert|add|describe|your|write|placeholder|answer here|example"
                r"|story here)\b[^\]]*\]|(?:fill(?: in)?|todo|tbd|placeholder)\s*[:!–—-].*)$", re.IGNORECASE)
# "`[?] how many repos is it on now?`", "[?] which team was it?": the writer's mark of a fact still to find, and the
# question to find it by, set as a code span or asking on one line (not "`[?]` more users" then the text told)
_NOTED_BLANK = lazy_re(r"^(?:`\[\s*\?{1,3}\s*\][^`\n]*`|\[\s*\?{1,3}\s*\](?:[^\n]*\?)?)$")
_BRACKETED = lazy_re(r"^[\[<{(].*[\]>})]$", re.DOTALL)
_INSTRUCTION = lazy_re(r"^(?:describe|explain|add|write|insert|fill|list|summari[sz]e|include|what|how|why|who"
                       r"|when|where|state|share|set the scene|give|mention|note|quantify|use|show)\b",
                       re.IGNORECASE)
# a blank: X, [name], <name> (a title in doubled angle brackets, <<Title>>, is a name written, no blank; an HTML
# tag, </a> or <a id="top">, or one of the inline tags a README sets round a line, <sub>, <small>, is markup; a
# link's words, [Read more](...), are no blank; nor is a source's number, [1] or [^1], that a chat assistant's
# answer or a footnote cites), ___
_TEMPLATE_VARS = lazy_re(r"(?<![\w$])(?:X|Y|Z|\[(?!\^?\d{1,3}\])[^\]]{1,40}\](?!\()"
                         r"|(?<!<)<(?![/!])(?!(?:sub|sup|small|b|i|em|strong|br|p|div|span|kbd|code|a|u|s)>)"
                         r"[^<>=]{1,40}>(?!>)|_{3,})(?![\w])")


def _may_blank(text: str) -> bool:
    """Whether ``text`` holds what every blank of :data:`_TEMPLATE_VARS` starts with (a cheap test before it)."""
    return "X" in text or "Y" in text or "Z" in text or "[" in text or "<" in text or "___" in text


# "No answer yet — still thinking about this one.", "(Story to come)", "Not written yet", "Draft — fill this in": the
# writer's word that the answer is still to write, a few words standing where it would go
_YET_TO_WRITE = lazy_re(r"^(?:no|not an?) (?:\w+ )?(?:answer|story|example|response|draft)s? (?:\w+ )?yet\b"
                        r"|^(?:answer|story|example|response|draft)s? (?:coming(?: soon)?|to come|to be (?:written|added)"
                        r"|pending|tbd|todo|not (?:yet )?written)\b|^(?:still )?(?:to be|not yet|not) (?:written|added|filled in|answered)\b"
                        r"|^(?:i )?(?:still )?need to (?:write|think of|find|pick|prepare) (?:an? |my |the )?(?:\w+ )?"
                        r"(?:answer|story|example|response)\b|^still (?:thinking about|working on) (?:this|it|an? \w+)\b"
                        # "_need an example_", "Need a better story here": the whole remark, nothing after it
                        r"|^(?:i )?(?:still )?need (?:an? |my |the |one |some )?(?:good |real |better |concrete |specific "
                        r"|new )?(?:answer|story|example|response)s?(?: (?:here|for (?:this|it)|yet))?$"
                        # "Draft — fill this in", "Fill in later", "Your answer here": a slot marked, nothing written
                        r"|^draft(?:\s*[:–—-]\s*(?:fill (?:this |it )?in|to (?:do|write|fill(?: in)?)|tbd|todo|wip"
                        r"|pending)\b.*)?$|^(?:(?:i )?(?:still )?need to |to )?fill (?:this |it )?in(?: (?:later|here"
                        r"|soon|below))?[.!]?$|^(?:(?:write|put|add|type) )?(?:your|my) (?:own )?(?:answer|story|response"
                        r"|example) (?:goes )?here[.!]?$"
                        # "Answers will vary.", "Depends on your experience.": a sheet's blank for the reader's own
                        r"|^(?:the )?answers? (?:will |may |can |could )?(?:vary|varies)\b[^.!?:]{0,40}[.!]?$"
                        r"|^(?:this |it |the answer )?(?:will |may )?(?:varies|vary|depends) (?:by|on|with) (?:the |your )?"
                        r"(?:candidate|person|individual|experience|background|role)s?[.!]?$|^personal answer[.!]?$",
                        re.IGNORECASE)


# "**S** —" / "**T** —" / ...: the parts' names, each with nothing after it: a story's frame left empty
_EMPTY_PART = lazy_re(r"^[\s>*_#-]*(?:[STARL]|situation|task|actions?|results?|learnings?|lessons?(?: learned)?"
                      r"|reflection|context)[\s*_]*[:：–—-]?[\s*_]*$", re.IGNORECASE)


def _empty_parts(text: str) -> bool:
    """Two lines or more, each only a STAR part's name or letter (:data:`_EMPTY_PART`): read up to the first line
    that is more (most answers' first)."""
    count = 0
    for line in text.splitlines():
        if line.strip():
            if not _EMPTY_PART.match(line):
                return False
            count += 1
    return count >= 2


_YET_WORDS = 15


def _yet_to_write(core: str) -> bool:
    """A short remark that the answer is not written yet (:data:`_YET_TO_WRITE`), at most fifteen words (an answer's
    length says no before its words are counted)."""
    return len(core) <= 300 and bool(_YET_TO_WRITE.match(core.lstrip("([ "))) and len(core.split()) <= _YET_WORDS


def _unmarked(core: str) -> str:
    """``core`` without the signs set around its words (``🚧 still working on this one``, ``TBD ⏳``): a glyph is
    no word of the remark; signs alone are kept."""
    if core and (not core[0].isascii() or not core[-1].isascii()):
        start, end = 0, len(core)
        while start < end and _sign(core[start]):
            start += 1
        while end > start and _sign(core[end - 1]):
            end -= 1
        return core[start:end] or core  # signs alone stay what they were
    return core


def _sign(char: str) -> bool:
    """A glyph or space set around words: a symbol (emoji, arrows), a joiner or variation selector, a space."""
    return char.isspace() or unicodedata.category(char) in ("So", "Sk", "Mn", "Cf")


_INVITED = 80  # "Coming soon. PRs welcome!": a placeholder and a word to contributors, a few words in all
_SENTENCE_END = lazy_re(r"[.!]\s+")
_TELLER = lazy_re(r"\b(?:i|i'm|i'd|i've|we|my|our|me|us)\b", re.IGNORECASE)


def _then_invited(core: str) -> bool:
    """A placeholder sentence followed by a few words told by no I or we (``Coming soon. PRs welcome!``, ``TBD -
    contributions welcome``): the answer is still to write, the rest a word to the page's contributors."""
    end = _SENTENCE_END.search(core)
    if end is None:
        return False
    first, rest = core[:end.start()].strip(" -–—:"), core[end.end():]
    return (first.casefold() in _PLACEHOLDER_WORDS or _yet_to_write(first)) and len(rest.split()) <= 8 \
        and not _TELLER.search(rest)


_STOP = frozenset("a an the and or of to in for as at on by with".split())
# words a sentence never stops on: it broke off there ("Last project was", "We chose the")
_DANGLING = frozenset("a an the and or but of to for with was were is are because my our their that".split())
_LINKING = frozenset("was were is are".split())  # a sentence closes on these after a clause's opener only
_CLAUSE_OPENERS = frozenset("how what who where when why which as whatever".split())
_BROKEN_WORDS = 5
_BROKEN_CHARS = 48
_WORD = lazy_re(r"[A-Za-z']+")


_LINK = lazy_re(r"\[([^\[\]\n]+)\]\(([^()\s]*)\)")  # a link and nothing else: its words, its target


_FILLER_CELL = lazy_re(r"^[\s\d.…:;,_*-]*$")  # a grid's cell left to fill: empty, dots, "1. ....", dashes


def _blank_grid(text: str) -> bool:
    """A table drawn to be filled in: a header row, then rows whose cells past the first (a row's name, ``Story 1``)
    are all empty or fillers (``...``, ``1. ....``). A worksheet's grid, no answer."""
    rows = [line.strip() for line in text.splitlines() if line.strip()]
    if len(rows) < 3 or not all(row.startswith("|") for row in rows):
        return False
    body = [row for row in rows[1:] if row.strip("|:- ")]  # rows after the header, rules drawn with "-" left out
    return bool(body) and all(_FILLER_CELL.match(cell) for row in body for cell in row.strip("|").split("|")[1:])


def _core(text: str) -> str:
    """The words of ``text`` that :func:`is_placeholder` reads: without emphasis, single-spaced, without the dashes,
    colons and stops or the signs round them."""
    return _unmarked(" ".join(plain_words(text).split()).strip().strip("-–—:.… "))


def is_placeholder(text: str) -> bool:
    """Template text, not an answer: ``_[Describe ...]_``, ``[FILL: ...]``, ``TBD``, ``-``, ``??``, ``I did X for
    Y``; a blank's angle brackets as an exporter escapes them (``\\<add\\>``, Google Docs) are its brackets."""
    text = text.replace("\\<", "<").replace("\\>", ">") if "\\<" in text else text
    if "](" in text and (link := _LINK.fullmatch(text.strip())) is not None and link.group(2).strip() \
            and not is_placeholder(link.group(1)):
        return False  # "[Payments outage](Payments%20outage.md)": a link to a page, named by its words, no blank
    if text[:2] in ("`[", "[?") and _NOTED_BLANK.match(text.strip()):
        return True
    core = _core(text)
    words = core.count(" ") + 1  # core is single-spaced, with no space at either end
    if not core or not core.strip("?？! ") or core.casefold() in _PLACEHOLDER_WORDS or _FILL.match(core) \
            or len(core) <= 300 and words <= _YET_WORDS and _yet_to_write(core) \
            or len(core) <= _INVITED and _then_invited(core) \
            or "\n" in text and (_empty_parts(text) or text.lstrip()[:1] == "|" and _blank_grid(text)):
        return True
    if _BRACKETED.match(core) and core.count("[") + core.count("<") + core.count("{") + core.count("(") <= 2:
        return True
    if core[:5].casefold() == "lorem" and _filler(text):
        return True
    raw = text.strip()
    emphasised = len(raw) > 2 and raw[0] in "_*" and raw[-1] in "_*"
    if emphasised and _INSTRUCTION.match(core.lstrip("[(")):
        return True
    if not _may_blank(core):
        return False  # no letter, bracket or rule a blank is written with: most answers
    blanks = _TEMPLATE_VARS.findall(core if "`" not in text else _unmarked(" ".join(plain_words(_commands_out(text))
                                                                                      .split()).strip("-–—:.… ")))
    if len(blanks) < 2 or words > 40:
        return False
    # letters left for names and numbers ("I love your product X ... Z challenges.") in a sentence of the teller's
    # own: an answer with blanks (reported), unless they are most of it ("I did X for Y")
    return not all(blank in ("X", "Y", "Z") for blank in blanks) or len(blanks) * 4 >= len(core.split())


_FILLER = "lorem ipsum"
_SPAN = lazy_re(r"`[^`\n]+`")


def _commands_out(text: str) -> str:
    """``text`` without the code spans that hold more than a blank (``git branch -d <branch_name>``): a command's
    syntax, its ``<name>`` a slot of the command, not a blank left in the answer; a span that is only a blank
    (`` `<your metric>` ``) stays."""
    return _SPAN.sub(lambda span: span.group(0) if _BRACKETED.match(span.group(0)[1:-1].strip()) else " ", text)


def _filler(text: str) -> bool:
    """Every paragraph of ``text`` is the printers' filler (``Lorem ipsum dolor sit amet, ...``): a part left to
    write in a page copied from its demo."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return bool(paragraphs) and all(plain_words(p).strip(" *_>-").casefold().startswith(_FILLER) for p in paragraphs)


_MARKS_TO_FILL = ("fill", "todo", "tbd", "placeholder", "?")


def marked_to_fill(text: str) -> bool:
    """A line the writer marked as still to write, however it goes on (``_Fill in: why this option? What did you
    reject?_``, ``TODO: which numbers?``, ``[Fill: ...]``): a note to self, never a question put to the reader,
    even when it asks."""
    head = text.lstrip("_*[(` \t")[:11].casefold()
    if not head.startswith(_MARKS_TO_FILL):
        return False  # most lines: no mark of a blank at their start
    if head[:1] == "?":
        return bool(_NOTED_BLANK.match(text.strip()))
    return bool(_FILL.match(_unmarked(" ".join(plain_words(text).split()).strip("-–—:.… "))))


BLANK = lazy_re(r"\[[^\[\]\n]{1,100}\](?!\()")  # "[Title]", not a link


def is_fill_in(text: str) -> bool:
    """A name or question made of blanks to fill ("[Title]", "Story #[Number]: [Title]", "[Question type 1]"):
    the blanks outnumber the words around them, which are at most two."""
    flat = plain_words(text)
    blanks = len(BLANK.findall(flat)) if "[" in flat else 0
    if not blanks:
        return False  # no blank: most names and questions
    around = len(_WORD.findall(BLANK.sub(" ", flat)))
    return around <= 2 and around < blanks


def is_unfinished(text: str) -> bool:
    """Too little to be an answer: only short function words ("As "), or a few words that break off where the
    sentence had only begun ("Last project was", "The reason is that"): no mark ends them."""
    count = 0
    for match in _WORD.finditer(text):  # read no further than a third word or one not in the list: most texts
        if count == 2 or match.group().casefold() not in _STOP:
            return len(text) <= 2 * _BROKEN_CHARS and _broken_off(text)  # most answers are longer: no call
        count += 1
    return count > 0


def _broken_off(text: str) -> bool:
    """A line of two to five words that stops on a word no sentence ends with ("was", "the", "because")."""
    if len(text) > 2 * _BROKEN_CHARS:
        return False  # cheap: most answers are longer
    stripped = text.strip()
    if not stripped or len(stripped) > _BROKEN_CHARS or "\n" in stripped or not stripped[-1].isalpha():
        return False  # a longer line, or one that ends in a mark
    tokens = stripped.split()
    if not 2 <= len(tokens) <= _BROKEN_WORDS or not all(_WORD.fullmatch(t) for t in tokens):
        return False  # "Q3 was", "the 2x": no plain words
    last = tokens[-1].casefold()
    if last in _LINKING:  # "that is how it was", "who I was": a clause said in full; "My last team was": broken off
        return not any(t.casefold() in _CLAUSE_OPENERS for t in tokens)
    return last in _DANGLING


# "{service}", "{customer/system}", "{quick fix}": a slot standing for words to write, not code ("${x}", "{{x}}",
# "/api/{id}", `{name}` in backticks) nor a sentence's own braces ("{}", "{ a: 1 }")
_SLOT = lazy_re(r"(?<![\w$%{}/\\#])\{([A-Za-z][A-Za-z'’]+(?:[ /_-][A-Za-z][A-Za-z'’]*){0,2}|[A-Z])\}(?![\w}])")
_CODE = lazy_re(CODE_SPAN, re.DOTALL)


def fill_slots(text: str) -> tuple[str, ...]:
    """The ``{blank}`` slots a template leaves for the user to fill in ("incidents in {service}"), outside code."""
    if "{" not in text:
        return ()  # no brace, no slot: most texts
    return tuple(f"{{{m}}}" for m in dict.fromkeys(_SLOT.findall(_CODE.sub(" ", text))))
