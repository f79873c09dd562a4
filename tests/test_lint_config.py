"""[tool.leaderdeck.lint] in pyproject.toml: thresholds a project can change, and clear errors."""

from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner

from leaderdeck.cli import cli
from leaderdeck.errors import LeaderdeckError
from leaderdeck.lint import lint_config, lint_notes
from leaderdeck.lintconfig import LintConfig
from leaderdeck.model import Kind, Level, Note, Origin, QaBody, StarBody, Topic


def words(count: int) -> str:
    return " ".join(["word"] * count)


def qa(answer_words: int, question: str = "How do you calibrate interviewers?", note_id: str = "q") -> Note:
    return Note(id=note_id, kind=Kind.QA, level=Level.STAFF, topic=Topic("Hiring", "hiring"),
                body=QaBody(question, words(answer_words)), origin=Origin("s.yaml", 1))


def configured(tmp_path, text: str) -> LintConfig:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("[tool.leaderdeck.lint]\n" + text, encoding="utf-8")
    return lint_config(pyproject)


def test_no_pyproject_means_the_defaults(tmp_path):
    assert lint_config(tmp_path / "pyproject.toml") == LintConfig()


def test_every_threshold_can_be_set(tmp_path):
    config = configured(tmp_path, 'ignore = ["we-over-i"]\nspoken-minutes = [0.5, 4]\nqa-answer-words = [40, 120]\n'
                                  'near-duplicate = 0.8\n[tool.leaderdeck.lint.min-words]\ntask = 5\nlearning = 3\n')
    assert config == LintConfig(ignore=frozenset({"we-over-i"}), spoken_minutes=(0.5, 4.0), qa_words=(40, 120),
                                near_duplicate=0.8, min_words=(("situation", 20), ("task", 5), ("action", 60),
                                                                ("result", 15), ("learning", 3)))


def test_thresholds_change_what_fires(tmp_path):
    assert [f.rule for f in lint_notes([qa(60)])] == ["qa-answer-length"]
    assert lint_notes([qa(60)], config=configured(tmp_path, "qa-answer-words = [40, 120]\n")) == []
    pair = [qa(100), qa(100, "How do you calibrate all new interviewers?", "r")]
    assert lint_notes(pair) == []
    assert [f.rule for f in lint_notes(pair, config=configured(tmp_path, "near-duplicate = 0.85\n"))] == \
        ["duplicate-question"]
    star = dataclasses.replace(qa(0), kind=Kind.STAR, body=StarBody(
        "Q?", words(20), words(10), "I " + words(59), "Up 5 " + words(13), "I now ask first."))
    assert [f.rule for f in lint_notes([star])] == ["spoken-length"]
    assert lint_notes([star], config=configured(tmp_path, "spoken-minutes = [0.5, 3]\n")) == []
    thin = configured(tmp_path, "[tool.leaderdeck.lint.min-words]\nlearning = 5\n")
    assert [f.message for f in lint_notes([star], config=thin) if f.rule == "star-part-thin"] == \
        ["Learning has 4 words (aim for 5 or more)"]


@pytest.mark.parametrize(("text", "message"), [
    ("spoken-minutes = 2\n",
     "[tool.leaderdeck.lint] spoken-minutes must be [low, high] with 0 <= low <= high, like [1, 3], not 2"),
    ("qa-answer-words = [200, 80]\n",
     "[tool.leaderdeck.lint] qa-answer-words must be [low, high] with 0 <= low <= high, like [80, 200], "
     "not [200, 80]"),
    ("qa-answer-words = [80.5, 200]\n",
     "[tool.leaderdeck.lint] qa-answer-words must be [low, high] with 0 <= low <= high, like [80, 200], "
     "not [80.5, 200]"),
    ("near-duplicate = 90\n", "[tool.leaderdeck.lint] near-duplicate must be a number from 0.5 to 1, like 0.9, not 90"),
    ("near-duplicate = true\n",
     "[tool.leaderdeck.lint] near-duplicate must be a number from 0.5 to 1, like 0.9, not True"),
    ("spoken-minuets = [1, 3]\n",
     "[tool.leaderdeck.lint] spoken-minuets is not a setting (did you mean 'spoken-minutes'?) "
     "(settings: ignore, spoken-minutes, qa-answer-words, near-duplicate, min-words)"),
    ("[tool.leaderdeck.lint.min-words]\nsituaton = 20\n",
     "[tool.leaderdeck.lint] min-words names no STAR part 'situaton' (did you mean 'situation'?) "
     "(parts: situation, task, action, result, learning)"),
    ("[tool.leaderdeck.lint.min-words]\ntask = \"ten\"\n",
     "[tool.leaderdeck.lint] min-words.task must be a whole number of words, not 'ten'"),
    ("ignore = \"we-over-i\"\n", '[tool.leaderdeck.lint] ignore must be a list of rule ids, like ["qa-answer-length"]'),
])
def test_bad_settings_name_the_key(tmp_path, text, message):
    with pytest.raises(LeaderdeckError) as error:
        configured(tmp_path, text)
    assert str(error.value) == f"{tmp_path / 'pyproject.toml'}: {message}"


def test_the_cli_reports_a_bad_setting_without_a_traceback(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.leaderdeck.lint]\nnear-duplicate = 2\n", encoding="utf-8")
    (tmp_path / "source").mkdir()
    result = CliRunner().invoke(cli, ["lint"])
    assert result.exit_code == 1
    assert result.output == ("Error: pyproject.toml: [tool.leaderdeck.lint] near-duplicate must be a number "
                             "from 0.5 to 1, like 0.9, not 2\n")


def test_the_cli_applies_the_project_thresholds(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "a.yaml").write_text(
        "id: qa-short\nkind: qa\nlevel: staff\ntopic: Hiring\nquestion: Why?\nanswer: " + words(50) + "\n",
        encoding="utf-8")
    assert CliRunner().invoke(cli, ["lint"]).exit_code == 1
    (tmp_path / "pyproject.toml").write_text("[tool.leaderdeck.lint]\nqa-answer-words = [40, 120]\n",
                                             encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint"])
    assert (result.exit_code, result.output) == (0, "OK: 1 note, nothing to report\n")
