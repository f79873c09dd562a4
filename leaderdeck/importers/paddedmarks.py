"""List marks padded out to a tab stop, as a list numbered or bulleted in Word or Google Docs is pasted:
``2.        Failure``, ``1.<TAB><TAB>Tell me about a time ...``.

Markdown reads the text of a list item that starts five columns or more after its mark as code, so a list pasted
that way becomes code blocks and its questions are lost. When the text after such a padded mark reads as words, not
code (:func:`.codequestions.reads_as_code`), the padding is the paste's: it becomes one space, and the line is the
item the writer numbered. Only an item that stands alone is so read: the line after it blank, another marked line,
or the end. A line of text right under it (``a)        Tell me about ...``, a sub-item pasted without its indent)
would run on as the item's own text, which the writer did not mean either, so the mark is left as it is. Lines inside
a fence stay as they are.
"""

from __future__ import annotations

import re

from .codequestions import reads_as_code
from .linesearch import fenced_lines, lines_opened
from ..lazyre import lazy_re

_PADDED = lazy_re(r"^(?P<mark> {0,3}(?:\d{1,9}[.)]|[-*+]))(?P<pad>[ \t]+)(?P<text>\S.*)$")
# a line after the first that may open so: the line break before it, its mark, then five spaces or a tab (after
# fewer spaces: each way spelt out, which the search passes over far sooner than " {0,4}\t")
_CANDIDATE = lazy_re(r"\n {0,3}(?:\d{1,9}[.)]|[-*+])(?: {5}|\t| \t|  \t|   \t|    \t)")
_CODE_COLUMNS = 5  # text this many columns after its mark, or more, is code to Markdown


def unpadded_marks(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with each padded list mark over words given one space (see the module)."""
    text = "\n".join(lines)
    if "\t" not in text and "     " not in text:
        return lines  # a quick look at the whole text: no tab and no run of five spaces, no padded mark
    padded = {index: found for index in (0, *lines_opened(_CANDIDATE, text))  # the first line looked at in any case
              if (found := _padded(lines, index)) is not None}
    if not padded:
        return lines
    fenced = fenced_lines(lines) if "```" in text or "~~~" in text else set()
    out = list(lines)
    for index, found in padded.items():
        if index not in fenced:
            out[index] = f"{found['mark']} {found['text']}"
    return tuple(out)


def _padded(lines: tuple[str, ...], index: int) -> re.Match[str] | None:
    """The match of the line at ``index`` when it opens with a padded mark over words and stands alone."""
    found = _PADDED.match(lines[index])
    if found is None or len((found["mark"] + found["pad"]).expandtabs(4)) - len(found["mark"]) < _CODE_COLUMNS \
            or reads_as_code(found["text"]) or not _stands_alone(lines, index):
        return None
    return found


def _stands_alone(lines: tuple[str, ...], index: int) -> bool:
    """Whether the line at ``index`` is followed by a blank line, a line with a list mark of its own, or nothing."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return not below.strip() or _PADDED.match(below) is not None
