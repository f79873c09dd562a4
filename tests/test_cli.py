"""Every command is documented, and the CLI reports rather than crashes."""

from __future__ import annotations

import shutil
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from conftest import CORPUS, FIXTURES, ROOT
from leaderdeck.cli import cli

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name):
    command = cli.commands[name]
    assert command.help and "Example" in command.help, name
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts}"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"leaderdeck {name}" in readme


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "leaderdeck", "--help"], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0
    assert "build" in result.stdout and "validate" in result.stdout


def test_validate_counts_notes(tmp_path, monkeypatch):
    shutil.copytree(FIXTURES / "mini", tmp_path / "source")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.output == "OK: 5 notes in 1 file\n"


def test_list_prints_one_line_per_note(tmp_path, monkeypatch):
    shutil.copytree(FIXTURES / "mini", tmp_path / "source")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["list", "--kind", "qa"])
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "qa-error-budget\tqa\tstaff\tQuality & Reliability\tWhat is an error budget for?",
        "qa-unanswered\tqa\tmanager\tHiring\tHow do you keep a hiring bar consistent across teams? [draft]",
    ]


def test_stats_table(tmp_path, monkeypatch):
    shutil.copytree(FIXTURES / "mini", tmp_path / "source")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["stats"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["Topic", "Senior", "Staff", "Manager", "Director", "Executive", "Total"]
    crisis = next(line for line in lines if line.startswith("Crisis & Incidents"))
    assert crisis.split()[-6:] == [".", ".", ".", "1", ".", "1"]
    assert lines[-1].split() == ["Total", "1", "1", "0", "1", "1", "4"]


def test_build_without_manifests_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 2
    assert "no deck manifests" in result.output


def test_ad_hoc_build(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "prep.apkg"
    result = CliRunner().invoke(cli, ["build", "--source", str(FIXTURES / "mini"), "--out", str(out),
                                      "--level", "director", "--group-by", "topic"])
    assert result.exit_code == 0, result.output
    assert result.output == f"Built {out}: 1 note (1 new, 0 changed, 0 unchanged), 1 card in 1 subdeck\n"
    assert out.stat().st_size > 0


def test_ad_hoc_build_needs_source_and_out(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--out", str(tmp_path / "x.apkg")])
    assert result.exit_code == 2
    assert "--source and --out together" in result.output


def test_unknown_topic_option_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--source", str(FIXTURES / "mini"), "--out",
                                      str(tmp_path / "x.apkg"), "--topic", "Gardening"])
    assert result.exit_code == 2
    assert "unknown topic 'Gardening'" in result.output


def test_filters_selecting_nothing_fail_cleanly(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--source", str(FIXTURES / "mini"), "--out",
                                      str(tmp_path / "x.apkg"), "--kind", "scenario", "--level", "senior"])
    assert result.exit_code == 1
    assert "the filters select no notes from 5 loaded" in result.output
    assert not (tmp_path / "x.apkg").exists()


def test_builds_every_manifest_from_the_project_root(tmp_path, monkeypatch):
    shutil.copytree(CORPUS / "decks", tmp_path / "decks")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    for manifest in (tmp_path / "decks").glob("*.yaml"):
        assert manifest.with_suffix(".apkg").is_file()
