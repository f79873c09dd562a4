"""`make check`: the notes in a project's source/ and its decks in decks/, built and rendered in
real Anki. These read the user's own content, so `make test` leaves them out; run them with
``pytest tests/content --project DIR``."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import import_package
from leaderdeck.build import build_deck, deck_cards
from leaderdeck.manifest import StarCards, find_manifests, load_manifest
from leaderdeck.preview import preview_cards
from leaderdeck.workspace import Identity


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "manifest_path" in metafunc.fixturenames:
        project = Path(metafunc.config.getoption("--project")).resolve()
        manifests = find_manifests(project / "decks")
        metafunc.parametrize("manifest_path", manifests, ids=[p.stem for p in manifests])


def squash(markup: str) -> str:
    return re.sub(r"\s+", " ", markup).strip()


@pytest.fixture
def built(manifest_path, tmp_path, taxonomy):
    """The manifest built into tmp_path (the project's own .apkg and lock are not touched),
    with every kind of card a STAR story can have."""
    loaded = load_manifest(manifest_path, taxonomy)
    # a workspace without its key file yet gets none from a check: the scratch deck's GUIDs do not matter
    manifest = dataclasses.replace(loaded, output=tmp_path / "deck.apkg", star_cards=StarCards.BOTH,
                                   identity=loaded.identity or Identity())
    result = build_deck(manifest, taxonomy)
    notes = list(deck_cards(manifest, taxonomy))  # with the identity the build gave each note
    return manifest, result, notes


def test_deck_imports_and_every_card_renders_as_the_preview_shows(built, collection):
    manifest, result, notes = built
    log = import_package(collection, manifest.output)
    assert len(log.new) == result.notes == len(notes) and not log.conflicting
    assert collection.card_count() == result.cards
    assert not collection.get_empty_cards().notes
    expected = {(note.anki_guid, card.ord): card for note in notes for card in preview_cards([note])}
    seen = set()
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        key = (card.note().guid, card.ord)
        anki = card.render_output(reload=True)
        assert re.sub(r"<[^>]+>", "", anki.question_text).strip(), card.note()["Id"]
        assert squash(expected[key].question) == squash(anki.question_text), key
        assert squash(expected[key].answer) == squash(anki.answer_text), key
        seen.add(key)
    assert seen == set(expected)


def test_cards_land_in_the_subdecks_the_manifest_groups_them_into(built, collection):
    manifest, _, notes = built
    import_package(collection, manifest.output)
    expected = Counter(note.deck for note in notes)
    found = Counter()
    for name in expected:
        deck = collection.decks.id_for_name(name)
        assert deck, name
        found[name] = len({collection.get_card(c).nid for c in collection.decks.cids(deck, children=False)})
    assert found == expected
