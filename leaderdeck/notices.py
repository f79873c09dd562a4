"""What a user must do in Anki after a build: the things an .apkg cannot do itself."""

from __future__ import annotations

from collections import defaultdict

from .stamps import MOVED_TAG, Changes


def anki_search(note_ids: list[str]) -> str:
    """An Anki browser search that finds exactly these notes (by their Id field)."""
    return " OR ".join(f'"Id:{note_id}"' for note_id in note_ids)


def change_notices(changes: Changes, allow_schema_change: bool = False) -> list[str]:
    lines: list[str] = []
    if changes.held:
        lines.append(
            f"{_notes(len(changes.held))} changed in YAML and in Anki (seen by the last pull or sync); the package "
            "keeps their old version time, so a default import leaves Anki's edit alone:"
        )
        lines += [f"  {held.id}: {', '.join(held.fields)}" for held in changes.held]
        lines.append("  Resolve with leaderdeck pull --prefer yaml|anki (or sync), or make both sides agree.")
    if changes.removed:
        ids = [r.id for r in changes.removed]
        lines += [
            f"{_notes(len(ids))} left the deck (removed from the sources or filtered out). "
            "An .apkg cannot delete notes, so Anki keeps them:",
            f"  {', '.join(ids)}",
            "  leaderdeck sync suspends and tags them (deletes them with --prune); or delete them in Anki "
            f"(Browse, search  {anki_search(ids)}  then Notes > Delete) and build with --accept-removals.",
        ]
    if changes.moved:
        lines.append(
            f"{_notes(len(changes.moved))} changed topic or level. Anki does not move existing cards on import; "
            f"these notes are tagged {MOVED_TAG} until you move them:"
        )
        targets: dict[str, list[str]] = defaultdict(list)
        for move in changes.moved:
            targets[move.deck].append(move.id)
        for deck, ids in sorted(targets.items()):
            lines.append(f"  In Anki: Browse, search  {anki_search(ids)}  select all, Change Deck to \"{deck}\".")
        lines.append("  Then build with --accept-moves so the tag goes away.")
    if allow_schema_change and changes.types_changed:
        lines.append(
            "Note types changed: import this deck with 'Merge note types' checked and 'Update notes' set to "
            "'Always', or Anki will skip the existing notes."
        )
    return lines


def _notes(count: int) -> str:
    return f"{count} note{'' if count == 1 else 's'}"
