"""Restyle without forking: a manifest's own stylesheet and card templates reach Anki on a
normal re-import, and every note keeps its history (issue 14, item 3)."""

from __future__ import annotations

import shutil

import pytest
from anki.scheduler_pb2 import CardAnswer
from click.testing import CliRunner

from conftest import FIXTURES, import_package
from leaderdeck.cli import cli
from leaderdeck.style import template_names

BIGGER = "/* bigger text */\n.card { font-size: 24px; }\n:root { --accent: #0a7d5a; }\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "source").mkdir()
    shutil.copy(FIXTURES / "mini" / "notes.yaml", tmp_path / "source")
    (tmp_path / "decks").mkdir()
    (tmp_path / "style").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def manifest(project, extra: str = "") -> None:
    (project / "decks" / "mini.yaml").write_text(f"name: Mini\nsources: [../source/*.yaml]\n{extra}", encoding="utf-8")


def build():
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    return result.output


def review_everything(col) -> dict[int, tuple[int, int]]:
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        card.start_timer()
        states = col._backend.get_scheduling_states(card_id)
        col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD))
    return {c: (col.get_card(c).due, col.get_card(c).ivl) for c in col.find_cards("")}


def test_a_stylesheet_is_added_and_a_change_of_look_keeps_history(project, collection):
    manifest(project)
    build()
    import_package(collection, project / "decks" / "mini.apkg")
    scheduled = review_everything(collection)
    reviews = collection.db.scalar("select count() from revlog")
    (project / "style" / "cards.css").write_text(BIGGER, encoding="utf-8")
    manifest(project, "css: ../style/cards.css\n")
    assert "0 new, 0 changed, 4 unchanged" in build()
    log = import_package(collection, project / "decks" / "mini.apkg")
    assert not log.conflicting and not log.new
    css = collection.models.by_name("leaderdeck Q&A")["css"]
    assert css.rstrip().endswith(BIGGER.rstrip()) and ".card" in css.split("/* bigger text */")[0]
    card = collection.get_card(collection.find_cards("")[0])
    assert "font-size: 24px" in card.render_output(reload=True).css
    assert {c: (collection.get_card(c).due, collection.get_card(c).ivl) for c in collection.find_cards("")} == scheduled
    assert collection.db.scalar("select count() from revlog") == reviews


def test_a_template_of_the_workspace_replaces_ours(project, collection):
    (project / "style" / "templates").mkdir()
    ours = (FIXTURES.parent.parent / "leaderdeck" / "templates" / "qa_back.html").read_text(encoding="utf-8")
    (project / "style" / "templates" / "qa_back.html").write_text(
        ours + '\n<p class="mine">Say it out loud before you flip.</p>\n', encoding="utf-8")
    manifest(project, "templates: ../style/templates\n")
    build()
    import_package(collection, project / "decks" / "mini.apkg")
    qa = collection.find_cards('"note:leaderdeck Q&A"')
    assert qa and all("Say it out loud" in collection.get_card(c).render_output(reload=True).answer_text for c in qa)
    star = collection.find_cards('"note:leaderdeck STAR"')
    assert star and not any("Say it out loud" in collection.get_card(c).answer() for c in star)


def test_a_template_file_that_replaces_nothing_is_named(project):
    (project / "style" / "templates").mkdir()
    (project / "style" / "templates" / "qa_backside.html").write_text("{{Answer}}", encoding="utf-8")
    manifest(project, "templates: ../style/templates\n")
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 1
    assert (f"decks/mini.yaml:3: 'qa_backside.html' in the templates folder replaces none of leaderdeck's templates "
            f"({', '.join(template_names())})") in result.output


def test_a_missing_stylesheet_is_named(project):
    manifest(project, "css: ../style/nope.css\n")
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 1
    assert "decks/mini.yaml:3: style/nope.css: cannot read file: No such file or directory" in result.output


def test_a_template_that_names_a_field_we_do_not_have_is_refused(project):
    (project / "style" / "templates").mkdir()
    (project / "style" / "templates" / "qa_front.html").write_text("{{Question}} {{Hint}}", encoding="utf-8")
    manifest(project, "templates: ../style/templates\n")
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 1, result.output
    assert "decks/mini.yaml:3: leaderdeck Q&A 'Answer' front: no field 'Hint' in this note type" in result.output
    assert not (project / "decks" / "mini.apkg").exists()
