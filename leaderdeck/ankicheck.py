"""``leaderdeck check``: what real Anki does with a built deck.

Imports the package into a scratch collection (optionally on top of an older
deck, as a user re-importing would) with Anki's default import options and
reports the import log, template render errors and empty cards. This is the
only module that imports ``anki`` (an optional extra: ``leaderdeck[check]``).
"""

from __future__ import annotations

import html
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

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
    collection_class = _anki()
    for path in (base, package):
        if path is not None:
            _require_package(path)
    try:
        with tempfile.TemporaryDirectory(prefix="leaderdeck-check-") as scratch:
            col = collection_class(str(Path(scratch) / "collection.anki2"))
            try:
                if base is not None:
                    _import(col, base)
                log = _import(col, package)
                return _report(col, log)
            finally:
                col.close()
    except OSError as exc:
        raise LeaderdeckError(f"cannot make a scratch collection to check {package} in: {exc.strerror or exc}") \
            from None


def _require_package(path: Path) -> None:
    if not path.exists():
        raise LeaderdeckError(f"no such deck: {path}")
    if not path.is_file():
        raise LeaderdeckError(f"{path} is not a regular file; give a deck (.apkg)")
    if not is_package(path):
        raise LeaderdeckError(f"{path} is not an Anki package (a .apkg holding a collection)")


def _anki():
    try:
        from anki.collection import Collection
    except ImportError:
        raise LeaderdeckError(
            "leaderdeck check needs Anki's library: pip install 'leaderdeck[check]'"
        ) from None
    return Collection


def _import(col, path: Path):
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from anki.errors import AnkiException

    options = ImportAnkiPackageOptions()
    options.CopyFrom(col._backend.get_import_anki_package_presets())
    try:
        response = col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options))
    except AnkiException as exc:
        raise LeaderdeckError(f"Anki cannot import {path}: {first_line(str(exc))}") from None
    col._clear_caches()
    return response.log


def _report(col, log) -> CheckReport:
    from anki.errors import AnkiException

    imported = [entry.id.nid for entry in (*log.new, *log.updated, *log.duplicate)]
    errors, cards, loaded = [], 0, set()
    for note_id in imported:
        try:
            note = col.get_note(note_id)
        except AnkiException as exc:
            errors.append(f"note id {note_id}: Anki cannot load it ({first_line(str(exc))})")
            continue
        loaded.add(note_id)
        for card in note.cards():
            cards += 1
            problem = _render_problem(col, card.id)
            if problem:
                errors.append(f"{_label(note)} card {card.ord + 1}: {problem}")
    empty = [_label(col.get_note(n.note_id)) for n in col.get_empty_cards().notes if n.note_id in loaded]
    skipped = len(log.missing_notetype) + len(log.missing_deck) + len(log.empty_first_field)
    return CheckReport(
        new=len(log.new), updated=len(log.updated), unchanged=len(log.duplicate),
        conflicting=len(log.conflicting), other_skipped=skipped, notes=len(imported), cards=cards,
        render_errors=tuple(errors), empty_cards=tuple(empty),
    )


def _render_problem(col, card_id: int) -> str:
    from anki.errors import TemplateError

    try:
        output = col._backend.render_existing_card(card_id=card_id, browser=False, partial_render=True)
    except TemplateError as exc:
        return _plain(str(exc))
    return "front is empty" if output.is_empty else ""


def _plain(message: str) -> str:
    """Anki's HTML error message as one line of text."""
    text = html.unescape(re.sub(r"<br\s*/?>", " ", re.sub(r"<a [^>]*>.*?</a>", "", message)))
    return " ".join(re.sub(r"<[^>]+>|[\u2068\u2069]", "", text).split())


def _label(note) -> str:
    return note["Id"] if "Id" in note.keys() else str(note.id)


def first_line(message: str, limit: int = 200) -> str:
    """The gist of a long library message (Anki's can carry whole SQL statements)."""
    line = next((part.strip() for part in message.splitlines() if part.strip()), "unknown error")
    return line if len(line) <= limit else line[: limit - 3] + "..."
