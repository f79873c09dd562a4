"""`leaderdeck preview`: every card of the shipped decks, rendered exactly as real Anki renders it."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from conftest import CORPUS, FIXTURES, import_package
from leaderdeck.build import build_deck, deck_cards, select_notes
from leaderdeck.cards import card_notes
from leaderdeck.cli import cli
from leaderdeck.errors import LeaderdeckError
from leaderdeck.loader import load_sources
from leaderdeck.manifest import StarCards, find_manifests, load_manifest
from leaderdeck.preview import NO_REQUESTS, preview_cards, preview_page, write_preview

MANIFESTS = [*find_manifests(CORPUS / "decks"), FIXTURES / "mini.yaml"]


def squash(markup: str) -> str:
    return re.sub(r"\s+", " ", markup).strip()


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.stem)
def test_preview_html_is_what_anki_renders(path, tmp_path, collection, taxonomy):
    manifest = dataclasses.replace(load_manifest(path, taxonomy), output=tmp_path / "deck.apkg",
                                   star_cards=StarCards.BOTH)
    build_deck(manifest, taxonomy)
    notes = list(deck_cards(manifest, taxonomy))  # with the identity the build gave each note
    expected = {(note.anki_guid, card.ord): card for note in notes for card in preview_cards([note])}
    log = import_package(collection, manifest.output)
    assert len(log.new) == len(notes) and not log.conflicting
    assert not collection.get_empty_cards().notes
    seen = set()
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        key = (card.note().guid, card.ord)
        ours, anki = expected[key], card.render_output(reload=True)
        assert squash(ours.question) == squash(anki.question_text), key
        assert squash(ours.answer) == squash(anki.answer_text), key
        assert ours.note_type.css == anki.css
        seen.add(key)
    assert seen == set(expected) and len(seen) > len(notes) > 0


def mini_cards(taxonomy, star_cards=StarCards.BOTH):
    manifest = dataclasses.replace(load_manifest(FIXTURES / "mini.yaml", taxonomy), star_cards=star_cards)
    return preview_cards(card_notes(select_notes(load_sources(manifest.source_files(), taxonomy), manifest),
                                    manifest))


def test_page_shows_every_card_front_and_back_once(taxonomy):
    cards = mini_cards(taxonomy)
    page = preview_page("Mini <Prep>", cards)
    assert "<h1>Mini &lt;Prep&gt;</h1>" in page
    assert "6 notes, 13 cards" in page
    assert page.count('class="pv-card"') == len(cards) == 13
    for card in cards:
        assert page.count(card.answer) == 1
        assert page.count(card.question) == 2  # the front, and the back through {{FrontSide}}
    assert page.count('<div class="pv-screen ld-reviewer card card1">') == 2 * sum(c.ord == 0 for c in cards)
    assert page.count('<div class="pv-screen ld-reviewer card card3">') == 2 * sum(c.ord == 2 for c in cards)
    assert re.findall(r'data-side="(\w+)"', page.split("<main>")[1])[:4] == ["front", "back", "front", "back"]
    assert "nightMode night_mode" not in page.split("<main>")[1]  # night mode is a switch, not a copy


def test_night_rules_of_the_card_css_follow_the_switch(taxonomy):
    page = preview_page("Mini", mini_cards(taxonomy))
    switched = ":is(.nightMode, #pv-mode-night:checked ~ main .pv-screen)"
    assert f".card{switched},\n.card{switched},\n{switched} .card," in page
    assert re.search(r"\.night(Mode|_mode)(?![\w-])(?!, #pv-mode-night)", page.split("<body>")[1]) is None
    assert page.index('id="pv-mode-night"') < page.index("<main>")


def test_page_is_self_contained(taxonomy):
    page = preview_page("Mini", mini_cards(taxonomy))
    assert f'<meta http-equiv="Content-Security-Policy" content="{NO_REQUESTS}">' in page
    assert not re.search(r"<(script|img|link|iframe|object|embed|video|audio)\b", page)
    assert not re.search(r"\bsrc=|@import|url\(|@font-face", page)


def test_write_preview_is_atomic_and_reproducible(tmp_path, taxonomy):
    manifest = load_manifest(FIXTURES / "mini.yaml", taxonomy)
    result = write_preview(manifest, taxonomy, tmp_path / "out")
    assert result.output == tmp_path / "out" / "mini.html"
    assert (result.notes, result.cards) == (4, 4)
    first = result.output.read_bytes()
    write_preview(manifest, taxonomy, tmp_path / "out")
    assert result.output.read_bytes() == first
    assert os.listdir(tmp_path / "out") == ["mini.html"]


def test_write_preview_with_no_cards_is_an_error_and_keeps_the_old_page(tmp_path, taxonomy):
    manifest = load_manifest(FIXTURES / "mini.yaml", taxonomy)
    output = write_preview(manifest, taxonomy, tmp_path).output
    before = output.read_bytes()
    with pytest.raises(LeaderdeckError, match="the filters select no notes"):
        write_preview(dataclasses.replace(manifest, topics=frozenset({"Hiring"})), taxonomy, tmp_path)
    assert output.read_bytes() == before and os.listdir(tmp_path) == ["mini.html"]


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    shutil.copytree(FIXTURES / "mini", tmp_path / "source")
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "prep.yaml").write_text("name: Prep\nsources: [../source/*.yaml]\nstar_cards: both\n",
                                                  encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_cli_previews_every_deck_by_default(project):
    result = CliRunner().invoke(cli, ["preview"])
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote build/preview/prep.html: 13 cards of 6 notes\n"
    page = (project / "build" / "preview" / "prep.html").read_text(encoding="utf-8")
    assert "<h1>Prep</h1>" in page and "leaderdeck STAR drill" in page


def test_cli_out_and_open(project, monkeypatch):
    opened = []
    monkeypatch.setattr(click, "launch", lambda url, **_: opened.append(url))
    result = CliRunner().invoke(cli, ["preview", "decks/prep.yaml", "--out", "pages", "--open"])
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote pages/prep.html: 13 cards of 6 notes\n"
    assert opened == [(project / "pages" / "prep.html").resolve().as_uri()]


def test_cli_reports_problems_without_a_traceback(project):
    (project / "decks" / "prep.yaml").write_text("name: Prep\nsources: [../source/*.yaml]\nstar_cards: all\n",
                                                 encoding="utf-8")
    result = CliRunner().invoke(cli, ["preview"])
    assert result.exit_code == 1
    assert result.output == ("decks/prep.yaml:3: unknown star_cards 'all' (allowed: full, drill, both)\n"
                             "Error: 1 problem in 1 file\n")
    assert not (project / "build").exists()


def test_cli_cannot_write_where_a_file_is(project):
    (project / "taken").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["preview", "--out", "taken/sub"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot write taken/sub/prep.html")
    assert "Traceback" not in result.output
