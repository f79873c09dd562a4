"""An Emacs Org file (``.org``), read as the outline it is.

Notes kept in Org and imported as they are, not saved as Markdown first, have a heading on each line that opens with
stars (``* Behavioral`` over ``** Tell me about a time ...``): read as plain text, each question keeps its stars and
runs into the one before it. A file named ``.org`` is read as Markdown with its lines made so: a heading of one to
six stars becomes the heading of that depth (a ``TODO`` or ``DONE`` keyword and the ``:tags:`` closing it dropped;
one level deeper under a title), ``#+TITLE: Interview prep`` the page's title, a ``#+BEGIN_SRC`` /
``#+BEGIN_EXAMPLE`` block a fence, a ``#+BEGIN_QUOTE`` block a quote, and a link ``[[url][words]]`` a Markdown link.
What is Org's own bookkeeping, not the writer's text, is blanked and set aside with its line (as front matter and
comments are): setting lines (``#+OPTIONS: ...``), comment lines (``# ...``), property drawers (``:PROPERTIES:`` ...
``:END:``), planning lines (``SCHEDULED: <...>``) and the markers of other blocks. Every line stays where it was.
The same stars in a ``.md`` file are read by :mod:`.orgheads`.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re

ORG_SUFFIXES = frozenset({".org"})

_HEAD = lazy_re(r"^(\*{1,6})[ \t]+(?:(?:TODO|DONE)[ \t]+)?(.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$")
_KEYWORD = lazy_re(r"^[ \t]*#\+(\w+)(?::[ \t]*(.*))?$")
_DRAWER = lazy_re(r"^[ \t]*:([A-Za-z][\w-]*):[ \t]*$")
_PLANNING = lazy_re(r"^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):")
_LINK = lazy_re(r"\[\[([^\[\]\n]+)\](?:\[([^\[\]\n]+)\])?\]")
_FENCED = ("src", "example")


def org_lines(lines: tuple[str, ...]) -> tuple[tuple[str, ...], list[tuple[int, str]]]:
    """``lines`` of an Org file made Markdown (see the module), and the lines set aside, each with what it was."""
    out: list[str] = []
    aside: list[tuple[int, str]] = []
    fenced = quoting = drawer = False
    deeper = int(any(line[:8].casefold() == "#+title:" for line in lines if line[:2] == "#+"))  # under the title
    for number, line in enumerate(lines, 1):
        first = line.lstrip(" \t")[:1]
        if drawer:  # a drawer's lines, up to its ":END:"
            drawer = line.strip().casefold() != ":end:"
            out.append("")
        elif first == "#" and (keyword := _KEYWORD.match(line)) is not None:
            name = keyword.group(1).casefold()
            block = name.partition("_")
            if block[0] in ("begin", "end") and block[2]:
                opens = block[0] == "begin"
                if block[2] in _FENCED:
                    fenced = opens
                    out.append("```")
                    continue
                if block[2] == "quote":
                    quoting = opens
                else:
                    aside.append((number, "an Org block marker"))
                out.append("")
            elif name == "title" and (keyword.group(2) or "").strip():
                out.append("# " + keyword.group(2).strip())
            else:
                aside.append((number, "an Org setting line"))
                out.append("")
        elif fenced:
            out.append(line)
        elif first == "#" and line.lstrip(" \t")[1:2] in ("", " ", "\t"):
            aside.append((number, "an Org comment"))
            out.append("")
        elif first == "*" and (head := _HEAD.match(line)) is not None and head.group(2):
            out.append("#" * min(len(head.group(1)) + deeper, 6) + " " + _linked(head.group(2)))
        elif first == ":" and (opened := _DRAWER.match(line)) is not None and opened.group(1).casefold() != "end":
            drawer = True
            aside.append((number, "an Org property drawer"))
            out.append("")
        elif first in "SDC" and first and _PLANNING.match(line):
            aside.append((number, "an Org planning line"))
            out.append("")
        else:
            text = _linked(line)
            out.append(("> " + text.strip() if text.strip() else ">") if quoting else text)
    return tuple(out), aside


def _linked(text: str) -> str:
    """``text`` with its Org links (``[[url][words]]``, ``[[url]]``) written as Markdown's (one look spares most
    lines a search)."""
    return _LINK.sub(_link, text) if "[[" in text else text


def _link(match: re.Match) -> str:
    target, words = match.group(1), match.group(2)
    return f"[{words}]({target})" if words else f"<{target}>" if "://" in target else target
