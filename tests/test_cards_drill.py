"""STAR drill cards: the manifest's ``star_cards``, the new note type, and what real Anki makes of them."""

from __future__ import annotations

import dataclasses
import shutil
import textwrap

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, import_package
from leaderdeck.build import select_notes
from leaderdeck.cards import DRILL_SUFFIX, card_count, card_notes
from leaderdeck.cli import cli
from leaderdeck.errors import SourceErrors
from leaderdeck.loader import load_sources
from leaderdeck.manifest import StarCards, load_manifest
from leaderdeck.model import Kind
from leaderdeck.notetypes import all_note_types, drill_note_type

STAR_FIELDS = ("Question", "Level", "Topic", "Competencies", "Clarifying Questions", "Assumptions",
               "Situation", "Task", "Action", "Result", "Learning", "Speaking Time",
               "Coach Signals", "Cheat Code", "Coach Tips", "Source", "Id")
COMMON_TAIL = ("Clarifying Questions", "Assumptions", "Coach Signals", "Cheat Code", "Coach Tips", "Source", "Id")
SECTIONS = ["Situation", "Task", "Action", "Result", "Learning"]


def test_note_types_keep_their_ids_fields_and_template_names():
    # Anki makes a second note type and skips every note when any of these change: they are frozen.
    assert {(t.model_id, t.name, t.fields, tuple(c.name for c in t.templates)) for t in all_note_types()} == {
        (1708123401, "leaderdeck STAR", STAR_FIELDS, ("Full answer",)),
        (1708123402, "leaderdeck Scenario", ("Title", "Question", "Level", "Topic", "Competencies", "Duration",
                                             "Company", "Situation", "Challenges", "Discussion", *COMMON_TAIL),
         ("Scenario",)),
        (1708123403, "leaderdeck Q&A", ("Question", "Level", "Topic", "Competencies", "Answer", *COMMON_TAIL),
         ("Answer",)),
        (1708123404, "leaderdeck STAR drill", STAR_FIELDS, tuple(SECTIONS)),
    }


def test_each_drill_front_is_empty_without_its_section():
    for template in drill_note_type().templates:
        front = template.front.strip()
        assert front.startswith(f"{{{{#{template.name}}}}}") and front.endswith(f"{{{{/{template.name}}}}}")
        assert f"{{{{{template.name}}}}}" in template.back
        assert "[[" not in template.front + template.back


def manifest(taxonomy, star_cards: StarCards, path=FIXTURES / "mini.yaml"):
    return dataclasses.replace(load_manifest(path, taxonomy), star_cards=star_cards)


def cards_for(taxonomy, star_cards: StarCards, **changes):
    loaded = dataclasses.replace(manifest(taxonomy, star_cards), **changes)
    return card_notes(select_notes(load_sources(loaded.source_files(), taxonomy), loaded), loaded)


@pytest.mark.parametrize(
    ("star_cards", "expected"),
    [
        (StarCards.FULL, {"star-full": "leaderdeck STAR", "star-lean": "leaderdeck STAR"}),
        (StarCards.DRILL, {"star-full/drill": "leaderdeck STAR drill", "star-lean/drill": "leaderdeck STAR drill"}),
        (StarCards.BOTH, {"star-full": "leaderdeck STAR", "star-lean": "leaderdeck STAR",
                          "star-full/drill": "leaderdeck STAR drill", "star-lean/drill": "leaderdeck STAR drill"}),
    ],
)
def test_star_cards_chooses_the_star_notes(taxonomy, star_cards, expected):
    cards = cards_for(taxonomy, star_cards)
    assert {c.note_id: c.note_type.name for c in cards if c.note_type.kind is Kind.STAR} == expected
    others = {c.note_id: c.note_type.name for c in cards if c.note_type.kind is not Kind.STAR}
    assert others == {"scenario-vendor": "leaderdeck Scenario", "qa-error-budget": "leaderdeck Q&A"}
    by_id = {c.note_id: c for c in cards}
    drill, full = by_id.get("star-full" + DRILL_SUFFIX), by_id.get("star-full")
    if drill and full:
        assert (drill.fields, drill.tags, drill.deck) == (full.fields, full.tags, full.deck)


def test_a_story_without_sections_keeps_its_full_card_in_a_drill_deck(taxonomy, tmp_path):
    source = tmp_path / "notes.yaml"
    source.write_text(textwrap.dedent("""\
        id: star-draft
        kind: star
        level: staff
        topic: Hiring
        draft: true
        question: Tell me about a hire you got wrong.
    """), encoding="utf-8")
    deck = tmp_path / "deck.yaml"
    deck.write_text("name: Drafts\nsources: [notes.yaml]\nstar_cards: drill\nfilters: {drafts: true}\n",
                    encoding="utf-8")
    loaded = load_manifest(deck, taxonomy)
    cards = card_notes(select_notes(load_sources(loaded.source_files(), taxonomy), loaded), loaded)
    assert [(c.note_id, c.note_type.name) for c in cards] == [("star-draft", "leaderdeck STAR")]
    assert card_count(cards) == 1


def test_manifest_reads_star_cards(tmp_path, taxonomy):
    shutil.copytree(FIXTURES / "mini", tmp_path / "mini")
    path = tmp_path / "deck.yaml"
    path.write_text("name: Deck\nsources: [mini/*.yaml]\nstar_cards: both\n", encoding="utf-8")
    assert load_manifest(path, taxonomy).star_cards is StarCards.BOTH
    path.write_text("name: Deck\nsources: [mini/*.yaml]\n", encoding="utf-8")
    assert load_manifest(path, taxonomy).star_cards is StarCards.FULL


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("drils", "deck.yaml:3: unknown star_cards 'drils' (allowed: full, drill, both)"),
        ("", "deck.yaml:3: unknown star_cards '' (allowed: full, drill, both)"),
        ("[full]", "deck.yaml:3: 'star_cards' must be text, not a list"),
        ("yes", "deck.yaml:3: 'star_cards' must be text, but YAML reads yes as a boolean; put it in quotes: \"yes\""),
    ],
)
def test_bad_star_cards_is_reported_with_its_line(tmp_path, monkeypatch, taxonomy, value, message):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURES / "mini", tmp_path / "mini")
    (tmp_path / "deck.yaml").write_text(f"name: Deck\nsources: [mini/*.yaml]\nstar_cards: {value}\n",
                                        encoding="utf-8")
    with pytest.raises(SourceErrors) as raised:
        load_manifest(tmp_path / "deck.yaml", taxonomy)
    assert [str(p) for p in raised.value.problems] == [message]
    result = CliRunner().invoke(cli, ["build", "deck.yaml"])
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_drill_deck_in_anki_has_one_card_per_present_section(build, collection, taxonomy):
    log = import_package(collection, build(star_cards=StarCards.DRILL))
    assert len(log.new) == 4 and not log.conflicting
    assert not collection.get_empty_cards().notes
    assert collection.card_count() == card_count(cards_for(taxonomy, StarCards.DRILL)) == 5 + 4 + 1 + 1
    notes = {collection.get_note(nid)["Id"]: collection.get_note(nid) for nid in collection.find_notes("")}
    lean = sorted(notes["star-lean"].cards(), key=lambda c: c.ord)
    assert [card.template()["name"] for card in lean] == ["Situation", "Task", "Action", "Result"]
    for card in lean:
        rendered = collection._backend.render_existing_card(card_id=card.id, browser=False, partial_render=False)
        assert not rendered.is_empty
    action = lean[2].render_output(reload=True)
    assert "I added characterisation tests first" in action.answer_text
    assert "I added characterisation tests first" not in action.question_text
    assert "Defects in billing" not in action.answer_text


def test_switching_full_both_drill_never_conflicts(build, collection, taxonomy):
    import_package(collection, build(star_cards=StarCards.FULL))
    full_ids = sorted(collection.find_notes(""))
    log = import_package(collection, build(star_cards=StarCards.BOTH))
    assert len(log.new) == 2 and not log.conflicting
    log = import_package(collection, build(star_cards=StarCards.DRILL))
    assert not log.new and not log.conflicting
    assert set(full_ids) <= set(collection.find_notes(""))
    names = sorted(m["name"] for m in collection.models.all() if m["name"].startswith("leaderdeck"))
    assert names == ["leaderdeck Q&A", "leaderdeck STAR", "leaderdeck STAR drill", "leaderdeck Scenario"]
    assert collection.card_count() == card_count(cards_for(taxonomy, StarCards.BOTH))
    assert not collection.get_empty_cards().notes
