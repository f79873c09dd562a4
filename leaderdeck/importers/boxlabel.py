"""The label line a coaching box opens with.

A page's tip box often opens on its label alone, in bold, with a line break after it
(``**Answer Tip**`` then ``This question checks ...``). Once the box is read as the note's signals, the label has
said what it had to: the signal is the text under it.
"""

from __future__ import annotations

from ..lazyre import lazy_re

# a whole-bold first line of a few words with no sentence in it, then the text on the next lines
_LABEL_LINE = lazy_re(r"^\s*\*\*[^*\n.?!:]{1,40}\*\*[ \t]*(?:\\)?\n(?=\s*\S)")
_MAX_LABEL_WORDS = 4


def without_label_line(text: str) -> str:
    """``text`` without a bold label alone on its first line (see the module); ``text`` as it is otherwise."""
    label = _LABEL_LINE.match(text)
    if label is None or len(label.group().strip(" *\n\\").split()) > _MAX_LABEL_WORDS:
        return text
    return "\n".join(line.rstrip() for line in text[label.end():].strip().split("\n"))
