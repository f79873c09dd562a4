"""What pull and sync did, as lines for a person: pulled fields, conflicts with both texts,
the plan of a sync."""

from __future__ import annotations

from collections.abc import Iterable

from .fieldmap import TAGS, field_target
from .pull import DeckState, PullResult
from .reconcile import FieldMerge, NoteMerge
from .pull import REMOVED_TAG
from .sync import SyncPlan, SyncRun


def count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def conflict_lines(state: DeckState) -> list[str]:
    lines = []
    for merge, field in state.conflicts:
        lines.append(f"conflict: {merge.card.note_id} ({_where(merge, field)}), {field.field}:")
        lines += [_value("YAML", field.yaml), _value("Anki", field.anki)]
        if field.reason:
            lines.append(f"  ({field.reason})")
    return lines


def _where(merge: NoteMerge, field: FieldMerge):
    """The line of the field's key in the YAML, where the note writes it (else the note's)."""
    target = field_target(merge.note.kind, field.field) if field.field != TAGS else None
    return merge.note.at(target.key if target else field.field.lower())


def _value(side: str, text: str) -> str:
    body = "\n        ".join(text.splitlines()) if text.strip() else "(empty)"
    return f"  {side}: {body}"


def _fields_by_note(pairs: Iterable[tuple[NoteMerge, FieldMerge]]) -> list[str]:
    notes: dict[str, list[str]] = {}
    for merge, field in pairs:
        notes.setdefault(merge.card.note_id, []).append(field.field)
    return [f"  {note_id}: {', '.join(fields)}" for note_id, fields in notes.items()]


def pull_lines(result: PullResult, dry_run: bool) -> list[str]:
    state = result.state
    origin = state.manifest.origin
    pulled = result.pulled
    files = ", ".join(str(p) for p in result.files)
    if pulled:
        verb = "would pull" if dry_run else "pulled"
        lines = [f"{origin}: {verb} {count(len(pulled), 'field')} of "
                 f"{count(len({m.card.note_id for m, _ in pulled}), 'note')} from Anki into {files}"]
        lines += _fields_by_note(pulled)
    else:
        lines = [f"{origin}: no edits in Anki to pull ({count(len(state.merges), 'note')} compared)"]
    if result.complete:
        lines += missing_lines(state)
    return lines + conflict_lines(state)


def missing_lines(state: DeckState) -> list[str]:
    deleted = [i for i in state.missing if _seen(state, i)]
    absent = [i for i in state.missing if not _seen(state, i) and not state.ledger.notes[i].state]
    lines = []
    if deleted:
        lines.append(f"{count(len(deleted), 'note')} no longer in the collection (deleted in Anki?): "
                     f"{', '.join(deleted)}; sync will not add them again (--prefer yaml does)")
    if absent:
        lines.append(f"{count(len(absent), 'note')} not in the collection yet (import the deck, or sync)")
    return lines


def _seen(state: DeckState, note_id: str) -> bool:
    record = state.ledger.notes[note_id]
    return record.seen is not None and not record.state


def sync_lines(run: SyncRun, dry_run: bool) -> list[str]:
    lines = []
    for plan in run.plans:
        lines += _plan_lines(plan, run, dry_run)
    if run.backup is not None:
        lines.append(f"Backup by Anki: {run.backup}")
    return lines


def _plan_lines(plan: SyncPlan, run: SyncRun, dry_run: bool) -> list[str]:
    origin = plan.state.manifest.origin
    pulled = [(m, f) for m in plan.state.merges for f in m.pulled]
    removed = [i for i, _ in plan.removals]
    deleting = [i for i in removed if plan.prune and i not in plan.kept]
    suspending = [i for i in removed if i not in deleting]
    if not plan.writes_anki and not pulled:
        head = [f"{origin}: nothing to sync; {run.target.collection} was not touched"]
    else:
        verb = "Would sync" if dry_run else "Synced"
        head = [f"{verb} {origin} into {run.target.collection}: {len(plan.adds)} new, {len(plan.updates)} updated, "
                f"{len(plan.moves)} moved, {len(suspending)} suspended, {len(deleting)} deleted; "
                f"{count(len(pulled), 'field')} pulled into YAML"]
    lines = head + [f"  add: {c.note_id}" for c in plan.adds]
    lines += [f"  update: {c.note_id}" for c, _ in plan.updates]
    lines += [f"  move: {m.id}: {m.old} -> {m.new}" for m in plan.moves]
    lines += [f"  suspend and tag {REMOVED_TAG}: {i}" for i in suspending]
    lines += [f"  delete: {i}" for i in deleting]
    lines += [f"  kept (edited in Anki, suspended instead of deleted): {i}" for i in plan.kept]
    lines += [f"  pull: {line.strip()}" for line in _fields_by_note(pulled)]
    lines += [f"  note type look: {t.name}" for t in plan.looks]
    lines += [f"  note type fields and templates (full sync): {t.name}" for t in plan.reshapes]
    if plan.deleted:
        lines.append(f"  not added again, deleted in Anki: {', '.join(plan.deleted)} (--prefer yaml adds them; or "
                     "remove them from the sources)")
    return lines + conflict_lines(plan.state)
