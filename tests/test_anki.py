"""Built decks, read back by real Anki (the ``anki`` package)."""

from __future__ import annotations

import html
import os
import re

import pytest
import yaml

from conftest import CORPUS, FIXTURES, import_package
from leaderdeck.build import build_deck
from leaderdeck.grouping import GroupBy
from leaderdeck.manifest import find_manifests, load_manifest

MINI_DECKS = {
    "Mini Prep",
    "Mini Prep::Crisis & Incidents", "Mini Prep::Crisis & Incidents::Director",
    "Mini Prep::Technical Debt", "Mini Prep::Technical Debt::Senior",
    "Mini Prep::Vendors & Partners", "Mini Prep::Vendors & Partners::Executive",
    "Mini Prep::Quality & Reliability", "Mini Prep::Quality & Reliability::Staff",
}


def deck_names(col) -> set[str]:
    return {d.name for d in col.decks.all_names_and_ids()} - {"Default"}


def notes_by_id(col) -> dict[str, object]:
    """Notes keyed by our id (the Id field)."""
    notes = (col.get_note(nid) for nid in col.find_notes(""))
    return {note["Id"]: note for note in notes}


def text(markup: str) -> str:
    """What a reader sees: tags dropped, entities decoded, whitespace collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


def test_deck_tree_note_types_and_counts(build, collection):
    log = import_package(collection, build())
    assert len(log.new) == 4 and not log.conflicting
    assert deck_names(collection) == MINI_DECKS
    assert collection.note_count() == 4
    assert collection.card_count() == 4
    types = {m["name"]: [f["name"] for f in m["flds"]] for m in collection.models.all()}
    assert types["leaderdeck STAR"][:3] == ["Question", "Level", "Topic"]
    assert {"Situation", "Task", "Action", "Result", "Learning"} <= set(types["leaderdeck STAR"])
    assert "Discussion" in types["leaderdeck Scenario"]
    assert "Answer" in types["leaderdeck Q&A"]


def test_cards_land_in_their_topic_and_level_subdeck(build, collection):
    import_package(collection, build())
    notes = notes_by_id(collection)
    deck = collection.decks.name(notes["scenario-vendor"].cards()[0].did)
    assert deck == "Mini Prep::Vendors & Partners::Executive"


def test_tags_are_hierarchical(build, collection):
    import_package(collection, build())
    tags = set(notes_by_id(collection)["star-full"].tags)
    assert tags == {
        "fixture",
        "leaderdeck::kind::star",
        "leaderdeck::level::director",
        "leaderdeck::topic::crisis-incidents",
        "leaderdeck::competency::ownership",
        "leaderdeck::competency::incident-command",
    }


def test_every_card_renders_without_errors_or_empty_fronts(build, collection):
    import_package(collection, build())
    assert not collection.get_empty_cards().notes
    for card_id in collection.find_cards(""):
        rendered = collection._backend.render_existing_card(card_id=card_id, browser=False, partial_render=False)
        assert not rendered.is_empty
        card = collection.get_card(card_id)
        output = card.render_output(reload=True)
        assert text(output.question_text)
        assert "{{" not in output.answer_text


def test_star_back_shows_every_section_in_order(build, collection):
    import_package(collection, build())
    card = notes_by_id(collection)["star-full"].cards()[0]
    answer = text(card.render_output(reload=True).answer_text)
    order = ["Clarify first", "Situation", "Checkout failed for 40 minutes", "Task",
             "I was the incident commander", "Action", "roll back instead of patching forward", "Result",
             "refunded 1,200 orders", "Learning", "Practise rollbacks", "Coach notes", "Stabilise, communicate"]
    positions = [answer.find(part) for part in order]
    assert -1 not in positions, dict(zip(order, positions))
    assert positions == sorted(positions)
    assert "<strong>Triage:</strong>" in card.render_output(reload=True).answer_text


def test_empty_sections_are_absent(build, collection):
    import_package(collection, build())
    answer = notes_by_id(collection)["star-lean"].cards()[0].render_output(reload=True).answer_text
    assert "Learning" not in text(answer)
    assert "Coach notes" not in answer and "<details" not in answer
    assert "Clarify first" not in text(answer)
    assert "Defects in billing fell from 9 to 2" in text(answer)


def test_front_shows_question_level_and_topic(build, collection):
    import_package(collection, build())
    front = text(notes_by_id(collection)["star-full"].cards()[0].render_output(reload=True).question_text)
    assert "Describe a major outage you led the response to." in front
    assert "Director" in front and "Crisis & Incidents" in front
    assert "Checkout failed" not in front


def test_scenario_and_qa_cards(build, collection):
    import_package(collection, build())
    notes = notes_by_id(collection)
    scenario = text(notes["scenario-vendor"].cards()[0].render_output(reload=True).answer_text)
    for part in ("The payments provider keeps failing", "Switching cost", "Negotiation", "What leverage do you have?"):
        assert part in scenario
    qa = notes["qa-error-budget"].cards()[0].render_output(reload=True).answer_text
    assert "<strong>shared allowance</strong>" in qa


def test_field_html_is_sanitised(build, collection):
    import_package(collection, build())
    answer = notes_by_id(collection)["qa-error-budget"]["Answer"]
    assert "<script" not in answer and "onerror" not in answer and "<img" not in answer
    assert "example.com" not in answer


def test_drafts_are_left_out_unless_asked_for(build, collection, tmp_path):
    import_package(collection, build())
    assert "qa-unanswered" not in notes_by_id(collection)
    import_package(collection, build(drafts=True))
    draft = notes_by_id(collection)["qa-unanswered"]
    assert "leaderdeck::draft" in draft.tags


@pytest.mark.parametrize(
    ("group_by", "expected"),
    [
        (GroupBy.LEVEL_TOPIC, "Mini Prep::Executive::Vendors & Partners"),
        (GroupBy.TOPIC, "Mini Prep::Vendors & Partners"),
        (GroupBy.LEVEL, "Mini Prep::Executive"),
        (GroupBy.NONE, "Mini Prep"),
    ],
)
def test_grouping_choices(build, collection, group_by, expected):
    import_package(collection, build(group_by=group_by))
    card = notes_by_id(collection)["scenario-vendor"].cards()[0]
    assert collection.decks.name(card.did) == expected


def test_deck_description_is_shown_on_every_deck_with_cards(build, collection):
    import_package(collection, build())
    with_cards = [name for name in MINI_DECKS
                  if collection.decks.card_count(collection.decks.id_for_name(name), include_subdecks=False)]
    assert len(with_cards) == 4
    for name in with_cards:
        assert "<strong>small</strong>" in collection.decks.by_name(name)["desc"], name


def test_editing_text_keeps_the_guid_and_updates_in_place(build, collection, tmp_path, monkeypatch, taxonomy):
    source = tmp_path / "src"
    source.mkdir()
    data = yaml.safe_load((FIXTURES / "mini" / "notes.yaml").read_text(encoding="utf-8"))
    notes_file = source / "notes.yaml"
    notes_file.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    manifest = tmp_path / "deck.yaml"
    manifest.write_text("name: Mini Prep\nsources: [src/*.yaml]\n", encoding="utf-8")

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = build(manifest)
    import_package(collection, first)
    before = notes_by_id(collection)["qa-error-budget"]

    data["notes"][3]["question"] = "Why would a team agree on an error budget?"
    notes_file.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000100")
    log = import_package(collection, build(manifest))

    after = notes_by_id(collection)["qa-error-budget"]
    assert after.guid == before.guid and after.id == before.id
    assert "Why would a team agree" in after["Question"]
    assert len(log.updated) == 4 and not log.new
    assert collection.note_count() == 4


@pytest.mark.parametrize("manifest", find_manifests(CORPUS / "decks"), ids=lambda p: p.stem)
def test_corpus_decks_import_cleanly(manifest, tmp_path, collection, taxonomy):
    loaded = load_manifest(manifest, taxonomy)
    out = tmp_path / "deck.apkg"
    import dataclasses

    result = build_deck(dataclasses.replace(loaded, output=out), taxonomy)
    log = import_package(collection, out)
    assert len(log.new) == result.notes and not log.conflicting
    assert collection.card_count() == result.cards
    assert deck_names(collection) >= set(result.decks)
    assert not collection.get_empty_cards().notes
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        output = card.render_output(reload=True)
        assert text(output.question_text), card.note()["Id"]
        assert card.note()["Id"] in output.answer_text


def test_build_writes_atomically_and_keeps_the_old_deck_on_error(build, tmp_path):
    out = build()
    before = out.read_bytes()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "bad.yaml").write_text("id: x\nkind: qa\n", encoding="utf-8")
    manifest = tmp_path / "broken.yaml"
    manifest.write_text("name: Broken\nsources: [broken/*.yaml]\n", encoding="utf-8")
    with pytest.raises(Exception):
        build(manifest, output=out)
    assert out.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == sorted(["broken", "broken.yaml", out.name, out.with_suffix(".lock").name])
