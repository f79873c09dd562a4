"""Markdown -> blocks, through markdown-it-py's CommonMark tokens and their line maps.

The only module that imports ``markdown_it``. Headings, paragraphs, list
items (nesting and numbers), tables, fenced and indented code, rules and
quotes map one to one onto blocks. HTML blocks are read for their structure:
``<summary>Title</summary>`` (a ``<details>`` section) becomes a heading one
level below the current one, other HTML is turned into Markdown
(:mod:`leaderdeck.htmlmd`) and read again; comments were set aside before.
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .blocks import Block, BlockKind, HEADING, PARAGRAPH, ITEM, TABLE, CODE, RULE
from .answerpart import answer_part
from .boldlead import bold_lead, italic_lead
from .ownmatter import own_title
from .codequestions import fenced_list, indented_list, question_lines
from .fencedanswer import PROSE_INFOS, answer_fence
from .fencedstar import star_fence, tidied
from .headings import heading_text, spaced_headings
from .htmlblocks import block_markdown
from .headtags import heading_tags, tags_line
from .highlight import unhighlighted
from .inlinehtml import decoded, is_spacer, unbroken, unstyled
from .italicask import unitalicised
from .storylines import asked_after_part, impact_after_part, story_action
from .summarybadge import without_badge
from .levelfence import level_groups
from .toldfence import told_fence
from .outlinefence import outline_fence
from .quoting import inside_quotes
from .references import web_linked
from .text import ASK, OPENING_QUOTES, is_question, only_questions, strip_symbols
from .nesting import Folds, Sections, dedented
from .listnumbers import Numbering
from .labels import COACH_SLOTS, META_SLOTS, STAR_SLOTS, slot, star_slot
from .textreader import label_of, parts_inline, read_text_lines
from ..lazyre import lazy_re

_SUMMARY = lazy_re(r"<summary[^>]*>(.*?)</summary>", re.IGNORECASE | re.DOTALL)
_TAG = lazy_re(r"<[^>]+>")
_STRUCTURAL = lazy_re(r"^\s*(?:</?(?:details|summary|div|section|br|hr|p)\b[^>]*>\s*)+$", re.IGNORECASE)
_MAX_DEPTH = 3
_IMAGES = lazy_re(r"^\s*(?:!\[[^\]]*\]\([^)]*\)\s*(?:--\s*\S+)?\s*)+"
                  r"(?:\n[ \t]*(?:\*[^*\n]{1,120}\*|_[^_\n]{1,120}_)[ \t]*)?$")  # a caption in italics under it


@cache
def parser(unused: frozenset[str] = frozenset()) -> MarkdownIt:
    """The parser of a process (every section folded in HTML is read again by it), without the block rules
    ``unused`` (:func:`unused_rules`); what it reads is :func:`normalized` first."""
    # Only the block structure is read; inline text stays source (parsing it would double the time), so
    # text_join, which joins the text pieces inline parsing leaves, has nothing to join.
    md = MarkdownIt("commonmark", {"html": True}).enable("table").disable(["inline", "text_join", "normalize"])
    return md.disable(sorted(unused)) if unused else md


# The block rules that cannot match without a character: each looks for it first where its block starts (a table
# for a "|" in its header row) and changes nothing before it matches.
_NEEDS = (("table", "|"), ("fence", "`~"), ("blockquote", ">"), ("reference", "["), ("html_block", "<"))
# A line that may underline the paragraph above it (a setext heading): "-" or "=" alone after the indent or the
# quotes' marks it may sit under; never the text's first line, with no paragraph above it. (Failing, the rule
# leaves the parent type "paragraph" behind; only the list rule reads it, as what may end a paragraph, and each
# rule that asks it so sets the parent type first.)
_UNDERLINE = lazy_re(r"\n[ \t>]*(?:-+|=+)[ \t]*$", re.MULTILINE)
# A thematic break ("---", "* * *") runs to the end of its line, three "-", "*" or "_" and only spaces between:
# the line ends with one of them, or with a space.
_BREAK_ENDS = ("-", "*", "_", " ", "\t")


def unused_rules(source: str) -> frozenset[str]:
    """The block rules of :func:`parser` that cannot match anywhere in ``source`` (normalized): it lacks a
    character or a line each of them needs. markdown-it tries its rules in turn where each block starts, and again
    at each line of a paragraph those that may end it; a parser without these reads ``source`` into the same
    tokens, sooner (a story bank with no table, quote, fence, HTML, rule or setext heading: about two fifths fewer
    instructions)."""
    unused = [rule for rule, marks in _NEEDS if not any(mark in source for mark in marks)]
    if _UNDERLINE.search(source) is None:
        unused.append("lheading")
    if not source.endswith(_BREAK_ENDS) and not any(f"{end}\n" in source for end in _BREAK_ENDS):
        unused.append("hr")
    return frozenset(unused)


def normalized(source: str) -> str:
    """``source`` as markdown-it's own ``normalize`` rule leaves it (every line ending a newline, NUL the
    replacement character), by ``str.replace``: the rule's regex rewrites every newline, five times slower."""
    return source.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")


def read_markdown(lines: tuple[str, ...], _depth: int = 0) -> list[Block]:
    """Blocks of a Markdown document, line numbers those of ``lines`` (1-based)."""
    source = spaced_headings(lines)
    text = normalized("\n".join(source))
    return _Walker(_depth, source).walk(parser(unused_rules(text)).parse(text))


class _Walker:
    def __init__(self, depth: int, lines: tuple[str, ...]) -> None:
        self.depth, self.lines, self.sections, self.folds = depth, lines, Sections(), Folds()
        self.blocks: list[Block] = []
        self.items: list[dict] = []  # open list items: {"line", "number", "filled"}
        self.ordered: list[tuple[bool, int]] = []  # open lists: (ordered, next number)
        self.quoted = 0
        self.numbering = Numbering()
        self.level = 0  # the level of the last heading, a <details> section's included
        self.unread: list[Block] = []  # blocks of the current section's own text not yet read into ``own``

    def walk(self, tokens: list[Token]) -> list[Block]:
        index = 0
        while index < len(tokens):
            index = self.token(tokens, index) + 1
        return self.blocks

    def token(self, tokens: list[Token], index: int) -> int:
        token = tokens[index]
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = self.numbering.start(len(self.items), int(token.attrs.get("start", 1))) \
                if kind == "ordered_list_open" else 0
            self.ordered.append((kind == "ordered_list_open", start))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.ordered.pop()
        elif kind == "list_item_open":
            ordered, number = self.ordered[-1]
            self.ordered[-1] = (ordered, number + 1)
            if ordered:  # "7. ...?" / "1. ..." then "2. ...": the author's count goes on across lists
                self.numbering.item(len(self.items), number, token.info)
            self.items.append({"line": _line(token), "number": number if ordered else None, "filled": False})
        elif kind == "list_item_close":
            item = self.items.pop()
            if not item["filled"]:
                self.add(ITEM, item["line"], item["line"], "", number=item["number"], indent=len(self.items))
        elif kind == "blockquote_open":
            self.quoted += 1
        elif kind == "blockquote_close":
            self.quoted -= 1
        elif kind == "heading_open":
            self.level = self.folds.level(int(token.tag[1]))
            self.owning(_NONE)
            # "Hiring {#hiring}": "Hiring"; "==Ownership==": "Ownership"
            text = heading_text(unhighlighted(unstyled(decoded(tokens[index + 1].content))))
            text, tags = heading_tags(text)  # "Cutting costs #ownership": the note's tags, not its name
            linked = web_linked(text) if "](" in text else None
            linked = linked if linked and is_question(linked[0]) else None
            self.add(HEADING, _line(token), _end(token), linked[0] if linked else text, level=self.level)
            if linked:  # "## [Tell me about a time you failed](https://...)": the question, its address a line under
                self.add(PARAGRAPH, _line(token), _end(token), linked[1])
            if tags:
                self.add(PARAGRAPH, _line(token), _end(token), f"Tags: {', '.join(tags)}")
            return index + 2
        elif kind == "paragraph_open":
            self.paragraph(token, tokens[index + 1])
            return index + 2
        elif kind in ("fence", "code_block") and not token.content.strip():
            pass  # an empty fence, a box left to write in: nothing to read, never a question's answer
        elif kind == "code_block" and self.sections.prose(self.lines[_line(token) - 1]):
            self.inner(token.content, _line(token) - 1, True)  # indented as a <details> section's content: its prose
        elif kind == "code_block" and (listed := indented_list(token.content)) is not None:
            self.inner(listed, _line(token) - 1)  # "    - To get there" after a paragraph: a list indented too far
        elif kind == "code_block" and (asked := question_lines(token.content)):
            for offset, question in asked:  # questions pasted from a web page, each line indented: a list of them
                self.add(ITEM, _line(token) + offset, _line(token) + offset, question)
        elif kind in ("fence", "code_block"):
            info = token.info.strip().split(" ")[0]
            # "**Story Template:**" right over the fence: its "Situation: ..." lines say what to write, no story
            templated = bool(self.blocks) and _names_template(self.blocks[-1])
            labelled = not templated and _labelled_prose(token.content, info)
            prose = "\n".join(tidied(token.content.split("\n"))) if labelled \
                else None if templated else star_fence(token.content, info)
            if labelled and info.casefold() in _MARKDOWN_INFOS and _bold_labels(token.content):
                # "```markdown" round a story written in Markdown ("**Situation:**" over its text): read as the
                # Markdown it is, so a bold label alone on its line ("**Change Example:**") is a label, no story's name
                self.inner(token.content, _line(token), bool(self.sections.indents))
            elif prose is not None:  # a sample answer pasted into a code fence, or a story typed into a bare one
                # its headings' marks go: "## Story: name" in the fence is a title line of the plain text
                for block in read_text_lines(tuple(_HEADING_MARKS.sub("", prose).split("\n"))):
                    self.blocks.append(_moved(block, _line(token), len(self.items), self.quoted > 0,
                                              bool(self.sections.indents)))
                    self.held(block)
            elif kind == "fence" and _fenced_scene(token.content, info):  # "```markdown" / "**Scenario:**" / ...
                self.inner(token.content, _line(token), bool(self.sections.indents))
            elif (markdown := answer_fence(token.content, info)) is not None:  # an outline, then "Example Answer:"
                self.inner(markdown, _line(token), bool(self.sections.indents))
            elif (markdown := told_fence(token.content, info, self.blocks[-1] if self.blocks else None)) is not None:
                self.inner(markdown, _line(token), bool(self.sections.indents))  # an answer told in a bare fence
            elif (markdown := outline_fence(token.content, info, self.blocks[-1] if self.blocks else None)) \
                    is not None:  # "Approach:" / "Key Points:" outlines in a bare fence: how to answer, as tips
                self.inner(markdown, _line(token), bool(self.sections.indents))
            elif (markdown := level_groups(token.content, info, self.level)) is not None:  # "EM LEVEL:" over questions
                self.inner(markdown, _line(token), bool(self.sections.indents))
            elif kind == "fence" and (listed := fenced_list(token.content, info)) is not None:
                self.inner(listed, _line(token), bool(self.sections.indents))  # "1.<TAB>Tell me ..." in a bare fence
            else:
                self.add(CODE, _line(token), _end(token), token.content, info=info)
        elif kind == "hr":
            self.add(RULE, _line(token), _end(token))
        elif kind == "table_open":
            return self.table(tokens, index)
        elif kind == "html_block":
            self.html(token)
        return index

    own = 0  # what the current section holds of its own, as far as read (:meth:`owned`)

    def add(self, kind: BlockKind, line: int, end: int, text: str = "", **values) -> None:
        values.setdefault("indent", len(self.items))
        text = _unescaped(text) if "\\" in text and kind in _INLINE else text
        if kind is ITEM and text[:1] in "*_":
            text = unitalicised(text)  # "2. *When did you ...?*": the question, however its italics wrap
        if kind is ITEM and text[:1] == "[" and _TASK_BOX.match(text):
            text = _TASK_BOX.sub("", text, count=1)  # "- [ ] Tell me about ...": a checklist of questions to prepare
            values["box"] = True
        if kind is PARAGRAPH and (_IMAGES.match(text) or is_spacer(text)):
            return  # a picture (its italic caption with it) or a spacer (&nbsp;): nothing a card can show
        lead, rest, bold = self.lead(text) if kind in _LABELLED else ("", "", False)
        if bold and text.rstrip()[-3:] in (":**", ":__"):
            text = text.rstrip()[:-3] + text.rstrip()[-2:]  # "**STAR 2:**", a story's title line: no colon in it
        values.setdefault("folded", bool(self.sections.indents))
        block = Block(kind, line, end, text.strip(), quoted=self.quoted > 0, lead=lead, rest=rest, bold=bold,
                      **values)
        for part in parts_inline(block):  # "Situation: ... Task: ... Action: ..." typed as one paragraph
            self.blocks.append(part)
            self.held(part)

    def lead(self, text: str) -> tuple[str, str, bool]:
        """``(lead, rest, whole_bold)`` of a paragraph's or an item's text: its bold lead-in (or the whole of it
        bold), else its italic label, else its ``Label:``."""
        lead, rest, bold = bold_lead(text)
        if lead and (part := answer_part(lead, rest)) is not None:
            return part[0], part[1], False  # "**Answer.** Situation: ...": the Situation's text
        if lead or bold:
            return lead, rest, bold
        lead, rest = italic_lead(text)  # "*Situation*" over its text
        if lead:
            return lead, rest, False
        first, _, more = text.strip().partition("\n")
        lead, rest = label_of(first)
        if not lead and self.quoted and more.strip() and slot(title := first.strip(" *_:")) in COACH_SLOTS:
            lead = title  # "> Tip" over "> Say ...": a callout titled by its coaching word, that coaching
        return lead, "\n".join(filter(None, (rest, more.strip()))), False

    def held(self, block: Block) -> None:
        """Note a block of the current section's own text (read only when :meth:`owned` is asked)."""
        if block.kind is not HEADING:
            self.unread.append(block)

    def owning(self, own: int) -> None:
        """Start the current section's own text afresh, as holding ``own``."""
        self.own, self.unread = own, []

    def owned(self) -> int:
        """What the current section holds of its own: _NONE, _ASKS (only questions) or _TEXT."""
        for block in self.unread:
            if self.own == _TEXT:
                break
            self.own = _ASKS if _asks_alone(block) else _TEXT
        self.unread = []
        return self.own

    def paragraph(self, token: Token, inline: Token) -> None:
        item = self.items[-1] if self.items else None
        content = unhighlighted(unstyled(decoded(inline.content)))  # "<span style=...>How do you ...?</span>": its text
        content = unbroken(content) if "<" in content and not is_spacer(content) else content  # "Why?<br>I ..."
        content = tags_line(content) if content[:1] == "#" else content  # "#interview #prep" alone: its tags
        if not self.depth and ("\n " in content or "\n\t" in content):  # a fence read as Markdown keeps its own
            content = _INDENTED_LINE.sub("\n", content)  # a paragraph's further lines lose their indent (CommonMark)
        line = _line(token)
        pieces = _split_at_leads(content, line)
        if len(pieces) > 1 and (inner := inside_quotes(content)):  # '"**S**: ... **R**: done."': both go
            pieces = _split_at_leads(inner, line)
        if "\\" in content:  # "**Task:** I led it.\" cut from the next part's line: its hard break goes with the cut
            pieces = [(at, _HARD_BREAK.sub("", text)) for at, text in pieces]
        first, *others = pieces
        if item is not None and not item["filled"] and line == item["line"]:
            item["filled"] = True
            self.add(ITEM, line, first[0], first[1], number=item["number"], indent=len(self.items) - 1)
        else:
            self.add(PARAGRAPH, line, first[0], first[1])
        for line, text in others:
            self.add(PARAGRAPH, line, line, text)

    def table(self, tokens: list[Token], index: int) -> int:
        start = tokens[index]
        rows: list[list[str]] = []
        lines: list[int] = []
        while tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "tr_open":
                rows.append([])
                lines.append(_line(token) if token.map else (lines[-1] + 1 if lines else _line(start)))
            elif token.type == "inline":
                rows[-1].append(token.content.strip())
            index += 1
        self.add(TABLE, _line(start), _end(start), rows=tuple(tuple(r) for r in rows),
                 row_lines=tuple(lines))
        return index

    def html(self, token: Token) -> None:
        from ..htmlmd import html_to_markdown  # BeautifulSoup and markdownify: only for documents with HTML

        content, offset = token.content, _line(token) - 1
        self.sections.seen(content)
        if (back := self.folds.follow(self.sections)) is not None:
            self.level = back  # a titled section closed: the next one is its sibling
            self.owning(_TEXT)
        summary = _SUMMARY.search(content)
        if summary:
            inner = without_badge(summary.group(1))
            title = html_to_markdown(inner, exact=False).strip() or _TAG.sub("", inner).strip()
            # after a section's own text, a <details> is its sibling; right under a heading, or under a question
            # standing alone ("**Question:** ..." then the story that answers it folded away), its child
            # (a heading that asks keeps the sections after its text: "## Tell me ...?", its coaching, then
            # "<summary>Sample answer</summary>" is the question's own, not a section beside it)
            # (a summary naming a part, "Sample answer" or "Red flags", is the part of the section above it)
            level = self.level if self.owned() == _TEXT and self.level and not self._asked_above() \
                and not _names_part(title) else min(self.level + 1, 6)
            self.add(HEADING, _line(token), _line(token), title, level=level, folded=True)
            self.level = level
            self.owning(_NONE)
            self.folds.titled(level)
            offset += content[:summary.end()].count("\n")
            content = content[summary.end():]
        if _STRUCTURAL.match(content) or not _TAG.sub("", content).strip():
            return
        folded = bool(summary) or bool(self.sections.indents)
        if self.depth >= _MAX_DEPTH:
            self.add(PARAGRAPH, _line(token), _end(token), _TAG.sub(" ", content), folded=folded)
            return
        self.inner(block_markdown(dedented(content)), offset, folded)

    def _asked_above(self) -> bool:
        """Whether the heading of the current section is one written in Markdown (no summary) that asks."""
        heading = next((b for b in reversed(self.blocks) if b.kind is HEADING), None)
        return heading is not None and not heading.folded and heading.level == self.level \
            and is_question(strip_symbols(heading.text))

    def inner(self, markdown: str, offset: int, folded: bool = False) -> None:
        """The blocks of ``markdown``, found ``offset`` lines into the document, read as part of it (``folded``:
        inside a ``<details>`` section)."""
        for block in read_markdown(tuple(markdown.split("\n")), self.depth + 1):
            self.blocks.append(_moved(block, offset, len(self.items), self.quoted > 0, folded))


_NONE, _ASKS, _TEXT = 0, 1, 2
_PARTS = COACH_SLOTS | {"answer"}  # what a folded summary may name of the section it sits in


def _names_part(title: str) -> bool:
    """Whether a ``<summary>`` names a part of what is above it (``Sample answer``, ``Hints``, ``Red flags``), not a
    section of its own."""
    return slot(strip_symbols(title)) in _PARTS


def _asks_alone(block: Block) -> bool:
    """A paragraph that only asks: a question, or a question given after a label ("**Question:** Why...?")."""
    if block.kind is not PARAGRAPH:
        return False
    if block.lead:
        return slot(block.lead) == "question" and "\n" not in block.rest and is_question(block.rest)
    return only_questions(block.text)


def _moved(block: Block, offset: int, indent: int, quoted: bool, folded: bool = False) -> Block:
    from dataclasses import replace

    end = min(block.end + offset, block.line + offset + block.end - block.line)
    return replace(block, line=block.line + offset, end=end, indent=block.indent + indent,
                   row_lines=tuple(line + offset for line in block.row_lines),
                   quoted=block.quoted or quoted, folded=block.folded or folded)


# "Competencies: ..." then "Questions it answers:" typed on the next line: a fact, then the label over the list
_CUT_SLOTS = frozenset(STAR_SLOTS) | META_SLOTS - {"title"} | {"covers", "variants"}


_INLINE = frozenset({PARAGRAPH, ITEM, HEADING})
_LABELLED = frozenset({PARAGRAPH, ITEM})  # what may open with a label
_TASK_BOX = lazy_re(r"^\[[ xX]\][ \t]+")
_INDENTED_LINE = lazy_re(r"\n[ \t]+")
_HARD_BREAK = lazy_re(r"(?<!\\)\\\Z")  # a piece of a paragraph ending in a hard break ("\"), cut at the next line

# Punctuation an exporter escapes though it means nothing there (Google Docs writes "done\." and "\[fill in\]");
# emphasis, code and HTML keep their backslash, and so does a marker at the start of a line ("1\. ").
_ESCAPED = lazy_re(r"\\([.!?,;:'\"()\[\]{}=~/&%$@|+#-])")
_LINE_START = lazy_re(r"^[ \t]*(?:\d+(?=\\[.)])|(?=\\[-+#>=]))")


def _unescaped(text: str) -> str:
    """``text`` without the backslashes that only escape punctuation ("It shipped\\." reads "It shipped.")."""
    lines = []
    for line in text.split("\n"):
        start = _LINE_START.match(line)
        keep = start.end() + 2 if start else 0
        lines.append(line[:keep] + _ESCAPED.sub(r"\1", line[keep:]))
    return "\n".join(lines)


# "**S:** ... **T:** ... **A:** ..." in one paragraph: each bold STAR label after a sentence starts a part
# a STAR part's bold label inside a paragraph: after a sentence, or right after another bold label
# ("**Sample answer:** **Situation:** ...")
_INLINE_PART = lazy_re(rf"(?:^|(?<=[.!{ASK})\"”’]\s)|(?<=[:：]\*\*\s)|(?<=\*\*[:：]\s))\s*(?P<bold>(?:\*\*|__)"
                       r"(?P<label>[A-Za-z][A-Za-z +/&']{0,30}?)\s*[:：]?(?:\*\*|__)\s*[:：]?)", re.MULTILINE)


def _own_line(match: re.Match) -> str:
    """A bold STAR label inside a paragraph, moved to a line of its own (the paragraph is cut there); so is a bold
    coaching label (``**How to answer:**``) inside a paragraph that opens on one (``**What it tests:** scope.
    **How to answer:** ...``): fields typed one after the other, each read under its own label."""
    label = match.group("label").strip()
    at_line_start = match.start() == 0 or match.string[match.start() - 1] == "\n"
    if at_line_start or star_slot(label) not in STAR_SLOTS and not _coaching_run(label, match.string):
        return match.group(0)
    return "\n" + match.group("bold")


_FIELD_SLOTS = frozenset({"signals", "tips", "redflags", "answer"})  # a question's coaching, and its answer
_OPENING_LABEL = lazy_re(r"^\s*(?:\*\*|__)(?P<label>[A-Za-z][A-Za-z +/&'’]{0,30}?)\s*[:：](?:\*\*|__)")


def _coaching_run(label: str, paragraph: str) -> bool:
    """``label`` (inside ``paragraph``) names a question's coaching or answer, and the paragraph opens on such a
    bold label too: a run of labelled fields on one line, not a phrase set in bold."""
    if slot(label) not in _FIELD_SLOTS or (opening := _OPENING_LABEL.match(paragraph)) is None:
        return False
    return slot(opening.group("label").strip()) in _FIELD_SLOTS


# the labels that open a line of their own under a question on the paragraph's first line
_UNDER_QUESTION = frozenset({"answer", "signals", "tips", "redflags"})


def _split_at_leads(content: str, line: int) -> list[tuple[int, str]]:
    """A paragraph whose lines each start with a bold label (``**S:** ...`` then ``**T:** ...``), a STAR part
    (``Situation — ...`` then ``Task — ...``) or a fact about the note (``Level: Director`` then
    ``Topic: Hiring``, as a notes app exports a page's properties, and any ``Label: value`` line right after such
    lines: Notion's ``Tags: ...`` then ``Created: ...``), cut at them; so is a question over its
    answer's or its coaching's label on the next line ("Tight deadlines?" then "Ans: ...", a bold question then
    "Focus on: ..."); in a story told in labelled lines, at a
    bare ``A:`` between its parts (its Action) and at a question on a line of its own after a part
    (:mod:`.storylines`)."""
    if content.count("**") + content.count("__") >= 4:  # each label of _INLINE_PART takes two marks
        content = _INLINE_PART.sub(_own_line, content) if len(_INLINE_PART.findall(content)) > 1 else content
    lines = content.split("\n")
    if len(lines) == 1:
        return [(line, content)]
    cuts = [0]
    facts = 0  # how many lines before this one were cut as a page's properties, up to the last line: "Tags: ..."
    for i, text in enumerate(lines):
        facts = facts + 1 if i and cuts[-1] == i - 1 and (facts or _among_facts(lines, cuts)) else 0
        if i and (strip_symbols(text).lstrip()[:2] in ("**", "__") and (lead := bold_lead(text))[0] and not lead[2]
                  or (named := slot(label_of(text.strip())[0])) in _CUT_SLOTS
                  or named == "question" and _among_facts(lines, cuts)
                  or facts and ":" in text and label_of(text.strip())[0]  # "Tags: ..." then "Created: ..."
                  or impact_after_part(lines, i, cuts)
                  or i == 1 and named in _UNDER_QUESTION and is_question(lines[0])
                  or i == 1 and own_title(lines[0])  # "**LOGISTICS**" over its lines: the writer's own section
                  or i == 1 and _titles_quoted_ask(lines)  # "**2. Hard feedback (15 min)**" over '"Tell me ..."'
                  or story_action(lines, i) or asked_after_part(lines, i, cuts)
                  or i == len(lines) - 1 and _heads_list(text, lines[cuts[-1]])):
            cuts.append(i)
    ends = cuts[1:] + [len(lines)]
    return [(line + start, "\n".join(lines[start:end])) for start, end in zip(cuts, ends)]


def _titles_quoted_ask(lines: list[str]) -> bool:
    """A paragraph's first line bold as a whole (``**2. Hard feedback (15 min)**``) over the question put in quotes
    (``"Tell me about feedback you gave ..."``), as an interview guide names each prompt and then says it: the title
    is a line of its own, never the opening of the question."""
    first, rest = lines[0].strip(), "\n".join(lines[1:]).strip()
    return len(first) > 4 and first[:2] in ("**", "__") and first[-2:] == first[:2] and first.count(first[:2]) == 2 \
        and rest[:1] in OPENING_QUOTES and is_question(rest)


def _heads_list(text: str, above: str) -> bool:
    """A paragraph's last line that is a bare label (``STAR Focus:``, nothing after its colon), under a line of
    coaching or a fact written ``Label: text`` (``What They're Assessing: ...``): the list below is that label's,
    not more of the line above (an editor's lines with no blank line between them run into one paragraph)."""
    if not text.rstrip().endswith(":"):
        return False
    label, rest = label_of(text.strip())
    if not label or rest or len(label.split()) > _BARE_LABEL_WORDS:
        return False
    named, told = label_of(above.strip())
    return bool(named and told) and slot(named) is not None


_BARE_LABEL_WORDS = 4


def _among_facts(lines: list[str], cuts: list[int]) -> bool:
    """Whether the part of a paragraph read last opens with a fact about the note (``Tags: ...``): a
    ``Question: ...`` line after it, as a notes app exports a page's properties, is a line of its own."""
    return slot(label_of(lines[cuts[-1]].strip())[0]) in META_SLOTS


def _labelled_prose(content: str, info: str) -> bool:
    """A fence without a language holding ``Situation:``/``Action:`` lines: prose, not code."""
    if info.casefold() not in PROSE_INFOS:
        return False
    found = {slot(label) for line in content.split("\n") if (label := label_of(line.strip())[0])}
    return len(found & set(STAR_SLOTS)) >= 2


_MARKDOWN_INFOS = frozenset({"markdown", "md"})
_BOLD_LABEL = lazy_re(r"^\s*\*\*[^*\n]{1,60}?:?\*\*:?", re.MULTILINE)


def _bold_labels(content: str) -> bool:
    """Whether a fence's text labels its parts in Markdown's bold (``**Situation:**``), as Markdown written in it."""
    return len(_BOLD_LABEL.findall(content)) >= 2


def _fenced_scene(content: str, info: str) -> bool:
    """Whether a ``markdown`` fence opens on a scene's label (``**Scenario:**``, ``**Context:**``) with the scene
    on that line or the next, as a guide that boxes each case it poses writes it: the case and the writer's way
    through it, read as the page's own text (a bare fence opening so may be a test's ``Scenario:`` and stays). A
    fence listing questions is left as it was: questions in a worked case may be its steps, not the reader's.
    """
    if info.casefold() not in _MARKDOWN_INFOS:
        return False
    lines = [line.strip() for line in content.split("\n") if line.strip()]
    if len(lines) < 2 or any(line[:1] == "#" or line[:1] in "-*" and is_question(line) for line in lines):
        return False  # a scene and more, with no heading of a template in it and no list of questions to weigh
    label, rest = label_of(lines[0])
    return bool(label) and slot(label) == "scenario" and bool(rest or label_of(lines[1])[0] == "")


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 1


def _end(token: Token) -> int:
    return token.map[1] if token.map else _line(token)


_HEADING_MARKS = lazy_re(r"^#{1,6}[ \t]+", re.MULTILINE)


def _names_template(block: Block) -> bool:
    """A heading or a label alone on its line that names a template (``**Story Template:**``, ``### STAR template``):
    the fence right under it is the template, never a story typed into a box."""
    if block.kind is HEADING:
        return bool(_TEMPLATE_NAME.search(block.text))
    return block.kind is PARAGRAPH and bool(block.lead) and not block.rest.strip() \
        and bool(_TEMPLATE_NAME.search(block.lead))


# a name ending on "template" ("Story Template", "STAR template:"); "Template responses" are filled in, no template
_TEMPLATE_NAME = lazy_re(r"\btemplates?[\s*_:：]*$", re.IGNORECASE)
