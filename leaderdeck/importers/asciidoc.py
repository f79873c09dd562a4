"""An AsciiDoc file (``.adoc``), read as the outline it is.

Notes written in AsciiDoc head their sections with equals signs (``== Conflict`` over ``=== Tell me about a
disagreement ...``). Read as plain text, a section's name became a question with its marks and the first question
under it ran into its answer. A file named ``.adoc`` (or ``.asciidoc``, ``.asc``) is read as Markdown with its lines
made so: ``=`` to ``======`` open headings of those depths, a block title (``.Sample answer``) is a bold label over
its block, an admonition paragraph (``TIP: Lead with the result.``) a labelled line (a warning or caution a red
flag), ``*bold*`` bold, a ``term:: text`` line a labelled line, nested ``**`` and ``..`` items nested list items, a
listing or literal block (``----``, ``....``) a fence and a quote block (``____``) a quote. What is AsciiDoc's own
markup, not the writer's text, is blanked and set aside with its line (as front matter and comments are): attribute
lines (``:toc:``), comments (``// ...`` and ``////`` blocks) and block attribute lines (``[source,java]``,
``[[anchor]]``); the marks of other blocks and a list's ``+`` joins are blanked. Every line stays where it was.
"""

from __future__ import annotations

from ..lazyre import lazy_re

ASCIIDOC_SUFFIXES = frozenset({".adoc", ".asciidoc", ".asc"})

_HEAD = lazy_re(r"^(={1,6})[ \t]+(\S.*?)(?:[ \t]+=+)?[ \t]*$")
_ATTRIBUTE = lazy_re(r"^:!?\w[\w-]*!?:(?:[ \t].*)?$")
_BLOCK_ATTRIBUTES = lazy_re(r"^\[[^\]\n]*\]\]?$")
_DELIMITER = lazy_re(r"^(-{4,}|\.{4,}|\+{4,}|_{4,}|={4,}|\*{4,}|/{4,})[ \t]*$")
_ADMONITION = lazy_re(r"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(\S.*)$")
_TITLE = lazy_re(r"^\.(?=[\w\"“'*_`])(.+?)[ \t]*$")
_ITEM = lazy_re(r"^(\*{1,5}|\.{1,5})[ \t]+(?=\S)")
_TERM = lazy_re(r"^([^\s:][^:\n]*?)::(?:[ \t]+(.*))?$")
_BOLD = lazy_re(r"(?<![\w*\\])\*(?=[^*\s])([^*\n]*?[^*\s])\*(?![\w*])")
_ADMONITIONS = {"NOTE": "Note", "TIP": "Tip", "IMPORTANT": "Tip", "WARNING": "Red flag", "CAUTION": "Red flag"}
_FENCES = "-.+"  # the first mark of a block read as code: a listing, a literal block, a passthrough


def asciidoc_lines(lines: tuple[str, ...]) -> tuple[tuple[str, ...], list[tuple[int, str]]]:
    """``lines`` of an AsciiDoc file made Markdown (see the module), and the lines set aside, each with what it
    was."""
    out: list[str] = []
    aside: list[tuple[int, str]] = []
    block = ""  # the delimiter of the block the line is in: its lines are code, a quote or a comment
    for number, line in enumerate(lines, 1):
        first = line[:1]
        delimiter = _DELIMITER.match(line) if first in "-.+_=*/" else None
        if delimiter is not None and (not block or delimiter.group(1) == block):
            mark, block = delimiter.group(1), "" if block else delimiter.group(1)
            if mark[0] in _FENCES:
                out.append("```")
            else:
                out.append("")
                if mark[0] == "/" and block:
                    aside.append((number, "an AsciiDoc comment"))
            continue
        if block:
            out.append(line if block[0] in _FENCES else "" if block[0] == "/"
                       else ("> " + line.strip() if line.strip() else ">") if block[0] == "_" else line)
            continue
        out.append(_line(line, first, number, aside))
    return tuple(out), aside


def _line(line: str, first: str, number: int, aside: list[tuple[int, str]]) -> str:
    """One line outside a delimited block, made Markdown (each pattern tried only on a line opening with its mark)."""
    if first == "=" and (head := _HEAD.match(line)) is not None:
        return "#" * len(head.group(1)) + " " + _bold(head.group(2))
    if first == ":" and _ATTRIBUTE.match(line):
        aside.append((number, "an AsciiDoc attribute line"))
        return ""
    if first == "/" and line[1:2] == "/":
        aside.append((number, "an AsciiDoc comment"))
        return ""
    if first == "[" and _BLOCK_ATTRIBUTES.match(line.rstrip()):
        aside.append((number, "an AsciiDoc block attribute line"))
        return ""
    if first == "+" and not line.strip("+ \t"):
        return ""  # a list item's join to the block after it
    if first == "'" and len(line) >= 3 and not line.strip("'"):
        return "---"  # a thematic break
    if line.endswith(" +"):
        line = line[:-2].rstrip()  # a hard line break
    if first in "*." and (item := _ITEM.match(line)) is not None:
        marks = item.group(1)
        bullet = "- " if marks[0] == "*" else "1. "
        return "   " * (len(marks) - 1) + bullet + _bold(line[item.end():])
    if first == "." and (title := _TITLE.match(line)) is not None:
        return "**" + title.group(1).strip("*") + "**"
    if first in "NTIWC" and (admonition := _ADMONITION.match(line)) is not None:
        return f"**{_ADMONITIONS[admonition.group(1)]}:** {_bold(admonition.group(2))}"
    if "::" in line and (term := _TERM.match(line)) is not None:
        return f"**{term.group(1).strip()}:** {_bold(term.group(2) or '')}".rstrip()
    return _bold(line)


def _bold(text: str) -> str:
    """``text`` with AsciiDoc's ``*bold*`` written as Markdown's ``**bold**`` (one look spares most lines)."""
    return _BOLD.sub(r"**\1**", text) if "*" in text else text
