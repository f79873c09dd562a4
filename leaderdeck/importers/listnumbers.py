"""The numbers of a Markdown document's ordered lists, as the author counts them across lists.

CommonMark numbers an ordered list from its first item and ignores the numbers written after it: ``7. A time you
...?`` then, after blank lines, ``1. Most exciting thing ...`` is one list, its items 7 and 8. A list that starts
after it (past a bullet list under the item) with the number written after the last one (``2. Project and
difficulty``) carries that count on: it is item 9 of the run, as the author's ``1.``, ``2.`` are its eighth and
ninth prompts.
"""

from __future__ import annotations


class Numbering:
    """The last ordered item at each depth: the number written and the number it stands for."""

    def __init__(self) -> None:
        self.last: dict[int, tuple[int, int]] = {}

    def start(self, depth: int, start: int) -> int:
        """The number the first item of an ordered list opening at ``depth`` stands for, written ``start``."""
        written, shown = self.last.get(depth, (0, 0))
        return shown + 1 if written != shown and start == written + 1 else start

    def item(self, depth: int, shown: int, written: str) -> None:
        """Note an ordered item at ``depth`` standing for ``shown``, its marker written ``written``."""
        self.last = {d: n for d, n in self.last.items() if d < depth}  # a deeper list is another item's
        if written.isdigit():
            self.last[depth] = (int(written), shown)
