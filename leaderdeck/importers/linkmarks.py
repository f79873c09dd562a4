"""A text browser's link numbers: ``[12]Next article`` in the text, a ``References`` list of addresses at the end.

A page saved with ``lynx -dump`` (or a reader that copies it so) marks each link in the text with its number in
brackets right before the link's words (``[3]Blog``, ``in any interview[1].``), and lists the addresses under
``References`` (``Visible links``, ``Hidden links:``) as the last lines of the page::

    References

       1. https://example.com/blog
       2. https://example.com/share

The numbers are no words of the author's: in a question, an answer or a row of the page's buttons (``[5]Share
[6]Tweet``) they would be kept as written. In a text that ends with such a list (its title line, then only
numbered addresses and blank lines), every ``[n]`` is dropped; the list itself stays for the reader to set aside
as references. Such a page sets every paragraph three spaces in (its headings at the edge, its lists further in):
at that margin a line standing alone is a paragraph, not an unmarked list's item (:mod:`.indentedprose`). A text without the list keeps its brackets (``arr[0]`` in a code answer, a footnote ``[1]``).
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re

_TITLES = frozenset({"references", "visible links", "visible links:", "hidden links", "hidden links:"})
_ADDRESS = lazy_re(r"^\s*\d{1,5}\.\s+[a-z][a-z0-9+.-]*:\S+\s*$", re.IGNORECASE)  # "  12. https://..."
_MARK = lazy_re(r"\[\d{1,5}\]")
MARGIN = "   "  # before each line of a paragraph of a page dumped by a text browser


def link_marks_dropped(lines: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """``lines`` without the link numbers of a text that ends with its list of links (see the module), and the
    margin the browser sets its paragraphs at (``""``: no browser's page)."""
    if not _listed_at_end(lines):
        return lines, ""
    return tuple(_MARK.sub("", line) if "[" in line else line for line in lines), MARGIN


def _listed_at_end(lines: tuple[str, ...]) -> bool:
    """Whether ``lines`` end with a list of links: a title line, then numbered addresses (one at least) and blank
    lines or another title (``Hidden links:``) only. Only the lines of the list are read, from the end."""
    index = len(lines) - 1
    addresses = 0
    while index >= 0:
        text = lines[index].strip()
        if not text:
            pass
        elif text.casefold() in _TITLES:
            if addresses:
                return True
        elif _ADDRESS.match(text):
            addresses += 1
        else:
            return False
        index -= 1
    return False
