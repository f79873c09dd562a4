"""Every problem a user can make in a source file or manifest: exact ``path:line: message`` and exit code.

Each test writes YAML into ``tmp_path``, changes into it (so paths print relative) and runs the
real CLI. Content problems exit 1, usage problems exit 2, and nothing ever prints a traceback.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from leaderdeck.cli import cli
from leaderdeck.errors import Problem, SourceErrors
from leaderdeck.loader import load_sources
from leaderdeck.model import Kind, Level, Note, QaBody, StarBody
from leaderdeck.taxonomy import load_taxonomy

LEVELS = "senior, staff, manager, director, executive"
KINDS = "star, scenario, qa"
GROUPINGS = "topic,level, level,topic, topic, level, none"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="module")
def allowed_topics() -> str:
    names = [t.name for t in load_taxonomy().topics]
    assert "Culture" in names and "Strategy & Trade-offs" in names
    return ", ".join(names)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output
    # an exception other than click's SystemExit means the CLI crashed (CliRunner hides the traceback)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def validate(*paths: Path) -> Result:
    return run("validate", *(str(p) for p in paths))


def assert_ok(result: Result, notes: int, files: int = 1) -> None:
    """Exit 0 and the single summary line with the right counts (singular or plural nouns)."""
    assert result.exit_code == 0, result.output
    assert len(lines(result)) == 1, result.output
    assert re.fullmatch(rf"OK: {notes} notes? in {files} files?", lines(result)[0]), result.output


def lines(result: Result) -> list[str]:
    return result.output.splitlines()


def assert_problem(result: Result, expected: str, *, count: int | None = None, files: int = 1) -> None:
    """Exit 1, the exact problem line, and (optionally) the exact summary line."""
    assert result.exit_code == 1, result.output
    assert expected in lines(result), result.output
    if count is not None:
        noun = "problem" if count == 1 else "problems"
        where = "file" if files == 1 else "files"
        assert lines(result)[-1] == f"Error: {count} {noun} in {files} {where}", result.output


QA_NOTE = """
id: note-one
kind: qa
level: senior
topic: Culture
question: Why do you lead?
answer: Because.
"""


def qa_with(line: str, replaces: str | None = None) -> str:
    """QA_NOTE with ``replaces`` (a key) swapped for ``line`` at the same line, or ``line`` appended."""
    out = []
    for text in textwrap.dedent(QA_NOTE).lstrip("\n").splitlines():
        if replaces is not None and text.startswith(f"{replaces}:"):
            out.append(line)
        else:
            out.append(text)
    if replaces is None:
        out.append(line)
    return "\n".join(out) + "\n"


# --- a valid baseline ----------------------------------------------------------------------------


def test_a_valid_note_is_accepted(tmp_path):
    path = write(tmp_path, "a.yaml", QA_NOTE)
    result = validate(path)
    assert_ok(result, 1)


# --- unknown keys --------------------------------------------------------------------------------


def test_unknown_key_at_note_level_suggests_the_right_one(tmp_path):
    path = write(tmp_path, "a.yaml", """
        id: note-one
        kind: qa
        levle: senior
        topic: Culture
        question: Why?
        answer: Because.
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:3: unknown key 'levle' in a note (did you mean 'level'?)")


def test_unknown_key_inside_star_suggests_the_right_one(tmp_path):
    path = write(tmp_path, "a.yaml", """
        id: star-one
        kind: star
        level: senior
        topic: Culture
        question: Tell me about a hard call.
        star:
          situaton: We were late.
          task: Ship it.
          action: I cut scope.
          result: We shipped.
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:7: unknown key 'situaton' in star (did you mean 'situation'?)")


def test_unknown_key_in_coach_suggests_the_right_one(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("coach:\n  tipz: [Breathe.]"))
    result = validate(path)
    assert_problem(result, "a.yaml:8: unknown key 'tipz' in coach (did you mean 'tips'?)", count=1)


# --- wrong types ---------------------------------------------------------------------------------


def test_list_where_text_is_expected(tmp_path):
    path = write(tmp_path, "a.yaml", """
        id: note-one
        kind: qa
        level: senior
        topic: Culture
        question:
          - first
          - second
        answer: ok
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:6: 'question' must be text, not a list", count=1)


def test_text_where_list_is_expected(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("competencies: Risk"))
    result = validate(path)
    assert_problem(result, "a.yaml:7: 'competencies' must be a list (lines starting with '- '), not text", count=1)


def test_text_where_boolean_is_expected(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with('draft: "true"'))
    result = validate(path)
    assert_problem(result, "a.yaml:7: 'draft' must be true or false, not text", count=1)


def test_a_source_file_that_is_a_list(tmp_path):
    path = write(tmp_path, "a.yaml", """
        - id: note-one
          kind: qa
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:1: a source file must be a mapping (key: value lines), not a list", count=1)


# --- missing and empty required keys -------------------------------------------------------------


def test_missing_question_for_qa(tmp_path):
    path = write(tmp_path, "a.yaml", """
        id: note-one
        kind: qa
        level: senior
        topic: Culture
        answer: Because.
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:1: note 'note-one' (qa) is missing required key 'question'", count=1)


def test_missing_star_part(tmp_path):
    path = write(tmp_path, "a.yaml", """
        id: star-one
        kind: star
        level: senior
        topic: Culture
        question: Tell me about a hard call.
        star:
          situation: We were late.
          task: Ship it.
          action: I cut scope.
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:7: 'star' of note 'star-one' is missing required key 'result'", count=1)


def test_missing_kind(tmp_path):
    path = write(tmp_path, "a.yaml", """
        id: note-one
        level: senior
        topic: Culture
        question: Why?
    """)
    result = validate(path)
    assert_problem(result, f"a.yaml:1: note 'note-one' is missing required key 'kind' (one of: {KINDS})", count=1)


def test_missing_title_for_scenario(tmp_path):
    path = write(tmp_path, "a.yaml", """
        id: scenario-one
        kind: scenario
        level: director
        topic: Culture
        situation: Two teams stopped talking.
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:1: note 'scenario-one' (scenario) is missing required key 'title'", count=1)


def test_empty_required_value(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with('answer: ""', replaces="answer"))
    result = validate(path)
    assert_problem(result, "a.yaml:6: 'answer' of note 'note-one' (qa) is empty", count=1)


def test_blank_required_value(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("answer:", replaces="answer"))
    result = validate(path)
    assert_problem(result, "a.yaml:6: 'answer' of note 'note-one' (qa) is empty", count=1)


@pytest.mark.parametrize(("key", "line"), [("question", 5), ("answer", 6), ("level", 3), ("topic", 4)])
@pytest.mark.parametrize("null", ["~", "null"])
def test_null_required_value_is_reported_not_silently_dropped(tmp_path, key, line, null):
    """``answer: ~`` is as empty as ``answer:``; the note must not vanish with exit 0."""
    path = write(tmp_path, "a.yaml", qa_with(f"{key}: {null}", replaces=key))
    result = validate(path)
    assert_problem(result, f"a.yaml:{line}: '{key}' of note 'note-one' (qa) is empty")


@pytest.mark.parametrize(("key", "line"), [("id", 1), ("kind", 2)])
def test_null_id_or_kind_is_reported_not_silently_dropped(tmp_path, key, line):
    path = write(tmp_path, "a.yaml", qa_with(f"{key}: ~", replaces=key))
    result = validate(path)
    assert result.exit_code == 1, result.output
    assert any(text.startswith(f"a.yaml:{line}: ") for text in lines(result)), result.output


@pytest.mark.parametrize("empty", ["~", '""'])
def test_null_or_empty_star_part_is_reported(tmp_path, empty):
    path = write(tmp_path, "a.yaml", f"""
        id: star-one
        kind: star
        level: senior
        topic: Culture
        question: Tell me about a hard call.
        star:
          situation: {empty}
          task: Ship it.
          action: I cut scope.
          result: We shipped.
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:7: 'situation' of 'star' of note 'star-one' is empty", count=1)


def test_draft_qa_without_answer_is_accepted(tmp_path):
    path = write(tmp_path, "a.yaml", """
        id: note-one
        kind: qa
        level: senior
        topic: Culture
        question: Why?
        draft: true
    """)
    result = validate(path)
    assert_ok(result, 1)


def test_draft_still_needs_a_question(tmp_path):
    path = write(tmp_path, "a.yaml", """
        id: note-one
        kind: qa
        level: senior
        topic: Culture
        draft: true
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:1: note 'note-one' (qa) is missing required key 'question'", count=1)


# --- ids -----------------------------------------------------------------------------------------


def test_duplicate_id_across_two_files_reports_both_locations(tmp_path):
    first = write(tmp_path, "a.yaml", """
        id: same-id
        kind: qa
        level: senior
        topic: Culture
        question: Why?
        answer: Because.
    """)
    second = write(tmp_path, "b.yaml", """
        defaults:
          level: senior
          topic: Culture
        notes:
          - id: other
            kind: qa
            question: Why?
            answer: Because.
          - id: same-id
            kind: qa
            question: Why not?
            answer: Because.
    """)
    result = validate(first, second)
    assert result.exit_code == 1, result.output
    assert lines(result) == [
        "a.yaml:1: duplicate id 'same-id' (also at b.yaml:9)",
        "b.yaml:9: duplicate id 'same-id' (also at a.yaml:1)",
        "Error: 2 problems in 2 files",
    ]


def test_duplicate_id_in_one_file(tmp_path):
    path = write(tmp_path, "a.yaml", """
        defaults: {level: senior, topic: Culture}
        notes:
          - {id: twice, kind: qa, question: One?, answer: One.}
          - {id: twice, kind: qa, question: Two?, answer: Two.}
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:3: duplicate id 'twice' (also at a.yaml:4)", count=2)
    assert "a.yaml:4: duplicate id 'twice' (also at a.yaml:3)" in lines(result)


def test_bad_id_format(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("id: Foo Bar", replaces="id"))
    result = validate(path)
    assert_problem(result, "a.yaml:1: id 'Foo Bar' must be lower-case words joined by '-' (like 'foo-bar')",
                   count=1)


# --- YAML structure ------------------------------------------------------------------------------


def test_duplicate_yaml_key(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("answer: Again."))
    result = validate(path)
    assert_problem(result, "a.yaml:7: duplicate key 'answer' (first at line 6)", count=1)


def test_yaml_merge_key_is_rejected(tmp_path):
    path = write(tmp_path, "a.yaml", """
        defaults: &shared
          level: senior
          topic: Culture
        notes:
          - <<: *shared
            id: note-one
            kind: qa
            question: Why?
            answer: Because.
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:5: YAML merge keys ('<<') are not supported; use 'defaults:' instead", count=1)


def test_complex_key_is_rejected(tmp_path):
    path = write(tmp_path, "a.yaml", "? [a, b]\n: c\n" + textwrap.dedent(QA_NOTE).lstrip("\n"))
    result = validate(path)
    assert_problem(result, "a.yaml:1: a key must be plain text", count=1)


# --- levels and topics ---------------------------------------------------------------------------


def test_unknown_level_lists_allowed_values_and_alias_hint(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("level: CTO/VP Engineering", replaces="level"))
    result = validate(path)
    assert_problem(result, "a.yaml:3: unknown level 'CTO/VP Engineering' "
                           f"(allowed: {LEVELS}; 'CTO/VP Engineering' means executive)", count=1)


def test_unknown_level_without_alias(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("level: astronaut", replaces="level"))
    result = validate(path)
    assert_problem(result, f"a.yaml:3: unknown level 'astronaut' (allowed: {LEVELS})", count=1)


def test_unknown_topic_with_wrong_case_suggests_the_topic(tmp_path, allowed_topics):
    path = write(tmp_path, "a.yaml", qa_with("topic: culture", replaces="topic"))
    result = validate(path)
    assert_problem(result, f"a.yaml:4: unknown topic 'culture' (did you mean 'Culture'?); allowed: {allowed_topics}",
                   count=1)


def test_topic_slug_suggests_the_topic_name(tmp_path, allowed_topics):
    path = write(tmp_path, "a.yaml", qa_with("topic: tech-debt", replaces="topic"))
    result = validate(path)
    assert_problem(result, "a.yaml:4: unknown topic 'tech-debt' (did you mean 'Technical Debt'?); "
                           f"allowed: {allowed_topics}", count=1)


def test_unknown_kind_suggests_the_kind(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("kind: QA", replaces="kind"))
    result = validate(path)
    assert_problem(result, f"a.yaml:2: unknown kind 'QA' (allowed: {KINDS}) (did you mean 'qa'?)", count=1)


def test_key_for_another_kind(tmp_path):
    path = write(tmp_path, "a.yaml", """
        id: star-one
        kind: star
        level: senior
        topic: Culture
        question: Tell me about a hard call.
        answer: This is a qa key.
        star:
          situation: We were late.
          task: Ship it.
          action: I cut scope.
          result: We shipped.
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:6: key 'answer' is for qa notes, not star", count=1)


# --- YAML 1.1 surprises --------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("answer: no", "a.yaml:6: 'answer' must be text, but YAML reads no as a boolean; put it in quotes: \"no\""),
    ("answer: yes", "a.yaml:6: 'answer' must be text, but YAML reads yes as a boolean; put it in quotes: \"yes\""),
    ("answer: 12:30", "a.yaml:6: 'answer' must be text, but YAML reads 12:30 as a number; put it in quotes: "
                      "\"12:30\""),
    ("answer: 0x1F", "a.yaml:6: 'answer' must be text, but YAML reads 0x1F as a number; put it in quotes: \"0x1F\""),
])
def test_yaml_11_scalar_in_answer(tmp_path, line, expected):
    path = write(tmp_path, "a.yaml", qa_with(line, replaces="answer"))
    result = validate(path)
    assert_problem(result, expected, count=1)


def test_date_in_question(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("question: 2024-01-01", replaces="question"))
    result = validate(path)
    assert_problem(result, "a.yaml:5: 'question' must be text, but YAML reads 2024-01-01 as a date; "
                           "put it in quotes: \"2024-01-01\"", count=1)


def test_number_in_id(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("id: 123", replaces="id"))
    result = validate(path)
    assert_problem(result, "a.yaml:1: 'id' must be text, but YAML reads 123 as a number; put it in quotes: \"123\"",
                   count=1)


def test_yaml_11_scalar_in_a_list_item(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("tags: [ok, yes]"))
    result = validate(path)
    assert_problem(result, "a.yaml:7: 'tags item' must be text, but YAML reads yes as a boolean; "
                           "put it in quotes: \"yes\"", count=1)


@pytest.mark.parametrize("line", ['answer: "no"', "answer: 'no'", 'answer: "12:30"', "answer: !!str 12:30"])
def test_quoted_yaml_11_scalar_is_accepted(tmp_path, line):
    path = write(tmp_path, "a.yaml", qa_with(line, replaces="answer"))
    result = validate(path)
    assert_ok(result, 1)


def test_impossible_date_gets_the_quoting_advice(tmp_path):
    """``2024-13-45`` looks like a date to YAML 1.1; the user meant text, so say how to write it."""
    path = write(tmp_path, "a.yaml", qa_with("answer: 2024-13-45", replaces="answer"))
    result = validate(path)
    assert result.exit_code == 1, result.output
    problem = next((t for t in lines(result) if t.startswith("a.yaml:6: ")), "")
    assert 'put it in quotes: "2024-13-45"' in problem, result.output


@pytest.mark.parametrize("value", ["!!bool maybe", "!!timestamp soon", "!!int abc", "!!float abc"])
def test_explicit_core_tag_with_bad_value_is_a_problem_not_a_crash(tmp_path, value):
    path = write(tmp_path, "a.yaml", qa_with(f"answer: {value}", replaces="answer"))
    result = validate(path)
    assert result.exit_code == 1, result.output
    literal = value.split()[1]
    assert any(t.startswith("a.yaml:6: ") and literal in t for t in lines(result)), result.output
    assert lines(result)[-1] == "Error: 1 problem in 1 file"


# --- defaults ------------------------------------------------------------------------------------


def test_defaults_are_pushed_down(tmp_path):
    path = write(tmp_path, "a.yaml", """
        defaults:
          level: manager
          topic: Culture
        notes:
          - id: one
            kind: qa
            question: Why?
            answer: Because.
          - id: two
            kind: qa
            level: director
            question: Why not?
            answer: Because.
    """)
    result = validate(path)
    assert_ok(result, 2)


def test_bad_default_is_reported_once_not_per_note(tmp_path):
    path = write(tmp_path, "a.yaml", """
        defaults:
          level: CTO/VP
          topic: Culture
        notes:
          - id: one
            kind: qa
            question: Why?
            answer: Because.
          - id: two
            kind: qa
            question: Why not?
            answer: Because.
          - id: three
            kind: qa
            question: When?
            answer: Now.
    """)
    result = validate(path)
    assert result.exit_code == 1, result.output
    assert lines(result) == [
        f"a.yaml:2: unknown level 'CTO/VP' (allowed: {LEVELS}; 'CTO/VP' means executive)",
        "Error: 1 problem in 1 file",
    ]


def test_unknown_key_in_defaults(tmp_path):
    path = write(tmp_path, "a.yaml", """
        defaults:
          level: senior
          topic: Culture
          tag: [x]
        notes:
          - {id: one, kind: qa, question: Why?, answer: Because.}
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:4: unknown key 'tag' in defaults (did you mean 'tags'?)", count=1)


def test_missing_level_without_defaults(tmp_path):
    path = write(tmp_path, "a.yaml", """
        defaults:
          topic: Culture
        notes:
          - id: one
            kind: qa
            question: Why?
            answer: Because.
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:4: note 'one' (qa) is missing required key 'level'", count=1)


def test_note_that_is_not_a_mapping(tmp_path):
    path = write(tmp_path, "a.yaml", """
        defaults: {level: senior, topic: Culture}
        notes:
          - just some text
          - {id: one, kind: qa, question: Why?, answer: Because.}
    """)
    result = validate(path)
    assert_problem(result, "a.yaml:3: each note must be a mapping (key: value lines), not text", count=1)


# --- files that are not YAML notes ---------------------------------------------------------------


def test_yaml_syntax_error_with_its_line(tmp_path):
    path = write(tmp_path, "a.yaml", qa_with("answer: a: b", replaces="answer"))
    result = validate(path)
    assert_problem(result, "a.yaml:6: YAML syntax error: mapping values are not allowed in this context", count=1)


def test_yaml_syntax_error_with_crlf_and_bom(tmp_path):
    text = qa_with("answer: a: b", replaces="answer").replace("\n", "\r\n")
    path = tmp_path / "a.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = validate(path)
    assert_problem(result, "a.yaml:6: YAML syntax error: mapping values are not allowed in this context", count=1)


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "a.yaml"
    path.write_text(content, encoding="utf-8")
    result = validate(path)
    assert_problem(result, "a.yaml:1: file is empty; expected a note (a mapping with 'id') or 'notes:'", count=1)


def test_non_utf8_bytes_report_the_line_of_the_bad_byte(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(qa_with("answer: caf\xe9", replaces="answer").encode("latin-1"))
    result = validate(path)
    assert_problem(result, "a.yaml:6: not valid UTF-8 (byte 0xe9); save the file as UTF-8", count=1)


def test_nul_byte_is_binary(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(b"id: one\nkind: qa\nlevel: \x00senior\n")
    result = validate(path)
    assert_problem(result, "a.yaml:3: binary data (NUL byte); not a YAML text file", count=1)


def test_python_tag_is_rejected_and_nothing_runs(tmp_path):
    marker = tmp_path / "pwned"
    path = write(tmp_path, "a.yaml", qa_with(f'answer: !!python/object/apply:os.system ["touch {marker}"]',
                                             replaces="answer"))
    result = validate(path)
    assert_problem(result, "a.yaml:6: unsupported YAML tag '!!python/object/apply:os.system'", count=1)
    assert not marker.exists()


@pytest.mark.parametrize("tag", ["!!binary aGVsbG8=", "!custom text", "!!set {a}"])
def test_other_tags_are_rejected(tmp_path, tag):
    path = write(tmp_path, "a.yaml", qa_with(f"answer: {tag}", replaces="answer"))
    result = validate(path)
    assert_problem(result, f"a.yaml:6: unsupported YAML tag '{tag.split()[0]}'", count=1)


def test_alias_bomb_fails_fast(tmp_path):
    rows = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    previous = "a"
    for name in "bcdefghi":  # 9 levels of 9: 9**9 values once expanded
        rows.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
        previous = name
    path = tmp_path / "a.yaml"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = validate(path)  # stops at the limit: the 9**9 values are never made
    assert_problem(result, "a.yaml:5: more than 100000 values (are YAML aliases expanding?)", count=1)


def test_deep_nesting_is_refused(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("id: deep\nkind: qa\nquestion: " + "[" * 100 + "]" * 100 + "\n", encoding="utf-8")
    result = validate(path)
    assert_problem(result, "a.yaml:3: data nested deeper than 32 levels", count=1)


def test_very_deep_nesting_is_refused_without_crashing(tmp_path):
    """A 400 KB file of nested brackets (under the size limit) must not crash the interpreter.

    Run in a subprocess: the failure mode is a segmentation fault that would kill pytest.
    """
    depth = 200_000
    path = tmp_path / "deep.yaml"
    path.write_text("id: deep\nkind: qa\nquestion: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    assert path.stat().st_size < 2 * 1024 * 1024
    proc = subprocess.run([sys.executable, "-m", "leaderdeck", "validate", "deep.yaml"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, f"exit {proc.returncode}: {proc.stderr[-2000:]}"
    assert "Traceback" not in proc.stderr
    assert "deep.yaml:3: data nested deeper than 32 levels" in proc.stderr.splitlines()


@pytest.mark.parametrize("libyaml_depth", [None, 5, 20])
def test_deep_nesting_message_does_not_depend_on_libyaml(tmp_path, monkeypatch, libyaml_depth):
    """Old libyaml has no nesting limit; releases from 0.2.6 stop at 1000 levels with a message of
    their own, raised by a scanner that reads ahead of the events leaderdeck has seen (at 1000
    levels, leaderdeck may have seen none). Either way the user sees leaderdeck's message. The
    installed libyaml is replaced by a parser that behaves like each: None (no limit), or one
    that fails after delivering fewer levels than leaderdeck's limit of 32."""
    import yaml

    from leaderdeck import yamlnodes

    class LimitedParser(yaml.SafeLoader):
        def __init__(self, stream):
            super().__init__(stream)
            self.depth = 0

        def get_event(self):
            event = super().get_event()
            self.depth += isinstance(event, yaml.CollectionStartEvent) - isinstance(event, yaml.CollectionEndEvent)
            if libyaml_depth is not None and self.depth > libyaml_depth:
                raise yaml.scanner.ScannerError("while increasing flow level", event.start_mark,
                                                "the parser's own wording of a depth limit", event.start_mark)
            return event

    monkeypatch.setattr(yamlnodes, "_Loader", LimitedParser)
    path = tmp_path / "a.yaml"
    path.write_text("id: deep\nkind: qa\nquestion: " + "[" * 2000 + "]" * 2000 + "\n", encoding="utf-8")
    result = validate(path)
    assert_problem(result, "a.yaml:3: data nested deeper than 32 levels", count=1)


def test_file_over_2_mib(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("# " + "x" * (3 * 1024 * 1024) + "\n", encoding="utf-8")
    result = validate(path)
    assert_problem(result, "a.yaml:1: file is 3,145,731 bytes, over the limit of 2,097,152 bytes (2 MiB); split it",
                   count=1)


def test_file_just_over_2_mib_reports_a_size_over_the_limit(tmp_path):
    """2 MiB + 100 bytes must not be described as '2048 KiB, over the 2048 KiB limit'."""
    path = tmp_path / "a.yaml"
    path.write_text("# " + "x" * (2 * 1024 * 1024 + 97) + "\n", encoding="utf-8")
    result = validate(path)
    assert result.exit_code == 1, result.output
    problem = lines(result)[0]
    assert problem.startswith("a.yaml:1: file is "), result.output
    size, _, limit = problem.removeprefix("a.yaml:1: file is ").partition(", over the ")
    assert size != limit.split(" limit")[0], f"size and limit read the same: {problem!r}"


def test_file_of_exactly_2_mib_is_read(tmp_path):
    body = textwrap.dedent(QA_NOTE).lstrip("\n")
    padding = 2 * 1024 * 1024 - len(body) - 3
    path = tmp_path / "a.yaml"
    path.write_text(body + "# " + "x" * padding + "\n", encoding="utf-8")
    assert path.stat().st_size == 2 * 1024 * 1024
    result = validate(path)
    assert_ok(result, 1)


# --- several files -------------------------------------------------------------------------------


def test_problems_from_several_files_are_sorted_by_path_then_line(tmp_path):
    first = write(tmp_path, "a.yaml", """
        defaults:
          level: senior
          topic: Culture
          colour: blue
        notes:
          - id: one
            kind: qa
            question: Why?
            answer: Because.
          - id: two
            kind: qa
            question: Why not?
            answr: Because.
    """)
    second = write(tmp_path, "b.yaml", qa_with("level: CTO/VP", replaces="level"))
    result = validate(second, first)
    assert result.exit_code == 1, result.output
    assert lines(result) == [
        "a.yaml:4: unknown key 'colour' in defaults",
        "a.yaml:10: note 'two' (qa) is missing required key 'answer'",
        "a.yaml:13: unknown key 'answr' in a note (did you mean 'answer'?)",
        f"b.yaml:3: unknown level 'CTO/VP' (allowed: {LEVELS}; 'CTO/VP' means executive)",
        "Error: 4 problems in 2 files",
    ]


def test_directory_argument_reads_every_yaml_file(tmp_path):
    write(tmp_path, "notes/a.yaml", qa_with("level: CTO/VP", replaces="level"))
    write(tmp_path, "notes/sub/b.yml", qa_with("id: other-note", replaces="id").replace("topic: Culture",
                                                                                         "topic: culture"))
    write(tmp_path, "notes/ignored.txt", "not: yaml: at all")
    result = validate(tmp_path / "notes")
    assert result.exit_code == 1, result.output
    assert [t.split(": ")[0] for t in lines(result)] == ["notes/a.yaml:3", "notes/sub/b.yml:4", "Error"]
    assert lines(result)[-1] == "Error: 2 problems in 2 files"


def test_nonexistent_path_is_a_usage_error(tmp_path):
    result = run("validate", "nope.yaml")
    assert result.exit_code == 2, result.output
    assert "Error: Invalid value for '[PATHS]...': Path 'nope.yaml' does not exist." in lines(result)


def test_directory_without_yaml_is_a_usage_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("validate", "empty")
    assert result.exit_code == 2, result.output
    assert "Error: no .yaml files in empty" in lines(result)


# --- manifests -----------------------------------------------------------------------------------


def _good_sources(tmp_path: Path) -> None:
    write(tmp_path, "src/n.yaml", QA_NOTE)


def test_manifest_unknown_key(tmp_path):
    _good_sources(tmp_path)
    manifest = write(tmp_path, "m.yaml", """
        name: Deck
        sources: [src/*.yaml]
        grup_by: topic
    """)
    result = run("build", str(manifest))
    assert_problem(result, "m.yaml:3: unknown key 'grup_by' in a deck manifest (did you mean 'group_by'?)", count=1)
    assert not (tmp_path / "m.apkg").exists()


def test_manifest_unknown_group_by(tmp_path):
    _good_sources(tmp_path)
    manifest = write(tmp_path, "m.yaml", """
        name: Deck
        sources: [src/*.yaml]
        group_by: topics
    """)
    result = run("build", str(manifest))
    assert_problem(result, f"m.yaml:3: unknown group_by 'topics' (allowed: {GROUPINGS})", count=1)
    assert not (tmp_path / "m.apkg").exists()


def test_manifest_unknown_filter_level(tmp_path):
    _good_sources(tmp_path)
    manifest = write(tmp_path, "m.yaml", """
        name: Deck
        sources: [src/*.yaml]
        filters:
          levels: [VP]
    """)
    result = run("build", str(manifest))
    assert_problem(result, f"m.yaml:4: unknown level 'VP' in filters (allowed: {LEVELS})", count=1)


def test_manifest_missing_sources(tmp_path):
    manifest = write(tmp_path, "m.yaml", "name: Deck\n")
    result = run("build", str(manifest))
    assert_problem(result, "m.yaml:1: deck manifest is missing required key 'sources'", count=1)


def test_manifest_source_glob_matching_nothing(tmp_path):
    manifest = write(tmp_path, "m.yaml", """
        name: Deck
        sources: [nothing/*.yaml]
    """)
    result = run("build", str(manifest))
    assert_problem(result, "m.yaml:2: source pattern 'nothing/*.yaml' matches no files", count=1)
    assert not (tmp_path / "m.apkg").exists()


def test_manifest_second_source_glob_matching_nothing_points_at_its_line(tmp_path):
    _good_sources(tmp_path)
    manifest = write(tmp_path, "m.yaml", """
        name: Deck
        sources:
          - src/*.yaml
          - missing/*.yaml
    """)
    result = run("build", str(manifest))
    assert_problem(result, "m.yaml:4: source pattern 'missing/*.yaml' matches no files", count=1)


def test_failed_build_leaves_existing_apkg_untouched(tmp_path):
    write(tmp_path, "src/n.yaml", qa_with("level: CTO/VP", replaces="level"))
    manifest = write(tmp_path, "m.yaml", """
        name: Deck
        sources: [src/*.yaml]
    """)
    output = tmp_path / "m.apkg"
    with zipfile.ZipFile(output, "w") as archive:  # an earlier deck that must survive
        archive.writestr("collection.anki2", b"an earlier collection \x00\xff" * 50)
    previous = output.read_bytes()
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("build", str(manifest))
    assert_problem(result, f"src/n.yaml:3: unknown level 'CTO/VP' (allowed: {LEVELS}; 'CTO/VP' means executive)", count=1)
    assert output.read_bytes() == previous
    # no temporary file left behind (the workspace's key file is made on the first build, see test_workspace.py)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "leaderdeck.toml") == before


def test_build_whose_filters_select_nothing(tmp_path):
    _good_sources(tmp_path)
    manifest = write(tmp_path, "m.yaml", """
        name: Deck
        sources: [src/*.yaml]
        filters:
          levels: [executive]
    """)
    result = run("build", str(manifest))
    assert result.exit_code == 1, result.output
    assert lines(result) == ["Error: m.yaml: the filters select no notes from 1 loaded"]
    assert not (tmp_path / "m.apkg").exists()


# --- the library API -----------------------------------------------------------------------------


def test_load_sources_raises_source_errors_with_problems(tmp_path):
    first = write(tmp_path, "b.yaml", qa_with("level: CTO/VP", replaces="level"))
    second = write(tmp_path, "a.yaml", qa_with("answer: no", replaces="answer"))
    with pytest.raises(SourceErrors) as info:
        load_sources([first, second], load_taxonomy())
    problems = info.value.problems
    assert problems == [
        Problem("a.yaml", 6, "'answer' must be text, but YAML reads no as a boolean; put it in quotes: \"no\""),
        Problem("b.yaml", 3, f"unknown level 'CTO/VP' (allowed: {LEVELS}; 'CTO/VP' means executive)"),
    ]
    assert (problems[0].path, problems[0].line) == ("a.yaml", 6)
    assert problems[1].message.startswith("unknown level 'CTO/VP'")
    assert str(info.value) == "2 problems in 2 files"
    assert info.value.report() == "\n".join(str(p) for p in problems)


def test_load_sources_gives_typed_notes_with_defaults_pushed_down(tmp_path):
    path = write(tmp_path, "a.yaml", """
        defaults:
          level: manager
          topic: Culture
          competencies: [Risk, Ownership]
          tags: [people]
        notes:
          - id: one
            kind: qa
            question: Why?
            answer: Because.
            competencies: [Ownership, Trust]
            tags: [hiring, people]
          - id: two
            kind: star
            level: director
            topic: Hiring
            question: Tell me about a hire.
            star:
              situation: We needed people.
              task: Hire them.
              action: I wrote a rubric.
              result: Ten hires.
    """)
    notes = load_sources([path], load_taxonomy())
    assert [type(n) for n in notes] == [Note, Note]
    one, two = notes
    assert (one.id, one.kind, one.level, one.topic.name) == ("one", Kind.QA, Level.MANAGER, "Culture")
    assert one.competencies == ("Risk", "Ownership", "Trust")
    assert one.tags == ("people", "hiring")
    assert one.body == QaBody(question="Why?", answer="Because.")
    assert (one.origin.path, one.origin.line) == ("a.yaml", 7)
    assert (two.id, two.kind, two.level, two.topic.name) == ("two", Kind.STAR, Level.DIRECTOR, "Hiring")
    assert two.competencies == ("Risk", "Ownership")
    assert two.tags == ("people",)
    assert two.body == StarBody(question="Tell me about a hire.", situation="We needed people.", task="Hire them.",
                                action="I wrote a rubric.", result="Ten hires.")
    assert two.draft is False


# --- level labels --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


@pytest.mark.parametrize(("label", "level"), [
    ("Senior Level", Level.SENIOR),
    ("Tech Lead", Level.SENIOR),
    ("Staff", Level.STAFF),
    ("Principal", Level.STAFF),
    ("Engineering Manager", Level.MANAGER),
    ("Senior Manager", Level.MANAGER),
    ("Director", Level.DIRECTOR),
    ("Senior Director", Level.DIRECTOR),
    ("Leadership Level", Level.DIRECTOR),
    ("VP", Level.EXECUTIVE),
    ("CTO", Level.EXECUTIVE),
    ("Executive Level", Level.EXECUTIVE),
    ("CTO/VP Engineering", Level.EXECUTIVE),
    ("Senior Manager / Director", Level.DIRECTOR),
    ("senior   LEVEL", Level.SENIOR),
])
def test_resolve_level(taxonomy, label, level):
    assert taxonomy.resolve_level(label) is level


@pytest.mark.parametrize("label", ["Astronaut", "", "Seniority", "Vice"])
def test_resolve_unknown_level(taxonomy, label):
    assert taxonomy.resolve_level(label) is None
