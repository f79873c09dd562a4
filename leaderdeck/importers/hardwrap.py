"""Hard-wrapped lines of a fence joined, line for line.

Text kept in a code fence is often wrapped by hand: a question or an answer's paragraph goes on over several
lines, and a list item's text over lines indented under it. :func:`joined` puts each back on its first line and
leaves the lines it took blank, so every other line keeps its number (a report names the lines of the document).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def joined(lines: Sequence[str], opens: Callable[[str], tuple[str, bool] | None],
           start: Callable[[str], str] = str) -> list[str]:
    """``lines`` with hard wraps joined. ``opens(line)`` gives, for a line that starts something of its own
    whatever is open above it (a list item, a label), the text to keep for it and whether the lines after it may
    go on with it; for any other line ``None``. Such a line goes on with what is open above it (a blank line
    closes it), or, with nothing open, starts a paragraph, its text ``start(text)``."""
    out = [""] * len(lines)
    open_at = -1  # the line the paragraph or entry being joined is on
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            open_at = -1
        elif (opened := opens(line)) is not None:
            out[index], goes_on = opened
            open_at = index if goes_on else -1
        elif open_at >= 0:
            out[open_at] = f"{out[open_at]} {text}"
        else:
            out[index], open_at = start(text), index
    return out
