"""A whole document pasted inside one code fence: the fence is a wrapper, its content the document.

Some people keep their prep in a repository as one fenced block (```` ```python ```` or a bare ```` ``` ````,
first and last lines of the file) so that a site shows it as written. When nothing of the fence's content is code
(no line ending in a brace or semicolon, no ``def``/``import``/``return`` line, no ``=>``, ``a == b`` or
``x = 1``) and it reads as a document (a line that asks, label lines, or Markdown headings), the two fence lines are
blanked and the content is read as the document, line for line. Its info string names no language the content is written in: the content
decides whether it is Markdown or plain text (a ```` ```markdown ```` fence is Markdown).

A page copied out of a chat with an assistant wraps the fence in the reply's own lines: one short lead-in that
ends in a colon right above it ("Here's the complete content for the page:") and at most one short line right
under it ("This content is ready for your site!"). Such a fence, when its info string says Markdown, is read the
same way; the lead-in and the closing line stay where they are, the page's words around the document (reported,
never a note).
"""

from __future__ import annotations

import re

from .text import is_question
from ..lazyre import lazy_re

_OPENING = lazy_re(r"^ {0,3}(?P<marks>`{3,}|~{3,})[ \t]*(?P<info>[^`\s]*)[^`]*$")
_CODE_LINE = lazy_re(r"(?:[{};]\s*$|^\s*(?:def|class|import|from \S+ import|function|return|const|let|var|#include"
                     r"|public|private|package)\b|=>|[\w)\]]\s*(?:[=!]=|\+=)\s*[\w(]|^\s*[A-Za-z_][\w.\[\]]* = \S)")
_LABEL = lazy_re(r"^\s*[^\s:：]{1,30}(?:[ \t][^\s:：]{1,30}){0,3}[:：](?:\s|$)")
_HEADING = lazy_re(r"^ {0,3}#{1,6}[ \t]+\S")
_MARKDOWN_INFOS = frozenset({"markdown", "md", "mdx"})
_CODE_SHARE = 20  # at most one line in this many may look like code
_LEAD_CHARS = 200  # a chat reply's lead-in or closing line: one short line at most


def unfenced(text: str) -> tuple[str, bool] | None:
    """``(text, markdown)``: ``text`` with the fence around the whole of it blanked, and whether its info string
    says the content is Markdown; ``None`` when the document is not one fence of prose (see the module
    docstring)."""
    head = text.lstrip("\ufeff \t\r\n")[:3]
    if head not in ("```", "~~~"):  # cheap: most documents open with anything but a fence
        return _replied(text) if "```" in text[:_LEAD_CHARS + 16] else None
    lines = text.removeprefix("\ufeff").split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return _fenced(lines, filled[0], filled[-1])


def _replied(text: str) -> tuple[str, bool] | None:
    """``unfenced`` for a fence of Markdown between a chat reply's lead-in ("Here's the page:") and at most one
    short closing line (see the module docstring); ``None`` when the document is not so wrapped."""
    lines = text.removeprefix("\ufeff").split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 4:
        return None
    lead = lines[filled[0]].strip()
    if len(lead) > _LEAD_CHARS or not lead.endswith((":", "：")) or _HEADING.match(lead):
        return None
    opening = _OPENING.match(lines[filled[1]].rstrip("\r"))
    if opening is None or opening.group("info").casefold() not in _MARKDOWN_INFOS:
        return None
    last = filled[-1] if _OPENING.match(lines[filled[-1]].rstrip("\r")) else filled[-2]
    if last != filled[-1] and (len(lines[filled[-1]].strip()) > _LEAD_CHARS or _HEADING.match(lines[filled[-1]])):
        return None
    return _fenced(lines, filled[1], last)


def _fenced(lines: list[str], first: int, last: int) -> tuple[str, bool] | None:
    """``lines`` with the fence opening at ``first`` and closing at ``last`` blanked, and whether it says Markdown;
    ``None`` when those are no fence around prose alone."""
    opening = _OPENING.match(lines[first].rstrip("\r"))
    if opening is None or last == first:
        return None
    marks = opening.group("marks")
    closing = re.compile(rf"^ {{0,3}}{re.escape(marks[0])}{{{len(marks)},}}\s*$")
    inner = lines[first + 1:last]
    if not closing.match(lines[last]) or any(closing.match(line) for line in inner) or not _prose(inner):
        return None
    lines[first] = lines[last] = ""
    return "\n".join(lines), opening.group("info").casefold() in _MARKDOWN_INFOS


def is_code(line: str) -> bool:
    """Whether ``line`` reads as a line of code (a closing brace or semicolon, ``def``, ``x = 1``, ``a == b``)."""
    return _CODE_LINE.search(line) is not None


def _prose(lines: list[str]) -> bool:
    """Whether fenced ``lines`` are a document's words: almost no line of code, and a question, two labels or a
    Markdown heading among them."""
    filled = [line for line in lines if line.strip()]
    if not filled or sum(1 for line in filled if is_code(line)) * _CODE_SHARE > len(filled):
        return False
    labels = sum(1 for line in filled if _LABEL.match(line))
    return labels >= 2 or any(_HEADING.match(line) or is_question(line.strip()) for line in filled)
