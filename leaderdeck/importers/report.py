"""What one import did: notes per kind, drafts, what was skipped and what needs a look."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import Kind, Note
from .base import Attention, Skipped
from .listing import LISTED, line_list


@dataclass(frozen=True, slots=True)
class ImportReport:
    document: str
    format: str  # how the document was read: "Markdown", "plain text", "CSV", a forced --format
    notes: tuple[Note, ...]
    skipped: tuple[Skipped, ...] = ()
    attention: tuple[Attention, ...] = ()
    output: Path | None = None
    written: bool = False
    outputs: tuple[Path, ...] = ()  # the files: ``output``, then its parts when the notes needed several
    texts: tuple[str, ...] = ()  # the YAML written (or, in a dry run, that would be) to each

    @property
    def counts(self) -> dict[Kind, int]:
        """Notes of each kind, drafts included, in the order of :class:`Kind`."""
        found = {kind: sum(1 for n in self.notes if n.kind is kind) for kind in Kind}
        return {kind: count for kind, count in found.items() if count}

    @property
    def drafts(self) -> int:
        return sum(1 for n in self.notes if n.draft)

    def summary(self) -> str:
        """``story.md (Markdown): 8 star notes (1 draft), 3 qa notes; wrote ...``: each kind's drafts beside it."""
        kinds = ", ".join(f"{count} {kind.value} {'note' if count == 1 else 'notes'}{_drafts(self.notes, kind)}"
                          for kind, count in self.counts.items())
        verb = "wrote" if self.written else "would write"
        files = ", ".join(str(p) for p in self.outputs) or (str(self.output) if self.output else "")
        target = f"; {verb} {files}" if files else ""
        return f"{self.document} ({self.format}): {kinds}{target}"

    def lines(self) -> list[str]:
        """The summary, then one line per skipped part (one for all the parts skipped alike, when there are more
        than :data:`~.listing.LISTED`: a chip under every question) and per attention item."""
        return [self.summary(), *_skipped_lines(self.skipped), *(f"  check {item}" for item in self.attention)]


def _skipped_lines(skipped: tuple[Skipped, ...]) -> list[str]:
    alike: dict[tuple[str, str], list[Skipped]] = {}
    for item in skipped:
        alike.setdefault((item.what, item.why), []).append(item)
    out = []
    for item in skipped:
        same = alike[(item.what, item.why)]
        if len(same) <= LISTED:
            out.append(f"  skipped {item}")
        elif item is same[0]:
            lines = line_list([s.line for s in same])
            out.append(f"  skipped lines {lines} ({len(same)} in all): {item.what} ({item.why})")
    return out


def _drafts(notes: Sequence[Note], kind: Kind) -> str:
    """`` (2 drafts)`` when notes of ``kind`` are drafts, else nothing."""
    count = sum(1 for n in notes if n.kind is kind and n.draft)
    return f" ({count} {'draft' if count == 1 else 'drafts'})" if count else ""
