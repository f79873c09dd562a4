"""Friendly authoring: level titles read as bands, and a suggestion for a topic that is not one."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from leaderdeck.cli import cli

TOPICS = ("Strategy & Trade-offs, Failure & Growth, Conflict & Influence, Stakeholder Management, Crisis & Incidents, "
          "Architecture Decisions, Technical Debt, People & Performance, Hiring, Mentoring & Growth, Culture, "
          "Delivery & Prioritization, Quality & Reliability, Security & Compliance, Innovation, "
          "Product Collaboration, Vendors & Partners, Org Design & Scaling, Career & Motivation")


def source(tmp_path, monkeypatch, level: str = "staff", topic: str = "Hiring") -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "a.yaml").write_text(
        f"defaults:\n  level: {level}\nnotes:\n"
        f"  - id: qa-one\n    kind: qa\n    topic: {topic}\n    question: Why?\n    answer: Because.\n",
        encoding="utf-8")


@pytest.mark.parametrize(("label", "band"), [
    ("Director of Engineering", "director"),
    ("director of engineering", "director"),
    ("VP Engineering", "executive"),
    ("Principal Engineer", "staff"),
    ("EM", "manager"),
    ("Tech Lead", "senior"),
    ("Director", "director"),
])
def test_a_level_title_is_read_as_its_band(tmp_path, monkeypatch, label, band):
    source(tmp_path, monkeypatch, level=label)
    assert CliRunner().invoke(cli, ["validate", "source"]).output == "OK: 1 note in 1 file\n"
    result = CliRunner().invoke(cli, ["list"])
    assert (result.exit_code, result.output) == (0, f"qa-one\tqa\t{band}\tHiring\tWhy?\n")


def test_a_label_naming_several_bands_is_refused_with_its_meaning(tmp_path, monkeypatch):
    source(tmp_path, monkeypatch, level="CTO/VP Engineering")
    result = CliRunner().invoke(cli, ["validate", "source"])
    assert result.exit_code == 1
    assert result.output == (
        "source/a.yaml:2: unknown level 'CTO/VP Engineering' (allowed: senior, staff, manager, director, "
        "executive; 'CTO/VP Engineering' means executive)\nError: 1 problem in 1 file\n")


@pytest.mark.parametrize(("written", "meant"), [
    ("Reorgs", "Org Design & Scaling"),
    ("org-design", "Org Design & Scaling"),
    ("hiring", "Hiring"),
    ("Hirring", "Hiring"),
    ("Crisis and Incidents", "Crisis & Incidents"),
    ("outages", "Crisis & Incidents"),
    ("tech debt", "Technical Debt"),
    ("Mentorship", "Mentoring & Growth"),
])
def test_an_unknown_topic_gets_a_suggestion(tmp_path, monkeypatch, written, meant):
    source(tmp_path, monkeypatch, topic=written)
    result = CliRunner().invoke(cli, ["validate", "source"])
    assert result.exit_code == 1
    assert result.output == (f"source/a.yaml:6: unknown topic '{written}' (did you mean '{meant}'?); "
                             f"allowed: {TOPICS}\nError: 1 problem in 1 file\n")


def test_an_unrelated_topic_gets_no_suggestion(tmp_path, monkeypatch):
    source(tmp_path, monkeypatch, topic="Gardening")
    result = CliRunner().invoke(cli, ["validate", "source"])
    assert result.output == f"source/a.yaml:6: unknown topic 'Gardening'; allowed: {TOPICS}\nError: 1 problem in 1 file\n"


def test_a_topic_option_gets_the_same_suggestion(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--source", str(tmp_path), "--out", str(tmp_path / "x.apkg"),
                                      "--topic", "Reorgs"])
    assert result.exit_code == 2
    assert "Invalid value for --topic: unknown topic 'Reorgs' (did you mean 'Org Design & Scaling'?)" in result.output
