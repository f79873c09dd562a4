"""Round trip: documents -> import -> build -> real Anki -> the cards carry the text, titles and variants."""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path

from conftest import FIXTURES, import_package
from leaderdeck.build import build_deck
from leaderdeck.importers import import_files
from leaderdeck.manifest import Manifest

IMPORT = FIXTURES / "import"


def seen(markup: str) -> str:
    """What a reader sees: tags dropped, entities decoded, whitespace collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


def plain(markdown: str) -> str:
    """Imported Markdown as it reads on a card: no emphasis or list markers."""
    return seen(re.sub(r"\*\*|^\s*(?:-|\d+\.) ", "", markdown, flags=re.MULTILINE))


def build(tmp_path: Path, taxonomy, name: str = "deck") -> Path:
    out = tmp_path / f"{name}.apkg"
    manifest = Manifest(name="Imported", sources=("source/*.yaml",), base=tmp_path, output=out, drafts=True)
    build_deck(manifest, taxonomy)
    return out


def rendered(collection) -> dict[str, tuple[str, str, str]]:
    cards = {}
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        output = card.render_output(reload=True)
        cards[card.note()["Id"]] = (output.question_text, output.answer_text, output.css)
    return cards


def test_a_story_bank_and_a_spreadsheet_reach_anki_with_titles_and_variants(tmp_path, taxonomy, collection):
    documents = [IMPORT / "bullet-stories.md", IMPORT / "stories.csv", IMPORT / "coaching-page.md"]
    reports = import_files(documents, taxonomy, source_dir=tmp_path / "source")
    notes = [note for report in reports for note in report.notes]
    log = import_package(collection, build(tmp_path, taxonomy))
    assert len(log.new) == len(notes) and not log.conflicting
    cards = rendered(collection)
    assert set(cards) == {n.id for n in notes}
    for note in notes:
        front, back, _ = cards[note.id]
        assert plain(note.prompt) in seen(front), note.id
        for text in _texts(note):
            assert plain(text) in seen(back), (note.id, text)
    rollback = next(n for n in notes if n.body.title.startswith("The Midnight Rollback"))
    front, back, css = cards[rollback.id]
    assert '<span class="ld-hook">The Midnight Rollback (Incidents)</span>' in front
    assert "Also asked as" in back and "Describe a time you made a call under pressure." in seen(back)
    assert '<div class="ld-answer-side">' in back and ".ld-answer-side .ld-card .ld-variants" in css
    split = next(n for n in notes if n.body.question == "Tell me about a time you split a team")
    assert "drew two teams around the two busiest services" in seen(cards[split.id][1])


def test_adding_a_title_and_variants_updates_a_reviewed_note_in_place(tmp_path, taxonomy, collection, monkeypatch):
    """A user's note gains a title and variants: same note type, same note, history kept."""
    from anki.scheduler_pb2 import CardAnswer

    source = tmp_path / "source"
    source.mkdir()
    path = source / "mine.yaml"
    path.write_text("notes:\n  - id: star-mine\n    kind: star\n    level: staff\n    topic: Culture\n"
                    "    question: Tell me about a team you changed.\n    star:\n      situation: S text.\n"
                    "      task: T text.\n      action: A text.\n      result: R text.\n", encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    import_package(collection, build(tmp_path, taxonomy, "first"))
    card = collection.get_card(collection.find_cards("")[0])
    card.start_timer()
    states = collection._backend.get_scheduling_states(card.id)
    collection.sched.answer_card(collection.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD))
    models = len(collection.models.all_names_and_ids())
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    question:", "    title: The Team Reset\n    variants: [How did you turn a team around?]\n    question:"),
        encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000500")
    log = import_package(collection, build(tmp_path, taxonomy, "second"))
    assert len(log.updated) == 1 and not log.conflicting and not log.new
    assert len(collection.models.all_names_and_ids()) == models  # no "leaderdeck STAR+"
    card = collection.get_card(collection.find_cards("")[0])
    assert card.reps == 1  # the review is kept
    output = card.render_output(reload=True)
    assert "The Team Reset" in output.question_text and "How did you turn a team around?" in output.answer_text


def _texts(note):
    body = note.body
    if note.kind.value == "star":
        yield from (t for t in (body.situation, body.task, body.action, body.result, body.learning) if t)
    elif note.kind.value == "scenario":
        yield from (body.situation, *body.challenges)
    elif body.answer:
        yield body.answer.split("\n")[0]
    yield from (*note.competencies, *note.clarifying_questions, *note.coach.signals, *note.variants)


def test_anki_plain_text_export_imports_back(tmp_path, taxonomy, collection):
    """Anki's own "Notes in Plain Text" export of a deck: HTML fields become Markdown again."""
    model = collection.models.by_name("Basic")
    note = collection.new_note(model)
    note["Front"] = "How do you <b>earn trust</b> in a new team?"
    note["Back"] = "I listen first.<ul><li>one-to-ones</li><li>small promises kept</li></ul>"
    note.tags = ["culture"]
    collection.add_note(note, collection.decks.id("Prep::Culture"))
    export = tmp_path / "notes.txt"
    collection.export_note_csv(out_path=str(export), limit=None, with_html=True, with_tags=True, with_deck=True,
                               with_notetype=True, with_guid=True)
    (report,) = import_files([export], taxonomy, source_dir=tmp_path / "source")
    imported = report.notes[0]
    assert report.format == "Anki notes in plain text"
    assert imported.body.question == "How do you **earn trust** in a new team?"
    assert imported.body.answer == "I listen first.\n\n-   one-to-ones\n-   small promises kept"
    assert imported.tags == ("culture",) and imported.topic.name == "Culture"
    assert dataclasses.replace(imported, id="x").draft is False
