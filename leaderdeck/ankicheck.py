"""``leaderdeck check``: what real Anki does with a built deck.

Imports the package into a scratch collection (optionally on top of an older
deck, as a user re-importing would) with Anki's default import options and
reports the import log, template render errors and empty cards. Anki's library (an
optional extra: ``leaderdeck[check]``) is reached through ``ankilib``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .ankilib import AnkiCollection, ImportSummary, anki_available, scratch_collection
from .errors import LeaderdeckError
from .outputs import is_package


@dataclass(frozen=True, slots=True)
class CheckReport:
    new: int
    updated: int
    unchanged: int
    conflicting: int
    other_skipped: int
    notes: int
    cards: int
    render_errors: tuple[str, ...]
    empty_cards: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not (self.conflicting or self.other_skipped or self.render_errors or self.empty_cards)


def check_package(package: Path, base: Path | None = None) -> CheckReport:
    """Import ``package`` (after ``base``, if given) into a scratch collection and report."""
    if not anki_available():
        raise LeaderdeckError("leaderdeck check needs Anki's library: pip install 'leaderdeck[check]'")
    for path in (base, package):
        if path is not None:
            _require_package(path)
    with scratch_collection("check") as col:
        if base is not None:
            col.import_package(base)
        return _report(col, col.import_package(package))


def _require_package(path: Path) -> None:
    if not path.exists():
        raise LeaderdeckError(f"no such deck: {path}")
    if not path.is_file():
        raise LeaderdeckError(f"{path} is not a regular file; give a deck (.apkg)")
    if not is_package(path):
        raise LeaderdeckError(f"{path} is not an Anki package (a .apkg holding a collection)")


def _report(col: AnkiCollection, log: ImportSummary) -> CheckReport:
    imported = [*log.new, *log.updated, *log.unchanged]
    errors, cards, loaded = [], 0, set()
    for note_id in imported:
        label = col.note_label(note_id)
        if label is None:
            errors.append(f"note id {note_id}: Anki cannot load it")
            continue
        loaded.add(note_id)
        for number, card_id in enumerate(col.card_ids(note_id), start=1):
            cards += 1
            problem = col.render_problem(card_id)
            if problem:
                errors.append(f"{label} card {number}: {problem}")
    empty = [col.note_label(n) or str(n) for n in col.empty_card_notes() if n in loaded]
    return CheckReport(
        new=len(log.new), updated=len(log.updated), unchanged=len(log.unchanged),
        conflicting=log.conflicting, other_skipped=log.other_skipped, notes=len(imported), cards=cards,
        render_errors=tuple(errors), empty_cards=tuple(empty),
    )
