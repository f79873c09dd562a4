"""Round trip: import documents -> build a deck -> import it into real Anki -> the cards show the imported text."""

from __future__ import annotations

import html
import re
from pathlib import Path

from conftest import FIXTURES, import_package
from leaderdeck.build import build_deck
from leaderdeck.importers import import_files
from leaderdeck.manifest import Manifest

IMPORT = FIXTURES / "import"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_60e5ac87181ad761.txt"


def seen(markup: str) -> str:
    """What a reader sees: tags dropped, entities decoded, whitespace collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


def plain(markdown: str) -> str:
    """Imported Markdown as it reads on a card: no emphasis or list markers."""
    return seen(re.sub(r"\*\*|^- ", "", markdown, flags=re.MULTILINE))


def test_imported_notes_render_in_anki(tmp_path, taxonomy, collection):
    documents = sorted(IMPORT.iterdir()) + ([SEED] if SEED.is_file() else [])
    reports = import_files(documents, taxonomy, source_dir=tmp_path / "source")
    notes = [note for report in reports for note in report.notes]
    out = tmp_path / "imported.apkg"
    manifest = Manifest(name="Imported", sources=("source/*.yaml",), base=tmp_path, output=out, drafts=True)
    result = build_deck(manifest, taxonomy)
    assert result.notes == len(notes)

    log = import_package(collection, out)
    assert len(log.new) == len(notes) and not log.conflicting
    cards = {}
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        rendered = card.render_output(reload=True)
        cards[card.note()["Id"]] = (seen(rendered.question_text), seen(rendered.answer_text), rendered.answer_text)
    assert set(cards) == {n.id for n in notes}
    for note in notes:
        front, back, markup = cards[note.id]
        assert plain(note.prompt) in front, note.id
        for text in _texts(note):
            assert plain(text) in back, (note.id, text)
    star = next(n for n in notes if n.id == "star-migrating-payments-database-without-downtime")
    assert "<strong>Dual Writes:</strong>" in cards[star.id][2]


def _texts(note):
    body = note.body
    if note.kind.value == "star":
        yield from (t for t in (body.situation, body.task, body.action, body.result, body.learning) if t)
    elif note.kind.value == "scenario":
        yield from (body.situation, *body.challenges)
        for point in body.discussion:
            yield from (point.heading, *point.questions)
    elif body.answer:
        yield body.answer.split("\n")[0]
    yield from (*note.competencies, *note.clarifying_questions, *note.coach.signals)
